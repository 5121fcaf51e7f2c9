"""What a question's nouns ask for. A search-box query with no question word: "tanggal
pertemuan menlu di bucharest" asks when, "nama menlu ukraina" who, "jumlah anggota nato" how
many (`data/asked_by_noun.json`; the values are the answer step's question types). "Siapa X":
whether X names a calling the answer must hold (`data/person_nouns.json`). "Which arms
manufacturers": a kind told apart by names (`data/named_kinds.json`)."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from qa.text.places import is_country

# A question word of either language, in lower-case text: a query without one is a search-box
# query ("nama menlu ukraina", "nato hq city").
WH_WORD = re.compile(
    r"\b(?:apa|siapa|kapan|mana|(?:ke)?berapa|mengapa|kenapa|bagaimana|who|what|when|where|why"
    r"|how|which)\b"
)


@cache
def asked_by_noun(language: str = "id") -> dict[str, str]:
    path = Path(__file__).parent / "data" / "asked_by_noun.json"
    return dict(json.loads(path.read_text("utf-8"))[language])


@cache
def person_nouns(kind: str) -> frozenset[str]:
    """`generic` ("orang", "tokoh": any person), `heads` ("pemimpin": any office holder),
    `callings`, `titles`, `groups` ("mitra kami": people by what they are to someone),
    `crowds` ("massa", "ribuan orang") or the `complements` of a title
    (data/person_nouns.json)."""
    path = Path(__file__).parent / "data" / "person_nouns.json"
    return frozenset(json.loads(path.read_text("utf-8"))[kind])


@cache
def office_nouns() -> frozenset[str]:
    """The words of an office or calling a person holds ("pejabat", "presiden", "diplomat"):
    `titles`, `heads` and `callings` together."""
    return person_nouns("titles") | person_nouns("heads") | person_nouns("callings")


def names_a_person(words: Sequence[str]) -> bool:
    """Whether the words a "Siapa X?"/"Apa jabatan X?" question names can be a person's name:
    not an office ("Siapa Sekjen NATO?" asks its holder), an acronym ("NATO") or a country
    ("Apa posisi Rusia?" asks a stance)."""
    return (
        bool(words)
        and not words[-1].isupper()
        and not is_country(words[-1].title())
        and not any(word.lower() in office_nouns() for word in words)
    )


@cache
def named_kinds() -> frozenset[str]:
    """Kinds of thing a which-question asks the names of ("produsen", "companies")."""
    path = Path(__file__).parent / "data" / "named_kinds.json"
    return frozenset(json.loads(path.read_text("utf-8"))["kinds"])
