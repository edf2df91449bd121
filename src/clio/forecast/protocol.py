"""The evaluation protocol of Gastinger et al. 2023 (the reference for ICEWS14 figures).

- Every fact (s, r, o, t) is asked twice: (s, r, ?, t) with answer o, and (o, r⁻¹, ?, t) with
  answer s, where r⁻¹ is relation ``r + R`` (R relations). Metrics average over both.
- Single-step: a query at day t may use every true fact before t, and nothing from t on.
- Every entity is a candidate. Time-aware filter: the *other* true answers of the same query on
  the same day are dropped before ranking.
- The rank is the expected rank under random tie-breaking:
  1 + #(higher score) + ½·#(equal score, gold excluded).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from clio.forecast.dataset import Facts, IntArray

FloatArray = npt.NDArray[np.float64]
HITS_AT = (1, 3, 10)


@dataclass(frozen=True, slots=True)
class Queries:
    """The unique queries (entity, relation incl. inverses, day) of some facts, with their answers.

    ``answer_query[i]`` is the query that answer ``i`` (``answer_entity[i]``) belongs to; one
    answer per direction of every fact, so ``len(answer_query) == 2 * len(facts)``.
    ``filtered`` holds, for each query, every entity true for it that day in *any* split.
    """

    entity: IntArray
    relation: IntArray
    day: IntArray
    answer_query: IntArray
    answer_entity: IntArray
    filtered: tuple[frozenset[int], ...]

    def __len__(self) -> int:
        return len(self.entity)

    def days(self) -> list[int]:
        return sorted({int(d) for d in self.day})

    def on_day(self, day: int) -> IntArray:
        return np.flatnonzero(self.day == day)


def with_inverses(facts: Facts, num_relations: int) -> Facts:
    """Each fact plus its inverse (o, r + R, s, t): subject queries become object queries."""
    return Facts(
        np.concatenate([facts.s, facts.o]),
        np.concatenate([facts.r, facts.r + num_relations]),
        np.concatenate([facts.o, facts.s]),
        np.concatenate([facts.day, facts.day]),
    )


def build_queries(facts: Facts, num_relations: int, *, all_facts: Facts | None = None) -> Queries:
    """The queries asked of ``facts`` (both directions), filtered against ``all_facts``."""
    asked = with_inverses(facts, num_relations)
    everything = with_inverses(all_facts if all_facts is not None else facts, num_relations)
    index: dict[tuple[int, int, int], int] = {}
    answer_query = np.empty(len(asked), dtype=np.int64)
    for i, key in enumerate(zip(asked.s.tolist(), asked.r.tolist(), asked.day.tolist(), strict=True)):
        answer_query[i] = index.setdefault(key, len(index))
    truths: list[set[int]] = [set() for _ in index]
    for key, o in zip(
        zip(everything.s.tolist(), everything.r.tolist(), everything.day.tolist(), strict=True),
        everything.o.tolist(),
        strict=True,
    ):
        q = index.get(key)
        if q is not None:
            truths[q].add(o)
    keys = np.array(list(index), dtype=np.int64).reshape(-1, 3)
    return Queries(
        entity=keys[:, 0],
        relation=keys[:, 1],
        day=keys[:, 2],
        answer_query=answer_query,
        answer_entity=asked.o.copy(),
        filtered=tuple(frozenset(t) for t in truths),
    )


def expected_ranks(
    scores: FloatArray, queries: IntArray, golds: IntArray, filtered: list[frozenset[int]]
) -> FloatArray:
    """Filtered expected ranks of ``golds[i]`` in row ``queries[i]`` of ``scores`` (rows: queries,
    columns: every entity; higher is more likely). ``filtered[i]`` are the true answers to drop
    (the gold itself may be among them; it is never dropped)."""
    gold_scores = scores[queries, golds]
    rows = scores[queries]
    higher = (rows > gold_scores[:, None]).sum(axis=1).astype(np.float64)
    equal = (rows == gold_scores[:, None]).sum(axis=1).astype(np.float64) - 1.0
    for i, others in enumerate(filtered):
        gold = int(golds[i])
        for entity in others:
            if entity == gold:
                continue
            value = scores[queries[i], entity]
            if value > gold_scores[i]:
                higher[i] -= 1
            elif value == gold_scores[i]:
                equal[i] -= 1
    result: FloatArray = 1.0 + higher + 0.5 * equal
    return result


@dataclass(frozen=True, slots=True)
class RankingMetrics:
    """MRR and Hits@k (×100) over a set of ranks."""

    count: int
    mrr: float
    hits: dict[int, float]

    @classmethod
    def of(cls, ranks: FloatArray) -> RankingMetrics:
        if len(ranks) == 0:
            return cls(0, 0.0, dict.fromkeys(HITS_AT, 0.0))
        return cls(
            len(ranks),
            float(np.mean(1.0 / ranks) * 100),
            {k: float(np.mean(ranks <= k) * 100) for k in HITS_AT},
        )

    def as_dict(self, prefix: str = "") -> dict[str, float]:
        values = {f"{prefix}mrr": round(self.mrr, 2)}
        values.update({f"{prefix}hits@{k}": round(v, 2) for k, v in self.hits.items()})
        values[f"{prefix}queries"] = self.count
        return values


def day_batches(queries: Queries, *, chunk: int = 512) -> Iterator[tuple[int, IntArray]]:
    """(day, query indices) in day order, at most ``chunk`` queries at a time (bounded memory)."""
    for day in queries.days():
        indices = queries.on_day(day)
        for start in range(0, len(indices), chunk):
            yield day, indices[start : start + chunk]


Scorer = Callable[[Queries, IntArray], FloatArray]
"""Scores every entity (columns) for the queries ``rows`` (one row each); higher is likelier."""


def rank_answers(queries: Queries, scorer: Scorer, *, chunk: int = 512) -> FloatArray:
    """The expected filtered rank of every answer of ``queries``, scoring a day at a time."""
    ranks = np.zeros(len(queries.answer_query))
    by_query = np.argsort(queries.answer_query, kind="stable")
    starts = np.searchsorted(queries.answer_query[by_query], np.arange(len(queries) + 1))
    for _, rows in day_batches(queries, chunk=chunk):
        scores = scorer(queries, rows)
        answers = np.concatenate([by_query[starts[q] : starts[q + 1]] for q in rows])
        local = np.empty(len(queries), dtype=np.int64)
        local[rows] = np.arange(len(rows))
        owners = queries.answer_query[answers]
        filtered = [queries.filtered[int(q)] for q in owners]
        ranks[answers] = expected_ranks(scores, local[owners], queries.answer_entity[answers], filtered)
    return ranks
