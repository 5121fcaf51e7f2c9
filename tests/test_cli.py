"""The `tanya` command as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def _tanya(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "TANYA_DATA_DIR": str(data_dir),
        "TANYA_CORPUS_DIR": str(REPO / "corpus" / "articles"),
    }
    return subprocess.run(
        [sys.executable, "-m", "qa.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=300,
        check=False,
    )


def test_ask_prints_answer_and_numbered_sources(tmp_path: Path) -> None:
    result = _tanya("ask", "Kapan Zelensky mengunjungi markas NATO?", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "11 Oktober 2023" in result.stdout
    assert (
        "Sumber:" in result.stdout and "[1] Presiden Ukraina Tiba di Markas NATO" in result.stdout
    )
    as_json = _tanya("ask", "--json", "Siapa Sekjen NATO?", data_dir=tmp_path)
    payload = json.loads(as_json.stdout)
    assert payload["citations"] and "Stoltenberg" in payload["text"]


def test_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    empty = _tanya("ask", "  ", data_dir=tmp_path)
    assert empty.returncode != 0 and "Traceback" not in empty.stderr
    assert "Pertanyaan kosong" in empty.stderr
    missing = _tanya("ingest", str(tmp_path / "tidak-ada"), data_dir=tmp_path)
    assert missing.returncode != 0 and "tidak ditemukan" in missing.stderr
    removed = _tanya("remove", "artikel-yang-tidak-ada", data_dir=tmp_path)
    assert removed.returncode != 0 and "Traceback" not in removed.stderr
