"""Countries by name, in the articles' Indonesian and in English, from the CLDR territory names
that `babel` ships (no list of our own to keep up), plus the short forms news writes
("AS", "Inggris") from data/places.json. Used to hold a place answer to the kind asked: "di
negara mana" is answered by a country, "di kota mana" never by one."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Literal

from babel import Locale

PlaceKind = Literal["city", "country", "site"]

_DATA = Path(__file__).with_name("data") / "places.json"
# CLDR codes that name no country: numeric codes are regions; EU, EZ (euro area), UN, QO
# (outlying Oceania) and X* (pseudo-territories) are letters but no country either.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO"})
_CITY_AND_COUNTRY = re.compile(
    r"\b(?:kota\s+(?:dan|serta|atau)\s+negara|negara\s+(?:dan|serta|atau)\s+kota"
    r"|city\s+and\s+country|country\s+and\s+city)\b",
    re.I,
)
_KIND_ASKED: tuple[tuple[re.Pattern[str], PlaceKind], ...] = (
    (
        re.compile(
            # ("negara anggota mana", "negara-negara apa saja", "which member countries")
            r"(?<!kepala )(?<!pemimpin )\bnegara(?:-negara)?(?:\s+(?:anggota|sekutu))?"
            r"\s+(?:mana|apa)(?:kah)?\b"
            r"|\b(?:which|what)\s+(?:(?:other|member|allied|NATO)\s+)*"
            r"(?:country|countries|nations?)\b"
            # ("Sebutkan negara-negara yang …", "Name the countries that …": a list asked)
            r"|\bsebutkan\s+(?:nama\s+)?negara(?:-negara)?\b"
            r"|\b(?:name|list)\s+(?:all\s+)?the\s+(?:\w+\s+)?(?:countries|nations)\b",
            re.I,
        ),
        "country",
    ),
    (
        # ("which Polish city": a country's adjective may stand before the noun)
        re.compile(
            r"\bkota\s+(?:mana|apa)(?:kah)?\b|\b(?:which|what)\s+(?:\w+\s+)?(?:city|town)\b",
            re.I,
        ),
        "city",
    ),
)


@cache
def _data() -> dict[str, Any]:
    """data/places.json, read once."""
    data: dict[str, Any] = json.loads(_DATA.read_text("utf-8"))
    return data


@cache
def _english_by_name() -> dict[str, str]:
    """Lower-case country name (Indonesian or English) -> English name."""
    english = Locale("en").territories
    return {name: english[code] for name, code in _codes_by_name().items()}


@cache
def _country_forms() -> list[tuple[str, str]]:
    """(country name as written, ISO code): CLDR Indonesian and English, then news forms."""
    indonesian, english = Locale("id").territories, Locale("en").territories
    forms = []
    for code, name in english.items():
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES and code[0] != "X":
            forms.append((name, code))
            if code in indonesian:
                forms.append((indonesian[code], code))
    return forms + list(_data()["country_forms"].items())


@cache
def _codes_by_name() -> dict[str, str]:
    """Lower-case country name -> ISO code."""
    return {name.lower(): code for name, code in _country_forms()}


@cache
def _capitals() -> dict[str, list[str]]:
    capitals: dict[str, list[str]] = _data()["capitals"]
    return capitals


@cache
def _capital_codes() -> dict[str, str]:
    """Lower-case capital (or seat of government) -> its country's ISO code."""
    return {name.lower(): code for code, names in _capitals().items() for name in names}


def same_country(name: str) -> list[str]:
    """The other names news uses for `name`'s country: a country's capital and seat ("Rumania" ->
    Bucharest, Bukares), a capital's or seat's other spellings, then its country ("Budapest" ->
    Hongaria, Hungary, …)."""
    lowered = name.strip().lower()
    if lowered in _codes_by_name():
        return capital_of(name)
    code = _capital_codes().get(lowered)
    if code is None:
        return []
    # another spelling of the same capital first ("Bukarest" -> Bucharest), then the country
    spellings = [n for n in _capitals()[code] if n.lower() != lowered]
    return spellings + country_of_capital(lowered)


