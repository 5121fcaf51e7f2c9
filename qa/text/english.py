"""Short facts taken from Indonesian articles, rendered for English questions: country and place
names, units and number words ("31 negara" -> "31 countries", "Brussels, Belgia" -> "Brussels,
Belgium"). Dates have their own English formatting in `qa.text.dates`. Whole sentences are never
translated: quotes stay verbatim and are marked as Indonesian."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from qa.text.places import countries_in, country_in_english

_DATA = Path(__file__).with_name("data") / "id_en.json"


@cache
def _table() -> tuple[dict[str, str], re.Pattern[str]]:
    raw = json.loads(_DATA.read_text("utf-8"))
    table = {k.lower(): v for k, v in raw.items() if not k.startswith("_")}
    longest_first = sorted(table, key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, longest_first)) + r")\b", re.I)
    return table, pattern


def english_fact(fact: str) -> str:
    """The fact with the Indonesian words the table knows in English, then any other country
    in its English name (CLDR, `qa.text.places`); other words as written."""
    table, pattern = _table()
    # ("wilayah Rusia", an area of a named place; not "18 persen wilayah")
    fact = _AREA_OF.sub("the territory of ", fact)
    text = pattern.sub(lambda m: table[m.group().lower()], fact)
    for at, name in reversed(countries_in(text)):
        text = text[:at] + (country_in_english(name) or name) + text[at + len(name) :]
    # Indonesian puts the body after the group ("para menteri pertahanan NATO"), English
    # before it: "the defence ministers NATO" -> "the NATO defence ministers".
    return _BODY_AFTER.sub(r"the \2 \1", text)


_AREA_OF = re.compile(r"^(?:wilayah|kawasan)\s+(?=[A-Z])")
_BODY_AFTER = re.compile(r"^the ([a-z][a-z ]+?) ([A-Z]{2,})$")
