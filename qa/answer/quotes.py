"""Words a question gives to someone: 'Mengapa Biden mengatakan "Ini akan menjadi musim dingin
yang mengerikan"?', "Why did Zelensky say that all members agreed …?". When the articles carry
those words but give them to someone else, the question's premise is false: its why, when or
where must not be answered from the other speaker's sentence, nor a yes/no claim that they said
them confirmed. (Who-questions name no speaker, and what-questions ask for the words
themselves.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa.answer.evidence import Sentence, attributed_to, continues_the_previous
from qa.answer.extract import speakers_in
from qa.answer.holders import passage_holders, with_holders
from qa.answer.question import Question, canonical, named_entities, token_set
from qa.text.glossary import indonesian_for
from qa.text.speech import QUOTED_WORDS, SAID_AFTER_SPEAKER, SAID_BEFORE_SPEAKER
from qa.text.tokens import fold_accents

# Verbs of saying a question puts after its speaker ("Why did Stoltenberg say", "kenapa Biden
# bilang"): the article verbs, English present forms and chat ones.
_SAYS = rf"(?:{SAID_AFTER_SPEAKER}|say|tell|tweet(?:ed)?|write|post(?:ed)?|ngomong|nulis|nyebut)"
# Up to three words before the verb: the speaker, "Joe Biden", "PM Hungaria Orban".
_SPEAKER_THEN_VERB = re.compile(rf"((?:[\w'’-]+\s+){{1,3}}?)(?:did\s+)?{_SAYS}\b", re.IGNORECASE)
# "… say (to reporters) that <clause>", "mengatakan bahwa <clause>": the words reported without
# quotes; English also drops the "that" ("Why did X say the water …"), but not before "about",
# "to" …, which names what the words concern, not the words.
_REPORTED = re.compile(rf"\b{_SAYS}\b.*?\b(?:that|bahwa|kalau|klo)\s+(.+?)\W*$", re.IGNORECASE)
_REPORTED_BARE = re.compile(
    r"\b(?:say|said|bilang|ngomong)\s+(?!(?:about|to|on|in|at|of|for|after|before|during|when"
    r"|while|so|soal|tentang|kepada|ke|sama|apa|gitu|begitu)\b)(.+?)\W*$",
    re.IGNORECASE,
)
# "Why did X tell Ukrainians to brace for …": what was told to be done.
_TOLD_TO = re.compile(r"\b(?:tell|told)\s+(?:[\w'’-]+\s+){1,3}?to\s+(.+?)\W*$", re.IGNORECASE)
# The words said, then the passive verb and its speaker: "bahwa <words> disampaikan oleh X".
_SAID_BY = re.compile(
    r"\b(?:bahwa|kalau|that)\s+(.+?)\s+(?:di(?:sampaikan|ucapkan|katakan|tulis|bilang|nyatakan"
    r"|ungkapkan|tegaskan)|(?:was|were)\s+(?:said|stated|written))\s+(?:oleh|by)\s+"
    r"((?:[\w'’-]+\s*){1,5})",
    re.IGNORECASE,
)
# The one who said the words named last: "yang bilang <words> itu Stoltenberg".
_SPEAKER_LAST = re.compile(
    r"\b(?:yang|yg|who)\s+(?:bilang|mengatakan|ngomong|berkata|menyatakan|said|says)\s+(.+?)"
    r"\s+(?:itu|adalah|ialah|was|is)\s+((?:[\w'’-]+\s*){1,4})\W*$",
    re.IGNORECASE,
)
# A speaker named before and referred back to: '"…," kata diplomat itu'.
_REFERRED_SPEAKER = re.compile(
    rf"\b(?:{SAID_BEFORE_SPEAKER})(?:nya)?\s+([a-z]+(?:\s+[a-z]+)?\s+(?:itu|tersebut))\b"
)
# A quote right after these names what the words concern: 'say about the "open door" policy'.
_TOPIC_BEFORE = re.compile(
    r"\b(?:about|on|regarding|soal|tentang|mengenai|terkait|atas)\s+(?:the\s+|a\s+)?\W*$",
    re.IGNORECASE,
)
# Questions that ask for the words themselves ("What did X say …") give none.
_WORDS_ASKED_TYPES = frozenset({"apa", "bagaimana"})
# Share of the quoted words an article sentence must hold to be where they come from, and the
# fewest words shared: a short quote ("siap") is found in too many sentences.
QUOTE_COVERAGE = 0.6
MIN_SHARED_WORDS = 2


@dataclass(frozen=True)
class QuotedClaim:
    """Who the question says said what."""

    speaker: str  # canonical form of the speaker's last name word, as `attributed_to` takes it
    words: str


def quoted_claim(question: Question) -> QuotedClaim | None:
    """The speaker and the words a question gives them, when it does both."""
    return _speaker_first(question) or _speaker_last(question)


def _speaker_first(question: Question) -> QuotedClaim | None:
    """The speaker, then a verb of saying and the words: "Why did Stoltenberg say that …"."""
    text = question.asked or question.text
    said = _SPEAKER_THEN_VERB.search(text)
    if said is None:
        return None
    # (quoted words after the verb are what was said; 'Dalam “pesan yang jelas” kepada Rusia,
    # Stoltenberg menyatakan …' quotes a phrase of the report, not the speaker)
    quote = QUOTED_WORDS.search(text, said.end())
    if quote and _TOPIC_BEFORE.search(text[: quote.start()]):
        # 'What did Stoltenberg say about the "open door" policy?': a topic, not the words
        quote = None
    reported = (
        None
        if question.type in _WORDS_ASKED_TYPES
        else _REPORTED.search(text) or _TOLD_TO.search(text) or _REPORTED_BARE.search(text)
    )
    words = (quote.group(1) or quote.group(2)) if quote else reported.group(1) if reported else ""
    return _claim_of(question, said.group(1), words) if words else None


def _claim_of(question: Question, speaker_words: str, words: str) -> QuotedClaim | None:
    """The claim, when the words before the verb name someone (the last name counts)."""
    entities = set(question.entities)
    named = [
        canonical(token)
        for word in speaker_words.split()
        for token in token_set(word)
        if canonical(token) in entities
    ]
    return QuotedClaim(speaker=named[-1], words=words) if named else None


def _speaker_last(question: Question) -> QuotedClaim | None:
    """The words, then their speaker: "Benarkah pernyataan bahwa <words> disampaikan oleh
    Stoltenberg?", "emang yg bilang <words> itu stoltenberg". (Read in the normalised text,
    whose names are the articles' spelling: "Stoltenburg" is Stoltenberg.)"""
    text = question.text
    found = _SAID_BY.search(text) or _SPEAKER_LAST.search(text)
    return _claim_of(question, found.group(2), found.group(1)) if found else None


