"""Typed data that crosses the boundaries ingest -> store -> retrieve -> answer -> interfaces."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

from qa.text.sentences import quoted


class ArticleMeta(BaseModel):
    """What we know about an article besides its text; empty strings mean "not stated"."""

    id: str
    title: str = ""
    source: str = ""
    published: dt.date | None = None
    dateline: str = ""
    url: str = ""
    raw_file: str = ""
    author: str = ""
    credit: str = ""
    inferred: list[str] = Field(
        default_factory=list,
        description="Names of fields whose value was inferred rather than stated in the text.",
    )


class Article(ArticleMeta):
    """A clean article: paragraphs separated by blank lines, every body sentence verbatim."""

    text: str


class Chunk(BaseModel):
    """A few consecutive sentences of one article, with their offsets in the clean text."""

    id: str
    article_id: str
    index: int
    text: str
    start: int
    end: int


class Passage(BaseModel):
    """A retrieved chunk together with its article's metadata and retrieval score."""

    chunk: Chunk
    article: ArticleMeta
    score: float
    dense_score: float | None = None
    lexical_score: float | None = None
    lead_in: str = Field(
        "",
        description=(
            "The article's text just before the chunk (what the chunk before it does not share"
            " with it): who a quote opening the chunk ('\"…,\" ucapnya') was named by."
        ),
    )
    article_lead: str = Field(
        "",
        description=(
            "The article's opening chunk: where the report says where its story happens ('di"
            " Bucharest' under the dateline BUCHAREST), for a chunk further down."
        ),
    )


class Citation(BaseModel):
    number: int
    article_id: str
    title: str
    source: str
    published: dt.date | None
    quote: str = Field(description="Verbatim span of the clean article text.")
    start: int
    end: int


class HistoryMessage(BaseModel):
    """One chat turn in Gradio's messages format."""

    role: Literal["user", "assistant", "system"]
    content: str


class Answer(BaseModel):
    question: str
    text: str
    citations: list[Citation] = Field(default_factory=list)
    abstained: bool = False
    passages: list[Passage] = Field(default_factory=list)
    language: Literal["id", "en"] = "id"
    mode: Literal["extractive", "llm"] = "extractive"
    resolved_question: str = Field(
        default="", description="The question after resolving a follow-up against history."
    )
    confidence: float | None = Field(
        default=None, description="The answer model's probability that the answer is right."
    )
    trace: list[str] = Field(
        default_factory=list, description="Why this sentence, why answered or abstained."
    )

    def with_sources(self) -> str:
        """The answer followed by its numbered sources, for terminals and API clients."""
        if not self.citations:
            return self.text
        english = self.language == "en"
        lines = [self.text, "", "Sources:" if english else "Sumber:"]
        for c in sorted(self.citations, key=lambda c: c.number):
            unknown_date = "date unknown" if english else "tanggal tidak diketahui"
            published = c.published.isoformat() if c.published else unknown_date
            outlet = c.source or ("publisher not given" if english else "penerbit tidak disebut")
            lines.append(f"[{c.number}] {c.title} — {outlet}, {published}")
            lines.append(f"    {quoted(c.quote)}")
        return "\n".join(lines)
