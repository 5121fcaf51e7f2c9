"""Indonesian date expressions, resolved to calendar dates against an article's publication date.

Handles "Rabu (11/10/2023)", "Selasa (4/7)", "14 Juni 2024", "Jumat, 14 Juni", "Selasa (29
November)", "akhir April lalu", "awal Oktober 2023", "Februari tahun lalu", "Selasa kemarin",
"bulan depan", "pada tahun 2008", and says when a year or a whole date was inferred.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from qa.text.numbers import NUMBER_WORDS, measures, unit_key

MONTHS = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "feb": 2,
    "pebruari": 2,
    "maret": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "agustus": 8,
    "agu": 8,
    "ags": 8,
    "agt": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "nopember": 11,
    "desember": 12,
    "des": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "october": 10,
    "oct": 10,
    "december": 12,
    "dec": 12,
}
DAYS = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
}
MONTH_NAMES_ID = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
MONTH_NAMES_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
DAY_NAMES_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
DAY_NAMES_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

Precision = Literal["day", "month", "year"]


def weekdays_named(text: str) -> set[int]:
    """The weekdays a text names, Indonesian or English ("pada hari Kamis", "on Thursday"),
    as `date.weekday()` numbers."""
    lowered = text.lower()
    return {
        _WEEKDAYS[found.group()]
        for found in re.finditer(r"[\w']+", lowered)
        if found.group() in _WEEKDAYS
        and (found.group() != "minggu" or _sunday(lowered[: found.start()], lowered[found.end() :]))
    }


# Weekday names, Indonesian and English, to `date.weekday()` numbers.
_WEEKDAYS = {**DAYS, **{name.lower(): number for number, name in enumerate(DAY_NAMES_EN)}}
# "minggu" is a week ("minggu lalu", "seminggu", "dua minggu", "pada minggu itu") unless it is
# a day: after "hari", before a date or a time of day ("Minggu (5/11)", "Minggu pagi"), or
# after "pada" with nothing that makes it a week after it ("pada Minggu, …").
_WEEK_AFTER = re.compile(
    r"\s+(?:lalu|ini|itu|tersebut|yang|sama|depan|kemarin|berikutnya|pertama|kedua|terakhir|ke)\b"
)


def _sunday(before: str, after: str) -> bool:
    if re.search(r"\bhari\s+$", before) or re.match(
        r"\s*\(\d|\s+(?:pagi|siang|sore|malam)\b", after
    ):
        return True
    return re.search(r"\bpada\s+$", before) is not None and not _WEEK_AFTER.match(after)


_PARTS_EN = {"awal": "early", "akhir": "late", "pertengahan": "mid-", "medio": "mid-"}
# An English question's part of a month in the articles' words ("early June" is "awal Juni").
_PARTS_ID = {"early": "awal", "late": "akhir", "mid": "pertengahan"}

_YEAR = r"(?:19|20)\d{2}"
YEAR = re.compile(rf"\b{_YEAR}\b")
_DAY = r"(?P<day_name>Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)"
_MONTH = (
    r"(?P<month_name>"
    + "|".join(m.capitalize() for m in sorted(MONTHS, key=len, reverse=True))
    + r")"
)
_PATTERNS = [
    # Rabu (11/10/2023) | 11/10/2023 | Selasa (4/7)
    re.compile(rf"(?:{_DAY},?\s*)?\(?(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{4}}))?\)?"),
    # Jumat, 14 Juni | Selasa (29 November) | 14 Juni 2024
    re.compile(rf"(?:{_DAY},?\s*)?\(?(?P<d>\d{{1,2}})\s+{_MONTH}(?:\s+(?P<y>\d{{4}}))?\)?"),
    # English order, English names only: July 5, 2023 | Wednesday, July 5 | July 5th (the
    # day ends the date or a year follows: "April 12 negara", "March 31 countries" count)
    re.compile(
        rf"(?:(?:{'|'.join(DAY_NAMES_EN)}),?\s*)?(?P<month_name>{'|'.join(MONTH_NAMES_EN)})"
        rf"\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"
        rf"(?:,?\s+(?P<y>{_YEAR})\b|(?=\s*(?:[,.;:?!)]|$)))"
    ),
    # chat's lower case, where a year makes it a date: "14 juni 2024", "oktober 2023" (a month
    # alone is left to capitals: "mei", "may" and "march" are words too)
    re.compile(
        rf"(?:(?P<d>\d{{1,2}})\s+)?(?:(?P<part>awal|akhir|pertengahan|medio|(?i:early|late|mid))"
        rf"(?:\s+|-))?(?i:{_MONTH})\s+(?P<y>\d{{4}})"
    ),
    # ... or a day, part of the month or the month itself, in Indonesian: "5 juli", "akhir mei",
    # "bulan juli" (capitalised ones are the patterns' below, with their "lalu" or "depan";
    # "10 may" is English "may")
    re.compile(
        rf"(?:(?:(?P<d>\d{{1,2}})|(?P<part>awal|akhir|pertengahan|medio))\s+|(?<=\bbulan ))"
        rf"(?P<month_name>{'|'.join(m.lower() for m in MONTH_NAMES_ID)})\b"
    ),
    # akhir April lalu | awal Oktober 2023 | Februari tahun lalu | Juni | early June | mid-June
    re.compile(
        rf"(?:(?P<part>awal|akhir|pertengahan|medio|(?i:early|late|mid))(?:\s+|-))?{_MONTH}"
        r"(?:\s+(?P<y>\d{4})|\s+(?P<rel>tahun lalu|tahun depan|lalu|ini|depan|mendatang))?"
    ),
    # Selasa kemarin | pada Selasa | Selasa malam
    re.compile(rf"{_DAY}(?:\s+(?P<rel>kemarin|lalu|depan|mendatang|ini))?"),
    # relative words alone
    re.compile(
        r"(?P<rel>hari ini|kemarin|besok|lusa|pekan lalu|minggu lalu|pekan depan|minggu depan|"
        r"bulan lalu|bulan depan|tahun lalu|tahun depan)"
    ),
    # pada tahun 2008 | 1989
    re.compile(rf"(?:tahun\s+)?(?P<y>{_YEAR})"),
]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    date: dt.date
    precision: Precision
    inferred: bool
    part: str = ""
    # The year is said from the report's: "Februari tahun lalu", "tahun depan".
    year_from_the_reports: bool = False

    def year_named(self) -> bool:
        """The words give the year, outright ("April 2023") or from the report's ("Februari
        tahun lalu"), rather than leaving it to the report's date ("Selasa", "Juni")."""
        return not self.inferred or self.year_from_the_reports

    def without_part(self) -> str:
        """The words of the date without its part of a month: "awal Oktober 2023" -> "Oktober
        2023"."""
        return re.sub(r"^\S+?(?:\s+|-)", "", self.text) if self.part else self.text

    def iso(self) -> str:
        return {
            "day": self.date.isoformat(),
            "month": self.date.strftime("%Y-%m"),
            "year": str(self.date.year),
        }[self.precision]

    def format(self, language: str = "id", with_weekday: bool = True) -> str:
        months = MONTH_NAMES_EN if language == "en" else MONTH_NAMES_ID
        if self.precision == "year":
            return str(self.date.year)
        month = f"{months[self.date.month - 1]} {self.date.year}"
        if self.precision == "month":
            part = _PARTS_EN.get(self.part.lower(), self.part) if language == "en" else self.part
            return f"{part}{'' if part.endswith('-') else ' '}{month}".strip()
        days = DAY_NAMES_EN if language == "en" else DAY_NAMES_ID
        weekday = f"{days[self.date.weekday()]}, " if with_weekday else ""
        return f"{weekday}{self.date.day} {month}"


