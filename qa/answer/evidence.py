"""Candidate evidence sentences from retrieved passages, with the signals the composer and the
abstention decision use: dense similarity, term and entity coverage, answer-type presence."""

from __future__ import annotations

import datetime as dt
import math
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from qa.answer.extract import Fact, extract_fact
from qa.answer.holders import office_written, passage_holders
from qa.answer.question import Question, token_set
from qa.models import ArticleMeta, Passage
from qa.text.dates import YEAR, find_dates
from qa.text.places import is_country, same_country, spellings
from qa.text.sentences import split_sentences, without_spans
from qa.text.speech import (
    PERSON_PRONOUNS,
    PRONOUN_SPEECH,
    SAID_AFTER_SPEAKER,
    SAID_BEFORE_SPEAKER,
    SPEAKER_RANKS,
    SPEECH_ADVERBS,
    STANCE_AFTER_SPEAKER,
    STATEMENT_BEFORE_SPEAKER,
)
from qa.text.tokens import fold_accents, stem
from vectorstore.embeddings import TextEmbedding, cosine_similarities


@dataclass
class Sentence:
    article: ArticleMeta
    text: str
    start: int
    end: int
    passage_rank: int
    context: str
    # The sentence before it in the same passage: who "ia" or a bare quote refers to.
    previous: str = ""
    # Where that sentence starts in the article (for citing both: `take_in_previous`).
    previous_start: int = 0
    # Where `context` (the passage) starts in the article, as `start` and `end` count.
    context_start: int = 0
    # The article's text just before the passage (`Passage.lead_in`).
    lead_in: str = ""
    # The article's opening chunk (`Passage.article_lead`).
    article_lead: str = ""
    dense: float = 0.0
    coverage: float = 0.0
    # Coverage with each question word weighted by how rare it is among the candidate
    # sentences: "Vilnius" in one sentence tells more than "NATO" in all of them.
    rare_coverage: float = 0.0
    # Coverage of the question's words other than names: what is said about them ("resmi
    # bergabung"), the part a wrong sentence about the right names lacks.
    predicate_coverage: float = 0.0
    entity_coverage: float = 1.0
    # The same over all retrieved passages of the article: a detail's chunk ("Ia meminta A, B
    # dan C") often leaves the names to the chunk with the lead ("Zelensky tiba di Brussels").
    article_entity_coverage: float = 1.0
    # Rare coverage of this sentence and the one before it together: "Jaminan ini akan
    # disampaikan setelah KTT" answers about the guarantees the previous sentence names.
    joint_coverage: float = 0.0
    # The article's opening sentence: it names everyone, so it matches many questions about
    # the article while answering few.
    lead: bool = False
    title_coverage: float = 0.0
    fact: str = ""
    # How tightly the fact is tied to the question's words in the sentence (`extract.binding`).
    binding: float = 0.0
    has_focus: bool = False
    # For list questions: the sentence itself enumerates ("A, B, dan C").
    enumerates: bool = False
    # For questions that ask for someone's words: the sentence gives its words to a name the
    # question names ("..., kata Zelensky" for "menurut ucapan Zelensky").
    attributed: bool = False
    # Every word of the sentence is already in the question: it restates what was asked ("Para
    # menteri juga akan membahas aplikasi Ukraina" for "Apa yang akan ditegaskan para menteri
    # ketika membahas aplikasi Ukraina?") and tells nothing new but whether it is so.
    restates: bool = False
    score: float = 0.0

    @property
    def key(self) -> tuple[str, int]:
        return (self.article.id, self.start)

    def take_in_previous(self) -> None:
        """Cite the sentence before together with this one: the fact stands there."""
        if not self.previous:
            return
        start, end = self.previous_start - self.context_start, self.end - self.context_start
        self.text, self.start, self.previous = self.context[start:end], self.previous_start, ""


# Hand-set sentence weights, used only until `tanya eval --fit` has written a learned ranker.
PRIOR_WEIGHTS = {
    "dense": 1.0,
    "coverage": 0.5,
    "entity_coverage": 0.3,
    "has_fact": 0.1,
    "focus": 0.4,
    "passage_prior": 0.05,
    "binding": 0.3,
}


