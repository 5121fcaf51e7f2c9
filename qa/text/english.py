"""Short facts taken from Indonesian articles, rendered for English questions: country and place
names, units and number words ("31 negara" -> "31 countries", "Brussels, Belgia" -> "Brussels,
Belgium"). Dates have their own English formatting in `qa.text.dates`. Whole sentences are never
translated: quotes stay verbatim and are marked as Indonesian."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from qa.text.places import countries_in, country_in_english, is_country

_DATA = Path(__file__).with_name("data") / "id_en.json"


@cache
def _raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_DATA.read_text("utf-8"))
    return data


@cache
def _table() -> tuple[dict[str, str], re.Pattern[str]]:
    table = {k.lower(): v for k, v in _raw().items() if not k.startswith("_")}
    longest_first = sorted(table, key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, longest_first)) + r")\b", re.I)
    return table, pattern


# Counting words that make the person many: "para pejabat" are officials.
_MANY = frozenset({"para", "sejumlah", "beberapa"})


@cache
def _described_by_origin() -> re.Pattern[str]:
    """ "seorang diplomat senior Eropa": an unnamed person, what they are, and where from."""
    places = sorted(_raw()["_demonyms"], key=len, reverse=True)
    counting = sorted(_raw()["_counting"], key=len, reverse=True)
    return re.compile(
        rf"^(?:(?P<counting>{'|'.join(counting)})\s+)?(?P<person>[a-z][a-z ]*?)\s+"
        rf"(?P<origin>{'|'.join(map(re.escape, places))})$"
    )


def _person_of_origin(fact: str) -> str:
    """ "seorang diplomat senior Eropa" -> "a senior European diplomat": Indonesian names the
    person first and what describes them after, the place last; English the other way round.
    "" when the fact is no such description or has a word the table does not know."""
    found = _described_by_origin().match(fact)
    if not found:
        return ""
    describing: dict[str, str] = _raw()["_describing"]
    words = found.group("person").split()
    # (a person of two words, "juru bicara", is one)
    head = next((n for n in (2, 1) if " ".join(words[:n]) in describing and len(words) >= n), 0)
    rest = words[head:]
    if not head or any(w not in describing for w in rest):
        return ""
    counting = found.group("counting") or ""
    person = describing[" ".join(words[:head])]
    english = [
        _raw()["_counting"].get(counting, ""),
        *(describing[w] for w in rest),
        _raw()["_demonyms"][found.group("origin")],
        f"{person}s" if counting in _MANY else person,
    ]
    return " ".join(w for w in english if w)


def english_fact(fact: str) -> str:
    """The fact with the Indonesian words the table knows in English, then any other country
    in its English name (CLDR, `qa.text.places`); other words as written. An unnamed person
    described by origin is said the English way round ("a senior European diplomat")."""
    described = _person_of_origin(fact)
    if described:
        return described
    table, pattern = _table()
    # ("wilayah Rusia", an area of a named place; not "18 persen wilayah")
    fact = _AREA_OF.sub("the territory of ", fact)
    text = pattern.sub(lambda m: table[m.group().lower()], fact)
    for at, name in reversed(countries_in(text)):
        text = text[:at] + (country_in_english(name) or name) + text[at + len(name) :]
    # Indonesian puts the body after the group ("para menteri pertahanan NATO"), English
    # before it: "the defence ministers NATO" -> "the NATO defence ministers"; and what an
    # office is of after it, English with "of": "Prime Minister Hungary" -> "… of Hungary".
    return _OFFICE_OF.sub(_office_of, _BODY_AFTER.sub(r"the \2 \1", text))


def _office_of(found: re.Match[str]) -> str:
    """ "Prime Minister Hungary" -> "Prime Minister of Hungary": only a country or a body is
    what an office is of ("foreign minister Dmytro Kuleba" names its holder)."""
    of = found.group(2)
    if of.isupper() or is_country(of):
        # (a country named as a union or a plural takes "the": "of the United States")
        the = "the " if re.match(r"United\b|Netherlands\b|Philippines\b", of) else ""
        return f"{found.group(1)} of {the}{of}"
    return found.group(0)


_AREA_OF = re.compile(r"^(?:wilayah|kawasan)\s+(?=[A-Z])")
_BODY_AFTER = re.compile(r"^the ([a-z][a-z ]+?) ([A-Z]{2,})$")
_OFFICE_OF = re.compile(
    r"^((?i:(?:prime |vice |foreign |defence )?"
    r"(?:minister|president|secretary general|chancellor)))"
    r" ([A-Z]\w*(?: [A-Z]\w*)?)$"
)


# What separates listed items: "A, B, dan C", "A serta B", "A, B, atau C".
_ITEM_SEPARATOR = re.compile(r"\s*,\s*(?:dan|serta|atau)\s+|\s+(?:dan|serta|atau)\s+|\s*,\s*")
# The most words one entry of the noun table has ("kendaraan lapis baja").
_LONGEST_NOUN = 3


def _noun_phrase(item: str) -> str:
    """One listed thing in English, its words in English order, or "" when a word is not in
    the noun table. Indonesian names the thing first and what describes it after ("rudal jarak
    jauh"), English the other way round ("long-range missiles")."""
    nouns: dict[str, str] = _raw()["_nouns"]
    words = item.lower().split()
    english: list[str] = []
    at = 0
    while at < len(words):
        size = next(
            (n for n in range(_LONGEST_NOUN, 0, -1) if " ".join(words[at : at + n]) in nouns), 0
        )
        if not size:
            return ""
        english.append(nouns[" ".join(words[at : at + size])])
        at += size
    return " ".join(reversed(english))


def english_items(fact: str) -> str:
    """A list of things news names ("sistem pertahanan udara, rudal jarak jauh, dan amunisi")
    in English ("air defence systems, long-range missiles and ammunition"), or "" unless every
    word of every item is known: a half-translated item reads as neither language."""
    # (a country after the last item is whom they all are for: "keanggotaan dan jaminan
    # keamanan Ukraina")
    owner = next((name for at, name in countries_in(fact) if fact.rstrip(". ").endswith(name)), "")
    listed = fact.rstrip(". ")[: -len(owner)] if owner else fact
    items = [item for item in _ITEM_SEPARATOR.split(listed.strip()) if item]
    english = [_noun_phrase(item) for item in items]
    if not items or not all(english):
        return ""
    conjunction = " or " if re.search(r"\batau\b", listed) else " and "
    joined = ", ".join(english[:-1]) + conjunction + english[-1] if len(english) > 1 else english[0]
    return f"{joined} for {country_in_english(owner) or owner}" if owner else joined
