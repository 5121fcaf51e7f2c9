"""Whether two events share a place, a year, a date or a person ("Apakah A dan B digelar di kota
yang sama?", "Is the NATO chief who did A the same person as the one who did B?"): each event is
asked on its own, by the whole answer step, and the two cited facts are compared.

One question about two events retrieves and ranks sentences for neither well, and a yes/no
claim check reads the second event's date or place as a detail the first one's sentence
contradicts; asked apart, each event gets its own passages, its own fact and its own citation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from qa.answer.compose import NOT_IN_ARTICLES, stated_fact
from qa.answer.extract import extract_fact
from qa.answer.question import analyze_question, detect_language
from qa.models import Answer, Citation, Passage
from qa.text.dates import find_dates, years
from qa.text.places import same_country, spellings

Kind = Literal["place", "year", "date", "person"]
# The nouns a comparison asks the sameness of, by what is compared.
_KIND_NOUNS: dict[Kind, str] = {
    "place": r"kota|tempat|lokasi|negara|city|place|venue|location|country",
    "year": r"tahun|year",
    "date": r"tanggal|hari|date|day",
    "person": r"orang|sosok|tokoh|person|man|woman|official",
}
_KIND = "|".join(f"(?P<{kind}>{nouns})" for kind, nouns in _KIND_NOUNS.items())
# Verbs of taking place that stand between the events and the sameness asked.
_HELD_ID = r"(?:(?:berlangsung|digelar|diadakan|diselenggarakan|terjadi|dilaksanakan|adalah)\s+)?"
_HELD_EN = r"(?:(?:held|hosted|located|taking place|take place|took place|happen|happening)\s+)?"
_AND_ID = r"\s+(?:dan|dengan|sm|sama)\s+"
_PATTERNS = [
    # "A digelar di kota yang sama dengan B", "A adalah orang yang sama dengan B"
    re.compile(
        rf"^(?P<first>.+?)\s+{_HELD_ID}(?:(?:di|pada)\s+)?(?:{_KIND})(?:nya)?\s+(?:yang|yg)\s+sama"
        rf"\s+(?:dengan|sama|sm)\s+(?P<second>.+)$"
    ),
    # "A dan B berlangsung di kota yang sama", chat's "A sm B itu kotanya sama gak" (not
    # "sama-sama", both: "A dan B selama dua hari sama-sama berlangsung di kota mana")
    re.compile(
        rf"^(?P<first>.+?){_AND_ID}(?P<second>.+?)\s+{_HELD_ID}(?:itu\s+)?(?:(?:di|pada)\s+)?"
        rf"(?:{_KIND})(?:nya)?\s+(?:(?:yang|yg)\s+)?sama\b(?!-)"
    ),
    # "Was A held in the same city as B?", "Is A the same person as B?"
    re.compile(
        rf"^(?P<first>.+?)\s+{_HELD_EN}(?:(?:in|on|at)\s+)?the\s+same\s+(?:{_KIND})"
        rf"\s+as\s+(?P<second>.+)$"
    ),
    # "Were A and B held in the same city?"
    re.compile(
        rf"^(?P<first>.+?)\s+and\s+(?P<second>.+?)\s+{_HELD_EN}(?:(?:in|on|at)\s+)?the\s+same"
        rf"\s+(?:{_KIND})\b"
    ),
]
# What opens the question or closes it without belonging to either event.
_OPENING = re.compile(
    r"^(?:apakah|apa|benarkah|were|was|are|is|did|do|does)\s+|^(?:tempat|lokasi)\s+",
    re.IGNORECASE,
)
_CLOSING = re.compile(r"[\s,]*(?:\b(?:itu|tersebut|tadi|gak|nggak|tidak|ga|ya|sih|kah))*[\s?.!]*$")


# The sameness asked of one event's detail: "tahun yang sama ketika …", "the same year for …".
_OF_ONE_EVENT = re.compile(r"\s*(?:ketika|saat|waktu|pas|untuk|for|when|of)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Comparison:
    """Two events and what of theirs is asked to be the same."""

    kind: Kind
    events: tuple[str, str]
    language: Literal["id", "en"]

    def questions(self) -> tuple[str, str]:
        """Each event asked on its own: where, when or who."""
        return (self._asked(self.events[0]), self._asked(self.events[1]))

    def _asked(self, event: str) -> str:
        if self.language == "en":
            opening = {"place": "Where was", "year": "When was", "date": "When was"}
            return f"{opening.get(self.kind, 'Who is')} {event}?"
        opening_id = {"place": "Di mana", "year": "Kapan", "date": "Kapan", "person": "Siapa"}
        return f"{opening_id[self.kind]} {event}?"


def comparison_asked(question: str) -> Comparison | None:
    """The comparison a yes/no question asks, or None when it asks none."""
    text = question.strip()
    for pattern in _PATTERNS:
        found = pattern.search(text.lower())
        if found is None:
            continue
        kind = next(k for k in _KIND_NOUNS if found.group(k))
        first, second = (
            _event(text[found.start(part) : found.end(part)]) for part in ("first", "second")
        )
        if len(first.split()) < 2 or len(second.split()) < 2 or "?" in f"{first}{second}":
            return None  # too short to be an event: "Apakah keduanya di kota yang sama?"
        if _OF_ONE_EVENT.match(text[found.end() :]):
            # "… menyebut tahun yang sama ketika NATO setuju …": one event as two reports tell
            # it, not two events
            return None
        return Comparison(kind, (first, second), detect_language(text))
    return None


def _event(words: str) -> str:
    """An event as the asker wrote it, without the question's own opening and closing."""
    return _CLOSING.sub("", _OPENING.sub("", words.strip(), count=1)).strip()