# "sistem pertahanan udara, rudal jarak jauh, dan amunisi": three or more items in one sentence.
ENUMERATION = re.compile(r"\w[\w -]{0,40}, \w[\w -]{0,40},? (?:dan|serta|atau|and|or) \w")


class Ranker(Protocol):
    def probability(self, features: dict[str, float]) -> float: ...


@dataclass(frozen=True)
class Bests:
    """The best value of each relative signal among one question's candidates: a pointwise
    ranker sees how far a sentence falls behind its rivals, not only its own value."""

    dense: float
    rare_coverage: float
    predicate_coverage: float
    attributed: bool

    @classmethod
    def of(cls, sentences: list[Sentence]) -> Bests:
        return cls(
            dense=max(s.dense for s in sentences),
            rare_coverage=max(s.rare_coverage for s in sentences),
            predicate_coverage=max(s.predicate_coverage for s in sentences),
            attributed=any(s.attributed for s in sentences),
        )


def ranking_features(sentence: Sentence, bests: Bests) -> dict[str, float]:
    """What the sentence ranker sees; names are the model file's keys."""
    return {
        "dense": sentence.dense,
        "dense_gap": bests.dense - sentence.dense,
        "coverage": sentence.coverage,
        "rare_coverage": sentence.rare_coverage,
        "rare_gap": bests.rare_coverage - sentence.rare_coverage,
        "predicate_coverage": sentence.predicate_coverage,
        "predicate_gap": bests.predicate_coverage - sentence.predicate_coverage,
        "joint_coverage": sentence.joint_coverage,
        "lead": 1.0 if sentence.lead else 0.0,
        "entity_coverage": sentence.entity_coverage,
        "has_fact": 1.0 if sentence.fact else 0.0,
        "focus": 1.0 if sentence.has_focus else 0.0,
        "passage_prior": 1.0 / (1 + sentence.passage_rank),
        "title_coverage": sentence.title_coverage,
        "binding": sentence.binding,
        "enumerates": 1.0 if sentence.enumerates else 0.0,
        # Words given to the asked person exist among the candidates, but not in this sentence.
        "attribution_gap": 1.0 if bests.attributed and not sentence.attributed else 0.0,
    }


class SentenceEmbeddings:
    """Sentence vectors, cached: the same corpus sentences come back query after query."""

    def __init__(self, embedding: TextEmbedding, capacity: int = 20_000) -> None:
        self._embedding = embedding
        self._cache: OrderedDict[str, list[float]] = OrderedDict()
        self._capacity = capacity
        self._lock = threading.Lock()  # shared by concurrent requests

    def vectors(self, texts: list[str]) -> list[list[float]]:
        with self._lock:
            found = {t: self._cache[t] for t in texts if t in self._cache}
            for text in found:
                self._cache.move_to_end(text)
        missing = list(dict.fromkeys(t for t in texts if t not in found))
        if missing:
            found.update(
                zip(missing, self._embedding.get_text_embedding_batch(missing), strict=True)
            )
            with self._lock:
                self._cache.update((t, found[t]) for t in missing)
                while len(self._cache) > self._capacity:
                    self._cache.popitem(last=False)
        return [found[t] for t in texts]


def rarity_weights(terms: set[str], token_sets: list[frozenset[str]]) -> dict[str, float]:
    """Inverse document frequency of each question word among the candidate sentences."""
    count = len(token_sets)
    return {
        term: math.log(1 + count / (1 + sum(term in tokens for tokens in token_sets)))
        for term in terms
    }


def _entity_present(entity: str, haystack_tokens: frozenset[str], haystack_lower: str) -> bool:
    return (
        entity in haystack_tokens
        or re.search(rf"\b{re.escape(entity)}", haystack_lower) is not None
    )


def _entity_coverage(entities: list[str], tokens: frozenset[str], lowered: str) -> float:
    if not entities:
        return 1.0
    return sum(_entity_present(e, tokens, lowered) for e in entities) / len(entities)


