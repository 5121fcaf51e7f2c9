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

History = list[dict[str, str]]
System = Callable[[str, History], tuple[Answer, list[Passage]]]
HEADLINE = [
    "strict_accuracy",
    "paraphrase_consistency",
    "harmful",
    "harmful_rate",
    "false_premises_confirmed",
    "false_abstention_rate",
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
    "min_strict": "strict_accuracy",
    "min_consistency": "paraphrase_consistency",
    "min_accuracy": "accuracy",
    "min_recall5": "recall@5",
    "min_mrr": "mrr",
    "min_citation_precision": "citation_precision",
    "min_abstention_f1": "abstention_f1",
}


def _tanya(service: TanyaService) -> System:
    def run(question: str, history: History) -> tuple[Answer, list[Passage]]:
        answer = service.ask(question, history=history)
        return answer, answer.passages

    return run


def _with_retrieval(service: TanyaService, mode: str) -> System:
    def run(question: str, history: History) -> tuple[Answer, list[Passage]]:
        answer = service.ask(question, history=history, retrieval=mode)  # type: ignore[arg-type]
        return answer, answer.passages

    return run


def _llama_index_default(service: TanyaService) -> System:
    """llama-index's VectorStoreIndex retriever over the very same Chroma collection."""
    from llama_index.core import VectorStoreIndex
    from llama_index.vector_stores.chroma import ChromaVectorStore

    from vectorstore.llama_adapter import as_llama_index

    store = ChromaVectorStore(chroma_collection=service.index.chunks.chroma)
    embedding = as_llama_index(service.index.embedding)
    index = VectorStoreIndex.from_vector_store(store, embed_model=embedding)
    retriever = index.as_retriever(similarity_top_k=service.settings.top_k)

    def run(question: str, history: History) -> tuple[Answer, list[Passage]]:
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
        answer = service.answer(analyze_question(question), question, passages, "extractive")
        return answer, passages

    return run


def evaluate(system: System, gold: list[GoldQuestion]) -> list[QuestionResult]:
    results = []
    for question in gold:
        history: History = []
        for turn in question.history:  # earlier turns are asked for real, answers included
            earlier, _ = system(turn, list(history))
            history += [
                {"role": "user", "content": turn},
                {"role": "assistant", "content": earlier.text},
            ]
        start = time.perf_counter()
        answer, passages = system(question.question, history)
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


SPLITS = ("dev", "test")
SLICES = ("style", "language", "type")
SLICE_COLUMNS = [
    "questions",
    "strict_accuracy",
    "accuracy",
    "paraphrase_consistency",
    "harmful",
    "false_premises_confirmed",
    "false_abstention_rate",
]


def _side_by_side(per_split: dict, key: str) -> dict[str, dict[str, float]]:  # type: ignore[type-arg]
    """One row per slice value, dev and test columns next to each other."""
    rows: dict[str, dict[str, float]] = {}
    for split in SPLITS:
        for name, summary in per_split.get(split, {}).get(f"by_{key}", {}).items():
            row = rows.setdefault(name, {})
            for column in SLICE_COLUMNS:
                row[f"{split} {column}"] = summary.get(column, "")
    return dict(sorted(rows.items()))


