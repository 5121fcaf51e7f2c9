"""Who wrote an article: answered from its byline, which is metadata, not a sentence of the text.

"Siapa penulis berita Kompas.com tentang kedatangan Zelensky?" asks about the report, not about
what it reports; the sentences hold no such name, and the nearest name in them (Stoltenberg)
would be a wrong answer. The answer names the article and says where the name comes from; it
cites no sentence, because none holds it.
"""

from __future__ import annotations

import re

from qa.answer.question import Question, token_set
from qa.models import Answer, ArticleMeta, Passage
from qa.text.dates import format_date

# The writer asked: "penulis", "yang menulis", "wartawan yang menyusun", "who wrote", "author".
_WRITER_ASKED = re.compile(
    r"\bpenulis\w*|\b(?:menulis|ditulis|nulis)\b"
    r"|\b(?:wartawan|jurnalis|reporter|pewarta)\w*\b.*\b(?:menyusun|membuat|disusun|dibuat)\b"
    r"|\bwho (?:wrote|authored)\b|\b(?:author|writer|byline)s?\b|\bwritten by\b",
    re.IGNORECASE,
)
# ... of a report, not of something the report tells about ("surat yang ditulis Zelensky").
_REPORT = re.compile(
    r"\b(?:berita|artikel|laporan|tulisan|liputan|article|story|report|piece)\b", re.IGNORECASE
)


def asks_writer(question: Question) -> bool:
    text = question.asked or question.text
    return (
        question.type in {"siapa", "apa"}
        and _WRITER_ASKED.search(text) is not None
        and _REPORT.search(text) is not None
    )


def byline_answer(question: Question, passages: list[Passage]) -> Answer | None:
    """The writer of the report the question is about (the first retrieved of the outlet it
    names, else the first retrieved), or None when the question does not ask for one."""
    if not asks_writer(question) or not passages:
        return None
    asked = token_set(question.asked or question.text)
    named = [p for p in passages if token_set(p.article.source) & asked]
    article = (named or passages)[0].article
    english = question.language == "en"
    label = _label(article, english)
    if not article.author:
        text = (
            "The articles do not contain an answer to this question. The article does not give "
            f"its writer's name: “{article.title}” ({label})."
            if english
            else "Maaf, artikel-artikel yang tersedia tidak memuat jawaban atas pertanyaan ini. "
            f"Artikel itu tidak mencantumkan nama penulisnya: “{article.title}” ({label})."
        )
        return Answer(
            question=question.text,
            text=text,
            abstained=True,
            passages=passages,
            language=question.language,
            trace=["abstain: penulis tidak dicantumkan"],
        )
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


def _label(article: ArticleMeta, english: bool) -> str:
    language = "en" if english else "id"
    published = format_date(article.published, language) if article.published else ""
    return ", ".join(x for x in (article.source, published) if x)
