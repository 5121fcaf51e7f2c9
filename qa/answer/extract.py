"""The focused fact a question asks for, taken verbatim (dates: resolved) from one sentence.

An empty result means the sentence does not carry the kind of answer the question needs: a
"Kapan" question needs a date (or a time relative to an event), "Siapa" a person, "Di mana" a
place, "Berapa" a number in the measure asked. Among several candidates, the one bound most
tightly to the question's words wins (`binding`).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from qa.answer.question import (
    CALENDAR_WORDS,
    CAPITALISED_PRONOUNS,
    LENGTH_ASKED,
    REPORT_CITED,
    TIME_OF_DAY_ASKED,
    Question,
    as_who,
    canonical,
    claim,
    identity_asked,
    medium_asked,
    token_set,
)
from qa.answer.question import SENTENCE_START_WORDS as _SENTENCE_WORDS
from qa.text.asked import named_kinds, office_nouns, person_nouns
from qa.text.dates import DAYS, MONTHS, YEAR, find_dates, joined_day, with_daytime
from qa.text.enumerations import enumeration
from qa.text.glossary import glossed, indonesian_for, translate_terms
from qa.text.negation import (
    NEGATION,
    REFUSAL,
    REFUSAL_BY,
    REFUSAL_NOUN,
    denied_among,
    denied_terms,
    negated,
    outside_denials,
    without_describing_negations,
    without_glossed_denials,
)
from qa.text.normalize import apply_aliases
from qa.text.numbers import (
    NUMBER_WORDS,
    ORDINAL,
    VAGUE_MAGNITUDES,
    abstract_counts,
    ages,
    asked_measure,
    durations,
    list_kinds,
    measures,
    unit_key,
)
from qa.text.places import (
    countries_in,
    country_of_capital_in_indonesian,
    is_country,
    names_a_site,
    place_nouns,
    place_pattern,
    same_country,
    topic_nouns,
)
from qa.text.premises import (
    auxiliary_words,
    done_words,
    is_event_word,
    only_modal,
    order_words,
    planned_words,
    recipient_verbs_en,
    same_deed,
)
from qa.text.sentences import outside_quotes, paragraph_sentences, split_sentences
from qa.text.speech import (
    DOER_PRONOUN_OPENING,
    PERSON_PRONOUNS,
    PRONOUN_SPEECH,
    QUOTED_WORDS,
    SAID_AFTER_SPEAKER,
    SAID_BEFORE_SPEAKER,
    SAYING_ROOTS,
    WORDS_ASKED,
)
from qa.text.tokens import analyze, is_indonesian_word, is_verb_form, stem, stopwords

OFFICE_TITLES = (
    r"(?:Presiden|Wakil Presiden|Sekretaris Jenderal(?: NATO)?|Sekjen(?: NATO)?"
    r"|Menteri|Menlu|Menhan|Perdana Menteri|PM|Kanselir|Kepala(?: NATO)?"
    r"|Pemimpin(?: NATO)?|diktator"
    r"|juru bicara|Raja|Ratu|Direktur|Ketua|Jenderal)"
)
TITLE_WORDS = frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", OFFICE_TITLES))
# English offices, as English questions name them ("the NATO Secretary-General").
EN_OFFICE_TITLES = (
    r"(?:Secretary[- ]General|Foreign Minister|Defen[cs]e Minister|Prime Minister|President"
    r"|Chancellor|Minister|spokes(?:man|woman|person)|chief|head|leader)"
)
_NAME = r"[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+){0,3}"
# With "jelas" ("..., jelasnya"): where a speaker is sought in a sentence already chosen.
_SPEECH_VERBS = rf"(?:{SAID_BEFORE_SPEAKER}|jelas)(?:nya)?"
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
    "dia",
    "beliau",
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
# Words that open the name of a body, not of a person ("Kelompok Tujuh", "Dewan NATO-Ukraina").
_BODIES = {
    "kelompok",
    "dewan",
    "komisi",
    "organisasi",
    "badan",
    "lembaga",
    "kementerian",
    "partai",
    "parlemen",
    "kongres",
    "pakta",
    "aliansi",
    "uni",
    "pemerintah",
    "istana",
    "gedung",
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


def names_a_medium(name: str) -> bool:
    """An outlet or platform ("di Twitter"): where words were put, no place."""
    return name.lower() in _MEDIA


_MAX_SUBJECT_WORDS = 6
# A capitalised word just before a number: with the number word capitalised too (checked by the
# caller), the number is part of a name ("Kelompok Tujuh", the Group of Seven).
_IN_A_NAME = re.compile(r"\b[A-Z][\w-]*\s+$")
_VAGUE_AMOUNT = re.compile(rf"(?:{'|'.join(VAGUE_MAGNITUDES)})\b", re.IGNORECASE)
_NUMBER = re.compile(
    rf"(?:Rp\s?)?\b(?:\d+(?:[.,]\d+)*|{NUMBER_WORDS})(?:\s+(?:juta|miliar|triliun|ribu|persen))?"
    r"(?:\s+[a-z]+)?",
    re.IGNORECASE,
)
# ("di wilayah Rusia": an area of a named country is the place, with its noun)
_AREA = re.compile(r"(?:wilayah|kawasan)\s+")
_PLACE = re.compile(
    rf"\b(?:di|ke|dari)\s+(?:(?:markas|kota|ibu kota|Istana) \w+ di\s+)?"
    rf"((?:{_AREA.pattern})?{_NAME}(?:,\s+{_NAME})?)"
)
# "di markas NATO": a body's seat (read only where no place name answers: "di markas NATO di
# Brussels" is answered by the city, unless the city is what the question already names).
_SEAT = re.compile(r"\b(?i:di|ke|dari)\s+((?i:markas besar|markas|kantor pusat)\s+[A-Z][\w-]*\b)")
# "berjaga di atap-atap rumah": a place without a name, right after the asked verb.
_DONE_AT = re.compile(
    r"([\w-]+)\s+di\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
    r"(?=\s+(?:selama|saat|ketika|untuk|dan|pada|yang|sejak|sebelum|setelah|di)\b|\s*[,.;]|$)"
)
# "di tengah", "di antara", "di sana": where in a relation or a reference, not a place.
_NOT_A_SITE = {"tengah", "antara", "mana", "sini", "sana", "situ", "saat", "sela-sela", "balik"}
_RELATIVE_TIME = re.compile(
    r"\b(?:setelah|sesudah|sebelum|usai|seusai|menjelang|sejak)\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,4}?"
    r"(?=\s*(?:[,.;:!?\"“”]|$|\s+(?:dan|untuk|yang|ketika|namun)\b))",
    re.IGNORECASE,
)
_REASON_BEFORE = re.compile(
    r"\b(?:itu|itulah|inilah|ini) sebabnya\b|\boleh karena itu\b|\bkarena itu\b", re.IGNORECASE
)
# ", jadi …", ", sehingga …": what follows is the result of the clause before it.
_RESULT_AFTER = re.compile(r",\s*(?:jadi|sehingga|maka|makanya)\b", re.IGNORECASE)
_REASON = re.compile(r"\b(karena|sebab|lantaran|agar|supaya|demi|sehingga|akibat|untuk)\b", re.I)
_PURPOSE = {"agar", "supaya", "demi", "untuk"}
# Where the clause a purpose belongs to begins: "NATO tidak mengirim pasukan, tetapi menambah
# bantuan untuk …" denies the troops, not the aid.
_BUT = r"\b(?:tetapi|tapi|namun|sedangkan|melainkan)\b"
_CLAUSE_BREAK = re.compile(rf"[,;]|{_BUT}", re.IGNORECASE)
_FOR_SOMEONE = re.compile(r"(?i:untuk)\s+[A-Z]")
# "Pasalnya, Kremlin pernah mengultimatum …": a sentence that opens by giving the reason for the
# one before it; the whole clause after the word is the reason.
REASON_OPENING = re.compile(r"^\W*(?:pasalnya|alasannya)\b[\s,:]*", re.IGNORECASE)
# Words by which a sentence gives some cause, aim or motive, whatever the extraction makes of
# it: a reason word, a verb of causing ("invasi Rusia membuat prospek … kian pelik"), a worry
# or hope and what it is of ("kekhawatiran bahwa …").
_SOME_CAUSE = re.compile(
    r"\b(?:karena|sebab\w*|lantaran|agar|supaya|demi|sehingga|akibat\w*|untuk|guna|pasalnya"
    r"|alasan\w*|tujuan\w*|membuat|menyebabkan|mengakibatkan|memicu|mendorong|khawatir"
    r"|kekhawatiran\w*|takut|ingin|berharap|harapan\w*|bahwa|mengingat|di tengah|diperlukan"
    # (what is coming: "… meningkatkan pasokan senjata menjelang musim dingin")
    r"|perlu|menjelang|jelang)\b",
    re.IGNORECASE,
)


def gives_some_cause(text: str) -> bool:
    """The sentence gives some cause, aim or motive: quoted for a "mengapa" question whose
    reason no extraction found, it may still hold it; one with none of these words holds no
    reason at all ("Perbincangan ini terjadi tak lama setelah Stoltenberg resmi memperpanjang
    masa jabatannya" for "Mengapa Stoltenberg memperpanjang masa jabatannya?")."""
    return bool(_SOME_CAUSE.search(text) or _REASON_BEFORE.search(text))


_LOWERCASE_SPEAKER = re.compile(
    rf"{_SPEECH_VERBS}\s+((?:seorang|para|sejumlah)\s+[a-z]+(?:\s+[a-zA-Z]+){{0,2}}?)(?=[.,]|$)"
)


def _question_tokens(question: Question) -> set[str]:
    """The question's words, with the country of a capital it names as a party: "bantuan bagi
    Kyiv" names Ukraina too, so "Ukraina" does not answer it and binds to it. A capital named
    as a place ("KTT di Vilnius", "KTT NATO Vilnius") asks for nothing of its country's."""
    words = {canonical(w) for w in re.findall(r"\w+", question.text)} | set(question.entities)
    return words | _party_countries(question.text)


@lru_cache(maxsize=1024)
def _party_countries(text: str) -> frozenset[str]:
    """(Cached: the same question's tokens are asked for every candidate sentence.)"""
    capitals = _PARTY_CAPITAL.findall(text) + [
        capital
        for noun, capital in _OWNED_BY_CAPITAL.findall(text)
        if noun.lower() not in _PLACE_WORDS
        and noun.lower() not in stopwords()  # ("the Vilnius summit" says where)
        and not is_event_word(noun)
    ]
    return frozenset(
        canonical(name)
        for capital in capitals
        if not is_country(capital)
        for name in same_country(capital)
    )


# A place name right after a word that makes it a party, not a place ("bagi Kyiv", "oleh
# Moskow", "antara NATO dan Kyiv"), or a source ("energi dari Moskow": not where the question's
# event is, which "di"/"ke" say).
_PARTY_CAPITAL = re.compile(
    r"\b(?:bagi|untuk|kepada|oleh|dengan|terhadap|antara|dan|dari|for|by|with|against|from)"
    r"\s+(\w+)",
    re.IGNORECASE,
)


# A place name after a common noun, as its owner ("energi Moskow", "ancaman Kremlin"); not
# after a preposition or a place noun ("di Vilnius", "kota Vilnius"), nor a meeting's noun
# ("pertemuan Vilnius"), which say where.
_OWNED_BY_CAPITAL = re.compile(r"\b([a-z]{3,})\s+([A-Z][\w-]+)")
_PLACE_WORDS = frozenset(
    {
        "di",
        "ke",
        "dari",
        "dalam",
        "menuju",
        "in",
        "at",
        "to",
        "from",
        "into",
        "near",
        *place_nouns(),
    }
)


# Words that link a fact to what it is about without being about anything themselves.
_LINKS = frozenset(
    {"di", "ke", "dari", "pada", "yang", "dan", "tahun", "in", "on", "at", "of", "the"}
)
# Question words count two and a half times when they sit just before the
# fact: in Indonesian the noun phrase a place, date or amount belongs to comes first
# ("pertemuan NATO selanjutnya di Vilnius", "KTT ... pada 2008").
_LEFT_WEIGHT = 2.5
# A fact inside a comma-delimited "yang ..." clause describes a side noun, not the main event
# ("..., yang digulingkan pada tahun 1989, ...").
_SIDE_CLAUSE_FACTOR = 0.5


@dataclass(frozen=True)
class Fact:
    """The answer taken from one sentence, and how tightly it is bound to what was asked: the
    question's words near it, weighted by distance (0 = none near, about 1 = all right beside).
    `with_previous`: the fact stands in the sentence before (the speaker of a quote closed by
    "tuturnya"), so that sentence belongs in the citation."""

    text: str = ""
    binding: float = 0.0
    with_previous: bool = False


NO_FACT = Fact()


# The follow-up's own words that bind a fact without the turn before's: "diktator yang
# membangun gedungnya itu digulingkan" (four) asks of the dictator, not of the summit asked
# before; "kapan itu terjadi" (one) is asked of what came before.
_OWN_WORDS_ENOUGH = 2


def _wanted(question: Question) -> set[str]:
    wanted = set(question.terms) | set(question.entities)
    own = wanted - set(question.context_terms)
    wanted = own if len(own - CALENDAR_WORDS) >= _OWN_WORDS_ENOUGH else wanted
    if question.type == "kapan":
        # "Kapan Zelensky berkunjung ke NATO sejak invasi Rusia?": a date beside "invasi
        # Rusia" is the invasion's, the event the question only reckons from
        rest = wanted - _reckoned_from(question)
        wanted = rest if rest - CALENDAR_WORDS else wanted
    return wanted


# "... sejak invasi Rusia", "... after the summit": the event a when-question reckons its own
# from (not "sejak kapan", since when, which asks the start of its own).
_RECKONED_FROM = re.compile(
    r"\b(?:sejak|semenjak|setelah|sesudah|sebelum|usai|seusai|menjelang|since|after|before)\s+"
    r"(?!kapan\b|when\b)([^?,.;]+)",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def _reckoned_terms(text: str, language: str) -> frozenset[str]:
    """The terms of the events `_RECKONED_FROM` finds. (Cached: asked for every candidate.)"""
    clauses = " ".join(found.group(1) for found in _RECKONED_FROM.finditer(text))
    words = f"{translate_terms(clauses)} {clauses}" if language == "en" else clauses
    return frozenset(canonical(t) for t in analyze(words)) if clauses else frozenset()


def _reckoned_from(question: Question) -> frozenset[str]:
    return _reckoned_terms(question.text, question.language)


def _side_clauses(sentence: str) -> list[tuple[int, int]]:
    """Where the relative clauses between commas lie (", yang dibangun di bawah diktator … yang
    digulingkan pada tahun 1989,"): they describe a noun, not the event the sentence reports."""
    clauses, start = [], 0
    for boundary in [*re.finditer(r"[,;:()]", sentence), None]:
        end = boundary.start() if boundary else len(sentence)
        if re.match(r"\s*yang\b", sentence[start:end]):
            clauses.append((start, end))
        start = boundary.end() if boundary else end
    return clauses


def binding(question: Question, sentence: str, start: int, end: int) -> float:
    """How strongly the span [start, end) is tied to the question's words in this sentence. A
    span inside a relative clause is tied to that clause's words only, at a discount; one outside
    reads past the relative clauses between it and the rest of the sentence, so "Pada tahun 2008,
    KTT NATO …, yang dibangun … yang digulingkan pada tahun 1989, setuju …" ties 2008, not 1989,
    to "setuju", but not past the one that describes it."""
    wanted = _wanted(question)
    if not wanted:
        return 0.0
    clauses = _side_clauses(sentence)
    own = next(((a, b) for a, b in clauses if a <= start < b), None)
    # The clause right after the span describes the span itself: "Jerman, yang memegang
    # kepresidenan G7, ..." answers "Siapa yang memegang kepresidenan G7?".
    described = next(
        ((a, b) for a, b in clauses if a >= end and not sentence[end:a].strip(" ,")), None
    )

    # The noun phrase a clause describes stands just before it: "jaminan keamanan dari G7, yang
    # diumumkan pada 12 Juli" ties the date to the guarantees.
    head_start = 0
    if own:
        boundaries = [m.end() for m in re.finditer(r"[,;:()]", sentence[: max(own[0] - 1, 0)])]
        head_start = boundaries[-1] if boundaries else 0

    def counted(word: re.Match[str]) -> bool:
        inside = [(a, b) for a, b in clauses if a <= word.start() < b]
        if own:
            return inside == [own] or (not inside and head_start <= word.start() < own[0])
        return not inside or inside == [described]

    words = [w for w in re.finditer(r"\w+", sentence) if counted(w)]
    before = [w for w in words if w.end() <= start]
    after = [w for w in words if w.start() >= end]
    score = 0.0
    for side, weight in ((reversed(before), _LEFT_WEIGHT), (iter(after), 1.0)):
        distance = 0
        for word in side:
            token = word.group().lower()
            if canonical(stem(token)) in wanted or token in wanted:
                score += weight / (1 + distance)
            elif token not in _LINKS:
                distance += 1
    if own:
        score *= _SIDE_CLAUSE_FACTOR
    return min(1.0, score / len(wanted))


def _best_spanned(question: Question, sentence: str, spans: list[tuple[int, int, str]]) -> Fact:
    """The fact whose span [start, end) in the sentence is most tightly bound to the question's
    words; earlier wins a tie. The text may differ from the span (a resolved date)."""
    best = NO_FACT
    for start, end, text in spans:
        bound = binding(question, sentence, start, end)
        if not best.text or bound > best.binding:
            best = Fact(text, bound)
    return best


def _best_bound(question: Question, sentence: str, candidates: list[tuple[int, str]]) -> Fact:
    """The same for candidates taken verbatim from the sentence."""
    spans = [(start, start + len(text), text) for start, text in candidates]
    return _best_spanned(question, sentence, spans)


def _titled_names(
    sentence: str, role: set[str], calling: tuple[str, ...] = ()
) -> list[tuple[int, str]]:
    """Names after an office: "Menteri Luar Negeri Ukraina, Dmytro Kuleba" (after the comma) or
    "Menteri Kelautan Budi Santoso" (the last two capitalised words). With a `role` from the
    question ("presiden Prancis"), only holders of that office count; with a `calling`
    (`asked_office`), only those the office phrase itself gives it ("Sekretaris Jenderal NATO
    Jens Stoltenberg" is no Secretary of Defense, however the sentence goes on)."""
    names = []
    # An abbreviation may follow the office's country: "Presiden Amerika Serikat (AS) Joe Biden".
    pattern = rf"{OFFICE_TITLES}((?:\s+(?:[A-Z][\w'’]+|\([A-Z]{{2,}}\)))*)(?:,\s+({_NAME}))?"
    for match in re.finditer(pattern, sentence):
        office = {canonical(w) for w in re.findall(r"\w+", match.group(0))}
        if not (role <= office or _placed_before(role, office, sentence[: match.start()])) or (
            calling and not _gives_office(calling, match.group(0))
        ):
            continue
        if match.group(2):
            names.append((match.start(2), match.group(2)))
        elif match.group(1).strip():
            words = [w for w in match.group(1).split() if not w.startswith("(")]
            names.append((match.start(1), " ".join(words[-2:])))
    return names


def _placed_before(role: set[str], office: set[str], before: str) -> bool:
    """An office written with no place of its own, in a sentence set before it in the place the
    question qualifies the office by ("… di Bucharest, yang dibangun di bawah diktator Nicolae
    Ceaucescu" for "diktator Rumania", which the normaliser writes as the capital the articles
    name): the office of that place."""
    places = [word for word in role if same_country(word) or is_country(word.title())]
    if not places or len(places) < len(role):
        return False
    if any(same_country(word) or is_country(word.title()) for word in office):
        return False  # (its own place, another one)
    # (set there: "di Bucharest"; not any mention, "Untuk membantu Ukraina, Presiden Joe Biden …")
    set_in = {canonical(found.lower()) for found in _SET_IN.findall(before)}
    return all(place in set_in for place in places)


_SET_IN = re.compile(r"\b(?:di|in)\s+([\w-]+)", re.IGNORECASE)


# Words that may stand between "siapa"/"who" and the office it asks for ("Siapa nama presiden
# Prancis saat itu?", "Who was the NATO Secretary General ...", "Presiden Prancis kini siapa?").
_ROLE_FILLERS = frozenset(
    "nama namanya yang baru new menjadi menjabat adalah sang itu sebagai kini saat ini sekarang "
    "waktu is was the current then former of sih dong deh kok nih tuh ya"
    # ("Who's the Hungarian prime minister …": the contraction's "s")
    " s".split()
)
_WHO = re.compile(r"\b(?:siapa(?:kah)?|who|whom|which)\b", re.IGNORECASE)
# "Dengan siapa Presiden Zelensky berbincang?": the one asked is the object; the office
# after it belongs to the subject, whom the question names.
_PREPOSITIONS = frozenset("dengan kepada bersama oleh untuk dari sama ama with to by from".split())


# "... sebagai Sekjen NATO", "... merupakan presiden Prancis", "memegang jabatan sekjen", "... as
# Secretary General": the office the one asked holds.
_COMPLEMENT = frozenset(
    {"sebagai", "selaku", "menjadi", "jadi", "merupakan", "jabatan", "as", "become", "became"}
)


def _calling_before(words: list[str]) -> int | None:
    """Where a calling "siapa" asks which person of opens among the `words` before it: the
    first word after the last preposition, or the first of all ("Dengan kepala negara siapa
    …" -> 1, "Dengan menteri luar negeri siapa …" -> 1); None when that is no calling or
    more than `_CALLING_WORDS` words stand there."""
    lowered = [word.lower() for word in words]
    at = 1 + max((i for i, word in enumerate(lowered) if word in _PREPOSITIONS), default=-1)
    if at >= len(lowered) or len(lowered) - at > _CALLING_WORDS or not _is_calling(lowered[at]):
        return None
    return at


# The most words a calling before "siapa" has ("menteri luar negeri").
_CALLING_WORDS = 3


def office_is_asked(text: str, start: int, end: int) -> bool:
    """The office phrase at [start, end) is what "siapa"/"who" asks for: only filler words
    stand between them, and the wh-word is not the object of a preposition."""
    before = re.findall(r"\w+", text[:start])
    if before and before[-1].lower() in _COMPLEMENT:
        return True  # "Who succeeded Stoltenberg as NATO Secretary General?"
    for who in _WHO.finditer(text):
        before = re.findall(r"\w+", text[: who.start()])
        if before and before[-1].lower() in _PREPOSITIONS:
            continue
        if _calling_before(before) is not None and who.end() <= start:
            continue  # "Dengan kepala negara siapa presiden Ukraina bertemu?": the head asked
        between = text[who.end() : start] if who.end() <= start else text[end : who.start()]
        if who.end() > start and who.start() < end:
            continue
        if all(w.lower() in _ROLE_FILLERS for w in re.findall(r"\w+", between)):
            return True
    return False


def question_role(question: Question) -> set[str]:
    """The qualifier of an office the question asks about: "Siapa presiden Prancis?" -> prancis."""
    match = re.search(rf"(?i:{OFFICE_TITLES})((?:\s+[A-Z][\w'’]+)+)", question.text)
    if question.language == "en":
        # English puts the qualifier first ("the NATO Secretary-General", "French President")
        # or after "of" ("the president of Lithuania", which normalising may have turned into
        # the articles' "Presiden of Lithuania").
        match = re.search(
            rf"((?:\b[A-Z][\w'’]+\s+)+)(?i:{EN_OFFICE_TITLES})\b"
            rf"|\b(?i:{EN_OFFICE_TITLES}|{OFFICE_TITLES})\s+of\s+(?:the\s+)?((?:[A-Z][\w'’]+\s*)+)",
            question.text,
        )
    if not match or not office_is_asked(question.text, match.start(), match.end()):
        return set()
    qualifier = next(group for group in match.groups() if group)
    # "Finland's president": the owner without its "'s", in the articles' language.
    words = [re.sub(r"['’]s$", "", w) for w in qualifier.split()]
    words = [(indonesian_for(w.lower()).split() or [w])[0] for w in words]
    return {canonical(w) for w in words} - _NOT_PEOPLE - _SENTENCE_WORDS


# Words given to the speaker of the sentence before: '"...," tuturnya.', "Ia menambahkan ...".
_PRONOUN_SPEECH = re.compile(PRONOUN_SPEECH)
_SPEAKER_BEFORE = re.compile(rf"\b(?:{_SPEECH_VERBS}|[Mm]enurut)\s+(?:PM\s+)?({_NAME})")
_SPEAKER_AFTER = re.compile(rf"({_NAME})\s+(?:{SAID_AFTER_SPEAKER})\b")


# "Siapa yang mengatakan ...?", "kata siapa", "Who said ...?": the answer is whoever the
# sentence gives the words to, not any name in it.
_SPEAKING_VERBS = (
    r"(?:mengatakan|bilang|berkata|menyatakan|menyebut(?:kan)?|ngomong"
    r"|mengucapkan|menegaskan|memperingatkan|mengungkapkan|menulis|menambahkan|menjelaskan)"
)
_SAID_PASSIVE = r"di(?:katakan|sampaikan|ucapkan|nyatakan|sebut(?:kan)?|tulis|tegaskan|ungkapkan)"
_ASKS_SPEAKER = re.compile(
    rf"\bsiapa(?:kah)?\s+yang\s+{_SPEAKING_VERBS}\b"
    # (chat puts "siapa" last: "yg bilang udah waktunya ada kejelasan … siapa")
    rf"|^\W*(?:yang|yg)\s+{_SPEAKING_VERBS}\b.*\bsiapa(?:sih|kah)?\W*$"
    r"|\b(?:kata|ujar|menurut)\s+siapa\b"
    # ... in the passive: "Oleh siapa pernyataan … disampaikan?", "… dikatakan oleh siapa?"
    rf"|\boleh\s+siapa(?:kah)?\b.*\b{_SAID_PASSIVE}\b|\b{_SAID_PASSIVE}\s+oleh\s+siapa\b"
    r"|\bwho\s+(?:said|says|stated|warned|wrote|told|added|explained)\b",
    re.IGNORECASE,
)


_LOWERCASE_OFFICES = "presiden|menteri|perdana menteri|kepala|juru bicara|pejabat|duta besar"


def speakers_in(sentence: str) -> list[tuple[int, str]]:
    """Those the sentence gives words to: "kata (Menteri ...) X", "menurut X", "X mengatakan",
    "kata seorang diplomat"."""
    found = []
    for match in re.finditer(rf"\b(?:{_SPEECH_VERBS}|[Mm]enurut)\s+", sentence):
        tail = sentence[match.end() :]
        titled = _titled_names(re.split(r"[.;]", tail)[0], set())
        named = re.match(rf"(?:PM\s+)?({_NAME})", tail)
        if (
            titled
            and named
            and titled[0][0] >= named.end()
            and not any(_is_calling(w.lower()) for w in named.group(1).split())
        ):
            # "kata Zelensky saat berbicara … dengan Sekretaris Jenderal NATO Jens
            # Stoltenberg": the name right after the verb speaks, not a titled one further on
            titled = []
        if titled:
            found.append((match.end() + titled[0][0], titled[0][1]))
        elif named:
            found.append((match.end() + named.start(1), named.group(1)))
    for match in _SPEAKER_AFTER.finditer(sentence):
        office = re.search(rf"\b(?:{_LOWERCASE_OFFICES})\s+$", sentence[: match.start(1)])
        # "presiden Ukraina mengatakan": the speaker is the office holder, not the country
        at = office.start() if office else match.start(1)
        found.append((at, sentence[at : match.end(1)]))
    found += [(m.start(1), m.group(1)) for m in _LOWERCASE_SPEAKER.finditer(sentence)]
    return found


_WHO_OFFICE_ID = re.compile(r"\bsiapa(?:kah)?((?:\s+\w+)+)", re.IGNORECASE)


def _is_calling(word: str) -> bool:
    """An office or calling a person is named by: a title the answer step knows, a head
    ("pemimpin") or a calling (`data/person_nouns.json`)."""
    return word in TITLE_WORDS or word in person_nouns("heads") or word in person_nouns("callings")


def asked_office(question: Question) -> tuple[str, ...]:
    """The office or calling "siapa"/"who" asks for, in lower case in the articles' language,
    with the words that say of what ("Siapa menteri pertahanan AS?" -> menteri, pertahanan;
    "Who is Ukraine's ambassador to NATO?" -> duta). Empty when the question asks for a doer,
    a speaker or a named person, or its noun names no calling ("Siapa anggota NATO …",
    "Who was the first to arrive"): no check is better than a wrong one."""
    return _office_in(question.text, question.language)


@lru_cache(maxsize=1024)
def _office_in(text: str, language: str) -> tuple[str, ...]:
    """(Cached: asked once per candidate sentence of the same question.)"""
    if language == "en":
        # ("Who was the Ukrainian president set to meet …?" asks whom he met, not who he was)
        return () if _object_deed_in(text, language) else _asked_office_en(text)
    match = _WHO_OFFICE_ID.search(text)
    before = re.findall(r"\w+", text[: match.start()]) if match else []
    if before and before[-1].lower() in _PREPOSITIONS:
        return ()  # "Dengan siapa Ardi bertemu?": whom he met, no calling asked
    calling_at = _calling_before(before)
    if calling_at is not None:
        # "Dengan kepala negara siapa Ardi bertemu?": the calling stands before "siapa"
        return tuple(word.lower() for word in before[calling_at:])
    office: list[str] = []
    for word in match.group(1).split() if match else []:
        lowered = word.lower()
        if not office and lowered == "yang":
            return ()  # "Siapa yang ingin …": a doer asked, not a calling
        if lowered in _ROLE_FILLERS and lowered != "yang":
            continue  # "nama", "baru", "sih": a filler or a particle
        if not office and (not analyze(lowered) or lowered.endswith("nya")):
            continue  # "sesungguhnya": an adverb
        if not office and not _is_calling(lowered):
            return ()
        if not analyze(lowered) or is_verb_form(lowered) or not is_indonesian_word(lowered):
            break
        if word[:1].isupper() and lowered not in TITLE_WORDS:
            break  # a name ("presiden Prancis"), though a dictionary word too
        office.append(lowered)
    return tuple(office)


# Where an English office phrase ends: "the US Secretary of Defense | who met …".
_EN_OFFICE_END = frozenset(
    "who whom that which in at on during when with is was after before since following "
    "until".split()
)
_EN_FUNCTION = frozenset("of to for the a an".split())


def _asked_office_en(text: str) -> tuple[str, ...]:
    """English names the office after its modifiers ("the foreign minister"): the words are
    glossed and the calling among them goes first; none, no check."""
    match = re.search(r"(?i:\bwho(?:'s|’s|\s+(?:is|was|are|were)))\s+(?:(?i:the)\s+)?(.*)", text)
    words: list[str] = []
    calling = ""
    previous = ""
    for word in re.findall(r"[\w'’-]+|[?,.]", match.group(1)) if match else []:
        lowered = word.lower()
        # (an acronym is a modifier, not a name after the office: "the new NATO chief")
        capital_after_lowercase = (
            word[:1].isupper() and previous[:1].islower() and not word.isupper()
        )
        if not re.match(r"\w", word) or lowered in _EN_OFFICE_END:
            break
        if capital_after_lowercase and previous not in _EN_FUNCTION:
            break  # "the US president | Zelensky was to meet"
        previous = word
        if word.isupper() and len(word) > 2 and not is_country(word):
            words.append(lowered)  # the body whose office it is: "the NATO chief"
            continue
        if lowered in _EN_FUNCTION | _ROLE_FILLERS or re.search(r"['’]s$", word) or word.isupper():
            continue  # "of", "new", "Ukraine's", "US"
        # (a hyphenated title is glossed by its parts: "secretary-general")
        gloss = (indonesian_for(lowered) or (glossed(lowered) if "-" in lowered else "")).split()
        if is_country(word.capitalize()) or (
            word[:1].isupper() and (not gloss or is_country(gloss[0].capitalize()))
        ):
            continue  # a name or a nationality ("Hungarian"), also typed in lower case
        if not gloss:
            return ()  # a word the glossary lacks: no check
        if is_verb_form(gloss[0]):
            break  # "the foreign minister | quoted on …"
        named = next((g for g in gloss if _is_calling(g)), "")  # "official": resmi pejabat
        if named and not calling:
            calling = named
        else:
            words.append(gloss[0])
    return (calling, *words) if calling else ()


@lru_cache(maxsize=1)
def _head_stems() -> frozenset[str]:
    return frozenset(canonical(stem(head)) for head in person_nouns("heads"))


# What every country has a head of ("kepala negara", "kepala pemerintahan"): any office title
# says it, unlike a body's own head ("ketua dewan").
_HEADED_ANYWHERE = frozenset({"negara", "pemerintahan", "pemerintah"})


def _gives_office(office: tuple[str, ...], text: str) -> bool:
    """The text calls someone what was asked, word by word ("menteri luar negeri", English
    "foreign minister"). Any office title answers a head asked for ("Siapa pemimpin
    Hongaria?": "Perdana Menteri Hongaria …"); a head's title stands in for an office title
    ("Kepala NATO Jens Stoltenberg" for "Sekretaris Jenderal NATO"); another title or calling
    does not (a prime minister is no president, a NATO chief no reporter), nor the office of
    something else (a NATO Secretary General is no Secretary of Defense)."""
    text = apply_aliases(text)  # "Menlu Kuleba" calls him "menteri"
    said = token_set(text)
    if any(word in person_nouns("heads") for word in office):
        # (of what, when the question says: "the head of the NATO-Ukraine Council" is no
        # "Kepala NATO")
        of_what = [w for w in office if w not in {*person_nouns("heads"), *_HEADED_ANYWHERE}]
        return re.search(OFFICE_TITLES, text) is not None and all(
            canonical(t) in said for word in of_what for t in analyze(word)
        )
    a_head_said = bool(_head_stems() & said)
    ok = [
        all(canonical(t) in said for t in analyze(word)) or (word in TITLE_WORDS and a_head_said)
        for word in office
    ]
    # every title word, and most of the rest ("menteri urusan luar negeri" is said by
    # "Menteri Luar Negeri")
    titles = all(done for word, done in zip(office, ok, strict=True) if word in TITLE_WORDS)
    return titles and sum(ok) > len(ok) / 2


# (not "atas nama": on someone's behalf)
# How far from the noun whose name is asked its name may stand, in words.
_NAME_REACH = 4


_NOT_A_KIND_WORD = r"(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could|the|a|an)\b"
# Kinds told apart by names, as one alternation (the longest first).
_KINDS = "|".join(sorted(map(re.escape, named_kinds()), key=len, reverse=True))
_KIND = re.compile(rf"\b(?:{_KINDS})\b", re.IGNORECASE)
# "Apa nama …", "Which specific …" ("which specific air defence systems": the systems' names
# are asked), and a kind told apart by names asked which ones: "Which arms manufacturers …",
# "produsen senjata mana saja".
NAME_ASKED = re.compile(
    # (not the imperative that asks for a list: "Name the items sent …")
    r"(?<!atas )\bnama(?:nya)?\b|\bname\b(?!\s+(?:the|all|every|some|any|two|three|four|five)\b)"
    r"|\bspe[sc]ifi[kc]\b"
    # (up to two words between, none an auxiliary or article: "What did the company say?"
    # asks what it said; "perusahaan senjata AS mana": a country's letters may follow)
    # (what something is like is no name: "What kind of language …", "bahasa seperti apa")
    rf"|\b(?:which|what)\s+(?!(?:kind|kinds|sort|sorts|type|types)\s+of\b)"
    rf"(?:(?!{_NOT_A_KIND_WORD})[\w-]+\s+){{0,2}}(?:{_KINDS})\b"
    rf"|\b(?:{_KINDS})(?:\s+(?!seperti\b|macam\b)[\w-]+)?(?:\s+(?-i:[A-Z]{{2,}}))?\s+(?:mana|apa)\b",
    re.IGNORECASE,
)


# Nouns after which a country's name is a language's ("bahasa Inggris").
_LANGUAGE_NOUNS = frozenset({"bahasa"})


@lru_cache(maxsize=1024)
def _nouns_named(text: str, language: str) -> tuple[frozenset[str], bool]:
    """The nouns whose name a question asks ("nama resmi paket bantuan" -> paket, bantu), in the
    articles' words, and whether they are a place's ("nama kota"; not "bandar udara" for
    "air"). (Cached: asked for every candidate sentence.)"""
    # (past "of the": "the name of the new body launched …" names a body)
    after_name = re.search(
        r"\b(?:nama|name|spe[sc]ifi[kc])\b(?:\s+of)?(?:\s+(?:the|a|an|its|their|this|that))?"
        r"((?:\W+[\w-]+){1,3})",
        text,
        re.I,
    )
    kind = _KIND.search(text)
    named = after_name.group(1) if after_name else kind.group() if kind else ""
    nouns = token_set(translate_terms(named) if language == "en" else named)
    if not nouns:
        # chat names the thing first: "ada badan baru yang diresmikan, namanya apa" (the
        # noun before the clause that describes it)
        before_name = re.search(
            r"((?:[\w-]+\s+){0,1}[\w-]+)\s+(?:yang|yg)\b[^,]*,?\s*nama(?:nya)?\b", text, re.I
        ) or re.search(r"((?:[\w-]+\W+){1,3})nama(?:nya)?\b", text, re.I)
        nouns = token_set(before_name.group(1)) if before_name else nouns
    return nouns, any(token_set(noun) <= nouns for noun in place_nouns())


def gives_a_name(question: Question, sentence: str) -> bool:
    """ "Apa nama resmi paket bantuan itu?": the sentence names something the question does
    not (a capitalised word past its first that is no title, month, day, outlet, country or
    capital, or a short quoted title) next to the noun whose name is asked ("pengukuhan Dewan
    NATO-Ukraina, sebuah badan"); "Stoltenberg" far from "paket bantuan", or a speaker ("kata
    Stoltenberg"), names no package. English nouns are found by their gloss; a question that
    names no noun ("Siapa saja …") takes a name anywhere in the sentence."""
    asked = _question_tokens(question)
    words = re.findall(r"[\w-]+", sentence)
    nouns, asks_place = _nouns_named(question.text, question.language)
    near = [at for at, word in enumerate(words) if not nouns or token_set(word) & nouns]
    return (
        any(
            0 < at < len(words)
            and words[at][:1].isupper()
            # (the speaker a quote is given to names no package: "…, kata Stoltenberg")
            and not re.fullmatch(_SPEECH_VERBS, words[at - 1].lower())
            and not all(canonical(part) in asked for part in words[at].split("-"))
            and words[at].lower() not in TITLE_WORDS | _MEDIA | _CALENDAR | _NOT_PEOPLE
            # a country or capital is where, not what, unless a place's name is asked (or it
            # names a language: "bahasa Inggris")
            and (
                asks_place
                or not same_country(words[at])
                or words[at - 1].lower() in _LANGUAGE_NOUNS
            )
            for position in near
            for at in range(position - _NAME_REACH, position + _NAME_REACH + 1)
        )
        # a short title quoted in capitals ("“Lumbung Desa”"), not a quoted remark
        or re.search(r"[\"“‘'][A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5}[\"”’']", sentence) is not None
    )


_LOWER_TITLES = "|".join(sorted(TITLE_WORDS, key=len, reverse=True))


def _office_of_the_named(question: Question, sentence: str) -> Fact | None:
    """ "Siapa Orban?" against "Perdana Menteri Hongaria Viktor Orban menolak …": the office
    the sentence gives the person, as written before their name (without their first name; an
    apposition's comma between: "Sekretaris Jenderal NATO, Jens Stoltenberg"), when the
    question asks who a person it names is (NO_FACT when this sentence gives none: another
    person it names is no answer); None when the question asks no one's identity."""
    named = identity_asked(question.text)
    if not named:
        return None
    surname = named[-1]
    if canonical(surname.lower()) not in question.entities:
        return None  # a word the articles do not name ("siapa dia")
    for found in re.finditer(rf"\b{re.escape(surname)}\b", sentence, re.IGNORECASE):
        # (a title written in lower case too: "diktator Nicolae Ceaucescu")
        run = re.search(rf"(?:(?:[A-Z][\w'’-]*|{_LOWER_TITLES}),?\s+)+$", sentence[: found.start()])
        words = run.group().replace(",", " ").split() if run else []
        # (the person's own first name is no part of the office: "… Hongaria Viktor"; a
        # country of two words is: "Presiden Amerika Serikat Joe")
        while words and not (
            words[-1].isupper()
            or is_country(words[-1])
            or is_country(" ".join(words[-2:]))
            or words[-1].lower() in TITLE_WORDS
        ):
            words.pop()
        if words and re.match(rf"(?i:{OFFICE_TITLES})\b", " ".join(words)):
            office = " ".join(words)
            return Fact(office, 1.0)
    return NO_FACT


def extract_person(question: Question, sentence: str, previous: str = "") -> Fact:
    described = _office_of_the_named(question, sentence)
    if described is not None:
        return described
    possessed = _possession_asked(question.text)
    nouns = _possessed_nouns(possessed, sentence) if possessed else []
    if nouns:
        # "Serangan siapa terhadap Israel …?": whose attack, the name the sentence gives it
        # ("serangan Hamas"), be it a person, a group or a country; none when it names none
        # ("Serangan itu …"). (A sentence without the noun is read as any other.)
        return _best_bound(question, sentence, _owners(nouns, sentence))
    office = asked_office(question)
    if office and not _gives_office(office, f"{previous} {sentence}"):
        # "Siapa wartawan yang menulis …?" is not answered by a name the sentence gives no
        # such calling: "Kepala NATO Jens Stoltenberg" is no reporter, a prime minister no
        # president.
        return NO_FACT
    asked = _question_tokens(question)
    named = set(question.entities)
    # "Siapa nama diplomat itu?" is not answered "seorang diplomat senior Eropa": a name was
    # asked, and a description without one is no name.
    name_asked = NAME_ASKED.search(question.text) is not None

    def usable(name: str, min_words: int) -> bool:
        # Never someone the question names itself ("Dengan siapa Zelensky berbincang?" is not
        # answered "Volodymyr Zelensky").
        words = name.split()
        return (
            len(words) >= min_words
            and not all(canonical(w) in asked | _NOT_PEOPLE for w in words)
            and not any(canonical(w) in named for w in words)
            # ... nor under another of its names ("Kelompok Tujuh" when "G7" is asked)
            and not all(canonical(w) in asked | named for w in apply_aliases(name).split())
            and not any(w.lower() in _MEDIA for w in words)
            and not all(w.isupper() for w in words)  # "NATO": a body, no one's name
            # "Sidang Menteri Pertahanan": an office inside is an event or a body's name
            and not any(w.lower() in TITLE_WORDS for w in words[1:])
            # "Siapa nama diplomat itu?" asks a person: "Kelompok Tujuh" is a body, "Jerman"
            # a country
            and not ((name_asked or office) and (words[0].lower() in _BODIES or is_country(name)))
        )

    def trimmed(at: int, name: str) -> tuple[int, str]:
        # "Presiden Prancis Macron" for "Siapa presiden Prancis?": the office and what the
        # question names lead the name; the person is what follows.
        words = name.split()
        # (a country before a name is the office's: "Presiden Ukraina Volodymyr Zelenskyy")
        while len(words) > 1 and (
            canonical(words[0]) in asked | _NOT_PEOPLE
            or (is_country(words[0]) and not is_country(" ".join(words)))
        ):
            words = words[1:]
        rest = " ".join(words)
        return sentence.find(rest, at), rest

    if _object_deed_in(question.text, question.language):
        # "Dengan siapa Zelensky bertemu setelah …?": whom he met, not whom he spoke with;
        # a sentence that does not say he met anyone names no one he met.
        said, done_to = _object(question, sentence)
        if not said:
            return NO_FACT
        if done_to is None and _recipient_asked(question):
            return NO_FACT  # ('"…," kata Stoltenberg.': said, to no one named)
        agent = _passive_with_doer(question.text)
        if done_to is None and agent and not _names_the_doer(agent, sentence):
            # "Siapa yang ditemui Zelensky …?" against "negara-negara sekutu Ukraina bertemu …":
            # others met; no one he met is named.
            return NO_FACT
        if (
            done_to is not None
            and (done_to[1].split()[0].lower() in _GROUP_WORDS or usable(done_to[1], 1))
            and not _office_named(question, sentence, done_to[0])
            # (a clause is no one: "mengatakan para menteri pertahanan NATO menyetujui peta
            # jalan" names what was said, not to whom)
            and not any(w.islower() and is_verb_form(w) for w in done_to[1].split())
        ):  # ("para menteri pertahanan": a group, named by its office)
            return _best_bound(question, sentence, [done_to])
    # (whose words are asked, "Siapa yang mengatakan …", is the speaker's branch below)
    doer = None if _ASKS_SPEAKER.search(question.text) else _doer(question, sentence, previous)
    if doer == (0, ""):
        return NO_FACT  # a pronoun does the deed, and the sentence before names no one
    # (a doer may include a body the question names: "para menteri pertahanan NATO")
    if doer is not None and not {canonical(w) for w in doer[1].split()} <= asked | _NOT_PEOPLE:
        # "Siapa yang meminta …?" and "Ia meminta …": whoever does the asked deed, not the
        # nearest name ("Amerika Serikat" later in the sentence).
        return _best_bound(question, sentence, [doer])
    if _ASKS_SPEAKER.search(question.text):
        spoken = [
            trimmed(at, name) if name[:1].isupper() else (at, name)
            for at, name in speakers_in(sentence)
        ]
        spoken = [(at, n) for at, n in spoken if not name_asked or n[:1].isupper()]
        return _best_bound(question, sentence, [(at, n) for at, n in spoken if usable(n, 1)])
    role = question_role(question)
    candidates = [
        (at, name)
        for at, name in (trimmed(*titled) for titled in _titled_names(sentence, role, office))
        if usable(name, 1)
    ]
    if office and not candidates and _titled_names(sentence, role):
        return NO_FACT  # the sentence's office holders hold other offices
    if role:
        # The question names an office and its country/body: only its holder answers it.
        return _best_bound(question, sentence, candidates)
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
                name = " ".join(words)
                candidates.append((match.end(1) - len(name), name))
        # A country acts too ("Jerman, yang memegang kepresidenan G7, ..."): one word, but a
        # known name, unlike any capitalised word that opens a sentence; the subject of what
        # the question says (its words follow), not a place ("di Brussels, Belgia").
        candidates += [
            (at, name)
            for at, name in countries_in(sentence)
            if usable(name, 1)
            and (
                _AGENT_BEFORE.search(sentence[:at])  # "dikirim … oleh Polandia"
                or (
                    CLAUSE_START.search(sentence[:at])
                    and _predicate_follows(question, sentence, at + len(name))
                )
            )
        ]
    # "Setelah keterangan pers bersama Sekjen NATO, Zelensky bertemu siapa?": whoever the
    # sentence gives that office ("Sekretaris Jenderal NATO, Jens Stoltenberg") is someone the
    # question already names, by office.
    candidates = [(at, n) for at, n in candidates if not _office_named(question, sentence, at)]
    if name_asked:
        return _best_bound(question, sentence, candidates) if candidates else NO_FACT
    if not candidates:
        candidates = [(m.start(1), m.group(1)) for m in _LOWERCASE_SPEAKER.finditer(sentence)]
    if not candidates:
        subject = _subject_of(question, sentence)
        return _best_bound(question, sentence, [(0, subject)]) if subject else NO_FACT
    return _best_bound(question, sentence, candidates)


# The question names an office as someone taking part, not as what it asks: "bersama Sekjen
# NATO", "kepada Menteri Pertahanan", "with the NATO Secretary-General".
_OFFICE_ACCOMPANYING = re.compile(
    rf"\b(?i:bersama|dengan|kepada|sama|bareng|oleh|with|to|by)\s+(?i:the\s+|para\s+)?"
    rf"(?:(?:NATO|[A-Z][a-z]+)\s+)?(?i:{OFFICE_TITLES}|{EN_OFFICE_TITLES})"
)
# Chat asks an office's holder by the office then "siapa": "sama diktator siapa".
_OFFICE_THEN_WHO = re.compile(rf"(?i:{OFFICE_TITLES})(?:\s+[\w-]+){{0,2}}\s+(?i:siapa)\b")
# An office right before a name: "Sekretaris Jenderal NATO, Jens Stoltenberg".
_OFFICE_BEFORE = re.compile(rf"(?i:{OFFICE_TITLES})(?:\s+[A-Z][\w'’-]*){{0,2}},?\s*$")


def _office_named(question: Question, sentence: str, at: int) -> bool:
    """The sentence gives the name at `at` an office the question names without asking for its
    holder ("... bersama Sekjen NATO ..., Zelensky bertemu siapa?")."""
    if asked_office(question) or question_role(question):
        return False  # "Siapa Sekjen NATO?": the office's holder is the answer
    if not _OFFICE_ACCOMPANYING.search(question.text) or _OFFICE_THEN_WHO.search(question.text):
        return False  # "bareng sekjen nato siapa", "sama diktator siapa": the office is asked
    office = _OFFICE_BEFORE.search(sentence[max(0, at - 60) : at])
    if office is None:
        return False
    # Every word of the sentence's office, its qualifier too: "Presiden Prancis" is not the
    # "Presiden Zelensky" the question names.
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", office.group())}
    asked = _question_tokens(question) | set(question.entities)
    return bool(words & TITLE_WORDS) and words <= asked


def extract_previous_speaker(question: Question, sentence: str, previous: str) -> Fact:
    """ "Siapa yang mengatakan ...?" answered by a quote that names its speaker only by a
    pronoun: the speaker the sentence before names ("Menurut Stoltenberg, ... ." then
    '"...," tuturnya.'). Bound on both sentences together, since that is what gets cited."""
    if not previous or not _PRONOUN_SPEECH.search(sentence):
        return NO_FACT
    asked = {canonical(w) for w in re.findall(r"\w+", question.text)} | _NOT_PEOPLE
    for pattern in (_SPEAKER_BEFORE, _SPEAKER_AFTER):  # "menurut X" names the main speaker
        candidates = []
        for match in pattern.finditer(previous):
            words = match.group(1).split()
            while words and canonical(words[0]) in _NOT_PEOPLE:
                words = words[1:]  # "Presiden Joe Biden mengatakan": the person is Joe Biden
            if words and not all(canonical(w) in asked for w in words):
                candidates.append((match.end(1) - len(" ".join(words)), " ".join(words)))
        if len({name for _, name in candidates}) > 1:
            return NO_FACT  # "Menurut Stoltenberg, Putin mengatakan ...": whose is "katanya"?
        if candidates:
            fact = _best_bound(question, f"{previous} {sentence}", candidates)
            return Fact(fact.text, fact.binding, with_previous=True)
    return NO_FACT


def _subject_of(question: Question, sentence: str) -> str:
    """ "Siapa yang berjaga ...?" answered by "Penembak jitu berjaga ...": the few words before
    the question's verb when they open the sentence."""
    verb = _deed_asked(question)
    if not verb:
        return ""
    words = list(re.finditer(r"[\w'’-]+", sentence))
    for index, word in enumerate(words[1 : _MAX_SUBJECT_WORDS + 1], start=1):
        if is_verb_form(word.group()) and canonical(stem(word.group().lower())) != verb:
            return ""  # another verb first: "Ia membahas ... pertemuan" names no one who met
        if canonical(stem(word.group().lower())) == verb:
            last = _before_its_aspect(words, 0, index - 1)
            subject = sentence[words[0].start() : words[last].end()]
            # "Ia menambahkan ...": a pronoun names no one.
            return "" if canonical(subject.lower()) in _NOT_PEOPLE else subject
    return ""


# "Siapa yang meminta …", "… diminta oleh siapa?", "Who asked for …": the deed whose doer is
# asked. Not "kepada/dengan siapa" (an object) nor "Who did X meet" (X is the doer).
_DOER_ASKED_ID = re.compile(
    r"\bsiapa(?:kah)?\s+yang\s+([\w-]+)|\b(di[\w-]+)\s+oleh\s+siapa\b"
    # chat puts "siapa" last: "yg setujuin peta jalan itu siapa", "pas pidato yg jaga di atap
    # siapa"
    r"|\b(?:yang|yg)\s+([\w-]+)(?=[^?]*\bsiapa(?:sih|kah)?\s*\??\s*$)"
    # (or by the kind of person: "Pejabat mana yang mengesahkan …")
    r"|^\W*[a-z]+\s+mana(?:kah)?\s+(?:yang|yg)\s+([\w-]+)",
    re.I,
)
# "Who asked …", "Who will issue …"; not "Who did Zelensky meet" (he did) nor "Who was …".
_DOER_ASKED_EN = re.compile(
    # (a deed told by its noun first: "Who stood guard", "Who kept watch")
    r"^\s*who\s+(?:stood|stands|kept|keeps|(?:was|were)\s+standing)\s+(guard|watch)\b"
    # (an adverb may come first: "Who recently extended …", "Who just asked …")
    r"|^\s*who\s+(?:(?:will|would|can|could|has|have|had)\s+)?(?:(?:[a-z]+ly|just|also)\s+)?"
    r"(?!(?:is|was|are|were|did|does|do|be|been)\b)(?!(?:has|have|had)\s+been\b)([a-z]+)"
    # ... and "Who was keeping watch ...": a deed in the progressive
    r"|^\s*who\s+(?:is|was|are|were|(?:has|have|had)\s+been)\s+([a-z]+ing)\b"
    # ... or in the passive, "Who was posted on the rooftops": see `_deed_in`
    r"|^\s*who\s+(?:is|was|are|were)\s+([a-z]+ed)\b",
    re.I,
)
# Where the words before a verb stop being its subject: a clause boundary, a verb of saying
# ("Stoltenberg mengatakan para menteri menyetujui …": the ministers approved), "bahwa".
_SUBJECT_STOP = re.compile(
    rf"^(?:{SAID_AFTER_SPEAKER}|bahwa|yang|dan|karena|ketika|saat|setelah|sebelum|sementara"
    r"|namun|tetapi|sedangkan|sehingga|agar|supaya|untuk)$",
    re.I,
)
# Words that open a doer with no name: "para menteri", "sejumlah negara", "ribuan warga".
_GROUP_WORDS = {"para", "sejumlah", "seluruh", "semua", "kedua", "banyak", "ribuan", "jutaan"}
_PRONOUN_SUBJECT = re.compile(rf"^(?i:{PERSON_PRONOUNS})$")


def _deed_asked(question: Question) -> str:
    """The stem of the verb whose doer a who-question asks for; "" when it asks otherwise."""
    return _deed_in(question.text, question.language)


@lru_cache(maxsize=1024)
def _deed_in(text: str, language: str) -> str:
    """(Cached: asked once per candidate sentence of the same question.)"""
    if language == "en":
        match = _DOER_ASKED_EN.search(text)
        verb = next((g for g in match.groups() if g), "").lower() if match else ""
        glossed_verb = indonesian_for(verb).split()[:1]
        if (
            match
            and match.group(4)
            and not (
                glossed_verb
                and (glossed_verb[0].startswith(("ber", "di")) or not is_verb_form(glossed_verb[0]))
            )
        ):
            # A passive's one is the subject of a sentence in the passive or of one whose verb
            # takes no object ("posted" -> berjaga), or who is in a state ("disappointed" ->
            # kecewa); of an active one ("appointed" -> menunjuk) it is the object, which the
            # doer is not.
            return ""
        words = analyze(" ".join(glossed_verb)) if verb else []
    else:
        match = _DOER_ASKED_ID.search(text)
        # (past "akan", "telah", "dijadwalkan": "Siapa yang akan mengeluarkan …")
        rest = re.findall(r"\w+", text[match.start(match.lastindex or 0) :]) if match else []
        # (and "merasa": "Siapa yang merasa kesal …" asks of the feeling)
        rest = [w for w in rest if w.lower() not in auxiliary_words()]
        if (
            rest
            and not is_verb_form(rest[0])
            and (rest[0][:1].isupper() or not is_indonesian_word(rest[0].lower()))
        ):
            # "Siapa yang Zelensky temui …?": a name after "yang" is the doer; whom he met is
            # asked, not who did a deed called "Zelensky"
            return ""
        words = analyze(" ".join(rest))
    return canonical(words[0]) if words else ""


# "Dengan siapa Zelensky bertemu …", "Who did Zelensky meet …": the one asked is the object of
# the question's first verb.
_OBJECT_ASKED_ID = re.compile(r"\b(?:dengan|kepada|sama|ama)\s+siapa(?:kah)?\b(.*)", re.I)
# ... and with the verb before it: "Zelensky bertemu (dengan) siapa?", chat "ketemu siapa".
# (a noun of office may stand between: "Zelensky menemui pejabat siapa?")
_OBJECT_ASKED_ID_AFTER = re.compile(
    r"\b(\w+)\s+(?:(?!(?:dengan|kepada|sama|ama|ke)\b)(\w+)\s+)?(?:(?:dengan|kepada|sama|ama|ke)\s+)?"
    r"siapa(?:kah)?\b",
    re.I,
)
# ... and in the passive, with its doer after it: "Siapa yang ditemui Zelensky setelah …?"
# asks whom Zelensky met. (Without a doer, "Siapa yang ditunjuk …", the one it was done to is
# the sentence's subject, found as a doer is.)
_OBJECT_ASKED_PASSIVE = re.compile(
    r"\b(?i:siapa(?:kah)?\s+(?:yang|yg)\s+(?:(?:akan|sudah|telah|kemudian|lalu)\s+)*(di[a-z]+))"
    r"\s+([\w'’-]+)"
)
# A pronoun that may stand for the doer: "ia", "dia", or words given to him ('…," lanjutnya').
_PRONOUN_DOER = re.compile(rf"\b(?:{PERSON_PRONOUNS})\b|{PRONOUN_SPEECH}", re.IGNORECASE)


def _passive_with_doer(text: str) -> re.Match[str] | None:
    """ "Siapa yang ditemui Zelensky …", chat "siapa yg ditemui zelensky …": the passive verb
    and the name of its doer after it (a name: capitalised, or no dictionary word)."""
    match = _OBJECT_ASKED_PASSIVE.search(as_who(text))
    if match is None or not is_verb_form(match.group(1)):
        return None
    doer = match.group(2)
    return match if doer[:1].isupper() or not is_indonesian_word(doer.lower()) else None


def _names_the_doer(agent: re.Match[str], sentence: str) -> bool:
    """The sentence names the passive question's doer, or a pronoun that may stand for him."""
    named = re.search(rf"\b{re.escape(agent.group(2))}", sentence, re.IGNORECASE)
    return named is not None or _PRONOUN_DOER.search(sentence) is not None


# "Who did Zelensky meet …?", "who did the ukrainian president meet", "Who was the Ukrainian
# president set to meet …?": after the auxiliary, the doer, in any case and by name, pronoun or
# office, then the verb (after "to" when the auxiliary is a form of "be": "Who was the foreign
# minister quoted on …?" asks who held the office).
_OBJECT_ASKED_EN = re.compile(
    r"(?:^|,)\s*(?i:(?:whom?\s+(?:(did|does|do|will|would|has|have|had)|is|was|are|were)"
    # ("Which Chinese official did Stoltenberg meet …?": whom he met, called by a kind; not
    # "Which dictator had the palace built?", who had it done)
    r"|which(?:\s+[\w'’-]+){1,3}?\s+(did|does|do|will|would))\s+)(.+)"
)
# Words between the doer and the verb that carry no deed: "who did Zelensky go on to meet".
_EN_NOT_DEEDS = frozenset("go goes went on to then later also first next".split())
_EN_RELATIVES = frozenset("who whom that which whose".split())
_EN_BE = frozenset("be been being".split())
# Words after "who did/is …" that begin no doer: "Who did not attend …", "Who will also speak …",
# "Who is going to replace …".
_EN_NOT_DOERS = frozenset(
    "not also already still just ever never going set about due expected likely to then".split()
)
# Where an object ends: "para menteri pertahanan | dari negara-negara …".
_TO_WHOM = frozenset({"kepada", "dengan"})
# The deeds of saying, by their stems: the roots of saying, speaking (chat's "ngomong" reads
# as "berbicara", whose stem the synonym data joins to "bahas") and conveying ("menyampaikan
# janji"): whom one spoke to is whom one said it to.
SAYING_DEEDS = SAYING_ROOTS | {canonical(stem("berbicara")), canonical(stem("menyampaikan"))}
# Whom something was said, sent or given to: "kepada siapa", chat's "ke siapa".
_RECIPIENT_ASKED_ID = re.compile(r"\b(?:kepada|ke)\s+siapa(?:kah)?\b", re.I)
# How many words after its verb the recipient of a deed may stand ("mengirimkan “pesan yang
# jelas” kepada Rusia", "ujar Stoltenberg kepada Zelensky").
_RECIPIENT_REACH = 8
# Where a deed's clause ends, looking for its recipient.
_CLAUSE_END = frozenset({",", ";", ":", ".", "bahwa"})
_TO_WHOM_ASKED = re.compile(r"\b(?:kepada|dengan|sama|ama|ke)\s+siapa", re.I)
_POSSESSIVE = re.compile(r"^(?:kami|kita|mereka|kalian|saya|aku|anda)$", re.I)
_OBJECT_STOP = re.compile(r"^(?:dari|di|pada|untuk|yang|dan|saat|ketika|setelah|sebelum)$", re.I)


# Verbs that only carry a noun's deed: "mengadakan pertemuan", "melakukan kunjungan".
_LIGHT_VERBS = frozenset("mengadakan melakukan menggelar menyelenggarakan".split())


def _english_object_deed(text: str) -> list[str]:
    """The Indonesian glosses of the verb after the doer in "Who did <doer> <verb> …?" (the
    first word after the doer glossed as a verb: "Who did Zelensky head off to meet" met
    someone; after a form of "be", only a verb after "to"); [] when "who" is the doer ("Who has
    been attacking …?", "Who has attacked …?")."""
    match = _OBJECT_ASKED_EN.search(text)
    if not match:
        return []
    words = re.findall(r"[\w'’-]+", match.group(3).lower())
    # (a relative clause tells of the doer, not what was done to whom: "Who is the Hungarian
    # prime minister who refused to send troops …?")
    words = list(itertools.takewhile(lambda word: word not in _EN_RELATIVES, words))
    if (
        not words
        or words[0] in _EN_BE | _EN_NOT_DOERS
        or words[0].endswith("ly")
        or any(map(is_verb_form, indonesian_for(words[0]).split()))
    ):
        return []
    after_do = match.group(1) is not None or match.group(2) is not None
    deeds = (
        [gloss for gloss in indonesian_for(word).split() if is_verb_form(gloss)]
        for at, word in enumerate(words)
        if at > 0 and word not in _EN_NOT_DEEDS and (after_do or words[at - 1] == "to")
    )
    return next((found for found in deeds if found), [])


def asks_whom(question: Question) -> bool:
    """The who-question asks whom its deed was done to ("Dengan siapa Zelensky bertemu?",
    "Who was the Ukrainian president set to meet?"), not who did it or holds an office."""
    return bool(_object_deed_in(question.text, question.language))


@lru_cache(maxsize=1024)
def _object_deed_in(text: str, language: str) -> frozenset[str]:
    """The stems of the verb whose object a who-question asks for (an English verb's every
    Indonesian gloss: "speak" is "berbicara" or "berbincang"); empty when it asks otherwise.
    (Cached: asked once per candidate sentence of the same question.)"""
    if language == "en":
        glosses = _english_object_deed(text)
        return frozenset(canonical(stem(verb.lower())) for verb in glosses)
    else:
        text = as_who(text)
        before = _OBJECT_ASKED_ID_AFTER.search(text)
        match = _OBJECT_ASKED_ID.search(text)
        passive = _passive_with_doer(text)
        if passive:
            found = [passive.group(1)]
        elif before and (verb := _verb_of(before)):
            found = [verb]  # "Zelensky bertemu dengan siapa setelah berbicara ..."
        else:
            # ("Dengan siapa Zelensky dijadwalkan bertemu": the deed is the meeting)
            found = re.findall(r"\w+", match.group(1)) if match else []
        words = [w for w in found if w.lower() not in auxiliary_words()]
        # "mengadakan pertemuan": a light verb; the deed is its noun's root (temu)
        verbs = [
            words[i + 1] if w.lower() in _LIGHT_VERBS and i + 1 < len(words) else w
            for i, w in enumerate(words)
            if is_verb_form(w)
        ]
        recipient = _RECIPIENT_ASKED_ID.search(text)
        if not verbs and recipient:
            # "stoltenberg ngomong 'kami akan dukung anda' itu ke siapa": the last verb before
            # "ke siapa", outside the words quoted
            unquoted = QUOTED_WORDS.sub(" ", text[: recipient.start()])
            verbs = [
                w
                for w in re.findall(r"\w+", unquoted)
                if is_verb_form(w) or w.lower() in SAYING_ROOTS
            ][-1:]
    return frozenset({canonical(stem(verbs[0].lower()))}) if verbs else frozenset()


def _to_recipient(words: list[re.Match[str]], at: int) -> bool:
    """The word opens whom something goes to: "kepada", or "untuk"/"ke" before a name
    ("surat untuk Bupati Sari"; not "untuk membahas", a purpose)."""
    word = words[at].group().lower()
    following = words[at + 1].group() if at + 1 < len(words) else ""
    return word == "kepada" or (word in {"untuk", "ke"} and following[:1].isupper())


def _recipient_asked(question: Question) -> bool:
    """The who-question asks whom something was said, sent or given to ("Kepada siapa
    Stoltenberg mengirimkan 'pesan yang jelas'?", "Who did Stoltenberg tell …?"): the one
    after "kepada" in the deed's clause, not the words right after its verb."""
    return _recipient_asked_in(question.text, question.language)


@lru_cache(maxsize=1024)
def _recipient_asked_in(text: str, language: str) -> bool:
    # (cached: asked for every candidate sentence of the same question)
    if language == "en":
        return bool(set(re.findall(r"[a-z]+", text.lower())) & recipient_verbs_en())
    return bool(_RECIPIENT_ASKED_ID.search(text))


# "Serangan siapa …", "Usulan siapa yang …": a noun whose owner is asked, opening the question
# (chat's "yg jaga di atap siapa" asks who was on the roof).
_POSSESSION_ASKED = re.compile(r"^\W*([a-z][\w-]+) siapa(?:kah)?\b", re.IGNORECASE)
# (prepositions: "Dengan siapa …", "Oleh siapa …" ask no owner)
_NOT_POSSESSED = frozenset(
    "dengan kepada sama ama bareng oleh untuk bagi buat dari bersama ke pada milik atas".split()
)
_CALENDAR_NAMES = frozenset(w.lower() for w in (*DAYS, *MONTHS))
# A name written after its noun: "serangan Hamas", "usulan Presiden Macron".
_NAME_AFTER = re.compile(r"\s+((?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*)*)")


def _possession_asked(text: str) -> str:
    """The term of the noun whose owner a who-question asks ("serang" for "Serangan siapa
    …?"); "" when "siapa" follows a preposition, a verb or an office ("pejabat siapa")."""
    found = _POSSESSION_ASKED.search(text)
    if found is None:
        return ""
    noun = found.group(1).lower()
    before = re.findall(r"[\w-]+", text[: found.start(1)])
    # ("Penggantinya siapa?" describes whom it asks; "Kata siapa …?" asks a speaker; "kepala
    # negara siapa" an office, as "pejabat siapa")
    if (
        (before and _is_calling(before[-1].lower()))
        or noun in _NOT_POSSESSED
        or noun in stopwords()
        or noun in office_nouns()
        or is_verb_form(noun)
        or noun.endswith("nya")
        or re.fullmatch(WORDS_ASKED, noun)
    ):
        return ""
    terms = analyze(noun)
    return canonical(terms[0]) if terms else ""


def _possessed_nouns(possessed: str, sentence: str) -> list[re.Match[str]]:
    """The sentence's nouns of the possessed noun's term ("serangan"; not a verb of its stem,
    "menyerang Ukraina", whose object is no owner)."""
    found = []
    for word in re.finditer(r"[\w-]+", sentence):
        terms = analyze(word.group().lower())
        if terms and canonical(terms[0]) == possessed and not is_verb_form(word.group().lower()):
            found.append(word)
    return found


def _owners(nouns: list[re.Match[str]], sentence: str) -> list[tuple[int, str]]:
    """The names written right after those nouns ("serangan Hamas"), not a day or month."""
    found = []
    for noun in nouns:
        name = _NAME_AFTER.match(sentence, noun.end())
        if name and name.group(1).split()[0].lower() not in _CALENDAR_NAMES:
            found.append((name.start(1), name.group(1).rstrip(".")))
    return found


def _verb_of(before: re.Match[str]) -> str:
    """The verb right before "siapa", or before the noun of office there ("menemui pejabat
    siapa"); "" when neither is a verb."""
    first, second = before.group(1), before.group(2)
    if second is None:
        return first if is_verb_form(first) else ""
    if is_verb_form(second):
        return second
    # ("berterima kasih kepada siapa": the verb's complement stands before whom)
    complement = _TO_WHOM_ASKED.search(before.group())
    return first if (second.lower() in office_nouns() or complement) and is_verb_form(first) else ""


def _object(question: Question, sentence: str) -> tuple[bool, tuple[int, str] | None]:
    """Whether the sentence says the asked deed, and whom it is done to there: the words
    right after its verb ("sebelum bertemu para menteri pertahanan dari …" -> para menteri
    pertahanan), a group or the first named person; None when no one follows the verb (the
    partner may stand before it: "ia dan Zelensky membahas …")."""
    deeds = _object_deed_in(question.text, question.language)
    if deeds & SAYING_DEEDS:
        deeds |= SAYING_DEEDS  # (words said to someone, by whichever verb of saying)
    words = list(re.finditer(r"[\w'’-]+|[,;:.()“”\"]", sentence))
    verb = next(
        (
            i
            for i, w in enumerate(words)
            # the verb, not its noun ("pertemuan NATO" met no one), and active: after a
            # passive ("dikirim melalui paket NATO") comes no one it was done to
            if (is_verb_form(w.group()) or w.group().lower() in SAYING_ROOTS)
            and not w.group().lower().startswith("di")
            and canonical(stem(w.group().lower())) in deeds
        ),
        None,
    )
    if verb is None:
        return False, None
    start = verb + 1
    recipient = _recipient_asked(question)
    if recipient:
        clause = itertools.takewhile(
            lambda at: words[at].group().lower() not in _CLAUSE_END,
            range(start, min(start + _RECIPIENT_REACH, len(words))),
        )
        to = next((at for at in clause if _to_recipient(words, at)), None)
        if to is not None:
            start = to + 1
        elif words[verb].group().lower() in SAYING_ROOTS:
            return True, None  # '"…," ujar Stoltenberg.': the speaker follows, no one heard
    # "berterima kasih kepada …", "mengucapkan terima kasih kepada …": the verb's complement
    # stands between it and whom the deed is done to
    for complement in (1, 2):
        ahead = words[start : start + complement + 1]
        if (
            len(ahead) == complement + 1
            and ahead[-1].group().lower() in _TO_WHOM
            and all(re.match(r"[a-z]", w.group()) for w in ahead[:-1])
        ):
            start += complement
            break
    while start < len(words) and words[start].group().lower() in {"dengan", "kepada", "ke"}:
        start += 1
    end = start
    while end < len(words) and (
        words[end].group() in "()"  # "Presiden Amerika Serikat (AS) Joe Biden"
        or (re.match(r"\w", words[end].group()) and not _OBJECT_STOP.match(words[end].group()))
    ):
        end += 1
    if end == start:
        return True, None
    span = sentence[words[start].start() : words[end - 1].end()]
    if words[start].group().lower() in _GROUP_WORDS:
        # (to the verb of what they were asked to do: "mendesak para sekutunya meningkatkan
        # pasokan" urged "para sekutunya"; after a verb of saying, a group before a verb is
        # what was said, kept whole: "mengatakan para menteri menyetujui …")
        saying = canonical(stem(words[verb].group().lower())) in SAYING_DEEDS
        verbs_after = (at for at in range(start + 1, end) if is_verb_form(words[at].group()))
        verb_at = end if saying else next(verbs_after, end)
        return True, (
            words[start].start(),
            sentence[words[start].start() : words[verb_at - 1].end()],
        )
    if words[start].group().lower() in person_nouns("groups"):
        # "kepada mitra kami", "dengan sekutunya": people named by what they are to the doer
        owned = words[start + 1 : start + 2]
        last = owned[0] if owned and _POSSESSIVE.match(owned[0].group()) else words[start]
        return True, (words[start].start(), sentence[words[start].start() : last.end()])
    titled = _titled_names(span, set())
    person = titled[0][1] if titled else _first_person(span)
    if not person and recipient:
        # (words are said and things sent to a country or a body too: "kepada Rusia")
        named = re.match(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*", span)
        person = named.group() if named else ""
    if not person or any(canonical(w.lower()) in set(question.entities) for w in person.split()):
        return True, None
    return True, (sentence.find(person, words[start].start()), person)


def _doer(question: Question, sentence: str, previous: str) -> tuple[int, str] | None:
    """Who does the deed a who-question asks about in the sentence (`doer_of`)."""
    deed = _deed_asked(question)
    return doer_of(deed, question, sentence, previous) if deed else None


def doer_of(deed: str, question: Question, sentence: str, previous: str) -> tuple[int, str] | None:
    """Who does the deed (a verb's stem) in the sentence: the words right before its verb,
    back to a clause boundary or a verb of saying; "Ia meminta …" is the person the sentence
    before opens with. None when the sentence has no such verb or no one before it; (0, "")
    when a pronoun does it and the sentence before names no one."""
    # (blanked, not cut, so that offsets hold: "Zelensky pada Rabu (11/10/2023) tiba")
    timed = _TIME_BETWEEN.sub(lambda m: " " * len(m.group()), sentence)
    words = list(re.finditer(r"[\w'’-]+|[,;:(“”\"]", timed))
    deeds = same_deed(deed)
    found_at = next(
        (i for i, w in enumerate(words) if canonical(stem(w.group().lower())) in deeds), None
    )
    if found_at is None:
        return None  # the deed is not told here
    verb = found_at
    told = words[verb].group()
    after = [w for w in words[verb + 1 : verb + 3] if re.match(r"\w", w.group())]
    # (one describing word may stand between: "serangan baru Rusia")
    named_after = next(
        (
            w
            for at, w in enumerate(after)
            if w.group()[:1].isupper() and (at == 0 or not after[0].group()[:1].isupper())
        ),
        None,
    )
    if (
        told.lower().endswith("an")
        and not is_verb_form(told.lower())
        and named_after
        and canonical(named_after.group().lower()) not in set(question.entities)
    ):
        # the deed told by its noun, its doer after it: "karena serangan Rusia di
        # infrastruktur", "tentang serangan baru Rusia" for "Siapa yang menyerang …?"
        return named_after.start(), named_after.group()
    start = verb
    if start > 0 and re.fullmatch(SAID_AFTER_SPEAKER, words[start - 1].group(), re.I):
        # "Zelensky mengaku kecewa": the one who says so of themselves is who did it
        start -= 1
    said_at = start
    while start > 0 and verb - start < _MAX_SUBJECT_WORDS:
        word = words[start - 1].group()
        if not re.match(r"\w", word) or _SUBJECT_STOP.match(word):
            break
        start -= 1
    if start == said_at:
        return None
    if _PRONOUN_SUBJECT.match(words[start].group()) and not any(
        w.group()[:1].isupper() for w in words[start + 1 : said_at]
    ):
        # "Ia juga mendesak Amerika Serikat …": the person the sentence before names, or no
        # one (the names after the verb are whom it was done to)
        return 0, _first_person(previous)
    # The doer ends at its last name ("Stoltenberg resmi memperpanjang", "Jerman diperkirakan
    # akan mengeluarkan"); a doer without one is a group ("para menteri pertahanan").
    named = [
        i
        for i in range(start, verb)
        if words[i].group()[:1].isupper()
        and not (i == 0 and is_indonesian_word(words[i].group().lower()))  # "Penembak jitu"
    ]
    if words[start].group().lower() in _GROUP_WORDS:
        end = _before_its_aspect(words, start, named[-1] if named else verb - 1)
        return words[start].start(), sentence[words[start].start() : words[end].end()]
    if not named:
        return None
    first = _enumeration_start(words, start)
    if first < start:  # "AS, Inggris, Prancis, dan Jerman diperkirakan akan mengeluarkan …"
        return words[first].start(), sentence[words[first].start() : words[named[-1]].end()]
    person = _first_person(sentence[words[start].start() : words[named[-1]].end()])
    asked = set(question.entities)
    if not person or any(canonical(w.lower()) in asked for w in person.split()):
        return None  # the question's own person ("Siapa yang berbincang dengan Zelensky?")
    return sentence.find(person, words[start].start()), person


# A time between a doer and their verb: "pada Rabu (11/10/2023)", "pada 11 Oktober 2023".
_TIME_BETWEEN = re.compile(
    rf"\bpada\s+(?:hari\s+)?(?:(?i:{'|'.join(DAYS)})\b\s*)?\([^)]*\)"
    rf"|\bpada\s+(?:hari\s+)?(?i:{'|'.join(DAYS)})\b"
    rf"|\bpada\s+(?:tanggal\s+)?\d{{1,2}}\s+(?i:{'|'.join(MONTHS)})\b(?:\s+\d{{4}})?"
)


def _enumeration_start(words: list[re.Match[str]], start: int) -> int:
    """Where a list of names ending at `start` begins ("AS, Inggris, Prancis, dan Jerman"):
    back over ", Name" and "dan Name" as long as names come."""
    first = start
    at = start - 1
    if at <= 0 or words[at].group().lower() not in {"dan", "serta"}:
        return first  # a list ends "…, dan Jerman"; "Di Budapest, Orban" is none
    commas = False
    while at > 0 and words[at].group().lower() in {",", "dan", "serta"}:
        while at > 0 and words[at].group().lower() in {",", "dan", "serta"}:
            commas |= words[at].group() == ","
            at -= 1
        if not words[at].group()[:1].isupper():
            break
        while at > 0 and words[at - 1].group()[:1].isupper():
            at -= 1  # "Amerika Serikat"
        first = at
        at -= 1
    # "Zelensky tiba di Brussels dan Stoltenberg meminta …" joins clauses: a list has commas
    return first if commas else start


# Words in quotation marks: the speaker's, not the narrator's.
QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")


def _first_person(text: str) -> str:
    """The first name in the text without its office or country ("Presiden Ukraina Volodymyr
    Zelensky" -> Volodymyr Zelensky): whom a following "Ia" stands for. Not a word inside a
    quote ('"Dukungan berkelanjutan …," ucapnya' names no one)."""
    text = QUOTED.sub(" ", text)
    for match in re.finditer(r"[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)*", text):
        words = match.group().split()
        while words and (canonical(words[0].lower()) in _NOT_PEOPLE or is_country(words[0])):
            words = words[1:]
        if words and words[0].lower() not in CAPITALISED_PRONOUNS:
            return " ".join(words)
    return ""


def _of_kind(question: Question, at: int, place: str) -> tuple[int, str] | None:
    """The part of "Vilnius, Lithuania" that is the kind of place asked: the country for "di
    negara mana", the rest for "di kota mana"; None if no part is."""
    if question.place_kind is None:
        return at, place
    if question.place_kind == "site":
        return (at, place) if names_a_site(place) else None
    area = _AREA.match(place)
    if area:  # "wilayah Rusia": of the kind its name is
        at, place = at + area.end(), place[area.end() :]
    parts = [(at + match.start(), match.group()) for match in re.finditer(r"[^,]+", place)]
    parts = [(start + len(p) - len(p.lstrip()), p.strip()) for start, p in parts]
    wanted = question.place_kind == "country"
    # (a site is no city either: "Istana Parlemen" does not answer "di kota mana", nor does a
    # body: "dicabut dari Kongres AS")
    kept = [
        (start, part)
        for start, part in parts
        if is_country(part) == wanted
        and (wanted or not (names_a_site(part) or part.split()[0].lower() in _BODIES))
    ]
    capital_country = (
        country_of_capital_in_indonesian(parts[0][1])
        if wanted and not kept and parts and _meeting_placed(question)
        else None
    )
    if capital_country:
        # "Di negara mana pertemuan itu digelar?" against "pertemuan … di Bucharest": the
        # capital's country, with the capital as the article writes it. (Only for a meeting's
        # place or a seat: a city is where it met or sits; of other deeds a sentence naming
        # the country answers better.)
        return parts[0][0], f"{capital_country} ({parts[0][1]})"
    if not kept:
        return None
    return kept[0][0], ", ".join(part for _, part in kept)


def _meeting_placed(question: Question) -> bool:
    """The question asks where a meeting was held ("pertemuan menlu nato di negara mana",
    "Which country hosted the summit?") or where a body has its seat ("Di negara mana markas
    NATO?", normalised from "kantor pusat", "headquarters"): a city answers with its country."""
    words = re.findall(r"[\w-]+", question.text)
    return (
        bool(_HOSTING.search(question.text))
        or any(is_event_word(w) for w in words)
        or bool(_SEAT_ASKED.search(question.text))
    )


_SEAT_ASKED = re.compile(r"\b(?:markas|kantor pusat|headquarters|hq)\b", re.IGNORECASE)


# "tuan rumah", "hosted": the country asked is where the event was held.
_HOSTING = re.compile(r"\b(?:tuan\s+rumah|host(?:ed|s|ing)?)\b", re.IGNORECASE)

# Platforms words are posted on ("tulisnya via Twitter"): where a posting question is answered.
_PLATFORMS = frozenset({"twitter", "x", "instagram", "facebook", "telegram", "tiktok", "youtube"})
# "tulisnya via Twitter", "posted on X": the platform words were put on.
ON_PLATFORM = re.compile(r"\b(?:via|di|melalui|lewat|on|in)\s+([A-Z][\w-]*)")
# Posting that only a platform does, as analysed words (English through the gloss): tweeting,
# uploading.
_POSTING_ON_A_PLATFORM = frozenset({"cuit", "twit", "tweet", "kicau", "unggah"})
# Posting and writing: "Where did X post …", "zelensky nulis … di mana".
_POSTING = _POSTING_ON_A_PLATFORM | frozenset({"tulis", "nulis", "post", "posting"})


def asks_where_posted(question: Question) -> bool:
    """ "Where did Zelensky post …?", "zelensky nulis … di mana", "Di platform media sosial mana
    …": a platform answers."""
    return question.type == "di_mana" and _asks_a_platform(question)


def _asks_a_platform(question: Question) -> bool:
    return bool(_POSTING & (set(question.terms) | token_set(question.asked))) or bool(
        _PLATFORM_NAMED.search(question.text)
    )


# "di platform (media sosial) mana", "di medsos apa", "on which social media": the place asked
# is a platform, whatever was done there.
_PLATFORM_NAMED = re.compile(
    r"\b(?:platform|media sosial|medsos|social media|social network)\b", re.IGNORECASE
)


def asks_a_medium(question: Question) -> bool:
    """ "Bagaimana … lewat apa", "Through which platform did Zelensky soften his tone?": a
    platform answers."""
    return question.type in {"apa", "bagaimana"} and medium_asked(
        f"{question.text} {question.asked}"
    )


def asks_what_was_posted(question: Question) -> bool:
    """ "What did Zelensky tweet after his Vilnius speech?", "zelensky ngetweet apa": the words
    put on a platform, not which one (`asks_a_medium`)."""
    # (by a platform's own verbs or its name: "post" and "write" are also an office and any
    # writing, "Which post did Stoltenberg extend his term in?")
    asked = set(question.terms) | token_set(question.asked)
    return (
        question.type in {"apa", "bagaimana"}
        and not asks_a_medium(question)
        and bool(asked & _POSTING_ON_A_PLATFORM or any(is_platform(term) for term in asked))
    )


def posts_words(sentence: str) -> bool:
    """The sentence puts words on a platform ("…," tulisnya via Twitter)."""
    return bool(_platforms_in(sentence))


def is_platform(name: str) -> bool:
    return name.lower() in _PLATFORMS


def _posted_on(question: Question, sentence: str) -> list[tuple[int, str]]:
    """ "Where did Zelensky post …?": the platform the sentence says the words were posted
    on, when the question asks where something was posted or written."""
    return _platforms_in(sentence) if _asks_a_platform(question) else []


def _platforms_in(sentence: str) -> list[tuple[int, str]]:
    """The platforms the sentence says something was done on ("tulisnya via Twitter")."""
    return [
        (match.start(1), match.group(1))
        for match in ON_PLATFORM.finditer(sentence)
        if match.group(1).lower() in _PLATFORMS
    ]


# Where something comes from is asked: "dari mana", "asal …", "from where", "where … from".
_ORIGIN_ASKED = re.compile(r"\b(?:dari|asal)\b|\bfrom\b", re.IGNORECASE)


def extract_place(question: Question, sentence: str) -> Fact:
    asked = _question_tokens(question)
    posted_on = _posted_on(question, sentence)
    if posted_on:
        return _best_bound(question, sentence, posted_on)
    candidates = []
    origin_asked = _ORIGIN_ASKED.search(f"{question.text} {question.asked}") is not None
    for match in _PLACE.finditer(sentence):
        words = [w.strip(",") for w in match.group(1).split()]
        if all(canonical(w) in asked for w in words):
            continue
        if match.group().lower().startswith("dari") and not origin_asked:
            continue  # "… mencari dukungan dari Washington": where it comes from, not where
        if any(w.lower() in _MEDIA | _CALENDAR for w in words):
            continue
        if _of_a_topic(question, sentence[: match.start()]):
            continue  # "membahas situasi di Ukraina": where the situation is
        if _of_a_group(question, sentence[: match.start()]):
            continue  # "mendesak … negara-negara NATO di Uni Eropa": where those countries are
        if _of_a_next_event(question, sentence[: match.start()]) and not any(
            canonical(w) in asked for w in words
        ):
            # "membahas persiapan pertemuan selanjutnya di Vilnius", asked of 4 July (not where
            # the place itself is asked about: "Vilnius ada di negara mana?")
            continue
        if _of_an_ordered_event(question, sentence[: match.start()], sentence[match.end() :]):
            continue  # "terakhir sebelum pertemuan puncak … di Washington", asked of another
        kept = _of_kind(question, match.start(1), match.group(1))
        if kept and not all(canonical(w) in asked for w in kept[1].replace(",", " ").split()):
            candidates.append(kept)
    # "menyerang ke mana" against "… NATO di Uni Eropa … melakukan serangan di wilayah Rusia":
    # the place the asked deed is done at, when the sentence sets it there, not the place of
    # another word the question shares
    deeds = _deed_stems(question)
    at_deed = [c for c in candidates if deeds & _words_before(sentence, c[0])]
    candidates = _in_the_closest_part(question, sentence, at_deed or candidates)
    if not candidates and question.place_kind is None:
        # "Di markas NATO, negara-negara sekutu Ukraina bertemu …": a body's seat, named by
        # the body, where no place name is given
        # (not a seat in the city the question names as another event's: "abis sidang menhan
        # … di brussels, ktt berikutnya di mana" asks where else)
        candidates = [
            (match.start(1), match.group(1))
            for match in _SEAT.finditer(sentence)
            if not all(canonical(w) in asked for w in match.group(1).split())
            and not _city_of_another_event(question, sentence, match.end(1))
        ]
    if not candidates and question.place_kind is None:
        wanted = _wanted(question)
        candidates = [
            (match.start(2), match.group(2))
            for match in _DONE_AT.finditer(sentence)
            if canonical(stem(match.group(1).lower())) in wanted
            and match.group(2).split()[0] not in _NOT_A_SITE
        ]
    return _with_its_city(sentence, _best_bound(question, sentence, candidates))


# The city a venue is said to stand in right after it: "di Istana Parlemen yang sama di
# Bucharest" (only a relative link between: not "… untuk membahas bantuan di Ukraina").
_CITY_AFTER = re.compile(r"(?:\s+yang\s+(?:sama|terletak|berada))?\s+di\s+([A-Z][\w-]+)")


# The clause a question orders its event against ("setelah rapat … di Brussels", "that
# followed the … meeting in Brussels"): the places in it are that other event's.
_ANOTHER_EVENTS_CLAUSE = re.compile(
    rf"\b(?:{order_words()}|followed)\b[^,?]*",
    re.IGNORECASE,
)


def _city_of_another_event(question: Question, sentence: str, end: int) -> bool:
    """The city the sentence puts a venue in right after it is one the question names as
    another event's."""
    after = _CITY_AFTER.match(sentence, end)
    return after is not None and any(
        canonical(after.group(1).lower()) in token_set(clause.group())
        for clause in _ANOTHER_EVENTS_CLAUSE.finditer(question.text)
    )


def _with_its_city(sentence: str, fact: Fact) -> Fact:
    """A venue the places data does not know ("Istana Parlemen") with the known city or country
    the sentence puts it in right after ("… yang sama di Bucharest"): a reader asking where
    needs the city as well as the building."""
    if not fact.text or place_pattern().fullmatch(fact.text):
        return fact
    at = sentence.find(fact.text)
    after = _CITY_AFTER.match(sentence, at + len(fact.text)) if at >= 0 else None
    if after is None or not place_pattern().fullmatch(after.group(1)):
        return fact
    return Fact(f"{fact.text}, {after.group(1)}", fact.binding)


def _in_the_closest_part(
    question: Question, sentence: str, candidates: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """Of a quote of several sentences, the candidates in the one that shares the most of the
    question's words (besides its names): '“Kami telah mendukung peta jalan kerja sama … yang
    pertama. Sekutu sedang bersiap … di Polandia,”' does not place the roadmap in Poland."""
    parts = [(span.start, span.end) for span in paragraph_sentences(sentence, inside_quotes=True)]
    if len(parts) < 2:
        return candidates
    asked = set(question.terms) - set(question.entities)

    def shared(at: int) -> int:
        start, end = next((p for p in parts if p[0] <= at < p[1]), parts[-1])
        return len(asked & token_set(sentence[start:end]))

    most = max(shared(start) for start, _ in parts)
    return [c for c in candidates if shared(c[0]) == most]


def _deed_stems(question: Question) -> set[str]:
    """The stems of the question's verbs besides its names: the deeds it asks about."""
    words = re.findall(r"[\w-]+", question.text)
    return {canonical(stem(w.lower())) for w in words if is_verb_form(w)} - set(question.entities)


def _words_before(sentence: str, at: int) -> set[str]:
    """The stems of the two words before the preposition that precedes `at`."""
    words = re.findall(r"[\w-]+", sentence[:at])[-3:-1]
    return {canonical(stem(w.lower())) for w in words}


def _of_a_topic(question: Question, before: str) -> bool:
    """The place's preposition follows a noun of what is talked about ("situasi di Ukraina")
    that the question does not ask the place of ("Di mana perang berkecamuk?" does). (Not a
    next event, "pertemuan NATO selanjutnya di Vilnius": chat asks its place without "next",
    "pertemuan yg diomongin … diadain dmn".)"""
    words = re.findall(r"[\w-]+", before.lower())
    asked = set(re.findall(r"[\w-]+", question.text.lower()))
    # (asked in any form: "nyerang kemana" asks where the "serangan" is)
    return (
        bool(words)
        and words[-1] in topic_nouns()
        and words[-1] not in asked
        and canonical(stem(words[-1])) not in set(question.terms)
    )


def _of_a_group(question: Question, before: str) -> bool:
    """The place's preposition follows a plural noun that a verb before it in its clause takes
    as its object, with the names it is of ("mendesak Amerika Serikat dan negara-negara NATO di
    Uni Eropa"): the place tells which of them were urged, not where the urging was; unless the
    question names that group itself ("Negara-negara NATO di mana yang didesak …?"). (A group
    that opens its clause does the deed there: "Para menteri di Brussels menyetujui …".)"""
    clause = re.split(r"[,;:]", before)[-1]
    words = re.findall(r"[\w-]+", clause)
    names: list[str] = []
    while words and words[-1][:1].isupper():
        names.insert(0, words.pop())  # the names the group is of: "NATO"
    if not words:
        return False
    head, _, rest = words[-1].lower().partition("-")
    if head != rest or not any(is_verb_form(word) for word in words[:-1]):
        return False
    asked = question.text.lower()
    return not (head in asked and all(name.lower() in asked for name in names))


# An event still to come, right after its noun (and the body it belongs to): "pertemuan NATO
# selanjutnya di Vilnius"; not the adverb "Zelensky selanjutnya terbang ke …".
_NEXT_WORDS = r"(?:selanjutnya|berikutnya|mendatang|next|upcoming)"
_NEXT_EVENT = re.compile(rf"\b([\w-]+)\s+(?:[A-Z][\w-]*\s+)?{_NEXT_WORDS}\s*$", re.IGNORECASE)
_NEXT_ASKED = re.compile(rf"\b{_NEXT_WORDS}\b", re.IGNORECASE)


def places_another_thing(before: str) -> bool:
    """The place's preposition follows a topic's noun ("situasi di Ukraina") or a next event's
    ("pertemuan NATO selanjutnya di Vilnius"): where that is, not where the sentence's deed
    was."""
    words = re.findall(r"[\w-]+", before.lower())[:-1]  # (without the preposition)
    event = _NEXT_EVENT.search(before[: before.rstrip().rfind(" ") + 1].rstrip())
    return bool(words and words[-1] in topic_nouns()) or bool(
        event and is_event_word(event.group(1))
    )


def _of_an_ordered_event(question: Question, before: str, after: str) -> bool:
    """The place stands in a clause that orders something against another event ("perundingan
    terakhir sebelum pertemuan puncak Presiden AS Joe Biden di Washington bulan depan") which
    the question does not ask about: none of the clause's words, on to the sentence's end past
    the place ("…, di mana para pemimpin akan mengumumkan dukungan finansial"), but its event
    nouns, calendar words and countries, and no order asked ("Di mana sidang NATO bulan Juni
    2024?" asks of the talks; "Di mana KTT bulan depan?" of the summit)."""
    clause = _ORDER_CLAUSE_BEFORE.search(before)
    if clause is None or _ORDER_CLAUSE_BEFORE.search(question.text):
        return False
    words = re.findall(r"[\w-]+", clause.group(1))
    if not words or not is_event_word(words[0]):
        return False
    own = {
        t
        for t in token_set(f"{clause.group(1)} {after}")
        if not is_event_word(t) and t not in _CALENDAR_TERMS and not is_country(t.title())
    }
    return not own & set(question.terms)


# Words that say when, not which event ("bulan depan": "depan" tells the summit apart).
_CALENDAR_TERMS = frozenset({"bulan", "tahun", "hari", "minggu", "pekan", *_CALENDAR})
# An order word and the clause after it up to where a place follows ("sebelum pertemuan puncak
# Presiden Amerika Serikat Joe Biden ").
_ORDER_CLAUSE_BEFORE = re.compile(rf"\b(?:{order_words()})\s+([^,;.]*)$", re.IGNORECASE)


def _of_a_next_event(question: Question, before: str) -> bool:
    """The place follows a next event's noun ("persiapan pertemuan NATO selanjutnya di
    Vilnius") while the question asks of no next event and either dates what it asks about to
    a day ("Di mana Zelensky dan Stoltenberg bertemu pada 4 Juli 2023?") or asks of no meeting
    at all ("Di mana Zelensky berbincang dengan Stoltenberg?"): the place is where that later
    event is, not where the asked one was. (Undated, chat asks the talked-of meeting's place without
    "next", "pertemuan yg diomongin … diadain dmn"; a year or month may be the next event's
    own, "KTT NATO 2024".)"""
    event = _NEXT_EVENT.search(before)
    if event is None or not is_event_word(event.group(1)) or _NEXT_ASKED.search(question.text):
        return False
    return any(m.precision == "day" for m in find_dates(question.text)) or not any(
        is_event_word(word) for word in re.findall(r"[\w-]+", question.text)
    )


# A country that acts opens its clause ("Jerman, yang memegang …", "…, dan Jerman akan …") or
# follows "oleh" (by; what it did comes before it). After a preposition it is where something
# happens ("situasi di Ukraina"), after a noun what something is from ("tank buatan Jerman").
CLAUSE_START = re.compile(
    r"(?:^|[,;:(\"“]|\b(?:dan|serta|sementara|namun|tetapi|and))\s*$", re.IGNORECASE
)
_AGENT_BEFORE = re.compile(r"\b(?:oleh|by)\s+$", re.IGNORECASE)
# How many words after a country the question's words must begin: "Jerman, yang memegang
# kepresidenan G7", "Amerika Serikat selaku penyokong utama Ukraina".
_PREDICATE_REACH = 4


def _predicate_follows(question: Question, sentence: str, end: int) -> bool:
    wanted = _wanted(question)
    words = [w.lower() for w in re.findall(r"\w+", sentence[end:])]
    words = [w for w in words if w not in _LINKS and w not in {"selaku", "sebagai", "as"}]
    return any(canonical(stem(w)) in wanted or w in wanted for w in words[:_PREDICATE_REACH])


# "bergantung pada negara mana", "dependent on which country", "which country … dependent
# on?": the country asked is the object of a preposition, its predicate before it.
_COUNTRY_AS_OBJECT = re.compile(
    r"\b(?:pada|kepada|ke|terhadap|dari|dengan|sama|on|upon|to|from|with)\s+"
    r"(?:negara\s+(?:mana|apa)|(?:which|what)\s+country)\b"
    # (the preposition left without its object before the question ends or a clause opens:
    # "which country … dependent on as they wean themselves off …")
    r"|\b(?:which|what)\s+country\b[^?]*\b(?:on|upon|to|from|with)"
    r"(?:\s*\??\s*$|\s*,|\s+(?=(?:as|when|while|after|before|during|since|because)\b))",
    re.IGNORECASE,
)


def _predicate_precedes(question: Question, sentence: str, start: int) -> bool:
    wanted = _wanted(question)
    words = [w.lower() for w in re.findall(r"\w+", sentence[:start])]
    words = [w for w in words if w not in _LINKS]
    return any(canonical(stem(w)) in wanted or w in wanted for w in words[-_PREDICATE_REACH:])


def extract_country(question: Question, sentence: str) -> Fact:
    """ "Negara mana yang memegang kepresidenan G7?": a country the sentence names and the
    question does not, as the subject of what the question says about it (its words follow);
    asked as an object ("bergantung pada negara mana"), what is said of it goes before it."""
    asked = _question_tokens(question)
    as_object = _COUNTRY_AS_OBJECT.search(question.text) is not None
    candidates = [
        (at, name)
        for at, name in countries_in(sentence)
        if not all(canonical(w) in asked for w in name.split())
        and (
            _predicate_follows(question, sentence, at + len(name))
            or (as_object and _predicate_precedes(question, sentence, at))
        )
    ]
    return _best_bound(question, sentence, candidates)


def _counted(sentence: str, start: int, text: str, unit: str) -> bool:
    """The number is a count of `unit`: the unit follows it ("31 negara") or stands just before
    it ("beranggotakan 31 negara", "sebanyak 40 kapal")."""
    following = text.split()[1:]
    preceding = re.findall(r"\w+", sentence[:start])[-2:]
    return any(unit_key(w) == unit for w in following + preceding)


def extract_ordinal(question: Question, sentence: str, unit: str) -> Fact:
    """ "Hari ke berapa ...?" -> "hari kedua": an ordinal, with the unit the question names."""
    found = [(m.start(), m.group().strip(), m.group("unit")) for m in ORDINAL.finditer(sentence)]
    # The unit asked ("hari ke berapa") picks among ordinals; when none counts it, any does,
    # unless it is a measure: "yang pertama" (the first roadmap) is no "hari ke berapa".
    counted = [(at, text) for at, text, of in found if of and unit_key(of) == unit]
    if counted or unit in measures():
        return _best_bound(question, sentence, counted)
    return _best_bound(question, sentence, [(at, text) for at, text, _ in found])


# "Berapa persisnya ...?", "exactly how many": a vague amount ("ribuan") does not answer.
# "Berapa juta ...?" asks a number of millions, which "jutaan" is not.
_EXACT_ASKED = re.compile(
    r"\b(?:persisnya|pastinya|tepatnya|secara pasti|exactly|precisely|exact number)\b"
    r"|\b(?:jumlah|angka|bilangan)\s+(?:pasti|persis|tepat)(?:nya)?\b"
    r"|\bberapa (?:puluh|ratus|ribu|juta|miliar)\b|\bhow many (?:hundred|thousand|million)",
    re.IGNORECASE,
)


# "berapa hari", "how many weeks": the word right after counts, a unit of time for a length
_COUNTED_ASKED = re.compile(r"\b(?:berapa|how many)\s+([\w-]+)", re.IGNORECASE)


def _counts_units_of_time(question: str) -> bool:
    counted = _COUNTED_ASKED.search(question)
    return counted is not None and unit_key(counted.group(1)) in durations()


def extract_number(
    question: Question, sentence: str, published: dt.date | None, previous: str = ""
) -> Fact:
    """A count in the measure asked ("berapa negara" -> "31 negara", "berapa orang" -> "ribuan
    orang" only where no number is given); a year only when a year is asked ("tahun berapa"),
    and then only a year."""
    if LENGTH_ASKED.search(question.text):
        return extract_duration(question, sentence, previous=previous)
    if TIME_OF_DAY_ASKED.search(question.text):
        # "Jam berapa …?", "What time …?": only a clock time answers ("dua hari" does not).
        times = [(m.start(), m.group().strip()) for m in _CLOCK_TIME.finditer(sentence)]
        return _best_bound(question, sentence, times)
    measure = asked_measure(question.text, question.language)
    if measure.ordinal:
        return extract_ordinal(question, sentence, measure.unit)
    if measure.unit in durations() and not measure.year and _counts_units_of_time(question.text):
        # "Untuk berapa hari ke depan …?" asks a length of time, which "seminggu lagi" gives
        # in another unit
        return extract_duration(question, sentence, counted=True, previous=previous)
    date_spans = [
        (m.start, m.end) for m in find_dates(sentence, published) if m.precision != "year"
    ]
    asked = _question_tokens(question)
    glossed_asked: list[set[str]] = []

    def asked_glossed() -> set[str]:
        # (an English question's words in the articles' words too: "group" is "kelompok";
        # glossed once, when a number in a name is first met)
        if not glossed_asked:
            english = question.language == "en"
            glossed_asked.append(
                asked | (set(token_set(glossed(question.text))) if english else set())
            )
        return glossed_asked[0]

    candidates: list[tuple[int, str]] = []
    vague: list[tuple[int, str]] = []
    for match in _NUMBER.finditer(sentence):
        if any(s <= match.start() < e for s, e in date_spans):
            continue
        text = match.group().strip()
        is_vague = _VAGUE_AMOUNT.match(text) is not None
        is_year = bool(YEAR.match(text)) and len(text.split()[0]) == 4
        if is_year != measure.year:
            continue
        if is_year:
            text = text.split()[0]
        words = text.split()
        if canonical(words[0]) in asked or sentence[: match.start()].lower().endswith("salah "):
            continue
        named = _IN_A_NAME.search(sentence[: match.start()])
        if named and words[0][:1].isupper() and not token_set(named.group()) & asked_glossed():
            # a number word in a name counts the named group's own: "Kelompok Tujuh negara
            # kaya" answers how many countries are in that group, not in NATO
            continue
        if measure.required and not _counted(sentence, match.start(), text, measure.unit):
            continue
        if (
            measure.unit
            and any(unit_key(w) in measures() - {measure.unit} for w in words[1:])
            # (an age is counted in years: "berusia 64 tahun")
            and not (measure.unit in ages() and _counted(sentence, match.start(), "", measure.unit))
        ):
            continue  # counted in another measure: "dua hari" never answers "berapa menteri"
        if measure.counts_things and any(unit_key(w) in durations() for w in words[1:]):
            continue  # a length of time: "dua hari" never answers "jumlah anggota"
        if measure.unit and any(
            w.lower() in abstract_counts() and unit_key(w) != measure.unit for w in words[1:]
        ):
            continue  # ideas counted: "dua hal besar" never answers "berapa rudal"
        if any(w.lower() in abstract_counts() for w in words[1:]) and not _asks_ideas(question):
            continue  # ... nor "nato anggotanya berapa", which asks no count of ideas
        (vague if is_vague else candidates).append((match.start(), text))
    if not candidates and not _EXACT_ASKED.search(question.text):
        # "ribuan orang" is no number, but the only amount the sentence gives for "berapa
        # banyak orang": of the very thing the question counts, never for "berapa persisnya".
        counted_asked = asked | set(question.terms)  # English asks in its own words
        # (or in the measure it counts in, "berapa banyak warga" in "orang", where a word the
        # question says besides its names and the counted noun is said of that count in the
        # same clause: "jutaan orang tidak memiliki pemanas", never the crowd a speech drew for
        # "berapa jumlah penduduk Vilnius")
        deed = {
            term
            for term in set(question.terms) - set(question.entities) - _COUNT_WORDS
            if unit_key(term) != measure.unit
        }
        candidates = [
            (at, text)
            for at, text in vague
            if canonical(text.split()[-1]) in counted_asked
            or (
                measure.unit
                and unit_key(text.split()[-1]) == measure.unit
                and deed & _said_of(sentence, at + len(text))
            )
        ]
    if measure.year:
        # "Tahun berapa ...?" is also answered by the year of a full date ("4 April 2023"), or
        # of one that names its year from the report's ("Februari tahun lalu"); not by a day
        # the report's date alone places ("Selasa").
        candidates += [
            (m.start, str(m.date.year)) for m in find_dates(sentence, published) if m.year_named()
        ]
    if not candidates and measure.unit:
        candidates = _listed_count(question, sentence, measure.unit)
    if measure.unit and not measure.required:
        # A unit the question names, even one that is no measure ("berapa korban"), wins.
        counted = [c for c in candidates if _counted(sentence, c[0], c[1], measure.unit)]
        candidates = counted or candidates
    return _best_bound(question, sentence, candidates)


def _listed_count(question: Question, sentence: str, unit: str) -> list[tuple[int, str]]:
    """How many items the sentence lists, where that is the count asked and no number says
    it: "Berapa negara yang diperkirakan akan mengeluarkan jaminan?" against "AS, Inggris,
    Prancis, dan Jerman diperkirakan akan mengeluarkan jaminan …" -> "4 negara"; "berapa jenis
    senjata yang diminta" against "Ia meminta sistem pertahanan udara, rudal jarak jauh, dan
    amunisi" -> "3 jenis". A word of the question's deed must stand next to the list: just
    before it for kinds ("meminta", "barang-barang seperti"), before or after it for countries,
    which must be all it lists ("… Jerman diperkirakan akan mengeluarkan"); examples
    ("seperti") count only where the question asks what was named ("disebutkan", "listed").
    (Any list of countries would answer "Berapa negara yang mendukung Ukraina?" otherwise.)"""
    found = enumeration(sentence)
    if found is None:
        return []
    start = sentence.find(found.items)
    # (a negation is no deed: "tidak mematikan" shares nothing with "tidak memiliki pemanas")
    deed = {
        term
        for term in set(question.terms) - set(question.entities) - _COUNT_WORDS - {unit}
        if not NEGATION.fullmatch(term)
    }
    before = sentence[:start].split()
    after = sentence[start + len(found.items) :].split()[:_WORDS_AFTER_LIST]
    examples = bool(before) and before[-1].lower() in _EXAMPLE_OPENERS
    if found.introduced:
        before = before[:-1]  # ("barang-barang seperti": what the list is of)
    # (an expectation is no deed: "diperkirakan akan menyerang" is not "… mengeluarkan")
    asked = glossed(question.text) if question.language == "en" else question.text
    modal = {canonical(stem(w.lower())) for w in re.findall(r"[\w-]+", asked) if only_modal(w)}
    near = token_set(" ".join(before[-_WORDS_TO_LIST:])) - modal
    if unit == "negara":
        # (countries that do the deed, named right before it, or that it is done to)
        fits = len(countries_in(found.items)) == found.count and bool(
            deed & (near | (token_set(" ".join(after)) - modal))
        )
    else:
        fits = (
            unit in list_kinds()
            and bool(deed & near)
            and (not examples or bool(_NAMING_ASKED.search(question.text)))
            # (kinds of a thing some items are, not all: "berapa jenis rudal" against "sistem
            # pertahanan udara, rudal jarak jauh, dan amunisi")
            and not _counted_thing(asked, unit) & token_set(found.items)
        )
    if not fits or not _same_deed_told(question, asked, deed, sentence, start, found.items):
        return []
    return [(start, f"{found.count} {unit}")]


def _same_deed_told(
    question: Question, asked: str, deed: set[str], sentence: str, start: int, items: str
) -> bool:
    """The list's clause tells the question's deed whole: every name of the question that the
    sentence says stands in the list's clause and is none of its items ("… diperkirakan akan
    mengeluarkan jaminan kepada Ukraina"; not "jaminan kepada Inggris", an issuer, nor
    "diminta Hamas" against "… di tengah kekhawatiran serangan Hamas"); the question denies
    its words where the sentence does ("tidak mematikan" in both; not "Berapa hal yang
    dimiliki jutaan orang?" against "… tidak memiliki pemanas, air, atau listrik"); it leaves
    none out ("selain amunisi") and vouches for nothing done that the sentence only expects
    ("sudah mengeluarkan" against "diperkirakan akan mengeluarkan"). `asked`: the question in
    the articles' words."""
    if _LEFT_OUT.search(question.text) or (done_words(asked) and planned_words(sentence)):
        return False
    clause_before = _CLAUSE_ENDS.split(sentence[:start])[-1]
    clause_after = _CLAUSE_ENDS.split(sentence[start + len(items) :])[0]
    clause = token_set(f"{clause_before} {clause_after}")
    # (a body the sentence writes in capitals, "paket bantuan NATO", plays no part of the deed)
    bodies = token_set(" ".join(re.findall(r"\b[A-Z]{2,}\b", sentence)))
    names = (set(question.entities) & token_set(sentence) - bodies) | {
        canonical(name.lower()) for _, name in countries_in(question.text)
    }
    if not names <= clause or names & token_set(items):
        return False
    denies = bool(denied_terms(claim(asked)) & deed)
    return denies == bool(denied_terms(sentence) & deed)


# What ends the clause a list stands in: punctuation, or a phrase of time, place or reason.
_CLAUSE_ENDS = re.compile(
    r"[,;.:–—()“”\"]|\b(?:di|pada|dalam|sejak|karena|setelah|sebelum|ketika|saat)\s",
    re.IGNORECASE,
)
# A question that counts all but some: "selain amunisi", "besides ammunition".
_LEFT_OUT = re.compile(
    r"\b(?:selain|kecuali|besides|except|other than|apart from)\b", re.IGNORECASE
)


def _counted_thing(asked: str, unit: str) -> frozenset[str]:
    """The thing a kind counts, the word after it in the question as the articles would word
    it ("berapa jenis senjata" -> senjata; "how many types of weapons")."""
    found = re.search(rf"\b{re.escape(unit)}\s+(?:(?:of|dari)\s+)?([\w-]+)", asked.lower())
    return token_set(found.group(1)) if found else frozenset()


# How many words before a list the verb that takes it or the noun it is of may stand
# ("meminta para sekutu …", "barang-barang seperti …").
_WORDS_TO_LIST = 3
# ... and after a list of countries, what they do with its object, past the words of an
# expectation ("… Jerman diperkirakan akan mengeluarkan jaminan", asked "memberi jaminan").
_WORDS_AFTER_LIST = 5
# Words that open examples, not a whole list.
_EXAMPLE_OPENERS = frozenset({"seperti", "termasuk", "including", "misalnya"})
# A question that counts what was named: "yang disebutkan", "listed", "mentioned".
_NAMING_ASKED = re.compile(
    r"\b(?:di)?sebut\w*|\bdicontohkan\b|\blisted\b|\bmentioned\b|\bnamed\b", re.IGNORECASE
)


def _said_of(sentence: str, end: int) -> frozenset[str]:
    """What the sentence says of a counted noun phrase ending at `end`: its words up to the
    clause's end ("jutaan orang tidak memiliki pemanas"; not "ribuan orang di Vilnius, banyak
    yang mengibarkan bendera", where the flags are some of them)."""
    return token_set(re.split(r"[,;.]", sentence[end:], maxsplit=1)[0])


def _asks_ideas(question: Question) -> bool:
    """The question counts ideas itself: "Berapa hal besar yang dibahas …?"."""
    words = re.findall(r"[\w-]+", question.text.lower())
    return any(
        w in abstract_counts() or set(indonesian_for(w).split()) & abstract_counts() for w in words
    )


# Words that only ask how many: "jumlah", "banyak".
_COUNT_WORDS = token_set("jumlah banyak berapa total")


_CLOCK_TIME = re.compile(
    r"\b(?:pukul|jam)\s+\d{1,2}(?:[.:]\d{2})?(?:\s*(?:WIB|WITA|WIT|waktu setempat|GMT))?"
    r"|\b\d{1,2}[.:]\d{2}\s*(?:WIB|WITA|WIT|waktu setempat|GMT)\b",
    re.IGNORECASE,
)


# "Tanggal berapa ...?", "Pada hari apa …?", "On what date ...?": a day is asked, so a month
# or a year does not answer it ("Juli 2024" for "tanggal berapa persisnya" is no date of the
# kind asked).
_DAY_ASKED = re.compile(
    r"\b(?:tanggal|tgl|dates?|(?:what|which) days?|hari (?:apa|apakah))\b", re.IGNORECASE
)


# "Sampai kapan ...?", "Until when ...?": an end is asked, so only a time the sentence gives as
# one answers it ("hingga Oktober 2024", "selama diperlukan"), never the date of the report.
_END_ASKED = re.compile(r"\b(?:sampai|hingga) kapan\b|\buntil when\b", re.IGNORECASE)
_END_MARKER = re.compile(r"\b(?:hingga|sampai(?: dengan)?|until|till)\s+$", re.IGNORECASE)
# "Sejak kapan / semenjak bulan apa …?", chat "dari kapan", "Since when …?": a start is asked,
# given after "sejak".
_START_ASKED = re.compile(
    r"\b(?:sejak|semenjak|dari) (?:kapan|bulan apa|tahun berapa|tanggal berapa)\b"
    r"|\bsince when\b",
    re.IGNORECASE,
)
# "mulainya kapan", "Kapan invasi dimulai?", "When did the invasion begin?": when something
# that lasts began, also given after "sejak" or a verb of beginning. Not when someone began
# doing something ("mulai memakai bahasa lunak": the date of the deed), nor a meeting's start,
# which is its date ("Kapan KTT dimulai?" is answered "Selasa (11/7)").
_BEGIN_ASKED = re.compile(
    r"\b(?:kapan|bulan apa|tahun berapa|tanggal berapa)\b[^?]*\b(?:di)?mulai(?:nya)?\b"
    r"|\b(?:di)?mulai(?:nya)?\b[^?]*\b(?:kapan|bulan apa|tahun berapa|tanggal berapa)\b"
    r"|\bwhen\b[^?]*\b(?:begin|began|start|started)\b(?!\s+(?:to|his|her|their|its|\w+ing)\b)",
    re.IGNORECASE,
)
_TOOK_PLACE = re.compile(
    r"\b(?:digelar|diadakan|dilaksanakan|diselenggarakan|berlangsung|dimulai|bermula|terjadi"
    r"|pecah|held|took place|began|started)\b",
    re.IGNORECASE,
)
_BEGIN_WORDS = frozenset({"mulai", "awal", "kapan", "bulan", "tahun", "tanggal", "begin", "start"})
_BEGINNING = re.compile(r"\b(?:di)?mulai(?:nya)?\s+([\w-]+)", re.IGNORECASE)


def asks_a_start(question: Question) -> bool:
    """ "Sejak kapan …?", or when something that lasts began ("Kapan invasi dimulai?")."""
    text = question.text
    if _START_ASKED.search(text):
        return True
    if not _BEGIN_ASKED.search(text):
        return False
    if any(is_verb_form(m.group(1)) for m in _BEGINNING.finditer(text)):
        return False
    # (the report a question cites, "kata berita KTT Vilnius", is not what began)
    return not any(is_event_word(w) for w in re.findall(r"[\w-]+", REPORT_CITED.sub(" ", text)))


_START_MARKER = re.compile(
    r"\b(?:sejak|semenjak|since|(?:di)?mulai|bermula|began|begun|started|launched)\s+"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_DURATION = re.compile(
    r"\b(?:selama|hingga|sampai)\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?"
    r"(?=\s*(?:[,.;:!?\"“”]|$|\s+(?:untuk|agar|supaya|dan|yang)\b))",
    re.IGNORECASE,
)


# "Berapa lama ...?", "How long ...?": a duration is asked: a length of time ("dua hari",
# "seminggu lagi") or how long something lasts ("selama diperlukan").
_TIME_LENGTH = re.compile(
    rf"\b(?:(?:\d+(?:[.,]\d+)?|{NUMBER_WORDS})\s+(?:detik|menit|jam|hari|minggu|pekan|bulan"
    r"|tahun|dekade)|se(?:hari|minggu|pekan|bulan|tahun))\b(?!-)(?:\s+lagi\b)?"
    # "setahun lalu" is when, not how long
    r"(?!\s+(?:yang\s+)?lalu\b)",
    re.IGNORECASE,
)


# "berlangsung": that a thing lasts, said of anything; "selama berlangsungnya pidato" says no more
# than "pidato".
_LASTING = frozenset({stem("berlangsung")})


def extract_duration(
    question: Question, sentence: str, counted: bool = False, previous: str = ""
) -> Fact:
    """A length of time, or how long something lasts, other than while the thing asked about
    lasts: "selama berlangsungnya pidato" does not say how long the speech was. `counted`:
    only a number of units of time ("berapa hari" is not answered "selama diperlukan")."""
    asked = set(question.terms) | _LASTING
    spans = [
        (m.start(), m.end(), m.group().strip())
        for m in _DURATION.finditer(sentence)
        if not counted and not set(analyze(m.group().split(maxsplit=1)[1])) <= asked
    ]
    spans += [
        (m.start(), m.end(), m.group())
        for m in _TIME_LENGTH.finditer(sentence)
        if not any(start <= m.start() < end for start, end, _ in spans)
    ]
    # (the length of the deed asked, told near it: "Sidang … selama dua hari" is no length of
    # the support asked about in the same report)
    # (a follow-up's deed may be the turn before's: "dia bilang bakal berapa lama lagi" after
    # who told citizens to brace for cold and dark)
    deed = set(question.terms) | set(question.context_terms)
    deed -= set(question.entities) | _LASTING
    # (or in the sentence before, which one that goes on from it speaks of: "Ia mengatakan
    # kondisi itu akan berlangsung selama dua minggu")
    goes_on = DOER_PRONOUN_OPENING.match(sentence) or _POINTED_BACK.match(sentence)
    before = token_set(previous) if goes_on else frozenset()
    if deed:
        spans = [
            span for span in spans if deed & (_words_around(sentence, span[0], span[1]) | before)
        ]
    return _best_spanned(question, sentence, spans)


# A sentence that goes on from the one before: its doer a pronoun (`DOER_PRONOUN_OPENING`), or
# what it speaks of pointed back at ("Kondisi itu …", "Hal ini …") in its first words.
_POINTED_BACK = re.compile(r"^\W*(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:itu|ini|tersebut)\b")


# How many words either side of a length of time tell whose length it is.
_DURATION_REACH = 10


def _words_around(sentence: str, start: int, end: int) -> frozenset[str]:
    before = re.findall(r"[\w-]+", sentence[:start])[-_DURATION_REACH:]
    after = re.findall(r"[\w-]+", sentence[end:])[:_DURATION_REACH]
    return token_set(" ".join(before + after))


def extract_end(question: Question, sentence: str, published: dt.date | None) -> Fact:
    """An end the sentence gives, bound by where it stands in the sentence (a resolved date's
    text is not the sentence's)."""
    ends = [
        (m.start, m.end, m.format(question.language))
        for m in find_dates(sentence, published)
        if _END_MARKER.search(sentence[: m.start])
    ]
    ends += [(m.start(), m.end(), m.group().strip()) for m in _DURATION.finditer(sentence)]
    return _best_spanned(question, sentence, ends)


# A report carried from an agency or outlet, the date right after it: "dilansir ANTARA dari
# Anadolu, Jumat, 14 Juni", "seperti dikutip Reuters pada Senin" (not "Pusat itu dilaporkan
# dibuka pada 12 Juni": an event reported).
_CARRIED_ON = re.compile(
    r"\b(?:dilansir|melansir|dikutip|mengutip|diberitakan|memberitakan)"
    r"(?:\s+(?:dari\s+)?[A-Z][\w.-]*){1,4},?\s+(?:pada\s+)?$"
)
# A question about the report itself ("Kapan berita itu dilansir?").
_REPORT_ASKED = re.compile(
    r"\b(?:berita|laporan|artikel|dilansir|dikutip|diberitakan|dilaporkan|report\w*|article|"
    r"published|news)\b",
    re.IGNORECASE,
)


def extract_date(question: Question, sentence: str, published: dt.date | None) -> Fact:
    """The date bound to the asked event; full dates before bare years."""
    if _END_ASKED.search(question.text):
        return extract_end(question, sentence, published)
    found = find_dates(sentence, published)
    if asks_a_start(question):
        # "Sejak kapan …?": a start ("sejak Februari tahun lalu"), not any date in the sentence;
        # for "Kapan pertandingan dimulai?" also the date a sentence says the very thing took
        # place ("Laga digelar pada Sabtu"), not one it was only talked about ("Invasi dibahas
        # pada …").
        started = [m for m in found if _START_MARKER.search(sentence[: m.start])]
        began = set(question.terms) - set(question.entities) - _BEGIN_WORDS
        took_place = (
            _BEGIN_ASKED.search(question.text)
            and began & token_set(sentence)
            and _TOOK_PLACE.search(sentence)
        )
        if not started and not took_place:
            return NO_FACT
        found = started or found
    if _DAY_ASKED.search(question.text):
        found = [m for m in found if m.precision == "day"]
        if not found:
            return NO_FACT
    if not (_REPORT_ASKED.search(question.text) or question.asks_words):
        # "… kata Stoltenberg dilansir ANTARA dari Anadolu, Jumat, 14 Juni": the date the
        # report was carried, not the asked event's (unless the report, or the words it
        # carries, are what is asked: "Kapan Stoltenberg mengatakan …?").
        found = [m for m in found if not _CARRIED_ON.search(sentence[: m.start])]
    mentions = [m for m in found if m.precision != "year"] or found
    if not mentions:
        # No calendar date: a time given relative to an event ("setelah KTT berakhir") answers.
        # Not the question's own event back ("sejak invasi Rusia" for "Sejak kapan invasi
        # Rusia berlangsung?" or "Since when has Russia's invasion …").
        asked = _question_tokens(question) | set(question.terms)
        relative = [
            (m.start(), m.group().strip())
            for m in _RELATIVE_TIME.finditer(sentence)
            if not {canonical(t) for t in analyze(m.group())} <= asked
            and not _same_anchor(question.text, m.group())
            and not _points_back(m.group())
            # ("kunjungan pertamanya … sejak invasi Rusia" for "Kapan Zelensky mengunjungi
            # Brussels?": since when a span runs, not when the deed was; unless a start is
            # asked)
            and not (
                m.group().lower().startswith("sejak") and not _START_ASKED.search(question.text)
            )
            and not _verbs_of(question.text) & token_set(m.group())
            and _tells_the_asked_deed(question, sentence[: m.start()] + sentence[m.end() :])
        ]
        return _best_bound(question, sentence, relative)
    spans = []
    for mention in mentions:
        text = with_daytime(mention.format(question.language), mention, sentence, question.language)
        end = mention.end
        following = joined_day(sentence, found, mention)
        if following is not None:  # "Selasa (29 November) dan Rabu": both days
            joiner = " and " if question.language == "en" else " dan "
            text += joiner + following.format(question.language)
            end = following.end
        spans.append((mention.start, end, text))
    return _best_spanned(question, sentence, spans)


# What kind of time is asked ("tanggal berapa", "tahun berapa"): no part of the deed.
_TIME_ASKED_WORDS = token_set("tanggal tahun bulan hari pukul jam waktu")


def _tells_the_asked_deed(question: Question, rest: str) -> bool:
    """A time told relative to another event ("setelah kekacauan di Kongres AS") dates the
    sentence's own event only: that event must be the one asked about, so the rest of the
    sentence shares a word of the question besides its names ("Kapan Zelensky bertemu Biden?"
    is not dated by "Perang Israel vs Hamas terjadi ketika ... setelah kekacauan ...")."""
    deed = {
        t
        for t in question.terms
        if t not in question.entities and not YEAR.fullmatch(t) and t not in _TIME_ASKED_WORDS
    }
    return not deed or bool(deed & token_set(rest))


@lru_cache(maxsize=1024)
def _verbs_of(text: str) -> frozenset[str]:
    """The text's verbs, analysed: "setelah Ardi resmi memperpanjang masa jabatannya" is the
    deed "Kapan Ardi memperpanjang …?" asks about, not a time for it. (Cached: asked once per
    candidate sentence of the same question.)"""
    return token_set(" ".join(w for w in re.findall(r"\w+", text) if is_verb_form(w)))


# "sejak keputusan itu", "setelah pertemuan tersebut": an event named only by pointing back to
# another sentence tells the reader no time.
_TIME_NOUNS = frozenset("hari minggu pekan bulan tahun musim pagi siang sore malam kali".split())


def _points_back(relative: str) -> bool:
    """ "sejak keputusan itu": an event named only by a demonstrative; "tahun ini", "musim
    dingin ini" are times."""
    words = relative.lower().split()
    return (
        bool(words)
        and words[-1] in {"itu", "ini", "tersebut"}
        and not any(w in _TIME_NOUNS for w in words[-3:-1])
    )


def _same_anchor(question: str, relative: str) -> bool:
    """ "sejak invasi Rusia" for "Kapan kunjungan pertama … sejak invasi?": the question already
    anchors its event there; the same marker and event is no answer."""
    marker, _, rest = relative.strip().partition(" ")
    head = rest.split()[0] if rest.split() else ""
    anchored = re.search(rf"\b{re.escape(marker)}\s+(\w+)", question, re.IGNORECASE)
    if anchored is None or not head:
        return False
    return canonical(stem(anchored.group(1).lower())) == canonical(stem(head.lower()))


def _sentence_case_off(clause: str) -> str:
    """A clause's first word as it reads mid-sentence: "Kami" -> "kami", "Kremlin" stays."""
    first = clause.split(maxsplit=1)[0] if clause else ""
    if first and is_indonesian_word(first.lower()):
        return clause[:1].lower() + clause[1:]
    return clause


# "Apa alasan …", "Apa tujuan …": the asking, not the deed a reason is asked for.
_ASKING_WHY = frozenset(canonical(t) for t in analyze("alasan sebab"))


# Where a clause joined to the one before begins: ", dan menyediakan …", "; …", "namun …".
_JOINED_CLAUSE = re.compile(rf";|{_BUT}|,\s*(?:dan|serta)\b", re.IGNORECASE)


def _reason_of_another_deed(asked: set[str], sentence: str, marker: int) -> bool:
    """The question's words the sentence says all lie outside the clause the reason belongs
    to: "Dukungan senjata diperlukan untuk bertahan di tengah invasi Rusia" gives the reason
    for the support, not for the invasion asked about; "… menjaga serangan balik, dan
    menyediakan pertahanan udara untuk …" the reason for the air defence, not the attack."""
    clause = _JOINED_CLAUSE.split(sentence[:marker])[-1]
    return bool(asked & token_set(sentence[marker:])) and not asked & token_set(clause)


def extract_reason(sentence: str, asked: set[str] | None = None) -> str:
    """The reason the sentence gives; with `asked` (the question's words besides its names),
    only a reason whose main clause says some of them."""
    # "X. Itu sebabnya Y": the reason is X, the clause before the marker.
    backward = _REASON_BEFORE.search(sentence)
    if backward:
        before = sentence[: backward.start()].strip(" “\"'")
        clauses = split_sentences(before)
        reason = before[clauses[-1].start : clauses[-1].end].strip(" .!?,") if clauses else ""
        if reason:
            return f"Karena {_sentence_case_off(reason)}"
    # "X, jadi Y": X is why Y, when Y says more of the deed asked than X does
    result = _RESULT_AFTER.search(sentence)
    if result and asked:
        before = sentence[: result.start()].strip(" “\"'‘")
        if len(asked & token_set(sentence[result.end() :])) > len(asked & token_set(before)):
            return f"Karena {_sentence_case_off(before)}"
        # (what is asked is the clause before: a purpose after ", jadi" is the result's own,
        # "…, jadi kami bekerja untuk memperkuat …" gives no reason for the winter)
        sentence = sentence[: result.start()]
    opening = REASON_OPENING.match(sentence)
    if opening:
        rest = sentence[opening.end() :].strip(" .")
        return f"Karena {_sentence_case_off(rest)}" if rest else ""
    reasons = []
    for match in _REASON.finditer(sentence):
        clause = _CLAUSE_BREAK.split(sentence[: match.start()])[-1]
        if match.group(1).lower() in _PURPOSE and negated(clause):
            # "Ia menyangkal niatnya untuk menyakiti warga sipil", "berhenti memberi … untuk
            # membawa …": the purpose of what is denied or stopped is no one's reason.
            continue
        if _FOR_SOMEONE.match(sentence, match.start()):
            continue  # "bantuan untuk Ukraina": for whom, not why
        if asked and _reason_of_another_deed(asked, sentence, match.start()):
            continue
        reasons.append((len(asked & token_set(clause)) if asked else 0, match.start()))
    if not reasons:
        # (no marker of a reason: the doer of a causative, "invasi Rusia membuat …")
        caused = _cause_of(sentence, asked) if asked else ""
        return f"Karena {_sentence_case_off(caused)}" if caused else ""
    # Several: the one whose clause says most of the question ("meminta sekutu untuk …,
    # setelah presiden mengatakan kepada warga untuk bersiap menghadapi dingin dan gelap
    # karena serangan Rusia" answers why the people were to brace with the last); the first
    # of equals.
    _, start = max(reasons, key=lambda reason: (reason[0], -reason[1]))
    # (a reason inside a quotation ends with it: “…, karena ini sangat penting bagi NATO,”
    # ujar Stoltenberg — not with the words that say whose it is)
    outside = outside_quotes(sentence)
    end = len(sentence)
    if not outside[start]:
        end = next((at for at in range(start, len(sentence)) if outside[at]), end)
    return sentence[start:end].rstrip(" .,")


# "invasi Rusia membuat prospek Ukraina … kian pelik": the doer of a causative verb is the
# cause of what follows it.
_CAUSATIVE = re.compile(r"\b(?:membuat|menyebabkan|mengakibatkan|memicu|menjadikan)\b", re.I)
# "membuat" and "menjadikan" also make things ("membuat drone"): a cause only when what follows
# turns out some way, a verb or a degree after the object ("membuat prospek … kian pelik").
_MAKING = frozenset({"membuat", "menjadikan"})
_TURNS_OUT = re.compile(
    r"\b(?:(?:me|ber|di|ter|men|mem|meng|meny)[a-z]{3,}|kian|makin|semakin|lebih|tidak|tak)\b",
    re.IGNORECASE,
)
# Where a doer's clause starts after someone's words are reported: "Wali kota mengatakan
# serangan itu membuat …" gives "serangan itu".
_REPORTED = re.compile(
    rf"^.*\b(?:{SAID_BEFORE_SPEAKER}|mengatakan|menyatakan|menyebut|bahwa|menurut\s+\w+)\b",
    re.IGNORECASE,
)
# Words a doer's clause may end on before the causative: they say when or how surely.
_BEFORE_CAUSATIVE = frozenset("akan bisa dapat telah sudah juga pun memang".split())
# ... and before any verb, with those of time and of aspect.
_BEFORE_THE_VERB = _BEFORE_CAUSATIVE | frozenset(
    "masih sedang segera kini kemudian lalu tengah belum pernah baru".split()
)


def _before_its_aspect(words: list[re.Match[str]], first: int, last: int) -> int:
    """Where a doer ending at `last` ends without the words that say when or how surely ("Para
    menteri juga akan membahas …" is done by "Para menteri"); never before `first`."""
    while last > first and words[last].group().lower() in _BEFORE_THE_VERB:
        last -= 1
    return last


def _cause_of(sentence: str, asked: set[str]) -> str:
    """The doer of a causative verb whose effect says at least half of the question's words
    (the clause before the verb, "invasi Rusia" for why Ukraine's prospect grew harder); ""
    when there is none. Not a negated causative ("cuaca buruk tidak membuat panen gagal"),
    not a relative "yang" (what it stands for is further back), not a maker of a thing
    ("sebuah pabrik membuat drone untuk …"), not a doer the question names itself ("Mengapa
    serbuan Rusia membuat … rumit?" asks why the invasion did so); after reported words, only
    their own doer ("mengatakan serangan itu membuat …" gives "serangan itu")."""
    for match in _CAUSATIVE.finditer(sentence):
        effect_clause = _CLAUSE_BREAK.split(sentence[match.end() :])[0]
        if match.group().lower() in _MAKING and not _TURNS_OUT.search(
            re.split(r"\b(?:untuk|agar|supaya|guna)\b", effect_clause)[0]
        ):
            continue
        doer = _CLAUSE_BREAK.split(sentence[: match.start()])[-1]
        doer = _REPORTED.sub("", doer).strip(" “\"'")
        words = doer.split()
        while words and words[-1].lower() in _BEFORE_CAUSATIVE:
            words.pop()
        if not words or negated(" ".join(words)) or words[-1].lower() in {"yang", "yg"}:
            continue
        doer = " ".join(words)
        common = token_set(" ".join(w for w in words if not w[:1].isupper()))
        if not common or common <= asked:
            continue
        if 2 * len(asked & token_set(effect_clause)) >= len(asked):
            return doer
    return ""


def extract_polarity(question: Question, sentence: str) -> Fact:
    """Ya/Tidak: whether the sentence denies what the claim asserts. Compared word by word
    where both speak of the same thing ("… akan memveto usulan selama tidak dipaksa?" against
    "… tidak akan memveto usulan selama tidak dipaksa": the veto is denied, the condition in
    both), else by whether each denies anything at all."""
    asserted = claim(question.text)
    if question.language == "en":
        asserted, sentence = without_glossed_denials(asserted, sentence)
    terms = set(question.terms) - set(question.entities)
    said = {canonical(t) for t in analyze(sentence)} & terms
    if (
        (REFUSAL_BY.search(asserted) and REFUSAL.search(sentence))
        or (REFUSAL_BY.search(sentence) and REFUSAL.search(asserted))
        # (or named by its noun, the refusal the claim takes for given: "Apakah Zelensky
        # mengkritik Orban atas penolakan Hongaria mengirim tentara?")
        or (REFUSAL_NOUN.search(asserted) and REFUSAL.search(sentence))
    ):
        # "Apakah pengiriman pasukan ditolak oleh Orban?" against "Orban menolak pengiriman
        # tentara": a refusal claimed and said, one in the passive with its refuser, is the
        # deed compared, whichever side of it its object stands (not "Usulan Orban ditolak",
        # which no one named refused)
        asserted = REFUSAL_NOUN.sub(" ", REFUSAL.sub(" ", asserted))
        sentence = REFUSAL.sub(" ", sentence)
    denied_claimed = denied_terms(asserted, question.language == "en") & terms
    if negated(asserted) and denied_claimed and not denied_claimed & said and not negated(sentence):
        # "Apakah AS tidak mengurangi bantuan …?" against "… menjaga pasokan senjata tetap
        # mengalir": the sentence says nothing of the deed denied, and denies nothing, so it
        # does not gainsay the denial; whether it confirms the claim is for the claim check
        return Fact("Yes" if question.language == "en" else "Ya")
    denied_asked = denied_claimed & said
    sentence = without_describing_negations(sentence, terms)
    denied_said = denied_terms(sentence) & said
    # (the event named is the occasion, as the names are: "the Vilnius summit" is "KTT" there)
    if (
        not {t for t in said if not is_event_word(t)}
        and not negated(asserted)
        and not denied_terms(sentence) & {canonical(t) for t in analyze(asserted)}
    ):
        # "Apakah Zelensky hadir di KTT Vilnius?" against "Dalam KTT NATO di Vilnius, Zelensky
        # mengaku kecewa karena NATO tidak memberikan batas waktu": the sentence shares none
        # of the claim's words but its names, and its negation denies none of them (not "tidak
        # akan ke Vilnius"), so it denies something else; whether it confirms the claim is for
        # the claim check to say
        return Fact("Yes" if question.language == "en" else "Ya")
    # A denial reaches a few words on, so its object may fall inside it in one wording and just
    # past it in the other ("menyangkal berniat menyakiti warga" against "menyangkal niatnya
    # untuk menyakiti warga"): where both deny the same deed, a word denied on one side only
    # that the other says after all it denies does not disagree.
    # (Only where one negation denies it all: in "tidak akan memveto … selama tidak dipaksa"
    # the second one denies the force, which "jika dipaksa" does not.)
    common = denied_asked & denied_said
    differing = {
        term
        for term in denied_asked ^ denied_said
        if not (
            common
            and len(NEGATION.findall(asserted if term in denied_asked else sentence)) == 1
            and _said_after(
                term,
                *((sentence, denied_said) if term in denied_asked else (asserted, denied_asked)),
            )
        )
    }
    if differing and question.language == "id":
        # ("Apakah Hongaria tidak akan menggunakan hak vetonya?" against "… tidak akan memveto
        # usulan": a word the sentence does not say stands between the negation and the veto)
        differing -= denied_among(asserted, said) & denied_among(sentence, said)
    # (a sentence whose negation reaches none of the claim's words it says denies something
    # else: "Meski NATO sudah setuju Ukraina bergabung pada 2018, aliansi itu tidak pernah
    # memberikan jalur resmi" still says NATO agreed)
    outside = {canonical(t) for t in analyze(outside_denials(sentence))}
    denies_else = (
        negated(sentence)
        and not negated(asserted)
        and not denied_said
        and bool(said)
        and said <= outside
    )
    agrees = not differing and (negated(asserted) == negated(sentence) or denies_else)
    if question.language == "en":
        return Fact("Yes" if agrees else "No")
    return Fact("Ya" if agrees else "Tidak")


def said_undenied(question: Question, sentence: str) -> str:
    """The sentence's own word, quoted, for what the claim denies and it says plainly
    ("Apakah Zelensky tidak kecewa?" against "Zelensky mengaku kecewa": “kecewa”), so that a
    "Tidak" to a question put negatively says which way it is; "" otherwise."""
    asserted = claim(question.text)
    terms = set(question.terms) - set(question.entities)
    denied = denied_terms(asserted, question.language == "en") & terms
    if not negated(asserted) or not denied or denied_terms(sentence) & denied:
        return ""
    words = re.findall(r"[\w-]+", sentence)
    for at, word in enumerate(words):
        if canonical(stem(word.lower())) in denied:
            # (with the verb it is said under: "mengakui menargetkan", "mengaku kecewa")
            before = words[at - 1] if at and is_verb_form(words[at - 1]) else ""
            return f"\u201c{' '.join(filter(None, (before, word)))}\u201d"
    return ""


def _said_after(term: str, text: str, denied: set[str]) -> bool:
    """The term first comes in the text after every one of the denied terms."""
    order = [canonical(stem(word.lower())) for word in re.findall(r"[\w-]+", text)]
    if term not in order:
        return False
    return all(d in order and order.index(d) < order.index(term) for d in denied)


# "Amerika Serikat selaku penyokong utama Ukraina": a name, then the role the sentence gives it.
_ROLE_APPOSED = re.compile(
    r"((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)\s+(?:selaku|sebagai)\s+([a-z][\w-]*)"
)


# "Siapa yang memimpin …", "Siapa pimpinan …", "Who leads …": the word right after the asking
# word is the role asked, verb or noun.
_WHO_AS = re.compile(r"\b(?:siapa|who)\s+(?:yang\s+|yg\s+)?([\w-]+)", re.IGNORECASE)


def _role_nouns(question: Question) -> tuple[frozenset[str], frozenset[str]]:
    """The question's words that can name a role, as written and as terms: the word the asking
    word is followed by ("Siapa yang memimpin", "Siapa pimpinan"), and any other that is
    neither a verb nor a noun of a deed ("dukungan", "kekhawatiran") unless written as the
    sentence writes the role. "Siapa yang menyebut dukungan perlu diperkuat?" asks for no
    supporter, "Kepada siapa X berjanji akan menyokong …?" for no backer."""
    english = question.language == "en"
    text = glossed(question.text) if english else question.text
    lowered = frozenset(w.lower() for w in re.findall(r"[\w'’-]+", text))
    roles = {canonical(stem(w)) for w in lowered if not is_verb_form(w) and not w.endswith("an")}
    for found in _WHO_AS.finditer(question.text):
        word = found.group(1).lower()
        for gloss in indonesian_for(word).split()[:1] if english else [word]:
            roles.add(canonical(stem(gloss)))
    return lowered, frozenset(roles)


def role_holder(question: Question, sentence: str) -> Fact:
    """ "Siapa penyokong utama Ukraina?", "Which country is Ukraine's main backer?": the name the
    sentence gives the role asked ("… Amerika Serikat selaku penyokong utama Ukraina"), none
    the question names itself; else no fact."""
    asked = set(question.terms) - set(question.entities)
    named = set(question.entities)
    written, role_terms = _role_nouns(question)
    candidates = []
    for match in _ROLE_APPOSED.finditer(sentence):
        words = match.group(1).split()
        while words and canonical(words[0].lower()) in _NOT_PEOPLE:
            words = words[1:]
        role_word = match.group(2).lower()
        role = canonical(stem(role_word))
        as_role = role in role_terms or role_word in written
        if (
            words
            and role in asked
            and as_role
            and not {canonical(w.lower()) for w in words} & named
        ):
            name = " ".join(words)
            candidates.append((match.end(1) - len(name), name))
    if not candidates:
        return NO_FACT
    # (bound as closely as a fact can be: the sentence itself gives the name the role asked)
    return Fact(_best_bound(question, sentence, candidates).text, 1.0)


# "perbincangan itu", "pertemuan tersebut", "kunjungan ini": an event named before.
_DEMONSTRATIVE_EVENT = re.compile(r"\b([a-z]+)\s+(?:itu|tersebut|ini)\b", re.IGNORECASE)


# A clause that orders the sentence's event against another: "… setelah Stoltenberg resmi
# memperpanjang masa jabatannya".
_ORDER_CLAUSE = re.compile(
    r"\b(?:setelah|sesudah|sebelum|sejak|usai|seusai|menjelang|jelang)\b[^,;.]*", re.IGNORECASE
)


def _asked_only_as_reckoned_from(question: Question, sentence: str) -> bool:
    """The sentence says the question's deed only inside a clause that orders its own event
    against it: the sentence's event is another, reckoned from the deed asked."""
    deed = set(question.terms) - set(question.entities) - CALENDAR_WORDS - _reckoned_from(question)
    clauses = [m.span() for m in _ORDER_CLAUSE.finditer(sentence)]
    said = [w.start() for w in re.finditer(r"[\w-]+", sentence) if token_set(w.group()) & deed]
    return bool(clauses and said) and all(any(a <= at < b for a, b in clauses) for at in said)


# "Ini adalah …", "Hal itu merupakan …": the sentence calls the event before it something.
_THIS_IS = re.compile(r"^\W*(?:hal\s+)?(?:ini|itu)\s+(?:adalah|merupakan|menjadi)\b", re.I)


# "… according to the article on Zelensky's visit", "menurut …": where the question finds its
# answer, not the deed it asks about.
_SOURCE_CLAUSE = re.compile(r"\b(?:according to|menurut)\b[^?,.;]*", re.IGNORECASE)


def _calls_the_asked_deed(question: Question, sentence: str) -> bool:
    """ "Ini adalah kunjungan pertamanya …" names the deed asked ("kunjungan") outside its own
    clauses of order ("… sejak invasi Rusia"); a question's own clause of order or source
    ("… according to the article on Zelensky's visit") names no deed asked: "On what date did
    Hamas attack Israel …?" is not asked of the visit."""
    source = " ".join(m.group() for m in _SOURCE_CLAUSE.finditer(question.asked or question.text))
    words = f"{translate_terms(source)} {source}" if question.language == "en" else source
    told_elsewhere = {canonical(t) for t in analyze(words)} | _reckoned_from(question)
    deed = set(question.terms) - set(question.entities) - CALENDAR_WORDS - told_elsewhere
    own = _ORDER_CLAUSE.sub(" ", sentence)
    return bool(deed & token_set(own))


def _refers_back(sentence: str, previous: str) -> bool:
    """The sentence names an event with a demonstrative whose word the sentence before says
    ("perbincangan itu" after "Zelensky berbincang"), or opens by calling that event something
    ("Ini adalah kunjungan pertamanya …" after "Zelensky … tiba di markas NATO"): it tells more
    of that same event."""
    if _THIS_IS.match(sentence):
        return True
    before = token_set(previous)
    return any(
        bool(token_set(m.group(1)) & before) for m in _DEMONSTRATIVE_EVENT.finditer(sentence)
    )


def _of_the_event_before(
    extract: Callable[[str], Fact], sentence: str, previous: str, reckoned_only: bool = False
) -> Fact:
    """The fact `extract` finds in the sentence; else, where the sentence tells more of the
    event the sentence before tells (`_refers_back`), the one it finds there. `reckoned_only`:
    the sentence tells what was asked only as what its event is reckoned from, so that event's
    fact is not the one asked."""
    found = extract(sentence)
    if found.text or reckoned_only or not previous or not _refers_back(sentence, previous):
        return found
    earlier = extract(previous)
    return Fact(earlier.text, earlier.binding, with_previous=True) if earlier.text else found


def extract_fact(
    question: Question, sentence: str, published: dt.date | None, previous: str = ""
) -> Fact:
    kind = question.type
    if kind == "kapan":
        # ("Dalam perbincangan itu, ia dan Zelensky membahas …" after "Zelensky berbincang …
        # pada Selasa (4/7)": the event is the one before, and so is its date)
        # (not where the sentence reckons its event from the deed asked: "Perbincangan ini
        # terjadi tak lama setelah Stoltenberg resmi memperpanjang masa jabatannya" dates the
        # talk, not the extension)
        return _of_the_event_before(
            lambda text: extract_date(question, text, published),
            sentence,
            previous
            if not _THIS_IS.match(sentence) or _calls_the_asked_deed(question, sentence)
            else "",
            reckoned_only=_asked_only_as_reckoned_from(question, sentence),
        )
    if asks_a_medium(question):
        # (a sentence that names no platform gives no medium)
        media = _platforms_in(sentence)
        return _best_bound(question, sentence, media) if media else NO_FACT
    if kind == "siapa" or question.place_kind == "country":
        holder = role_holder(question, sentence)
        if holder.text:
            return holder
    if kind in {"siapa", "apa"} and question.place_kind == "country":
        if _HOSTING.search(question.text) and not _HOSTING.search(sentence):
            # "Negara mana yang menjadi tuan rumah pertemuan itu?": where it was held, unless
            # the sentence names the host itself
            return extract_place(question, sentence)
        return extract_country(question, sentence)
    if kind == "siapa":
        person = extract_person(question, sentence, previous)
        if person.text or not _ASKS_SPEAKER.search(question.text):
            return person
        return extract_previous_speaker(question, sentence, previous)
    if kind == "di_mana":
        # ("Ini adalah kunjungan pertamanya …" after "Zelensky … tiba di markas NATO di
        # Brussels": where that event was, the sentence before says; only a sentence that calls
        # that event something, not one that names another of the same day, "Salah satu agenda
        # hari ini adalah …")
        placed = _of_the_event_before(
            lambda text: extract_place(question, text),
            sentence,
            previous
            if _THIS_IS.match(sentence) and _calls_the_asked_deed(question, sentence)
            else "",
        )
        if placed.text or question.place_kind != "country":
            return placed
        # "bergantung ke negara mana": a country the deed is done to, not only one something
        # happens in ("ketergantungan baru pada China")
        return extract_country(question, sentence)
    if kind == "berapa":
        return extract_number(question, sentence, published, previous)
    if kind == "mengapa":
        asked = set(question.terms) - set(question.entities) - _ASKING_WHY
        return Fact(extract_reason(sentence, asked))
    if kind == "yesno":
        return extract_polarity(question, sentence)
    if kind == "apa" and _MEANS_ASKED.search(question.asked or question.text):
        return extract_means(question, sentence)
    if kind == "apa" and (named := _name_of_the_kind_asked(question, sentence)):
        return Fact(named)
    if kind == "apa" and previous and _names_back(question, sentence, previous):
        # "Keputusan apa yang diambil Stoltenberg …?" against "Dalam pertemuan perdana sejak
        # keputusan itu, …": what the decision was, the sentence before tells.
        return Fact(previous.rstrip(" ."), with_previous=True)
    return Fact(sentence)


_POINTED_TIMES = token_set("hari minggu pekan bulan tahun saat waktu kali malam pagi sore masa")

# "Badan apa …", "Apa nama lembaga …", "What body …": a kind of thing asked, whose name answers.
_KIND_ASKED = re.compile(
    r"^\W*([a-z]+)\s+apa\b|\bapa\s+nama\s+([a-z]+)\b|^\W*(?:what|which)\s+([a-z]+)\b",
    re.IGNORECASE,
)
# A name and the kind of thing the sentence calls it, by apposition with an article: "Dewan
# NATO-Ukraina, sebuah badan yang …" (not "Menurut Ardi, badan itu …": no article, and a
# demonstrative points back).
_NAMED_KIND = re.compile(
    r"((?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*)*),\s+(?:sebuah|suatu|yaitu|yakni|a|an)\s+"
    r"([a-z][\w-]*)\b(?!\s+(?:itu|ini|tersebut)\b)"
)


def _name_of_the_kind_asked(question: Question, sentence: str) -> str:
    """The name the sentence gives, by apposition, to a thing of the kind the question asks
    ("Badan apa yang dikukuhkan …?" against "… pengukuhan Dewan NATO-Ukraina, sebuah badan
    yang dibentuk …" -> "Dewan NATO-Ukraina"); "" otherwise."""
    asked = _KIND_ASKED.search(question.asked or question.text)
    if asked is None:
        return ""
    noun = next(group for group in asked.groups() if group).lower()
    if noun in stopwords() or is_verb_form(noun):
        return ""
    kind = token_set(glossed(noun) if question.language == "en" else noun)
    for match in _NAMED_KIND.finditer(sentence):
        name = match.group(1)
        # (a sentence's opening word is no name: "Di Medan, sebuah badan …")
        if (
            kind
            and kind <= token_set(match.group(2))
            and name.split()[0].lower() not in stopwords()
        ):
            return name
    return ""


def _names_back(question: Question, sentence: str, previous: str) -> bool:
    """The sentence names the asked thing only with a demonstrative ("keputusan itu") and the
    sentence before tells it in other words, sharing something asked besides the names
    ("Pertemuan apa yang dihadiri Zelensky?" is not told by "Zelensky tiba di Vilnius"); a time
    ("hari ini", "saat itu") points back at nothing, and "perbincangan itu" after "Zelensky
    berbincang …" goes on about the same event (`_refers_back`), which the sentence before only
    names."""
    focus = question.focus
    before = token_set(previous)
    if not focus or focus in _POINTED_TIMES or focus in before:
        return False
    if not before & (set(question.terms) - set(question.entities) - {focus}):
        return False
    pointed = any(focus in token_set(m.group(1)) for m in _DEMONSTRATIVE_EVENT.finditer(sentence))
    bare = sum(focus in token_set(w) for w in re.findall(r"[\w-]+", sentence))
    return pointed and bare == 1


# "Melalui apa …", "lewat platform apa …", "On which platform …": the channel something was said
# or sent through, named after "via"/"melalui"/"lewat" ("tulisnya via Twitter").
_MEANS_ASKED = re.compile(
    r"\b(?:melalui|lewat|via)\s+(?:(?:platform|media(?:\s+sosial)?|medsos|akun|saluran)\s+)?"
    r"(?:apa|mana)\b"
    r"|\bdi\s+(?:platform|media\s+sosial|medsos)(?:\s+media\s+sosial)?\s+(?:apa|mana)\b"
    r"|\b(?:through|via)\s+what\b|\b(?:on|through|via)\s+(?:which|what)\s+"
    r"(?:platform|social\s+media|network|channel|site|account)s?\b",
    re.IGNORECASE,
)
# (a name may hold dots, "Kompas.com", but a sentence's full stop is not part of it, nor a day
# or month after it: "via Twitter Senin (10/7)")
_CALENDAR_WORDS = "|".join([*DAYS, *MONTHS])
_MEANS_NAME = rf"(?!(?i:{_CALENDAR_WORDS})\b)[A-Z][\w-]*(?:\.[\w-]+)*"
_MEANS = re.compile(
    rf"\b(?i:via|melalui|lewat)\s+((?:akun\s+)?{_MEANS_NAME}(?:\s+{_MEANS_NAME})*)"
    # ... else what it names in lower case, up to four words: "melalui program bantuan tunai",
    # with the name it is of when a noun comes right before it: "melalui paket bantuan NATO"
    # (not "melalui udara ke Ukraina": a preposition ends the means)
    r"|\b(?i:melalui|lewat)\s+((?:[a-z][\w-]*)(?:\s+[a-z][\w-]*){0,3}"
    rf"(?:(?<!\bke)(?<!\bdi)(?<!\bdari)(?<!\bkepada)(?<!\bmenuju)(?<!\buntuk)(?<!\bbagi)"
    rf"(?<!\bdengan)\s+{_MEANS_NAME}"
    rf"(?:\s+{_MEANS_NAME})*)?)"
)


def extract_means(question: Question, sentence: str) -> Fact:
    """The channel the sentence names after "via"/"melalui"/"lewat", or a platform it names
    after any preposition ("ujar Stoltenberg di Twitter"); else none."""
    spans = [
        (m.start(g), m.end(g), m.group(g))
        for m in _MEANS.finditer(sentence)
        for g in (1, 2)
        if m.group(g)
    ]
    spans += [
        (m.start(1), m.end(1), m.group(1))
        for m in ON_PLATFORM.finditer(sentence)
        if is_platform(m.group(1)) and not any(s <= m.start(1) < e for s, e, _ in spans)
    ]
    return _best_spanned(question, sentence, spans)
