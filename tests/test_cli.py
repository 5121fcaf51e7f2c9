"""The `tanya` command as a user runs it. Two tests start the real command in a fresh process
(what the terminal shows); the tables call `qa.cli.main` in this process with fresh settings and
service per call, which is the same code path and much faster. All on the hashing double except
where the real answer is the point."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from qa.api import TanyaService
from qa.settings import PROJECT_DIR, Settings
from tests.conftest import CORPUS, HASHING, PORT_ARTICLE, REPO, CliResult, make_service

BUILDING = "Membangun indeks korpus contoh: 5 artikel"
RunCli = Callable[..., CliResult]


def _tanya(*args: str, cwd: Path = REPO, **env: str) -> subprocess.CompletedProcess[str]:
    """The real command in a new process, with only the TANYA_* settings given here."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("TANYA_")}
    settings = {"TANYA_EMBED_MODEL": HASHING, **{f"TANYA_{k.upper()}": v for k, v in env.items()}}
    return subprocess.run(
        [sys.executable, "-m", "qa.cli", *args],
        capture_output=True,
        text=True,
        env={**clean, **settings},
        cwd=cwd,
        timeout=300,
        check=False,
    )


@pytest.fixture
def relative_data_dir() -> Iterator[str]:
    """A data dir given relative to the project folder, inside the ignored test-artifacts/."""
    relative = f"test-artifacts/cli-data-{uuid.uuid4().hex[:8]}"
    yield relative
    shutil.rmtree(REPO / relative, ignore_errors=True)


def test_first_ask_from_another_folder_builds_the_demo_index_and_says_so(
    tmp_path: Path, relative_data_dir: str
) -> None:
    result = _tanya("ask", "--json", "Siapa Sekjen NATO?", cwd=tmp_path, data_dir=relative_data_dir)
    assert result.returncode == 0, result.stderr
    assert BUILDING in result.stderr and "Traceback" not in result.stderr
    answer = json.loads(result.stdout)
    assert answer["question"] == "Siapa Sekjen NATO?" and answer["passages"]
    # The relative TANYA_DATA_DIR was read against the project folder, not the working one.
    assert (REPO / relative_data_dir / "chroma").is_dir()
    assert not (tmp_path / "test-artifacts").exists()


def test_missing_path_is_one_line_without_indexing_anything(tmp_path: Path) -> None:
    result = _tanya("ingest", str(tmp_path / "tidak-ada"), data_dir=str(tmp_path / "data"))
    assert result.returncode == 1
    assert (
        result.stderr.strip()
        == f"gagal: {tmp_path / 'tidak-ada'}: tidak ditemukan (file atau folder tidak ada)"
    )
    assert make_service(tmp_path / "data").index.documents.count() == 0


@pytest.mark.model
def test_ask_prints_the_answer_and_numbered_sources(
    run_cli: RunCli, model_service: TanyaService
) -> None:
    result = run_cli("ask", "Kapan Zelensky mengunjungi markas NATO?", service=model_service)
    assert result.code == 0, result.err
    answer, sources = result.out.split("\n\nSumber:\n")
    assert "11 Oktober 2023" in answer and "[1]" in answer
    assert sources.startswith("[1] Presiden Ukraina Tiba di Markas NATO")
    as_json = run_cli("ask", "--json", "Siapa Sekjen NATO?", service=model_service)
    payload = json.loads(as_json.out)
    assert payload["citations"] and "Stoltenberg" in payload["text"]


