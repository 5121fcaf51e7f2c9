"""The web UI served for real: the `/ask` API through gradio_client, concurrent users, clear
errors, and the escaping that keeps article HTML inert in the sources panel. The served app reads
the session's real-model index (its answers are the point); the rest needs no model."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from gradio_client import Client
from gradio_client.exceptions import AppError

from qa import Answer, Article, Citation
from qa.api import TanyaService
from qa.models import ArticleMeta
from tests.conftest import running_app
from ui.chat import InputError, date_range
from ui.render import linked_text, sources_block
from ui.storage import UploadError, check_upload, feedback_record, safe_upload_name, store_feedback
from ui.turns import Turn, export_markdown

CANONICAL = "Kapan Zelensky mengunjungi markas NATO?"
KOMPAS_TITLE = "Presiden Ukraina Tiba di Markas NATO"


@pytest.fixture(scope="module")
def app_url(model_service: TanyaService) -> Iterator[str]:
    """The real app on a free port over the session's real-model index, which it only reads."""
    with running_app(model_service) as url:
        yield url


@pytest.mark.model
def test_ask_endpoint_returns_answer_and_numbered_sources(app_url: str) -> None:
    text = Client(app_url, verbose=False).predict(CANONICAL, api_name="/ask")
    assert "11 Oktober 2023" in text
    answer, sources = text.split("\n\nSumber:\n")
    assert "[1]" in answer
    assert sources.startswith(f"[1] {KOMPAS_TITLE}")
    assert "Kompas.com, 2023-10-11" in sources


@pytest.mark.model
def test_five_concurrent_clients_get_their_own_answers(app_url: str) -> None:
    expected = {
        CANONICAL: "11 Oktober 2023",
        "Siapa Sekretaris Jenderal NATO?": "Stoltenberg",
        "Di mana KTT NATO 2023 diadakan?": "Vilnius",
        "When did Zelensky visit NATO headquarters?": "11 October 2023",
        "Di kota mana markas NATO berada?": "Brussels",
    }

    def ask(question: str) -> str:
        return str(Client(app_url, verbose=False).predict(question, api_name="/ask"))

    with ThreadPoolExecutor(max_workers=len(expected)) as pool:
        answers = dict(zip(expected, pool.map(ask, expected), strict=True))
    for question, fact in expected.items():
        assert fact in answers[question].split("\n\nSumber:")[0], (question, answers[question])


@pytest.mark.parametrize("question", ["", "   "])
def test_empty_question_is_a_clear_error(app_url: str, question: str) -> None:
    with pytest.raises(AppError, match="Pertanyaan kosong"):
        Client(app_url, verbose=False).predict(question, api_name="/ask")


def test_article_html_is_rendered_as_text(fresh_service: TanyaService, tmp_path: Path) -> None:
    article = tmp_path / "pelabuhan.md"
    article.write_text(
        "---\nid: uji-skrip\ntitle: Uji <b>Skrip</b> Pelabuhan\nsource: Warta <i>Fiktif</i>\n"
        "published: '2023-11-06'\n---\n\n"
        "Menteri Kelautan Republik Fiktif Budi Santoso meresmikan pelabuhan baru di Kota Lautan "
        "pada Senin (6/11/2023).\n\n"
        "Warga menyambut gembira <script>alert(1)</script> peresmian pelabuhan itu.\n",
        encoding="utf-8",
    )
    assert fresh_service.ingest([article]).count("added") == 1
    stored = fresh_service.article("uji-skrip")
    assert stored is not None
    quote = "Menteri Kelautan Republik Fiktif Budi Santoso meresmikan pelabuhan baru"
    start = stored.text.index(quote)
    cited = _answer("Diresmikan [1].", quote, stored, start)
    rendered = sources_block(1, cited.citations, fresh_service.article, open_=True)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered
    assert "<script" not in rendered
    assert "Uji &lt;b&gt;Skrip&lt;/b&gt; Pelabuhan" in rendered
    assert "Warta &lt;i&gt;Fiktif&lt;/i&gt;" in rendered
    assert "<mark>Menteri Kelautan Republik Fiktif Budi Santoso" in rendered
    assert 'id="sumber-1-1"' in rendered


