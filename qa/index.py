"""The news index: passages, whole articles and sentence vectors in Chroma, a change log of
article ids beside them, and the local BM25 index that follows that log.

This is the one place that maps `qa` types to the flat records `vectorstore` stores. Chroma is
the shared truth (one server may serve several app hosts); each data dir keeps its own lexical
index and catches up from the change log, re-reading only the articles that changed.
"""

from __future__ import annotations

import base64
import datetime as dt
import fcntl
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

from qa.models import Article, ArticleMeta, Chunk
from qa.settings import Settings
from qa.text.tokens import ANALYZER_VERSION, analyze
from vectorstore.chroma_store import (
    PAGE,
    Change,
    ChangeLog,
    ClientAPI,
    Metadata,
    Record,
    StoreError,
    VectorCollection,
    Where,
    drop_collection,
    now_ms,
    open_client,
    store_failure,
)
from vectorstore.embeddings import load_embedding
from vectorstore.lexical import LexicalDoc, LexicalIndex

SentenceKey = tuple[str, int]  # (article id, start offset of the sentence in the article text)
_IN_LIMIT = 500  # article ids per `$in` filter
# Store reads that overlap local work (a round trip to a Chroma server beside scoring); shared
# by every request of the process, a few at once when the UI serves several askers.
STORE_READS = ThreadPoolExecutor(max_workers=8, thread_name_prefix="tanya-store")
_QUERY_CACHE = 64

log = logging.getLogger(__name__)
WRITE_LOCK_NAME = "write.lock"
_SUFFIXES = ("", "_articles", "_sentences", "_log")  # passages, articles, sentences, change log


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


def lexical_doc(record: Record, vector: Sequence[float] | None = None) -> LexicalDoc:
    """The passage for the lexical index, with its vector when there is one."""
    meta = record.metadata
    return LexicalDoc(
        id=record.id,
        group=str(meta["article_id"]),
        text=record.text,
        metadata=meta,
        date=int(meta.get("published", 0) or 0),
        source=str(meta.get("source", "")),
        vector=None if vector is None else np.asarray(vector, dtype=np.float32),
    )


def pack_vectors(vectors: np.ndarray) -> str:
    """Sentence vectors as float32 bytes in base64: Chroma metadata holds strings, not arrays."""
    return base64.b64encode(np.asarray(vectors, dtype=np.float32).tobytes()).decode()


def unpack_vectors(packed: str, dimension: int) -> np.ndarray:
    return np.frombuffer(base64.b64decode(packed), dtype=np.float32).reshape(-1, dimension)


# An article's sentence start offsets and their vectors (one row each).
SentenceVectors = tuple[np.ndarray, np.ndarray]


