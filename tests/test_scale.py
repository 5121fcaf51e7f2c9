"""Past SQLite's 32,766-variable limit: a real Chroma store of more than 33k passages, built
quickly from cheap random vectors written straight through `NewsIndex.write_articles`; and the
lexical index shared by two processes writing to the same data dir at once."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from qa.api import TanyaService
from qa.index import ArticleWrite, NewsIndex, date_key
from qa.models import Article
from qa.retrieve import Filters
from qa.text.sentences import split_sentences
from qa.text.tokens import ANALYZER_VERSION, analyze
from tests.conftest import CORPUS, make_service
from vectorstore.chroma_store import Record
from vectorstore.lexical import LexicalDoc, LexicalFilter, LexicalIndex

ARTICLES, CHUNKS_PER_ARTICLE = 332, 100  # 33,200 passages
CHEAP = "hashing:16"
CITIES = ["Medan", "Makassar", "Kupang", "Ambon", "Jayapura", "Padang", "Manado", "Mataram"]


def _synthetic_writes(index: NewsIndex, first: int, count: int) -> list[ArticleWrite]:
    rng = np.random.default_rng(first)
    writes = []
    for n in range(first, first + count):
        city = CITIES[n % len(CITIES)]
        sentences = [
            f"Warga {city} nomor {n} membangun jembatan ke-{k} sepanjang {n % 97 + k} meter."
            for k in range(CHUNKS_PER_ARTICLE)
        ]
        published = dt.date(2000 + n % 25, 1 + n % 12, 1 + n % 28)
        article = Article(
            id=f"sintetis-{n}",
            title=f"Jembatan {city} {n}",
            source=f"Harian {n % 5}",
            published=published,
            text=" ".join(sentences),
        )
        # Only what retrieval reads: fewer metadata rows keep Chroma's writes cheap here.
        base = {
            "article_id": article.id,
            "source": article.source,
            "published": date_key(published),
        }
        vectors = rng.standard_normal((CHUNKS_PER_ARTICLE + 1, index.embedding.dimension))
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        starts = [article.text.index(s) for s in sentences]
        chunks = [
            Record(
                id=f"{article.id}::0::{k}",
                text=s,
                metadata={**base, "chunk_index": k, "start": starts[k], "end": starts[k] + len(s)},
            )
            for k, s in enumerate(sentences)
        ]
        writes.append(
            ArticleWrite(
                document=Record(
                    id=article.id,
                    text=article.text,
                    metadata={**base, "fingerprint": "0", "content_hash": article.id},
                ),
                document_vector=vectors[-1].tolist(),
                chunks=chunks,
                chunk_vectors=vectors[:-1].tolist(),
                sentence_starts=starts,
                sentence_vectors=vectors[:-1].astype(np.float32),
                replaces=False,
            )
        )
    return writes


def test_every_operation_works_past_32766_passages(tmp_path: Path) -> None:
    service = make_service(tmp_path / "a", corpus_dir=tmp_path / "none", embed_model=CHEAP)
    index = service.index
    index.fresh_lexical()  # as ingest does before writing: the writes then index in place
    for first in range(0, ARTICLES, 50):
        index.write_articles(_synthetic_writes(index, first, min(50, ARTICLES - first)))
    total = ARTICLES * CHUNKS_PER_ARTICLE
    assert total > 32_766
    assert index.chunks.count() == total and len(index.chunks.ids()) == total

    answer = service.ask("Berapa panjang jembatan warga Kupang nomor 234?")
    assert answer.passages and answer.passages[0].article.id == "sintetis-234"
    filtered = service.retriever.retrieve(
        "jembatan Medan", 5, filters=Filters(sources=["Harian 3"])
    )
    assert filtered and {p.article.source for p in filtered} == {"Harian 3"}
    assert {str(y) for y in range(2000, 2025)} <= index.published_years()
    assert len(service.articles()) == ARTICLES
    harian_3 = sum(1 for n in range(ARTICLES) if n % 5 == 3) * CHUNKS_PER_ARTICLE
    assert len(index.chunks.get(where={"source": "Harian 3"})) == harian_3

    report = service.ingest([CORPUS / "zelensky-tiba-di-markas-nato.md"])
    assert report.count("added") == 1
    assert service.remove("sintetis-7") == CHUNKS_PER_ARTICLE
    assert index.chunks.count() == total - CHUNKS_PER_ARTICLE + report.chunks_written
    assert [h for h, _ in index.fresh_lexical().search("warga nomor 7 jembatan", 50)] and all(
        not h.startswith("sintetis-7::") for h, _ in index.fresh_lexical().search("nomor 7", 50)
    )

    # A process without a lexical index of its own (e.g. another host on the same server) reads
    # every passage once, in pages, then follows the change log.
    other = make_service(tmp_path / "a", corpus_dir=tmp_path / "none", embed_model=CHEAP)
    own = LexicalIndex(tmp_path / "b" / "lexical.sqlite3", analyze, ANALYZER_VERSION)
    other.index.__dict__["lexical"] = own
    other.index.fresh_lexical()
    assert other.index.syncs == [("full", index.chunks.count())]
    service.remove("sintetis-8")
    hits = other.index.fresh_lexical().search("Warga nomor 8 jembatan", 50)
    assert hits and not any(h.startswith("sintetis-8::") for h, _ in hits)
    # Only the removed article: the writes the full read already covered (the whole build,
    # logged within the last minute) are not replayed.
    assert other.index.syncs == [("full", index.chunks.count() + CHUNKS_PER_ARTICLE), ("log", 1)]
    service.remove("sintetis-9")
    other.index.fresh_lexical()
    assert other.index.syncs[-1] == ("log", 1)  # only the removed article is redone


def _writer(path: str, worker: int) -> None:
    index = LexicalIndex(Path(path), analyzer=str.split, analyzer_version="v")
    for n in range(40):
        group = f"w{worker}-{n}"
        index.replace([group], [LexicalDoc(f"{group}::0", group, f"kata{worker} nomor{n}", {})])
        if n % 3 == 0:
            index.replace([f"w{worker}-{n - 1}"], [])


def test_two_processes_write_one_lexical_index_at_once(tmp_path: Path) -> None:
    path = tmp_path / "lexical.sqlite3"
    reader = LexicalIndex(path, analyzer=str.split, analyzer_version="v")
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_writer, args=(str(path), w)) for w in (1, 2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
        assert worker.exitcode == 0
    removed = {n - 1 for n in range(40) if n % 3 == 0 and n > 0}
    expected = 2 * (40 - len(removed))
    assert len(reader.search("kata1 kata2", 500)) == expected  # caught up from the change rows
    assert len(LexicalIndex(path, analyzer=str.split, analyzer_version="v")) == expected
    assert reader.unknown_terms(["nomor2", "nomor37"]) == ["nomor2"]


def test_sentence_vectors_are_stored_at_ingest(fresh_service: TanyaService) -> None:
    fresh_service.ingest([CORPUS / "zelensky-tiba-di-markas-nato.md"])
    article = fresh_service.article("zelensky-tiba-di-markas-nato")
    assert article is not None
    spans = split_sentences(article.text)
    keys = [(article.id, s.start) for s in spans] + [("tidak-ada", 0)]
    vectors = fresh_service.index.sentence_vectors(keys)
    assert set(vectors) == set(keys[:-1])
    first = article.text[spans[0].start : spans[0].end]
    expected = np.array(fresh_service.index.embedding.get_text_embedding(first), np.float32)
    stored = vectors[keys[0]]
    assert stored.dtype == np.float32
    assert float(stored @ expected) > 0.999


def test_passage_vectors_are_kept_beside_the_lexical_index(
    fresh_service: TanyaService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ranking a few lexical candidates by similarity reads their vectors from the local copy,
    written at ingest and on every catch-up, not from Chroma (a round trip per question)."""
    index = fresh_service.index
    fresh_service.ingest([CORPUS / "zelensky-tiba-di-markas-nato.md"])
    ids = sorted(index.chunks.ids())
    stored = index.chunks.embeddings(ids)
    local = index.lexical.vectors(ids)
    assert set(local) == set(ids)
    assert all(np.allclose(local[i], stored[i], atol=1e-6) for i in ids)
    query = index.query_vector("Kapan Zelensky tiba di markas NATO?")
    expected = [r.id for r in index.chunks.nearest_among(query, 3, ids)]

    def no_read(_: list[str]) -> dict[str, list[float]]:
        raise AssertionError("read from Chroma")

    monkeypatch.setattr(index.chunks, "embeddings", no_read)
    assert [r.id for r in index.nearest_among(query, 3, ids)] == expected
    monkeypatch.undo()
    # a lexical index built afresh from the store (a new data dir on a shared server, a
    # reindex) has them too
    index.lexical.clear()
    assert index.lexical.vectors(ids) == {}
    index.fresh_lexical()
    assert index.syncs[-1][0] == "full"
    assert set(index.lexical.vectors(ids)) == set(ids)


