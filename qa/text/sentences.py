"""Sentence spans with exact character offsets in the clean article text.

Written here rather than taken from llama-index's splitters because citations need the verbatim
offsets of every sentence, and a quoted statement ("..., " kata X) must stay one sentence with its
attribution so that a cited quote names its speaker.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# A sentence ends at . ! ? … (with any closing quotes, and in generated answers any citation
# markers such as "[1]" or "[1, 2]") before whitespace and a capital or a digit.
_BOUNDARY = re.compile(
    r"[.!?…]+[\"'”’)]*(?:\s*\[\s*\d+(?:\s*[,;\-–]\s*\d+)*\s*\])*(?=\s+[\"“'‘(]?[A-Z0-9])"
)
_ABBREVIATIONS = {
    "dr",
    "prof",
    "no",
    "jl",
    "st",
    "h",
    "hj",
    "ir",
    "drs",
    "dll",
    "dsb",
    "dkk",
    "tsb",
    "mr",
    "mrs",
    "ms",
    "sdr",
    "bpk",
    "kol",
    "jend",
    "letjen",
    "mayjen",
    "brigjen",
    "kapt",
    "inc",
    "co",
    "vs",
    "u.s",
    "a.s",
    "p.m",
    "a.m",
    "hlm",
    "tel",
}
_OPENING_QUOTES = "“‘"
_CLOSING_QUOTES = "”’"


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def outside_quotes(paragraph: str) -> list[bool]:
    """For each character: is it outside any quotation? All True when quotes don't balance."""
    outside = [True] * len(paragraph)
    depth = 0
    straight_open = False
    for index, char in enumerate(paragraph):
        if char in _OPENING_QUOTES:
            depth += 1
        elif char in _CLOSING_QUOTES and depth:
            depth -= 1
        elif char == '"':
            straight_open = not straight_open
        outside[index] = depth == 0 and not straight_open
    if depth or straight_open:
        return [True] * len(paragraph)
    return outside


def _is_abbreviation(paragraph: str, dot_index: int) -> bool:
    word = re.search(r"([\w.]+)\.?$", paragraph[: dot_index + 1].rstrip("."))
    if not word:
        return False
    token = word.group(1).lower()
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def paragraph_sentences(paragraph: str, inside_quotes: bool = False) -> list[Span]:
    """The paragraph's sentences; a quote of several sentences stays one, unless
    `inside_quotes` (what each sentence of a quote says, apart)."""
    outside = [True] * len(paragraph) if inside_quotes else outside_quotes(paragraph)
    spans = []
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        end = match.end()
        first_mark = match.start()
        if not outside[first_mark] and not outside[end - 1]:
            continue
        if (
            paragraph[first_mark] == "."
            and end - first_mark == 1
            and _is_abbreviation(paragraph, first_mark)
        ):
            continue
        if paragraph[start:end].strip():
            spans.append(Span(start, end))
        start = end
        while start < len(paragraph) and paragraph[start].isspace():
            start += 1
    if paragraph[start:].strip():
        spans.append(Span(start, len(paragraph.rstrip())))
    return spans


def split_sentences(text: str) -> list[Span]:
    """Sentences of a text (each line a paragraph), with offsets into `text`: the one splitter for
    articles, chunks, evidence and generated answers."""
    spans: list[Span] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        offset = paragraph.start()
        spans.extend(
            Span(offset + span.start, offset + span.end)
            for span in paragraph_sentences(paragraph.group())
        )
    return spans


def quoted(text: str) -> str:
    """The verbatim sentence in quotes, never doubling quote marks: a sentence that is a quote
    whole stands as it is; one holding a quote ('“...,” ujar Stoltenberg.') goes in single
    quotes, as Indonesian nests them."""
    if text[:1] in "\"“'‘" and text.rstrip(" .")[-1:] in "\"”'’":
        return text
    if any(mark in text for mark in '"“”'):
        return f"‘{text}’"
    return f"“{text}”"


def without_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """The text with each [start, end) span (not overlapping) replaced by a space: what a
    sentence says besides its dates, a purpose, an avoided deed."""
    for start, end in sorted(spans, reverse=True):
        text = f"{text[:start]} {text[end:]}"
    return text
