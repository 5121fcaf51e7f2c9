"""Comparisons of two events: the question read into two, and the two answers compared."""

from __future__ import annotations

import pytest

from qa.answer.compare import (
    Comparison,
    ReportsAgreement,
    answer_reports_agreement,
    compare_answers,
    comparison_asked,
    reports_agreement_asked,
)
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
        # both asked where, not whether the same: "sama-sama" after a length of days
        "Rapat menkes dan sidang dewan selama dua hari sama-sama berlangsung di kota mana?",
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


@pytest.mark.parametrize(
    ("question", "event"),
    [
        (
            "Apakah berita A dan berita B menyebut tahun yang sama ketika dewan setuju Medan"
            " menjadi anggota?",
            "dewan setuju Medan menjadi anggota",
        ),
        (
            "Apakah tahun ketika dewan menyetujui Medan menjadi anggota disebut sama dalam berita"
            " rapat di Lebak dan berita kunjungan Ardi?",
            "dewan menyetujui Medan menjadi anggota",
        ),
        (
            "tahun dewan setuju medan jadi anggota di berita rapat lebak sm berita ardi itu"
            " sama gak",
            "dewan setuju medan jadi anggota",
        ),
        (
            "Do the Lebak story and the Medan story agree on the year the council admitted Medan?",
            "the council admitted Medan",
        ),
        # two events, or no reports named: no agreement of reports asked
        ("Apakah rapat Lebak dan rapat Medan digelar pada tahun yang sama?", None),
        ("Kapan dewan setuju Medan menjadi anggota?", None),
    ],
)
def test_a_year_asked_of_two_reports_is_one_event_asked_when(
    question: str, event: str | None
) -> None:
    found = reports_agreement_asked(question)
    assert (found.event if found else None) == event


def _cited(number: int, article: str, quote: str) -> Citation:
    return Citation(
        number=number,
        article_id=article,
        title=f"Judul {article}",
        source="Harian",
        published=None,
        quote=quote,
        start=0,
        end=len(quote),
    )


def test_reports_that_give_an_event_different_years_disagree() -> None:
    agreement = ReportsAgreement("Dewan Lebak setuju Medan menjadi anggota", "id")
    first = "Meski Dewan Lebak sudah setuju Medan bergabung pada 2018, jalurnya belum ada."
    # (the year the event is given, not the year of a relative clause's deed)
    second = (
        "Pada tahun 2008, KTT Dewan Lebak di Gedung Merdeka, yang dibangun di bawah tokoh yang"
        " digulingkan pada tahun 1989, setuju bahwa Medan pada akhirnya akan menjadi anggota."
    )
    told = Answer(
        question="q",
        text=f"**2018** [1].\n\nMenurut Harian: “{first}” [1]\n\nNamun …: “{second}” [2]",
        citations=[_cited(1, "a", first), _cited(2, "b", second)],
    )
    answer = answer_reports_agreement(agreement, "q", told)
    assert answer.text.startswith(
        "**Tidak**: “Judul a” menyebut 2018 [1]; “Judul b” menyebut 2008 [2]."
    )
    # one report's year confirms nothing; two reports with the same year agree
    alone = told.model_copy(update={"citations": told.citations[:1]})
    assert answer_reports_agreement(agreement, "q", alone).abstained
    same = "Pada tahun 2018, Dewan Lebak setuju Medan akan menjadi anggota."
    both = told.model_copy(update={"citations": [_cited(1, "a", first), _cited(2, "b", same)]})
    assert answer_reports_agreement(agreement, "q", both).text.startswith("**Ya**")
