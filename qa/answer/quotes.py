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
from qa.answer.holders import holder_surnames, with_holders
from qa.answer.question import Question, canonical, named_entities, token_set
from qa.answer.question import claim as claim_of_question
from qa.text.glossary import indonesian_for
from qa.text.negation import negated
from qa.text.places import is_country
from qa.text.speech import QUOTED_WORDS, SAID_AFTER_SPEAKER, SAID_BEFORE_SPEAKER
from qa.text.tokens import fold_accents, is_verb_form, stem

# Verbs of saying a question puts after its speaker ("Why did Stoltenberg say", "kenapa Biden
# bilang"): the article verbs, English present forms and chat ones.
# (and a speech given: "Di mana Stoltenberg berpidato bahwa …")
_SAYS = (
    rf"(?:{SAID_AFTER_SPEAKER}|say|tell|tweet(?:ed)?|write|post(?:ed)?|ngomong|nulis|nyebut"
    r"|berpidato|menyampaikan|speak|spoke|declare[sd]?)"
)
# Up to three words before the verb: the speaker, "Joe Biden", "PM Hungaria Orban".
_SPEAKER_THEN_VERB = re.compile(rf"((?:[\w'’-]+\s+){{1,3}}?)(?:did\s+)?{_SAYS}\b", re.IGNORECASE)
# "… say (to reporters) that <clause>", "mengatakan bahwa <clause>": the words reported without
# quotes; English also drops the "that" ("Why did X say the water …"), but not before "about",
# "to" …, which names what the words concern, not the words.
_REPORTED = re.compile(rf"\b{_SAYS}\b.*?\b(?:that|bahwa|kalau|klo)\s+(.+?)\W*$", re.IGNORECASE)
_REPORTED_BARE = re.compile(
    r"\b(?:say|said|bilang|ngomong|mengatakan|menyatakan|berkata)\s+(?!(?:about|to|on|in|at|of"
    r"|for|after|before|during|when|while|so|soal|tentang|kepada|ke|sama|apa|gitu|begitu)\b)"
    r"(.+?)\W*$",
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
# Where the words naming a speaker end: to whom, about what, when or where it was said, or a
# choice or a denial ("itu Zelensky bukan Stoltenberg").
_SPEAKER_ENDS = re.compile(
    r"\b(?:kepada|ke|sama|soal|tentang|mengenai|terkait|di|pada|dalam|saat|ketika|sebelum"
    r"|setelah|sesudah|untuk|dan|atau|bukan|to|about|on|in|at|before|after|during|when|while"
    r"|and|or|not)\b",
    re.IGNORECASE,
)
# The one who said the words named last: "yang bilang <words> itu Stoltenberg", "yang
# berbicara <words> itu …".
_SPEAKER_LAST = re.compile(
    r"\b(?:yang|yg|who)\s+(?:bilang|mengatakan|ngomong|berbicara|berkata|menyatakan|said|says)"
    r"\s+(.+?)"
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
    """The speaker and the words a question gives them, when it does both. (The speaker named
    after the words only in a yes/no claim: "Kapan pernyataan bahwa … disampaikan oleh X di
    KTT?" asks when, whoever the question says spoke.)"""
    found = _speaker_first(question, question.asked or question.text)
    if question.type == "yesno" and question.asked and question.asked != question.text:
        # (a claim in chat, in the articles' words: "Orban yg bilang … bakal bikin Rusia sadar gak
        # bisa nunggu" read as "Orban yang mengatakan … akan membuat Rusia sadar tidak bisa
        # menunggu", whose words the article's quote shares)
        found = _speaker_first(question, question.text) or found
    if found is None and question.type == "yesno":
        found = _speaker_last(question)
    return found


def _speaker_first(question: Question, text: str) -> QuotedClaim | None:
    """The speaker, then a verb of saying and the words, in `text` (as asked or normalised):
    "Why did Stoltenberg say that …"."""
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
    if (
        quote
        and reported
        and len(re.findall(r"\w+", quote.group(1) or quote.group(2))) < MIN_SHARED_WORDS
        and len(re.findall(r"\w+", reported.group(1))) > MIN_SHARED_WORDS
    ):
        # "… bahwa mereka tidak bisa 'menunggu' sebelum …": one word quoted inside the words
        # reported is the report's own quote; the words are the whole clause
        quote = None
    words = (quote.group(1) or quote.group(2)) if quote else reported.group(1) if reported else ""
    return _claim_of(question, said.group(1), words) if words else None


def _claim_of(question: Question, speaker_words: str, words: str) -> QuotedClaim | None:
    """The claim, when the words before the verb name someone (the last name counts). None
    for two claims in one ("X bilang … dan Y bilang …"): the words are not one speaker's."""
    if re.search(rf"\b{_SAYS}\b", words, re.IGNORECASE):
        return None
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
    said_by = _SAID_BY.search(text)
    if said_by:
        # (the speaker's words end where to whom, about what, when or where begins: "oleh
        # Stoltenberg kepada Zelensky")
        speaker = _SPEAKER_ENDS.split(said_by.group(2))[0]
        return _claim_of(question, speaker, said_by.group(1))
    named_last = _SPEAKER_LAST.search(text)
    if named_last is None or _SPEAKER_ENDS.search(named_last.group(2)):
        return None
    if any(is_verb_form(word.lower()) for word in named_last.group(2).split()):
        return None  # ("… itu berbincang dengan Zelensky": another deed, its doer unnamed)
    return _claim_of(question, named_last.group(2), named_last.group(1))


def _quoted_words(words: str, english: bool) -> list[frozenset[str]]:
    """Each word of the quote as the set of forms an article sentence may hold it in: an
    English word by its Indonesian glosses ("people" -> orang, rakyat, warga), and only words
    the glossary knows or names ("NATO"), as the others can never be found in an Indonesian
    sentence."""
    if not english:
        return [frozenset({token}) for token in _every_word(words)]
    glossed_words = (
        _every_word(indonesian_for(word.lower()) or (word if word[:1].isupper() else ""))
        for word in re.findall(r"[A-Za-z][A-Za-z'’-]*", words)
    )
    return list(dict.fromkeys(forms for forms in glossed_words if forms))


def _every_word(text: str) -> frozenset[str]:
    """A quote's words as compared, function words too: "kami sedang bersiap, kami akan siap"
    is four words to find, where its content words alone are one ("siap")."""
    return frozenset(canonical(stem(word.lower())) for word in re.findall(r"[^\W\d_]+", text))


def _shared(asked: list[frozenset[str]], sentence: Sentence) -> int:
    """How many of the quoted words the sentence holds."""
    said = _every_word(sentence.text)
    return sum(1 for forms in asked if forms & said)


def source_of(asked: list[frozenset[str]], ranked: list[Sentence]) -> Sentence | None:
    """The sentence that holds most of the quoted words (`_quoted_words`), if it holds enough
    of them."""
    if not asked or not ranked:
        return None
    best = max(ranked, key=lambda sentence: _shared(asked, sentence))
    count = _shared(asked, best)
    return best if count >= MIN_SHARED_WORDS and count / len(asked) >= QUOTE_COVERAGE else None


@dataclass(frozen=True)
class Misattribution:
    """The article sentence that holds the question's quoted words, and whom it gives them to."""

    source: Sentence
    speaker: str


def misattributed(question: Question, ranked: list[Sentence]) -> Misattribution | None:
    """The article sentence with the question's quoted words, when it gives them to someone
    other than the speaker the question names."""
    if question.type in {"siapa", "list"}:
        return None  # "who said …" names no speaker
    claim = quoted_claim(question)
    if claim is None:
        return None
    # (the denial outside the words: "… tidak bisa 'menunggu' …" is what was said)
    said = {word.lower() for word in re.findall(r"[\w'’-]+", claim.words)}
    unquoted = " ".join(
        word
        for word in re.findall(r"[\w'’-]+", claim_of_question(question.text))
        if word.lower() not in said
    )
    if question.type == "yesno" and negated(unquoted):
        return None  # ("Apakah bukan Stoltenberg yang bilang …?" asks the other way round)
    if is_country(claim.speaker.title()) or claim.speaker.upper() in (
        question.asked or question.text
    ):
        # (a country or a body speaks through its people: "Kapan Presiden Ukraina menyampaikan
        # bahwa …", "kepala NATO" are Zelensky's and Stoltenberg's words)
        return None
    asked = _quoted_words(claim.words, question.language == "en")
    source = source_of(asked, ranked)
    if source is None or attributed_to(source, claim.speaker):
        return None
    in_source = _shared(asked, source)
    if any(_shared(asked, s) >= in_source for s in ranked if attributed_to(s, claim.speaker)):
        return None  # (the speaker says them too, elsewhere)
    # (with each article's opening, where people are first given their office: a quote's
    # passage often names its speaker by surname only)
    contexts = tuple(
        dict.fromkeys([*(s.context for s in ranked), *(s.article_lead for s in ranked)])
    )
    if question.type == "yesno":
        return _said_by_another_person(claim, source, asked, contexts)
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


def _said_by_another_person(
    claim: QuotedClaim, source: Sentence, asked: list[frozenset[str]], contexts: tuple[str, ...]
) -> Misattribution | None:
    """For a yes/no claim, whose "Tidak" names who said the words instead, only a person
    against a person: the claim's speaker and the sentence's one speaker are people the
    passages give an office ("Apakah Ukraina mengatakan …" may be its minister's words;
    "Hongaria berjanji …" its prime minister's), and the words stand in what that speaker says
    (their quote, or what follows their verb), not in a deed the sentence tells beside it
    ("Stoltenberg akan meminta sekutu …, setelah presiden Ukraina mengatakan …")."""
    people = {canonical(name) for name in holder_surnames(contexts)}
    if claim.speaker not in people:
        return None
    text = source.text
    found = speakers_in(text)
    if not found and continues_the_previous(source) and QUOTED_WORDS.search(text):
        # ('"…," sambungnya' after the sentence that names him: the quote is his; where he is
        # named does not matter, as his words are the quote)
        found = [(len(text), name) for _, name in speakers_in(source.previous)]
    if not found and QUOTED_WORDS.search(text):
        # ('"…," ucapnya' after "Stoltenberg juga telah mengirimkan pesan …", which gives no
        # words: the one person the quote is attributed to through it)
        owners = [person for person in sorted(people) if attributed_to(source, person)]
        found = [(len(text), owners[0].title())] if len(owners) == 1 else []
    names = {name for _, name in found}
    if len(names) != 1:
        return None
    at, name = found[0]
    if canonical(fold_accents(name.split()[-1]).lower()) not in people:
        return None
    quotes = [m.group(1) or m.group(2) for m in QUOTED_WORDS.finditer(text)]
    spoken = " ".join(quotes) if quotes else text[at:]
    said = _every_word(spoken)
    shared = sum(1 for forms in asked if forms & said)
    # (the claim may also say where the words were said, as the sentence does beside them:
    # "yg ngomong nato bakal bikin ukraina lebih aman di depan ribuan orang di vilnius")
    if shared < MIN_SHARED_WORDS or _shared(asked, source) / len(asked) < QUOTE_COVERAGE:
        return None
    return Misattribution(source=source, speaker=name)
