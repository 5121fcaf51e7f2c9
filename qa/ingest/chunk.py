"""Split a clean article into overlapping windows of whole sentences."""

from __future__ import annotations

import hashlib

from qa.models import Article, Chunk
from qa.text.sentences import split_sentences


def article_fingerprint(article: Article, chunk_sentences: int, chunk_overlap: int) -> str:
    """Changes whenever the text, metadata or chunking would change what gets stored."""
    payload = article.model_dump_json() + f"|{chunk_sentences}|{chunk_overlap}"
    return hashlib.sha1(payload.encode()).hexdigest()[:16]


def chunk_article(
    article: Article, fingerprint: str, chunk_sentences: int, chunk_overlap: int
) -> list[Chunk]:
    """`fingerprint` (from `article_fingerprint`) makes the chunk ids change with the content."""
    sentences = split_sentences(article.text)
    step = max(1, chunk_sentences - chunk_overlap)
    chunks: list[Chunk] = []
    for index, first in enumerate(range(0, len(sentences), step)):
        window = sentences[first : first + chunk_sentences]
        start, end = window[0].start, window[-1].end
        chunks.append(
            Chunk(
                id=f"{article.id}::{fingerprint}::{index}",
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