def _answer(text: str, quote: str, article: ArticleMeta | None = None, start: int = 0) -> Answer:
    """An answer citing `quote` at `start` in `article` (a stand-in article by default)."""
    cited = article or ArticleMeta(id="a", title="T")
    citation = Citation(
        number=1,
        article_id=cited.id,
        title=cited.title,
        source=cited.source,
        published=cited.published,
        quote=quote,
        start=start,
        end=start + len(quote),
    )
    return Answer(question="q", text=text, citations=[citation])


def test_answer_text_is_escaped_and_links_only_cited_numbers_to_this_turns_cards() -> None:
    answer = _answer("Lihat <img src=x onerror=alert(1)> [1] dan [7].", "kutipan")
    html = linked_text(3, answer.text, answer.citations)
    assert html.startswith("<p>Lihat &lt;img src=x onerror=alert(1)&gt; ")
    assert '<a href="#sumber-3-1" class="kutipan" title="kutipan">[1]' in html
    assert "dan [7].</p>" in html
    assert linked_text(1, "**Jens Stoltenberg** [9].", []) == (
        "<p><strong>Jens Stoltenberg</strong> [9].</p>"
    )


def test_stale_offsets_fall_back_to_finding_the_quote() -> None:
    article = Article(id="a", text="Paragraf pertama.\n\nZelensky tiba di markas NATO.")
    answer = _answer("x [1]", "tiba di markas")  # offsets 0..14 point at the first paragraph
    html = sources_block(1, answer.citations, lambda _: article, open_=False)
    assert "<p>Zelensky <mark>tiba di markas</mark> NATO.</p>" in html
    assert "<p>Paragraf pertama.</p>" in html  # only inside the full article
    assert html.count("Paragraf pertama.") == 1


def test_plain_answer_without_citations_is_just_the_text() -> None:
    assert Answer(question="q", text="Tidak ditemukan.").with_sources() == "Tidak ditemukan."


def test_date_filters_are_validated() -> None:
    assert date_range(" 2023-10-01 ", "") == (dt.date(2023, 10, 1), None)
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        date_range("11/10/2023", "")
    with pytest.raises(InputError, match="tidak boleh sesudah"):
        date_range("2023-12-01", "2023-01-01")


def test_upload_names_are_safe_and_unique() -> None:
    name = safe_upload_name("../../etc/pass wd<x>.TXT", b"isi")
    assert name.startswith("pass_wd_x-") and name.endswith(".txt")
    assert "/" not in name
    assert safe_upload_name("C:\\Users\\a\\berita.md", b"satu") != safe_upload_name(
        "berita.md", b"dua"
    )


def test_uploads_of_wrong_type_or_size_are_refused(tmp_path: Path) -> None:
    pdf = tmp_path / "berita.pdf"
    pdf.write_bytes(b"%PDF")
    with pytest.raises(UploadError, match="jenis file tidak didukung"):
        check_upload(pdf)
    big = tmp_path / "besar.txt"
    big.write_bytes(b"a" * 2_000_001)
    with pytest.raises(UploadError, match="terlalu besar"):
        check_upload(big)


def test_second_vote_replaces_that_answers_record(tmp_path: Path) -> None:
    path = tmp_path / "feedback.jsonl"
    answer = _answer("Jawaban [1].", "kutipan")
    store_feedback(path, "t1", feedback_record(answer, "Like"))
    store_feedback(path, "t2", feedback_record(answer, "Like"))
    store_feedback(path, "t1", feedback_record(answer, "Dislike", "kutipannya salah"))
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [(r["turn"], r["liked"]) for r in records] == [("t2", "Like"), ("t1", "Dislike")]
    assert records[1]["comment"] == "kutipannya salah"
    assert records[0]["citations"][0]["quote"] == "kutipan"


def test_export_has_each_answer_with_its_own_sources() -> None:
    turns = [Turn(answer=_answer(f"Jawaban {i} [1].", f"kutipan {i}")) for i in (1, 2)]
    markdown = export_markdown(turns)
    assert markdown.index("Jawaban 1 [1].") < markdown.index("> kutipan 1")
    assert markdown.index("> kutipan 1") < markdown.index("Jawaban 2 [1].")
    assert "tanpa penerbit, tanggal tidak diketahui" in markdown
