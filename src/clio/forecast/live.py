"""Entity forecasting over Clio's own events: "most likely next: RUSMIL 190 -> UKR".

The stored events up to a day D become a temporal knowledge graph (actor codes as entities, CAMEO
codes as relations). For a source actor s, every relation r it has used is weighed by its
recency-weighted share of s's events, P(r | s), and every entity o by the forecaster's
probability that o is the target of (s, r, ?, D + 1), P(o | s, r); next events are ranked by
P(r | s) · P(o | s, r).

With enough history (``MIN_FACTS`` events) Clio's model is trained on the database's own recent
days; with less, the recurrency baseline with fixed λ = 0.04 and α = 0.99 scores instead.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import numpy as np

from clio.forecast import ranker
from clio.forecast.dataset import Facts
from clio.forecast.features import FeatureBuilder, build_context, entity_groups
from clio.forecast.history import History
from clio.forecast.protocol import FloatArray, Queries, build_queries, with_inverses
from clio.forecast.recurrency import RecurrencyBaseline, RecurrencyParams

MIN_FACTS = 2_000
MAX_TRAIN_QUERIES = 6_000
RELATION_DECAY = 0.04
DEFAULT_LAMBDA, DEFAULT_ALPHA = 0.04, 0.99


@dataclass(frozen=True, slots=True)
class NextEvent:
    source: str
    cameo: str
    target: str
    probability: float  # P(r | s) · P(o | s, r)
    relation_share: float  # P(r | s)
    target_probability: float  # P(o | s, r)

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "cameo": self.cameo,
            "target": self.target,
            "probability": round(self.probability, 4),
            "relation_share": round(self.relation_share, 4),
            "target_probability": round(self.target_probability, 4),
        }


@dataclass(frozen=True, slots=True)
class Graph:
    entities: tuple[str, ...]
    relations: tuple[str, ...]
    facts: Facts
    first_day: dt.date

    @classmethod
    def from_triples(cls, triples: list[tuple[str, str, str, dt.date]]) -> Graph:
        entities: dict[str, int] = {}
        relations: dict[str, int] = {}
        first = min((t[3] for t in triples), default=dt.date.today())
        rows = [
            (
                entities.setdefault(s, len(entities)),
                relations.setdefault(r, len(relations)),
                entities.setdefault(o, len(entities)),
                (d - first).days,
            )
            for s, r, o, d in triples
        ]
        return cls(tuple(entities), tuple(relations), Facts.from_rows(rows) if rows else Facts.empty(), first)


class _Scorer:
    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        n, rels = len(graph.entities), len(graph.relations)
        self.facts = with_inverses(graph.facts, rels)
        self.history = History(self.facts, num_entities=n, num_relations=2 * rels)
        self.model: ranker.Model | None = None
        self.builder: FeatureBuilder | None = None
        if len(graph.facts) >= MIN_FACTS:
            self._train()

    @property
    def name(self) -> str:
        return "clio" if self.model is not None else "recurrency"

    def _train(self) -> None:
        facts = self.graph.facts
        days = np.unique(facts.day)
        start = int(days[int(len(days) * 2 / 3)])
        keep = np.flatnonzero(facts.day >= max(start, 1))[-MAX_TRAIN_QUERIES // 2 :]
        chosen = Facts(facts.s[keep], facts.r[keep], facts.o[keep], facts.day[keep])
        queries = build_queries(chosen, len(self.graph.relations), all_facts=facts)
        context = build_context(
            self.history,
            self.facts,
            entity_groups(self.graph.entities),
            cooccurrence_until=int(queries.day.min()),
        )
        self.builder = FeatureBuilder(self.history, self.facts, context)
        examples = ranker.collect_examples(self.builder, queries, seed=0)
        self.model = ranker.train(examples, hidden=16, epochs=4, seed=0)

    def probabilities(self, queries: Queries, rows: np.ndarray) -> FloatArray:
        if self.model is not None and self.builder is not None:
            scores = ranker.score_dense(self.model, self.builder.build(queries, rows))
            scores = np.exp(scores - scores.max(axis=1, keepdims=True))
        else:
            rels = 2 * len(self.graph.relations)
            params = RecurrencyParams(np.full(rels, DEFAULT_LAMBDA), np.full(rels, DEFAULT_ALPHA))
            scores = RecurrencyBaseline(self.history, params, len(self.graph.entities)).scores(queries, rows)
        totals = scores.sum(axis=1, keepdims=True)
        result: FloatArray = np.divide(scores, totals, out=np.zeros_like(scores), where=totals > 0)
        return result


def next_events(
    triples: list[tuple[str, str, str, dt.date]],
    source: str,
    *,
    as_of: dt.date,
    target: str | None = None,
    top: int = 5,
) -> tuple[list[NextEvent], str]:
    """The likeliest next events of ``source`` (towards ``target`` if given) on the day after
    ``as_of``, from ``triples`` dated up to ``as_of``; and the name of the model used."""
    graph = Graph.from_triples(triples)
    if source not in graph.entities:
        return [], "none"
    scorer = _Scorer(graph)
    e = graph.entities.index(source)
    day = (as_of - graph.first_day).days + 1
    facts = graph.facts
    mine = facts.s == e
    weights = np.exp2(-RELATION_DECAY * (day - facts.day[mine]))
    shares = np.bincount(facts.r[mine], weights=weights, minlength=len(graph.relations))
    shares = shares / shares.sum() if shares.sum() else shares
    used = np.flatnonzero(shares > 0)
    if not len(used):
        return [], scorer.name
    queries = Queries(
        entity=np.full(len(used), e),
        relation=used.astype(np.int64),
        day=np.full(len(used), day),
        answer_query=np.zeros(0, dtype=np.int64),
        answer_entity=np.zeros(0, dtype=np.int64),
        filtered=tuple(frozenset() for _ in used),
    )
    probabilities = scorer.probabilities(queries, np.arange(len(used)))
    found = []
    wanted = graph.entities.index(target) if target in graph.entities else None
    if target is not None and wanted is None:
        return [], scorer.name
    for i, r in enumerate(used):
        candidates = [wanted] if wanted is not None else list(np.argsort(-probabilities[i])[:top])
        for o in candidates:
            p = float(probabilities[i, o])
            if p > 0 and o != e:
                found.append(
                    NextEvent(
                        source,
                        graph.relations[r],
                        graph.entities[o],
                        float(shares[r]) * p,
                        float(shares[r]),
                        p,
                    )
                )
    found.sort(key=lambda n: -n.probability)
    return found[:top], scorer.name