@dataclass
class ArticleWrite:
    """Everything stored for one article, vectors included, ready to write in one batch."""

    document: Record
    document_vector: list[float]
    chunks: list[Record]
    chunk_vectors: list[list[float]]
    sentence_starts: list[int]
    sentence_vectors: np.ndarray
    replaces: bool  # an older version of the article is stored and must go


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
            for suffix in _SUFFIXES:
                drop_collection(self._client, f"{self.name}{suffix}")
        self._lexical_lock = threading.Lock()
        self._query_vectors: OrderedDict[str, list[float]] = OrderedDict()
        self.syncs: list[
            tuple[str, int]
        ] = []  # ("full", passages) or ("log", articles) per catch-up
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
            self._repaired_in_block = ""
            try:
                yield True
                if self._repaired_in_block:
                    # Repaired first, then every write of the block finished under the lock:
                    # nothing this data dir logged so far is left to check. Without this, the
                    # next process to open re-checks every article a long ingest wrote (5 s of
                    # cold start after 100k passages).
                    self._finish_repaired_block(self._repaired_in_block)
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _finish_repaired_block(self, collection: str) -> None:
        """Advances the repair cursor, only for the collection the block repaired (another
        process may have promoted a new one meanwhile). Only an optimisation: a failure to
        advance is logged, and the finished writes stand."""
        try:
            if self.chunks.version().split(":")[0] == collection:
                self._advance_repair_cursor(collection, now_ms())
        except Exception as error:  # any store error: the block's writes succeeded regardless
            log.warning("Kursor perbaikan tidak dimajukan: %s", error)

    def repair(self) -> int:
        """Removes what an interrupted write left: chunks that no article record claims (wrong
        article or fingerprint), article records missing some of their chunks, and sentence
        vectors of another version. Every write logs its article ids before touching them, so
        only the articles logged since this data dir's last repair are checked (the whole store
        once, when this data dir has not repaired this collection before): opening an index that
        nothing wrote to costs one change-log read. Call it under `writing()`; returns how many
        records were removed."""
        started = now_ms()
        collection = self.chunks.version().split(":")[0]
        cursor = self._repair_cursor()
        scope: list[str] | None = None
        unannounced: set[str] = set()
        noted = cursor.read_text(errors="replace") if cursor.exists() else ""
        seen, _, since = noted.partition(":")
        if seen == collection and since.isdigit():
            # No grace: writers of this data dir hold its lock, so none of their entries lands
            # behind the cursor; another host's interrupted write is that host's to repair.
            changes = self.log.since(int(since), grace_ms=0)
            scope = sorted({c.key for c in changes})
            if changes:  # entries no finished write announced: a write died before its bump
                unannounced = self.lexical.unapplied([c.id for c in changes])
        removed = self._repair(scope) if scope is None or scope else 0
        if unannounced and not removed:  # (a repair that removed something has bumped)
            self.chunks.bump_revision()  # every reader redoes those articles from the log
        self._advance_repair_cursor(collection, started)
        self._repaired_in_block = collection
        return removed

    def _advance_repair_cursor(self, collection: str, checked_until_ms: int) -> None:
        cursor = self._repair_cursor()
        partial = cursor.with_suffix(".tmp")
        partial.write_text(f"{collection}:{checked_until_ms}")
        partial.replace(cursor)

    def _repair_cursor(self) -> Path:
        """Where this data dir notes up to when it repaired: "collection id:ms"."""
        return self.settings.data_dir / f"repair-{self.name}.cursor"

    def _repair(self, scope: list[str] | None) -> int:
        """`repair` over the articles in `scope`, or over every record when it is None."""
        if scope is None:
            documents = self.documents.metadatas()
            chunk_ids = self.chunks.ids()
            sentences = self.sentences.metadatas()
        else:
            documents, chunk_ids, sentences = {}, set(), {}
            for first in range(0, len(scope), _IN_LIMIT):
                where: Where = {"article_id": {"$in": scope[first : first + _IN_LIMIT]}}
                documents.update(self.documents.metadatas(where))
                chunk_ids |= self.chunks.ids(where)
                sentences.update(self.sentences.metadatas(where))
        claimed = {doc_id: str(meta.get("fingerprint", "")) for doc_id, meta in documents.items()}
        present: dict[str, int] = {}
        stale: set[str] = set()
        for chunk_id in chunk_ids:
            parts = chunk_id.rsplit("::", 2)
            article_id = parts[0]
            fingerprint = parts[1] if len(parts) == 3 else ""
            if claimed.get(article_id) == fingerprint:
                present[article_id] = present.get(article_id, 0) + 1
            else:
                stale.add(chunk_id)
        incomplete = {
            doc_id
            for doc_id, meta in documents.items()
            if present.get(doc_id, 0) < int(meta.get("chunks", 0) or 0)
        }
        stale |= {c for c in chunk_ids if c.rsplit("::", 2)[0] in incomplete}
        outdated = [  # sentence vectors of another version than the stored record
            sentence_id
            for sentence_id, meta in sentences.items()
            if str(meta.get("fingerprint", "")) != claimed.get(sentence_id, "")
            or sentence_id in incomplete
        ]
        affected = sorted({c.rsplit("::", 2)[0] for c in stale} | incomplete)
        intent = self.log.append(affected) if affected else []
        self.documents.delete_ids(sorted(incomplete), bump=False)
        self.sentences.delete_ids(outdated, bump=False)
        self.chunks.delete_ids(sorted(stale), bump=False)
        if affected:
            self._announce(affected, self._lexical_docs(self._chunks_of(affected)), intent)
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

    def follow_other_writers(self) -> str:
        """Revision check, once per question: when another process (`tanya ingest`, `reindex`)
        wrote to the store, reopen it so vector search sees what it wrote. A Chroma server is
        shared and consistent; only the embedded store's in-process cache needs this. Returns
        the passage collection's version as read now. Only that collection is read (one round
        trip): every write bumps its revision alone, and a reindex swaps it with the others."""
        version = self.chunks.version()
        if version == self.chunks.known_version:
            return version
        with self._lexical_lock:
            if not self.settings.chroma_url:
                self._client = self._connect(reload=True)
            self._open_collections()
            return self.chunks.known_version

    def _open_collections(self) -> None:
        name, model, dim = (self.name, self.embedding.model_name, self.embedding.dimension)
        self.chunks = VectorCollection(self._client, name, model, dim)
        self.documents = VectorCollection(self._client, f"{name}_articles", model, dim)
        self.sentences = VectorCollection(self._client, f"{name}_sentences", model, dim)
        self.log = ChangeLog(self._client, f"{name}_log")

    @cached_property
    def lexical(self) -> LexicalIndex:
        return LexicalIndex(
            self.settings.data_dir / "lexical" / f"{self.name}.sqlite3",
            analyzer=analyze,
            analyzer_version=ANALYZER_VERSION,
            vectors_up_to=self.settings.exact_dense_limit,
        )

    def query_vector(self, text: str) -> list[float]:
        """The query embedding, remembered for the last few texts: retrieval and the answer step
        ask for the same question's vector, and it is computed once."""
        with self._lexical_lock:
            if text in self._query_vectors:
                self._query_vectors.move_to_end(text)
                return self._query_vectors[text]
        vector = self.embedding.get_query_embedding(text)
        with self._lexical_lock:
            self._query_vectors[text] = vector
            while len(self._query_vectors) > _QUERY_CACHE:
                self._query_vectors.popitem(last=False)
        return vector

    def fresh_lexical(self) -> LexicalIndex:
        """The BM25 index, caught up with the passage collection: one Chroma round trip when
        nothing changed, else the change log and the changed articles' passages only."""
        version = self.follow_other_writers()
        with self._lexical_lock:
            if self.lexical.get_meta("store_version") != version:
                # Read again under the lock: another thread of this process may have caught up
                # to a newer version since ours was read, and a catch-up goes forward only.
                version = self.chunks.version()
                if self.lexical.get_meta("store_version") != version:
                    self._catch_up(version)
        return self.lexical

    def promote(self, target: str) -> None:
        """Makes this (fully built) index the one named `target`: the old collections are
        dropped and these renamed in their place, so a running app switches from the old
        complete index to the new complete one (readers retry through the moment between)."""
        with self.writing():
            for suffix in _SUFFIXES:
                drop_collection(self._client, f"{target}{suffix}")
            self.chunks.rename(target)
            self.documents.rename(f"{target}_articles")
            self.sentences.rename(f"{target}_sentences")
            self.log.rename(f"{target}_log")
        self.lexical.close()
        for leftover in (self.lexical.path.parent).glob(f"{self.lexical.path.name}*"):
            leftover.unlink(missing_ok=True)  # the target's own lexical index rebuilds in full
        self._repair_cursor().unlink(missing_ok=True)  # the target's own is for its old store
        self.name = target
        self.__dict__.pop("lexical", None)

    def _catch_up(self, version: str) -> None:
        lexical = self.lexical
        collection_id = version.split(":")[0]
        if lexical.get_meta("collection") != collection_id:
            # A new data dir (or a dropped and rebuilt collection): read every passage once.
            started = now_ms()
            # Every write logged before this read is in what it reads (a write's data precedes
            # its closing entry; one still running logs a closing entry later, and that one is
            # replayed), so these count as applied and the next catch-up does not redo them.
            covered = [(c.id, c.ts) for c in self.log.since(started)]
            lexical.clear()
            page: list[Record] = []
            for record in self.chunks.pages():
                page.append(record)
                if len(page) == PAGE:
                    lexical.replace([], self._lexical_docs(page))
                    page = []
            lexical.replace([], self._lexical_docs(page), covered)
            self.syncs.append(("full", len(lexical)))
            lexical.set_meta("collection", collection_id)
            lexical.set_meta("log_cursor", str(started))
        else:
            cursor = int(lexical.get_meta("log_cursor") or 0)
            changes = self.log.since(cursor)
            todo = lexical.unapplied([c.id for c in changes])
            pending = [c for c in changes if c.id in todo]
            if pending:
                articles = sorted({c.key for c in pending})
                lexical.replace(
                    articles,
                    self._lexical_docs(self._chunks_of(articles)),
                    [(c.id, c.ts) for c in pending],
                    forget_before_ms=cursor - 2 * ChangeLog.GRACE_MS,
                    group_vectors=self._stored_sentence_vectors(articles),
                )
                self.syncs.append(("log", len(articles)))
            if changes:
                lexical.set_meta("log_cursor", str(max(cursor, *(c.ts for c in changes))))
        lexical.set_meta("store_version", version)

    def _chunks_of(self, article_ids: Sequence[str]) -> list[Record]:
        records: list[Record] = []
        for first in range(0, len(article_ids), _IN_LIMIT):
            batch = list(article_ids[first : first + _IN_LIMIT])
            records += self.chunks.get(where={"article_id": {"$in": batch}})
        return records

    def _lexical_docs(self, records: list[Record]) -> list[LexicalDoc]:
        """Stored passages for the lexical index, with their vectors read from Chroma. After a
        write killed half way an embedded store may hold a passage whose vector it cannot find
        ("Error finding id"): the page then goes without, and its vectors are read at question
        time."""
        try:
            vectors = self.chunks.embeddings([r.id for r in records])
        except StoreError:
            vectors = {}
        return [lexical_doc(r, vectors.get(r.id)) for r in records]

    def nearest_among(self, vector: Sequence[float], k: int, ids: Sequence[str]) -> list[Record]:
        """Exact nearest passages among `ids`, their vectors read from the lexical index's
        copy (Chroma is asked only for any it lacks)."""
        return self.chunks.nearest_among(vector, k, ids, known=self.lexical.vectors(ids))

    def write_articles(self, writes: Sequence[ArticleWrite]) -> None:
        """Stores a batch of articles with one revision bump and one change-log append, then
        updates the local lexical index with just these passages."""
        if not writes:
            return
        ids = [w.document.id for w in writes]
        intent = self.log.append(ids)  # if this write dies half way, the next bump redoes these
        self.chunks.upsert(
            [c for w in writes for c in w.chunks],
            [v for w in writes for v in w.chunk_vectors],
            bump=False,
        )
        self.sentences.upsert(
            [
                Record(
                    id=w.document.id,
                    text="",
                    metadata={
                        "article_id": w.document.id,
                        "fingerprint": str(w.document.metadata["fingerprint"]),
                        "starts": ",".join(map(str, w.sentence_starts)),
                        "vectors": pack_vectors(w.sentence_vectors),
                    },
                )
                for w in writes
            ],
            [w.document_vector for w in writes],
            bump=False,
        )
        self.documents.upsert(
            [w.document for w in writes], [w.document_vector for w in writes], bump=False
        )
        fresh = {c.id for w in writes for c in w.chunks}
        stale = {r.id for r in self._chunks_of([w.document.id for w in writes if w.replaces])}
        self.chunks.delete_ids(sorted(stale - fresh), bump=False)
        passages = [
            lexical_doc(chunk, vector)
            for w in writes
            for chunk, vector in zip(w.chunks, w.chunk_vectors, strict=True)
        ]
        sentences = {
            # (an article whose every sentence was dropped has none: shape (0, dimension))
            w.document.id: (
                np.array(w.sentence_starts, np.int64),
                np.asarray(w.sentence_vectors, np.float32).reshape(-1, self.embedding.dimension),
            )
            for w in writes
        }
        self._announce(ids, passages, intent, sentences)

    def remove_articles(self, article_ids: Sequence[str]) -> int:
        """Deletes articles with their passages; returns how many passages were removed."""
        intent = self.log.append(list(article_ids))
        for first in range(0, len(article_ids), _IN_LIMIT):
            where = {"article_id": {"$in": list(article_ids[first : first + _IN_LIMIT])}}
            self.documents.delete(where, bump=False)  # record first: orphans are repairable
            self.sentences.delete(where, bump=False)
        removed = sorted(r.id for r in self._chunks_of(article_ids))
        self.chunks.delete_ids(removed, bump=False)
        self._announce(article_ids, [], intent)
        return len(removed)

    def _announce(
        self,
        article_ids: Sequence[str],
        docs: list[LexicalDoc],
        intent: Sequence[Change],
        sentences: Mapping[str, SentenceVectors] | None = None,
    ) -> None:
        """Log first, then bump: a reader that sees the new revision finds the entries. The
        local lexical index records the write's `intent` entries as applied too, so its next
        catch-up does not redo what this write just indexed."""
        changes = self.log.append(list(article_ids))
        self.chunks.bump_revision()
        applied = [(c.id, c.ts) for c in (*intent, *changes)]
        self.lexical.replace(article_ids, docs, applied, group_vectors=sentences)

    def sentence_vectors(self, keys: Sequence[SentenceKey]) -> dict[SentenceKey, np.ndarray]:
        """Stored float32 vectors of the sentences `split_sentences` finds in each article, by
        (article id, start offset); keys not stored are left out. From the copy beside the
        lexical index (written with the article, and on a catch-up); Chroma is read only for
        articles the copy lacks (a data dir first built from a store others wrote): at 100k
        passages on a server, the Chroma read cost 7 ms of a question's 60-70 (p50, measured)."""
        wanted = sorted({article_id for article_id, _ in keys})
        stored = self.lexical.group_vectors(wanted)
        missing = [article_id for article_id in wanted if article_id not in stored]
        if missing:
            stored.update(self._stored_sentence_vectors(missing))
        found: dict[SentenceKey, np.ndarray] = {}
        for article_id, (starts, vectors) in stored.items():
            found.update(
                ((article_id, int(start)), v) for start, v in zip(starts, vectors, strict=True)
            )
        return {key: found[key] for key in keys if key in found}

    def _stored_sentence_vectors(self, article_ids: Sequence[str]) -> dict[str, SentenceVectors]:
        """The articles' sentence offsets and vectors as Chroma holds them (one read)."""
        dimension = self.embedding.dimension
        stored: dict[str, SentenceVectors] = {}
        for record in self.sentences.get(ids=list(article_ids)):
            starts = [int(x) for x in str(record.metadata.get("starts", "")).split(",") if x]
            vectors = unpack_vectors(str(record.metadata.get("vectors", "")), dimension)
            stored[record.id] = (np.array(starts, np.int64), vectors)
        return stored

    def published_years(self) -> set[str]:
        """Years of publication in the index, from the lexical index's date column (kept as data,
        not re-read from the articles); `fresh_lexical()` brings it up to date."""
        return {str(date // 10000) for date in self.lexical.dates()}

    def articles(self) -> list[tuple[ArticleMeta, Metadata]]:
        return [
            (meta_from_record(r.metadata), r.metadata)
            for r in self.documents.pages(include=["metadatas"])
        ]

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