def candidate_sentences(passages: list[Passage]) -> list[Sentence]:
    sentences: dict[tuple[str, int], Sentence] = {}
    for rank, passage in enumerate(passages):
        chunk = passage.chunk
        spans = split_sentences(chunk.text)
        for index, span in enumerate(spans):
            before = spans[index - 1] if index else None
            sentence = Sentence(
                article=passage.article,
                text=chunk.text[span.start : span.end],
                start=chunk.start + span.start,
                end=chunk.start + span.end,
                passage_rank=rank,
                context=chunk.text,
                previous=chunk.text[before.start : before.end] if before else "",
                previous_start=chunk.start + before.start if before else 0,
                context_start=chunk.start,
                lead_in=passage.lead_in,
                article_lead=passage.article_lead,
                lead=chunk.start == 0 and index == 0,
            )
            sentences.setdefault(sentence.key, sentence)
    return list(sentences.values())


@lru_cache(maxsize=8192)
def _says_the_deed(text: str, focus: str) -> bool:
    """A word of the focus's stem that is no agent noun ("pemimpin", "penulis": pe-, without
    the -an of an event noun such as "pertemuan")."""
    return any(
        focus in token_set(word) and not _agent_noun(word) for word in re.findall(r"[\w-]+", text)
    )


def _agent_noun(word: str) -> bool:
    """ "pemimpin", "penulis": a pe- prefix (the stem is shorter), without an event's -an;
    "perang", "pesan" are roots, "pertemuan" an event."""
    lowered = word.lower()
    return lowered.startswith("pe") and not lowered.endswith("an") and stem(lowered) != lowered


def _without_dates(text: str, published: dt.date | None) -> str:
    """The text without its date mentions: asked when something ends, a sentence's "akhir
    April" is the answer's shape, not the ending asked about (its words cover nothing)."""
    return without_spans(text, ((m.start, m.end) for m in find_dates(text, published)))


@lru_cache(maxsize=8192)
def _seat_tokens(token: str) -> frozenset[str]:
    return frozenset(t for name in same_country(token) for t in token_set(name))


def with_seats(tokens: frozenset[str]) -> frozenset[str]:
    """The tokens with the other names of any country or seat of government among them: news
    names a government by its seat ("Moskow", "Kremlin", "Kyiv") as often as by its country,
    so "ancaman Moskow" covers "Kremlin pernah mengultimatum" and "bagi Kyiv" covers Ukraina.
    (For coverage only; facts and echo checks keep the names as written.)"""
    extra = frozenset().union(*(_seat_tokens(t) for t in tokens))
    return tokens | extra


