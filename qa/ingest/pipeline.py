"""Ingest articles into the index idempotently: unchanged articles write nothing, changed ones
replace their old chunks, exact duplicates under another id are skipped.

Throughput follows the embedder: chunks of many articles are embedded together, and each batch
of whole articles is written (one revision bump) on a writer thread while the next is embedded.
Sentence vectors are embedded here too, once, so questions never embed corpus text."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np
from pydantic import BaseModel, Field
from tqdm import tqdm

from qa.index import ArticleWrite, NewsIndex, article_metadata
from qa.ingest.chunk import article_fingerprint, chunk_article
from qa.ingest.load import ArticleLoadError, iter_article_files, load_article
from qa.models import Article, Chunk
from qa.text.sentences import split_sentences
from vectorstore.chroma_store import Record

Status = Literal["added", "replaced", "unchanged", "duplicate"]
Progress = Callable[[int, int, str], None]
_EMBED_BATCH = 32  # texts per embedder call, across articles
_WRITE_BATCH = 64  # chunks per Chroma write (whole articles; one revision bump each)
_LOOKUP_BATCH = 500  # ids per lookup of already stored articles
_PROGRESS_BAR_MIN_CHUNKS = 20


class ArticleResult(BaseModel):
    article_id: str
    status: Status
    chunks: int = 0
    detail: str = ""


class IngestReport(BaseModel):
    results: list[ArticleResult] = Field(default_factory=list)
    errors: list[str] = Field(default_factory=list)

    def count(self, status: Status) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def chunks_written(self) -> int:
        return sum(r.chunks for r in self.results if r.status in {"added", "replaced"})

    def summary(self) -> str:
        return (
            f"{self.count('added')} ditambahkan, {self.count('replaced')} diperbarui, "
            f"{self.count('unchanged')} tidak berubah, {self.count('duplicate')} duplikat, "
            f"{len(self.errors)} gagal; {self.chunks_written} potongan ditulis"
        )


def content_hash(text: str) -> str:
    """Equal for texts that differ only in whitespace and case: the same story copied twice."""
    return hashlib.sha1(re.sub(r"\s+", " ", text).strip().lower().encode()).hexdigest()[:16]


def ingest_paths(
    index: NewsIndex, paths: Iterable[Path], progress: Progress | None = None
) -> IngestReport:
    report = IngestReport()
    articles: list[Article] = []
    files: list[Path] = []
    for path in paths:
        try:
            found = list(iter_article_files([path]))
        except ArticleLoadError as error:
            report.errors.append(str(error))
            continue
        if not found:
            report.errors.append(f"{path}: tidak ada artikel (.md, .txt atau .html) di sini")
        files.extend(found)
    if report.errors and not files:
        return report
    for file in files:
        try:
            articles.append(load_article(file))
        except (ArticleLoadError, OSError) as error:
            report.errors.append(str(error))
    return ingest_articles(index, articles, progress, report)


def ingest_articles(
    index: NewsIndex,
    articles: Iterable[Article],
    progress: Progress | None = None,
    report: IngestReport | None = None,
) -> IngestReport:
    report = report or IngestReport()
    settings = index.settings
    unique: list[tuple[Article, str, str]] = []  # article, fingerprint, content hash
    batch_ids: set[str] = set()
    for article in articles:
        if article.id in batch_ids:
            # Two different stories that slugify alike ("berita"): keep both, apart.
            unique_id = f"{article.id}-{content_hash(article.text)[:6]}"
            article = article.model_copy(update={"id": unique_id})
        batch_ids.add(article.id)
        fingerprint = article_fingerprint(article, settings.chunk_sentences, settings.chunk_overlap)
        unique.append((article, fingerprint, content_hash(article.text)))
    stored, stored_hashes = _stored(index, unique)
    pending: list[tuple[Article, str, str]] = []  # article, fingerprint, status
    seen_hashes: dict[str, str] = {}
    for article, fingerprint, digest in unique:
        existing = stored.get(article.id)
        if existing is not None and existing.get("fingerprint") == fingerprint:
            report.results.append(ArticleResult(article_id=article.id, status="unchanged"))
            continue
        twin = seen_hashes.get(digest) or next(
            (i for i in stored_hashes.get(digest, []) if i != article.id), None
        )
        if twin and twin != article.id:
            report.results.append(
                ArticleResult(
                    article_id=article.id, status="duplicate", detail=f"sama dengan {twin}"
                )
            )
            continue
        seen_hashes[digest] = article.id
        pending.append((article, fingerprint, "replaced" if existing is not None else "added"))
    _write(index, pending, report, progress)
    return report


def _stored(
    index: NewsIndex, articles: list[tuple[Article, str, str]]
) -> tuple[dict[str, dict[str, object]], dict[str, list[str]]]:
    """Metadata of the stored articles with these ids, and stored ids by content hash: a few
    batched reads instead of two per article."""
    by_id: dict[str, dict[str, object]] = {}
    by_hash: dict[str, list[str]] = {}
    for first in range(0, len(articles), _LOOKUP_BATCH):
        batch = articles[first : first + _LOOKUP_BATCH]
        for record in index.documents.get(ids=[a.id for a, _, _ in batch]):
            by_id[record.id] = dict(record.metadata)
        digests = sorted({digest for _, _, digest in batch})
        for record in index.documents.get(where={"content_hash": {"$in": digests}}):
            by_hash.setdefault(str(record.metadata.get("content_hash")), []).append(record.id)
    return by_id, by_hash


@dataclass
class _Planned:
    article: Article
    fingerprint: str
    status: Status
    chunks: list[Chunk]
    sentence_starts: list[int]
    texts: list[
        str
    ]  # to embed: chunks (with title), sentences (as the answer step sees them), lead


def _plan(index: NewsIndex, article: Article, fingerprint: str, status: Status) -> _Planned:
    settings = index.settings
    chunks = chunk_article(article, fingerprint, settings.chunk_sentences, settings.chunk_overlap)
    sentences = split_sentences(article.text)
    lead = article.text.split("\n\n", 1)[0]
    texts = [
        *(passage_text(article, c.text) for c in chunks),
        *(article.text[s.start : s.end] for s in sentences),
        passage_text(article, lead),
    ]
    return _Planned(article, fingerprint, status, chunks, [s.start for s in sentences], texts)


def _batches(planned: list[_Planned]) -> Iterator[list[_Planned]]:
    batch: list[_Planned] = []
    size = 0
    for item in planned:
        batch.append(item)
        size += len(item.chunks)
        if size >= _WRITE_BATCH:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _write(
    index: NewsIndex,
    pending: list[tuple[Article, str, str]],
    report: IngestReport,
    progress: Progress | None,
) -> None:
    planned = [_plan(index, a, f, s) for a, f, s in pending]  # type: ignore[arg-type]
    total = sum(len(p.chunks) for p in planned)
    bar = tqdm(
        total=total, unit="potongan", desc="Embedding", disable=total < _PROGRESS_BAR_MIN_CHUNKS
    )
    done = 0
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="ingest-writer") as writer:
        in_flight: Future[None] | None = None
        for batch in _batches(planned):
            texts = [t for p in batch for t in p.texts]
            vectors: list[list[float]] = []
            for first in range(0, len(texts), _EMBED_BATCH):
                vectors.extend(
                    index.embedding.get_text_embedding_batch(texts[first : first + _EMBED_BATCH])
                )
            writes = list(_article_writes(batch, vectors))
            if in_flight is not None:
                in_flight.result()  # at most one batch written while the next is embedded
            in_flight = writer.submit(index.write_articles, writes)
            for item in batch:
                done += len(item.chunks)
                bar.update(len(item.chunks))
                if progress:
                    progress(done, total, item.article.id)
                report.results.append(
                    ArticleResult(
                        article_id=item.article.id, status=item.status, chunks=len(item.chunks)
                    )
                )
        if in_flight is not None:
            in_flight.result()
    bar.close()


def _article_writes(batch: list[_Planned], vectors: list[list[float]]) -> Iterator[ArticleWrite]:
    offset = 0
    for item in batch:
        mine = vectors[offset : offset + len(item.texts)]
        offset += len(item.texts)
        n_chunks, n_sentences = len(item.chunks), len(item.sentence_starts)
        base = article_metadata(item.article)
        yield ArticleWrite(
            document=Record(
                id=item.article.id,
                text=item.article.text,
                metadata={
                    **base,
                    "fingerprint": item.fingerprint,
                    "content_hash": content_hash(item.article.text),
                    "chunks": n_chunks,
                },
            ),
            document_vector=mine[-1],
            chunks=[
                Record(
                    id=c.id,
                    text=c.text,
                    metadata={**base, "chunk_index": c.index, "start": c.start, "end": c.end},
                )
                for c in item.chunks
            ],
            chunk_vectors=mine[:n_chunks],
            sentence_starts=item.sentence_starts,
            sentence_vectors=np.array(mine[n_chunks : n_chunks + n_sentences], dtype=np.float32),
            replaces=item.status == "replaced",
        )


def passage_text(article: Article, text: str) -> str:
    """What gets embedded: the title gives each passage the article's topic."""
    return f"{article.title}\n{text}" if article.title else text


def remove_article(index: NewsIndex, article_id: str) -> int:
    """Deletes one article and its chunks; returns how many chunks were removed."""
    return index.remove_articles([article_id])
