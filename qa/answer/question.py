"""What a question asks: its language, its type, and the terms an answer must cover."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from vectorstore.text_analysis import analyze

QuestionType = Literal[
    "kapan", "siapa", "di_mana", "berapa", "apa", "mengapa", "bagaimana", "yesno", "list"
]

_ID_RULES: list[tuple[str, QuestionType]] = [
    (r"^(?:apa|siapa) saja\b|^sebutkan\b|^daftar\b|\bapa saja\b|\bsiapa saja\b", "list"),
    (r"^kapan(?:kah)?\b|\bkapan\b|\bpada tanggal berapa\b|\btanggal berapa\b", "kapan"),
    (r"^siapa(?:kah)?\b|\bsiapa\b", "siapa"),
    (r"^(?:di|ke|dari) ?mana(?:kah)?\b|\b(?:di|ke|dari) ?mana\b", "di_mana"),
    (r"^berapa\b|\bberapa\b|\btahun berapa\b", "berapa"),
    (r"^(?:mengapa|kenapa)\b|\b(?:mengapa|kenapa)\b", "mengapa"),
    (r"^bagaimana\b|\bbagaimana\b", "bagaimana"),
    (r"^apakah\b|^benarkah\b|^betulkah\b|kah\b.*\?$", "yesno"),
    (r"^apa\b|\bapa\b", "apa"),
]
_EN_RULES: list[tuple[str, QuestionType]] = [
    (
        r"^(?:list|name (?:all|the))\b|^what (?:are|were) (?:the|all)\b.*\b(?:meetings|countries|"
        r"items|things|people|leaders|topics)\b|^which (?:countries|leaders|meetings)\b",
        "list",
    ),
    (r"^when\b|\bwhat date\b|\bon what day\b", "kapan"),
    (r"^(?:who|whom|whose)\b", "siapa"),
    (r"^where\b", "di_mana"),
    (r"^how (?:many|much|long|old)\b|^what year\b|\bin which year\b", "berapa"),
    (r"^why\b", "mengapa"),
    (r"^how\b", "bagaimana"),
    (r"^(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would|should)\b", "yesno"),
    (r"^(?:what|which)\b", "apa"),
]
_ENGLISH_MARKERS = {
    "the",
    "what",
    "when",
    "who",
    "where",
    "why",
    "how",
    "did",
    "does",
    "is",
    "was",
    "were",
    "of",
    "to",
    "and",
    "which",
    "meeting",
    "president",
    "visit",
    "say",
    "said",
}
_INDONESIAN_MARKERS = {
    "yang",
    "dan",
    "di",
    "ke",
    "apa",
    "siapa",
    "kapan",
    "berapa",
    "mengapa",
    "bagaimana",
    "apakah",
    "dengan",
    "untuk",
    "pada",
    "dari",
    "itu",
    "ini",
}
# Spellings and translations of names that occur in this kind of news, for matching only.
ALIASES = {
    "zelenskyy": "zelensky",
    "zelenskiy": "zelensky",
    "kiev": "kyiv",
    "ukraine": "ukraina",
    "france": "prancis",
    "perancis": "prancis",
    "germany": "jerman",
    "russia": "rusia",
    "hungary": "hongaria",
    "poland": "polandia",
    "romania": "rumania",
    "belgium": "belgia",
    "lithuania": "lithuania",
    "britain": "inggris",
    "uk": "inggris",
    "us": "as",
    "usa": "as",
    "america": "amerika",
    "american": "amerika",
    "brussel": "brussels",
    "bukares": "bucharest",
    "ceausescu": "ceaucescu",
    "sekjen": "sekretaris",
    "menlu": "menteri",
    "menhan": "menteri",
    "ktt": "ktt",
    "summit": "ktt",
    "headquarters": "markas",
    "china": "china",
    "tiongkok": "china",
    "european": "eropa",
    "europe": "eropa",
}
_SENTENCE_START_WORDS = {
    "apa",
    "apakah",
    "siapa",
    "siapakah",
    "kapan",
    "kapankah",
    "di",
    "dimana",
    "ke",
    "dari",
    "berapa",
    "mengapa",
    "kenapa",
    "bagaimana",
    "benarkah",
    "sebutkan",
    "what",
    "who",
    "when",
    "where",
    "why",
    "how",
    "is",
    "are",
    "was",
    "were",
    "did",
    "does",
    "do",
    "which",
    "list",
}


@dataclass
class Question:
    text: str
    language: Literal["id", "en"]
    type: QuestionType
    terms: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)


def canonical(token: str) -> str:
    return ALIASES.get(token.lower(), token.lower())


def detect_language(text: str) -> Literal["id", "en"]:
    words = re.findall(r"[a-z']+", text.lower())
    english = sum(w in _ENGLISH_MARKERS for w in words)
    indonesian = sum(w in _INDONESIAN_MARKERS for w in words)
    return "en" if english > indonesian else "id"


def detect_type(text: str, language: Literal["id", "en"]) -> QuestionType:
    lowered = text.lower().strip()
    for pattern, question_type in _EN_RULES if language == "en" else _ID_RULES:
        if re.search(pattern, lowered):
            return question_type
    return "apa"


def named_entities(text: str) -> list[str]:
    """Capitalised words (names, places, acronyms) other than the question word itself."""
    entities = []
    for match in re.finditer(r"\b[A-Z][\w'’-]*", text):
        word = match.group()
        if word.lower() not in _SENTENCE_START_WORDS:
            entities.append(canonical(word))
    return list(dict.fromkeys(entities))


def analyze_question(text: str) -> Question:
    language = detect_language(text)
    terms = [canonical(t) for t in analyze(text)]
    return Question(
        text=text,
        language=language,
        type=detect_type(text, language),
        terms=list(dict.fromkeys(terms)),
        entities=named_entities(text),
    )
