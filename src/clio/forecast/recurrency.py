"""The recurrency baseline ψΔξ of Gastinger et al. (IJCAI 2024), written from its equations.

- strict ψΔ(s, r, o, t) = Σ over earlier days k with (s, r, o, k) of 2^(λ(k−t)), divided by
  Σ over i = 0 … t−1 of 2^(λ(i−t));
- relaxed ξ(s, r, o, t) = the share of earlier r-facts whose object is o;
- combined ψΔξ = α·ψΔ + (1−α)·ξ, with λ and α chosen per relation and direction on valid (λ by
  the strict MRR, then α by the combined MRR; ties go to the first value in grid order; a
  relation without valid queries gets the value best over the whole valid set).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from clio.forecast.dataset import Dataset, IntArray
from clio.forecast.history import History
from clio.forecast.protocol import FloatArray, Queries, rank_answers

LAMBDAS = (0, 0.0001, 0.0005, 0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.5, 0.9, 1.0001)
ALPHAS = (0, 1e-5, 1e-4, 0.001, 0.01, 0.1, 0.5, 0.9, 0.99, 0.999, 0.9999, 0.99999, 1)


def strict_scores(
    history: History, queries: Queries, rows: IntArray, lambdas: FloatArray, num_entities: int
) -> FloatArray:
    """ψΔ for the queries ``rows`` (dense: one row per query, one column per entity), with the
    decay ``lambdas[i]`` for query ``rows[i]``."""
    days = queries.day[rows]
    found = history.triples(queries.entity[rows], queries.relation[rows], days)
    lam = lambdas[found.row]
    weights = np.exp2(lam * (found.day - days[found.row]))
    scores = np.zeros((len(rows), num_entities))
    np.add.at(scores, (found.row, found.entity), weights)
    # Σ_{i=0}^{t-1} 2^(λ(i−t)) = Σ_{j=1}^{t} 2^(−λj)
    norm = np.array(
        [float(np.exp2(-lam_ * np.arange(1, d + 1)).sum()) for lam_, d in zip(lambdas, days, strict=True)]
    )
    norm[norm == 0] = 1.0
    result: FloatArray = scores / norm[:, None]
    return result


def relaxed_scores(history: History, queries: Queries, rows: IntArray, num_entities: int) -> FloatArray:
    """ξ: for each query, the share of earlier facts of its relation whose object is each entity."""
    days = queries.day[rows]
    found = history.relation_facts(queries.relation[rows], days)
    scores = np.zeros((len(rows), num_entities))
    np.add.at(scores, (found.row, found.entity), 1.0)
    totals = scores.sum(axis=1, keepdims=True)
    totals[totals == 0] = 1.0
    result: FloatArray = scores / totals
    return result


class _StrictScorer:
    def __init__(self, history: History, lambdas: FloatArray, num_entities: int) -> None:
        self.history = history
        self.lambdas = lambdas
        self.num_entities = num_entities

    def scores(self, queries: Queries, rows: IntArray) -> FloatArray:
        lambdas = self.lambdas[queries.relation[rows]]
        return strict_scores(self.history, queries, rows, lambdas, self.num_entities)


@dataclass(frozen=True, slots=True)
class RecurrencyParams:
    """λ and α per relation (inverse relations included: index r + R)."""

    lambdas: FloatArray
    alphas: FloatArray


class RecurrencyBaseline:
    """Scores every entity for a batch of queries with ψΔξ."""

    def __init__(self, history: History, params: RecurrencyParams, num_entities: int) -> None:
        self.history = history
        self.params = params
        self.num_entities = num_entities

    def scores(self, queries: Queries, rows: IntArray) -> FloatArray:
        rel = queries.relation[rows]
        strict = strict_scores(self.history, queries, rows, self.params.lambdas[rel], self.num_entities)
        relaxed = relaxed_scores(self.history, queries, rows, self.num_entities)
        alpha = self.params.alphas[rel][:, None]
        result: FloatArray = alpha * strict + (1 - alpha) * relaxed
        return result


def _per_relation_mrr(
    queries: Queries, ranks: FloatArray, num_relations: int
) -> tuple[FloatArray, FloatArray]:
    rel = queries.relation[queries.answer_query]
    sums = np.bincount(rel, weights=1.0 / ranks, minlength=num_relations).astype(np.float64)
    counts = np.bincount(rel, minlength=num_relations).astype(np.float64)
    return sums, counts


def _choose(per_value: Sequence[tuple[FloatArray, FloatArray]], grid: Sequence[float]) -> FloatArray:
    sums = np.stack([s for s, _ in per_value])  # (grid, relations)
    counts = per_value[0][1]
    overall = sums.sum(axis=1) / max(counts.sum(), 1.0)
    best_overall = grid[int(np.argmax(overall))]
    chosen = np.array([grid[int(i)] for i in np.argmax(sums, axis=0)], dtype=np.float64)
    chosen[counts == 0] = best_overall
    return chosen


def select_params(dataset: Dataset, history: History, valid: Queries) -> RecurrencyParams:
    """λ then α per relation and direction, by MRR on ``valid`` (the protocol's selection)."""
    n, rels = dataset.num_entities, 2 * dataset.num_relations
    per_lambda = []
    for lam in LAMBDAS:
        lambdas = np.full(rels, float(lam))
        ranks = rank_answers(valid, _StrictScorer(history, lambdas, n).scores)
        per_lambda.append(_per_relation_mrr(valid, ranks, rels))
    lambdas = _choose(per_lambda, LAMBDAS)
    per_alpha = []
    for alpha in ALPHAS:
        model = RecurrencyBaseline(history, RecurrencyParams(lambdas, np.full(rels, float(alpha))), n)
        ranks = rank_answers(valid, model.scores)
        per_alpha.append(_per_relation_mrr(valid, ranks, rels))
    return RecurrencyParams(lambdas, _choose(per_alpha, ALPHAS))
