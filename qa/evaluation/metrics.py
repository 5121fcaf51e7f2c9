"""Scoring of retrieval, answers, citations and abstention against the gold set."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Sequence

from pydantic import BaseModel

from qa.evaluation.gold import GoldQuestion
from qa.models import Answer, Citation, Passage
from qa.text.dates import find_dates
from qa.text.sentences import split_sentences
from qa.text.tokens import is_english_word, is_indonesian_word

RECALL_AT = (1, 3, 5, 10)


def normalize(text: str) -> str:
    """Lowercase, punctuation and quotes out, whitespace collapsed."""
    text = text.lower().replace("’", "'").replace("‘", "'")
    text = re.sub(r"[^\w\s/]", " ", text)
    return " ".join(text.split())


def _date_keys(text: str) -> set[str]:
    return {m.iso() for m in find_dates(text)}


# Indonesian builds words around a base without changing it: "perpanjang" is in
# "memperpanjang", "masa jabatan" in "masa jabatannya". A gold word that is a dictionary word
# matches its affixed forms (by concatenation: "menolak" for "tolak" needs a stemmer, which
# would also make "ditolak" match "menolak"); names and short words match only whole
# ("Stoltenbergian" is no "Stoltenberg").
# (verb prefixes only: "ke-…-an" and "per-…-an" make other nouns, "keanggotaan" is no
# "anggota", "pertahanan" no "tahan")
_PREFIXES = ("", "me", "mem", "men", "meng", "meny", "di", "ber", "ter")
_SUFFIXES = ("", "nya", "lah", "kah", "kan", "i", "an", "kannya", "inya", "annya")
_AFFIXED_MIN_LENGTH = 4


# An English noun's plural keeps the fact ("rooftops" for "rooftop"); English dictionary words
# only, so a name stays whole ("Zelenskys" is no "Zelensky").
_PLURALS = ("s", "es")


def _same_word(answer_word: str, gold_word: str) -> bool:
    if answer_word == gold_word:
        return True
    if (
        len(gold_word) >= _AFFIXED_MIN_LENGTH
        and is_english_word(gold_word)
        and answer_word in {gold_word + plural for plural in _PLURALS}
    ):
        return True
    if len(gold_word) < _AFFIXED_MIN_LENGTH or not is_indonesian_word(gold_word):
        return False
    return any(
        answer_word.startswith(prefix + gold_word)
        and answer_word[len(prefix) + len(gold_word) :] in _SUFFIXES
        for prefix in _PREFIXES
    )


def _words_match(answer_text: str, variant: str) -> bool:
    """The variant's words, in order, as words of the answer (each whole or affixed)."""
    wanted = normalize(variant).split()
    words = normalize(answer_text).split()
    return bool(wanted) and any(
        all(_same_word(words[at + k], word) for k, word in enumerate(wanted))
        for at in range(len(words) - len(wanted) + 1)
    )


def matches(answer_text: str, variant: str) -> bool:
    """A variant matches as normalized text (its Indonesian words also with affixes), or as
    the same date however it is written ("11/10/2023" = "11 Oktober 2023")."""
    if _words_match(answer_text, variant):
        return True
    variant_dates = _date_keys(variant)
    return bool(variant_dates) and variant_dates <= _date_keys(answer_text)


def answer_correct(gold: GoldQuestion, answer: Answer) -> bool:
    if not gold.answerable:
        return answer.abstained
    if answer.abstained:
        return False
    if gold.must_include:
        return all(any(matches(answer.text, v) for v in item) for item in gold.must_include)
    return any(matches(answer.text, v) for v in gold.answers)


def first_sentence(answer_text: str) -> str:
    """The answer's opening sentence: where the focused fact must stand."""
    paragraph = answer_text.strip().split("\n\n", 1)[0]
    spans = split_sentences(paragraph)
    return paragraph[spans[0].start : spans[0].end] if spans else paragraph


