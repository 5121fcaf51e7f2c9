"""The public Python API: `ask()` and corpus management, on one shared service."""

from __future__ import annotations

import datetime as dt
import logging
import re
import threading
from collections.abc import Callable, Collection, Sequence
from concurrent.futures import Future
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from qa.answer.backends import AnswerBackend, ExtractiveBackend, LLMBackend
from qa.answer.byline import outlet_words
from qa.answer.compare import (
    answer_reports_agreement,
    compare_answers,
    comparison_asked,
    reports_agreement_asked,
)
from qa.answer.compose import (
    cites_the_asked_deed,
    lacks_the_asked_date,
    tells_the_asked_deed,
    told_next,
    told_only_of_another,
)
from qa.answer.compound import join_answers, two_questions
from qa.answer.decision import load_answer_model
from qa.answer.evidence import (
    Sentence,
    SentenceEmbeddings,
    candidate_sentences,
    score_sentences,
)
from qa.answer.extract import extract_number
from qa.answer.followup import (
    asks_what_next,
    event_pointed_to,
    is_follow_up,
    last_quotations,
    resolve_follow_up,
    with_last_fact,
    with_stand_ins_put_in,
)
from qa.answer.holders import asks_an_office, passage_holders, with_holders
from qa.answer.question import (
    CALENDAR_WORDS,
    ORDER_ASKED,
    Question,
    analyze_question,
    asks_when,
    canonical,
    detect_language,
    token_set,
)
from qa.index import STORE_READS, NewsIndex, SentenceKey
from qa.ingest.load import iter_article_files
from qa.ingest.pipeline import (
    IngestReport,
    Progress,
    ingest_paths,
    rebuild_index,
    remove_article,
)
from qa.models import Answer, Article, ArticleMeta, HistoryMessage, Passage
from qa.retrieve import Filters, RetrievalMode, Retriever
from qa.settings import DEMO_CORPUS, Settings, get_settings
from qa.text.dates import DAYS, MONTHS, asked_period, find_dates, years
from qa.text.glossary import glossed, indonesian_for, translate_terms
from qa.text.normalize import (
    clean_text,
    hyphened_nya,
    lexical_expansion,
    normalize_question,
    written_forms,
)
from qa.text.numbers import asked_measure
from qa.text.places import same_country
from qa.text.sentences import split_sentences
from qa.text.speech import PERSON_PRONOUNS, QUOTED_WORDS
from qa.text.tokens import analyze
from vectorstore.lexical import LexicalFilter, LexicalIndex

if TYPE_CHECKING:  # llama-index loads only when an LLM is configured (2.2 s of imports)
    from llama_index.core.llms import LLM

log = logging.getLogger(__name__)
# A person a follow-up still calls by a pronoun once its stand-ins are put in.
_PERSON_LEFT = re.compile(rf"\b(?:{PERSON_PRONOUNS}|mereka|they)\b", re.IGNORECASE)
AnswerMode = Literal["auto", "extractive", "llm"]
LIST_TOP_K = 10
# "Urutkan pertemuan-pertemuan NATO ...": a timeline of every report on the subject; ten
# passages, several from the best-matching reports, left whole reports out.
TIMELINE_TOP_K = 20
# Passages per event an ordering question lists ("Urutkan: A, B, dan C").
EVENT_TOP_K = 3
# How far down the ranking a "berapa" question's passages are read for a count of the measure
# asked: "Berapa jumlah anggota NATO?" matches every report on membership better than the one
# sentence that counts the members ("aliansi … beranggotakan 31 negara"); and how many such
# passages join the top ones.
COUNT_POOL_K = 15
COUNT_EXTRA_K = 3
# The question's words that ask for a count, not what is counted.
_COUNTING_WORDS = token_set("jumlah banyak banyaknya nilai total berapa")
# How many opening words of a quotation in the last answer find the passage it came from (a
# quotation may be cut or wrap a chunk's end).
_QUOTE_WORDS_MATCHED = 8
# How many words a quotation in the question needs to be searched for on its own.
_QUOTED_WORDS_SEARCHED = 3
SECOND_LOOK_TOP_K = 15  # passages a date question searches when the first ones date nothing
# Earlier messages read as a question is (normalised) before a follow-up resolves against
# them: the last three exchanges, as far as a reference reaches back.
_NORMALIZED_TURNS = 6
MAX_TOP_K = 50  # list and timeline answers gather facts from more passages


class QuestionError(ValueError):
    """The question cannot be asked as given; the message says why, in Indonesian."""


HistoryInput = Sequence[HistoryMessage | dict[str, Any]]


