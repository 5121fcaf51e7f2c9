"""The gold question set: hand-written questions with accepted answers and verbatim evidence."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, model_validator

QuestionType = Literal[
    "kapan",
    "siapa",
    "di_mana",
    "apa",
    "berapa",
    "mengapa",
    "bagaimana",
    "yesno",
    "list",
    "timeline",
    "conflict",
]


Split = Literal["dev", "test"]
Style = Literal["article", "colloquial", "variant", "english", "followup", "trap"]


class GoldQuestion(BaseModel):
    id: str
    question: str = Field(min_length=3)
    language: Literal["id", "en"]
    type: QuestionType
    answerable: bool
    answers: list[str] = Field(
        default_factory=list, description="Accepted variants; matching any one counts as correct."
    )
    must_include: list[list[str]] = Field(
        default_factory=list,
        description="For list/timeline/conflict questions: every item (given as its variants) "
        "must appear in the answer.",
    )
    article_ids: list[str] = Field(default_factory=list)
    evidence: list[str] = Field(
        default_factory=list, description="Verbatim quotes from the clean article text."
    )
    note: str = ""
    split: Split = Field(
        description="dev: everything tuned or fitted looks only here; test: reported, never tuned."
    )
    group: str = Field(description="The fact group: every wording of one fact shares it.")
    style: Style = Field(description="How the question is worded.")
    history: list[str] = Field(
        default_factory=list, description="Earlier user turns, for follow-up questions."
    )
    false_premise: bool = Field(
        False, description="The question presupposes something the articles do not support."
    )

    @model_validator(mode="after")
    def _consistent(self) -> GoldQuestion:
        if self.answerable and not (self.answers or self.must_include):
            raise ValueError(f"{self.id}: an answerable question needs answers or must_include")
        if self.answerable and not (self.article_ids and self.evidence):
            raise ValueError(f"{self.id}: an answerable question needs article_ids and evidence")
        if not self.answerable and (self.answers or self.evidence):
            raise ValueError(f"{self.id}: an unanswerable question has no answers or evidence")
        if self.false_premise and self.answerable and not self.answers:
            raise ValueError(f"{self.id}: an answerable false premise needs its correction")
        return self


def load_gold(path: Path, split: Split | None = None) -> list[GoldQuestion]:
    """Reads one .jsonl file or every .jsonl file in a folder; `split` keeps only that split."""
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    questions = []
    for file in files:
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                try:
                    questions.append(GoldQuestion.model_validate_json(line))
                except ValueError as error:
                    raise ValueError(f"{file}:{number}: {error}") from error
    if split:
        questions = [q for q in questions if q.split == split]
    groups: dict[str, set[str]] = {}
    for question in questions:
        groups.setdefault(question.group, set()).add(question.split)
    mixed = sorted(group for group, splits in groups.items() if len(splits) > 1)
    if mixed:
        raise ValueError(f"fact groups in both splits (dev/test must not share a fact): {mixed}")
    return questions
