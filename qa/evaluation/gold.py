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

    @model_validator(mode="after")
    def _consistent(self) -> GoldQuestion:
        if self.answerable and not (self.answers or self.must_include):
            raise ValueError(f"{self.id}: an answerable question needs answers or must_include")
        if self.answerable and not (self.article_ids and self.evidence):
            raise ValueError(f"{self.id}: an answerable question needs article_ids and evidence")
        if not self.answerable and (self.answers or self.evidence):
            raise ValueError(f"{self.id}: an unanswerable question has no answers or evidence")
        return self


def load_gold(path: Path) -> list[GoldQuestion]:
    """Reads one .jsonl file or every .jsonl file in a folder."""
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    questions = []
    for file in files:
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                try:
                    questions.append(GoldQuestion.model_validate_json(line))
                except ValueError as error:
                    raise ValueError(f"{file}:{number}: {error}") from error
    return questions
