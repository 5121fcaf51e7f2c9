"""Comparisons of two events: the question read into two, and the two answers compared."""

from __future__ import annotations

import pytest

from qa.answer.compare import Comparison, compare_answers, comparison_asked
from qa.models import Answer, Citation


@pytest.mark.parametrize(
    ("question", "kind", "asked"),
    [
        (
            "Apakah rapat menteri kesehatan dan kunjungan Ardi ke Medan berlangsung di kota "
            "yang sama?",
            "place",
            ("Di mana rapat menteri kesehatan?", "Di mana kunjungan Ardi ke Medan?"),
        ),
        (
            "Apakah rapat menteri kesehatan digelar di kota yang sama dengan tempat Ardi tiba "
            "di bandara?",
            "place",
            ("Di mana rapat menteri kesehatan?", "Di mana Ardi tiba di bandara?"),
        ),
        # chat: "sm" joins the events, "-nya sama gak" asks
        (
            "rapat menkes sm kunjungan ardi itu kotanya sama gak",
            "place",
            ("Di mana rapat menkes?", "Di mana kunjungan ardi?"),
        ),
        (
            "Apakah ketua panitia yang membuka pameran adalah orang yang sama dengan menteri "
            "yang menutupnya?",
            "person",
            ("Siapa ketua panitia yang membuka pameran?", "Siapa menteri yang menutupnya?"),
        ),
        (
            "Were the health ministers' meeting and Ardi's visit to Medan held in the same city?",
            "place",
            ("Where was the health ministers' meeting?", "Where was Ardi's visit to Medan?"),
        ),
        (
            "Is the official who opened the fair the same person as the minister who closed it?",
            "person",
            ("Who is the official who opened the fair?", "Who is the minister who closed it?"),
        ),
        (
            "Apakah pameran buku dan festival musik diadakan pada tahun yang sama?",
            "year",
            ("Kapan pameran buku?", "Kapan festival musik?"),
        ),
    ],
)
def test_a_comparison_is_read_as_two_questions(
    question: str, kind: str, asked: tuple[str, str]
) -> None:
    comparison = comparison_asked(question)
    assert comparison is not None
    assert (comparison.kind, comparison.questions()) == (kind, asked)


@pytest.mark.parametrize(
    "question",
    [
        # no two events
        "Apakah keduanya di kota yang sama?",
        "Di kota mana rapat menteri kesehatan digelar?",
        # one event as two reports tell it
        "Apakah laporan A dan laporan B menyebut tahun yang sama ketika pameran dibuka?",
        # sameness of no place, year, date or person
        "Apakah sikap Ardi dan Budi sama?",
    ],
)
def test_other_questions_ask_no_comparison(question: str) -> None:
    assert comparison_asked(question) is None


def _answered(fact: str, number: int = 1, article: str = "a") -> Answer:
    quote = f"Rapat itu digelar di {fact}."
    citation = Citation(
        number=number,
        article_id=article,
        title="Judul",
        source="Harian",
        published=None,
        quote=quote,
        start=0,
        end=len(quote),
    )
    text = f"**{fact}** [{number}].\n\nMenurut Harian: “{quote}” [{number}]"
    return Answer(question="q", text=text, citations=[citation])


@pytest.mark.parametrize(
    ("kind", "facts", "opening"),
    [
        ("place", ("Brussels", "Brussels, Belgia"), "**Ya**: keduanya di Brussels [1], [2]."),
        # another spelling of the same capital, or its country
        ("place", ("Bucharest", "Bukares"), "**Ya**"),
        ("place", ("Medan", "Surabaya"), "**Tidak**: A — Medan [1]; B — Surabaya [2]."),
        ("person", ("Jens Stoltenberg", "Stoltenberg"), "**Ya**: keduanya Jens Stoltenberg"),
        ("person", ("Budi Santoso", "Ardi Wiranata"), "**Tidak**"),
        ("year", ("2008", "Rabu, 3 April 2008"), "**Ya**: keduanya pada 2008"),
        ("year", ("2008", "2018"), "**Tidak**"),
        # a fact that gives no year cannot be compared: no answer
        ("year", ("2008", "Brussels"), "Maaf"),
    ],
)
def test_two_answers_are_compared(kind: str, facts: tuple[str, str], opening: str) -> None:
    comparison = Comparison(kind, ("A", "B"), "id")  # type: ignore[arg-type]
    answer = compare_answers(comparison, "q", (_answered(facts[0]), _answered(facts[1])))
    assert answer.text.startswith(opening)


def test_the_second_answers_citations_follow_the_first() -> None:
    comparison = Comparison("place", ("A", "B"), "en")
    answer = compare_answers(comparison, "q", (_answered("Medan"), _answered("Medan")))
    assert [c.number for c in answer.citations] == [1, 2]
    assert answer.text.startswith("**Yes**: both in Medan [1], [2].")
    assert "[2]" in answer.text.split("\n\n")[2]  # the second quote renumbered


def test_an_event_the_articles_do_not_place_is_said() -> None:
    comparison = Comparison("place", ("rapat A", "rapat B"), "id")
    untold = Answer(question="q", text="Maaf, …", abstained=True)
    answer = compare_answers(comparison, "q", (_answered("Medan"), untold))
    assert answer.abstained and "rapat B" in answer.text
