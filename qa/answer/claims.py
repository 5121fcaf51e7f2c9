"""A yes/no claim's details checked against the sentence that would confirm it.

"Did Zelensky visit NATO headquarters in November 2023?" is not confirmed by "Zelensky pada
Rabu (11/10/2023) tiba di markas NATO": that sentence says no, and when. A claim is confirmed
only when its sentence (with the one before it and the article's title) names everyone the
claim names and agrees on its date, place and numbers; a detail of the same kind stated
differently there answers "Tidak" with the article's value; a detail the sentence does not
speak to leaves the claim unconfirmed (an abstention, never a "Ya"). Holds for any report:
nothing here names a word of the corpus.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise, takewhile

from rapidfuzz import fuzz

from qa.answer.evidence import Sentence, attributed_to, continues_the_previous, referent_of
from qa.answer.extract import CLAUSE_START, names_a_medium, places_another_thing, speakers_in
from qa.answer.holders import headed_by, office_written
from qa.answer.question import (
    CLAUSE_OPENERS,
    OFFICE_COMPLEMENTS,
    YES_NO_OPENERS,
    YES_NO_OPENERS_ID,
    Question,
    canonical,
    claim,
    token_set,
)
from qa.text.asked import asked_by_noun
from qa.text.dates import (
    DAY_NAMES_ID,
    DAYS,
    MONTHS,
    DateMention,
    find_dates,
    lacks_only_its_year,
    month_without_year,
    opens_with_date,
    same_period,
    weekdays_named,
)
from qa.text.english import english_fact
from qa.text.glossary import gloss_alternatives, glossed, indonesian_for
from qa.text.negation import DENIAL, NEGATION, denial_of, denied_terms, negated
from qa.text.normalize import apply_aliases
from qa.text.numbers import (
    ages,
    comparable_ranks,
    ordinal_of_subject,
    ranked_nouns,
    unit_key,
    vague_amounts,
)
from qa.text.places import (
    VISIT_VERBS,
    capital_of,
    capital_phrase_pattern,
    countries_in,
    country_of_capital,
    is_country,
    is_region,
    place_pattern,
    same_country,
    spellings,
)
from qa.text.premises import (
    CONDITION,
    future_words,
    is_event_word,
    only_modal,
    order_side,
    order_words,
    planned_words,
    request_stems,
)
from qa.text.sentences import split_sentences
from qa.text.speech import (
    DOER_PRONOUN_OPENING,
    PERSON_PRONOUNS,
    PRONOUN_SPEECH,
    STATES_THAT,
    STATING_ROOTS,
)
from qa.text.tokens import (
    analyze,
    is_indonesian_word,
    is_verb_form,
    opposites,
    stem,
    stopwords,
    synonym_groups,
    with_count_digits,
    written_in_full,
)

# "di Jerman", "held in Vilnius": a capitalised name after a preposition of place ("dari",
# "to" name a source or a recipient as often).
# How alike two place names must be to be one place mistyped ("Vilnus", "Vilnius": 92).
_SAME_PLACE_RATIO = 85
_PLACED = re.compile(r"\b(?:di|ke|in|at)\s+(?:the\s+)?([A-Z][\w-]+)")
# A number and the word it counts ("31 negara", "32 members").
_COUNTED = re.compile(r"\b(\d[\d.,]*)\s+([a-zA-Z]+)")


# "Sudah berkali-kali …?", "… many times …?": a claim of repetition, which a sentence saying it
# was the first ("kunjungan pertamanya", "for the first time") denies.
# (a later time counted too: "yang kedua kalinya", "for the second time")
_REPEATED = re.compile(
    r"\b(?:berkali-kali|berulang(?: |-)kali|sering|beberapa kali|kesekian kali|bolak-balik"
    r"|bolak balik|many times|"
    r"several times|multiple times|repeatedly|often|repeat(?:ed)?"
    r"|(?:ke(?:dua|tiga|empat|lima)|ke-?[2-9])\s+kali(?:nya)?|kali\s+ke(?:dua|tiga|-?[2-9])"
    r"|(?:second|third|fourth|fifth|[2-5](?:nd|rd|th))\s+(?:time|visit|trip|since))\b",
    re.IGNORECASE,
)
# (whole phrases: "Perdana Menteri" is a prime minister, "kuartal pertama" a first quarter)
_FIRST = re.compile(
    r"\b(?:(?:untuk\s+)?(?:pertama|perdana)\s+kali(?:nya)?|kali\s+pertama(?:nya)?"
    r"|[\w-]+\s+(?:pertama|perdana)nya|for the first time|(?:first|maiden)\s+(?:visit|trip))\b",
    re.IGNORECASE,
)


# More than this share of the claim's words besides names its sentence must say: a paraphrase says
# some in other words, a sentence on another matter almost none.
PREDICATE_SHARE = 0.5
MISSING_NAMES_SHARE = 0.5
# The names of a claim between two parties ("Apakah Zelensky bertemu dengan Orban?").
_TWO_PARTIES = 2
# "Benarkah …", "menurut X", "X menyebut": the asking and who says it, not what is claimed
# (the speaker is a name, checked as one).
# (nor a word for just someone, "pihaknya": who the claim is about is its names; nor the copula,
# "memang jadi sasaran", which a sentence saying "menargetkan" leaves unsaid; nor the reflexive
# "diri" of its verb, "mengundurkan diri", which the verb's opposite tells without it)
NOT_CLAIMED = token_set(
    "benarkah betulkah menurut kata menyebut menyatakan mengatakan pihak seseorang sosok tokoh"
    " menjadi diri"
)
# The words that deny: the claim's polarity, which `extract_polarity` compares, not a word a
# sentence must share ("Apakah Ardi tidak kecewa?" against "Ardi mengaku kecewa").
NEGATORS = token_set("tidak tak bukan belum not never")
# Words for only being somewhere, which a sentence says as "di sini" as often as by a verb.
PRESENCE_WORDS = token_set("berada hadir datang tiba being attend attends attended attending")
# "Tanggal berapa …", "Sampai tahun berapa …", "… menjadi …": what kind of answer is asked for,
# or a copula, not the deed asked about; nor is a meeting's being held ("Kapan KTT NATO Vilnius
# digelar?" asks when the summit was, whatever verb its report uses).
ASKING_WORDS = token_set(
    " ".join(
        [
            "tahun bulan hari pukul jam sampai menjadi banyak",
            "digelar diadakan diselenggarakan dilaksanakan berlangsung",
            # (not an age: "umur stoltenberg" asks a number, but of an age an answer must say)
            *(noun for noun in asked_by_noun() if unit_key(noun) not in ages()),
        ]
    )
)


@dataclass(frozen=True)
class ClaimCheck:
    """`contradicted`: the sentence's own value where the claim's differs ("11 Oktober 2023");
    `unconfirmed`: the claim's details (analysed words) the evidence does not speak to."""

    contradicted: str = ""
    unconfirmed: list[str] = field(default_factory=list)
    # The contradiction is the sentence's own detail of the same claim (a date, number, place or
    # side of an event), not only a denial or an opposite word.
    detail: bool = False


def _check_dates(
    asserted: str, sentence: Sentence, language: str, deed: frozenset[str] = frozenset()
) -> ClaimCheck:
    """`deed`: the claim's words besides its names, whose nearest date in the sentence is the
    one that gainsays the claim's ("diktator … yang digulingkan pada tahun 1989" after "Pada
    tahun 2008, KTT NATO …": 1989 answers "digulingkan pada tahun 1991?")."""
    # A day or month asked without a year ("pada Rabu (5/7)", "akhir Mei") is of the report's
    # year, as the report's own "Selasa (4/7)", "akhir Juni lalu" are; a weekday alone or a
    # relative word ("kemarin") is too vague to compare.
    published = sentence.article.published
    # ("Apakah Zelensky tiba di markas NATO pada hari Kamis?" against "pada Rabu (11/10/2023)
    # tiba": a weekday alone is compared with the days the sentence dates)
    days = [m for m in find_dates(sentence.text, published) if m.precision == "day"]
    weekdays = weekdays_named(asserted)
    if weekdays and days and not any(m.date.weekday() in weekdays for m in days):
        told = _nearest_to_deed(days, sentence.text, deed)
        return ClaimCheck(contradicted=told.format(language), detail=True)
    asked = [
        m
        for m in find_dates(asserted, published)
        if not m.inferred or lacks_only_its_year(m, asserted)
    ]
    if not asked:
        return ClaimCheck()
    said = find_dates(f"{sentence.previous} {sentence.text}", published)
    words_told = token_set(f"{sentence.previous} {sentence.text}")
    for mention in asked:
        if any(same_period(mention, s) for s in said):
            continue
        events = _events_dated(asserted, mention)
        if events and not events & words_told:
            # "Apakah KTT NATO tahun 2008 dan pertemuan menlu … berlangsung di gedung yang
            # sama?" against a sentence of the ministers' meeting: 2008 is the summit's
            continue
        if month_without_year(mention) and any(
            s.precision != "year" and s.date.month == mention.date.month for s in said
        ):
            continue  # "sejak bulan februari" of "sejak Februari 2022": the year left out
        on_publication = DateMention(0, 0, "", published, "day", False) if published else None
        if not said and on_publication and same_period(mention, on_publication):
            continue  # "Apakah … pada Juni 2024" of a report published then, on its own event
        if said:
            own = find_dates(sentence.text, published)
            told = _nearest_to_deed(own, sentence.text, deed) if own else said[0]
            return ClaimCheck(contradicted=told.format(language), detail=True)
        return ClaimCheck(unconfirmed=[canonical(w.lower()) for w in mention.text.split()])
    return ClaimCheck()


# How close to a date the meeting it dates is named ("KTT NATO tahun 2008", "the 2008 NATO
# summit").
_EVENT_BEFORE_DATE = 3
_EVENT_AFTER_DATE = 2


def _events_dated(asserted: str, mention: DateMention) -> set[str]:
    """The meeting words right around a date of the claim ("KTT" in "KTT NATO tahun 2008",
    "summit" in "the 2008 NATO summit"), analysed: the date is that meeting's."""
    before = re.findall(r"[\w-]+", _JOINED.split(asserted[: mention.start])[-1])
    after = re.findall(r"[\w-]+", _JOINED.split(asserted[mention.end :])[0])
    near = (*before[-_EVENT_BEFORE_DATE:], *after[:_EVENT_AFTER_DATE])
    return {canonical(t) for w in near if is_event_word(w) for t in analyze(w)}


# Where one thing named ends and another begins: "KTT NATO tahun 2008 dan pertemuan menlu"
# (chat's "sama" too: "ktt nato 2008 sama rapat menlu").
_JOINED = re.compile(r"[,;]|\b(?:dan|atau|serta|sama|and|or)\b", re.IGNORECASE)


@cache
def _weekday_terms() -> frozenset[str]:
    """The weekdays' names as question terms ("Thursday" is glossed "kamis")."""
    return frozenset(canonical(day.lower()) for day in DAY_NAMES_ID)


def _nearest_to_deed(dates: list[DateMention], text: str, deed: frozenset[str]) -> DateMention:
    """The date closest to a word of the deed in the text; the first when none is said."""
    at = [w.start() for w in re.finditer(r"[\w'’-]+", text) if token_set(w.group()) & deed]
    if not at:
        return dates[0]
    # (not a date of a relative clause on another deed: "KTT NATO …, yang dibangun di bawah
    # diktator … yang digulingkan pada tahun 1989, setuju …" dates the overthrow, not the
    # summit's agreeing, however close to "setuju" it stands)
    own = [m for m in dates if not _dates_another_relative_clause(text, m, deed)] or dates
    return min(own, key=lambda m: min(abs(m.start - position) for position in at))


def _dates_another_relative_clause(text: str, mention: DateMention, deed: frozenset[str]) -> bool:
    """The date stands in a "yang …" clause (within its comma-bounded stretch) whose words
    say none of the deed's."""
    stretch = re.split(r"[,;:]", text[: mention.start])[-1]
    opened = list(re.finditer(r"\byang\b", stretch, re.IGNORECASE))
    return bool(opened) and not token_set(stretch[opened[-1].start() :]) & deed


@cache
def _known_place_taken() -> re.Pattern[str]:
    """A known place (group "place") after "di"/"ke" (group "preposition") or a verb of
    visiting, or of going in English ("Did Zelensky go to Washington?")."""
    return re.compile(
        rf"\b(?:(?P<preposition>di|ke)|{VISIT_VERBS}|(?:{_GOING_EN})\s+(?:back\s+)?to)"
        rf"\s+(?:the\s+)?(?P<place>{place_pattern().pattern})",
        re.I,
    )


# English verbs of going somewhere, which "to" follows (not of sending: "send aid to Ukraine"
# puts no one there).
_GOING_EN = (
    r"go|goes|going|gone|went|travel(?:s|ed|led|ing|ling)?|fl(?:y|ies|ew|own|ying)"
    r"|come|comes|came|coming|head(?:s|ed|ing)?|return(?:s|ed|ing)?|journey(?:s|ed|ing)?|trip"
)


@lru_cache(maxsize=256)
def _known_places_taken(text: str) -> tuple[tuple[str, bool], ...]:
    """Each known place the text puts someone at, as written, and whether a verb of visiting
    (not "di"/"ke") takes it. (Cached: a claim's are read against every candidate sentence.)"""
    return tuple(
        (m.group("place"), not m.group("preposition")) for m in _known_place_taken().finditer(text)
    )


def _capital_named(found: re.Match[str]) -> str:
    return next(iter(capital_of(found.group(1) or found.group(2))), found.group())


# "in the Belgian capital": a capital named by its country's adjective.
_CAPITAL_BY_ADJECTIVE = re.compile(r"\b(?:the\s+)?([A-Z][a-z]+)\s+capital\b")


def _capital_by_adjective(found: re.Match[str]) -> str:
    return next(iter(capital_of(indonesian_for(found.group(1).lower()))), found.group())


