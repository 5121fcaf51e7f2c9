"""An embedding backend as a llama-index `BaseEmbedding`, for the places llama-index itself
embeds (its `VectorStoreIndex` baseline in `tanya eval --baselines`). Kept apart so that only
those places pay llama-index's import time."""

from __future__ import annotations

from typing import Any

from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr

from vectorstore.embeddings import TextEmbedding


class _Adapter(BaseEmbedding):
    _inner: Any = PrivateAttr()

    def __init__(self, inner: TextEmbedding) -> None:
        super().__init__(model_name=inner.model_name, embed_batch_size=inner.batch_size)
        self._inner = inner

    def _get_query_embedding(self, query: str) -> list[float]:
        return list(self._inner.get_query_embedding(query))

    def _get_text_embedding(self, text: str) -> list[float]:
        return list(self._inner.get_text_embedding(text))

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return list(self._inner.get_text_embedding_batch(texts))

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)


def as_llama_index(embedding: TextEmbedding) -> BaseEmbedding:
    return _Adapter(embedding)
