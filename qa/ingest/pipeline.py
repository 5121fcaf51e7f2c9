"""Ingest articles into the index idempotently: unchanged articles write nothing, changed ones
replace their old chunks, exact duplicates under another id are skipped.

Identity: an explicit id (front matter, sidecar) names the article, so the same id replaces. An id
derived from the headline only does when the stored article is the same story (same source and
URL, or same source and raw file); another story with the same headline gets the slug plus a
content discriminator and is added beside it.

Atomicity: an article's new chunks are written first, then its document record (which names the
fingerprint of the chunks that belong to it), then its stale chunks are deleted. A crash at any
point leaves chunks that no document claims, which `NewsIndex.repair` removes at the next start
or ingest; all writes hold the data dir's write lock, so no process repairs another's work.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field
from tqdm import tqdm

from qa.index import NewsIndex, article_metadata, meta_from_record, stored_articles
from qa.ingest.chunk import article_fingerprint, chunk_article
from qa.ingest.load import ArticleLoadError, iter_article_files, load_article
from qa.models import Article, ArticleMeta
from qa.settings import Settings
from qa.text.instructions import instruction_spans
from vectorstore.chroma_store import Metadata, Record

Status = Literal["added", "replaced", "unchanged", "duplicate"]
Progress = Callable[[int, int, str], None]
_EMBED_BATCH = 16
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
    pending: list[tuple[Article, str, str, str]] = []  # article, fingerprint, status, note
    seen_hashes: dict[str, str] = {}
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
        pending.append((article, fingerprint, "replaced" if existing else "added", note))
    with index.writing():
        index.repair()
        _write(index, pending, report, progress)
    return report


def _write(
    index: NewsIndex,
    pending: list[tuple[Article, str, str, str]],
    report: IngestReport,
    progress: Progress | None,
) -> None:
    settings = index.settings
    planned = [
        (
            article,
            fingerprint,
            status,
            note,
            chunk_article(article, fingerprint, settings.chunk_sentences, settings.chunk_overlap),
        )
        for article, fingerprint, status, note in pending
    ]
    total = sum(len(chunks) for *_, chunks in planned)
    bar = tqdm(
        total=total, unit="potongan", desc="Embedding", disable=total < _PROGRESS_BAR_MIN_CHUNKS
    )
    done = 0
    for article, fingerprint, status, note, chunks in planned:
        base = article_metadata(article)
        flagged = list(instruction_spans(article.text))
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
        metadata: Metadata = {
            **base,
            "fingerprint": fingerprint,
            "content_hash": content_hash(article.text),
            "chunks": len(chunks),
            "instructions": len(flagged),
            "instruction_spans": ",".join(f"{a}-{b}" for a, b in flagged),
        }
        lead = article.text.split("\n\n", 1)[0]
        lead_vector = index.embedding.get_text_embedding(passage_text(article, lead))
        # New chunks, then the record that claims them, then the old chunks: see the module doc.
        index.chunks.upsert(records, vectors)
        index.documents.upsert(
            [Record(id=article.id, text=article.text, metadata=metadata)], [lead_vector]
        )
        stale = index.chunks.ids({"article_id": article.id}) - {r.id for r in records}
        index.chunks.delete_ids(sorted(stale))
        if flagged:
            warning = f"{len(flagged)} kalimat mirip instruksi, tidak dipakai sebagai bukti"
            note = f"{note}; {warning}" if note else warning
        report.results.append(
            ArticleResult(
                article_id=article.id,
                status=status,  # type: ignore[arg-type]
                chunks=len(chunks),
                detail=note,
                instructions=len(flagged),
            )
        )
    bar.close()
    if planned:
        index.fresh_lexical()


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
        index.documents.delete(where={"article_id": article_id})
        removed = index.chunks.delete(where={"article_id": article_id})
    index.fresh_lexical()
    return removed
