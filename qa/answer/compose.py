"""Compose a short, cited, extractive answer, or abstain when the evidence does not answer.

Every claim is a verbatim sentence (or a fact taken from one) with a numbered citation to it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, cmp_to_key
from itertools import combinations, pairwise, permutations, takewhile
from typing import cast

from qa.answer.claims import (
    ASKING_WORDS,
    LIGHT_DEEDS,
    PRESENCE_WORDS,
    ClaimCheck,
    check_claim,
    claim_support,
    claim_verbs,
    claims_a_count,
    claims_a_deed,
    claims_a_rank,
    date_contradicted,
    deed_words,
    main_deed_denied,
    main_deed_reversed,
    name_groups,
    number_contradicted,
    number_stated,
    opening_sentence,
    partner_unsaid,
    place_contradicted,
    portfolio_contradicted,
    portfolio_told,
    puts_someone_at,
    rank_contradicted,
    repetition_contradicted,
    repetition_denied,
    replaced_country,
    rest_of_claim_said,
    said_undone,
    says_claimed_values,
    told_on_the_other_side,
    unsaid_names,
    visit_claimed,
)
from qa.answer.decision import AnswerModel, decision_features
from qa.answer.doers import deed_of_another, told_of_the_asked
from qa.answer.evidence import (
    Sentence,
    acts_in,
    attributed_to,
    continues_the_previous,
    earlier_sentences,
    sentence_date,
    takes_a_stance,
    with_seats,
)
from qa.answer.extract import (
    CLAUSE_START,
    NAME_ASKED,
    ON_PLATFORM,
    REASON_OPENING,
    SAYING_DEEDS,
    asked_office,
    asks_a_medium,
    asks_a_start,
    asks_what_was_posted,
    asks_where_posted,
    asks_whom,
    doer_of,
    extract_fact,
    gives_a_name,
    gives_some_cause,
    is_platform,
    posts_words,
    role_holder,
    said_undenied,
    speakers_in,
)
from qa.answer.holders import (
    headed_by,
    holds_another_office,
    misnamed_office,
    office_claimed,
    office_claimed_for_unknown,
    office_written,
    passage_holders,
)
from qa.answer.question import (
    CALENDAR_WORDS,
    FACT_TYPES,
    LAST_ASKED,
    LENGTH_ASKED,
    NOT_AN_ADVERB,
    ORDER_ASKED,
    REPORT_CITED,
    TIME_OF_DAY_ASKED,
    TOPIC_MARKERS,
    WHEN_MARKERS,
    Question,
    analyze_question,
    asked_sentence,
    asks_when,
    canonical,
    claim,
    listed_events,
    named_entities,
    office_terms,
    placed_head,
    reaction_asked,
    token_set,
)
from qa.answer.quotes import Misattribution, misattributed
from qa.models import Answer, ArticleMeta, Citation, Passage
from qa.text.asked import office_nouns, person_nouns
from qa.text.dates import (
    MONTHS,
    YEAR,
    DateMention,
    asked_period,
    find_dates,
    format_date,
    same_period,
    with_daytime,
    years,
)
from qa.text.english import english_fact, english_items
from qa.text.enumerations import Enumeration, enumeration
from qa.text.glossary import glossed, indonesian_for, translate_terms
from qa.text.negation import (
    AVOIDED,
    AVOIDING_VERBS,
    DENIAL,
    NEGATION,
    NOT_KNOWN,
    denial_of,
    denied_in_clause,
    denied_terms,
    denied_words,
    negated,
    outside_denials,
    refused_in_passive,
    undenied,
)
from qa.text.numbers import (
    numbered_ordinals,
    ordinal_of_subject,
    ordinals,
    ranked_nouns,
    times_asked,
)
from qa.text.places import (
    VISIT_VERBS,
    asks_country_located,
    countries_in,
    country_after,
    country_of_capital,
    is_country,
    is_region,
    place_nouns,
    place_pattern,
    same_country,
    spellings,
    topic_nouns,
)
from qa.text.premises import (
    CONDITION,
    asks_a_warning,
    auxiliary_words,
    cancelled_deed_done,
    degree_not_given,
    done_but_only_planned,
    done_deeds,
    done_words,
    is_event_word,
    only_in_purposes,
    only_modal,
    only_requested,
    order_side,
    order_words,
    outcome_of_a_plan,
    planned_words,
    presupposed_terms,
    purpose_words,
    request_stems,
    same_deed,
    unsaid_comparison,
    unsaid_degree,
)
from qa.text.sentences import quoted, split_sentences, without_spans
from qa.text.speech import DOER_PRONOUN_OPENING, SAID_BEFORE_SPEAKER, WORDS_ASKED
from qa.text.tokens import (
    analyze,
    is_english_word,
    is_indonesian_word,
    is_verb_form,
    opposites,
    stem,
)

_MISSING = {
    "id": {
        "kapan": "tanggalnya",
        "siapa": "nama orangnya",
        "di_mana": "tempatnya",
        "berapa": "jumlahnya",
    },
    "en": {
        "kapan": "the date",
        "siapa": "the person",
        "di_mana": "the place",
        "berapa": "the number",
    },
}
# "Berapa" asks more than amounts: "jam berapa" a time of day, "berapa lama" a duration.
_BERAPA_KINDS = (
    (
        TIME_OF_DAY_ASKED,
        {"id": "waktunya", "en": "the time"},
    ),
    (LENGTH_ASKED, {"id": "lamanya", "en": "how long"}),
)


def _missing_what(question: Question) -> str:
    """What the closest article does not state, in the asker's language."""
    if question.type == "berapa":
        for pattern, words in _BERAPA_KINDS:
            if pattern.search(question.text):
                return words[question.language]
    return _MISSING[question.language][question.type]


_MAX_LIST_ITEMS = 6
# Question types a sentence without its fact does not answer even as a quote.
_NEEDS_FACT = FACT_TYPES - {"di_mana"}
# List bullets: sentences scoring within this share of the best one.
LIST_SCORE_RATIO = 0.25

# ... and naming at least half of the question's names.
LIST_MIN_ENTITY_COVERAGE = 0.5


def _date_label(article: ArticleMeta, language: str) -> str:
    return format_date(article.published, language) if article.published else ""


def article_label(article: ArticleMeta, language: str) -> str:
    """ "Kompas.com, 11 Oktober 2023": who published it and when, as far as known."""
    return ", ".join(x for x in (article.source, _date_label(article, language)) if x)


# How every abstention opens, in the asker's language.
NOT_IN_ARTICLES = {
    "en": "The articles do not contain an answer to this question.",
    "id": "Maaf, artikel-artikel yang tersedia tidak memuat jawaban atas pertanyaan ini.",
}


def _titled(article: ArticleMeta, language: str) -> str:
    """ "“Judul” (Kompas.com, 11 Oktober 2023)", without the brackets when neither is known."""
    label = article_label(article, language)
    return f"“{article.title}” ({label})" if label else f"“{article.title}”"


# How an answer states its fact first, in bold: "**Brussels** [1].".
_STATED_FACT = re.compile(r"^\*\*(?P<fact>[^*\n]{1,120})\*\*")


def stated_fact(text: str) -> str:
    """The fact an answer's text opens with ("**Jens Stoltenberg** [1]." -> "Jens
    Stoltenberg"); "" when it opens with none."""
    found = _STATED_FACT.match(text.strip())
    return found.group("fact").strip() if found else ""


def _source_label(article: ArticleMeta, language: str) -> str:
    """Who published it, or the article's title when that is not known."""
    called = "the article" if language == "en" else "artikel"
    return article.source or f"{called} “{article.title}”"


class _Citations:
    def __init__(self) -> None:
        self.items: list[Citation] = []

    def number(self, sentence: Sentence) -> int:
        for citation in self.items:
            # Start and end: a sentence cited with the one before it (its speaker named there)
            # starts where that one does, but is another quote.
            same_span = (citation.start, citation.end) == (sentence.start, sentence.end)
            if citation.article_id == sentence.article.id and same_span:
                return citation.number
        number = len(self.items) + 1
        self.items.append(
            Citation(
                number=number,
                article_id=sentence.article.id,
                title=sentence.article.title,
                source=sentence.article.source,
                published=sentence.article.published,
                quote=sentence.text,
                start=sentence.start,
                end=sentence.end,
            )
        )
        return number


def abstain(
    question: Question,
    passages: list[Passage],
    ranked: list[Sentence],
    why: str,
    unconfirmed: list[str] | None = None,
) -> Answer:
    """`unconfirmed`: the question's decisive words that no evidence says ("batal")."""
    language = question.language
    text = NOT_IN_ARTICLES[language]
    best = ranked[0] if ranked else None
    unknown = _unknown_names(question)
    premise = _asked_words(question, set(unconfirmed or []))
    if premise:
        words = ", ".join(f"“{word}”" for word in premise)
        text += (
            f" The articles do not support this part of the question: {words}."
            if language == "en"
            else f" Artikel tidak mendukung bagian pertanyaan ini: {words}."
        )
    elif unknown:
        names = ", ".join(unknown)
        text += (
            f" None of them mentions {names}."
            if language == "en"
            else f" Tidak ada artikel yang menyebut {names}."
        )
    elif best and question.type in FACT_TYPES and not best.fact and best.entity_coverage >= 0.99:
        missing = _missing_what(question)
        text += (
            f" The closest article covers the topic but does not state {missing}."
            if language == "en"
            else f" Artikel terdekat membahas topik ini, tetapi tidak menyebut {missing}."
        )
    if best:
        article = best.article
        text += (
            f" Closest related article: {_titled(article, language)}."
            if language == "en"
            else f" Artikel yang paling terkait: {_titled(article, language)}."
        )
    return abstention(question, passages, text, why)


def lacks_the_asked_date(answer: Answer) -> bool:
    """An abstention because no passage it was given dates the event asked about (a wider
    search may find the sentence that does)."""
    return f"abstain: tidak ada {_MISSING['id']['kapan']}" in answer.trace


# The trace of an answer whose passages tell the asked deed only of another person
# (`told_of_the_asked`).
_TOLD_OF_ANOTHER = "hanya perbuatan orang lain"


def told_only_of_another(answer: Answer) -> bool:
    """A premise answer because the passages it was given tell the deed asked only of another
    person ("Stoltenberg minta apa ke AS" against Zelensky's request): a wider search may find
    the sentence that tells it of the person asked ("Ia juga mendesak Amerika Serikat …")."""
    return _TOLD_OF_ANOTHER in answer.trace


def tells_the_asked_deed(question: Question, answer: Answer) -> bool:
    """The answer cites a sentence saying the question's deed, in any of its words (a wider
    search's answer is taken only then)."""
    if answer.abstained or not answer.citations or not question.focus:
        return False
    cited = min(answer.citations, key=lambda citation: citation.number)
    said = {canonical(stem(word.lower())) for word in re.findall(r"[\w-]+", cited.quote)}
    return bool(same_deed(question.focus) & said)


def cites_the_asked_deed(question: Question, answer: Answer) -> bool:
    """The answer's first citation says a word of the deed asked about, not only its names,
    and the first name the question gives, mostly whose deed it is: farther passages bring
    other events' dates ("Itu sebabnya saya di sini hari ini" dates no attack; Zelensky's
    warning "minggu lalu" dates no ultimatum of the Kremlin's, though the two verbs are one
    synonym group). (Not every name: "menurut laporan … KTT Vilnius" names the report.)"""
    if answer.abstained or not answer.citations:
        return False
    deed = set(question.terms) - set(question.entities)
    cited = min(answer.citations, key=lambda citation: citation.number)
    said = token_set(cited.quote)
    return bool(deed & said) and _doer_named(question) <= said


def _doer_named(question: Question) -> set[str]:
    """The question's first name, as its terms write it, or the agent after a passive verb
    right after it ("Ukraina diserbu Rusia": Rusia, who did it); empty when it names none."""
    entities = set(question.entities)
    words = [
        (word, {canonical(t) for t in analyze(word)})
        for word in re.findall(r"[\w-]+", question.text)
    ]
    for at, (_, terms) in enumerate(words):
        if not terms & entities:
            continue
        verb, agent = words[at + 1 : at + 2], words[at + 2 : at + 3]
        passive = bool(verb) and verb[0][0].lower().startswith("di") and is_verb_form(verb[0][0])
        named = agent[0][1] if passive and agent and agent[0][1] & entities else terms
        return named & entities
    return set()


def abstention(question: Question, passages: list[Passage], text: str, why: str) -> Answer:
    """An abstention that says `text`, with `why` as its trace."""
    return Answer(
        question=question.text,
        text=text,
        abstained=True,
        passages=passages,
        language=question.language,
        trace=[f"abstain: {why}"],
    )


def _misattributed(question: Question, passages: list[Passage], found: Misattribution) -> Answer:
    """Words the question gives to someone the article does not give them to: a yes/no claim
    that they said them is answered "Tidak" with the one who did; any other question is not
    answered, and the article they come from is named so the reader can see whose they are."""
    if question.type == "yesno":
        statements = (
            f"**No**: according to the article, {found.speaker} said it",
            f"**Tidak**: menurut artikel, {found.speaker} yang mengatakannya",
        )
        return _explained(question, passages, found.source, statements, "ucapan orang lain", False)
    language = question.language
    article = found.source.article
    text = NOT_IN_ARTICLES[language] + (
        " The articles do not give those words to the person the question names; they appear"
        f" in {_titled(article, language)}, attributed to someone else."
        if language == "en"
        else " Artikel tidak menyebut kata-kata itu diucapkan oleh orang yang ditanyakan;"
        f" kata-kata itu ada di {_titled(article, language)}, sebagai ucapan orang lain."
    )
    return abstention(question, passages, text, "kutipan milik orang lain")


def _asked_words(question: Question, stems: set[str]) -> list[str]:
    """The words of the question, as the asker wrote them, whose stems are in `stems`."""
    words = re.findall(r"[\w'’-]+", question.asked or question.text)
    return list(dict.fromkeys(w for w in words if canonical(stem(w.lower())) in stems))


def _echoes(question: Question, fact: str) -> bool:
    """The fact's words (besides function words such as "seorang", "para") are all the
    question's own."""
    words = token_set(fact)
    asked = token_set(question.text) | token_set(question.asked)
    return bool(fact) and bool(words) and words <= asked


@cache
def _place_kind_terms() -> frozenset[str]:
    """The nouns a where-question names the kind of place asked by, analysed (read once)."""
    return token_set(" ".join(place_nouns()))


@cache
def _auxiliary_terms() -> frozenset[str]:
    """`auxiliary_words` in the form question terms take."""
    return frozenset(canonical(stem(word)) for word in auxiliary_words())


def _unheard_deed(question: Question) -> list[str]:
    """The question's dictionary words (not names) that no article uses, when they are all of
    what it asks about besides its names: the deed or thing asked is not in the articles."""
    asked = set(question.terms) - set(question.entities) - office_terms(question.terms)
    # (nor a word that only says when, "dahulu", or a light verb, "digelar": "KTT NATO tahun
    # berapa yang dahulu juga digelar di Bucharest?" asks of the summit)
    asked -= ASKING_WORDS | LIGHT_DEEDS | _auxiliary_terms()
    if question.place_kind:
        asked -= _place_kind_terms()  # ("Di kota mana …?": the kind of answer, no deed)
    unheard = [t for t in _unheard_words(question) if t in asked]
    return unheard if unheard and len(unheard) == len(asked) else []


def _unheard_words(question: Question) -> list[str]:
    """The question's dictionary words that no article uses ("lahir"; not a light verb,
    "digelar", whose deed is its noun's)."""
    return [t for t in question.unknown_terms if is_indonesian_word(t) and t not in LIGHT_DEEDS]


def _unknown_names(question: Question) -> list[str]:
    """The question's names that no article mentions, as the asker wrote them."""
    return _asked_words(question, set(question.unknown_entities))


def _surely_unknown(question: Question) -> bool:
    """A name no article mentions that is surely a name: a country ("Turki", "Finlandia"), a
    capital ("Warsawa") or a person's full name ("Emmanuel Macron", "Boris Johnson"). A
    question about it is not about the articles, whatever it asks; single unknown capitalised
    words may be a day, a nickname or a term ("Tuesday", "Paman Sam") and are left to the
    decider."""
    unknown = set(question.unknown_entities)
    # (or a capital: "… digelar di Warsawa" sets the event where no article goes)
    if any(is_country(name.capitalize()) or country_of_capital(name) for name in unknown):
        return True
    for run in re.finditer(r"(?<!\bthe )(?:[A-Z][\w-]+\s+)+[A-Z][\w-]+", question.text):
        # two capitalised words in a row, both unknown ("Sekjen PBB António Guterres"); not
        # after "the", which names a region or a body ("the Middle East"), not a person
        known = [
            bool(tokens) and set(tokens) <= unknown
            for tokens in ([canonical(t) for t in analyze(w)] for w in run.group().split())
        ]
        if any(a and b for a, b in pairwise(known)):
            return True
    return False


_POINTS_BACK = re.compile(r"\btersebut\b", re.IGNORECASE)


# "Kesepakatan tersebut diambil …": a sentence that opens with a noun pointing back.
_NOUN_POINTING_BACK = re.compile(r"^\W*([^\W\d_]+)\s+(?:tersebut|itu|ini)\b")


# Characters between two sentences of an article that follow each other (a space, or the
# blank line between paragraphs).
_SENTENCE_GAP = 3


# "sejak keputusan apa", "Kebijakan apa …", "since which decision": the noun whose content
# is asked.
_NOUN_ASKED = re.compile(
    r"\b([a-z]{4,})\s+apa\b|\b(?:which|what)\s+(?:(?:kind|type|sort)s?\s+of\s+)?([a-z]{4,})\b",
    re.IGNORECASE,
)
# A noun made from a root ("keputusan", "kebijakan", "pertemuan", "bantuan"): not a verb in
# "-kan" ("melakukan apa") nor a bare word that asks a kind ("tahun", "negara").
_NOMINAL = re.compile(r"^(?:ke|pe)[a-z]+an$|^(?!me|di|ber|ter)[a-z]+(?<!k)an$")
# Where a paragraph ends inside a text that joins two.
_PARAGRAPH_BEFORE = re.compile(r"[.!?][”\"’']?\s*\n")
# "keputusan itu", "kesepakatan tersebut" anywhere in the sentence: a noun that points back.
_POINTING_BACK = re.compile(r"\b([^\W\d_]{4,})\s+(?:tersebut|itu)\b")


def _noun_content_asked(question: Question) -> set[str]:
    """The terms of the noun whose content an "apa" question asks ("keputusan" of "sejak
    keputusan apa", "since which decision")."""
    words = [
        m.group(1) or m.group(2) for m in _NOUN_ASKED.finditer(question.asked or question.text)
    ]
    if question.language == "en":
        words = [gloss for word in words for gloss in indonesian_for(word.lower()).split()[:1]]
    return {
        canonical(stem(word.lower()))
        for word in words
        if is_indonesian_word(word.lower())
        and _NOMINAL.match(word.lower())
        and not is_verb_form(word)
    } - set(question.entities)


def _naming_the_noun_asked(question: Question, ranked: list[Sentence]) -> list[Sentence]:
    """ "Kebijakan apa yang hanya akan ditegaskan para menlu?", "What kind of policy …": the
    answer is a kind of the noun asked, so a close sentence that names one ("kebijakan pintu
    terbuka aliansi") goes before a top one that never says the noun."""
    asked = _noun_content_asked(question)
    if not asked or not ranked or asked & token_set(ranked[0].text):
        return ranked
    # (about whom the question asks as much as the top one)
    unnamed = len(unsaid_names(question, ranked[0])[0])
    naming = next(
        (
            s
            for s in ranked[1:_HEAD_DEPTH]
            if len(unsaid_names(question, s)[0]) <= unnamed
            for words in [re.findall(r"[\w-]+", s.text.lower())]
            for word, after in pairwise(words)
            if canonical(stem(word)) in asked and after not in {"itu", "tersebut", "ini"}
        ),
        None,
    )
    return [naming, *(s for s in ranked if s is not naming)] if naming else ranked


# "para menteri apa", "pejabat mana", "which ministers": the kind of person asked (group 1).
_PERSON_KIND_ASKED = re.compile(r"\b([\w-]+)\s+(?:apa|mana)\b", re.IGNORECASE)
_PERSON_KIND_ASKED_EN = re.compile(r"\bwhich\s+([\w-]+)\b", re.IGNORECASE)
# How many words before a person's name may call them by their kind ("Presiden Amerika Serikat
# (AS) Joe Biden").
_CALLED_REACH = 6


def _facts_first(ranked: list[Sentence]) -> list[Sentence]:
    """The close sentences that still hold a fact, ahead of those that do not."""
    close = ranked[:_PREMISE_REACH]
    return [s for s in close if s.fact] + [s for s in close if not s.fact] + ranked[_PREMISE_REACH:]


# "Who is the French president Zelensky was set to meet?": the office after "who is the" is
# the asked person's when someone else's deed follows it (not "Who was the Ukrainian president
# set to meet?", where the office holder is the one who met).
_WHO_IS_THE = re.compile(
    r"\W*(?i:who(?:'s|’s|\s+(?:is|was|are|were))\s+the)\s+(?:[\w-]+\s+){1,3}?"
    r"[A-Z][\w-]*\s+(?i:was|is|were|are|did|does|will|would|had|has)\b"
)


def _kind_of_person_asked(question: Question) -> str:
    """The office or calling a who-question asks the person of ("… bertemu dengan para menteri
    apa?", "Which ministers did he meet?"): its Indonesian word, "" when none is asked."""
    english = question.language == "en"
    found = (_PERSON_KIND_ASKED_EN if english else _PERSON_KIND_ASKED).search(question.asked)
    if found is None:
        return ""
    word = found.group(1).lower()
    word = (indonesian_for(word).split() or [""])[0] if english else word
    # (a title or calling, "menteri", "diplomat"; not a generic head, "pejabat apa", which
    # any office holder is)
    return word if word in person_nouns("titles") | person_nouns("callings") else ""


def _called(kind: str, sentence: Sentence) -> bool:
    """The sentence calls its fact (a person or group) by the kind: in the fact itself ("para
    menteri pertahanan …") or in the few words before it."""
    at = sentence.text.find(sentence.fact) if sentence.fact else -1
    if at < 0:
        return False
    before = re.findall(r"[\w-]+", sentence.text[:at])[-_CALLED_REACH:]
    called = {w.lower() for w in [*before, *re.findall(r"[\w-]+", sentence.fact)]}
    return kind in called


# "… senjata untuk siapa", "bantuan itu bagi siapa": whom a thing is for; group 1 is the words
# before, the thing's among them.
_FOR_WHOM_ASKED = re.compile(r"((?:[\w'’-]+\s+){1,4})(?:untuk|bagi|buat)\s+siapa\b", re.I)
# "Who were the weapons for?", "who did he say more weapons were for?"
_FOR_WHOM_ASKED_EN = re.compile(
    r"\bwho\b.*?\b([\w'’-]+\s+)(?:were|was|are|is|will be|would be)\s+(?:meant\s+)?for\W*$",
    re.IGNORECASE,
)


def _thing_given_for_whom(question: Question) -> str:
    """The term of the thing a "… untuk siapa?" question asks the recipient of ("lebih banyak
    senjata untuk siapa" -> senjata): its last word before, when that is a noun."""
    english = question.language == "en"
    asked = (_FOR_WHOM_ASKED_EN if english else _FOR_WHOM_ASKED).search(question.asked)
    if asked is None:
        return ""
    last = re.findall(r"[\w'’-]+", asked.group(1))[-1]
    last = (indonesian_for(last.lower()).split() or [""])[0] if english else last
    terms = token_set(last) - set(question.entities) - ASKING_WORDS
    return next(iter(terms), "") if len(terms) == 1 and not is_verb_form(last) else ""


def _given_for(thing: str, text: str) -> str:
    """Whom the sentence says the thing is for: the words after "untuk"/"bagi"/"kepada" right
    after it ("Lebih banyak senjata untuk prajurit kami" -> prajurit kami); "" when none."""
    words = list(re.finditer(r"[\w'’-]+|[,.;:!?“”\"]", text))
    for at, word in enumerate(words[:-2]):
        if canonical(stem(word.group().lower())) != thing:
            continue
        if words[at + 1].group().lower() in {"untuk", "bagi", "buat", "kepada"}:
            whom = list(takewhile(lambda w: re.match(r"\w", w.group()), words[at + 2 : at + 5]))
            if whom:
                return text[whom[0].start() : whom[-1].end()]
    return ""


def _points_back_to_asked(question: Question, best: Sentence, before: str) -> bool:
    """ "Apa yang disepakati para menhan?" against "Kesepakatan tersebut diambil …" (the deed
    asked by its verb, named by a noun opening the sentence), or "… sejak keputusan apa?"
    against "Dalam pertemuan perdana sejak keputusan itu, …" (the noun asked, pointed at
    anywhere): what is asked is told in the sentence `before` it, not here. Not where the noun
    is named plainly too, in that sentence ("… pertemuan yang memang untuk membahas …" before
    "Pertemuan tersebut …") or earlier in the same one ("usulan gencatan senjata …, dan usulan
    tersebut didukung Prancis"): what it points at is named there, by the noun itself."""
    opening = _NOUN_POINTING_BACK.match(best.text)
    if opening and question.focus and question.focus in token_set(opening.group(1)):
        # (asked by its verb: "yang disepakati", not "rapat itu … sebelum apa"; not someone's
        # words asked)
        return not question.asks_words and any(
            question.focus in token_set(word)
            for word in re.findall(r"\b(?:di|me|ber)[a-z]+", question.text.lower())
        )
    asked = _noun_content_asked(question)
    for found in _POINTING_BACK.finditer(best.text):
        noun = canonical(stem(found.group(1).lower()))
        if noun not in asked:
            continue
        if _PARAGRAPH_BEFORE.search(best.text[: found.start()]):
            # (a paragraph of its own before it in the chosen text, which joins the next one:
            # that is what it points at, "Perbincangan ini terjadi tak lama setelah … .\n\n
            # Dalam pertemuan perdana sejak keputusan itu, …"; not a quote's own sentences)
            return False
        named = {canonical(t) for t in token_set(f"{before} {best.text[: found.start()]}")}
        return noun not in named
    return False


def _told_before(question: Question, best: Sentence, ranked: list[Sentence]) -> Sentence | None:
    """The sentence that names what is asked only by pointing back (`_points_back_to_asked`):
    the sentence before it tells it (when that one is among the ranked)."""
    if question.type != "apa":
        return None
    # (the one right before it in the article: the passage may open with the pointing one)
    before = [
        s
        for s in ranked
        if s.article.id == best.article.id and 0 <= best.start - s.end <= _SENTENCE_GAP
    ]
    if not before or not _points_back_to_asked(question, best, before[0].text):
        return None
    return before[0]


def _on_topic(question: Question, ranked: list[Sentence]) -> list[Sentence]:
    """ "Apa kata Kuleba soal perang Hamas-Israel": the speaker's words on the topic, those that
    say most of it ("kapan perang berakhir": not "akhir April"); none when no sentence says any.
    A compound is said by its parts ("Hamas-Israel" says "Hamas"), and a topic with a name in
    it is about that name: "perang Hamas-Israel" is not covered by words on another war."""
    # (a sentence that points back, "memveto usulan tersebut", says the topic with the
    # sentence before it: "… jika NATO melakukan intervensi")
    said = {
        s.key: _with_parts(
            token_set(f"{s.previous} {s.text}" if _POINTS_BACK.search(s.text) else s.text)
        )
        for s in ranked
    }
    topic = _with_parts(frozenset(question.topic))
    # (a country is said by its capital's name and back: "terhadap Moskwa" by "Rusia")
    saying = {t: {t, *(canonical(n.lower()) for n in same_country(t))} for t in topic}
    covered = {s.key: sum(bool(saying[t] & said[s.key]) for t in topic) for s in ranked}
    entities = set(question.entities)
    named = _with_parts(
        frozenset(t for t in topic if t in entities or set(t.split("-")) & entities)
    )
    if named:
        covered = {
            s.key: covered[s.key] if any(saying[t] & said[s.key] for t in named) else 0
            for s in ranked
        }
    most = max(covered.values(), default=0)
    return [s for s in ranked if most and covered[s.key] == most]


def _presupposed(question: Question) -> list[str]:
    """The question's decisive terms it takes to have happened (`presupposed_terms`, read in
    the articles' words: an English question glossed)."""
    text = question.text if question.language == "id" else glossed(question.text)
    # (its own words: a follow-up's terms taken from the turn before carry that turn's premise,
    # checked there: "waktu itu aliansi tersebut anggotanya brp negara" after "KTT … tempat
    # Zelensky mengaku kecewa …" presupposes no disappointment)
    own = token_set(text)
    return presupposed_terms(
        [t for t in question.terms if t in own], text, asks_whether=question.type == "yesno"
    )


def _bare_topic(question: Question, best: Sentence) -> set[str]:
    """The words of the topic a question asks about that it names as no one's deed: those
    before any name in the topic ("sikap Hongaria soal veto usulan itu": "veto"), when the
    question vouches for nothing done. "Biden's view on Hungary's veto" and "troops already
    sent" take the deed as done. Only where the evidence (with the sentence before it) names
    everyone the question names and says some of the rest of the topic: Hungary's promise is no
    stance of Poland's ("sikap Polandia soal veto usulan itu"), nor one on a veto of Ukraine's
    membership."""
    if done_words(question.text):
        return set()
    entities = set(question.entities)
    bare: set[str] = set()
    for term in question.topic:
        if term in entities or set(term.split("-")) & entities:
            break
        bare.add(term)
    said = token_set(f"{best.previous} {best.text}")
    # (of the topic's words besides its deed, which is said under a negation, at least one, in
    # whatever words the asker put the rest: "hak veto atas proposal pengerahan pasukan")
    others = set(question.topic) - entities - set(_presupposed(question))
    if not entities <= said or (others and not others & said):
        return set()
    return bare


def _said_the_other_way(question: Question, best: Sentence) -> frozenset[str]:
    """The terms of the question's words whose opposite (`data/opposites.json`) the evidence
    says. An opposite said under a negation is not said ("tidak akan mengurangi upaya" is no
    opposite of "menambah bantuan")."""
    table = opposites()
    said = {
        w.lower() for w in re.findall(r"[\w-]+", f"{undenied(best.previous)} {undenied(best.text)}")
    }
    # (in the articles' words: the standardised question, an English one glossed)
    asked = question.text if question.language == "id" else glossed(question.text)
    return frozenset(
        term
        for word in re.findall(r"[\w-]+", asked.lower())
        if table.get(word, frozenset()) & said
        for term in token_set(word)
    )


_WITHOUT = frozenset({"tanpa", "without"})


