"""Shared fixtures: a real Chroma store on disk in a temp dir, built from the real corpus with the
real default embedding model."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from qa.api import TanyaService
from qa.settings import Settings

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus" / "articles"
RAW = REPO / "corpus" / "raw"


def make_service(data_dir: Path, corpus_dir: Path = CORPUS, **overrides: object) -> TanyaService:
    settings = Settings(data_dir=data_dir, corpus_dir=corpus_dir, **overrides)  # type: ignore[arg-type]
    return TanyaService(settings)


@pytest.fixture(scope="session")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TanyaService]:
    """The default corpus indexed once per session; tests here only read from it."""
    built = make_service(tmp_path_factory.mktemp("shared-index"))
    built.ensure_index()
    yield built


@pytest.fixture
def fresh_service(tmp_path: Path) -> TanyaService:
    """An empty store of its own, for tests that write."""
    return make_service(tmp_path / "data", corpus_dir=tmp_path / "no-corpus")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def running_app(data_dir: Path) -> Iterator[str]:
    """The real Gradio app on a free port over `data_dir`, filled from the default corpus; yields
    its URL. Settings and the shared service are reset before and after."""
    import qa.api
    import qa.settings
    from qa import get_service
    from ui.app import build_app, launch_options

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TANYA_DATA_DIR", str(data_dir))
        patch.setenv("TANYA_CORPUS_DIR", str(CORPUS))
        patch.setattr(qa.api, "_service", None)
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
            get_service().ensure_index()
            yield str(app.local_url)
        finally:
            app.close()
    qa.settings.get_settings.cache_clear()
