"""What a question presupposes happened: its decisive event words ("batal", "menolak",
"menggantikan", "resmi"), listed in `data/decisive_words.json`.

"Mengapa Zelensky batal datang?" is not answered by any sentence about Zelensky coming: the
evidence must say the decisive word itself, or the premise is unconfirmed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path

_DATA = Path(__file__).with_name("data")


@cache
def decisive_words() -> frozenset[str]:
    data = json.loads((_DATA / "decisive_words.json").read_text("utf-8"))
    return frozenset(data["words"])


def decisive_terms(terms: Iterable[str]) -> list[str]:
    """The question's analysed terms (stems) that carry its presupposition."""
    return [term for term in terms if term in decisive_words()]