def write_report(report: dict, out: Path) -> None:  # type: ignore[type-arg]
    out.mkdir(parents=True, exist_ok=True)
    (out / "eval.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), "utf-8")
    systems = report["systems"]
    main = systems["tanya"]
    split_columns = [f"{split} {c}" for c in SLICE_COLUMNS for split in SPLITS]
    lines = [
        "# Evaluasi Tanya Berita",
        "",
        f"Gold set: {report['gold']}. `dev` dipakai untuk menyetel dan memasang model; `test` "
        "hanya dilaporkan.",
        "",
        "## Sistem dan baseline, per split",
        "",
        _table(
            {
                f"{name} ({split})": data["splits"][split]["summary"]
                for name, data in systems.items()
                for split in SPLITS
                if split in data["splits"]
            },
            HEADLINE,
        ),
    ]
    for key in SLICES:
        lines += [
            "",
            f"## Per {key} (tanya), dev dan test berdampingan",
            "",
            _table(_side_by_side(main["splits"], key), split_columns),
        ]
    tuning_failures = [f for f in main["failures"] if f["split"] == "dev"]
    held_out = len(main["failures"]) - len(tuning_failures)
    lines += [
        "",
        "## Kegagalan dev (tanya)",
        "",
        f"Kegagalan test ({held_out}) hanya dihitung, tidak didaftar: test dilaporkan, tidak "
        "dipakai untuk memilih aturan.",
        "",
        "| id | gaya | pertanyaan | hit | jawaban |",
        "|---|---|---|---|---|",
    ]
    for failure in tuning_failures:
        answer = failure["answer"].split("\n")[0][:120].replace("|", "/")
        lines.append(
            f"| {failure['id']} | {failure['style']} | "
            f"{failure['question']} | {failure['hit_rank']} | {answer} |"
        )
    (out / "eval.md").write_text("\n".join(lines) + "\n", "utf-8")
    _chart(report, out / "eval.png")


def _chart(report: dict, path: Path) -> None:  # type: ignore[type-arg]
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    by_style = _side_by_side(report["systems"]["tanya"]["splits"], "style")
    fig, axis = plt.subplots(figsize=(10, 4.5))
    width = 0.4
    for n, split in enumerate(SPLITS):
        axis.bar(
            [i + n * width for i in range(len(by_style))],
            [float(row.get(f"{split} strict_accuracy") or 0) for row in by_style.values()],
            width,
            label=split,
        )
    axis.set_xticks([i + width / 2 for i in range(len(by_style))], list(by_style))
    axis.set_ylim(0, 1.05)
    axis.set_title("Akurasi ketat per gaya pertanyaan (tanya): dev vs test")
    axis.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _split_report(results: list[QuestionResult]) -> dict:  # type: ignore[type-arg]
    return {
        "summary": summarize(results),
        **{f"by_{key}": breakdown(results, key) for key in SLICES},
    }


def run_evaluation(
    service: TanyaService, gold_path: Path, baselines: bool, split: str | None = None
) -> dict:  # type: ignore[type-arg]
    gold = load_gold(gold_path, split)  # type: ignore[arg-type]
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
            "splits": {
                part: _split_report([r for r in results if r.split == part])
                for part in SPLITS
                if any(r.split == part for r in results)
            },
            # (once each: an answerable confirmed false premise is both unstrict and harmful)
            "failures": [
                r.model_dump() for r in results if (r.answerable and not r.strict) or r.harmful
            ],
            "results": [r.model_dump() for r in results],
        }
    return report


def run_cli(args: argparse.Namespace) -> int:
    if args.fit:
        from qa.evaluation.fit import fit_answer_model

        print(fit_answer_model(get_service(), load_gold(Path(args.gold), "dev")))
        return 0
    report = run_evaluation(get_service(), Path(args.gold), args.baselines, args.split)
    out = Path(args.out)
    write_report(report, out)
    print(f"{'sistem':<24}" + "".join(f"{m[:12]:>13}" for m in HEADLINE[:9]))
    for name, data in report["systems"].items():
        for part, split_report in data["splits"].items():
            summary = split_report["summary"]
            print(
                f"{name + ' (' + part + ')':<24}"
                + "".join(f"{summary.get(m, 0):>13}" for m in HEADLINE[:9])
            )
    print(f"laporan: {out / 'eval.md'}, {out / 'eval.json'}, {out / 'eval.png'}")
    gated = report["systems"]["tanya"]["splits"]
    summary = gated["test"]["summary"] if "test" in gated else next(iter(gated.values()))["summary"]
    failed = [
        f"{metric} {summary[metric]} < {getattr(args, flag)}"
        for flag, metric in FLOORS.items()
        if summary[metric] < getattr(args, flag)
    ]
    if summary["harmful_rate"] > args.max_harmful:
        failed.append(f"harmful_rate {summary['harmful_rate']} > {args.max_harmful}")
    if summary["false_abstention_rate"] > args.max_false_abstentions:
        failed.append(
            f"false_abstention_rate {summary['false_abstention_rate']} > "
            f"{args.max_false_abstentions}"
        )
    for line in failed:
        print(f"DI BAWAH AMBANG (test): {line}")
    return 1 if failed else 0
