"""Answer or abstain: a small logistic model over signals that hold for any article (dense and
lexical match, name and term coverage, whether the asked kind of fact is there, unknown words),
trained on the `dev` split by `tanya eval --fit` and loaded from `answer_model.json`.

The weights live in a data file written by the command that fits them, never copied into code.
"""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path

from pydantic import BaseModel, Field

from qa.answer.evidence import Sentence
from qa.answer.question import FACT_TYPES, Question, claim
from qa.text.negation import negated

MODEL_PATH = Path(__file__).with_name("answer_model.json")
MODEL_VERSION = 1


def decision_features(
    question: Question, best: Sentence, ranked: list[Sentence]
) -> dict[str, float]:
    """What the decision sees about the chosen sentence; names are the model file's keys."""
    # The closest rival: a sentence that would answer differently. Sentences that agree with
    # the chosen fact (the same name in several places) are support, not doubt.
    runner_up = next(
        (s.score for s in ranked if s is not best and (not best.fact or s.fact != best.fact)),
        0.0,
    )
    entities = len(question.entities)
    terms = len(question.terms)
    return {
        "dense": best.dense,
        "coverage": best.coverage,
        "rare_coverage": best.rare_coverage,
        "predicate_coverage": best.predicate_coverage,
        "joint_coverage": best.joint_coverage,
        "entity_coverage": best.entity_coverage,
        "has_fact": 1.0 if best.fact else 0.0,
        "binding": best.binding,
        "fact_type": 1.0 if question.type in FACT_TYPES else 0.0,
        "focus": 1.0 if question.focus and best.has_focus else 0.0,
        "unknown_entity_share": len(question.unknown_entities) / entities if entities else 0.0,
        "unknown_term_share": len(question.unknown_terms) / terms if terms else 0.0,
        "english": 1.0 if question.language == "en" else 0.0,
        "margin": best.score - runner_up,
        "negated_evidence": 1.0
        if negated(best.text) and not negated(claim(question.text))
        else 0.0,
        "passage_rank": float(best.passage_rank),
    }


class LinearModel(BaseModel):
    """Standardised logistic regression: P = sigmoid(w · (x - mean) / scale + b)."""

    features: list[str]
    mean: list[float]
    scale: list[float]
    weights: list[float]
    intercept: float

    def _pushes(self, features: dict[str, float]) -> list[tuple[float, str]]:
        return [
            (w * (features[name] - m) / (s or 1.0), name)
            for name, w, m, s in zip(
                self.features, self.weights, self.mean, self.scale, strict=True
            )
        ]

    def logit(self, features: dict[str, float]) -> float:
        return self.intercept + sum(push for push, _ in self._pushes(features))

    def probability(self, features: dict[str, float]) -> float:
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, self.logit(features)))))

    def explain(self, features: dict[str, float]) -> str:
        """The three signals that pushed the decision most, for `--explain`."""
        pushes = sorted(self._pushes(features), key=lambda item: -abs(item[0]))
        return ", ".join(f"{name} {push:+.2f}" for push, name in pushes[:3])


class AnswerModel(BaseModel):
    """The fitted sentence ranker and answer/abstain decider, with how they were validated."""

    version: int = MODEL_VERSION
    ranker: LinearModel
    decider: LinearModel
    threshold: float = Field(description="Answer when the decider's probability reaches this.")
    trained_on: str = ""
    cross_validation: dict[str, float] = Field(default_factory=dict)


@cache
def load_answer_model(path: Path = MODEL_PATH) -> AnswerModel | None:
    """The fitted model, or None before the first `tanya eval --fit` (then nothing abstains on
    learned grounds)."""
    if not path.exists():
        return None
    model = AnswerModel.model_validate_json(path.read_text("utf-8"))
    if model.version != MODEL_VERSION:
        raise ValueError(f"{path}: versi model {model.version}, kode mengharapkan {MODEL_VERSION}")
    return model
