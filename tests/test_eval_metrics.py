"""The evaluation metrics on hand-made cases whose scores are known."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from qa.evaluation.gold import GoldQuestion, load_gold
from qa.evaluation.metrics import (
    answer_correct,
    citation_correct,
    matches,
    score_question,
    summarize,
    token_f1,
)
from qa.models import Answer, ArticleMeta, Chunk, Citation, Passage
from tests.conftest import CORPUS, REPO

GOLD = GoldQuestion(
    id="t1",
    question="Kapan Zelensky mengunjungi markas NATO?",
    language="id",
    type="kapan",
    answerable=True,
    answers=["11 Oktober 2023"],
    article_ids=["kompas"],
    evidence=["tiba di markas NATO di Brussels"],
)
UNANSWERABLE = GoldQuestion(
    id="t2", question="Siapa presiden Prancis?", language="id", type="siapa", answerable=False
)


def _citation(quote: str, article_id: str = "kompas") -> Citation:
    return Citation(
        number=1,
        article_id=article_id,
        title="t",
        source="s",
        published=dt.date(2023, 10, 11),
        quote=quote,
        start=0,
        end=len(quote),
    )


def _passage(text: str) -> Passage:
    return Passage(
        chunk=Chunk(id="c", article_id="kompas", index=0, text=text, start=0, end=len(text)),
        article=ArticleMeta(id="kompas"),
        score=1.0,
    )


def test_dates_match_in_any_written_form() -> None:
    assert matches("Zelensky tiba pada Rabu (11/10/2023).", "11 Oktober 2023")
    assert matches("pada 11 Oktober 2023", "11/10/2023")
    assert not matches("pada 12 Oktober 2023", "11 Oktober 2023")
    assert matches("Jens Stoltenberg, Sekjen", "jens stoltenberg")
    assert not matches("Stoltenbergian", "Stoltenberg")


def test_answer_correctness_and_abstention() -> None:
    assert answer_correct(GOLD, Answer(question="q", text="Rabu, 11 Oktober 2023 [1]."))
    assert not answer_correct(GOLD, Answer(question="q", text="11 Oktober 2023", abstained=True))
    assert answer_correct(UNANSWERABLE, Answer(question="q", text="Maaf", abstained=True))
    listed = GOLD.model_copy(update={"answers": [], "must_include": [["2008"], ["2018"]]})
    assert answer_correct(listed, Answer(question="q", text="pada 2018 [1] ... tahun 2008 [2]"))
    assert not answer_correct(listed, Answer(question="q", text="pada 2018 [1]"))


def test_token_f1_known_values() -> None:
    assert token_f1("Jens Stoltenberg", "Jens Stoltenberg") == 1.0
    assert token_f1("Stoltenberg", "Jens Stoltenberg") == pytest.approx(2 / 3)
    assert token_f1("Biden", "Jens Stoltenberg") == 0.0


def test_citation_correctness() -> None:
    assert citation_correct(GOLD, _citation("Zelensky tiba di markas NATO di Brussels, Belgia."))
    assert citation_correct(GOLD, _citation("Ia datang pada Rabu (11/10/2023)."))
    assert not citation_correct(GOLD, _citation("Ia datang pada Rabu (11/10/2023).", "lain"))
    assert not citation_correct(GOLD, _citation("Stoltenberg berbicara kepada media."))


def test_summary_scores_a_known_mix() -> None:
    hit = _passage("Zelensky tiba di markas NATO di Brussels.")
    miss = _passage("Teks lain.")
    right = Answer(
        question="q",
        text="11 Oktober 2023 [1]",
        citations=[_citation("tiba di markas NATO di Brussels")],
    )
    wrong = Answer(question="q", text="12 Oktober 2023 [1]", citations=[_citation("Teks lain.")])
    results = [
        score_question(GOLD, right, [hit, miss], 0.01),
        score_question(GOLD, wrong, [miss, hit], 0.03),
        score_question(UNANSWERABLE, Answer(question="q", text="Maaf", abstained=True), [], 0.02),
        score_question(UNANSWERABLE, wrong, [miss], 0.02),
    ]
    summary = summarize(results)
    assert summary["recall@1"] == 0.5 and summary["recall@3"] == 1.0
    assert summary["mrr"] == 0.75 and summary["accuracy"] == 0.5
    assert summary["citation_precision"] == 0.5
    assert summary["answers_without_correct_citation"] == 1
    assert summary["abstention_precision"] == 1.0 and summary["abstention_recall"] == 0.5
    assert summary["latency_p50_ms"] == 20.0


def test_gold_set_is_valid_and_evidence_is_verbatim() -> None:
    gold = load_gold(REPO / "eval" / "gold")
    assert len(gold) >= 90
    assert sum(q.language == "en" for q in gold) >= 10
    assert sum(not q.answerable for q in gold) >= 10
    bodies = {p.stem: p.read_text(encoding="utf-8").split("---", 2)[2] for p in CORPUS.glob("*.md")}
    for question in gold:
        for quote in question.evidence:
            assert any(quote in bodies[a] for a in question.article_ids), (question.id, quote)


def test_gold_schema_rejects_inconsistent_records(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"id":"x","question":"Apa?","language":"id","type":"apa","answerable":true}\n',
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="needs answers"):
        load_gold(bad)