_WHOLE_ANSWER_TYPES = {"list", "timeline", "conflict"}


def strict_correct(gold: GoldQuestion, answer: Answer) -> bool:
    """The gold fact is in the answer's first sentence (lists: every item anywhere in the answer)
    and the first citation comes from a gold article."""
    if not gold.answerable or answer.abstained or not answer.citations:
        return False
    first_cited = min(answer.citations, key=lambda c: c.number)
    if first_cited.article_id not in gold.article_ids:
        return False
    if gold.must_include:
        return all(any(matches(answer.text, v) for v in item) for item in gold.must_include)
    where = answer.text if gold.type in _WHOLE_ANSWER_TYPES else first_sentence(answer.text)
    return any(matches(where, v) for v in gold.answers)


def harmful(gold: GoldQuestion, answer: Answer) -> bool:
    """An unanswerable question answered, or a false premise confirmed."""
    if not gold.answerable:
        return not answer.abstained
    return gold.false_premise and not answer.abstained and not strict_correct(gold, answer)


def premise_confirmed(gold: GoldQuestion, answer: Answer) -> bool:
    """A question built on a false premise answered as if the premise held: neither an
    abstention nor the gold correction ("Belum …") in the answer's first sentence, whatever
    it cites (a correction that cites another article is unstrict, so still harmful, but
    confirms nothing). A false premise with no gold correction counts any answer. Counted
    apart from the other harmful answers because "no confirmed false presupposition" is its
    own target."""
    if not gold.false_premise or answer.abstained:
        return False
    if not gold.answerable:
        return True
    first = first_sentence(answer.text)
    return not any(matches(first, v) for v in gold.answers)


def token_f1(prediction: str, reference: str) -> float:
    predicted, gold = normalize(prediction).split(), normalize(reference).split()
    common = sum((Counter(predicted) & Counter(gold)).values())
    if not common:
        return 0.0
    precision, recall = common / len(predicted), common / len(gold)
    return 2 * precision * recall / (precision + recall)


def answer_f1(gold: GoldQuestion, answer: Answer) -> float:
    """F1 of the answer's first line (the focused fact) against the best accepted variant."""
    if answer.abstained or not gold.answerable:
        return float(answer.abstained == (not gold.answerable))
    first_line = answer.text.split("\n", 1)[0]
    variants = gold.answers or [" ".join(item[0] for item in gold.must_include)]
    return max(token_f1(first_line, v) for v in variants)


def contains_evidence(text: str, gold: GoldQuestion) -> bool:
    normalized = normalize(text)
    return any(normalize(e) in normalized for e in gold.evidence)


def first_hit_rank(gold: GoldQuestion, passages: Sequence[Passage]) -> int | None:
    for rank, passage in enumerate(passages, start=1):
        if contains_evidence(passage.chunk.text, gold):
            return rank
    return None


def citation_correct(gold: GoldQuestion, citation: Citation) -> bool:
    """The quote holds (or lies inside) the evidence, or it comes from an evidence article and
    itself states an accepted answer."""
    quote = normalize(citation.quote)
    if any(normalize(e) in quote or quote in normalize(e) for e in gold.evidence):
        return True
    if citation.article_id not in gold.article_ids:
        return False
    variants = gold.answers + [v for item in gold.must_include for v in item]
    return any(matches(citation.quote, v) for v in variants if len(normalize(v)) > 3)


class QuestionResult(BaseModel):
    id: str
    question: str
    language: str
    type: str
    split: str
    group: str
    style: str
    answerable: bool
    abstained: bool
    correct: bool
    strict: bool
    harmful: bool
    premise_confirmed: bool = False
    f1: float
    hit_rank: int | None
    citations: int
    correct_citations: int
    latency_s: float
    answer: str


