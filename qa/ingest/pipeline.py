"""Ingest articles into the index idempotently: unchanged articles write nothing, changed ones
replace their old chunks, exact duplicates under another id are skipped.

Identity: an explicit id (front matter, sidecar) names the article, so the same id replaces. An id
derived from the headline only does when the stored article is the same story (same source and
URL, or same source and raw file); another story with the same headline gets the slug plus a
content discriminator and is added beside it.

Atomicity: per batch of articles, a change-log entry is written first, then the new chunks and
sentence vectors, then the document records (which name the fingerprint of the chunks that
belong to them), then the stale chunks are deleted. A crash at any
point leaves chunks that no document claims, which `NewsIndex.repair` removes at the next start
or ingest; all writes hold the data dir's write lock, so no process repairs another's work.

Throughput follows the embedder: chunks of many articles are embedded together, and each batch
of whole articles is written (one revision bump) on a writer thread while the next is embedded.
Sentence vectors are embedded here too, once, so questions never embed corpus text."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np
from pydantic import BaseModel, Field
from tqdm import tqdm

from qa.index import ArticleWrite, NewsIndex, article_metadata, meta_from_record, stored_articles
from qa.ingest.chunk import article_fingerprint, chunk_article
from qa.ingest.load import ArticleLoadError, iter_article_files, load_article
from qa.models import Article, ArticleMeta, Chunk
from qa.settings import Settings
from qa.text.instructions import instruction_spans
from qa.text.sentences import split_sentences
from vectorstore.chroma_store import Record
from vectorstore.embeddings import TextEmbedding

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
    instructions: int = Field(0, description="Instruction-like sentences, never used as evidence.")


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
            + (f"; {self.flagged} artikel memuat kalimat mirip instruksi" if self.flagged else "")
        )

    @property
    def flagged(self) -> int:
        return sum(1 for r in self.results if r.instructions)


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


def _same_story(stored: ArticleMeta, article: Article) -> bool:
    """A real update of a stored article, as opposed to another story with the same headline."""
    if stored.source != article.source:
        return False
    if stored.url and article.url:
        return stored.url == article.url
    return bool(stored.raw_file) and stored.raw_file == article.raw_file


def _resolve_identity(index: NewsIndex, article: Article) -> tuple[Article, str]:
    """The id this article is stored under, and a note when it differs from the derived one."""
    if "id" not in article.inferred:
        return article, ""
    if article.url and article.source:
        update = index.documents.get(
            where={"$and": [{"url": article.url}, {"source": article.source}]}
        )
        if update:
            return article.model_copy(update={"id": update[0].id}), ""
    stored = index.documents.get(ids=[article.id])
    if (
        not stored
        or stored[0].metadata.get("content_hash") == content_hash(article.text)
        or _same_story(meta_from_record(stored[0].metadata), article)
    ):
        return article, ""
    unique = f"{article.id}-{content_hash(article.text)[:6]}"
    note = f"id '{article.id}' sudah dipakai cerita lain; disimpan sebagai '{unique}'"
    return article.model_copy(update={"id": unique}), note


def ingest_articles(
    index: NewsIndex,
    articles: Iterable[Article],
    progress: Progress | None = None,
    report: IngestReport | None = None,
) -> IngestReport:
    report = report or IngestReport()
    settings = index.settings
    unique: list[tuple[Article, str, str, str]] = []  # article, fingerprint, hash, note
    batch_ids: set[str] = set()
    for article in articles:
        article, note = _resolve_identity(index, article)
        if article.id in batch_ids:
            # Two different stories that slugify alike ("berita"): keep both, apart.
            unique_id = f"{article.id}-{content_hash(article.text)[:6]}"
            note = f"id '{article.id}' sudah dipakai di kiriman ini; disimpan sebagai '{unique_id}'"
            article = article.model_copy(update={"id": unique_id})
        batch_ids.add(article.id)
        fingerprint = article_fingerprint(article, settings.chunk_sentences, settings.chunk_overlap)
        unique.append((article, fingerprint, content_hash(article.text), note))
    stored, stored_hashes = _stored(index, unique)
    pending: list[tuple[Article, str, Status, str]] = []  # article, fingerprint, status, note
    seen_hashes: dict[str, str] = {}
    for article, fingerprint, digest, note in unique:
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
        pending.append(
            (article, fingerprint, "replaced" if existing is not None else "added", note)
        )
    with index.writing():
        index.repair()
        index.fresh_lexical()  # caught up first, so this write's own entries apply in place
        _write(index, pending, report, progress)
    return report


def _stored(
    index: NewsIndex, articles: list[tuple[Article, str, str, str]]
) -> tuple[dict[str, dict[str, object]], dict[str, list[str]]]:
    """Metadata of the stored articles with these ids, and stored ids by content hash: a few
    batched reads instead of two per article."""
    by_id: dict[str, dict[str, object]] = {}
    by_hash: dict[str, list[str]] = {}
    for first in range(0, len(articles), _LOOKUP_BATCH):
        batch = articles[first : first + _LOOKUP_BATCH]
        for record in index.documents.get(ids=[a.id for a, *_ in batch]):
            by_id[record.id] = dict(record.metadata)
        digests = sorted({digest for _, _, digest, _ in batch})
        for record in index.documents.get(where={"content_hash": {"$in": digests}}):
            by_hash.setdefault(str(record.metadata.get("content_hash")), []).append(record.id)
    return by_id, by_hash


@dataclass
class _Planned:
    article: Article
    fingerprint: str
    status: Status
    note: str
    flagged: list[tuple[int, int]]  # instruction-like sentences: never evidence, not embedded
    chunks: list[Chunk]
    sentence_starts: list[int]
    texts: list[str]  # to embed: chunks (with title), sentences (as the answer step sees), lead


def _plan(
    index: NewsIndex, article: Article, fingerprint: str, status: Status, note: str
) -> _Planned:
    settings = index.settings
    chunks = chunk_article(article, fingerprint, settings.chunk_sentences, settings.chunk_overlap)
    flagged = list(instruction_spans(article.text))
    sentences = [s for s in split_sentences(article.text) if (s.start, s.end) not in flagged]
    lead = article.text.split("\n\n", 1)[0]
    texts = [
        *(passage_text(article, c.text) for c in chunks),
        *(article.text[s.start : s.end] for s in sentences),
        passage_text(article, lead),
    ]
    starts = [s.start for s in sentences]
    return _Planned(article, fingerprint, status, note, flagged, chunks, starts, texts)


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
    pending: list[tuple[Article, str, Status, str]],
    report: IngestReport,
    progress: Progress | None,
) -> None:
    planned = [_plan(index, *item) for item in pending]
    total = sum(len(p.chunks) for p in planned)
    bar = tqdm(
        total=total, unit="potongan", desc="Embedding", disable=total < _PROGRESS_BAR_MIN_CHUNKS
    )
    done = 0
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="ingest-writer") as writer:
        in_flight: Future[None] | None = None
        for batch in _batches(planned):
            vectors = embed_by_length(index.embedding, [t for p in batch for t in p.texts])
            writes = list(_article_writes(batch, vectors))
            if in_flight is not None:
                in_flight.result()  # at most one batch written while the next is embedded
            in_flight = writer.submit(index.write_articles, writes)
            for item in batch:
                done += len(item.chunks)
                bar.update(len(item.chunks))
                if progress:
                    progress(done, total, item.article.id)
                report.results.append(_result(item))
        if in_flight is not None:
            in_flight.result()
    bar.close()


def embed_by_length(embedding: TextEmbedding, texts: list[str]) -> list[list[float]]:
    """Vectors in the order of `texts`, embedded in batches of similar length: a batch is padded
    to its longest text, so mixing 300-word chunks with 10-word sentences wastes about a fifth of
    the embedder's time (measured on the real model)."""
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    vectors: list[list[float]] = [[] for _ in texts]
    for first in range(0, len(order), _EMBED_BATCH):
        picked = order[first : first + _EMBED_BATCH]
        embedded = embedding.get_text_embedding_batch([texts[i] for i in picked])
        for i, vector in zip(picked, embedded, strict=True):
            vectors[i] = vector
    return vectors


