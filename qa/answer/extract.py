"""The focused fact a question asks for, taken verbatim (dates: resolved) from one sentence.

An empty result means the sentence does not carry the kind of answer the question needs: a
"Kapan" question needs a date, "Siapa" a person, "Di mana" a place, "Berapa" a number.
"""

from __future__ import annotations

import datetime as dt
import re

from qa.answer.question import Question, canonical
from qa.text.dates import DAYS, MONTHS, YEAR, find_dates
from qa.text.sentences import split_sentences
from qa.text.tokens import stem

_TITLES = (
    r"(?:Presiden|Wakil Presiden|Sekretaris Jenderal(?: NATO)?|Sekjen(?: NATO)?"
    r"|Menteri|Menlu|Menhan|Perdana Menteri|PM|Kanselir|Kepala(?: NATO)?"
    r"|Pemimpin(?: NATO)?|diktator"
    r"|juru bicara|Raja|Ratu|Direktur|Ketua|Jenderal)"
)
_NAME = r"[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+){0,3}"
_SPEECH_VERBS = r"(?:kata|ujar|ucap|tutur|ungkap|jelas|tulis)(?:nya)?"
# Capitalised words that open or frame a phrase but never are the "who" themselves.
_NOT_PEOPLE = {
    "presiden",
    "sekretaris",
    "jenderal",
    "menteri",
    "perdana",
    "kepala",
    "pemimpin",
    "sekutu",
    "dalam",
    "menurut",
    "namun",
    "sementara",
    "selain",
    "pada",
    "usai",
    "di",
    "bagian",
    "pertemuan",
    "ktt",
    "para",
    "ini",
    "itu",
    "ia",
    "mereka",
    "kami",
    "sumber",
    "dikutip",
    "belakangan",
    "pasalnya",
    "meski",
    "tapi",
    "bahkan",
    "orang",
    "negara",
}
# News agencies, outlets and platforms: named as sources, never the answer to who/where.
_MEDIA = {
    "pbs",
    "news",
    "hour",
    "afp",
    "antara",
    "anadolu",
    "cna",
    "reuters",
    "ap",
    "kompas",
    "egindo",
    "twitter",
    "whatsapp",
    "google",
    "tempo",
    "detik",
    "cnn",
    "bbc",
}
_CALENDAR = set(MONTHS) | set(DAYS)
_MAX_SUBJECT_WORDS = 6
_NUMBER_WORDS = (
    r"(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belasan|puluhan"
    r"|ratusan|ribuan|jutaan|seratus|seribu|\w+ puluh|\w+ belas)"
)
_NUMBER = re.compile(
    rf"(?:Rp\s?)?\b(?:\d+(?:[.,]\d+)*|{_NUMBER_WORDS})(?:\s+(?:juta|miliar|triliun|ribu|persen))?"
    r"(?:\s+[a-z]+)?",
    re.IGNORECASE,
)
_PLACE = re.compile(
    rf"\b(?:di|ke|dari)\s+(?:(?:markas|kota|ibu kota|Istana) \w+ di\s+)?({_NAME}"
    rf"(?:,\s+{_NAME})?)"
)
_REASON_BEFORE = re.compile(
    r"\b(?:itu|itulah|inilah|ini) sebabnya\b|\boleh karena itu\b|\bkarena itu\b", re.IGNORECASE
)
_REASON = re.compile(r"\b(karena|sebab|lantaran|agar|supaya|demi|sehingga|akibat|untuk)\b", re.I)
_NEGATION = re.compile(
    r"\b(tidak|belum|bukan|tak|menolak|enggan|gagal|menyangkal|membantah|berhenti|tanpa|not|no|"
    r"never|didn't|did not|wasn't|isn't)\b",
    re.IGNORECASE,
)
_LOWERCASE_SPEAKER = re.compile(
    rf"{_SPEECH_VERBS}\s+((?:seorang|para|sejumlah)\s+[a-z]+(?:\s+[a-zA-Z]+){{0,2}}?)(?=[.,]|$)"
)


def _question_tokens(question: Question) -> set[str]:
    return {canonical(w) for w in re.findall(r"\w+", question.text)} | set(question.entities)


def _nearest(candidates: list[tuple[int, str]], anchor: int) -> str:
    return min(candidates, key=lambda c: abs(c[0] - anchor))[1] if candidates else ""


def _anchor(question: Question, sentence: str) -> int:
    """Where the question's own words sit in the sentence; answers tend to be near them."""
    wanted = set(question.terms) | set(question.entities)
    positions = [
        match.start()
        for match in re.finditer(r"\w+", sentence)
        if canonical(stem(match.group().lower())) in wanted or match.group().lower() in wanted
    ]
    return sum(positions) // len(positions) if positions else 0


def _titled_names(sentence: str, role: set[str]) -> list[tuple[int, str]]:
    """Names after an office: "Menteri Luar Negeri Ukraina, Dmytro Kuleba" (after the comma) or
    "Menteri Kelautan Budi Santoso" (the last two capitalised words). With a `role` from the
    question ("presiden Prancis"), only holders of that office count."""
    names = []
    pattern = rf"{_TITLES}((?:\s+[A-Z][\w'’]+)*)(?:,\s+({_NAME}))?"
    for match in re.finditer(pattern, sentence):
        office = {canonical(w) for w in re.findall(r"\w+", match.group(0))}
        if not role <= office:
            continue
        if match.group(2):
            names.append((match.start(2), match.group(2)))
        elif match.group(1).strip():
            words = match.group(1).split()
            names.append((match.start(1), " ".join(words[-2:])))
    return names


