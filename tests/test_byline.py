"""Who wrote a report: answered from its byline (metadata), never from a name in its text."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from qa.answer.backends import ExtractiveBackend, LLMBackend
from qa.answer.byline import asks_writer, byline_answer
from qa.answer.question import analyze_question
from qa.models import ArticleMeta, Chunk, Passage

HARIAN = ArticleMeta(
    id="banjir-lebak",
    title="Banjir Rendam Lebak",
    source="Harian Contoh",
    published=dt.date(2024, 2, 1),
    author="Sari Wulandari",
)
WARTA = ArticleMeta(id="rapat-desa", title="Rapat Desa Lebak", source="Warta Desa")


def _passage(article: ArticleMeta) -> Passage:
    text = "Bupati Ardi meninjau banjir di Lebak."
    chunk = Chunk(id=f"{article.id}#0", article_id=article.id, index=0, text=text, start=0, end=36)
    return Passage(chunk=chunk, article=article, score=1.0)


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Siapa penulis berita tentang banjir Lebak?", True),
        ("yang menulis berita harian contoh soal banjir siapa", True),
        ("Siapa jurnalis yang menyusun laporan banjir itu?", True),
        ("Who wrote the article about the Lebak flood?", True),
        ("Who is the author of the report?", True),
        # someone the report tells about, or a text that is no report
        ("Siapa wartawan yang bertanya kepada Bupati Ardi?", False),
        ("Siapa yang menulis surat kepada bupati?", False),
        ("Siapa yang meninjau banjir di Lebak?", False),
        # what someone wrote, as a report tells it, is no byline
        ("Apa yang ditulis Bupati Ardi dalam laporan itu?", False),
        ("Siapa yang menulis surat kepada bupati menurut berita?", False),
        ("Who wrote the letter mentioned in the article?", False),
        ("Who wrote the Harian.com story on the flood?", True),
    ],
)
def test_a_question_asks_for_the_writer_of_a_report(question: str, asks: bool) -> None:
    assert asks_writer(analyze_question(question)) is asks


def test_the_writer_comes_from_the_byline_of_the_outlet_named() -> None:
    question = analyze_question("Siapa penulis berita Harian Contoh soal banjir?")
    answer = byline_answer(question, [_passage(WARTA), _passage(HARIAN)])
    assert answer is not None and not answer.abstained
    assert answer.text.startswith("**Sari Wulandari** menulis berita “Banjir Rendam Lebak”")
    assert "Harian Contoh, 1 Februari 2024" in answer.text
    assert answer.citations == []  # no sentence of the text holds the name


def test_a_report_without_a_byline_is_an_abstention_that_says_so() -> None:
    question = analyze_question("Who wrote the report on the village meeting?")
    answer = byline_answer(question, [_passage(WARTA)])
    assert answer is not None and answer.abstained
    assert "does not give its writer's name" in answer.text


def test_the_extractive_backend_answers_a_byline_question_before_ranking() -> None:
    def never(*_: object) -> list:  # type: ignore[type-arg]
        raise AssertionError("a byline question needs no sentence ranking")

    backend = ExtractiveBackend(rank=never, model=None)
    question = analyze_question("Siapa penulis artikel banjir Lebak?")
    answer = backend.answer(question, question.text, [_passage(HARIAN)], None)
    assert "Sari Wulandari" in answer.text


def test_the_llm_backend_leaves_a_byline_answer_alone() -> None:
    question = analyze_question("Siapa penulis artikel banjir Lebak?")
    passages = [_passage(HARIAN)]
    draft = byline_answer(question, passages)
    assert draft is not None

    class GroundedReply:
        """Says something the passage does say: it would replace any other draft."""

        def chat(self, _: object) -> SimpleNamespace:
            return SimpleNamespace(
                message=SimpleNamespace(content="Bupati Ardi meninjau banjir di Lebak [1].")
            )

    backend = LLMBackend(llm=GroundedReply(), max_passages=4)  # type: ignore[arg-type]
    assert backend.answer(question, question.text, passages, draft) is draft
    other = analyze_question("Siapa yang meninjau banjir di Lebak?")
    assert backend.answer(other, other.text, passages, draft).mode == "llm"
