"""`tanya` command line: ask, ingest, remove, reindex, list, build-corpus, eval, ui.

Every expected failure is one clear line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import re
import sys
import traceback
import uuid
from collections.abc import Sequence
from importlib.metadata import entry_points
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from qa.answer.backends import LLMError
from qa.api import QuestionError, get_service
from qa.ingest.load import ArticleLoadError
from qa.text.dates import parse_iso_date
from vectorstore.chroma_store import StoreError
from vectorstore.embeddings import EmbeddingModelError

# ValueError covers bad TANYA_* values (pydantic) and a malformed TANYA_LLM spec.
EXPECTED_ERRORS = (
    QuestionError,
    ArticleLoadError,
    StoreError,
    EmbeddingModelError,
    LLMError,
    OSError,
    ValueError,
)


_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-_])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """Text from articles and users without escape sequences or control characters, so a title
    cannot recolour, retitle or rewrite the user's terminal."""
    return _CONTROL.sub("", _ANSI.sub("", text))


def _print(text: str = "", error: bool = False) -> None:
    print(terminal_safe(text), file=sys.stderr if error else sys.stdout)


def _date(value: str) -> dt.date:
    try:
        return parse_iso_date(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from error


def _cmd_ask(args: argparse.Namespace) -> int:
    answer = get_service().ask(
        args.question,
        sources=args.source or None,
        date_from=args.date_from,
        date_to=args.date_to,
        top_k=args.top_k,
    )
    if args.json:
        print(answer.model_dump_json(indent=2))  # JSON escapes control characters itself
    else:
        _print(answer.with_sources())
        if args.explain:
            _print("\nPenjelasan:\n" + "\n".join(f"- {line}" for line in answer.trace))
    return 0


def _cmd_ingest(args: argparse.Namespace) -> int:
    service = get_service()
    paths = [Path(p) for p in args.paths] or [service.settings.corpus_dir]
    report = service.ingest(paths)
    for error in report.errors:
        _print(f"gagal: {error}", error=True)
    for result in report.results:
        detail = f" ({result.detail})" if result.detail else ""
        _print(f"{result.status:9} {result.article_id} {result.chunks} potongan{detail}")
    _print(report.summary())
    return 1 if report.errors and not report.results else 0


def _cmd_remove(args: argparse.Namespace) -> int:
    removed = get_service().remove(args.article_id)
    if not removed:
        _print(f"Artikel '{args.article_id}' tidak ada di indeks.", error=True)
        return 1
    _print(f"Artikel '{args.article_id}' dihapus ({removed} potongan).")
    return 0


def _cmd_reindex(args: argparse.Namespace) -> int:
    report = get_service().reindex([Path(p) for p in args.paths] or None)
    print(report.summary())
    return 0


def _cmd_list(args: argparse.Namespace) -> int:
    for meta, chunks in get_service().articles():
        published = meta.published.isoformat() if meta.published else "-"
        fields = [meta.id, published, meta.source or "-", str(chunks), meta.title]
        _print("\t".join(" ".join(field.split()) for field in fields))
    return 0


def _cmd_build_corpus(args: argparse.Namespace) -> int:
    from qa.ingest.corpus import build_corpus

    for article in build_corpus(Path(args.raw), Path(args.out)):
        _print(f"{article.id}: {len(article.text)} karakter")
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from qa.evaluation.run import run_cli

    return run_cli(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tanya", description="Tanya Berita: tanya-jawab berita")
    parser.add_argument(
        "--debug", action="store_true", help="cetak traceback lengkap (juga: TANYA_DEBUG=1)"
    )
    commands = parser.add_subparsers(dest="command", required=True)

    ask = commands.add_parser("ask", help="jawab satu pertanyaan")
    ask.add_argument("question")
    ask.add_argument("--json", action="store_true", help="cetak Answer sebagai JSON")
    ask.add_argument(
        "--explain", action="store_true", help="mengapa kalimat ini, mengapa menjawab/abstain"
    )
    ask.add_argument("--source", action="append", help="batasi ke penerbit ini (boleh berulang)")
    ask.add_argument("--date-from", type=_date)
    ask.add_argument("--date-to", type=_date)
    ask.add_argument("--top-k", type=int)
    ask.set_defaults(handler=_cmd_ask)

    ingest = commands.add_parser("ingest", help="masukkan artikel (file atau folder)")
    ingest.add_argument("paths", nargs="*")
    ingest.set_defaults(handler=_cmd_ingest)

    remove = commands.add_parser("remove", help="hapus satu artikel dari indeks")
    remove.add_argument("article_id")
    remove.set_defaults(handler=_cmd_remove)

    reindex = commands.add_parser("reindex", help="bangun ulang indeks dengan model saat ini")
    reindex.add_argument("paths", nargs="*")
    reindex.set_defaults(handler=_cmd_reindex)

    listing = commands.add_parser("list", help="daftar artikel di indeks")
    listing.set_defaults(handler=_cmd_list)

    build = commands.add_parser("build-corpus", help="bersihkan corpus/raw ke corpus/articles")
    build.add_argument("--raw", default="corpus/raw")
    build.add_argument("--out", default="corpus/articles")
    build.set_defaults(handler=_cmd_build_corpus)

    evaluate = commands.add_parser("eval", help="ukur kualitas pada gold set")
    evaluate.add_argument("--gold", default="eval/gold")
    evaluate.add_argument("--out", default="reports/eval")
    evaluate.add_argument("--baselines", action="store_true")
    evaluate.add_argument(
        "--fit", action="store_true", help="latih model jawab/abstain pada split dev"
    )
    evaluate.add_argument("--split", choices=["dev", "test"], help="hanya satu split")
    evaluate.add_argument("--min-strict", type=float, default=0.0)
    evaluate.add_argument("--min-consistency", type=float, default=0.0)
    evaluate.add_argument("--max-harmful", type=float, default=1.0)
    evaluate.add_argument("--max-false-abstentions", type=float, default=1.0)
    evaluate.add_argument("--min-accuracy", type=float, default=0.0)
    evaluate.add_argument("--min-recall5", type=float, default=0.0)
    evaluate.add_argument("--min-mrr", type=float, default=0.0)
    evaluate.add_argument("--min-citation-precision", type=float, default=0.0)
    evaluate.add_argument("--min-abstention-f1", type=float, default=0.0)
    evaluate.set_defaults(handler=_cmd_eval)

    # Faces outside `qa` (the web UI) add their own commands through the "tanya.commands" entry
    # point group, so `qa` never imports them.
    for plugin in entry_points(group="tanya.commands"):
        plugin.load()(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    debug = args.debug or os.environ.get("TANYA_DEBUG", "") not in ("", "0")
    try:
        code = int(args.handler(args))
        sys.stdout.flush()  # a closed pipe shows up here, not at interpreter exit
        return code
    except BrokenPipeError:
        # `tanya ask … | head -1`: the reader left; say nothing more, and keep Python's exit
        # flush from writing into the closed pipe.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except EXPECTED_ERRORS as error:
        if debug:
            traceback.print_exc()
        _print(f"Kesalahan: {_one_line(error)}", error=True)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        if debug:
            traceback.print_exc()
        error_id = uuid.uuid4().hex[:8]
        where = _log_unexpected(error_id)
        _print(
            f"Kesalahan tak terduga ({error.__class__.__name__}, id {error_id}); rinciannya di "
            f"{where}. Jalankan dengan --debug untuk melihat traceback.",
            error=True,
        )
        return 3


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return text[:500] or error.__class__.__name__


def _log_unexpected(error_id: str) -> str:
    """Appends the traceback under `error_id` to the data dir's error log; returns its path."""
    try:
        from qa.settings import get_settings

        log_dir = get_settings().data_dir / "logs"
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / "errors.log"
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {dt.datetime.now().isoformat()} id={error_id}\n")
            handle.write(traceback.format_exc())
        return str(path)
    except (OSError, ValueError):  # read-only or full disk: the line on stderr must still come
        return "(log tidak dapat ditulis)"


if __name__ == "__main__":
    sys.exit(main())
