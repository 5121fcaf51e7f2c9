"""Whose deed it is: a question that gives a deed to one person, against a sentence that says
another did it ("Mengapa Stoltenberg menolak pengiriman tentara?" where the article says Orban
refused). Answering the reason, date or place of that deed would confirm a false premise."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA

from qa.answer.evidence import Sentence, referent_of
from qa.answer.extract import QUOTED, doer_of
from qa.answer.holders import holder_surnames
from qa.answer.question import Question, canonical, token_set
from qa.text.asked import office_nouns, person_nouns
from qa.text.dates import DAYS, MONTHS
from qa.text.glossary import glossed, indonesian_for
from qa.text.places import (
    country_named,
    is_country,
    is_region,
    place_pattern,
)
from qa.text.premises import same_deed
from qa.text.tokens import (
    analyze,
    fold_accents,
    is_deed_noun,
    is_indonesian_word,
    is_verb_form,
    stem,
    stopwords,
)

# How far down the ranking a sentence telling the deed with the person asked is looked for.
_DEED_REACH = 5
# Edits by which a surname asked is the doer's typed wrong, not another person's.
_SLIP = 1


def deed_of_another(
    question: Question, best: Sentence, ranked: list[Sentence], texts: tuple[str, ...]
) -> tuple[str, str] | None:
    """The person the best sentence says did the question's deed, and the surname of the one
    the question gives it to, as the question writes it, when that is another person it names
    and neither the best sentence nor a close one says the deed with them: "Mengapa
    Stoltenberg menolak pengiriman tentara?" against "Perdana Menteri Hongaria Viktor Orban
    dengan tegas menolak pengiriman tentara …" -> (Viktor Orban, Stoltenberg). None otherwise.
    Only a person counts as the one asked about: someone the passages (`texts`) give an
    office, or a word only a name can be; a country or a body may act through its people
    ("Hongaria menolak" against "Orban menolak"), but not through another country's: "Why
    does Russia oppose …?" against "Perdana Menteri Hongaria Viktor Orban dengan tegas menolak
    …" -> (Perdana Menteri Hongaria Viktor Orban, Russia)."""
    subject = _person_subject(question, texts)
    if subject is None:
        country = _country_subject(question)
        return _other_countrys_doing(country, question, best, ranked) if country else None
    # (a deed told as a noun the person owns first: "Penolakan Stoltenberg mengirim tentara
    # didasari apa?" asks of his refusal; then the verb after the name, where the noun's deed
    # has no doer in the sentence: "keputusan Zelensky memperpanjang masa jabatan")
    for deed in dict.fromkeys((_owned_deed(question, subject), _verb_after(question, subject[0]))):
        found = _another_doing(deed, subject, question, best, ranked) if deed else None
        if found is not None:
            return found
    return None


def _another_doing(
    deed: str,
    subject: tuple[int, str, str],
    question: Question,
    best: Sentence,
    ranked: list[Sentence],
) -> tuple[str, str] | None:
    """`deed_of_another` for one reading of the question's deed."""
    _, surname, written = subject
    close = [s for s in ranked[:_DEED_REACH] if s is not best]
    if surname in _words(best.text) or any(_tells(deed, surname, question, s) for s in close):
        return None  # the best or a close sentence tells the deed with the person asked
    found = doer_of(deed, question, best.text, referent_of(best))
    words = found[1].split() if found else []
    if surname in _words(" ".join(words)):
        return None  # (a pronoun for them, read by `doer_of` from the sentence before)
    if not words or not words[-1][:1].isupper() or any(w.isupper() or is_country(w) for w in words):
        return None  # no one, a pronoun, a group, a body or a country
    if all(is_indonesian_word(w.lower()) for w in words):
        return None  # a capitalised common word opening a clause: '"… Sekarang kami …"
    if OSA.distance(surname, fold_accents(words[-1]).lower()) <= _SLIP:
        return None  # the same person, the name typed a letter off ("Orbn" for "Orban")
    return " ".join(words), written


def _country_subject(question: Question) -> tuple[int, str, str] | None:
    """The country the question gives its deed to, where its name ends, in English and as
    written: the first country (or its capital) named before the question's first verb, as
    its subject ("Mengapa Rusia menolak …", "why does russia oppose …"); None for a passive
    question ("Mengapa Ukraina tidak dikirimi tentara?", "… ditolak oleh Hongaria?") or a
    country after a preposition ("Kenapa dalam konflik dengan Rusia …")."""
    if _PASSIVE_EN.search(question.text) or re.search(r"\boleh\b", question.text, re.I):
        return None
    found = None
    previous = ""
    for word in re.finditer(_WORD, question.text):
        lowered = word.group().lower()
        if _is_verb(lowered, question.language):
            # (a passive verb's subject is what the deed was done to)
            passive = question.language == "id" and lowered.startswith("di")
            return None if passive else found
        country = country_named(word.group())
        if country and not found and previous not in _PREPOSITIONS:
            # (chat's lower case shown as a name: "rusia" -> Rusia)
            written = word.group().title() if word.group().islower() else word.group()
            found = (word.end(), country, written)
        previous = lowered
    return None


