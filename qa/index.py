"""The news index: passages and whole articles in Chroma, plus the BM25 index beside them.

This is the one place that maps `qa` types to the flat records `vectorstore` stores.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import logging
import shutil
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property

from qa.models import Article, ArticleMeta, Chunk
from qa.settings import Settings
from qa.text.tokens import ANALYZER_VERSION, analyze
from vectorstore.chroma_store import (
    ClientAPI,
    Metadata,
    Record,
    VectorCollection,
    drop_collection,
    open_client,
    store_failure,
)
from vectorstore.embeddings import load_embedding
from vectorstore.lexical import LexicalIndex

log = logging.getLogger(__name__)
WRITE_LOCK_NAME = "write.lock"


def date_key(value: dt.date | None) -> int:
    """Dates as YYYYMMDD integers, the form Chroma's range filters compare; 0 = unknown."""
    return int(value.strftime("%Y%m%d")) if value else 0


def article_metadata(article: ArticleMeta) -> Metadata:
    return {
        "article_id": article.id,
        "title": article.title,
        "source": article.source,
        "published": date_key(article.published),
        "published_iso": article.published.isoformat() if article.published else "",
        "dateline": article.dateline,
        "url": article.url,
        "raw_file": article.raw_file,
        "author": article.author,
        "credit": article.credit,
        "inferred": ",".join(article.inferred),
    }


def meta_from_record(metadata: Metadata) -> ArticleMeta:
    published = str(metadata.get("published_iso") or "")
    return ArticleMeta(
        id=str(metadata["article_id"]),
        title=str(metadata.get("title", "")),
        source=str(metadata.get("source", "")),
        published=dt.date.fromisoformat(published) if published else None,
        dateline=str(metadata.get("dateline", "")),
        url=str(metadata.get("url", "")),
        raw_file=str(metadata.get("raw_file", "")),
        author=str(metadata.get("author", "")),
        credit=str(metadata.get("credit", "")),
        inferred=[x for x in str(metadata.get("inferred", "")).split(",") if x],
    )


def chunk_from_record(record: Record) -> Chunk:
    meta = record.metadata
    return Chunk(
        id=record.id,
        article_id=str(meta["article_id"]),
        index=int(meta["chunk_index"]),
        text=record.text,
        start=int(meta["start"]),
        end=int(meta["end"]),
    )


