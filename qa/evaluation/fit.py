"""Fit the abstention thresholds on the gold set: retrieve and rank evidence once per question,
then grid-search the thresholds for the most right outcomes, with wrong answers penalised."""

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
    "max_unknown_share": [0.0, 0.34, 1.0],
    "max_unknown_term_share": [0.15, 0.25, 0.34, 1.0],
}


def fit_thresholds(service: TanyaService, gold: list[GoldQuestion]) -> tuple[Thresholds, float]:
    cached = []
    for item in gold:
        question, query, passages = service.retrieve(item.question)
        cached.append((item, question, passages, service.rank_evidence(question, query, passages)))
    best: tuple[float, Thresholds] = (-1.0, Thresholds())
    for values in itertools.product(*GRID.values()):
        thresholds = replace(Thresholds(), **dict(zip(GRID, values, strict=True)))
        correct = abstained = true_abstentions = 0
        for item, question, passages, ranked in cached:
            answer = compose(question, passages, ranked, thresholds)
            correct += item.answerable and answer_correct(item, answer)
            abstained += answer.abstained
            true_abstentions += (not item.answerable) and answer.abstained
        # A wrong answer costs more than an honest abstention: count every question whose
        # outcome is right (answered correctly or rightly declined), minus wrong answers.
        wrong_answers = len(gold) - correct - abstained
        score = (correct + true_abstentions - 0.5 * wrong_answers) / len(gold)
        if score > best[0]:
            best = (score, thresholds)
    return best[1], best[0]