# An English question told in the passive ("Why was sending troops … rejected?").
_PASSIVE_EN = re.compile(
    r"\b(?:was|were|is|are|been|being|get|got)\s+(?:\w+\s+){0,4}?\w+(?:ed|en)\b", re.IGNORECASE
)
# Words a subject never follows: a country after them is where or to whom the deed goes.
_PREPOSITIONS = frozenset(
    "di ke dari untuk bagi dengan terhadap kepada oleh antara dalam pada atas "
    "to in from for with against by between of on at into".split()
)
# Words that end a deed's object and open where, when, if or why it is done.
_ADJUNCT_OPENERS = _PREPOSITIONS | frozenset(
    "jika kalau bila apabila saat ketika karena sebab agar supaya selama sejak "
    "if when while because since during".split()
)


def _other_countrys_doing(
    subject: tuple[int, str, str], question: Question, best: Sentence, ranked: list[Sentence]
) -> tuple[str, str] | None:
    """`deed_of_another` for a country asked about: the best sentence's doer of the deed
    holds another country's office ("Perdana Menteri Hongaria Viktor Orban"), and no close
    sentence has the deed done by the country asked, its capital or its people."""
    at, country, written = subject
    deed = _verb_after(question, at)
    if not deed:
        return None
    doer, theirs = _doer_with_countries(deed, question, best)
    if not theirs or country in theirs:
        return None  # no one of a country, or someone of the country asked
    if not _object_said(question, at, best):
        return None  # another deed of the same verb: "oppose Ukraine joining" is no troops
    if any(_country_does(deed, country, s.text) for s in ranked[:_DEED_REACH]):
        return None
    # (the question's spelling may have been normalised to the articles': "Russia" -> Rusia)
    return doer, country if question.language == "en" else written


def _object_said(question: Question, at: int, sentence: Sentence) -> bool:
    """Every content word the question says after its verb (past `at`), in the articles'
    words, is said by the sentence or the one before it, or half the words of the deed's own
    object are, a thing among them: "menolak pengiriman tentara" (or "nolak kirim tentara ke
    … kalo …") is told by Orban's refusal, "oppose Ukraine joining NATO" is not."""
    words = re.findall(_WORD, question.text[at:])
    verb = next((i for i, w in enumerate(words) if _is_verb(w.lower(), question.language)), 0)
    tail = words[verb + 1 :]
    said = token_set(f"{sentence.previous} {sentence.text}")

    def asked(part: list[str]) -> frozenset[str]:
        text = " ".join(part)
        return token_set(glossed(text) if question.language == "en" else text) - set(
            question.entities
        )

    if asked(tail) <= said:
        return True
    # (or the deed's own object, up to the first word that opens an adjunct, half said: "nolak
    # kirim tentara ke ukraina kalo nato ikut campur perang" is told by "menolak pengiriman
    # tentara … jika NATO melakukan intervensi", its condition in other words)
    end = next((i for i, w in enumerate(tail) if w.lower() in _ADJUNCT_OPENERS), len(tail))
    object_words = asked(tail[:end])
    # (and among them a thing, not only the deed's own verbal noun: "kirim senjata" is not told
    # by "pengiriman tentara")
    things = asked([w for w in tail[:end] if not is_verb_form(w) and not is_deed_noun(w)])
    sentence_words = re.findall(_WORD, f"{sentence.previous} {sentence.text}")
    deeds = token_set(" ".join(w for w in sentence_words if is_verb_form(w) or is_deed_noun(w)))
    shared = object_words & said
    return 2 * len(shared) >= len(object_words) > 0 and bool(shared & (things - deeds))


def _country_does(deed: str, country: str, text: str) -> bool:
    """The text names the country (or its capital) in the clause before the deed's verb:
    "Polandia juga menolak …", "Pemerintah di Warsawa menolak …"."""
    deeds = same_deed(deed)
    for word in re.finditer(_WORD, text):
        if _stem_of(word.group()) in deeds:
            clause = _CLAUSE_MARKS.split(text[: word.start()])[-1]
            if country in {country_named(w) for w in re.findall(_WORD, clause)}:
                return True
    return False


