"""Latency, memory, ingest and quality against corpus size: one command, table + JSON + PNG.

    python benchmarks/scale.py [--sizes 1000 10000 100000] [--server] [--embed-sample 300]

Corpus: the 5 real articles plus synthetic ones generated deterministically from them (names,
places, outlets, dates and numbers swapped), so the gold questions about the real articles
measure quality inside a large corpus. Vectors: the real articles are really embedded
(multilingual-e5-small); synthetic passages and sentences get their template's real vector plus
noise (cosine ~0.9 to it), which costs nothing. So store-side numbers are real at every size,
while the ingest ratio (end-to-end vs the raw embedder) is measured on a really embedded sample.
`--server` repeats every size against a `chroma run` started here. Writes
benchmarks/results/scale.{json,md,png}.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import numpy as np  # noqa: E402

from qa.api import TanyaService  # noqa: E402
from qa.evaluation.gold import load_gold  # noqa: E402
from qa.evaluation.run import History, evaluate  # noqa: E402
from qa.index import ArticleWrite  # noqa: E402
from qa.ingest.load import load_article  # noqa: E402
from qa.ingest.pipeline import _plan, ingest_articles  # noqa: E402
from qa.models import Answer, Article, Passage  # noqa: E402
from qa.settings import Settings  # noqa: E402

RESULTS = REPO / "benchmarks" / "results"
CORPUS = REPO / "corpus" / "articles"
OUTLETS = ["Harian Nusantara", "Warta Timur", "Kabar Kota", "Suara Pesisir", "Berita Raya"]
# The real articles' names, each swapped per synthetic copy (consistently within it) for one of
# its pool; the pools hold the original too, so a few copies stay on the same topic (hard
# distractors), as a real archive has many reports on one subject.
SWAPS = {
    "person": (
        "Zelensky Zelenskyy Volodymyr Stoltenberg Jens Orban Viktor Biden Joe Kuleba Dmytro "
        "Nicolae Ceaucescu",
        "Budi Siti Agus Dewi Joko Rina Hartono Wulan Bambang Sari Yusuf Zelensky Stoltenberg",
    ),
    "place": (
        "Brussels Vilnius Kyiv Kiev Hongaria Belgia Lituania Lithuania Bucharest Ukraina Rusia "
        "Moskow Polandia Washington Jerman Prancis Inggris Amerika China Israel Eropa Kremlin",
        "Medan Makassar Kupang Ambon Jayapura Padang Manado Pontianak Filipina Myanmar Vietnam "
        "Malaysia Thailand Kamboja Laos Jepang Korea India Ukraina Rusia Brussels Jerman",
    ),
    "organisation": (
        "NATO Hamas Kongres",
        "ASEAN PBB OKI APEC G20 BRICS WHO IMF NATO Kongres",
    ),
}
_NAMES = {name: pool.split() for originals, pool in SWAPS.values() for name in originals.split()}
ENTITIES = re.compile(r"\b(" + "|".join(sorted(_NAMES, key=len, reverse=True)) + r")\b")
NOISE = 0.33  # per-dimension noise relative to 1/sqrt(dim): cosine to the template ~0.9
QUESTIONS_TIMED = 40


def _ms(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "p50": round(1000 * statistics.median(ordered), 1),
        "p95": round(1000 * ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 1),
    }


def real_articles() -> list[Article]:
    return [load_article(p) for p in sorted(CORPUS.glob("*.md"))]


def synthetic(template: Article, n: int) -> Article:
    rng = random.Random(n)
    chosen = {name: rng.choice(pool) for name, pool in sorted(_NAMES.items())}
    text = ENTITIES.sub(lambda m: chosen[m.group()], template.text)
    text = re.sub(r"\d", lambda _: str(rng.randrange(10)), text)
    title = ENTITIES.sub(lambda m: chosen[m.group()], template.title)
    published = template.published or rng.choice(real_dates())
    return template.model_copy(
        update={
            "id": f"sintetis-{n:06d}",
            "title": f"{title} ({n})",
            "text": text,
            "source": rng.choice(OUTLETS),
            "published": published.replace(year=2010 + n % 14),
        }
    )


def real_dates() -> list[Any]:
    return [a.published for a in real_articles() if a.published]


class Vectors:
    """Real vectors of the real articles' texts, and cheap noisy copies for synthetic ones."""

    def __init__(self, service: TanyaService, templates: list[Article]) -> None:
        self.service = service
        self.real: dict[str, list[np.ndarray]] = {}
        for article in templates:
            plan = _plan(service.index, article, "0", "added", "")
            embedded = service.index.embedding.get_text_embedding_batch(plan.texts)
            self.real[article.id] = [np.array(v, np.float32) for v in embedded]

    def writes(self, pairs: list[tuple[Article, Article]], noisy: bool) -> list[ArticleWrite]:
        from qa.ingest.pipeline import _article_writes

        items, vectors = [], []
        for article, template in pairs:
            plan = _plan(self.service.index, article, "0", "added", "")
            real = self.real[template.id]  # the template's texts in the same order
            picks = [real[min(i, len(real) - 2)] for i in range(len(plan.texts) - 1)] + [real[-1]]
            # Noise seeded by the article, so every store and every run holds the same corpus.
            rng = np.random.default_rng(zlib.crc32(article.id.encode()))
            for v in picks:
                if noisy:
                    v = v + rng.normal(0, NOISE / np.sqrt(len(v)), len(v)).astype(np.float32)
                vectors.append((v / np.linalg.norm(v)).tolist())
            items.append(plan)
        return list(_article_writes(items, vectors))


