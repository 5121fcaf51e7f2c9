"""Ingest time, retrieval latency and ask() latency on the default corpus (CPU, extractive mode).

Prints a table and writes benchmarks/results/ask.json. Run: python benchmarks/bench_ask.py
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.api import TanyaService  # noqa: E402
from qa.settings import Settings  # noqa: E402

QUESTIONS = [
    "Kapan Zelensky mengunjungi markas NATO?",
    "Siapa Sekretaris Jenderal NATO?",
    "Di mana pertemuan menteri luar negeri NATO diadakan?",
    "Berapa negara anggota NATO?",
    "Mengapa Orban menolak pengiriman tentara ke Ukraina?",
    "When did Zelensky visit NATO headquarters?",
    "Apa saja pertemuan NATO yang membahas Ukraina?",
    "Siapa presiden Prancis?",
    "Apakah Hongaria akan memveto usulan tersebut?",
    "Apa yang dibahas Zelensky dan Stoltenberg pada Selasa (4/7)?",
    # typed on a phone: typos in common words take the corpus-word search
    "zelensky dateng ke mrakas nato tgl brp",
    "Siapa pemimpin yg dijadwalkan betemu Zelensky di sela KTT Vilnius?",
]
RUNS = 20


def _ms(seconds: list[float]) -> dict[str, float]:
    ordered = sorted(seconds)
    return {
        "median_ms": round(statistics.median(ordered) * 1000, 1),
        "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))] * 1000, 1),
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        # corpus_dir points nowhere so that the timed ingest below does the first build itself
        service = TanyaService(Settings(data_dir=Path(tmp), corpus_dir=Path(tmp) / "none"))
        start = time.perf_counter()
        service.index.chunks.count()
        open_s = time.perf_counter() - start
        start = time.perf_counter()
        report = service.ingest([REPO / "corpus" / "articles"])
        ingest_s = time.perf_counter() - start
        chunks = report.chunks_written
        for question in QUESTIONS:  # warm-up: caches, lexical index, sentence vectors
            service.ask(question)
        retrieval, asks = [], []
        for n in range(RUNS):
            question = QUESTIONS[n % len(QUESTIONS)]
            t0 = time.perf_counter()
            service.retriever.retrieve(question, service.settings.top_k)
            retrieval.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            service.ask(question)
            asks.append(time.perf_counter() - t0)
    results = {
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores",
        "embed_model": service.settings.embed_model,
        "store_open_s": round(open_s, 2),
        "ingest": {
            "articles": report.count("added"),
            "chunks": chunks,
            "seconds": round(ingest_s, 2),
            "chunks_per_s": round(chunks / ingest_s, 1),
        },
        "retrieval": _ms(retrieval),
        "ask": _ms(asks),
        "runs": RUNS,
    }
    print(f"{'metric':<28}{'value':>12}")
    print(f"{'ingest (5 articles)':<28}{ingest_s:>11.2f}s")
    print(f"{'ingest chunks/s':<28}{chunks / ingest_s:>12.1f}")
    for name in ("retrieval", "ask"):
        print(f"{name + ' median':<28}{results[name]['median_ms']:>10.1f}ms")  # type: ignore[index]
        print(f"{name + ' p95':<28}{results[name]['p95_ms']:>10.1f}ms")  # type: ignore[index]
    out = REPO / "benchmarks" / "results" / "ask.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"written: {out.relative_to(REPO)}")


if __name__ == "__main__":
    main()
