"""Ingest articles into the index idempotently: unchanged articles write nothing, changed ones
replace their old chunks, exact duplicates under another id are skipped."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field
from tqdm import tqdm

from qa.index import NewsIndex, article_metadata
from qa.ingest.chunk import article_fingerprint, chunk_article
from qa.ingest.load import ArticleLoadError, iter_article_files, load_article
from qa.models import Article
from vectorstore.chroma_store import Record

Status = Literal["added", "replaced", "unchanged", "duplicate"]
Progress = Callable[[int, int, str], None]
_EMBED_BATCH = 16
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
    pending: list[tuple[Article, str, str]] = []  # article, fingerprint, status
    seen_hashes: dict[str, str] = {}
    batch_ids: set[str] = set()
    for article in articles:
        if article.id in batch_ids:
            # Two different stories that slugify alike ("berita"): keep both, apart.
            unique_id = f"{article.id}-{content_hash(article.text)[:6]}"
            article = article.model_copy(update={"id": unique_id})
        batch_ids.add(article.id)
        fingerprint = article_fingerprint(article, settings.chunk_sentences, settings.chunk_overlap)
        digest = content_hash(article.text)
        existing = index.documents.get(ids=[article.id])
        if existing and existing[0].metadata.get("fingerprint") == fingerprint:
            report.results.append(ArticleResult(article_id=article.id, status="unchanged"))
            continue
        twin = seen_hashes.get(digest) or next(
            (
                r.id
                for r in index.documents.get(where={"content_hash": digest})
                if r.id != article.id
            ),
            None,
        )
        if twin and twin != article.id:
            report.results.append(
                ArticleResult(
                    article_id=article.id, status="duplicate", detail=f"sama dengan {twin}"
                )
            )
            continue
        seen_hashes[digest] = article.id
        pending.append((article, fingerprint, "replaced" if existing else "added"))
    _write(index, pending, report, progress)
    return report


def _write(
    index: NewsIndex,
    pending: list[tuple[Article, str, str]],
    report: IngestReport,
    progress: Progress | None,
) -> None:
    settings = index.settings
    planned = [
        (
            article,
            fingerprint,
            status,
            chunk_article(article, fingerprint, settings.chunk_sentences, settings.chunk_overlap),
        )
        for article, fingerprint, status in pending
    ]
    total = sum(len(chunks) for *_, chunks in planned)
    bar = tqdm(
        total=total, unit="potongan", desc="Embedding", disable=total < _PROGRESS_BAR_MIN_CHUNKS
    )
    done = 0
    for article, fingerprint, status, chunks in planned:
        base = article_metadata(article)
        vectors: list[list[float]] = []
        for first in range(0, len(chunks), _EMBED_BATCH):
            batch = chunks[first : first + _EMBED_BATCH]
            vectors.extend(
                index.embedding.get_text_embedding_batch(
                    [passage_text(article, c.text) for c in batch]
                )
            )
            done += len(batch)
            bar.update(len(batch))
            if progress:
                progress(done, total, article.id)
        records = [
            Record(
                id=c.id,
                text=c.text,
                metadata={**base, "chunk_index": c.index, "start": c.start, "end": c.end},
            )
            for c in chunks
        ]
        index.chunks.delete(where={"article_id": article.id})
        index.chunks.upsert(records, vectors)
        document = Record(
            id=article.id,
            text=article.text,
            metadata={
                **base,
                "fingerprint": fingerprint,
                "content_hash": content_hash(article.text),
                "chunks": len(chunks),
            },
        )
        lead = article.text.split("\n\n", 1)[0]
        index.documents.upsert(
            [document], [index.embedding.get_text_embedding(passage_text(article, lead))]
        )
        report.results.append(
            ArticleResult(article_id=article.id, status=status, chunks=len(chunks))
        )  # type: ignore[arg-type]
    bar.close()
    if planned:
        index.fresh_lexical()


def passage_text(article: Article, text: str) -> str:
    """What gets embedded: the title gives each passage the article's topic."""
    return f"{article.title}\n{text}" if article.title else text


def remove_article(index: NewsIndex, article_id: str) -> int:
    """Deletes one article and its chunks; returns how many chunks were removed."""
    removed = index.chunks.delete(where={"article_id": article_id})
    index.documents.delete(where={"article_id": article_id})
    index.fresh_lexical()
    return removed