class NewsIndex:
    def __init__(self, settings: Settings, reset: bool = False, name: str = "") -> None:
        """`reset` drops the stored collections first, whatever model built them (reindex);
        `name` replaces the configured collection name (a reindex builds under its own)."""
        self.settings = settings
        self.name = name or settings.collection
        self.embedding = load_embedding(settings.embed_model)
        self._client = self._connect()
        if reset:
            for collection in (self.name, f"{self.name}_articles"):
                drop_collection(self._client, collection)
        self._lexical_lock = threading.Lock()
        self._years: set[str] = set()
        self._years_version = ""
        self._open_collections()
        if not reset:
            with self.writing(wait=False) as locked:
                if locked:
                    self.repair()

    @contextmanager
    def writing(self, wait: bool = True) -> Iterator[bool]:
        """The data dir's write lock, held by one process at a time (ingest, remove, repair);
        yields whether it was taken (always, when `wait`)."""
        self.settings.data_dir.mkdir(parents=True, exist_ok=True)
        with (self.settings.data_dir / WRITE_LOCK_NAME).open("a") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
            except BlockingIOError:
                yield False
                return
            try:
                yield True
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def repair(self) -> int:
        """Removes what an interrupted write left: chunks that no article record claims (wrong
        article or fingerprint) and article records missing some of their chunks. Call it under
        `writing()`; returns how many records were removed."""
        documents = self.documents.metadatas()
        claimed = {doc_id: str(meta.get("fingerprint", "")) for doc_id, meta in documents.items()}
        present: dict[str, int] = {}
        stale: set[str] = set()
        for chunk_id in self.chunks.ids():
            parts = chunk_id.rsplit("::", 2)
            article_id = parts[0]
            fingerprint = parts[1] if len(parts) == 3 else ""
            if claimed.get(article_id) == fingerprint:
                present[article_id] = present.get(article_id, 0) + 1
            else:
                stale.add(chunk_id)
        incomplete = [
            doc_id
            for doc_id, meta in documents.items()
            if present.get(doc_id, 0) < int(meta.get("chunks", 0) or 0)
        ]
        for doc_id in incomplete:
            stale |= self.chunks.ids({"article_id": doc_id})
        self.documents.delete_ids(incomplete)
        self.chunks.delete_ids(sorted(stale))
        if stale or incomplete:
            log.warning(
                "Perbaikan indeks: %d potongan yatim dan %d artikel tak lengkap dihapus "
                "(sisa penulisan yang terputus).",
                len(stale),
                len(incomplete),
            )
        return len(stale) + len(incomplete)

    def _connect(self, reload: bool = False) -> ClientAPI:
        settings = self.settings
        return open_client(
            None if settings.chroma_url else settings.data_dir / "chroma",
            settings.chroma_url,
            settings.chroma_connect_timeout_s,
            settings.chroma_timeout_s,
            reload=reload,
        )

    def follow_other_writers(self) -> None:
        """Revision check, once per question: when another process (`tanya ingest`, `reindex`)
        wrote to the store, reopen it so vector search sees what it wrote. A Chroma server is
        shared and consistent; only the embedded store's in-process cache needs this."""
        if not (self.chunks.changed_elsewhere() or self.documents.changed_elsewhere()):
            return
        with self._lexical_lock:
            if not self.settings.chroma_url:
                self._client = self._connect(reload=True)
            self._open_collections()

    def _open_collections(self) -> None:
        name, model, dim = (self.name, self.embedding.model_name, self.embedding.dimension)
        self.chunks = VectorCollection(self._client, name, model, dim)
        self.documents = VectorCollection(self._client, f"{name}_articles", model, dim)

    @cached_property
    def lexical(self) -> LexicalIndex:
        return LexicalIndex(
            self.settings.data_dir / "lexical" / self.name,
            analyzer=analyze,
            analyzer_version=ANALYZER_VERSION,
        )

    def fresh_lexical(self) -> LexicalIndex:
        """The BM25 index, rebuilt first if the passage collection changed since it was built."""
        self.follow_other_writers()
        with self._lexical_lock:
            version = self.chunks.version()
            if self.lexical.version != version:
                records = self.chunks.get()
                self.lexical.rebuild([r.id for r in records], [r.text for r in records], version)
        return self.lexical

    def promote(self, target: str) -> None:
        """Makes this (fully built) index the one named `target`: the old collections are
        dropped and these renamed in their place, so a running app switches from the old
        complete index to the new complete one (readers retry through the moment between)."""
        with self.writing():
            for suffix in ("", "_articles"):
                drop_collection(self._client, f"{target}{suffix}")
            self.chunks.rename(target)
            self.documents.rename(f"{target}_articles")
        shutil.rmtree(self.settings.data_dir / "lexical" / self.name, ignore_errors=True)
        self.name = target
        self.__dict__.pop("lexical", None)

    def published_years(self) -> set[str]:
        """Years of publication in the index, cached until the articles change."""
        version = self.documents.version()
        if self._years_version != version:
            self._years = {
                str(meta.published.year) for meta, _ in self.articles() if meta.published
            }
            self._years_version = version
        return self._years

    def articles(self) -> list[tuple[ArticleMeta, Metadata]]:
        return [(meta_from_record(r.metadata), r.metadata) for r in self.documents.get()]

    def article(self, article_id: str) -> Article | None:
        records = self.documents.get(ids=[article_id])
        if not records:
            return None
        meta = meta_from_record(records[0].metadata)
        return Article(**meta.model_dump(), text=records[0].text)


def stored_articles(settings: Settings) -> list[Article] | None:
    """The articles kept in the store's article records, whatever model built it; None when
    the store cannot be read. An unreadable embedded store is moved aside (kept for a look,
    never deleted) so a rebuild can start clean."""
    path = None if settings.chroma_url else settings.data_dir / "chroma"
    try:
        client = open_client(path, settings.chroma_url, settings.chroma_connect_timeout_s)
        names = {c.name for c in client.list_collections()}
        name = f"{settings.collection}_articles"
        if name not in names:
            return []
        result = client.get_collection(name).get(include=["documents", "metadatas"])
        return [
            Article(**meta_from_record(dict(meta or {})).model_dump(), text=text or "")  # type: ignore[arg-type]
            for text, meta in zip(result["documents"] or [], result["metadatas"] or [], strict=True)
        ]
    except Exception as error:  # sqlite, HNSW or metadata damage: rebuild from the files
        if path is None:
            raise store_failure(error) from error
        aside = path.with_name(f"chroma.rusak-{int(time.time())}")
        log.warning("Indeks tidak terbaca (%s); dipindahkan ke %s", error.__class__.__name__, aside)
        if path.exists():
            path.rename(aside)
        open_client(path, reload=True)  # forget this process's view of the moved store
        return None