def _history(
    history: HistoryInput | None, max_messages: int = 20, max_chars: int = 4000
) -> list[HistoryMessage]:
    """The latest `max_messages` turns, each cut to `max_chars`, before any analysis sees them
    (a 10 MB message would otherwise keep the follow-up resolver busy for minutes)."""
    if history is not None and (
        isinstance(history, str | bytes) or not isinstance(history, Sequence)
    ):
        raise QuestionError("history harus berupa daftar pesan {role, content}.")
    messages = []
    for item in list(history or [])[-max_messages:]:
        if isinstance(item, HistoryMessage):
            messages.append(item.model_copy(update={"content": item.content[:max_chars]}))
        elif isinstance(item, dict) and item.get("role") in ("user", "assistant", "system"):
            content = _content_text(item.get("content"))[:max_chars]
            messages.append(HistoryMessage(role=item["role"], content=content))
        # anything else (tool calls, unknown roles) carries no conversation to resolve against
    return messages


def _read_turns(
    turns: list[HistoryMessage], vocabulary: Callable[[], Collection[str]]
) -> list[HistoryMessage]:
    """The asker's earlier turns read as a question is ("menlu nato ketemu dmn" asked where;
    "dateng", "gak" are no names; English gets the articles' words and its names their
    capitals), the few a reference may reach back to."""
    return [
        turn.model_copy(
            update={
                "content": normalize_question(
                    turn.content, detect_language(turn.content), vocabulary
                )
            }
        )
        if turn.role == "user" and at >= len(turns) - _NORMALIZED_TURNS
        else turn
        for at, turn in enumerate(turns)
    ]


def _filters(
    sources: Sequence[str] | None, date_from: dt.date | None, date_to: dt.date | None
) -> Filters:
    """Checks the filter arguments: a bare string for `sources` or a reversed date range
    would otherwise match nothing and answer nothing, silently."""
    if isinstance(sources, str | bytes):
        raise QuestionError(
            f"sources harus berupa daftar nama media, mis. [{str(sources)!r}], bukan teks tunggal."
        )
    names = list(sources or [])
    if any(not isinstance(name, str) or not name.strip() for name in names):
        raise QuestionError("Setiap nama media di sources harus berupa teks yang tidak kosong.")
    for label, value in (("date_from", date_from), ("date_to", date_to)):
        if value is not None and not isinstance(value, dt.date):
            raise QuestionError(f"{label} harus berupa tanggal (datetime.date), bukan {value!r}.")
    if date_from and date_to and date_from > date_to:
        raise QuestionError(
            f"Tanggal awal ({date_from.isoformat()}) tidak boleh sesudah tanggal akhir "
            f"({date_to.isoformat()})."
        )
    return Filters(sources=names or None, date_from=date_from, date_to=date_to)


def _top_k(top_k: int | None) -> int | None:
    """A whole number (clamped to 1..MAX_TOP_K later), or None for the configured default; a
    float or string would otherwise slip past the clamp."""
    if top_k is not None and (isinstance(top_k, bool) or not isinstance(top_k, int)):
        raise QuestionError(f"top_k harus bilangan bulat 1–{MAX_TOP_K}, bukan {top_k!r}.")
    return top_k


def _content_text(content: Any) -> str:
    """Gradio may send message content as a string or a list of typed parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(
            str(part.get("text", "")) if isinstance(part, dict) else str(part) for part in content
        )
    return str(content or "")


@lru_cache(maxsize=8)
def _publisher_words(sources: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The words that name the publishers ("kompas"), and all words of their names ("kompas",
    "com"): known names and known words though no article's text says them. (Cached per set of
    publishers: asked by every question.)"""
    names = frozenset(word for source in sources for word in outlet_words(source))
    written = frozenset(canonical(t) for source in sources for t in analyze(source))
    return names, written


def _searched_words(text: str, language: str) -> str:
    """What the lexical index is searched with: an English question with the Indonesian words
    for its own (the articles' language)."""
    return f"{text} {translate_terms(text)}" if language == "en" else text


def _article_leads(passages: list[Passage]) -> list[str]:
    """The opening chunk of each passage's article that is not among the passages (each
    passage carries its article's, `Passage.article_lead`)."""
    held = {p.chunk.text for p in passages}
    return list(dict.fromkeys(p.article_lead for p in passages if p.article_lead not in held))


# Up to how many indexed chunks the articles' opening chunks are all read for offices: a
# bigger store names its people in the retrieved passages' articles only.
_LEADS_UP_TO = 5000


