"""What a question presupposes happened: its decisive event words ("batal", "menolak",
"menggantikan", "resmi"), listed in `data/decisive_words.json`.

"Mengapa Zelensky batal datang?" is not answered by any sentence about Zelensky coming: the
evidence must say the decisive word itself, or the premise is unconfirmed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable
from functools import cache
from pathlib import Path

from qa.text.tokens import stem

_DATA = Path(__file__).with_name("data")
# Words after a planning word ("akan", "setuju") that it still governs.
_PLAN_REACH = 4


@cache
def _data() -> dict[str, list[str]]:
    return dict(json.loads((_DATA / "decisive_words.json").read_text("utf-8")))


def decisive_words() -> frozenset[str]:
    return frozenset(_data()["words"])


def decisive_terms(terms: Iterable[str]) -> list[str]:
    """The question's analysed terms (stems) that carry its presupposition."""
    return [term for term in terms if term in decisive_words()]


@cache
def _stems(kind: str) -> frozenset[str]:
    return frozenset(stem(word) for word in _data()[kind])


def _said(text: str, kind: str) -> set[str]:
    # Raw words, not analysed terms: "sudah", "telah" and "akan" are stop words there.
    return {stem(word) for word in re.findall(r"[a-z]+", text.lower())} & _stems(kind)


def planned_words(evidence: str) -> list[str]:
    """The evidence's words that only agree to, plan or expect something, as written."""
    words = re.findall(r"[A-Za-z]+", evidence)
    return list(dict.fromkeys(w for w in words if stem(w.lower()) in _stems("planned")))


def done_but_only_planned(question: str, evidence: str, asked_terms: Collection[str]) -> list[str]:
    """ "Kapan Ukraina resmi menjadi anggota?" against "NATO setuju Ukraina bergabung pada
    2018": the question asks when something was done, the evidence only agrees to or plans it.
    Returns the question's "done" words (resmi, sudah …) in that case, else nothing.

    The planning word must govern what was asked: one of the question's terms (stems) follows
    it within a few words ("setuju Ukraina", "akan menjadi anggota"); "Zelensky tiba … dan akan
    bertemu menteri" does not make "sudah tiba?" a plan."""
    done = _said(question, "done")
    if not done:
        return []
    asked_plans = _said(question, "planned")
    words = [stem(word) for word in re.findall(r"[a-z]+", evidence.lower())]
    for position, word in enumerate(words):
        governed = words[position + 1 : position + 1 + _PLAN_REACH]
        if word in _stems("planned") - asked_plans and any(w in asked_terms for w in governed):
            return sorted(done)
    return []