def _quoted_words(words: str, english: bool) -> list[frozenset[str]]:
    """Each word of the quote as the set of forms an article sentence may hold it in: an
    English word by its Indonesian glosses ("people" -> orang, rakyat, warga), and only words
    the glossary knows or names ("NATO"), as the others can never be found in an Indonesian
    sentence."""
    if not english:
        return [frozenset({token}) for token in token_set(words)]
    glossed_words = (
        token_set(indonesian_for(word.lower()) or (word if word[:1].isupper() else ""))
        for word in re.findall(r"[A-Za-z][A-Za-z'’-]*", words)
    )
    return list(dict.fromkeys(forms for forms in glossed_words if forms))


def _shared(asked: list[frozenset[str]], sentence: Sentence) -> int:
    """How many of the quoted words the sentence holds."""
    said = token_set(sentence.text)
    return sum(1 for forms in asked if forms & said)


def source_of(claim: QuotedClaim, ranked: list[Sentence], english: bool) -> Sentence | None:
    """The sentence that holds most of the quoted words, if it holds enough of them."""
    asked = _quoted_words(claim.words, english)
    best = max(ranked, key=lambda sentence: _shared(asked, sentence), default=None)
    if best is None or not asked:
        return None
    count = _shared(asked, best)
    return best if count >= MIN_SHARED_WORDS and count / len(asked) >= QUOTE_COVERAGE else None


@dataclass(frozen=True)
class Misattribution:
    """The article sentence that holds the question's quoted words, and whom it gives them to."""

    source: Sentence
    speaker: str


def misattributed(question: Question, ranked: list[Sentence]) -> Misattribution | None:
    """The article sentence with the question's quoted words, when it gives them to someone
    other than the speaker the question names. A yes/no claim names a person the passages give
    an office ("Apakah Stoltenberg yang bilang NATO akan membuat Ukraina lebih aman?", said by
    Zelensky): "Apakah Ukraina mengatakan …" may be its minister's words."""
    if question.type in {"siapa", "list"}:
        return None  # "who said …" names no speaker
    claim = quoted_claim(question)
    if claim is None:
        return None
    contexts = tuple(dict.fromkeys(s.context for s in ranked))
    if question.type == "yesno" and claim.speaker not in {
        canonical(fold_accents(holder.surname).lower()) for holder in passage_holders(contexts)
    }:
        return None
    english = question.language == "en"
    source = source_of(claim, ranked, english)
    if source is None or attributed_to(source, claim.speaker):
        return None
    asked = _quoted_words(claim.words, english)
    if any(
        _shared(asked, s) >= _shared(asked, source)
        for s in ranked
        if attributed_to(s, claim.speaker)
    ):
        return None  # (the speaker says them too, elsewhere)
    # Only words given to someone else the article identifies: "kata seorang diplomat", "kata
    # Biden"; an office is read as the one person the passages give it ("setelah presiden
    # Ukraina mengatakan …" are Zelensky's words). Words given to no one are not judged.
    speakers = [name for _, name in speakers_in(source.text)] or [
        m.group(1) for m in _REFERRED_SPEAKER.finditer(source.text)
    ]
    if not speakers and continues_the_previous(source):
        # ('"…," tulisnya' after "Usai pidato tersebut, Zelensky beralih …": his words)
        speakers = [name for _, name in speakers_in(source.previous)] or named_entities(
            source.previous
        )
    if not speakers or any(
        claim.speaker in {canonical(t) for t in token_set(with_holders(name, "id", contexts))}
        for name in speakers
    ):
        return None
    return Misattribution(source=source, speaker=speakers[0])
