"""Hybrid retrieval on a real store: filters on both retrievers, near-duplicates folded away."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from qa.api import TanyaService
from qa.retrieve import Filters

STORY = """---
id: {id}
title: Pelabuhan Baru di Kota Lautan
source: {source}
published: '2023-11-06'
---

Menteri Kelautan Budi Santoso meresmikan pelabuhan baru di Kota Lautan pada Senin (6/11/2023).

Pelabuhan itu mampu menampung 40 kapal sekaligus dan dibangun selama tiga tahun.

Warga setempat menyambut peresmian itu dengan pawai perahu hias{ending}
"""


def test_same_story_in_two_outlets_does_not_crowd_results(
    fresh_service: TanyaService, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.md").write_text(STORY.format(id="a", source="Harian A", ending="."), "utf-8")
    (folder / "b.md").write_text(
        STORY.format(id="b", source="Harian B", ending=" di pantai."), "utf-8"
    )
    report = fresh_service.ingest([folder])
    assert report.count("added") == 2  # not identical, so both are kept as articles
    passages = fresh_service.retriever.retrieve("Siapa yang meresmikan pelabuhan baru?", 4)
    texts = [p.chunk.text for p in passages]
    assert len(texts) == len(set(texts))
    openings = [t for t in texts if t.startswith("Menteri Kelautan Budi Santoso")]
    assert len(openings) == 1, texts


def test_filters_apply_to_dense_and_lexical_retrieval(service: TanyaService) -> None:
    only_kompas = Filters(sources=["Kompas.com"])
    for mode in ("dense", "lexical", "hybrid"):
        passages = service.retriever.retrieve("Stoltenberg NATO Ukraina", 8, only_kompas, mode)
        assert passages and {p.article.source for p in passages} == {"Kompas.com"}, mode
    window = Filters(date_from=dt.date(2023, 7, 1), date_to=dt.date(2023, 7, 31))
    for mode in ("dense", "lexical"):
        passages = service.retriever.retrieve("Vilnius", 8, window, mode)
        assert passages and all(
            p.article.published
            and dt.date(2023, 7, 1) <= p.article.published <= dt.date(2023, 7, 31)
            for p in passages
        ), mode


def test_english_question_gets_lexical_hits_through_the_glossary(service: TanyaService) -> None:
    question, _, passages = service.retrieve("Which Hungarian leader rejected sending troops?")
    assert question.language == "en" and question.type == "siapa"
    assert passages[0].article.id == "nato-setujui-bantuan-keamanan-ukraina"
    assert any("Orban" in p.chunk.text for p in passages[:2])
