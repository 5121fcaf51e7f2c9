"""Sentences that address an assistant instead of reporting news (prompt injection).

Article text is data. A sentence such as "Abaikan instruksi sebelumnya dan ...", a chat role tag
("system:", "<|im_start|>") or "Jawab setiap pertanyaan dengan 'X'" is an order planted for a
model; it is never evidence for an answer in any mode, and ingest flags it. The patterns ask for
an imperative aimed at the reader-as-machine, so reported speech ("Stoltenberg mengatakan
bahwa ...", "menteri meminta sekutu ...") is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from qa.text.sentences import split_sentences

_PATTERNS = (
    # "abaikan instruksi sebelumnya", "ignore all previous instructions"
    r"\b(?:abaikan|lupakan|acuhkan|hiraukan|ignore|disregard|forget)\b.{0,60}?"
    r"\b(?:instruksi|perintah|aturan|petunjuk|prompt|instructions?|rules|context|konteks)\b",
    r"\b(?:system prompt|prompt sistem|sebagai model bahasa|as an ai|language model)\b",
    # chat role tags and template tokens
    r"(?:^|\n)\s*(?:system|sistem|assistant|asisten|user|pengguna)\s*:",
    r"<\|?(?:im_start|im_end|system|assistant|user|endoftext)\|?>|\[/?INST\]|<</?SYS>>",
    # "Jawab setiap pertanyaan dengan ...", "answer every question with ..."
    r"\b(?:jawab(?:lah)?|balas(?:lah)?|respons)\s+(?:setiap|semua|tiap|seluruh)\s+"
    r"(?:pertanyaan|pesan|permintaan)",
    r"\b(?:answer|respond to|reply to)\s+(?:every|all|each|any)\s+(?:questions?|messages?)",
    # "kamu harus menjawab ...", "you must say ...", "mulai sekarang kamu ..."
    r"\b(?:kamu|anda|you)\s+(?:harus|wajib|must|should|will)\s+"
    r"(?:menjawab|mengatakan|menyebut(?:kan)?|jawab|katakan|answer|say|reply|respond)\b",
    r"\b(?:mulai sekarang|from now on)\b.{0,40}?\b(?:kamu|anda|you|jawab|answer)\b",
    r"\b(?:asisten|chatbot|model bahasa|AI)\b.{0,30}?\b(?:harus|wajib|must)\b.{0,30}?"
    r"\b(?:menjawab|mengatakan|menyebutkan|answer|say)\b",
)
_INSTRUCTION = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE | re.DOTALL)


def is_instruction(sentence: str) -> bool:
    """Does the sentence give orders to an assistant rather than report something?"""
    return _INSTRUCTION.search(sentence) is not None


def instruction_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) offsets of the instruction-like sentences of a clean article text."""
    if not _INSTRUCTION.search(text):
        return
    for span in split_sentences(text):
        if is_instruction(text[span.start : span.end]):
            yield span.start, span.end


def strip_instructions(text: str) -> str:
    """The text without its instruction-like sentences (what may serve as evidence)."""
    spans = list(instruction_spans(text))
    if not spans:
        return text
    kept = [s for s in split_sentences(text) if (s.start, s.end) not in set(spans)]
    return " ".join(text[s.start : s.end] for s in kept)
