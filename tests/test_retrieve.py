"""Hybrid retrieval on a real store: filters on both retrievers, near-duplicates folded away."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest

from qa import retrieve
from qa.api import TanyaService
from qa.retrieve import Filters
from qa.text.dates import asked_period
from vectorstore.lexical import LexicalIndex

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


@pytest.mark.parametrize("exact_limit", [10_000, 0])  # filter listed exactly / sampled
@pytest.mark.parametrize("held_vectors", [True, False])  # a small store / one past the limit
def test_dense_search_under_a_filter_finds_what_it_admits(
    service: TanyaService, exact_limit: int, held_vectors: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every passage of the one Kompas.com article is a dense candidate (Chroma's own filtered
    search returned 1 of 6 at scale), and a broad filter's sample keeps only what it admits;
    from the vectors the lexical index holds and from Chroma alike."""
    monkeypatch.setattr(retrieve, "_EXACT_FILTER_LIMIT", exact_limit)
    if not held_vectors:
        monkeypatch.setattr(LexicalIndex, "nearest", lambda *_: None)
    kompas = len(service.index.chunks.get(where={"source": "Kompas.com"}))
    passages = service.retriever.retrieve(
        "Zelensky markas NATO", 20, Filters(sources=["Kompas.com"]), "dense"
    )
    assert {p.article.source for p in passages} == {"Kompas.com"}
    assert all(p.dense_score is not None for p in passages)
    if exact_limit or held_vectors:
        assert len(passages) == kompas