def score_sentences(
    question: Question,
    query_vector: list[float],
    sentences: list[Sentence],
    embeddings: SentenceEmbeddings,
    ranker: Ranker | None = None,
) -> list[Sentence]:
    """Signals per sentence, then the ranker's score (the prior weights before any fit)."""
    if not sentences:
        return []
    # (as read, before a sentence takes in the one before it; their vectors are awaited last,
    # so a store read runs while the rest is computed)
    texts = [s.text for s in sentences]
    terms = set(question.terms)
    # A year the question names places the event in time (the period filter's job); a sentence
    # that merely carries the year in a date ("(11/10/2023)") says nothing about the event.
    predicate = {t for t in terms - set(question.entities) if not YEAR.fullmatch(t)}
    # A country is no speaker: "ucap Menteri Luar Negeri Ukraina Dmytro Kuleba" is Kuleba's.
    speakers = [name for name in question.entities if not is_country(name.title())]
    statement_asked = _STATEMENT_ASKED.search(question.asked or question.text) is not None
    holding = passage_holders(tuple(dict.fromkeys(s.context for s in sentences)))

    def _offices_in(sentence: Sentence, name: str) -> list[str]:
        """The speaker's offices as the sentence writes them out: only an office the passages
        give no one else ("mantan Presiden Ukraina Poroshenko" makes "presiden Ukraina" no
        one's in particular)."""
        written = (
            office_written(h.office, sentence.text, [name])
            for h in holding
            if h.surname == name
            and all(other.surname == name for other in holding if other.office == h.office)
        )
        return [office for office in written if office]

    token_sets = [
        with_seats(
            token_set(
                _without_dates(s.text, s.article.published) if question.type == "kapan" else s.text
            )
        )
        for s in sentences
    ]
    asked_with_seats = with_seats(frozenset(terms))
    asked_words = token_set(question.text) | asked_with_seats
    rarity = rarity_weights(terms, token_sets)
    total_rarity = sum(rarity.values())
    # Each article's retrieved passages and title together, once per article (not per sentence).
    article_texts: dict[str, dict[str, None]] = {}
    for sentence in sentences:
        article_texts.setdefault(sentence.article.id, {sentence.article.title: None})
        article_texts[sentence.article.id][sentence.context] = None
    article_entities = {
        article_id: _entity_coverage(
            question.entities,
            frozenset().union(*(token_set(t) for t in texts)),
            " ".join(texts).lower(),
        )
        for article_id, texts in article_texts.items()
    }
    for sentence, tokens in zip(sentences, token_sets, strict=True):
        sentence.coverage = len(terms & tokens) / len(terms) if terms else 0.0
        sentence.rare_coverage = (
            sum(rarity[t] for t in terms & tokens) / total_rarity if total_rarity else 0.0
        )
        sentence.predicate_coverage = (
            len(predicate & tokens) / len(predicate) if predicate else sentence.coverage
        )
        joint = tokens | with_seats(token_set(sentence.previous))
        sentence.joint_coverage = (
            sum(rarity[t] for t in terms & joint) / total_rarity if total_rarity else 0.0
        )
        title_tokens = token_set(sentence.article.title)
        sentence.title_coverage = len(terms & title_tokens) / len(terms) if terms else 0.0
        context_tokens = tokens | token_set(sentence.context) | title_tokens
        context_lower = f"{sentence.context} {sentence.article.title}".lower()
        offices = {name: _offices_in(sentence, name) for name in speakers}
        # (a person the sentence calls by the office the passages give them names them:
        # "setelah presiden Ukraina mengatakan …" speaks of Zelensky)
        called = frozenset(name for name, written in offices.items() if written)
        sentence.entity_coverage = _entity_coverage(
            question.entities, context_tokens | called, context_lower
        )
        sentence.article_entity_coverage = article_entities[sentence.article.id]
        sentence.attributed = question.asks_words and any(
            attributed_to(sentence, name)
            # ... or to the office the passages give them: "setelah presiden Ukraina mengatakan
            # kepada warga …" are Zelensky's words
            or any(attributed_to(sentence, office) for office in offices[name])
            # ... or, asked what a statement conveys, one that tells what theirs does
            # ("pernyataan Stoltenberg itu menguatkan sinyal bahwa …")
            or (statement_asked and _statement_of(sentence.text, name))
            for name in speakers
        )
        fact = _fact_of(question, sentence)
        sentence.fact, sentence.binding = fact.text, fact.binding
        if fact.with_previous:
            sentence.take_in_previous()
        # (a date is left out of a "kapan" question's words, but one the question does not
        # give is what it asks: "kapan presiden ukraina volodymyr zelensky tiba di markas
        # nato di brussels?" is answered, not restated, by the lead that dates the arrival)
        sentence.restates = tokens <= asked_with_seats and token_set(fact.text) <= asked_words
        sentence.has_focus = bool(question.focus) and question.focus in tokens
        if sentence.has_focus and question.focus_deed:
            # "Siapa yang memimpin rapat …?": "para pemimpin" names doers, not the deed
            sentence.has_focus = _says_the_deed(sentence.text, question.focus)
        sentence.enumerates = (
            question.type == "list" and ENUMERATION.search(sentence.text) is not None
        )
    dense = cosine_similarities(query_vector, embeddings.vectors(texts)).tolist()
    for sentence, similarity in zip(sentences, dense, strict=True):
        sentence.dense = similarity
    bests = Bests.of(sentences)
    for sentence in sentences:
        features = ranking_features(sentence, bests)
        sentence.score = (
            ranker.probability(features)
            if ranker
            else sum(w * features[name] for name, w in PRIOR_WEIGHTS.items())
        )
    return sorted(sentences, key=lambda s: s.score, reverse=True)


