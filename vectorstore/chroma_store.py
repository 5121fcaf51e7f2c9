"""A Chroma collection pair (passages + whole documents), embedded on disk or on a server.

Each collection records the embedding model and dimension it was built with, and a revision
token replaced on every write so that other processes (and the lexical index) notice changes.
Every read that could touch the whole collection is paged: SQLite refuses statements with more
than 32,766 variables, which an unpaged `get` of all ids reaches at that many records.
"""

from __future__ import annotations

import secrets
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import chromadb
from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection
from chromadb.config import Settings as ChromaSettings

Metadata = dict[str, str | int | float | bool]
Where = dict[str, Any]
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


def open_client(path: Path | None = None, url: str = "") -> ClientAPI:
    settings = ChromaSettings(anonymized_telemetry=False)
    if url:
        parsed = urlparse(url if "://" in url else f"http://{url}")
        try:
            client = chromadb.HttpClient(
                host=parsed.hostname or "localhost",
                port=parsed.port or (443 if parsed.scheme == "https" else 8000),
                ssl=parsed.scheme == "https",
                settings=settings,
            )
            client.heartbeat()
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
        return chromadb.PersistentClient(path=str(path), settings=settings)
    except Exception as error:  # a damaged sqlite file surfaces as many different errors
        raise StoreError(
            f"Indeks di {path} rusak atau tidak terbaca ({error}). Hapus folder itu lalu jalankan "
            "`tanya reindex`."
        ) from error


class VectorCollection:
    """One Chroma collection holding texts with their vectors and flat metadata."""

    def __init__(self, client: ClientAPI, name: str, model_name: str, dimension: int) -> None:
        self.name = name
        self._client = client
        try:
            self._collection: Collection = client.get_or_create_collection(
                name,
                embedding_function=None,
                configuration={"hnsw": {"space": "cosine"}},
                metadata={"embed_model": model_name, "embed_dim": dimension, "revision": 0},
            )
        except Exception as error:
            raise StoreError(f"Koleksi Chroma '{name}' tidak dapat dibuka: {error}") from error
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

    def version(self) -> str:
        """Changes on every write, and when the collection is dropped and made anew."""
        fresh = self._client.get_collection(self.name)
        return f"{fresh.id}:{(fresh.metadata or {}).get('revision', 0)}"

    def bump_revision(self) -> None:
        """A random token rather than a counter: two writers bumping at once cannot both write
        the same value, so no reader misses a change."""
        metadata = dict(self._collection.metadata or {})
        metadata["revision"] = secrets.randbits(62)
        self._collection.modify(metadata=metadata)

    def count(self) -> int:
        return self._collection.count()

    def upsert(
        self, records: Sequence[Record], vectors: Sequence[Sequence[float]], bump: bool = True
    ) -> None:
        """`bump=False` lets a caller write several collections and bump once at the end."""
        for first in range(0, len(records), PAGE):
            page = records[first : first + PAGE]
            self._collection.upsert(
                ids=[r.id for r in page],
                documents=[r.text for r in page],
                metadatas=[r.metadata for r in page],  # type: ignore[misc]
                embeddings=[list(v) for v in vectors[first : first + PAGE]],  # type: ignore[arg-type]
            )
        if records and bump:
            self.bump_revision()

    def delete(self, where: Where, bump: bool = True) -> int:
        existing = sorted(self.ids(where))
        for first in range(0, len(existing), PAGE):
            self._collection.delete(ids=existing[first : first + PAGE])
        if existing and bump:
            self.bump_revision()
        return len(existing)

    def ids(self, where: Where | None = None) -> set[str]:
        return {r.id for r in self.pages(where, include=())}

    def pages(
        self, where: Where | None = None, include: Sequence[str] = ("metadatas", "documents")
    ) -> Iterator[Record]:
        """Every matching record, PAGE at a time."""
        offset = 0
        while True:
            result = self._collection.get(
                where=where,
                limit=PAGE,
                offset=offset,
                include=list(include),  # type: ignore[arg-type]
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
            result = self._collection.get(
                where=where, ids=ids[first : first + PAGE], include=["documents", "metadatas"]
            )
            records.extend(_records(result))
        return records

    def embeddings(self, ids: list[str]) -> dict[str, list[float]]:
        vectors: dict[str, list[float]] = {}
        for first in range(0, len(ids), PAGE):
            result = self._collection.get(ids=ids[first : first + PAGE], include=["embeddings"])
            vectors.update(zip(result["ids"], result["embeddings"], strict=True))  # type: ignore[arg-type]
        return vectors

    def query(self, vector: Sequence[float], k: int, where: Where | None = None) -> list[Record]:
        """No `count()` first: Chroma returns fewer than `k` when fewer match."""
        result = self._collection.query(
            query_embeddings=[list(vector)],  # type: ignore[arg-type]
            n_results=k,
            where=where,
            include=["documents", "metadatas", "distances"],
        )
        return [
            Record(id=i, text=doc or "", metadata=dict(meta or {}), distance=dist)  # type: ignore[arg-type]
            for i, doc, meta, dist in zip(
                result["ids"][0],
                (result["documents"] or [[]])[0],
                (result["metadatas"] or [[]])[0],
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


class ChangeLog:
    """An append-only list of changed keys in the shared store, for processes that keep derived
    indexes of their own (each may sit on another host): they read the entries since their
    cursor and redo just those keys. Entries are written after the data they announce, so a
    reader that sees an entry also sees its data; readers re-read `GRACE_MS` back to cover clock
    skew and writes in flight, and skip the ids they have already applied."""

    GRACE_MS = 60_000

    def __init__(self, client: ClientAPI, name: str) -> None:
        try:
            self._collection = client.get_or_create_collection(name, embedding_function=None)
        except Exception as error:
            raise StoreError(f"Koleksi Chroma '{name}' tidak dapat dibuka: {error}") from error

    def append(self, keys: Sequence[str]) -> list[Change]:
        now = now_ms()
        changes = [Change(f"{now:015d}-{uuid.uuid4().hex[:12]}", now, key) for key in keys]
        for first in range(0, len(changes), PAGE):
            page = changes[first : first + PAGE]
            self._collection.add(
                ids=[c.id for c in page],
                metadatas=[{"ts": c.ts, "key": c.key} for c in page],
                embeddings=[[1.0] for _ in page],  # type: ignore[arg-type]
            )
        return changes

    def since(self, cursor_ms: int) -> list[Change]:
        """Entries from `GRACE_MS` before the cursor on, oldest first."""
        changes: list[Change] = []
        offset = 0
        while True:
            result = self._collection.get(
                where={"ts": {"$gte": cursor_ms - self.GRACE_MS}},  # type: ignore[dict-item]
                limit=PAGE,
                offset=offset,
                include=["metadatas"],  # type: ignore[list-item]
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