def test_a_lexical_index_without_vector_column_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "lexical.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(
        "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        "INSERT INTO meta VALUES ('analyzer', 'v');"
        "CREATE TABLE docs(row INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, "
        "grp TEXT NOT NULL, date INTEGER NOT NULL, source TEXT NOT NULL, length INTEGER NOT "
        "NULL, terms BLOB NOT NULL, text TEXT NOT NULL, metadata TEXT NOT NULL);"
        "INSERT INTO docs VALUES (1, 'a', 'g', 0, '', 1, x'00000000', 'teks', '{}');"
    )
    old.commit()
    old.close()
    index = LexicalIndex(path, analyzer=str.split, analyzer_version="v")
    assert len(index) == 0  # emptied: the caller re-adds every document with its vector
    vector = np.arange(4, dtype=np.float32)
    index.replace([], [LexicalDoc("b", "g", "teks baru", {}, vector=vector)])
    assert np.array_equal(index.vectors(["b", "a"])["b"], vector)


def test_a_new_process_starts_from_the_snapshot_and_replays_only_later_changes(
    tmp_path: Path,
) -> None:
    path = tmp_path / "lexical.sqlite3"
    snapshot = tmp_path / "lexical.sqlite3.main.npz"

    def opened() -> LexicalIndex:
        return LexicalIndex(path, analyzer=str.split, analyzer_version="v")

    def found(index: LexicalIndex) -> set[str]:
        return {doc_id for doc_id, _ in index.search("kata", 100)}

    writer = opened()
    writer.replace([], [LexicalDoc(f"d{n}", f"g{n}", f"kata nomor{n}", {}) for n in range(10)])
    writer.replace(["g3"], [])
    assert found(opened()) == {f"d{n}" for n in range(10)} - {"d3"}  # empty snapshot + log

    snapshot.unlink()
    assert found(opened()) == {f"d{n}" for n in range(10)} - {"d3"}  # full build...
    assert snapshot.exists()  # ...which leaves a snapshot of all nine
    stale = snapshot.read_bytes()
    writer.replace(["g4"], [LexicalDoc("d10", "g10", "kata baru", {})])
    assert found(opened()) == {f"d{n}" for n in range(11)} - {"d3", "d4"}

    writer.clear()
    writer.replace([], [LexicalDoc("e0", "h0", "kata lain", {})])
    snapshot.write_bytes(stale)  # a snapshot from before the clear is of other documents
    assert found(opened()) == {"e0"}
    assert len(opened()) == 1


