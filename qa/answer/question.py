"""What a question asks: its language, its type, and the terms an answer must cover."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import takewhile
from typing import Literal, cast

from qa.text.asked import WH_WORD, asked_by_noun, names_a_person, office_nouns, person_nouns
from qa.text.dates import DAYS, MONTHS, find_dates
from qa.text.glossary import glossed, indonesian_for
from qa.text.normalize import alias, is_chat_word, written_out
from qa.text.numbers import PLACE_IN_SEQUENCE_EN, asked_measure
from qa.text.places import (
    PlaceKind,
    asked_place_kind,
    is_country,
    is_region,
    place_nouns,
    place_pattern,
)
from qa.text.premises import decisive_words
from qa.text.speech import (
    SAID_AFTER_SPEAKER,
    SAID_BEFORE_SPEAKER,
    SPEAKER_RANKS,
    STATING_ROOTS,
    WORDS_ASKED,
)
from qa.text.tokens import (
    ACRONYM_CLITIC,
    analyze,
    fold_accents,
    is_deed_noun,
    is_indonesian_word,
    is_verb_form,
    stem,
    stopwords,
)

QuestionType = Literal[
    "kapan", "siapa", "di_mana", "berapa", "apa", "mengapa", "bagaimana", "yesno", "list"
]
# Questions answered by one extracted fact (a date, a person, a place, a number).
FACT_TYPES: frozenset[QuestionType] = frozenset({"kapan", "siapa", "di_mana", "berapa"})

# "Mana yang lebih dulu: A atau B?", "duluan mana, A atau B", "Which came first: A or B?": an
# order of events asked for, answered like a timeline.
_FIRST_ID = (
    r"mana(?:kah)? (?:yang |yg )?(?:[\w-]+ ){0,3}?"
    r"(?:lebih (?:dulu|dahulu|awal)|duluan|terlebih dahulu)\b"
    r"|(?:duluan|lebih (?:dulu|dahulu|awal)) mana\b"
    # chat: "zelensky duluan pidato atau duluan ngetwit" (normalised to "lebih dulu")
    r"|\b(?:duluan|lebih (?:dulu|dahulu|awal))\b"
    r"(?=.*\batau\b(?!\s+(?:belum|tidak|nggak|gak|enggak|bukan)\b))"
    # chat: "A dulu apa B dulu" (normalised "dahulu")
    r"|\b(?:dulu|dahulu|duluan)\s+(?:apa|atau)\b(?=.*\b(?:dulu|dahulu|duluan)\W*$)"
    # "Mana yang terjadi paling akhir: A, B, atau C?": the last, of those named
    r"|mana(?:kah)? (?:yang |yg )?(?:[\w-]+ ){0,3}?"
    r"(?:(?:paling|lebih) (?:akhir|terakhir|belakangan)|terakhir|belakangan)\b"
    r"(?=[^?]*\b(?:atau|ato)\b)"
    r"|\b(?:paling|lebih) (?:akhir|terakhir|belakangan)\b[^:?]{0,30}\bmana\b"
    r"(?=[^?]*\b(?:atau|ato)\b)"
    # "Apa yang terjadi lebih dulu: A atau B?": what happened first, of two named
    r"|apa (?:yang |yg )?(?:terjadi|berlangsung|datang)\s+(?:lebih (?:dulu|dahulu|awal)|duluan"
    r"|terlebih dahulu)\b(?=[^?]*\batau\b)"
    # "Siapa yang lebih dulu bicara: A, atau B?": who came first, of two deeds named
    r"|siapa (?:yang |yg )?(?:lebih (?:dulu|dahulu|awal)|duluan)\b(?=[^?:]*:[^?]*\batau\b)"
)
# "Which came first: ...", "Which was said earlier: A or B?", "which did he do first: A or B"
_FIRST_EN = (
    r"which (?:\w+ ){0,4}?(?:came|happened|took place|was held) (?:first|earlier)\b"
    # ("Who spoke out first on it: A, or B?": the two named after the colon are what is ordered)
    r"|(?:which|who|what)\b[^?:]*?\b(?:first|earlier)\b(?=[^?:]*:[^?]*\bor\b)"
    # "What happened first: A or B?", "Which happened last: A, B, or C?"
    r"|(?:what|which) (?:\w+ ){0,2}?(?:came|happened|took place|occurred|was held)"
    r" (?:first|earlier|last|later|latest|most recently)\b(?=[^?]*\bor\b)"
)
# Tried in order, first on how the question starts, then anywhere in it ("Siapa yang mengatakan
# ... kapan ..." is a "siapa" question).
_PLACE_NOUNS = "|".join(re.escape(noun) for noun in place_nouns())
# A reduplicated word that is an adverb, not a plural noun: "kira-kira apa", "sama-sama".
NOT_AN_ADVERB = r"(?!(?:kira|sama|masing|diam|baik|benar|betul|cepat|lama|pelan|gara)-)"
_OFFICE_NOUNS = "|".join(sorted(office_nouns() | {"tokoh"}, key=len, reverse=True))
_NOT_AFTER_SPEECH = r"(?<!menurut )(?<!kata )(?<!kepada )(?<!bagi )(?<!untuk )"
# (in the plural too: "pejabat-pejabat apa" asks whom, a group: "para menteri pertahanan")
_OFFICE_ASKED = re.compile(
    rf"{_NOT_AFTER_SPEECH}\b(?:(?:{_OFFICE_NOUNS})-)?(?:{_OFFICE_NOUNS}) (?:mana|apa)(?:kah)?\b",
    re.IGNORECASE,
)


# "Siapa Orban?", "siapa sih stoltenberg itu", "Who is Orban exactly?": who a named person is
# (as normalised: "Apa jabatan Orban?" too, `qa.text.normalize`).
_IDENTITY_ASKED = re.compile(
    r"^\W*(?:siapa(?:kah)?|who(?:'s|’s|\s+is|\s+was))\s+(?:sih\s+)?([\w'’-]+(?:\s+[\w'’-]+)??)"
    r"\s*(?:(?:sebenarnya|sebetulnya|itu|sih|exactly|really)\b)?\s*(?:[?,.]|$)",
    re.IGNORECASE,
)


def identity_asked(text: str) -> list[str]:
    """The words naming the person whose identity the question asks ("Apa jabatan Dmytro
    Kuleba?" -> Dmytro, Kuleba); [] when it asks none, or names an office, an acronym or a
    country instead ("Siapa Sekjen NATO?" asks who holds the office)."""
    found = _IDENTITY_ASKED.match(text)
    named = found.group(1).split() if found else []
    return named if names_a_person(named) else []


def as_who(text: str) -> str:
    """The question with "pejabat apa", "pemimpin mana" read as the "siapa" they ask: "Zelensky
    berjumpa dengan pejabat apa …" asks whom he met, as "dengan siapa" does."""
    return _OFFICE_ASKED.sub("siapa", text)


_QUESTION_WORDS = "apa|apakah|siapa|mana|kapan|berapa|mengapa|kenapa|bagaimana|gimana"
_ID_RULES: list[tuple[str, QuestionType]] = [
    (
        # (orders asked, "urutkan", "kronologi", are ORDER_ASKED's, checked first; "daftar" asks
        # a list only where it opens the request, not "jalur buat ukraina daftar anggota")
        r"(?:apa|siapa|mana) saja\b|sebutkan\b|(?:^|\b(?:berikan|buatkan|tolong|minta)\s+)daftar\b"
        r"|susun\b"
        rf"|{_FIRST_ID}",
        "list",
    ),
    # "Negara-negara mana …", "senjata-senjata apa …": a plural asked for, as in English
    (
        rf"\b{NOT_AN_ADVERB}(?!(?:{_OFFICE_NOUNS})-)(?P<noun>[a-z]+)-(?P=noun)"
        r" (?:mana|apa)(?:kah)?\b",
        "list",
    ),
    (
        r"kapan(?:kah)?\b|(?:pada )?tanggal berapa\b|sampai kapan\b|"
        r"(?:pada )?(?:bulan|tanggal|hari) apa\b"
        # ("bulan dan tahun berapa" asks a date, not only its year)
        r"|bulan (?:dan|&) tahun (?:ke)?berapa\b",
        "kapan",
    ),
    # ("dengan kepala negara mana": a head of state, a person, not a country)
    (
        r"siapa(?:kah)?\b|dengan siapa\b"
        r"|(?:[\w-]+ )?(?:kepala|pemimpin) (?:negara|pemerintahan) (?:mana|apa)(?:kah)?\b"
        # ("Pemimpin mana yang …", "pejabat apa": which leader or official, a person; not
        # whose words or whom something is told: "Menurut pengamat apa dampaknya?")
        rf"|{_OFFICE_ASKED.pattern}",
        "siapa",
    ),
    (
        # "di kota mana", "dari daerah mana"; not "dari media mana" (an outlet, no place)
        # ("di ibu kota Rumania manakah": a place noun and the country it lies in)
        # ("di kota dan negara mana": two kinds of place, one where)
        rf"(?:di|ke|dari)mana(?:kah)?\b|(?:di|ke|dari)\s+(?:(?:{_PLACE_NOUNS})\s+"
        rf"(?:(?:dan|atau)\s+(?:{_PLACE_NOUNS})\s+)?)?mana(?:kah)?\b|"
        rf"(?:di|ke|dari)\s+(?:{_PLACE_NOUNS})\s+{place_pattern().pattern}\s+mana(?:kah)?\b|"
        rf"(?:di|ke|dari)\s+(?:{_PLACE_NOUNS})\s+apa\b",
        "di_mana",
    ),
    (r"(?:ke ?)?berapa\b|tahun berapa\b", "berapa"),
    # "Apa alasan ...", "... karena apa": a reason asked without "mengapa".
    (
        # ("Apa tujuan …?": a purpose, told as a reason is, "untuk …", "karena …")
        r"(?:mengapa|kenapa)\b|apa (?:alasan|penyebab|sebab|tujuan)\w*\b"
        r"|(?:atas )?(?:karena|sebab|alasan|gara-gara) apa\b"
        # chat puts the asking last: "…, alasannya apa", "penyebabnya apa sih"
        r"|(?:alasan|penyebab|sebab)nya apa\b"
        # "Apa yang menyebabkan …", "apa yg memicu …": what caused it
        r"|apa (?:yang |yg )?(?:menyebabkan|memicu)\b"
        # "untuk apa zelensky datang …", "zelensky datang ke markas nato buat apa sih": for
        # what purpose someone came, went or met (not "untuk apa saja", a list, nor "untuk apa
        # yang …"; nor "bersiap untuk apa", what for, nor "digunakan untuk apa", its use)
        r"|^(?!.*\b(?:digunakan|dipakai|menggunakan|memakai|pakai)\b)\W*(?:untuk|buat) apa\b"
        r"(?!\s+(?:saja|aja|yang|yg)\b)"
        r"|\b(?:datang|pergi|tiba|hadir|berkunjung|mengunjungi|bertemu|berkumpul)\b.*"
        r"\b(?:untuk|buat) apa(?:\s+(?:sih|ya|dong|katanya|sebenarnya))*\W*$",
        "mengapa",
    ),
    (r"bagaimana\b", "bagaimana"),
    # (chat's tag "kan", "…, bukan?": the asker wants the claim confirmed; not "yang kan", chat's
    # "akan", nor a "kan" before the question word of another question: "NATO kan ngundang
    # Ukraina, negara mana yg nolak?")
    (
        # (the formal "Apakah yang dimaksud …?" asks what)
        # (not in a condition: "… apa kalau itu benar terjadi" asks what)
        r"(?:apakah(?!\s+(?:yang|yg)\b)|benarkah|betulkah"
        r"|(?<!kalau )(?<!jika )(?<!bila )(?<!seandainya )(?<!sekiranya )"
        r"(?:itu|ini) (?:benar|betul))\b"
        # (chat's "apa" for "apakah" opening the question before a pronoun, its verb and what
        # follows: "apa dia setuju kirim tentara ke ukraina"; not "apa dia bilang", which asks
        # what, nor "Lewat apa ia berterima kasih?")
        r"|^apa\s+(?:dia|ia|beliau|mereka)\s+(?!(?:bilang|berkata|katakan|mengatakan|omongin"
        r"|sampaikan|menyampaikan|ucapkan|mengucapkan|lakukan|melakukan|kerjakan|mengerjakan"
        r"|minta|meminta|inginkan|menginginkan|mau|tulis|menulis|pikirkan|memikirkan|berbicara"
        r"|bicara|ngomong|bahas|membahas|janjikan|menjanjikan)\b)"
        # (nor a bare "-kan"/"-i" verb missing its object: "apa mereka sepakati di vilnius")
        r"(?!(?!me|di|ber|ter)[a-z]+(?:kan|i)\b)"
        r"[\w-]+\s+[\w-]+"
        # (or before a name or noun and an aspect, a deed claimed: "apa negaranya bakal
        # memveto usulan itu", "apa NATO sudah menerima Ukraina")
        r"|^(?:(?:tapi|tetapi|namun|terus|lalu)\s+)?apa\s+(?!(?:yang|yg|saja|aja|itu|ini)\b)"
        r"[\w-]+\s+"
        r"(?:akan|sudah|telah|masih|pernah|sempat)\s+[\w-]+"
        r"|,\s*bukan\s*\?"
        # (a claim put negatively, expecting a yes: "Bukankah …?", chat's "bukannya …"; or
        # asked whether true: "Apa benar …?", chat's "apa iya …")
        r"|^(?:bukankah|bukannya|apa\s+(?:benar|betul|iya)(?!\s+(?:yang|yg)\b))\b"
        rf"|(?<!yang )(?<!yg )\bkan\b(?![^?]*\b(?:{_QUESTION_WORDS})\b)",
        "yesno",
    ),
    (r"apa(?:kah)?\b", "apa"),
    # "Negara mana yang ...", "Mana yang lebih dulu ...": which one, answered by its sentence.
    (r"(?:[\w-]+ )?mana(?:kah)?\b(?! saja)", "apa"),
]
_EN_RULES: list[tuple[str, QuestionType]] = [
    (
        rf"list\b|name (?:all|the)\b|chronolog|in order\b|timeline of\b|{_FIRST_EN}|"
        r"what (?:are|were) (?:the|all)\b.*\b(?:meetings|countries|items|people|leaders|topics)\b|"
        r"which (?:countries|leaders|meetings)\b|"
        # "What weapons did ...", "Which types of aid were ...": a plural asked for
        # ("what major issues had …", "what kinds of aid", "what two issues": several asked)
        r"(?:what|which) (?:kinds? of |types? of )?(?:[a-z-]+ ){0,2}\w+s "
        # ("What items make up the aid …?": the plural's own verb of what it is made of)
        r"(?:did|do|were|are|will|would|have|has|had|make up|made up|include[sd]?)\b"
        # ("What kind of policy …" asks one kind; "What kinds of aid …" several)
        r"|(?:what|which) (?:kinds|types|sorts) of\b"
        r"|(?:what|which) (?:two|three|four|five|six|\d+) \w+",
        "list",
    ),
    (
        r"when\b|(?:on )?(?:what|which) (?:exact |precise |specific )?dates?\b"
        # ("Which day did he talk to …?" asks when; "On which day did he join …?" may ask which
        # day of the summit)
        r"|(?:on )?(?:what days?|which days)\b(?! of)|(?<!on )which day\b(?! of)"
        r"|(?:in )?(?:what|which) month\b"
        r"|(?:what|which) (?:was|is|were|will be) the (?:exact )?date\b",
        "kapan",
    ),
    (
        # ("Which Ukrainian foreign minister …": which may name two words first; "What did the
        # president say" asks what)
        r"(?:who|whom|whose)\b|(?:which (?:\w+ ){0,2}|what (?:\w+ )?)"
        r"(?:leader|person|minister|president|official|diplomat|politician"
        r"|spokes(?:person|man|woman)|journalist|author|dictator|secretary"
        r"|king|queen|chancellor|commander|ambassador|envoy|head of state|governor|mayor)\b",
        "siapa",
    ),
    # ("in which Polish city": an adjective may stand before the place noun)
    # ("Which city hosted …": a city is a place; "Which country holds …" may be a doer)
    (
        r"where\b|in (?:which|what) (?:[a-z]+ )?(?:city|town|country|place)\b"
        r"|(?:which|what) (?:[a-z]+ )?(?:city|town|capital)\b",
        "di_mana",
    ),
    # ("what time": a time of day, asked like "jam berapa")
    (
        r"how (?:many|much|long|old|big|large|high|far|heavy|expensive|costly)\b"
        r"|(?:in )?what year\b|in which year\b|(?:at )?what time\b"
        # ("On which day of the summit …": its place in the summit, as "hari keberapa")
        rf"|(?:on )?{PLACE_IN_SEQUENCE_EN}",
        "berapa",
    ),
    (
        r"why\b|(?:what|which) (?:(?:was|were|is|are) )?(?:the )?(?:reasons?|causes?)\b"
        r"|for what reason\b|what (?:caused|causes|triggered|led to)\b"
        # "What did he come to NATO for?", "What is the fund for?": a purpose asked (not "What
        # did he ask for?": the verb's own "for")
        r"|what\b.*\b(?:come|came|comes|coming|go|goes|went|going|travel\w*|here|there)\b"
        r"(?:\s+[\w-]+){0,4}\s+for\s*\??\s*$|what (?:is|are|was|were) [\w' -]+ for\s*\??\s*$",
        "mengapa",
    ),
    (r"how\b", "bagaimana"),
    (
        r"(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would|should)(?:n['’]t)?\b"
        r"|(?:won|can|shan)['’]t\b",
        "yesno",
    ),
    (r"(?:what|which)\b", "apa"),
]
# Where an English question word opens its clause: after the start or a comma, and a
# preposition that may lead it.
_CLAUSE_OPENING_EN = (
    r"(?:^|,)\s*(?:(?:under|in|on|at|for|from|with|by|to|during|after|before|of|since)\s+)?$"
)
_ENGLISH_MARKERS = {
    "the",
    "what",
    "when",
    "who",
    "where",
    "why",
    "how",
    "did",
    "does",
    "is",
    "was",
    "were",
    "of",
    "to",
    "and",
    "which",
    "meeting",
    "president",
    "visit",
    "say",
    "said",
    # Function words with no Indonesian homograph ("Has Ukraine officially become a member?");
    # not "a", "an", "in": chat Indonesian writes "siap2in", "gelap2an".
    "has",
    "have",
    "had",
    "are",
    "do",
    "on",
    "for",
    "with",
    "it",
    "he",
    "she",
    "they",
    "his",
    "her",
    "its",
    "their",
    "there",
    "this",
    "that",
    "been",
    "will",
    "can",
}
_INDONESIAN_MARKERS = {
    "yang",
    "dan",
    "di",
    "ke",
    "apa",
    "siapa",
    "kapan",
    "berapa",
    "mengapa",
    "bagaimana",
    "apakah",
    "dengan",
    "untuk",
    "pada",
    "dari",
    "itu",
    "ini",
    "sudah",
    "udah",
    "belum",
    "tidak",
    "nggak",
    "gak",
    "akan",
    "ada",
    "oleh",
    "atau",
    "juga",
    "yg",
    "aja",
    "saja",
    "mana",
    "kenapa",
}
SENTENCE_START_WORDS = {
    "apa",
    "apakah",
    "siapa",
    "siapakah",
    "kapan",
    "kapankah",
    "di",
    "dimana",
    "ke",
    "dari",
    "berapa",
    "mengapa",
    "kenapa",
    "bagaimana",
    "benarkah",
    "sebutkan",
    "what",
    "who",
    "when",
    "where",
    "why",
    "how",
    "is",
    "are",
    "was",
    "were",
    "did",
    "does",
    "do",
    "which",
    "list",
}


@dataclass
class Question:
    # In the articles' words (slang standardised, aliases and typos mapped); rules read this.
    text: str
    language: Literal["id", "en"]
    type: QuestionType
    terms: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    # The verb an "apa/siapa ... yang <verb>" question turns on ("diminta" -> minta): the
    # sentence that carries it usually holds the answer, even when it names no one ("Ia meminta").
    focus: str = ""
    # The focus is asked as a verb ("memimpin"), not as a noun ("pemimpin").
    focus_deed: bool = False
    # Names that occur nowhere in the corpus: a strong sign the corpus cannot answer.
    unknown_entities: list[str] = field(default_factory=list)
    # Any question terms that occur nowhere in the corpus.
    unknown_terms: list[str] = field(default_factory=list)
    # Of those, the ones no word of their synonym group is written for either ("ancam" is
    # unknown as such, but the articles write "memperingatkan"): deeds the articles never tell.
    unwritten_terms: list[str] = field(default_factory=list)
    # A follow-up's terms taken in from the turn before ("diktator yang membangun gedungnya itu
    # digulingkan tahun berapa" after a question about the 2008 summit): they guide the search,
    # but a fact is bound to the follow-up's own words when it has enough of them.
    context_terms: list[str] = field(default_factory=list)
    # The article whose sentence the last answer quoted, for a follow-up that points back to
    # its event ("Pertemuan itu diadakan di kota mana?"): the event is that article's.
    context_article: str = ""
    # As the asker typed it, for display.
    asked: str = ""
    # Whose words an "apa kata X" / "what did X say" question asks for.
    speaker: str = ""
    # What those words are to be about ("... soal perang Hamas-Israel"): analysed terms.
    topic: list[str] = field(default_factory=list)
    # The question asks for someone's words or account (`speech.WORDS_ASKED`), named or not.
    asks_words: bool = False
    # The events an ordering question lists ("Urutkan: A, B, dan C"), in the articles' words.
    events: list[str] = field(default_factory=list)
    # The unit a question asks the time between its two events in ("Berapa tahun antara A
    # dan B?": "year"); "" when it asks no span.
    span_unit: str = ""
    # The span counts from the first event to the second, which must come later ("Berapa
    # tahun setelah A, B?"), not either way round ("antara A dan B").
    span_from_first: bool = False
    # "Di negara mana ...", "which city ...": the kind of place that answers.
    place_kind: PlaceKind | None = None
    # The offices the retrieved passages give named people (surname, office words): a report
    # that names someone by the office alone ("presiden Ukraina mengatakan …") names them.
    offices: tuple[tuple[str, frozenset[str]], ...] = ()


def canonical(token: str) -> str:
    return alias(token)


@lru_cache(maxsize=4096)
def token_set(text: str) -> frozenset[str]:
    """The text's analysed words in the form questions and sentences are compared by. Cached:
    a passage's text is the context of each of its sentences, asked again and again."""
    tokens = analyze(text)
    return frozenset(canonical(t) for t in tokens) | frozenset(
        canonical(w) for t in tokens for w in written_out(t)
    )


def detect_language(text: str) -> Literal["id", "en"]:
    # (English clitics apart: "Where's NATO's headquarters?" says "where")
    words = re.findall(r"[a-z]+", text.lower())
    english = sum(w in _ENGLISH_MARKERS for w in words)
    indonesian = sum(w in _INDONESIAN_MARKERS for w in words)
    if english == indonesian:
        # no question word either way ("ok thanks, anything else happening"): English words
        # the glossary knows against Indonesian dictionary and chat words ("tgl brp sih")
        english = sum(bool(indonesian_for(w)) for w in words)
        indonesian = sum(is_indonesian_word(w) or is_chat_word(w) for w in words)
    return "en" if english > indonesian else "id"


# What may close a chat yes/no question after its or-not tag: a time, an order word or a
# date ("… gak pas ktt vilnius", "… gak sebelum vilnius", "… belum awal oktober 2023"); not a
# word that is a predicate too ("habis", "akhir" alone).
_CLOSING_TIME = (
    r"(?:per|pada|hingga|sampai|sejak|pas|saat|waktu|ketika|sebelum|sesudah|setelah|usai|jelang"
    rf"|menjelang|tanggal|tgl|(?:awal|akhir|pertengahan)(?=\s+(?:{'|'.join(MONTHS)}|tahun|\d)))"
)
# "Rusia mengaku tidak kalau ...", "... jadi anggota ya", "... sudah belum?": chat Indonesian
# asks yes/no with a tag, not with "apakah". The tag is no negation of the claim.
OR_NOT = re.compile(
    r"\b(?:atau )?(?:tidak|nggak|enggak|gak|ga|ngga)\b(?=\s+(?:kalau|kalo|bahwa|sih)\b)"
    # "... sudah jadi anggota belum per Juni 2024": the tag before a closing time phrase
    r"|\s*\b(?:atau )?(?:belum|tidak|nggak|gak)\b"
    # (or before a closing time clause chat opens with "pas": "… gak pas ktt vilnius", an
    # order word, "… gak sebelum vilnius", or a date, "… belum awal oktober 2023")
    rf"(?=\s+{_CLOSING_TIME}\s+[\w/ -]+\??\s*$)"
    r"|\s*\b(?:ya|kah|kan|bukan|tidak|nggak|enggak|gak|ga|ngga|belum|atau tidak|atau belum)"
    r"\s*\??\s*$"
    # ("bener gak zelensky ngaku kecewa …": whether it is true, asked first)
    r"|^\s*(?:benar|bener|betul)\s+(?:tidak|nggak|enggak|gak|ga|ngga)\b",
    re.IGNORECASE,
)


# The or-not tag before what the claim goes on to say: "… kecewa gak sih di ktt …",
# "rusia ngaku nggak kalau …" (also as normalised: "tidak kalau").
_TAG_THEN_CLAUSE = re.compile(
    r"\b(?:tidak|nggak|enggak|gak|ga|ngga)\s+(?:kalau|kalo|bahwa|sih)\b", re.IGNORECASE
)
# "ada sniper gak pas Zelensky berpidato": whether something was there, the tag after the thing.
# "dia udah sering ya ke sana": chat puts the yes/no tag "ya" right after what it asks about.
_CHAT_TAG = re.compile(r"\w\s+ya\s+\w")
_EXISTS_OR_NOT = re.compile(
    r"^\s*(?:apakah\s+)?ada\s+(?!yang\b)[\w-]+(?:\s+(?!yang\b)[\w-]+)?"
    r"\s+(tidak|nggak|enggak|gak|ga|ngga)\b",
    re.IGNORECASE,
)


# "hongaria bakal veto gak usulan nato": in a chat question without a question word, the tag
# right after an aspect word and its verb, the claim going on after it ("tidak" too: the
# normaliser writes it for "gak"). An adverb before it makes it the claim's own negation
# ("udah lama gak dukung", "akan tetap tidak mendukung"). After the verb's object too, when a
# preposition goes on ("pernah ngasih jalur resmi ga buat ukraina"; not "akan memberi ukraina
# jaminan tidak tertulis", where "tidak" is the claim's).
_AFTER_VERB_OR_NOT = re.compile(
    r"\b(?:sudah|udah|akan|bakal|mau|pernah|bisa|boleh|masih|sempat)"
    r"(?:\s+(?!(?:lama|tetap|juga|masih|lagi|sama|benar|betul|memang)\b)[\w-]+){1,3}\s+"
    r"(gak|nggak|enggak|ga|ngga|tidak|belum)\b(?=\s+\w)"
    # (not before a modal: "udah janji gak bakal veto" denies the veto)
    r"(?!\s+(?:akan|bakal|mau|ingin|bisa|dapat|boleh|pernah|perlu|harus)\b)",
    re.IGNORECASE,
)
_QUESTION_WORD = re.compile(
    r"\b(?:apa|apakah|siapa|kapan|mana|(?:ke)?berapa|mengapa|kenapa|bagaimana|benarkah"
    r"|betulkah)\b",
    re.IGNORECASE,
)


_AFTER_OBJECT = re.compile(r"\s+(?:buat|untuk|ke|di|dari|sama|dengan|kepada|bagi)\b")
_AFTER_VERB_WORDS = 2


# "nato ngasih batas waktu ga buat ukraina": with no aspect word, the tag after a verb of the
# question's first words and its object, a preposition going on after it. (The first words
# may set the scene: "di ktt vilnius nato ngasih tenggat waktu gak buat ukraina".)
_VERB_THEN_OR_NOT = re.compile(
    r"^\s*(?:[\w-]+\s+){0,5}?(?:me|mem|men|meng|meny|ber|di)[a-z]{3,}(?:\s+[\w-]+){1,3}\s+"
    r"(gak|nggak|enggak|ga|ngga|tidak)\b(?=\s+(?:buat|untuk|ke|kepada|bagi|sama|dengan)\b)",
    re.IGNORECASE,
)


# "zelensky dateng gak ke vilnius", "stoltenberg setuju gak ukraina gabung nato": the tag right
# after the one word that follows the subject's names, which open the question, the claim going
# on after it. Right after the names it is the claim's own negation ("zelensky gak dateng …"),
# and after an adverb or an aspect word too ("nato emang gak ngundang …", "udah gak …").
_PREDICATE_THEN_OR_NOT = re.compile(
    r"^\s*(?:[\w'’-]+\s+){1,3}?[\w-]+\s+(gak|nggak|enggak|ga|ngga|tidak)\b(?=\s+\w)"
    # (not before a modal: "hongaria janji gak bakal veto" promises no veto)
    r"(?!\s+(?:akan|bakal|mau|ingin|bisa|dapat|boleh|pernah|perlu|harus)\b)",
    re.IGNORECASE,
)
_NO_PREDICATE = frozenset(
    "sudah udah dah akan bakal mau ingin pernah bisa boleh sempat harus perlu dapat lama tetap"
    " memang emang benar bener beneran betul sama yang yg".split()
)


def _predicate_tag(text: str) -> re.Match[str] | None:
    found = _PREDICATE_THEN_OR_NOT.search(text)
    if found is None:
        return None
    *subject, predicate = text[found.start() : found.start(1)].lower().split()

    def is_name(word: str) -> bool:
        return bool(lowercase_names(word)) and not is_chat_word(word)

    if not all(map(is_name, subject)) or is_name(predicate) or predicate in _NO_PREDICATE:
        return None
    return None if predicate in stopwords() else found


def _after_verb_tag(text: str) -> re.Match[str] | None:
    if _QUESTION_WORD.search(text):
        return None
    found = _AFTER_VERB_OR_NOT.search(text)
    if found is None:
        return _VERB_THEN_OR_NOT.search(text) or _predicate_tag(text)
    words = len(text[found.start() : found.start(1)].split()) - 1  # (the aspect word)
    if words > _AFTER_VERB_WORDS and not _AFTER_OBJECT.match(text, found.end(1)):
        return None
    return found


# "Didn't the summit agree …?", "Wasn't it …?", "Bukankah …?" (chat's "bukannya …"): a question
# put negatively expects a yes; what it claims is the statement itself, not its denial.
_NEGATED_OPENING = re.compile(
    r"^(\W*)(?:(?P<bukan>bukankah|bukannya)|(?P<modal>won|can|shan)['’]t|(?P<aux>[a-z]+)n['’]t)\b",
    re.IGNORECASE,
)
_UNNEGATED_MODALS = {"won": "will", "can": "can", "shan": "shall"}


def _unnegated_opening(found: re.Match[str]) -> str:
    if found.group("bukan"):
        word = "Apakah"
    elif found.group("modal"):
        word = _UNNEGATED_MODALS[found.group("modal").lower()]
    else:
        word = found.group("aux")
    return f"{found.group(1)}{word}"


@lru_cache(maxsize=1024)
def claim(text: str) -> str:
    """The statement a yes/no question puts to the articles, without its or-not tag, a
    negation it is put with ("Didn't …", "Bukankah …") or an English tag ("…, wasn't it?").
    (Cached: read again for every candidate sentence of the question.)"""
    text = _TAGGED_EN.sub("?", _NEGATED_OPENING.sub(_unnegated_opening, text, count=1))
    text = _TRUE_OR_NOT.sub("", text, count=1)
    for found in (_EXISTS_OR_NOT.search(text), _after_verb_tag(text)):
        if found:
            text = text[: found.start(1)] + text[found.end(1) :]
    # (a statement the asker grants before asking, "Orban opposes sending troops, but will
    # Hungary veto …?": the claim is what is asked)
    text = _GRANTED_FIRST.sub("", text)
    return " ".join(OR_NOT.sub(" ", text).split())


# "Benar tidak X …", "bener gak X …": "is it true or not that X …", an or-not tag before the
# claim, not its negation.
_TRUE_OR_NOT = re.compile(
    r"^\W*(?:apa\s+)?(?:benar|betul|bener)\s+(?:atau\s+)?(?:tidak|nggak|enggak|gak|ga|ngga)\b\s*",
    re.IGNORECASE,
)
# The words that join a granted statement to the question after it, and the English
# auxiliaries a yes/no question opens with.
_BUT_THEN = r"(?:but|tapi|tetapi|namun)"
_YES_NO_AUXILIARIES = r"did|does|do|was|were|is|are|has|have|had|will|would|can|could"
# The words an Indonesian yes/no claim opens with before its subject ("Apakah", chat's
# "emang"), and those of either language (with the English auxiliaries).
YES_NO_OPENERS_ID = frozenset(
    {"apakah", "akankah", "apa", "benarkah", "betulkah", "emang", "memang"}
)
YES_NO_OPENERS = YES_NO_OPENERS_ID | frozenset(_YES_NO_AUXILIARIES.split("|"))
_GRANTED_FIRST = re.compile(
    rf"^[^?]+?,\s*{_BUT_THEN}\s+(?=(?:apakah|akankah|benarkah|{_YES_NO_AUXILIARIES})\b)",
    re.IGNORECASE,
)


# A yes/no question after a phrase that sets its scene: ", apakah …", ", did NATO …".
_OPENS_YES_NO = re.compile(
    # (not the formal "apakah yang dimaksud …", which asks what)
    rf"^[^,?]{{3,60}},\s*(?:{_BUT_THEN}\s+)?"
    rf"(?:(?:apakah|benarkah)(?!\s+(?:yang|yg|itu)\b)|{_YES_NO_AUXILIARIES})\b"
)

# "nato udah kasih tenggat kapan ukraina jadi anggota blm sih": chat's "udah … belum" asks
# whether something was done, whatever question word the claim holds; the tag closes the
# question or comes before a time or place phrase. (Not after a question word that opens it:
# "siapa yang udah … belum" asks who.)
_DONE_YET = re.compile(
    r"^(?!\s*(?:siapa|apa|kapan|berapa|brp|mengapa|kenapa|knp|bagaimana|gimana|mana|di\s+mana)\b)"
    r"\s*(?:[\w-]+\s+){0,3}?(?:sudah|udah|dah)\s+(?!(?:berapa|brp)\b).+\s(?:belum|blm)\b"
    rf"(?=\s*(?:sih|ya|\?|$)|\s+(?:di\b|{_CLOSING_TIME}))"
)

# (several asked for: "yg udah setuju siapa aja yg belum", "negara mana yg udah gabung belum")
_SEVERAL_ASKED = re.compile(r"\b(?:siapa|apa|mana)\s+(?:aja|saja)\b|^\s*(?:[\w-]+\s+){0,2}mana\b")


# "Urutkan secara kronologis ...", "Bagaimana urutan ...?", "List, in chronological order, ...":
# an order is asked, whatever question word opens the question.
ORDER_ASKED = re.compile(
    r"\b(?:urutan(?! (?:pertama|kedua|ketiga|terakhir|ke|\d))|urutkan|urutin|kronologi\w*"
    r"|linimasa|lini masa|garis waktu|chronolog\w*|timeline of|in order(?! (?:to|for)\b)"
    r"|in (?:what|which) order|what (?:was |is )?the order)\b",
    re.IGNORECASE,
)


# "So is Hungary going to veto …?", "And did he …?": a word that only links the question to
# the talk before it, ahead of the question proper.
_DISCOURSE_OPENING_EN = re.compile(
    r"^(?:(?:so|and|but|okay|ok|well|also|then|now)\b[,\s]+)+"
    r"(?=(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|should|what|when"
    r"|where|who|whom|which|why|how)\b)"
)
# "When the West cuts off Russian energy, which country …?": an English question may open
# with a clause of time or condition (no auxiliary after its "when"); the question is after it.
_OPENING_CLAUSE_EN = re.compile(
    r"^(?:when|if|after|before|while|once|as)\s+"
    r"(?!(?:did|does|do|is|are|was|were|will|would|has|have|had|can|could|should)\b)"
    r"[^,?]+,\s*(?=(?:which|what|who|whom|where|how|why|when|did|does|is|was|were)\b)"
)


# What opens the topic a question asks about ("… soal kapan perang berakhir").
_TOPIC_OPENING = re.compile(r"\b(?:soal|tentang|mengenai|terkait|about|regarding)\b")


# "apakah ada yang tahu kapan perang berakhir", "does anyone know when …": whether anyone knows
# is asked, the question word is the known thing's.
_WHETHER_ANYONE_KNOWS = re.compile(
    r"\b(?:ada\s+(?:yang|pihak\s+yang|orang\s+yang)|anyone|anybody|someone|somebody"
    r"|siapa\s+pun)\s+(?:(?:sudah|udah|yang|benar-benar|really)\s+)?"
    r"(?:tahu|tau|mengetahui|knows?)(?:\s+(?:tidak|nggak|gak|enggak)(?:\s+(?:kalau|sih))?)?"
    r"\s+(?:kapan|bagaimana|mengapa|kenapa|di\s?mana|siapa"
    r"|berapa|when|how|why|where|who)\b"
)
_ATTRIBUTED = re.compile(r"\b(?:menurut|kata|mengatakan|bilang|according to|said|says)\b")
# Whether someone named knows, in chat: "stoltenberg tau gak sih kapan perangnya selesai",
# "stoltenberg udah tau belum kapan …" (not the asker's "kamu tau gak kapan …", nor "eh tau gak
# kapan …" or "ada yang tau gak kapan …", which ask the when: whoever stands before the knowing
# must be named).
_SOMEONE_KNOWS_OR_NOT = re.compile(
    r"^(?P<who>[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:(?:sudah|udah|mengaku|ngaku)\s+)?"
    r"(?:tahu|tau|mengetahui)\s+(?:tidak|nggak|gak|enggak|belum)(?:\s+(?:kalau|sih))?"
    r"\s+(?:kapan|bagaimana|mengapa|kenapa|di\s?mana|siapa|berapa)\b"
)
# An English statement put with a tag for agreement: "Russia denied targeting …, right?".
# (without its comma only with a question mark: chat drops commas, "… the right" is no tag)
_TAGGED_EN = re.compile(
    r"(?:,\s*(?:right|correct|true)\s*\?*|\s+(?:right|correct|true)\s*\?+"
    r"|,?\s*(?:isn['’]t (?:it|that)|is that (?:right|true|correct)"
    r"|[a-z]+n['’]t (?:it|he|she|they|we|you))\s*\?*)\s*$"
)
# "Where do NATO members stand on Ukraine joining?" asks a stance, not a place.
_STANCE_EN = re.compile(r"\bwhere (?:do|does|did|would) (?:[\w'’-]+ ){1,6}stand (?:on|regarding)\b")
# "Do you know when Zelensky arrived?": a polite opening; what is asked follows it.
_POLITE_OPENING_EN = re.compile(
    r"^(?:(?:do|does|did)\s+(?:you|u|anyone|anybody|someone|somebody)\s+know"
    # ("can you tell me how much …": the asking is the question after it)
    r"|(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(?:tell|show)\s+(?:me|us)"
    r"|(?:please\s+)?tell\s+me|i(?:'d| would)\s+like\s+to\s+know|i\s+(?:want|need)\s+to\s+know"
    r"|i\s+wonder)\s+"
    r"(?=(?:when|where|who|what|how|why|which)\b)"
)


# "The palace … was built under a dictator. When was he thrown out of power?": a question
# after a statement of its scene is the last sentence.
_LAST_QUESTION = re.compile(
    # (after a word's end, not an abbreviation's: "What did the U.S. do …?")
    rf"(?<=[a-z]{{2}})[.!]\s+((?:{_QUESTION_WORDS}|what|when|who|whom|whose|where|which|why|how"
    r"|did|does|do"
    r"|is|are|was|were)\b[^.!?]*\?)\s*$",
    re.IGNORECASE,
)
# "The palace in the Romanian capital, where NATO held its summit, was built under which
# dictator?": a relative clause between commas asks nothing.
_RELATIVE_CLAUSE_EN = re.compile(r",\s*(?:where|which|who|whom|whose|when)\b[^,?]*,")
# "The palace where that summit was held was built under which dictator?": without commas, a
# "where" or "when" right after the subject that opens the sentence ("the palace") starts a
# relative clause too. (Not "who": "The secretary general who spoke … said what?" may ask who.)
_RELATIVE_AFTER_SUBJECT_EN = re.compile(
    r"^(?:the|a|an|that|this)\s+(?:[\w'’-]+\s+){1,4}?(where|when)\b"
)
# "The city where Zelensky arrived is which?": the place the question opens with is asked.
_PLACE_ITSELF_ASKED_EN = re.compile(
    r"^(?:the|a|an)\s+(?:city|town|country|place|capital)\s+where\b.*"
    r"\b(?:is|was|are|were)\s+(?:which|what)(?:\s+one)?\s*\?*$"
)


def asked_sentence(text: str) -> str:
    """The sentence that asks, where a statement of its scene comes first; else the text."""
    last = _LAST_QUESTION.search(text)
    return last.group(1) if last else text


# "what weapons zelensky ask from allies": a plural thing asked, its auxiliary left out, the
# subject right after it (with an auxiliary it is `_EN_RULES`' list).
_WHAT_PLURAL_EN = re.compile(
    r"^(?:what|which)\s+(?:(?:kinds?|types?|sorts?)\s+of\s+)?([a-z-]{3,}s)\s+"
    r"(?!(?:did|do|does|were|are|was|is|will|would|have|has|had|can|could|of|in|on|at|to|for"
    r"|from|with|by|that|which)\b)[a-z]"
)
# Verbs in -s a plural noun must not be taken for ("what happens next").
_THIRD_PERSON_VERBS = frozenset(
    "happens says means remains makes goes comes seems takes gives shows needs wants".split()
)


def _plural_thing_asked(lowered: str) -> bool:
    found = _WHAT_PLURAL_EN.match(lowered)
    if found is None or found.group(1) in _THIRD_PERSON_VERBS | {"news"}:
        return False
    gloss = indonesian_for(found.group(1)).split()
    after = lowered[found.end(1) :].split()[0]
    # (what follows is the subject, not the plural's own verb: "what allies said")
    subject = not after.endswith("ed") and not any(
        is_verb_form(word) for word in indonesian_for(after).split()
    )
    return subject and bool(gloss) and not any(is_verb_form(word) for word in gloss)


# "What is <someone's> <noun>?", "What was the <noun> of …?": the noun names what is asked.
_KIND_NOUN_ASKED_EN = re.compile(
    r"(?:what|which)(?:'s|’s| is| was| are| were) (?:the )?(?:[\w'’-]+ ){0,2}?([a-z]+)"
    # (the noun then what it is of, or the clause it is asked of: "What's the exact date the
    # summit kicks off?")
    r"(?: of\b|\s*\??\s*$| (?=(?:the|that|when|on which)\b))"
)


# A kind noun opening a question whose only question word is a closing "apa".
_NOUN_THEN_APA = re.compile(
    rf"^([a-z]+)\b(?:(?!\b(?:{_QUESTION_WORDS}|yang|yg)\b).)+\bapa(?:an)?"
    r"(?:\s+(?:sih|ya|dong|saja|aja))?\W*$"
)


def detect_type(text: str, language: Literal["id", "en"]) -> QuestionType:
    lowered = asked_sentence(text.lower().strip())
    knows = _WHETHER_ANYONE_KNOWS.search(lowered)
    before = lowered[: knows.start()] if knows else ""
    if knows and _ATTRIBUTED.search(before) and not WH_WORD.search(before):
        # Whether anyone knows, by someone's account ("menurut Stoltenberg, apakah ada yang tahu
        # kapan …"); a bare "ada yang tau kapan KTT digelar?" asks the asker's when. (Not "Siapa
        # yang mengatakan bahwa tidak ada yang tahu kapan …": who is asked there.)
        return "yesno"
    someone = _SOMEONE_KNOWS_OR_NOT.search(lowered) if language == "id" else None
    if someone and lowercase_names(someone.group("who")):
        return "yesno"
    if language == "en":
        lowered = _DISCOURSE_OPENING_EN.sub("", lowered, count=1)
        lowered = _OPENING_CLAUSE_EN.sub("", lowered, count=1)
        lowered = _POLITE_OPENING_EN.sub("", lowered, count=1)
    if ORDER_ASKED.search(lowered) or (language == "en" and _plural_thing_asked(lowered)):
        return "list"
    if _OPENS_YES_NO.search(lowered):
        # "Dalam KTT di Vilnius, apakah NATO menetapkan batas waktu kapan …?": the question
        # proper opens after the scene; a "kapan" inside it is the claim's
        return "yesno"
    if language == "id" and _DONE_YET.search(lowered) and not _SEVERAL_ASKED.search(lowered):
        return "yesno"
    if language == "en" and _TAGGED_EN.search(lowered) and not WH_WORD.search(lowered):
        return "yesno"
    if language == "en" and _STANCE_EN.search(lowered):
        return "bagaimana"
    kind_asked = _KIND_NOUN_ASKED_EN.match(lowered) if language == "en" else None
    if kind_asked and kind_asked.group(1) in asked_by_noun("en"):
        # "What is Stoltenberg's age?", "What was the date of the visit?": the kind of fact
        # its noun names, as "berapa umur", "tanggal berapa" ask
        return cast(QuestionType, asked_by_noun("en")[kind_asked.group(1)])
    noun_then_apa = _NOUN_THEN_APA.match(lowered) if language == "id" else None
    if noun_then_apa and noun_then_apa.group(1) in asked_by_noun():
        # "Alasan Zelensky datang ke markas NATO apa?", "tanggal pertemuannya apa": the noun
        # that opens it names the kind of fact its closing "apa" asks for
        return cast(QuestionType, asked_by_noun()[noun_then_apa.group(1)])
    rules = _EN_RULES if language == "en" else _ID_RULES
    for pattern, question_type in rules:
        if re.search(f"^(?:{pattern})", lowered):
            return question_type
    found = []
    for order, (pattern, question_type) in enumerate(rules):
        # An English yes/no question opens with its auxiliary; "On which day did ..." is not.
        if question_type == "yesno" and language == "en":
            continue
        for match in re.finditer(rf"\b(?:{pattern})", lowered):
            # English opens its clause with the question word: "According to Stoltenberg, what
            # must NATO ensure when the war ends?" asks "what"; "At the summit where Ukraine
            # was discussed, who ...?" asks "who". Indonesian may put it last ("... itu tgl
            # brp"): the rules' order decides there.
            # ("Under which dictator was …, where NATO met, built?": a preposition may lead)
            opens_clause = re.search(_CLAUSE_OPENING_EN, lowered[: match.start()]) is not None
            rank = (0 if opens_clause else 1, match.start()) if language == "en" else (0, 0)
            found.append((*rank, order, question_type, match.start()))
    # "stoltenberg ngomong apa soal kapan perang kelar": a question word inside the topic
    # asked about is not what is asked, when one stands before the topic
    topic = _TOPIC_OPENING.search(lowered)
    if topic and any(at < topic.start() for *_, at in found):
        found = [entry for entry in found if entry[-1] < topic.start()]
    if language == "en":
        relative = [m.span() for m in _RELATIVE_CLAUSE_EN.finditer(lowered)]
        if not _PLACE_ITSELF_ASKED_EN.search(lowered):
            relative += [m.span(1) for m in _RELATIVE_AFTER_SUBJECT_EN.finditer(lowered)]
        asking = [e for e in found if not any(start <= e[-1] < end for start, end in relative)]
        found = asking or found
    tag = _TAG_THEN_CLAUSE.search(lowered) if language == "id" else None
    if found and tag and all(tag.start() < at for *_, at in found):
        # "zelensky kecewa gak sih … gara2 nato gak ngasih kepastian kapan …": the or-not tag
        # right after the claim's predicate asks yes or no; a question word after it is
        # inside the claim
        return "yesno"
    if found:
        return min(found)[3]
    asks_what = _QUESTION_WORD.search(lowered)
    opening = lowered.split(maxsplit=1)[0] if lowered else ""
    tagged = OR_NOT.search(lowered) or _EXISTS_OR_NOT.search(lowered) or _after_verb_tag(lowered)
    # (the kind noun opens a search-box query, "tanggal pertemuan … bucharest", or ends it,
    # "menlu nato bucharest tanggal")
    closing = re.findall(r"[a-z]+", lowered)[-1:] or [""]
    kind_noun = next((w for w in (opening, closing[0]) if w in asked_by_noun()), "")
    if language == "id" and not asks_what and not tagged and kind_noun:
        return cast(QuestionType, asked_by_noun()[kind_noun])
    if language == "en" and not WH_WORD.search(lowered):
        # "zelensky nato hq visit date", "nato hq city": a search-box query's one kind noun
        kinds = {asked_by_noun("en").get(word) for word in re.findall(r"[a-z]+", lowered)}
        kinds.discard(None)
        if len(kinds) == 1:
            return cast(QuestionType, kinds.pop())
    # ("emang rusia ngaku nyerang ...": chat puts a claim to the articles with "memang", or
    # asks whether it is true: "zelensky beneran dateng ke …", "bener gak zelensky ngaku …")
    claims = (
        tagged
        or _CHAT_TAG.search(lowered)
        or _states_a_claim(lowered)
        or (_TRUTH_ASKED.search(lowered) and not _REQUEST_OPENING.match(lowered))
    )
    if language == "id" and not asks_what and claims:
        return "yesno"
    if (
        language == "id"
        and not asks_what
        and not kind_noun
        and _claims_with_a_question_mark(lowered)
    ):
        # "orban veto?", "ukraina jadi anggota nato?": a statement asked, with no question
        # word, is put to the articles to confirm
        return "yesno"
    return "apa"


# Words that make a fragment a claim ("zelensky ke brussels?", "ukraina jadi anggota nato?").
_CLAIMING_WORDS = frozenset("ke dari jadi sudah belum pernah mau akan bakal masih".split())


def _claims_with_a_question_mark(lowered: str) -> bool:
    """A fragment ending in "?" that says something of its first word: a verb, a decisive
    word ("veto", "mundur") or a word of going or of time after it; not a noun phrase alone
    ("permintaan zelensky?", "markas nato?"), which asks what it is."""
    words = re.findall(r"[a-z]+", lowered)
    if not lowered.rstrip().endswith("?") or len(words) < 2 or is_deed_noun(words[0]):
        return False
    return any(
        is_verb_form(word) or word in _CLAIMING_WORDS or stem(word) in decisive_words()
        for word in words[1:]
    )


# "zelensky beneran dateng …", "bener gak …", "… emang dikasih …": whether a claim is true;
# not "yang benar" (which one is right) nor "benar-benar" (truly).
_TRUTH_ASKED = re.compile(
    r"(?<!\byang )(?<!\byg )\b(?:memang|emang|benar|bener|beneran|betul)\b(?!-)"
)
# A request to explain or tell, which asks for an account, not a yes or no.
_REQUEST_OPENING = re.compile(
    r"\s*(?:tolong\s+|coba\s+)?(?:jelaskan|terangkan|ceritakan|uraikan|sebutkan|bandingkan"
    r"|ringkas\w*|rangkum\w*)\b"
)


def _states_a_claim(lowered: str) -> bool:
    """ "NATO sudah dibubarkan?" puts a claim; "Jumlah anggota NATO sekarang?" and "Ceritakan soal
    KTT?" do not: a question mark alone needs a verb or an aspect word to be yes/no."""
    if not lowered.endswith("?") or re.match(r"[a-z]+kan\b", lowered):
        return False
    return re.search(_CLAIM_MARKERS, lowered) is not None


_CLAIM_MARKERS = (
    r"\b(?:sudah|telah|akan|pernah|masih|sedang|bisa|boleh|harus|mau|ingin)\b"
    r"|\b(?:me|mem|men|meng|meny|ber|di|ter)[a-z]{3,}"
)


def named_entities(text: str) -> list[str]:
    """Capitalised words (names, places, acronyms) other than question words, in their
    Indonesian form when they are English words the glossary knows ("Hungarian" -> hongaria)."""
    entities = []
    office_ends = -1  # where the office title just read ends ("Menteri Luar Negeri")
    for match in re.finditer(r"\b[A-Z][\w'’-]*", text):
        word = match.group()
        first_word = not text[: match.start()].strip(" “\"'(")
        # (a quotation's first word is capitalised as a sentence's: 'berkata, "Kami akan …"';
        # not a name quoted: 'call "Putin" a war criminal')
        opens_quote = text[: match.start()].endswith(("“", '"', "‘", "'")) and (
            word.lower() in stopwords() or is_indonesian_word(word.lower())
        )
        # (a first word is capitalised as any is, unless it owns what follows: "Stoltenberg's
        # term was extended …, wasn't it?")
        # ("What's", "It's" are "is")
        bare = re.sub(r"['’]s$", "", word).lower()
        owner = (
            first_word
            and bare != word.lower()
            and bare not in SENTENCE_START_WORDS
            and bare not in stopwords()
            and not WH_WORD.fullmatch(bare)
            and not indonesian_for(bare)  # (an English word: "Let's", "Here's")
        )
        if word.lower() in SENTENCE_START_WORDS or (
            (first_word or opens_quote) and not word.isupper() and not owner
        ):
            continue
        if word.lower() in CAPITALISED_PRONOUNS:
            continue
        # An office is no name, however it is written: "Menteri Luar Negeri" (as the
        # normaliser writes chat's "menlu") names no one that "menteri luar negeri" does not.
        lowered = word.lower()
        if _office_word(lowered) or (
            lowered in OFFICE_COMPLEMENTS and text[office_ends : match.start()].strip() == ""
        ):
            office_ends = match.end()
            continue
        # (an acronym with a clitic is the acronym: "KTTnya")
        for part in ACRONYM_CLITIC.sub(r"\1", re.sub(r"['’]s$", "", word)).split("-"):
            lowered = part.lower()
            if not part or lowered in MONTHS or lowered in DAYS:
                continue
            translated = indonesian_for(lowered).split()
            entities.append(canonical(translated[0] if translated else part))
    return list(dict.fromkeys(entities))


# Pronouns written with a capital in any position ("mendukung Anda"): never a name.
CAPITALISED_PRONOUNS = frozenset({"anda", "kamu", "engkau", "beliau"})

# Words that complete an office title after it ("Menteri Luar Negeri", "Sekretaris Jenderal").
OFFICE_COMPLEMENTS = person_nouns("complements")


def _office_word(word: str) -> bool:
    return word in person_nouns("titles") or word in person_nouns("heads")


def office_terms(terms: list[str]) -> set[str]:
    """The terms that are words of an office ("menteri", "luar", "negeri" of "Menteri Luar
    Negeri"): who a question is about, like a name, not what it asks about them."""
    return {t for t in terms if _office_word(t) or t in OFFICE_COMPLEMENTS}


def _chat_stem_is_a_word(word: str) -> bool:
    """Jakarta-style verbs a slang list missed are words, not names: "-in" for "-kan"
    ("diomongin", "mastiin"), and the nasal prefix on a root ("ngincer": incar, "nyerang":
    serang, "ngasih": kasih, "ngecek": cek), its last "e" the standard "a" or "ai" ("incer",
    "nyampe")."""
    roots = {word[:-2] + "kan"} if word.endswith("in") else set()
    for prefix, initials in _NASAL_PREFIXES:
        if word.startswith(prefix) and len(word) > len(prefix) + 2:
            roots |= {initial + word[len(prefix) :] for initial in initials}
    roots |= {re.sub(r"e([a-z]?)$", r"a\1", root) for root in roots}
    roots |= {re.sub(r"e$", "ai", root) for root in roots}
    return any(is_indonesian_word(root) for root in roots)


# Jakarta's nasal prefixes and the first letters of the roots they stand before.
_NASAL_PREFIXES = (("nge", ("",)), ("ng", ("", "k")), ("ny", ("s", "c")))


def lowercase_names(text: str) -> list[str]:
    """Names typed in lower case ("kapan finlandia gabung nato"): words that are no Indonesian
    dictionary word, so that chat questions get the same name checks as capitalised ones."""
    names = []
    for match in re.finditer(r"(?<![\w-])[a-z][a-z'’-]{3,}(?![\w-])", text):
        word = match.group()
        if (
            word in SENTENCE_START_WORDS
            or word in stopwords()
            or is_indonesian_word(word)
            or _chat_stem_is_a_word(word)
        ):
            continue
        names.append(canonical(word))
    return names


# How many words after an office title its holder's name may come: "Sekretaris Jenderal NATO
# Jens Stoltenberg".
_TITLE_TO_NAME = 3


def titles_of_named(text: str) -> set[str]:
    """The terms of an office title that a name follows ("sekretaris", "jenderal" of
    "Sekretaris Jenderal NATO Jens Stoltenberg", as the normaliser writes chat's "sekjen"): the
    name says who is meant, and the title's words are no more of what is asked than they are in
    "Stoltenberg" alone. Between title and name only whose office it is may stand ("NATO",
    "Ukraina"); a name is capitalised and no dictionary word."""
    words = re.findall(r"[\w'’-]+", text)
    titles: set[str] = set()
    at = 0
    while at < len(words):
        if not _office_word(words[at].lower()):
            at += 1
            continue
        run = [words[at].lower()]
        at += 1
        while at < len(words) and (
            _office_word(words[at].lower()) or words[at].lower() in OFFICE_COMPLEMENTS
        ):
            run.append(words[at].lower())
            at += 1
        for word in words[at : at + _TITLE_TO_NAME]:
            parts = [part for part in word.split("-") if part]
            if all(part.isupper() or is_country(part.title()) for part in parts):
                continue  # whose office: "NATO", "Ukraina", "NATO-Ukraina"
            if word[:1].isupper() and not is_indonesian_word(word.lower()):
                titles |= {canonical(t) for office in run for t in analyze(office)}
            break
    return titles


# "…, sebagaimana disebut dalam laporan percakapan Zelensky dan Stoltenberg Juli 2023?",
# "according to the July 2023 report on …": the report cited, and its date, not the event's.
REPORT_CITED = re.compile(
    r"\b(?:menurut|kata|dalam|di|according\s+to|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:berita|artikel|laporan|liputan|report|article|story|coverage)\b"
    rf"(?:(?!\b(?:{_QUESTION_WORDS}|when|what|who|where|which|how|why)\b)[^,;?])*",
    re.IGNORECASE,
)


# "Berapa lama ...?", "How long ...?": a duration is asked. "lama"/"long" there is the question
# word, not a word the answer's sentence should share ("selama dua hari" of another event).
LENGTH_ASKED = re.compile(r"\bberapa lama\b|\bhow (?:much )?long(?:er)?\b", re.IGNORECASE)
TIME_OF_DAY_ASKED = re.compile(r"\b(?:jam|pukul) berapa\b|\bwhat time\b", re.IGNORECASE)


# Chat's "sama" of company after a verb, "berbincang sama Biden", "ditemani sama siapa"
# ("dengan", "oleh"): no word an answer's sentence should share ("bersama" stems to it). Not
# "kerja sama" (cooperation), nor the "sama" of sameness ("tanggalnya sama", "sama besar").
_CHAT_SAMA = re.compile(r"\b(?!bekerja\b)((?:me|di|be)[a-z]+)\s+sama\b(?!-)", re.IGNORECASE)
# ... and before a name after any word: "kecewa sama nato", "ketemu sama biden" (sameness is
# said of a thing, "tanggalnya sama dengan …", not of a name).
_SAMA_BEFORE = re.compile(r"\b(?<!kerja )(?<!yang )(?<!yg )sama\s+([\w'’-]+)", re.IGNORECASE)


def _without_chat_sama(text: str) -> str:
    def dropped(found: re.Match[str]) -> str:
        name = found.group(1)
        named = name[:1].isupper() or bool(lowercase_names(name) and not is_chat_word(name))
        return name if named else found.group()

    return _SAMA_BEFORE.sub(dropped, _CHAT_SAMA.sub(r"\1", text))


def analyze_question(text: str, asked: str = "") -> Question:
    """`text` is the normalised question (`qa.text.normalize`); `asked` the original wording."""
    language = detect_language(asked or text)
    content = _without_chat_sama(LENGTH_ASKED.sub(" ", text))
    searchable = glossed(content) if language == "en" else content
    terms = [canonical(t) for t in analyze(searchable)]
    titles = titles_of_named(text)
    terms = [t for t in terms if t not in titles]
    focused = focus_word(text)
    kind = detect_type(text, language)
    analyzed = Question(
        text=text,
        language=language,
        type=kind,
        terms=list(dict.fromkeys(terms)),
        entities=list(
            dict.fromkeys(
                named_entities(text)
                # (a name opening the question is capitalised as any first word is:
                # "Stoltenberg memperingatkan … negara mana" is read as chat's lower case)
                + (lowercase_names(text[:1].lower() + text[1:]) if language == "id" else [])
            )
        ),
        focus=_term_of_focus(focused),
        # (asked as a verb, "memimpin": a sentence with only its doer's noun, "para pemimpin",
        # does not say the deed)
        focus_deed=is_verb_form(focused),
        asked=asked or text,
        speaker=speaker_asked(text),
        topic=topic_asked(text, language),
        # (in the asker's words too: chat's "ngomong" is normalised to "berbicara")
        asks_words=_asks_words(f"{text} {asked}", kind),
        place_kind=asked_place_kind(text),
    )
    if analyzed.asks_words and kind in {"apa", "bagaimana", "list"}:
        # "katanya", "kata X": whose words are asked, which attribution weighs; as a word to
        # cover it favours any "kata Zelensky" over the words asked ("tulisnya via Twitter").
        # (Not "Siapa yang mengatakan …": no one is named to attribute them to; nor when or
        # where it was said, which the saying dates.)
        analyzed.terms = [t for t in analyzed.terms if t not in _SPEECH_STEMS] or analyzed.terms
    if analyzed.type == "list":
        analyzed.events = listed_events(text)
    elif analyzed.type == "berapa":
        unit, events, counted_from_first = span_asked(text)
        if unit:
            analyzed.span_unit, analyzed.events = unit, events
            analyzed.span_from_first = counted_from_first
    return analyzed


# "Berapa tahun selisih antara A dan B?", "brp hari dari A sampai B", "How many days passed
# between A and B?": the time between two events, in one unit.
_SPAN_UNITS = {
    "tahun": "year",
    "bulan": "month",
    "hari": "day",
    "minggu": "week",
    "pekan": "week",
    "year": "year",
    "month": "month",
    "day": "day",
    "week": "week",
}
# Each pattern, and whether it counts from its first event to the second ("sejak A hingga B",
# "setelah A, B": the second must come later; "antara A dan B" is either way round).
_SPAN_ASKED: list[tuple[re.Pattern[str], bool]] = [
    (
        re.compile(
            r"\bberapa\s+(?P<unit>tahun|bulan|hari|minggu|pekan)\b[^?]*?\bantara\s+(?P<a>.+?)"
            r"\s+dan\s+(?P<b>.+?)[\s?.!]*$",
            re.IGNORECASE,
        ),
        False,
    ),
    # (… "antara A dengan B" only when no "dan" joins them: "perbincangan Zelensky dengan
    # Stoltenberg dan kedatangan …" is two events joined by "dan")
    (
        re.compile(
            r"\bberapa\s+(?P<unit>tahun|bulan|hari|minggu|pekan)\b[^?]*?\bantara\s+(?P<a>.+?)"
            r"\s+dengan\s+(?P<b>.+?)[\s?.!]*$",
            re.IGNORECASE,
        ),
        False,
    ),
    # ("brp tahun sih jarak A sama B": a distance or difference named, no "antara")
    (
        re.compile(
            r"\bberapa\s+(?P<unit>tahun|bulan|hari|minggu|pekan)\b[^?]*?\b(?:jarak|selisih)"
            r"\s+(?!antara\b)(?P<a>.+?)\s+(?:dan|dengan|sama)\s+(?P<b>.+?)[\s?.!]*$",
            re.IGNORECASE,
        ),
        False,
    ),
    (
        re.compile(
            r"\bberapa\s+(?P<unit>tahun|bulan|hari|minggu|pekan)\b[^?]*?\b(?:sejak|dari)\s+(?P<a>.+?)"
            r"\s+(?:hingga|sampai|ke|menuju)\s+(?P<b>.+?)[\s?.!]*$",
            re.IGNORECASE,
        ),
        True,
    ),
    # "Berapa tahun setelah A, B?", chat "B itu brp tahun sesudah A": the one after, counted
    # from the other
    (
        re.compile(
            r"\bberapa\s+(?P<unit>tahun|bulan|hari|minggu|pekan)\s+(?:setelah|sesudah)\s+(?P<a>[^,?]+?)"
            r"\s*,\s*(?P<b>.+?)[\s?.!]*$",
            re.IGNORECASE,
        ),
        True,
    ),
    (
        re.compile(
            r"^\W*(?P<b>.+?)\s+(?:itu\s+)?(?:terjadi\s+)?berapa\s+(?P<unit>tahun|bulan|hari|minggu|pekan)"
            r"\s+(?:setelah|sesudah)\s+(?P<a>.+?)[\s?.!]*$",
            re.IGNORECASE,
        ),
        True,
    ),
    (
        re.compile(
            r"\bhow many\s+(?P<unit>year|month|day|week)s?\b[^?]*?\bbetween\s+(?P<a>.+?)"
            r"\s+and\s+(?P<b>.+?)[\s?.!]*$",
            re.IGNORECASE,
        ),
        False,
    ),
    # "How many years after A did B?"
    (
        re.compile(
            # (the last auxiliary: "after A was overthrown did B")
            r"\bhow many\s+(?P<unit>year|month|day|week)s?\s+after\s+(?P<a>.+)"
            r"\s+(?:did|was|were|had)\s+(?P<b>.+?)[\s?.!]*$",
            re.IGNORECASE,
        ),
        True,
    ),
    (
        re.compile(
            r"\bhow many\s+(?P<unit>year|month|day|week)s?\b[^?]*?\b(?:from|since)\s+(?P<a>.+?)"
            r"\s+(?:to|until|till)\s+(?P<b>.+?)[\s?.!]*$",
            re.IGNORECASE,
        ),
        True,
    ),
]


def span_asked(text: str) -> tuple[str, list[str], bool]:
    """The unit and the two events a question asks the time between, and whether it counts
    from the first to the second; ("", [], False) when it asks none."""
    for pattern, counted_from_first in _SPAN_ASKED:
        found = pattern.search(text)
        if found:
            events = [found.group("a").strip(" ,"), found.group("b").strip(" ,")]
            if all(len(event.split()) >= _MIN_EVENT_WORDS for event in events):
                return _SPAN_UNITS[found.group("unit").lower()], events, counted_from_first
    return "", [], False


# (the verbs of saying news puts before a speaker: "kata", "ujar", "tulis" …)
_SPEECH_STEMS = frozenset(SAID_BEFORE_SPEAKER.split("|"))


# What follows the ordering words: after a colon, or after "duluan mana," / "which came first".
_ORDERING = re.compile(
    rf"\b(?:{_FIRST_ID}|{_FIRST_EN}|urut\w*|susun\w*|kronologi\w*|chronological order"
    r"|in (?:what |which )?order)"
    r"[^:,]*?[:,]",
    re.IGNORECASE,
)
# "A, B, dan C", "A atau B", chat "A, sama B" (a bare "sama" is "kerja sama", not "and") and
# chat's "A apa B" (or), once the question has asked which came first.
_EVENT_SEPARATOR = re.compile(
    r"\s*[,;]\s*(?:(?:dan|serta|atau|ato|sama|and|or)\s+)?|\s+(?:dan|serta|atau|ato|apa|and|or)\s+"
)
_OR_SEPARATOR = re.compile(r"\s*[,;]\s*(?:(?:atau|ato|or)\s+)?|\s+(?:atau|ato|apa|or)\s+")
_MIN_EVENT_WORDS = 2
# "Mana yang terjadi paling akhir …?", "… lebih akhir …?", "Which happened last / later …?": the
# order is asked from its end.
# (not the adjective: "the latest aid budget", "anggaran terakhir")
LAST_ASKED = re.compile(
    r"\b(?:(?:paling|lebih) (?:akhir|terakhir|belakangan)"
    r"|mana (?:yang |yg )?(?:terakhir|belakangan)"
    r"|(?:came|happened|occurred|took place|was held) (?:last|later|latest|most recently))\b",
    re.IGNORECASE,
)


# Chat puts the doer first and "duluan" (normalised "lebih dulu") before each deed: "zelensky
# duluan pidato atau duluan ngetwit".
_FIRST_WORDS = r"(?:duluan|lebih (?:dulu|dahulu|awal))"
_CHAT_FIRST = re.compile(
    rf"^(.*?)\b{_FIRST_WORDS}\s+(.+?)\s+atau\s+(?:{_FIRST_WORDS}\s+)?(.+?)[\s?.!]*$", re.I
)


# Chat's "A dulu apa B dulu": each event followed by its "first".
_EITHER_FIRST = re.compile(
    r"^(.+?)\s+(?:dulu|dahulu|duluan)\s+(?:apa|atau)\s+(.+?)\s+(?:dulu|dahulu|duluan)[\s?.!]*$",
    re.IGNORECASE,
)


# Chat asks which came first last: "A sama B, lebih dulu mana".
_FIRST_LAST = re.compile(
    r"^(.+?)[,\s]+(?:lebih (?:dulu|dahulu|awal)|duluan) mana(?:\s+(?:sih|ya|nih))?[\s?.!]*$",
    re.IGNORECASE,
)
# ... or first: "duluan mana sih A sama B" (normalised "lebih dulu mana …").
_FIRST_THEN_EVENTS = re.compile(
    r"^\W*(?:lebih (?:dulu|dahulu|awal)|duluan) mana(?:\s+(?:sih|ya|nih))?[\s,:]+(.+?)[\s?.!]*$",
    re.IGNORECASE,
)
_TWO_EVENTS = re.compile(r"\s+(?:dan|atau|apa|sama|sm|ama)\s+", re.IGNORECASE)
# ... or the events first and the asking after them: "A atau B, mana yang berlangsung lebih
# awal?", "A and B: which came first?".
_EVENTS_THEN_ORDER = re.compile(
    r"^(.+?)(?:\s*[,:;]\s*|\s+)(?:(?:lalu|terus|jadi)\s+)?"
    r"(?:mana(?:kah)? (?:yang |yg )?(?:[\w-]+ ){0,3}?(?:lebih (?:dulu|dahulu|awal)|duluan"
    r"|terlebih dahulu)|which (?:\w+ ){0,4}?(?:came|happened|took place|was held|occurred)"
    r" (?:first|earlier))(?:\s+(?:terjadi|berlangsung|sih|ya|nih))?[\s?.!]*$",
    re.IGNORECASE,
)
# Where the events are joined by "atau", that alone parts them: "dan" may join two people
# within one event ("perbincangan Stoltenberg dan Zelensky atau KTT Vilnius").
_EITHER_EVENT = re.compile(r"\s*,?\s+(?:atau|ato|or)\s+", re.IGNORECASE)
# Words a chat "sama" after them joins to a person, not to another event ("berbincang sama
# Stoltenberg", "kerja sama").
_WITH_SAMA = frozenset(
    "kerja berbincang bertemu berbicara bicara ngobrol ketemu bersama bareng".split()
)


def _two_events(body: str) -> list[str]:
    """ "A sama B" split at its first joining word that joins events, not a person to a deed."""
    for joint in _TWO_EVENTS.finditer(body):
        before = body[: joint.start()].split()
        if before and before[-1].lower() not in _WITH_SAMA:
            return [body[: joint.start()].strip(" ,"), body[joint.end() :].strip(" ,")]
    return []


_ANY_DAY = dt.date(2000, 1, 1)


def _with_their_appositions(parts: list[str]) -> list[str]:
    """A part that is only a date or one capitalised name belongs to the event before it:
    "… on Tuesday, July 4" and "KTT di Vilnius, Lithuania" are one event each, not two."""
    events: list[str] = []
    for part in parts:
        # (any day resolves a date with no year, "July 4": only where its words stand matters)
        dates = find_dates(part, _ANY_DAY)
        a_date = bool(dates) and dates[0].start == 0 and dates[0].end == len(part)
        a_name = len(part.split()) == 1 and part[:1].isupper()
        if events and (a_date or a_name):
            events[-1] = f"{events[-1]}, {part}"
        else:
            events.append(part)
    return events


def listed_events(text: str) -> list[str]:
    """The events an ordering question names one by one ("Urutkan: A, B, dan C", "Mana yang
    lebih dulu: A atau B?", chat's "A dulu apa B dulu"), or none when it names a kind
    ("Urutkan pertemuan NATO ...")."""
    ordering = _ORDERING.search(text)
    chat = _CHAT_FIRST.match(text)
    either = _EITHER_FIRST.match(text)
    asked_last = _FIRST_LAST.match(text) or _FIRST_THEN_EVENTS.match(text)
    events_first = _EVENTS_THEN_ORDER.match(text)
    if either:
        events = [either.group(1).strip(" ,"), either.group(2).strip(" ,")]
    elif events_first:
        body = events_first.group(1).strip()
        parts = _EITHER_EVENT.split(body) if _EITHER_EVENT.search(body) else None
        events = [e.strip(" ,.") for e in parts or _EVENT_SEPARATOR.split(body)]
    elif asked_last:
        events = _two_events(asked_last.group(1))
    elif ordering:
        body = text[ordering.end() :].strip(" ?.!")
        # "A, B, atau C": a list offered with "or" is never joined by "dan", which then is
        # inside an event ("perbincangan Zelensky dan Stoltenberg pada Selasa, atau …")
        separator = _OR_SEPARATOR if _EITHER_EVENT.search(body) else _EVENT_SEPARATOR
        events = _with_their_appositions([e.strip(" ,.?") for e in separator.split(body)])
    elif chat:
        # (not the asking "mana": "mana lebih dulu A atau B")
        doer = re.sub(r"^(?:yang\s+)?mana\b", "", chat.group(1).strip(), flags=re.I).strip()
        events = [f"{doer} {deed}".strip() for deed in (chat.group(2), chat.group(3))]
    else:
        return []
    # An item too short to be an event ("pembukaan, sesi pleno, dan penutupan"): not a list of
    # events to order, so none rather than a wrong few.
    if len(events) < 2 or any(len(e.split()) < _MIN_EVENT_WORDS for e in events):
        return []
    return events


# "Apa yang Jens Stoltenberg katakan ...": the words between "apa yang" and the verb are the
# speaker, the surname last.
_SPEAKER_BEFORE_VERB = re.compile(
    r"\bapa (?:yang|yg) ((?:[\w-]+ ){1,3}?)"
    # (chat's "bilang" as normalised: "mengatakan")
    r"(?:katakan|mengatakan|ucapkan|sampaikan|bilang|omongkan|tulis|janjikan)\b"
)
# "zelensky pidato di depan ribuan orang di vilnius ngomong apa": the first name of the clause
# before the verb, not a place after "di".
# (also of a topic: "kuleba ngomong soal kejelasan keanggotaan itu akhir mei kan")
# (a warning to someone names them first: "zelensky mengingatkan warganya soal apa")
_SPEAKER_THEN_VERB = re.compile(
    r"^(.*?)\b(?:bilang|berkata|mengatakan|mengomong|ngomong|menyatakan|berbicara|bicara"
    r"|janji|berjanji"
    r"|(?:memperingatkan|mengingatkan)(?: [\w-]+){0,3}?)"
    r" (?:apa|soal|tentang|mengenai|terkait)\b"
)
_PLACE_PREPOSITIONS = {"di", "ke", "dari", "pada", "dalam"}
# Where the words naming a speaker end: to whom, about what, when or where it was said.
_AFTER_SPEAKER = (
    r"\b(?:kepada|ke|sama|soal|tentang|mengenai|terkait|atas|terhadap|menanggapi|merespons"
    r"|merespon|di|pada|dalam|saat|ketika|waktu|pas|setelah|sebelum|untuk|bagi"
    # (or on what condition: "peringatan pihak Rusia jika Ukraina bergabung")
    r"|jika|kalau|kalo|bila|apabila|seandainya)\b"
)
_SPEAKER_PATTERNS = [
    # (an office may stand before the name: "janji Sekjen NATO Jens Stoltenberg kepada …")
    r"\bapa (?:kata|ujar|ucapan|pernyataan|komentar|tanggapan|janji) ((?:[\w-]+\s?){1,5})",
    r"\bapa (?:yang|yg) (?:dikatakan|diucapkan|disampaikan|dibilang|dijanjikan) (?:oleh )?"
    r"((?!(?:di|pada|dalam|saat|ketika|kepada|soal|tentang|mengenai)\b)[\w-]+)",
    r"\bmenurut ([\w-]+),? apa\b",
    # (a party by its side: "What did the Russian side warn …")
    r"\bwhat did (?:[\w-]+ ){0,2}?([\w-]+) (?:side |camp )?(?:say|tell|told|said|warn|claim"
    r"|promise)\b",
    r"\baccording to ([\w-]+),? what\b",
]
# A warning or an assertion asked of a person named, an office may stand before the name:
# "Apa yang diperingatkan Presiden Ukraina Volodymyr Zelenskyy kepada warganya …". (Only a
# name: "Masalah apa yang diperingatkan oleh seorang diplomat kedua …" asks of one diplomat
# among several, whom the ranking finds by "kedua".)
_NAMED_WARNER = (
    r"\bapa (?:yang|yg) (?:diperingatkan|ditegaskan|dinyatakan|diungkapkan) (?:oleh )?"
    r"((?:[\w-]+\s?){1,5})"
)
# A message sent, whose sender is named: "pesan apa yang disampaikan Sekjen NATO kepada …",
# "stoltenberg ngasih pesan apa ke rusia", "apa isi pesan tegas Sekjen NATO …", "What message
# did Stoltenberg send Russia …". (Only a name sends one: "Apa pesan dari pertemuan itu?" names
# no sender.)
_MESSAGE_PATTERNS = [
    r"\b(?:pesan|peringatan|janji) apa (?:yang|yg) (?:disampaikan|dikirim\w*|diberikan) (?:oleh )?"
    r"((?:[\w-]+\s?){1,5})",
    r"^((?:[\w-]+\s?){1,5}?)\s*(?:memberi|memberikan|mengirim|mengirimkan|menyampaikan)"
    r" (?:pesan|peringatan|janji) apa\b",
    r"\bapa (?:isi )?(?:pesan|peringatan|pidato|orasi)((?: [\w-]+){1,5})",
    r"\bwhat (?:message|warning|promise|pledge|assurance)s? did ((?:[\w-]+ ){1,3}?)"
    r"(?:send|give|deliver|issue|convey)\b",
]
# A reaction asked of a party ("Bagaimana tanggapan Kremlin …", "How did China react …"): only a
# name is a speaker here; "reaksi pasar", "the market" are no one's words. (Not "sikap", a
# stance, which a deed shows as well: "Orban dengan tegas menolak pengiriman tentara".)
_REACTION_PATTERNS = [
    r"\bbagaimana (?:tanggapan|reaksi|respons|respon|komentar) ((?:[\w-]+\s?){1,5})",
    r"\bhow did (?:the )?((?:[\w-]+ ){0,3}?[\w-]+) (?:react|respond|reply)\b",
    # "Bagaimana AS menanggapi …?", chat "as nanggepin gimana …" (normalised)
    r"\bbagaimana ((?:[\w-]+\s){1,3}?)(?:menanggapi|merespons|merespon|bereaksi)\b",
    r"^((?:[\w-]+\s){1,3}?)(?:menanggapi|merespons|merespon|bereaksi) bagaimana\b",
]


def reaction_asked(text: str) -> bool:
    """The question asks how someone reacted ("Bagaimana tanggapan X …", "Bagaimana X
    menanggapi …", "How did X respond …"): by words or by a deed."""
    return any(re.search(pattern, text, re.IGNORECASE) for pattern in _REACTION_PATTERNS)


# Words that count a calling ("seorang diplomat"): the calling is who speaks, unnamed.
_COUNTS = frozenset({"seorang", "sejumlah", "beberapa", "para", "sang"})
_NOT_SPEAKERS = {
    *_COUNTS,
    "dia",
    "ia",
    "beliau",
    "mereka",
    "yang",
    "soal",
    "tentang",
    "mengenai",
    "he",
    "she",
    "they",
    "the",
}


def _name_like(word: str) -> bool:
    return word not in _NOT_SPEAKERS and word not in stopwords() and not is_indonesian_word(word)


# What opens the topic of someone's words ("tanggapan Kuleba atas perpanjangan …": a reaction's
# topic follows "atas", "terhadap"), and where a question goes on to when they were said.
TOPIC_MARKERS = (
    r"soal|tentang|mengenai|terkait|perihal|atas|terhadap|about|regarding"
    # (what words answered: "Apa kata Kremlin menanggapi pidato Zelensky?")
    r"|menanggapi|merespons|merespon|in response to|in reaction to|responding to|reacting to"
)
WHEN_MARKERS = (
    r"pas|saat|ketika|waktu|sewaktu|selama|sebelum|setelah|sesudah|when|while|during|before|after"
)
# "apa kata Kuleba soal perang Hamas-Israel", "What did Stoltenberg say about Russia?"
_TOPIC = re.compile(
    rf"\b(?:{TOPIC_MARKERS})\s+"
    # (up to where the question goes on to when: "... pas ngobrol sama Zelensky"; a topic may
    # open with a question word: "about when and how the war would end")
    r"((?:(?:when|how|why|where|whether|kapan|bagaimana|mengapa|kenapa)\s+)?"
    rf"(?:(?!\b(?:{WHEN_MARKERS})\b)[^?.!,;])+)",
    re.IGNORECASE,
)


# "selama pidato Zelensky", "during his speech": a speech as the time of a deed, not words asked
# for.
_OCCASIONS = re.compile(
    r"\b(?:selama|saat|ketika|sewaktu|pas|usai|setelah|sesudah|sebelum|during|after|before"
    r"|while)\s+(?:[\w'’]+\s+){0,2}?(?:ber)?(?:pidato\w*|speech|orasi\w*)",
    re.IGNORECASE,
)


def _asks_words(text: str, kind: QuestionType) -> bool:
    """A speech is what "apa" asks ("Apa yang ditekankan Zelensky saat pidato di Kongres?");
    any other question only dates or places its deed by one ("Bagaimana nada bicaranya setelah
    pidatonya?", "Di mana penembak jitu berjaga selama pidato?")."""
    if kind != "apa":
        text = _OCCASIONS.sub(" ", text)
    if medium_asked(text):
        return False  # ("… ngomong lebih halus … lewat apa": the medium, not the words)
    # (what came after a speech is no part of it: "Apa yang dilakukan Zelensky setelah
    # menyampaikan pidato …?")
    text = _AFTER_A_SPEECH.sub(" ", text)
    return re.search(WORDS_ASKED, text, re.IGNORECASE) is not None


# "melalui media apa", "through which platform": the medium something was said by is asked,
# whatever the question's type; ...
_MEDIUM_NAMED = re.compile(
    r"\b(?:lewat|melalui|via)\s+(?:media(?:\s+sosial)?|medsos|platform)\s+(?:apa|mana)\b"
    r"|\b(?:through|on|via)\s+(?:which|what)\s+(?:platform|social\s+(?:media|network))\b",
    re.IGNORECASE,
)
# ... or "lewat apa" of words said ("ngomong … lewat apa"; not "Melalui apa bantuan dikirim?",
# the means)
_MEANS_ASKED = re.compile(r"\b(?:lewat|melalui|via|through)\s+(?:apa|what)\b", re.IGNORECASE)
# ... or how words were delivered ("Bagaimana Zelensky menyampaikan bahasa yang lebih lembut",
# "How did he get his softer message out"): the medium they went by; not how their content
# went ("Bagaimana isi pesan yang disampaikan …").
_HOW_NOT_CONTENT = r"\b(?:bagaimana|gimana|how)\b(?!\s+(?:isi|bunyi)\b)"
_WORDS_SENT = r"\b(?:bahasa|pesan\w*|ucapan\w*|kata-kata|message|words|tone)\b"
_DELIVERY_ASKED = re.compile(
    rf"{_HOW_NOT_CONTENT}.*\b(?:menyampaikan|disampaikan|deliver\w*|convey\w*|get\w*|send|sent)\b"
    rf".*?{_WORDS_SENT}"
    rf"|{_HOW_NOT_CONTENT}.*{_WORDS_SENT}.*\b(?:disampaikan|delivered|conveyed|sent)\b"
    # (thanking is words delivered: "Bagaimana Zelensky berterima kasih …", "How did he thank
    # …")
    rf"|{_HOW_NOT_CONTENT}.*\b(?:berterima kasih|terima kasih|thank(?:ed)?)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def medium_asked(text: str) -> bool:
    """The question asks through which medium words were said or written. (Cached: asked for
    every candidate sentence of the same question.)"""
    return bool(
        _MEDIUM_NAMED.search(text)
        or (_MEANS_ASKED.search(text) and re.search(WORDS_ASKED, text, re.IGNORECASE))
        or _DELIVERY_ASKED.search(text)
    )


_AFTER_A_SPEECH = re.compile(
    r"\b(?:setelah|sesudah|usai|seusai|selepas|habis|abis|after)\s+(?:[\w'’]+\s+){0,2}?"
    r"(?:ber)?(?:pidato\w*|orasi\w*|speech|speaking)",
    re.IGNORECASE,
)


def topic_asked(text: str, language: str = "id") -> list[str]:
    """The analysed words of what a question asks someone's words about (after "soal",
    "tentang", "about"); [] when it names no topic."""
    found = _TOPIC.search(text)
    if not found:
        return []
    phrase = glossed(found.group(1)) if language == "en" else found.group(1)
    return list(dict.fromkeys(canonical(t) for t in analyze(phrase)))


_SPEAKER_RANKS = frozenset(SPEAKER_RANKS.split("|"))


def _unnamed_calling(words: list[str]) -> str:
    """ "diplomat senior eropa": a calling and the region the person is from, no name; the
    calling is the speaker (as `attributed_to` takes it). Else ""."""
    if not words or words[0] not in person_nouns("callings"):
        return ""
    if len(words) > 1 and all(w in _SPEAKER_RANKS for w in words[1:]):
        return canonical(stem(words[0]))  # "diplomat kedua": one of several, ranked
    origin = [w for w in words[1:] if not is_indonesian_word(w)]
    # (a country is itself a speaker: "diplomat Ukraina" is Ukraine's words)
    if origin and all(is_region(w) for w in origin):
        return canonical(stem(words[0]))
    return ""


def _person_named(words: list[str]) -> str:
    """The surname of the first person the words name, past the office and country before it
    ("perdana menteri hongaria viktor orbán" -> "orban"; "zelensky dan biden" -> "zelensky");
    "" when they name none ("hongaria")."""
    run: list[str] = []
    for word in words:
        if is_indonesian_word(word) or word in stopwords() or is_country(word.title()):
            if run:
                break
            continue
        run.append(word)
    return fold_accents(run[-1]) if run else ""


def speaker_asked(text: str) -> str:
    """ "apa kata Stoltenberg ...", "kuleba ngomong apa ...", "What did Stoltenberg say ..." ->
    the speaker, in the canonical form of sentence tokens; a country of two words whole
    ("Bagaimana Amerika Serikat merespons …" -> "amerika serikat"), which its other names
    ("AS") attribute words to."""
    word = _speaker_word(text)
    following = re.search(rf"\b{re.escape(word)}\s+([a-z]+)\b", text.lower()) if word else None
    if following and is_country(f"{word} {following.group(1)}".title()):
        return f"{word} {following.group(1)}"
    return word


def _speaker_word(text: str) -> str:
    """`speaker_asked`'s one word: the surname, or a country's first word."""
    lowered = text.lower()
    before_verb = _SPEAKER_BEFORE_VERB.search(lowered)
    if before_verb:
        # "apa yang bisa kamu sampaikan": no name, no speaker.
        names = [w for w in before_verb.group(1).split() if _name_like(w)]
        return canonical(stem(names[-1])) if names else ""
    said = _SPEAKER_THEN_VERB.search(lowered)
    if said:
        words = said.group(1).split()
        calling = _unnamed_calling(words)
        if calling:
            return calling
        subjects = [
            word
            for at, word in enumerate(words)
            if _name_like(word) and (at == 0 or words[at - 1] not in _PLACE_PREPOSITIONS)
        ]
        return canonical(stem(subjects[0])) if subjects else ""
    for pattern in _REACTION_PATTERNS:
        match = re.search(pattern, text, re.IGNORECASE)
        english = pattern.startswith(r"\bhow")
        words = (
            re.split(_AFTER_SPEAKER, match.group(1), flags=re.IGNORECASE)[0].split()
            if match
            else []
        )
        reacting = [
            w.lower()
            for w in words
            # (a name is written in capitals, which chat may drop: "tanggapan kremlin", "how did
            # china react"; "the market" is none)
            if w[:1].isupper() or is_country(w.title()) or (not english and _name_like(w.lower()))
        ]
        if reacting:
            # (English closes a name with the surname: "How did Prime Minister Viktor Orban
            # respond …")
            named = reacting[-1] if english else _person_named([w.lower() for w in words])
            return canonical(stem(named or reacting[0]))
    for pattern in [*_MESSAGE_PATTERNS, _NAMED_WARNER]:
        match = re.search(pattern, text, re.IGNORECASE)
        sender = re.split(_AFTER_SPEAKER, match.group(1), flags=re.IGNORECASE)[0] if match else ""
        names = [w for w in sender.split() if _name_like(w.lower())]
        if names:
            return canonical(stem(names[-1].lower()))
    for pattern in _SPEAKER_PATTERNS:
        match = re.search(pattern, lowered)
        if not match:
            continue
        # "Apa tanggapan Presiden Zelensky", "pernyataan resmi NATO": the name, not the office
        # or the adjective before it.
        # (the words up to what the saying is about or to whom: "kata Zelensky kepada NATO")
        said_by = re.split(_AFTER_SPEAKER, match.group(1))[0].split()
        if said_by and said_by[0] in _COUNTS and len(said_by) > 1:
            said_by = said_by[1:2]  # "seorang diplomat senior Eropa": a diplomat, unnamed
        calling = _unnamed_calling(said_by)
        if calling:
            return calling
        words = [w for w in said_by if w not in _NOT_SPEAKERS]
        names = [w for w in words if not is_indonesian_word(w) and not indonesian_for(w)]
        # (the last name of an office's: "Sekjen NATO Jens Stoltenberg" is Stoltenberg's)
        word = names[-1] if names else (words or [""])[0]
        word = word.split("-")[0]  # "secretary-general" -> secretary -> sekretaris
        word = (indonesian_for(word) or word).split()[0] if word else ""
        return canonical(stem(word)) if word else ""
    return ""


# English asks "What did Zelensky ask NATO allies for?": the verb after the auxiliary and its
# subject (the first lower-case word the glossary knows), in the articles' Indonesian.
# me-/di- verbs; not ber-, which also makes adjectives ("bersama", "berikutnya").
_VERB_PREFIX = re.compile(r"(?:me|di)")
_EN_AUXILIARY = re.compile(
    r"\b(?i:what|which)\b.*?\b(?:did|does|do|will|would|could|can"
    # ... or a progressive: "What weapons was Zelensky asking allies for?" asks what he asked,
    # as "What weapons did Zelensky ask for?" does (not "What was on the agenda?")
    r"|(?:was|were|is|are)(?=(?:\s+[\w'’-]+){1,3}?\s+(?!during\b|(?:\w*thing|morning|evening)\b)"
    r"[a-z]+ing\b))\s+(.*)"
)


# Names that may stand between "yang" and the verb: "Apa saja yang Zelensky minta?".
_MAX_NAMES_BEFORE_VERB = 5


def _is_name(word: str) -> bool:
    """A name, or a modal ("akan", "bakal", "sudah") that carries no verb of its own."""
    lowered = word.lower()
    return word[:1].isupper() or not is_indonesian_word(lowered) or not analyze(lowered)


# Words between "yang" and the verb that are not it: negation, aspect and modality ("yang tak
# kunjung diberikan", "yang sedang diupayakan", "yang harus dipastikan"), and "menurut" with
# its speaker ("yang menurut Stoltenberg harus dipastikan").
_BEFORE_VERB = frozenset(
    "tak tidak belum bukan kunjung sedang masih harus bakal akan sudah telah pernah baru bisa"
    " dapat mungkin kemungkinan perlu ingin mau hendak menurut saat itu cenderung hanya cuma"
    " juga".split()
)
# Words too light to mark the answer's sentence: "apa yang disebut/dilakukan/membuat ..." is
# carried by the words after them ("prioritas utama", "kecewa"), which the terms hold anyway;
# so is "give" in "what reason did he give" (-> memberi), and "isi"/"hal" in "apa isi ...".
# An event's beginning or being held says only when it was: "When did the meeting begin?" is
# answered by the meeting's date ("mulai", "digelar", "berlangsung").
_LIGHT_WORDS = frozenset(
    # ("menurut", according to, is a preposition built like a verb)
    "sebut laku buat jadi ada punya beri ambil isi hal lontar mulai gelar langsung turut"
    " rasa".split()
)


# "What was Zelensky worried about?", "What is Kyiv's president frustrated with during ...?":
# the state asked about stands before the preposition that ends the question or its main clause.
_EN_FELT = re.compile(
    r"\bwhat (?:was|were|is|are) .+? ([a-z]+) (?:about|of|with|by|on)"
    r"(?:\W*$|\s+(?:during|when|while|at|in|on|before|after)\b)",
    re.IGNORECASE,
)


def _derived_verb(word: str) -> bool:
    return _VERB_PREFIX.match(word) is not None and stem(word) != word


def _verb_before_apa(text: str) -> str | None:
    """Chat word order puts the verb before "apa": "zelensky khawatir apa", "zelensky meminta
    senjata apa saja". The word before "apa" when it is a derived verb or follows a name, else
    the word before that when it is a derived verb; None for a noun's "negara apa"."""
    # ("fokusnya ke apa", "bicara soal apa": the preposition before "apa" is no verb)
    match = re.search(
        r"(?:([\w'-]+) )?([\w'-]+) (?:(?:ke|pada|soal|tentang|untuk) )?apa\b", text, re.IGNORECASE
    )
    if match is None:
        return None
    before, last = match.group(1) or "", match.group(2)
    lowered = last.lower()
    if lowered in stopwords() or lowered in _BEFORE_VERB or _is_name(last):
        return None
    if _derived_verb(lowered) or (before and _is_name(before) and before not in stopwords()):
        return lowered.removesuffix("nya") if len(lowered) > 6 else lowered
    if lowered not in _KIND_WORDS:
        return before.lower() if before and _derived_verb(before.lower()) else None
    # (back over the noun whose kind is asked, "menjanjikan tambahan bantuan jenis apa", to its
    # verb; not past a word that ends the noun's phrase, "bertemu di … jenis apa")
    phrase = re.findall(r"[\w'-]+", text[: match.start(2)])[-_NOUN_PHRASE_WORDS:]
    for word in reversed(phrase):
        lowered = word.lower()
        if _derived_verb(lowered):
            return lowered
        if lowered in stopwords() or lowered in _BEFORE_VERB or _is_name(word):
            return None
    return None


# How many words a noun asked by "apa" may run to before its verb ("tambahan bantuan jenis").
_NOUN_PHRASE_WORDS = 3
# Words that ask the kind of the noun before them: "bantuan jenis apa".
_KIND_WORDS = frozenset("jenis macam bentuk tipe".split())


CLAUSE_OPENERS = frozenset(
    "bila jika kalau apabila jikalau seandainya andaikan setelah sesudah sebelum saat ketika"
    " sewaktu selama karena sebab agar supaya".split()
)


def _verb_after_yang(text: str) -> str | None:
    """ "Apa saja yang (Zelensky) minta", "siapa yang tak kunjung memberi ...": the verb."""
    # (also "Sebutkan jenis persenjataan yang diminta …": what a request to list turns on)
    match = re.search(
        r"\b(?:(?:apa|siapa)(?:kah)?(?: saja| aja)?|sebutkan(?: [\w-]+){1,3}?) (?:yang|yg)"
        r" ([\w' -]+)",
        text,
        re.I,
    )
    following = re.findall(r"[\w'-]+", match.group(1)) if match else []
    skipped = names = 0
    while skipped < len(following) - 1:
        if following[skipped].lower() in _BEFORE_VERB:
            skipped += 1
        elif names < _MAX_NAMES_BEFORE_VERB and _is_name(following[skipped]):
            skipped, names = skipped + 1, names + 1
        else:
            break
    # A light verb hands the question to the word after it: "apa yang menjadi fokus ...",
    # "apa yang membuat Zelensky kecewa" (names and function words between are passed over).
    # (the one a causative makes so is no deed: "apa yang membuat presiden Ukraina kecewa"
    # turns on "kecewa", not "presiden"; after "diberikan" the giver may well be the clue)
    causative = bool(following) and following[skipped].lower() in _CAUSATIVES
    # (not past a condition or a scene: "apa yang akan terjadi bila Kyiv bergabung" turns on
    # no joining)
    after = list(takewhile(lambda w: w.lower() not in CLAUSE_OPENERS, following[skipped + 1 :]))
    # (nor a negation or an adverb of time: "apa yang terjadi tak lama sebelum …" hands on
    # nothing)
    rest = [
        w
        for w in after
        if w.lower() not in stopwords()
        and w.lower() not in _SHORTLY
        and not _is_name(w)
        and not (causative and _is_person_noun(w))
    ]
    if following and _is_saying(following[skipped]) and rest and is_verb_form(rest[0]):
        # "Apa yang dikatakan Zelensky akan dibawa ke Ukraina?": the verb of what is said to
        # be done is the clue (the words are the person's anyway); alone, or before a topic
        # ("… dikatakan diplomat itu soal perang"), the saying is asked
        return rest[0].lower()
    if following and _light(following[skipped]):
        # ("Ancaman apa yang dilontarkan Moskow …", "Keputusan apa yang diambil …": a support
        # verb's meaning is the noun asked before "apa"; not a causative's, "Faktor apa yang
        # membuat Hongaria menolak?" turns on the refusal)
        found = None if causative else _NOUN_BEFORE_APA_YANG.search(text)
        head, before = (found.group(1), found.group(2)) if found else (None, None)
        # (not a word that links to what came before: "Jadi ancaman apa yang …")
        usable_head = head and head.lower() not in _LINKING_WORDS and _is_asked_noun(head)
        noun = head if usable_head else before
        if noun and _is_asked_noun(noun):
            return noun.lower()
        if rest:
            return rest[0].lower()
    return following[skipped].lower() if following else None


# (a noun phrase that opens the question by its head, the first word: "Peringatan keras apa yang
# …" asks a warning, "keras" only says which)
_NOUN_BEFORE_APA_YANG = re.compile(
    r"(?:^\W*([\w-]+) (?=[\w-]+ apa))?\b([\w-]+) apa(?:kah)?(?: saja| aja)? (?:yang|yg)\b", re.I
)
# "tak lama", "sesaat", "baru saja": how soon (with the "tak" of "tak lama"), no word a
# question turns on.
_SHORTLY = frozenset("tak tidak lama sesaat segera saja".split())
_LINKING_WORDS = frozenset(
    "jadi lalu terus trus kemudian nah sebenarnya sebetulnya jadinya akhirnya"
    " dan tapi namun".split()
)


def _is_asked_noun(word: str) -> bool:
    """A content noun a question can ask the kind of ("ancaman", "keputusan"), not a function
    word, a name or a verb."""
    lowered = word.lower()
    return (
        lowered not in stopwords()
        and lowered not in _BEFORE_VERB
        and not _is_name(lowered)
        and not is_verb_form(lowered)
    )


# Verbs that make someone feel or become something: "membuat X kecewa".
_CAUSATIVES = frozenset({"membuat", "bikin", "menjadikan", "menyebabkan"})


def _is_person_noun(word: str) -> bool:
    """A title, office or kind of person ("presiden", "pemimpin", "warga")."""
    lowered = word.lower()
    return any(lowered in person_nouns(kind) for kind in ("titles", "heads", "generic", "callings"))


def _is_saying(word: str) -> bool:
    terms = analyze(word)
    return bool(terms) and canonical(terms[0]) == "kata"


def _light(word: str) -> bool:
    terms = analyze(word.lower())
    return bool(terms) and canonical(terms[0]) in _LIGHT_WORDS


_SAYING = re.compile(rf"(?:{SAID_AFTER_SPEAKER})", re.IGNORECASE)


# "List the weapons …", "name all the countries that …": English asks a list with an imperative.
_LIST_ASKED_EN = re.compile(
    r"\s*(?:please\s+)?(?:list|name)\s+(?:all\s+)?(?:the\s+)?(?:[a-z-]+\s+){0,2}?[a-z-]+s\b",
    re.IGNORECASE,
)


# "Who urged …?": the doer asked, the deed's verb right after "who" (not an auxiliary, which
# `_EN_AUXILIARY` reads).
_WHO_DID_EN = re.compile(
    r"\s*who\s+(?!(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could)\b)",
    re.IGNORECASE,
)


def _english_verb(text: str) -> str | None:
    """ "What did Zelensky ask NATO allies for?": the first word whose Indonesian is a derived
    verb ("ask" -> meminta, "approve" -> menyetujui); nouns of the subject ("defence
    ministers" -> pertahanan, menteri) are not."""
    english = _EN_AUXILIARY.search(text)
    clause = english.group(1) if english else None
    plural = _WHAT_PLURAL_EN.match(text.lower().strip())
    if clause is None and plural and _plural_thing_asked(text.lower().strip()):
        # "what weapons zelensky ask from allies": the clause after the plural asked
        clause = text.strip()[plural.end(1) :]
    opened = _LIST_ASKED_EN.match(text) or _WHO_DID_EN.match(text)
    if clause is None and opened:
        # "list the weapons zelensky asked for", "who urged washington to …": the clause after
        # the things to list, or after "who", its verb first
        clause = text[opened.end() :]
    if clause is None:
        return None
    words = re.findall(r"[\w'’-]+", clause)
    lowered = [(w, after) for w, after in zip(words, [*words[1:], ""], strict=True) if w.islower()]
    translated = [indonesian_for(w).split() for w, _ in lowered]
    # (an intransitive ber- verb with its preposition counts as a derived one: "What did the
    # allies focus on when they met to discuss …?" asks the focus, "fokus berfokus", not
    # "membahas"; not "meet to discuss", where the meeting is the scene)
    first = next(
        (
            verb
            for forms, (_, after) in zip(translated, lowered, strict=True)
            for verb in forms
            if (verb == forms[0] and _derived_verb(verb))
            or (_ber_verb(verb) and after in _PREPOSITIONS_OF_A_VERB_EN)
        ),
        "",
    )
    # (else a derived verb among a word's other forms: "request" -> "permintaan meminta"; not a
    # verb of saying, "say" -> "kata mengatakan", which asks whose words, not what was done)
    first = first or next(
        (
            verb
            for forms in translated
            for verb in forms[1:]
            if _derived_verb(verb) and not _SAYING.fullmatch(verb)
        ),
        "",
    )
    return first


# What an English verb's object follows: "focus on", "talk about", "argue over".
_PREPOSITIONS_OF_A_VERB_EN = frozenset("on about for over against upon".split())


def _ber_verb(word: str) -> bool:
    """An intransitive ber- verb ("berfokus"), not a root that begins so ("berita")."""
    return word.startswith("ber") and stem(word) != word


def _english_state(text: str) -> str | None:
    felt = _EN_FELT.search(text)
    return indonesian_for(felt.group(1).lower()).split(" ")[0] if felt else None


# "Apa agenda hari kedua KTT?", "What was on the agenda ...?", "What is the aim of ...?": the
# noun asked about, which the answering sentence names ("Salah satu agenda hari ini adalah
# ..."). Not "apa kabar/itu/sih", nor a verb ("Apa mengakui ..." is a yes/no question).
# ("Apakah kedatangan ... ?" asks yes or no: no noun is asked for)
_NOUN_ASKED_ID = re.compile(r"^\W*apa\s+(?:saja\s+|aja\s+)?([a-z][\w-]+)", re.IGNORECASE)
_NOUN_ASKED_EN = re.compile(
    r"\bwhat (?:is|was|are|were) (?:on )?the (\w+)"
    # "Which body was to be inaugurated …?", "What new body was launched …?": the noun asked
    # for, as "Badan apa …?" asks it (not a time: "What year was …" asks a date)
    r"|^\W*(?:which|what) (?:new |other )?(?!(?:time|year|day|date|month|week)\b)(\w+)"
    r" (?:is|was|are|were|will|would|has|have|had)\b",
    re.IGNORECASE,
)


# Words that open a chat question with its time or occasion, not the thing asked.
_SCENE_OPENERS = frozenset(
    "pas waktu saat ketika kemarin tadi dulu sekarang nanti besok habis abis terus trus lalu"
    " jadi kalau kalo".split()
)
# Chat asks "agenda hari kedua ktt vilnius apa": the noun it opens with, "apa" last.
_NOUN_THEN_APA = re.compile(r"^\W*([a-z][\w-]+)\b.*\bapa(?:\s+(?:sih|saja|aja))?\W*$")


# ... or, after a time it opens with, right before it: "hari kedua ktt nato ada agenda apa"
# asks the agenda, not the day.
_NOUN_BEFORE_APA = re.compile(r"\b([a-z][\w-]+)\s+apa(?:\s+(?:sih|saja|aja))?\W*$")


def _indonesian_noun_asked(word: str) -> str | None:
    word = word.lower()
    if word in stopwords() or word in _BEFORE_VERB or not is_indonesian_word(word):
        return None
    if re.fullmatch(WORDS_ASKED, word) or word in _SCENE_OPENERS:
        return None  # "kata zelensky ... apa": whose words; "kemarin ... apa": when
    return None if is_verb_form(word) else word


def _asked_noun(text: str) -> str | None:
    opening = _NOUN_ASKED_ID.search(text)
    if opening:
        return _indonesian_noun_asked(opening.group(1))
    chat = _NOUN_THEN_APA.search(text)
    if chat and chat.group(1).lower() in CALENDAR_WORDS | _SCENE_OPENERS:
        # (a time opens it: the noun asked stands right before "apa")
        before = _NOUN_BEFORE_APA.search(text)
        return _indonesian_noun_asked(before.group(1)) if before else None
    if chat:
        return _indonesian_noun_asked(chat.group(1))
    english = _NOUN_ASKED_EN.search(text)
    noun = (english.group(1) or english.group(2)).lower() if english else ""
    word = indonesian_for(noun).split(" ")[0]
    # ("Which country was …" asks a place, which the place checks answer, not a word to find)
    return None if not word or word in place_nouns() else word


# Where-questions name what is placed right by the question word: "Di kota mana pertemuan
# puncak … digelar?", "KTT aliansi … diselenggarakan di kota apa?", "Where is the summit …?".
_WHERE_THEN_HEAD = re.compile(r"\b(?:di|ke|dari)\s*(?:[\w-]+\s+)?mana(?:kah)?\s+([\w-]+)", re.I)
_HEAD_THEN_WHERE = re.compile(
    r"^\W*([\w-]+)\b.*\b(?:di|ke|dari)\s+(?:[\w-]+\s+)?(?:mana|apa)\W*$", re.IGNORECASE
)
# (English puts the head last: "the June 2024 defence ministers' meeting held …")
_WHERE_THEN_HEAD_EN = re.compile(
    r"\bwhere (?:is|was|are|were|will|would) (?:the |a |an )?([\w' -]+?)\s+"
    r"(?:be\b|being\b|held\b|hold\b|take\b|taking\b|took\b|that\b|which\b|scheduled\b|located\b"
    r"|going\b|set\b|planned\b|happen\w*|after\b|before\b|following\b|during\b|with\b)",
    re.IGNORECASE,
)


# "Where did NATO defence ministers meet …?": the meeting is what is placed.
_WHERE_DID_MEET_EN = re.compile(
    r"\bwhere (?:did|do|does|will|would) (?:[\w'’-]+\s+){1,5}?(meet|gather|convene)\b",
    re.IGNORECASE,
)


# Words that open a chat question with its time: no thing placed (with `_SCENE_OPENERS`).
CALENDAR_WORDS = frozenset({*MONTHS, *DAYS, "tahun", "bulan", "minggu", "pekan", "hari"})


def asks_when(question: Question) -> bool:
    """ "Kapan …?", and "Tahun berapa …?", "In what year …?", which ask when as it does."""
    return question.type == "kapan" or (
        question.type == "berapa" and asked_measure(question.text, question.language).year
    )


def placed_head(question: Question) -> str:
    """The first word of what a where-question asks the place of, analysed; "" when none
    is found or it is a function word."""
    if question.type != "di_mana":
        return ""
    if question.language == "en":
        asked = question.asked or question.text
        found = _WHERE_THEN_HEAD_EN.search(asked) or _WHERE_DID_MEET_EN.search(asked)
        word = glossed(found.group(1).split()[-1]) if found else ""
    else:
        found = _WHERE_THEN_HEAD.search(question.text) or _HEAD_THEN_WHERE.search(question.text)
        word = found.group(1) if found else ""
    if word.lower() in {*place_nouns(), *_SCENE_OPENERS, *CALENDAR_WORDS} or _is_person_noun(word):
        # "Kota itu ada di negara mana?": a place asked of a place named before; "Tahun
        # depan KTT NATO digelar di mana?" opens with when, not what; "Di kota mana Presiden
        # Ukraina berorasi …?" asks where a person did something, whom names and titles
        # already bind, not where a thing is that a sentence must name
        return ""
    terms = analyze(word) if word else []
    return canonical(terms[0]) if terms else ""


def focus_term(text: str) -> str:
    """The term an "apa/siapa" question turns on (`focus_word`); "" when none."""
    return _term_of_focus(focus_word(text))


def _term_of_focus(word: str) -> str:
    """A focus word's term; "" for none (light verbs mark nothing)."""
    terms = analyze(word)
    focus = canonical(terms[0]) if terms else ""
    return "" if focus in _LIGHT_WORDS else focus


def focus_word(text: str) -> str:
    """The word an "apa/siapa" question turns on, as written: its verb ("Apa yang
    dikhawatirkan ...", "zelensky meminta senjata apa", "What was he worried about") or the
    noun it asks ("Apa agenda ...")."""
    # (a way of asking that is found decides, even when it names no usable word)
    word = _verb_after_yang(text)
    if word is None:
        word = _english_verb(text)
    if word is None:
        word = (
            _english_state(text)
            or _verb_before_apa(text)
            or _asked_noun(text)
            or _verb_after_bagaimana(text)
            or _opening_deed_noun(text)
        )
    return word or ""


def _opening_deed_noun(text: str) -> str | None:
    """A search-box query with no question word that opens with a deed's noun asks what that
    deed was: "permintaan zelensky di markas nato" asks as "Apa permintaan Zelensky …?". (Not
    a noun of saying: "pernyataan kuleba soal nato" asks his words, whatever verb says them.)"""
    if _QUESTION_WORD.search(text.lower()):
        return None
    opening = re.match(r"\W*([\w-]+)", text)
    noun = opening.group(1).lower() if opening else ""
    deed = is_deed_noun(noun) and canonical(stem(noun)) not in STATING_ROOTS
    return opening.group(1) if opening and deed else None


_HOW_ID = re.compile(r"^\W*bagaimana(?:kah)?\s+(.*)", re.IGNORECASE)


def _verb_after_bagaimana(text: str) -> str | None:
    """ "Bagaimana Presiden Ukraina berterima kasih kepada sekutunya?": the deed asked how of,
    the first verb after its doer ("berterima"); none past a clause, whose verb is another
    deed's ("Bagaimana kondisi Kyiv setelah diserang …?", "… hasil pertemuan yang digelar …")."""
    asked = _HOW_ID.match(text)
    if asked is None:
        return None
    for word in re.findall(r"[\w-]+", asked.group(1)):
        if word.lower() in CLAUSE_OPENERS or word.lower() in {"yang", "yg"}:
            return None
        if is_verb_form(word):
            return word
    return None
