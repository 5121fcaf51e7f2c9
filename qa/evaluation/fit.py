"""`tanya eval --fit`: train the sentence ranker and the answer/abstain decider on `dev` only.

1. Ranker: every candidate sentence of every answerable dev question is labelled by whether it
   holds the gold evidence; a logistic regression over `ranking_features` learns to put those
   first.
2. Decider: with that ranker, every dev question is answered once with no abstention and the
   answer labelled right or wrong by the strict metric (answering an unanswerable question is
   always wrong); a logistic regression over `decision_features` predicts "right".
Both are cross-validated with folds by fact group (no wording of a fact is trained and judged on
at once); the threshold is chosen on out-of-fold predictions, a wrong answer costing as much as a
right answer earns. The models fitted on all of dev are written to `qa/answer/answer_model.json`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from qa.answer.compose import compose
from qa.answer.decision import MODEL_PATH, AnswerModel, LinearModel, decision_features
from qa.answer.evidence import (
    Bests,
    Ranker,
    candidate_sentences,
    ranking_features,
    score_sentences,
)
from qa.api import TanyaService
from qa.evaluation.gold import GoldQuestion
from qa.evaluation.metrics import normalize, strict_correct

WRONG_ANSWER_COST = 1.0
THRESHOLD_STEP = 0.05
THRESHOLDS = [round(THRESHOLD_STEP * i, 2) for i in range(2, 19)]
_FOLDS = 5


def _holds_evidence(sentence_text: str, gold: GoldQuestion) -> bool:
    sentence = normalize(sentence_text)
    return any(normalize(e) in sentence or sentence in normalize(e) for e in gold.evidence)


def _pipeline() -> Any:
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=1000))


def _linear(pipeline: Any, names: list[str]) -> LinearModel:
    scaler, regression = pipeline[0], pipeline[1]
    return LinearModel(
        features=names,
        mean=[float(v) for v in scaler.mean_],
        scale=[float(v) for v in scaler.scale_],
        weights=[float(v) for v in regression.coef_[0]],
        intercept=float(regression.intercept_[0]),
    )


def _fit(rows: list[dict[str, float]], labels: list[int], groups: list[str]) -> tuple[Any, Any]:
    """The model fitted on everything, and out-of-fold probabilities from group folds."""
    import numpy as np
    from sklearn.model_selection import GroupKFold, cross_val_predict

    names = list(rows[0])
    x = np.array([[row[n] for n in names] for row in rows])
    y = np.array(labels)
    out_of_fold = cross_val_predict(
        _pipeline(), x, y, groups=groups, cv=GroupKFold(_FOLDS), method="predict_proba"
    )[:, 1]
    return _linear(_pipeline().fit(x, y), names), out_of_fold


def _top1(scores: list[float], labels: list[int], owners: list[int]) -> float:
    """Share of questions whose highest-scored sentence holds the evidence."""
    best: dict[int, tuple[float, int]] = {}
    for score, label, owner in zip(scores, labels, owners, strict=True):
        if owner not in best or score > best[owner][0]:
            best[owner] = (score, label)
    return round(sum(label for _, label in best.values()) / max(1, len(best)), 3)


def _fit_ranker(
    service: TanyaService, gold: list[GoldQuestion]
) -> tuple[LinearModel, dict[str, float]]:
    rows, labels, groups, owners, prior = [], [], [], [], []
    for number, item in enumerate(gold):
        if item.history or not item.answerable or item.must_include:
            continue
        question, query, passages = service.retrieve(item.question)
        vector = service.index.embedding.get_query_embedding(query)
        ranked = score_sentences(
            question, vector, candidate_sentences(passages), service.sentence_embeddings
        )
        if not ranked or not any(_holds_evidence(s.text, item) for s in ranked):
            continue  # retrieval missed: nothing to learn about ranking
        bests = Bests.of(ranked)
        for sentence in ranked:
            rows.append(ranking_features(sentence, bests))
            labels.append(int(_holds_evidence(sentence.text, item)))
            groups.append(item.group)
            owners.append(number)
            prior.append(sentence.score)
    ranker, out_of_fold = _fit(rows, labels, groups)
    return ranker, {
        "ranker_top1_prior_weights": _top1(prior, labels, owners),
        "ranker_top1_learned": _top1([float(p) for p in out_of_fold], labels, owners),
    }


def _utility(probabilities: list[float], labels: list[int], threshold: float) -> float:
    total = sum(
        (1.0 if right else -WRONG_ANSWER_COST)
        for p, right in zip(probabilities, labels, strict=True)
        if p >= threshold
    )
    return total / len(labels)


def _smoothed_utility(probabilities: list[float], labels: list[int], threshold: float) -> float:
    """Utility averaged with the neighbouring thresholds: a few hundred answers make a jagged
    curve, and a lone spike picks a threshold that does not carry over to new questions."""
    window = [threshold - THRESHOLD_STEP, threshold, threshold + THRESHOLD_STEP]
    return sum(_utility(probabilities, labels, t) for t in window) / len(window)


def choose_threshold(probabilities: list[float], labels: list[int]) -> float:
    """The threshold of the best smoothed utility, the lowest of equals. Not the lowest merely
    near the best: a flat curve then slid the threshold down fit after fit, answering traps for
    a right answer or two, and a wrong answer is worse than an abstention."""
    utilities = {t: _smoothed_utility(probabilities, labels, t) for t in THRESHOLDS}
    best = max(utilities.values())
    return min(t for t, utility in utilities.items() if utility >= best)


def _fit_decider(
    service: TanyaService, gold: list[GoldQuestion], ranker: Ranker
) -> tuple[LinearModel, float, dict[str, float], int, int]:
    rows, labels, groups = [], [], []
    for item in gold:
        if item.history:
            continue  # follow-ups are judged with their conversation by the eval, not here
        question, query, passages = service.retrieve(item.question)
        vector = service.index.embedding.get_query_embedding(query)
        ranked = score_sentences(
            question, vector, candidate_sentences(passages), service.sentence_embeddings, ranker
        )
        answer = compose(question, passages, ranked, model=None)
        if answer.abstained:
            continue  # a fixed rule abstained: nothing for the model to decide
        first = answer.citations[0]
        chosen = next(
            s for s in ranked if (s.article.id, s.start) == (first.article_id, first.start)
        )
        rows.append(decision_features(question, chosen, ranked))
        labels.append(int(strict_correct(item, answer)))
        groups.append(item.group)
    decider, out_of_fold = _fit(rows, labels, groups)
    probabilities = [float(p) for p in out_of_fold]
    threshold = choose_threshold(probabilities, labels)
    answered = [p >= threshold for p in probabilities]
    right_answered = sum(r for r, a in zip(labels, answered, strict=True) if a)
    validation = {
        "decider_utility": round(_utility(probabilities, labels, threshold), 3),
        "answered_share": round(sum(answered) / len(answered), 3),
        "right_when_answered": round(right_answered / max(1, sum(answered)), 3),
        "right_if_always_answered": round(sum(labels) / len(labels), 3),
    }
    return decider, threshold, validation, len(rows), sum(labels)


def fit_answer_model(
    service: TanyaService, gold: list[GoldQuestion], out: Path = MODEL_PATH
) -> str:
    if any(item.split != "dev" for item in gold):
        raise ValueError("--fit hanya boleh melihat split dev")
    ranker, ranker_validation = _fit_ranker(service, gold)
    decider, threshold, validation, count, right = _fit_decider(service, gold, ranker)
    model = AnswerModel(
        ranker=ranker,
        decider=decider,
        threshold=threshold,
        trained_on=f"dev split: {count} answers ({right} right), {dt.date.today().isoformat()}",
        cross_validation=ranker_validation | validation,
    )
    out.write_text(model.model_dump_json(indent=2) + "\n", "utf-8")
    return (
        f"{out}: {model.trained_on}; ambang {threshold}; validasi silang {model.cross_validation}"
    )
