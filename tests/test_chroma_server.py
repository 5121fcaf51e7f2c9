"""The same ingest/ask/remove flow against a real Chroma server (`chroma run`) over HTTP."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import CORPUS, free_port, make_service


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    binary = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    if not Path(binary).exists():
        pytest.skip("CHROMA SERVER TEST SKIPPED: the `chroma` command is not installed")
    port = free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    server = subprocess.Popen(
        [binary, "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.2)
    else:
        server.kill()
        pytest.fail("chroma server did not start within 30 s")
    yield url
    server.terminate()
    server.wait(timeout=10)


def test_server_mode_ingests_answers_and_removes(chroma_url: str, tmp_path: Path) -> None:
    service = make_service(tmp_path / "data", chroma_url=chroma_url)
    answer = service.ask("Kapan Zelensky mengunjungi markas NATO?")  # builds the index first
    assert answer.passages[0].article.id == "zelensky-tiba-di-markas-nato"
    assert not (tmp_path / "data" / "chroma").exists()  # nothing embedded on local disk
    again = service.ingest([CORPUS])
    assert again.count("unchanged") == 5 and again.chunks_written == 0
    assert service.remove("zelensky-tiba-di-markas-nato") > 0
    # a second process (fresh service, same server) sees the removal, lexical index included
    other = make_service(tmp_path / "data", chroma_url=chroma_url)
    assert other.article("zelensky-tiba-di-markas-nato") is None
    assert all(
        p.article.id != "zelensky-tiba-di-markas-nato"
        for p in other.retriever.retrieve("Zelensky tiba di markas NATO Brussels", 5)
    )