def question_role(question: Question) -> set[str]:
    """The qualifier of an office the question asks about: "Siapa presiden Prancis?" -> prancis."""
    match = re.search(rf"(?i:{_TITLES})((?:\s+[A-Z][\w'’]+)+)", question.text)
    if not match:
        return set()
    return {canonical(w) for w in match.group(1).split()} - _NOT_PEOPLE


def extract_person(question: Question, sentence: str) -> str:
    asked = _question_tokens(question)

    def usable(name: str, min_words: int) -> bool:
        words = name.split()
        return (
            len(words) >= min_words
            and not all(canonical(w) in asked | _NOT_PEOPLE for w in words)
            and not any(w.lower() in _MEDIA for w in words)
        )

    role = question_role(question)
    candidates = [(at, name) for at, name in _titled_names(sentence, role) if usable(name, 1)]
    if role:
        # The question names an office and its country/body: only its holder answers it.
        return _nearest(candidates, _anchor(question, sentence))
    if not candidates:
        candidates = [
            (m.start(1), m.group(1))
            for m in re.finditer(rf"{_SPEECH_VERBS}\s+(?:PM\s+)?({_NAME})", sentence)
            if usable(m.group(1), 1)
        ]
    if not candidates:
        for match in re.finditer(rf"({_NAME})", sentence):
            words = match.group(1).split()
            while words and canonical(words[0]) in _NOT_PEOPLE:
                words = words[1:]
            if usable(" ".join(words), 2):
                candidates.append((match.start(1), " ".join(words)))
    if not candidates:
        candidates = [(m.start(1), m.group(1)) for m in _LOWERCASE_SPEAKER.finditer(sentence)]
    if not candidates:
        return _subject_of(question, sentence)
    return _nearest(candidates, _anchor(question, sentence))


def _subject_of(question: Question, sentence: str) -> str:
    """ "Siapa yang berjaga ...?" answered by "Penembak jitu berjaga ...": the few words before
    the question's verb when they open the sentence."""
    asked = re.search(r"\bsiapa(?:kah)?\s+yang\s+([\w-]+)", question.text, re.IGNORECASE)
    if not asked:
        return ""
    verb = stem(asked.group(1).lower())
    words = list(re.finditer(r"[\w'’-]+", sentence))
    for index, word in enumerate(words[1 : _MAX_SUBJECT_WORDS + 1], start=1):
        if stem(word.group().lower()) == verb:
            return sentence[words[0].start() : words[index - 1].end()]
    return ""


def extract_place(question: Question, sentence: str) -> str:
    asked = _question_tokens(question)
    candidates = []
    for match in _PLACE.finditer(sentence):
        words = [w.strip(",") for w in match.group(1).split()]
        if all(canonical(w) in asked for w in words):
            continue
        if any(w.lower() in _MEDIA | _CALENDAR for w in words):
            continue
        candidates.append((match.start(1), match.group(1)))
    return _nearest(candidates, _anchor(question, sentence))


def extract_number(question: Question, sentence: str, published: dt.date | None) -> str:
    date_spans = [
        (m.start, m.end) for m in find_dates(sentence, published) if m.precision != "year"
    ]
    asks_year = bool(re.search(r"\btahun\b|\byear\b", question.text, re.IGNORECASE))
    asked = _question_tokens(question)
    candidates = []
    for match in _NUMBER.finditer(sentence):
        if any(s <= match.start() < e for s, e in date_spans):
            continue
        text = match.group().strip()
        is_year = bool(YEAR.match(text)) and len(text.split()[0]) == 4
        if is_year and not asks_year:
            continue
        words = text.split()
        if canonical(words[0]) in asked or sentence[: match.start()].lower().endswith("salah "):
            continue
        # "31 negara" answers "Berapa negara ...": a unit the question names wins outright.
        distance_bias = 0 if any(canonical(w) in asked for w in words[1:]) else 10_000
        candidates.append((match.start() - distance_bias, text))
    return _nearest(candidates, _anchor(question, sentence))


def extract_date(sentence: str, published: dt.date | None, language: str) -> str:
    mentions = [m for m in find_dates(sentence, published) if m.precision != "year"] or find_dates(
        sentence, published
    )
    if not mentions:
        return ""
    mention = mentions[0]
    return mention.format(language)


def extract_reason(sentence: str) -> str:
    # "X. Itu sebabnya Y": the reason is X, the clause before the marker.
    backward = _REASON_BEFORE.search(sentence)
    if backward:
        before = sentence[: backward.start()].strip(" “\"'")
        clauses = split_sentences(before)
        reason = before[clauses[-1].start : clauses[-1].end].strip(" .!?,") if clauses else ""
        if reason:
            return f"Karena {reason[0].lower()}{reason[1:]}"
    match = _REASON.search(sentence)
    return sentence[match.start() :].rstrip(" .") if match else ""


def extract_polarity(question: Question, sentence: str) -> str:
    negated_question = bool(_NEGATION.search(question.text))
    negated_sentence = bool(_NEGATION.search(sentence))
    agrees = negated_question == negated_sentence
    if question.language == "en":
        return "Yes" if agrees else "No"
    return "Ya" if agrees else "Tidak"


def extract_fact(question: Question, sentence: str, published: dt.date | None) -> str:
    kind = question.type
    if kind == "kapan":
        return extract_date(sentence, published, question.language)
    if kind == "siapa":
        return extract_person(question, sentence)
    if kind == "di_mana":
        return extract_place(question, sentence)
    if kind == "berapa":
        return extract_number(question, sentence, published)
    if kind == "mengapa":
        return extract_reason(sentence)
    if kind == "yesno":
        return extract_polarity(question, sentence)
    return sentence
