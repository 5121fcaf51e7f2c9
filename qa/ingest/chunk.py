"""Split a clean article into overlapping windows of whole sentences.

Sentences that address an assistant (`qa.text.instructions`) are left out of every window: the
windows run between them, so their text never reaches retrieval or any answer mode as evidence,
while the stored article (and its offsets) stays verbatim."""

from __future__ import annotations

import hashlib

from qa.models import Article, Chunk
from qa.text.instructions import is_instruction
from qa.text.sentences import Span, split_sentences


def article_fingerprint(article: Article, chunk_sentences: int, chunk_overlap: int) -> str:
    """Changes whenever the text, metadata or chunking would change what gets stored."""
    payload = article.model_dump_json() + f"|{chunk_sentences}|{chunk_overlap}"
    flagged = _instruction_count(article.text)
    if flagged:  # chunks skip those sentences: a detector change must re-chunk the article
        payload += f"|instruksi:{flagged}"
    return hashlib.sha1(payload.encode()).hexdigest()[:16]


def chunk_article(
    article: Article, fingerprint: str, chunk_sentences: int, chunk_overlap: int
) -> list[Chunk]:
    """`fingerprint` (from `article_fingerprint`) makes the chunk ids change with the content."""
    step = max(1, chunk_sentences - chunk_overlap)
    chunks: list[Chunk] = []
    for sentences in _runs(article.text):
        for first in range(0, len(sentences), step):
            window = sentences[first : first + chunk_sentences]
            start, end = window[0].start, window[-1].end
            index = len(chunks)
            chunks.append(
                Chunk(
                    id=chunk_id(article.id, fingerprint, index),
                    article_id=article.id,
                    index=index,
                    text=article.text[start:end],
                    start=start,
                    end=end,
                )
            )
            if first + chunk_sentences >= len(sentences):
                break
    return chunks


def chunk_id(article_id: str, fingerprint: str, index: int) -> str:
    return f"{article_id}::{fingerprint}::{index}"


def sibling_chunk_id(chunk: Chunk, index: int) -> str:
    """The id of the chunk numbered `index` in the same article (and version of it)."""
    article_id, fingerprint, _ = chunk.id.rsplit("::", 2)
    return chunk_id(article_id, fingerprint, index)


def first_chunk_id(chunk: Chunk) -> str:
    """The id of its article's opening chunk."""
    return sibling_chunk_id(chunk, 0)


def previous_chunk_id(chunk: Chunk) -> str | None:
    """The id of the chunk before this one in its article (numbered in order), if any."""
    return sibling_chunk_id(chunk, chunk.index - 1) if chunk.index else None


def _runs(text: str) -> list[list[Span]]:
    """The article's sentences in runs that no instruction-like sentence interrupts."""
    runs: list[list[Span]] = [[]]
    for span in split_sentences(text):
        if is_instruction(text[span.start : span.end]):
            runs.append([])
        else:
            runs[-1].append(span)
    return [run for run in runs if run]


def _instruction_count(text: str) -> int:
    return sum(1 for s in split_sentences(text) if is_instruction(text[s.start : s.end]))
