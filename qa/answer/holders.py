"""Who an office stands for: "pemimpin Ukraina", "the NATO chief", "kepala negara AS" named by
the person the retrieved articles give that office ("Presiden Ukraina Volodymyr Zelensky").

News names a person once with the office and afterwards by surname alone ("Zelensky
mengatakan ..."). A reader who asks about "pemimpin Ukraina" or "Ukraine's president" asks
about the same person, but no sentence after the lead shares a word with the description: the
speaker is not found ("apa kata sekjen NATO" against "kata Stoltenberg"), coverage is low and
the answer is abstained or taken from the wrong sentence. Reading the description as the
surname the articles use makes it the question the articles answer. Only an office the
passages give to exactly one person is read so (a corpus spanning two Secretaries General
leaves "Sekjen NATO" as it is), and never the office a who-question asks for ("Siapa sekjen
NATO?" asks for the name)."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from qa.answer.extract import EN_OFFICE_TITLES, OFFICE_TITLES, TITLE_WORDS, office_is_asked
from qa.answer.question import OFFICE_COMPLEMENTS, canonical, office_terms
from qa.text.asked import person_nouns
from qa.text.glossary import indonesian_for
from qa.text.places import (
    countries_in,
    country_in_english,
    country_of_capital,
    is_country,
    same_country,
)
from qa.text.tokens import fold_accents, is_indonesian_word, stopwords

# An office in the articles, its holder after it or after a comma: "Presiden Amerika Serikat
# (AS) Joe Biden", "Menteri Luar Negeri Ukraina, Dmytro Kuleba".
_HELD = re.compile(
    rf"\b(?:{OFFICE_TITLES})((?: (?:[A-Z][\w'’-]*|\([A-Z]{{2,}}\)))*)"
    r"(?:, ([A-Z][a-z'’]+(?: [A-Z][a-z'’]+){0,3}))?"
)
# An office in a question, in any case ("presiden ukraina", "Kepala negara AS", "pimpinan
# NATO"): the title or head, then what it is of.
_HEADS = "|".join(sorted(person_nouns("heads"), key=len, reverse=True))
_ASKED_ID = re.compile(
    rf"\b((?i:{OFFICE_TITLES})|(?i:{_HEADS}))"
    r"(?:\s+(?i:negara|pemerintahan))?((?:\s+[\w'’-]+){0,3})"
)
# English: "Ukraina's president", "the NATO Secretary-General", "the president of Ukraina".
# ("the Prime Minister of Poland": what the office is of, tried first, is the office's too)
_ASKED_EN = re.compile(
    rf"(?:\bthe\s+)?\b(?i:{EN_OFFICE_TITLES})\s+of\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}})"
    rf"|(?:\bthe\s+)?((?:\b[A-Z][\w-]*(?:['’]s)?\s+){{1,3}})(?i:{EN_OFFICE_TITLES})\b"
    # "Who represented Ukraine as defence minister …": an office someone acts in
    rf"|(?<=\bas\s)(?:the\s+|a\s+)?(?i:{EN_OFFICE_TITLES})\b"
)
_REPRESENTED_EN = re.compile(
    r"\brepresent(?:ed|s|ing)?\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
)
# "pm hongaria yg ogah kirim tentara siapa namanya", "... presiden amerika, siapa presidennya":
# the person described before is the one asked for.
_WHO_LAST = re.compile(r"\b(?i:siapa|who)\b(?:\s+[\w-]+){0,2}\W*$")
_PLURAL = re.compile(r"\b(?i:para|semua|seluruh|beberapa|sejumlah|kedua)\s+$")
# Titles that lead whatever they are of: "pemimpin Hongaria" is its prime minister, "the NATO
# chief" its Secretary General. A minister or a spokesman leads nothing.
_HEAD_TITLES = frozenset(
    "presiden perdana sekretaris kanselir raja ratu kepala pemimpin pimpinan ketua bos"
    " chief head leader boss".split()
)
# (the title pattern may take "NATO" in: "Kepala NATO"; that is what the office is of)
_TITLES = (TITLE_WORDS | _HEAD_TITLES) - {"nato"}


@dataclass(frozen=True)
class Holder:
    office: frozenset[str]  # the office's words and countries, as `_keys` gives them
    surname: str


def _name_like(word: str) -> bool:
    """A person's name word: no title, no place, no acronym, no Indonesian word ("Tiba"), in
    each part of a hyphenated word ("NATO-Ukraina" is a council's)."""
    return all(_name_part(part) for part in word.split("-"))


def _name_part(word: str) -> bool:
    return (
        word[:1].isupper()
        and not word.isupper()
        and not is_indonesian_word(word.lower())
        and word.lower() not in TITLE_WORDS
        and not same_country(word)  # no country, no capital: "Bucharest" is no one's name
    )


def _keys(words: Iterable[str]) -> frozenset[str]:
    """Words in their canonical form, and each country named also by its English name, so
    "AS", "Amerika Serikat" and "US" are one."""
    words = [re.sub(r"['’]s$|[()]", "", w) for w in words]
    text = " ".join(words)
    countries = {country_in_english(name) or name for _, name in countries_in(text)}
    return frozenset(canonical(w.lower()) for w in words if w) | {c.lower() for c in countries}


def holders(texts: Iterable[str], closing_name_holds: bool = False) -> list[Holder]:
    """The offices the texts give a named person, each with the holder's surname.
    `closing_name_holds`: a name closing the office's run holds it, and a name after the comma
    opens the next clause ("bersama Sekjen NATO Stoltenberg, Zelensky bertemu …", as questions
    write); else the name after the comma is the office's ("Presiden Komisi Eropa, Ursula …",
    as news writes, where a qualifier may look like a name)."""
    found = []
    for text in texts:
        for match in _HELD.finditer(text):
            words = [w for w in match.group(0).split(",")[0].split()]
            if match.group(2) and not (closing_name_holds and _name_like(words[-1])):
                name = match.group(2).split()
            else:
                name = []
                while len(words) > 1 and _name_like(words[-1]):
                    name.insert(0, words.pop())
            if name and all(_name_like(w) for w in name):
                found.append(Holder(_keys(words), canonical(name[-1].lower())))
    return found


@lru_cache(maxsize=256)
def passage_holders(texts: tuple[str, ...]) -> list[Holder]:
    """`holders` of the retrieved passages, read once per question (the sentence scorer and
    the composer both ask)."""
    return holders(texts)


def holder_surnames(texts: tuple[str, ...]) -> frozenset[str]:
    """The surnames of the people the passages give an office, as names are compared
    ("Orbán" is "orban")."""
    return frozenset(fold_accents(holder.surname) for holder in passage_holders(texts))


def is_head(words: frozenset[str]) -> bool:
    """The office's words lead what it is of (a president, a prime minister, a chief)."""
    return bool(words & _HEAD_TITLES)


def headed_by(
    offices: Iterable[tuple[str, frozenset[str]]], people: Collection[str]
) -> frozenset[str]:
    """The words of the head offices the people hold, by the offices the passages give them
    (surname, office words): "perdana menteri hongaria" for Orban, whose country speaks for
    him and he for it."""
    return frozenset(
        word
        for surname, office in offices
        if surname in people and is_head(office)
        for word in office
    )


def _holds(holder: Holder, office: frozenset[str]) -> bool:
    """The holder's office is the one asked: what it is of said by the holder's office, and its
    title too, or any leading title when a head is asked for ("pemimpin Ukraina": its
    president; "Sekretaris Jenderal NATO": "Kepala NATO Jens Stoltenberg")."""
    titles = office & _TITLES
    of = office - titles
    # (what it is of is a name or a country: "Menteri Luar Negeri" is of nothing yet)
    if not any(not is_indonesian_word(w) for w in of) or not of <= holder.office:
        return False
    if is_head(titles) and is_head(holder.office):
        return True
    return bool(titles) and titles <= holder.office


def _office_words(phrase: str, language: str) -> frozenset[str]:
    if language == "id":
        return _keys(re.findall(r"[\w'’-]+", phrase))
    # "the NATO Secretary-General" -> NATO, sekretaris, jenderal
    words = [w for w in re.findall(r"[\w'’]+", phrase) if w.lower() not in {"the", "of"}]
    # (a gloss of several words is several words: "foreign" -> "luar negeri")
    return _keys(part for w in words for part in (indonesian_for(w.lower()) or w).split())


@lru_cache(maxsize=256)
def _asked_offices(text: str, language: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """Office phrases in the question, with their spans: title or head (with its complements,
    "menteri pertahanan") and what it is of, the latter up to the first word that is no name or
    country ("presiden ukraina yg ..." -> presiden, ukraina). (Cached: asked again for each
    answer candidate of one question.)"""
    spans = []
    for match in _ASKED_ID.finditer(text):
        of: list[str] = []
        for word in match.group(2).split():
            # (chat writes "presiden ukraina", "menlu nato" in lower case)
            lowered = word.lower()
            # (a title's own complement right after it too: "menteri pertahanan ukraina"; not
            # after what it is of: "presiden Ukraina dalam pidatonya")
            complement = lowered in OFFICE_COMPLEMENTS and all(
                w.lower() in OFFICE_COMPLEMENTS for w in of
            )
            if (
                not word[:1].isupper()
                and not complement
                and (is_indonesian_word(lowered) or lowered in stopwords())
            ):
                break
            of.append(word)
        if _PLURAL.search(text[: match.start()]):
            continue  # "para pemimpin NATO": the leaders of its members, no one person
        end = match.start(2) + match.group(2).find(of[-1]) + len(of[-1]) if of else match.end(1)
        office = _office_words(f"{match.group(1)} {' '.join(of)}", "id")
        spans.append((match.start(), end, office))
    if language == "en":
        for match in _ASKED_EN.finditer(text):
            spans.append((match.start(), match.end(), _office_words(match.group(0), "en")))
        # "Who represented the United States …": an official of that country
        for match in _REPRESENTED_EN.finditer(text):
            office = _keys(["pejabat"]) | _office_words(match.group(1), "en")
            spans.append((match.start(), match.end(), office))
    return tuple(spans)


def asks_an_office(text: str, language: str) -> bool:
    """The question names an office ("pemimpin Ukraina", "the NATO chief")."""
    return bool(_asked_offices(text, language))


# Bodies whose offices belong to no country: "Sekretaris Jenderal NATO" is no official of the
# United States.
_BODIES = frozenset({"nato", "pbb", "un", "ue", "eu"})


def _countries(words: Iterable[str]) -> frozenset[str]:
    """The countries among the words, a seat of government as its country ("kremlin" ->
    russia, rusia), in lower case in both languages; a body ("nato") stands as its own."""
    found: set[str] = set()
    for word in words:
        if word in _BODIES:
            found.add(word)
            continue
        names = country_of_capital(word) or ([word] if is_country(word.title()) else [])
        found |= {n.lower() for n in names} | {
            english.lower() for n in names if (english := country_in_english(n))
        }
    return frozenset(found)


def holds_another_office(text: str, language: str, person: str, texts: tuple[str, ...]) -> bool:
    """The passages give `person` (an answer's name) offices, none of the office the question
    asks for: no title of it ("Siapa menteri pertahanan Ukraina …?" is not answered by
    "Stoltenberg", whom they call "Sekretaris Jenderal NATO"), or each of another country
    ("Siapa pejabat Kremlin …?" is not answered by "Perdana Menteri Hongaria Viktor Orban").
    A leading title answers any other ("pemimpin NATO" is its Secretary General); a person
    they give no office may hold any."""
    words = person.split()
    if not words:
        return False
    surname = canonical(words[-1].lower())
    known = passage_holders(texts)
    offices = [h.office for h in known if h.surname == surname]
    # (not an office of someone else the question names, one the passages give a holder:
    # "Siapa yang berbincang dengan presiden Ukraina …?" asks for the one he spoke with, who
    # may hold any office; "… dengan presiden Rusia" names no one the passages know, and a
    # person of another office than that one answers nothing of it)
    asked = [
        office
        for start, end, office in _asked_offices(text, language)
        # (the office may carry its holder's surname already: "presiden Ukraina Zelensky")
        if not (
            _of_another(text, start, end) and any(_holds(h, office - {h.surname}) for h in known)
        )
    ]
    if not offices or not asked:
        return False
    titled = [office & _TITLES for office in asked if office & _TITLES]
    other_title = bool(titled) and not any(
        titles & office & _TITLES or (is_head(titles) and is_head(office))
        for titles in titled
        for office in offices
    )
    of = [countries for countries in map(_countries, asked) if countries]
    # (the countries of all the person's offices: "Presiden Zelensky" is the same office as
    # "Presiden Ukraina Volodymyr Zelensky", not one of any country)
    held = frozenset().union(*map(_countries, offices))
    other_country = bool(of) and bool(held) and all(not held & countries for countries in of)
    return other_title or other_country


# The words before an office that make it someone else's than the person asked for: "Siapa
# yang berbincang dengan presiden Ukraina?" asks for whom he spoke with, of any office;
# "Siapa yang berjaga saat presiden Ukraina berpidato?" for who kept guard.
_ANOTHERS_BEFORE = frozenset(
    "dengan kepada bersama sama terhadap untuk bagi with to for saat ketika sewaktu selagi "
    "setelah sesudah sebelum selama usai seusai when while after before during".split()
)
# A who-question that asks for a doer: an office in the clause after it is another's ("Siapa
# yang menelepon presiden Ukraina?").
_DOER_ASKED = re.compile(r"^\W*siapa(?:kah)?\s+(?:yang|yg)\b", re.IGNORECASE)


def _of_another(text: str, start: int, end: int) -> bool:
    """The office phrase at [start, end) describes someone the question names besides the
    person it asks for; not one the question asks for as it is ("Siapa yang menjadi presiden
    Ukraina?", `office_is_asked`)."""
    if office_is_asked(text, start, end):
        return False
    before = re.findall(r"\w+", text[:start])
    if before and before[-1].lower() in _ANOTHERS_BEFORE:
        return True
    doer = _DOER_ASKED.match(text)
    return doer is not None and doer.end() <= start


def misnamed_office(
    text: str, language: str, texts: tuple[str, ...]
) -> tuple[str, frozenset[str]] | None:
    """A person the question gives an office ("Sekretaris Jenderal NATO Viktor Orban",
    "Menteri Pertahanan Ukraina Dmytro Kuleba", "pm polandia orban", "Poland's Prime Minister
    Viktor Orban") whom the passages give offices, none with its title and country: the surname
    and one office they do give; None when the question's offices fit. A leading title fits any
    head of the same body ("pemimpin NATO" for its Secretary General, not for Hungary's Prime
    Minister)."""
    known = passage_holders(texts)
    surnames = frozenset(h.surname for h in known)
    for _, end, office in _asked_offices(text, language):
        # (the person inside the office's run, "Perdana Menteri Polandia Viktor Orban", or
        # right after it, "Poland's Prime Minister Viktor Orban")
        after = _NAME_AFTER.match(text, end)
        named = office & surnames or (_keys([after.group(1)]) & surnames if after else frozenset())
        if not named:
            continue
        surname = min(named)
        # (with what the title is of: "Menteri Pertahanan" is no "Menteri Luar Negeri")
        titles = office & (_TITLES | OFFICE_COMPLEMENTS)
        if not titles & _TITLES:
            continue
        # (what it is of: its countries and bodies, not the person's names in its run)
        of = frozenset(word for word in office - titles if _countries([word]))
        claimed_countries = _countries(of)
        given = [h.office for h in known if h.surname == surname]
        if not any(
            (titles <= held or (is_head(titles) and is_head(held) and (not of or of & held)))
            # (and of the same country, where both name one: "Perdana Menteri Polandia" is not
            # "Perdana Menteri Hongaria")
            and not (
                claimed_countries and _countries(held) and not claimed_countries & _countries(held)
            )
            for held in given
        ):
            return surname, given[0]
    return None


# A person named right after an office, with a given name before the surname: "… Prime
# Minister Viktor Orban".
_NAME_AFTER = re.compile(r"\s+(?:[A-Z][\w'’-]*\s+)?([\w'’-]+)")


# What joins a person to the office a yes/no question claims for them, either way round:
# "Kuleba (yang bilang …) itu / adalah / menjabat sebagai menhan Ukraina", "Is Kuleba, who …,
# Ukraine's defence minister?", "Apakah menlu Ukraina adalah Kuleba?".
# (a relative clause between must end in a copula: "Halasz yang mengkritik Sekretaris Jenderal
# NATO" claims no office)
_COPULA = r"(?:itu|ini|adalah|ialah|merupakan|menjabat|sebagai|is|was)"
_CLAIM_LINK = re.compile(
    # (English closes the clause with a comma: "Was the NATO Secretary General who spoke with
    # Zelensky on July 4, Mark Rutte?")
    rf"^\W*(?:(?:yang|yg|who)\s[^?]*?\s{_COPULA}\s+|,[^?]*?,\s*|who\s[^?]*?,\s*)?"
    rf"(?:(?:{_COPULA}|the|a|an)\s+)*$",
    re.IGNORECASE,
)
# ... and from an office to the name after it, English may run its clause into the name with
# no comma after a date: "Was the NATO chief who talked with Zelensky on July 4 Mark Rutte?"
# (not after any word: "Was the NATO chief who met Mark Rutte?" claims no identity)
_CLAIM_LINK_TO_NAME = re.compile(r"^\W*who\s[^?]*?\d+\s+$", re.I)
# A given name closing an office's capitalised run, right before the surname: "… Joe".
_GIVEN_NAME_LAST = re.compile(r"\s((?-i:[A-Z][a-z][\w'’-]*))\s*$")
# ... or a relative clause describing the holder ("… yang menolak mengirim pasukan?").
_DESCRIBED_END = re.compile(r"^\s*,?\s*(?:yang|yg|who|that)\s[^?]*\??\s*$", re.IGNORECASE)
# What may follow the claim: a tag asking for agreement ("… menhan ukraina bukan", "…, kan?").
_CLAIM_END = re.compile(
    r"^\W*(?:(?:bukan|kan|ya|tidak|gak|nggak|ga|enggak|sih|dong|benar|bener|betul|right"
    r"|isn['’]t\s+he)\W*)*$",
    re.IGNORECASE,
)


# A given name before a surname no article knows ("Mark Rutte"): the articles' holders are
# found by their surname alone, as `holders` keeps them. Capitalised, whatever the surname's
# case: a lower-case word before it is a verb or a noun ("… itu memuji Rutte"), unless
# Indonesian chat wrote it (`_given_names_capitalised`).
_GIVEN_NAME = r"(?:(?-i:[A-Z][\w'’-]*)\s+)?"
# A claim about another time's holder or a successor, which the articles' holder does not
# answer: "Apakah Sekjen NATO yang baru adalah …?", "… who succeeded Stoltenberg, …?".
_ANOTHER_TIME = re.compile(
    r"\b(?:baru|berikutnya|selanjutnya|mendatang|(?:meng|di)?ganti\w*|pengganti\w*|penerus\w*"
    r"|sekarang|kini|saat ini|new|next|succe\w+|replac\w+|current\w*|now|today|future|former"
    r"|mantan|sebelumnya|previous\w*)\b",
    re.IGNORECASE,
)


def _claimed_offices(
    text: str,
    language: str,
    surnames: Iterable[str],
    given_name: bool = False,
    described: bool = False,
) -> Iterator[tuple[str, int, int, frozenset[str]]]:
    """Each office a yes/no claim gives one of the persons (`surnames`): "Apakah Kuleba menteri
    pertahanan Ukraina?", "kuleba yg bilang … itu menhan ukraina bukan", "Was Stoltenberg
    NATO's Secretary General?": the surname, the office's span (as `_asked_offices` gives it)
    and its words. `given_name`: a word before the surname is the person's too. `described`:
    the office may be followed by a relative clause that describes its holder ("… perdana
    menteri Polandia yang menolak mengirim pasukan?")."""
    before = _GIVEN_NAME if given_name else ""
    for surname in surnames:
        for person in re.finditer(rf"\b{before}{re.escape(surname)}\b", text, re.IGNORECASE):
            for span_start, end, office in _asked_offices(text, language):
                start = span_start
                if start < person.start() < end:
                    # (the name taken into an English office's capitalised run: "Was
                    # Stoltenberg NATO's Secretary-General")
                    start, office = person.end(), _office_words(text[person.end() : end], language)
                if person.end() <= start:
                    link, rest = text[person.end() : start], text[end:]
                    linked = _CLAIM_LINK.match(link)
                elif end <= person.start():
                    link, rest = text[end : person.start()], text[person.end() :]
                    linked = _CLAIM_LINK.match(link) or _CLAIM_LINK_TO_NAME.match(link)
                    given = _GIVEN_NAME_LAST.search(text, span_start, end)
                    if given and not link.strip() and not is_country(given.group(1)):
                        # "Presiden Amerika Serikat Joe Biden": the given name is the
                        # person's, not a word of the office claimed
                        office = _office_words(text[span_start : given.start(1)], language)
                else:
                    continue
                ends = _CLAIM_END.match(rest) or (described and _DESCRIBED_END.match(rest))
                if linked and ends and office & _TITLES:
                    yield surname, span_start, end, office


def office_claimed(
    text: str, language: str, texts: tuple[str, ...]
) -> tuple[str, frozenset[str], bool] | None:
    """A yes/no question whose claim is that a person the passages give an office holds the
    office it names (`_claimed_offices`): the surname, the office the passages give that person
    that fits the claim (or, when none does, the first they give), and whether one fits. A
    claimed title fits when its words and what it is of are among a given office's; a leading
    title asked in general ("pemimpin NATO", "kepala negara Hongaria") fits any head of the
    same body; a head's own title ("presiden Hongaria") only itself. (Stricter than
    `misnamed_office`, which only asks whether a title written beside a name may stand.)"""
    known = passage_holders(texts)
    surnames = dict.fromkeys(h.surname for h in known)
    claimed = _office_fit(known, _claimed_offices(text, language, surnames))
    if claimed is not None:
        return claimed
    # "Apakah Orban perdana menteri Polandia yang menolak mengirim pasukan?": an office the
    # person does not hold is "Tidak" whatever the clause after it says; one they hold is
    # not a "Ya" to that clause
    described = _office_fit(known, _claimed_offices(text, language, surnames, described=True))
    return described if described is not None and not described[2] else None


def _office_fit(
    known: list[Holder], claims: Iterator[tuple[str, int, int, frozenset[str]]]
) -> tuple[str, frozenset[str], bool] | None:
    """The first claimed office with the office the passages give its person that fits it
    (or the first they give), and whether one fits (`office_claimed`)."""
    for surname, _, _, office in claims:
        titles = office & (_TITLES | OFFICE_COMPLEMENTS)
        of = office - titles
        given = [h.office for h in known if h.surname == surname]
        # (a leading title asked in general, "pemimpin Hongaria", fits its head; a head's own
        # title, "presiden Hongaria", fits only that title)
        general = bool(titles & person_nouns("heads"))
        fitting = sorted(
            (
                held
                for held in given
                if (titles <= held and of <= held)
                or (general and is_head(held) and (not of or bool(of & held)))
            ),
            key=lambda held: -len(titles & held),
        )
        return surname, (fitting or given)[0], bool(fitting)
    return None


def _given_names_capitalised(text: str, language: str, surnames: Iterable[str]) -> str:
    """Indonesian chat writes a given name in lower case too ("itu john wiranata kan"): the
    word before each surname capitalised when the dictionary does not know it ("itu memuji
    wiranata", "itu teman wiranata" name no one). English as written. (Same length: offsets
    hold.)"""
    if language != "id":
        return text

    def given(found: re.Match[str]) -> str:
        word = found.group()
        # (a word the dictionary knows is no given name: "teman wiranata", "sama wiranata")
        return word if is_indonesian_word(word.lower()) else word[:1].upper() + word[1:]

    for surname in surnames:
        text = re.sub(rf"\b[a-z][\w'’-]*(?=\s+{re.escape(surname)}\b)", given, text, flags=re.I)
    return text


def office_claimed_for_unknown(
    text: str, language: str, texts: tuple[str, ...], unknown: Iterable[str]
) -> tuple[str, frozenset[str]] | None:
    """A yes/no claim that someone no article names holds an office the passages give one
    known person ("Apakah Sekjen NATO yang berbincang dengan Zelensky … adalah Mark Rutte?"):
    that person's surname and office, which answer it "Tidak" (the articles name another
    holder). None when the claim names no office, the passages give it to no one or to several,
    or the question names other unknown names besides the claimed person's."""
    unknown = set(unknown)
    if _ANOTHER_TIME.search(text):
        return None
    text = _given_names_capitalised(text, language, unknown)
    known = passage_holders(texts)
    for surname in unknown:
        for _, start, end, office in _claimed_offices(text, language, [surname], True):
            pattern = re.compile(rf"\b{_GIVEN_NAME}{re.escape(surname)}\b", re.IGNORECASE)
            person = pattern.search(text, end) or pattern.search(text, 0, start)
            named = {canonical(w.lower()) for w in person.group().split()} if person else set()
            held = {h.surname: h.office for h in known if _holds(h, office)}
            if unknown <= named and len(held) == 1:
                return next(iter(held.items()))
    return None


def with_holders(
    text: str, language: str, passages: Iterable[str], unknown: Iterable[str] = ()
) -> str:
    """`text` with each office the passages give to one person named by that person's surname;
    unchanged where none is, where the question names the person already, where the office
    is what a who-question asks for, or where a yes/no question claims it for someone, known
    or among the `unknown` names ("Apakah Sekjen NATO … adalah Mark Rutte?")."""
    asked = _asked_offices(text, language)
    if not asked or _WHO_LAST.search(text):
        return text
    passages = list(passages)
    known = holders(passages)
    asked_words = {canonical(w.lower()) for w in re.findall(r"[\w'’-]+", text)}
    # (an office a yes/no question claims for someone is the claim: "Apakah Biden Sekjen NATO?")
    claimed = {
        (start, end)
        for _, start, end, _ in _claimed_offices(text, language, {h.surname for h in known})
    } | {
        (start, end)
        for _, start, end, _ in _claimed_offices(
            _given_names_capitalised(text, language, unknown), language, unknown, True
        )
    }
    replaced_from = len(text)
    for start, end, office in sorted(asked, reverse=True):
        if end > replaced_from or office_is_asked(text, start, end) or (start, end) in claimed:
            continue
        phrase = re.escape(text[start:end])
        if any(re.search(rf"\b(?i:para)\s+{phrase}", p, re.IGNORECASE) for p in passages):
            continue  # the articles call a group so: "para pemimpin NATO"
        surnames = {h.surname for h in known if _holds(h, office)}
        if len(surnames) != 1 or surnames & asked_words:
            continue
        surname = surnames.pop().title()
        # An office the articles also write without the name ("setelah presiden Ukraina
        # mengatakan ...") stays beside it; one they never write so ("pemimpin Ukraina")
        # gives way to it.
        unnamed = rf"\b{phrase}\b(?!,?\s+(?:[A-Z]\w*\s+)?{surname})"
        if any(re.search(unnamed, p, re.IGNORECASE) for p in passages):
            text = f"{text[:end]} {surname}{text[end:]}"
        else:
            text = f"{text[:start]}{surname}{text[end:]}"
        replaced_from = start
    return text


def office_written(office: frozenset[str], text: str, name: list[str]) -> str:
    """Where the text writes the office out whole, as written there: its title ("presiden",
    "menteri luar negeri") right before what it is of ("Ukraina"), not its words apart ("di
    luar Ukraina"), and not followed by another person's name ("mantan presiden Ukraina
    Poroshenko"); "" when it does not. `name`: the holder's name words, lower case."""
    titles = office_terms(list(office))
    places = sorted(office - titles)
    heads = sorted(t for t in titles if t not in OFFICE_COMPLEMENTS)
    if not heads or not places:
        return ""
    complements = "|".join(map(re.escape, sorted(titles - set(heads))))
    run = rf"(?:\s+(?:{complements}))*" if complements else ""
    # (a title of two head words: "perdana menteri")
    head = rf"(?:{'|'.join(map(re.escape, heads))})"
    # (and a place of two words: "amerika serikat")
    place = rf"(?:{'|'.join(map(re.escape, places))})"
    pattern = (
        rf"\b(?:{head}\s+)*{head}{run}\s+{place}(?:\s+{place})*"
        r"\b(?:\s+([\w'’-]+))?"
    )
    for found in re.finditer(pattern, text.lower()):
        words = set(re.findall(r"[\w'’-]+", found.group()))
        after = found.group(1) or ""
        someone_else = after and not is_indonesian_word(after) and after not in name
        if titles <= words and not someone_else:
            end = found.start(1) if found.group(1) else found.end()
            return text[found.start() : end].strip()
    return ""
