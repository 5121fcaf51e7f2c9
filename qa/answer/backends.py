"""Answer backends: one small interface over the same retrieved passages.

The service runs its backends in order; each receives the answer so far (`draft`) and returns it
unchanged or replaced. The extractive backend always runs first and is the one that may abstain;
the LLM backend may only rephrase what the extractive step found, under the grounding check
(`qa.answer.grounding`), and keeps the draft whenever its own answer does not survive it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from qa.answer.byline import asks_writer, byline_answer
from qa.answer.compose import compose
from qa.answer.decision import AnswerModel
from qa.answer.evidence import Sentence
from qa.answer.question import Question
from qa.models import Answer, Passage

if TYPE_CHECKING:  # llama-index loads only when an LLM is configured (2.2 s of imports)
    from llama_index.core.llms import LLM


class LLMError(RuntimeError):
    """The configured language model cannot be loaded or did not answer."""


RankEvidence = Callable[[Question, str, list[Passage]], list[Sentence]]


class AnswerBackend(Protocol):
    def answer(
        self, question: Question, query: str, passages: list[Passage], draft: Answer | None
    ) -> Answer:
        """`query`: the question as searched (follow-ups resolved); `draft`: the answer so far."""
        ...


@dataclass
class ExtractiveBackend:
    """Verbatim, cited sentences chosen by the learned ranker, or an abstention."""

    rank: RankEvidence
    model: AnswerModel | None

    def answer(
        self, question: Question, query: str, passages: list[Passage], draft: Answer | None
    ) -> Answer:
        about_the_report = byline_answer(question, passages)
        if about_the_report is not None:
            return about_the_report
        return compose(question, passages, self.rank(question, query, passages), self.model)


@dataclass
class LLMBackend:
    """A generated answer whose every sentence is grounded in a cited passage."""

    llm: LLM | None
    max_passages: int

    def answer(
        self, question: Question, query: str, passages: list[Passage], draft: Answer | None
    ) -> Answer:
        if draft is None:
            raise ValueError("the LLM backend rephrases an extractive draft; run it after one")
        if asks_writer(question):
            return draft  # the byline is no passage's to rephrase
        from qa.answer.llm import llm_answer

        return llm_answer(self.llm, question, passages, draft, max_passages=self.max_passages)
