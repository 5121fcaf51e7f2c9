"""The evaluation metrics on hand-made cases whose scores are known."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from qa.evaluation.fit import choose_threshold
from qa.evaluation.gold import GoldQuestion, load_gold
from qa.evaluation.metrics import (
    QuestionResult,
    answer_correct,
    citation_correct,
    first_sentence,
    harmful,
    matches,
    paraphrase_consistency,
    premise_confirmed,
    score_question,
    strict_correct,
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
    split="dev",
    group="visit-date",
    style="article",
)
UNANSWERABLE = GoldQuestion(
    id="t2",
    question="Siapa presiden Prancis?",
    language="id",
    type="siapa",
    answerable=False,
    split="dev",
    group="trap-1",
    style="trap",
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


@pytest.mark.parametrize(
    ("answer", "variant", "matched"),
    [
        # Indonesian affixes around a dictionary word keep the fact
        ("Stoltenberg resmi memperpanjang masa jabatannya.", "perpanjang", True),
        ("Stoltenberg resmi memperpanjang masa jabatannya.", "memperpanjang masa jabatan", True),
        ("Usulan itu disetujui para menteri.", "setuju", True),
        # a verb's affixes, not a noun-forming "ke-…-an"/"per-…-an": membership is no member
        ("Keanggotaannya belum pasti.", "anggota", False),
        ("Menteri Pertahanan hadir.", "tahan", False),
        ("Para menteri menyetujuinya.", "menyetujui", True),
        # ... in the variant's order, and not inside another word
        ("masa jabatannya diperpanjang", "memperpanjang masa jabatan", False),
        ("Ia menyetujui usulan itu.", "setuju", False),
        ("Pangkalan itu diserang.", "angka", False),
        # names and short words only whole
        ("Kata Stoltenbergnya", "Stoltenberg", False),
        ("Ia datang pada 2023.", "20", False),
        ("Ia ditolak.", "menolak", False),
        # an English noun in its plural keeps the fact; a longer word does not
        ("Snipers stood guard on the rooftops.", "rooftop", True),
        ("Snipers stood guard on the rooftops.", "roof", False),
        ("They asked for more missiles.", "missile", True),
        ("They were Zelenskys", "Zelensky", False),
    ],
)
def test_indonesian_words_match_with_their_affixes(
    answer: str, variant: str, matched: bool
) -> None:
    assert matches(answer, variant) is matched


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
    gold = load_gold(REPO / "eval" / "gold")  # also refuses a fact group in both splits
    assert len(gold) >= 400
    assert sum(q.language == "en" for q in gold) >= 100
    assert sum(not q.answerable for q in gold) >= 60
    assert sum(bool(q.history) for q in gold) >= 30
    assert {q.split for q in gold} == {"dev", "test"}
    styles: dict[str, set[str]] = {}
    for question in gold:
        if question.split == "test" and question.answerable and not question.history:
            styles.setdefault(question.group, set()).add(question.style)
    assert all(
        {"article", "colloquial", "variant", "english"} <= found for found in styles.values()
    ), "every test fact is asked in the four wordings"
    bodies = {p.stem: p.read_text(encoding="utf-8").split("---", 2)[2] for p in CORPUS.glob("*.md")}
    for question in gold:
        for quote in question.evidence:
            assert any(quote in bodies[a] for a in question.article_ids), (question.id, quote)


def test_probe_sets_are_valid_dev_records_with_verbatim_evidence() -> None:
    """The probe sets are read as the gold set is; none of them is held-out test."""
    probes = load_gold(REPO / "eval" / "probes")
    assert len(probes) > 1000 and {q.split for q in probes} == {"dev"}
    assert len({q.id for q in probes}) == len(probes)
    bodies = {p.stem: p.read_text(encoding="utf-8").split("---", 2)[2] for p in CORPUS.glob("*.md")}
    for question in probes:
        for quote in question.evidence:
            assert any(quote in bodies[a] for a in question.article_ids), (question.id, quote)


def test_gold_schema_rejects_inconsistent_records(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"id":"x","question":"Apa?","language":"id","type":"apa","answerable":true,'
        '"split":"dev","group":"g","style":"article"}\n',
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="needs answers"):
        load_gold(bad)


def _cited(text: str, article_id: str = "kompas") -> Answer:
    return Answer(question="q", text=text, citations=[_citation("kutipan", article_id)])


@pytest.mark.parametrize(
    ("text", "article_id", "strict"),
    [
        ("Zelensky tiba pada **11 Oktober 2023** [1]. Lalu ia bicara.", "kompas", True),
        ("Pada Rabu (11/10/2023) [1].", "kompas", True),  # the same date, written otherwise
        ("Ia tiba di Brussels [1]. Itu terjadi pada 11 Oktober 2023.", "kompas", False),
        ("**11 Oktober 2023** [1].", "lain", False),  # right fact, wrong article cited
    ],
)
def test_strict_accuracy_wants_the_fact_first_and_the_right_article(
    text: str, article_id: str, strict: bool
) -> None:
    assert strict_correct(GOLD, _cited(text, article_id)) is strict


def test_harmful_counts_answered_traps_and_confirmed_false_premises() -> None:
    abstained = Answer(question="q", text="Maaf, tidak ada.", abstained=True)
    assert harmful(UNANSWERABLE, _cited("Emmanuel Macron [1].")) is True
    assert harmful(UNANSWERABLE, abstained) is False
    premise = GOLD.model_copy(update={"false_premise": True, "answers": ["tidak"]})
    assert harmful(premise, _cited("**Ya** [1].")) is True
    assert harmful(premise, _cited("**Tidak** [1].")) is False


FALSE_PREMISE_ANSWERABLE = GOLD.model_copy(
    update={"false_premise": True, "answers": ["belum"], "style": "trap"}
)
FALSE_PREMISE_UNANSWERABLE = UNANSWERABLE.model_copy(update={"false_premise": True})


@pytest.mark.parametrize(
    ("gold", "text", "abstained", "confirmed"),
    [
        # "Kapan Ukraina resmi jadi anggota NATO?" answered with a date confirms the premise
        (FALSE_PREMISE_ANSWERABLE, "**2018** [1].", False, True),
        (FALSE_PREMISE_ANSWERABLE, "**Belum**: artikel tidak menyebutnya [1].", False, False),
        (FALSE_PREMISE_ANSWERABLE, "Maaf, tidak ada.", True, False),
        (FALSE_PREMISE_UNANSWERABLE, "**2018** [1].", False, True),
        (FALSE_PREMISE_UNANSWERABLE, "Maaf, tidak ada.", True, False),
        # an answered trap without a false premise is harmful, but confirms no premise
        (UNANSWERABLE, "Emmanuel Macron [1].", False, False),
        (GOLD, "**2018** [1].", False, False),
    ],
)
def test_premise_confirmed_counts_only_false_premises_taken_as_true(
    gold: GoldQuestion, text: str, abstained: bool, confirmed: bool
) -> None:
    answer = Answer(question="q", text=text, abstained=True) if abstained else _cited(text)
    assert premise_confirmed(gold, answer) is confirmed
    assert not confirmed or harmful(gold, answer)


def test_a_correction_citing_another_article_confirms_nothing_but_is_harmful() -> None:
    answer = _cited("**Belum**: artikel tidak menyebutnya [1].", "other")
    assert premise_confirmed(FALSE_PREMISE_ANSWERABLE, answer) is False
    assert harmful(FALSE_PREMISE_ANSWERABLE, answer) is True


def test_paraphrase_consistency_needs_every_wording_right() -> None:
    def result(group: str, strict: bool) -> QuestionResult:
        return QuestionResult(
            id=f"{group}{strict}",
            question="q",
            language="id",
            type="kapan",
            split="dev",
            group=group,
            style="article",
            answerable=True,
            abstained=False,
            correct=strict,
            strict=strict,
            harmful=False,
            f1=0.0,
            hit_rank=1,
            citations=1,
            correct_citations=1,
            latency_s=0.0,
            answer="",
        )

    results = [result("a", True), result("a", True), result("b", True), result("b", False)]
    assert paraphrase_consistency(results) == 0.5


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("**Viktor Orban** [1].\n\nMenurut X: “…” [1]", "**Viktor Orban** [1]."),
        ("Zelensky tiba pada Rabu [1]. Ia lalu bicara.", "Zelensky tiba pada Rabu [1]."),
    ],
)
def test_first_sentence(text: str, first: str) -> None:
    assert first_sentence(text) == first


@pytest.mark.parametrize(
    ("probabilities", "labels", "threshold"),
    [
        # wrong answers at 0.4 and below, right ones from 0.6: the lowest threshold whose
        # neighbours also keep the wrong ones out
        ([0.2, 0.3, 0.4, 0.6, 0.7, 0.8] * 5, [0, 0, 0, 1, 1, 1] * 5, 0.5),
        # every answer right: nothing to gain by abstaining, answer everything
        ([0.3, 0.5, 0.7, 0.9] * 5, [1, 1, 1, 1] * 5, 0.1),
        # every answer wrong: the highest bar (abstain nearly always)
        ([0.3, 0.5, 0.7, 0.9] * 5, [0, 0, 0, 0] * 5, 0.9),
        # two wrong answers for one right at 0.25 cost under 0.01 of utility: still kept out
        ([0.25, 0.25, 0.25] + [0.8] * 100, [1, 0, 0] + [1] * 100, 0.35),
    ],
)
def test_decider_threshold_takes_the_best_smoothed_utility(
    probabilities: list[float], labels: list[int], threshold: float
) -> None:
    assert choose_threshold(probabilities, labels) == threshold
