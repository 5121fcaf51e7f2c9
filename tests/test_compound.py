"""Two questions asked in one (`qa.answer.compound`): where they split, and how their answers
are joined. Tables of made-up questions and answers: no corpus, no model."""

from __future__ import annotations

import pytest

from qa.answer.compound import join_answers, two_questions
from qa.models import Answer, Citation


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "Di kota mana rapat para menlu digelar, dan di kota mana KTT Lebak berlangsung?",
            ("Di kota mana rapat para menlu digelar?", "di kota mana KTT Lebak berlangsung?"),
        ),
        (
            "rapat menlu itu di kota mana, trus ktt yg bikin ardi kecewa di mana",
            ("rapat menlu itu di kota mana", "ktt yg bikin ardi kecewa di mana"),
        ),
        (
            "Which city hosted the ministers' meeting, and which city hosted the summit?",
            ("Which city hosted the ministers' meeting?", "which city hosted the summit?"),
        ),
        # one question: a relative clause, two question words inside one clause, a short
        # second part, a part that asks nothing
        ("What step, which would set a timetable, did the leaders stop short of?", None),
        ("Siapa yang bilang tidak ada yang tahu kapan dan bagaimana perang berakhir?", None),
        ("Siapa yang ditemui Ardi di Lebak, dan kapan?", None),
        ("Kapan Ardi tiba di Lebak, dan ia disambut para menteri?", None),
        ("Mana yang lebih dulu, rapat di Lebak atau banjir di Medan?", None),
        # a part that refers to the other, or an English clause of time after the joint
        ("What did Ardi promise the town, and what did he deliver?", None),
        ("How did Lebak respond when the council met, and when Ardi arrived?", None),
        # two question words of one event: each asked of it
        (
            "Kapan dan di mana Ardi tiba?",
            ("Kapan Ardi tiba?", "di mana Ardi tiba?"),
        ),
        (
            "kunjungan ardi ke lebak itu kapan sama di mana",
            ("kunjungan ardi ke lebak itu kapan", "kunjungan ardi ke lebak itu di mana"),
        ),
        (
            "When and where did Ardi arrive?",
            ("When did Ardi arrive?", "where did Ardi arrive?"),
        ),
        # a clause set against the first
        (
            "Rapat menlu diadakan di kota apa, sedangkan KTT Lebak digelar di kota apa?",
            ("Rapat menlu diadakan di kota apa?", "KTT Lebak digelar di kota apa?"),
        ),
        # "and then" joins as "and" does
        (
            "Which city hosted the meeting, and then which city hosted the summit?",
            ("Which city hosted the meeting?", "which city hosted the summit?"),
        ),
    ],
)
def test_where_a_question_asks_two_things(question: str, parts: tuple[str, str] | None) -> None:
    assert two_questions(question) == parts


def _answer(text: str, abstained: bool = False) -> Answer:
    """An answer citing one made-up sentence (none when it abstains)."""
    citation = Citation(
        number=1,
        article_id="a",
        title="Berita",
        source="Harian",
        published=None,
        quote="Kutipan.",
        start=0,
        end=8,
    )
    return Answer(
        question="", text=text, citations=[] if abstained else [citation], abstained=abstained
    )


def test_two_answers_are_joined_with_the_second_citations_numbered_after_the_first() -> None:
    joined = join_answers(
        "Di kota mana A, dan di kota mana B?",
        ("Di kota mana A?", "di kota mana B?"),
        (_answer("**Lebak** [1].\n\nQuote A [1]"), _answer("**Medan** [1].\n\nQuote B [1]")),
    )
    assert joined.text == "**Lebak** [1].\n**Medan** [2].\n\nQuote A [1]\n\nQuote B [2]"
    assert [c.number for c in joined.citations] == [1, 2]
    assert not joined.abstained


def test_a_part_the_articles_lack_is_said_and_both_lacking_is_an_abstention() -> None:
    parts = ("Di kota mana A?", "di kota mana B?")
    lacking = _answer("Maaf, artikel-artikel yang tersedia tidak memuat jawaban.", abstained=True)
    joined = join_answers(
        "Di kota mana A, dan di kota mana B?", parts, (_answer("**Lebak** [1].\n\nQ [1]"), lacking)
    )
    assert joined.text.startswith(
        "**Lebak** [1].\nArtikel tidak memuat jawaban untuk bagian ini: di kota mana B"
    )
    assert not joined.abstained
    assert join_answers("…, dan …?", parts, (lacking, lacking)).abstained
