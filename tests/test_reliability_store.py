"""Faults around the store (issue 12): silent servers, other processes writing the same data
dir, damaged files, SIGKILL in the middle of an ingest, a full disk, terminal-hostile titles."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from qa.answer.backends import LLMError
from qa.api import TanyaService
from qa.index import NewsIndex
from tests.conftest import CORPUS, REPO, free_port, make_service
from tests.faultlog import record
from vectorstore.chroma_store import Record, StoreError, VectorCollection

HASHING = {"TANYA_EMBED_MODEL": "hashing"}
QUESTIONS = (
    "Kapan Zelensky mengunjungi markas NATO?",
    "Siapa Sekjen NATO?",
    "Apa yang disetujui menteri pertahanan NATO?",
)


def tanya(*args: str, data_dir: Path, env: dict[str, str] | None = None, timeout: int = 120):
    full_env = {
        **os.environ,
        **HASHING,
        "TANYA_DATA_DIR": str(data_dir),
        "TANYA_CORPUS_DIR": str(CORPUS),
        **(env or {}),
    }
    return subprocess.run(
        [sys.executable, "-m", "qa.cli", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=REPO,
        timeout=timeout,
        check=False,
    )


def hashed(data_dir: Path, corpus: Path = CORPUS) -> TanyaService:
    return make_service(data_dir, corpus_dir=corpus, embed_model="hashing")


def one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert "Traceback" not in stderr, stderr
    return lines[-1] if lines else ""


def consistent(index: NewsIndex) -> None:
    """Every chunk belongs to a stored article version, every article has all its chunks, and
    BM25 knows only chunks that exist."""
    documents = index.documents.metadatas()
    chunk_ids = index.chunks.ids()
    for chunk_id in chunk_ids:
        article_id, fingerprint, _ = chunk_id.rsplit("::", 2)
        assert documents.get(article_id, {}).get("fingerprint") == fingerprint, chunk_id
    for article_id, meta in documents.items():
        mine = [c for c in chunk_ids if c.startswith(f"{article_id}::{meta['fingerprint']}::")]
        assert len(mine) == meta["chunks"], article_id
    hits = index.fresh_lexical().search("NATO Zelensky Ukraina pelabuhan kapal", 50)
    assert {h for h, _ in hits} <= chunk_ids


def top_passages(service: TanyaService) -> list[list[str]]:
    return [[p.chunk.id for p in service.retrieve(q, top_k=3)[2]] for q in QUESTIONS]


# 5. Timeouts -------------------------------------------------------------------------------


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A TCP port that accepts connections and never says a word."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(16)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"


def test_silent_chroma_server_times_out_with_one_line(silent_server: str, tmp_path: Path) -> None:
    record("faults", 1)
    result = tanya(
        "list",
        data_dir=tmp_path,
        env={"TANYA_CHROMA_URL": silent_server, "TANYA_CHROMA_TIMEOUT_S": "1"},
        timeout=60,
    )
    assert result.returncode == 2
    assert "tidak dapat dihubungi (ReadTimeout)" in one_line(result.stderr)


# 4. One data dir, many processes -------------------------------------------------------------


def test_running_service_follows_cli_ingest_and_reindex(tmp_path: Path) -> None:
    record("faults", 2)
    data = tmp_path / "data"
    service = hashed(data)
    service.ensure_index()
    article = tmp_path / "pelabuhan.md"
    article.write_text(
        "---\nid: pelabuhan\ntitle: Pelabuhan Kota Lautan\nsource: Harian Contoh\n---\n\n"
        "Menteri meresmikan pelabuhan baru di Kota Lautan. Pelabuhan itu menampung 40 kapal.\n",
        encoding="utf-8",
    )
    assert tanya("ingest", str(article), data_dir=data).returncode == 0
    question = "Berapa kapal yang ditampung pelabuhan Kota Lautan?"
    dense = service.retrieve(question, top_k=3, retrieval="dense")[2]
    assert dense and dense[0].article.id == "pelabuhan"
    reindexed = tanya("reindex", data_dir=data)
    assert reindexed.returncode == 0, reindexed.stderr
    after = service.retrieve(question, top_k=3, retrieval="dense")[2]
    assert after and after[0].article.id == "pelabuhan"  # rebuilt from the records, not lost


def test_lexical_rebuilds_of_two_processes_do_not_collide(tmp_path: Path) -> None:
    record("faults", 12)
    data = tmp_path / "data"
    hashed(data).ensure_index()
    lexical = data / "lexical" / "tanya_berita.sqlite3"
    runs = []
    for _ in range(4):
        for path in lexical.parent.glob(f"{lexical.name}*"):
            path.unlink()
        runs = [
            subprocess.Popen(
                [sys.executable, "-m", "qa.cli", "ask", QUESTIONS[0]],
                env={**os.environ, **HASHING, "TANYA_DATA_DIR": str(data)},
                cwd=REPO,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(3)
        ]
        for run in runs:
            _, stderr = run.communicate(timeout=120)
            assert run.returncode == 0 and "Error" not in stderr, stderr
    assert lexical.exists()
    assert not [p for p in lexical.parent.iterdir() if not p.name.startswith(lexical.name)]


# 8/9. Damaged files: one line naming `tanya reindex`, and reindex repairs -------------------


def test_corrupt_lexical_index_is_rebuilt_silently(tmp_path: Path) -> None:
    record("faults", 1)
    data = tmp_path / "data"
    reference = top_passages(service := hashed(data))
    del service
    for path in (data / "lexical").glob("tanya_berita.sqlite3*"):
        path.write_bytes(b"\x00garbage{" * 100)
    assert top_passages(hashed(data)) == reference


def test_garbage_in_sqlite_names_reindex_and_reindex_repairs(tmp_path: Path) -> None:
    record("faults", 1)
    data = tmp_path / "data"
    assert tanya("ingest", str(CORPUS), data_dir=data).returncode == 0
    sqlite = data / "chroma" / "chroma.sqlite3"
    raw = bytearray(sqlite.read_bytes())
    raw[100:] = os.urandom(len(raw) - 100)
    sqlite.write_bytes(bytes(raw))
    broken = tanya("list", data_dir=data)
    assert broken.returncode == 2 and "tanya reindex" in one_line(broken.stderr)
    fixed = tanya("reindex", data_dir=data)
    assert fixed.returncode == 0, fixed.stderr
    listing = tanya("list", data_dir=data)
    assert listing.returncode == 0 and len(listing.stdout.splitlines()) == 5


# 6. Atomic ingest: SIGKILL at many moments, a full disk ---------------------------------------


def _story(n: int, extra: str = "") -> str:
    sentences = " ".join(
        f"Kalimat {k} dari berita {n} tentang pelabuhan dan kapal nomor {n * 10 + k}."
        for k in range(9)
    )
    return (
        f"---\nid: berita-{n}\ntitle: Berita Pelabuhan {n}\nsource: Harian Contoh\n"
        f"published: '2024-01-0{n}'\n---\n\n{sentences} {extra}\n"
    )


@pytest.mark.faults
def test_sigkill_at_twelve_moments_leaves_no_orphans(tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    for n in (1, 2):
        (batch / f"b{n}.md").write_text(_story(n, "Versi baru."), encoding="utf-8")
    for n in (3, 4):
        (batch / f"b{n}.md").write_text(_story(n), encoding="utf-8")
    old = tmp_path / "old"
    old.mkdir()
    for n in (1, 2):
        (old / f"b{n}.md").write_text(_story(n), encoding="utf-8")

    def prepared(name: str) -> Path:
        data = tmp_path / name
        service = hashed(data)
        service.ingest([CORPUS, old])
        return data

    reference_dir = prepared("reference")
    hashed(reference_dir).ingest([batch])
    reference = top_passages(hashed(reference_dir))
    killed = 0
    for moment in range(1, 13):
        data = prepared(f"kill-{moment}")
        run = subprocess.run(
            [sys.executable, "-m", "tests.crash_ingest", str(data), str(batch), str(moment)],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        killed += run.returncode == -9
        after = hashed(data)  # opening repairs
        consistent(after.index)
        listed = {meta.id for meta, _ in after.articles()}
        assert {"berita-1", "berita-2"} <= listed
        after.ingest([batch])
        consistent(after.index)
        assert top_passages(after) == reference
    record("faults", killed)
    assert killed >= 10


def _page_reads(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Records the `where` of every paged read of a collection from now on."""
    reads: list[object] = []
    pages = VectorCollection.pages

    def counted(self: VectorCollection, where: Any = None, **kwargs: Any) -> Any:
        reads.append(where)
        return pages(self, where, **kwargs)

    monkeypatch.setattr(VectorCollection, "pages", counted)
    return reads


