"""Ingest into a real Chroma store on disk: idempotence, replace, remove, duplicates, bad files,
model records, corrupt stores and unreachable servers."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from qa.api import TanyaService
from qa.ingest.load import load_article
from tests.conftest import CORPUS, PORT_ARTICLE, make_service
from vectorstore.chroma_store import ModelMismatchError, StoreError, open_client


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_reingesting_unchanged_corpus_writes_nothing(fresh_service: TanyaService) -> None:
    first = fresh_service.ingest([CORPUS])
    assert first.count("added") == 5 and first.chunks_written > 20
    total = fresh_service.index.chunks.count()
    assert total == first.chunks_written
    second = fresh_service.ingest([CORPUS])
    assert second.count("unchanged") == 5 and second.chunks_written == 0
    assert fresh_service.index.chunks.count() == total


def test_changed_article_replaces_its_chunks(fresh_service: TanyaService, tmp_path: Path) -> None:
    path = _write(tmp_path / "in", "a.md", PORT_ARTICLE)
    fresh_service.ingest([path])
    old_ids = {
        r.id for r in fresh_service.index.chunks.get(where={"article_id": "pelabuhan-kota-lautan"})
    }
    path.write_text(PORT_ARTICLE.replace("40 kapal", "55 kapal"), encoding="utf-8")
    report = fresh_service.ingest([path])
    assert report.count("replaced") == 1
    records = fresh_service.index.chunks.get(where={"article_id": "pelabuhan-kota-lautan"})
    assert not old_ids & {r.id for r in records}
    assert any("55 kapal" in r.text for r in records) and not any(
        "40 kapal" in r.text for r in records
    )
    assert "55" in {t for t in fresh_service.index.fresh_lexical().analyzer("55 kapal")}
    hits = fresh_service.index.fresh_lexical().search("40 kapal", 5)
    assert all("40 kapal" not in fresh_service.index.chunks.get(ids=[h])[0].text for h, _ in hits)


def test_remove_deletes_chunks_and_lexical_hits(
    fresh_service: TanyaService, tmp_path: Path
) -> None:
    fresh_service.ingest([_write(tmp_path / "in", "a.md", PORT_ARTICLE)])
    assert fresh_service.index.fresh_lexical().search("pelabuhan Kota Lautan", 5)
    assert fresh_service.remove("pelabuhan-kota-lautan") > 0
    assert fresh_service.index.chunks.get(where={"article_id": "pelabuhan-kota-lautan"}) == []
    assert fresh_service.article("pelabuhan-kota-lautan") is None
    assert fresh_service.index.fresh_lexical().search("pelabuhan Kota Lautan", 5) == []
    assert fresh_service.remove("pelabuhan-kota-lautan") == 0


def test_same_story_under_another_name_is_a_duplicate(
    fresh_service: TanyaService, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    _write(folder, "a.md", PORT_ARTICLE)
    _write(
        folder, "b.md", PORT_ARTICLE.replace("id: pelabuhan-kota-lautan", "id: salinan-pelabuhan")
    )
    report = fresh_service.ingest([folder])
    assert report.count("added") == 1 and report.count("duplicate") == 1
    assert fresh_service.index.documents.count() == 1


def test_broken_files_are_reported_and_lose_nothing(
    fresh_service: TanyaService, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    _write(folder, "good.md", PORT_ARTICLE)
    _write(folder, "bad.md", "---\nid: [unclosed\n---\nTeks.\n")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02garbage")
    _write(folder, "empty.txt", "\n\n")
    report = fresh_service.ingest([folder])
    assert report.count("added") == 1
    assert len(report.errors) == 3
    assert any("bad.md" in e and "YAML" in e for e in report.errors)
    assert any("binary.txt" in e and "bukan file teks" in e for e in report.errors)


def test_raw_scrape_ingests_through_the_cleaner(
    fresh_service: TanyaService, tmp_path: Path
) -> None:
    raw = _write(
        tmp_path / "in",
        "scrape.txt",
        "Pelabuhan Kota Lautan Diresmikan\nADVERTISEMENT\nJAKARTA - Menteri Kelautan Budi Santoso "
        "meresmikan pelabuhan pada Senin (6/11/2023).\nBaca juga: Judul Lain\n",
    )
    report = fresh_service.ingest([raw])
    assert report.count("added") == 1
    article = fresh_service.article("pelabuhan-kota-lautan-diresmikan")
    assert article is not None and article.dateline == "Jakarta"
    assert "ADVERTISEMENT" not in article.text and "Baca juga" not in article.text


def test_changing_the_model_is_a_clear_error(tmp_path: Path) -> None:
    service = make_service(tmp_path / "data", corpus_dir=tmp_path / "none")
    service.index.chunks.count()
    client = open_client(tmp_path / "data" / "chroma")
    from vectorstore.chroma_store import VectorCollection

    with pytest.raises(ModelMismatchError, match="tanya reindex"):
        VectorCollection(client, "tanya_berita", "sentence-transformers:lain", 768)


def test_corrupt_store_is_a_clear_error(tmp_path: Path) -> None:
    service = make_service(tmp_path / "data", corpus_dir=CORPUS)
    service.ingest([CORPUS / "zelensky-tiba-di-markas-nato.md"])
    sqlite = tmp_path / "data" / "chroma" / "chroma.sqlite3"
    del service
    sqlite.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match=r"rusak|tidak terbaca|reindex"):
        make_service(tmp_path / "data", corpus_dir=CORPUS).index.chunks.count()


def test_unreachable_server_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="tidak dapat dihubungi"):
        open_client(url="http://127.0.0.1:9")


def test_reindex_rebuilds_from_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    service = make_service(tmp_path / "data", corpus_dir=corpus)
    service.ensure_index()
    before = service.index.chunks.count()
    report = service.reindex()
    assert report.count("added") == 5 and service.index.chunks.count() == before


def test_loaded_article_offsets_match_chunks(fresh_service: TanyaService) -> None:
    article = load_article(CORPUS / "zelensky-tiba-di-markas-nato.md")
    fresh_service.ingest([CORPUS / "zelensky-tiba-di-markas-nato.md"])
    for record in fresh_service.index.chunks.get(where={"article_id": article.id}):
        start, end = int(record.metadata["start"]), int(record.metadata["end"])
        assert article.text[start:end] == record.text


def test_two_stories_with_the_same_id_in_one_batch_are_both_kept(
    fresh_service: TanyaService, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    _write(folder, "a.md", PORT_ARTICLE)
    _write(
        folder, "b.md", PORT_ARTICLE.replace("40 kapal sekaligus", "kapal pesiar dan kapal barang")
    )
    report = fresh_service.ingest([folder])
    assert report.count("added") == 2
    assert fresh_service.index.documents.count() == 2


def test_reindex_recovers_from_a_model_mismatch_and_refreshes_bm25(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    data = tmp_path / "data"
    built = make_service(data, corpus_dir=corpus)
    built.ensure_index()
    client = open_client(data / "chroma")
    from vectorstore.chroma_store import VectorCollection

    # Pretend the stored collection came from another model: opening it must fail clearly...
    stored = VectorCollection(client, "tanya_berita", built.index.embedding.model_name, 384)
    stored.chroma.modify(metadata={**(stored.chroma.metadata or {}), "embed_model": "lain"})
    with pytest.raises(ModelMismatchError):
        make_service(data, corpus_dir=corpus).index.chunks.count()
    # ...and `reindex` must fix it, with chunking changed too, leaving BM25 in step with Chroma.
    fixed = make_service(data, corpus_dir=corpus, chunk_sentences=2)
    report = fixed.reindex()
    assert report.count("added") == 5
    chunk_ids = {r.id for r in fixed.index.chunks.get()}
    hits = fixed.index.fresh_lexical().search("Zelensky markas NATO Brussels", 5)
    assert hits and all(chunk_id in chunk_ids for chunk_id, _ in hits)


def test_impossible_front_matter_date_is_reported_not_raised(
    fresh_service: TanyaService, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    _write(folder, "good.md", PORT_ARTICLE)
    _write(folder, "bad-date.md", PORT_ARTICLE.replace("'2023-11-06'", "2023-02-30"))
    report = fresh_service.ingest([folder])
    assert report.count("added") == 1
    assert any("bad-date.md" in error for error in report.errors)
