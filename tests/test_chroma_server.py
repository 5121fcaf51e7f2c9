"""The same ingest/ask/remove flow against a real Chroma server (`chroma run`) over HTTP."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CORPUS, PORT_ARTICLE, free_port, make_service


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


SECOND_HOST = """
import json, sys
from qa.api import TanyaService
from qa.settings import Settings
service = TanyaService(Settings())
for line in sys.stdin:
    passages = service.retriever.retrieve(line.strip(), 5, mode="lexical")
    sync = service.index.syncs[-1] if service.index.syncs else None
    print(json.dumps({"ids": [p.article.id for p in passages], "sync": sync}))
    sys.stdout.flush()
"""


def test_two_app_hosts_with_their_own_data_dirs_share_one_server(
    chroma_url: str, tmp_path: Path
) -> None:
    """Host A writes; host B (another process, another data dir) sees every change on its next
    question, catching up from the change log instead of re-reading the store."""
    settings = {"chroma_url": chroma_url, "collection": "dua_host", "embed_model": "hashing"}
    host_a = make_service(tmp_path / "a", **settings)
    host_a.ingest([CORPUS])
    env = {
        **os.environ,
        "PYTHONPATH": str(CORPUS.parents[1]),
        "TANYA_DATA_DIR": str(tmp_path / "b"),
        "TANYA_CHROMA_URL": chroma_url,
        "TANYA_COLLECTION": "dua_host",
        "TANYA_EMBED_MODEL": "hashing",
    }
    host_b = subprocess.Popen(
        [sys.executable, "-c", SECOND_HOST],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert host_b.stdin and host_b.stdout

    def ask_b(question: str) -> dict[str, Any]:
        host_b.stdin.write(question + "\n")  # type: ignore[union-attr]
        host_b.stdin.flush()  # type: ignore[union-attr]
        return dict(json.loads(host_b.stdout.readline()))  # type: ignore[union-attr]

    try:
        first = ask_b("Zelensky tiba di markas NATO Brussels")
        assert "zelensky-tiba-di-markas-nato" in first["ids"] and first["sync"][0] == "full"
        assert host_a.remove("zelensky-tiba-di-markas-nato") > 0
        after_remove = ask_b("Zelensky tiba di markas NATO Brussels")
        assert "zelensky-tiba-di-markas-nato" not in after_remove["ids"]
        assert after_remove["sync"][0] == "log"
        folder = tmp_path / "in"
        folder.mkdir()
        (folder / "p.md").write_text(PORT_ARTICLE, encoding="utf-8")
        assert host_a.ingest([folder]).count("added") == 1
        after_add = ask_b("pelabuhan Kota Lautan")
        assert after_add["ids"][:1] == ["pelabuhan-kota-lautan"]
        assert after_add["sync"] == ["log", 1]  # just the new article, not the whole store
    finally:
        host_b.stdin.close()
        host_b.wait(timeout=30)