def _countries_of_capitals(asserted: str) -> list[str]:
    """The words by which the claim names a capital's country ("Belgia" of "di ibu kota
    Belgia", "Belgian" of "in the Belgian capital"), which `_places_claimed` reads as the city."""
    named = [m.group(1) or m.group(2) for m in capital_phrase_pattern().finditer(asserted)]
    return named + [m.group(1) for m in _CAPITAL_BY_ADJECTIVE.finditer(asserted)]


@lru_cache(maxsize=256)
def _places_claimed(asserted: str) -> tuple[str, ...]:
    """Where the claim says something happened: a name after "di", "ke", "in" …, or after a
    verb of visiting; a capital by its country ("di ibu kota Belgia" is Brussels). (Cached:
    read against every candidate sentence.)"""
    asserted = capital_phrase_pattern().sub(_capital_named, asserted)
    asserted = _CAPITAL_BY_ADJECTIVE.sub(_capital_by_adjective, asserted)
    dated = [(m.start, m.end) for m in find_dates(asserted)]
    places = [
        m.group(1)
        for m in _PLACED.finditer(asserted)
        if not any(start <= m.start(1) < end for start, end in dated)  # "in October 2023"
        and not m.group(1).isupper()  # "di KTT NATO": an event or a body, no place
        and not names_a_medium(m.group(1))  # "menulis di Twitter": where words went
    ]
    # Indonesian chat writes a known place in lower case: "zelensky ke markas nato di paris
    # kan" (not "as", the US, nor "in as little as", an English phrase); a place visited is
    # where the claim puts its doer, in any case ("Did Zelensky visit Washington?" is not
    # confirmed by a visit elsewhere that names him)
    places += [
        place.title()
        for place, visited in _known_places_taken(asserted)
        if (place.islower() or visited) and len(place) > 2 and place.lower() not in stopwords()
    ]
    return tuple(dict.fromkeys([*places, *_summit_cities(asserted)]))


@lru_cache(maxsize=256)
def _summit_cities(asserted: str) -> tuple[str, ...]:
    """A summit named by its city: "di KTT Washington", "at the Washington summit". (As a name
    too: "KTT Vilnius" is said by a report of the Vilnius summit, as any name is.)"""
    return tuple(
        city.title()
        for found in _SUMMIT_CITY.finditer(asserted)
        for city in [found.group(1) or found.group(2)]
        if place_pattern().fullmatch(city) and not is_country(city)
    )


# A summit and its city: "KTT (NATO) Washington", "the Washington (NATO) summit".
_SUMMIT_CITY = re.compile(
    r"\b(?:KTT|summit|pertemuan puncak)\s+(?:NATO\s+)?([\w-]+)|\b([\w-]+)\s+(?:NATO\s+)?summit\b",
    re.IGNORECASE,
)


# A claim that something happened at any time at all.
_EVER = re.compile(r"\b(?:pernah|ever)\b", re.IGNORECASE)


# A sentence that sets what it tells at another time than the story's: "beberapa hari setelah
# Stoltenberg memperingatkan …", "pekan lalu", "sebelumnya".
_ANOTHER_TIME = re.compile(
    r"\b(?:setelah|sesudah|sebelum(?:nya)?|lalu|silam|kemarin|semula|dulu)\b", re.IGNORECASE
)


def _story_places(sentence: Sentence) -> set[str]:
    """Where the article's story happens: the place its title names, and its dateline where the
    passage or the article's opening names that place too ("BUCHAREST" over a report of the
    meeting "di Bucharest"; not the "Jakarta" a desk writes a Brussels meeting up from), for a
    sentence that sets nothing at another time ("… beberapa hari setelah Stoltenberg
    memperingatkan …" says not where)."""
    places = set(token_set(sentence.article.title))
    dateline = token_set(sentence.article.dateline)
    if (
        dateline
        and dateline <= token_set(f"{sentence.context} {sentence.article_lead}")
        and not _ANOTHER_TIME.search(sentence.text)
    ):
        places |= dateline
    return places


def _written_forms(places: Iterable[str]) -> set[str]:
    """Every way news writes the places, as compared ("kyiv", "kiev"; a country by its capital
    too: `spellings`)."""
    return {canonical(name) for place in places for name in spellings(place)}


@lru_cache(maxsize=64)
def opening_sentence(lead: str) -> str:
    """The article's first sentence. (Cached: read for every candidate sentence of an article.)"""
    spans = split_sentences(lead)
    return lead[spans[0].start : spans[0].end] if spans else ""


def _where_the_lead_puts(asserted: str, sentence: Sentence) -> list[str]:
    """The cities the article's opening sentence puts a person in, where the claim and the
    sentence both name that person and the sentence sets nothing at another time ("Presiden
    Ukraina Volodymyr Zelensky … tiba di markas NATO di Brussels" for a quote of Zelensky's
    later in that report). A person only: a country's deeds ("Rusia menargetkan …") happen far
    from where the report is written."""
    if _ANOTHER_TIME.search(sentence.text) or not sentence.article_lead:
        return []
    # (a name the article writes in title case, as people are: not "NATO", a body)
    written_names = {
        canonical(name.lower())
        for name in re.findall(r"\b[A-Z][a-z][\w'’-]*", f"{sentence.previous} {sentence.text}")
    }
    people = {word for word in token_set(asserted) & written_names if _person_name(word)}
    opening = opening_sentence(sentence.article_lead)
    if not people or not people & token_set(opening):
        return []
    return [
        place
        for place, _ in _known_places_taken(opening)
        if not is_country(place)
        and not is_region(place)
        and not _ANOTHER_EVENT_BEFORE.search(opening[: opening.find(place)])
    ]


def _check_places(
    asserted: str, sentence: Sentence, only_there: bool = False, ever: bool = False
) -> ClaimCheck:
    """The title and dateline name where the article's story happens, not where each thing in
    it did: they confirm a place only for a sentence that names none ("Zelensky juga akan
    bertemu Biden" in "Zelensky di Hari Kedua KTT NATO Vilnius"). `only_there`: being at the
    place is all the claim says ("Apakah Stoltenberg pernah ke Kyiv?", "… hadir di …"), so
    each place is held to as visited: "bantuan … bagi Kyiv" names Kyiv, no one there.
    `ever`: the claim is of any time at all ("pernah"), so someone elsewhere once is no denial
    that they were ever there ("Stoltenberg … di Bucharest" for "Apakah Stoltenberg pernah ke
    Kyiv?")."""
    places = _places_claimed(asserted)
    visited = {place.title() for place, by_visit in _known_places_taken(asserted) if by_visit}
    if only_there:
        visited |= set(places)
    text = f"{sentence.previous} {sentence.text}"
    said = token_set(text)
    named = token_set(asserted)
    # (where the sentence puts someone: after "di"/"ke" or a verb of visiting; read only for a
    # place visited)
    put_at = (
        {canonical(place.lower()) for place, _ in _known_places_taken(text)} if visited else set()
    )
    # (nor where something only comes from: "dukungan … dari Washington" puts no meeting in
    # Washington)
    said_as_place = said - _named_only_as_source(text)
    for place in places:
        # (not a body or an event in capitals, as in the claim: "lebih dekat ke NATO")
        named_places = [m for m in _PLACED.finditer(sentence.text) if not m.group(1).isupper()]
        # ("di Bukares" is said by "di Bucharest"; "ke Kiev", the government's seat standing
        # for its country, by "ke Ukraina", but not by Ukraina named in passing)
        placed = {canonical(m.group(1).lower()) for m in named_places}
        # (a place denies the claim's only where the deed was: not a topic's or a next
        # event's, "situasi di Ukraina", "pertemuan NATO selanjutnya di Vilnius", nor an
        # outlet, "di Twitter")
        rivals = [
            m.group(1)
            for m in named_places
            if not names_a_medium(m.group(1))
            and not places_another_thing(sentence.text[: m.start(1)])
        ]
        written = _written_forms([place])
        # (a place visited only by where the sentence puts someone: "sejak invasi Rusia" names
        # Rusia, no visit to it)
        mentioned = placed | put_at if place in visited else said_as_place
        # (an English noun in capitals is said by its Indonesian where the sentence puts
        # something: "at the Palace of the Parliament" by "di Istana Parlemen")
        if (
            written & mentioned
            or token_set(indonesian_for(place.lower())) & placed
            or {canonical(name.lower()) for name in country_of_capital(place)}
            # (a country where the deed was, not a topic's: "situasi di Ukraina" puts no talk
            # in Kyiv)
            & {canonical(rival.lower()) for rival in rivals}
        ):
            continue
        # (a typo is no other place: "di Vilnus" against "di Vilnius")
        if any(
            fuzz.ratio(place.lower(), m.group(1).lower()) >= _SAME_PLACE_RATIO for m in named_places
        ):
            continue
        # (for a place visited, only where the title or dateline puts its story: "… Tiba di
        # Markas NATO, Kunjungan Pertama sejak Invasi Rusia" puts none in Rusia)
        story = _story_places(sentence)
        if place in visited:
            title = sentence.article.title
            story = {canonical(m.group(1).lower()) for m in _PLACED.finditer(title)} | (
                story & token_set(sentence.article.dateline)
            )
        if not named_places and written & story:
            continue
        if (
            not named_places
            and not ever
            and not is_country(place)
            and not is_region(place)
            # (where the deed was, not where someone went: "Apakah Zelensky pergi ke Kiev?" is
            # not denied by a meeting in Vilnius)
            and re.search(rf"\b(?:di|in|at)\s+(?:the\s+)?{re.escape(place)}\b", asserted, re.I)
        ):
            # (a sentence that sets its deed nowhere, of someone the article opens by putting in
            # a city: "… kata Zelensky saat berbicara kepada media …" under "Zelensky … tiba di
            # markas NATO di Brussels" happened there, so "di Bucharest" is denied)
            arrived = _where_the_lead_puts(asserted, sentence)
            # (nor where the claim puts another of its deeds: "… bertemu Zelensky di Vilnius
            # dan menggelar KTT di Washington" sets one of them where the report is)
            if _written_forms(places) & _written_forms(arrived):
                continue
            if arrived:
                return ClaimCheck(contradicted=arrived[0], detail=True)
        if is_country(place) and place not in visited:
            # (a capital the sentence sets it in answers for its country: "di Bucharest"
            # denies "di Belgia", "di Brussels" says it)
            capitals = [r for r in rivals if country_of_capital(r)]
            if any(
                written & {canonical(c.lower()) for c in country_of_capital(r)} for r in capitals
            ):
                continue
            # (a country visited is not contradicted by any country the sentence names:
            # "Presiden Ukraina …" says nothing of where he went)
            rivals = capitals or [r for r in rivals if is_country(r)]
        rivals = [r for r in rivals if canonical(r.lower()) not in named]
        # (a known place first: "di Istana Parlemen yang sama di Bucharest" corrects with the
        # city, not the building)
        rivals.sort(key=lambda rival: place_pattern().fullmatch(rival) is None)
        if rivals and not ever:
            return ClaimCheck(contradicted=rivals[0], detail=True)
        return ClaimCheck(unconfirmed=[canonical(place.lower())])
    return ClaimCheck()


@lru_cache(maxsize=1024)
def _named_only_as_source(text: str) -> frozenset[str]:
    """The capitalised names the text writes only after "dari"/"from", where something comes
    from ("dukungan senjata … dari Washington"), as compared."""
    sourced = {m.group(1) for m in _FROM_PLACE.finditer(text)}
    return frozenset(
        canonical(name.lower())
        for name in sourced
        if len(re.findall(rf"\b{re.escape(name)}\b", text))
        == len(re.findall(rf"\b(?:dari|from)\s+{re.escape(name)}\b", text, re.IGNORECASE))
    )


# A name after "dari"/"from": where something comes from.
_FROM_PLACE = re.compile(r"\b(?:[Dd]ari|[Ff]rom)\s+([A-Z][\w'’-]*)")
# A claim that something began only lately, and a sentence that says it has long been so.
_RECENT = re.compile(
    r"\b(?:baru-baru ini|belakangan ini|akhir-akhir ini|baru saja"
    r"|baru(?=\s+(?:mulai|muncul|timbul|terjadi)\b)|recent(?:ly)?|lately|just (?:begun|started)"
    # (or new as what the claim ends by calling its subject: "… merupakan keinginan yang baru?";
    # not a new thing the deed is done to, "membeli kapal yang baru")
    r"|(?:merupakan|adalah|ialah)\s+(?:[\w-]+\s+){0,2}?(?:yang\s+)?baru(?=\s*[?.!]?\s*$))\b",
    re.IGNORECASE,
)
_LONG_STANDING = re.compile(
    r"\b(?:(?:telah|sudah|sejak)\s+lama|bertahun-tahun|(?:has|have|had) long|for years)\b",
    re.IGNORECASE,
)