def _unit(*values: float) -> np.ndarray:
    vector = np.array(values, np.float32)
    return vector / np.linalg.norm(vector)


NEAREST_CASES = [
    # (query, filter, expected ids best first)
    ((1.0, 0.0, 0.0), None, ["timur", "timur-laut", "utara"]),
    ((0.0, 1.0, 0.0), None, ["utara", "timur-laut", "timur"]),
    ((1.0, 0.0, 0.0), LexicalFilter(sources=["Harian B"]), ["timur-laut", "utara"]),
    ((1.0, 0.0, 0.0), LexicalFilter(date_min=20240101), ["timur-laut"]),
    ((0.0, 0.0, 1.0), LexicalFilter(sources=["Tidak Ada"]), []),
]


@pytest.mark.parametrize(("query", "where", "expected"), NEAREST_CASES)
def test_nearest_is_exact_cosine_under_the_filter(
    tmp_path: Path, query: tuple[float, ...], where: LexicalFilter | None, expected: list[str]
) -> None:
    """Exact similarity over the held vectors; a document stored without a vector, or removed,
    is never a dense candidate; documents added after the main segment (the delta) count."""
    index = LexicalIndex(tmp_path / "l.sqlite3", str.split, "v", vectors_up_to=100)
    index.replace(
        [],
        [
            LexicalDoc("timur", "g1", "a", {}, 20230105, "Harian A", _unit(1, 0, 0)),
            LexicalDoc("tanpa", "g2", "a", {}, 20230105, "Harian A"),  # no vector
            LexicalDoc("hapus", "g3", "a", {}, 20230105, "Harian B", _unit(1, 0, 0)),
        ],
    )
    index.replace(["g3"], [])
    index.replace([], [LexicalDoc("utara", "g4", "a", {}, 20230105, "Harian B", _unit(0, 2, 0))])
    index.replace(
        [], [LexicalDoc("timur-laut", "g5", "a", {}, 20240105, "Harian B", _unit(1, 1, 0))]
    )
    found = index.nearest(list(query), 3, where)
    assert found is not None and [doc_id for doc_id, _ in found] == expected
    if expected:
        best = {"timur": _unit(1, 0, 0), "utara": _unit(0, 1, 0), "timur-laut": _unit(1, 1, 0)}
        assert found[0][1] == pytest.approx(float(best[expected[0]] @ _unit(*query)), abs=1e-6)


