"""A Chroma collection pair (passages + whole documents), embedded on disk or on a server.

Each collection records the embedding model and dimension it was built with, and a revision
number bumped on every write so that other processes (and the lexical index) notice changes.
"""

from __future__ import annotations

from collections.abc import Sequence
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

    def _revision(self) -> int:
        """Reads the revision another process may have bumped."""
        fresh = self._client.get_collection(self.name)
        return int((fresh.metadata or {}).get("revision", 0))

    def version(self) -> str:
        """Changes on every write, and when the collection is dropped and made anew."""
        fresh = self._client.get_collection(self.name)
        return f"{fresh.id}:{(fresh.metadata or {}).get('revision', 0)}"

    def _bump_revision(self) -> None:
        metadata = dict(self._collection.metadata or {})
        metadata["revision"] = self._revision() + 1
        self._collection.modify(metadata=metadata)

    def count(self) -> int:
        return self._collection.count()

    def upsert(self, records: Sequence[Record], vectors: Sequence[Sequence[float]]) -> None:
        if not records:
            return
        self._collection.upsert(
            ids=[r.id for r in records],
            documents=[r.text for r in records],
            metadatas=[r.metadata for r in records],  # type: ignore[misc]
            embeddings=[list(v) for v in vectors],  # type: ignore[arg-type]
        )
        self._bump_revision()

    def delete(self, where: Where) -> int:
        existing = self._collection.get(where=where, include=[])["ids"]
        if existing:
            self._collection.delete(ids=existing)
            self._bump_revision()
        return len(existing)

    def ids(self, where: Where) -> set[str]:
        return set(self._collection.get(where=where, include=[])["ids"])

    def get(self, where: Where | None = None, ids: list[str] | None = None) -> list[Record]:
        result = self._collection.get(where=where, ids=ids, include=["documents", "metadatas"])
        return [
            Record(id=i, text=doc or "", metadata=dict(meta or {}))  # type: ignore[arg-type]
            for i, doc, meta in zip(
                result["ids"], result["documents"] or [], result["metadatas"] or [], strict=True
            )
        ]

    def query(self, vector: Sequence[float], k: int, where: Where | None = None) -> list[Record]:
        total = self.count()
        if total == 0:
            return []
        result = self._collection.query(
            query_embeddings=[list(vector)],  # type: ignore[arg-type]
            n_results=min(k, total),
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


def drop_collection(client: ClientAPI, name: str) -> None:
    if name in {c.name for c in client.list_collections()}:
        client.delete_collection(name)