def _result(item: _Planned) -> ArticleResult:
    note = item.note
    if item.flagged:
        warning = f"{len(item.flagged)} kalimat mirip instruksi, tidak dipakai sebagai bukti"
        note = f"{note}; {warning}" if note else warning
    return ArticleResult(
        article_id=item.article.id,
        status=item.status,
        chunks=len(item.chunks),
        detail=note,
        instructions=len(item.flagged),
    )


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
                    "instructions": len(item.flagged),
                    "instruction_spans": ",".join(f"{a}-{b}" for a, b in item.flagged),
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


def rebuild_index(
    settings: Settings, paths: Sequence[Path] | None = None
) -> tuple[NewsIndex, IngestReport]:
    """`tanya reindex`: rebuilds from the stored article records (or from `paths`, or from the
    corpus when the records are unreadable or empty) under a staging name, then swaps it in
    whole, so a running app answers from the old index until the new one is complete."""
    articles = None if paths else stored_articles(settings)
    staging = NewsIndex(settings, reset=True, name=f"{settings.collection}__neu{os.getpid()}")
    if articles:
        report = ingest_articles(staging, articles)
    else:
        report = ingest_paths(staging, list(paths or [settings.corpus_dir]))
    staging.promote(settings.collection)
    return NewsIndex(settings), report


def remove_article(index: NewsIndex, article_id: str) -> int:
    """Deletes one article and its chunks; returns how many chunks were removed."""
    with index.writing():
        removed = index.remove_articles([article_id])
    index.fresh_lexical()
    return removed
