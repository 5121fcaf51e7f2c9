"""A Chroma collection pair (passages + whole documents), embedded on disk or on a server.

Each collection records the embedding model and dimension it was built with, and a revision
token replaced on every write so that other processes (and the lexical index) notice changes.
Every read that could touch the whole collection is paged: SQLite refuses statements with more
than 32,766 variables, which an unpaged `get` of all ids reaches at that many records.
"""

from __future__ import annotations

import re
import secrets
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlparse

import chromadb
import httpx
import numpy as np
from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection
from chromadb.api.shared_system_client import SharedSystemClient
from chromadb.config import Settings as ChromaSettings
from chromadb.errors import NotFoundError

from vectorstore.embeddings import cosine_similarities

Metadata = dict[str, str | int | float | bool]
Where = dict[str, Any]
T = TypeVar("T")
DEFAULT_CONNECT_TIMEOUT_S = 3
DEFAULT_READ_TIMEOUT_S = 10
_REOPEN_TRIES = 20  # another process's reindex swaps collections in well under a second
PAGE = 5000  # records per read or write; well under SQLite's 32,766 variables and Chroma's batch


class StoreError(RuntimeError):
    """The store cannot be used as configured; the message tells the user what to do."""


class ModelMismatchError(StoreError):
    pass


@dataclass(frozen=True)
class Record:
    id: str
    text: str
    metadata: Metadata
    distance: float | None = None


def open_client(
    path: Path | None = None,
    url: str = "",
    connect_timeout_s: int = DEFAULT_CONNECT_TIMEOUT_S,
    read_timeout_s: int = DEFAULT_READ_TIMEOUT_S,
    reload: bool = False,
) -> ClientAPI:
    """`reload` (embedded store only) drops this process's cached view of the store."""
    settings = ChromaSettings(anonymized_telemetry=False)
    if url:
        parsed = urlparse(url if "://" in url else f"http://{url}")
        host = parsed.hostname or "localhost"
        port = parsed.port or (443 if parsed.scheme == "https" else 8000)
        ssl = parsed.scheme == "https"
        # Chroma's HTTP client waits forever (`timeout=None`): a server that accepts the
        # connection and never answers would hang every command. So the server must answer a
        # heartbeat within the limits first, and the client's session gets the same limits.
        timeout = httpx.Timeout(float(read_timeout_s), connect=float(connect_timeout_s))
        try:
            base = f"{'https' if ssl else 'http'}://{host}:{port}"
            httpx.get(f"{base}/api/v2/heartbeat", timeout=timeout).raise_for_status()
            client = chromadb.HttpClient(host=host, port=port, ssl=ssl, settings=settings)
            client._server._session.timeout = timeout  # type: ignore[attr-defined]
        except Exception as error:  # chromadb raises several unrelated types for a dead server
            raise StoreError(
                f"Server Chroma di {url} tidak dapat dihubungi ({error.__class__.__name__}). "
                "Periksa TANYA_CHROMA_URL atau jalankan servernya."
            ) from error
        return client
    if path is None:
        raise StoreError("Tidak ada lokasi penyimpanan: setel TANYA_DATA_DIR atau TANYA_CHROMA_URL")
    path.mkdir(parents=True, exist_ok=True)
    try:
        if reload:
            # Chroma keeps one system per path per process, with the vector segments cached in
            # memory (and a failed start cached too); forgetting it makes the next client read
            # what other processes wrote. Clients opened before keep their old system.
            SharedSystemClient._identifier_to_system.pop(str(path), None)
            SharedSystemClient._identifier_to_refcount.pop(str(path), None)
        client = chromadb.PersistentClient(path=str(path), settings=settings)
        return client
    except Exception as error:  # a damaged sqlite file surfaces as many different errors
        raise store_failure(error, path) from error


_DISK_FULL = re.compile(r"disk is full|no space left|file too large", re.IGNORECASE)
_READ_ONLY = re.compile(r"read-?only|permission denied", re.IGNORECASE)


