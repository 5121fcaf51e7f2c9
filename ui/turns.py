"""One answered question as the UI keeps it, and the saved conversations in the browser.

A `Turn` is the contract `Answer` plus what the UI derives once, when the answer arrives and the
passages are still at hand: the closest article (for abstentions), visible confidence notes, and
whether the filters left nothing to search. Passages are dropped afterwards to keep the browser
storage small.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from pydantic import BaseModel, Field

from qa import Answer, ArticleMeta, Passage, format_date

# Below this dense similarity a cited passage is a weaker match than the answers the thresholds
# were fitted on (they abstain under 0.76); such answers carry a visible note.
WEAK_DENSE = 0.80
MAX_CONVERSATIONS = 20
FIELD_NAMES = {"title": "judul", "source": "penerbit", "dateline": "tempat", "author": "penulis"}
TITLE_CHARS = 60


class Closest(BaseModel):
    """The best-ranked article for a question, named when the answer abstains."""

    article_id: str
    title: str
    source: str = ""
    published: dt.date | None = None


class Turn(BaseModel):
    id: str = Field(default_factory=lambda: uuid.uuid4().hex[:12])
    answer: Answer
    notes: list[str] = Field(default_factory=list)
    closest: Closest | None = None
    no_match: bool = Field(
        default=False, description="Filters were set and no article passed them."
    )
    feedback: str | None = None
    comment: str = ""


class Conversation(BaseModel):
    id: str = Field(default_factory=lambda: uuid.uuid4().hex[:12])
    title: str = ""
    updated: str = ""
    turns: list[Turn] = Field(default_factory=list)


class Saved(BaseModel):
    """Everything kept in the browser's storage: the open conversation and earlier ones."""

    current: str = ""
    conversations: list[Conversation] = Field(default_factory=list)


def confidence_notes(answer: Answer) -> list[str]:
    """Visible caveats derived from the passages behind the cited articles."""
    if answer.abstained or not answer.citations:
        return []
    cited = {c.article_id for c in answer.citations}
    metas: dict[str, ArticleMeta] = {}
    dense: list[float] = []
    for passage in answer.passages:
        if passage.article.id in cited:
            metas.setdefault(passage.article.id, passage.article)
            if passage.dense_score is not None:
                dense.append(passage.dense_score)
    notes = []
    if any("published" in m.inferred for m in metas.values()):
        notes.append("Tanggal terbit artikel disimpulkan dari teksnya, tidak tertulis.")
    inferred = sorted(
        {FIELD_NAMES.get(f, f) for m in metas.values() for f in m.inferred if f != "published"}
    )
    if inferred:
        notes.append("Sebagian data artikel disimpulkan: " + ", ".join(inferred) + ".")
    if dense and max(dense) < WEAK_DENSE:
        notes.append("Kecocokan dengan artikel lemah; periksa kutipannya sebelum memercayai.")
    return notes


def closest_article(passages: Sequence[Passage]) -> Closest | None:
    if not passages:
        return None
    meta = passages[0].article
    return Closest(
        article_id=meta.id,
        title=meta.title or meta.id,
        source=meta.source,
        published=meta.published,
    )


def make_turn(answer: Answer, filtered: bool) -> Turn:
    """Derives the notes while passages are at hand, then drops the passages."""
    return Turn(
        answer=answer.model_copy(update={"passages": []}),
        notes=confidence_notes(answer),
        closest=closest_article(answer.passages) if answer.abstained else None,
        no_match=filtered and not answer.passages,
    )


def load_saved(raw: object) -> Saved:
    """Browser storage is the user's to tamper with; anything unreadable starts afresh."""
    try:
        return Saved.model_validate(raw or {})
    except ValueError:
        return Saved()


def current_turns(saved: Saved) -> list[Turn]:
    for conversation in saved.conversations:
        if conversation.id == saved.current:
            return conversation.turns
    return []


def store_turns(saved: Saved, turns: list[Turn]) -> Saved:
    """The open conversation with `turns`, moved to the front; the oldest beyond the cap go."""
    now = dt.datetime.now().isoformat(timespec="minutes")
    others = [c for c in saved.conversations if c.id != saved.current]
    current = Conversation(id=saved.current or uuid.uuid4().hex[:12], turns=turns, updated=now)
    if turns:
        question = turns[0].answer.question
        current.title = question if len(question) <= TITLE_CHARS else question[:TITLE_CHARS] + "…"
        others.insert(0, current)
    return Saved(current=current.id, conversations=others[:MAX_CONVERSATIONS])


def conversation_choices(saved: Saved) -> list[tuple[str, str]]:
    return [(f"{c.title} ({c.updated.replace('T', ' ')})", c.id) for c in saved.conversations]


def export_markdown(turns: Sequence[Turn]) -> str:
    """A conversation as Markdown: each question, its answer, and that answer's sources."""
    lines = ["# Percakapan Tanya Berita", ""]
    for turn in turns:
        answer = turn.answer
        lines += [f"## {answer.question}", "", answer.text, ""]
        lines += [f"> Catatan: {note}" for note in turn.notes]
        for c in sorted(answer.citations, key=lambda c: c.number):
            published = format_date(c.published) if c.published else "tanggal tidak diketahui"
            lines.append(f"{c.number}. **{c.title}** — {c.source or 'tanpa penerbit'}, {published}")
            lines.append(f"   > {c.quote}")
        lines.append("")
    return "\n".join(lines)