# The time of day a news text gives after a day ("pada Selasa malam"), in English.
_DAYTIMES = {"pagi": "morning", "siang": "midday", "sore": "afternoon", "malam": "evening"}
_DAYTIME_AFTER = re.compile(rf"\s+({'|'.join(_DAYTIMES)})\b", re.IGNORECASE)


def with_daytime(formatted: str, mention: DateMention, text: str, language: str) -> str:
    """A day's formatted date with the time of day the text gives right after its mention:
    "Selasa malam, 11 Juli 2023" for "pada Selasa malam" (the asker may have asked it that
    way: "kapan … selasa malam"). Unchanged where none follows or no weekday leads."""
    daytime = _DAYTIME_AFTER.match(text, mention.end)
    if mention.precision != "day" or daytime is None or ", " not in formatted:
        return formatted
    word = daytime.group(1).lower()
    shown = _DAYTIMES[word] if language == "en" else word
    weekday, rest = formatted.split(", ", 1)
    return f"{weekday} {shown}, {rest}"


def same_period(one: DateMention, other: DateMention) -> bool:
    """Same year, and same month and day as far as both give them ("Juli 2024" and 11 Juli
    2024 agree; "Juni 2024" and "Juli 2024" do not)."""
    if one.date.year != other.date.year:
        return False
    if "year" in (one.precision, other.precision):
        return True
    if one.date.month != other.date.month:
        return False
    # ("akhir Oktober" is no 11 Oktober, "awal Juli" no "akhir Juli": a part of the month holds
    # the days it names)
    parts = [_PART_DAYS.get(m.part.lower()) for m in (one, other) if m.part]
    days = [m.date.day for m in (one, other) if m.precision == "day"]
    if any(span is not None and any(day not in span for day in days) for span in parts):
        return False
    if len(parts) == 2 and None not in parts and parts[0] != parts[1]:
        return False
    return "month" in (one.precision, other.precision) or one.date.day == other.date.day


