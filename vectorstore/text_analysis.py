"""Indonesian-aware tokens for lexical search: lowercase, stopwords out, Sastrawi stems, and
numbers and dates kept whole (`11/10/2023`) as well as in parts."""

from __future__ import annotations

import re
from functools import lru_cache

from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

_TOKEN = re.compile(r"\d+(?:[/.,:-]\d+)*|[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
# Question words and a few English function words carry no topic; "tidak"/"belum" stay because
# yes/no questions hinge on them.
_EXTRA_STOPWORDS = {
    "apa",
    "apakah",
    "siapa",
    "siapakah",
    "kapan",
    "kapankah",
    "mana",
    "dimana",
    "berapa",
    "mengapa",
    "kenapa",
    "bagaimana",
    "saja",
    "the",
    "a",
    "an",
    "of",
    "in",
    "on",
    "to",
    "and",
    "is",
    "was",
    "were",
    "did",
    "does",
    "do",
    "what",
    "who",
    "when",
    "where",
    "which",
    "how",
    "why",
    "for",
    "at",
    "by",
    "with",
}
_KEEP = {"tidak", "belum", "bukan"}


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return frozenset(set(StopWordRemoverFactory().get_stop_words()) | _EXTRA_STOPWORDS) - _KEEP


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    if "-" in word:  # reduplication (negara-negara) and compounds: stem each part
        parts = {stem(part) for part in word.split("-") if part}
        return "-".join(sorted(parts)) if len(parts) > 1 else next(iter(parts), word)
    return str(_stemmer().stem(word)) or word


def analyze(text: str) -> list[str]:
    tokens: list[str] = []
    for raw in _TOKEN.findall(text.lower()):
        if raw[0].isdigit():
            tokens.append(raw)
            pieces = re.split(r"[/.,:-]", raw)
            if len(pieces) > 1:
                tokens.extend(p.lstrip("0") or "0" for p in pieces)
        elif raw not in stopwords():
            stemmed = stem(raw)
            if stemmed not in stopwords():
                tokens.append(stemmed)
    return tokens