def _unconfirmed_premise(question: Question, best: Sentence) -> list[str]:
    """Decisive words of the question ("batal", "menolak") the evidence does not say. (A list
    gathers many sentences: the caller looks for a close one that says them.)"""
    # A decisive word said only under a negation ("berjanji tidak akan memveto") is not said,
    # except to a yes/no question, which it answers "Tidak".
    # (in the canonical form the question's terms take: "mundur" is "undur")
    said_at_all = set(token_set(f"{best.previous} {best.text}"))
    said = (
        said_at_all
        if question.type == "yesno"
        # (the sentence before too: a quote after "berjanji tidak akan memveto" says no veto)
        else set(token_set(f"{undenied(best.previous)} {undenied(best.text)}"))
    )
    # ... unless the question denies it too ("Hongaria berjanji tidak akan memveto dengan syarat
    # apa?"): then the evidence's denial is what it asks about.
    asked_denied = denied_terms(claim(question.text), question.language == "en")
    # (however far into its clause: "supaya tidak menjegal usulan … dengan hak veto")
    asked_denied |= denied_in_clause(claim(question.text))
    # (or before a passive refusal: "Pengiriman tentara … ditolak oleh siapa?")
    asked_denied |= refused_in_passive(claim(question.text), f"{best.previous} {best.text}")
    # (a yes/no claim's word whose opposite the evidence says, "membantah" against "mengakui",
    # is answered "Tidak" by the claim check)
    other_way = _said_the_other_way(question, best) if question.type == "yesno" else frozenset()
    # ... nor a word of the topic the question asks about ("Bagaimana sikap Hongaria soal veto
    # usulan itu?"): a bare topic is not vouched for as done.
    said_anyhow = asked_denied | _bare_topic(question, best)
    unsaid = [
        term
        for term in _presupposed(question)
        if term not in (said_at_all if term in said_anyhow else said) and term not in other_way
    ]
    if question.type != "yesno":
        # "Kenapa Orban akhirnya setuju mengirim tentara?" against "Orban dengan tegas menolak
        # pengiriman tentara": the evidence says the opposite of the deed asked about.
        unsaid += sorted(t for t in _said_the_other_way(question, best) if t not in said)
    # "… untuk ketiga kalinya?" against "kunjungan pertamanya": another time than the report's
    # passage (or title) counts. (In the articles' words: English glossed.)
    asked_ordinals = times_asked(
        question.text if question.language == "id" else glossed(question.text)
    )
    said_ordinals = ordinals(f"{best.article.title} {best.context} {best.previous} {best.text}")
    # (not where the claim ranks its subject and the chosen sentence ranks it too, "Apakah
    # lawatan itu yang kedua kalinya?" against "kunjungan pertamanya": the claim check answers
    # that "Tidak" by the subject's own rank)
    subject = (
        ordinal_of_subject(
            claim(question.asked or question.text), english=question.language == "en"
        )
        if question.type == "yesno"
        else None
    )
    subject_ranked = subject is not None and canonical(subject[0]) in {
        canonical(noun) for noun, _, _ in ranked_nouns(best.text)
    }
    if (
        asked_ordinals
        and said_ordinals
        and not asked_ordinals.keys() & said_ordinals
        and not subject_ranked
    ):
        unsaid += sorted(canonical(stem(word.lower())) for word in asked_ordinals.values())
    # "Which country became NATO's 31st member?" against "beranggotakan 31 negara": a count is
    # no place in a sequence; a numbered ordinal asked must be said
    numbered = numbered_ordinals(question.asked or question.text)
    unsaid += sorted(word for number, word in numbered.items() if number not in said_ordinals)
    if question.type in FACT_TYPES | {"apa"}:
        # a detail of the asked deed (its time, place, number, doer) or what it gave: "What
        # deadline did NATO give Ukraine?" against "NATO tidak memberikan batas waktu"
        unsaid += _denied_deed(question, best, asked_denied)
    # "… masa jabatan terlama?", "the most air defence systems", "longer than …": a rank or a
    # comparison the evidence never makes
    unsaid += [canonical(stem(w)) for w in unsaid_degree(question.text, best.text)]
    if not question.events:  # (an order in time is compared by dates)
        unsaid += [canonical(stem(w)) for w in unsaid_comparison(question.text, best.text)]
    if (
        question.type == "mengapa"
        and not NEGATION.search(claim(question.text))
        and DENIAL.search(best.text)
    ):
        # "Why did Russia say it wanted to harm civilians?" against "Ia menyangkal niatnya untuk
        # menyakiti warga sipil": the evidence denies what the question takes as done. (Only
        # a denial: "Orban menolak pengiriman tentara" is the refusal a question asks about.)
        predicate = set(question.terms) - set(question.entities)
        unsaid += sorted(predicate & denied_terms(best.text))
    if question.type in {"mengapa", "kapan"}:
        # "Kenapa Ukraina resmi diterima jadi anggota?": the deed the question vouches for
        # ("resmi", "sudah", "officially") must be said, or the reason is for something else
        # ("karena NATO tidak memberikan batas waktu" is why Zelensky was frustrated); "Tanggal
        # berapa Ukraina resmi diterima … dalam pertemuan Bucharest?" is not dated by the
        # meeting's date. (Not what someone said: "Kapan X menegaskan bahwa semua sudah
        # sepakat" vouches in X's words.)
        asked = question.text if question.language == "id" else glossed(question.text)
        deeds = done_deeds(asked, firm_only=question.type == "kapan")
        unsaid += [d for d in map(canonical, deeds) if d not in said]
    if question.type == "mengapa":
        # "Why did the Kremlin start a direct confrontation …?" against "Kremlin pernah
        # mengultimatum jika Ukraina masuk NATO, akan terjadi konfrontasi langsung": the deed is
        # only supposed, under a condition, so no reason for it happening is given.
        unsaid += _only_supposed(question, best)

        # "Mengapa Zelensky tidak hadir …?" presupposes he was absent: the evidence must deny
        # what the question denies, not give a reason for something else. Names are who, not
        # what is denied; English is compared in the articles' words.
        denied = [
            w
            for w in denied_words(claim(question.text))
            if not w[:1].isupper() and canonical(w.lower()) not in question.entities
        ]
        # (the asked words are named; denied_terms on the whole claim would count names too)
        words = " ".join(denied)
        asked_denied = {
            canonical(t)
            for t in analyze(translate_terms(words) if question.language == "en" else words)
        }
        evidence_denied = denied_terms(f"{best.previous} {best.text}")
        # ("hidup tanpa pemanas", "without power": a state the deed is done in, not a deed
        # that was not done)
        negation = next(
            (
                m
                for m in NEGATION.finditer(claim(question.text))
                if m.group().lower() not in _WITHOUT
            ),
            None,
        )
        if asked_denied and not asked_denied & evidence_denied and negation and denied:
            # Shown as the asker wrote them: the negation and the word it denies ("tidak",
            # "hadir").
            unsaid += [canonical(stem(w.lower())) for w in (negation.group(), denied[0])]
    return unsaid


# "Which G7 partners …", "mitra mana saja", "negara-negara mana": the kind of thing whose
# members are asked for, in the question's words (English glossed).
# (a noun before the plural may be what is counted: "which partner countries")
_WHICH_NOUN_EN = re.compile(r"\b(?i:which)\s+(?:[A-Z0-9][\w-]*\s+)*(?:([a-z]+)\s+)?([a-z]+s)\b")
_WHICH_NOUN_ID = re.compile(
    r"\b([a-z]+)(?:-[a-z]+)?\s+(?:mana|apa)\s+(?:saja|aja)\b"
    rf"|\b{NOT_AN_ADVERB}([a-z]+)-\2\s+(?:mana|apa)\b"
    r"|\bsiapa\s+(?:saja|aja)\s+([a-z]+)\s+(?:yang|yg)\b",
    re.IGNORECASE,
)
# Words given to people left unnamed: "menurut sejumlah pejabat", "kata seorang diplomat".
_UNNAMED_SOURCE = re.compile(
    r"\b(?:sejumlah|beberapa|seorang|para|sebuah|satu)\s+(?:[\w-]+\s+)?"
    r"(?:pejabat|diplomat|sumber|narasumber|petinggi|officials?|diplomats?|sources?)\b",
    re.IGNORECASE,
)
# Words that count members without naming them: "beberapa mitra", "sejumlah negara".
_VAGUE_COUNT = frozenset("beberapa sejumlah berbagai banyak segelintir".split())


def _unnamed(question: Question, passages: list[Passage], best: Sentence, counted: str) -> Answer:
    """An abstention that says the closest report counts what is asked without naming it."""
    article = best.article
    text = NOT_IN_ARTICLES[question.language] + (
        f" The closest article only says “{counted}” (in Indonesian), without naming them:"
        f" {_titled(article, question.language)}."
        if question.language == "en"
        else f" Artikel terdekat hanya menyebut “{counted}” tanpa menyebut nama-namanya:"
        f" {_titled(article, question.language)}."
    )
    return abstention(question, passages, text, "hanya disebut samar")


# The question words a "nobody knows …" clause may leave open, by the type of question asked.
_NOT_KNOWN_WORDS: dict[str, frozenset[str]] = {
    "kapan": frozenset({"kapan", "when"}),
    "siapa": frozenset({"siapa", "who"}),
    "di_mana": frozenset({"di mana", "ke mana", "where"}),
    "berapa": frozenset({"berapa", "how"}),
    "mengapa": frozenset({"mengapa", "kenapa", "why"}),
    "bagaimana": frozenset({"bagaimana", "how"}),
    "yesno": frozenset({"apakah", "whether"}),
}


def _said_not_known(
    question: Question, best: Sentence, wanted: frozenset[str] | None = None, besides: str = ""
) -> str:
    """The clause of the best sentence that says what is asked is not known ("Tidak ada yang
    tahu kapan dan bagaimana perang ini akan berakhir" for "Kapan perang berakhir?"): said of
    at least half of what the question asks besides its names (and the words `besides`);
    "" otherwise. `wanted`: the question words it may say it of (the question type's)."""
    asked = set(question.terms) - set(question.entities) - ASKING_WORDS - token_set(besides)
    if wanted is None:
        wanted = _NOT_KNOWN_WORDS.get(question.type, frozenset())
    # (of the names asked about too: another country's ceasefire is no answer)
    named = best.entity_coverage > 0 or not question.entities
    for match in NOT_KNOWN.finditer(best.text):
        words = {match.group(1).lower()} | {
            w for w in wanted if re.search(rf"\b{w}\b", match.group(2), re.IGNORECASE)
        }
        said_of = token_set(match.group(2))
        if words & wanted and named and asked and 2 * len(asked & said_of) >= len(asked):
            return match.group().strip()
    return ""


# A yes/no claim that someone knows or can tell what a question word asks ("Apakah Stoltenberg
# sudah bisa memastikan kapan perang usai?", "Does anyone know how the war ends?").
_KNOWING_CLAIMED = re.compile(
    r"\b(?:tahu|tau|mengetahui|diketahui|memastikan|dipastikan|pasti|knows?|knew|known|sure"
    r"|certain)\s+(?:\w+\s+)?(kapan|siapa|berapa|mengapa|kenapa|bagaimana|di\s?mana|when|who"
    r"|why|how|where)\b",
    re.IGNORECASE,
)
_TYPE_OF_WORD = {
    word: question_type for question_type, words in _NOT_KNOWN_WORDS.items() for word in words
} | {"dimana": "di_mana", "how": "bagaimana"}


# The asker's own addressee, and the words that name no one who knows (openers, aspect).
_ADDRESSEES = frozenset("kamu anda kau engkau kalian lu lo elo you".split())
_NO_KNOWER = frozenset(
    "apakah apa benarkah betulkah sudah udah memang emang bisa dapat is it does do did has have"
    " was were are".split()
)
# How many words before the knowing verb a negation denies it: "Apakah Stoltenberg tidak
# tahu kapan …?"
_KNOWING_DENIED_REACH = 3


def _knowing_claimed(question: Question) -> re.Match[str] | None:
    """The words of a yes/no claim that someone knows what a question word asks; None when the
    claim says no such thing, or says it is not known ("Apakah tidak ada yang tahu kapan …?",
    "Is it true that nobody knows when …?"), which a "no one knows" sentence confirms."""
    if question.type != "yesno":
        return None
    # (the question as normalised: chat's "bakal", "tau" read as the articles' words)
    asserted = claim(question.text)
    claimed = _KNOWING_CLAIMED.search(asserted)
    if claimed is None or NOT_KNOWN.search(asserted):
        return None
    before = re.findall(r"[\w'’-]+", asserted[: claimed.start()])
    if any(NEGATION.fullmatch(word) for word in before[-_KNOWING_DENIED_REACH:]):
        return None
    # (and only of someone: "Apakah Anda tahu kapan …?" and "Apakah sudah diketahui kapan …?",
    # "Is it known when …?" ask the when itself, which the articles may well give)
    knower = [
        word
        for word in re.findall(r"[\w'’-]+", asserted[: claimed.start()].lower())
        if word not in _NO_KNOWER
    ]
    if not knower or set(knower) & _ADDRESSEES:
        return None
    return claimed


def _known_claimed_not_known(
    question: Question, ranked: list[Sentence], claimed: re.Match[str]
) -> tuple[Sentence, str] | None:
    """A close sentence that says what a yes/no claim takes as known (`claimed`,
    `_knowing_claimed`) is not known ("Tidak ada yang tahu kapan dan bagaimana perang ini akan
    berakhir" for "Apakah Stoltenberg sudah bisa memastikan kapan perang usai?"), with its
    clause; None when none does. The claim's answer is "Tidak", whichever sentence speaks of its
    other words more."""
    asked_type = _TYPE_OF_WORD[" ".join(claimed.group(1).lower().split())]
    wanted = _NOT_KNOWN_WORDS[asked_type]
    # What is claimed known, after the question word: all of it must be what the sentence says
    # is not known (not when a war began, against when it ends), its names said there or
    # around (not another war's: "kapan perang Israel-Hamas berakhir").
    known = claimed.string[claimed.end() :]
    known_terms = {
        canonical(t)
        for t in analyze(known if question.language == "id" else glossed(known))
        if canonical(t) not in ASKING_WORDS
    }
    known_names = known_terms & set(question.entities)
    for sentence in ranked[:_PREMISE_REACH]:
        # (the sentence before may open the passage's article text: the lead-in's end)
        before = sentence.previous or sentence.lead_in[-_LEAD_IN_REACH:]
        around = token_set(f"{before} {sentence.text} {sentence.article.title}")
        if known_names - around:
            continue
        # (what is claimed known is what follows the question word: the words before it say
        # who knows or claims to, "mengklaim mengetahui")
        said = _said_not_known(question, sentence, wanted, claimed.string[: claimed.end()])
        clause = token_set(said)
        ending = _ENDING if clause & _ENDING else frozenset()
        if said and not (known_terms - known_names) - clause - ending:
            return sentence, said
    return None


# How much of the article's text before a passage stands for the sentence before its first.
_LEAD_IN_REACH = 300
# Words for an end: "kapan perang usai/selesai/kelar" asks what "kapan … akan berakhir" says is
# not known (the synonyms data leaves "usai" out for its other sense, "after"; after a
# question word it is the end).
_ENDING = token_set("berakhir usai selesai kelar tamat end ends ended")


def _tells_the_deed(question: Question, sentence: Sentence) -> bool:
    """The sentence (or the one before it) tells the deed a why-question asks the reason of,
    by one of its words; any does when the question names none."""
    deed = deed_words(question, _main_deed_clause(question))
    return not deed or bool(deed & token_set(f"{sentence.previous} {sentence.text}"))


def _gives_reason_of(sentence: Sentence, told: Sentence) -> bool:
    """The sentence follows `told` and opens by giving its reason ("Pasalnya, …")."""
    return (
        bool(sentence.fact)
        and sentence.article.id == told.article.id
        and sentence.previous.strip().endswith(told.text.strip())
        and REASON_OPENING.match(sentence.text) is not None
    )


# A speaker's own "here": "Itu sebabnya saya di sini hari ini", "that is why I am here".
_HERE = re.compile(r"\b(?:di sini|ke sini|kemari|here)\b", re.IGNORECASE)
# A reason the speaker gives for being "here", and for nothing else.
_REASON_OF_BEING_HERE = re.compile(
    r"\b(?:itu(?:lah)?\s+sebabnya|karena\s+itu(?:lah)?|makanya|that(?:'s|\s+is)\s+why)\s+"
    r"(?:saya|kami|aku|i|we)\b[^.]{0,20}?\b(?:di sini|ke sini|kemari|here)\b",
    re.IGNORECASE,
)
# What a visit or an arrival is, asked why: being somewhere.
_BEING_THERE = PRESENCE_WORDS | token_set("kunjungan")
# The same, as written (a why-question read as one about being somewhere).
_PRESENCE_FORMS = frozenset(
    "berada hadir menghadiri datang tiba kunjungan berkunjung mengunjungi singgah mampir "
    "attend attends attended attending".split()
)


def _asks_why_there(question: Question) -> bool:
    """The question's own clause asks why someone came or visited (not "menurut berita
    kunjungan Zelensky", which only names the report); chat's "kenapa ke brussels" with no
    verb at all, or someone said to be somewhere ("Why did Zelensky say he was in
    Brussels?"), asks it too."""
    clause = _main_deed_clause(question)
    read = clause if question.language == "id" else glossed(clause)
    # (by the words as written: "mengadakan", holding a meeting, shares the stem of "berada")
    if set(re.findall(r"[a-z]+", read.lower())) & _PRESENCE_FORMS:
        return True
    if question.language == "en":
        return _BEING_IN.search(clause) is not None
    verbless = not any(is_verb_form(word) for word in re.findall(r"[\w-]+", clause))
    return verbless and _GOING_TO.search(clause) is not None


# "… he was in Brussels", "being at NATO headquarters", "Why was Zelensky at …": someone
# somewhere (a name between the verb and the place only where the question opens that way).
_BEING_IN = re.compile(
    r"\b(?:was|were|is|are|be|been|being)\s+(?:in|at)\b"
    r"|^\W*why\s+(?:was|were|is|are)\s+(?-i:[A-Z][\w-]*\s+){1,3}(?:in|at)\b",
    re.IGNORECASE,
)
# "kenapa ke brussels": going somewhere, told by the preposition alone.
_GOING_TO = re.compile(r"\bke\s+\w", re.IGNORECASE)


# A trip asked why: the asking word, who went and how ("kenapa orban ke", "Why did Zelensky
# come to"), then where, up to when it went or what for.
_TRIP = re.compile(
    r"\b(?:mengapa|kenapa|knp|ngapain|why|untuk\s+apa)\b(?P<who>.*?)"
    r"\b(?:ke|di|to|in|at|mengunjungi|kunjungi|visit(?:ed|s|ing)?)\s+"
    r"(?P<where>.+?)(?=\s+(?:on|pada|hari|tgl|tanggal|saat|waktu|ketika|when|while|during|"
    r"selama|untuk|for|buat|sih|dong|ya|tuh|kok)\b|\W*$)",
    re.IGNORECASE,
)
# The words that may stand between the asking word and where the trip went: going, being,
# and the auxiliaries before them ("kenapa zelensky sempat datang ke", "why did he go to").
_TRIP_WORDS = _PRESENCE_FORMS | frozenset(
    "pergi dateng balik kembali terbang berangkat sudah udah akan mau sempat pernah harus jadi "
    "sampai did does do was were is are has have had go goes went gone come comes came travel "
    "travelled traveled fly flew arrive arrived arrives visit visited be been being stay "
    "stayed head headed the mr".split()
)


def _trip_places(question: Question) -> frozenset[str]:
    """ "kenapa orban ke brussels": the names of where a trip asked why went ("brussels",
    "nato" of "markas NATO"); a reason is that trip's only where someone is put there. Only a
    trip that is the question's deed: between the asking word and the place, nothing but who
    went and the going ("zelensky takut perhatian amerika ke ukraina teralihkan" asks no
    trip)."""
    found = _TRIP.search(_main_deed_clause(question))
    if found is None:
        return frozenset()
    people = set(question.entities) | {"dia", "ia", "beliau", "mereka", "he", "she", "they"}
    if not all(
        word.lower() in _TRIP_WORDS or canonical(word.lower()) in people or word.lower() in people
        for word in re.findall(r"[\w'’-]+", found.group("who"))
    ):
        return frozenset()
    where = found.group("where")
    return token_set(glossed(where) if question.language == "en" else where) & frozenset(
        question.entities
    )


# Words that put someone at a place: "di markas NATO", "ke Brussels", "at NATO headquarters".
_AT_WORDS = frozenset({"di", "ke", "in", "at", "to"})


def _puts_someone_at(text: str, places: frozenset[str]) -> bool:
    """The text says someone is at, or goes to, every one of the places: each named within
    two words after "di"/"ke" ("tiba di markas NATO di Brussels"), not only mentioned ("ke
    Ukraina jika NATO melakukan intervensi")."""
    words = re.findall(r"[\w-]+", text.lower())
    after = " ".join(
        " ".join(words[at + 1 : at + 3]) for at, word in enumerate(words) if word in _AT_WORDS
    )
    return places <= with_seats(token_set(after))


def _reason_of_being_at(sentence: Sentence, places: frozenset[str], names: list[list[str]]) -> bool:
    """The sentence's reason is for the named being at the places: it (or the one before)
    names them and puts someone there, or it is a speaker's "Itu sebabnya saya di sini" in a
    report that names them there."""
    told = f"{sentence.previous} {sentence.text}"
    if _puts_someone_at(told, places) and _all_named(names, told):
        return True
    # (the report's opening, or else the passage it was retrieved in: "Ardi tiba di Lebak")
    reports = (opening_sentence(sentence.article_lead), sentence.context)
    return _HERE.search(sentence.text) is not None and any(
        _puts_someone_at(report, places) and _all_named(names, report) for report in reports
    )


def _all_named(names: list[list[str]], text: str) -> bool:
    """Every one of the names is in the text (by any of its words: "Orban" of "Viktor
    Orban")."""
    told = with_seats(token_set(text))
    return all(told & set(name) for name in names)


def _gives_reason_for_being_there(sentence: Sentence, told: Sentence) -> bool:
    """ "Mengapa Zelensky datang ke markas NATO?" against the arrival's own sentence, which
    gives no reason: a sentence of the same report whose reason is for the speaker being
    "here" ("… memerlukan dukungan dari para pemimpin. Itu sebabnya saya di sini") gives it."""
    return (
        bool(sentence.fact)
        and sentence.article.id == told.article.id
        and _HERE.search(sentence.text) is not None
    )


def _only_avoided(question: Question, best: Sentence) -> str:
    """The clause of the sentence that names the question's words only as what a deed avoided
    or prevented ("Kapan government shutdown terjadi?" against "… dicabut untuk menghindari
    government shutdown"): the date or place there is the deed's, and what was asked did not
    happen. "" when the sentence tells the asked deed outside that clause ("Kapan BI menaikkan
    suku bunga untuk mencegah inflasi?" against "BI menaikkan suku bunga … untuk mencegah
    inflasi")."""
    matches = list(AVOIDED.finditer(best.text))
    told = token_set(without_spans(best.text, (match.span(1) for match in matches)))
    # The main clause's verbs ("… setelah anggaran dicabut", "… yg bikin bantuan dicabut" only
    # set the scene); the avoiding verb is the question's too when it asks about the purpose.
    main = re.split(r"\b(?:yang|yg)\b", _main_deed_clause(question), maxsplit=1)[0]
    verbs = claim_verbs(question, claim(main)) - token_set(" ".join(AVOIDING_VERBS))
    if verbs & told:
        return ""
    names = {t for t in question.entities if is_country(t.title())}
    unsaid = set(question.terms) - told - names - ASKING_WORDS
    for match in matches:
        if unsaid & token_set(match.group(1)):
            return match.group().strip()
    return ""


def _closest_says(
    question: Question,
    passages: list[Passage],
    best: Sentence,
    clause: str,
    says: tuple[str, str],
    why: str,
) -> Answer:
    """An abstention that quotes the clause of the closest report which answers otherwise:
    `says` what it says of what was asked, in English and in Indonesian ("says it was
    avoided, not that it happened", "menyebut hal itu dihindari, bukan terjadi")."""
    title = _titled(best.article, question.language)
    text = NOT_IN_ARTICLES[question.language] + (
        f" The closest article {says[0]}: “{clause}” (in Indonesian), {title}."
        if question.language == "en"
        else f" Artikel terdekat justru {says[1]}: “{clause}”, {title}."
    )
    return abstention(question, passages, text, why)


_AVOIDED_SAYS = (
    "says it was avoided, not that it happened",
    "menyebut hal itu dihindari, bukan terjadi",
)
_REFUSED_SAYS = ("says the opposite", "menyebut sebaliknya")
_NOT_KNOWN_SAYS = ("says it is not known", "menyebut hal itu belum diketahui")
_UNDONE_SAYS = ("reports it only as undone", "hanya menyebut hal itu dibatalkan")


def _only_vaguely_named(question: Question, best: Sentence) -> str:
    """The sentence's words that only count what a which-question asks for ("beberapa
    mitra"), when it names none of them right after; "" otherwise."""
    if question.type not in {"apa", "list"}:
        return ""
    english = _WHICH_NOUN_EN.search(question.asked) if question.language == "en" else None
    indonesian = _WHICH_NOUN_ID.search(question.text) if question.language == "id" else None
    nouns = (
        [indonesian_for(noun).split(" ")[0] for noun in english.groups() if noun]
        if english
        else [noun for noun in indonesian.groups() if noun]
        if indonesian
        else []
    )
    words = re.findall(r"[\w-]+", best.text)
    for noun in nouns:
        stems = token_set(noun)
        mentions = [at for at, word in enumerate(words) if stems and token_set(word) & stems]
        vague = all(
            at and words[at - 1].lower() in _VAGUE_COUNT and not _named_after(words[at + 1 :])
            for at in mentions
        )
        if mentions and vague:
            return f"{words[mentions[0] - 1]} {words[mentions[0]]}"
    return ""


def _named_after(words: list[str]) -> bool:
    """A name follows the counted noun before its phrase ends ("beberapa mitra seperti
    Jepang"; not "beberapa mitra di sela-sela pembicaraan NATO")."""
    for word in words[:_NAME_AFTER_COUNT]:
        if word.lower() in _PHRASE_ENDS:
            return False
        if word[:1].isupper():
            return True
    return False


# A question about what is still to come: "Kapan Ukraina akan …", "When will …"; not
# "Kapan NATO menyetujui bahwa Ukraina akan …", whose deed is the agreeing.
_FUTURE_ASKED = re.compile(
    r"^\W*(?:(?i:kapan(?:kah)?)\s+(?:[A-Z][\w-]*\s+){0,3}(?i:akan|bakal)"
    r"|(?i:when\s+(?:will|is\s+\w+\s+going\s+to)))\b"
)


def _past_for_a_future(question: Question, best: Sentence) -> bool:
    """A when-question about what will happen, answered by a date before the report."""
    published = best.article.published
    if published is None or not best.fact or not _FUTURE_ASKED.search(question.text):
        return False
    dates = find_dates(best.fact, published)
    return bool(dates) and all(m.date < _period_start(published, m) for m in dates)


def _period_start(published: dt.date, mention: DateMention) -> dt.date:
    """The report's date at the mention's precision: a year is past only before the
    report's year, a month before its month."""
    if mention.precision == "year":
        return dt.date(published.year, 1, 1)
    if mention.precision == "month":
        return dt.date(published.year, published.month, 1)
    return published


# A deed the question does not take as done: what is hard, easy or wanted ("susah masuk",
# "ingin bergabung", "hard to join"). (Not what could be done: "Kenapa Rusia bisa merebut …"
# takes it as done.)
_MODAL_BEFORE = re.compile(
    r"\b(?:susah|sulit|mudah|gampang|ingin|mau|hendak|hard(?:er)?|difficult|easy|easier|want"
    r"|wants)\s+(?:(?:for\s+[\w-]+\s+)?to\s+|untuk\s+)?([\w-]+)",
    re.IGNORECASE,
)
# A prospect's deed, after its doer: "prospek Ukraina masuk NATO", "chances of joining".
_PROSPECT = re.compile(
    r"\b(?:prospek|peluang|kemungkinan|(?:chances?|prospects?)\s+(?:of|for))\s+"
    r"([\w-]+(?:\s+[\w-]+)?)",
    re.IGNORECASE,
)


def _not_taken_as_done(question: Question, prospects_only: bool = False) -> set[str]:
    """The terms of a deed the question asks about as in prospect ("peluang Ukraina diterima")
    or, unless `prospects_only`, as hard or wanted ("kenapa ukraina makin susah masuk nato"),
    not as having happened. (A want is itself taken as done: "kenapa orban mau keluar" asks
    why he wants to.)"""
    patterns = [_PROSPECT] if prospects_only else [_PROSPECT, _MODAL_BEFORE]
    return {
        t
        for pattern in patterns
        for m in pattern.finditer(question.text)
        for t in token_set(m.group(1) if question.language == "id" else glossed(m.group(1)))
    }


def _only_supposed(question: Question, best: Sentence) -> list[str]:
    """The question's words besides names that the sentence says only after a condition
    ("jika …, akan …"), when it says none of them before it."""
    condition = CONDITION.search(best.text)
    if condition is None:
        return []
    asked = (
        set(question.terms) - set(question.entities) - ASKING_WORDS - _not_taken_as_done(question)
    )
    before = token_set(best.text[: condition.start()]) & asked
    after = token_set(best.text[condition.end() :]) & asked
    return sorted(after) if after and not before else []


# How far down the ranking a sentence that says a question's decisive word may stand in.
_PREMISE_REACH = 5
# How far down a sentence of words put on a platform is looked for.
_POSTED_DEPTH = 8
# How far down the ranking a sentence telling the question's deed the other way round is looked
# for: its opposite word is no word of the question, so it ranks below sentences sharing a mere
# "diri" of "mengundurkan diri" (past the first few, it must say the rest of the claim).
_REVERSED_REACH = 8


# Question types whose answer a named period narrows to what happened then (a date question
# and a reason have their own checks of the date, `date_contradicted`).
_PERIOD_BOUND = frozenset({"di_mana", "siapa", "berapa", "apa", "bagaimana"})


def _asked_event_period(question: Question) -> tuple[dt.date, dt.date] | None:
    """The publication dates a report of the period the question sets its event in would have
    ("… pada Oktober 2023?"), as `_of_another_year` reads the question: "setelah tahun 2014"
    bounds one, "berita Juni 2024" names a report's; None when it names none, or asks a type
    `_PERIOD_BOUND` leaves out."""
    if question.type not in _PERIOD_BOUND:
        return None
    return asked_period(REPORT_CITED.sub(" ", _ANCHOR_CLAUSE.sub(" ", question.text)))


def _reports_naming(period: tuple[dt.date, dt.date], ranked: list[Sentence]) -> set[str]:
    """The articles whose ranked sentences name a date inside the period ("Pada tahun 2008,
    KTT NATO …" in a 2022 report; "Ardi pada Rabu (11/10/2023) tiba …" above "Ia meminta …")."""
    first, last = period
    reports: dict[str, tuple[dt.date | None, list[str]]] = {}
    for sentence in ranked:
        reports.setdefault(sentence.article.id, (sentence.article.published, []))[1].append(
            sentence.text
        )
    return {
        article
        for article, (published, said) in reports.items()
        if any(first <= m.date <= last for m in find_dates(" ".join(said), published))
    }


def _of_the_period(period: tuple[dt.date, dt.date], sentence: Sentence, naming: set[str]) -> bool:
    """The sentence can tell what happened in the period: its report was published then (or
    within the reporting lag after), names a date inside it (`naming`: the reports that do,
    `_reports_naming`), or the sentence before it does."""
    first, last = period
    published = sentence.article.published
    if published is not None and first <= published <= last:
        return True
    if sentence.article.id in naming:
        return True
    return any(first <= m.date <= last for m in find_dates(sentence.previous, published))


# How many of the question's words make a thing asked for, said only as denied.
_DENIED_PHRASE = 2


def _denied_deed(question: Question, best: Sentence, asked_denied: set[str]) -> list[str]:
    """The asked deed, said only in a denied clause that also says what it is done to: "Kapan
    NATO memberi Ukraina rencana aksi keanggotaan?" against "NATO … tidak pernah memberikan
    jalur resmi bagi Kyiv untuk mengurus keanggotaan": the date there is not the deed's, which
    never happened. ("… tidak dapat melanjutkan perang" denies another deed than "dukungan …
    berlanjut": nothing else the question asks is in that clause.)"""
    return _denied_clause(question, best, asked_denied)[0]


def _denied_clause(
    question: Question, best: Sentence, asked_denied: set[str]
) -> tuple[list[str], str]:
    """`_denied_deed`'s words, with the denied clause that says them ("tidak memberikan batas
    waktu untuk keanggotaan"); nothing when the deed is not denied."""
    # (a question about something missing or stopped, "Langkah konkret apa yang berhenti
    # diambil …", "the missing membership timeline", asks about the denial itself)
    if asks_a_warning(question.text) or _ASKS_OF_A_LACK.search(f"{question.asked} {question.text}"):
        return [], ""
    # (what the sentence says outside its denied clauses: "berhenti mengambil langkah konkret
    # seperti memberi Kyiv rencana aksi" stops the giving however far after "berhenti" it is;
    # the denying word itself, "menolak", is said)
    # (not when the question denies something itself, "Rencana apa yang tak kunjung diberikan
    # …?" asks about the denial, nor when it asks for someone's words, which a denial may be:
    # "Tidak ada yang tahu kapan perang berakhir," kata Stoltenberg)
    outside = (
        undenied(best.text)
        if NEGATION.search(claim(question.text)) or question.asks_words
        else outside_denials(best.text)
    )
    said = {canonical(t) for t in analyze(f"{best.previous} {outside}")}
    if question.language == "en":
        # "non-lethal" is a negation only once glossed ("tidak mematikan")
        asked_denied = asked_denied | denied_terms(claim(glossed(question.text)))
    # (nor a deed the question names only as its topic: "What is Hungary's position on vetoing
    # the proposal?" vouches for no veto)
    verbs = (
        claim_verbs(question, claim(question.text))
        - said
        - asked_denied
        - _bare_topic(question, best)
    )
    others = set(question.terms) - set(question.entities) - ASKING_WORDS - verbs
    for negation in NEGATION.finditer(best.text):
        clause = re.split(r"[,;.:]|\s[-–—]\s", best.text[negation.start() :], maxsplit=1)[0]
        shown = " ".join(clause.split()[:_SHOWN_CLAUSE_WORDS])
        words = token_set(clause)
        if asked_denied & words - ASKING_WORDS:
            # the question says the denial itself ("disappointed that NATO gave no timeline")
            continue
        if verbs & words and others & words:
            return sorted(verbs & words), shown
        # "What deadline did NATO set …?" against "NATO tidak memberikan batas waktu": what is
        # asked for (a phrase of two words or more) is said only as not given, whatever verb
        # (an asking noun counts within the phrase: "batas waktu")
        # (not when the question itself denies something, or asks for someone's words on it,
        # or names it only as a topic: "Kapan Zelensky mengungkapkan kekecewaan soal batas
        # waktu?")
        if question.asks_words or NEGATION.search(claim(question.text)):
            continue
        subordinate = _SUBORDINATE.search(question.text)
        head = question.text[: subordinate.start()] if subordinate else question.text
        if question.language == "en":
            head = glossed(head)
        asked_things = token_set(head) & set(question.terms) - set(question.entities) - verbs
        denied_only = (asked_things & words) - said - asked_denied
        if len(denied_only) >= _DENIED_PHRASE and denied_only - ASKING_WORDS:
            return sorted(denied_only), shown
    return [], ""


# A question about something missing, stopped or refused, in words `NEGATION` does not list.
_ASKS_OF_A_LACK = re.compile(
    r"\b(?:missing|lack\w*|absen\w*|ketiadaan|kurangnya|ogah|stop(?:ped|s)?|short of"
    r"|h[eo]ld(?:s|ing)? back|h[eo]ld(?:s|ing)? off|refrain\w*|batal\w*|urung"
    # (or opposed: "Why is Orban against sending soldiers?" asks about his refusal)
    r"|menentang|ditentang|against|oppos(?:e|es|ed|ing)|keberatan|objections?|refus\w*|reject\w*)\b",
    re.IGNORECASE,
)
# How much of a denied clause an answer shows.
_SHOWN_CLAUSE_WORDS = 8


def _deed_reversed(
    question: Question, passages: list[Passage], ranked: list[Sentence]
) -> Answer | None:
    """A deed the question takes for granted that a close sentence, naming everyone the
    question names, tells the other way round: "Why did Stoltenberg resign?" against "…
    setelah Stoltenberg resmi memperpanjang masa jabatannya". The premise is false, and the
    answer corrects it ("Tidak"), cited to that sentence: an abstention where a reason or date
    was asked (it is not given), the answer itself where a yes/no claim was ("Did Orban sign
    up to send troops?" "No")."""
    for rank, close in enumerate(ranked[:_REVERSED_REACH]):
        if rank >= _PREMISE_REACH and not rest_of_claim_said(question, close):
            continue  # (further down, only a sentence on the claim's own matter)
        # (or denies it: "Hongaria berjanji tidak akan memveto usulan tersebut" for "Mengapa
        # Hongaria memveto usulan …?")
        # (or says done what the question has called off: "resmi memperpanjang masa
        # jabatannya" for "Apakah Stoltenberg batal memperpanjang masa jabatannya?")
        # (that one first: the same verb said done is the surest reversal)
        reversed_as = (
            cancelled_deed_done(claim(question.text), close.text)
            or main_deed_reversed(question, close)
            or main_deed_denied(question, close)
        )
        if reversed_as and not unsaid_names(question, close)[0]:
            statements = (
                f"No: the articles do not say that; they say the opposite: “{reversed_as}” "
                "(in Indonesian)",
                f"Tidak, artikel tidak menyebut hal itu; artikel justru menyebut sebaliknya: "
                f"“{reversed_as}”",
            )
            why = f"praanggapan keliru: perbuatannya dibalik ({reversed_as})"
            # (a yes/no question is answered by it: "Did Orban sign up to send troops?" "No")
            return _explained(
                question, passages, close, statements, why, abstained=question.type != "yesno"
            )
    return None