def _fact(answer: Answer) -> str:
    return "" if answer.abstained else stated_fact(answer.text)


def _same(kind: Kind, first: str, second: str) -> bool | None:
    """Whether two facts name the same place, year, date or person; None when a fact does not
    give what is compared (a where-answer of a country against one of a city is no answer)."""
    if kind == "place":
        one, other = (fact.split(",")[0].strip().lower() for fact in (first, second))
        names = {one, *spellings(one), *(n.lower() for n in same_country(one))}
        return other in names
    if kind == "person":
        return first.split()[-1].lower() == second.split()[-1].lower()
    if kind == "year":
        one_year, other_year = years(first), years(second)
        return bool(one_year & other_year) if one_year and other_year else None
    one_date, other_date = find_dates(first), find_dates(second)
    if not one_date or not other_date:
        return None
    return one_date[0].date == other_date[0].date


_VERDICT = {
    ("id", True): "Ya",
    ("id", False): "Tidak",
    ("en", True): "Yes",
    ("en", False): "No",
}
_BOTH = {"id": "keduanya", "en": "both"}
# How a fact of each kind follows "keduanya"/"both": "keduanya di Brussels", "both in 2008".
_BEFORE_FACT: dict[tuple[str, Kind], str] = {
    ("id", "place"): "di ",
    ("id", "year"): "pada ",
    ("id", "date"): "pada ",
    ("en", "place"): "in ",
    ("en", "year"): "in ",
    ("en", "date"): "on ",
}


def renumbered(text: str, offset: int) -> str:
    """The text's citation numbers moved up by `offset` (a second answer after a first's)."""
    return re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + offset}]", text)


def compare_answers(comparison: Comparison, asked: str, answers: tuple[Answer, Answer]) -> Answer:
    """The comparison answered from each event's own answer: "**Ya**: keduanya Brussels [1],
    [2]." or "**Tidak**: A — Bucharest [1]; B — Vilnius [2].", each event's quote below; an
    abstention, saying which event the articles do not place, date or name, when either does
    not."""
    language = comparison.language
    facts = tuple(_fact(answer) for answer in answers)
    verdict = _same(comparison.kind, *facts) if all(facts) else None
    passages: dict[str, Passage] = {}
    for answer in answers:
        passages.update({p.chunk.id: p for p in answer.passages})
    if verdict is None:
        untold = next(
            (event for event, fact in zip(comparison.events, facts, strict=True) if not fact),
            comparison.events[1],
        )
        why = (
            f"The articles do not say this of: {untold}."
            if language == "en"
            else f"Artikel tidak menyebutnya untuk: {untold}."
        )
        return Answer(
            question=asked,
            text=f"{NOT_IN_ARTICLES[language]} {why}",
            abstained=True,
            passages=list(passages.values()),
            language=language,
            trace=[f"perbandingan {comparison.kind}: {facts[0] or '-'} / {facts[1] or '-'}"],
        )
    first, second = answers
    offset = len(first.citations)
    one, other = 1, offset + 1
    if verdict:
        opening = (
            f"**{_VERDICT[language, True]}**: {_BOTH[language]} "
            f"{_BEFORE_FACT.get((language, comparison.kind), '')}{facts[0]} [{one}], [{other}]."
        )
    else:
        opening = (
            f"**{_VERDICT[language, False]}**: {comparison.events[0]} — {facts[0]} [{one}]; "
            f"{comparison.events[1]} — {facts[1]} [{other}]."
        )
    quotes = [
        renumbered(answer.text.split("\n\n", 1)[1], shift)
        for answer, shift in ((first, 0), (second, offset))
        if "\n\n" in answer.text
    ]
    citations = [
        *first.citations,
        *(Citation(**{**c.model_dump(), "number": c.number + offset}) for c in second.citations),
    ]
    return Answer(
        question=asked,
        text="\n\n".join([opening, *quotes]),
        citations=citations,
        passages=list(passages.values()),
        language=language,
        trace=[f"perbandingan {comparison.kind}: {facts[0]} / {facts[1]}"],
    )


