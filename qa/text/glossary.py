"""English -> Indonesian news vocabulary (data/en_id.json), so English questions also get lexical
matches and term coverage against Indonesian articles (dense retrieval is cross-lingual already;
BM25 is not)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).with_name("data") / "en_id.json"
_TABLE = json.loads(_DATA.read_text("utf-8"))
EN_TO_ID: dict[str, str] = _TABLE["words"]
# "how old" -> "how usia umur": an adjective glossed only as what "how" asks of it.
_AFTER_HOW: dict[str, str] = _TABLE["after_how"]
_HOW_ADJECTIVE = re.compile(rf"\bhow\s+({'|'.join(_AFTER_HOW)})\b", re.IGNORECASE)
# Inflections tried, in order, when a word itself is not in the table: "ends" -> "end",
# "ensured" -> "ensure" / "ensur", "supplies" -> "supply", "meetings" -> "meeting".
_INFLECTIONS = (
    ("ies", "y"),
    ("ied", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", "e"),
    ("ed", ""),
    ("ing", "e"),
    ("ing", ""),
)


def indonesian_for(word: str) -> str:
    """The Indonesian words for an English word (lower case), "" when the table lacks it; a
    compound's words as words ("deadline" -> "batas waktu tenggat")."""
    return _gloss(word).replace("_", " ")


def gloss_alternatives(word: str) -> tuple[tuple[str, ...], ...]:
    """The Indonesian renderings of an English word, each as the words it needs together:
    "deadline" -> (("batas", "waktu"), ("tenggat",)); empty when the table lacks it."""
    return tuple(tuple(gloss.split("_")) for gloss in _gloss(word).split())


def _gloss(word: str) -> str:
    """The table's entry for the word or its uninflected form, compounds joined by "_"."""
    word = re.sub(r"['’]s?$", "", word)  # a possessive: "ministers'", "NATO's"
    if word in EN_TO_ID:
        return EN_TO_ID[word]
    for ending, replacement in _INFLECTIONS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            base = word[: -len(ending)] + replacement
            if base in EN_TO_ID:
                return EN_TO_ID[base]
    return ""


def measure_after_how(question: str) -> str:
    """The Indonesian noun of the measure a "how <adjective>" question asks ("How old is X?" ->
    "usia", "how far" -> "jarak"); "" for any other question."""
    found = _HOW_ADJECTIVE.search(question)
    return _AFTER_HOW[found.group(1).lower()].split()[0] if found else ""


def translate_terms(question: str) -> str:
    """Indonesian words for the English words of a question (unknown words are left out)."""
    words = re.findall(r"[a-z][a-z'’-]*", question.lower())
    return " ".join(found for found in map(indonesian_for, words) if found)


_PART = re.compile(r"[A-Za-z'’]+")


@lru_cache(maxsize=4096)
def glossed(question: str) -> str:
    """The question with every English word the table knows replaced by its Indonesian words;
    the rest as written, and capitalised words (names, which may be words too: "Theresa May")
    kept beside their gloss. Its analysed words are what an Indonesian sentence can share:
    "foreign ministers meet" and "menteri luar negeri bertemu" then share all of them, not half
    (the English words themselves never occur there)."""

    def word(match: re.Match[str]) -> str:
        if "-" in match.group() and not indonesian_for(match.group().lower()):
            # "late-November", "mid-June": each part on its own (at its place in the question)
            parts = _PART.finditer(question, match.start(), match.end())
            return " ".join(word(part) for part in parts)
        written = re.sub(r"['’]s?$", "", match.group())
        gloss = indonesian_for(match.group().lower())
        if match.start() and written[:1].isupper():
            return f"{written} {gloss}".strip()  # a name may be a word too ("May", "Times")
        return gloss or written

    measured = _HOW_ADJECTIVE.sub(lambda m: f"how {_AFTER_HOW[m.group(1).lower()]}", question)
    return re.sub(r"[A-Za-z][A-Za-z'’-]*", word, measured)
