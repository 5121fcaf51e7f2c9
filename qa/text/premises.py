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

from qa.text.negation import negated
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
    return list(dict.fromkeys(w for w in words if w.lower() in _plans()))


@cache
def _plans() -> frozenset[str]:
    # Whole words, not stems: "setuju" stems to "tuju", which "menuju" and "tujuan" share.
    return frozenset(_data()["planned"])


def done_but_only_planned(question: str, evidence: str, asked_terms: Collection[str]) -> list[str]:
    """ "Kapan Ukraina resmi menjadi anggota?" against "NATO sudah setuju Ukraina bergabung pada
    2018": the question asks when something was done, the evidence only agrees to or plans it.
    Returns the question's "done" words (resmi, sudah …) in that case, else nothing.

    The planning word must govern what was asked: one of the question's terms (stems) follows
    it within a few words ("setuju Ukraina", "akan menjadi anggota"); "Zelensky tiba … dan akan
    bertemu menteri" does not make "sudah tiba?" a plan. Evidence that itself says something was
    done ("resmi menjadi anggota", "telah tiba") is no plan, unless the done word only marks the
    plan ("sudah setuju") or is denied ("tidak pernah … jalur resmi"). A question that asks
    about the plan itself ("sudah setuju?") is not asked as done."""
    done = _said(question, "done")
    words = re.findall(r"[a-z]+", evidence.lower())
    asks_plan = any(w in _plans() for w in re.findall(r"[a-z]+", question.lower()))
    if not done or asks_plan or _says_done(words, asked_terms):
        return []
    stems = [stem(word) for word in words]
    for position, word in enumerate(words):
        governed = stems[position + 1 : position + 1 + _PLAN_REACH]
        if word in _plans() and any(w in asked_terms for w in governed):
            return sorted(done)
    return []


def _says_done(words: list[str], asked_terms: Collection[str]) -> bool:
    """A done word that governs what was asked ("resmi menjadi anggota"); one about something
    else in the same quote ("kami telah mendiskusikannya") says nothing about it."""
    for position, word in enumerate(words):
        if stem(word) not in _stems("done"):
            continue
        before = words[max(0, position - _PLAN_REACH) : position]
        if negated(" ".join(before)):
            continue
        # "telah setuju …", "telah lama mendamba keanggotaan": the done word marks the plan or
        # the wish that stands between it and what was asked, not the thing itself.
        for word_after in words[position + 1 : position + 1 + _PLAN_REACH]:
            if word_after in _plans():
                break
            if stem(word_after) in asked_terms:
                return True
    return False
