"""Resolve a follow-up question ("Di mana pertemuan itu?") against the conversation so far."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from qa.answer.compose import stated_fact
from qa.answer.question import (
    canonical,
    detect_language,
    detect_type,
    identity_asked,
    listed_events,
    lowercase_names,
    named_entities,
    speaker_asked,
)
from qa.models import HistoryMessage
from qa.text.asked import office_nouns
from qa.text.normalize import identity_as_who
from qa.text.places import VISIT_VERBS, countries_in, is_country, place_nouns, place_pattern
from qa.text.premises import is_event_word
from qa.text.tokens import is_indonesian_word, is_verb_form, stem

_ANAPHORA = re.compile(
    r"\b(itu|tersebut|dia|ia|beliau|mereka|nya|lagi|sana|situ|that|this|it|he|she|him|her|his|"
    r"they|them|there|those|these|again|else)\b",
    re.IGNORECASE,
)
# "-nya" on what a person says or thinks ("katanya", "sikapnya") points back to that person;
# any other "-nya" only when the question names nobody itself: "Apa isi pidato Zelensky dan
# dampaknya?" stands on its own.
_SAYS_NYA = re.compile(
    r"\b(?:kata|ujar|ucap|tutur|ungkap|jelas|jawab|tanggapan|sikap|pendapat|pesan|alasan)nya\b",
    re.IGNORECASE,
)
_NYA = re.compile(r"\w{3,}nya\b", re.IGNORECASE)
# Words that stand for the person or the place the previous answer gave, and what replaces them
# ("{}" is that answer). Only the last answer's own fact, and only of the kind it answered.
_STAND_INS = {
    "siapa": re.compile(
        r"\b(?:dia|ia|beliau|he|she|him|her)\b|\b(?P<owner>his)\b"
        r"|\b(?P<says>kata|ujar|ucap|tutur|jawab|pesan|tanggapan|pendapat)nya\b",
        re.IGNORECASE,
    ),
    "di_mana": re.compile(
        r"\b(?:di sana|di situ|(?:kota|tempat|negara) (?:itu|tersebut)|that (?:city|place)"
        # "Which country is that in?", "Itu di negara mana?": the place itself is asked after
        r"|(?<=\bis )(?:that|it)(?= in\b)|(?<=\bwas )(?:that|it)(?= in\b)"
        r"|^itu(?= (?:ada )?di (?:negara|kota|mana))"
        # "there", but not "is there", "there were": those say something exists
        r"|(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )there(?! (?:is|are|was|were|will)\b)"
        # ... unless a noun stands before it: "The Palace of Parliament there was built …"
        r"|(?<=[a-z]{2} )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\band )(?<!\bbut )"
        r"(?<!\bthat )(?<!\bif )(?<!\bwhen )(?<!\bwhere )(?<!\bwhy )(?<!\bhow )(?<!\bwhat )"
        r"(?<!\bwhether )there(?= (?:is|are|was|were|will)\b))\b",
        re.IGNORECASE,
    ),
}
# A noun with "-nya" ("masa jabatannya"), and the words ending so that are no owned nouns:
# adverbs and connectives ("sebenarnya", "akhirnya", "sebelumnya"), and an event or its date,
# whose "-nya" points at the event ("itu kejadiannya sebelum KTT?", "tanggalnya kapan").
_OWNED = re.compile(r"\b([a-z]{3,})nya\b")
_NOT_OWNED = frozenset(
    "sebenar akhir rupa biasa misal sebelum selanjut kemudian sesudah setelah bagaimana"
    " seharus semesti tentu agak kejadian peristiwa hal tanggal".split()
)


def _owned_noun(word: str) -> bool:
    """A noun a person may own ("jabatan", "kunjungan"): a dictionary word, no verb, no
    adverb, no meeting ("sidangnya itu berapa hari" asks about the meeting just named)."""
    return (
        is_indonesian_word(word)
        and not is_verb_form(word)
        and word not in _NOT_OWNED
        and not is_event_word(word)
    )


# "mereka", "they": a country or body the last answer gave.
_PARTY_STAND_IN = re.compile(r"\b(?:mereka|they|them)\b", re.IGNORECASE)
# "negaranya", "his country": the one country the last question named.
_COUNTRY_STAND_IN = re.compile(
    r"\bnegara(?:nya| dia| beliau)\b|\b(?:his|her|its|their) country\b",
    re.IGNORECASE,
)
_PLACE_FORM = {"di sana": "di {}", "di situ": "di {}", "there": "in {}"}
# "di markas NATO", "ke Brussels", "in Vilnius": the place an earlier question named.
_PLACE_NAMED = re.compile(r"\b(?:di|ke|in|at)\s+((?:[a-z]+\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)")
# Else what a visit went to, named by a place noun: "mengunjungi markas NATO" ("mengunjungi
# Zelensky" visits a person). ("markas", a body's seat, is no place noun of the places data: a
# where-question is answered by its city.)
_PLACE_VISITED = re.compile(
    rf"\b(?:{VISIT_VERBS})\s+((?:"
    + "|".join(sorted({*place_nouns(), "markas"}, key=len, reverse=True))
    + r")\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)",
    re.IGNORECASE,
)
_MAX_WORDS_WITHOUT_TOPIC = 4


def is_follow_up(question: str) -> bool:
    words = question.split()
    names = named_entities(question)
    return (
        bool(_ANAPHORA.search(question) or _SAYS_NYA.search(question))
        or (bool(_NYA.search(question)) and not names)
        or (len(words) <= _MAX_WORDS_WITHOUT_TOPIC and not names)
    )


# "Which of those two meetings happened first?", "Mana yang lebih dulu dari keduanya?": an
# order asked of the last two things asked about.
_BOTH_ASKED = re.compile(
    r"\b(?:those two|these two|the two|both|keduanya|kedua (?:[\w-]+ )?(?:itu|tersebut|tadi)"
    r"|dua (?:[\w-]+ )?(?:itu|tersebut|tadi))\b",
    re.IGNORECASE,
)


# The asking that opens a question, left out when the question is told as an event: "When did
# NATO ministers meet …" -> "NATO ministers meet …".
_ASKING = re.compile(
    r"^(?:(?:when|where|who|what|which|how|why)\s+(?:did|does|do|was|were|is|are|will)?\s*"
    r"|(?:kapan|di ?mana|siapa|apa(?:kah)?|mengapa|kenapa|bagaimana)\s+(?:yang\s+)?)",
    re.IGNORECASE,
)


def _order_of_last_two(question: str, history: Sequence[HistoryMessage]) -> str:
    """An ordering question about "those two" with the last two questions as its events
    ("Which of those two meetings happened first: <first>, or <second>?"); "" otherwise."""
    language = detect_language(question)
    if (
        detect_type(question, language) != "list"
        or listed_events(question)
        or not _BOTH_ASKED.search(question)
    ):
        return ""
    asked = [
        _ASKING.sub("", m.content.strip().rstrip("?"), count=1) for m in history if m.role == "user"
    ][-2:]
    if len(asked) < 2:
        return ""
    joiner = ", or " if language == "en" else ", atau "
    return f"{question.strip().rstrip('?')}: {asked[0]}{joiner}{asked[1]}?"


def resolve_follow_up(
    question: str, history: Sequence[HistoryMessage], refers_back: bool = False
) -> str:
    """Puts the person or place the last answer gave in place of "dia"/"he"/"di sana"/"there",
    and adds the topic of the last user turn that named one; an order asked of "those two"
    gets the last two questions as its events. Returns the question unchanged when it stands
    on its own or there is no history. `refers_back`: the asker's own words point back in a
    way the normalised question no longer shows (`hyphened_nya`)."""
    if not history or not (refers_back or is_follow_up(question)):
        return question
    both = _order_of_last_two(question, history)
    if both:
        return both
    topic = _last_topic(history)
    resolved = _stand_ins_put_in(question, history, topic)
    return f"{resolved.rstrip()} ({topic})" if topic else resolved


def with_stand_ins_put_in(question: str, history: Sequence[HistoryMessage]) -> str:
    """The follow-up with its stand-ins replaced (`with_last_fact`), and "di sana" that no
    answer gave a place for by the place of the last user turn that named a topic."""
    return _stand_ins_put_in(question, history, _last_topic(history))


def _stand_ins_put_in(question: str, history: Sequence[HistoryMessage], topic: str) -> str:
    resolved = with_last_fact(_why_of_the_last_asked(question, history), history)
    place = _PLACE_NAMED.search(topic) or _PLACE_VISITED.search(topic)
    # ("di sana" no answer gave a place for: where the question was about)
    return _put_in("di_mana", resolved, place.group(1)) if place else resolved


# "kenapa?", "terus kenapa sih", "and why?": the reason asked of the last turn's deed, and
# nothing else.
_BARE_WHY = re.compile(
    r"^\W*(?:(?:terus|lalu|dan|tapi|and|so|but|then)\s+)?(?P<why>mengapa|kenapa|why)"
    r"(?:\s+(?:sih|dong|tuh|ya|begitu|gitu|that|so))?\W*$",
    re.IGNORECASE,
)
# The asking words a turn's deed is told without ("dia minta apa saja" -> "dia minta").
_QUESTION_WORDS = re.compile(
    r"\b(?:apa(?:kah)?|saja|aja|siapa|kapan|di\s*mana|mana|berapa|bagaimana"
    r"|what|who|whom|when|where|which|how(?:\s+many|\s+much)?)\b\s*",
    re.IGNORECASE,
)
# A turn that asked who did the deed: its answer is the doer of the deed asked why.
_WHO_DID = re.compile(r"^\W*(?:siapa(?:kah)?\s+(?:yang\s+)?|who\s+)", re.IGNORECASE)


def _why_of_the_last_asked(question: str, history: Sequence[HistoryMessage]) -> str:
    """A bare "kenapa?" after a turn, asked of that turn's deed: "Siapa yang menolak pengiriman
    tentara?" -> "kenapa?" is "kenapa dia menolak pengiriman tentara" (dia: the person the
    answer gave), "dia minta apa saja" -> "kenapa?" is "kenapa dia minta". (The topic of the
    last turn that named someone was asked why instead: why Zelensky arrived, not why he
    asked for what he did.)"""
    found = _BARE_WHY.match(question)
    asked = next((m.content for m in reversed(history) if m.role == "user"), "")
    if found is None or not asked:
        return question
    english = found.group("why").lower() == "why"
    doer = ("he " if english else "dia ") if _WHO_DID.match(asked) else ""
    deed = _QUESTION_WORDS.sub("", _WHO_DID.sub("", asked)).strip(" ?.!")
    return f"{found.group('why')} {doer}{deed}?" if deed else question


def _last_topic(history: Sequence[HistoryMessage]) -> str:
    """The last user turn that named someone or something, without its question mark."""
    for message in reversed(history):
        if message.role != "user":
            continue
        # (Indonesian chat names its topic in lower case: "zelensky ngobrol kapan jelang ktt
        # vilnius"; in English any word is no Indonesian one, "ok thanks" no topic)
        if named_entities(message.content) or (
            detect_language(message.content) == "id" and lowercase_names(message.content)
        ):
            return message.content.strip().rstrip("?")
    return ""


def _put_in(kind: str, question: str, name: str) -> str:
    """The question with its first stand-in of `kind` replaced by `name`: "dia" -> the person,
    "katanya" -> "kata <person>", "di sana" -> "di <place>", "there" -> "in <place>"."""

    def replace(match: re.Match[str]) -> str:
        if match.groupdict().get("says"):
            return f"{match.group('says')} {name}"  # "katanya" → "kata Jens Stoltenberg"
        if match.groupdict().get("owner"):
            return f"{name}'s"  # "his term" → "Stoltenberg's term"
        return _PLACE_FORM.get(match.group().lower(), "{}").format(name)

    return _STAND_INS[kind].sub(replace, question, count=1)


# How many earlier exchanges a "dia"/"di sana" may reach back over: "Siapa Sekjen NATO?" →
# "Kapan dia berbincang dengan Zelensky?" (a date) → "Apa yang dia tulis di Twitter?" is still
# about the Secretary General.
_MAX_TURNS_BACK = 3


def with_last_fact(question: str, history: Sequence[HistoryMessage]) -> str:
    """ "Siapa Sekjen NATO?" → "**Jens Stoltenberg** …" → "Apa yang dia katakan?" becomes
    "Apa yang Jens Stoltenberg katakan?"; the same for a place and "di sana". The person or
    place is the one the latest answer of that kind gave, a few exchanges back at most; with
    no person answered, "dia" is the one person the last question named."""
    for kind, stand_in in _STAND_INS.items():
        if not stand_in.search(question):
            continue
        # ("negara itu": a country the last answer gave, whatever asked it)
        country = kind == "di_mana" and _THAT_COUNTRY.search(question) is not None
        name = _last_answered(kind, history, country=country) or (
            _person_asked_about(history) if kind == "siapa" else ""
        )
        if name:
            question = _put_in(kind, question, name)
    if _PARTY_STAND_IN.search(question):
        # "Siapa yang menyerang infrastruktur Ukraina?" → "Rusia" → "mereka ngaku gak …":
        # "they" is the country or body the last answer gave (never one person)
        party = _last_answered("siapa", history, whole=True)
        if party and (is_country(party) or is_country(party.title()) or party.isupper()):
            question = _PARTY_STAND_IN.sub(party, question, count=1)
    if _COUNTRY_STAND_IN.search(question):
        asked = next((m.content for m in reversed(history) if m.role == "user"), "")
        # (chat names countries in lower case: "siapa pm hongaria yg nolak …")
        countries = {name for _, name in countries_in(asked) or countries_in(asked.title())}
        if len(countries) > 1:
            # "Siapa Perdana Menteri Hongaria yang menolak pengiriman tentara ke Ukraina?" →
            # "negaranya": the country of the office asked about, not where troops would go
            countries = {
                name
                for name in countries
                if re.search(
                    rf"\b(?:{_OFFICES})(?:\s+\w+){{0,2}}?\s+{re.escape(name)}\b", asked, re.I
                )
            }
        if len(countries) == 1:
            question = _COUNTRY_STAND_IN.sub(countries.pop(), question, count=1)
    owned = _OWNED.search(question)
    person = _last_answered("siapa", history) if owned and not named_entities(question) else ""
    if owned and person and _owned_noun(owned.group(1)):
        # "Siapa Sekjen NATO?" → "Jens Stoltenberg" → "masa jabatannya diperpanjang?": the
        # noun is that person's, in a question that names no one else
        question = f"{question[: owned.start()]}{owned.group(1)} {person}{question[owned.end() :]}"
    return question


_OFFICES = "|".join(sorted(office_nouns(), key=len, reverse=True))


def _person_asked_about(history: Sequence[HistoryMessage]) -> str:
    """ "Where did Zelensky arrive …?" → "Brussels" → "Who did he meet there?": no answer gave
    a person, so "he" is the one person the last question named, by the last word of the name
    as written (none when it named several, or only places, countries and bodies written in
    capitals, or itself referred back while naming someone: "Kapan dia berbincang dengan
    Zelensky?" names whom "dia" spoke with, not who "dia" is). A body written like a name
    ("Pentagon") passes for one. A question that named no one and itself referred back ("Itu
    kunjungan pertamanya sejak apa?", "Was it his first visit?") passes the reach on to the
    one before it."""
    asked_turns = [m.content for m in reversed(history) if m.role == "user"]
    for asked in asked_turns[:_MAX_TURNS_BACK]:
        # (a name opening an Indonesian question is capitalised as any first word is:
        # "Zelensky minta apa …" is read as chat's lower case, as `analyze_question` reads it)
        opening = asked[:1].lower() + asked[1:] if detect_language(asked) == "id" else ""
        named = set(named_entities(asked)) | set(lowercase_names(opening))
        if _STAND_INS["siapa"].search(asked):
            if named:
                return ""
            continue  # ("Was it his first visit?": whoever "his" was, as before)
        # (a run of capitalised words is one name, "Joe Biden", called by its last named word;
        # an acronym is a body or a country, "NATO", "AS")
        runs = re.findall(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*", asked)
        people = [
            words[-1]
            for run in runs
            for words in [
                [w for w in run.split() if canonical(w.lower()) in named and not w.isupper()]
            ]
            if words and not place_pattern().fullmatch(words[-1]) and not is_country(words[-1])
        ]
        if people or named or not is_follow_up(asked):
            return people[0] if len(people) == 1 else ""
    return ""


# "negara itu", "negara tersebut": the place stood in for is a country.
_THAT_COUNTRY = re.compile(r"\bnegara (?:itu|tersebut)\b", re.IGNORECASE)


def _last_answered(
    kind: str, history: Sequence[HistoryMessage], whole: bool = False, country: bool = False
) -> str:
    """The fact the latest exchange asking a `kind` question answered, within reach: back
    only over exchanges that themselves referred back ("Kapan dia …?"); one that names its own
    topic ("Kapan Zelensky tiba?") ends the reach. `country`: a country answered to any
    question stands for "negara itu" ("Negara mana yang berjanji …?" → "Hongaria")."""
    exchanges = [
        (asked.content, answered.content)
        for asked, answered in pairwise(history)
        if asked.role == "user" and answered.role == "assistant"
    ]
    for asked, answered in reversed(exchanges[-_MAX_TURNS_BACK:]):
        speaker = _speaker_as_written(asked) if kind == "siapa" else ""
        if speaker:
            return speaker  # "Apa kata Kuleba …?" → "Kapan dia mengatakannya?"
        named = identity_asked(identity_as_who(asked, detect_language(asked)))
        if kind == "siapa" and named:
            # "Apa jabatan Dmytro Kuleba?" → "Menteri Luar Negeri Ukraina" → "kapan dia …":
            # the person asked about, not the country of the office answered
            return named[-1] if named[-1][:1].isupper() else named[-1].title()
        fact_text = stated_fact(answered)
        placed = country and is_country(fact_text)
        if fact_text and (placed or detect_type(asked, detect_language(asked)) == kind):
            # "Vilnius, Lithuania": the place, not what contains it; "Jens Stoltenberg": the
            # surname, as news and speakers use it.
            if whole:
                return fact_text  # "Amerika Serikat", a party of several words
            return fact_text.split(",")[0] if kind == "di_mana" else fact_text.split()[-1]
        if not _STAND_INS[kind].search(asked) and not _BARE_WHY.match(asked):
            # a question of its own topic in between: "dia" is no longer that one (a bare
            # "kenapa?" asks of the same deed, and its doer)
            return ""
    return ""


def _speaker_as_written(asked: str) -> str:
    """The name whose words the question asked about, as the asker wrote it ("kuleba" ->
    "Kuleba"); none for an office ("Apa kata Sekjen NATO?") or a country ("Presiden AS")."""
    speaker = speaker_asked(asked)
    words = re.findall(r"[\w'’-]+", asked)
    written = next((w for w in words if canonical(stem(w.lower())) == speaker), "")
    if not written or is_indonesian_word(written.lower()) or is_country(written.title()):
        return ""
    return written if written[:1].isupper() else written.title()


# An event pointed back to: "pertemuan (yang dia hadiri) itu", "KTT tersebut", "that meeting".
_POINTED_EVENT_ID = re.compile(r"\b([\w-]+)\b(?:\s+[\w-]+){0,4}?\s+(?:itu|tersebut)\b", re.I)
_POINTED_EVENT_EN = re.compile(r"\b(?:that|this|the same)\s+([\w-]+)\b", re.IGNORECASE)
# A quotation in an answer: the sentence it cites.
_QUOTATION = re.compile(r"“([^”]{20,})”")


def event_pointed_to(question: str) -> str:
    """The word of an event the follow-up points back to ("Pertemuan yang dia hadiri itu
    diadakan di kota mana?" -> pertemuan, "When did that summit start?" -> summit); ""."""
    return next(
        (
            found.group(1)
            for pattern in (_POINTED_EVENT_ID, _POINTED_EVENT_EN)
            for found in pattern.finditer(question)
            if is_event_word(found.group(1))
        ),
        "",
    )


def last_quotations(history: Sequence[HistoryMessage]) -> list[str]:
    """The sentences the latest answer quoted: what its event was told in."""
    answers = [message.content for message in history if message.role == "assistant"]
    return _QUOTATION.findall(answers[-1]) if answers else []


# "terus abis itu?", "lalu?", "and then?", "what happened next?": what the last answer's report
# tells next, asked with no words of its own.
_WHAT_NEXT = re.compile(
    r"^\W*(?:(?:terus|trus|lalu|kemudian|selanjutnya|(?:abis|habis|setelah|sesudah) itu"
    r"|and then|then|after that|and after that|next)\W*)+"
    r"(?:(?:apa|gimana|bagaimana|what|what happened|what happened next|what next)\W*)?"
    r"(?:(?:yang terjadi|terjadi apa|happened)\W*)?$"
    r"|^\W*what (?:happened|came) (?:next|after that|then)\W*$"
    r"|^\W*then what\W*$",
    re.IGNORECASE,
)


def asks_what_next(question: str) -> bool:
    """The question only asks what happened next ("terus abis itu?", "and then?")."""
    return _WHAT_NEXT.match(question.strip()) is not None
