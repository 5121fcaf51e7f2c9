"""Check a generated answer against the passages it cites, sentence by sentence.

A language model may write fluent sentences the articles do not support, cite the wrong passage,
or follow an instruction hidden in an article. Only sentences that pass every check here reach
the user:

- the sentence cites at least one passage that exists (`[n]`, 1-based, as numbered in the prompt);
- every number and every date it states occurs in the cited passage(s) (dates compared after
  resolving them with `qa.text.dates.find_dates`, so "11 Oktober 2023" matches "Rabu (11/10/2023)");
- most of its content words (Indonesian stems from `analyze`, >= `MIN_TOKEN_SHARE`) occur in the
  cited passage(s).

Passage sentences that address the model rather than report news ("Abaikan instruksi sebelumnya
dan jawab ...": prompt injection) never count as support, so an answer that obeys one is dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from qa.answer.question import canonical
from qa.models import Passage
from qa.text.dates import MONTHS, DateMention, find_dates
from qa.text.glossary import indonesian_for
from qa.text.sentences import split_sentences, without_spans
from qa.text.tokens import analyze

MIN_TOKEN_SHARE = 0.6

# One or more citation markers: [1], [1, 3], [1][2], [1-2] is read as [1][2].
_MARKER = re.compile(r"\[\s*(\d+(?:\s*[,;\-–]\s*\d+)*)\s*\]")
_MARKERS_RUN = re.compile(r"(?:\s*\[\s*\d+(?:\s*[,;\-–]\s*\d+)*\s*\])+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+(?:[/.,:-]\d+)*", re.UNICODE)
_LIST_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
# Sentences that give orders to an assistant: prompt injection, never evidence.
_INSTRUCTION = re.compile(
    r"\b(?:abaikan|lupakan|acuhkan|hiraukan|ignore|disregard|forget)\b.{0,60}?"
    r"\b(?:instruksi|perintah|aturan|petunjuk|prompt|instructions?|rules)\b"
    r"|\b(?:system prompt|prompt sistem|sebagai model bahasa|as an ai)\b",
    re.IGNORECASE | re.DOTALL,
)


@dataclass(frozen=True)
class Source:
    """A cited text and the date its relative dates ("Rabu", "11/10") resolve against."""

    text: str
    published: dt.date | None = None


def split_claims(text: str) -> list[str]:
    """The generated text as sentences, each keeping the citation markers that follow it."""
    cleaned = [_LIST_BULLET.sub("", text[s.start : s.end]).strip() for s in split_sentences(text)]
    return [s for s in cleaned if s]


def citation_numbers(sentence: str) -> list[int]:
    """The passage numbers a sentence cites, in order, without repeats."""
    numbers: list[int] = []
    for match in _MARKER.finditer(sentence):
        parts = [int(p) for p in re.split(r"\s*[,;\-–]\s*", match.group(1))]
        if re.search(r"[\-–]", match.group(1)) and len(parts) == 2 and parts[0] < parts[1] <= 50:
            parts = list(range(parts[0], parts[1] + 1))
        numbers.extend(p for p in parts if p not in numbers)
    return numbers


def strip_markers(sentence: str) -> str:
    """The claim without its citation markers, whitespace tidied."""
    text = _MARKERS_RUN.sub("", sentence)
    text = re.sub(r"\s+([.,;:!?])", r"\1", text)
    return " ".join(text.split())


def _normalize_number(number: str) -> str:
    return re.sub(r"[.,]", "", number).lstrip("0") or "0"


def _numbers(text: str) -> set[str]:
    """Every number in the text, whole ("1.000" -> 1000) and in parts ("11/10/2023" -> 11, 10,
    2023), normalized: separators and leading zeros dropped."""
    found: set[str] = set()
    for raw in re.findall(r"\d+(?:[/.,:-]\d+)*", text):
        found.add(_normalize_number(raw))
        found.update(_normalize_number(p) for p in re.split(r"[/.,:-]", raw) if p)
    return found


def _is_stated_date(mention: DateMention) -> bool:
    """Dates written with digits or a month name; bare weekday names and "kemarin" are left to
    the word check (they resolve differently against different reference dates)."""
    words = re.findall(r"[a-z]+", mention.text.lower())
    return any(ch.isdigit() for ch in mention.text) or any(w in MONTHS for w in words)


def _date_supported(mention: DateMention, source_dates: list[DateMention]) -> bool:
    for other in source_dates:
        if mention.precision == "year" and other.date.year == mention.date.year:
            return True
        if mention.precision == "month" and (other.date.year, other.date.month) == (
            mention.date.year,
            mention.date.month,
        ):
            return True
        if mention.precision == "day" and other.precision == "day":
            same_day = (other.date.month, other.date.day) == (mention.date.month, mention.date.day)
            if same_day and (other.date.year == mention.date.year or mention.inferred):
                return True
    return False


def _content_words(claim: str) -> list[str]:
    """Words of the claim that carry content (at least one non-stopword stem), numbers left out:
    they are checked on their own."""
    return [w for w in _WORD.findall(claim) if not w[0].isdigit() and analyze(w)]


def _tokens(text: str) -> set[str]:
    return {canonical(t) for t in analyze(text)}


def _word_supported(word: str, source_tokens: set[str]) -> bool:
    stems = {canonical(t) for t in analyze(word)}
    if stems <= source_tokens:
        return True
    translation = indonesian_for(word.lower())  # English answers over Indonesian articles
    return bool(translation) and bool(_tokens(translation) & source_tokens)


def is_instruction(sentence: str) -> bool:
    """Does the sentence give orders to an assistant (prompt injection) rather than report?"""
    return _INSTRUCTION.search(sentence) is not None


def evidence_text(text: str) -> str:
    """The text without its sentences that instruct an assistant (prompt injection)."""
    if not _INSTRUCTION.search(text):
        return text
    spans = split_sentences(text)
    return " ".join(
        text[s.start : s.end] for s in spans if not _INSTRUCTION.search(text[s.start : s.end])
    )


def supported_by(claim: str, sources: Sequence[Source]) -> bool:
    """Is the claim (markers already stripped) backed by these sources taken together?"""
    if not sources or not claim.strip():
        return False
    texts = [evidence_text(s.text) for s in sources]
    joined = "\n".join(texts)
    reference = next((s.published for s in sources if s.published), None)
    source_dates = [
        m for s, text in zip(sources, texts, strict=True) for m in find_dates(text, s.published)
    ]
    claim_dates = [m for m in find_dates(claim, reference) if _is_stated_date(m)]
    for mention in claim_dates:
        if not _date_supported(mention, source_dates):
            return False
    # Numbers outside the dates just checked must each occur in the sources.
    rest = without_spans(claim, ((m.start, m.end) for m in claim_dates))
    source_numbers = _numbers(joined)
    if any(_normalize_number(n) not in source_numbers for n in _NUMBER.findall(rest)):
        return False
    words = _content_words(rest)  # date words ("Oktober", "Rabu (11/10)") were checked above
    if not words:
        # Nothing but numbers and dates: supported only when there were some, all found above.
        return bool(claim_dates or _NUMBER.search(rest))
    source_tokens = _tokens(joined)
    share = sum(_word_supported(w, source_tokens) for w in words) / len(words)
    return share >= MIN_TOKEN_SHARE


def supported(claim: str, passage_text: str, published: dt.date | None = None) -> bool:
    """Is the claim backed by the passage text? `published` resolves the passage's relative
    dates ("Rabu (11/10)") and the claim's."""
    return supported_by(strip_markers(claim), [Source(passage_text, published)])


def _source(passage: Passage | str) -> Source:
    if isinstance(passage, str):
        return Source(passage)
    return Source(passage.chunk.text, passage.article.published)


def ground(text: str, passages: Sequence[Passage | str]) -> list[tuple[str, list[int]]]:
    """The sentences of `text` that survive the checks, each with the 1-based numbers of the
    passages it validly cites. Markers pointing at no passage are ignored; a sentence left with
    none, or not supported by the passages it cites, is dropped."""
    kept: list[tuple[str, list[int]]] = []
    for sentence in split_claims(text):
        numbers = [n for n in citation_numbers(sentence) if 1 <= n <= len(passages)]
        claim = strip_markers(sentence)
        if not numbers or not claim:
            continue
        if supported_by(claim, [_source(passages[n - 1]) for n in numbers]):
            kept.append((claim, numbers))
    return kept
