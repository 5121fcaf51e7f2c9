"""Negation in Indonesian (and English) sentences: the one list of words that deny a claim,
shared by yes/no answers and the answer/abstain decision."""

from __future__ import annotations

import re

NEGATION = re.compile(
    r"\b(tidak|belum|bukan|tak|menolak|enggan|gagal|menyangkal|membantah|berhenti|tanpa|not|no|"
    r"never|didn't|did not|wasn't|isn't)\b",
    re.IGNORECASE,
)


def negated(text: str) -> bool:
    """The text denies or refuses something ("tidak", "belum", "menyangkal", "not")."""
    return NEGATION.search(text) is not None
