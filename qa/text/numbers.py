"""Numbers in questions and sentences: which measure a "berapa" question counts in, and ordinals.

A count answers only in the measure asked ("berapa negara" -> "31 negara"); the measure words are
data (`data/measures.json`), English questions reach them through the glossary.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from qa.text.glossary import indonesian_for, measure_after_how
from qa.text.normalize import alias
from qa.text.tokens import is_indonesian_word, is_verb_form, stem, stopwords

_DATA = Path(__file__).with_name("data")
_ORDINALS_EN = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
_ORDINAL_WORDS = (
    r"ke-?\d+|kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan|kesembilan|kesepuluh"
    r"|pertama|terakhir"
)
# "hari kedua", "putaran ke-3": the word before the ordinal is what it counts (also with its
# owner's "-nya" after it, left out: "kunjungan pertamanya" -> "kunjungan pertama").
ORDINAL = re.compile(
    rf"(?:\b(?P<unit>[^\W\d_]+)\s+)?\b(?:{_ORDINAL_WORDS})(?=(?:nya)?\b)", re.IGNORECASE
)
# An ordinal as a word of its own, also with "-nya" ("kunjungan pertamanya").
_ORDINAL_WORD = re.compile(rf"\b({_ORDINAL_WORDS})(?:nya)?\b", re.IGNORECASE)


# "untuk ketiga kalinya", "for the third time" (glossed "ketiga waktu"): how many times.
_TIMES = re.compile(r"\s+(?:kali(?:nya)?|waktu|time)\b", re.IGNORECASE)


# "ke-2" is "kedua": one form per ordinal, so that both are the same place in a sequence.
_ORDINAL_NUMBERS = {
    "pertama": "1",
    "kedua": "2",
    "ketiga": "3",
    "keempat": "4",
    "kelima": "5",
    "keenam": "6",
    "ketujuh": "7",
    "kedelapan": "8",
    "kesembilan": "9",
    "kesepuluh": "10",
}


def ordinals(text: str) -> set[str]:
    """The ordinals a text uses, as numbers where they have one ("ketiga", "ke-3" -> "3";
    "terakhir" stays)."""
    return {_ordinal_key(match.group(1)) for match in _ORDINAL_WORD.finditer(text)}


def _ordinal_key(word: str) -> str:
    lowered = word.lower()
    return _ORDINAL_NUMBERS.get(lowered) or re.sub(r"^ke-?", "", lowered)


# "anggota ke-31", "31st member": a place in a sequence written with its number (not "ke 2023",
# "naik ke 2 persen", nor a day of a month: "July 4th", "4th of July").
_NUMBERED_ORDINAL = re.compile(r"\bke-(\d{1,3})\b|\b(\d{1,3})(?:st|nd|rd|th)\b", re.IGNORECASE)


def numbered_ordinals(text: str) -> dict[str, str]:
    """The ordinals a text writes with a number ("ke-31", "31st"), each as `ordinals` gives it
    ("31") with the words as written; a day of a month is a date, not a place in a sequence."""
    from qa.text.dates import MONTHS  # (dates reads its measures from here)

    months = set(MONTHS)
    found = {}
    for match in _NUMBERED_ORDINAL.finditer(text):
        near = re.findall(r"[a-z]+", text[max(0, match.start() - 12) : match.end() + 12].lower())
        if not months & set(near):
            found[match.group(1) or match.group(2)] = match.group()
    return found


def times_asked(text: str) -> dict[str, str]:
    """The ordinals that count times ("untuk ketiga kalinya"), each as `ordinals` gives it
    with the word as written; not "terakhir kali", which asks the latest, whatever its
    number."""
    return {
        _ordinal_key(match.group(1)): match.group(1)
        for match in _ORDINAL_WORD.finditer(text)
        if _TIMES.match(text, match.end()) and match.group(1).lower() != "terakhir"
    }


# (bounded: questions' claims are read too, and a server sees ever new ones)
@lru_cache(maxsize=1024)
def ranked_nouns(text: str, english: bool = False) -> tuple[tuple[str, str, str], ...]:
    """The nouns the text gives a place in a sequence, each as (stem, ordinal as `ordinals`
    gives it, the words as written): "kunjungan pertamanya" -> (kunjung, 1, "kunjungan
    pertamanya"); English puts the ordinal first, glossed ("second visit" -> kunjung, 2).
    "terakhir" ("hari terakhir", "last day") is a rank of its own, compared only with the first
    (`comparable_ranks`); not when it ranks against another event ("terakhir sebelum KTT", which
    a "pertama sejak …" does not deny), nor a count of times ("untuk ketiga kalinya").
    (Cached: a claim is read against each candidate sentence.)"""
    found = []
    if english:
        for match in _RANKED_EN.finditer(text):
            rank, noun = (indonesian_for(w.lower()).split() for w in match.groups())
            if (
                rank
                and noun
                and match.group(2).lower() != "time"  # "second time": a count
                and not (rank[0] == "terakhir" and noun[0] in _TIME_UNITS)
                and not _last_of_another(rank[0], text, match.end())
            ):
                found.append((stem(noun[0]), _ordinal_key(rank[0]), match.group()))
        return tuple(found)
    for match in ORDINAL.finditer(text):
        unit = match.group("unit")
        ordinal = match.group()[len(unit) :].strip() if unit else ""
        start = match.start()
        if unit and unit.lower() in {"yang", "yg"}:
            # "kunjungan yang kedua" ranks the noun before "yang", as "kunjungan kedua" does
            before = _NOUN_BEFORE_YANG.search(text, 0, match.start())
            # (a common noun: "kunjungan Zelensky yang kedua", "pertemuan mereka yang kedua"
            # rank no name nor pronoun)
            head = before.group(1).lower() if before else ""
            if before and is_indonesian_word(head) and head not in stopwords():
                unit, start = before.group(1), before.start(1)
            else:
                unit = ""
        # (no function word: "itu yang kedua" ranks nothing by itself)
        if not unit or unit.lower() in _FUNCTION_WORDS:
            continue
        if _TIMES.match(text, match.end()):
            continue
        if _last_of_another(ordinal.lower(), text, match.end()):
            continue
        end = match.end() + (3 if text[match.end() : match.end() + 3].lower() == "nya" else 0)
        found.append((stem(unit.lower()), _ordinal_key(ordinal), text[start:end]))
    return tuple(found)


# An ordinal that stands for its subject in predicate position: "… itu yang kedua (kalinya)",
# "Was Zelensky's trip … his second since …?"; not the times of a deed ("bertemu … untuk
# kedua kalinya", "for the second time"), which count another thing.
_PREDICATE_ORDINAL_ID = re.compile(
    rf"\b(?:yang|yg)\s+({_ORDINAL_WORDS})(?:nya)?(?:\s+kali(?:nya)?)?\b", re.IGNORECASE
)
_PREDICATE_ORDINAL_EN = re.compile(
    r"\b(?:his|her|its|their|the)\s+"
    rf"({_ORDINALS_EN})"
    r"(?=\s*(?:[?.,!]|$|\s+(?:since|ever|one|in|of|at|after|before)\b))",
    re.IGNORECASE,
)
# What opens a yes/no claim before its subject.
_CLAIM_OPENERS = frozenset(
    "apakah benarkah betulkah is are was were did does do has have had will would can could".split()
)
# A word that opens a phrase of time or place, not the subject: "Apakah dalam kunjungan itu …".
_NOT_A_SUBJECT = frozenset(
    "di ke dari pada dalam saat ketika selama sejak sewaktu waktu usai setelah sebelum hari"
    " during on in at after before when while".split()
)


@lru_cache(maxsize=1024)
def ordinal_of_subject(text: str, english: bool = False) -> tuple[str, str] | None:
    """The place in a sequence a claim gives its subject by an ordinal in predicate position
    (`_PREDICATE_ORDINAL_ID`/`_EN`): "Apakah kunjungan Zelensky ke markas NATO itu yang
    kedua?" -> (kunjung, "2"). The subject is the word right after the opening ("apakah", the
    English auxiliary) and the names that own it ("Zelensky's trip"): a common noun, not a word
    opening a phrase of time or place ("dalam kunjungan itu"), nor one the claim ranks itself
    ("diplomat kedua itu yang pertama …"). None otherwise."""
    found = (_PREDICATE_ORDINAL_EN if english else _PREDICATE_ORDINAL_ID).search(text)
    if found is None:
        return None
    word = found.group(1).lower()
    rank = _ordinal_key(indonesian_for(word).split()[0] if english else word)
    for written in re.findall(r"[\w'’-]+", text[: found.start()]):
        plain = re.sub(r"['’]s?$", "", written)
        if plain.lower() in _CLAIM_OPENERS or plain[:1].isupper():
            continue
        lowered = plain.lower()
        if lowered in _NOT_A_SUBJECT or lowered in stopwords():
            return None
        noun = indonesian_for(lowered).split() if english else [lowered]
        if not noun or not is_indonesian_word(noun[0]) or is_verb_form(noun[0]):
            return None
        subject = stem(noun[0])
        ranked = {stem(unit) for unit, _, _ in ranked_nouns(text, english=english)}
        return None if subject in ranked else (subject, rank)
    return None


# The word right before the "yang" that opens "yang kedua".
_NOUN_BEFORE_YANG = re.compile(r"\b([^\W\d_]+)\s+$")
# Words before an ordinal that are no noun it ranks.
_FUNCTION_WORDS = frozenset("yang ini itu adalah merupakan sebagai untuk the a an is".split())
_RANKED_EN = re.compile(
    rf"\b({_ORDINALS_EN}|last)\s+([a-z]+)\b",
    re.IGNORECASE,
)
# "terakhir sebelum KTT", "last before …": the last of the events on one side of another, which
# "pertama sejak …" (on the other side) does not deny.
_RANKED_AGAINST = re.compile(
    r"(?:nya)?\s+(?:\w+\s+)?(?:sebelum|sejak|setelah|sesudah|since|before|after)\b", re.IGNORECASE
)


def _last_of_another(rank: str, text: str, end: int) -> bool:
    """ "terakhir" ranking against another event right after it (`_RANKED_AGAINST`)."""
    return rank == "terakhir" and _RANKED_AGAINST.match(text, end) is not None


# "last week", "last night": a time, not a rank ("last" is glossed "terakhir").
_TIME_UNITS = frozenset("minggu pekan bulan tahun malam kali waktu".split())


def comparable_ranks(claimed: str, told: str) -> bool:
    """Two ranks that cannot be the same place in a sequence: two numbers, or the first and the
    last (of a sequence the sentence calls "pertama", so of more than one); the second may be
    the last ("hari kedua" of a two-day summit is its last day)."""
    if claimed == told:
        return False
    return (claimed.isdigit() and told.isdigit()) or {claimed, told} == {"1", "terakhir"}


# Words after "berapa" that are not what is counted.
# ("longer": "for how much longer" asks a length of time, as "how long")
_NOT_UNITS = frozenset(
    {"yang", "lama", "banyak", "jumlah", "besar", "sih", "ya", "kah", "the", "nato", "anggota"}
    | {"longer"}
)


@cache
def _data() -> dict[str, Any]:
    return dict(json.loads((_DATA / "measures.json").read_text("utf-8")))


@cache
def ages() -> frozenset[str]:
    """Nouns that ask an age wherever they stand ("stoltenberg umur")."""
    return frozenset(unit_key(word) for word in _data()["ages"])


@cache
def measures() -> frozenset[str]:
    return frozenset(unit_key(word) for word in _data()["measures"])


@cache
def abstract_counts() -> frozenset[str]:
    """Nouns that count ideas, not things ("dua hal", "tiga langkah")."""
    return frozenset(_data()["abstract"])


@cache
def list_kinds() -> frozenset[str]:
    """Nouns that count the items of a list ("berapa jenis senjata")."""
    return frozenset(_data()["kinds"])


@cache
def durations() -> frozenset[str]:
    """Measures of time ("dua hari"): a length, never a count of things."""
    return frozenset(unit_key(word) for word in _data()["durations"])


def _same_measures() -> dict[str, str]:
    return dict(_data()["same"])


def unit_key(word: str) -> str:
    """One form per measure word, so "negara-negara", "Negara", "countries" compare equal, and
    synonyms ("jiwa" and "orang", "pekan" and "minggu") are one measure."""
    word = word.lower().split("-")[0]
    translated = indonesian_for(word).split()
    base = translated[0] if translated else word
    same = _same_measures()
    if base in same:
        return same[base]  # (as written: "persoalan" is "hal", though its stem is "soal")
    key = alias(stem(base))
    return same.get(key, key)


@dataclass(frozen=True)
class Measure:
    """What a "berapa"/"how many" question counts."""

    unit: str = ""  # the counted noun, as `unit_key` gives it
    required: bool = False  # the unit is a measure: only numbers in it answer
    year: bool = False  # "tahun berapa", "what year": only a year answers
    ordinal: bool = False  # "hari ke berapa": an ordinal answers ("hari kedua")
    # "jumlah anggota", "berapa banyak", "how many" with no measure named: things are counted,
    # so a length of time ("dua hari") does not answer
    counts_things: bool = False


# "which day of the summit", "what round of talks": a place in a sequence, asked in English.
# (of an event, also as the normaliser writes it, "ktt": not "of the week", "of July", which
# ask a date)
PLACE_IN_SEQUENCE_EN = (
    r"(?:which|what) (day|round|session)s? of (?:the )?(?:[\w-]+ )?"
    r"(?:summit|talks|meeting|conference|session|negotiations|visit|ktt|pertemuan|sidang|rapat)\b"
)
ORDINAL_ASKED_EN = re.compile(rf"\b{PLACE_IN_SEQUENCE_EN}")

# A number written as a word, as news writes counts ("tiga", "puluhan", "dua puluh").
NUMBER_WORDS = (
    r"(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belasan|puluhan"
    r"|ratusan|ribuan|jutaan|seratus|seribu|\w+ puluh|\w+ belas)"
)

# Counts news gives by their order of magnitude only ("ribuan orang", "thousands of people"):
# one of them is no other ("ratusan" is not "ribuan"), whatever exact number either stands for.
VAGUE_MAGNITUDES = ("belasan", "puluhan", "ratusan", "ribuan", "jutaan", "miliaran")


def vague_amounts(text: str, english: bool = False) -> list[tuple[str, str]]:
    """The text's counts by magnitude, each with the noun it counts, in the articles' words:
    "kepada ribuan orang" -> ("ribuan", "orang"); English through the glossary, "hundreds of
    people" -> ("ratusan", "orang rakyat warga")."""
    words = re.findall(r"[\w'’-]+", text.lower())
    found = []
    for at, word in enumerate(words):
        magnitude = indonesian_for(word) if english else word
        if magnitude in VAGUE_MAGNITUDES:
            counted = next((w for w in words[at + 1 : at + 3] if w != "of"), "")
            found.append((magnitude, indonesian_for(counted) if english and counted else counted))
    return found