def _first_told(question: Question, best: Sentence, ranked: list[Sentence]) -> Sentence | None:
    """For a yes/no claim that something happened again ("yang kedua kalinya"), a close
    sentence of the best one's report that calls it the first; else None."""
    if question.type != "yesno":
        return None
    return next(
        (
            s
            for s in ranked[:_PREMISE_REACH]
            if s.article.id == best.article.id and repetition_denied(question, s)
        ),
        None,
    )


def _reversed_or_abstained(
    question: Question, passages: list[Passage], ranked: list[Sentence], why: str, words: list[str]
) -> Answer:
    """An abstention for a premise the evidence does not confirm (`why`, with the `words` it
    lacks), or the correction where a close sentence tells the deed the other way round."""
    return _deed_reversed(question, passages, ranked) or abstain(
        question, passages, ranked, why, words
    )


def said_not_to_be(
    question: Question, passages: list[Passage], best: Sentence, own_words: int = 1
) -> Answer | None:
    """ "What deadline did NATO set for Ukraine?" when the evidence says "NATO tidak memberikan
    batas waktu": the premise is false, and the answer says what the article says instead,
    cited, as an abstention (no deadline is given). `own_words`: how many of the denied words
    must be other than asking words."""
    manner = question.type == "bagaimana" and _MANNER_OF_A_DEED.search(question.text) is not None
    if (
        question.type not in FACT_TYPES | {"apa", "mengapa"} and not manner
    ) or _REFUSAL_ASKED.search(question.text):
        return None  # (nor the refusal asked about: "Apa alasan di balik penolakan …?")
    asked_denied = denied_terms(claim(question.text), question.language == "en")
    words, clause = _denied_clause(question, best, asked_denied)
    # (the claim's own verb denied is one word enough: "berhenti … memberi Kyiv rencana aksi
    # keanggotaan" for "Kapan … memberi Kyiv rencana aksi keanggotaan?")
    needed = 1 if words and set(words) <= claim_verbs(question, claim(question.text)) else own_words
    if len(set(words) - ASKING_WORDS) < needed:
        return None
    return _explained(
        question,
        passages,
        best,
        (
            # (opening with the correction, as every false premise's answer does)
            f"No: the articles say otherwise: “{clause}” (in Indonesian)",
            f"Tidak, artikel justru menyebut sebaliknya: “{clause}”",
        ),
        f"praanggapan keliru: disangkal ({', '.join(words)})",
    )


# "markas NATO di Vilnius", "NATO headquarters in Vilnius": a body's seat the question puts in
# a city.
# (chat writes both in lower case: the city must then be one the places data knows)
_SITE_ASKED = [
    re.compile(r"\bmarkas\s+(?P<body>[\w-]+)\s+(?:yang\s+)?di\s+(?P<city>[\w-]+)", re.I),
    re.compile(r"\b(?P<body>[\w-]+)\s+(?:markas|headquarters|hq)\s+in\s+(?P<city>[\w-]+)", re.I),
]


def _site_placed_otherwise(
    question: Question, passages: list[Passage], ranked: list[Sentence]
) -> Answer | None:
    """ "Why did Zelensky visit NATO headquarters in Vilnius?" when a close sentence puts the
    seat in another city ("tiba di markas NATO di Brussels"): the premise is false, whatever
    reason some sentence gives."""
    for pattern in _SITE_ASKED:
        asked = pattern.search(question.text)
        if asked is None:
            continue
        city = asked.group("city")
        if not (country_of_capital(city) or place_pattern().fullmatch(city)):
            continue  # "headquarters in October": no city
        told = rf"\bmarkas\s+{re.escape(asked.group('body'))}\s+di\s+([A-Z][\w-]+)"
        for sentence in ranked[:_SITE_REACH]:
            found = re.search(told, sentence.text, re.IGNORECASE)
            if found is None:
                continue
            seat = found.group(1)
            if canonical(seat.lower()) in {canonical(name.lower()) for name in spellings(city)}:
                return None  # the articles put it there
            body = found.group(0).split()[1]  # (as the article writes it: "NATO")
            statements = (
                f"The question's premise does not match the articles: they put the {body}"
                f" headquarters in {seat}",
                f"Praanggapan pertanyaan ini tidak sesuai dengan artikel, yang menyebut markas"
                f" {body} di {seat}",
            )
            return _contradicted(question, passages, sentence, statements, "tempat markasnya lain")
    return None


# How far down the ranking a sentence that places a body's seat is looked for.
_SITE_REACH = 10


def _misnamed(
    question: Question,
    passages: list[Passage],
    ranked: list[Sentence],
    surname: str,
    office: frozenset[str],
) -> Answer:
    """The premise answered: the question gives the person an office the articles do not, and
    the sentence that names the person's own office is cited, the office as it writes it
    ("… yang menyebut Orban Perdana Menteri Hongaria"); without a sentence that writes it out,
    the one that names the person."""
    found = _office_as_written(ranked, surname, office)
    if found is not None:
        sentence, written, name = found
        statements = (
            "The question's premise does not match the articles: they call"
            f" {name} {english_fact(written)}",
            f"Praanggapan pertanyaan ini tidak sesuai dengan artikel, yang menyebut {name}"
            f" {written}",
        )
        return _contradicted(question, passages, sentence, statements, "jabatannya lain")
    naming = next(
        (s for s in ranked if re.search(rf"\b{re.escape(surname)}\b", s.text, re.I)), ranked[0]
    )
    name = surname.capitalize()
    statements = (
        f"The question's premise does not match the articles: they give {name} another office",
        f"Praanggapan pertanyaan ini tidak sesuai dengan artikel, yang menyebut jabatan {name}"
        " yang lain",
    )
    return _contradicted(question, passages, naming, statements, "jabatannya lain")


def _office_claim_answered(
    question: Question, passages: list[Passage], ranked: list[Sentence], texts: tuple[str, ...]
) -> Answer | None:
    """ "Apakah Kuleba menteri pertahanan Ukraina?", "Is Orban Hungary's leader?": a yes/no
    question whether a person holds an office, answered by the office the articles give that
    person, as written in the sentence cited ("Tidak: menurut artikel, Kuleba adalah Menteri
    Luar Negeri Ukraina"). `texts`: the passages the ranked sentences come from."""
    if question.type != "yesno":
        return None
    claimed = office_claimed(question.text, question.language, texts)
    if claimed is None:
        return None
    surname, office, holds = claimed
    return _holder_stated(question, passages, ranked, surname, office, holds)


def _office_as_written(
    ranked: list[Sentence], surname: str, office: frozenset[str]
) -> tuple[Sentence, str, str] | None:
    """The first ranked sentence that names the person and writes their office out whole, with
    the office and the surname as it writes them ("Perdana Menteri Hongaria", "McCarthy")."""
    # (the person's whole name as the sentence writes it: "Viktor Orban")
    named = re.compile(rf"(?:[A-Z][\w'’-]+\s+){{0,3}}(?i:{re.escape(surname)})\b")
    written_in = (
        (s, written, whole.group().split()[-1])
        for s in ranked
        if (whole := named.search(s.text))
        and (written := office_written(office, s.text, whole.group().lower().split()))
    )
    return next(written_in, None)


def _holder_stated(
    question: Question,
    passages: list[Passage],
    ranked: list[Sentence],
    surname: str,
    office: frozenset[str],
    holds: bool,
) -> Answer | None:
    """ "Ya"/"Tidak" (`holds`) with the office the articles give the person, as the first
    ranked sentence that writes both says it; None when none does."""
    found = _office_as_written(ranked, surname, office)
    if found is None:
        return None
    sentence, written, name = found
    yes, ya = ("Yes", "Ya") if holds else ("No", "Tidak")
    statements = (
        f"**{yes}**: the articles call {name} {english_fact(written)}",
        f"**{ya}**: menurut artikel, {name} adalah {written}",
    )
    return _explained(question, passages, sentence, statements, "jabatan orangnya", False)


def _office_held_by_another(
    question: Question, passages: list[Passage], ranked: list[Sentence], texts: tuple[str, ...]
) -> Answer | None:
    """ "Apakah Sekjen NATO yang berbincang dengan Zelensky … adalah Mark Rutte?": a claim that
    someone no article names holds an office the articles give one person, answered "Tidak"
    with that person and the office as the cited sentence writes it. `texts`: the passages the
    ranked sentences come from."""
    if question.type != "yesno" or not question.unknown_entities:
        return None
    held = office_claimed_for_unknown(
        question.text, question.language, texts, question.unknown_entities
    )
    if held is None:
        return None
    surname, office = held
    return _holder_stated(question, passages, ranked, surname, office, holds=False)


# "Apakah Prancis yang memegang kepresidenan G7?": a yes/no question whether it was this one
# who did it; chat asks it in lower case after its own openers ("bener gak sih stoltenberg yg
# bilang …", normalised "benar tidak kalau stoltenberg yang mengatakan …", "emang …").
_CLEFT = re.compile(
    r"^\W*(?:(?i:apakah|benarkah|betulkah)\s+(?P<who>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
    r"|(?i:apa\s+(?:benar|betul|iya)|(?:benar|betul)\s+(?:tidak|enggak)(?:\s+kalau)?|memang)"
    r"\s+(?P<chat_who>[\w-]+(?:\s+[\w-]+)?))\s+"
    r"(?:yang|yg)\s+(?P<deed>.+?)\W*$"
)


def _cleft_answered_otherwise(question: Question, best: Sentence, unconfirmed: list[str]) -> str:
    """Who the sentence says did the deed of "Apakah X yang …?", when that is someone else and
    X alone is what it does not confirm; "" otherwise."""
    cleft = _CLEFT.match(question.text)
    who = (cleft["who"] or cleft["chat_who"]) if cleft else ""
    if cleft is None or not unconfirmed or not set(unconfirmed) <= token_set(who):
        return ""
    who_asked = analyze_question(f"Siapa yang {cleft['deed']}?")
    found = extract_fact(who_asked, best.text, best.article.published, best.previous)
    # (a name tied to the deed's words, not any name of the sentence)
    if found.binding < _CLEFT_BINDING or token_set(found.text) & token_set(who):
        return ""
    return found.text


# How tightly the other doer must be bound to the deed's words.
_CLEFT_BINDING = 0.25


def _premise_of_another_doer(
    question: Question,
    passages: list[Passage],
    best: Sentence,
    doer: str,
    asked: str,
    why: str = "pelakunya orang lain",
) -> Answer:
    """The deed the question gives to one person, which the articles say another did ("Mengapa
    Stoltenberg menolak pengiriman tentara?" where Orban refused): the premise corrected, citing
    the sentence that names who did it; `why` is the trace."""
    statements = (
        f"The question's premise does not match the articles: they say {doer} did it, not {asked}",
        f"Praanggapan pertanyaan ini tidak sesuai dengan artikel: menurut artikel, {doer} yang"
        f" melakukannya, bukan {asked}",
    )
    return _explained(question, passages, best, statements, why)


def _report_close(
    best: Sentence, ranked: list[Sentence], passages: list[Passage]
) -> list[Sentence]:
    """The chosen sentence, the close ones of its report, then the rest of the report."""
    close = [best] + [
        s for s in ranked[:_PREMISE_REACH] if s is not best and s.article.id == best.article.id
    ]
    return [*close, *_report_sentences(best, passages)]


# Words that move a report's time on from the day it gave before
# ("Dua hari kemudian", "keesokan harinya", "days later"; not the same day's "kemudian",
# then: "Zelensky kemudian mendesak …")
_TIME_MOVED_ON = re.compile(
    r"\b(?:[\w-]+\s+(?:hari|minggu|pekan|bulan)\s+kemudian|keesokan(?:\s+harinya)?"
    r"|[\w-]+\s+(?:days?|weeks?|months?)\s+later|the (?:next|following) day)\b",
    re.IGNORECASE,
)


def _dated(sentence: Sentence) -> bool:
    """The sentence gives a day."""
    return any(m.precision == "day" for m in find_dates(sentence.text, sentence.article.published))


def _portfolio_otherwise(
    question: Question, passages: list[Passage], ranked: list[Sentence], best: Sentence
) -> Answer | None:
    """ "Kenapa para menteri luar negeri NATO menyetujui peta jalan …?" against "para menteri
    pertahanan NATO menyetujui peta jalan …" in the answer's report: the question gives the
    deed a sentence tells (by its verb) to a group of the same title with another portfolio, a
    false premise whatever reason or place is given. (Yes/no claims: `check_claim`.)"""
    if question.type == "yesno":
        return None
    verbs = claim_verbs(question, claim(question.text))
    # (a report that never gives the group asked is of another group's doings, whatever its
    # verbs: "Mengapa pertemuan menteri luar negeri NATO diadakan di Brussels?" against the
    # report of a "Sidang Menteri Pertahanan" there)
    group_told = any(
        portfolio_told(question, s.text) for s in _report_close(best, ranked, passages)
    )

    def of_the_deed(sentence: Sentence) -> str:
        # (of the deed asked: the group may well have done another)
        deed_told = bool(verbs & token_set(sentence.text))
        return portfolio_contradicted(question, sentence) if deed_told or not group_told else ""

    return _corrected_by_the_report(
        question, passages, ranked, best, of_the_deed, "menyebut", "jabatannya lain"
    )


def _repeated_but_first(
    question: Question, passages: list[Passage], ranked: list[Sentence], best: Sentence
) -> Answer | None:
    """ "Kenapa Zelensky sering bolak-balik ke markas NATO?" against "Ini adalah kunjungan
    pertamanya …" in the answer's report: the question takes for granted that it happened
    again and again, the report calls it the first. (Yes/no claims: `_first_told`; a place
    in the sequence, "his second visit", `_premise_otherwise`.)"""
    if question.type == "yesno" or claims_a_rank(question):
        return None
    return _corrected_by_the_report(
        question,
        passages,
        ranked,
        best,
        lambda sentence: repetition_contradicted(question, sentence),
        "menyebutnya",
        "bukan berulang",
    )


def _corrected_by_the_report(
    question: Question,
    passages: list[Passage],
    ranked: list[Sentence],
    best: Sentence,
    said_otherwise: Callable[[Sentence], str],
    saying: str,
    why: str,
) -> Answer | None:
    """The premise answered by the first sentence of the answer's report (the answer's own
    first) that says otherwise (`said_otherwise`: what it says, else ""), cited; `saying`: the
    Indonesian verb before it ("menyebut", "menyebutnya")."""
    for sentence in (best, *_report_close(best, ranked, passages)):
        said = said_otherwise(sentence)
        if said:
            statements = (
                f"The question's premise does not match the articles, which say {said}",
                f"Praanggapan pertanyaan ini tidak sesuai dengan artikel, yang {saying} {said}",
            )
            return _explained(question, passages, sentence, statements, why)
    return None


def _speaker_rank(question: Question) -> str:
    """The place in a sequence the question gives its speaker ("diplomat kedua", "the second
    diplomat" -> "2"); "" when it gives none."""
    asked = question.asked or question.text
    ranks = ranked_nouns(asked, english=question.language == "en")
    return next((rank for noun, rank, _ in ranks if noun == question.speaker), "")


def _speaks_as_ranked(speaker: str, rank: str, sentence: Sentence) -> bool:
    """The sentence gives words to the speaker the rank picks: it ranks them so ("seorang
    diplomat kedua memperingatkan bahwa …"), or points back to one the sentence before ranks
    so ('"…," kata diplomat itu'). Any sentence does, where no rank is asked."""
    if not rank:
        return True

    def ranks(text: str) -> bool:
        return any(noun == speaker and at == rank for noun, at, _ in ranked_nouns(text))

    pointed_back = re.search(rf"\b{re.escape(speaker)}\s+(?:itu|tersebut)\b", sentence.text, re.I)
    return ranks(sentence.text) or (pointed_back is not None and ranks(sentence.previous))


def _someone_put_where_claimed(question: Question, ranked: list[Sentence]) -> bool:
    """ "kenapa zelensky ke vilnius": a claim only of being or going somewhere, which a close
    sentence that names everyone it names puts someone at ("Dalam KTT NATO di Vilnius, Zelensky
    …"): another report's trip elsewhere is no other place for it."""
    visited = visit_claimed(question)
    return bool(visited) and any(
        not unsaid_names(question, s)[0] and puts_someone_at(s, visited)
        for s in ranked[:_PREMISE_REACH]
    )


def _premise_otherwise(
    question: Question, passages: list[Passage], ranked: list[Sentence], best: Sentence
) -> Answer | None:
    """The date, city, rank or count a question takes for granted, where the answering sentence
    gives it otherwise (the first found, in that order): "From which city did Zelensky take his
    July 4 call?" answered from a report of 11 October, "Kenapa Zelensky tiba … pada Jumat 13
    Oktober?" (the person, place, number or reason of another event); "Kapan Zelensky berpidato
    … di Brussels?" against "… kepada ribuan orang di Vilnius"; "Mengapa aliansi NATO yang
    beranggotakan 32 negara membentuk …?" against "… beranggotakan 31 negara"; "pada hari
    keberapa …" of "sidang yang berlangsung tiga hari" against "… selama dua hari". A count
    the answering sentence does not give may be given otherwise by another close one of its
    report ("NATO had 32 members at the Vilnius summit — which country was the newest?")."""
    other_date = (
        # (a month too, for a reason or a day asked of a deed put in one: "Mengapa Zelensky
        # mendatangi markas NATO pada Maret 2023?", "Tanggal berapa di bulan Juli para menlu
        # NATO bertemu di Bucharest?")
        date_contradicted(question, best, by_month=question.type in {"mengapa", "kapan"})
        if question.type != "yesno"
        else ""
    )
    if not other_date and question.type not in {"kapan", "yesno"} and not _dated(best):
        # "What did Zelensky ask for when he arrived … on September 11?" against "Ia meminta
        # …", which its report dates before it: "pada Rabu (11/10/2023) tiba di markas NATO"
        # (the date may set a scene the claim leaves out: "… when he arrived on …")
        told = set(question.terms) - set(question.entities)
        earlier = sorted(
            {
                s.start: s for s in _report_close(best, ranked, passages) if s.start < best.start
            }.values(),
            key=lambda s: -s.start,
        )
        # (back to the first that gives a day, not past one that moves the time on: "Dua hari
        # kemudian, Ardi datang …" is dated by no earlier day)
        dating = next((s for s in earlier if _dated(s) or _TIME_MOVED_ON.search(s.text)), None)
        if dating is not None and _dated(dating) and told & token_set(dating.text):
            other_date = date_contradicted(question, dating)
            best = dating if other_date else best
    if other_date:
        said, english, why = other_date, f": they date it {other_date}", "tanggalnya lain"
    elif (
        question.type in {*FACT_TYPES, "mengapa", "apa", "bagaimana"}
        and claims_a_rank(question)
        and (
            ranked_in := next(
                (
                    (s, found)
                    for s in _report_close(best, ranked, passages)
                    if (found := rank_contradicted(question, s))
                ),
                None,
            )
        )
    ):
        # "Why was Zelensky's October 2023 trip … his second visit there?" against "Ini adalah
        # kunjungan pertamanya …": another place in the sequence than the report's
        best, said = ranked_in
        english, why = f", which say “{said}”", "urutannya lain"
    elif (
        question.type not in {"yesno", "di_mana"}
        and (placed := place_contradicted(question, best))
        and not _someone_put_where_claimed(question, ranked)
    ):
        # "Kapan Zelensky berpidato di depan ribuan orang di Brussels?" against "… kepada
        # ribuan orang di Vilnius": the answering sentence puts the deed elsewhere
        said = placed
        english, why = f", which say {english_fact(said)}", "tempatnya lain"
    elif question.type in {*FACT_TYPES, "mengapa", "apa", "bagaimana", "list"} and claims_a_count(
        question
    ):
        # (the report's sentences are read only for a question that takes a count for granted)
        report = _report_close(best, ranked, passages)
        if any(number_stated(question, s) for s in report):
            return None  # the report gives the count asked somewhere: no premise to correct
        counted = ((s, number_contradicted(question, s)) for s in report)
        best, said = next(((s, found) for s, found in counted if found), (best, ""))
        english, why = f", which say {english_fact(said)}", "jumlahnya lain"
    else:
        return None
    if not said:
        return None
    statements = (
        f"The question's premise does not match the articles{english}",
        f"Praanggapan pertanyaan ini tidak sesuai dengan artikel, yang menyebut {said}",
    )
    return _contradicted(question, passages, best, statements, why)


# "Bagaimana cara NATO menetapkan batas waktu …?", "In what way did …": the manner of a deed,
# which has none where the deed was not done (unlike "Bagaimana tanggapan Orban …?", whose
# answer may well be a refusal).
_MANNER_OF_A_DEED = re.compile(r"\b(?:cara(?:nya)?|in what way|by what means)\b", re.IGNORECASE)
# A refusal the question itself asks about, as a noun or an English verb: "alasan di balik
# penolakan Orban atas pengerahan pasukan", "Why is Orban against sending troops?".
_REFUSAL_ASKED = re.compile(
    r"\b(?:penolakan|ditolak|penyangkalan|bantahan|refus(?:e|es|ed|ing|al)|reject(?:s|ed|ing|ion)?"
    r"|keberatan|objections?|oppos(?:e|es|ed|ing)|\b(?:is|are|was|were|be|been|stands?|remains?)\s+(?:[\w'’-]+\s+){0,5}?"
    r"against)\b",
    re.IGNORECASE,
)


def _report_sentences(best: Sentence, passages: list[Passage]) -> list[Sentence]:
    """Every sentence retrieved of the answering sentence's report, citable as it is."""
    return [
        Sentence(
            passage.article,
            passage.chunk.text[span.start : span.end],
            passage.chunk.start + span.start,
            passage.chunk.start + span.end,
            0,
            passage.chunk.text,
            context_start=passage.chunk.start,
        )
        for passage in passages
        if passage.article.id == best.article.id
        for span in split_sentences(passage.chunk.text)
    ]


def _undone(question: Question, passages: list[Passage], best: Sentence) -> Answer | None:
    """A date, place, person, number or reason asked of a deed the evidence reports only as
    undone: "When did Congress pass the latest Ukraine aid budget?" against "anggaran bantuan
    terbaru untuk Ukraina dicabut dari Kongres AS" (withdrawn; whether it was ever passed is
    not said, and the withdrawal's date is not the passing's)."""
    if question.type not in FACT_TYPES | {"mengapa"}:
        return None
    undoing = said_undone(question, best)
    if not undoing:
        return None
    return _closest_says(question, passages, best, undoing, _UNDONE_SAYS, "peristiwanya dibatalkan")


def _denied_closer(
    question: Question, passages: list[Passage], best: Sentence, ranked: list[Sentence]
) -> Answer | None:
    """A date, place, person or number asked of a deed that a close sentence says did not
    happen, when that sentence speaks of the claim more than the chosen one: "When did NATO
    ministers grant Kyiv a Membership Action Plan at the Bucharest meeting?" is not answered
    "2008" from "Pada tahun 2008, KTT NATO … di Bucharest, … setuju bahwa Ukraina pada
    akhirnya akan menjadi anggota" (which grants nothing) when "para pemimpin telah berhenti
    mengambil langkah konkret seperti memberi Kyiv rencana aksi keanggotaan" ranks close.
    (Not when the chosen sentence itself says the claim's deed undenied.)"""
    if question.type not in FACT_TYPES:
        return None
    verbs = claim_verbs(question, claim(question.text))
    if not verbs or verbs & token_set(undenied(best.text)):
        return None
    supported = claim_support(question, best)
    for closer in ranked[1:_PREMISE_REACH]:
        support = claim_support(question, closer)
        if support[0] >= supported[0] and support[1] > supported[1]:
            denied = said_not_to_be(question, passages, closer)
            if denied is not None:
                return denied
    return None


# "di Polandia", "in Poland", "which Polish city" (the adjective read as its country)
# (or visited: "mengunjungi Kyiv", "visit Kyiv" put the visitor there)
_ASKED_PLACE = re.compile(
    rf"\b(?:(?:di|in|at|{VISIT_VERBS})\s+(?:the\s+)?(?!which\b|what\b)"
    r"|(?:which|what)\s+(?=[\w-]+\s+(?:city|town)\b))([\w-]+)",
    re.IGNORECASE,
)


def _places_missing(question: Question, best: Sentence) -> list[str]:
    """Names the question places its answer in ("di kota mana di Polandia", "which city in
    Poland") that the sentence the place is taken from does not mention, by any of its names
    or its capital's ("di Bucharest" lies in Rumania)."""
    named = set(question.entities)
    places = {
        canonical(m.group(1))
        for m in _ASKED_PLACE.finditer(question.text)
        # "di Polandia", chat's "di polandia"; not "at NATO"
        if is_country(m.group(1)[:1].upper() + m.group(1)[1:])
    } & named
    said = token_set(best.text)
    return sorted(
        place for place in places if not {canonical(name) for name in spellings(place)} & said
    )


def _unplaced(question: Question, best: Sentence, passages: list[Passage]) -> list[str]:
    """Places the question sets its event in ("di Bucharest", "in Vilnius") that the chosen
    sentence's article never names in what was retrieved of it (nor in its title): a date from
    there is another event's ("akhir Juni lalu" of a minister's words in another article for
    "When did the foreign ministers meet in Bucharest?")."""
    unsaid = _places_unsaid(question, best, passages)
    if unsaid:
        return unsaid
    return _set_elsewhere(question, best)


@cache
def _topic_place() -> re.Pattern[str]:
    """ "situasi di Ukraina", "perang di Ukraina": a place after a noun of what is talked about
    (`topic_nouns`), the noun captured."""
    nouns = sorted(map(re.escape, topic_nouns()), key=len, reverse=True)
    return re.compile(rf"\b({'|'.join(nouns)})\s+(?:yang\s+\w+\s+)?(?:di|in)\s+[A-Z][\w-]*")


def _without_topic_places(question: Question, text: str) -> str:
    """The text without the places that only say where a topic is, not where its own event
    happens; a topic noun the question asks about itself keeps its place ("Berapa orang tewas
    dalam serangan di Lviv?")."""
    asked = set(re.findall(r"[\w-]+", question.text.lower()))
    return _topic_place().sub(
        lambda found: found.group() if found.group(1).lower() in asked else " ", text
    )


def _set_elsewhere(question: Question, best: Sentence) -> list[str]:
    """The places the question sets its event in when the chosen sentence sets its own event
    in another country or capital and names none of them: "Dalam KTT NATO di Vilnius ...,
    Zelensky mengaku kecewa" gives no reason for a disappointment "pada KTT NATO di
    Washington"."""
    places = _named_places(question.text) & set(question.entities)
    # The article names the place somewhere, but the sentence sets its own event elsewhere:
    # "Dalam KTT NATO di Vilnius pada Selasa kemarin" dates no "KTT NATO di Washington".
    # (only a country or capital is elsewhere: "di Gedung Putih" may well be in Washington)
    # (a place in an order clause is another event's: "perundingan terakhir sebelum pertemuan
    # puncak … di Washington" sets the talks nowhere)
    # (nor does a place that only says what a topic is of: "membicarakan … situasi di Ukraina")
    own_clause = _without_topic_places(question, _ORDER_CLAUSE.sub(" ", best.text))
    elsewhere = {
        place
        for place in _named_places(own_clause) - places
        if is_country(place.title()) or country_of_capital(place)
    }
    near = token_set(f"{best.text} {best.previous}")
    related = {canonical(other.lower()) for place in places for other in same_country(place)}
    if elsewhere and not places & near and not elsewhere & related:
        return sorted(places)
    return []


# A relative clause that goes on about the event an order clause named: ", di mana …".
_OF_THAT_EVENT = re.compile(r"\s*,\s*(?:di mana|dimana|where|tempat)\b[^,;.]*", re.IGNORECASE)


def _capital_elsewhere(question: Question, best: Sentence, passages: list[Passage]) -> list[str]:
    """The capitals the question sets its event in when the sentence's article sets nothing
    there and its own events at another capital: "Mengapa pertemuan menlu NATO November 2022
    digelar di Warsawa?" is not answered from the report of the meeting in Bucharest, nor
    "What did they discuss when they met in Kyiv?" from talks set in Vilnius ("bantuan bagi
    Kyiv" sets nothing there). What came before or after is another event's: "… sebelum
    pertemuan puncak … di Washington bulan depan" sets no June meeting in Washington."""
    # (as typed too: a capital no article names reads as its country, `with_known_places`,
    # which a report may name in passing)
    capitals = {
        place
        for place in (_named_places(question.text) & set(question.entities))
        | _named_places(question.asked)
        if country_of_capital(place)
    }
    if not capitals or capitals & _places_set_at(
        _ORDER_CLAUSE.sub(" ", f"{best.previous} {best.text}").lower()
    ):
        return []
    # (with what a relative clause right after it tells of that event: "…, di mana para
    # pemimpin diperkirakan akan mengumumkan …")
    other_event = " ".join(
        m.group() + " " + (relative.group() if relative else "")
        for m in _ORDER_CLAUSE.finditer(best.text)
        for relative in [_OF_THAT_EVENT.match(best.text, m.end())]
    )
    # (what makes it that event: any meeting is a "pertemuan", a "sidang" too, and a month
    # dates both)
    telling = set(question.terms) - capitals - ASKING_WORDS - CALENDAR_WORDS
    telling -= token_set("pertemuan")
    if capitals & token_set(other_event) and telling & token_set(other_event):
        # the question's event is the one the sentence's order clause names there ("… sebelum
        # pertemuan puncak … di Washington bulan depan, di mana para pemimpin …" for "Apa
        # yang akan diumumkan di pertemuan puncak di Washington?"), not the sentence's own
        return []
    _, lowered = _article_words(best, passages)
    own_events = _ORDER_CLAUSE.sub(" ", lowered)
    set_at = _places_set_at(own_events)
    # (where the report was filed is where its events are: "BUCHAREST (Reuters) -")
    if best.article.dateline:
        set_at.add(canonical(best.article.dateline.lower()))
    unset = {place for place in capitals if not set_at & {canonical(n) for n in spellings(place)}}
    others = {place for place in set_at - capitals if country_of_capital(place)}
    related = {canonical(o.lower()) for place in capitals for o in same_country(place)}
    return sorted(unset) if others - related else []


# "... tahun 2022", "in 2022", "pada 2022": the year the question sets its event in; not the
# year of a report it points to ("menurut berita Juni 2024", "per Juni 2024").
# A month before the year counts too ("the June 2024 meeting", "rapat Juni 2024") unless a
# report is what it dates ("menurut berita Juni 2024", "per Juni 2024", "as of June 2024").
_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
_EVENT_YEAR = re.compile(
    rf"\b(?:(sejak|setelah|sesudah|sebelum|since|after|before|berita|artikel|laporan|per"
    rf"|report|article|as of)\s+)?(?:tahun|pada|in|of|{_MONTH_WORDS})\s+({YEAR.pattern})",
    re.IGNORECASE,
)


# "… 15 tahun setelah KTT Bucharest 2008": the year of the event the question is anchored to.
_ANCHOR_CLAUSE = re.compile(rf"\b(?:{order_words()})\s+[^,;?]*", re.IGNORECASE)


# "… habis dari markas nato oktober 2023", "before the June 2024 meeting": the side of a dated
# event the asked deed lies on (`premises.order_words`, with chat's "habis"/"abis" for after).
_CHAT_AFTER = ("habis", "abis")
_DATED_ANCHOR = re.compile(
    rf"\b(?P<side>{order_words()}|{'|'.join(_CHAT_AFTER)})\b(?P<clause>[^,;?]*)", re.IGNORECASE
)


def _last_day(mention: DateMention) -> dt.date:
    """The last day of the period a date mention names (its day, month or year)."""
    if mention.precision == "day":
        return mention.date
    if mention.precision == "month":
        next_month = mention.date.replace(day=28) + dt.timedelta(days=4)
        return next_month.replace(day=1) - dt.timedelta(days=1)
    return mention.date.replace(month=12, day=31)


def _dated_on_the_wrong_side(question: Question, best: Sentence) -> str:
    """ "kapan zelensky ketemu biden abis dari markas nato oktober 2023" is not answered with a
    date in July 2023: the question puts the deed after (or before) a month or year it names,
    and the answer's date lies on the other side of it. Returns the question's anchor as
    written, or ""."""
    answer = find_dates(best.fact)
    for found in _DATED_ANCHOR.finditer(question.text):
        anchors = find_dates(found.group("clause"))
        if not anchors or not answer:
            continue
        anchor, told = anchors[-1], answer[0]
        side = found.group("side").lower()
        after = side in _CHAT_AFTER or order_side(side) == "after"
        # (a year or month told lies wholly on one side only: "2018" is not before Feb 2018)
        if (after and _last_day(told) < anchor.date) or (
            not after and told.date > _last_day(anchor)
        ):
            return f"{found.group('side')}{found.group('clause')}".strip()
    return ""


# A deed told of a noun in a relative clause ("Istana Parlemen …, yang dibangun di bawah
# diktator …"), up to the next clause ("yang digulingkan …") or the clause's end.
_RELATIVE_DEED = re.compile(
    r"\byang\s+(?:(?:akan|telah|sudah|baru|pernah|sedang|tengah)\s+)?([\w-]+)"
    r"((?:(?!\byang\b)[^,;:()])*)",
    re.IGNORECASE,
)