# Who said it: "kata/ujar X", "menurut X", "X mengatakan/menegaskan ..."; only an office or
# other names may stand between the verb and the name ("ujar Sekretaris Jenderal NATO Jens
# Stoltenberg"), so "kata Zelensky kepada Stoltenberg" is not Stoltenberg's.
_OFFICE_WORDS = (
    r"sekretaris|jenderal|menteri|presiden|perdana|luar|negeri|pertahanan|kepala|juru|bicara"
    r"|kanselir|wakil"
)
_SPEECH_BEFORE = (
    rf"\b(?i:{SAID_BEFORE_SPEAKER}|menurut)(?:nya)?\s+"
    # (a count before a calling: "kata seorang diplomat senior Eropa")
    r"(?:(?:seorang|sejumlah|beberapa|para|sang)\s+)?"
    rf"(?:(?:[A-Z][\w'’-]*|(?i:{_OFFICE_WORDS})),?\s+){{0,5}}?"
)
# (the speaker may be ranked among others of their calling: "seorang diplomat kedua
# memperingatkan bahwa …")
_SPEECH_AFTER = (
    rf"(?:\s+[A-Z][\w'’-]*){{0,2}}(?:\s+(?:{SPEAKER_RANKS}))?"
    rf"(?:\s+(?:{SPEECH_ADVERBS}))?\s+(?i:{SAID_AFTER_SPEAKER})\b"
)
# A quote attributed to a named speaker of its own ("..., kata Zelensky").
_NAMED_SPEAKER = re.compile(rf"\b(?:{SAID_BEFORE_SPEAKER})(?:nya)?\s+[A-Z]")
_PRONOUN_OPENING = re.compile(rf"\s*(?:{PERSON_PRONOUNS})\b", re.IGNORECASE)
_PRONOUN_SPEECH = re.compile(PRONOUN_SPEECH)
_ANY_SPEAKER_AFTER = re.compile(r"\b[A-Z][\w'’-]*" + _SPEECH_AFTER)


def _says(text: str, speaker: str) -> bool:
    name = rf"(?i:{re.escape(speaker)})\w*"
    return (
        re.search(_SPEECH_BEFORE + name, text) is not None
        or re.search(rf"\b{name}" + _SPEECH_AFTER, text) is not None
    )


# Words after which a name is what a deed is done to or for, not who does it.
# ("oleh" names the doer of a passive: "disampaikan oleh Stoltenberg" is his doing.)
_OBJECT_PREPOSITIONS = frozenset(
    "kepada terhadap untuk bagi dengan ke dari pada melawan atas".split()
)


def _mentioned_as_doer(text: str, speaker: str) -> bool:
    """The name stands in the text other than after a preposition ("kepada Rusia", also with
    titles between: "kepada Presiden Rusia Vladimir Putin")."""
    for match in re.finditer(rf"\b(?i:{re.escape(speaker)})", text):
        before = text[: match.start()].split()
        while before and before[-1][:1].isupper():
            before.pop()  # the titles and names before this one
        if not before or before[-1].lower() not in _OBJECT_PREPOSITIONS:
            return True
    return False


# A question about what someone's statement conveys ("menurut sinyal dari Stoltenberg",
# "what did Stoltenberg's statement signal").
_STATEMENT_ASKED = re.compile(
    rf"\b(?:{STATEMENT_BEFORE_SPEAKER}|sinyal|isyarat\w*|diisyaratkan|statement|signal\w*)\b",
    re.IGNORECASE,
)


def _statement_of(text: str, speaker: str) -> bool:
    """The sentence tells what the speaker's statement conveys: "pernyataan X itu …" opens a
    clause as its subject (not "Menanggapi pernyataan X, Peskov mengatakan …", nor "Usai
    pidato X, Y berkata …", which give another's words)."""
    pattern = rf"(?:^|[,;:]\s*)(?:{STATEMENT_BEFORE_SPEAKER})(?:nya)?\s+(?i:{re.escape(speaker)})\b"
    return re.search(pattern, text, re.IGNORECASE) is not None