def test_ask_builds_the_demo_index_only_once(
    run_cli: RunCli, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    data_dir = str(tmp_path / "data")
    assert run_cli("ask", "Siapa Sekjen NATO?", data_dir=data_dir).code == 0
    assert BUILDING in caplog.text
    caplog.clear()
    assert run_cli("ask", "Siapa Sekjen NATO?", data_dir=data_dir).code == 0
    assert "Membangun" not in caplog.text


@pytest.mark.parametrize(
    ("argv", "debug_env", "traceback"),
    [
        (["ask", "  "], None, False),
        (["--debug", "ask", "  "], None, True),
        (["ask", "  "], "1", True),
        (["ask", "  "], "0", False),
        (["ask", "  "], "", False),
    ],
)
def test_debug_flag_or_env_adds_the_traceback(
    run_cli: RunCli, tmp_path: Path, argv: list[str], debug_env: str | None, traceback: bool
) -> None:
    env = {"debug": debug_env} if debug_env is not None else {}
    result = run_cli(*argv, data_dir=str(tmp_path / "data"), **env)
    assert result.code == 2
    assert result.err.splitlines()[-1].startswith("Kesalahan: Pertanyaan kosong.")
    assert ("Traceback (most recent call last)" in result.err) == traceback
    if not traceback:
        assert len(result.err.splitlines()) == 1


@pytest.mark.parametrize(
    ("argv", "code", "lines"),
    [
        (["ask", "  "], 2, ["Kesalahan: Pertanyaan kosong."]),
        (["ingest", "{tmp}/tidak-ada"], 1, ["gagal: {tmp}/tidak-ada: tidak ditemukan"]),
        (["ingest", "{tmp}/kosong"], 1, ["gagal: {tmp}/kosong: tidak ada artikel"]),
        (
            ["ingest", "{tmp}/kosong", "{tmp}/tidak-ada"],
            1,
            ["gagal: {tmp}/kosong: tidak ada artikel", "gagal: {tmp}/tidak-ada: tidak ditemukan"],
        ),
        (["remove", "artikel-yang-tidak-ada"], 1, ["Artikel 'artikel-yang-tidak-ada' tidak ada"]),
    ],
)
def test_errors_are_one_line_each_and_index_nothing(
    run_cli: RunCli, tmp_path: Path, argv: list[str], code: int, lines: list[str]
) -> None:
    (tmp_path / "kosong").mkdir()
    (tmp_path / "kosong" / "catatan.pdf").write_bytes(b"%PDF")
    result = run_cli(*(a.format(tmp=tmp_path) for a in argv), data_dir=str(tmp_path / "data"))
    assert result.code == code
    printed = result.err.splitlines()
    assert len(printed) == len(lines) and "Traceback" not in result.err
    for line, start in zip(printed, lines, strict=True):
        assert line.startswith(start.format(tmp=tmp_path)), printed
    assert make_service(tmp_path / "data").index.documents.count() == 0


def test_ingest_into_an_empty_store_indexes_only_that_path(run_cli: RunCli, tmp_path: Path) -> None:
    article = tmp_path / "in" / "pelabuhan.md"
    article.parent.mkdir()
    article.write_text(PORT_ARTICLE, encoding="utf-8")
    data_dir = str(tmp_path / "data")
    ingested = run_cli("ingest", str(article), data_dir=data_dir)
    assert ingested.code == 0, ingested.err
    assert ingested.out.splitlines()[-1].startswith("1 ditambahkan")
    listed = run_cli("list", data_dir=data_dir)
    assert [line.split("\t")[0] for line in listed.out.splitlines()] == ["pelabuhan-kota-lautan"]


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("corpus/articles", CORPUS),
        ("data", PROJECT_DIR / "data"),
        ("data/uji", PROJECT_DIR / "data" / "uji"),
        ("../di-luar", PROJECT_DIR / ".." / "di-luar"),
        ("/srv/tanya", Path("/srv/tanya")),
        ("~/tanya", Path.home() / "tanya"),
    ],
)
def test_relative_data_dir_is_read_against_the_project_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, given: str, expected: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TANYA_DATA_DIR", given)
    monkeypatch.setenv("TANYA_CORPUS_DIR", given)
    settings = Settings()
    assert settings.data_dir == expected and settings.corpus_dir == expected


@pytest.mark.parametrize("how", ["--port", "TANYA_UI_PORT"])
def test_taken_port_names_the_ways_to_choose_another(run_cli: RunCli, how: str) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        if how == "--port":
            result = run_cli("ui", "--port", str(port))
        else:
            result = run_cli("ui", ui_port=str(port))
    assert result.code == 2
    assert result.err.strip() == (
        f"Kesalahan: Port {port} di 127.0.0.1 sudah dipakai. Pilih port lain: "
        f"`tanya ui --port {port + 1}` atau TANYA_UI_PORT={port + 1}."
    )