def score_question(
    gold: GoldQuestion, answer: Answer, passages: Sequence[Passage], latency_s: float
) -> QuestionResult:
    return QuestionResult(
        id=gold.id,
        question=gold.question,
        language=gold.language,
        type=gold.type,
        split=gold.split,
        group=gold.group,
        style=gold.style,
        answerable=gold.answerable,
        abstained=answer.abstained,
        correct=answer_correct(gold, answer),
        strict=strict_correct(gold, answer),
        harmful=harmful(gold, answer),
        premise_confirmed=premise_confirmed(gold, answer),
        f1=answer_f1(gold, answer),
        hit_rank=first_hit_rank(gold, passages) if gold.answerable else None,
        citations=len(answer.citations),
        correct_citations=sum(citation_correct(gold, c) for c in answer.citations)
        if gold.answerable
        else 0,
        latency_s=latency_s,
        answer=answer.text,
    )


def _ratio(numerator: float, denominator: float) -> float:
    return round(numerator / denominator, 3) if denominator else 0.0


def paraphrase_consistency(results: Sequence[QuestionResult]) -> float:
    """Share of answerable fact groups (asked two or more ways) answered strictly right in every
    wording."""
    groups: dict[str, list[bool]] = {}
    for result in results:
        if result.answerable and result.style != "followup":
            groups.setdefault(result.group, []).append(result.strict)
    asked_twice = [outcomes for outcomes in groups.values() if len(outcomes) > 1]
    return _ratio(sum(all(outcomes) for outcomes in asked_twice), len(asked_twice))


def summarize(results: Sequence[QuestionResult]) -> dict[str, float]:
    answerable = [r for r in results if r.answerable]
    unanswerable = [r for r in results if not r.answerable]
    answered = [r for r in answerable if not r.abstained]
    abstained = [r for r in results if r.abstained]
    summary: dict[str, float] = {"questions": len(results), "answerable": len(answerable)}
    for k in RECALL_AT:
        hits = sum(1 for r in answerable if r.hit_rank is not None and r.hit_rank <= k)
        summary[f"recall@{k}"] = _ratio(hits, len(answerable))
    summary["mrr"] = _ratio(sum(1 / r.hit_rank for r in answerable if r.hit_rank), len(answerable))
    summary["accuracy"] = _ratio(sum(r.correct for r in answerable), len(answerable))
    summary["strict_accuracy"] = _ratio(sum(r.strict for r in answerable), len(answerable))
    summary["harmful_rate"] = _ratio(sum(r.harmful for r in results), len(results))
    summary["harmful"] = sum(r.harmful for r in results)
    summary["false_premises_confirmed"] = sum(r.premise_confirmed for r in results)
    summary["false_abstention_rate"] = _ratio(sum(r.abstained for r in answerable), len(answerable))
    summary["paraphrase_consistency"] = paraphrase_consistency(results)
    summary["f1"] = _ratio(sum(r.f1 for r in answerable), len(answerable))
    summary["citation_precision"] = _ratio(
        sum(r.correct_citations for r in answered), sum(r.citations for r in answered)
    )
    summary["answers_without_correct_citation"] = sum(
        1 for r in answered if r.correct_citations == 0
    )
    true_abstentions = sum(1 for r in unanswerable if r.abstained)
    summary["abstention_precision"] = _ratio(true_abstentions, len(abstained))
    summary["abstention_recall"] = _ratio(true_abstentions, len(unanswerable))
    p, r = summary["abstention_precision"], summary["abstention_recall"]
    summary["abstention_f1"] = round(2 * p * r / (p + r), 3) if p + r else 0.0
    summary["false_abstentions"] = sum(1 for r in answerable if r.abstained)
    latencies = sorted(r.latency_s for r in results)
    if latencies:
        summary["latency_p50_ms"] = round(statistics.median(latencies) * 1000, 1)
        summary["latency_p95_ms"] = round(latencies[int(0.95 * (len(latencies) - 1))] * 1000, 1)
    return summary
