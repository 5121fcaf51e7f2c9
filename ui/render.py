"""Turns answers into chat messages that carry their own numbered source cards, and uploads into
previews.

Every message is one HTML block without blank lines, so the chat's Markdown renderer passes it
through whole (its sanitizer still runs). Everything that comes from an article or a user is
HTML-escaped here. Card ids carry the turn number, `sumber-<turn>-<n>`, so `[n]` in any answer,
old or new, reaches that answer's own card.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable, Sequence

from qa import Article, Citation, format_date
from ui.turns import Closest, Turn

_MARKER = re.compile(r"\[(\d+)\]")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_QUOTED = re.compile(r"(“[^”]*(?:”|$))")  # the answer step marks the short answer **like this**
PREVIEW_CHARS = 220

ArticleLookup = Callable[[str], Article | None]


def escape(text: str) -> str:
    """Escapes for HTML text and attributes, keeping single line breaks visible."""
    return html.escape(text, quote=True).replace("\n", "<br>")


def long_date(value: dt.date | None) -> str:
    return format_date(value) if value else "tanggal tidak diketahui"


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _locate(text: str, citation: Citation) -> tuple[int, int] | None:
    """The quote's span in the clean text: the given offsets, or a search if they went stale."""
    if 0 <= citation.start < citation.end <= len(text) and (
        text[citation.start : citation.end] == citation.quote
    ):
        return citation.start, citation.end
    found = text.find(citation.quote) if citation.quote else -1
    return (found, found + len(citation.quote)) if found >= 0 else None


def _marked(text: str, start: int, end: int, span: tuple[int, int] | None) -> str:
    if span is None or span[1] <= start or span[0] >= end:
        return escape(text[start:end])
    left, right = max(start, span[0]), min(end, span[1])
    return (
        escape(text[start:left])
        + "<mark>"
        + escape(text[left:right])
        + "</mark>"
        + escape(text[right:end])
    )


def _paragraphs(text: str, span: tuple[int, int] | None, only_marked: bool) -> str:
    parts = [
        f"<p>{_marked(text, a, b, span)}</p>"
        for a, b in _paragraph_spans(text)
        if not only_marked or (span is not None and a < span[1] and span[0] < b)
    ]
    return "".join(parts)


def _opening(article: Article, count: int) -> str:
    return "".join(
        f"<p>{escape(article.text[a:b])}</p>" for a, b in _paragraph_spans(article.text)[:count]
    )


def _safe_url(url: str) -> str:
    return url if re.match(r"https?://", url, re.IGNORECASE) else ""


def card_id(turn: int, number: int) -> str:
    return f"sumber-{turn}-{number}"


def _preview(quote: str) -> str:
    return quote if len(quote) <= PREVIEW_CHARS else quote[:PREVIEW_CHARS].rstrip() + "…"


def linked_text(turn: int, text: str, citations: list[Citation]) -> str:
    """Escaped answer text whose cited [n] link to this turn's card n. The link's title is the
    quote (the hover preview) and a hidden suffix gives screen readers the source's title."""
    by_number = {c.number: c for c in citations}

    def link(match: re.Match[str]) -> str:
        citation = by_number.get(int(match.group(1)))
        if citation is None:
            return match.group(0)
        number = citation.number
        return (
            f'<a href="#{card_id(turn, number)}" class="kutipan" '
            f'title="{html.escape(_preview(citation.quote), quote=True)}">[{number}]'
            f'<span class="sr-only"> sumber: {escape(citation.title or citation.article_id)}'
            "</span></a>"
        )

    def emphasis_outside_quotes(paragraph: str) -> str:
        """Our own **fact** marks turn bold; asterisks inside a quoted article sentence stay."""
        parts = _QUOTED.split(paragraph)
        return "".join(
            part if part.startswith("“") else _BOLD.sub(r"<strong>\1</strong>", part)
            for part in parts
        )

    paragraphs = [p for p in _PARAGRAPH_BREAK.split(text) if p.strip()]
    marked = (emphasis_outside_quotes(_MARKER.sub(link, escape(p))) for p in paragraphs)
    return "".join(f"<p>{p}</p>" for p in marked)


def source_card(turn: int, citation: Citation, article: Article | None) -> str:
    """One citation: title, outlet, date, the quote marked inside its paragraph, full article."""
    number = int(citation.number)
    outlet = citation.source or "tanpa penerbit"
    meta = f"{escape(outlet)} · {escape(long_date(citation.published))}"
    if article is not None:
        span = _locate(article.text, citation)
        quote = _paragraphs(article.text, span, only_marked=True) if span else ""
        full = (
            "<details><summary>Baca artikel lengkap</summary>"
            f'<div class="sumber-full">{_paragraphs(article.text, span, only_marked=False)}</div>'
            "</details>"
        )
        url = _safe_url(article.url)
        if url:
            full += (
                f'<a href="{html.escape(url, quote=True)}" target="_blank" '
                'rel="noopener noreferrer">Buka sumber asli</a>'
            )
    else:
        quote, full = "", "<p><em>Artikel ini tidak lagi ada di indeks.</em></p>"
    quote = quote or f"<p><mark>{escape(citation.quote)}</mark></p>"
    return (
        f'<article class="sumber-card" id="{card_id(turn, number)}" tabindex="-1">'
        f'<div class="sumber-head"><span class="sumber-no">[{number}]</span>'
        f"{escape(citation.title or citation.article_id)}</div>"
        f'<div class="sumber-meta">{meta}</div>'
        f'<blockquote class="sumber-quote">{quote}</blockquote>{full}</article>'
    )