def _lead_ids(lexical: LexicalIndex) -> tuple[str, ...]:
    """The ids of every article's opening chunk in a small store (none in a bigger one): read
    from the store's in-memory columns; an id changes with its article's text."""
    ids = lexical.matching(LexicalFilter(), _LEADS_UP_TO)
    return tuple(doc_id for doc_id in ids or [] if doc_id.endswith("::0"))


def _passages_counting_the_measure(question: Question, passages: list[Passage]) -> list[Passage]:
    """The passages with a sentence that gives a number in the measure asked and says a word of
    the question besides its names and count words ("beranggotakan 31 negara" for "jumlah
    anggota NATO", not for "how many troops"). (Not for a year, which a sentence dating the
    deed gives, `_passages_dating_the_deed`, nor for a place in a sequence, which the top
    passages' ordinals answer.)"""
    if question.type != "berapa":
        return []
    measure = asked_measure(question.text, question.language)
    if measure.year or measure.ordinal:
        return []
    said = set(question.terms) - set(question.entities) - _COUNTING_WORDS

    def counts(passage: Passage, sentence: str) -> bool:
        return bool(said & token_set(sentence)) and bool(
            extract_number(question, sentence, passage.article.published).text
        )

    return [passage for passage in passages if _has_a_sentence(passage, counts)]


def _has_a_sentence(passage: Passage, keeps: Callable[[Passage, str], bool]) -> bool:
    """Whether one of the passage's sentences is one `keeps` keeps."""
    text = passage.chunk.text
    return any(keeps(passage, text[span.start : span.end]) for span in split_sentences(text))


def _passages_dating_the_deed(question: Question, passages: list[Passage]) -> list[Passage]:
    """The passages with a sentence that names one of the question's names, says its deed in
    any of the words news writes for it, and gives a date: "Tahun berapa Rusia menyerang
    Ukraina?" is dated by "… invasi Rusia yang terjadi sejak Februari tahun lalu", which the
    asker's words ("menyerang", "agresi") do not find among the top passages, where another
    event's year about Ukraine ("Pada tahun 2008, KTT NATO …") is."""
    if not asks_when(question):
        return []
    names = set(question.entities)
    deed = set(question.terms) - names - CALENDAR_WORDS - _COUNTING_WORDS

    def dates_the_deed(passage: Passage, sentence: str) -> bool:
        said = token_set(sentence)
        return (
            bool(deed & said)
            and bool(names & said)
            and bool(find_dates(sentence, passage.article.published))
        )

    # (each of the question's names in the passage or its title: the deed of another doer,
    # "Zelenskyy memperingatkan … serangan baru Rusia", is no date of "Kremlin mengultimatum")
    return [
        passage
        for passage in passages
        if names <= token_set(f"{passage.article.title} {passage.chunk.text}")
        and _has_a_sentence(passage, dates_the_deed)
    ]


def _first_of_each(passages: list[Passage]) -> list[Passage]:
    """The passages in order, each chunk once (where it ranked first)."""
    seen: set[str] = set()
    unique = []
    for passage in passages:
        if passage.chunk.id not in seen:
            seen.add(passage.chunk.id)
            unique.append(passage)
    return unique