def store_failure(error: Exception, path: Path | None = None) -> StoreError:
    """One Indonesian line for whatever Chroma, sqlite or the network raised."""
    if isinstance(error, StoreError):
        return error
    if isinstance(error, httpx.TimeoutException):
        return StoreError(
            "Server Chroma tidak menjawab dalam batas waktu (TANYA_CHROMA_TIMEOUT_S)."
        )
    if isinstance(error, httpx.TransportError):
        return StoreError(
            f"Server Chroma terputus ({error.__class__.__name__}). Jalankan lagi servernya, lalu "
            "ulangi perintah; artikel yang setengah tertulis dibereskan otomatis."
        )
    text = " ".join(str(error).split())[:200] or error.__class__.__name__
    if _DISK_FULL.search(text):
        return StoreError(
            "Disk penuh: kosongkan ruang disk lalu ulangi perintah; artikel yang setengah "
            "tertulis dibereskan otomatis."
        )
    if _READ_ONLY.search(text):
        return StoreError(f"Folder data tidak bisa ditulis ({text}). Periksa izin TANYA_DATA_DIR.")
    where = f" di {path}" if path else ""
    return StoreError(
        f"Indeks{where} rusak atau tidak terbaca ({text}). Jalankan `tanya reindex`: indeks lama "
        "disisihkan dan dibangun ulang dari artikel."
    )


class _Named:
    """A Chroma collection found by name, followed when another process's reindex drops and
    recreates (or renames) it; every call's failure becomes a one-line StoreError."""

    def __init__(self, client: ClientAPI, name: str, create: dict[str, Any]) -> None:
        self.name = name
        self._client = client
        self._create = create
        try:
            self._collection: Collection = client.get_or_create_collection(name, **create)
        except Exception as error:
            raise store_failure(error) from error

    def _run(self, operation: Callable[[Collection], T]) -> T:
        """Runs one Chroma call; if another process dropped and recreated the collection
        (reindex), reopens it by name and retries. Failures become a one-line StoreError."""
        for attempt in range(_REOPEN_TRIES):
            try:
                return operation(self._collection)
            except NotFoundError as error:
                if attempt == _REOPEN_TRIES - 1:
                    raise store_failure(error) from error
                time.sleep(0.05)
                self._reopen()
            except Exception as error:
                raise store_failure(error) from error
        raise AssertionError("unreachable")

    def _reopen(self) -> None:
        try:
            self._collection = self._client.get_collection(self.name)
        except NotFoundError:
            pass  # the swap is under way; the next try looks again
        except Exception as error:
            raise store_failure(error) from error

    def rename(self, new_name: str) -> None:
        self._run(lambda c: c.modify(name=new_name))
        self.name = new_name