def test_a_small_store_is_searched_exactly_without_asking_chroma(
    service: TanyaService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dense list is the exact nearest by cosine over every passage, from the vectors held
    beside the lexical index: Chroma's graph is not asked."""
    index = service.index
    ids = sorted(index.chunks.ids())
    stored = index.chunks.embeddings(ids)
    query = np.array(index.query_vector("Kapan Zelensky tiba di markas NATO?"), np.float32)
    matrix = np.array([stored[i] for i in ids], np.float32)
    similarity = matrix @ query / np.linalg.norm(matrix, axis=1) / np.linalg.norm(query)
    expected = [ids[i] for i in np.argsort(-similarity)[:8]]

    def no_query(*_: object, **__: object) -> None:
        raise AssertionError("asked Chroma's graph")

    monkeypatch.setattr(index.chunks, "query", no_query)
    passages = service.retriever.retrieve(
        "Kapan Zelensky tiba di markas NATO?", 8, mode="dense", query_vector=query.tolist()
    )
    assert [p.chunk.id for p in passages] == expected
    assert passages[0].dense_score == pytest.approx(float(similarity.max()), abs=1e-5)


def test_english_question_gets_lexical_hits_through_the_glossary(service: TanyaService) -> None:
    question, _, passages = service.retrieve("Which Hungarian leader rejected sending troops?")
    assert question.language == "en" and question.type == "siapa"
    assert passages[0].article.id == "nato-setujui-bantuan-keamanan-ukraina"
    assert any("Orban" in p.chunk.text for p in passages[:2])


YEARLY = """---
id: pelabuhan-{year}
title: Pelabuhan Baru di Kota Lautan
source: Harian {colour}
published: '{year}-11-07'
---

Menteri Kelautan meresmikan pelabuhan baru di Kota Lautan pada Senin (6/11).

Pelabuhan itu mampu menampung 40 kapal sekaligus dan dibangun selama tiga tahun.

Warga setempat menyambut peresmian itu dengan pawai perahu {colour}.
"""
COLOURS = ["merah", "hijau", "biru", "ungu", "jingga", "kuning", "putih", "hitam", "cokelat"]


def test_among_near_identical_reports_the_year_asked_comes_first(
    fresh_service: TanyaService, tmp_path: Path
) -> None:
    """The same story in nine years, worded alike (BM25 scores them equally, and their order
    among themselves must not decide): the question's "November 2019" picks the 2019 report."""
    folder = tmp_path / "in"
    folder.mkdir()
    for year, colour in zip(range(2015, 2024), COLOURS, strict=True):
        (folder / f"{year}.md").write_text(YEARLY.format(year=year, colour=colour), "utf-8")
    assert fresh_service.ingest([folder]).count("added") == 9
    for question, year in [
        ("Berapa kapal yang bisa ditampung pelabuhan baru Kota Lautan pada November 2019?", 2019),
        ("pelabuhan kota lautan yg diresmikan november 2021 muat brp kapal", 2021),
        ("How many ships can the new Kota Lautan port hold, as reported in 2016?", 2016),
    ]:
        passages = fresh_service.retriever.retrieve(question, 3, period=asked_period(question))
        assert passages[0].article.published == dt.date(year, 11, 7), question


REPORT = (
    "Menteri Kelautan Budi Santoso meresmikan pelabuhan baru di {name} pada Senin pagi. "
    "Pelabuhan itu mampu menampung {n} kapal sekaligus dan dibangun selama tiga tahun oleh "
    "perusahaan negara. Warga setempat menyambut peresmian itu dengan pawai perahu hias di "
    "sepanjang pantai utara."
)


@pytest.mark.parametrize(
    ("scores", "texts", "expected"),
    [
        # distinct passages scoring alike each take a place: the next one is third
        ({"a": 9.0, "b": 9.0, "c": 5.0}, None, {"a": 0, "b": 0, "c": 2}),
        # three re-runs of one report (other names and numbers) count as one place
        (
            {"a": 9.0, "b": 9.0, "c": 9.0, "d": 5.0},
            {
                "a": REPORT.format(name="Lautan", n=40),
                "b": REPORT.format(name="Teluk", n=41),
                "c": REPORT.format(name="Tanjung", n=42),
                "d": "Warga menyambut peresmian itu dengan pawai perahu hias di pantai.",
            },
            {"a": 0, "b": 0, "c": 0, "d": 1},
        ),
        # alike in score but not in text: each counts
        (
            {"a": 9.0, "b": 9.0, "c": 5.0},
            {
                "a": REPORT.format(name="Lautan", n=40),
                "b": "Harga cabai di pasar induk naik dua kali lipat menjelang hari raya.",
                "c": "Warga menyambut peresmian itu dengan pawai perahu hias di pantai.",
            },
            {"a": 0, "b": 0, "c": 2},
        ),
        ({}, None, {}),
    ],
)
def test_copies_of_one_report_count_as_one_place_in_the_lexical_ranking(
    scores: dict[str, float], texts: dict[str, str] | None, expected: dict[str, int]
) -> None:
    shingles = None if texts is None else (lambda key: retrieve._shingles(texts[key]))
    assert retrieve._shared_ranks(scores, shingles) == expected


def test_lexical_search_keeps_ties_at_the_cut_and_scores_other_candidates(
    tmp_path: Path,
) -> None:
    from vectorstore.lexical import LexicalDoc, LexicalIndex

    index = LexicalIndex(tmp_path / "lexical.sqlite3", analyzer=str.split, analyzer_version="v")
    docs = [LexicalDoc(f"copy{n}", f"g{n}", "pelabuhan baru kota", {}) for n in range(6)]
    docs += [LexicalDoc("best", "best", "pelabuhan baru kota lautan", {})]
    docs += [LexicalDoc("weak", "weak", "pelabuhan lama", {})]
    docs += [LexicalDoc(f"other{n}", f"o{n}", "harga cabai naik", {}) for n in range(20)]
    index.replace([], docs)
    best, second = index.search("pelabuhan kota lautan", 2)
    assert best[0] == "best" and second[0].startswith("copy")
    tied = index.search("pelabuhan kota lautan", 2, tied=10)
    assert tied[0][0] == "best" and {d for d, _ in tied[1:]} == {f"copy{n}" for n in range(6)}
    assert len(index.search("pelabuhan kota lautan", 2, tied=3)) == 5  # at most `tied` more
    included = dict(index.search("pelabuhan kota lautan", 2, include=["weak", "other3"]))
    assert set(included) == {"best", second[0], "weak"}  # "other3" matches no query word
    assert included["weak"] < included[second[0]]
    # the other ranking's candidates may come later, once the scoring pass is done
    asked: list[str] = []

    def later() -> list[str]:
        asked.append("now")
        return ["weak", "other3"]

    assert dict(index.search("pelabuhan kota lautan", 2, include=later)) == included
    assert asked == ["now"]


def test_each_passage_carries_the_article_text_just_before_it(
    fresh_service: TanyaService, tmp_path: Path
) -> None:
    """A passage opening with '"…," ucapnya' needs the sentence before it, which the chunk
    before holds: it comes along as the passage's lead-in, verbatim from the article."""
    sentences = [
        "Menteri Kelautan Budi Santoso mengirim pesan kepada para nelayan.",
        "“Pelabuhan ini milik kalian,” ucapnya.",
        "Ia juga mendesak pemerintah daerah membangun jalan ke dermaga.",
        "Warga menyambut peresmian itu dengan pawai perahu hias.",
        "Pelabuhan itu mampu menampung 40 kapal sekaligus.",
        "Pembangunannya memakan waktu tiga tahun.",
    ]
    folder = tmp_path / "in"
    folder.mkdir()
    header = "---\nid: pelabuhan\ntitle: Pelabuhan Baru\nsource: Harian A\n---\n\n"
    (folder / "a.md").write_text(header + "\n\n".join(sentences) + "\n", "utf-8")
    fresh_service.ingest([folder])
    article = fresh_service.article("pelabuhan")
    assert article is not None
    passages = fresh_service.retriever.retrieve("pelabuhan nelayan jalan dermaga kapal", 8)
    assert len(passages) >= 2
    opening = next((p.chunk.text for p in passages if p.chunk.index == 0), None)
    assert opening is not None
    for passage in passages:
        # every passage carries its article's opening chunk (where the story is placed)
        assert passage.article_lead == opening
        if passage.chunk.index == 0:
            assert passage.lead_in == ""
            continue
        assert passage.lead_in
        before = article.text[: passage.chunk.start].rstrip()
        assert before.endswith(passage.lead_in)
        assert passage.lead_in.split("\n\n")[-1] in sentences
