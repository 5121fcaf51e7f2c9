"""Load (issue 12): 20 concurrent web users and askers racing ingest and remove, counted for
RELIABILITY.md. The hashing embedding keeps the load on the app, not on the model."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from gradio_client import Client

from tests.conftest import CORPUS, make_service, running_app
from tests.faultlog import record

USERS = 20
REQUESTS_PER_USER = 20
QUESTIONS = (
    "Kapan Zelensky mengunjungi markas NATO?",
    "Siapa Sekjen NATO?",
    "Di mana KTT NATO 2023 diadakan?",
    "Apa yang disetujui menteri pertahanan NATO?",
)


@pytest.mark.faults
def test_twenty_concurrent_web_users_get_answers_without_errors(tmp_path: Path) -> None:
    errors: list[str] = []
    answered = 0
    lock = threading.Lock()
    with running_app(make_service(tmp_path / "data", embed_model="hashing")) as url:

        def user(number: int) -> None:
            nonlocal answered
            client = Client(url, verbose=False)
            for turn in range(REQUESTS_PER_USER):
                question = QUESTIONS[(number + turn) % len(QUESTIONS)]
                try:
                    text = str(client.predict(question, api_name="/ask"))
                    assert text.strip()
                    with lock:
                        answered += 1
                except Exception as error:  # counted, then asserted below
                    with lock:
                        errors.append(f"{type(error).__name__}: {error}")

        with ThreadPoolExecutor(max_workers=USERS) as pool:
            list(pool.map(user, range(USERS)))
    record("requests", USERS * REQUESTS_PER_USER)
    record("errors", len(errors))
    assert not errors, errors[:3]
    assert answered == USERS * REQUESTS_PER_USER


@pytest.mark.faults
def test_askers_during_ingest_and_remove_never_fail(tmp_path: Path) -> None:
    service = make_service(tmp_path / "data", corpus_dir=CORPUS, embed_model="hashing")
    service.ensure_index()
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "a.md").write_text(
        "---\nid: pelabuhan\ntitle: Pelabuhan Kota Lautan\nsource: Harian Contoh\n---\n\n"
        "Menteri meresmikan pelabuhan baru di Kota Lautan. Pelabuhan itu menampung 40 kapal.\n",
        encoding="utf-8",
    )
    stop = threading.Event()
    errors: list[str] = []
    asked = 0
    lock = threading.Lock()

    def asker(number: int) -> None:
        nonlocal asked
        turn = 0
        while not stop.is_set():
            try:
                service.ask(QUESTIONS[(number + turn) % len(QUESTIONS)])
                with lock:
                    asked += 1
            except Exception as error:  # counted, then asserted below
                with lock:
                    errors.append(f"{type(error).__name__}: {error}")
            turn += 1

    threads = [threading.Thread(target=asker, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    try:
        for _ in range(5):
            service.ingest([extra])
            service.remove("pelabuhan")
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=60)
    record("requests", asked)
    record("faults", 10)  # writes racing the readers
    record("errors", len(errors))
    assert not errors, errors[:3]
    assert asked > 0
