"""Shared fixtures: a real Chroma store on disk in a temp dir, built from the real corpus with the
real default embedding model."""

from __future__ import annotations

import os
from collections.abc import Iterator
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