def sources_block(turn: int, citations: list[Citation], lookup: ArticleLookup, open_: bool) -> str:
    """The answer's own cards, folded under it; the newest answer's are unfolded."""
    cache: dict[str, Article | None] = {}
    cards = []
    for citation in sorted(citations, key=lambda c: c.number):
        if citation.article_id not in cache:
            cache[citation.article_id] = lookup(citation.article_id)
        cards.append(source_card(turn, citation, cache[citation.article_id]))
    return (
        f'<details class="sumber-jawaban"{" open" if open_ else ""}>'
        f"<summary>Sumber jawaban ini ({len(cards)})</summary>{''.join(cards)}</details>"
    )


def _closest(closest: Closest, lookup: ArticleLookup) -> str:
    article = lookup(closest.article_id)
    meta = f"{closest.source or 'tanpa penerbit'} · {long_date(closest.published)}"
    opening = (
        _opening(article, 2) if article else "<p><em>Artikel ini tidak lagi ada di indeks.</em></p>"
    )
    return (
        '<details class="terdekat"><summary>Artikel terdekat: '
        f"<strong>{escape(closest.title)}</strong> ({escape(meta)})</summary>{opening}</details>"
    )


def _badge(kind: str, label: str) -> str:
    return f'<span class="lencana lencana-{kind}">{label}</span>'


def turn_message(index: int, turn: Turn, lookup: ArticleLookup, latest: bool) -> str:
    """The assistant message of turn `index` (1-based): a badge saying what kind of answer it is,
    the text with linked markers, visible caveats, and the answer's sources or closest article."""
    answer = turn.answer
    if turn.no_match:
        return (
            '<div class="jawaban jawaban-kosong">'
            + _badge("kosong", "Tidak ada artikel yang cocok dengan filter")
            + "<p>Tidak ada artikel yang lolos filter yang aktif, jadi pertanyaan ini tidak bisa "
            "dicari. Hapus atau longgarkan filter di dekat kotak pertanyaan, lalu tanyakan lagi."
            "</p></div>"
        )
    if answer.abstained:
        closest = _closest(turn.closest, lookup) if turn.closest else ""
        return (
            '<div class="jawaban jawaban-abstain">'
            + _badge("abstain", "Tidak ditemukan di artikel")
            + linked_text(index, answer.text, [])
            + f"{closest}</div>"
        )
    badge = _badge("catatan", "Perlu dicek") if turn.notes else _badge("ok", "Bersumber")
    notes = "".join(f'<p class="catatan">⚠️ {escape(note)}</p>' for note in turn.notes)
    sources = (
        sources_block(index, answer.citations, lookup, latest)
        if answer.citations
        else '<p class="catatan">Jawaban ini tidak mengutip artikel.</p>'
    )
    kind = "catatan" if turn.notes else "ok"
    return (
        f'<div class="jawaban jawaban-{kind}">{badge}'
        f"{linked_text(index, answer.text, answer.citations)}{notes}{sources}</div>"
    )


def progress_message(step: str) -> str:
    """A placeholder answer that says which step is running."""
    return f'<div class="jawaban jawaban-proses" role="status"><p>{escape(step)}</p></div>'


def chat_messages(turns: Sequence[Turn], lookup: ArticleLookup) -> list[dict[str, str]]:
    """What the Chatbot shows: each escaped question and its answer with its own sources."""
    messages: list[dict[str, str]] = []
    for index, turn in enumerate(turns, start=1):
        messages.append({"role": "user", "content": escape(turn.answer.question)})
        content = turn_message(index, turn, lookup, latest=index == len(turns))
        messages.append({"role": "assistant", "content": content})
    return messages


def article_preview(article: Article, existing_ids: set[str], name: str) -> str:
    """Cleaned metadata and opening paragraphs of an upload, to check before indexing it."""
    inferred = set(article.inferred)

    def field(label: str, key: str, value: str) -> str:
        note = " <em>(disimpulkan)</em>" if key in inferred else ""
        shown = escape(value) if value else '<span class="galat">tidak terdeteksi</span>'
        return f"<dt>{label}</dt><dd>{shown}{note}</dd>"

    opening = _opening(article, 3)
    warning = (
        '<p class="galat">ID ini sudah ada di indeks; mengindeks akan memperbarui artikel itu.</p>'
        if article.id in existing_ids
        else ""
    )
    published = long_date(article.published) if article.published else ""
    return (
        f'<section class="pratinjau"><h4>{escape(name)}</h4><dl>'
        + field("Judul", "title", article.title)
        + field("Media", "source", article.source)
        + field("Tanggal", "published", published)
        + field("Dateline", "dateline", article.dateline)
        + field("ID", "id", article.id)
        + f"</dl>{warning}<div>{opening}</div></section>"
    )


def error_list(errors: list[str]) -> str:
    """Upload problems, one per line, escaped because they quote file names."""
    return "".join(f'<p class="galat">{escape(error)}</p>' for error in errors)