def attributed_to(sentence: Sentence, speaker: str) -> bool:
    """The words are the speaker's: the sentence attributes them to the speaker ("kata X",
    "menurut X", "X mengatakan"), or it follows a sentence that does and opens with a pronoun
    ("Ia menambahkan ...") or with a quote no one else is named for; or it gives its words to a
    pronoun ('"...," tulisnya') after a sentence that names the speaker. A sentence that only
    mentions the speaker ("kata Zelensky ... dengan Stoltenberg") is someone else's words."""
    # (the passage's article title and text: who a quote opening the passage was named before)
    before_passage = f"{sentence.article.title} {sentence.context}"
    earlier = earlier_sentences(sentence)
    return any(
        _words_of(sentence.text, earlier, name, before_passage) for name in speaker_names(speaker)
    )


@lru_cache(maxsize=256)
def speaker_names(speaker: str) -> tuple[str, ...]:
    """The names a speaker is written by: its own; a government's seat ("ancaman Moskow" is
    the Kremlin's); a country of two words by any of its names ("AS" for "amerika serikat").
    (Cached: asked for every candidate sentence of a question.)"""
    names = spellings(speaker) if is_country(speaker.title()) and " " in speaker else []
    return (speaker, *names, *(n for n in same_country(speaker) if not is_country(n)))


# Where a clause begins, and with it its doer: "… ketika Gedung Putih berusaha …", "karena NATO
# tidak memberikan …" (not "untuk membuat Moskow menyadari …", Moscow made to realise).
_CLAUSE_OPENING = (
    r"(?:^|[,;:(\"“]|\b(?:dan|serta|sementara|namun|tetapi|ketika|saat|karena|bahwa|sedangkan"
    r"|and|when|while|because|that))\s*(?:(?:para|pihak|the)\s+)?"
)


def acts_in(sentence: Sentence, speaker: str) -> bool:
    """The speaker (by any of its names) opens a clause of the sentence, its doer: how they
    reacted, told by a deed rather than words."""
    return any(
        re.search(rf"{_CLAUSE_OPENING}(?i:{re.escape(name)})\b", sentence.text)
        for name in speaker_names(speaker)
    )


def takes_a_stance(sentence: Sentence, speaker: str) -> bool:
    """The sentence tells the speaker's stance by a deed of theirs ("Orban dengan tegas menolak
    pengiriman tentara"): for a question of what they said on its topic, their say on it,
    though it quotes no words. So does "Ia menyangkal …" after a sentence opening with the
    speaker ("Rusia mengakui …"). (Up to three lower-case words between, none opening a clause:
    no other doer.)"""
    if _stance_by(rf"\b(?i:{re.escape(speaker)})", sentence.text):
        return True
    opens_with_speaker = re.match(rf"\W*(?i:{re.escape(speaker)})\b", sentence.previous)
    return bool(opens_with_speaker and _stance_by(rf"^\W*(?i:{PERSON_PRONOUNS})", sentence.text))


def _stance_by(doer: str, text: str) -> bool:
    """Whether the doer (a pattern) is followed by a verb of stance in the text."""
    return bool(
        re.search(
            rf"{doer}\b(?:\s+(?!(?:bahwa|yang)\b)[a-z]+){{0,3}}?\s+(?i:{STANCE_AFTER_SPEAKER})\b",
            fold_accents(text),
        )
    )


def _fact_of(question: Question, sentence: Sentence) -> Fact:
    """The sentence's fact, with the sentence before it for whom "Ia" or a bare quote means;
    a who-question's doer "Ia" after a run of continuations is whom the run goes back to
    ('Stoltenberg juga telah mengirimkan pesan …' · '"…," ucapnya.' · 'Ia juga mendesak …')."""
    fact = extract_fact(question, sentence.text, sentence.article.published, sentence.previous)
    if fact.text or question.type != "siapa" or not _continues(sentence.previous):
        return fact
    referent = referent_of(sentence)
    if not referent:
        return fact
    resolved = extract_fact(question, sentence.text, sentence.article.published, referent)
    return fact if resolved.with_previous else resolved


def referent_of(sentence: Sentence) -> str:
    """The sentence whom "Ia" in this one means is named in: the one before, or past a run of
    continuations ('"…," ucapnya.'), the first that is none; "" when the run goes past what
    was retrieved."""
    if not _continues(sentence.previous):
        return sentence.previous
    return next((s for s in earlier_sentences(sentence)[1:] if not _continues(s)), "")