# The days of a month each part names.
_PART_DAYS = {
    "awal": range(1, 11),
    "pertengahan": range(11, 21),
    "medio": range(11, 21),
    "akhir": range(21, 32),
}


def years(text: str) -> set[str]:
    """The four-digit years (1900-2099) a text mentions."""
    return set(YEAR.findall(text))


def parse_iso_date(text: str) -> dt.date:
    """A YYYY-MM-DD filter date; the ValueError says, in Indonesian, what format is expected."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError as error:
        raise ValueError(
            f"tanggal tidak valid: “{text}”. Gunakan format YYYY-MM-DD, misalnya 2023-10-11."
        ) from error


def format_date(value: dt.date, language: str = "id") -> str:
    """A long date as the articles write it: 11 Oktober 2023 (or 11 October 2023)."""
    return DateMention(0, 0, "", value, "day", False).format(language, with_weekday=False)


def _boundary_ok(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before == "/") and not (after.isalnum() or after == "/")


def _add_months(date: dt.date, months: int) -> dt.date:
    index = date.year * 12 + date.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _resolve(
    match: re.Match[str], reference: dt.date | None
) -> tuple[dt.date, Precision, bool, str] | None:
    groups = match.groupdict()
    rel = (groups.get("rel") or "").lower()
    day_name = (groups.get("day_name") or "").lower()
    month_name = (groups.get("month_name") or "").lower().rstrip(".")
    year = int(groups["y"]) if groups.get("y") else None
    if groups.get("d"):
        month = int(groups["m"]) if groups.get("m") else MONTHS[month_name]
        day = int(groups["d"])
        inferred = year is None
        if not 1 <= month <= 12 or (year is not None and year < 1):
            return None  # "rasio 1/20" is a ratio, not a date
        if year is None:
            if reference is None:
                return None
            year = reference.year
            if dt.date(year, month, 1) > _add_months(reference, 2):
                year -= 1
        try:
            return dt.date(year, month, day), "day", inferred, ""
        except ValueError:
            return None
    if month_name:
        month = MONTHS[month_name]
        part = groups.get("part") or ""
        part = _PARTS_ID.get(part.lower(), part)
        if year is not None:
            return (dt.date(year, month, 1), "month", False, part) if year >= 1 else None
        if reference is None:
            return None
        year = reference.year
        if rel == "tahun lalu":
            year -= 1
        elif rel == "tahun depan":
            year += 1
        elif rel == "lalu" and month > reference.month:
            year -= 1
        elif rel in ("depan", "mendatang") and month < reference.month:
            year += 1
        elif not rel and month > reference.month + 2:
            year -= 1
        return dt.date(year, month, 1), "month", True, part
    if day_name:
        if reference is None:
            return None
        weekday = DAYS[day_name.replace("’", "'")]
        if rel in ("depan", "mendatang"):
            delta = (weekday - reference.weekday()) % 7 or 7
            return reference + dt.timedelta(days=delta), "day", True, ""
        delta = (reference.weekday() - weekday) % 7
        if rel in ("kemarin", "lalu") and delta == 0:
            delta = 7
        return reference - dt.timedelta(days=delta), "day", True, ""
    if rel:
        if reference is None:
            return None
        offsets_days = {
            "hari ini": 0,
            "kemarin": -1,
            "besok": 1,
            "lusa": 2,
            "pekan lalu": -7,
            "minggu lalu": -7,
            "pekan depan": 7,
            "minggu depan": 7,
        }
        if rel in offsets_days:
            return reference + dt.timedelta(days=offsets_days[rel]), "day", True, ""
        if rel.startswith("bulan"):
            return _add_months(reference, -1 if rel.endswith("lalu") else 1), "month", True, ""
        return dt.date(reference.year + (-1 if rel.endswith("lalu") else 1), 1, 1), "year", True, ""
    if year is not None:
        return dt.date(year, 1, 1), "year", False, ""
    return None


# A count just before a relative time: "tiga tahun lalu", "2 minggu lalu" (not the year or the
# week just gone).
_COUNT_BEFORE = re.compile(rf"\b(?:\d+|{NUMBER_WORDS}|beberapa)\s+$", re.IGNORECASE)

# A day of a month as written: "5 Juli", "July 5", "Rabu (5/7)"; and a month named.
# (figures without brackets only after a weekday: "Senin 3/7" is a date, "2/3 anggota" a share)
_DAY_AND_MONTH = re.compile(
    rf"\d\s*(?:{'|'.join(MONTHS)})\b|\b(?:{'|'.join(MONTHS)})\s*\d|\(\d{{1,2}}/\d{{1,2}}\)"
    rf"|\b(?:{'|'.join(DAYS)}),?\s*\d{{1,2}}/\d{{1,2}}\b",
    re.IGNORECASE,
)
_NAMES_A_MONTH = re.compile(rf"\b(?:{'|'.join(MONTHS)})\b", re.IGNORECASE)


def month_without_year(mention: DateMention, part_of_it: bool = False) -> bool:
    """A whole month named without its year or anything relative ("Juli", not "Juli tahun lalu"
    or "akhir Juli"): its year is only the text date's guess, so a caller may compare the month
    alone. `part_of_it`: a part of such a month too ("akhir Mei")."""
    named = mention.without_part() if part_of_it else mention.text
    return (
        mention.precision == "month"
        and mention.inferred
        and (part_of_it or not mention.part)
        and _NAMES_A_MONTH.fullmatch(named) is not None
    )


# A reference day for telling whether words are a date at all: a month without its year is
# read as one only against some day.
_ANY_DAY = dt.date(2000, 1, 1)


def opens_with_date(text: str) -> bool:
    """The text starts with a date ("Februari", "4 Juli", "Juli 2023 …"), whatever its year."""
    return any(m.start == 0 for m in find_dates(text, _ANY_DAY))


# Words that make the figures after them a date: "pada 5/7", "tgl 5/7", "on 5/7".
_DATED_BY = re.compile(r"\b(?:pada|tanggal|tgl|on)\s*$", re.IGNORECASE)


def lacks_only_its_year(mention: DateMention, text: str = "") -> bool:
    """A day or month written in full but for its year ("Rabu (5/7)", "5 juli", "akhir Mei",
    "pada 5/7" in the `text` it stands in), whose year the text's date supplies; not a weekday
    or relative word alone ("Selasa", "kemarin") nor figures that may be a share ("2/3
    anggota")."""
    if mention.precision == "day":
        return _DAY_AND_MONTH.search(mention.text) is not None or (
            re.fullmatch(r"\d{1,2}/\d{1,2}", mention.text) is not None
            and _DATED_BY.search(text[: mention.start]) is not None
        )
    return mention.precision == "month" and _NAMES_A_MONTH.search(mention.text) is not None


def find_dates(text: str, reference: dt.date | None = None) -> list[DateMention]:
    """Date mentions in reading order; longer, more precise patterns win over parts of them."""
    taken: list[tuple[int, int]] = []
    mentions: list[DateMention] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if not _boundary_ok(text, start, end) or any(s < end and start < e for s, e in taken):
                continue
            if match.groupdict().get("rel") and _COUNT_BEFORE.search(text[:start]):
                continue  # "tiga tahun lalu" is three years back, not last year
            resolved = _resolve(match, reference)
            if resolved is None:
                continue
            date, precision, inferred, part = resolved
            taken.append((start, end))
            relative = (match.groupdict().get("rel") or "").lower()
            mentions.append(
                DateMention(
                    start,
                    end,
                    match.group(),
                    date,
                    precision,
                    inferred,
                    part,
                    year_from_the_reports=relative in ("tahun lalu", "tahun depan"),
                )
            )
    return _days_that_follow(text, sorted(mentions, key=lambda m: m.start))


# "Selasa (29 November) dan Rabu", "Jumat (3/11) hingga Senin": a weekday joined to a dated day.
_FOLLOWING_DAY = re.compile(rf"\s*,?\s*(?:dan|hingga|sampai|s\.d\.|-|–)\s*{_DAY}\b", re.I)


def joined_day(text: str, mentions: list[DateMention], first: DateMention) -> DateMention | None:
    """The mention of a bare weekday joined to `first` ("Selasa (29 November) dan Rabu")."""
    match = _FOLLOWING_DAY.match(text, first.end)
    if match is None:
        return None
    return next((m for m in mentions if m.start == match.start("day_name")), None)


def _days_that_follow(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """A bare weekday joined to a dated day is the next such weekday after it, not the one
    before the publication date: "Selasa (29 November) dan Rabu" is 29 and 30 November."""
    found = list(mentions)
    for mention in mentions:
        match = _FOLLOWING_DAY.match(text, mention.end)
        if mention.precision != "day" or match is None:
            continue
        start, end = match.span("day_name")
        if any(m.start == start and m.end > end for m in found):
            continue  # "… hingga Senin (13/11/2023)": it has its own date
        weekday = DAYS[match.group("day_name").lower().replace("’", "'")]
        date = mention.date + dt.timedelta(days=(weekday - mention.date.weekday()) % 7 or 7)
        day = DateMention(start, end, match.group("day_name"), date, "day", mention.inferred)
        found = [m for m in found if not (m.start < end and start < m.end)] + [day]
    return sorted(found, key=lambda m: m.start)


# News reports an event days or weeks after it: an article published this long after the asked
# period still belongs to it.
REPORTING_LAG = dt.timedelta(days=31)
_LOWER_MONTH = re.compile(
    r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b(?=\s+(?:19|20)\d{2}\b)"
)


def _counts_something(text: str, end: int) -> bool:
    """Whether the word right after a bare number is a measure word ("2000 orang", "1500 ton")."""
    following = re.match(r"\s+([^\W\d_]+)", text[end:])
    return following is not None and unit_key(following.group(1)) in measures()


def asked_period(question: str) -> tuple[dt.date, dt.date] | None:
    """The publication dates an article about the period a question names ("Juni 2024", "in
    June 2024", "2023", "4 Juli 2023") would have: from the period's start to a month after its
    end. None when the question names no year. Month names typed in lower case count."""
    text = _LOWER_MONTH.sub(lambda m: m.group(1).capitalize(), question.lower())
    spans = []
    for mention in find_dates(text):
        if mention.inferred:
            continue  # "Selasa", "bulan lalu": relative to what, the question does not say
        if mention.precision == "year" and _counts_something(text, mention.end):
            continue  # "2000 orang": a number of people, not a year
        start = mention.date
        if mention.precision == "year":
            end = dt.date(start.year, 12, 31)
        elif mention.precision == "month":
            end = _add_months(start, 1) - dt.timedelta(days=1)
        else:
            end = start
        spans.append((start, end + REPORTING_LAG))
    if not spans:
        return None
    return min(s for s, _ in spans), max(e for _, e in spans)