class VectorCollection(_Named):
    """One Chroma collection holding texts with their vectors and flat metadata."""

    def __init__(self, client: ClientAPI, name: str, model_name: str, dimension: int) -> None:
        create = {
            "embedding_function": None,
            "configuration": {"hnsw": {"space": "cosine"}},
            "metadata": {"embed_model": model_name, "embed_dim": dimension, "revision": 0},
        }
        super().__init__(client, name, create)
        self.known_version = self._version_of(self._collection)
        recorded = self._collection.metadata or {}
        if recorded.get("embed_model") != model_name or recorded.get("embed_dim") != dimension:
            raise ModelMismatchError(
                f"Koleksi '{name}' dibangun dengan model {recorded.get('embed_model')} "
                f"(dimensi {recorded.get('embed_dim')}), bukan {model_name} (dimensi {dimension}). "
                "Jalankan `tanya reindex` untuk membangun ulang indeks dengan model ini."
            )

    @property
    def chroma(self) -> Collection:
        """The underlying Chroma collection, for tools that speak Chroma directly."""
        return self._collection

    def _fresh(self) -> Collection:
        """The collection as stored now (its revision may have been bumped by another process)."""
        fresh = self._run(lambda _: self._client.get_collection(self.name))
        if fresh.id != self._collection.id:
            self._collection = fresh  # reindexed elsewhere: follow the new collection
        return fresh

    @staticmethod
    def _version_of(collection: Collection) -> str:
        return f"{collection.id}:{(collection.metadata or {}).get('revision', 0)}"

    def version(self) -> str:
        """Changes on every write, and when the collection is dropped and made anew."""
        return self._version_of(self._fresh())

    def bump_revision(self) -> None:
        """A random token rather than a counter: two writers bumping at once (app hosts with
        separate data dirs, so separate write locks, on one server) cannot both write the same
        value, so no reader misses a change."""
        fresh = self._fresh()
        metadata = dict(fresh.metadata or {})
        metadata["revision"] = secrets.randbits(62)
        self._run(lambda c: c.modify(metadata=metadata))
        self.known_version = f"{fresh.id}:{metadata['revision']}"

    def count(self) -> int:
        return self._run(lambda c: c.count())

    def upsert(
        self, records: Sequence[Record], vectors: Sequence[Sequence[float]], bump: bool = True
    ) -> None:
        """`bump=False` lets a caller write several collections and bump once at the end."""
        for first in range(0, len(records), PAGE):
            page = records[first : first + PAGE]
            page_vectors = vectors[first : first + PAGE]
            self._run(
                lambda c, page=page, page_vectors=page_vectors: c.upsert(  # type: ignore[misc]
                    ids=[r.id for r in page],
                    documents=[r.text for r in page],
                    metadatas=[r.metadata for r in page],  # type: ignore[misc]
                    embeddings=[list(v) for v in page_vectors],  # type: ignore[arg-type]
                )
            )
        if records and bump:
            self.bump_revision()

    def delete(self, where: Where, bump: bool = True) -> int:
        existing = sorted(self.ids(where))
        self.delete_ids(existing, bump)
        return len(existing)

    def delete_ids(self, ids: Sequence[str], bump: bool = True) -> None:
        for first in range(0, len(ids), PAGE):
            page = list(ids[first : first + PAGE])
            self._run(lambda c, page=page: c.delete(ids=page))  # type: ignore[misc]
        if ids and bump:
            self.bump_revision()

    def ids(self, where: Where | None = None) -> set[str]:
        return {r.id for r in self.pages(where, include=())}

    def metadatas(self, where: Where | None = None) -> dict[str, Metadata]:
        """Every matching record's metadata by id, without texts (repair and listings)."""
        return {r.id: r.metadata for r in self.pages(where, include=["metadatas"])}

    def pages(
        self, where: Where | None = None, include: Sequence[str] = ("metadatas", "documents")
    ) -> Iterator[Record]:
        """Every matching record, PAGE at a time."""
        offset = 0
        while True:
            result = self._run(
                lambda c, offset=offset: c.get(  # type: ignore[misc]
                    where=where,
                    limit=PAGE,
                    offset=offset,
                    include=list(include),  # type: ignore[arg-type]
                )
            )
            yield from _records(result)
            if len(result["ids"]) < PAGE:
                return
            offset += PAGE

    def get(self, where: Where | None = None, ids: list[str] | None = None) -> list[Record]:
        if ids is None:
            return list(self.pages(where))
        records: list[Record] = []
        for first in range(0, len(ids), PAGE):
            page = ids[first : first + PAGE]
            result = self._run(
                lambda c, page=page: c.get(  # type: ignore[misc]
                    where=where, ids=page, include=["documents", "metadatas"]
                )
            )
            records.extend(_records(result))
        return records

    def embeddings(self, ids: list[str]) -> dict[str, list[float]]:
        vectors: dict[str, list[float]] = {}
        for first in range(0, len(ids), PAGE):
            page = ids[first : first + PAGE]
            result = self._run(lambda c, page=page: c.get(ids=page, include=["embeddings"]))  # type: ignore[misc]
            vectors.update(zip(result["ids"], result["embeddings"], strict=True))  # type: ignore[arg-type]
        return vectors

    def nearest_among(
        self,
        vector: Sequence[float],
        k: int,
        ids: Sequence[str],
        known: Mapping[str, np.ndarray] | None = None,
    ) -> list[Record]:
        """Exact nearest neighbours among `ids` (cosine here): Chroma's own filtered search
        walks the graph and returns fewer than asked when the filter is selective and the
        vectors crowd (measured: 2 of 737 matching passages). `known`: vectors the caller keeps
        itself (read here only for the other ids, in pages: a round trip saved per question)."""
        vectors: dict[str, Any] = {i: known[i] for i in ids if known and i in known}
        missing = [i for i in ids if i not in vectors]
        if missing:
            vectors.update(self.embeddings(missing))
        if not vectors:
            return []
        found = list(vectors)
        similarity = cosine_similarities(vector, [vectors[i] for i in found])
        best = np.argsort(-similarity)[:k]
        return [
            Record(id=found[i], text="", metadata={}, distance=float(1.0 - similarity[i]))
            for i in best
        ]

    def query(
        self, vector: Sequence[float], k: int, where: Where | None = None, texts: bool = True
    ) -> list[Record]:
        """No `count()` first: Chroma returns fewer than `k` when fewer match. `texts=False`
        returns ids and distances only, for a caller that keeps the texts itself: over HTTP the
        documents of 50 passages are most of a query's time (7.7 ms of it at 5 articles)."""
        include = ["documents", "metadatas", "distances"] if texts else ["distances"]
        result = self._run(
            lambda c: c.query(
                query_embeddings=[list(vector)],  # type: ignore[arg-type]
                n_results=k,
                where=where,
                include=include,  # type: ignore[arg-type]
            )
        )
        ids = result["ids"][0]
        return [
            Record(id=i, text=doc or "", metadata=dict(meta or {}), distance=dist)  # type: ignore[arg-type]
            for i, doc, meta, dist in zip(
                ids,
                (result["documents"] or [[""] * len(ids)])[0],
                (result["metadatas"] or [[{}] * len(ids)])[0],
                (result["distances"] or [[]])[0],
                strict=True,
            )
        ]


