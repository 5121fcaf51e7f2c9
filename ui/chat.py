"""The question's way through the UI: checked before anything is locked, then answered in steps
the user can watch (searching, passages found, composing).

User errors (empty, too long, badly dated) come back as an Indonesian message for beside the input,
with one log line and no traceback; the conversation is never touched by them.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator, Sequence

from pydantic import BaseModel

from qa import QuestionError, TanyaService, parse_iso_date
from qa.api import AnswerMode
from qa.retrieve import Filters
from ui.turns import Turn, make_turn

log = logging.getLogger(__name__)


class InputError(ValueError):
    """A question or filter the user has to fix; the message is Indonesian."""


class Pending(BaseModel):
    """A checked question waiting for its answer, with the filters it was asked under."""

    question: str
    sources: list[str] | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None


def _date(value: str | None, label: str) -> dt.date | None:
    text = (value or "").strip()
    if not text:
        return None
    try:
        return parse_iso_date(text)
    except ValueError as error:
        raise InputError(f"{label}: {error}") from error


def date_range(date_from: str | None, date_to: str | None) -> tuple[dt.date | None, dt.date | None]:
    """Both filters, checked together so a reversed range is refused instead of matching nothing."""
    start = _date(date_from, "Tanggal awal")
    end = _date(date_to, "Tanggal akhir")
    if start and end and start > end:
        raise InputError(f"Tanggal awal ({start}) tidak boleh sesudah tanggal akhir ({end}).")
    return start, end


def check_question(
    service: TanyaService,
    message: str,
    sources: list[str] | None,
    date_from: str | None,
    date_to: str | None,
) -> Pending:
    """The question and filters as they will be asked; InputError (logged once) when not."""
    try:
        question = service.validate(message)
        start, end = date_range(date_from, date_to)
    except (QuestionError, InputError) as error:
        log.info("Pertanyaan ditolak: %s", error)
        raise InputError(str(error)) from error
    return Pending(question=question, sources=sources or None, date_from=start, date_to=end)


def plain_history(turns: Sequence[Turn]) -> list[dict[str, str]]:
    """What `ask` gets as history: the plain text of earlier turns, without link markup."""
    history: list[dict[str, str]] = []
    for turn in turns:
        history.append({"role": "user", "content": turn.answer.question})
        history.append({"role": "assistant", "content": turn.answer.text})
    return history


def answer_steps(
    service: TanyaService,
    pending: Pending,
    turns: Sequence[Turn],
    top_k: int,
    use_llm: bool,
) -> Iterator[str | Turn]:
    """Yields what is being done, as Indonesian status lines, then the finished turn.

    `TanyaService.ask` in its two steps (retrieve, then the answer backends) so the user sees
    real progress between them."""
    yield "🔎 Mencari di artikel…"
    filters = Filters(sources=pending.sources, date_from=pending.date_from, date_to=pending.date_to)
    question, resolved, passages = service.retrieve(
        pending.question, plain_history(turns), filters, top_k
    )
    articles = len({p.article.id for p in passages})
    yield f"📰 {len(passages)} potongan dari {articles} artikel ditemukan. Menyusun jawaban…"
    mode: AnswerMode = "auto" if use_llm else "extractive"
    answer = service.answer(question, resolved, passages, mode)
    answer = service.second_look(
        answer, pending.question, plain_history(turns), filters, top_k, mode=mode
    )
    filtered = bool(pending.sources or pending.date_from or pending.date_to)
    yield make_turn(answer, filtered)