def _set_date_unsaid(question: Question, best: Sentence) -> list[str]:
    """ "What date did NATO set for Ukraine to join?", "ktt vilnius nentuin tgl brp ukraina
    gabung": a date someone set asked for, where the sentence (with the one before) says no
    date was set, scheduled or made a deadline outside a denial ("NATO tidak memberikan batas
    waktu", dated by the summit's "Selasa kemarin"). The question's setting verbs, if so."""
    # (the main clause's, undenied: "Hari apa Zelensky kecewa lantaran NATO tak menetapkan
    # tenggat?" asks no date set)
    subordinate = _SUBORDINATE.search(question.text)
    main = question.text[: subordinate.start()] if subordinate else question.text
    words = re.findall(r"[\w'’-]+", outside_denials(main))
    setting = [
        w
        for w in words
        if (question.language == "en" and w.lower() in _SETTING_EN)
        or (is_verb_form(w) and canonical(stem(w.lower())) in _SETTING)
    ]
    # (a date asked as what was set: "When was the council set up?", "Kapan NATO menentukan
    # sikap?" ask when something else happened)
    if not setting or not {w.lower() for w in words} & _DATE_NOUNS:
        return []
    said = re.findall(r"[\w'’-]+", f"{outside_denials(best.previous)} {outside_denials(best.text)}")
    # (as verbs: the adverb "tetap", "still", sets nothing)
    set_said = any(
        (is_verb_form(w) and canonical(stem(w.lower())) in _SETTING)
        or canonical(stem(w.lower())) in _SET_DATE_SAID
        for w in said
    )
    return [] if set_said else setting


# Verbs that set a date ("menetapkan", "menentukan", "set"), and the words that say one was
# set ("dijadwalkan", "batas waktu", "tenggat", "target").
_SETTING = frozenset({"tetap", "tentu"})
_SETTING_EN = frozenset({"set", "fixed"})
_SET_DATE_SAID = frozenset({"jadwal", "batas", "tenggat", "target"})
# The nouns that ask a date as what was set: "tanggal berapa", "what date", "batas waktu".
_DATE_NOUNS = frozenset({"tanggal", "tgl", "batas", "tenggat", "date", "deadline", "day"})


# Coming somewhere, as asked: "tiba", "datang", a visit (the sentence may tell it by being there).
_COMING = token_set("tiba datang mengunjungi")


def _arrival_undated(question: Question, best: Sentence) -> list[str]:
    """ "Kapan Zelensky tiba di Bucharest untuk menghadiri pertemuan …?", "When did Stoltenberg
    come to Kyiv to hand over the aid?": a coming is dated only by a sentence that tells
    someone coming, visiting or being there; the date of the meeting it was for is not when
    anyone arrived. [] when the question's first deed is no coming, or the sentence (or the one
    before it) tells one; else the word of the coming asked."""
    clause = _main_deed_clause(question)
    text = glossed(clause) if question.language == "en" else clause
    for word in re.findall(r"[\w-]+", text):
        if token_set(word) & _COMING:
            told = token_set(f"{best.previous} {best.text}") & _BEING_THERE
            return [] if told else [word]
        if is_verb_form(word.lower()):
            return []  # the first deed is another: "Kapan X bertemu Y yang datang …?"
    return []


def _dated_deed_elsewhere(question: Question, best: Sentence) -> list[str]:
    """The deed asked when of, when the sentence tells it only in a relative clause that holds
    no date ("Kapan Istana Parlemen dibangun?" against "Pada tahun 2008, KTT NATO di Istana
    Parlemen …, yang dibangun di bawah diktator … yang digulingkan pada tahun 1989, …"): the
    sentence's dates are other deeds' (the summit's, the fall's). [] when it is dated there,
    or told elsewhere in the sentence too."""
    deed = deed_words(question, _main_deed_clause(question))
    text = best.text
    told = [m for m in re.finditer(r"[\w-]+", text) if canonical(stem(m.group().lower())) in deed]
    if not deed or not told:
        return []
    # (a relative clause's deed is a verb: "Istana Parlemen yang sama" tells no deed "sama")
    relative = [
        m
        for m in _RELATIVE_DEED.finditer(text)
        if canonical(stem(m.group(1).lower())) in deed and is_verb_form(m.group(1).lower())
    ]
    in_relative = [any(r.start(1) == t.start() for r in relative) for t in told]
    if not all(in_relative):
        return []
    # (to the next clause or the sentence's end, through commas: "yang diresmikan Presiden,
    # Selasa (11/7/2023), memangkas …")
    clauses = (re.split(r"\byang\b", text[r.start(2) :], maxsplit=1)[0] for r in relative)
    if any(find_dates(clause, best.article.published) for clause in clauses):
        return []
    return sorted(deed)


# '"…," kata Stoltenberg akhir April lalu': the attribution after a closing quote.
_ATTRIBUTION = re.compile(rf"[”\"’']\s*,?\s*(?:{SAID_BEFORE_SPEAKER})(?:nya)?\b.*$", re.I | re.S)


def _saying_dated_deed(question: Question) -> set[str]:
    """The deed a when-question asks the date of, by its verbs (a call, "Kapan Kuleba
    menyerukan kepastian …?", is dated by its words), else its clause's other words."""
    return claim_verbs(question, claim(question.text)) or deed_words(
        question, _main_deed_clause(question)
    )


def _dated_by_the_saying(question: Question, best: Sentence) -> list[str]:
    """The answer's date when only the attribution after a quote gives it and the deed asked
    is in the quote: it dates the words, not the deed ("Kapan NATO setuju Ukraina akan menjadi
    anggota?" against '"Semua anggota NATO telah setuju Ukraina akan menjadi anggota," kata
    Stoltenberg akhir April lalu'). Not when the words are what is asked ("Kapan Stoltenberg
    mengatakan …?")."""
    if question.type != "kapan" or question.asks_words or not best.fact:
        return []
    if question.unknown_terms:
        # a word no article uses may be the saying itself ("menyerukan" for '"…," ucap
        # Kuleba'): what is dated is then not known
        return []
    attribution = _ATTRIBUTION.search(best.text)
    if attribution is None:
        return []
    quote = best.text[: attribution.start()]
    deed = _saying_dated_deed(question)
    answered = {m.iso() for m in find_dates(best.fact, best.article.published)}
    in_quote = {m.iso() for m in find_dates(quote, best.article.published)}
    in_attribution = {m.iso() for m in find_dates(attribution.group(), best.article.published)}
    if deed & token_set(quote) and answered & in_attribution and not answered & in_quote:
        return [best.fact]
    return []


# "… sebelum pertemuan puncak … di Washington bulan depan": what an order word opens, to the
# clause's end.
_ORDER_CLAUSE = re.compile(rf"\b(?:{order_words()})\s+([^,;.]+)", re.IGNORECASE)


def _dated_in_order_clause(question: Question, best: Sentence) -> str:
    """The clause that holds the answer's date when an order word opens it ("Pertemuan
    tersebut merupakan perundingan terakhir sebelum pertemuan puncak … bulan depan"): the date
    is of the event the clause names, not of what the sentence says happened before or after
    it. "" when the question itself orders its deed so ("Kapan … sebelum KTT?") or the date
    stands outside such a clause."""
    asked = question.text if question.language == "id" else glossed(question.text)
    if _ANCHOR_CLAUSE.search(asked):
        return ""
    answer = find_dates(best.fact)
    told = [
        m
        for m in find_dates(best.text, best.article.published)
        if answer and m.date == answer[0].date
    ]
    asked_words = set(question.terms) - ASKING_WORDS
    for clause in _ORDER_CLAUSE.finditer(best.text):
        if not told or not all(clause.start(1) <= m.start and m.end <= clause.end(1) for m in told):
            continue
        # (a clause of the date alone names no other event: "… yang terjadi sejak Februari
        # tahun lalu")
        dates = find_dates(clause.group(1), best.article.published)
        if not analyze(without_spans(clause.group(1), [(m.start, m.end) for m in dates])):
            continue
        # (unless the clause's event is the one asked: "Kapan KTT di Washington …?" against
        # "… sebelum pertemuan puncak … di Washington bulan depan")
        rest = best.text[: clause.start()] + best.text[clause.end() :]
        if len(asked_words & token_set(clause.group(1))) <= len(asked_words & token_set(rest)):
            return clause.group(0).strip()
    for clause in _ORDER_CLAUSE.finditer(best.text):
        # ... nor, the other way round, of a deed the question asks that only such a clause
        # tells, the date standing outside it ("… pada pertemuan pada Selasa (29 November),
        # setelah presiden Ukraina mengatakan … karena serangan Rusia di infrastruktur" dates
        # the meeting, not the attacks of "Kapan Rusia menyerang infrastruktur Ukraina?")
        if not told or any(clause.start(1) <= m.start < clause.end(1) for m in told):
            continue
        rest = best.text[: clause.start()] + best.text[clause.end() :]
        inside = asked_words & token_set(clause.group(1)) - token_set(rest)
        if inside and not (asked_words - set(question.entities)) & token_set(rest) - inside:
            return clause.group(0).strip()
    return ""


def _years_of_a_meeting(text: str) -> set[str]:
    """ "ktt nato 2024 di kota mana", "the 2024 summit": a year next to a meeting's word (a
    name may stand between) dates that meeting, as "tahun 2024" does."""
    words = re.findall(r"[\w-]+", text)
    return {
        word
        for at, word in enumerate(words)
        if YEAR.fullmatch(word)
        and any(is_event_word(near) for near in words[max(0, at - 3) : at] + words[at + 1 : at + 3])
    }


def _of_another_year(question: Question, best: Sentence) -> list[str]:
    """The years the question sets its event in when the evidence is of another: a sentence
    naming years that are all others ("Pada tahun 2008, KTT NATO ..." for "keputusan KTT
    tahun 2022"; "Dalam KTT NATO di Vilnius pada Selasa (11/7/2023)" for "ktt nato 2024 di
    kota mana"), or naming none in a report published in another year ("Zelensky tiba di
    markas NATO" of October 2023 for "ke markas NATO tahun 2022 ngapain"). Yes/no questions
    check their dates against the evidence themselves (`claims.check_claim`)."""
    if question.type == "yesno":
        return []
    # ("setelah tahun 2014", "since 2008" bound a period; they name no year of the event; nor
    # does "berita Juni 2024", a report's)
    # (not the year of the event it is after, nor of the report it cites)
    own = REPORT_CITED.sub(" ", _ANCHOR_CLAUSE.sub(" ", question.text))
    asked = {m.group(2) for m in _EVENT_YEAR.finditer(own) if not m.group(1)}
    asked |= _years_of_a_meeting(own)
    if not asked:
        return []
    # Any year the question names may be the evidence's: "rapat di bucharest 2022 sama pas
    # zelensky ke markas nato oktober 2023" asks of two events.
    named = years(own)
    said = years(f"{best.previous} {best.text}")
    if said:
        return [] if named & said else sorted(asked)
    published = best.article.published
    if published is None or str(published.year) in named:
        return []
    return sorted(asked)


# Words that open a clause under the question's own: what comes after them is a condition, a
# topic or a cause of the deed asked about, not the deed. (Not "bahwa"/"that": what someone
# said is asked in the clause after it, "How long did he say that support would last?"; nor
# "after"/"setelah": "According to the report on the call before Vilnius, in what year …"
# frames the question with one.)
_SUBORDINATE = re.compile(
    r"\b(?:kalau|kalo|jika|jikalau|bila|apabila|soal|tentang|mengenai|terkait|karena|lantaran"
    r"|if|about|regarding|concerning|because|whether)\b",
    re.IGNORECASE,
)


# What opens a clause that only sets the scene of a why-question's deed ("saat ia berkunjung").
_SCENE = re.compile(
    r"\b(?:saat|ketika|sewaktu|setelah|sesudah|sebelum|selama|pas|usai"
    r"|when|while|after|before|during)\b",
    re.IGNORECASE,
)


# Where a question names the report it asks of ("…, menurut berita kunjungan Zelensky"): its
# source, whose words are no part of the deed asked.
_REPORT_SOURCE = re.compile(
    r"\b(?:menurut|dalam|di|according\s+to|in)\s+(?:the\s+)?"
    r"(?:berita|laporan|artikel|kabar|report|article|news|story)\b",
    re.IGNORECASE,
)


def _main_deed_clause(question: Question) -> str:
    """The question up to its first subordinate or scene-setting clause, or the report it
    names as its source: where its deed is (in the sentence that asks: "The palace was built
    under a dictator. When was he overthrown?")."""
    text = asked_sentence(question.text)
    # (not the asking word itself: "When was … built?")
    found = (_SUBORDINATE.search(text, 1), _SCENE.search(text, 1), _REPORT_SOURCE.search(text, 1))
    cuts = [m.start() for m in found if m]
    return text[: min(cuts)] if cuts else text


def _says_deed(deed: set[str], sentence: Sentence, asked_denied: bool, question: Question) -> bool:
    """The sentence (or the one before it) says the deed, not only rules it out ("Mengapa
    Hongaria memveto …?" against "berjanji tidak akan memveto"), unless the question denies
    it too (`asked_denied`), or only as a purpose, unless the question asks it as one."""
    text = f"{sentence.previous}. {sentence.text}"
    said = token_set(text if asked_denied else undenied(text))
    # (a deed the question reports someone calling needed, "bilang dukungan harus diperkuat",
    # is an aim: a purpose says it)
    aim_reported = _NEEDED.search(question.text) and _SAID_THAT.search(question.text)
    if not _REPORTED_REQUEST.search(text) and not aim_reported:
        # a deed said only as a purpose was not done: "bergerilya … agar mereka dapat
        # diterima" gives no reason for "Mengapa Ukraina diterima …?" (but what someone was
        # told to do, "mengatakan kepada warga untuk bersiap", is the deed asked about)
        # (unless it is the purpose the question gives its deed too: "Mengapa mereka bekerja
        # memperkuat dukungan?" asks of "bekerja untuk memperkuat dukungan")
        said -= only_in_purposes(text, frozenset(question.terms) - set(question.entities))
    return bool(deed & said)


