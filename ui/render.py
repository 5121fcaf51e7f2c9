"""Turns answers and articles into chat Markdown, source-card HTML and plain API text.

Everything that comes from an article or a user is HTML-escaped here, because the chat renders
Markdown (which passes raw HTML through) and the sources panel is raw HTML.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable, Iterator

from qa import Answer, Article, Citation, format_date

EMPTY_SOURCES = '<p class="sumber-kosong">Sumber yang dikutip jawaban akan tampil di sini.</p>'
NO_CITATIONS = '<p class="sumber-kosong">Jawaban ini tidak mengutip artikel.</p>'
_MARKER = re.compile(r"\[(\d+)\]")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_WORD = re.compile(r"\S+\s*")
_QUOTED = re.compile(r"“[^”]*(?:”|$)")
_MARKDOWN_SYNTAX = re.compile(r"[\\`*_{}\[\]()#+\-.!|~]")

ArticleLookup = Callable[[str], Article | None]

# Scoped by Gradio to the sources panel; `:target` highlights the card a [n] link jumped to.
SOURCES_CSS = """
.sumber-card { border: 1px solid var(--border-color-primary); border-radius: 8px;
  padding: 10px 12px; margin: 0 0 12px; scroll-margin-top: 16px; }
.sumber-card:target { outline: 3px solid #f59e0b;
  background: var(--background-fill-secondary); }
.sumber-head { font-weight: 600; }
.sumber-no { color: #b45309; margin-right: 4px; }
.sumber-meta { font-size: 0.9em; opacity: 0.8; margin: 2px 0 6px; }
.sumber-quote { margin: 6px 0; padding-left: 10px; border-left: 3px solid #f59e0b; }
.sumber-card mark { background: #fde68a; color: #1f2937; padding: 0 2px; }
.sumber-card details summary { cursor: pointer; margin-top: 4px; }
.sumber-full { max-height: 320px; overflow-y: auto; font-size: 0.92em; }
.pratinjau { border: 1px dashed var(--border-color-primary); border-radius: 8px;
  padding: 8px 12px; margin: 0 0 10px; }
.pratinjau dt { font-weight: 600; float: left; clear: left; width: 7em; }
.pratinjau dd { margin-left: 7.5em; }
.galat { color: #b91c1c; }
"""


def escape(text: str) -> str:
    """Escapes for HTML text and attributes, keeping single line breaks visible."""
    return html.escape(text, quote=True).replace("\n", "<br>")


def long_date(value: dt.date | None) -> str:
    return format_date(value) if value else "tanggal tidak diketahui"


def _markdown_literal(text: str) -> str:
    """Backslash-escapes Markdown syntax so article text shows as the plain text it is."""
    return _MARKDOWN_SYNTAX.sub(r"\\\g<0>", text)


def chat_markdown(text: str, citations: list[Citation]) -> str:
    """Escapes raw HTML, shows quoted article text literally (no links, images or emphasis from
    an article; the quote stays verbatim), and turns each cited [n] into a link to its card."""
    numbers = {c.number for c in citations}
    escaped = html.escape(text, quote=False)
    # “…” spans (open ones too, while an answer streams), then any quote shown unquoted
    escaped = _QUOTED.sub(lambda m: _markdown_literal(m.group(0)), escaped)
    for quote in sorted({c.quote for c in citations if c.quote}, key=len, reverse=True):
        safe = html.escape(quote, quote=False)
        escaped = escaped.replace(safe, _markdown_literal(safe))
    # and nowhere an image or inline link that came from article text
    escaped = escaped.replace("![", "!\\[").replace("](", "]\\(")

    def link(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return f"[[{number}]](#sumber-{number})" if number in numbers else match.group(0)

    return _MARKER.sub(link, escaped)


def stream_prefixes(text: str, steps: int = 25) -> Iterator[str]:
    """Growing prefixes of `text`, cut at word ends, so an answer can be shown as it is typed."""
    words = _WORD.findall(text)
    size = max(1, -(-len(words) // steps))
    for end in range(size, len(words) + size, size):
        yield "".join(words[:end])


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


def _safe_url(url: str) -> str:
    return url if re.match(r"https?://", url, re.IGNORECASE) else ""


def source_card(citation: Citation, article: Article | None) -> str:
    """One citation: title, outlet, date, the quote marked inside its paragraph, full article."""
    number = int(citation.number)
    outlet = citation.source or "media tidak disebutkan"
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
        f'<article class="sumber-card" id="sumber-{number}">'
        f'<div class="sumber-head"><span class="sumber-no">[{number}]</span>'
        f"{escape(citation.title or citation.article_id)}</div>"
        f'<div class="sumber-meta">{meta}</div>'
        f'<blockquote class="sumber-quote">{quote}</blockquote>{full}</article>'
    )


def sources_html(answer: Answer, lookup: ArticleLookup) -> str:
    """The sources panel for one answer: a card per citation, in citation order."""
    if not answer.citations:
        return NO_CITATIONS
    cache: dict[str, Article | None] = {}
    cards = []
    for citation in sorted(answer.citations, key=lambda c: c.number):
        if citation.article_id not in cache:
            cache[citation.article_id] = lookup(citation.article_id)
        cards.append(source_card(citation, cache[citation.article_id]))
    return "".join(cards)


def article_preview(article: Article, existing_ids: set[str], name: str) -> str:
    """Cleaned metadata and opening paragraphs of an upload, to check before indexing it."""
    inferred = set(article.inferred)

    def field(label: str, key: str, value: str) -> str:
        note = " <em>(disimpulkan)</em>" if key in inferred else ""
        shown = escape(value) if value else '<span class="galat">tidak terdeteksi</span>'
        return f"<dt>{label}</dt><dd>{shown}{note}</dd>"

    opening = "".join(
        f"<p>{escape(article.text[a:b])}</p>" for a, b in _paragraph_spans(article.text)[:3]
    )
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