def _check_recency(
    asserted: str, sentence: Sentence, language: str, deed: frozenset[str]
) -> ClaimCheck:
    """A claim that something is recent, against a sentence that says the claim's deed has long
    been so ("Apakah Ukraina baru-baru ini mendamba keanggotaan NATO?" against "Ukraina telah lama
    mendamba keanggotaan di NATO"): the claim's deed among the words right after the phrase, or
    a verb right after it that is the claim's subject in another form ("keinginan Ukraina …
    baru muncul?" against "telah lama mendamba"); the phrase neither negated nor in a relative
    clause about something else ("…, yang telah lama menunggu undangan itu, tiba …"); never
    against a sentence that calls it recent itself. Read with the sentence before, as the
    claim's words are ("Meski secara prinsip NATO sudah setuju Ukraina bergabung …" goes on
    from "Ukraina telah lama mendamba …"), where the phrase there is of the claim's own subject
    ("Para petani Lebak telah lama menanam padi" tells nothing of the government's planting)."""
    if not _RECENT.search(asserted) or _RECENT.search(sentence.text):
        return ClaimCheck()
    # (the claim's words before its deed, its subject: "keinginan" of "keinginan Ukraina …
    # baru muncul"; not the deed's object, "menolak permintaan" is no asking)
    words = re.findall(r"[\w-]+", asserted)
    deed_at = next((i for i, w in enumerate(words) if token_set(w) & deed), len(words))
    subject = token_set(" ".join(words[:deed_at]))
    for text in (sentence.text, sentence.previous):
        for long_standing in _LONG_STANDING.finditer(text):
            before = re.findall(r"[\w-]+", text[: long_standing.start()])[-_RECENCY_REACH:]
            after = re.findall(r"[\w-]+", text[long_standing.end() :])[:_RECENCY_REACH]
            if {w.lower() for w in before} & _NOT_OF_THE_CLAIM or _NEGATION_AFTER.match(
                text, long_standing.end()
            ):
                continue
            if text is sentence.previous and not token_set(" ".join(before)) <= subject:
                continue  # (the sentence before: of the claim's own subject, not "para petani")
            # (or the verb right after it is the claim's subject in another form: "Apakah
            # keinginan Ukraina … baru muncul?" against "Ukraina telah lama mendamba …")
            if deed & token_set(" ".join(after)) or (
                after and is_verb_form(after[0]) and token_set(after[0]) & subject
            ):
                said = f"\u201c{long_standing.group()}\u201d"
                return ClaimCheck(
                    contradicted=f"it has long been so ({said})"
                    if language == "en"
                    else f"sudah lama ({said})",
                    detail=True,
                )
        if _RECENT.search(sentence.previous):
            break
    return ClaimCheck()


# How many words either side of "telah lama" tell whose deed it is.
_RECENCY_REACH = 3
# Words before it that make it no report of the claim's deed: a relative clause or a negation.
_NOT_OF_THE_CLAIM = frozenset("yang yg tidak tak belum bukan not never".split())
# ... or a negation right after it: "sudah lama tidak tiba" says no arrival.
_NEGATION_AFTER = re.compile(r"\s+(?:tidak|tak|belum|not)\b", re.IGNORECASE)


def repetition_denied(question: Question, sentence: Sentence) -> bool:
    """The claim says it happened again, the sentence calls it the first."""
    return bool(repetition_contradicted(question, sentence))


def repetition_contradicted(question: Question, sentence: Sentence) -> str:
    """How the sentence calls the first what the claim says happened again ("yang pertama
    (“kunjungan pertamanya”)"), else ""."""
    asserted = claim(question.asked or question.text)
    return _check_repetition(asserted, sentence, question.language).contradicted


def _check_repetition(asserted: str, sentence: Sentence, language: str) -> ClaimCheck:
    """A claim that something happened many times, against a sentence that calls it the first."""
    if not _REPEATED.search(asserted):
        return ClaimCheck()
    first = _FIRST.search(sentence.text)
    if first is None:
        return ClaimCheck()
    said = f"\u201c{first.group().strip()}\u201d"
    return ClaimCheck(
        contradicted=f"it was the first ({said})" if language == "en" else f"yang pertama ({said})"
    )


# (not a phrasal verb's "after": "going after", "look after", "named after")
_ORDERED = re.compile(
    r"(?<!\bgo )(?<!\bgoing )(?<!\bgoes )(?<!\bwent )(?<!\blook )(?<!\blooking )"
    r"(?<!\bnamed )(?<!\bran )"
    rf"\b({order_words()})\s+(?:the\s+)?([^,;.?]+)",
    re.IGNORECASE,
)