# A deed asked as needed or wanted done ("harus diperkuat", "perlu dikuatkan"): an aim.
_NEEDED = re.compile(r"\b(?:harus|hrs|perlu|mesti|wajib|need(?:s|ed)? to|must|should)\b", re.I)
# A verb that reports what someone said, its content after it: "Mengapa X mengatakan dukungan …
# akan berakhir?", "Why did X say …?" (not a promise or a message, which are deeds of their own).
_SAID_THAT = re.compile(
    r"\b(?:mengatakan|bilang|berkata|menyatakan|menyebut|ngomong|say|says|said|claim(?:s|ed)?)\b",
    re.IGNORECASE,
)
# "Why did Zelensky tell Ukrainians to brace …", "kenapa dia bilang warga harus siap": the
# saying reports a request, whose reason the narrative gives, not the speaker's other words.
# (not "for" a name: "mengatakan dukungan NATO untuk Ukraina akan berakhir" requests nothing)
_REPORTED_REQUEST = re.compile(
    r"\b(?:tell|told|telling|bilang|mengatakan|menyuruh|meminta|minta)\b(?:\s+[\w-]+){0,2}"
    r"\s+(?:to|untuk|harus|hrs|agar|supaya)\b(?!\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
# "… terjadi tak lama setelah peristiwa apa?", "came shortly after what development?": what an
# event came after (or before) is asked.
_ORDER_OF_WHAT = re.compile(
    rf"\b({order_words()})\s+(?:[\w-]+\s+)?(?:apa|what|which)\b(?:\s+[\w-]+)?", re.I
)


def _what_it_followed(question: Question, ranked: list[Sentence]) -> list[Sentence]:
    """For "… setelah apa?": a close sentence that says the asked event came after something
    ("Perbincangan ini terjadi tak lama setelah Stoltenberg resmi memperpanjang …") goes
    first, with that something as its fact."""
    asked = _ORDER_OF_WHAT.search(question.text)
    if asked is None:
        return ranked
    words = order_words(order_side(asked.group(1)))
    for sentence in ranked[:_PREMISE_REACH]:
        # (up to the clause's end: "… sebelum pertemuan puncak … di Washington bulan depan, di
        # mana …")
        ordered = re.search(rf"\b(?:{words})\s+([^,;]+?)\s*(?:[,;]|[.!?]?$)", sentence.text, re.I)
        if ordered and sentence.coverage > 0:
            first = replace(sentence, fact=ordered.group(1))
            return [first, *(s for s in ranked if s is not sentence)]
    return ranked


# "Apa yang dilakukan Zelensky setelah pidato …?", chat's "habis pidato … ngapain": what came
# after an event the question names (its first few words).
_AFTER_ASKED = re.compile(
    rf"\b(?:{order_words('after')}|habis|abis)\s+((?:[\w'’-]+\s*){{1,4}})", re.IGNORECASE
)
# (a deed asked: "apa yang dilakukan", "ngapain" (normalised "melakukan apa"), "what did X do";
# or what happened: "apa yang terjadi", "what happened")
_DEED_ASKED = re.compile(
    r"\b(?:di|me)?lakukan\b|\bngapain\b|\bdid\b.*\bdo\b|\bterjadi\b|\bhappen(?:ed|s)?\b",
    re.IGNORECASE,
)


def _what_followed_it(question: Question, ranked: list[Sentence]) -> list[Sentence]:
    """For "Apa yang dilakukan X setelah pidatonya?": a close sentence that tells its deed
    after that event in so many words ("Usai pidato tersebut, Zelensky beralih ke bahasa yang
    lebih lembut …") goes first, not the sentence of the event itself."""
    asked = _AFTER_ASKED.search(question.text)
    if asked is None or not _DEED_ASKED.search(question.text):
        return ranked
    phrase = glossed(asked.group(1)) if question.language == "en" else asked.group(1)
    if _DEED_ASKED.match(phrase) or phrase.lower().startswith(("apa", "ngapain")):
        return ranked  # "stoltenberg abis ngapain …": "just did what", no event after
    # (nor a word that only vouches for it, "resmi": "setelah Ukraina resmi menjadi anggota"
    # is not "setelah Stoltenberg resmi memperpanjang masa jabatannya")
    vouching = {canonical(stem(word.lower())) for word in done_words(phrase)}
    anchor = token_set(phrase) - set(question.entities) - ASKING_WORDS - vouching
    for sentence in ranked[:_HEAD_DEPTH]:
        told = _TOLD_AFTER.search(sentence.text)
        if told is None or not anchor & token_set(told.group(1)):
            continue
        rest = sentence.text[: told.start()] + sentence.text[told.end() :]
        if not anchor & token_set(rest):
            # (what was done is the rest: "Zelensky beralih ke bahasa yang lebih lembut …")
            first = replace(sentence, fact=" ".join(rest.split()).strip(" ,.;"))
            return [first, *(s for s in ranked if s is not sentence)]
    return ranked


# Whom words are said to: "kata X kepada Y", "bilang apa ke Y", "what did X tell Y".
_ADDRESSED = re.compile(
    r"\b(?:kepada|ke|sama|to|tell|told|promised?|send|sent|di (?:hadapan|depan)|in front of)"
    r"\s+(?:the\s+)?(?P<name>[\w-]+)",
    re.IGNORECASE,
)
# Where what the words were about begins ("… ke rusia soal dukungan nato ke ukraina"): a name
# after it is the topic's, not whom the words were said to.
# (or where the question goes on to when: "saat berkunjung ke Kyiv" names where he went)
_TOPIC_BEGINS = re.compile(rf"\b(?:{TOPIC_MARKERS}|{WHEN_MARKERS})\b", re.IGNORECASE)


def _addressees(question: Question) -> set[str]:
    """Whom the question says the words were said to (a word of the question, not the
    speaker)."""
    said = _TOPIC_BEGINS.split(question.text, maxsplit=1)[0]
    found = [m.group("name") for m in _ADDRESSED.finditer(said)]
    if question.language == "en":
        # ("tell the crowd": the articles' word for it, as the terms have it)
        found += [translate_terms(name) for name in found]
    named = {canonical(t) for name in found for t in analyze(name)}
    asked = {*question.entities, *question.terms}
    return {name for name in named if name in asked and name != question.speaker}


def _told_to(addressees: set[str], sentence: Sentence) -> bool:
    """The sentence gives its words to one of them ("ujar Stoltenberg kepada Zelensky"), or
    goes on with words the sentence before sent them ("… mengirim pesan kepada Rusia." then
    '"…," ucapnya')."""
    texts = [sentence.text]
    if continues_the_previous(sentence):
        texts += earlier_sentences(sentence)[:1]
    # (a capital stands for its country's government and back: "ke Moskow" is "kepada Rusia";
    # a crowd is any crowd: "di hadapan massa" is "kepada ribuan orang")
    names = {other for name in addressees for other in (name, *same_country(name))}
    if names & _CROWDS:
        names |= _CROWDS
    return any(
        re.search(rf"\bkepada\s+(?:\w+\s+){{0,3}}{re.escape(name)}\b", text, re.I)
        for name in names
        for text in texts
    )


_CROWDS = person_nouns("crowds")
_PRONOUN = re.compile(r"\b(?:he|she|they|him|her|them|dia|ia|beliau|mereka)\b", re.IGNORECASE)


def _main_clause_terms(question: Question) -> frozenset[str]:
    """ "When did the Kremlin issue its ultimatum about Ukraine joining NATO?": the terms of the
    clause before the first subordinate one ("Kremlin", "ultimatum"), without asking words;
    empty when the question has no such clause. A date, number, place or reason is the main
    deed's: a sentence that says only the subordinate clause ("NATO sudah setuju Ukraina
    bergabung pada 2018") dates another deed. (A person is asked for by the deed's doer, whom
    the sentence may name by another verb: "siapa yg ngumumin soal itu" -> "kata Stoltenberg".)"""
    found = _SUBORDINATE.search(question.text)
    if found is None:
        return frozenset()
    head = question.text[: found.start()]
    if _PRONOUN.search(head):
        return frozenset()  # a follow-up's doer is the previous turn's, whom the head lacks
    words = translate_terms(head) + " " + head if question.language == "en" else head
    return frozenset(canonical(t) for t in analyze(words)) & set(question.terms) - ASKING_WORDS


def _dictionary_word(word: str) -> bool:
    """A word of either language's dictionary or a region ("middle", "timur"): no person's
    name."""
    return is_english_word(word) or is_indonesian_word(word) or is_region(word)


def _asked_names(question: Question) -> list[list[str]]:
    """The question's names of people and bodies, one list per name ("Jens Stoltenberg"):
    not places, not acronyms such as "KTT" (an article may write them out)."""
    return [
        name
        for name in name_groups(question.text, set(question.entities))
        if not _is_place_or_acronym(question.text, " ".join(name))
    ]


# "Mengapa Hongaria …", "Why was Hungary …", "Kapan Polandia menjadi tuan rumah …": the
# country a why- or when-question opens with is whose deed is asked, not a place.
_OPENING_DOER = re.compile(
    r"^\W*(?:mengapa|kenapa|knp|why|kapan|when)\s+"
    r"(?:(?:is|was|were|did|does|do|has|have|had|would|will)\s+)?(?:the\s+)?([\w-]+)",
    re.IGNORECASE,
)


def _country_opening_asked(question: Question) -> list[list[str]]:
    """That country, as a name of `_asked_names`'s kind; none for any other question."""
    opening = _OPENING_DOER.match(question.text) if question.type in {"mengapa", "kapan"} else None
    if opening is None or not is_country(opening.group(1).title()):
        return []
    return [[canonical(opening.group(1).lower())]]


def _is_place_or_acronym(text: str, name: str) -> bool:
    match = re.search(rf"\b{re.escape(name)}\b", text, re.IGNORECASE)
    return (
        (match is not None and match.group().isupper())
        or is_country(name.title())
        or bool(same_country(name))
    )


def _article_words(sentence: Sentence, passages: list[Passage]) -> tuple[frozenset[str], str]:
    """What the sentence's article says as retrieved, with its title: analysed words and lower
    case text. The article's part is joined the same way for each of its sentences, so its
    analysed words come from `token_set`'s cache after the first."""
    # (the title ends with a full stop: a clause read from the text must not run into it)
    # (with the text just before each passage: "Ia juga mendesak …" opens a passage whose
    # "Ia", Stoltenberg, the chunk before names)
    article = " ".join(
        [f"{sentence.article.title}."]
        + [f"{p.lead_in} {p.chunk.text}" for p in passages if p.article.id == sentence.article.id]
    )
    words = token_set(article) | token_set(sentence.previous) | token_set(sentence.text)
    return words, f"{article} {sentence.previous} {sentence.text}".lower()


def _persons_unsaid(question: Question, sentence: Sentence) -> list[str]:
    """The question's persons (those the passages give an office) the sentence does not name,
    with the one before it, nor by that office."""
    persons = {surname for surname, _ in question.offices}
    missing, _ = unsaid_names(question, sentence)
    return [word for name in missing for word in name if word in persons]


def _names_absent(names: list[list[str]], sentence: Sentence, passages: list[Passage]) -> list[str]:
    """The names (`_asked_names`) the sentence's article never mentions; a name of several
    words is mentioned by any of them."""
    said, lowered = _article_words(sentence, passages)
    # (or by the office the passages give the person: "presiden Ukraina" for Zelensky)
    holding = passage_holders(tuple(p.chunk.text for p in passages))
    return [
        " ".join(name)
        for name in names
        if not any(word in said or re.search(rf"\b{re.escape(word)}", lowered) for word in name)
        and not any(h.surname in name and office_written(h.office, lowered, name) for h in holding)
    ]


# Where a text sets something: "di/ke Kyiv", "in/at/to Kyiv", with the country a town is
# given with ("di Rzeszow, Polandia"). Not "dari Washington": what comes from a capital (arms,
# support) sets nothing there.
_SET_AT = re.compile(r"\b(?:di|ke|in|at|to)\s+(?:the\s+)?([\w-]+)(?:,\s+([\w-]+))?", re.IGNORECASE)


# How near an office word a country must stand to be the office's ("menlu Rumania", "the US
# defence secretary", "Romania's foreign minister").
_OFFICE_REACH = 30


def _office_country_unsaid(question: Question, best: Sentence) -> list[str]:
    """The country of the office a who-question asks for ("Siapa menteri pertahanan AS …?"),
    when the sentence (with the one before it) names it in none of its forms. A country after
    "di/ke/dari" is where, not whose."""
    office = asked_office(question)
    if not office:
        return []
    text = question.text
    spots = [
        word.start()
        for word in re.finditer(r"[\w-]+", text)
        if word.group().lower() == office[0]
        or (question.language == "en" and office[0] in indonesian_for(word.group().lower()))
    ]
    countries = [
        m.group()
        for m in place_pattern().finditer(text)
        # (as written: "as" is a word, "AS" the country; chat writes all in lower case, in
        # English too: "who was the ukraina defence minister", where "as"/"us" stay words)
        if (
            m.group()[:1].isupper()
            or (
                question.asked.islower()
                and not (question.language == "en" and m.group().lower() in {"as", "us"})
            )
        )
        and (is_country(m.group().title()) or country_of_capital(m.group()))
        # (nor after the place it is the country of: "di Vilnius, Lituania")
        and not re.search(
            r"\b(?:di|ke|dari|in|at|to|from)\s+(?:[\w-]+,\s*)?$", text[: m.start()], re.I
        )
        and any(abs(m.start() - spot) <= _OFFICE_REACH for spot in spots)
    ]
    said = f"{best.previous} {best.text}".lower()
    return [
        country
        for country in countries
        if not any(
            re.search(rf"\b{re.escape(form.lower())}\b", said)
            for form in {*spellings(country), *same_country(country)}
        )
    ]


def _places_unsaid(question: Question, best: Sentence, passages: list[Passage]) -> list[str]:
    """The places the question sets its event in that the chosen sentence's article never
    names in what was retrieved of it, nor in its title. A capital must be one the article sets
    something at ("di Kyiv", "ke Kiev"): "bantuan untuk Kyiv" sets no meeting in Kyiv ("When did
    the ministers meet in Kyiv?"); a country is named by any of its names or its capital's."""
    places = _named_places(question.text) & set(question.entities)
    if not places:
        return []
    said, lowered = _article_words(best, passages)
    set_at = _places_set_at(lowered)
    return sorted(
        place
        for place in places
        if (
            not set_at & {canonical(name) for name in spellings(place)}
            if country_of_capital(place)
            # a country is often what the report is about ("bantuan … di Ukraina"), not where
            # it happens: any of its names, or its capital's, will do
            else not said & {canonical(name) for name in spellings(place)}
        )
    )


def _places_set_at(lowered: str) -> set[str]:
    """The places a text sets something at: "di Bucharest", "ke Kiev", "in Vilnius", and a
    meeting named by its city ("KTT NATO Vilnius")."""
    set_at = {canonical(name) for m in _SET_AT.finditer(lowered) for name in m.groups() if name}
    return set_at | {
        canonical(m.group(1).lower())
        for pattern in _MEETING_NAMED
        for m in pattern.finditer(lowered)
    }


def _said_at_another_time(question: Question, best: Sentence) -> list[str]:
    """ "kuleba ngomong apa pas ktt vilnius?" against '"…," kata Kuleba akhir Juni lalu': words
    the sentence dates itself and sets nowhere the question does were said at that other time,
    whatever the report is about. (Only words: a report of the meeting dates the meeting,
    "akan meminta sekutu … pada pertemuan pada Selasa (29 November)".)"""
    places = _named_places(question.text) & set(question.entities)
    # (words given to whom the question asks of, or dated in the attribution after a quote:
    # '"…," kata Kuleba akhir Juni lalu')
    attribution = _ATTRIBUTION.search(best.text)
    words = (best.attributed and best.text) or (attribution.group() if attribution else "")
    if not places or not words or not find_dates(words, best.article.published):
        return []
    said = token_set(f"{best.previous} {best.text}")
    return sorted(p for p in places if not said & {canonical(n) for n in spellings(p)})


# A meeting named by its city, before or after it: "the Washington NATO summit", "KTT NATO
# Vilnius" (two patterns: one match must not swallow the other's meeting word).
_MEETING_NAMED = (
    re.compile(r"\b([\w-]+)\s+(?:NATO\s+)?(?:summit|meeting|talks|conference|ktt)\b", re.I),
    re.compile(r"\b(?:ktt|summit|konferensi|pertemuan|rapat|sidang)\s+(?:NATO\s+)?([\w-]+)", re.I),
)


# A meeting named after an order word is the time the question is anchored to, not where its
# event happens: "When did Zelensky visit NATO headquarters after the Vilnius summit?".
_ANCHOR_BEFORE = re.compile(
    rf"\b(?:{order_words()})\s+(?:the\s+)?(?:(?:KTT|NATO)\s+){{0,2}}$", re.IGNORECASE
)


def _named_places(text: str) -> set[str]:
    """The names a text puts something at ("di Bucharest", "in Vilnius"): capitalised, and not
    an acronym ("di KTT", "at NATO"); in chat lower case, a known country or capital; and a
    capital a meeting is named by ("the Washington NATO summit")."""
    placed = {
        canonical(m.group(1).lower())
        for m in _ASKED_PLACE.finditer(text)
        if (m.group(1)[:1].isupper() and not m.group(1).isupper())
        or (
            m.group(1).islower()
            and (is_country(m.group(1).title()) or country_of_capital(m.group(1)))
        )
    }
    named_by = {
        canonical(m.group(1).lower())
        for pattern in _MEETING_NAMED
        for m in pattern.finditer(text)
        if country_of_capital(m.group(1)) and not _ANCHOR_BEFORE.search(text[: m.start()])
    }
    return placed | named_by


_LASTING = re.compile(r"\b(?:berlangsung|terjadi|last(?:s|ed)?|going on|ongoing)\b", re.I)


def _denies_the_deed(question: Question, best: Sentence) -> bool:
    """The sentence denies one of the claim's verbs, or denies something while saying none of
    them (a paraphrase of the deed)."""
    verbs = claim_verbs(question, claim(question.text))
    denied = denied_terms(best.text)
    return bool(denied & verbs or (denied and not verbs & token_set(best.text)))


def _scheduled(sentence: Sentence) -> bool:
    """The sentence's date lies on or after its report's: what it plans is scheduled, and that
    date answers when it takes place ("pada pertemuan pada Selasa (29 November)" in a report of
    28 November)."""
    published = sentence.article.published
    if published is None or not sentence.fact:
        return False
    return any(found.date >= published for found in find_dates(sentence.fact, published))


# A when-question about what is still ahead or planned ("Kapan Ukraina akan …?", "When will
# …?", "… diperkirakan …"), which a plan answers; and the done word a plain one implies.
_AHEAD_ASKED = re.compile(
    r"\b(?:akan|bakal|will|going to|diperkirakan|expected|rencana\w*|plan\w*)\b", re.I
)
_DONE_IMPLIED = {"id": "sudah", "en": "already"}
# "Did the allies deliver …?": the English simple past claims the deed done, as "already" does.
_PAST_CLAIMED_EN = re.compile(r"^\W*did\b(?!\s*n['’]t)", re.IGNORECASE)


def _claims_done(question: Question) -> bool:
    """A yes/no claim of a deed done: English in the simple past ("Did …?"); Indonesian, which
    has no tense, only for a bare deed ("Apakah Ukraina menjadi anggota NATO?", "orban veto?"),
    which asks whether it happened: one said with a time, place or order ("… diberikan setelah
    rapat?", "… berlokasi di Medan?", "… baru muncul?") may well ask about the plan."""
    if question.type != "yesno" or _CHANGE_CLAIMED.search(question.text):
        # (not a change of degree claimed, "Did the invasion make it easier to join?", which
        # the report tells as done, "membuat peluang … kian pelik", of a prospect)
        return False
    if question.language == "en":
        return _PAST_CLAIMED_EN.match(question.text) is not None
    return _SET_IN_TIME_OR_PLACE.search(claim(question.text)) is None


# A change of degree claimed: "makin mudah", "lebih sulit", "easier", "harder".
_CHANGE_CLAIMED = re.compile(
    r"\b(?:makin|kian|semakin|lebih|easier|harder|more|less|worse|better|\w*mudah\w*"
    r"|\w*sulit\w*)\b",
    re.IGNORECASE,
)


# Words that set a claim in time, place or order.
_SET_IN_TIME_OR_PLACE = re.compile(
    r"\b(?:di|ke|dari|pada|sebelum|setelah|sesudah|selama|saat|ketika|baru|sejak|hingga"
    r"|sampai|lalu|tahun|bulan|minggu|hari)\b",
    re.IGNORECASE,
)


# A thing the question describes as done, in a relative clause: "jaminan yang sudah
# diserahkan", "the guarantee that they already handed over" (not a condition: "kalau perang
# sudah berakhir", "if the talks have already ended").
_DONE_THING = re.compile(
    r"\byang\s+(?:sudah|telah|resmi)\s+di\w+"
    r"|\b(?:that|which)\s+(?:[\w'’-]+\s+){0,3}?(?:already|officially)\s+\w+(?:ed|en)\b",
    re.IGNORECASE,
)


def _deed_told(question: Question, best: Sentence, ranked: list[Sentence]) -> Sentence:
    """The sentence that tells the claim's deed: the chosen one, or else the first close one
    that says its verb ("di kota mana ukraina resmi bergabung" answered "Brussels" from a
    sentence that says no joining, where a close one says "setuju Ukraina bergabung")."""
    verbs = claim_verbs(question, claim(question.text))
    if not verbs or verbs & token_set(f"{best.previous} {best.text}"):
        return best
    return next(
        (s for s in ranked[:_PREMISE_REACH] if verbs & token_set(f"{s.previous} {s.text}")), best
    )


def _doing_told(question: Question, ranked: list[Sentence]) -> Sentence | None:
    """For "Siapa yang mengesahkan peta jalan …?", the first close sentence of the same report
    that itself says the deed asked and whose name is its doer, where the first does not say
    it: "para menteri pertahanan NATO menyetujui peta jalan", not the speaker of words that
    tell another deed ('"Kami telah mendukung peta jalan …," kata Stoltenberg'). None
    otherwise, and for words asked (who said them is the speaker's own search)."""
    verbs = claim_verbs(question, claim(question.text))
    if not verbs or not ranked or verbs & (token_set(ranked[0].text) | SAYING_DEEDS):
        return None
    for sentence in ranked[1:_PREMISE_REACH]:
        if (
            not sentence.fact
            or sentence.article.id != ranked[0].article.id
            or not verbs & token_set(sentence.text)
        ):
            continue
        doers = (doer_of(verb, question, sentence.text, sentence.previous) for verb in verbs)
        if any(found and sentence.fact in found[1] for found in doers):
            return sentence
    return None


def not_yet(question: Question, passages: list[Passage], best: Sentence) -> Answer | None:
    """ "Kapan Ukraina resmi menjadi anggota?" when the evidence only agrees to or plans it:
    the premise is false as far as the articles go, so the answer says "Belum" and cites what
    they do say; so does "Bagaimana Ukraina resmi diterima …?", which presupposes it as
    "kapan" and "mengapa" do. (Other questions often ask about the plan itself: "In what year
    did the summit agree that Ukraine would eventually join?"; an "apa" question only when it
    says the thing is done, "Apa isi jaminan yang sudah diserahkan …?", and a place, person or
    number only of a deed a firm word vouches for, "Di kota mana Ukraina resmi diterima …?")"""
    framed = _time_framed(question)
    unsaid = [name for name in unsaid_names(question, best)[0] if not set(name) <= framed]
    # (what a thing done holds: "Apa isi jaminan yang sudah diserahkan …?" says it is done; a
    # place, person or number asked of a deed said done: "Di kota mana Ukraina resmi diterima
    # menjadi anggota?")
    types = {"kapan", "mengapa", "bagaimana", "yesno"} | (
        {"apa"} if _DONE_THING.search(question.text) else set()
    )
    if done_deeds(question.text, firm_only=True):
        # (firmly: "resmi", not "sudah saatnya", nor words reported: "… bahwa sudah …")
        types |= FACT_TYPES
    if question.type not in types or unsaid:
        # about someone else ("Ukraina akan bergabung" for "Swedia sudah?"); a name that only
        # sets when ("… after the Vilnius summit?") does not make the claim another's
        return None
    if question.type == "yesno" and best.fact == "Tidak" and _denies_the_deed(question, best):
        # "setuju Ukraina bergabung …, aliansi itu tidak pernah memberikan jalur resmi": the
        # sentence denies the claim's deed outright (or, saying none of the claim's verbs, its
        # paraphrase: "menyediakan" for "memberikan"), and "Tidak" says what it says; not when
        # it says the deed undenied and denies something else ("Swedia akan bergabung setelah
        # Hongaria tidak lagi menghalangi")
        return None
    if asks_a_start(question) and _LASTING.search(question.text):
        # "sudah berlangsung sejak bulan apa": how long it lasts, not whether (but "Sejak kapan
        # Ukraina menjadi anggota?" still presupposes a membership)
        return None
    # (English as written and glossed: "eventually" is a done word, "membership" a deed only
    # in the articles' words)
    claimed = question.text
    if question.language == "en":
        claimed += f" {glossed(question.text)}"
    done = done_but_only_planned(
        claimed,
        best.text,
        set(question.terms),
        deed_terms=claim_verbs(question, claim(question.text)),
    )
    if (
        not done
        and (
            question.type == "kapan"
            # (not a deed promised not to be done: "Did Orban veto …?" against "berjanji tidak
            # akan memveto" is a "No")
            or (
                _claims_done(question)
                and not _denies_the_deed(question, best)
                # (nor a refusal claimed: "Did Zelensky refuse to meet Biden?" is no meeting
                # claimed done)
                and not negated(glossed(claim(question.text)))
            )
        )
        and not _AHEAD_ASKED.search(question.text)
        and not _scheduled(best)
    ):
        # "Kapan Ukraina menjadi anggota NATO?" asks the date of a deed done, as "resmi" would
        # say: "… setuju bahwa Ukraina pada akhirnya akan menjadi anggota" plans it, in 2008
        # (the plan must be of the question's own deed, "akan menjadi anggota" for "menjadi
        # anggota", not of another of its words: "mengajukan permohonan keanggotaan" is not
        # planned by it; nor is a purpose a plan here: "dicabut untuk menghindari …")
        implied = f"{claimed} {_DONE_IMPLIED[question.language]}"
        deed = deed_words(question, _main_deed_clause(question))
        done = done_but_only_planned(implied, best.text, deed, purposes=False) if deed else []
    if not done:
        return None
    aimed = planned_words(best.text) or purpose_words(best.text)
    planned = ", ".join(f"“{word}”" for word in aimed)
    if question.type == "yesno" and not done_words(question.text):
        # "Did the allies deliver the guarantees?" against "… diperkirakan akan mengeluarkan
        # jaminan": the report does not say it happened, which is no "Not yet" either (the
        # report may predate it): an abstention that says what the report does say
        statements = (
            f"The articles do not say it happened: they only say it was agreed, planned or "
            f"expected ({planned})",
            f"Artikel tidak menyebut hal itu terjadi: yang disebut hanya persetujuan, rencana, "
            f"atau harapan ({planned})",
        )
        return _explained(question, passages, best, statements, "hanya direncanakan")
    # As the asker wrote them ("udah", "already"), else as normalised ("disahin" is
    # "disahkan"), else the articles' words.
    shown = done_words(question.asked or question.text) or done_words(question.text) or sorted(done)
    asked = ", ".join(f"“{word}”" for word in shown)
    statements = (
        f"**Not yet**, as far as the articles go: they only say it was agreed, planned or "
        f"hoped for ({planned}), not that it happened ({asked})",
        f"**Belum**, menurut artikel: yang disebut hanya persetujuan, rencana, atau harapan "
        f"({planned}), bukan bahwa hal itu sudah terjadi ({asked})",
    )
    # "Sudah …?" is answered ("Belum"); "Kapan … resmi …?" is not: no date is given.
    why = f"praanggapan keliru: hanya direncanakan ({planned})"
    return _explained(question, passages, best, statements, why, question.type != "yesno")


def _time_framed(question: Question) -> set[str]:
    """The words (analysed) of the clauses that set when the question's claim would hold
    ("setelah KTT Vilnius", "after the summit in X")."""
    return {
        canonical(t) for m in _ANCHOR_CLAUSE.finditer(question.text) for t in analyze(m.group())
    }


def only_asked_for(question: Question, passages: list[Passage], best: Sentence) -> Answer | None:
    """ "Did the US agree to let Ukraine strike Russian territory?" when the evidence only
    reports a request for it ("Ia mendesak Amerika Serikat … untuk mengizinkan …"): whether it
    was done is not reported, so no "Yes", and no date, reason, place or doer of the deed is
    there either. Answered in words, cited, as an abstention."""
    if question.type in {"apa", "list", "bagaimana"}:
        return None  # what was asked for, or how, may well be the request itself
    if question.type == "yesno" and _said_the_other_way(question, best):
        # "Apakah Stoltenberg melarang Ukraina memakai rudal …?" against "Ia mendesak AS …
        # untuk mengizinkan Ukraina menggunakan rudal": the request says the opposite of the
        # claim, which the claim check answers "Tidak"
        return None
    # (English as asked too: its gloss may take a request for a noun, "press" -> "media pers")
    asked = (
        question.text if question.language == "id" else f"{question.text} {glossed(question.text)}"
    )
    requests = only_requested(asked, best.text, claim_verbs(question, claim(question.text)))
    if not requests:
        return None
    words = ", ".join(f"“{word}”" for word in requests)
    statements = (
        f"The articles do not say it happened: they only report it being asked for ({words})",
        f"Artikel tidak menyebut hal itu terjadi: yang disebut hanya permintaan ({words})",
    )
    return _explained(
        question, passages, best, statements, f"praanggapan keliru: hanya diminta ({words})"
    )


def unreported_outcome(
    question: Question, passages: list[Passage], best: Sentence
) -> Answer | None:
    """ "Apa hasil pertemuan G7 itu?" when the evidence only schedules the meeting ("Jerman
    juga menjadwalkan pertemuan G7 …"): what it decided cannot be in an article written before
    it. The answer says so and cites what the article does say, as an abstention (the outcome
    asked for is not given)."""
    if question.type == "yesno":
        return None
    # (in the asker's words and the normaliser's: chat's "ketemu" is "bertemu", a meeting)
    asked = " ".join(dict.fromkeys(filter(None, (question.asked, question.text))))
    ahead = outcome_of_a_plan(asked, best.text)
    if not ahead or _planned_for_another_time(question, best):
        return None
    words = ", ".join(f"“{word}”" for word in ahead)
    statements = (
        f"The articles do not report its outcome: they only say the meeting was still "
        f"ahead ({words})",
        f"Artikel tidak memuat hasilnya: yang disebut hanya bahwa pertemuan itu masih "
        f"direncanakan ({words})",
    )
    why = f"hasil belum ada: pertemuan masih direncanakan ({words})"
    return _explained(question, passages, best, statements, why)


def _planned_for_another_time(question: Question, sentence: Sentence) -> bool:
    """The question dates the event whose outcome it asks ("… dalam sidang … pada Juni 2024"),
    and the sentence plans its meeting for another time ("pertemuan puncak … bulan depan", July
    of a June report): the plan is another event's, whatever the reports says of the one asked."""
    published = sentence.article.published
    asked = [m for m in find_dates(question.asked or question.text, published) if not m.inferred]
    planned = find_dates(sentence.text, published)
    return bool(asked and planned) and not any(same_period(a, p) for a in asked for p in planned)


# "… selama KTT NATO berlangsung?", "during the summit": a deed claimed within a meeting (one of
# the first three words after the marker is a meeting's, `is_event_word`).
_DURING = re.compile(
    r"\b(?:selama|saat|ketika|sewaktu|pas|di tengah|during|at)\s+(?:the\s+)?"
    r"((?:[\w-]+\s+){0,2}[\w-]+)",
    re.IGNORECASE,
)


# Whose account a sentence gives, opening it: "Menurut sejumlah pejabat, …".
_ACCOUNT = re.compile(r"^\W*(?:menurut|according to)\s+[^,]+,", re.IGNORECASE)


def _after_not_during(question: Question, passages: list[Passage], best: Sentence) -> Answer | None:
    """ "Apakah jaminan itu disampaikan selama KTT?" when the report says the deed comes after
    the meeting ("… akan disampaikan setelah KTT NATO berakhir"): "Tidak", cited to the sentence
    that says when; where that sentence tells less of the claim, no "Ya" but an abstention
    that shows when."""
    if question.type != "yesno":
        return None
    meeting = next(
        (
            word.lower()
            for found in _DURING.finditer(question.text)
            for word in found.group(1).split()
            if is_event_word(word)
        ),
        "",
    )
    if not meeting:
        return None
    deed = set(question.terms) - set(question.entities) - {canonical(meeting)} - ASKING_WORDS
    asked = question.text if question.language == "id" else glossed(question.text)
    words = re.findall(r"[\w-]+", asked)
    things = {canonical(stem(w.lower())) for w in words if not is_verb_form(w)} & deed
    deeds = {canonical(stem(w.lower())) for w in words if is_verb_form(w)} & deed
    report = _report_sentences(best, passages)
    for previous, sentence in zip([None, *report], report, strict=False):
        text = sentence.text
        after = re.search(
            rf"\b(?:{order_words('after')})\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{re.escape(meeting)}\b",
            text,
            re.IGNORECASE,
        )
        if after is None:
            continue
        # "Tidak" when the sentence's own clause, before "setelah" and without whose account it
        # is, with the sentence before it ("jaminan ini" is the one it named), tells the claim's
        # deed and at least half of the claim, a thing of it among them: "jaminan ini …
        # disampaikan" is no speech of Zelensky, no guarantees discussed, nor officials speaking
        # (the "pejabat" of "Menurut sejumlah pejabat")
        own = _ACCOUNT.sub("", text[: after.start()])
        told = deed & token_set(f"{previous.text if previous else ''} {own}")
        if told & things and deeds <= told and 2 * len(told) >= len(deed):
            statements = (
                "**No**: the article says it comes after, not during",
                "**Tidak**: artikel menyebut hal itu sesudahnya, bukan selama",
            )
            return _explained(
                question, passages, sentence, statements, "sesudahnya, bukan selama", False
            )
        if deed & token_set(text):
            # (else no "Ya": the clause that says when is shown)
            return _closest_says(
                question, passages, best, text.rstrip(" ."), _AFTER_SAYS, "sesudahnya, bukan selama"
            )
    return None


# "Apakah X pernah … sebelum …?", "Had X ever … before …?": whether the deed was done before.
_EVER_BEFORE = {
    "id": re.compile(r"^(?=.*\bpernah\b)(?=.*\bsebelum(?:nya)?\b)", re.IGNORECASE),
    "en": re.compile(r"^(?=.*\b(?:ever|had|has|have)\b)(?=.*\bbefore\b)", re.IGNORECASE),
}


def _none_before_the_first(
    question: Question, passages: list[Passage], ranked: list[Sentence]
) -> Answer | None:
    """ "Apakah Zelensky pernah berkunjung ke markas NATO sebelum kunjungannya pada 11 Oktober?"
    against "Ini adalah kunjungan pertamanya …": the one the report calls the first had none
    before it, so "Tidak", cited to the sentence that ranks it first. Only for the deed the
    claim asks about ("kunjungan" for "berkunjung", "visited"), named by a close sentence."""
    if question.type != "yesno" or not _EVER_BEFORE[question.language].search(question.text):
        return None
    asked = question.text if question.language == "id" else glossed(question.text)
    deeds = token_set(asked) - set(question.entities)
    if deeds & PRESENCE_WORDS:
        # (coming or being there is a visit: "mendatangi"; chat's "pernah ke markas" has its
        # "pergi" from the normaliser)
        deeds |= _BEING_THERE
    # (not a deed the claim itself ranks: "… bertemu X sebelum kunjungan pertamanya?" asks of
    # a meeting)
    deeds -= {canonical(noun) for noun, _, _ in ranked_nouns(asked)}
    first = next(
        (
            s
            for s in ranked[:_PREMISE_REACH]
            if any(
                rank == "1" and canonical(noun) in deeds for noun, rank, _ in ranked_nouns(s.text)
            )
            # (its names with the sentence before: "Ini adalah kunjungan pertamanya …")
            and set(question.entities) <= with_seats(token_set(f"{s.previous} {s.text}"))
        ),
        None,
    )
    if first is None:
        return None
    statements = (
        "**No**: the article calls that one the first",
        "**Tidak**: artikel menyebutnya yang pertama",
    )
    return _explained(question, passages, first, statements, "yang pertama", False)


_AFTER_SAYS = ("says it comes after, not during", "menyebut hal itu sesudahnya, bukan selama")


def _outcome_unreported(
    question: Question, passages: list[Passage], best: Sentence, ranked: list[Sentence]
) -> Answer | None:
    """The outcome asked of an event that the chosen sentence, or a close one naming all the
    question's names, only schedules: "What did the G7 meeting in Bucharest decide?" is not
    answered by another sentence of the report when one says the meeting is still ahead."""
    # (only when the outcome is what is asked: "Di mana sidang yang menyepakati … digelar?"
    # asks a place, which another sentence's plans say nothing of)
    close = ranked[:_OUTCOME_DEPTH] if question.type in {"apa", "list", "bagaimana"} else []
    scheduling = [best] + [s for s in close if s is not best and s.article_entity_coverage >= 1.0]
    return next(
        (found for s in scheduling if (found := unreported_outcome(question, passages, s))),
        None,
    )


def _on_another_platform(
    question: Question, passages: list[Passage], ranked: list[Sentence]
) -> Answer | None:
    """ "Apakah Zelensky berterima kasih lewat Instagram?" against "… tulisnya via Twitter": a
    claim that names only platforms no article names, where a close sentence gives the words
    to another platform, is answered "Tidak" with the article's platform."""
    unknown = question.unknown_entities
    if question.type != "yesno" or not unknown or not all(is_platform(n) for n in unknown):
        return None
    for sentence in ranked[:_PREMISE_REACH]:
        platform = next(
            (m.group(1) for m in ON_PLATFORM.finditer(sentence.text) if is_platform(m.group(1))),
            None,
        )
        if platform and sentence.coverage > 0:
            statements = (
                f"**No**: the article says {platform}",
                f"**Tidak**: artikel menyebut {platform}",
            )
            return _explained(question, passages, sentence, statements, "platform lain", False)
    return None


def _explained(
    question: Question,
    passages: list[Passage],
    best: Sentence,
    statements: tuple[str, str],
    why: str,
    abstained: bool = True,
) -> Answer:
    """A false or unreported premise answered in words (`statements`: English, Indonesian, in
    the asker's language), cited to the sentence that shows it, with that sentence quoted below;
    `why` is the trace."""
    english, indonesian = statements
    statement = english if question.language == "en" else indonesian
    citations = _Citations()
    number = citations.number(best)
    text = f"{statement} [{number}].\n\n{_lead_in(best, question.language)}: "
    text += f"{quoted(best.text)} [{number}]"
    answer = _cited_answer(question, text, citations, passages)
    answer.abstained = abstained
    answer.trace = [why]
    return answer


def _contradicted(
    question: Question,
    passages: list[Passage],
    best: Sentence,
    statements: tuple[str, str],
    why: str,
) -> Answer:
    """A premise the articles give otherwise (another city, office, count): an abstention
    where a date, reason or place was asked of it, and the answer itself, "Tidak", where a
    yes/no question claims it ("Benarkah Zelensky tiba di markas NATO di Paris?")."""
    if question.type != "yesno":
        return _explained(question, passages, best, statements, why)
    english, indonesian = statements
    answered = (
        f"No: {english[:1].lower()}{english[1:]}",
        f"Tidak: {indonesian[:1].lower()}{indonesian[1:]}",
    )
    return _explained(question, passages, best, answered, why, abstained=False)


# The words that put a deed on one side of an event, or during it, when a question offers two
# sides as a choice (`_side_chosen`): the order words (`premises.order_words`), chat's "abis", and
# "duluan" ("diumumkan duluan atau setelah KTT": first, before it).
_SIDES = {
    **{word: side for word in order_words().split("|") if (side := order_side(word))},
    **dict.fromkeys(["habis", "abis"], "after"),
    **dict.fromkeys(["duluan", "lebih dulu", "lebih dahulu", "lebih awal"], "before"),
    **dict.fromkeys(["selama", "saat", "ketika", "sewaktu", "pas", "during", "while"], "during"),
}
_SIDE_WORDS = "|".join(sorted((re.escape(word) for word in _SIDES), key=len, reverse=True))
_SIDE_CHOICE = re.compile(
    rf"\b(?P<first>{_SIDE_WORDS})\b(?:\s+[\w-]+){{0,4}}?\s+(?:atau|ato|apa|or)\s+"
    rf"(?P<second>{_SIDE_WORDS})\b(?P<rest>[^?]*)",
    re.IGNORECASE,
)
# A side a sentence tells, with the words of what it is the side of.
_SIDE_TOLD = re.compile(rf"\b({_SIDE_WORDS})\s+((?:[\w-]+\s*){{1,4}})", re.IGNORECASE)


# A question word asking something other than the side: "What aid …", "apa saja …",
# "sebutkan …" (chat's "pas ktt apa abis ktt" uses "apa" for "or": not that).
_OTHER_THING_ASKED = re.compile(
    r"\b(?:what|which|who|whom|where|why|how)\b|\bapa\s+(?:saja|aja)\b|\bsebutkan\b"
    r"|^\s*(?:apa|siapa)\s+(?:yang|yg)\b",
    re.IGNORECASE,
)


def _side_chosen(
    question: Question, passages: list[Passage], ranked: list[Sentence]
) -> Answer | None:
    """ "jaminan itu dikasih pas ktt apa abis ktt?", "before or after the summit ended?": the
    side of the event that a sentence saying the deed puts it on, when it is one of the two
    offered ("… akan disampaikan setelah KTT NATO berakhir"). None when the question offers no
    such choice or no sentence orders the deed against that event (then it is read as any
    other question)."""
    offered = _SIDE_CHOICE.search(question.text)
    if offered is None or question.type in {"siapa", "berapa", "di_mana", "mengapa"}:
        return None
    if _OTHER_THING_ASKED.search(question.text):
        return None  # ("What aid did Lebak give before or after …?" asks the aid)
    sides = {_SIDES[offered.group(k).lower()]: offered.group(k) for k in ("first", "second")}
    # the event is named after the second side ("… atau setelah pertemuan puncak selesai"),
    # in the articles' words ("KTT")
    event_named = _choice_terms(question, offered.group("rest"))
    event_terms = {term for term in event_named if is_event_word(term)}
    if len(sides) < 2 or not event_terms:
        return None
    deed = set(question.terms) - set(question.entities) - event_named
    candidates = ranked[:_CHOICE_REACH] + _report_sentences(ranked[0], passages)
    for sentence in candidates:
        if not deed & token_set(sentence.text):
            continue
        for told in _SIDE_TOLD.finditer(sentence.text):
            if not token_set(told.group(2)) & event_terms:
                continue
            side = _SIDES[told.group(1).lower()]
            if side not in sides or negated(sentence.text[: told.start()].split(",")[-1]):
                continue  # (nor a side denied: "tidak akan diberikan setelah KTT")
            clause = told.group().strip()
            statements = (
                f"**{sides[side].capitalize()}**: the article says \u201c{clause}\u201d",
                f"**{clause}**",
            )
            return _explained(
                question, passages, sentence, statements, "sisi peristiwa yang disebut", False
            )
    return None


# "Was it a phone call or a face-to-face meeting?", "lewat telepon atau ketemu langsung?": a
# choice between two things, not a claim to confirm. Not "… atau tidak", the or-not tag.
_ALTERNATIVE = re.compile(
    r"\s(?:or|atau)\s+(?!(?:not|no|tidak|tak|belum|bukan|nggak|gak|enggak|ga|ngga|apa|what"
    r"|didn't|did\s+it\s+not|isn't|wasn't|aren't|weren't)\b)"
    # ("… atau malah veto usulannya": "instead" belongs to neither choice)
    r"(?:(?:malah|justru|instead)\s+)?"
    r"(?P<second>(?:[\w'’-]+\s*){1,5})\W*$",
    re.IGNORECASE,
)
# Where the words of the first choice begin, read back from "or"/"atau".
_BEFORE_CHOICE = frozenset(
    "a an the by via in on at was is were did it its lewat melalui secara dengan di ke apakah"
    " itu yang adalah merupakan pada hari tanggal day".split()
)
# How many words before "or" the first choice may have.
_CHOICE_WORDS = 4


@dataclass(frozen=True)
class _Choice:
    """One of two things a question offers, as the asker wrote it, with the terms (in the
    articles' words) it has and the other has not."""

    words: str
    own: frozenset[str]
    # What both are said of, when the choice is between a verb and its opposite ("mengaku …
    # menyerang infrastruktur, atau menyangkal"): the sentence must speak of it too, at least
    # half of it.
    about: frozenset[str] = frozenset()

    def said_by(self, said: frozenset[str], whole: frozenset[str]) -> bool:
        """Its own terms in what the sentence says undenied (`said`), and what it is about
        anywhere in it (`whole`: a denial is one of the two choices)."""
        return self.own <= said and 2 * len(self.about & whole) >= len(self.about)


# Words before a choice that are no part of it ("his second", "the other").
_CHOICE_DETERMINERS = frozenset({"his", "her", "its", "their", "the", "a", "an", "yang"})
# A place in a sequence offered as a choice ("first … or second", "pertama atau kedua").
_ORDINAL_CHOICE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|last|pertama(?:nya)?|kedua(?:nya)?|ketiga(?:nya)?"
    r"|keempat(?:nya)?|kelima(?:nya)?|terakhir(?:nya)?)\b",
    re.IGNORECASE,
)


def _alternatives(question: Question) -> tuple[_Choice, _Choice] | None:
    """The two choices a yes/no-looking question offers."""
    found = _ALTERNATIVE.search(question.text)
    if found is None:
        return None
    first: list[str] = []
    for word in reversed(question.text[: found.start()].split()):
        if word.lower() in _BEFORE_CHOICE or len(first) == _CHOICE_WORDS:
            break
        first.insert(0, word)
    second = found.group("second").strip()
    before = question.text[: found.start()].split()
    if _opens_with_a_deed(question, second.split()[0]) and not (
        first and _opens_with_a_deed(question, first[0])
    ):
        # "akan mengirim tentara ke Ukraina, atau memveto usulan tersebut": a deed against a
        # deed, so the first choice reaches back to its verb, past a preposition ("ke")
        deeds = [
            at
            for at in range(max(0, len(before) - _CHOICE_WORDS - 1), len(before))
            if _opens_with_a_deed(question, before[at])
        ]
        first = before[deeds[-1] :] if deeds else first
    first = [word.strip(",;:") for word in first]
    # "his first visit there since Russia's invasion, or his second": a place in a sequence
    # against another; the first choice is the ordinal before the "or" ("first")
    paired = [w for w in second.split() if w.lower() not in _CHOICE_DETERMINERS]
    if len(paired) == 1 and _ORDINAL_CHOICE.fullmatch(paired[0]):
        ordinals = _ORDINAL_CHOICE.findall(question.text[: found.start()])
        first = ordinals[-1:] or first
    opposed = [
        at for at, word in enumerate(before) if second.lower() in opposites().get(word.lower(), ())
    ]
    if opposed:
        # "rusia ngaku gak kalo nyerang infrastruktur, ato nyangkal": the choice is between
        # the claim's verb and its opposite, of what follows the verb
        verb = before[opposed[-1]]
        about = _choice_terms(question, " ".join(before[opposed[-1] + 1 :])) - ASKING_WORDS
        own = _choice_terms(question, verb), _choice_terms(question, second)
        return _Choice(verb, own[0], about), _Choice(second, own[1], about)
    # Each choice differs from the other by a word of its own, and the word right before
    # "atau" is one: "sebelum atau sesudah perang" offers no choice of things ("sebelum" is no
    # term), only a claim to check.
    if not first or not _choice_terms(question, first[-1]):
        return None
    chosen, other = _choice_terms(question, " ".join(first)), _choice_terms(question, second)
    if not chosen - other or not other - chosen:
        return None
    return _Choice(" ".join(first), chosen - other), _Choice(second, other - chosen)


def _opens_with_a_deed(question: Question, word: str) -> bool:
    """The word is a verb, in the articles' words ("memveto"; English "veto" through the
    glossary)."""
    word = word.strip(",;:").lower()
    if question.language == "en":
        return any(is_verb_form(gloss) for gloss in indonesian_for(word).split())
    return is_verb_form(word)


# Two things offered at a wh-question's end, after a comma or a colon: "…, Zelensky atau Joe
# Biden?", "…: the meeting in Brussels or the one in Bucharest?".
_OFFERED = re.compile(
    r"[,:]\s*(?P<a>[^,:?]+?),?\s+(?:atau|ato|or)\s+(?P<b>[^,:?]+?)\s*[?.!]*\s*$", re.IGNORECASE
)
# Which comes first or has more, of two: an order or an amount compared.
_RANKED_BETWEEN = re.compile(
    r"\b(?:lebih\s+(?:dulu|dahulu|awal|banyak|sedikit|besar|kecil|luas|tinggi|lama|cepat)"
    r"|duluan|banyakan|pertama|terakhir|first|earlier|later|more|fewer|less|bigger|larger"
    r"|smaller|greater|longer|higher)\b",
    re.IGNORECASE,
)
# A sentence that compares: "lebih … daripada", "more … than", "dibanding".
_COMPARING = re.compile(r"\b(?:daripada|dibanding(?:kan)?|ketimbang|than)\b", re.IGNORECASE)


def _options_offered(question: Question) -> tuple[frozenset[str], frozenset[str]] | None:
    """The terms of two things a wh-question offers to choose from, each without the other's;
    None when it offers none. Not the last two of a list ("… pemanas, air, atau listrik",
    a comma before "atau" after a comma), nor in a count asked ("Berapa banyak orang …")."""
    found = _OFFERED.search(question.text)
    if found is None or question.type == "berapa":
        return None
    listed = found.group().startswith(",") and re.search(r",\s+(?:atau|ato|or)\s", found.group())
    if listed:
        return None
    a, b = (_choice_terms(question, found.group(side)) for side in ("a", "b"))
    if not a - b or not b - a:
        return None
    return a - b, b - a


def _compares(sentence: Sentence, offered: tuple[frozenset[str], frozenset[str]]) -> bool:
    """The sentence compares the two offered: a comparing word, and both named."""
    said = token_set(sentence.text)
    return bool(_COMPARING.search(sentence.text)) and all(side & said for side in offered)


def _one_offered(fact: str, offered: tuple[frozenset[str], frozenset[str]]) -> bool:
    """The fact is one of the two offered, and not both."""
    said = token_set(fact)
    return sum(bool(side & said) for side in offered) == 1


def _only_in_choices(question: Question, choices: tuple[_Choice, _Choice]) -> bool:
    """Every name no article mentions is a word of one of the choices."""
    said = _choice_terms(question, f"{choices[0].words} {choices[1].words}")
    return all(name in said for name in question.unknown_entities)


def _choice_terms(question: Question, words: str) -> frozenset[str]:
    """The choice's terms in the articles' words (an English one glossed)."""
    return token_set(words if question.language == "id" else glossed(words))


def _chosen_alternative(
    question: Question,
    passages: list[Passage],
    ranked: list[Sentence],
    choices: tuple[_Choice, _Choice],
) -> Answer:
    """The choice the best sentences say and the other not; neither or both: not told. Only
    from an article that names whom the question asks about ("Apakah Zelensky bertemu
    Stoltenberg lewat telepon atau bertemu langsung?" is not answered by a meeting of
    ministers)."""
    offered = token_set(f"{choices[0].words} {choices[1].words}")
    names = [n for n in _asked_names(question) if not token_set(" ".join(n)) & offered]
    ranked = [s for s in ranked if not _names_absent(names, s, passages)]
    for sentence in ranked[:_CHOICE_REACH]:
        # (what a clause denies is not said, in the sentence before too: "membantah menyerang
        # Kyiv", "NATO tidak memberikan batas waktu")
        said = token_set(f"{outside_denials(sentence.previous)} {outside_denials(sentence.text)}")
        whole = token_set(f"{sentence.previous} {sentence.text}")
        saying = [choice.words for choice in choices if choice.said_by(said, whole)]
        if len(saying) == 1:
            statements = (f"**{saying[0]}**", f"**{saying[0]}**")
            return _explained(
                question, passages, sentence, statements, "pilihan yang disebut", abstained=False
            )
    neither = _neither_chosen(ranked[:_CHOICE_REACH], choices)
    if neither is not None:
        return _both_denied(question, passages, neither)
    return abstain(question, passages, ranked, "tidak menyebut pilihan yang mana")


def _neither_chosen(
    ranked: list[Sentence], choices: tuple[_Choice, _Choice]
) -> tuple[Sentence, Sentence] | None:
    """Two sentences of one article that each deny one of two deeds offered, "menolak
    pengiriman tentara ke Ukraina" and "berjanji tidak akan memveto usulan tersebut" for
    "mengirim tentara ke Ukraina, atau memveto usulan tersebut?" (none of them says either,
    `_chosen_alternative` read that first). Not for a verb against its opposite, one of which
    is itself a denial."""
    if any(choice.about for choice in choices):
        return None
    denying = []
    for choice in choices:
        found = next(
            (
                s
                for s in ranked
                if choice.own <= token_set(s.text)
                and not choice.own <= token_set(outside_denials(s.text))
            ),
            None,
        )
        if found is None:
            return None
        denying.append(found)
    first, second = denying
    return (first, second) if first.article.id == second.article.id else None


def _both_denied(
    question: Question, passages: list[Passage], denying: tuple[Sentence, Sentence]
) -> Answer:
    """ "Neither", cited to the two sentences that deny the two choices, both quoted."""
    citations = _Citations()
    numbers = [citations.number(sentence) for sentence in denying]
    marks = "".join(f"[{n}]" for n in dict.fromkeys(numbers))
    statement = "**Neither**" if question.language == "en" else "**Tidak keduanya**"
    quoted_once = {n: sentence for sentence, n in zip(denying, numbers, strict=True)}
    quotes = " ".join(f"{quoted(sentence.text)} [{n}]" for n, sentence in quoted_once.items())
    text = f"{statement} {marks}.\n\n{_lead_in(denying[0], question.language)}: {quotes}"
    answer = _cited_answer(question, text, citations, passages)
    answer.trace = ["tidak keduanya"]
    return answer


