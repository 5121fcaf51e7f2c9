"""`tanya eval`: every gold question through the system (and baselines), scored and reported as
Markdown, JSON and a PNG chart, with floors that fail the run for regression gating."""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

from qa.answer.question import analyze_question
from qa.api import TanyaService, get_service
from qa.evaluation.gold import GoldQuestion, load_gold
from qa.evaluation.metrics import QuestionResult, score_question, summarize
from qa.index import chunk_from_record, meta_from_record
from qa.models import Answer, Passage
from vectorstore.chroma_store import Record

System = Callable[[str], tuple[Answer, list[Passage]]]
HEADLINE = [
    "recall@1",
    "recall@5",
    "mrr",
    "accuracy",
    "f1",
    "citation_precision",
    "answers_without_correct_citation",
    "abstention_precision",
    "abstention_recall",
    "false_abstentions",
    "latency_p50_ms",
    "latency_p95_ms",
]
FLOORS = {
    "min_accuracy": "accuracy",
    "min_recall5": "recall@5",
    "min_mrr": "mrr",
    "min_citation_precision": "citation_precision",
    "min_abstention_f1": "abstention_f1",
}


def _tanya(service: TanyaService) -> System:
    def run(question: str) -> tuple[Answer, list[Passage]]:
        answer = service.ask(question)
        return answer, answer.passages

    return run


def _with_retrieval(service: TanyaService, mode: str) -> System:
    def run(question: str) -> tuple[Answer, list[Passage]]:
        answer = service.ask(question, retrieval=mode)  # type: ignore[arg-type]
        return answer, answer.passages

    return run


def _llama_index_default(service: TanyaService) -> System:
    """llama-index's VectorStoreIndex retriever over the very same Chroma collection."""
    from llama_index.core import VectorStoreIndex
    from llama_index.vector_stores.chroma import ChromaVectorStore

    store = ChromaVectorStore(chroma_collection=service.index.chunks.chroma)
    index = VectorStoreIndex.from_vector_store(store, embed_model=service.index.embedding)
    retriever = index.as_retriever(similarity_top_k=service.settings.top_k)

    def run(question: str) -> tuple[Answer, list[Passage]]:
        passages = []
        for hit in retriever.retrieve(question):
            metadata = dict(hit.node.metadata)
            record = Record(id=hit.node.node_id, text=hit.node.get_content(), metadata=metadata)
            passages.append(
                Passage(
                    chunk=chunk_from_record(record),
                    article=meta_from_record(metadata),
                    score=float(hit.score or 0.0),
                    dense_score=float(hit.score or 0.0),
                )
            )
        answer = service.answer_from_passages(analyze_question(question), question, passages)
        return answer, passages

    return run


def evaluate(system: System, gold: list[GoldQuestion]) -> list[QuestionResult]:
    results = []
    for question in gold:
        start = time.perf_counter()
        answer, passages = system(question.question)
        elapsed = time.perf_counter() - start
        results.append(score_question(question, answer, passages, elapsed))
    return results


def breakdown(results: list[QuestionResult], key: str) -> dict[str, dict[str, float]]:
    groups: dict[str, list[QuestionResult]] = {}
    for result in results:
        groups.setdefault(str(getattr(result, key)), []).append(result)
    return {name: summarize(items) for name, items in sorted(groups.items())}


def _table(rows: dict[str, dict[str, float]], columns: list[str]) -> str:
    header = "| | " + " | ".join(columns) + " |\n|---|" + "---|" * len(columns) + "\n"
    body = "".join(
        f"| {name} | " + " | ".join(f"{row.get(c, '')}" for c in columns) + " |\n"
        for name, row in rows.items()
    )
    return header + body