# Words that name a report ("berita", "laporan", "the two stories"): a sameness asked of them is
# of one event as each tells it.
_REPORTS = r"berita|laporan|artikel|sumber|reports?|stor(?:y|ies)|articles?|sources?"
_REPORT_NAMED = re.compile(rf"\b(?:{_REPORTS})\b", re.IGNORECASE)
# Where the event asked about ends: at the reports that tell it ("… di berita menlu …").
_UP_TO_REPORTS = re.compile(
    rf"\s+(?:(?:di|dalam|pada|in|by)\s+)?(?:(?:kedua|the|both)\s+)?(?:{_REPORTS})\b.*$",
    re.IGNORECASE,
)
_SAME_YEAR_OF = [
    # "… menyebut tahun yang sama ketika/untuk NATO setuju …", "the same year for when …"
    re.compile(
        r"\b(?:tahun\s+(?:yang\s+|yg\s+)?sama|(?:the\s+)?same\s+year)\s+"
        r"(?:(?:ketika|saat|waktu|pas|untuk|bagi|for|when|of|that)\s+)+(?P<event>.+)$",
        re.IGNORECASE,
    ),
    # "Do A and B agree on the year NATO said …?"
    re.compile(r"\bagree\s+on\s+the\s+year\s+(?:(?:when|that)\s+)?(?P<event>.+)$", re.IGNORECASE),
    # "Apakah tahun ketika NATO setuju … disebut sama dalam berita A dan B?", chat's "tahun
    # nato setuju … di berita A sm berita B itu sama gak"
    re.compile(
        r"\btahun\s+(?:(?:ketika|saat|waktu|pas)\s+)?(?P<event>.+?)\s+(?:disebut\s+|itu\s+)?sama\b",
        re.IGNORECASE,
    ),
]


@dataclass(frozen=True)
class ReportsAgreement:
    """Whether the reports give one event the same year ("Apakah kedua berita menyebut tahun
    yang sama ketika NATO setuju Ukraina akan menjadi anggota?"): the event is asked when, and
    the years its answer cites from different reports are compared."""

    event: str
    language: Literal["id", "en"]

    def question(self) -> str:
        if self.language == "en":
            return f"When was it that {self.event}?"
        return f"Kapan {self.event}?"


def reports_agreement_asked(question: str) -> ReportsAgreement | None:
    """The event whose year a question asks the reports to agree on, or None."""
    text = question.strip()
    if not _REPORT_NAMED.search(text):
        return None
    for pattern in _SAME_YEAR_OF:
        found = pattern.search(text)
        if found is None:
            continue
        event = _event(_UP_TO_REPORTS.sub("", found.group("event")))
        if len(event.split()) >= 2:
            return ReportsAgreement(event, detect_language(text))
    return None


def answer_reports_agreement(agreement: ReportsAgreement, asked: str, answer: Answer) -> Answer:
    """ "**Tidak**: “A” menyebut 2018 [1]; “B” menyebut 2008 [2]." when the event's answer
    cites reports that give it different years ("**Ya**" when the same); one report's year
    alone confirms nothing, so the question is then not answered."""
    language = agreement.language
    year_of: dict[str, tuple[str, int]] = {}
    when = analyze_question(agreement.question())
    for citation in answer.citations:
        # (the year the quote gives the event, not any: "Pada tahun 2008, KTT … yang
        # digulingkan pada tahun 1989, setuju …")
        bound = extract_fact(when, citation.quote, citation.published).text
        found = sorted(years(bound))
        if found and citation.article_id not in year_of:
            year_of[citation.article_id] = (found[0], citation.number)
    titles = {c.article_id: c.title for c in answer.citations}
    if answer.abstained or len(year_of) < 2:
        why = (
            "The articles do not give this event's year in two reports."
            if language == "en"
            else "Artikel tidak menyebut tahun peristiwa ini di dua berita."
        )
        return answer.model_copy(
            update={
                "question": asked,
                "text": f"{NOT_IN_ARTICLES[language]} {why}",
                "abstained": True,
                "citations": [],
                "trace": [f"tahun menurut berita: {len(year_of)} berita"],
            }
        )
    says = "gives" if language == "en" else "menyebut"
    told = "; ".join(
        f"“{titles.get(article, article)}” {says} {year} [{number}]"
        for article, (year, number) in year_of.items()
    )
    verdict = _VERDICT[language, len({year for year, _ in year_of.values()}) == 1]
    quotes = answer.text.split("\n\n", 1)[1] if "\n\n" in answer.text else ""
    return answer.model_copy(
        update={
            "question": asked,
            "text": "\n\n".join(x for x in (f"**{verdict}**: {told}.", quotes) if x),
            "trace": ["tahun menurut berita berbeda"],
        }
    )