# How far down the ranking a sentence naming one of two choices is looked for.
_CHOICE_REACH = 3


def _lead_in(sentence: Sentence, language: str) -> str:
    source = _source_label(sentence.article, language)
    if language == "en":
        return f"According to {source} (in Indonesian)"
    return f"Menurut {source}"


def _inference_note(question: Question, best: Sentence) -> str:
    """Says when a date was completed or resolved from the publication date, not printed whole."""
    if question.type != "kapan":
        return ""
    mentions = [
        m
        for m in find_dates(best.text, best.article.published)
        # (also "… dan Rabu, 30 …", and "Selasa malam, 11 …")
        if best.fact.startswith(
            with_daytime(m.format(question.language), m, best.text, question.language)
        )
    ]
    if not mentions or not mentions[0].inferred:
        return ""
    written = mentions[0].text.strip(" .,")
    published_inferred = "published" in best.article.inferred
    if question.language == "en":
        note = f" (the article says “{written}”; resolved from its publication date"
        return note + (", itself inferred)" if published_inferred else ")")
    note = f" (artikel menulis “{written}”; tanggal lengkap disimpulkan dari tanggal terbitnya"
    return note + (", yang juga disimpulkan)" if published_inferred else ")")


_RELATIVE_START = re.compile(r"(?:setelah|sesudah|sebelum|usai|seusai|menjelang|sejak)\b", re.I)


_AFFIRMATIVE = {"Ya", "Yes"}
_NEGATIVE = {"id": "Tidak", "en": "No"}


def _cased_as_written(words: str, sentence: str) -> str:
    """The asker's words with each one the sentence writes in capitals written so: a chat
    question in lower case ("presiden ukraina volodymyr zelensky tiba di markas nato")
    restates the fact as the article names it ("Presiden Ukraina Volodymyr Zelensky … NATO")."""
    # (not a word that may be in capitals only for opening the sentence or a quote: "Pada
    # tahun 2008 …"; a name there is no dictionary word, "Rudi datang …")
    written = {
        found.group().lower(): found.group()
        for found in re.finditer(r"[\w'’-]+", sentence)
        if found.group() != found.group().lower()
        and not (
            sentence[: found.start()].rstrip()[-1:] in {"", ".", "!", "?", '"', "“", "‘"}
            and is_indonesian_word(found.group())
        )
    }
    return re.sub(r"[\w'’-]+", lambda found: written.get(found.group(), found.group()), words)


def _fact_sentence(question: Question, best: Sentence, number: int, correction: str = "") -> str:
    """`correction`: what the article says instead of a yes/no claim's detail ("Tidak" to
    "… pada November 2023?" from a sentence dated 11 Oktober 2023)."""
    fact = best.fact
    if correction:
        if question.language == "en":
            # a date or place is put in English; the article's own words stay as quoted, marked
            # as Indonesian
            if correction.startswith("\u201c"):
                return f"**No**: the article says {correction} (in Indonesian) [{number}]."
            return f"**No**: the article says {english_fact(correction)} [{number}]."
        return f"**Tidak**: artikel menyebut {correction} [{number}]."
    note = _inference_note(question, best)
    starts_with_kapan = re.match(r"\s*kapan", question.text, re.IGNORECASE)
    if question.type == "kapan" and question.language == "id" and starts_with_kapan:
        body = re.sub(r"^\s*kapan(?:kah)?\s+", "", question.text, flags=re.IGNORECASE).rstrip(" ?")
        # The question's own words restate the fact only when the sentence carries all of them.
        if body and best.coverage >= 1.0 and best.entity_coverage >= 1.0:
            body = _cased_as_written(body, best.text)
            joiner = " " if _RELATIVE_START.match(fact) else " pada "
            return f"{body[0].upper()}{body[1:]}{joiner}{fact} [{number}]{note}."
    if question.type == "mengapa":
        if question.language == "en":
            # (the quote is the article's words: not the "Karena" an Indonesian answer opens with)
            quoted = re.sub(r"^Karena\s+", "", fact)
            return f"The article gives the reason: “{quoted}” [{number}]."
        return f"{fact[0].upper()}{fact[1:]} [{number}]."
    if question.type == "apa" and not note:
        # (what something came after, or what was said: the article's words, quoted in English)
        return _stated(fact, number, question.language, "The article says")
    if question.language == "en":
        fact = english_fact(fact)
    return f"**{fact}** [{number}]{note}."


# A rival sentence on the same point covers this share of the best one's question words: a
# paraphrase of the same event in another report uses other words ("sepakat … kelak menjadi
# anggota" against "setuju … bergabung"), so a little over half.
CONFLICT_MIN_COVERAGE = 0.6


def _conflicting(question: Question, best: Sentence, ranked: list[Sentence]) -> Sentence | None:
    """Another article's sentence on the same point that states a different fact."""
    if question.type not in {"kapan", "berapa"} and not years(best.text):
        return None
    best_years = years(best.text)
    for other in ranked[1:8]:
        if (
            other.article.id == best.article.id
            or other.coverage < best.coverage * CONFLICT_MIN_COVERAGE
        ):
            continue
        other_years = years(other.text)
        if (
            question.type in FACT_TYPES
            and other.fact
            and other.fact != best.fact
            and (other_years and best_years and other_years != best_years)
        ):
            return other
    return None


def compose(
    question: Question, passages: list[Passage], ranked: list[Sentence], model: AnswerModel | None
) -> Answer:
    """`model` decides answer or abstain; None answers whenever a fact was found (for fitting)."""
    if not ranked:
        return abstain(question, passages, ranked, "tidak ada kalimat dari passage")
    if not question.terms and not question.entities:
        return abstain(question, passages, ranked, "pertanyaan tidak menyebut apa pun")
    if question.context_article:
        # "Pertemuan yang dia hadiri itu diadakan di kota mana?": the event the last answer's
        # article told, not another article's meeting
        ranked = sorted(ranked, key=lambda s: s.article.id != question.context_article)
    other_platform = _on_another_platform(question, passages, ranked)
    if other_platform is not None:
        return other_platform
    alternatives = _alternatives(question) if question.type == "yesno" else None
    contexts = tuple(dict.fromkeys(s.context for s in ranked))
    other_holder = _office_held_by_another(question, passages, ranked, contexts)
    if other_holder is not None:
        return other_holder
    # (a year no article mentions is a value a claim is checked against, when the articles
    # tell the claim's deed: "Apakah Ceaucescu digulingkan pada tahun 1991?" is answered by
    # the year they give; "Apakah Stoltenberg lahir pada tahun 1959?" by none)
    year_checked = question.type == "yesno" and not _unheard_words(question)
    unknown_names = [
        name for name in question.unknown_entities if not (year_checked and YEAR.fullmatch(name))
    ]
    if (
        unknown_names
        and (question.type in {*FACT_TYPES, "yesno"} or _surely_unknown(question))
        # (one of two choices may well be what no article says: "Wednesday or Thursday?")
        and not (alternatives and _only_in_choices(question, alternatives))
    ):
        # A name no article mentions cannot be what a date, person, place or number belongs
        # to, nor can the articles confirm or deny a claim about it.
        return abstain(question, passages, ranked, "nama yang ditanyakan tidak ada di artikel")
    side_chosen = _side_chosen(question, passages, ranked)
    if side_chosen is not None:
        return side_chosen
    offered = None if question.type == "yesno" or question.events else _options_offered(question)
    if offered:
        if _RANKED_BETWEEN.search(question.text):
            # "Siapa yang lebih dulu tiba, Zelensky atau Biden?", "Which had more ministers, A
            # or B?": which one comes first or has more is told only by a sentence that
            # compares them, never by a fact of one of them
            comparing = [s for s in ranked[:_CHOICE_REACH] if _compares(s, offered)]
            if not comparing:
                return abstain(question, passages, ranked, "tidak ada perbandingan keduanya")
            ranked = _promoted(comparing[0], ranked)
        elif question.type in FACT_TYPES:
            # "Di kota mana …, Brussels atau Vilnius?": only one of the two answers, read as
            # asked without them (a fact the question names is otherwise no answer)
            unoffered = analyze_question(_OFFERED.sub("?", question.text), question.asked)
            facts = (
                (s, extract_fact(unoffered, s.text, s.article.published, s.previous).text)
                for s in ranked[:_CHOICE_REACH]
            )
            chosen = [replace(s, fact=fact) for s, fact in facts if _one_offered(fact, offered)]
            if not chosen:
                return abstain(question, passages, ranked, "tak satu pun pilihan disebut")
            ranked = [chosen[0], *(s for s in ranked if s.key != chosen[0].key)]
    if question.type not in {"yesno", "list"}:
        # "Who was the biggest donor …?": only a sentence giving that rank answers (any does,
        # for a question that asks no rank)
        ranking = [s for s in ranked[:_CHOICE_REACH] if not degree_not_given(question.text, s.text)]
        if not ranking:
            return abstain(question, passages, ranked, "peringkat yang ditanyakan tak disebut")
        if ranking[0] is not ranked[0]:
            ranked = _promoted(ranking[0], ranked)
    office_claim = _office_claim_answered(question, passages, ranked, contexts)
    if office_claim is not None:
        return office_claim
    misnamed = misnamed_office(question.text, question.language, contexts)
    if misnamed is not None:
        # "Apa kata Sekretaris Jenderal NATO Viktor Orban …?": the articles give him another
        # office; whatever he said, the question's premise is false
        return _misnamed(question, passages, ranked, *misnamed)
    # (a choice between speakers is answered by the choice: "… Stoltenberg, atau Zelensky?")
    other_speaker = misattributed(question, ranked) if alternatives is None else None
    if other_speaker is not None:
        return _misattributed(question, passages, other_speaker)
    if question.speaker and question.type in {"apa", "bagaimana", "yesno"}:
        # "Apa kata X": only words X is reported to have said answer it.
        # (or, asked on a topic, a stance they took on it: "Orban dengan tegas menolak
        # pengiriman tentara" is his say on sending troops)
        # (or the country they head: "Hongaria berjanji …" for "Apa janji Orban?")
        speaking = [question.speaker, *_countries_headed(question, question.speaker)]
        said_by = [
            s
            for s in ranked
            if any(attributed_to(s, speaker) for speaker in speaking)
            or (question.topic and question.type != "yesno" and takes_a_stance(s, question.speaker))
        ]
        # "Apa kata diplomat kedua …?": of the unnamed speakers of one calling, the one the
        # question ranks, where a report ranks them ("seorang diplomat kedua memperingatkan …")
        rank = _speaker_rank(question)
        said_by = [s for s in said_by if _speaks_as_ranked(question.speaker, rank, s)] or said_by
        # "Apa kata Stoltenberg kepada Rusia soal …?": words said to that person come first,
        # the topic chosen among them when any of them speaks of it
        addressees = _addressees(question)
        told = [s for s in said_by if _told_to(addressees, s)]
        on_topic = (
            (_on_topic(question, told) or _on_topic(question, said_by))
            if question.topic
            else said_by
        )
        # (a reaction may be a deed, not words: "Bagaimana NATO menanggapi permintaan …?" by
        # a sentence where they act, "… karena NATO tidak memberikan batas waktu …")
        acting = (
            [s for s in ranked if acts_in(s, question.speaker)]
            if not on_topic and reaction_asked(question.text)
            else []
        )
        if on_topic:
            ranked = [s for s in on_topic if s in told] + [s for s in on_topic if s not in told]
        elif acting:
            ranked = acting
        else:
            about = " soal itu" if said_by else ""
            return abstain(
                question, passages, ranked, f"tidak ada ucapan {question.speaker}{about}"
            )
    vaguely = _only_vaguely_named(question, ranked[0])
    if vaguely:
        # "Which G7 partners attended …?" against "… dengan beberapa mitra": who they were is
        # not told.
        return _unnamed(question, passages, ranked[0], vaguely)
    if question.type in {"apa", "list"} and NAME_ASKED.search(question.text):
        # "Apa nama resmi paket bantuan itu?", "Which specific missile systems …?": a sentence
        # that names nothing new names them not
        named = [s for s in ranked if gives_a_name(question, s.text)]
        if not named:
            return abstain(question, passages, ranked, "tidak menyebut namanya")
        ranked = named
    if question.type != "yesno":
        # A sentence that only restates the question answers "is it so?", not what was asked.
        ranked = [s for s in ranked if not s.restates] or ranked
    # (as relevant as ranked, before the asked person's words are put first)
    by_relevance = ranked
    if (
        question.asks_words
        and question.type not in {"siapa", "yesno", "list"}
        and not (question.type == "mengapa" and _REPORTED_REQUEST.search(question.text))
    ):
        # "Apa pesan Zelensky dalam pidatonya", "Kapan Kuleba mengatakannya": words given to
        # the person asked come first; a sentence that only mentions them reports something
        # else. ("Siapa yang mengatakan …" asks for the speaker, whom the question cannot name.)
        # For a date, number or place, only words that hold one.
        needs_fact = question.type in FACT_TYPES
        # (words that say nothing of what is asked besides the speaker are about something
        # else: "Mengapa Stoltenberg meminta sekutu menjanjikan … bantuan musim dingin?" is not
        # answered by his words to Zelensky on support in general)
        # (a question that names nothing but the saying, "Kapan Kuleba mengatakan hal itu?",
        # is spoken of by any of the speaker's words: "ucap" says what "mengatakan" asks)
        said_of = set(question.terms) - set(question.entities)
        saying_only = bool(said_of) and all(
            re.fullmatch(WORDS_ASKED, term, re.IGNORECASE) for term in said_of
        )
        spoken_of = not saying_only and any(s.predicate_coverage > 0 for s in ranked)
        governed = _countries_headed(question, question.speaker) if question.speaker else ()
        first = [
            s
            for s in ranked
            if (s.attributed or any(attributed_to(s, country) for country in governed))
            and (s.fact or not needs_fact)
            and (s.predicate_coverage > 0 or not spoken_of)
        ]
        # ... unless the top sentence carries the verb asked about: it tells the deed itself
        # ("Stoltenberg akan meminta sekutu untuk menjanjikan …" for "Apa yang akan diminta
        # Stoltenberg … untuk dijanjikan"), which another report's words only mention; not
        # when its words are another named person's ('"… membawa Ukraina lebih dekat ke NATO,"
        # ujar Stoltenberg' is no tweet of Zelensky's)
        top = ranked[0]
        if (
            (top.has_focus or _reports_the_words_noun(question, top))
            and top not in first
            and (top.fact or not needs_fact)
            and not _words_of_another(question, top)
        ):
            first = [top, *first]
        promoted = {s.key for s in first}
        ranked = first + [s for s in ranked if s.key not in promoted]
    if question.events:
        composed = (_compose_span if question.span_unit else _compose_order)(
            question, passages, ranked
        )
        if composed is not None:
            return composed
    ranked = _reason_told_next(question, _focus_first(question, ranked))
    if question.type in {"di_mana", "apa"} and asks_country_located(question.text):
        # "vilnius tuh di negara mana": the country the articles set the named place in ("di
        # Vilnius, Lithuania") answers, not another country a sentence about it names.
        located = [
            replace(s, fact=country)
            for s in ranked[:_LOCATED_DEPTH]
            for country in [_country_of_named_place(question, s)]
            if country
        ]
        placed = {s.key for s in located}
        ranked = located + [s for s in ranked if s.key not in placed]
    medium = asks_a_medium(question)
    if medium or asks_where_posted(question):
        # "Where did Stoltenberg post his comments …?": a sentence that names the platform
        # ("ujar Stoltenberg di Twitter") answers, not the place the comments were about; the
        # medium of the asked person's words ("zelensky ngomong lebih halus … lewat apa") only
        # from a sentence of their words ('"…," tulisnya via Twitter'), not another's post
        # (thanks asked, by words that thank: "Bagaimana Stoltenberg berterima kasih?" is not
        # answered by his tweet about Vilnius)
        thanks = _THANKS.search(question.text) is not None
        posted = [
            s
            for s in ranked[:5]
            if is_platform(s.fact)
            and (not medium or any(attributed_to(s, name) for name in question.entities))
            and (not thanks or _THANKS.search(s.text))
        ]
        if medium and question.entities and not posted:
            return abstain(question, passages, ranked, "tidak ada ucapan lewat media itu")
        ranked = posted + [s for s in ranked if s not in posted]
    elif asks_what_was_posted(question):
        # "What did Zelensky tweet after his Vilnius speech?": his words put on a platform,
        # not the speech that dates them
        # (any the search found that gives the words to someone asked about: a post's words
        # share little with a question that names only the posting, "zelensky ngetweet apa")
        # (the post's words go on past its sentence: '"…," sambungnya' after '"…," tulisnya via
        # Twitter' is the same tweet; the one the search ranks first is the one asked)
        posted = [
            s
            for s in (ranked if question.entities else ranked[:_POSTED_DEPTH])
            if (posts_words(s.text) or (continues_the_previous(s) and posts_words(s.previous)))
            and (not question.entities or any(attributed_to(s, n) for n in question.entities))
        ]
        ranked = posted[:1] + [s for s in ranked if s not in posted[:1]]
    if question.type == "apa":
        # (first: whose deed it is, `told_of_the_asked`, is judged of the sentence it puts
        # first, "Bantuan apa yang diminta Zelensky?" not answered by Stoltenberg's request)
        ranked = _naming_the_noun_asked(question, ranked)
        whose = told_of_the_asked(question, ranked[0], ranked, contexts)
        if whose is not None:
            if whose.told_of_them is None:
                # ("Stoltenberg minta apa ke AS" where only Zelensky's request is found)
                return _premise_of_another_doer(
                    question, passages, ranked[0], whose.doer, whose.asked, _TOLD_OF_ANOTHER
                )
            ranked = _promoted(whose.told_of_them, ranked)
        ranked = _told_the_other_way_round(question, ranked)
        ranked = _what_it_followed(question, ranked)
        ranked = _what_followed_it(question, ranked)
    # ("Apa yang diminta X …?": what someone did is told by a report that names them)
    deed_of_someone = question.type == "apa" and question.focus_deed
    # (a visit or a stay asked why: read once, for the sentences bound and the one chosen)
    here_asked = question.type == "mengapa" and _asks_why_there(question)
    if question.type in FACT_TYPES | {"mengapa"} or deed_of_someone:
        # "How long did Zelensky stay at NATO headquarters?": a number from a report that never
        # names Zelensky ("Sidang Menteri Pertahanan selama dua hari") is another's; nor is a
        # reason from a report that never names who is asked about ("Mengapa Kremlin menentang
        # Dewan NATO-Ukraina?" is not answered by the council's purpose), nor what someone
        # asked for ("Apa yang diminta Stoltenberg kepada Biden …?" by Zelensky's request).
        names = _asked_names(question) + _country_opening_asked(question)
        if deed_of_someone:
            # (people's names: a word of a region the deed is for, "the Middle East", is no
            # one's)
            names = [n for n in names if not all(_dictionary_word(word) for word in n)]
        if offered:
            # (one of two names offered is what the article need not say)
            names = [n for n in names if not set(n) & (offered[0] | offered[1])]
        present = [s for s in ranked if not _names_absent(names, s, passages)]
        if not present:
            absent = _names_absent(names, ranked[0], passages)
            return abstain(question, passages, ranked, "nama tak disebut artikelnya", absent)
        ranked = present
        main = (
            _main_clause_terms(question) if question.type not in {"siapa", "apa"} else frozenset()
        )
        # (a reason for being "here" is bound by where the report's opening puts its speaker:
        # "Itu sebabnya saya di sini" for "kenapa zelensky ke brussels")
        bound = [
            s
            for s in ranked
            if main & with_seats(token_set(f"{s.previous} {s.text}"))
            or (
                here_asked
                and _HERE.search(s.text)
                and main & with_seats(token_set(opening_sentence(s.article_lead)))
            )
        ]
        if main and not bound:
            return abstain(question, passages, ranked, "peristiwanya tak disebut", sorted(main))
        ranked = bound or ranked
    if question.type == "mengapa":
        # "kenapa orban mau keluar dari nato" is not answered by why he refused to send troops:
        # a reason is the reason of the deed its sentence (or the one before) says.
        deed = deed_words(question, _main_deed_clause(question))
        if deed <= _not_taken_as_done(question, prospects_only=True):
            # "Apa sebabnya peluang Ukraina diterima … makin rumit": the deed only in prospect
            # asks for the reason of no deed
            deed = set()
        # (any close sentence saying it will do, but for a refusal: requiring it of the
        # answering one lost dev questions whose reason is told by the speaker's own words,
        # "Itu sebabnya saya di sini", for "Mengapa Zelensky datang …")
        refusal_asked = _REFUSAL_ASKED.search(question.text)
        if refusal_asked:
            # (the refusal is told in its own words: "menolak" for "against", "penolakan")
            refusing = refusal_asked.group()
            deed -= token_set(glossed(refusing) if question.language == "en" else refusing)
        asked_denied = bool(NEGATION.search(claim(question.text)) or refusal_asked)
        # (close by relevance: "…, menurut ucapannya" puts his words first, not the deed's
        # report further down; but a refusal's reason is given only by the answering sentence,
        # which says what was refused: "Why does Russia oppose Ukraine joining NATO?" is not
        # answered by Orban's refusal to send troops because a close sentence says "bergabung")
        close = (
            {ranked[0].key: ranked[0]}
            if refusal_asked
            else {s.key: s for s in [*ranked[:_PREMISE_REACH], *by_relevance[:_PREMISE_REACH]]}
        )
        clause = _main_deed_clause(question)
        said_verbs = {
            term
            for word in re.findall(r"[\w'’-]+", glossed(clause))
            if is_verb_form(word)
            for term in token_set(word)
        }
        if (
            _SAID_THAT.search(clause)
            and deed & said_verbs
            and not _REPORTED_REQUEST.search(question.text)
        ):
            # "Why did Stoltenberg say NATO support would soon end?": the deed said is the
            # premise, which the answering sentence itself must say ("perang ini akan berakhir"
            # in a close one, or "sebelum mengakhiri perang" in the one before, is another
            # ending); not where only a place is said ("… he was at NATO headquarters": his
            # own "Itu sebabnya saya di sini" gives the reason)
            close = {ranked[0].key: replace(ranked[0], previous="")}
        said = (_says_deed(deed, s, asked_denied, question) for s in close.values())
        if deed and not any(said):
            planned_only = not_yet(question, passages, ranked[0])
            if planned_only is not None:
                return planned_only  # "Kenapa Swedia resmi diterima …?" against "berharap …"
            # ("Kenapa Stoltenberg mundur?" against "… resmi memperpanjang masa jabatannya")
            return _reversed_or_abstained(
                question, passages, ranked, "alasan peristiwa lain", sorted(deed)
            )
        refused = deed & token_set(ranked[0].text) - token_set(undenied(ranked[0].text))
        refusal = (
            denial_of(ranked[0].text, refused)
            if refused and not asked_denied and claims_a_deed(question, clause)
            else ""
        )
        if refusal:
            # "Mengapa Hongaria mengirim tentaranya?" against "Orban menolak pengiriman tentara
            # … karena …": the reason there is the refusal's
            return _closest_says(
                question, passages, ranked[0], refusal, _REFUSED_SAYS, "alasan penolakannya"
            )
    if question.type == "siapa" or question.place_kind == "country":
        # "Siapa penyokong utama Ukraina?": a close sentence that gives a name the very role
        # asked ("Amerika Serikat selaku penyokong utama Ukraina") answers it before one that
        # only names someone near the question's words
        holders = [s for s in ranked[:_PREMISE_REACH] if role_holder(question, s.text).text]
        ranked = holders[:1] + [s for s in ranked if s not in holders[:1]]
    if question.type == "siapa":
        # "siapa diplomat senior eropa yg bilang ...?" is not answered "seorang diplomat senior
        # Eropa": a person the question already describes in full is no one new.
        ranked = [replace(s, fact="") if _echoes(question, s.fact) else s for s in ranked]
        # "Siapa menteri pertahanan Ukraina …?" is not answered by the NATO Secretary General;
        # an office the question gives the doer is not the one asked of whom they met ("Dengan
        # siapa Presiden Ukraina bertemu …?" is answered by "Presiden Amerika Serikat Joe Biden")
        texts = tuple(dict.fromkeys(s.context for s in ranked))
        whom = asks_whom(question)
        # ("Who is the French president Zelensky was set to meet …?": the office is the one
        # asked's, whom he met)
        office_of_whom = whom and bool(_WHO_IS_THE.match(question.text))
        ranked = [
            replace(s, fact="")
            if s.fact
            and (office_of_whom or not whom)
            and holds_another_office(question.text, question.language, s.fact, texts)
            else s
            for s in ranked
        ]
        kind = _kind_of_person_asked(question)
        if kind:
            # "Di sana dia bertemu dengan para menteri apa?" is not answered by "Presiden AS Joe
            # Biden": the person must be called by the kind asked ("para menteri pertahanan")
            ranked = _facts_first([s if _called(kind, s) else replace(s, fact="") for s in ranked])
        given = _thing_given_for_whom(question)
        if given:
            # "… lebih banyak senjata untuk siapa?": whom the weapons are for is who the
            # sentence says they are for ("senjata untuk prajurit kami"), not a name near them
            ranked = _facts_first([replace(s, fact=_given_for(given, s.text)) for s in ranked])
        if question.focus_deed:
            # "Siapa yang memimpin dewan itu?" against "bergabung dengan para pemimpin NATO":
            # the sentence names the deed's doers by its noun, not who did the deed asked; nor
            # is who said the words the doer of a deed they do not tell ("Siapa yang akan
            # memimpin pusat pelatihan itu?" against "… pusat pelatihan …," kata Stoltenberg)
            ranked = [
                replace(s, fact="")
                if _doers_noun_only(question, s) or _only_its_speaker(question, s)
                else s
                for s in ranked
            ]
        doing = None if whom else _doing_told(question, ranked)
        if doing is not None:
            ranked = _promoted(doing, ranked)
    if question.type == "mengapa" and not here_asked:
        # "Apa penyebab warga diminta bersiap …?" is not answered by "Kami sedang bersiap …
        # Sekarang kami memerlukan dukungan … Itu sebabnya saya di sini": that reason is the
        # speaker's for being there
        ranked = [
            replace(s, fact="") if _REASON_OF_BEING_HERE.search(s.text) else s for s in ranked
        ]
    best = ranked[0]
    if question.type == "mengapa":
        if not best.fact:
            # "Why has Russia's invasion made Ukraine's chances … more complicated?" against
            # "… invasi Rusia membuat prospek Ukraina … kian pelik." and, next, "Pasalnya,
            # Kremlin pernah mengultimatum …": the next sentence gives this one's reason
            best = next((s for s in ranked[:_PREMISE_REACH] if _gives_reason_of(s, best)), best)
        if not (best.fact and _BEING_THERE & token_set(best.text)) and here_asked:
            # a visit asked why: the speaker's reason for being "here", however far down its
            # report, rather than a reason a sentence gives for something else ("sekutu bertemu
            # untuk membahas …")
            best = next((s for s in ranked if _gives_reason_for_being_there(s, best)), best)
        places = _trip_places(question) if here_asked else frozenset()
        names = _asked_names(question) if places else []
        if places and not _reason_of_being_at(best, places, names):
            # "kenapa orban ke brussels" is not answered by why Orban said what he said: the
            # reason must be for someone being where the trip went
            there = next(
                (
                    s
                    for s in ranked[:_PREMISE_REACH]
                    if s.fact and _reason_of_being_at(s, places, names)
                ),
                None,
            )
            if there is None:
                return abstain(question, passages, ranked, "alasan peristiwa lain", sorted(places))
            best = there
    unheard = _unheard_deed(question)
    if question.type in FACT_TYPES and unheard:
        # "Kapan Stoltenberg lahir?": no article speaks of the deed at all, so no date, place
        # or name in them is its.
        return abstain(question, passages, ranked, "peristiwanya tak disebut", unheard)
    if (
        question.type == "apa"
        and question.place_kind == "country"
        and not best.fact
        and not _new_countries(question, best)
    ):
        # "Kepada negara mana Jerman menyerahkan ...?" is not answered by a sentence that names
        # no country but those asked about.
        return abstain(question, passages, ranked, "tidak ada negara lain")
    if not set(question.terms) & (token_set(best.text) | token_set(best.previous)):
        # Not one of the question's words in the sentence or the one before it: whatever fact
        # it holds is bound to nothing that was asked.
        return abstain(question, passages, ranked, "kalimat tidak memuat kata pertanyaan")
    unnamed_source = _UNNAMED_SOURCE.search(best.text)
    if question.type == "siapa" and not best.fact and unnamed_source:
        # "Siapa pejabat yang mengatakan …?" against "Menurut sejumlah pejabat, …": the sentence
        # that says it gives it to people it does not name; a name from another sentence
        # ("Joe Biden") did not say it.
        return _unnamed(question, passages, best, unnamed_source.group())
    not_known = _said_not_known(question, best) if not best.fact else ""
    if not_known:
        return _closest_says(
            question, passages, best, not_known, _NOT_KNOWN_SAYS, "artikel menyebut belum diketahui"
        )
    if question.type in FACT_TYPES and not best.fact:
        # "Kapan Ukraina menerima rencana aksi keanggotaan NATO?" against the sentence that
        # says most of it, "para pemimpin telah berhenti mengambil langkah konkret seperti
        # memberi Kyiv rencana aksi keanggotaan": the deed did not happen, so no lower
        # sentence's date ("Pada tahun 2008, KTT NATO …") is its date.
        # (the deed's own words: an asking noun, "waktu" in "anggotanya brp negara waktu ktt",
        # makes no phrase of "batas waktu untuk keanggotaan" with one of them)
        # (unless a close sentence with a fact says the question's own verb undenied: "Turki
        # menolak permohonan keanggotaan Swedia" denies another deed than "Swedia mengajukan
        # permohonan … pada Mei 2022")
        denied = said_not_to_be(question, passages, best, _DENIED_PHRASE)
        if denied is not None:
            verbs = claim_verbs(question, claim(question.text))
            if not any(
                s.fact and verbs & token_set(undenied(s.text)) for s in ranked[1:_PREMISE_REACH]
            ):
                return denied
        # A lower sentence's fact stands in only when it is tied to the question's words there:
        # "selama dua hari" of a meeting answers no "berapa lama … masa jabatannya".
        # ... and that says something of what was asked besides its names: the lead's date
        # of a call with Stoltenberg is not the date of his term's extension. (The calling a
        # who-question asks is bound by the person's title instead: "Siapa pemimpin NATO?".)
        office = token_set(" ".join(asked_office(question)))
        # (the question's own words: a follow-up's terms take in the turn before's, and "kapan
        # masa jabatannya diperpanjang" after "Siapa Sekjen NATO?" is not asked of any
        # sentence that names the Secretary General)
        own = token_set(glossed(question.text) if question.language == "en" else question.text)
        asked = (set(question.terms) & own) - set(question.entities) - ASKING_WORDS - office
        focus = question.focus if question.focus in asked else ""
        with_fact = [
            s
            for s in ranked[:5]
            if s.fact
            and s.binding > 0
            # (or, for a count in the best sentence's own report, the article's: "Ia meminta
            # A, B, dan C" in a passage that does not name Brussels, which the report's lead
            # does; a date must be the deed's, which no lead's name makes it)
            and (
                s.entity_coverage >= best.entity_coverage
                or (
                    question.type == "berapa"
                    and s.article.id == best.article.id
                    and s.article_entity_coverage >= best.entity_coverage
                )
            )
            and (not asked or asked & (token_set(s.text) | token_set(s.previous)))
            # ... above all the question's key word, when it has one: "Siapa yang memimpin
            # sidang …?" is not answered by whom Zelensky will meet ("bertemu" shares only the
            # meeting)
            and (not focus or focus in token_set(s.text) | token_set(s.previous))
            # (a date of another report does not date a deed the best sentence tells whole:
            # "para menteri pertahanan NATO menyetujui peta jalan …", undated, is not dated by
            # "Pada tahun 2008, KTT NATO … setuju bahwa Ukraina …")
            and (
                question.type != "kapan"
                or best.coverage < _WHOLE_COVERAGE
                or s.article.id == best.article.id
            )
            # (its own words too: "Salah satu agenda hari ini ..." dates no meeting the
            # sentence before it names)
            and s.coverage > 0
            # (who did the deed the best sentence tells without naming its doer: one that says
            # as much of the question as half of it; "Zelensky kemudian mendesak para
            # sekutunya …" names no doer of "Ia juga mendesak Amerika Serikat … mengizinkan
            # Ukraina menggunakan rudal …", whose "Ia" names no one. Without a deed asked, no
            # such sentence; a date or number often stands sentences away from the deed's
            # words.)
            and (
                question.type != "siapa"
                or focus not in token_set(best.text)
                or s.coverage >= best.coverage * _STAND_IN_COVERAGE
            )
        ]
        asked_done = bool(done_words(question.text))
        planned_only = not_yet(question, passages, best) if asked_done or not with_fact else None
        if planned_only is not None and asked_done:
            # "tanggal berapa ukraina resmi bergabung dengan nato" against "NATO sudah setuju
            # Ukraina bergabung pada 2018" (no day, so no fact): a deed asked as done ("resmi")
            # is only agreed to, and a stand-in's date is its only when it says the deed itself
            verbs = claim_verbs(question, claim(question.text))
            with_fact = [s for s in with_fact if verbs & token_set(undenied(s.text))]
        if not with_fact:
            if planned_only is not None:
                return planned_only
            missing = f"tidak ada {_MISSING['id'][question.type]}"
            unconfirmed = _unconfirmed_premise(question, best)
            # ("Kapan Stoltenberg mundur?": no date, and the deed told the other way round)
            if unconfirmed:
                return _reversed_or_abstained(question, passages, ranked, missing, unconfirmed)
            # (what no article speaks of is named: "Berapa umur Stoltenberg?" -> "umur")
            return abstain(question, passages, ranked, missing, _unheard_deed(question))
        best = with_fact[0]
    period = _asked_event_period(question)
    reporting_then = _reports_naming(period, ranked) if period is not None else set()
    if period is not None and not _of_the_period(period, best, reporting_then):
        # "Di kota mana sekutu Kyiv berkumpul … pada Oktober 2023?" is not answered by a July
        # 2023 report: what happened then is not what it tells
        timely = [
            s
            for s in ranked[:_PREMISE_REACH]
            if s.fact and _of_the_period(period, s, reporting_then)
        ]
        if not timely:
            return abstain(question, passages, ranked, "waktunya lain")
        best = timely[0]
    others_deed = (
        deed_of_another(question, best, ranked, tuple(p.chunk.text for p in passages))
        if question.type in {"kapan", "di_mana", "berapa", "mengapa", "bagaimana"}
        else None
    )
    if others_deed is not None:
        # "Mengapa Stoltenberg menolak pengiriman tentara?" where Orban refused: no reason,
        # date or place of that deed is the asked person's
        return _premise_of_another_doer(question, passages, best, *others_deed)
    partner = (
        partner_unsaid(question, best)
        if question.type in {"apa", "bagaimana", "mengapa", "kapan", "di_mana"}
        else []
    )
    if partner:
        # "What did Joe Biden and Jens Stoltenberg discuss …?" against "ia dan Zelensky
        # membahas …": what the sentence tells was done with someone else
        return abstain(question, passages, ranked, "praanggapan tidak didukung", partner)
    avoided = _only_avoided(question, best) if question.type in FACT_TYPES | {"mengapa"} else ""
    if avoided:
        return _closest_says(
            question, passages, best, avoided, _AVOIDED_SAYS, "peristiwanya dihindari"
        )
    said_when = _dated_by_the_saying(question, best)
    if said_when:
        # '"Semua anggota NATO telah setuju …," kata Stoltenberg akhir April lalu' dates his
        # words, not the agreement: a close sentence that dates the deed itself answers
        deed = _saying_dated_deed(question)
        instead = [
            s
            for s in ranked[:_PREMISE_REACH]
            if s.fact
            and s.binding > 0
            and deed & token_set(s.text)
            and not _dated_by_the_saying(question, s)
        ]
        if not instead:
            return abstain(question, passages, ranked, "tanggalnya milik ucapan", said_when)
        best = instead[0]
    if asks_when(question):
        # "Kapan terakhir kali Zelensky ke markas NATO sebelum invasi Rusia?" against a report
        # of "kunjungan pertamanya … sejak invasi Rusia": its date is on the other side
        _, article_text = _article_words(best, passages)
        other_side = told_on_the_other_side(question.text, article_text, question.language)
        if other_side:
            # ("Kapan Ukraina resmi menjadi anggota NATO setelah KTT Vilnius?" against a report
            # before it: whenever asked, a deed asked as done that is only agreed to is not yet)
            planned_only = not_yet(question, passages, best) if done_words(question.text) else None
            if planned_only is not None:
                return planned_only
            return abstain(question, passages, ranked, "urutan peristiwanya terbalik", [other_side])
        if _past_for_a_future(question, best):
            # "Kapan Ukraina akan resmi menjadi anggota NATO?" is not "2018": a date before the
            # report is no date of what it still expects.
            return abstain(question, passages, ranked, "tanggalnya sudah lewat")
        wrong_side = _dated_on_the_wrong_side(question, best)
        if wrong_side:
            return abstain(question, passages, ranked, "tanggalnya di sisi lain", [wrong_side])
        unset = _set_date_unsaid(question, best)
        if unset:
            return abstain(question, passages, ranked, "tanggal yang ditetapkan tak disebut", unset)
        undated = _dated_deed_elsewhere(question, best) or _arrival_undated(question, best)
        if undated:
            return abstain(question, passages, ranked, "tanggalnya milik peristiwa lain", undated)
        other_event = _dated_in_order_clause(question, best)
        if other_event:
            return abstain(
                question, passages, ranked, "tanggalnya milik peristiwa lain", [other_event]
            )

    head = placed_head(question)
    # (an acronym is also said where it is written out: "pertemuan puncak" is analysed as ktt)
    if head and head not in token_set(best.text):
        # "Di mana pertemuan puncak bulan depan digelar, yang disebut setelah Sidang Menteri
        # Pertahanan …?": the place of the summit, not of the meeting the question dates it
        # by. A close sentence that names what is placed, with a place, is preferred.
        # (in the chosen sentence's report, as `_focus_first` looks: another report's summit
        # is another summit)
        naming = [
            s
            for s in ranked[:_HEAD_DEPTH]
            if s.fact and s.article.id == best.article.id and head in token_set(s.text)
        ]
        if not naming and head not in token_set(best.article.title):
            # ("Where was the 2023 NATO summit held?" against "… tiba di markas NATO di
            # Brussels" under a title that names no summit: that report places no summit at
            # all, so another report's sentence that does is the answer)
            # (another year's summit is turned down by the checks below, which hold the chosen
            # sentence to the time asked: "Pada tahun 2008, KTT NATO di … Bucharest" is no
            # answer for the 2023 summit)
            naming = [s for s in ranked[:_HEAD_DEPTH] if s.fact and head in token_set(s.text)]
        best = naming[0] if naming else best

    # Each check below may find the chosen sentence set elsewhere than asked; another of the
    # top five that passes replaces it, or the question is not answered.
    def unplaced(s: Sentence) -> list[str]:
        return _unplaced(question, s, passages)

    def elsewhere(s: Sentence) -> list[str]:
        # "What did Orban say at the NATO summit in Vilnius?": words from a report that never
        # names Vilnius were said elsewhere; "Di mana Zelensky bertemu Biden saat kunjungannya
        # ke markas NATO di Brussels?" is not answered from a report that sets nothing in
        # Brussels. Any other answer is held only to the sentence's own place (a yes/no claim's
        # place is checked as a claim detail, `check_claim`; a list gathers many sentences).
        if question.asks_words and question.type in {"apa", "bagaimana"}:
            return (
                _places_unsaid(question, s, passages)
                or _said_at_another_time(question, s)
                or _capital_elsewhere(question, s, passages)
            )
        if question.type == "di_mana":
            return _places_unsaid(question, s, passages)
        if question.type not in {"kapan", "yesno", "list"}:
            return _set_elsewhere(question, s) or _capital_elsewhere(question, s, passages)
        if question.type == "kapan":
            # ("Kapan Stoltenberg mengunjungi Kyiv?" is not dated by a report of the Bucharest
            # meeting that sends aid "untuk Kyiv": whose report sets nothing there)
            return _capital_elsewhere(question, s, passages)
        return []

    checks: list[tuple[bool, Callable[[Sentence], list[str]], Callable[[Sentence], bool], str]] = [
        # (a stand-in's date must be tied to the question's words in it, as the with-fact
        # one's is: "Salah satu agenda hari ini ..." shares none)
        (
            question.type == "kapan",
            unplaced,
            lambda s: bool(s.fact) and s.binding > 0 and s.coverage > 0 and not unplaced(s),
            "tempat peristiwanya tidak ada",
        ),
        # "siapa menlu rumania yg jadi tuan rumah": Ukraine's foreign minister is no answer;
        # the person's sentence must name the country the office is of.
        (
            question.type == "siapa",
            lambda s: _office_country_unsaid(question, s),
            lambda s: bool(s.fact) and not _office_country_unsaid(question, s),
            "negara jabatannya tidak disebut",
        ),
        # "what year did Stoltenberg first become NATO Secretary General" is not dated by "Pada
        # tahun 2008, KTT NATO … setuju …": a date or a count of a person's deed comes from a
        # sentence that names them (with the one before, or by the office the passages give
        # them)
        (
            question.type in {"kapan", "berapa"},
            lambda s: _persons_unsaid(question, s),
            lambda s: bool(s.fact) and not _persons_unsaid(question, s),
            "orangnya tidak disebut",
        ),
        # "Di kota mana di Polandia ...?" answered "Brussels" from a sentence that never says
        # Polandia: the place answered must lie in the one asked. (For a date or a person the
        # place often only describes the report, "menurut berita KTT di Vilnius", and the
        # article's lead, not the sentence, names it: no such check there.)
        (
            question.type == "di_mana",
            lambda s: _places_missing(question, s),
            lambda s: bool(s.fact) and not _places_missing(question, s),
            "tempat yang ditanyakan tidak ada",
        ),
        # "ktt nato 2024 di kota mana" answered from "Dalam KTT NATO di Vilnius pada Selasa
        # kemarin" of 2023: the meeting of the year asked is told by a close sentence of its
        # own year, if any
        (
            True,
            lambda s: _of_another_year(question, s),
            lambda s: (
                not _of_another_year(question, s)
                and (bool(s.fact) or question.type not in _NEEDS_FACT)
            ),
            "tahunnya lain",
        ),
        # (one that stands in for a person's, a date's or a number's sentence must hold one
        # too; a where-question may be answered by where it is said, "melalui situs resmi")
        # (a reason stands in only where it is the asked deed's: "kenapa pusat pelatihan …
        # ditaruh di jerman" against the centre "di Polandia" is not answered by why Germany
        # scheduled a G7 meeting)
        (
            True,
            elsewhere,
            lambda s: (
                not unplaced(s)
                and not elsewhere(s)
                and (bool(s.fact) or question.type not in _NEEDS_FACT)
                and (question.type != "mengapa" or _tells_the_deed(question, s))
            ),
            "tempat peristiwanya tidak ada",
        ),
    ]
    for applies, wrong_with, fits, reason in checks:
        wrong = wrong_with(best) if applies else []
        if wrong:
            instead = [s for s in ranked[:5] if fits(s)]
            if not instead:
                return abstain(question, passages, ranked, reason, wrong)
            best = instead[0]
    # (not held to the place checks again: it is the same report, and the sentence that points
    # back, which passed them, is the one that sets the deed's scene: "Kesepakatan tersebut
    # diambil … di markas NATO di Brussels" after a quote that names a centre in Poland)
    best = _told_before(question, best, ranked) or best
    other_year = _of_another_year(question, best)
    if other_year:
        return abstain(question, passages, ranked, "tahunnya lain", other_year)
    # (a premise the evidence shows false: only planned, only asked for, said not to be, or
    # an outcome still ahead)
    false_premise = (
        # (only asked for first: a request is no plan, and "Belum" would claim to know)
        only_asked_for(question, passages, best)
        or not_yet(question, passages, _deed_told(question, best, ranked))
        or said_not_to_be(question, passages, best)
        or _denied_closer(question, passages, best, ranked)
        or _site_placed_otherwise(question, passages, ranked)
        or _undone(question, passages, best)
        or _outcome_unreported(question, passages, best, ranked)
        or _after_not_during(question, passages, best)
        or _none_before_the_first(question, passages, ranked)
        or _portfolio_otherwise(question, passages, ranked, best)
        or _repeated_but_first(question, passages, ranked, best)
    )
    if false_premise is not None:
        return false_premise
    if question.type == "mengapa":
        # a reason is given for the deed its sentence reports, not for one another country did
        # (a name the reason's sentence merely leaves out is no other doer)
        replaced = replaced_country(question, best)
        if replaced:
            return abstain(question, passages, ranked, "praanggapan tidak didukung", replaced)
    premise_otherwise = _premise_otherwise(question, passages, ranked, best)
    if premise_otherwise is not None:
        return premise_otherwise
    first_told = _first_told(question, best, ranked)
    if first_told is not None:
        # "… udah yg kedua kalinya ya sejak rusia nyerang" against "Ini adalah kunjungan
        # pertamanya …": the report calls it the first, whatever sentence ranked first
        best = first_told
    unconfirmed = _unconfirmed_premise(question, best) if first_told is None else []
    if alternatives is not None:
        # (a word of one of two choices is what is asked, no premise: "… mengirim tentara,
        # atau memveto usulan itu?")
        chosen_between = alternatives[0].own | alternatives[1].own
        unconfirmed = [word for word in unconfirmed if word not in chosen_between]
    if unconfirmed:
        # "why was there worry the US might get distracted?": a sentence ranked close that
        # says the decisive word ("kekhawatiran") and as much of the question answers it
        # (with the sentence before it: "Hongaria berjanji tidak akan memveto usulan tersebut"
        # says which proposal only through the sentence it follows)
        # (or the rank it claims: "pendukung terbesar" is said by "penyokong utama")
        degree = {canonical(stem(w)) for w in unsaid_degree(question.text, best.text)}
        decisive = set(unconfirmed) & (set(_presupposed(question)) | degree)
        asked_terms = set(question.terms)
        # (not the words of the scene the question sets: "… when Zelensky showed up at NATO HQ"
        # need not be said again by the sentence that says the worry)
        clause = _main_deed_clause(question)
        clause_terms = {
            canonical(t) for t in analyze(glossed(clause) if question.language == "en" else clause)
        }
        best_says = asked_terms & token_set(best.text) & clause_terms
        # (any close one but the chosen: the top-ranked too, when a place check replaced it)
        saying = [
            s
            for s in ranked[:_PREMISE_REACH]
            if s is not best
            and decisive
            and (s.coverage >= best.coverage or best_says <= token_set(f"{s.previous} {s.text}"))
            and (s.fact or question.type not in _NEEDS_FACT)
            and not _unconfirmed_premise(question, s)
        ]
        if not saying:
            return _reversed_or_abstained(
                question, passages, ranked, "praanggapan tidak didukung", unconfirmed
            )
        best = saying[0]
    correction = ""
    if alternatives is not None:
        return _chosen_alternative(question, passages, ranked, alternatives)
    knowing = _knowing_claimed(question)
    known_claimed = _known_claimed_not_known(question, ranked, knowing) if knowing else None
    if knowing and known_claimed is None:
        # "Apakah Stoltenberg tahu kapan KTT digelar?": whether someone knows is told only by
        # a sentence that says it is not known; any other negation denies something else
        return abstain(question, passages, ranked, "tahu-tidaknya tak disebut")
    if known_claimed:
        said_not_known, clause = known_claimed
        best = replace(said_not_known, fact=_NEGATIVE[question.language])
        correction = f"\u201c{clause}\u201d"
    elif question.type == "yesno":
        # A "Tidak" needs its sentence to speak of the same claim as much as a "Ya" does:
        # "berjanji tidak akan memveto usulan tersebut" denies no veto of a membership.
        details = check_claim(question, best, confirming=best.fact in _AFFIRMATIVE)
        reversed_here = main_deed_reversed(question, best) if details.unconfirmed else ""
        if reversed_here:
            # "Apakah Stoltenberg mengundurkan diri …?" against "… resmi memperpanjang masa
            # jabatannya": the sentence tells the claim's own deed the other way round
            details = ClaimCheck(contradicted=reversed_here, detail=True)
        if details.unconfirmed:
            # "Apakah NATO beranggotakan 32 negara saat KTT Vilnius?": a close sentence that
            # names as much and gives the detail otherwise ("beranggotakan 31 negara") answers
            # "Tidak" with the article's value. (Speaking of the claim as much as the chosen
            # one, the place the claim got wrong aside: "Apakah sidang menhan diadakan di
            # Warsawa?" is answered by the sentence that sets the meeting in Brussels, and
            # never by one about a summit in Washington.)
            supported = claim_support(question, best)
            # (not where the chosen one says the claim's date, place or number as claimed:
            # "… berbincang dengan … Stoltenberg, pada Selasa (4/7)" for "Apakah Zelensky
            # berdiskusi dengan Stoltenberg pada 4 Juli?"; "kami telah mendiskusikannya," kata
            # Stoltenberg akhir April" is another talk)
            values_told = says_claimed_values(question, best)
            # (or one that tells the claim's deed the other way round, however little else of
            # it: "… setelah Stoltenberg resmi memperpanjang masa jabatannya" for "Apakah
            # Stoltenberg mengakhiri masa jabatannya sebelum …?")
            otherwise = [
                (s, check)
                for s in ranked[1:_PREMISE_REACH]
                for reversed_deed in [main_deed_reversed(question, s)]
                if reversed_deed
                or (
                    not values_told
                    and all(
                        a >= b for a, b in zip(claim_support(question, s), supported, strict=True)
                    )
                )
                for check in [check_claim(question, s, confirming=True)]
                if check.contradicted and (check.detail or reversed_deed)
            ]
            # ... and one of the same report that tells the whole claim confirms it: "… dan
            # Jerman diperkirakan akan mengeluarkan jaminan …" leaves "setelah KTT berakhir"
            # unsaid, a close sentence, "jaminan ini kemungkinan akan disampaikan setelah KTT
            # NATO berakhir", says it
            # (every name of the claim said there, with the sentence before; read only when no
            # sentence gives the detail otherwise)
            whole = otherwise or [
                (s, check)
                for s in ranked[1:_PREMISE_REACH]
                if s.article.id == best.article.id
                and not unsaid_names(question, s)[0]
                and all(a >= b for a, b in zip(claim_support(question, s), supported, strict=True))
                # (its deed's own words too, whether it confirms or denies: "tidak akan
                # memveto" tells no blocking)
                for check in [check_claim(question, s, confirming=True)]
                if not check.unconfirmed
                # (and some of the question's words: "“Orang-orang Ukraina berpikir …”" neither
                # confirms nor denies a veto, whatever the sentence before it says)
                and s.coverage > 0
            ]
            if whole:
                best, details = whole[0]
        visited = visit_claimed(question) if details.contradicted and details.detail else ()
        if visited:
            # "Did Zelensky go to Vilnius?": a close sentence that says every name of the claim
            # and puts someone where it does outweighs one that tells of the same person
            # elsewhere: the claim may be of that other occasion. It confirms the claim where it
            # tells all of it, else neither it nor "Tidak" can be said.
            as_claimed = [
                s
                for s in ranked[:_PREMISE_REACH]
                if s is not best
                and not unsaid_names(question, s)[0]
                and puts_someone_at(s, visited)
            ]
            confirmed = next(
                (
                    s
                    for s in as_claimed
                    if s.fact in _AFFIRMATIVE
                    and check_claim(question, s, confirming=True) == ClaimCheck()
                ),
                None,
            )
            if confirmed is not None:
                best, details = confirmed, ClaimCheck()
            elif as_claimed:
                return abstain(question, passages, ranked, "rincian klaim disebut laporan lain")
        other_doer = _cleft_answered_otherwise(question, best, details.unconfirmed)
        if other_doer:
            # "Apakah Prancis yang memegang kepresidenan G7?" against "Jerman, yang memegang
            # kepresidenan G7, …": another one did it
            details = ClaimCheck(contradicted=other_doer, detail=True)
        if details.unconfirmed:
            return abstain(
                question, passages, ranked, "rincian klaim tak disebut", details.unconfirmed
            )
        if not details.contradicted and best.fact not in _AFFIRMATIVE:
            # ("Apakah Zelensky tidak kecewa?": "Tidak" with what the sentence says instead)
            correction = said_undenied(question, best.text)
        elif not details.contradicted and set(question.terms) & (
            token_set(best.previous) - token_set(best.text)
        ):
            # (a "Ya" the sentence before helps to confirm cites it too: "zelensky pidato gak di
            # depan ribuan orang" is told by "… kata Zelensky kepada ribuan orang di Vilnius"
            # and "… selama berlangsungnya pidato" together)
            best.take_in_previous()
        if details.contradicted and best.fact in _AFFIRMATIVE:
            best = replace(best, fact=_NEGATIVE[question.language])
            correction = details.contradicted
            # (the words quoted, where the correction says more: "sudah lama (“telah lama”)")
            words_quoted = re.findall("\u201c([^\u201d]+)\u201d", correction)
            said_before = words_quoted[-1] if words_quoted else correction
            if said_before not in best.text and said_before in best.previous:
                # (the sentence before says it, "Hongaria berjanji tidak akan memveto …": both
                # are cited)
                best.take_in_previous()
    features = decision_features(question, best, ranked)
    trace = [
        f"kalimat: {best.article.id}@{best.start} (skor {best.score:.2f}, dense {best.dense:.2f}, "
        f"cakupan {best.coverage:.2f}, nama {best.entity_coverage:.2f})",
    ]
    confidence = None
    if model is not None:
        confidence = model.decider.probability(features)
        trace.append(
            f"keyakinan {confidence:.2f} (ambang {model.threshold:.2f}; "
            f"{model.decider.explain(features)})"
        )
        if confidence < model.threshold:
            answer = abstain(question, passages, ranked, f"keyakinan {confidence:.2f} rendah")
            answer.trace = trace + answer.trace
            return answer
    if question.type == "mengapa" and not best.fact and not gives_some_cause(best.text):
        return abstain(question, passages, ranked, "alasannya tak disebut")
    citations = _Citations()
    language = question.language
    if question.type == "list":
        answer = _compose_list(question, passages, ranked, citations)
        if not answer.citations:
            return abstain(question, passages, ranked, "tidak ada butir daftar yang cukup kuat")
    else:
        number = citations.number(best)
        parts = []
        if best.fact and best.fact != best.text:
            parts.append(_fact_sentence(question, best, number, correction))
        elif question.type == "apa" and best.has_focus:
            # "Apa yang diminta Zelensky?" against "Ia meminta A, B, dan C": what the asked
            # verb takes, when it is a list, is the answer's first line
            items = _focus_items(question, best.text)
            if items:
                parts.append(_list_lead(items, number, language))
        parts.append(f"{_lead_in(best, language)}: {quoted(best.text)} [{number}]")
        conflict = _conflicting(question, best, ranked)
        if conflict is not None:
            other = citations.number(conflict)
            parts.append(
                f"However, another source differs. {_lead_in(conflict, language)}: "
                f"{quoted(conflict.text)} [{other}]"
                if language == "en"
                else f"Namun, sumber lain menyebut hal berbeda. {_lead_in(conflict, language)}: "
                f"{quoted(conflict.text)} [{other}]"
            )
        answer = _cited_answer(question, "\n\n".join(parts), citations, passages)
    answer.confidence = confidence
    answer.trace = trace
    return answer