def spellings(name: str) -> list[str]:
    """The ways news writes the same place, or a place within it, lower case: a capital's
    spellings ("kyiv", "kiev"); a country's names and its capital's ("ukraina", "ukraine",
    "kyiv", "kiev"); just the name for any other."""
    lowered = name.strip().lower()
    code = _codes_by_name().get(lowered)
    if code is not None:
        names = [form for form, of in _country_forms() if of == code]
        return [n.lower() for n in names + _capitals().get(code, [])]
    code = _capital_codes().get(lowered)
    if code is not None:
        return [n.lower() for n in _capitals()[code]]
    return [lowered]


def _alternation(names: Iterable[str]) -> str:
    """A regex alternative of the names, the longest first ("Korea Selatan" before "Korea")."""
    return "|".join(map(re.escape, sorted(names, key=len, reverse=True)))


@cache
def governing_capital_pattern() -> re.Pattern[str]:
    """A capital standing for its country's government or people: owning its leaders, envoys,
    forces or stance ("Kyiv's leader", "Moscow's top envoy", "Kyiv's foreign minister"; not "Kyiv's
    mayor", who is the city's) or owned by such an office ("presiden Kyiv", "pemerintah
    Moskow"). Group 1 or 2 is the capital."""
    capitals = _alternation(_capital_codes())
    # (or its stance: "tanggapan Moskow", "Moscow's reaction" are the government's)
    offices = (
        "presiden|pemimpin|pemerintah|perdana menteri|menteri luar negeri|menteri pertahanan"
        "|menteri|menlu|menhan|diplomat|pejabat|utusan|tanggapan|sikap|reaksi|respons|respon"
    )
    owned = (
        r"leaders?|president|government|diplomats?|envoys?|ministers?|officials?|forces|army"
        r"|military|troops|allies|ambassadors?|spokes(?:man|woman|person)|negotiators?"
        r"|response|reaction|stance"
    )
    return re.compile(
        rf"\b({capitals})(?=['’]s\s+(?:[\w-]+\s+){{0,2}}(?:{owned})\b)"
        rf"|\b(?:{offices})\s+({capitals})\b",
        re.IGNORECASE,
    )


def country_of_capital(name: str) -> list[str]:
    """The names of the country whose capital or seat `name` is ("Kyiv" -> Ukraina, Ukraine)."""
    code = _capital_codes().get(name.strip().lower())
    return [form for form, of in _country_forms() if of == code] if code else []


@lru_cache(maxsize=1024)
def country_of_capital_in_indonesian(name: str) -> str | None:
    """The name Indonesian news gives the country whose capital or seat `name` is ("Bucharest"
    -> Rumania, "Vilnius" -> Lithuania); None for any other name."""
    code = _capital_codes().get(name.strip().lower())
    if code is None:
        return None
    # (news forms first: CLDR's "Lituania" is not what news writes)
    news = [form for form, of in _data()["country_forms"].items() if of == code]
    indonesian: str | None = Locale("id").territories.get(code)
    return news[0] if news else indonesian


@cache
def place_pattern() -> re.Pattern[str]:
    """Any country, capital or seat of government by name, case-insensitive."""
    forms = _alternation({*_codes_by_name(), *_capital_codes()})
    return re.compile(rf"\b({forms})\b", re.IGNORECASE)


@cache
def capital_phrase_pattern() -> re.Pattern[str]:
    """ "ibu kota Rumania", "the capital of Romania", "Romania's capital": group 1 or 2 is the
    country."""
    countries = _alternation(_codes_by_name())
    return re.compile(
        rf"\b(?:ibu\s?kota(?:\s+negara)?|capital(?:\s+city)?\s+of)\s+({countries})\b"
        rf"|\b({countries})(?:'s|’s)?\s+capital(?:\s+city)?\b",
        re.IGNORECASE,
    )


def capital_of(country: str) -> list[str]:
    code = _codes_by_name().get(country.strip().lower())
    return list(_capitals().get(code, [])) if code else []


def is_country(name: str) -> bool:
    """A country's name as written (capitalised: "AS" is the US, "as" is a word)."""
    name = name.strip()
    return name[:1].isupper() and name.lower() in _english_by_name()