def test_reopening_repairs_only_the_articles_the_change_log_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    hashed(data).ensure_index()
    index = hashed(data).index
    source = index.chunks.get(where={"article_id": "zelensky-tiba-di-markas-nato"})[0]
    vector = index.chunks.embeddings([source.id])[source.id]

    def leave_orphan(article_id: str) -> None:
        """What a write killed after its chunks went in leaves: a chunk no record claims."""
        index.log.append([article_id])  # every write logs its articles first
        orphan = Record(f"{article_id}::dipotong::0", source.text, source.metadata)
        index.chunks.upsert([orphan], [vector], bump=False)

    reads = _page_reads(monkeypatch)
    leave_orphan("zelensky-tiba-di-markas-nato")
    scoped = hashed(data).index
    assert reads and None not in reads  # only the logged articles' records were read
    leave_orphan("zelensky-ktt-nato-vilnius")
    (data / "repair-tanya_berita.cursor").unlink()  # a data dir that never repaired this store
    full = hashed(data).index
    assert None in reads  # checks every record once
    monkeypatch.undo()
    consistent(scoped)
    consistent(full)


def test_reopening_after_a_finished_ingest_checks_no_article_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A finished ingest repaired first and completed every write under the lock, so the next
    process has nothing to check (at 100k passages that re-check was 5 s of cold start)."""
    data = tmp_path / "data"
    hashed(data).ensure_index()  # ingests the demo corpus
    reads = _page_reads(monkeypatch)
    reopened = hashed(data).index
    assert reads == []
    monkeypatch.undo()
    consistent(reopened)


def _mount_tmpfs(target: Path, size: str) -> bool:
    target.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(target)],
        capture_output=True,
        check=False,
    )
    return done.returncode == 0


@pytest.mark.faults
def test_full_disk_during_ingest_is_one_line_and_loses_nothing(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    if not _mount_tmpfs(disk, "48m"):
        pytest.skip("tmpfs tidak bisa dipasang (perlu root atau CAP_SYS_ADMIN)")
    record("faults", 1)
    try:
        data = disk / "data"
        service = hashed(data)
        service.ensure_index()
        reference = top_passages(service)
        del service
        filler = disk / "filler"
        with filler.open("wb") as handle:  # leave almost nothing free
            try:
                while True:
                    handle.write(b"\0" * 65536)
            except OSError:
                pass
        batch = tmp_path / "batch"
        batch.mkdir()
        for n in range(1, 10):
            (batch / f"b{n}.md").write_text(_story(n, "Tambahan. " * 300), encoding="utf-8")
        full = tanya("ingest", str(batch), data_dir=data)
        assert full.returncode != 0
        line = one_line(full.stderr)
        assert line.startswith("Kesalahan: Disk penuh"), full.stderr
        filler.unlink()
        after = hashed(data)
        consistent(after.index)
        assert top_passages(after) == reference or after.index.documents.count() > 5
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


# 10. Terminal safety and pipes ----------------------------------------------------------------


def test_control_characters_in_titles_never_reach_the_terminal(tmp_path: Path) -> None:
    record("inputs", 1)
    data = tmp_path / "data"
    article = tmp_path / "a.md"
    article.write_text(
        '---\nid: ansi\ntitle: "Judul \\e[31mmerah\\e]0;judul-palsu\\a \\rtimpa"\n'
        "source: X\n---\n\nIsi berita tentang pelabuhan.\n",
        encoding="utf-8",
    )
    assert tanya("ingest", str(article), data_dir=data).returncode == 0
    listing = tanya("list", data_dir=data)
    assert "Judul" in listing.stdout
    assert not any(ord(c) < 32 and c not in "\n\t" for c in listing.stdout)


def test_ask_into_a_closed_pipe_is_quiet(tmp_path: Path) -> None:
    record("faults", 1)
    command = f"{sys.executable} -m qa.cli ask 'Kapan Zelensky mengunjungi markas NATO?' | true"
    result = subprocess.run(
        ["bash", "-c", command],
        capture_output=True,
        text=True,
        env={**os.environ, **HASHING, "TANYA_DATA_DIR": str(tmp_path)},
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert "Broken pipe" not in result.stderr and "Traceback" not in result.stderr


def _chroma_server(path: Path, port: int) -> subprocess.Popen[bytes]:
    binary = Path(sys.executable).parent / "chroma"
    if not binary.exists():
        pytest.skip("the `chroma` command is not installed")
    server = subprocess.Popen(
        [str(binary), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(150):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    pytest.fail("chroma server did not start")


@pytest.mark.faults
def test_chroma_server_dying_mid_ingest_is_one_line_and_repaired(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    record("faults", 1)
    port, store = free_port(), tmp_path / "server"
    server = _chroma_server(store, port)
    url = f"http://127.0.0.1:{port}"
    batch = tmp_path / "batch"
    batch.mkdir()
    for n in (1, 2, 3, 4):
        (batch / f"b{n}.md").write_text(_story(n), encoding="utf-8")
    try:
        service = make_service(
            tmp_path / "data", corpus_dir=CORPUS, embed_model="hashing", chroma_url=url
        )
        service.ensure_index()
        reference = top_passages(service)
        writes = 0
        upsert = VectorCollection.upsert

        def dying(self: VectorCollection, *args: object, **kwargs: object) -> None:
            nonlocal writes
            writes += 1
            if writes == 3:
                server.kill()
                server.wait()
            upsert(self, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(VectorCollection, "upsert", dying)
        with pytest.raises(StoreError) as failure:
            service.ingest([batch])
        monkeypatch.undo()
        assert "\n" not in str(failure.value) and "Server Chroma" in str(failure.value)
        server = _chroma_server(store, port)
        after = make_service(
            tmp_path / "data", corpus_dir=CORPUS, embed_model="hashing", chroma_url=url
        )
        consistent(after.index)  # opening repaired the half-written article
        assert top_passages(after) == reference
    finally:
        server.kill()
        server.wait()


def test_unexpected_error_is_one_line_with_an_id_in_the_log(tmp_path: Path) -> None:
    record("faults", 1)
    code = (
        "import sys, qa.api, qa.cli\n"
        "qa.api.TanyaService.articles = lambda self: 1 / 0\n"
        "sys.exit(qa.cli.main(['list']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, **HASHING, "TANYA_DATA_DIR": str(tmp_path)},
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert result.returncode == 3
    line = one_line(result.stderr)
    error_id = line.split(" id ")[1].split(")")[0]
    assert "ZeroDivisionError" in line and "--debug" in line
    log = (tmp_path / "logs" / "errors.log").read_text(encoding="utf-8")
    assert f"id={error_id}" in log and "Traceback" in log


def test_silent_llm_endpoint_falls_back_to_extractive_within_the_timeout(
    silent_server: str, tmp_path: Path
) -> None:
    record("faults", 1)
    service = make_service(
        tmp_path / "data",
        corpus_dir=CORPUS,
        embed_model="hashing",
        llm=f"openai:{silent_server}|model",
        llm_timeout_s=1,
    )
    answer = service.ask(QUESTIONS[1])
    assert answer.mode == "extractive" and answer.text
    llm = service.llm
    assert llm is not None
    started = time.monotonic()
    with pytest.raises(LLMError, match="unreachable"):
        llm.complete("Siapa Sekjen NATO?")
    assert time.monotonic() - started < 30  # TANYA_LLM_TIMEOUT_S, not the old 120 s


@pytest.fixture
def flooding_llm() -> Iterator[str]:
    """An OpenAI-compatible endpoint whose reply is 3 MB of text: far past any real answer."""
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    reply = json.dumps({"choices": [{"message": {"content": "Ya. " * 750_000}}]}).encode()

    class Flood(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Flood)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()


def test_huge_llm_reply_is_refused_and_the_extractive_answer_stands(
    flooding_llm: str, tmp_path: Path
) -> None:
    record("faults", 1)
    service = make_service(
        tmp_path / "data", corpus_dir=CORPUS, embed_model="hashing", llm=f"openai:{flooding_llm}|m"
    )
    llm = service.llm
    assert llm is not None
    with pytest.raises(LLMError, match="terlalu panjang"):
        llm.complete("Siapa Sekjen NATO?")
    answer = service.ask(QUESTIONS[1])
    assert answer.mode == "extractive" and "Ya. Ya. Ya." not in answer.text
