"""`tanya eval --baselines` end to end on a small slice of the gold set: every baseline runs
(llama-index's VectorStoreIndex included, over the same Chroma collection) and the report is
written. Scores on the hashing double say nothing about quality; the comparisons below do not
depend on the model."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from qa.api import TanyaService
from qa.evaluation.run import write_report
from tests.conftest import REPO, CliResult

GOLD = REPO / "eval" / "gold" / "questions_id.jsonl"


def test_eval_with_baselines_writes_the_report(
    run_cli: Callable[..., CliResult], service: TanyaService, tmp_path: Path
) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(GOLD.read_text(encoding="utf-8").splitlines(True)[:6]), "utf-8")
    out = tmp_path / "report"
    result = run_cli(
        "eval", "--baselines", "--gold", str(gold), "--out", str(out),
        service=service,
    )  # fmt: skip
    assert result.code == 0, result.err
    report = json.loads((out / "eval.json").read_text(encoding="utf-8"))
    systems = report["systems"]
    assert list(systems) == ["tanya", "bm25", "dense", "llamaindex-default"]
    assert all(len(system["results"]) == 6 for system in systems.values())

    # llama-index's retriever and our dense mode rank the same collection with the same model.
    def summary(name: str) -> dict[str, float]:
        (only_split,) = systems[name]["splits"].values()  # the six questions share one split
        return dict(only_split["summary"])

    dense, llama = summary("dense"), summary("llamaindex-default")
    assert llama["questions"] == 6 and llama["recall@5"] > 0
    assert (llama["recall@1"], llama["recall@5"]) == (dense["recall@1"], dense["recall@5"])
    assert {p.name for p in out.iterdir()} == {"eval.json", "eval.md", "eval.png"}
    assert "llamaindex-default" in (out / "eval.md").read_text(encoding="utf-8")


def test_report_lists_dev_failures_and_only_counts_test_ones(tmp_path: Path) -> None:
    """Test is for reporting: its failing questions are not printed where a tuner reads."""

    def failure(id_: str, split: str) -> dict[str, object]:
        return {"id": id_, "split": split, "style": "article", "question": f"pertanyaan {id_}",
                "hit_rank": 1, "answer": "jawaban"}  # fmt: skip

    summary = {"strict_accuracy": 0.5, "questions": 2}
    report = {
        "gold": "g",
        "systems": {
            "tanya": {
                "splits": {
                    split: {"summary": summary, "by_style": {"article": summary}}
                    for split in ("dev", "test")
                },
                "failures": [
                    failure("d-1", "dev"),
                    failure("t-1", "test"),
                    failure("t-2", "test"),
                ],
            }
        },
    }
    write_report(report, tmp_path)
    markdown = (tmp_path / "eval.md").read_text(encoding="utf-8")
    assert "pertanyaan d-1" in markdown
    assert "t-1" not in markdown and "t-2" not in markdown
    assert "Kegagalan test (2)" in markdown