def write_report(report: dict, out: Path) -> None:  # type: ignore[type-arg]
    out.mkdir(parents=True, exist_ok=True)
    (out / "eval.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), "utf-8")
    systems = report["systems"]
    main = systems["tanya"]
    lines = [
        "# Evaluasi Tanya Berita",
        "",
        f"Gold set: {report['gold']} "
        f"({main['summary']['questions']} pertanyaan, {main['summary']['answerable']} "
        "dapat dijawab).",
        "",
        "## Sistem dan baseline",
        "",
        _table({n: s["summary"] for n, s in systems.items()}, HEADLINE),
        "",
        "## Per jenis pertanyaan (tanya)",
        "",
        _table(
            main["by_type"],
            ["questions", "recall@5", "mrr", "accuracy", "abstention_recall", "false_abstentions"],
        ),
        "",
        "## Per bahasa (tanya)",
        "",
        _table(
            main["by_language"],
            ["questions", "recall@5", "mrr", "accuracy", "citation_precision", "abstention_recall"],
        ),
        "",
        "## Kegagalan (tanya)",
        "",
        "| id | jenis | pertanyaan | hit | jawaban |",
        "|---|---|---|---|---|",
    ]
    for failure in main["failures"]:
        answer = failure["answer"].split("\n")[0][:120].replace("|", "/")
        lines.append(
            f"| {failure['id']} | {failure['type']} | {failure['question']} | "
            f"{failure['hit_rank']} | {answer} |"
        )
    (out / "eval.md").write_text("\n".join(lines) + "\n", "utf-8")
    _chart(report, out / "eval.png")


def _chart(report: dict, path: Path) -> None:  # type: ignore[type-arg]
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    metrics = ["recall@5", "mrr", "accuracy", "citation_precision", "abstention_recall"]
    systems = report["systems"]
    fig, (left, right) = plt.subplots(1, 2, figsize=(13, 4.5))
    width = 0.8 / len(systems)
    for n, (name, data) in enumerate(systems.items()):
        left.bar(
            [i + n * width for i in range(len(metrics))],
            [data["summary"].get(m, 0) for m in metrics],
            width,
            label=name,
        )
    left.set_xticks([i + 0.4 - width / 2 for i in range(len(metrics))], metrics, rotation=20)
    left.set_ylim(0, 1.05)
    left.set_title("Sistem vs baseline")
    left.legend(fontsize=8)
    by_type = systems["tanya"]["by_type"]
    right.bar(list(by_type), [v["accuracy"] for v in by_type.values()], color="tab:green")
    right.set_ylim(0, 1.05)
    right.set_title("Akurasi jawaban per jenis (tanya)")
    right.tick_params(axis="x", rotation=30)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def run_evaluation(service: TanyaService, gold_path: Path, baselines: bool) -> dict:  # type: ignore[type-arg]
    gold = load_gold(gold_path)
    service.ensure_index()
    systems: dict[str, System] = {"tanya": _tanya(service)}
    if baselines:
        systems["bm25"] = _with_retrieval(service, "lexical")
        systems["dense"] = _with_retrieval(service, "dense")
        systems["llamaindex-default"] = _llama_index_default(service)
    for question in gold[:5]:  # warm-up so latency reflects steady state
        service.ask(question.question)
    report: dict = {"gold": str(gold_path), "systems": {}}  # type: ignore[type-arg]
    for name, system in systems.items():
        results = evaluate(system, gold)
        report["systems"][name] = {
            "summary": summarize(results),
            "by_type": breakdown(results, "type"),
            "by_language": breakdown(results, "language"),
            "failures": [r.model_dump() for r in results if not r.correct],
            "results": [r.model_dump() for r in results],
        }
    return report


def run_cli(args: argparse.Namespace) -> int:
    if args.fit:
        from qa.evaluation.fit import fit_thresholds

        thresholds, score = fit_thresholds(get_service(), load_gold(Path(args.gold)))
        print(f"ambang terbaik (skor fit = {score:.3f}): {thresholds}")
        return 0
    report = run_evaluation(get_service(), Path(args.gold), args.baselines)
    out = Path(args.out)
    write_report(report, out)
    summary = report["systems"]["tanya"]["summary"]
    print(f"{'sistem':<20}" + "".join(f"{m[:12]:>13}" for m in HEADLINE[:10]))
    for name, data in report["systems"].items():
        print(f"{name:<20}" + "".join(f"{data['summary'].get(m, 0):>13}" for m in HEADLINE[:10]))
    print(f"latensi p50/p95: {summary['latency_p50_ms']} / {summary['latency_p95_ms']} ms")
    print(f"laporan: {out / 'eval.md'}, {out / 'eval.json'}, {out / 'eval.png'}")
    failed = [
        f"{metric} {summary[metric]} < {getattr(args, flag)}"
        for flag, metric in FLOORS.items()
        if summary[metric] < getattr(args, flag)
    ]
    for line in failed:
        print(f"DI BAWAH AMBANG: {line}")
    return 1 if failed else 0