# Words that say things are counted, or an amount asked, whatever the noun after them: never
# a length of time ("How much was NATO's aid?", "nilai bantuannya berapa" are not "dua hari").
# ("how much longer" asks a length of time)
_COUNT_WORDS = re.compile(
    r"\b(?:jumlah|berapa banyak|banyaknya|how many|nilai(?:nya)?"
    r"|how much(?!\s+(?:longer|more time|time|later)\b))\b"
)


def _is_english_verb(word: str) -> bool:
    """An auxiliary or a word whose Indonesian is a verb ("attended" -> menghadiri)."""
    gloss = indonesian_for(word).split()
    auxiliary = word in {"did", "do", "does", "were", "was", "are", "is", "will", "have", "had"}
    return auxiliary or any(is_verb_form(g) for g in gloss)


# English words that end the counted noun's phrase: "how many members during …".
_ENGLISH_LINKS = frozenset(
    "in at of on for by during since before after that who which has".split()
)


@lru_cache(maxsize=4096)
def asked_measure(question: str, language: str = "id") -> Measure:
    """What a "berapa"/"how many" question counts (read once per question: the extractor asks
    again for every candidate sentence)."""
    text = question.lower()
    if re.search(r"\btahun (?:ke)?berapa\b|\b(?:what|which) year\b", text):
        return Measure(year=True)
    ordinal = re.search(r"(?:\b([^\W\d_]+)\s+)?\bke ?berapa\b", text)
    if ordinal:
        counted = ordinal.group(1) or ""
        return Measure(unit="" if counted in _NOT_UNITS else unit_key(counted), ordinal=True)
    # "On which day of the summit …": the day's place in it, as "hari keberapa"
    place_in = ORDINAL_ASKED_EN.search(text) if language == "en" else None
    if place_in:
        return Measure(unit=unit_key(place_in.group(1)), ordinal=True)
    measured = measure_after_how(text) if language == "en" else ""
    if measured:
        return Measure(unit=unit_key(measured))  # ("How old is X?" asks as "berapa usia")
    words = re.findall(r"[^\W\d_]+", text)
    if any(unit_key(word) in ages() for word in words):
        return Measure(unit=unit_key(_data()["ages"][0]))  # ("umur stoltenberg berapa")
    pattern = (
        r"\bhow (?:many|much)\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?"
        if language == "en"
        else r"\b(?:berapa|jumlah)\s+(?:banyak\s+|jumlah\s+)?([^\W\d_]+)(?:\s+([^\W\d_]+))?"
    )
    counted = re.search(pattern, text)
    # ("How many attended …", "how many did …": a verb, not what is counted)
    english_verb = language == "en" and counted is not None and _is_english_verb(counted.group(1))
    if not counted or counted.group(1) in _NOT_UNITS or english_verb:
        return Measure(counts_things=_COUNT_WORDS.search(text) is not None)
    # "how many member countries", "berapa negara anggota": a measure among the two words wins.
    words = [word for word in counted.groups() if word and word not in _NOT_UNITS]
    if (
        language == "en"
        and unit_key(words[0]) in _NOT_UNITS
        and (len(words) == 1 or _is_english_verb(words[1]) or words[1] in _ENGLISH_LINKS)
    ):
        # "how many members did NATO have" counts as "berapa anggota" does: no measure named
        return Measure(counts_things=True)
    if (
        language == "en"
        and len(words) > 1
        and unit_key(words[0]) in _NOT_UNITS
        and not _is_english_verb(words[1])
    ):
        words = words[1:]  # (an English adjective is no unit: "how many big issues")
    units = [unit_key(word) for word in words]
    unit = next((u for u in units if u in measures()), None)
    if unit is None:
        # (English names the counted noun last: "how many major issues" counts issues, a noun
        # that counts ideas or kinds, not "major")
        counted_last = units[1:2] if language == "en" else []
        unit = next((u for u in counted_last if u in abstract_counts() | list_kinds()), units[0])
    return Measure(unit=unit, required=unit in measures())