def country_in_english(name: str) -> str | None:
    return _english_by_name().get(name.strip().lower()) if is_country(name) else None


def country_named(word: str) -> str:
    """The country, in English, a word names by its own name or by its capital or seat, in any
    case ("Rusia", "russia", "Moskow", "Kremlin" -> Russia); "" for any other word."""
    for name in (word.title(), *country_of_capital(word.lower())):
        country = country_in_english(name)
        if country:
            return country
    return ""


@cache
def _country_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b({_alternation(_english_by_name())})\b", re.IGNORECASE)


def countries_in(text: str) -> list[tuple[int, str]]:
    """The countries a text names, with their offsets, as written."""
    found = _country_pattern().finditer(text)
    return [(m.start(), m.group()) for m in found if is_country(m.group())]


@cache
def _site_nouns() -> dict[str, list[str]]:
    nouns: dict[str, list[str]] = _data()["site_nouns"]
    return nouns


@cache
def _site_asked() -> re.Pattern[str]:
    nouns = _site_nouns()
    indonesian = "|".join(re.escape(n) for n in nouns["id"])
    english = "|".join(re.escape(n) for n in nouns["en"])
    return re.compile(
        rf"\b(?:{indonesian})\s+(?:mana|apa)(?:kah)?\b|\b(?:which|what)\s+(?:{english})\b", re.I
    )


def asked_place_kind(question: str) -> PlaceKind | None:
    """ "Di negara mana ...", "which city ...", "di alun-alun mana ...": the kind of place the
    answer must be."""
    if _CITY_AND_COUNTRY.search(question):
        return None  # both: the place as the sentence gives it, "Brussels, Belgia"
    for pattern, kind in _KIND_ASKED:
        if pattern.search(question):
            return kind
    return "site" if _site_asked().search(question) else None


def is_region(name: str) -> bool:
    """ "Eropa", "Timur Tengah", "Western": a continent or region people are called by."""
    return name.lower() in _data()["regions"]


def topic_nouns() -> frozenset[str]:
    """Nouns of what is talked about ("situasi", "perang"): a place after them is theirs, not
    where the talk or meeting was."""
    return frozenset(_data()["topic_nouns"])


# Verbs that put their doer at the place they take: "mengunjungi Kyiv", "visited Kyiv".
VISIT_VERBS = r"mengunjungi|menyambangi|visit(?:ed|s|ing)?"


def place_nouns() -> list[str]:
    """Indonesian words for a kind of place: "kota", "negara", … and the site nouns."""
    return [*_data()["area_nouns"], *_site_nouns()["id"]]


def names_a_site(place: str) -> bool:
    """ "Lapangan Merdeka", "Istana Parlemen": the place names a site of some kind, not only a
    city or a country."""
    lowered = place.lower()
    nouns = _site_nouns()
    return any(re.search(rf"\b{re.escape(n)}\b", lowered) for n in nouns["id"] + nouns["en"])


# "Di negara mana Vilnius?", "vilnius tuh di negara mana", "Which country is Vilnius in?": where a
# named place lies, not which country did something ("Negara mana yang menolak …?").
_LOCATED_ASKED = re.compile(
    r"\bdi\s+negara\s+(?:mana|apa)\b|\bin\s+(?:which|what)\s+country\b"
    r"|\b(?:which|what)\s+country\b.*\b(?:in|located)\s*\??\s*$",
    re.I,
)


def asks_country_located(question: str) -> bool:
    """The question asks in which country something lies or happened."""
    return bool(_LOCATED_ASKED.search(question))


def country_after(place: str, text: str) -> str | None:
    """The country news writing puts after a place it sets something in ("di Vilnius,
    Lithuania"), as written; not after a speaker ("Kata Zelensky, Rusia tidak akan menang")."""
    pattern = rf"\b(?:di|ke|dari|in|at|to|from)\s+{re.escape(place)}\s*,\s*"
    for match in re.finditer(pattern, text, re.I):
        following = countries_in(text[match.end() :])
        if following and following[0][0] == 0 and not is_country(place):
            return following[0][1]
    return None