class TanyaService:
    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or get_settings()
        self.answer_model = load_answer_model()
        self._setup_lock = threading.Lock()
        self._write_lock = threading.Lock()  # one ingest/remove at a time; reads go on
        self._ready = False
        # (the articles' opening chunks, read from the store again only when their ids change)
        self._leads: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())

    def _corpus_leads(self, lexical: LexicalIndex) -> tuple[str, ...]:
        """The opening chunk of every article in a small store: where news names a person with
        their office first ("Presiden Ukraina Volodymyr Zelensky"), which an article retrieved
        for a question may leave out ("Zelensky di Hari Kedua KTT …" never says whose
        president)."""
        ids = _lead_ids(lexical)
        if ids != self._leads[0]:
            found = lexical.documents(ids) if ids else {}
            self._leads = (ids, tuple(found[i][0] for i in ids if i in found))
        return self._leads[1]

    @cached_property
    def index(self) -> NewsIndex:
        return NewsIndex(self.settings)

    @cached_property
    def llm(self) -> LLM | None:
        """The configured LLM (a local model loads in ~20 s), or None for extractive only."""
        from qa.answer.llm import load_llm  # llama-index: only when an LLM is configured

        s = self.settings
        llm = load_llm(s.llm, s.llm_max_new_tokens, s.llm_api_key or None, s.llm_threads)
        if llm is not None and hasattr(llm, "timeout"):  # HTTP backends: TANYA_LLM_TIMEOUT_S
            llm.timeout = s.llm_timeout_s
        return llm

    @cached_property
    def retriever(self) -> Retriever:
        return Retriever(self.index)

    @cached_property
    def sentence_embeddings(self) -> SentenceEmbeddings:
        return SentenceEmbeddings(self.index.embedding)

    def ensure_index(self) -> None:
        """On the first question or UI start over an empty store, indexes the configured corpus
        (the demo articles unless TANYA_CORPUS_DIR says otherwise) and says so. `ingest` never
        calls this: a user's own index starts with only what they ingest."""
        with self._setup_lock:
            if self._ready:
                return
            corpus = self.settings.corpus_dir
            if self.index.documents.count() == 0 and corpus.is_dir():
                count = sum(1 for _ in iter_article_files([corpus]))
                kind = "korpus contoh" if corpus == DEMO_CORPUS else "korpus"
                log.warning("Membangun indeks %s: %d artikel dari %s …", kind, count, corpus)
                with self._write_lock:
                    report = ingest_paths(self.index, [corpus])
                log.warning("Indeks siap: %s", report.summary())
            self._ready = True

    def validate(self, question: str) -> str:
        """NFKC-normalized, control characters out, whitespace collapsed; empty/huge rejected."""
        if question is not None and not isinstance(question, str):
            raise QuestionError(f"Pertanyaan harus berupa teks, bukan {type(question).__name__}.")
        if question and len(question) > 8 * self.settings.max_question_chars:  # before any work
            raise QuestionError(
                f"Pertanyaan terlalu panjang ({len(question)} karakter; maksimal "
                f"{self.settings.max_question_chars})."
            )
        cleaned = clean_text(question)
        if not cleaned:
            raise QuestionError("Pertanyaan kosong. Tulis pertanyaan tentang isi artikel.")
        if len(cleaned) > self.settings.max_question_chars:
            raise QuestionError(
                f"Pertanyaan terlalu panjang ({len(cleaned)} karakter; maksimal "
                f"{self.settings.max_question_chars})."
            )
        return cleaned

    def ask(
        self,
        question: str,
        history: HistoryInput | None = None,
        sources: Sequence[str] | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        top_k: int | None = None,
        retrieval: RetrievalMode = "hybrid",
        mode: AnswerMode = "auto",
    ) -> Answer:
        """`mode`: "auto" uses the LLM when one is configured; "extractive" never does."""
        filters = _filters(sources, date_from, date_to)
        return self._asked(question, history, filters, top_k, retrieval, mode)

    def _asked(
        self,
        question: str,
        history: HistoryInput | None,
        filters: Filters | None,
        top_k: int | None,
        retrieval: RetrievalMode,
        mode: AnswerMode,
    ) -> Answer:
        analyzed, resolved, passages = self.retrieve(question, history, filters, top_k, retrieval)
        following = self._told_next(question, history, passages) if history else None
        if following is not None:
            return told_next(analyzed, passages, following)
        draft = self.answer(analyzed, resolved, passages, mode)
        return self.second_look(draft, question, history, filters, top_k, retrieval, mode)

    def _told_next(
        self, question: str, history: HistoryInput, passages: list[Passage]
    ) -> Sentence | None:
        """For "terus abis itu?": the sentence after the one the last answer quoted last, in
        its article as stored; None for any other question, or when nothing follows it there.
        (Asked again, the question would find the sentence it was answered from.)"""
        if not asks_what_next(question):
            return None
        quotes = last_quotations(_history(history))
        told = next((p for q in quotes[-1:] for p in passages if q in p.chunk.text), None)
        article = self.index.article(told.article.id) if told is not None else None
        if told is None or article is None:
            return None
        at = article.text.find(quotes[-1])
        after = [s for s in split_sentences(article.text) if s.start >= at + len(quotes[-1])]
        if at < 0 or not after:
            return None
        span = after[0]
        return Sentence(
            told.article,
            article.text[span.start : span.end],
            span.start,
            span.end,
            0,
            article.text[span.start : span.end],
        )

    def second_look(
        self,
        draft: Answer,
        question: str,
        history: HistoryInput | None = None,
        filters: Filters | None = None,
        top_k: int | None = None,
        retrieval: RetrievalMode = "hybrid",
        mode: AnswerMode = "auto",
    ) -> Answer:
        """A date question whose passages date nothing it asks about is searched once more,
        wider: the sentence that dates the event may sit in a passage the first few did not
        reach ("rusia nyerang ukraina sejak kapan" finds the passages that name the invasion,
        not the one that says since when). Only for dates: a wider search for a person or a
        number finds other events' people and numbers (measured on the probe sets), and an
        answer found no better than an abstention keeps the abstention. Likewise a what-question
        whose passages tell the deed asked only of another person ("Stoltenberg minta apa ke
        AS" against Zelensky's request): the wider answer is taken only where it cites the deed
        itself and is not another's too.

        A comparison of two events ("Apakah A dan B digelar di kota yang sama?") is answered
        from each event asked on its own (`qa.answer.compare`), in place of the draft; so are
        two questions asked at once ("Di kota mana A digelar, dan di kota mana B?",
        `qa.answer.compound`)."""
        # (in the asker's words, which the answer shows; the resolved ones for a follow-up)
        comparison = comparison_asked(question) or comparison_asked(draft.resolved_question)
        if comparison is not None:
            asked = tuple(
                self._asked(sub, None, filters, top_k, retrieval, mode)
                for sub in comparison.questions()
            )
            return compare_answers(comparison, question, (asked[0], asked[1]))
        parts = two_questions(question)
        if parts is not None:
            # "Di kota mana A digelar, dan di kota mana B?": each part asked on its own
            first, second = (self._asked(p, None, filters, top_k, retrieval, mode) for p in parts)
            return join_answers(question, parts, (first, second))
        agreement = reports_agreement_asked(question)
        if agreement is not None:
            told = self._asked(agreement.question(), None, filters, top_k, retrieval, mode)
            return answer_reports_agreement(agreement, question, told)
        undated, of_another = lacks_the_asked_date(draft), told_only_of_another(draft)
        if (top_k or self.settings.top_k) >= SECOND_LOOK_TOP_K or not (undated or of_another):
            return draft
        analyzed, resolved, passages = self.retrieve(
            question, history, filters, SECOND_LOOK_TOP_K, retrieval
        )
        # (the whole retrieval again, not only more passages: the office holders the question
        # is read with, "pemimpin Ukraina" -> Zelensky, come from the passages found)
        wider = self.answer(analyzed, resolved, passages, mode)
        found = (
            cites_the_asked_deed(analyzed, wider)
            if undated
            else not told_only_of_another(wider) and tells_the_asked_deed(analyzed, wider)
        )
        return wider if found else draft

    def retrieve(
        self,
        question: str,
        history: HistoryInput | None = None,
        filters: Filters | None = None,
        top_k: int | None = None,
        retrieval: RetrievalMode = "hybrid",
    ) -> tuple[Question, str, list[Passage]]:
        """Analysis, follow-up resolution and retrieval: everything before the answer step."""
        cleaned = self.validate(question)
        top_k = _top_k(top_k)
        turns = _history(
            history, self.settings.max_history_messages, self.settings.max_history_chars
        )
        self.ensure_index()
        language = detect_language(cleaned)
        lexical, normalized, resolved, read = self._read_question(
            cleaned, language, turns, embed=retrieval != "lexical"
        )
        if resolved != normalized:
            # (the earlier turns as `_normalized` read them: "where did zelensky arrive …" names
            # Zelensky, whom "he" then stands for)
            turns = read
        analyzed = self._analysis(normalized, resolved, cleaned, turns, lexical)
        lexical_query = _searched_words(resolved, analyzed.language)
        unheard = lexical.unknown_terms(analyze(lexical_query))
        lexical_query += f" {lexical_expansion(lexical_query, unheard)}"
        k = min(max(top_k or self.settings.top_k, 1), MAX_TOP_K)
        if analyzed.type == "list":
            k = max(k, TIMELINE_TOP_K if ORDER_ASKED.search(analyzed.text) else LIST_TOP_K)
        # A follow-up keeps the period its conversation named ("... pada Oktober 2023?" then
        # "Apa yang dia katakan?"), unless it names one itself.
        period = asked_period(cleaned)
        if period is None and resolved != normalized:
            period = asked_period(resolved)
        passages = self.retriever.retrieve(
            resolved, k, filters, retrieval, lexical_query, lexical, period=period
        )
        if analyzed.type in {"berapa", "kapan"}:
            # (a deeper search of its own: the candidates searched grow with the passages
            # asked for, which would reorder the top ones)
            pool = self.retriever.retrieve(
                resolved, COUNT_POOL_K, filters, retrieval, lexical_query, lexical, period=period
            )
            held = {p.chunk.id for p in passages}
            deeper = [p for p in pool if p.chunk.id not in held]
            found = _passages_counting_the_measure(analyzed, deeper) or _passages_dating_the_deed(
                analyzed, deeper
            )
            passages += found[:COUNT_EXTRA_K]
        substituted = with_last_fact(normalized, turns)
        if substituted != normalized:
            # a follow-up the last answer filled in is also searched as the question it now is:
            # the earlier turn's words pull the search to what that turn asked ("para menlu …
            # akhir November 2022" for "Apa yang disepakati KTT NATO di Bucharest pada 2008?")
            own_words = _searched_words(substituted, language)
            passages = _first_of_each(
                self.retriever.retrieve(
                    substituted, k, filters, retrieval, own_words, lexical, period=period
                )
                + passages
            )
        event = event_pointed_to(normalized) if resolved != normalized else ""
        if event:
            # (only an event the last answer's own quotation tells: "that summit" after a
            # quote of a talk held before the summit is the summit's report's)
            told = token_set(glossed(event) if language == "en" else event)
            quoted = [
                " ".join(q.split()[:_QUOTE_WORDS_MATCHED])
                for q in last_quotations(turns)
                if told & token_set(q)
            ]
            analyzed.context_article = next(
                (p.article.id for p in passages for q in quoted if q and q in p.chunk.text), ""
            )
        for event in analyzed.events:
            # Each event an ordering question lists gets passages of its own: one query for
            # all of them finds the events its words cover best and misses the others.
            passages += self.retriever.retrieve(
                event, EVENT_TOP_K, filters, retrieval, _searched_words(event, language), lexical
            )
        # "Apa kata Sekjen NATO Stoltenberg soal Rusia?": the speaker's words on the topic get
        # passages of their own; the office's words pull the whole query to the reports that
        # name the office most. So do the speaker's words of the deed asked ("What did Zelensky
        # say he would bring to Ukraine?": '"… Kami akan membawa …," sambungnya'), which the
        # question's other words ("dikatakan", the summit) pull away from.
        # (the keyword query in every form news writes them: "Zelenskyy memperingatkan" for
        # zelensky, ancam)
        about = analyzed.topic or ([analyzed.focus] if analyzed.focus_deed else [])
        if analyzed.speaker and about:
            spoken = f"{analyzed.speaker} {' '.join(about)}"
            written = " ".join(w for term in spoken.split() for w in written_forms(term))
            passages += self.retriever.retrieve(
                spoken, EVENT_TOP_K, filters, retrieval, written, lexical
            )
        for quotation in QUOTED_WORDS.finditer(cleaned):
            # Words the question quotes get passages of their own: the sentence that says them
            # ("stoltenberg bilang 'kami akan mendukung anda' itu ke siapa"), whose few content
            # words the whole query drowns.
            words = quotation.group(1) or quotation.group(2)
            if len(words.split()) >= _QUOTED_WORDS_SEARCHED:
                passages += self.retriever.retrieve(
                    words,
                    EVENT_TOP_K,
                    filters,
                    retrieval,
                    _searched_words(words, language),
                    lexical,
                )
        passages = _first_of_each(passages)
        # "pemimpin Ukraina", "the NATO chief": the person the passages give that office (or
        # their articles' opening chunks, where news names a person with the office first)
        texts = [p.chunk.text for p in passages]
        leads = self._corpus_leads(lexical)
        if asks_an_office(normalized, analyzed.language):  # (a store read only then)
            texts += _article_leads(passages) + list(leads)
        named = with_holders(normalized, analyzed.language, texts, analyzed.unknown_entities)
        if named != normalized:
            # (the same question unless it is a follow-up: read once)
            named_resolved = named
            if resolved != normalized:
                named_resolved = with_holders(
                    resolved, analyzed.language, texts, analyzed.unknown_entities
                )
            analyzed = self._analysis(named, named_resolved, cleaned, turns, lexical)
            # what is said of the person by name is retrieved too ("Stoltenberg
            # memperingatkan …" for "the NATO chief warned …"), ahead of the rest
            by_name = _searched_words(named_resolved, language)
            passages = _first_of_each(
                self.retriever.retrieve(
                    named_resolved, k, filters, retrieval, by_name, lexical, period=period
                )
                + passages
            )
        analyzed.offices = tuple(
            (holder.surname, holder.office)
            # (the leads' holders apart: read once while the store stays the same)
            for holder in passage_holders(tuple(p.chunk.text for p in passages))
            + passage_holders(leads)
        )
        return analyzed, resolved, passages

    def _analysis(
        self,
        normalized: str,
        resolved: str,
        cleaned: str,
        turns: list[HistoryMessage],
        lexical: LexicalIndex,
    ) -> Question:
        """What the question asks, its follow-up references resolved, with the names and years
        the articles never mention."""
        analyzed = analyze_question(normalized, asked=cleaned)
        if resolved != normalized:
            # "dia" replaced by the last answer's person, "di sana" by the place asked about,
            # makes a question of its own: its words are what an answer must cover (the
            # earlier turn's topic only guides the search). "hal tersebut" replaced by nothing
            # needs the topic's words too.
            substituted = with_stand_ins_put_in(normalized, turns)
            # (an English follow-up is read in English whatever the turns before, whose
            # Indonesian words glossing leaves as they are; an Indonesian one in the language
            # most of it is in, so an English turn before it is read glossed)
            english = cleaned if analyzed.language == "en" else ""
            if substituted != normalized:
                # (with the topic still, where someone is left a pronoun: "berapa lama dia di
                # sana?" set "di markas NATO" after "Zelensky minta apa di markas NATO?" is
                # still asked of Zelensky, not of whoever stayed there)
                left = _PERSON_LEFT.search(substituted) is not None
                follow = analyze_question(resolved if left else substituted, asked=english)
                # (and its checks read it so: "gedung tempat pertemuan di sana" is set "di
                # Bucharest", whose reports alone can answer)
                analyzed.text = substituted
            else:
                follow = analyze_question(resolved, asked=english)
                # (the turn before's words, added after the question's own)
                own = set(analyzed.terms) | set(analyzed.entities)
                analyzed.context_terms = [t for t in follow.terms if t not in own]
            analyzed.terms, analyzed.entities = follow.terms, follow.entities
            analyzed.events = follow.events or analyzed.events  # "those two": the last two asked
            analyzed.speaker = follow.speaker or analyzed.speaker
        unknown = lexical.unknown_terms(
            [canonical(t) for t in analyze(" ".join(analyzed.entities))]
        )
        # (a name's word as written, when the articles use it so: "PBS News Hour" is no "jam",
        # the gloss of "hour")
        if unknown:
            as_written = {
                form: token
                for token in analyze(cleaned)
                for form in (canonical(token), *analyze(indonesian_for(token)))
            }
            unknown = [
                name
                for name in unknown
                if name not in as_written or lexical.unknown_terms([as_written[name]])
            ]
        # A country the articles name only by its capital ("Rumania" for "di Bucharest"), or a
        # capital they name only by its country ("Budapest" for "Hongaria"), is no unknown name.
        # A publisher's name ("berita Kompas") is known though no article's text says it. A
        # weekday or a month ("Monday" as senin) is no missing name: it is checked as a date.
        publishers, written = _publisher_words(frozenset(lexical.sources()))
        analyzed.unknown_entities = [
            name
            for name in unknown
            if name not in publishers
            and name not in DAYS
            and name not in MONTHS
            and not any(
                not lexical.unknown_terms([canonical(t) for t in analyze(other)])
                for other in same_country(name)
            )
        ]
        # A year the articles never mention (nor were published in) is a name-like fact too.
        asked_years = sorted(years(cleaned))
        known_years = self.index.published_years()
        analyzed.unknown_entities += [
            y for y in lexical.unknown_terms(asked_years) if y not in known_years
        ]
        # (nor is a month or a weekday no article writes out, "Juli" of "Selasa (4/7)": it is
        # compared as a date)
        analyzed.unknown_terms = [
            t
            for t in lexical.unknown_terms(analyzed.terms)
            if t not in written and t not in MONTHS and t not in DAYS
        ]
        analyzed.unwritten_terms = [
            term
            for term in analyzed.unknown_terms
            for forms in [[s for w in written_forms(term) for s in analyze(w)]]
            if forms and len(lexical.unknown_terms(forms)) == len(forms)
        ]
        return analyzed

    def _read_question(
        self, cleaned: str, language: str, turns: list[HistoryMessage], embed: bool
    ) -> tuple[LexicalIndex, str, str, list[HistoryMessage]]:
        """The lexical index caught up with the store, the question in the articles' words and
        with its references resolved, and the earlier turns as read for that. The store's
        revision is read (a round trip to a server) while the question is normalised with the
        vocabulary held here and (`embed`) embedded; only when another writer changed the store
        meanwhile is it read again with the new vocabulary."""
        held = self.index.lexical
        version = held.get_meta("store_version")
        caught_up = STORE_READS.submit(self.index.fresh_lexical)
        normalized, resolved, read = self._normalized(cleaned, language, turns, held.vocabulary)
        if embed:
            self.index.query_vector(resolved)  # remembered for retrieval
        lexical = caught_up.result()
        if lexical.get_meta("store_version") != version:
            normalized, resolved, read = self._normalized(
                cleaned, language, turns, lexical.vocabulary
            )
        return lexical, normalized, resolved, read

    def _normalized(
        self,
        cleaned: str,
        language: str,
        turns: list[HistoryMessage],
        vocabulary: Callable[[], Collection[str]],
    ) -> tuple[str, str, list[HistoryMessage]]:
        """The question normalised, with its references resolved, and the earlier turns read as
        it is (only for a question that refers back; else as given)."""
        normalized = normalize_question(cleaned, language, vocabulary)
        limit = 2 * self.settings.max_question_chars
        # (chat's "as-nya", "KTT-nya" point back in a conversation, though the question read
        # drops the "-nya")
        refers_back = language == "id" and hyphened_nya(cleaned)
        if not turns or not (refers_back or is_follow_up(normalized)):
            # (as `resolve_follow_up` would give it)
            return normalized, normalized[:limit], turns
        read = _read_turns(turns, vocabulary)
        return normalized, resolve_follow_up(normalized, read, refers_back)[:limit], read

    def rank_evidence(
        self, question: Question, query: str, passages: list[Passage]
    ) -> list[Sentence]:
        query_vector = self.index.query_vector(query)
        sentences = candidate_sentences(passages)
        # The stored vectors are read while the sentences' other signals are computed (a round
        # trip to a Chroma server beside local work).
        stored = STORE_READS.submit(self.index.sentence_vectors, [s.key for s in sentences])
        return score_sentences(
            question,
            query_vector,
            sentences,
            _StoredFirst(sentences, stored, self.sentence_embeddings),
            self.answer_model.ranker if self.answer_model else None,
        )

    def backends(self, mode: AnswerMode = "auto") -> list[AnswerBackend]:
        """The answer backends `mode` asks for, in the order they run."""
        chain: list[AnswerBackend] = [ExtractiveBackend(self.rank_evidence, self.answer_model)]
        if mode != "extractive" and self.settings.llm:
            chain.append(LLMBackend(self.llm, self.settings.llm_passages))
        return chain

    def answer(
        self, question: Question, query: str, passages: list[Passage], mode: AnswerMode = "auto"
    ) -> Answer:
        """The answer step alone, over passages from any retriever (the UI shows progress
        between retrieval and this; evaluation feeds it other retrievers' passages)."""
        draft: Answer | None = None
        for backend in self.backends(mode):
            draft = backend.answer(question, query, passages, draft)
        assert draft is not None  # the extractive backend always runs
        draft.question = question.asked
        draft.resolved_question = query
        return draft

    def ingest(self, paths: Sequence[Path], progress: Progress | None = None) -> IngestReport:
        with self._write_lock:
            return ingest_paths(self.index, paths, progress)

    def remove(self, article_id: str) -> int:
        with self._write_lock:
            return remove_article(self.index, article_id)

    def reindex(self, paths: Sequence[Path] | None = None) -> IngestReport:
        """Rebuilds with the configured model from the stored article records (or `paths`);
        the running index keeps answering until the new one is swapped in."""
        with self._write_lock:
            index, report = rebuild_index(self.settings, paths)
            for cached in ("index", "retriever", "sentence_embeddings"):
                self.__dict__.pop(cached, None)
            self.__dict__["index"] = index
            return report

    def articles(self) -> list[tuple[ArticleMeta, int]]:
        self.ensure_index()
        return sorted(
            ((meta, int(record.get("chunks", 0))) for meta, record in self.index.articles()),
            key=lambda item: (item[0].published or dt.date.min, item[0].id),
            reverse=True,
        )

    def article(self, article_id: str) -> Article | None:
        return self.index.article(article_id)