# Marks that end the clause a doer is named in.
_CLAUSE_MARKS = re.compile(r"[,;:“”\"()]")


def _doer_with_countries(deed: str, question: Question, sentence: Sentence) -> tuple[str, set[str]]:
    """The sentence's doer of the deed with the office before it in its clause ("Perdana
    Menteri Hongaria Viktor Orban"), and the countries that names, in English."""
    found = doer_of(deed, question, sentence.text, referent_of(sentence))
    if not found or not found[1]:
        return "", set()
    start, name = found
    office = _office_before(_CLAUSE_MARKS.split(sentence.text[:start])[-1].split())
    doer = " ".join([*office, name])
    return doer, {country_named(word) for word in re.findall(_WORD, doer)} - {""}


def _office_before(words: list[str]) -> list[str]:
    """The words that end a clause before a doer and call them something ("Perdana Menteri
    Hongaria", "menteri luar negeri Ukraina"): capitalised words and the words of offices, back
    to the first other word. The rest of the clause is not the doer's: "Ia juga mendesak
    Amerika Serikat … untuk mengizinkan Ukraina menggunakan rudal yang dipasok" before "Barat"
    names the countries urged, not the doer's own."""
    calling = office_nouns() | person_nouns("generic")
    start = len(words)
    while start and (words[start - 1][:1].isupper() or words[start - 1].lower() in calling):
        start -= 1
    return words[start:]


def _tells(deed: str, surname: str, question: Question, sentence: Sentence) -> bool:
    """The sentence tells the deed of the person: it names them and says the deed outside a
    quote ("… musim dingin mendatang …, kata Stoltenberg" says no "tiba"), or a pronoun does
    it whom the sentence before names."""
    told = QUOTED.sub(" ", sentence.text)
    if surname in _words(told) and deed in {_stem_of(w) for w in re.findall(_WORD, told)}:
        return True
    found = doer_of(deed, question, sentence.text, referent_of(sentence))
    return found is not None and surname in _words(found[1])


@dataclass(frozen=True)
class AskedDeed:
    """Whose the asked deed is in the best sentence, when it is another person named there:
    the sentence that tells it of the person asked instead, if any does, and the two names."""

    told_of_them: Sentence | None
    doer: str
    asked: str


def told_of_the_asked(
    question: Question, best: Sentence, ranked: list[Sentence], texts: tuple[str, ...]
) -> AskedDeed | None:
    """ "Apa yang diminta Stoltenberg dari AS …?" against "Ia meminta sistem pertahanan udara
    …", whose "Ia" is Zelensky: another person did the asked deed there. A sentence further
    down that tells it of the person asked ("Ia juga mendesak Amerika Serikat …",
    Stoltenberg's) answers instead; when none does, what the best sentence tells is another's
    deed, not an answer. None when the best tells it of them, or of no one else named."""
    if not (question.focus_deed and question.focus):
        return None
    surnames = holder_surnames(texts)
    asked = [name for name in question.entities if name in surnames]
    if len(asked) != 1 or asked[0] in _words(best.text):
        return None
    found = doer_of(question.focus, question, best.text, referent_of(best))
    if not found or not found[1][:1].isupper() or asked[0] in _words(found[1]):
        return None  # no one named, or the one asked
    instead = next((s for s in ranked[1:] if _tells(question.focus, asked[0], question, s)), None)
    if instead is None and not _names_someone(found[1], texts):
        return None  # another's deed is only told when the sentence names them
    return AskedDeed(instead, found[1], _as_written(asked[0], question))


def _names_someone(doer: str, texts: tuple[str, ...]) -> bool:
    """The doer words end in a name: "Sekarang kami memerlukan …" opens with no one, "Dewan
    NATO-Ukraina" is a body, and "negara-negara NATO" are whom Stoltenberg urged to allow."""
    words = re.findall(_WORD, doer)
    return bool(words) and words[-1][:1].isupper() and _a_name(words[-1], texts)


def _as_written(surname: str, question: Question) -> str:
    """A surname as the question writes it, capitalised when chat writes it in lower case."""
    written = next(
        (
            w
            for w in re.findall(_WORD, question.text)
            if canonical(fold_accents(w.lower())) == surname
        ),
        surname,
    )
    return written.title() if written.islower() else written


_WORD = r"[\w'’-]+"


def _words(text: str) -> set[str]:
    """The text's words as compared with a surname ("Orbán" is "Orban")."""
    return {canonical(word.lower()) for word in re.findall(_WORD, fold_accents(text))}