def _records(result: Any) -> Iterator[Record]:
    documents = result["documents"] or [""] * len(result["ids"])
    metadatas = result["metadatas"] or [{}] * len(result["ids"])
    for i, doc, meta in zip(result["ids"], documents, metadatas, strict=True):
        yield Record(id=i, text=doc or "", metadata=dict(meta or {}))


@dataclass(frozen=True)
class Change:
    id: str
    ts: int  # milliseconds since the epoch, by the writer's clock
    key: str  # what changed (the caller's own key, e.g. an article id)


class ChangeLog(_Named):
    """An append-only list of changed keys in the shared store, for processes that keep derived
    indexes of their own (each may sit on another host): they read the entries since their
    cursor and redo just those keys. Entries are written after the data they announce, so a
    reader that sees an entry also sees its data; readers re-read `GRACE_MS` back to cover clock
    skew and writes in flight, and skip the ids they have already applied."""

    GRACE_MS = 60_000

    def __init__(self, client: ClientAPI, name: str) -> None:
        super().__init__(client, name, {"embedding_function": None})

    def append(self, keys: Sequence[str]) -> list[Change]:
        now = now_ms()
        changes = [Change(f"{now:015d}-{uuid.uuid4().hex[:12]}", now, key) for key in keys]
        for first in range(0, len(changes), PAGE):
            page = changes[first : first + PAGE]
            self._run(
                lambda c, page=page: c.add(  # type: ignore[misc]
                    ids=[x.id for x in page],
                    metadatas=[{"ts": x.ts, "key": x.key} for x in page],
                    embeddings=[[1.0] for _ in page],  # type: ignore[arg-type]
                )
            )
        return changes

    def since(self, cursor_ms: int, grace_ms: int = GRACE_MS) -> list[Change]:
        """Entries from `grace_ms` before the cursor on, oldest first."""
        changes: list[Change] = []
        offset = 0
        while True:
            result = self._run(
                lambda c, offset=offset: c.get(  # type: ignore[misc]
                    where={"ts": {"$gte": cursor_ms - grace_ms}},  # type: ignore[dict-item]
                    limit=PAGE,
                    offset=offset,
                    include=["metadatas"],  # type: ignore[list-item]
                )
            )
            for i, meta in zip(result["ids"], result["metadatas"] or [], strict=True):
                changes.append(Change(i, int(meta["ts"]), str(meta["key"])))  # type: ignore[arg-type]
            if len(result["ids"]) < PAGE:
                return sorted(changes, key=lambda c: c.id)
            offset += PAGE


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def drop_collection(client: ClientAPI, name: str) -> None:
    if name in {c.name for c in client.list_collections()}:
        client.delete_collection(name)
