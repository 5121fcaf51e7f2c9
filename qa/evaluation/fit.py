"""Fit the abstention thresholds on the gold set: retrieve and rank evidence once per question,
then grid-search the thresholds for answer accuracy + abstention F1."""

from __future__ import annotations

import itertools
from dataclasses import replace

from qa.answer.compose import Thresholds, compose
from qa.api import TanyaService
from qa.evaluation.gold import GoldQuestion
from qa.evaluation.metrics import answer_correct

GRID = {
    "min_dense": [0.76, 0.78, 0.80, 0.82, 0.84, 0.86],
    "min_entity_coverage": [0.49, 0.66, 0.99],
    "min_coverage": [0.0, 0.15, 0.25, 0.35],
    "max_unknown_share": [0.0, 0.34, 0.5, 1.0],
}


def fit_thresholds(service: TanyaService, gold: list[GoldQuestion]) -> tuple[Thresholds, float]:
    cached = []
    for item in gold:
        question, query, passages = service.retrieve(item.question)
        cached.append((item, question, passages, service.rank_evidence(question, query, passages)))
    answerable = sum(item.answerable for item in gold) or 1
    unanswerable = len(gold) - answerable or 1
    best: tuple[float, Thresholds] = (-1.0, Thresholds())
    for values in itertools.product(*GRID.values()):
        thresholds = replace(Thresholds(), **dict(zip(GRID, values, strict=True)))
        correct = abstained = true_abstentions = 0
        for item, question, passages, ranked in cached:
            answer = compose(question, passages, ranked, thresholds)
            correct += item.answerable and answer_correct(item, answer)
            abstained += answer.abstained
            true_abstentions += (not item.answerable) and answer.abstained
        precision = true_abstentions / abstained if abstained else 0.0
        recall = true_abstentions / unanswerable
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        score = correct / answerable + f1
        if score > best[0]:
            best = (score, thresholds)
    return best[1], best[0]