def test_nearest_declines_past_the_size_it_holds_vectors_for(tmp_path: Path) -> None:
    """Past `vectors_up_to` passages the vectors are not held in memory (the caller asks the
    vector store's graph); a new process reads them from the snapshot, not rebuilding."""
    path = tmp_path / "l.sqlite3"
    docs = [LexicalDoc(f"d{n}", f"g{n}", "a", {}, vector=_unit(1, n, 0)) for n in range(4)]
    index = LexicalIndex(path, str.split, "v", vectors_up_to=3)
    index.replace([], docs[:2])
    assert [d for d, _ in index.nearest([1.0, 0.0, 0.0], 1) or []] == ["d0"]
    reopened = LexicalIndex(path, str.split, "v", vectors_up_to=3)
    assert [d for d, _ in reopened.nearest([0.0, 1.0, 0.0], 1) or []] == ["d1"]
    index.replace([], docs[2:])
    assert index.nearest([1.0, 0.0, 0.0], 1) is None
    assert LexicalIndex(path, str.split, "v", vectors_up_to=3).nearest([1.0, 0, 0], 1) is None
    assert LexicalIndex(path, str.split, "v", vectors_up_to=10).nearest([1.0, 0, 0], 1) == [
        ("d0", pytest.approx(1.0))
    ]


def test_sentence_vectors_are_read_beside_the_lexical_index(
    fresh_service: TanyaService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A question's sentence vectors come from the copy the write left beside the lexical index,
    not from Chroma (a round trip per question); a data dir built from a store others wrote
    lacks the copy and reads Chroma, until the change log brings articles in with theirs."""
    index = fresh_service.index
    fresh_service.ingest([CORPUS / "zelensky-tiba-di-markas-nato.md"])
    article = fresh_service.article("zelensky-tiba-di-markas-nato")
    assert article is not None
    keys = [(article.id, s.start) for s in split_sentences(article.text)]
    in_chroma = index._stored_sentence_vectors([article.id])[article.id]

    def no_read(*_: object, **__: object) -> None:
        raise AssertionError("read from Chroma")

    with monkeypatch.context() as patched:
        patched.setattr(index.sentences, "get", no_read)
        local = index.sentence_vectors(keys)
    assert list(local) == keys
    assert np.allclose(np.stack(list(local.values())), in_chroma[1])

    other = make_service(
        fresh_service.settings.data_dir, corpus_dir=fresh_service.settings.corpus_dir
    )
    own = LexicalIndex(fresh_service.settings.data_dir / "own.sqlite3", analyze, ANALYZER_VERSION)
    other.index.__dict__["lexical"] = own
    other.index.fresh_lexical()
    assert other.index.syncs[-1][0] == "full" and own.group_vectors([article.id]) == {}
    assert other.index.sentence_vectors(keys).keys() == local.keys()  # from Chroma
    fresh_service.ingest([CORPUS / "zelensky-ktt-nato-vilnius.md"])
    other.index.fresh_lexical()
    assert other.index.syncs[-1] == ("log", 1)
    assert list(own.group_vectors(["zelensky-ktt-nato-vilnius"])) == ["zelensky-ktt-nato-vilnius"]
    fresh_service.remove("zelensky-ktt-nato-vilnius")
    assert index.lexical.group_vectors(["zelensky-ktt-nato-vilnius"]) == {}


def test_nearest_declines_when_no_vector_is_held_for_the_query(tmp_path: Path) -> None:
    """Documents stored without vectors (or another model's) are no "no match": the caller
    asks the vector store. An article without sentences keeps an empty matrix."""
    index = LexicalIndex(tmp_path / "l.sqlite3", str.split, "v", vectors_up_to=100)
    index.replace([], [LexicalDoc("tanpa", "g1", "a", {})])
    assert index.nearest([1.0, 0.0, 0.0], 3) is None
    index.replace([], [LexicalDoc("dua", "g2", "a", {}, vector=_unit(1, 0))])
    assert index.nearest([1.0, 0.0, 0.0], 3) is None  # two dimensions held, three asked
    empty = (np.zeros(0, np.int64), np.zeros((0, 3), np.float32))
    index.replace(["g3"], [], group_vectors={"g3": empty})
    keys, vectors = index.group_vectors(["g3"])["g3"]
    assert len(keys) == 0 and len(vectors) == 0
