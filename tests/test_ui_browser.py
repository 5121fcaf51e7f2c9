"""Drives the real UI in headless Chromium as a new user would: ask, check each answer's own
cited card, lose no turn, keep the chat through errors, citation clicks and reloads, see an
abstention for what it is, use it on a phone, upload an article. Needs `pip install playwright`
and Debian's `chromium` package (no `playwright install`); without them the tests are skipped
with the reason, never passed. Screenshots go to test-artifacts/ (ignored); the ones in docs/
are refreshed on purpose, by copying from there."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from qa import get_service
from tests.conftest import REAL_MODEL, REPO, make_service, running_app

pytestmark = pytest.mark.browser
# How long the feedback file may take to show a click the server has not written yet (5 s was
# once too short on a 2-core machine busy with another job: the second click landed later).
FEEDBACK_WAIT_S = 15.0


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
CANONICAL = "Kapan Zelensky mengunjungi markas NATO?"
SECRETARY = "Siapa Sekretaris Jenderal NATO?"
KOMPAS_TITLE = "Presiden Ukraina Tiba di Markas NATO"
OUT_OF_CORPUS = "Siapa pemenang Piala Dunia sepak bola 2022?"
ANSWER_TIMEOUT_MS = 60_000
ARTIFACTS = REPO / "test-artifacts"
DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}
UPLOADED_ARTICLE = """Menteri Kelautan Fiktif Resmikan Pelabuhan Baru di Kota Lautan

JAKARTA - Menteri Kelautan Republik Fiktif Budi Santoso meresmikan pelabuhan baru di Kota Lautan \
pada Senin (6/11/2023). Pelabuhan itu dapat menampung sepuluh kapal sekaligus.

