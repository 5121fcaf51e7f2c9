"""Resolve a follow-up question ("Di mana pertemuan itu?") against the conversation so far."""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.answer.question import named_entities
from qa.models import HistoryMessage

_ANAPHORA = re.compile(
    r"\b(itu|tersebut|dia|ia|beliau|mereka|nya|lagi|sana|situ|that|this|it|he|she|him|her|his|"
    r"they|them|there|those|these|again|else)\b",
    re.IGNORECASE,
)
# "-nya" on what a person says or thinks ("katanya", "sikapnya") points back to that person;
# any other "-nya" only when the question names nobody itself: "Apa isi pidato Zelensky dan
# dampaknya?" stands on its own.
_SAYS_NYA = re.compile(
    r"\b(?:kata|ujar|ucap|tutur|ungkap|jelas|jawab|tanggapan|sikap|pendapat|pesan|alasan)nya\b",
    re.IGNORECASE,
)
_NYA = re.compile(r"\w{3,}nya\b", re.IGNORECASE)
_MAX_WORDS_WITHOUT_TOPIC = 4


def is_follow_up(question: str) -> bool:
    words = question.split()
    names = named_entities(question)
    return (
        bool(_ANAPHORA.search(question) or _SAYS_NYA.search(question))
        or (bool(_NYA.search(question)) and not names)
        or (len(words) <= _MAX_WORDS_WITHOUT_TOPIC and not names)
    )


def resolve_follow_up(question: str, history: Sequence[HistoryMessage]) -> str:
    """Adds the topic of the last user turn that named one; returns the question unchanged when it
    stands on its own or there is no history."""
    if not history or not is_follow_up(question):
        return question
    for message in reversed(history):
        if message.role == "user" and named_entities(message.content):
            topic = message.content.strip().rstrip("?")
            return f"{question.rstrip()} ({topic})"
    return question