class _StoredFirst(SentenceEmbeddings):
    """Sentence vectors stored at ingest first; only sentences the store lacks (e.g. an index
    built before they were stored) are embedded, through the shared cache."""

    def __init__(
        self,
        sentences: list[Sentence],
        stored: Future[dict[SentenceKey, np.ndarray]],
        fallback: SentenceEmbeddings,
    ) -> None:
        self._sentences = sentences
        self._stored = stored
        self._fallback = fallback

    def vectors(self, texts: list[str]) -> list[list[float]]:
        stored = self._stored.result()
        known = {s.text: stored[s.key].tolist() for s in self._sentences if s.key in stored}
        missing = [t for t in texts if t not in known]
        found = dict(zip(missing, self._fallback.vectors(missing), strict=True)) if missing else {}
        return [known[t] if t in known else found[t] for t in texts]


_service: TanyaService | None = None
_service_lock = threading.Lock()


def get_service() -> TanyaService:
    global _service
    with _service_lock:
        if _service is None:
            _service = TanyaService()
        return _service


def ask(
    question: str,
    history: HistoryInput | None = None,
    sources: Sequence[str] | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    top_k: int | None = None,
) -> Answer:
    """Answers a question from the indexed articles, with citations, or abstains."""
    return get_service().ask(question, history, sources, date_from, date_to, top_k)