def earlier_sentences(sentence: Sentence) -> tuple[str, ...]:
    """The sentences before this one, nearest first: in its passage, then in the passage's
    lead-in, as far as a run of continuations is followed."""
    # (`previous` stands for the passage's sentence before, or is "" once taken in: then the
    # sentences before this text's start)
    start = sentence.previous_start if sentence.previous else sentence.start
    before = _earlier_sentences(sentence.context, start - sentence.context_start, sentence.lead_in)
    return (sentence.previous, *before) if sentence.previous else before


# How far back a run of continuations ('"…," ucapnya.' then "Ia juga mendesak …") is followed
# to the sentence that names its speaker.
_CONTINUATION_DEPTH = 3


@lru_cache(maxsize=4096)
def _earlier_sentences(context: str, offset: int, lead_in: str) -> tuple[str, ...]:
    """The sentences before `offset` in the passage and the lead-in before it, nearest first,
    as far as a run of continuations is followed."""
    within = [context[s.start : s.end] for s in split_sentences(context) if s.end <= offset]
    before = [lead_in[s.start : s.end] for s in split_sentences(lead_in)]
    return tuple(reversed(before + within))[: _CONTINUATION_DEPTH + 1]


def _words_of(text: str, earlier: tuple[str, ...], speaker: str, before_passage: str) -> bool:
    """`attributed_to` over plain texts: `earlier` holds the sentences before `text`, nearest
    first, so a continuation of a continuation reaches the sentence that names the speaker
    ('Stoltenberg mengirim pesan …' · '"…," ucapnya.' · 'Ia juga mendesak …')."""
    if _says(text, speaker):
        return True
    previous = earlier[0] if earlier else ""
    if _pronoun_speaks(text):
        # The one the sentence before gives words to, if it gives any ("kata Zelensky kepada
        # Stoltenberg." then '"...," lanjutnya' is Zelensky's); else the person it names.
        if _NAMED_SPEAKER.search(previous) or _ANY_SPEAKER_AFTER.search(previous):
            return _says(previous, speaker)
        if previous and _continues(previous):
            return _words_of(previous, earlier[1:], speaker, before_passage)
        # The passage opens with the quote: the speaker was named before it; the passage's
        # article title or text naming them is the best there is.
        # (In the sentence before, the one it is about, not one it addresses: "… mengirimkan
        # pesan kepada Rusia." then '"…," ucapnya' are not Russia's words.)
        if previous:
            return _mentioned_as_doer(previous, speaker)
        return re.search(rf"\b(?i:{re.escape(speaker)})", before_passage) is not None
    return (
        _opens_as_a_continuation(text)
        and bool(previous)
        and _words_of(previous, earlier[1:], speaker, before_passage)
    )


def _pronoun_speaks(text: str) -> bool:
    """'"…," tulisnya', "Ia menambahkan …": words given to a pronoun, no one named."""
    return bool(_PRONOUN_SPEECH.search(text)) and not _NAMED_SPEAKER.search(text)


def _opens_as_a_continuation(text: str) -> bool:
    """A quote no one is named for, or a pronoun, opens the sentence."""
    bare_quote = text.lstrip()[:1] in "\"“'‘" and not _NAMED_SPEAKER.search(text)
    return bare_quote or _PRONOUN_OPENING.match(text) is not None


def _continues(text: str) -> bool:
    return _pronoun_speaks(text) or _opens_as_a_continuation(text)


def continues_the_previous(sentence: Sentence) -> bool:
    """Whose words the sentence holds is told by the sentence before it."""
    return _continues(sentence.text)


def sentence_date(sentence: Sentence) -> str:
    """The first resolved date in the sentence finer than a year, else the article's date, for
    ordering: the date a list shows beside the sentence (a bare year names some other time, as
    "setuju pada 2018" in a report of 4 July 2023)."""
    mentions = [
        m for m in find_dates(sentence.text, sentence.article.published) if m.precision != "year"
    ]
    if mentions:
        return mentions[0].date.isoformat()
    return sentence.article.published.isoformat() if sentence.article.published else "9999"