Menurut Budi, pelabuhan tersebut akan membuka lapangan kerja bagi 2.000 warga setempat.
"""

if not CHROMIUM.exists():
    pytest.skip(
        f"BROWSER TESTS SKIPPED: {CHROMIUM} is missing; install it with "
        "`apt-get install -y chromium`",
        allow_module_level=True,
    )
sync_api = pytest.importorskip(
    "playwright.sync_api",
    reason="BROWSER TESTS SKIPPED: playwright is missing; `pip install playwright`",
)
expect = sync_api.expect
expect.set_options(timeout=15_000)  # a loaded 2-core CI box answers filter changes slowly


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("ui-browser-data")


@pytest.fixture(scope="module")
def app_url(data_dir: Path) -> Iterator[str]:
    """The real app with the real model on a free port, over a fresh data dir that the default
    corpus fills: the stories check real answers and writes (upload, remove)."""
    with running_app(make_service(data_dir, embed_model=REAL_MODEL)) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def open_page(browser: Any, url: str, viewport: dict[str, int] = DESKTOP) -> Any:
    """A fresh browser profile (empty storage), as a new user arrives."""
    context = browser.new_context(viewport=viewport, locale="id-ID")
    tab = context.new_page()
    tab.set_default_timeout(ANSWER_TIMEOUT_MS)
    tab.goto(url, wait_until="domcontentloaded")
    expect(tab.locator("#pertanyaan textarea")).to_be_editable()
    return tab


@pytest.fixture
def page(browser: Any, app_url: str) -> Iterator[Any]:
    tab = open_page(browser, app_url)
    yield tab
    tab.context.close()


def bots(page: Any) -> Any:
    return page.locator('#percakapan [data-testid="bot"]')


def users(page: Any) -> Any:
    return page.locator('#percakapan [data-testid="user"]')


def wait_answered(page: Any, count: int) -> Any:
    """The `count`-th answer once it is final (no progress placeholder) and the input is free."""
    expect(bots(page)).to_have_count(count)
    expect(page.locator("#percakapan .jawaban-proses")).to_have_count(0)
    expect(page.locator("#pertanyaan textarea")).to_be_editable()
    return bots(page).nth(count - 1)


def ask(page: Any, question: str) -> Any:
    """Sends a question and returns its answer bubble once it is final."""
    before = bots(page).count()
    page.locator("#pertanyaan textarea").fill(question)
    page.locator("#kirim").click()
    return wait_answered(page, before + 1)


def test_old_answer_citation_opens_its_own_card(page: Any) -> None:
    first = ask(page, CANONICAL)
    expect(first).to_contain_text("11 Oktober 2023")
    second = ask(page, SECRETARY)
    expect(second).to_contain_text("Stoltenberg")
    ARTIFACTS.mkdir(exist_ok=True)
    second.scroll_into_view_if_needed()
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(ARTIFACTS / "ui-desktop.png"))

    link = first.get_by_role("link", name=re.compile(rf"\[1\]\s*sumber: {KOMPAS_TITLE}"))
    preview = page.locator("#pratinjau-kutipan")
    for _ in range(3):
        # Under load a late re-render of the chat (the second answer settling) can take the
        # link from under the pointer and the preview with it: hover again then.
        link.first.hover()
        try:
            expect(preview).to_contain_text("tiba di markas NATO di Brussels", timeout=3000)
            break
        except AssertionError:
            page.mouse.move(0, 0)
    else:
        raise AssertionError("hovering the citation never showed its sentence")
    link.first.click()
    card = first.locator("#sumber-1-1")
    expect(page.locator("#sumber-1-1")).to_be_focused()
    expect(card).to_contain_text(KOMPAS_TITLE)
    expect(card).to_contain_text("Kompas.com · 11 Oktober 2023")
    expect(card.locator("mark").first).to_contain_text("tiba di markas NATO di Brussels")
    expect(card).to_be_in_viewport()
    expect(card).to_have_css("outline-style", "solid")
    expect(second.locator("#sumber-2-1")).not_to_have_class(re.compile("terpilih"))
    expect(link.first).to_have_css("text-decoration-line", "underline")


def test_double_send_keeps_every_turn(page: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    service = get_service()
    retrieve = service.retrieve

    def slow_retrieve(*args: Any, **kwargs: Any) -> Any:
        # An answer takes ~15 ms: without a slower search the "while answering" state can be
        # over before it is looked at (a clean-clone CI run saw the send button back already).
        time.sleep(2)
        return retrieve(*args, **kwargs)

    monkeypatch.setattr(service, "retrieve", slow_retrieve)
    box, send = page.locator("#pertanyaan textarea"), page.locator("#kirim")
    box.fill(CANONICAL)
    box.press("Enter")
    box.press("Enter")  # a second Enter while answering: locked, not a lost turn
    expect(users(page)).to_have_count(1)  # the question shows at once
    expect(box).to_be_disabled()
    expect(send).to_be_hidden()
    expect(page.locator("#berhenti")).to_be_visible()
    wait_answered(page, 1)

    box.fill(SECRETARY)
    send.dblclick()
    wait_answered(page, 2)
    expect(users(page)).to_have_count(2)
    expect(users(page).nth(0)).to_contain_text(CANONICAL)
    expect(users(page).nth(1)).to_contain_text(SECRETARY)
    expect(bots(page).nth(0)).to_contain_text("11 Oktober 2023")
    expect(bots(page).nth(1)).to_contain_text("Stoltenberg")


def test_stop_cancels_and_gives_the_question_back(
    page: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = get_service()
    retrieve = service.retrieve

    def slow_retrieve(*args: Any, **kwargs: Any) -> Any:
        time.sleep(3)  # the app runs in this process: a slow search, so Stop can be pressed
        return retrieve(*args, **kwargs)

    monkeypatch.setattr(service, "retrieve", slow_retrieve)
    box = page.locator("#pertanyaan textarea")
    box.fill("Di kota mana markas NATO berada?")
    page.locator("#kirim").click()
    expect(page.locator("#percakapan .jawaban-proses")).to_contain_text("Mencari di artikel")
    page.locator("#berhenti").click()
    expect(box).to_have_value("Di kota mana markas NATO berada?")
    expect(box).to_be_editable()
    expect(page.locator("#galat-pertanyaan")).to_contain_text("Dihentikan")
    expect(bots(page)).to_have_count(0)
    expect(users(page)).to_have_count(0)


def test_citation_click_with_query_string_keeps_chat(page: Any, app_url: str) -> None:
    page.goto(app_url + "?__theme=dark", wait_until="domcontentloaded")
    answer = ask(page, CANONICAL)
    url = page.url
    answer.locator("a.kutipan").first.click()
    assert page.url == url
    expect(users(page)).to_have_count(1)
    expect(answer).to_contain_text("11 Oktober 2023")
    expect(page.locator("#sumber-1-1")).to_be_focused()
    page.keyboard.press("Tab")  # focus moved into the card, so Tab continues from there
    assert page.evaluate("!!document.activeElement.closest('#sumber-1-1')")


def test_errors_stay_beside_the_input_and_keep_the_chat(page: Any) -> None:
    ask(page, CANONICAL)
    box, error = page.locator("#pertanyaan textarea"), page.locator("#galat-pertanyaan")
    expect(page.locator("#kirim")).to_be_disabled()  # empty box
    box.press("Enter")
    expect(error).to_contain_text("Pertanyaan kosong")

    box.fill("berita " * 80)
    expect(page.locator("#penghitung")).to_contain_text("/ 500 karakter")
    expect(page.locator("#penghitung")).to_have_class(re.compile("lebih"))
    box.press("Enter")
    expect(error).to_contain_text("terlalu panjang")
    expect(box).to_have_value(re.compile("berita"))  # the text stays to be shortened

    page.get_by_text("Filter dan pengaturan").click()
    # (both dates through `_typed_date`: a late outlet-list reply may drop a typed date)
    _typed_date(page, "dari", "2023-12-01", "Dari 2023-12-01")
    _typed_date(page, "sampai", "2023-01-01", "Sampai 2023-01-01")
    box.fill(CANONICAL)
    box.press("Enter")
    expect(error).to_contain_text("tidak boleh sesudah")

    expect(users(page)).to_have_count(1)
    expect(bots(page).first).to_contain_text("11 Oktober 2023")
    expect(page.locator("#percakapan")).not_to_contain_text("Error")
    expect(page.get_by_text("Error", exact=True)).to_have_count(0)


def test_abstention_looks_different_and_names_closest_article(page: Any) -> None:
    answered = ask(page, CANONICAL)
    abstained = ask(page, OUT_OF_CORPUS)
    expect(abstained.locator(".jawaban-abstain")).to_be_visible()
    expect(abstained.locator(".lencana")).to_have_text("Tidak ditemukan di artikel")
    expect(abstained.locator(".terdekat summary")).to_contain_text("Artikel terdekat")
    expect(abstained.locator(".sumber-card")).to_have_count(0)
    expect(answered.locator(".lencana")).to_have_text("Bersumber")
    style = "border-left-style"
    assert abstained.locator(".jawaban").evaluate(f"e => getComputedStyle(e)['{style}']") == (
        "dashed"
    )
    assert answered.locator(".jawaban").evaluate(f"e => getComputedStyle(e)['{style}']") != (
        "dashed"
    )


def _typed_date(page: Any, field: str, value: str, shown: str) -> Any:
    """Types a date filter and returns its chip once it shows. The page load refreshes the
    outlet list, whose change event recomputes the chips from the values it was sent with: when
    its (unqueued) reply lands after the one for the typed date, it hides the chip again (seen
    in clean-clone CI runs for either date; not reproduced alone). Typing the date once more
    after that settles shows it."""
    chip = page.locator(f"#chip-{field}")
    for _ in range(3):
        page.locator(f"#{field}-tanggal input").fill(value)
        try:
            expect(chip).to_contain_text(shown, timeout=5000)
            break
        except AssertionError:
            page.locator(f"#{field}-tanggal input").fill("")
    expect(chip).to_contain_text(shown)
    return chip


def test_filters_show_as_chips_and_empty_filter_says_so(page: Any) -> None:
    page.get_by_text("Filter dan pengaturan").click()
    # The page's load event fills the date span; typing before it lands races the re-render.
    expect(page.get_by_text("Artikel bertanggal")).to_be_visible()
    chip = _typed_date(page, "dari", "2001-01-01", "Dari 2001-01-01")
    _typed_date(page, "sampai", "2001-12-31", "Sampai 2001-12-31")
    answer = ask(page, CANONICAL)
    expect(answer.locator(".jawaban-kosong")).to_contain_text(
        "Tidak ada artikel yang cocok dengan filter"
    )
    chip.click()
    expect(chip).to_be_hidden()
    expect(page.locator("#dari-tanggal input")).to_have_value("")


def test_chat_and_feedback_survive_reload(page: Any, data_dir: Path) -> None:
    ask(page, CANONICAL)
    chat = page.locator("#percakapan")
    chat.get_by_label("Suka", exact=True).click()
    chat.get_by_label("Tidak Suka", exact=True).click()  # a changed mind replaces the record
    ask(page, SECRETARY)
    # (the server writes the second click's record on its own time: wait for it, a while)
    deadline = time.monotonic() + FEEDBACK_WAIT_S
    while True:
        records = [
            json.loads(line)
            for line in (data_dir / "feedback.jsonl").read_text(encoding="utf-8").splitlines()
        ]
        mine = [r["liked"] for r in records if r["question"] == CANONICAL]
        if mine == ["Dislike"] or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert mine == ["Dislike"]

    page.reload(wait_until="domcontentloaded")
    expect(users(page)).to_have_count(2)
    first = bots(page).first
    expect(first).to_contain_text("11 Oktober 2023")
    first.locator("a.kutipan").first.click()
    expect(page.locator("#sumber-1-1")).to_be_focused()
    expect(page.locator("#riwayat")).to_contain_text("Riwayat percakapan")


def test_phone_sources_sit_under_their_answer(browser: Any, app_url: str) -> None:
    page = open_page(browser, app_url, PHONE)
    try:
        answer = ask(page, CANONICAL)
        text = answer.locator(".jawaban > p").last.bounding_box()
        card = answer.locator("#sumber-1-1").bounding_box()
        assert 0 < card["y"] - (text["y"] + text["height"]) < 200
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        assert page.locator("#kirim").bounding_box()["height"] >= 40
        link = answer.locator("a.kutipan").first.bounding_box()
        assert link["height"] >= 40 and link["width"] >= 40
        assert page.evaluate("document.documentElement.lang") == "id"
        ARTIFACTS.mkdir(exist_ok=True)
        answer.scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / "ui-phone.png"))

        page.get_by_role("tab", name="Kelola artikel").click()
        expect(page.get_by_role("grid", name="Artikel terindeks")).to_contain_text(KOMPAS_TITLE)
        widths = page.evaluate(
            "[...document.querySelectorAll('#tabel-artikel tbody tr:first-child td')]"
            ".map(td => td.getBoundingClientRect().width).filter(w => w > 0)"
        )
        assert len(widths) <= 3 and widths[0] >= 120, widths  # not one letter per line
    finally:
        page.context.close()


def test_uploaded_article_can_be_indexed_asked_about_and_removed(page: Any, tmp_path: Path) -> None:
    article = tmp_path / "pelabuhan-kota-lautan.txt"
    article.write_text(UPLOADED_ARTICLE, encoding="utf-8")
    page.get_by_role("tab", name="Kelola artikel").click()
    expect(page.locator("#tabel-artikel")).to_contain_text("zelensky-tiba-di-markas-nato")
    page.locator("#unggah input[type=file]").set_input_files(str(article))
    preview = page.locator("#pratinjau")
    expect(preview).to_contain_text("Menteri Kelautan Fiktif Resmikan Pelabuhan Baru")
    expect(preview).to_contain_text("Jakarta")

    page.locator("#indeks").click()
    status, table = page.locator("#status-korpus"), page.locator("#tabel-artikel")
    expect(status).to_contain_text("1 ditambahkan")
    expect(table).to_contain_text("Kota Lautan")

    page.get_by_role("tab", name="Tanya").click()
    answer = ask(page, "Siapa yang meresmikan pelabuhan baru di Kota Lautan?")
    expect(answer).to_contain_text("Budi Santoso")
    expect(answer.locator("#sumber-1-1")).to_contain_text("Kota Lautan")

    page.get_by_role("tab", name="Kelola artikel").click()
    page.get_by_label("Artikel yang dihapus").click()
    page.locator("ul[role=listbox] li", has_text="Kota Lautan").click()
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Hapus", exact=True).click()
    expect(status).to_contain_text(re.compile(r"dihapus \(\d+ potongan\)"))
    expect(table).not_to_contain_text("Kota Lautan")