# How many words after "beberapa mitra" a name would be their name ("beberapa mitra seperti
# Jepang"), and the words that end the noun's phrase before one comes.
_NAME_AFTER_COUNT = 4
_PHRASE_ENDS = frozenset("di ke dari pada untuk karena yang dan atau dengan saat ketika".split())
# How far down the ranking a sentence that schedules the event asked about is looked for.
_OUTCOME_DEPTH = 6
# How far down the ranking a sentence naming what a where-question places is looked for.
_HEAD_DEPTH = 3
# The coverage at which a sentence tells the whole question.
_WHOLE_COVERAGE = 1.0
# The share of the best sentence's coverage of the question a lower sentence whose person
# stands in for it must have.
_STAND_IN_COVERAGE = 0.5
# How far down the ranking a sentence that sets a named place in its country is looked for.
_LOCATED_DEPTH = 10


def _country_of_named_place(question: Question, sentence: Sentence) -> str | None:
    """The country the sentence puts after a place the question names, as written."""
    for name in question.entities:
        country = country_after(name, sentence.text)
        if country:
            return country
    return None


# How far down the ranking a sentence with the asked verb is looked for.
_FOCUS_DEPTH = 8


def _doers_noun_only(question: Question, sentence: Sentence) -> bool:
    """The asked verb's stem is in the sentence only as its doers' noun, in the plural ("para
    pemimpin" for "memimpin"), which `has_focus` does not count. (One doer named by the noun
    did the deed: "Pemimpin delegasi AS, Antony Blinken, …".)"""
    if sentence.has_focus:
        return False
    plural = re.finditer(r"\b(?:para\s+([\w-]+)|([\w]+)-\2)\b", sentence.text, re.IGNORECASE)
    return any(question.focus in token_set(m.group(1) or m.group(2)) for m in plural)


def _only_its_speaker(question: Question, sentence: Sentence) -> bool:
    """The sentence's person is who said its words, and neither it nor the sentence before
    tells the deed asked (words asked are told by any verb of saying)."""
    if not sentence.fact or question.asks_words:
        return False
    told = token_set(sentence.text) | token_set(sentence.previous)
    # (asking in other words tells the asking: "mendesak" for "meminta")
    return not same_deed(question.focus) & told and attributed_to(
        sentence, sentence.fact.split()[-1]
    )


def _focus_first(question: Question, ranked: list[Sentence]) -> list[Sentence]:
    """ "Apa yang dikhawatirkan Zelensky saat kunjungannya ke markas NATO?": the sentence that
    carries the verb asked about ("menyatakan kekhawatirannya bahwa ...") answers it, not the
    higher one that only sets the scene ("Zelensky tiba di markas NATO"). Within the top
    sentence's article only: another report's sentence with the verb is another event, unless
    the two are ranked all but level and it speaks of the question as much ("Kebijakan apa yang
    cenderung hanya dikonfirmasi para menlu …?" is told by "… hanya mengkonfirmasi kebijakan
    pintu terbuka …", not by a quote of another minister's in another report)."""
    # (a list has its own rule for the sentence that enumerates with the verb: `_list_items`)
    if question.type in {*FACT_TYPES, "list"} or not question.focus or ranked[0].has_focus:
        return ranked
    top = ranked[0]
    carrier = next(
        (
            s
            for s in ranked[:_FOCUS_DEPTH]
            if s.has_focus
            and (
                s.article.id == top.article.id
                or (s.score >= top.score * _LEVEL and s.joint_coverage >= top.joint_coverage)
            )
        ),
        None,
    )
    if carrier is None:
        return ranked
    return _promoted(carrier, ranked)


# Two sentences ranked all but level: the lower one's score is at least this share of the top's.
_LEVEL = 0.95


def _reason_told_next(question: Question, ranked: list[Sentence]) -> list[Sentence]:
    """ "Mengapa Zelensky mencari lebih banyak dukungan senjata …?": the top sentence tells the
    deed with no reason ("… di saat dirinya mencari lebih banyak dukungan senjata …"); news
    gives it in the sentence right after ("Dukungan senjata diperlukan untuk bertahan di tengah
    invasi Rusia …"), which then answers, when it speaks of what was asked."""
    top = ranked[0]
    if question.type != "mengapa" or top.fact:
        return ranked
    following = next(
        (
            s
            for s in ranked[1:]
            if s.fact
            and s.article.id == top.article.id
            and s.previous == top.text
            and s.predicate_coverage > 0
        ),
        None,
    )
    return _promoted(following, ranked) if following else ranked


# Thanks given: what a question of how someone thanked asks the medium of.
_THANKS = re.compile(r"\b(?:berterima kasih|terima kasih|thank\w*)\b", re.IGNORECASE)


# Nouns of words said or sent: "Pesan Stoltenberg ditujukan kepada siapa?" asks about the
# message as a thing sent, which "Stoltenberg mengirimkan “pesan yang jelas” kepada Rusia"
# reports as his.
_WORDS_NOUNS = re.compile(r"\b(?:pesan|pernyataan|komentar|tanggapan|ucapan|cuitan)\w*", re.I)


def _reports_the_words_noun(question: Question, sentence: Sentence) -> bool:
    """The sentence names the words noun the question asks about ("pesan") and a person the
    question names: a report of their message, though no "kata X" gives it to them."""
    asked = glossed(question.text) if question.language == "en" else question.text
    nouns = {canonical(stem(m.group().lower())) for m in _WORDS_NOUNS.finditer(asked)}
    said = token_set(sentence.text)
    return bool(nouns & said) and bool(set(question.entities) & said)


def _countries_headed(question: Question, person: str) -> frozenset[str]:
    """The countries whose government the person heads, by the offices the passages give them
    ("hongaria" for Orban, "Perdana Menteri Hongaria"): the country speaks for them ("Hongaria
    berjanji …" is a promise asked of Orban)."""
    return frozenset(w for w in headed_by(question.offices, [person]) if is_country(w.title()))


def _words_of_another(question: Question, sentence: Sentence) -> bool:
    """The sentence gives its words to someone (`speakers_in`), and to no one the question
    names, by name or by the office the passages give them ("Sekjen NATO" for Stoltenberg)."""
    asked = token_set(glossed(question.text) if question.language == "en" else question.text)
    named = {canonical(w.lower()) for w in question.entities} | {
        surname for surname, office in question.offices if office & asked
    }
    named |= {country for person in list(named) for country in _countries_headed(question, person)}
    speakers = [name for _, name in speakers_in(sentence.text)]
    return bool(speakers) and not any(
        {canonical(w.lower()) for w in re.findall(r"[\w'’-]+", name)} & named for name in speakers
    )


def _promoted(
    sentence: Sentence, ranked: list[Sentence], fact: str | None = None
) -> list[Sentence]:
    """`sentence` first, with the first place's score: a rule, not the ranker, put it there,
    and the decision weighs the ranker's margin over the rest."""
    first = replace(sentence, score=max(ranked[0].score, sentence.score))
    if fact is not None:
        first.fact = fact
    return [first] + [s for s in ranked if s is not sentence]


# "Apa yang dilakukan X sebelum E?" is told the other way round: "E terjadi tak lama setelah
# X ..."; likewise "... setelah E?" by "E, sebelum X ...".
_ANCHOR_ASKED = re.compile(
    r"\b(?P<marker>sebelum|setelah|sesudah|usai|before|after|ahead of|following)\s+"
    r"(?P<event>[^,?;]+)",
    re.IGNORECASE,
)
_BEFORE_MARKERS = frozenset({"sebelum", "before", "ahead of"})
# The focus of a question that asks an open deed: "apa yang terjadi", "apa yang dilakukan"
# (not a kind of deed, "keputusan apa": what came before need not be one).
_OPEN_DEEDS = frozenset({"jadi", "laku"})
_AFTER_IN_ARTICLES = r"setelah|sesudah|usai|seusai"
_BEFORE_IN_ARTICLES = r"sebelum|menjelang"


def _told_the_other_way_round(question: Question, ranked: list[Sentence]) -> list[Sentence]:
    """The sentence that names the question's anchor event and then, after the opposite
    marker, the deed asked for ("Perbincangan ini terjadi tak lama setelah Stoltenberg resmi
    memperpanjang masa jabatannya" for "Apa yang dilakukan Stoltenberg sebelum perbincangan
    dengan Zelensky?") goes first, its clause after the marker as the fact (in Indonesian
    answers; an English one quotes the sentence)."""
    anchor = _ANCHOR_ASKED.search(question.text)
    if anchor is None or (question.focus and question.focus not in _OPEN_DEEDS):
        # (a deed the question names, "What aid did he push allies to pledge ahead of the
        # talks?", is asked in the anchor's time; only an open "what did X do", "what
        # happened" is told so)
        return ranked
    words = anchor.group("event")
    event = token_set(glossed(words) if question.language == "en" else words)
    event -= set(question.entities)
    asked_before = anchor.group("marker").lower() in _BEFORE_MARKERS
    inverse = _AFTER_IN_ARTICLES if asked_before else _BEFORE_IN_ARTICLES
    named = set(question.entities)
    for sentence in ranked[:_FOCUS_DEPTH]:
        told = re.search(rf"\b(?:{inverse})\s+(?P<deed>[^,;]+?)\s*[.;]?$", sentence.text, re.I)
        if (
            told
            and event & token_set(sentence.text[: told.start()])
            # the deed told is done by someone the question names ("... setelah Stoltenberg
            # resmi memperpanjang ..."), not a later event ("sebelum KTT dimulai")
            and (not named or named & token_set(told.group("deed")))
        ):
            # (an English answer quotes the sentence: a clause is never translated)
            deed = told.group("deed").strip(" .")
            fact = sentence.text if question.language == "en" else deed[:1].upper() + deed[1:]
            return _promoted(sentence, ranked, fact)
    return ranked


def told_next(question: Question, passages: list[Passage], following: Sentence) -> Answer:
    """ "terus abis itu?": the sentence the last answer's report tells next, quoted and cited
    whole (it is what was asked: what came after)."""
    citations = _Citations()
    number = citations.number(following)
    lead = _lead_in(following, question.language)
    opening = "Next" if question.language == "en" else "Selanjutnya"
    text = f"{opening}, {lead[:1].lower()}{lead[1:]}: {quoted(following.text)} [{number}]"
    answer = _cited_answer(question, text, citations, passages)
    answer.trace = ["kalimat berikutnya dari laporan jawaban sebelumnya"]
    return answer


def _cited_answer(
    question: Question, text: str, citations: _Citations, passages: list[Passage]
) -> Answer:
    return Answer(
        question=question.text,
        text=text,
        citations=citations.items,
        passages=passages,
        language=question.language,
    )


# How many of the strongest sentences a list may continue right after.
_CONTINUED_LIST_REACH = 3


def _continued_lists(question: Question, ranked: list[Sentence]) -> set[tuple[str, int]]:
    """The lists right after one of the strongest sentences that go on with its doer and ask
    for them, or do the deed asked: "Zelensky kemudian mendesak para sekutunya meningkatkan
    pasokan senjata …. Ia meminta sistem pertahanan udara, rudal jarak jauh, dan amunisi" for
    the weapons he pressed for (news tells the deed, then lists it in the next sentence; not
    "Ia juga mengunjungi Paris, Berlin, dan Roma"); or that say the very verb asked, however
    few their items ("Di markas NATO, sekutu Ukraina bertemu …. Mereka berfokus menjaga … dan
    menyediakan …" for what the allies focused on)."""
    strongest = {s.text for s in ranked[:_CONTINUED_LIST_REACH] if s.predicate_coverage > 0}
    deeds = request_stems() | {question.focus} - {""}
    return {
        s.key
        for s in ranked
        if (s.enumerates or s.has_focus)
        and s.previous in strongest
        and (continues_the_previous(s) or DOER_PRONOUN_OPENING.match(s.text) is not None)
        and s.article_entity_coverage >= 1.0
        and deeds & token_set(s.text)
    }