def _anchor_words(event: str, language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of the event a claim orders its deed against, and those of them that are not
    names ("pertemuan NATO": temu; NATO is in nearly every clause of such news)."""
    words = token_set(glossed(event) if language == "en" else event)
    # (an acronym of a meeting, "KTT", names what kind of event it is, as "pertemuan" does)
    names = token_set(" ".join(re.findall(r"\b[A-Z][\w-]*", event)))
    return words, words - {name for name in names if not is_event_word(name)}


def _as_countries(words: frozenset[str]) -> frozenset[str]:
    """A capital read as its country: "sejak Moskwa menyerbu" and "sejak invasi Rusia" name
    one aggressor."""
    return frozenset(
        canonical(country[0].lower()) if (country := country_of_capital(word)) else word
        for word in words
    )


def _same_event(event: str, clause: str, language: str) -> bool:
    """The clause speaks of the event: half of its words or more, one of them no name. A
    meeting the clause names by another word is the same where a word besides it agrees too
    ("Jelang Pertemuan NATO di Vilnius" for "after the Vilnius summit")."""
    words, content = _anchor_words(event, language)
    words, content = _as_countries(words), _as_countries(content)
    told = _as_countries(token_set(clause))
    shared = words & told
    meetings = {word for word in content if is_event_word(word)}
    # (an acronym agreeing is no place: "NATO" is in nearly every clause of such news)
    acronyms = token_set(" ".join(re.findall(r"\b[A-Z]{2,}\b", event)))
    agreeing = {word for word in shared - acronyms if not is_event_word(word)}
    if meetings and agreeing and any(map(is_event_word, told)):
        shared |= meetings
    return bool(shared & content) and 2 * len(shared) >= len(words)


# Where the event an English question orders its deed against ends: at the question's own
# auxiliary ("after the Vilnius summit did Zelensky …").
# (not "was"/"had": "after Sweden was admitted" is the event itself)
_EVENT_ENDS_EN = re.compile(r"\s+(?:did|does|do|will|would|could|can)\b.*$", re.I | re.S)


def _event_ordered(asked: re.Match[str]) -> str:
    return _EVENT_ENDS_EN.sub("", asked.group(2))


def _ordering(text: str) -> re.Match[str] | None:
    """The claim's "before/after <event>", not "sejak kapan …" (a question of its own)."""
    found = _ORDERED.search(text)
    if found is None or re.match(r"(?:kapan|when|berapa|apa)\b", found.group(2), re.I):
        return None
    # (nor "sejak bulan Februari": a start, which the date check compares; "setelah bulan
    # Juli" stays an order, which a month said does not confirm)
    event = re.sub(r"^(?:bulan|tanggal|tahun)\s+", "", found.group(2), flags=re.I)
    if found.group(1).lower() == "sejak" and opens_with_date(event):
        return None
    return found


def _check_order(asserted: str, sentence: Sentence, language: str, confirming: bool) -> ClaimCheck:
    """A claim that its deed came before (or after) an event, against a sentence that puts it
    on the other side of that same event ("… akan disampaikan setelah KTT NATO berakhir" for
    "… disampaikan sebelum KTT berakhir?"). The sentence may order them the other way round
    ("Usai pidato tersebut, Zelensky beralih …" says he spoke before he switched). A sentence
    that would say "Ya" must order the two: one that only tells the deed leaves its side
    unconfirmed."""
    asked = _ordering(asserted)
    if asked is None:
        return ClaimCheck()
    side = order_side(asked.group(1).lower())
    event = _event_ordered(asked)
    # (an English question goes on past its event: "after the summit did Zelensky meet …")
    deed = asserted[: asked.start()] + asserted[asked.start(2) + len(event) :]
    # (the title orders its headline deed: "Zelensky dan Stoltenberg Berbincang Jelang
    # Pertemuan NATO di Vilnius" is read for a claim of that deed, "… perbincangan … setelah
    # KTT Vilnius?", where the sentence telling it orders nothing)
    title = sentence.article.title
    headline = _anchor_words(deed, language)[1] & token_set(title)
    told_in = f"{sentence.text} {title}" if headline else sentence.text
    for told in _ORDERED.finditer(told_in):
        told_side = order_side(told.group(1).lower())
        if _same_event(event, told.group(2), language):
            if told_side != side:
                return ClaimCheck(contradicted=f"\u201c{told.group().strip()}\u201d", detail=True)
            return ClaimCheck()
        if _same_event(deed, told.group(2), language):
            # the deed is the sentence's anchor: on the other side, the same order
            if told_side == side:
                return ClaimCheck(contradicted=f"\u201c{told.group().strip()}\u201d", detail=True)
            return ClaimCheck()
    if confirming and _anchor_words(event, language)[1]:
        return ClaimCheck(unconfirmed=[canonical(asked.group(1).lower())])
    return ClaimCheck()


def told_on_the_other_side(asked_text: str, told_text: str, language: str) -> str:
    """The clause of `told_text` that puts the deed on the other side of the event the question
    orders it against ("sejak invasi Rusia" for "Kapan … sebelum invasi Rusia?"), or ""."""
    asked = _ordering(asked_text)
    if asked is None:
        return ""
    side = order_side(asked.group(1).lower())
    for told in _ORDERED.finditer(told_text):
        if (
            _same_event(_event_ordered(asked), told.group(2), language)
            and order_side(told.group(1).lower()) != side
        ):
            return told.group().strip()
    return ""


@lru_cache(maxsize=256)
def _claimed_counts(asserted: str) -> tuple[tuple[str, str], ...]:
    """The claim's counts, number and unit, without a date's numbers ("Juni 2024 juga": a
    year, checked as a date)."""
    # (a spelled-out count is one too: "tiga hari")
    counted = with_count_digits(asserted)
    dated = [(m.start, m.end) for m in find_dates(counted)]
    return tuple(
        (match.group(1), match.group(2))
        for match in _COUNTED.finditer(counted)
        if not any(start <= match.start() < end for start, end in dated)
    )


def _says_number(number: str, text: str) -> bool:
    return re.search(rf"(?<![\d.,]){re.escape(number)}(?![\d.,]*\d)", text) is not None


@lru_cache(maxsize=256)
def _aliased(claim_text: str) -> str:
    """`apply_aliases`, read once per claim (its numbers are checked against every candidate)."""
    return apply_aliases(claim_text)


def _check_numbers(asserted: str, sentence: Sentence, deed: frozenset[str]) -> ClaimCheck:
    # (an idiom the aliases read counts nothing: "pertemuan empat mata" is a private meeting)
    asserted = _aliased(asserted)
    text = with_count_digits(f"{sentence.previous} {sentence.text}")
    told = with_count_digits(sentence.text)
    # "selama sebulan lagi" against "selama seminggu lagi": a length of time is its number and
    # its unit together
    # (the sentence's own length of the claim's deed: "Setelah bersembunyi selama seminggu, Ardi
    # ditahan" gives no length of the detention)
    counted = with_count_digits(asserted)
    claimed = {days for days, _ in _lengths_of_time(counted)}
    told_lengths = _lengths_of_time(told, deed)
    told_days = {days for days, _ in told_lengths}
    if claimed and told_lengths and not claimed & told_days:
        return ClaimCheck(contradicted=told_lengths[0][1], detail=True)
    # ("siap gelap dan dingin sebulan lagi": a month more, or a month from now; either way no
    # "Ya" from "selama seminggu lagi", though no "Tidak" either)
    either = _lengths_of_time(counted, still_to_last=True)
    if told_lengths and either and not {days for days, _ in either} & told_days:
        return ClaimCheck(unconfirmed=[canonical(either[0][1].split()[0].lower())])
    for number, unit in _claimed_counts(asserted):
        # (an English unit in the articles' words: "32 members" counts "anggota")
        asked_unit = {canonical(unit.lower())} | set(token_set(indonesian_for(unit.lower())))
        length_told = bool(told_lengths) and float(number) * _days_of(unit) in claimed
        if _says_number(number, text) or length_told:
            continue
        same_unit = [
            f"{found.group(1)} {found.group(2)}"
            for found in _COUNTED.finditer(told)
            if asked_unit & _counted_units(told, found)
        ]
        if same_unit:
            return ClaimCheck(contradicted=same_unit[0], detail=True)
        return ClaimCheck(unconfirmed=[number])
    return ClaimCheck()


def _check_magnitudes(
    asserted: str, sentence: Sentence, language: str, deed: frozenset[str]
) -> ClaimCheck:
    """ "Did Zelensky speak to hundreds of people?" against "kata Zelensky kepada ribuan
    orang": a count by its magnitude, another magnitude of the same noun said, where the
    sentence also says a word of the claim's `deed` besides that noun ("jutaan orang tidak
    memiliki listrik" counts no one a speech was given to)."""
    claimed = _claimed_magnitudes(asserted, language == "en")
    if not claimed:
        return ClaimCheck()
    # (the sentence before too, as for numbers: "… kata Zelensky kepada ribuan orang" before
    # "Penembak jitu berjaga … selama berlangsungnya pidato")
    text = f"{sentence.previous} {sentence.text}"
    told = vague_amounts(text)
    for magnitude, noun in claimed:
        counted = token_set(noun)
        if not (deed - counted) & token_set(text):
            continue
        same_noun = [
            (said, of) for said, of in told if not counted or not of or counted & token_set(of)
        ]
        if same_noun and all(said != magnitude for said, _ in same_noun):
            said, of = same_noun[0]
            return ClaimCheck(contradicted=f"{said} {of}".strip(), detail=True)
    return ClaimCheck()


@lru_cache(maxsize=256)
def _claimed_magnitudes(asserted: str, english: bool) -> tuple[tuple[str, str], ...]:
    """`vague_amounts` of the claim, read once per claim (it is checked against every
    candidate sentence)."""
    return tuple(vague_amounts(asserted, english=english))


def _check_ranks(asserted: str, sentence: Sentence, language: str) -> ClaimCheck:
    """ "Apakah itu kunjungan kedua Zelensky?" against "Ini adalah kunjungan pertamanya": the
    same noun in another place of its sequence."""
    english = language == "en"
    # (a noun by its synonyms' one term: "lawatan kedua" against "kunjungan pertamanya")
    told = [(canonical(noun), rank, written) for noun, rank, written in ranked_nouns(sentence.text)]
    claimed = [(canonical(noun), rank) for noun, rank, _ in ranked_nouns(asserted, english=english)]
    # ("Apakah kunjungan itu yang kedua?": the ordinal ranks the claim's subject)
    subject = ordinal_of_subject(asserted, english=english)
    if subject:
        claimed.append((canonical(subject[0]), subject[1]))
    for noun, rank in claimed:
        other = [
            written
            for said, said_rank, written in told
            if said == noun and comparable_ranks(rank, said_rank)
        ]
        if other and not any(said == noun and said_rank == rank for said, said_rank, _ in told):
            return ClaimCheck(contradicted=other[0], detail=True)
    return ClaimCheck()


def _check_portfolio(question: Question, sentence: Sentence) -> ClaimCheck:
    """ "Apakah peta jalan itu disetujui oleh para menteri luar negeri NATO?" against "para
    menteri pertahanan NATO menyetujui peta jalan …": a group of the same title with another
    portfolio, where the sentence never gives the claimed one (the check of the claim's deed
    and names, `_values_check`, makes it the same report). (The claim on the standard words,
    "menlu" read "Menteri Luar Negeri"; English glossed, its portfolio before the title.)"""
    language = question.language
    claimed = _claimed_portfolios(question.text, language)
    told = _portfolios(sentence.text)
    for title, portfolio in claimed:
        if (title, portfolio) in told:
            continue
        other = [written for (said_title, _), written in told.items() if said_title == title]
        if other:
            said = english_fact(other[0]) if language == "en" else f"\u201c{other[0]}\u201d"
            return ClaimCheck(contradicted=said, detail=True)
    return ClaimCheck()


def portfolio_told(question: Question, text: str) -> bool:
    """The text gives some group the question names with its portfolio ("para menteri luar
    negeri" for "pertemuan menteri luar negeri NATO"), or the question names none."""
    claimed = _claimed_portfolios(question.text, question.language)
    return not claimed or bool(claimed.keys() & _portfolios(text).keys())


@lru_cache(maxsize=1024)
def _claimed_portfolios(question: str, language: str) -> dict[tuple[str, frozenset[str]], str]:
    """The groups of office holders the question's claim names with their portfolios (an
    English claim glossed). (Cached: read against every sentence of a report.)"""
    asserted = claim(question)
    return _portfolios(glossed(asserted) if language == "en" else asserted)


def portfolio_contradicted(question: Question, sentence: Sentence) -> str:
    """The group of office holders the sentence gives the question's title with another
    portfolio ("para menteri pertahanan NATO" for "para menteri luar negeri NATO"), quoted, or
    in English; "" when it agrees or gives no such group."""
    return _check_portfolio(question, sentence).contradicted


@lru_cache(maxsize=1024)
def _portfolios(text: str) -> dict[tuple[str, frozenset[str]], str]:
    """Each group of office holders written with its portfolio ("para menteri pertahanan",
    "Luar Negeri menteri" as a gloss writes "foreign ministers"), as the text writes it; not one
    person's title ("Menteri Pertahanan Ardi"), whose office `holders` checks. (Cached, never
    changed by its readers: the claim and each candidate sentence are read again and again.)"""
    found: dict[tuple[str, frozenset[str]], str] = {}
    words = list(re.finditer(r"[\w-]+", text))
    for at, word in enumerate(words):
        title = word.group().lower()
        if title not in _PORTFOLIO_TITLES:
            continue
        for step in (1, -1):
            run = list(
                takewhile(
                    lambda w: w.group().lower() in OFFICE_COMPLEMENTS,
                    words[at + 1 :] if step == 1 else reversed(words[:at]),
                )
            )
            run.sort(key=lambda w: w.start())
            # (a whole portfolio: "menteri dalam pertemuan" has none, "luar negeri dalam" is
            # "luar negeri")
            while run and run[-1].group().lower() in _PORTFOLIO_OPENERS:
                run.pop()
            end = max(word.end(), run[-1].end()) if run else word.end()
            if run and not _PERSON_AFTER.match(text, end):
                span = sorted([word, *run], key=lambda w: w.start())
                # (with "para" before it: "the defence ministers" in English)
                if span[0] is word and at and words[at - 1].group().lower() == "para":
                    span.insert(0, words[at - 1])
                found[(title, frozenset(w.group().lower() for w in run))] = text[
                    span[0].start() : span[-1].end()
                ]
                break
    return found


# A person's name right after a title: "Menteri Pertahanan Ardi" (not a body, "NATO").
_PERSON_AFTER = re.compile(r"\s+(?:[A-Z][a-z][\w'’-]*)(?!\s*-)")
# Words that only open a portfolio ("luar negeri", "dalam negeri"), never one by themselves.
_PORTFOLIO_OPENERS = frozenset({"luar", "dalam"})
# Titles that come with a portfolio: "menteri pertahanan", "menteri luar negeri".
_PORTFOLIO_TITLES = frozenset({"menteri"})


# A length of time: a count and its unit ("2 hari", "three days"), or one unit written as one
# word ("seminggu", "sebulan"); not a time before or after something ("sebulan setelah
# sidang", "two days ago").
_LENGTH_OF_TIME = re.compile(
    r"\b(?:(\d+)\s+|se|satu\s+|an?\s+|one\s+|another\s+)"
    r"(jam|hari|minggu|pekan|bulan|tahun|hours?|days?|weeks?|months?|years?)\b"
    r"(?!\s+(?:setelah|sesudah|sebelum|lalu|kemudian|sejak|after|before|ago|later|earlier)\b)",
    re.IGNORECASE,
)
# Each unit of time in days ("pekan" is a week, "month" a month), to compare "selama 7 hari"
# with "selama seminggu".
_DAYS_IN = {
    "jam": 1 / 24, "hour": 1 / 24, "hari": 1, "day": 1, "minggu": 7, "pekan": 7, "week": 7,
    "bulan": 30, "month": 30, "tahun": 365, "year": 365,
}  # fmt: skip
# A length given as a bound, not as the length: "lebih dari sebulan", "at least a week".
_BOUNDED = re.compile(
    r"\b(?:lebih\s+dari|kurang\s+dari|paling\s+(?:sedikit|lama|cepat)|setidaknya|sedikitnya"
    r"|minimal|maksimal|hampir|sekitar|kira-kira|at\s+least|more\s+than|less\s+than|about"
    r"|nearly|almost|up\s+to)\s+$",
    re.IGNORECASE,
)


def _days_of(unit: str) -> float:
    lowered = unit.lower()
    return _DAYS_IN.get(lowered, _DAYS_IN.get(lowered.removesuffix("s"), 0.0))


@lru_cache(maxsize=1024)
def _lengths_of_time(
    text: str, deed: frozenset[str] = frozenset(), still_to_last: bool = False
) -> tuple[tuple[float, str], ...]:
    """Each length of time the text says something lasts, in days, with its words as written
    ("seminggu"); with a `deed` (a sentence's lengths), only one that follows a word of it
    closely ("bersiap menghadapi dingin dan gelap selama seminggu lagi") and not one given as a
    bound ("lebih dari sebulan"; a claim's "at least another month" is still a month).
    `still_to_last`: also one only followed by "lagi" ("sebulan lagi"), which may say when as
    well as how long."""
    lengths = []
    for found in _LENGTH_OF_TIME.finditer(text):
        before = text[: found.start()]
        lasting = _HOW_LONG_BEFORE.search(before) or (
            still_to_last and _STILL_TO_LAST.match(text[found.end() :])
        )
        if not lasting or (deed and _BOUNDED.search(before)):
            continue
        if deed and not any(token_set(w) & deed for w in before.split()[-_LENGTH_REACH:]):
            continue
        count = float(found.group(1)) if found.group(1) else 1.0
        lengths.append((count * _days_of(found.group(2)), found.group().strip()))
    return tuple(lengths)


# The words of a length of time itself, no word of the deed it measures.
_TIME_WORDS = token_set("selama lama lagi jam hari minggu pekan bulan tahun")
# How many words before a length of time the deed it measures is looked for.
_LENGTH_REACH = 8


# ... or right after it: "sebulan lagi", a month more, or in a month's time.
_STILL_TO_LAST = re.compile(r"\s+lagi\b", re.IGNORECASE)
# What says how long something lasts, a few words before its length ("selama seminggu lagi",
# "for at least another month"; not "the two-day meeting", the meeting's own length).
_HOW_LONG_BEFORE = re.compile(
    r"\b(?:selama|sepanjang|lamanya|for|during)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)


# "beranggotakan 31 negara": a count of members, whatever they are.
_MEMBERS_COUNTED = re.compile(r"\b(?:beranggotakan|berjumlah anggota|dengan anggota)\s+$", re.I)


def _counted_units(text: str, found: re.Match[str]) -> set[str]:
    """What a number in the text counts: its unit, and members where the text says it counts
    them ("beranggotakan 31 negara" counts 31 members too)."""
    units = {canonical(found.group(2).lower())}
    if _MEMBERS_COUNTED.search(text[: found.start()]):
        units |= set(token_set("anggota"))
    return units


def claims_a_count(question: Question) -> bool:
    """The question takes a count or a length of time for granted ("aliansi yang beranggotakan
    32 negara", "bersiap menghadapi gelap selama sebulan lagi")."""
    asserted = claim(question.asked or question.text)
    return bool(_claimed_counts(asserted) or _lengths_of_time(with_count_digits(asserted)))


def number_stated(question: Question, sentence: Sentence) -> bool:
    """The sentence gives the count the claim takes for granted ("32 negara" for "32 negara"),
    or its length of time ("seminggu" for "tujuh hari")."""
    text = f"{sentence.previous} {sentence.text}"
    asserted = claim(question.asked or question.text)
    lengths = {days for days, _ in _lengths_of_time(with_count_digits(asserted))}
    return any(_says_number(number, text) for number, _ in _claimed_counts(asserted)) or bool(
        lengths & {days for days, _ in _lengths_of_time(with_count_digits(text))}
    )


def number_contradicted(question: Question, sentence: Sentence) -> str:
    """The sentence's count in the unit the question counts in, where it differs ("31 negara"
    for "aliansi yang beranggotakan 32 negara"); "" when it agrees or counts nothing so."""
    asserted = claim(question.asked or question.text)
    verbs = claim_verbs(question, _asked_claim(question))
    return _check_numbers(asserted, sentence, frozenset(verbs)).contradicted


def place_contradicted(question: Question, sentence: Sentence) -> str:
    """The place the sentence puts its report in, where the question puts the deed elsewhere
    ("Kapan Zelensky berpidato di depan ribuan orang di Brussels?" against "… kata Zelensky
    kepada ribuan orang di Vilnius"); "" when it agrees or names no other place. Cities only,
    on both sides: a country is as often a deed's target or topic ("invasi Rusia ke Ukraina",
    "situasi di Ukraina", "pusat pelatihan di Polandia") as where the report happens."""
    asserted = claim(question.asked or question.text)
    claimed = _places_claimed(asserted)
    if not claimed or any(is_country(p) or is_region(p) for p in claimed):
        return ""
    other = _check_places(asserted, sentence).contradicted
    if not other or is_country(other) or is_region(other):
        return ""
    # (a place just after an order word is the other event's: "perundingan terakhir sebelum
    # kongres partai di Bandung" puts the talks nowhere; each mention of it is read)
    placed_at = [m.start(1) for m in _PLACED.finditer(sentence.text) if m.group(1) == other]
    ordered = all(_ANOTHER_EVENT_BEFORE.search(sentence.text[:at]) for at in placed_at)
    return "" if placed_at and ordered else other


# An order word up to eight words before "di <place>", within its clause: the place is the
# event it orders against ("sebelum pertemuan puncak Presiden Amerika Serikat Joe Biden di
# Washington"; not "setelah itu", which only moves the story on).
_ANOTHER_EVENT_BEFORE = re.compile(
    r"\b(?:sebelum|setelah|sesudah|menjelang|jelang|before|after|ahead of)\s+"
    r"(?!itu\b|that\b)(?:[\w-]+\s+){0,7}(?:di|ke|in|at)\s+$",
    re.IGNORECASE,
)


def claims_a_rank(question: Question) -> bool:
    """The question gives a noun a place in a sequence ("his second visit", "kunjungan
    keduanya")."""
    return bool(ranked_nouns(claim(question.asked or question.text), question.language == "en"))


def rank_contradicted(question: Question, sentence: Sentence) -> str:
    """The sentence's place for a noun the question ranks otherwise ("kunjungan pertamanya" for
    "his second visit"); "" when it agrees or ranks nothing so."""
    asserted = claim(question.asked or question.text)
    return _check_ranks(asserted, sentence, question.language).contradicted


def name_groups(text: str, entities: set[str]) -> list[list[str]]:
    """The question's names, one per run of adjacent name words: "sekjen NATO Stoltenberg" is
    one person, said by any of its words."""
    groups: list[list[str]] = []
    run: list[str] = []
    for word in re.findall(r"[\w'’]+", text):  # "NATO-Ukraina": two names
        named = [t for t in (canonical(t) for t in analyze(word)) if t in entities]
        if named:
            run += named
        elif run:
            groups.append(run)
            run = []
    return [*groups, run] if run else groups


def _person_name(word: str) -> bool:
    """A name word that names no place, country, region, meeting or thing the dictionary knows
    ("orban", not "kiev", "kremlin" or "kongres"): a person, whom no other name stands for."""
    # (`same_country` names a capital's country, and a country's capital)
    return not (
        is_country(word.title())
        or same_country(word)
        or is_region(word.title())
        or is_event_word(word)
        or is_indonesian_word(word)
    )


def _denied_only_before(predicate: set[str], verbs: set[str], sentence: Sentence) -> str:
    """The negated clause of the sentence before this one ("tidak akan memveto usulan"), when
    that sentence alone says the claim's words, and denies one of its verbs (not only its nouns:
    "jutaan orang tidak memiliki pemanas, air" denies no "targeting water facilities"). (A
    sentence whose fact stands in the one before has taken it in already; this is the one it
    follows, which the evidence check reads with it.)"""
    claimed = predicate - token_set(sentence.text)
    if not sentence.previous or not claimed & verbs & denied_terms(sentence.previous):
        return ""
    for negation in NEGATION.finditer(sentence.previous):
        clause = " ".join(sentence.previous[negation.start() :].split()[:4])
        if token_set(clause) & claimed & verbs:
            return clause
    return ""


# How many words of the sentence, from the opposite word on, say the opposite deed.
_OPPOSED_WORDS = 6
# Words that open a clause of purpose, and how many words before an opposite they reach.
# ("untuk" is left out: after a request it opens what was asked, "mendesak Medan untuk
# mengizinkan …", no purpose)
_PURPOSE_WORDS = frozenset("guna agar supaya demi".split())
_OPPOSED_REACH = 3


def _opposed(claimed: list[str], sentence: Sentence, kind: str = "pairs") -> dict[str, str]:
    """The claim's words (lower case, whole) whose opposite the sentence says ("membantah"
    against "mengakui"), by their analysed term, each with the sentence's words from that
    opposite on ("mengakui menargetkan infrastruktur Ukraina"). `kind`: which table of
    `opposites` ("pairs", or "undoings")."""
    table = opposites(kind)
    words = list(re.finditer(r"[\w-]+", sentence.text))
    found: dict[str, str] = {}
    for word in claimed:
        for at, said in enumerate(words):
            # (not in a clause of purpose, which tells of something else: "menaikkan bantuan guna
            # mengurangi penderitaan")
            leading = {w.group().lower() for w in words[max(0, at - _OPPOSED_REACH) : at]}
            if kind == "pairs" and leading & _PURPOSE_WORDS:
                continue
            if said.group().lower() in table.get(word, ()):
                # (to the end of its clause, at most a few words: "memperpanjang masa
                # jabatannya sebagai sekjen NATO")
                clause = re.split(r"[,;.:“”\"]", sentence.text[said.start() :])[0].split()
                for term in token_set(word) - found.keys():
                    found[term] = " ".join(clause[:_OPPOSED_WORDS])
                break
    return found


def _claim_opposed(question: Question, sentence: Sentence, kind: str = "pairs") -> dict[str, str]:
    """`_opposed` for the claim's words in the articles' language (a denying verb,
    "membantah", is no predicate word but has its opposite too)."""
    words = [w for glossed in _articles_words(question, claim(question.text)) for w in glossed]
    return _opposed([w for w in words if w not in stopwords()], sentence, kind)


def main_deed_reversed(question: Question, sentence: Sentence) -> str:
    """The sentence's words that tell the claim's own deed the other way round ("memperpanjang
    masa jabatannya sebagai sekjen NATO" in "… Stoltenberg resmi memperpanjang masa jabatannya
    sebagai sekjen NATO" for "Apakah Stoltenberg mengakhiri masa jabatannya …?"); "" when it
    does not."""
    opposed = _claim_opposed(question, sentence)
    # (the claim's deed may be one no article says: that is why it is reversed there)
    # (not a deed the sentence says as well: "keputusan meningkatkan dukungan … tidak akan
    # mengurangi upaya …" tells the boost asked about, and its opposite of something else)
    main = _main_verb(question, claim(question.text), unknown=True)
    deed = sorted(main & set(opposed) - token_set(sentence.text))
    if not deed:
        return ""
    told = opposed[deed[0]]
    return told if _said_of_doer(question, sentence, told) else ""


def rest_of_claim_said(question: Question, sentence: Sentence) -> bool:
    """The sentence says the claim's words besides its main deed, or the claim has none: a
    deed reversed there is the claim's own ("memperpanjang masa jabatannya" for "Did Stoltenberg
    resign?"), not another's ("menyetujui peta jalan" for "Did Stoltenberg refuse to extend
    his term?")."""
    rest = _predicate(question) - _main_verb(question, claim(question.text), unknown=True)
    return not rest or bool(rest & token_set(f"{sentence.previous} {sentence.text}"))


def _said_of_doer(question: Question, sentence: Sentence, told: str) -> bool:
    """The sentence tells `told` of the claim's doer, where the claim opens with a name: that
    name stands before it, or a pronoun opens the sentence (in '"… sebelum mengakhiri
    perang," ucapnya' no one named ends anything)."""
    words = [
        w for w in re.findall(r"[\w-]+", claim(question.text)) if w.lower() not in YES_NO_OPENERS
    ]
    doer = canonical(words[0].lower()) if words else ""
    if doer not in question.entities:
        return True  # (a thing's state, "masalah pasokan … mereda?", is said anywhere)
    before = sentence.text[: max(sentence.text.find(told), 0)]
    return doer in token_set(before) or DOER_PRONOUN_OPENING.match(sentence.text) is not None


def doer_swapped(question: Question, sentence: Sentence) -> str:
    """The sentence's doer of the claim's deed, where the claim gives that deed to one name
    and names another after it, and the sentence has them the other way round ("Did Ukraine
    admit targeting Russian infrastructure?" against "Rusia mengakui menargetkan infrastruktur
    Ukraina": Rusia); "" otherwise. Only an active verb on both sides tells its doer by its
    subject: not a passive ("Was X targeted by Y?", "diserang"), not a noun of the deed
    ("serangan … bagi Israel"), and never a deed two do together ("bertemu", "melawan")."""
    if len(question.entities) < 2:
        return ""  # (a doer and another name are needed: no verb is read without them)
    asserted = claim(question.text)
    main = _main_verb(question, asserted)
    if not main or _PASSIVE_EN.search(asserted) or main & _DONE_TOGETHER:
        return ""
    words = [w for w in re.findall(r"[\w'’-]+", asserted) if not only_modal(w)]
    at = next((i for i, w in enumerate(words) if _verb_stems(question, w) & main), None)
    if at is None or not _active(_articles_words(question, words[at])[0]):
        return ""
    names = set(question.entities)
    doers = {canonical(w.lower()) for w in words[:at]} & names
    others = {canonical(w.lower()) for w in words[at + 1 :]} & names - doers
    if not doers or not others:
        return ""
    for found in re.finditer(r"[\w'’-]+", sentence.text):
        if canonical(stem(found.group().lower())) not in main:
            continue
        if not _active([found.group()]):
            return ""  # a noun of the deed ("serangan … bagi Israel"), a passive, "bertemu"
        # (its clause: back to the boundary before the verb, on to the one after it)
        before = _CLAUSE_BOUNDARY.split(sentence.text[: found.start()])[-1]
        after = _CLAUSE_BOUNDARY.split(sentence.text[found.end() :])[0]
        subject = [w for w in re.findall(r"[\w'’-]+", before) if canonical(w.lower()) in others]
        if subject and not token_set(before) & doers and token_set(after) & doers:
            return " ".join(subject)
        return ""
    return ""


# Where a clause ends: what is said on its other side is another clause's doer or object.
_CLAUSE_BOUNDARY = re.compile(r"[,;:.“”\"()]|\b(?:yang|bahwa|dan|tetapi|namun|which|that)\b")
# An English claim told in the passive: "was targeted by", "Was X targeted by Y?".
_PASSIVE_EN = re.compile(r"\b\w+(?:ed|en)\s+by\b", re.IGNORECASE)
# Deeds two sides do to each other, whichever is named first ("melawan", "bertemu").
_DONE_TOGETHER = frozenset({"lawan", "temu", "bincang", "bicara", "runding", "perang", "tempur"})


def _active(verbs: list[str]) -> bool:
    """An active transitive verb form ("mengakui", "menyerang"), whose subject is its doer: not
    a noun of the deed ("serangan"), a passive ("diserang") or a "ber-" verb ("bertemu")."""
    return any(v.lower().startswith("me") and is_verb_form(v.lower()) for v in verbs if v)


def main_deed_denied(question: Question, sentence: Sentence) -> str:
    """The sentence's words that deny the claim's own deed of its own doer ("tidak akan
    memveto usulan tersebut" in "Namun, Hongaria berjanji tidak akan memveto usulan tersebut …"
    for "Mengapa Hongaria memveto usulan …?"), when the claim itself denies nothing; "" when
    they do not. The last name before the denial in its clause must be one the question names
    (not "keputusan AS … tidak akan mengurangi upaya Washington" for why NATO cut aid), and
    the denial must be said, not urged, hoped for or set as a condition ("Prancis mendesak
    Belanda agar tidak memveto …", "… selama tidak dipaksa"); nor a denial of a claim someone
    made ("Ia menyangkal niatnya …"), which reports words."""
    asserted = claim(question.text)
    deed = _main_verb(question, asserted, unknown=True)
    if not deed or negated(asserted):
        return ""
    denial = denial_of(sentence.text, deed)
    if not denial or DENIAL.search(denial) or _UNABLE.match(denial):
        return ""
    start = sentence.text.index(denial)
    before = re.split(r"[,;:“”\"]", sentence.text[:start])[-1]
    if (
        _NOT_SAID_AS_DONE.search(before)
        or CONDITION.search(before)
        or _CONDITION_OPENS.match(sentence.text)
    ):
        return ""
    # (the doer is no name inside a phrase of time or of whom: "… bagi Israel setelah serangan
    # mendadak Hamas tidak akan …")
    names = [
        name.group()
        for name in re.finditer(r"\b[A-Z][\w-]*", before)
        if not _IN_A_PHRASE.search(before[: name.start()])
    ]
    asked = {canonical(name) for name in question.entities}
    last = names[-1] if names else ""
    if not last or not {canonical(n.lower()) for n in (last, *same_country(last))} & asked:
        return ""
    return _clause_from(sentence.text, start, len(denial.split()))


# What makes a denial no report of a deed undone: urged, hoped for, a condition, a forecast,
# an opinion or a fear, or a deed that would have been ("seandainya").
# (a condition, `CONDITION`, too)
_NOT_SAID_AS_DONE = re.compile(
    r"\b(?:agar|supaya|untuk|guna|selama|asalkan|mendesak|meminta|mengimbau|menyerukan"
    r"|didesak|diminta|berharap|menilai|dinilai|memperkirakan|diperkirakan|menduga|diduga"
    r"|khawatir|takut|yakin|berpendapat|menyadari|membuat)\b",
    re.IGNORECASE,
)
# A sentence that opens with a condition, however far its denial stands from it.
_CONDITION_OPENS = re.compile(rf"^\W*{CONDITION.pattern}", re.IGNORECASE)
# "tidak bisa", "tak dapat": what someone cannot do is no deed they did not do.
_UNABLE = re.compile(r"(?:tidak|tak)\s+(?:bisa|dapat|mampu)\b", re.IGNORECASE)
# A name inside a phrase of time or of whom is no doer of the clause.
_IN_A_PHRASE = re.compile(
    r"\b(?:setelah|sebelum|sejak|bagi|terhadap|dari|kepada|untuk|oleh|dengan)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# How many words of a clause a correction shows at most, and the words it never ends on.
_SHOWN_CLAUSE_WORDS = 10
_DANGLING = frozenset("dalam di ke dari untuk terhadap dengan yang dan atau pada oleh bagi".split())


def _clause_from(text: str, start: int, at_least: int) -> str:
    """The text's clause from `start`: to its punctuation or the next subordinate clause, at
    most `_SHOWN_CLAUSE_WORDS` words (`at_least` kept whole), never ending on a preposition."""
    clause = re.split(r"[,;.:“”\"]", text[start:])[0].split()
    shown = list(takewhile(lambda w: w.lower() not in CLAUSE_OPENERS, clause))
    shown = shown[: max(_SHOWN_CLAUSE_WORDS, at_least)]
    while len(shown) > at_least and shown[-1].lower() in _DANGLING:
        shown.pop()
    return " ".join(shown)


def said_undone(question: Question, sentence: Sentence) -> str:
    """The sentence's words that undo the claim's deed, when it speaks of the rest of the
    claim and never says the deed itself: "anggaran … dicabut dari Kongres AS" for "When did
    Congress pass the budget?" (the withdrawal's date is not the passing's). Else ""."""
    said = token_set(f"{sentence.previous} {sentence.text}")
    predicate = _predicate(question)
    opposed = _claim_opposed(question, sentence, "undoings")
    # (the claim's own word, even one no article uses: "meloloskan")
    flipped = sorted(t for t in opposed if t not in said)
    if flipped and (predicate - set(flipped)) & said:
        return opposed[flipped[0]]
    return ""


def _predicate(question: Question) -> set[str]:
    """The claim's words besides its names, its date (checked as one) and the asking, in the
    words the articles use."""
    asked = question.asked or question.text
    asserted = claim(asked)
    # (a month or weekday as the glossary gives it too, "July 4" is "juli"; with the noun that
    # names it as one, "bulan Februari", "hari Selasa")
    calendar = {term for term in question.terms if term in MONTHS or term in DAYS}
    dated = (
        token_set(" ".join(m.text for m in find_dates(asserted)))
        | calendar
        | (_CALENDAR_NOUNS if calendar else frozenset())
    )
    # (the or-not tag is the asking: "Rusia ngaku nggak kalau nyerang …" claims no "tidak",
    # in the asker's words or the normalised ones)
    tag = frozenset().union(
        *(token_set(text) - token_set(claim(text)) for text in {asked, question.text})
    )
    predicate = set(question.terms) - set(question.entities) - set(question.unknown_terms)
    # (a name's words as the tokenizer writes it out: "AS" is amerika, serikat)
    predicate -= {canonical(t) for name in question.entities for t in written_in_full(name)}
    return (
        predicate
        - dated
        - tag
        - NOT_CLAIMED
        - NEGATORS
        - _only_ahead(asserted, question.language == "en")
    )


_CALENDAR_NOUNS = token_set("bulan hari tanggal")


@lru_cache(maxsize=1024)
def _only_ahead(asserted: str, english: bool) -> frozenset[str]:
    """The claim's terms that only put a noun ahead in time, which claim no deed: "the upcoming
    meeting", "pertemuan mendatang", whose stem is "datang", to arrive. (Cached: the predicate
    is read against every candidate sentence.)"""
    words = [w for glossed in _glossed_words(asserted, english) for w in glossed]
    ahead = {canonical(t) for w in words if w in future_words() for t in analyze(w)}
    deeds = {canonical(t) for w in words if w not in future_words() for t in analyze(w)}
    return frozenset(ahead - deeds)


def _articles_words(question: Question, text: str) -> list[list[str]]:
    """Each word of the text in lower case, in the articles' language: an English word as its
    Indonesian gloss (none when the glossary lacks it)."""
    return [list(words) for words in _glossed_words(text, question.language == "en")]


@lru_cache(maxsize=1024)
def _glossed_words(text: str, english: bool) -> tuple[tuple[str, ...], ...]:
    # (the claim is read against every candidate sentence: glossed once per question)
    words = [word.lower() for word in re.findall(r"[\w'’-]+", text)]
    if not english:
        return tuple((word,) for word in words)
    return tuple(tuple(indonesian_for(word).split()) for word in words)


# An English word that reads as a verb by its ending ("owned", "going"): a claim's deed.
_VERB_LIKE_EN = re.compile(r"(?:ed|ing)$")
# A claim that two things are the same ("di tahun yang sama", "kotanya sama", "the same year"):
# one sentence confirms it only by saying so itself ("Istana Parlemen yang sama"); two facts
# are compared by `qa.answer.compare`, never by one sentence's other words.
_SAMENESS = re.compile(r"\b(?:(?:yang|yg)\s+sama|[\w-]+nya\s+sama|same)\b(?!-)", re.IGNORECASE)
# A claim that no one else did it ("hanya", "cuma … doang", "only"): one sentence confirms it
# only by saying so itself.
_EXCLUSIVE = re.compile(
    r"\b(?:hanya|cuma|doang|semata(?:-mata)?|satu-satunya|only|solely|sole)\b", re.IGNORECASE
)
_SAYS_SAME = re.compile(r"\b(?:sama|same|serupa|identik)\b(?!-)", re.IGNORECASE)


# One word of a claim, as the renderings that say it, each the terms it needs together.
_Unit = frozenset[frozenset[str]]


def _predicate_units(question: Question, predicate: set[str]) -> list[_Unit]:
    """The predicate counted by the asker's words: an English word glossed by two Indonesian
    ones ("expected" -> "kira harap") is one word of the claim, said when either is (counted
    apart, a sentence saying "diperkirakan" covered half of it and a paraphrase fell short);
    a compound gloss only whole ("timeline" -> "batas waktu": Kuleba's "sudah waktunya" says
    no deadline). Indonesian words are units of their own."""
    units: set[_Unit] = set()
    if question.language == "en":
        for word in re.findall(r"[\w'’-]+", claim(question.text).lower()):
            renderings = (
                frozenset(token_set(" ".join(parts))) & predicate
                for parts in gloss_alternatives(word)
            )
            unit = frozenset(rendering for rendering in renderings if rendering)
            if unit:
                units.add(unit)
    covered = frozenset().union(*(rendering for unit in units for rendering in unit))
    return [*units, *(frozenset({frozenset({term})}) for term in predicate - covered)]


def _unit_said(unit: _Unit, said: AbstractSet[str]) -> bool:
    """Some rendering of the claim's word is said whole."""
    return any(rendering <= said for rendering in unit)


def _asked_claim(question: Question) -> str:
    """The claim as the asker put it; in Indonesian with the normaliser's words beside it, so
    chat's verbs are read too ("ngasih" as "memberi")."""
    asked = claim(question.asked or question.text)
    return f"{asked} {claim(question.text)}" if question.language == "id" else asked


def claim_verbs(question: Question, asserted: str) -> set[str]:
    """The claim's verbs (analysed), English ones through their Indonesian gloss: "approve" ->
    menyetujui -> tuju. What a claim says is done; its nouns may be shared by a sentence that
    says something else was done with them ("anggaran … dicabut" for "approve the budget").
    Not a verb that only plans or expects the deed ("expected to approve" claims approval),
    unless the claim has no other."""
    # (nor a light verb: "mengalami kendala" claims the trouble, told by "memiliki masalah")
    predicate = _predicate(question) - ASKING_WORDS - LIGHT_DEEDS
    deeds = " ".join(w for w in re.findall(r"[\w'’-]+", asserted) if not only_modal(w))
    return _verb_stems(question, deeds) & predicate or _verb_stems(question, asserted) & predicate


def deed_words(question: Question, clause: str) -> set[str]:
    """What the question's clause says was done: its verbs, or when it has none ("kenapa orban
    mau keluar dari nato") the rest of what it says besides names and asking words. Being
    somewhere ("berada", "hadir") is no deed: "di sini" says it."""
    predicate = _predicate(question) - ASKING_WORDS - PRESENCE_WORDS
    clause_terms = {canonical(t) for t in analyze(glossed(clause))} | {
        canonical(t) for t in analyze(clause)
    }
    verbs = _verb_stems(question, clause) & predicate - LIGHT_DEEDS
    return verbs or predicate & clause_terms


def claims_a_deed(question: Question, clause: str) -> bool:
    """The clause says something was done, planned or wanted: a verb, or a word of wanting or
    planning before what it names ("kenapa orban mau keluar dari nato"). A run of keywords
    ("orban ukraine troops why") claims nothing, so nothing said of its words denies it."""
    predicate = _predicate(question) - ASKING_WORDS - PRESENCE_WORDS - LIGHT_DEEDS
    return bool(_verb_stems(question, clause) & predicate) or any(
        only_modal(word) for word in re.findall(r"[\w'’-]+", clause)
    )


# Verbs that only carry their noun's deed ("bikin pertemuan", "menggelar rapat", "mengalami
# kendala") or a place ("berlokasi di", "terletak di"): the deed asked about is the noun's.
LIGHT_DEEDS = frozenset({"buat", "laku", "ada", "gelar", "selenggara", "alami", "lokasi", "letak"})


def _main_verb(question: Question, asserted: str, unknown: bool = False) -> frozenset[str]:
    """The stems of the claim's first verb (not one that only plans or expects), the deed the
    claim is about: "Apakah Stoltenberg menentang penggunaan rudal … untuk menyerang …?"
    claims opposition, whatever the attack its purpose names. A claim without a verb form
    ("stoltenberg udah lengser …") is about its first root a verb of its synonym group is made
    from ("dilengserkan"). `unknown`: also a verb no article uses ("mengundurkan diri")."""
    predicate = _predicate(question) - ASKING_WORDS
    if unknown:
        predicate |= set(question.unknown_terms) - set(question.entities) - ASKING_WORDS
    # (a light verb carries its noun's deed: "mengalami kendala" claims the trouble)
    predicate -= LIGHT_DEEDS
    words = [w for w in re.findall(r"[\w'’-]+", asserted) if not only_modal(w)]
    for word in words:
        stems = _verb_stems(question, word) & predicate
        if stems:
            return frozenset(stems)
    # (or, where the verb may be one no article uses, a word with a known opposite: chat's
    # "kenapa stoltenberg mundur")
    roots = (
        canonical(w.lower())
        for w in words
        if _root_of_a_verb(w.lower()) or (unknown and w.lower() in opposites())
    )
    return next((frozenset({root}) for root in roots if root in predicate), frozenset())


@lru_cache(maxsize=1024)
def _root_of_a_verb(word: str) -> bool:
    """A root a verb of its synonym group is made from: "lengser" ("dilengserkan"). (Cached:
    read for the claim's words against every candidate sentence.)"""
    if is_verb_form(word) or not is_indonesian_word(word):
        return False
    return any(
        is_verb_form(member) and stem(member) == word
        for group in synonym_groups()
        if word in group or any(stem(member) == word for member in group)
        for member in group
    )


def _object_unheard(question: Question) -> str:
    """The word right after the claim's main verb, when no article uses it ("maaf" in "meminta
    maaf", also glossed from "apologize"); "" when there is none. (Not a name: a name no
    article mentions is checked as one. Nor after a verb of a clause the claim only sets as
    its condition: "… selama tidak dipaksa ikut berpartisipasi".) Read for every candidate
    sentence: most questions have no unknown word and stop at once."""
    unknown = set(question.unknown_terms)
    if not unknown:
        return ""
    asserted = claim(question.text)
    text = glossed(asserted) if question.language == "en" else asserted
    main = _main_verb(question, claim(question.asked or question.text))
    for verb, following in pairwise(re.findall(r"[\w'’-]+", text)):
        lowered = following.lower()
        read_as = canonical(lowered)
        if (
            is_verb_form(verb.lower())
            and {canonical(t) for t in analyze(verb)} & main
            and not following[0].isupper()
            and read_as in unknown
            # (a word of a synonym group is read as the group's first, which the corpus may not
            # use though it uses this one: "niat" is read "sengaja")
            and read_as == stem(lowered)
            # (in English, only a glossed word: one the glossary does not know, "important",
            # may be any modifier)
            and (question.language == "id" or is_indonesian_word(lowered))
        ):
            return following
    return ""


# An English yes/no question's auxiliary before its subject ("Did", "Has", "Will"), whose verb
# follows the subject, and the adverbs that may stand between them ("ever", "really").
_DEED_AUXILIARY_EN = frozenset({"did", "does", "do", "has", "have", "had", "will", "would", "can"})
_BETWEEN_SUBJECT_AND_VERB_EN = frozenset({"ever", "also", "just", "even", "already", "still"})


def _deed_unread(question: Question) -> str:
    """The verb of a claim about a named subject when no article can say it ("Did Zelensky
    hug Stoltenberg?", "Apakah Zelensky mengkritik Orban?", "rusia protes gak sih soal …"): no
    article writes it nor a word of its synonym group (in English: of its gloss, "praise" ->
    memuji); "" for any other claim. Only a subject that is names is read: after one ("the
    diplomat", "NATO's aid") where the verb stands is not known without parsing. An English
    verb counts only through its gloss, and only when the articles write none of its words: a
    glossary word is not the asker's, so one the articles use otherwise is no evidence of
    another deed."""
    english = question.language == "en"
    return _unread_verb(
        question.asked or question.text if english else question.text,
        english,
        frozenset(question.entities),
        frozenset(question.unwritten_terms),
    )


@lru_cache(maxsize=1024)
def _unread_verb(text: str, english: bool, names: frozenset[str], unwritten: frozenset[str]) -> str:
    """`_deed_unread` of the question's words, its names and its unwritten terms. (Cached: the
    claim is checked against every candidate sentence.)"""
    words = re.findall(r"[\w'’-]+", claim(text))
    position = 0
    if english:
        if len(words) < 3 or words[0].lower() not in _DEED_AUXILIARY_EN:
            return ""
        position = 1
    else:
        while position < len(words) and words[position].lower() in YES_NO_OPENERS_ID:
            position += 1
    opening = position
    while position < len(words) and (
        words[position][0].isupper() or canonical(words[position].lower()) in names
    ):
        if re.search(r"['’]s?$", words[position]):
            return ""  # "Did NATO's aid …": the subject goes on past the name
        position += 1
    if position == opening:
        return ""
    rest = [w.lower() for w in words[position:] if not _between_subject_and_verb(w, english)]
    # (a word that is no verb, before one that is, is its adverb: "Has Ukraine long wanted …";
    # not "deny" in "Did Russia deny intending …")
    while (
        english and len(rest) > 1 and not _reads_as_verb_en(rest[0]) and _reads_as_verb_en(rest[1])
    ):
        rest.pop(0)
    if not rest or not (english or is_indonesian_word(rest[0])):
        return ""
    verb = rest[0]
    gloss = indonesian_for(verb) if english else ""
    if english and not gloss:
        # (an English verb the glossary lacks, "go", "manage", may well be told in other
        # words: only one it glosses is known to be no word of the articles)
        return ""
    # (being somewhere is no deed: "dijadwalkan hadir" is told by any plan to be there)
    read_as = {canonical(t) for t in analyze(gloss or verb)} - LIGHT_DEEDS - PRESENCE_WORDS
    return verb if read_as and read_as <= unwritten else ""


def _between_subject_and_verb(word: str, english: bool) -> bool:
    """An adverb between a claim's subject and its verb: "ever", "really"; "sudah", "pernah"."""
    lowered = word.lower()
    if english:
        # (not a verb ending so: "fly", "reply")
        adverb = lowered.endswith("ly") and not _reads_as_verb_en(lowered)
        return adverb or lowered in _BETWEEN_SUBJECT_AND_VERB_EN
    return lowered in stopwords() or only_modal(lowered)


def _reads_as_verb_en(word: str) -> bool:
    """An English word that is a verb by its ending ("wanted", "going") or its gloss."""
    return bool(_VERB_LIKE_EN.search(word)) or any(
        is_verb_form(gloss) for gloss in indonesian_for(word).split()
    )


def _verb_stems(question: Question, text: str) -> set[str]:
    verbs = set()
    for gloss in _articles_words(question, text):
        if any(is_verb_form(w) for w in gloss):
            verbs |= {canonical(t) for w in gloss for t in analyze(w)}
    return verbs


def claim_support(question: Question, sentence: Sentence) -> tuple[int, int]:
    """How much of the claim a sentence speaks of, besides its date and place (which it may
    give otherwise): the names it leaves out, negated, and the predicate words it says. One
    sentence speaks of the claim at least as much as another when neither count is lower."""
    missing, _ = unsaid_names(question, sentence)
    said = token_set(f"{sentence.previous} {sentence.text}")
    return -len(missing), len(_predicate(question) & said)


def unsaid_names(
    question: Question, sentence: Sentence, with_previous: bool = True
) -> tuple[list[list[str]], int]:
    """The claim's names (besides its date and place) that the sentence, with the one before
    it (unless told otherwise) and the title, does not say, and how many names the claim has.
    A name of several words ("sekjen NATO Stoltenberg") is said by any of them."""
    before = sentence.previous if with_previous else ""
    if before and continues_the_previous(sentence):
        # ('"…," ucapnya.' then "Ia juga mendesak …": "Ia" is whom the run goes back to)
        before = f"{before} {referent_of(sentence)}"
    evidence = token_set(f"{before} {sentence.text} {sentence.article.title}")
    # (a weekday too: "pada hari Kamis" is checked as a date, against the days said)
    dated = token_set(" ".join(m.text for m in find_dates(question.text))) | _weekday_terms()
    # (where it happened is checked as a place, with the article's own where it differs)
    # (a capital named by its country too: "di ibu kota Belgia" names no Belgium said)
    asserted = claim(question.text)
    # (a summit's city stays part of its name: "KTT Vilnius")
    summits = _summit_cities(asserted)
    where = [p for p in _places_claimed(asserted) if p not in summits]
    placed = token_set(" ".join([*where, *_countries_of_capitals(asserted)]))
    names = name_groups(question.text, set(question.entities) - dated - placed)
    said = f"{before} {sentence.text}"
    # (a country speaks through its leader: "Zelensky mengaku kecewa karena NATO tidak
    # memberikan batas waktu" tells of Ukraine's timeline)
    led = headed_by(question.offices, evidence)
    return [
        name
        for name in names
        if not _said(name, evidence)
        and not set(name) & led
        # (or by the office the passages give them: "setelah presiden Ukraina mengatakan …"
        # names Zelensky, "Presiden Ukraina Volodymyr Zelenskyy" in another passage)
        and not any(
            surname in name and office_written(office, said, name)
            for surname, office in question.offices
        )
    ], len(names)


def _claim_doer(question: Question) -> list[str]:
    """The name a yes/no claim opens with, its doer ("zelensky" of "Apakah Zelensky menyerang
    Orban …?"); [] when it opens otherwise ("Apakah jaminan dari Lebak …")."""
    asserted = claim(question.text)
    words = [w.lower() for w in re.findall(r"[\w'’]+", asserted)]
    opening = next((w for w in words if w not in YES_NO_OPENERS), "")
    names = name_groups(asserted, set(question.entities))
    return names[0] if names and canonical(opening) in names[0] else []


def partner_unsaid(question: Question, sentence: Sentence) -> list[str]:
    """A person the question pairs with another as doing a deed together ("What did Joe Biden
    and Jens Stoltenberg discuss …?") whom the sentence, the one before it and the title leave
    out while the sentence says the other: what it tells was done with someone else ("ia dan
    Zelensky membahas …"). Empty otherwise."""
    missing, _ = unsaid_names(question, sentence)
    people = [name for name in missing if _any_person_name(name)]
    if not people:
        return []
    text = glossed(question.text) if question.language == "en" else question.text
    said = token_set(f"{sentence.previous} {sentence.text}")
    for name in people:
        for pair in _PAIRED.finditer(text):
            sides = [token_set(pair.group(1)), token_set(pair.group(2))]
            for mine, other in (sides, sides[::-1]):
                if set(name) & mine and other & said and _any_person_name(other):
                    return name
        if question.focus in STATING_ROOTS and any(
            set(name) & token_set(told.group(1)) for told in _ADDRESSED.finditer(text)
        ):
            # "zelensky ngomong apa ke orban": words said to someone the sentence leaves out
            # were said to someone else, or to no one named
            return name
    return []


def _any_person_name(words: Collection[str]) -> bool:
    """Some word of the name is a person's ("budi holmberg": "budi" is also a dictionary
    word)."""
    return any(_person_name(word) for word in words)


# Whom words are said to: the up to three words after "ke orban", "kepada Zelensky", "tell
# Viktor Orban" (English read with its glosses, "tell" -> "mengatakan berkata"); any case, as
# chat writes names in lower case: whether a person is among them is asked of the names.
_ADDRESSED = re.compile(
    r"\b(?:kepada|ke|sama|pada|tell|told|to|berkata)\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)",
    re.IGNORECASE,
)
# Two doers joined: "Biden dan Stoltenberg", "Joe Biden and Jens Stoltenberg".
_PAIRED = re.compile(
    r"\b((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)\s+(?:dan|and|&|serta)\s+"
    r"((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)"
)


def _country_replaced(
    question: Question, missing: list[list[str]], sentence: Sentence, opening: bool = False
) -> bool:
    """A country of the claim that its sentence leaves out while naming another country as a
    doer ("Apakah Hongaria diperkirakan memberi jaminan?" against "AS, Inggris, Prancis, dan
    Jerman diperkirakan …"): the sentence says who did it, and it was someone else. A country
    the sentence gives a deed's destination, route or recipient ("ke Ukraina", "melalui
    Polandia") is no doer. (A missing name is otherwise forgiven as another name for one the
    sentence says.) `opening`: only a country that opens its clause is a doer ("Jerman, yang
    …"; not "perang Hamas-Israel")."""
    countries = [" ".join(name).title() for name in missing]
    countries = [name for name in countries if is_country(name)]
    if not countries:
        return False
    forms = {form for name in countries for form in spellings(name)}
    asked = token_set(f"{question.text} {question.asked}")
    doers = [
        country
        for at, country in countries_in(sentence.text)
        if not _NOT_A_DOER.search(sentence.text[:at])
        and (not opening or CLAUSE_START.search(sentence.text[:at]))
    ]
    if any(set(spellings(country)) & forms for country in doers):
        return False  # the same country, written otherwise
    return any(not token_set(country) & asked for country in doers)


# A country right after these words is where a deed goes or passes, or whom it is for.
_NOT_A_DOER = re.compile(
    r"\b(?:ke|di|dari|melalui|lewat|kepada|untuk|bagi|terhadap|to|in|from|via|for)\s+$",
    re.IGNORECASE,
)


def _said(name: list[str], evidence: frozenset[str]) -> bool:
    """Any word of the name, or the country a capital among them stands for ("Moskow" for
    Rusia: "Has Moscow conceded …" is answered by what Rusia admits)."""
    if set(name) & evidence:
        return True
    others = {canonical(other.lower()) for word in name for other in country_of_capital(word)}
    return bool(others & evidence)


def _words_of(names: list[list[str]]) -> list[str]:
    return [word for name in names for word in name]


def replaced_country(question: Question, sentence: Sentence) -> list[str]:
    """The claim's countries the sentence leaves out while another country does the deed
    ("Kenapa Prancis yang memegang presidensi G7 …?" against "Jerman, yang memegang
    kepresidenan G7, …"): the sentence is about someone else, and gives no reason of theirs. (A
    reason's sentence often leaves out other names it does not contradict.)"""
    missing, _ = unsaid_names(question, sentence)
    if not _country_replaced(question, missing, sentence, opening=True):
        return []
    return _words_of(missing)


def date_contradicted(question: Question, sentence: Sentence, by_month: bool = False) -> str:
    """The sentence's own date, where it dates the deed the question dates otherwise ("From
    which city did Zelensky take his July 4 call?" against "pada Rabu (11/10/2023) tiba di
    Brussels"): the sentence reports another event, whether or not it says the deed in the
    question's words. "" when it agrees or gives no date. Only a day dates the deed itself: a
    month or year often anchors something else ("the summit the month after the June 2024
    meeting", "the July 2023 report"), as does a day after an order word ("setelah 4 Juli").
    `by_month`: a whole month the deed is said to happen in, the question's only date, dates it
    too ("Mengapa Zelensky mendatangi markas NATO pada Maret 2023?", "Tanggal berapa di bulan
    Juli …?"), for a caller that compares it with the sentence that says the deed (not with an
    earlier one that dates the scene). A month without its year is compared by month alone."""
    asserted = claim(question.asked or question.text)
    dates = find_dates(asserted, sentence.article.published)

    @cache
    def own_dates() -> list[DateMention]:
        return _own_dates(sentence)

    def month_asked(m: DateMention) -> bool:
        return (
            by_month
            and m.precision == "month"
            # (a relative one, "Oktober tahun lalu", is the asker's)
            and (not m.inferred or month_without_year(m, part_of_it=True))
            # (a month without its year, or any a when-question gives, is no other event's
            # however far after an order word or in a clause of its own: "sejak invasi Rusia
            # pada Februari", "Zelensky, yang negaranya diinvasi pada bulan Februari, …")
            and not (
                (m.inferred or question.type == "kapan")
                and _OTHER_EVENTS_DATE.search(asserted[: m.start])
            )
            # (the question's only date: of two, each may be another event's, "the agenda of
            # the November 2022 meeting and … requests at NATO headquarters in October 2023")
            and len(dates) == 1
            and _IN_A_MONTH.search(asserted[: m.start]) is not None
            # (against a day or a month the sentence dates its own deed in, not a month after
            # "sejak": "… invasi Rusia yang terjadi sejak Februari tahun lalu"; "late May"
            # against "… ucap Kuleba, akhir Juni lalu")
            and bool(own_dates())
        )

    asked = [
        m
        for m in dates
        if (m.precision == "day" or month_asked(m))
        and not _ORDERED_BEFORE.search(asserted[: m.start])
        # (a day a when-question gives, likewise: what it dates is the deed asked)
        and not (question.type == "kapan" and _OTHER_EVENTS_DATE.search(asserted[: m.start]))
    ]
    # (only those days are compared: the question's other dates anchor other things)
    # (a part of a month, "awal Oktober", as its month: where in it a deed fell is too loose a
    # reading to gainsay a day with)
    dated = " ; ".join(
        m.without_part() if m.precision == "month" else m.text
        for m in asked
        if not m.inferred or m.precision == "day"
    )
    if dated:
        return _check_dates(dated, sentence, question.language).contradicted
    # A month without its year ("pada bulan Juli") is compared by its month alone: the year a
    # reader leaves out is not always the report's.
    months = {m.date.month for m in asked if month_without_year(m, part_of_it=True)}
    own = own_dates()
    if months and own and not any(m.date.month in months for m in own):
        return own[0].format(question.language)
    return ""


def _own_dates(sentence: Sentence) -> list[DateMention]:
    """The days the sentence gives that anchor no other event ("pada Rabu (11/10/2023) tiba",
    not "sejak 24 Februari"); with none, the months it puts its own deed in, neither after an
    order word nor in a clause of another event's ("Pada awal Oktober 2023, anggaran …
    dicabut", "… ucap Kuleba, akhir Juni lalu"; not "sejak Februari", "yang diinvasi pada
    Februari")."""
    found = find_dates(sentence.text, sentence.article.published)
    days = [
        m
        for m in found
        if m.precision == "day" and not _ORDERED_BEFORE.search(sentence.text[: m.start])
    ]
    return days or [
        m
        for m in found
        if m.precision == "month" and not _OTHER_EVENTS_DATE.search(sentence.text[: m.start])
    ]


# The words that order a date against another event when they stand before it.
_ORDER_WORDS = "setelah|sesudah|sebelum|sejak|usai|seusai|menjelang|jelang|after|before|since"
# Words anywhere before a date that make it another event's: an order word ("sejak invasi
# Rusia pada Februari", "sebelumnya ke Vilnius pada Juli"), a relative clause ("yang
# negaranya diinvasi pada bulan Februari", "whose country was invaded in February"), or a
# source ("Menurut berita 12 Juli").
_OTHER_EVENTS_DATE = re.compile(
    rf"\b(?:{_ORDER_WORDS}|sebelumnya|semenjak|pasca|following"
    r"|yang|yg|who|whose|which|menurut|according)\b",
    re.IGNORECASE,
)

# The word that puts a deed in a month, just before it: "pada (bulan) Maret 2023", "in March",
# "in early September" (English's part of a month is no part of the date found).
_IN_A_MONTH = re.compile(
    r"\b(?:pada(?:\s+bulan)?|(?:di\s+)?bulan|saat|pas|in|during)\s+(?:(?:early|late|mid)[\s-]+)?$",
    re.IGNORECASE,
)

# An order word just before a date: the date anchors another event ("sejak 24 Februari").
_ORDERED_BEFORE = re.compile(
    rf"\b(?:{_ORDER_WORDS})\s+(?:\w+\s+){{0,2}}$",
    re.IGNORECASE,
)


def _values_check(question: Question, sentence: Sentence, confirming: bool = False) -> ClaimCheck:
    """When, where, how many and how often the claim says, against the sentence, with the
    article's own value where it differs ("Kenapa Zelensky tiba pada Jumat 13 Oktober?" against
    "pada Rabu (11/10/2023) tiba")."""
    asserted = claim(question.asked or question.text)
    predicate = _predicate(question)
    deed = claim_verbs(question, _asked_claim(question)) or predicate
    said = token_set(f"{sentence.previous} {sentence.text}")
    for check in (
        _check_dates(asserted, sentence, question.language, frozenset(deed)),
        _check_places(
            asserted,
            sentence,
            only_there=not predicate - PRESENCE_WORDS,
            ever=bool(_EVER.search(f"{asserted} {question.text}")),
        ),
        # (a length of time is the deed's when any word of the claim leads up to it: "tell
        # citizens to brace for … cold and darkness" is measured after "dingin dan gelap")
        _check_numbers(asserted, sentence, frozenset(deed | predicate) - _TIME_WORDS),
        # (as normalised: chat's "org" is "orang")
        _check_magnitudes(claim(question.text), sentence, question.language, frozenset(deed)),
        _check_ranks(asserted, sentence, question.language),
        _check_portfolio(question, sentence),
        _check_repetition(asserted, sentence, question.language),
        # (its own deed, not an object noun of the same root: "menolak permintaan" is no asking)
        # (on the standard words: chat's "baru2 ini" reads "baru-baru ini", "pengen" "ingin")
        _check_recency(
            claim(question.text), sentence, question.language, _main_verb(question, asserted)
        ),
        # (the order as normalised: "A dulu baru B" reads "A sebelum B")
        _check_order(claim(question.text), sentence, question.language, confirming),
    ):
        if check.contradicted and predicate and not predicate & said:
            # Another value, but in a sentence that says nothing of what is claimed: it may
            # be another event's.
            return ClaimCheck(unconfirmed=sorted(predicate))
        if check.contradicted or check.unconfirmed:
            return check
    return ClaimCheck()


def visit_claimed(question: Question) -> tuple[str, ...]:
    """The places a claim names that only puts someone there ("Did Zelensky go to Vilnius?",
    "Apakah Zelensky datang ke Vilnius?"): no deed of it but being or going there."""
    if _predicate(question) - PRESENCE_WORDS:
        return ()
    return _places_claimed(claim(question.asked or question.text))


def puts_someone_at(sentence: Sentence, places: Collection[str]) -> bool:
    """The sentence puts someone at one of the places ("Dalam KTT NATO di Vilnius, Zelensky
    …" at Vilnius), as written or spelt otherwise."""
    taken = _known_places_taken(f"{sentence.previous} {sentence.text}")
    return bool(_written_forms(places) & _written_forms(place for place, _ in taken))


def says_claimed_values(question: Question, sentence: Sentence) -> bool:
    """The claim gives a date, place or number and the sentence says each as claimed ("pada
    Selasa (4/7)" for "… pada 4 Juli?"): another sentence's other value is another event's."""
    asserted = claim(question.asked or question.text)
    claimed = find_dates(asserted) or _places_claimed(asserted) or _claimed_counts(asserted)
    return bool(claimed) and _values_check(question, sentence, confirming=True) == ClaimCheck()


def _stating_verbs(question: Question) -> set[str]:
    """The claim's verbs that only report words as said ("menegaskan", "menyatakan",
    "confirmed"), as question terms; not an adjective of the same root ("bersikap tegas")."""
    return _verb_stems(question, claim(question.asked or question.text)) & STATING_ROOTS


def _reports_words_of(question: Question, sentence: Sentence) -> bool:
    """The sentence gives its words to someone the claim names: "…, kata X", "X mengatakan",
    or "X … memastikan bahwa …" (not another person's words about them)."""
    named = [name for name in question.entities if not is_country(name.title())]
    return any(
        attributed_to(sentence, name)
        or re.search(rf"\b(?i:{re.escape(name)})\b[^.;]{{0,60}}?{STATES_THAT}", sentence.text)
        for name in named
    )


def _speaker_claimed(question: Question) -> str:
    """The person a claim says spoke ("Apakah Kuleba mengatakan …?", "Did Kuleba say …?"), by
    the name right before its saying verb; "" when no person is named there (a country's or a
    capital's words are said by many)."""
    return _speaker_before_saying(
        claim(question.text), question.language == "en", frozenset(question.entities)
    )


@lru_cache(maxsize=256)
def _speaker_before_saying(asserted: str, english: bool, names: frozenset[str]) -> str:
    # (cached: the claim is read against every candidate sentence)
    words = re.findall(r"[\w'’-]+", asserted)
    for at, word in enumerate(words):
        said = {
            canonical(t)
            for gloss in _glossed_words(word, english)
            for t in analyze(" ".join(gloss))
        }
        if said & STATING_ROOTS:
            before = [canonical(w.lower()) for w in words[max(0, at - 2) : at]]
            named = [w for w in before if w in names and _person_name(w)]
            return named[-1] if named else ""
    return ""


def _speaks_by_name(sentence: Sentence) -> bool:
    """The sentence gives words to someone it names ("kata Stoltenberg"), not only to an
    office ("presiden Ukraina mengatakan …" may be the claim's speaker by another name)."""
    return any(
        _person_name(name.split()[-1].lower()) for _, name in speakers_in(sentence.text) if name
    )


def check_claim(question: Question, sentence: Sentence, confirming: bool = True) -> ClaimCheck:
    """Names first (a sentence about someone else confirms nothing about them), then when,
    where and how many (with the article's own value where it differs), then the rest of
    what is claimed. `confirming`: the sentence would answer "Ya", so it must also say the
    claim's deed; a denial often says it in other words ("tidak pernah memberikan jalur" for
    "pernah membuka jalur")."""
    asserted = claim(question.asked or question.text)
    said = token_set(f"{sentence.previous} {sentence.text}")
    predicate = _predicate(question)
    # (a claim that someone stated something, "telah menegaskan bahwa …", is borne out by a
    # report of their own words that says it: "Stoltenberg sudah memastikan bahwa …")
    stated = _stating_verbs(question)
    stated = stated if stated and _reports_words_of(question, sentence) else set()
    said |= stated
    if said & request_stems():
        # asking is one deed whichever verb says it: "mendesak AS untuk mengizinkan …" bears
        # out "Apakah Stoltenberg meminta AS mengizinkan …?" (the request, not its outcome)
        said |= request_stems()
    verbs = claim_verbs(question, _asked_claim(question))
    denied_before = _denied_only_before(predicate, verbs, sentence)
    # A deed no article reports is not confirmed by a sentence on the claim's other words, nor
    # denied through them by the sentence before it ("Apakah Zelensky mengecam Orban karena
    # menolak mengirim pasukan?" against "Orban … menolak pengiriman tentara"); only a date,
    # place or number the claim gets wrong is told ("Did zelensky turn up at nato hq … on a
    # tuesday?").
    unread_deed = _deed_unread(question) if confirming else ""
    # (a claim that denies the deed itself agrees with that denial: "Apakah AS tidak
    # mengurangi bantuan …?" against "… tidak akan mengurangi upaya …" before)
    # (in the normaliser's words too: chat's "gak" is "tidak" there)
    claim_denies = negated(asserted) or negated(claim(question.text))
    if confirming and denied_before and not unread_deed and not claim_denies:
        # "Did Orban say he would veto?" against his quote, read with the sentence before it,
        # "Hongaria berjanji tidak akan memveto": the claim is said only there, denied.
        return ClaimCheck(contradicted=f"\u201c{denied_before}\u201d")
    # Most names must be said; the rest may be another name for the same ("Kiev" for the
    # government "Ukraina" stands for).
    missing, names = unsaid_names(question, sentence)
    if len(missing) > names * MISSING_NAMES_SHARE or _country_replaced(question, missing, sentence):
        return ClaimCheck(unconfirmed=_words_of(missing))
    values = _values_check(question, sentence, confirming)
    if values.contradicted or values.unconfirmed:
        return values
    if unread_deed:
        # ("Did Zelensky hug Stoltenberg?" against "Zelensky berbincang dengan … Stoltenberg")
        # (by its stem, as the other unconfirmed words: the answer names it as asked)
        return ClaimCheck(unconfirmed=[canonical(stem(unread_deed))])
    swapped = doer_swapped(question, sentence) if confirming else ""
    if swapped:
        return ClaimCheck(contradicted=swapped, detail=True)
    speaker = _speaker_claimed(question) if confirming else ""
    if speaker and _speaks_by_name(sentence) and not attributed_to(sentence, speaker):
        # "Apakah Kuleba mengatakan Ukraina akan menjadi anggota?" against '"… Ukraina akan
        # menjadi anggota," kata Stoltenberg': another's words say nothing of what Kuleba said
        return ClaimCheck(unconfirmed=[speaker])
    if confirming and missing and not verbs and token_set(asserted) & PRESENCE_WORDS:
        # "Apakah Zelensky hadir di pertemuan menlu di Bucharest?": being there is all that is
        # claimed, so a sentence about the meeting that does not name him confirms nothing
        return ClaimCheck(unconfirmed=_words_of(missing))
    # (a follow-up's claim is its own words; the earlier turn's topic it was read with only
    # places it: "terus AS setuju gak?" after "Stoltenberg minta AS … mengizinkan …?" claims
    # the agreeing, which "mendesak AS … mengizinkan" does not say)
    own = predicate - set(question.context_terms) or predicate
    claimed_plan = {canonical(stem(w.lower())) for w in planned_words(asserted)} & predicate
    if planned_words(sentence.text) and (own - claimed_plan) & said:
        # "dijadwalkan hadir" is said by any plan ("akan bergabung"), not by a deed done; only
        # the claim's own plan words, whole ("menyetujui" stems like "setuju": no plan), and
        # only beside the rest of the claim ("Apakah AS setuju?" is no "akan bertemu")
        said |= claimed_plan
    opposed = _claim_opposed(question, sentence)
    # (a claim's word no article uses counts too: "lolos")
    claimed = predicate | set(question.unknown_terms)
    flipped = sorted(t for t in opposed if t in claimed and t not in said)
    undoing = _claim_opposed(question, sentence, "undoings")
    undone = sorted(t for t in undoing if t in claimed and t not in said)
    if confirming and undone:
        # "Apakah anggaran itu lolos di Kongres?" against "anggaran … dicabut dari Kongres":
        # what undoes the deed neither confirms nor denies it (it may have passed before);
        # but claimed at the very time the sentence undoes it (its date checked above: "…
        # disahkan pada awal Oktober 2023?" against "Pada awal Oktober 2023, anggaran …
        # dicabut"), it is denied
        if find_dates(asserted):
            return ClaimCheck(contradicted=f"\u201c{undoing[undone[0]]}\u201d")
        return ClaimCheck(unconfirmed=undone)
    if (
        confirming
        and flipped
        and (not (rest := predicate - set(flipped)) or rest & said)
        and _said_of_doer(question, sentence, opposed[flipped[0]])
    ):
        # "Apakah harga naik?" against "harga turun": said, the other way (also when the claim
        # says nothing else the articles know: "Did Stoltenberg resign?" against "… resmi
        # memperpanjang masa jabatannya")
        return ClaimCheck(contradicted=f"\u201c{opposed[flipped[0]]}\u201d")
    # A verb of the claim that no article uses at all ("meloloskan" of a budget the articles
    # only say was dropped) is a deed they never report: no "Ya" on its nouns alone.
    # (Indonesian only: an English verb's gloss is the glossary's word, not the asker's)
    if confirming and question.language == "id":
        # (not a light verb, "diadakan", "digelar": its deed is its noun's, the meeting held)
        # (nor one that only frames its complement: "merasa kecewa" claims the disappointment)
        deeds = " ".join(
            w for w in re.findall(r"[\w'’-]+", claim(question.text)) if not only_modal(w)
        )
        unheard = _verb_stems(question, deeds) & set(question.unknown_terms) - LIGHT_DEEDS - stated
        if unheard:
            return ClaimCheck(unconfirmed=sorted(unheard))
    unheard_object = _object_unheard(question) if confirming else ""
    if unheard_object:
        # "Apakah Rusia meminta maaf?" against "Ia meminta sistem pertahanan udara …": a verb
        # whose object no article uses tells another deed than any it reports
        return ClaimCheck(unconfirmed=[unheard_object])
    if not confirming and not verbs and question.language == "en":
        # "Has Moscow owned up to going after …?" against "… membuat jutaan orang tidak memiliki
        # air atau listrik": with no verb of the claim read (none glossed), a negation of its
        # nouns denies nothing that was claimed
        unread = [w for w in question.unknown_terms if _VERB_LIKE_EN.search(w)]
        if unread:
            return ClaimCheck(unconfirmed=unread)
    if confirming and _SAMENESS.search(asserted) and not _SAYS_SAME.search(sentence.text):
        return ClaimCheck(unconfirmed=["sama"])
    exclusive = _EXCLUSIVE.search(asserted) if confirming else None
    if exclusive and not _EXCLUSIVE.search(sentence.text):
        # "Apakah hanya AS, Inggris, Prancis, dan Jerman yang …?": a sentence that says they
        # do it says nothing of no one else doing it
        return ClaimCheck(unconfirmed=[exclusive.group().lower()])
    verbs = verbs if confirming else set()
    if verbs and not verbs & said:
        return ClaimCheck(unconfirmed=sorted(verbs))
    main = _main_verb(question, asserted) if confirming else set()
    if main and not main & said:
        return ClaimCheck(unconfirmed=sorted(main))
    if confirming and own != predicate and not own & said:
        return ClaimCheck(unconfirmed=sorted(own))
    # A denial speaks of a claimed word by saying its opposite ("mengakui" for "membantah").
    said |= set(opposed)
    predicate |= set(opposed)
    # (the title's meeting is the occasion the whole article is about: "around the Vilnius
    # summit" is said of each sentence under "Zelensky di Hari Kedua KTT NATO Vilnius"; its
    # other words, "Hari Kedua", are no detail of each sentence)
    said |= {word for word in token_set(sentence.article.title) if is_event_word(word)}
    units = _predicate_units(question, predicate)
    if units and sum(_unit_said(unit, said) for unit in units) <= PREDICATE_SHARE * len(units):
        # a sentence that shares the names but not what is claimed of them is about
        # something else
        return ClaimCheck(unconfirmed=sorted(predicate - said))
    absent = _absent_people(question, sentence, missing) if names == _TWO_PARTIES else []
    people = [name for name in absent if all(_person_name(word) for word in name)]
    if people:
        # (a person is no other name for anyone: "Apakah Zelensky bertemu dengan Orban?" is not
        # told by a sentence on Zelensky alone. Only of a claim between two: a name in a clause
        # on another event, "… di kota yang sama dengan kedatangan Zelensky", may be told apart)
        return ClaimCheck(unconfirmed=_words_of(people))
    doer = _claim_doer(question) if confirming and missing else []
    if doer in missing and all(_person_name(word) for word in doer):
        # the person the claim opens with, its doer, above all: "Apakah Zelensky menyerang
        # Orban soal Hongaria menolak …?" is not borne out by a sentence on Orban's refusal,
        # whichever other names it says (a country acts through its people, named otherwise)
        return ClaimCheck(unconfirmed=_words_of([doer]))
    return ClaimCheck()


_PERSON_POINTED_BACK = re.compile(
    rf"\b(?:{PERSON_PRONOUNS}|mereka|they)\b|{PRONOUN_SPEECH}", re.IGNORECASE
)


def _absent_people(
    question: Question, sentence: Sentence, missing: list[list[str]]
) -> list[list[str]]:
    """The claim's names that the sentence leaves unsaid (`missing`: those the sentence with
    the one before leaves unsaid, `unsaid_names`), where, for a deed two do together
    (a meeting, a talk), a person of the sentence before counts only if this one points back
    at someone ("Ia …", '…," lanjutnya'). (Between two people, one named in the sentence
    before as its speaker, "Stoltenberg mengatakan pertemuan …", is not a party to "pertemuan
    puncak Presiden … Joe Biden" after it.)"""
    if _PERSON_POINTED_BACK.search(sentence.text) or not set(question.terms) & _DONE_TOGETHER:
        # (only a deed the two do together is held to one sentence: "Apakah Hongaria akan
        # memveto …, meskipun PM Viktor Orban menolak …?" names Orban for the sentence before)
        return missing
    return unsaid_names(question, sentence, with_previous=False)[0]
