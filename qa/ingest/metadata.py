"""Metadata that Indonesian news pages state in their own text: publisher lines and datelines."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# "Kompas.com - 11/10/2023, 18:05 WIB"
_PUBLISHER_LINE = re.compile(
    r"^(?P<source>[A-Z][\w.+-]*(?: [A-Z][\w.+-]*)?)\s*[-–—]\s*"
    r"(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})"
    r"(?:,?\s*(?P<time>\d{1,2}[:.]\d{2})\s*(?P<zone>WIB|WITA|WIT)?)?\s*$"
)
# "BRUSSELS, KOMPAS.com - ", "JAKARTA - ", "Bucharest | EGINDO.co – ", "Jakarta (ANTARA) - "
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2})"
    r"(?:\s*[,|]\s*(?P<outlet>[A-Za-z0-9]+\.(?:com|co\.id|co|id|net|org)))?"
    r"(?:\s*\((?P<agency>[A-Za-z ]{2,30})\))?"
    r"\s*[-–—]\s+"
)


@dataclass(frozen=True)
class PublisherLine:
    source: str
    date: dt.date
    time: str
    zone: str


@dataclass(frozen=True)
class DatelineMatch:
    place: str
    outlet: str
    end: int


def match_publisher_line(line: str) -> PublisherLine | None:
    match = _PUBLISHER_LINE.match(line)
    if not match:
        return None
    try:
        date = dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None
    return PublisherLine(match["source"], date, match["time"] or "", match["zone"] or "")


def match_dateline(paragraph: str) -> DatelineMatch | None:
    """A dateline needs an all-caps place or an outlet/agency beside it, so ordinary sentences
    that happen to contain a dash are left alone."""
    match = _DATELINE.match(paragraph)
    if not match:
        return None
    place = match["place"]
    if not (place.isupper() or match["outlet"] or match["agency"]):
        return None
    outlet = match["outlet"] or match["agency"] or ""
    return DatelineMatch(
        place=place.title() if place.isupper() else place, outlet=outlet, end=match.end()
    )
