"""Turn a raw news scrape into clean paragraphs plus the metadata the page itself states.

The rules are general (known boilerplate phrases, short lines without sentence punctuation, lines
printed twice, link lists after a section marker), not tied to one outlet's layout.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from qa.ingest.metadata import DatelineMatch, PublisherLine, match_dateline, match_publisher_line
from qa.text.dates import MONTHS

# Lines that are page furniture wherever they appear (matched case-insensitively at line start).
_BOILERPLATE = re.compile(
    r"^(?:baca (?:juga|pula|berita)\b|advertisement$|scroll to (?:continue|top)|"
    r"cek berita dan artikel|google news$|simak (?:breaking news|berita)|bagikan\b|login\b|"
    r"komentar$|close ads$|oke$|tutup$|penulis$|editor\s*:|lihat (?:juga|foto)\b|"
    r"ikuti (?:kami|berita)|dapatkan update|download aplikasi|klik di sini|share\b|"
    r"follow us|copyright|hak cipta|\(?foto\s*:|ilustrasi\b|sumber\s*:?\s*$)",
    re.IGNORECASE,
)
# After these markers the page lists other stories; nothing after them is this article.
_LINK_LIST_MARKER = re.compile(
    r"^(?:terkini lainnya|berita terkait|artikel terkait|berita lainnya|terpopuler|"
    r"rekomendasi untuk anda|baca selanjutnya|topik terkait)\s*:?$",
    re.IGNORECASE,
)
_CREDIT_LINE = re.compile(r"^sumber\s*:?\s+(?P<credit>.{2,60})$", re.IGNORECASE)
# A date printed on its own line above the body: "Kamis, 6 Maret 2025", "6 Maret 2025 14:05 WIB".
_DATE_LINE = re.compile(
    r"^(?:(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)\s*,?\s*)?"
    r"(?P<day>\d{1,2})\s+(?P<month>[a-z]+)\s+(?P<year>\d{4})"
    r"(?:\s*[,|-]?\s*(?P<time>\d{1,2}[:.]\d{2})\s*(?P<zone>wib|wita|wit)?)?$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$|[\"”’]$")
_MIN_WORDS_UNPUNCTUATED_BODY = 25
_MAX_TITLE_CHARS = 200


@dataclass
class CleanResult:
    paragraphs: list[str]
    title: str = ""
    dateline: str = ""
    source: str = ""
    author: str = ""
    credit: str = ""
    published: PublisherLine | None = None
    dropped: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def normalize_line(line: str) -> str:
    """Non-breaking and repeated spaces become one space; nothing else in the line changes."""
    return re.sub(r"[ \t\u00a0\u2007\u202f]+", " ", line).strip()


def _is_body_paragraph(line: str) -> bool:
    return bool(_SENTENCE_END.search(line)) or len(line.split()) >= _MIN_WORDS_UNPUNCTUATED_BODY


def clean_scrape(raw: str) -> CleanResult:
    lines = [normalize_line(line) for line in raw.replace("\r\n", "\n").split("\n")]
    lines = [line for line in lines if line]
    counts = Counter(lines)
    result = CleanResult(paragraphs=[])
    body_started = False
    previous_was_publisher = False
    for line in lines:
        if _LINK_LIST_MARKER.match(line):
            result.dropped.append(line)
            break
        publisher = match_publisher_line(line) or _date_line(line)
        if publisher and not body_started and not (result.published and not publisher.source):
            result.published = publisher
            result.source = result.source or publisher.source
            previous_was_publisher = True
            continue
        credit = _CREDIT_LINE.match(line)
        if credit and not _is_body_paragraph(line):
            result.credit = credit.group("credit").strip()
            continue
        if _BOILERPLATE.match(line) or (counts[line] > 1 and not _is_body_paragraph(line)):
            result.dropped.append(line)
            previous_was_publisher = False
            continue
        if not _is_body_paragraph(line):
            if previous_was_publisher and not result.author and len(line.split()) <= 5:
                result.author = line
            elif not body_started and not result.title and len(line) <= _MAX_TITLE_CHARS:
                result.title = line
            else:
                result.dropped.append(line)
            previous_was_publisher = False
            continue
        previous_was_publisher = False
        if not body_started:
            line = _strip_dateline(line, result)
            body_started = True
        result.paragraphs.append(line)
    return result


def _date_line(line: str) -> PublisherLine | None:
    """A bare date line, as a publisher line without a publisher."""
    match = _DATE_LINE.match(line)
    month = MONTHS.get(match["month"].lower()) if match else None
    if not match or month is None:
        return None
    try:
        date = dt.date(int(match["year"]), month, int(match["day"]))
    except ValueError:
        return None
    return PublisherLine("", date, match["time"] or "", (match["zone"] or "").upper())


def _strip_dateline(first_paragraph: str, result: CleanResult) -> str:
    match: DatelineMatch | None = match_dateline(first_paragraph)
    if match is None:
        return first_paragraph
    result.dateline = match.place
    result.source = result.source or match.outlet
    return first_paragraph[match.end :]