def _stem_of(word: str) -> str:
    """A word's deed as `doer_of` compares it."""
    return canonical(stem(word.lower()))


def _owned_deed(question: Question, subject: tuple[int, str, str]) -> str:
    """The stem of the deed noun right before the person's name ("Penolakan Stoltenberg …" ->
    tolak), "" when none stands there."""
    end, _, written = subject
    before = re.findall(_WORD, question.text[: end - len(written)])
    while before and before[-1][:1].isupper() and not is_deed_noun(before[-1]):
        before.pop()  # (the person's given names: "Penolakan Viktor Orban …")
    if not before or not is_deed_noun(before[-1]):
        return ""
    deed = _stem_of(before[-1])
    return deed if deed != before[-1].lower() else ""


def _person_subject(question: Question, texts: tuple[str, ...]) -> tuple[int, str, str] | None:
    """The surname of the person the question gives its deed to, where it ends, compared and
    as written: the last
    of the question's names before its first verb that the passages give an office or that
    only a name can be."""
    surnames = holder_surnames(texts)
    found = None
    for word in re.finditer(_WORD, question.text):
        lowered = word.group().lower()
        if _is_verb(lowered, question.language):
            break
        # (a lower-case unknown word is a typo unless the asker writes everything so)
        capitalised = word.group()[:1].isupper() or question.text.islower()
        key = canonical(fold_accents(lowered))
        if canonical(lowered) in question.entities and (
            key in surnames or (capitalised and _a_name(word.group(), texts))
        ):
            # (chat's lower case shown as a name: "stoltenberg" -> Stoltenberg)
            written = word.group().title() if word.group().islower() else word.group()
            found = (word.end(), key, written)
        elif found and lowered not in stopwords() and canonical(lowered) not in question.entities:
            break  # the deed's first word, a root verb: "kapan stoltenberg datang ke markas"
    return found


# A word written in capitals: an acronym ("NATO", "KTT"), also when a question types it in
# lower case.
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")


@lru_cache(maxsize=8)
def _acronyms(texts: tuple[str, ...]) -> frozenset[str]:
    """The acronyms the passages write, in lower case. (Cached: read only when a question's
    word may be a name, and for the same passages again.)"""
    return frozenset(word.lower() for text in texts for word in _ACRONYM.findall(text))


def _a_name(word: str, texts: tuple[str, ...]) -> bool:
    """A word only a name can be: no Indonesian or glossed English word, no acronym (also
    one the passages write so), no country or capital ("stoltenberg" typed in lower case; not
    "nato", "Rusia", "Kremlin")."""
    lowered = word.lower()
    return not (
        word.isupper()
        or is_indonesian_word(lowered)
        or indonesian_for(lowered)
        or place_pattern().fullmatch(word)
        or is_region(word.title())
        or lowered in _acronyms(texts)
    )


def _is_verb(word: str, language: str) -> bool:
    """A verb form; an English word by its gloss ("refuse" -> menolak)."""
    if language == "en":
        glossed = indonesian_for(word).split()
        return bool(glossed) and is_verb_form(glossed[0])
    return is_verb_form(word)


def _verb_after(question: Question, at: int) -> str:
    """The stem of the question's deed after `at`: its first verb form ("menolak" -> tolak,
    "refuse" -> tolak), else its first content word, which may be a root verb ("tiba",
    "arrive" -> tiba); "" when there is none."""
    english = question.language == "en"
    words = [w.lower() for w in re.findall(_WORD, question.text[at:])]
    # (the deed is told before a clause of what it is about: "Mengapa Biden kecewa bahwa NATO
    # tidak memberikan …" asks of "kecewa", not of "memberikan")
    clause = next((i for i, w in enumerate(words) if w in _CLAUSE_WORDS), len(words))
    for told in (words[:clause], words):
        indonesian = [(indonesian_for(w).split() or [""])[0] if english else w for w in told]
        # (no day, month or figure: "Kapan Stoltenberg pada Selasa tiba?" asks of "tiba")
        content = [
            w
            for w in indonesian
            if w
            and w not in stopwords()
            and w not in DAYS
            and w not in MONTHS
            and not w[:1].isdigit()
            and analyze(w)
            and canonical(w) not in question.entities
        ]
        if content:
            return _stem_of(next((w for w in content if is_verb_form(w)), content[0]))
    return ""


# The words that open a clause of what a deed is about or why.
_CLAUSE_WORDS = frozenset("bahwa kalau kalo karena sebab that because".split())