def _list_items(question: Question, ranked: list[Sentence]) -> list[Sentence]:
    """The facts of a list: the strongest sentences, at most two per article."""
    floor = ranked[0].score * LIST_SCORE_RATIO
    # A sentence that itself lists ("Ia meminta A, B, dan C") with the verb asked about ("Apa
    # saja yang diminta Zelensky?"), in an article whose retrieved passages name everyone asked
    # about, answers the list whole: it goes first, however low the ranker (fitted on single
    # facts: "Ia" names no one) put it.
    listing = {
        s.key
        for s in ranked
        if question.focus and s.has_focus and s.enumerates and s.article_entity_coverage >= 1.0
    }
    listing = listing or _continued_lists(question, ranked)
    per_article: dict[str, int] = {}
    chosen: list[Sentence] = []

    def order(sentence: Sentence) -> tuple[bool, int]:
        # (among listing sentences, the one naming more of whom the question asks about
        # itself: "ia dan Zelensky membahas A dan B" over "Menurut Stoltenberg, para anggota
        # NATO sudah membicarakan C dan D" for what Zelensky and Stoltenberg talked about)
        listed = sentence.key in listing
        named = len(set(question.entities) & token_set(sentence.text)) if listed else 0
        return not listed, -named

    for sentence in sorted(ranked, key=order):
        if len(chosen) == _MAX_LIST_ITEMS:
            break
        if sentence.score < floor and sentence.key not in listing:
            continue
        if sentence.key not in listing and sentence.entity_coverage < LIST_MIN_ENTITY_COVERAGE:
            continue
        if question.place_kind == "country" and not _new_countries(question, sentence):
            continue  # "Negara mana saja ...": each item names a country the question does not
        if per_article.get(sentence.article.id, 0) < 2:
            per_article[sentence.article.id] = per_article.get(sentence.article.id, 0) + 1
            chosen.append(sentence)
    return chosen


def _new_countries(question: Question, sentence: Sentence) -> list[str]:
    asked = set(question.entities)
    return [name for _, name in countries_in(sentence.text) if canonical(name) not in asked]


def _one_per_report(ranked: list[Sentence]) -> list[Sentence]:
    """ "Urutkan pertemuan-pertemuan NATO ...": each report is one event of the timeline, told
    best by its opening sentence (what happened, where, when) where that was retrieved, else by
    its strongest sentence; reports in the order the ranker found them. No score floor as for
    lists: the ranker, fitted on single facts, scores every report but the best low (a floor at a
    quarter of the best dropped all three dev timelines it answers); the entity check stays."""
    per_article: dict[str, Sentence] = {}
    for sentence in ranked:
        if sentence.entity_coverage < LIST_MIN_ENTITY_COVERAGE:
            continue
        kept = per_article.get(sentence.article.id)
        if kept is None or (sentence.lead and not kept.lead):
            per_article[sentence.article.id] = sentence
    return list(per_article.values())[:_MAX_LIST_ITEMS]


# "Siapa saja pejabat …", "zelensky ketemu siapa aja", "Who all did he meet?": people are
# listed by name. (The one definition both list checks read.)
_PEOPLE_LISTED = re.compile(r"\bsiapa(?:kah)?\s+(?:saja|aja)\b|\bwho\b", re.IGNORECASE)


# (not "kepala negara", a head of state: a person)
_COUNTRIES = re.compile(r"(?<!kepala )\bnegara(?:-negara|2)?\b|\bcountr(?:y|ies)\b", re.IGNORECASE)


def _people_asked(question: Question) -> bool:
    """People are listed, not countries ("Siapa saja menteri …", not "Negara siapa saja …")."""
    return bool(_PEOPLE_LISTED.search(question.text)) and not _COUNTRIES.search(question.text)


def _office_holders_asked(question: Question) -> bool:
    """People of an office or calling are listed ("Siapa saja menteri …", "pemimpin"), whom
    only a name answers; "Siapa saja yang bertemu …" may be answered by a group ("negara-negara
    sekutu Ukraina")."""
    return _people_asked(question) and bool(
        set(re.findall(r"[a-z]+", question.text.lower())) & (office_nouns() | person_nouns("heads"))
    )


def _names_one_listed(question: Question, sentence: Sentence) -> bool:
    """For a list of people or countries, the sentence names one the question does not:
    "Menurut sejumlah pejabat, …" lists no official, and "AS, Inggris, Prancis, dan Jerman …"
    no country besides those a "selain AS, Inggris, …" question already names. True for any
    other list."""
    countries = question.place_kind == "country" or _COUNTRIES.search(question.text)
    people = not countries and _PEOPLE_LISTED.search(question.text)
    if not countries and not people:
        return True
    # (against all the question's words: chat's "selain as, inggris, …" names no entities)
    asked = token_set(question.text)
    new_country = any(not token_set(name) <= asked for _, name in countries_in(sentence.text))
    # (a country is a "who" too: "siapa saja yang memberi jaminan" -> AS, Inggris …)
    return new_country or bool(people and gives_a_name(question, sentence.text))


# Something set at a body's seat: "di markas NATO" (as normalised: "kantor pusat",
# "headquarters").
_AT_A_SEAT = re.compile(r"\b(?:di|ke|dari|at|to|in)\s+(?:the\s+)?markas\b", re.IGNORECASE)
# ... unless the question asks for what was not there: "selain yang dibahas di markas NATO".
_OTHER_THAN = re.compile(r"\b(?:selain|bukan|kecuali|other than|besides|apart from)\b", re.I)


def _compose_list(
    question: Question, passages: list[Passage], ranked: list[Sentence], citations: _Citations
) -> Answer:
    """One bullet per fact, at most two per article, in date order: lists and timelines."""
    if ORDER_ASKED.search(question.text):
        chosen = _one_per_report(ranked)
    else:
        # "zelensky minta senjata apa aja ke nato pas di brussels": items from reports that
        # set something in Brussels, when any does
        placed = ranked
        if _named_places(question.text):  # (once per article: its retrieved text is the same)
            unsaid = {
                s.article.id: bool(_places_unsaid(question, s, passages)) for s in reversed(ranked)
            }
            placed = [s for s in ranked if not unsaid[s.article.id]]
        candidates = [placed or ranked]
        if _AT_A_SEAT.search(question.text) and not _OTHER_THAN.search(question.text):
            # "sekutu ukraina pas ketemu di markas nato fokusnya ke apa aja": a body's seat is
            # a place too; an article that never names it (the meeting in Bucharest) is of
            # another meeting (tried first: items that name no one listed fall back to all)
            at_seat = {s.article.id: "markas" in _article_words(s, passages)[0] for s in ranked}
            candidates.insert(0, [s for s in placed if at_seat[s.article.id]])
        listed_items = (_list_items(question, found) for found in candidates if found)
        # (the items found must name one of the kind listed: else nothing to list)
        chosen = next(
            (items for items in listed_items if any(_names_one_listed(question, s) for s in items)),
            [],
        )
    # The strongest sentence's own list of what was asked, when it has one, is the answer's
    # first line: "Apa saja yang diminta Zelensky?" -> "sistem pertahanan udara, rudal jarak
    # jauh, dan amunisi".
    continued = _continued_lists(question, ranked) if chosen else set()
    listed = next(
        (
            (s, items)
            for s in chosen[:1]
            for items in [_asked_items(question, s.text) or _continued_items(s, continued)]
            if items
        ),
        None,
    )
    chosen.sort(key=sentence_date)
    language = question.language
    if len(chosen) == 1 and listed is None:
        # "What weapons did Stoltenberg urge … to let Ukraine use?" found in one sentence that
        # lists nothing: that sentence is the answer, not a list of one under a header
        only = chosen[0]
        if _office_holders_asked(question) and not gives_a_name(question, only.text):
            # "Siapa saja menteri yang hadir di Bucharest?" against a sentence about the
            # meeting that names none of them: who they were is not told
            return abstain(question, passages, ranked, "tidak ada nama yang ditanyakan")
        text = f"{_lead_in(only, language)}: {quoted(only.text)} [{citations.number(only)}]"
        return _cited_answer(question, text, citations, passages)
    header = "According to the articles:" if language == "en" else "Menurut artikel-artikel:"
    lines = [header]
    if listed is not None and not ORDER_ASKED.search(question.text):
        lines.insert(0, _list_lead(listed[1], citations.number(listed[0]), language) + "\n")
    elif _PEOPLE_LISTED.search(question.text):
        people = _people_lead(question, chosen, citations)
        if people:
            lines.insert(0, people + "\n")
    for sentence in chosen:
        number = citations.number(sentence)
        when = _when(sentence, language)
        label = ", ".join(x for x in (when, _source_label(sentence.article, language)) if x)
        lines.append(f"- {label}: {quoted(sentence.text)} [{number}]")
    return _cited_answer(question, "\n".join(lines), citations, passages)


def _people_lead(question: Question, chosen: list[Sentence], citations: _Citations) -> str:
    """Each listed sentence's person bound to the question, bold and cited, in the order
    listed: "**Joe Biden** [2]." ("" when none gives one)."""
    asked = replace(question, type="siapa")
    people: dict[str, int] = {}
    for sentence in chosen:
        fact = extract_fact(asked, sentence.text, sentence.article.published)
        if fact.text and fact.binding > 0 and fact.text not in people:
            people[fact.text] = citations.number(sentence)
    return ", ".join(f"**{name}** [{number}]" for name, number in people.items()) + (
        "." if people else ""
    )


# Words between the asked verb and the list it takes ("meminta para sekutu sistem …").
_FOCUS_TO_ITEMS = 3


def _focus_items(question: Question, text: str) -> str | None:
    """The list the question's focus verb takes in the sentence, if it takes one."""
    found = enumeration(text)
    return found.items if found and _taken_by_focus(question, text, found) else None


def _taken_by_focus(question: Question, text: str, found: Enumeration) -> bool:
    if not question.focus:
        return False
    before = text[: text.find(found.items)].split()[-_FOCUS_TO_ITEMS - 1 :]
    return any(question.focus in token_set(word) for word in before)


def _asked_items(question: Question, text: str) -> str | None:
    """The sentence's list when it is of what was asked: the asked verb takes it, a word that
    gives examples opens it ("barang-barang seperti bahan bakar, …"), or countries are asked
    and it lists only countries. Any list the sentence holds is not ("Dalam bentuk apa saja
    jaminan …?" is not answered "AS, Inggris, Prancis, dan Jerman")."""
    found = enumeration(text)
    if found is None:
        return None
    if _people_asked(question) and not re.search(r"\b[A-Z]", found.items):
        # "Siapa saja menteri yang hadir …?" is not answered by "sistem pertahanan udara dan
        # amunisi": people are listed by name
        return None
    if found.introduced or _taken_by_focus(question, text, found):
        return found.items
    only_countries = len(countries_in(found.items)) == found.count
    if only_countries and _PEOPLE_LISTED.search(question.text):
        # "Siapa saja yang diprediksi memberi jaminan …?": countries that do the deed, opening
        # the clause ("AS, Inggris, Prancis, dan Jerman diperkirakan …"), are who does it
        return found.items if CLAUSE_START.search(text[: text.find(found.items)]) else None
    return found.items if question.place_kind == "country" and only_countries else None


def _continued_items(sentence: Sentence, continued: set[tuple[str, int]]) -> str | None:
    """A continued list's items (`_continued_lists`): what its own verb takes is the deed the
    sentence before told."""
    found = enumeration(sentence.text) if sentence.key in continued else None
    return found.items if found else None


def _list_lead(items: str, number: int, language: str) -> str:
    """ "**A, B, dan C** [n]."; in English the items in English where the glossary knows them
    all, else quoted as the article's words."""
    return _stated(items, number, language, "The article lists")


def _stated(fact: str, number: int, language: str, english_intro: str) -> str:
    """ "**fact** [n]."; in English the fact in English where the glossary knows all its words,
    else quoted as the article's ("The article says: “…” [n].")."""
    if language != "en":
        return f"**{fact}** [{number}]."
    items = english_items(fact)
    if items:
        return f"**{items}** [{number}]."
    english = english_fact(fact)
    if any(is_indonesian_word(word) for word in re.findall(r"[A-Za-z]+", english)):
        return f"{english_intro}: “{fact}” [{number}]."
    return f"**{english}** [{number}]."


# An event counts as found when a sentence (with the one before it) carries this share of its
# words; otherwise the question is answered as a plain list.
EVENT_MIN_COVERAGE = 0.5


def _event_words(event: str, language: str, known: set[str]) -> tuple[set[str], set[str]]:
    """The event's words and its names, as the articles' tokens write them (stemmed:
    "Pertahanan" -> tahan); an English event by its names and the glossary's Indonesian for its
    other words ("winter aid" -> musim dingin, bantuan). `known` are the question's names: an
    event that opens with one ("Kuleba's call ...") has no capital to tell it by."""
    event = re.sub(r"['’]s\b", "", event.replace("–", "-").replace("—", "-"))  # "Kuleba's"
    tokens = {canonical(t) for t in analyze(event)}
    names = {canonical(t) for t in analyze(" ".join(named_entities(event)))} | (tokens & known)
    # ("KTT" is written as a name but names a kind of meeting, "pertemuan puncak")
    names = {name for name in names if not is_event_word(name)}
    if language != "en":
        return tokens, names
    translated = {canonical(t) for t in analyze(translate_terms(event))}
    return translated | names, names


def _with_parts(words: frozenset[str]) -> set[str]:
    """Words with the parts of their hyphenated ones: "Dewan NATO-Ukraina" says nato and
    ukraina too."""
    return set(words) | {part for word in words if "-" in word for part in word.split("-")}


def _event_sentences(
    words: list[tuple[set[str], set[str]]], ranked: list[Sentence], dated_first: bool = False
) -> list[Sentence | None]:
    """Each event's own sentence: the most of the event's words (with the sentence before it),
    then the most in the sentence itself, then one that dates it, then the ranker's order.
    `dated_first`: one that dates it before all (a span is counted from dates)."""
    options = []
    for number, (terms, names) in enumerate(words):
        # A two-word event ("KTT Tokyo") is found only whole: one shared word is no match.
        needed = 1.0 if len(terms) <= 2 else EVENT_MIN_COVERAGE
        for rank, sentence in enumerate(ranked):
            own = _with_parts(token_set(sentence.text))
            joint = own | _with_parts(token_set(sentence.previous))
            coverage = len(terms & joint) / len(terms) if terms else 0.0
            # The event's names are said, and some of its words are in the cited sentence itself.
            # (a name may be said by the article's title, which names the occasion all its
            # sentences are of: "percakapan … sebelum KTT di Vilnius" under "… Berbincang
            # Jelang Pertemuan NATO di Vilnius")
            titled = joint | _with_parts(token_set(sentence.article.title))
            if coverage >= needed and names <= titled and terms & own:
                # (of two that cover it alike, the one that dates it: "..., kata Stoltenberg
                # akhir April lalu" over the undated summary before it)
                dates_it = bool(find_dates(sentence.text, sentence.article.published))
                key = (coverage, len(terms & own), dates_it, -rank)
                options.append(((dates_it, *key) if dated_first else key, number, sentence))
    # One sentence may tell two events, each by its own date ("KTT 2008 di Istana Parlemen
    # yang dibangun di bawah diktator yang digulingkan pada 1989"): `_event_date` binds each.
    chosen: dict[int, Sentence] = {}
    for _, number, sentence in sorted(options, key=lambda option: option[0], reverse=True):
        chosen.setdefault(number, sentence)
    return [chosen.get(number) for number in range(len(words))]


def _told_events(
    question: Question, ranked: list[Sentence], dated_first: bool = False
) -> tuple[list[tuple[set[str], set[str]]], list[Sentence]] | None:
    """Each listed event's words and names, and its own sentence (`_event_sentences`); None
    when some event is told by no sentence."""
    # (the question's capitalised names, and the lower-case ones its analysis found in chat,
    # "kuleba ngomong … sm zelensky ngobrol …": its chat verbs are standard words by then,
    # "ngetwit" read as "mencuit", so no verb passes for a name)
    known = {canonical(t) for t in analyze(" ".join(named_entities(question.text)))}
    if question.language == "id":
        known |= set(question.entities) & {canonical(t) for t in analyze(question.text)}
    words = [_event_words(event, question.language, known) for event in question.events]
    sentences = _event_sentences(words, ranked, dated_first)
    if None in sentences:
        return None
    return words, cast(list[Sentence], sentences)


# How a span is said, by unit: Indonesian, English singular, English plural.
_SPAN_WORDS = {
    "year": ("tahun", "year", "years"),
    "month": ("bulan", "month", "months"),
    "week": ("minggu", "week", "weeks"),
    "day": ("hari", "day", "days"),
}
# The finest a date must be to count a span in the unit.
_SPAN_PRECISION = {"year": {"year", "month", "day"}, "month": {"month", "day"}}


def _told_only_as_planned(event: str, sentence: Sentence) -> bool:
    """The event, asked as done, is told by its sentence only as agreed to, planned or
    expected: a word of planning stands right before its first verb ("setuju bahwa Ukraina
    pada akhirnya akan menjadi anggota" for "Ukraina menjadi anggota"; not for "KTT … yang
    menyepakati Ukraina kelak menjadi anggota", an agreement done)."""
    words = re.findall(r"[\w'’-]+", event)
    if planned_words(event) or any(only_modal(word) for word in words):
        return False  # asked as planned or expected itself ("… akan menjadi anggota")
    # (becoming is a deed too: "menjadi anggota", which the tokenizer takes for no verb form)
    verb = next(
        (token_set(word) for word in words if is_verb_form(word) or word.lower() == "menjadi"),
        frozenset(),
    )
    written = re.findall(r"[\w'’-]+", sentence.text)
    return bool(verb) and any(
        planned_words(word) and any(token_set(after) & verb for after in written[at + 1 : at + 4])
        for at, word in enumerate(written)
    )


def _compose_span(
    question: Question, passages: list[Passage], ranked: list[Sentence]
) -> Answer | None:
    """ "Berapa tahun selisih antara A dan B?": each event's own sentence and the date it
    gives, and the time between them in the unit asked; None when an event is untold or
    undated, or dated too coarsely for the unit (a year gives no count of days)."""
    told = _told_events(question, ranked, dated_first=True)
    if told is None:
        return None
    words, sentences = told
    if any(
        _told_only_as_planned(event, sentence)
        for event, sentence in zip(question.events, sentences, strict=True)
    ):
        return None  # "… setelah KTT, Ukraina menjadi anggota?" against "… akan menjadi anggota"
    mentions = _event_mentions([terms for terms, _ in words], sentences)
    unit = question.span_unit
    needed = _SPAN_PRECISION.get(unit, {"day"})
    if any(m is None or m.precision not in needed for m in mentions):
        return None
    dated = cast(list[DateMention], mentions)
    if question.span_from_first and dated[1].date < dated[0].date:
        return None  # "Berapa tahun setelah A, B?" where B came first: no such span
    first, then = sorted(dated, key=lambda m: m.date)
    if unit == "year":
        count = then.date.year - first.date.year
    elif unit == "month":
        count = (then.date.year - first.date.year) * 12 + then.date.month - first.date.month
    else:
        count = (then.date - first.date).days // (7 if unit == "week" else 1)
    if count <= 0:
        return None  # one time for both: no span to state
    language = question.language
    indonesian, one, many = _SPAN_WORDS[unit]
    said = f"{count} {indonesian}" if language == "id" else f"{count} {one if count == 1 else many}"
    citations = _Citations()
    by_date = sorted(zip(dated, sentences, strict=True), key=lambda pair: pair[0].date)
    numbers = [citations.number(sentence) for _, sentence in by_date]
    span = (
        f"from {first.format(language)} [{numbers[0]}] to {then.format(language)} [{numbers[1]}]"
        if language == "en"
        else f"dari {first.format(language)} [{numbers[0]}] hingga {then.format(language)}"
        f" [{numbers[1]}]"
    )
    lines = [f"**{said}**: {span}.", ""]
    for _, sentence in by_date:
        label = _source_label(sentence.article, language)
        lines.append(f"- {label}: {quoted(sentence.text)} [{citations.number(sentence)}]")
    answer = _cited_answer(question, "\n".join(lines), citations, passages)
    answer.trace = [f"selisih waktu dua peristiwa: {said}"]
    return answer


def _compose_order(
    question: Question, passages: list[Passage], ranked: list[Sentence]
) -> Answer | None:
    """ "Mana yang lebih dulu: A atau B?", "Urutkan: A, B, dan C": each event's own sentence and
    its date, in date order; None when some event is told by no sentence."""
    named = set(named_entities(" ".join(question.events)))
    if named & set(question.unknown_entities):
        return None  # an event no article names: not ordered, answered (or not) as a list
    # Shown as the asker named them in English ("NATO-Ukraine", not the normalised
    # "Nato-ukraina"); in Indonesian in the articles' words, not the asker's chat ("udh", "jd").
    shown = listed_events(question.asked) if question.language == "en" else []
    names = shown if len(shown) == len(question.events) else question.events
    told = _told_events(question, ranked)
    if told is not None and any(_told_as_earlier(sentence) for sentence in told[1]):
        # "Stoltenberg sendiri sebelumnya sudah memastikan …" is not of its report's day: a
        # sentence that dates the same event is wanted ("…, kata Stoltenberg akhir April lalu")
        told = _told_events(question, ranked, dated_first=True)
    if told is None:
        return None  # an event untold
    words, told_in = told
    language = question.language
    if any(_told_as_earlier(sentence) for sentence in told_in):
        return None  # still of some earlier day: its report's date would misplace it
    dates = _event_dates([terms for terms, _ in words], told_in, language)
    dated = [
        (event, sentence, *date)
        for event, sentence, date in zip(names, told_in, dates, strict=True)
    ]
    told_by: Sentence | None = None
    by_report = not _dates_order(dated)
    if by_report:
        # Events of one day, or of one report that dates only some of them: the report's own
        # "usai"/"sebelum" orders them ("Usai pidato tersebut, Zelensky beralih ..."), and so
        # does what it still expects ("Zelensky akan bergabung … di hari kedua").
        order = _told_order([terms for terms, _ in words], told_in, ranked, dated)
        if order is None:
            return None
        sequence, told_by = order
        dated = [dated[number] for number in sequence]
    else:
        dated.sort(key=lambda item: item[2])
    events = [(event, sentence) for event, sentence, _, _ in dated]
    citations = _Citations()
    steps = [(event, when, citations.number(sentence)) for event, sentence, _, when in dated]
    earlier, later = ("came first", "then") if language == "en" else ("lebih dulu", "lalu")
    if len(steps) == 2 and told_by is not None:
        # ordered by the report's own words, not by dates: the sentence that says so is cited
        (first_event, _, _), (then, _, _) = steps
        opening = f"**{first_event}** {earlier}, {later} {then} [{citations.number(told_by)}]."
    elif len(steps) == 2 and by_report:
        # ordered by what the report still expects: no date tells them apart
        (first_event, _, one), (then, _, two) = steps
        opening = f"**{first_event}** {earlier} [{one}], {later} {then} [{two}]."
    elif len(steps) == 2 and LAST_ASKED.search(question.text):
        (before, before_when, one), (last, last_when, two) = steps
        opening = (
            f"**{last}** came later ({last_when}) [{two}], after {before} ({before_when}) [{one}]."
            if language == "en"
            else f"**{last}** lebih belakangan ({last_when}) [{two}], setelah {before}"
            f" ({before_when}) [{one}]."
        )
    elif len(steps) == 2:
        (first_event, first_when, one), (then, then_when, two) = steps
        opening = (
            f"**{first_event}** {earlier} ({first_when}) [{one}], {later} {then} ({then_when})"
            f" [{two}]."
        )
    else:
        items = "; ".join(
            f"({n}) {event} — {when} [{number}]" for n, (event, when, number) in enumerate(steps, 1)
        )
        header = "In order, according to the articles" if language == "en" else "Urutannya"
        opening = f"{header}: {items}."
    if len(steps) > 2 and LAST_ASKED.search(question.text):
        # the last, as asked, before the whole order
        last, when, number = steps[-1]
        came = "came last" if language == "en" else "paling akhir"
        opening = f"**{last}** {came} ({when}) [{number}]. {opening}"
    lines = [opening, ""]
    for _, sentence in events:
        label = ", ".join(
            x for x in (_when(sentence, language), _source_label(sentence.article, language)) if x
        )
        lines.append(f"- {label}: {quoted(sentence.text)} [{citations.number(sentence)}]")
    answer = _cited_answer(question, "\n".join(lines), citations, passages)
    answer.trace = [f"urutan {len(steps)} peristiwa, masing-masing dari kalimatnya sendiri"]
    return answer


# A report's own date stands in for an event it gives no date; an event the same report dates
# this close to its publication may have come before or after it.
_STAND_IN_DAYS = 2


def _dates_order(dated: list[tuple[str, Sentence, str, str]]) -> bool:
    """The events' dates order them: all differ, and no report's date stands in for one event
    while another event of the same report has its own date, when the undated one is told as
    earlier than the report ("Stoltenberg sebelumnya sudah memastikan ...") or the other is
    within days of it (a speech told undated in the report of 12 July is not after the tweet
    "Selasa malam", 11 July)."""
    if len({key for _, _, key, _ in dated}) < len(dated):
        return False
    stand_ins = {s.article.id: s for _, s, _, _ in dated if not _own_date(s)}
    for _, sentence, key, _ in dated:
        stand_in = stand_ins.get(sentence.article.id)
        published = sentence.article.published
        if stand_in is None or not _own_date(sentence) or published is None:
            continue
        close = abs((dt.date.fromisoformat(key[:10]) - published).days) <= _STAND_IN_DAYS
        if close or _TOLD_AS_EARLIER.search(stand_in.text):
            return False
    return True


# A sentence that tells its event as one before the report's: "sebelumnya sudah memastikan".
_TOLD_AS_EARLIER = re.compile(
    r"\b(?:sebelumnya|sebelum ini|previously|earlier|had already)\b", re.IGNORECASE
)


def _own_date(sentence: Sentence) -> bool:
    return bool(find_dates(sentence.text, sentence.article.published))


# A clause an article orders its events with: "Usai pidato tersebut, ...", "..., sebelum
# bertemu para menteri pertahanan".
_TOLD_AFTER = re.compile(rf"\b(?:{order_words('after')})\s+([^,;.]+)", re.I)
_TOLD_BEFORE = re.compile(rf"\b(?:{order_words('before')})\s+([^,;.]+)", re.I)


def _told_order(
    every: list[set[str]],
    sentences: list[Sentence],
    ranked: list[Sentence],
    dated: list[tuple[str, Sentence, str, str]],
) -> tuple[list[int], Sentence | None] | None:
    """The events in order when every two of them are ordered, by their own dates or by what
    their report tells (`_pair_order`), and the orders agree; None when some two are not.
    With it, a sentence that tells an order in so many words."""
    before: dict[tuple[int, int], bool] = {}
    saying: Sentence | None = None
    for one, other in combinations(range(len(sentences)), 2):
        pair = _pair_order(
            [every[one], every[other]],
            [sentences[one], sentences[other]],
            ranked,
            dated,
            one,
            other,
        )
        if pair is None:
            return None
        first, told_by = pair
        before[(one, other)], before[(other, one)] = first == 0, first == 1
        saying = saying or told_by

    def earlier_first(a: int, b: int) -> int:
        return -1 if before[(a, b)] else 1

    order = sorted(range(len(sentences)), key=cmp_to_key(earlier_first))
    if not all(before[(a, b)] for a, b in combinations(order, 2)):
        return None  # the orders contradict each other
    return order, saying


def _pair_order(
    every: list[set[str]],
    sentences: list[Sentence],
    ranked: list[Sentence],
    dated: list[tuple[str, Sentence, str, str]],
    one: int,
    other: int,
) -> tuple[int, Sentence | None] | None:
    """Which of two events came first (0 or 1), with the sentence that says so when their
    report tells it: their own dates when both have one and they differ, or dates of two
    reports; else the report's "usai"/"sebelum" (`_order_told`); else an event the report
    still expects ("akan bergabung") after one it tells as done. None when nothing says."""
    keys = dated[one][2], dated[other][2]
    same_report = sentences[0].article.id == sentences[1].article.id
    own = all(_own_date(sentence) for sentence in sentences)
    if keys[0] != keys[1] and (own or not same_report):
        return (0 if keys[0] < keys[1] else 1), None
    told = _order_told(every, sentences, ranked)
    if told is not None:
        return told
    if same_report:
        expected = [_expects(s, words) for s, words in zip(sentences, every, strict=True)]
        if expected[0] != expected[1]:
            return (1 if expected[0] else 0), None
    return None


# How many words before the event's own word a plan word still plans it ("akan bergabung").
_PLAN_REACH = 3


def _expects(sentence: Sentence, words: set[str]) -> bool:
    """Whether the report itself still expects the event: a plan word just before one of the
    event's own words ("Zelensky akan bergabung … di hari kedua"); not a plan inside a quote
    ("… akan membawa …," tulisnya) nor one of something else the sentence tells ("sudah setuju
    Ukraina pada akhirnya akan bergabung" is an agreement made, of a joining to come)."""
    said = re.findall(r"[\w-]+", re.sub(r"[\"“][^\"”]*[\"”]", " ", sentence.text))
    return any(
        _TO_COME.fullmatch(word)
        and words & token_set(" ".join(said[at + 1 : at + 1 + _PLAN_REACH]))
        for at, word in enumerate(said)
    )


# Words a report puts before a deed still to come (not "setuju", an agreement made).
_TO_COME = re.compile(
    r"akan|bakal|hendak|dijadwalkan|berencana|direncanakan|rencananya", re.IGNORECASE
)


def _order_told(
    every: list[set[str]], sentences: list[Sentence], ranked: list[Sentence]
) -> tuple[int, Sentence] | None:
    """Which of two events of one report the report tells as the earlier (0 or 1), by its own
    "usai X, ..." or "..., sebelum X": an event in an after-clause came before the other when
    the other is told in that sentence's main clause or later in the report; an event in a
    before-clause came after the other when the other is told there or earlier. None when the
    report does not say. With the event told first, the sentence that says so."""
    first, second = sentences
    if first.article.id != second.article.id:
        return None
    # what tells the two apart: the doer both share is no clue ("Zelensky")
    words = [every[0] - every[1], every[1] - every[0]]
    for sentence in ranked:
        if sentence.article.id != first.article.id:
            continue
        for pattern, clause_first in ((_TOLD_AFTER, True), (_TOLD_BEFORE, False)):
            for clause in pattern.finditer(sentence.text):
                # (by its own words, not by a name or a kind of meeting any event may share:
                # "setelah KTT NATO berakhir" tells nothing of "hari kedua KTT")
                said = token_set(
                    " ".join(
                        word
                        for word in clause.group(1).split()
                        if not word[:1].isupper() and not is_event_word(word)
                    )
                )
                rest = token_set(sentence.text[: clause.start()] + sentence.text[clause.end() :])
                for told in (0, 1):
                    other = 1 - told
                    if not words[told] & said or words[other] & said:
                        continue
                    where = sentences[other].start
                    in_rest = bool(words[other] & rest)
                    if clause_first and (in_rest or where >= sentence.start):
                        return told, sentence
                    if not clause_first and (in_rest or where <= sentence.start):
                        return other, sentence
    return None


# A report's words for an event before its own day, undated: "sebelumnya", "pernah".
_EARLIER = re.compile(r"\b(?:sebelumnya|sebelum ini|pernah|earlier|previously)\b", re.IGNORECASE)


def _told_as_earlier(sentence: Sentence) -> bool:
    """The sentence tells its event as of some earlier day without dating it."""
    return bool(_EARLIER.search(sentence.text)) and not find_dates(
        sentence.text, sentence.article.published
    )


def _event_dates(
    every: list[set[str]], sentences: list[Sentence], language: str
) -> list[tuple[str, str]]:
    """Each event's date as (sort key, label): its own (`_event_mentions`), else its report's,
    labelled as such."""
    dates = []
    for mention, sentence in zip(_event_mentions(every, sentences), sentences, strict=True):
        published = sentence.article.published
        if mention is not None:
            dates.append((mention.date.isoformat(), mention.format(language)))
        elif published is None:
            dates.append(("9999", ""))
        else:
            label = format_date(published, language)
            report = f"report of {label}" if language == "en" else f"berita {label}"
            dates.append((published.isoformat(), report))
    return dates


def _event_mentions(every: list[set[str]], sentences: list[Sentence]) -> list[DateMention | None]:
    """When each event's sentence says it happened: the date nearest the event's own words,
    its finest (a bare year too); None when the sentence gives none. Events told in one
    sentence with dates enough for each take its dates together, the way that puts each date
    nearest its own event's words ("Pada tahun 2008, KTT NATO ... diktator ... yang
    digulingkan pada tahun 1989": the summit 2008, the overthrow 1989, though "1989, setuju
    bahwa Ukraina" also stands by the summit's words)."""
    shared = set.intersection(*every) if every else set()
    own = [words - shared for words in every]  # the doer both share is no clue
    text = sentences[0].text
    mentions = find_dates(text, sentences[0].article.published)
    if len({s.key for s in sentences}) == 1 and len({m.date for m in mentions}) >= len(every):
        best = min(
            permutations(mentions, len(every)),
            key=lambda chosen: sum(
                _distance(text, mention, words) for mention, words in zip(chosen, own, strict=True)
            ),
        )
        return list(best)
    found: list[DateMention | None] = []
    for sentence, words in zip(sentences, own, strict=True):
        said = find_dates(sentence.text, sentence.article.published)
        found.append(
            min(said, key=lambda m: (_distance(sentence.text, m, words), m.precision == "year"))
            if said
            else None
        )
    return found


def _distance(text: str, mention: DateMention, words: set[str]) -> int:
    """How far a date stands from the nearest of the event's words in the sentence, in
    characters ("digulingkan pada tahun 1989" is the overthrow's year); the sentence's length
    when none is there."""
    gaps = [
        min(abs(word.start() - mention.end), abs(mention.start - word.end()))
        for word in re.finditer(r"[\w-]+", text)
        if token_set(word.group()) & words
    ]
    return min(gaps, default=len(text))


def _when(sentence: Sentence, language: str) -> str:
    """The date the sentence itself gives, resolved; else the article's publication date."""
    mentions = [
        m for m in find_dates(sentence.text, sentence.article.published) if m.precision != "year"
    ]
    if mentions:
        return mentions[0].format(language)
    return _date_label(sentence.article, language)
