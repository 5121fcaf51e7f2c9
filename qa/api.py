"""The public Python API: `ask()` and corpus management, on one shared service."""

from __future__ import annotations

import datetime as dt
import logging
import threading
import unicodedata
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from llama_index.core.llms import LLM

from qa.answer.compose import Thresholds, compose
from qa.answer.evidence import (
    Sentence,
    SentenceEmbeddings,
    candidate_sentences,
    score_sentences,
)
from qa.answer.followup import resolve_follow_up
from qa.answer.llm import llm_answer, load_llm
from qa.answer.question import Question, analyze_question, canonical
from qa.index import NewsIndex
from qa.ingest.load import iter_article_files
from qa.ingest.pipeline import IngestReport, Progress, ingest_paths, remove_article
from qa.models import Answer, Article, ArticleMeta, HistoryMessage, Passage
from qa.retrieve import Filters, RetrievalMode, Retriever
from qa.settings import DEMO_CORPUS, Settings, get_settings
from qa.text.dates import years
from qa.text.glossary import translate_terms
from qa.text.tokens import analyze

log = logging.getLogger(__name__)
AnswerMode = Literal["auto", "extractive", "llm"]
LIST_TOP_K = 10
MAX_TOP_K = 50  # list and timeline answers gather facts from more passages


class QuestionError(ValueError):
    """The question cannot be asked as given; the message says why, in Indonesian."""


HistoryInput = Sequence[HistoryMessage | dict[str, Any]]


def _history(history: HistoryInput | None) -> list[HistoryMessage]:
    messages = []
    for item in history or []:
        if isinstance(item, HistoryMessage):
            messages.append(item)
        elif isinstance(item, dict) and item.get("role") in ("user", "assistant", "system"):
            content = _content_text(item.get("content"))
            messages.append(HistoryMessage(role=item["role"], content=content))
        # anything else (tool calls, unknown roles) carries no conversation to resolve against
    return messages


def _content_text(content: Any) -> str:
    """Gradio may send message content as a string or a list of typed parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(
            str(part.get("text", "")) if isinstance(part, dict) else str(part) for part in content
        )
    return str(content or "")


class TanyaService:
    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or get_settings()
        self.thresholds = Thresholds()
        self._setup_lock = threading.Lock()
        self._write_lock = threading.Lock()  # one ingest/remove at a time; reads go on
        self._ready = False

    @cached_property
    def index(self) -> NewsIndex:
        return NewsIndex(self.settings)

    @cached_property
    def llm(self) -> LLM | None:
        """The configured LLM (a local model loads in ~20 s), or None for extractive only."""
        s = self.settings
        return load_llm(s.llm, s.llm_max_new_tokens, s.llm_api_key or None, s.llm_threads)

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
        normalized = unicodedata.normalize("NFKC", question or "")
        printable = "".join(c if c.isprintable() else " " for c in normalized)
        cleaned = " ".join(printable.split())
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
        filters = Filters(
            sources=list(sources) if sources else None, date_from=date_from, date_to=date_to
        )
        analyzed, resolved, passages = self.retrieve(question, history, filters, top_k, retrieval)
        answer = self.answer_from_passages(analyzed, resolved, passages)
        if mode != "extractive" and self.settings.llm:
            answer = llm_answer(
                self.llm, analyzed, passages, answer, max_passages=self.settings.llm_passages
            )
        answer.question = analyzed.text
        answer.resolved_question = resolved
        return answer

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
        self.ensure_index()
        resolved = resolve_follow_up(cleaned, _history(history))[
            : 2 * self.settings.max_question_chars
        ]
        analyzed = analyze_question(cleaned)
        if resolved != cleaned:
            follow = analyze_question(resolved)
            analyzed.terms, analyzed.entities = follow.terms, follow.entities
        lexical_query = resolved
        if analyzed.language == "en":
            lexical_query = f"{resolved} {translate_terms(resolved)}"
        lexical = self.index.fresh_lexical()
        analyzed.unknown_entities = lexical.unknown_terms(
            [canonical(t) for t in analyze(" ".join(analyzed.entities))]
        )
        # A year the articles never mention (nor were published in) is a name-like fact too.
        asked_years = sorted(years(cleaned))
        known_years = self.index.published_years()
        analyzed.unknown_entities += [
            y for y in lexical.unknown_terms(asked_years) if y not in known_years
        ]
        analyzed.unknown_terms = lexical.unknown_terms(analyzed.terms)
        k = min(max(top_k or self.settings.top_k, 1), MAX_TOP_K)
        if analyzed.type == "list":
            k = max(k, LIST_TOP_K)
        passages = self.retriever.retrieve(resolved, k, filters, retrieval, lexical_query, lexical)
        return analyzed, resolved, passages

    def rank_evidence(
        self, question: Question, query: str, passages: list[Passage]
    ) -> list[Sentence]:
        query_vector = self.index.query_vector(query)
        sentences = candidate_sentences(passages)
        stored = self.index.sentence_vectors([s.key for s in sentences])
        known = {s.text: stored[s.key].tolist() for s in sentences if s.key in stored}
        return score_sentences(
            question, query_vector, sentences, _StoredFirst(known, self.sentence_embeddings)
        )

    def answer_from_passages(
        self, question: Question, query: str, passages: list[Passage]
    ) -> Answer:
        """The answer step alone, so evaluation can feed it other retrievers' passages."""
        return compose(
            question, passages, self.rank_evidence(question, query, passages), self.thresholds
        )

    def ingest(self, paths: Sequence[Path], progress: Progress | None = None) -> IngestReport:
        with self._write_lock:
            return ingest_paths(self.index, paths, progress)

    def remove(self, article_id: str) -> int:
        with self._write_lock:
            return remove_article(self.index, article_id)

    def reindex(self, paths: Sequence[Path] | None = None) -> IngestReport:
        """Rebuilds from the default corpus (or `paths`) with the configured embedding model."""
        with self._write_lock:
            for cached in ("index", "retriever", "sentence_embeddings"):
                self.__dict__.pop(cached, None)
            self.__dict__["index"] = NewsIndex(self.settings, reset=True)
            return ingest_paths(self.index, list(paths or [self.settings.corpus_dir]))

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

    def __init__(self, known: dict[str, list[float]], fallback: SentenceEmbeddings) -> None:
        self._known = known
        self._fallback = fallback

    def vectors(self, texts: list[str]) -> list[list[float]]:
        missing = [t for t in texts if t not in self._known]
        found = dict(zip(missing, self._fallback.vectors(missing), strict=True)) if missing else {}
        return [self._known.get(t) or found[t] for t in texts]


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