@contextmanager
def chroma_server(path: Path) -> Iterator[str]:
    binary = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    port = 8000 + os.getpid() % 1000
    server = subprocess.Popen(
        [binary, "run", "--path", str(path), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(4)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=30)


class RoundTrips:
    """Counts calls that reach Chroma (each one a round trip to a server): collection reads and
    writes, and the client's `get_collection` that reads a collection's revision."""

    def __init__(self) -> None:
        self.count = 0
        from chromadb.api.client import Client
        from chromadb.api.models.Collection import Collection

        for name in ("get", "query", "count", "upsert", "add", "delete", "modify"):
            original = getattr(Collection, name)
            setattr(Collection, name, self._counted(original))
        Client.get_collection = self._counted(Client.get_collection)  # type: ignore[method-assign]

    def _counted(self, method: Any) -> Any:
        def counted(*args: Any, **kwargs: Any) -> Any:
            self.count += 1
            return method(*args, **kwargs)

        return counted


def peak_rss_kb() -> int:
    """This process's peak RSS (VmHWM); ru_maxrss survives fork+exec on Linux and would report
    the parent's."""
    return int(Path("/proc/self/status").read_text().split("VmHWM:")[1].split()[0])


COLD_START = """
import json, sys, time
started = time.perf_counter()
from qa.api import TanyaService
from qa.settings import Settings
imported = time.perf_counter()
service = TanyaService(Settings())
service.ask("Kapan Zelensky mengunjungi markas NATO?", mode="extractive")
ready = time.perf_counter()
print(json.dumps({"imports_s": imported - started, "open_and_first_ask_s": ready - imported}))
sys.stdout.flush()
for line in sys.stdin:
    t = time.perf_counter()
    answer = service.ask(line.strip(), mode="extractive")
    sync = service.index.syncs[-1] if service.index.syncs else None
    peak_kb = int(open("/proc/self/status").read().split("VmHWM:")[1].split()[0])
    print(json.dumps({"ask_s": time.perf_counter() - t, "sync": sync,
                      "ids": [p.article.id for p in answer.passages], "rss_mb": peak_kb / 1024}))
    sys.stdout.flush()
"""


def measure(size: int, data: Path, url: str, vectors: Vectors, trips: RoundTrips) -> dict[str, Any]:
    settings = Settings(data_dir=data, corpus_dir=data / "none", chroma_url=url)
    service = TanyaService(settings)
    index = service.index
    templates = real_articles()
    real_pairs = [(a, a) for a in templates]
    with index.writing():  # as `ingest_articles` writes: locked, repaired first, caught up
        index.repair()
        index.fresh_lexical()  # the lexical index then keeps pace with the writes
        index.write_articles(vectors.writes(real_pairs, noisy=False))
        real_chunks = chunks = index.chunks.count()
        n, build = 0, 0.0
        while chunks < size:
            batch = [(synthetic(templates[i % 5], i), templates[i % 5]) for i in range(n, n + 40)]
            n += len(batch)
            writes = vectors.writes(batch, noisy=True)
            started = time.perf_counter()
            index.write_articles(writes)
            build += time.perf_counter() - started
            chunks += sum(len(w.chunks) for w in writes)
    result: dict[str, Any] = {"chunks": index.chunks.count(), "articles": n + 5}
    result["store_write_chunks_per_s"] = round((chunks - real_chunks) / build, 1) if build else None

    gold = load_gold(REPO / "eval" / "gold")
    timed = [g.question for g in gold[:QUESTIONS_TIMED]]
    # One untimed question first: this process's one-off loads (stemmer, dictionaries, answer
    # model) belong to the cold start, measured on its own below.
    service.ask(gold[-1].question, mode="extractive")
    for label in ("first", "repeated"):
        times = []
        for question in timed:
            started = time.perf_counter()
            service.ask(question, mode="extractive")
            times.append(time.perf_counter() - started)
        result[f"ask_{label}_ms"] = _ms(times)
    times = []
    for question in timed:
        started = time.perf_counter()
        service.retrieve(question)
        times.append(time.perf_counter() - started)
    result["retrieve_ms"] = _ms(times)
    import datetime as dt

    filters: tuple[tuple[str, dict[str, Any]], ...] = (
        ("date", {"date_from": dt.date(2023, 1, 1), "date_to": dt.date(2023, 12, 31)}),
        ("source", {"sources": ["Kompas.com"]}),
    )
    for label, kwargs in filters:
        times = []
        for question in timed[:20]:
            started = time.perf_counter()
            service.ask(question, mode="extractive", **kwargs)
            times.append(time.perf_counter() - started)
        result[f"ask_{label}_filter_ms"] = _ms(times)
    before = trips.count
    service.ask(timed[0], mode="extractive")
    result["chroma_round_trips_per_ask"] = trips.count - before

    extra = vectors.writes([(synthetic(templates[0], 10_000_000), templates[0])], noisy=True)
    started = time.perf_counter()
    with index.writing():
        index.repair()
        index.write_articles(extra)
    result["add_one_article_s"] = round(time.perf_counter() - started, 3)
    started = time.perf_counter()
    service.remove(extra[0].document.id)
    result["remove_one_article_s"] = round(time.perf_counter() - started, 3)

    result.update(quality(service))

    env = {**os.environ, "PYTHONPATH": str(REPO), "TANYA_DATA_DIR": str(data)}
    env["TANYA_CORPUS_DIR"] = str(data / "none")
    env["TANYA_CHROMA_URL"] = url
    child = subprocess.Popen(
        [sys.executable, "-c", COLD_START],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdin and child.stdout
    result["cold_start"] = json.loads(child.stdout.readline())
    # The same questions in a serving process: an app server started on the built store, as a
    # deployment runs, rather than the process that has just written every passage (whose
    # lexical index may still be merging its delta in the background while the Chroma server
    # compacts what it was sent).
    for label in ("first", "repeated"):
        times = []
        for question in timed:
            child.stdin.write(f"{question}\n")
            child.stdin.flush()
            times.append(json.loads(child.stdout.readline())["ask_s"])
        result[f"serving_ask_{label}_ms"] = _ms(times)
    victim = "zelensky-tiba-di-markas-nato"
    started = time.perf_counter()
    service.remove(victim)
    result["remove_real_article_s"] = round(time.perf_counter() - started, 3)
    child.stdin.write("Kapan Zelensky mengunjungi markas NATO?\n")
    child.stdin.flush()
    seen = json.loads(child.stdout.readline())
    result["other_process_after_remove"] = {
        "ask_s": round(seen["ask_s"], 3),
        "sync": seen["sync"],
        "still_sees_removed": victim in seen["ids"],
    }
    result["serving_process_peak_rss_mb"] = round(seen["rss_mb"])
    child.stdin.close()
    child.wait(timeout=60)
    result["builder_peak_rss_mb"] = round(peak_rss_kb() / 1024)
    result["disk_mb"] = round(
        sum(f.stat().st_size for f in data.rglob("*") if f.is_file()) / 2**20, 1
    )
    return result


def quality(service: TanyaService) -> dict[str, float]:
    """Recall@5 and accuracy on every answerable gold question (both splits), asked as `tanya
    eval` asks them: follow-ups after their earlier turns, answers included."""

    def system(question: str, history: History) -> tuple[Answer, list[Passage]]:
        answer = service.ask(question, history=history, mode="extractive")
        return answer, answer.passages

    scored = [r for r in evaluate(system, load_gold(REPO / "eval" / "gold")) if r.answerable]
    return {
        "recall_at_5": round(sum(r.hit_rank is not None for r in scored) / len(scored), 3),
        "accuracy": round(sum(r.correct for r in scored) / len(scored), 3),
    }


def real_articles_alone(vectors: Vectors, data: Path) -> dict[str, float]:
    """The same quality numbers with only the 5 real articles stored: the baseline."""
    service = TanyaService(Settings(data_dir=data, corpus_dir=data / "none"))
    service.index.fresh_lexical()
    service.index.write_articles(vectors.writes([(a, a) for a in real_articles()], noisy=False))
    return quality(service)


def ingest_ratio(sample_chunks: int) -> dict[str, Any]:
    """End-to-end ingest vs the raw embedder on the same texts, same run, real model."""
    templates = real_articles()
    articles: list[Article] = []
    chunks = 0
    with tempfile.TemporaryDirectory() as tmp:
        service = TanyaService(Settings(data_dir=Path(tmp), corpus_dir=Path(tmp) / "none"))
        while chunks < sample_chunks:
            article = synthetic(templates[len(articles) % 5], 5_000_000 + len(articles))
            articles.append(article)
            chunks += len(_plan(service.index, article, "0", "added", "").chunks)
        texts = [t for a in articles for t in _plan(service.index, a, "0", "added", "").texts]
        engine = service.index.embedding._engine  # type: ignore[attr-defined]
        engine.passage(texts[:8])  # warm up
        # The raw engine at its best: batches of similar length (less padding), as ingest does.
        by_length = sorted(texts, key=len)
        started = time.perf_counter()
        for first in range(0, len(by_length), 32):
            engine.passage(by_length[first : first + 32])
        raw = time.perf_counter() - started
        started = time.perf_counter()
        ingest_articles(service.index, articles)
        total = time.perf_counter() - started
    return {
        "chunks": chunks,
        "texts_embedded": len(texts),
        "raw_embedder_s": round(raw, 2),
        "end_to_end_s": round(total, 2),
        "raw_chunks_per_s": round(chunks / raw, 2),
        "end_to_end_chunks_per_s": round(chunks / total, 2),
        "ratio": round(raw / total, 3),
    }


def table(results: dict[str, Any]) -> str:
    rows = [
        "| store | chunks | ask p50/p95 first (ms) | ask p50/p95 repeated | ask p50/p95 first, "
        "building process | retrieve p50/p95 | ask date / source filter p50 | add / remove one "
        "(s) | other process after remove | cold start (imports + open + first ask, s) | Chroma "
        "calls / ask | peak RSS serving / building (MB) | disk (MB) | recall@5 | accuracy |",
        "|" + "---|" * 15,
    ]
    for run in results["runs"]:
        cold = run["cold_start"]
        other = run["other_process_after_remove"]
        sync = (other["sync"] or ["shared index"])[0]
        first, repeated = run["serving_ask_first_ms"], run["serving_ask_repeated_ms"]
        rows.append(
            f"| {run['store']} | {run['chunks']:,} | {first['p50']} / {first['p95']} | "
            f"{repeated['p50']} / {repeated['p95']} | {run['ask_first_ms']['p50']} / "
            f"{run['ask_first_ms']['p95']} | {run['retrieve_ms']['p50']} / "
            f"{run['retrieve_ms']['p95']} | {run['ask_date_filter_ms']['p50']} / "
            f"{run['ask_source_filter_ms']['p50']} | {run['add_one_article_s']} / "
            f"{run['remove_one_article_s']} | {other['ask_s']} s, {sync} "
            f"({'stale' if other['still_sees_removed'] else 'current'}) | "
            f"{cold['imports_s']:.1f} + {cold['open_and_first_ask_s']:.1f} | "
            f"{run['chroma_round_trips_per_ask']} | {run['serving_process_peak_rss_mb']} / "
            f"{run['builder_peak_rss_mb']} | {run['disk_mb']} | {run['recall_at_5']} | "
            f"{run['accuracy']} |"
        )
    notes = []
    if alone := results.get("real_articles_alone"):
        notes.append(
            f"The 5 real articles alone (no synthetic ones): recall@5 {alone['recall_at_5']}, "
            f"accuracy {alone['accuracy']}."
        )
    if ratio := results.get("ingest"):
        notes.append(
            f"Ingest, real model, {ratio['chunks']} chunks ({ratio['texts_embedded']} texts: "
            f"chunks, sentences, leads): raw embedder {ratio['raw_chunks_per_s']} chunks/s, end "
            f"to end {ratio['end_to_end_chunks_per_s']} chunks/s = {ratio['ratio']:.0%} of raw."
        )
    return "\n".join(rows + [line for note in notes for line in ("", note)])


def plot(results: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, (latency, memory) = plt.subplots(1, 2, figsize=(11, 4))
    for store in sorted({r["store"] for r in results["runs"]}):
        runs = [r for r in results["runs"] if r["store"] == store]
        sizes = [r["chunks"] for r in runs]
        for key, style in (("serving_ask_first_ms", "-o"), ("ask_date_filter_ms", "--s")):
            latency.plot(sizes, [r[key]["p50"] for r in runs], style, label=f"{store} {key} p50")
        latency.plot(
            sizes, [r["serving_ask_first_ms"]["p95"] for r in runs], ":^", label=f"{store} p95"
        )
        memory.plot(sizes, [r["serving_process_peak_rss_mb"] for r in runs], "-o", label=store)
    for axis, title in ((latency, "ask() latency (ms)"), (memory, "peak RSS, serving (MB)")):
        axis.set_xscale("log")
        axis.set_xlabel("chunks")
        axis.set_title(title)
        axis.legend(fontsize=7)
    figure.tight_layout()
    figure.savefig(path, dpi=110)


def one_run(size: int, store: str) -> dict[str, Any]:
    """One size against one store, in a process of its own (so its peak RSS is its own): the
    model, the vectors of the real articles, the store built to `size` chunks, then measured."""
    trips = RoundTrips()
    with tempfile.TemporaryDirectory() as tmp:
        probe = TanyaService(Settings(data_dir=Path(tmp) / "probe", corpus_dir=Path(tmp)))
        vectors = Vectors(probe, real_articles())
        data = Path(tmp) / "data"
        if store == "server":
            with chroma_server(Path(tmp) / "chroma") as url:
                run = measure(size, data, url, vectors, trips)
        else:
            run = measure(size, data, "", vectors, trips)
    run["store"] = store
    return run


def in_child(*args: str) -> dict[str, Any]:
    """Runs this script with `args` in a fresh process and returns the JSON it prints last."""
    done = subprocess.run(
        [sys.executable, __file__, *args], stdout=subprocess.PIPE, text=True, check=True
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--server", action="store_true", help="also against `chroma run`")
    parser.add_argument("--embed-sample", type=int, default=300, help="chunks, real model")
    parser.add_argument("--one", nargs=2, metavar=("SIZE", "STORE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_run(int(args.one[0]), args.one[1])), flush=True)
        return
    results: dict[str, Any] = {"cpus": os.cpu_count(), "runs": []}
    if args.embed_sample:
        results["ingest"] = ingest_ratio(args.embed_sample)
        print(json.dumps(results["ingest"]), flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        probe = TanyaService(Settings(data_dir=Path(tmp) / "probe", corpus_dir=Path(tmp)))
        vectors = Vectors(probe, real_articles())
        results["real_articles_alone"] = real_articles_alone(vectors, Path(tmp) / "alone")
        print(json.dumps(results["real_articles_alone"]), flush=True)
    for size in args.sizes:
        for store in ["embedded", "server"] if args.server else ["embedded"]:
            run = in_child("--one", str(size), store)
            results["runs"].append(run)
            print(json.dumps(run), flush=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "scale.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    (RESULTS / "scale.md").write_text(table(results) + "\n", encoding="utf-8")
    plot(results, RESULTS / "scale.png")
    print(table(results))


if __name__ == "__main__":
    main()
