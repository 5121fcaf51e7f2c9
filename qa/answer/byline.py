"""Who wrote an article: answered from its byline, which is metadata, not a sentence of the text.

"Siapa penulis berita Kompas.com tentang kedatangan Zelensky?" asks about the report, not about
what it reports; the sentences hold no such name, and the nearest name in them (Stoltenberg)
would be a wrong answer. The answer names the article and says where the name comes from; it
cites no sentence, because none holds it.
"""

from __future__ import annotations

import re

from qa.answer.compose import NOT_IN_ARTICLES, abstention, article_label
from qa.answer.question import Question, token_set
from qa.models import Answer, Passage

# The writer of a report asked: "penulis berita", "yang menulis artikel", "wartawan yang
# menyusun laporan", "who wrote the article", "the author of the story", "written by". The
# report word stands next to the writing word, so "Apa yang ditulis Zelensky dalam laporan
# itu?" or "who wrote the letter mentioned in the article" ask about something reported.
_REPORT = r"(?:berita|artikel|laporan|tulisan|liputan|article|story|report|piece)"
_WRITER_ASKED = re.compile(
    rf"\bpenulis(?:nya)?\s+(?:[\w.]+\s+)?{_REPORT}\b"
    rf"|\b(?:menulis|nulis|menyusun|membuat)\s+(?:[\w.]+\s+)?{_REPORT}\b"
    rf"|\b{_REPORT}\s+(?:\w+\s+)?(?:ini\s+|itu\s+|tersebut\s+)?(?:ditulis|disusun|dibuat)\s+oleh\b"
    rf"|\bwho\s+(?:wrote|authored)\s+(?:the\s+|this\s+|that\s+)?(?:[\w.]+\s+){{0,2}}{_REPORT}\b"
    rf"|\b(?:author|writer|byline)s?\s+of\s+(?:the\s+|this\s+|that\s+)?(?:[\w.]+\s+){{0,2}}{_REPORT}\b"
    rf"|\b{_REPORT}\s+written\s+by\b",
    re.IGNORECASE,
)
# Parts of outlet names that name no outlet ("Kompas.com", "CNN Indonesia").
_GENERIC_SOURCE_WORDS = frozenset("com co id net org www news online daily indonesia".split())


def asks_writer(question: Question) -> bool:
    """The question asks who wrote a report (its byline), not something the report tells."""
    return (
        question.type in {"siapa", "apa"}
        and _WRITER_ASKED.search(question.asked or question.text) is not None
    )


def outlet_words(source: str) -> frozenset[str]:
    """The words that name an outlet: "Kompas.com" -> kompas."""
    return token_set(source) - _GENERIC_SOURCE_WORDS


def byline_answer(question: Question, passages: list[Passage]) -> Answer | None:
    """The writer of the report the question is about, or None when the question does not ask
    for one or names something no article has."""
    if not asks_writer(question) or not passages or question.unknown_entities:
        return None  # (an outlet or name no article has: the composer says which)
    # The report of the outlet the question names, else the one retrieved first (the answer
    # names the outlet and title either way, so a reader sees which report it is).
    asked = token_set(question.asked or question.text)
    named = [p for p in passages if outlet_words(p.article.source) & asked]
    article = (named or passages)[0].article
    english = question.language == "en"
    label = article_label(article, question.language)
    if not article.author:
        text = f"{NOT_IN_ARTICLES[question.language]} " + (
            f"The article does not give its writer's name: “{article.title}” ({label})."
            if english
            else f"Artikel itu tidak mencantumkan nama penulisnya: “{article.title}” ({label})."
        )
        return abstention(question, passages, text, "penulis tidak dicantumkan")
    text = (
        f"**{article.author}** wrote “{article.title}” ({label}); the name comes from the "
        "article's byline, not from a sentence of its text."
        if english
        else f"**{article.author}** menulis berita “{article.title}” ({label}); nama itu dari "
        "keterangan penulis artikel, bukan dari kalimat beritanya."
    )
    return Answer(
        question=question.text,
        text=text,
        passages=passages,
        language=question.language,
        trace=[f"penulis dari metadata artikel {article.id}"],
    )
