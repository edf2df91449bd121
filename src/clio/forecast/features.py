"""Features of every candidate entity for a batch of queries asked on the same day.

For a query (e, rel, ?, t) and a candidate x, from the facts before t only:

- recurrence: time-decayed counts of (e, rel, x) at several half-lives, and of the reciprocal
  (x, rel, e) (relation ``rel`` inverted);
- pair: decayed counts of any fact between e and x, in the query's direction and in the other;
- relation co-occurrence: Σ over earlier (e, rel', x) of P(rel | rel' was seen between the pair),
  a table estimated from the facts before the model's training period;
- two hops: Σ_y P(y | e) P(x | y) over the interaction graph;
- relation priors: the share of earlier ``rel`` facts with object x, overall and recently, and
  among subjects of e's group (country);
- group: the share of e's earlier ``rel`` objects in x's group; whether x is in e's group;
- activity: x's decayed number of facts.

Counts enter as log(1 + c). Query-level context (how much history e and rel have, how often
``rel`` repeats) is appended to every candidate so the model can weigh the others by it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy import sparse

from clio.forecast.dataset import Facts, IntArray
from clio.forecast.history import Entries, History
from clio.forecast.protocol import Queries

Float32Array = npt.NDArray[np.float32]
FloatArray = npt.NDArray[np.float64]

TRIPLE_LAMBDAS = (0.0, 0.01, 0.1, 0.5, 2.0)
PAIR_LAMBDAS = (0.0, 0.1)
PRIOR_LAMBDA = 0.1
COOCCUR_LAMBDAS = (0.0, 0.1, 0.5)


def feature_names() -> tuple[str, ...]:
    names = [f"triple_l{lam}" for lam in TRIPLE_LAMBDAS]
    names += [f"reciprocal_l{lam}" for lam in PAIR_LAMBDAS]
    names += [f"pair_same_l{lam}" for lam in PAIR_LAMBDAS] + [f"pair_other_l{lam}" for lam in PAIR_LAMBDAS]
    names += [f"cooccur_l{lam}" for lam in COOCCUR_LAMBDAS]
    names += ["group_pair", "relation_two_hop"]
    names += ["two_hop", "rel_prior", "rel_prior_recent", "group_rel_prior", "object_group_share"]
    names += ["same_group", "is_self", "activity", "activity_recent"]
    names += ["ctx_triples", "ctx_neighbours", "ctx_rel_facts", "ctx_rel_repeat", "ctx_inverse"]
    return tuple(names)


FEATURES = feature_names()


def repeat_flags(facts: Facts) -> npt.NDArray[np.bool_]:
    """For every fact, whether the same (s, r, o) happened on an earlier day."""
    order = np.lexsort((facts.day, facts.o, facts.r, facts.s))
    s, r, o, d = facts.s[order], facts.r[order], facts.o[order], facts.day[order]
    same_triple = np.zeros(len(order), dtype=bool)
    same_triple[1:] = (s[1:] == s[:-1]) & (r[1:] == r[:-1]) & (o[1:] == o[:-1])
    # the first fact of each triple's earliest day is not a repeat; later days are
    first_day = np.empty(len(order), dtype=np.int64)
    start = 0
    for i in range(1, len(order) + 1):
        if i == len(order) or not same_triple[i]:
            first_day[start:i] = d[start]
            start = i
    flags = np.zeros(len(order), dtype=bool)
    flags[order] = d > first_day
    return flags


def cooccurrence_table(facts: Facts, num_relations: int, *, until: int) -> FloatArray:
    """P(rel | rel' seen earlier between the same ordered pair), from facts before day ``until``.

    Row rel, column rel'. Estimated by walking the facts in time order: each fact (s, rel, o, t)
    counts once for every distinct relation the pair (s, o) had before t.
    """
    keep = facts.day < until
    s, r, o, d = facts.s[keep], facts.r[keep], facts.o[keep], facts.day[keep]
    order = np.argsort(d, kind="stable")
    counts = np.zeros((num_relations, num_relations))
    seen: dict[tuple[int, int], dict[int, int]] = {}
    pending: list[tuple[tuple[int, int], int]] = []
    current = -1
    for i in order.tolist():
        day = int(d[i])
        if day != current:  # facts of a day only count as history from the next day on
            for pair, rel in pending:
                seen.setdefault(pair, {})[rel] = day
            pending.clear()
            current = day
        pair = (int(s[i]), int(o[i]))
        rel = int(r[i])
        earlier = seen.get(pair)
        if earlier:
            for rel_before in earlier:
                counts[rel, rel_before] += 1
        pending.append((pair, rel))
    totals = counts.sum(axis=0, keepdims=True)
    totals[totals == 0] = 1.0
    table: FloatArray = counts / totals
    return table


def entity_groups(names: tuple[str, ...]) -> IntArray:
    """A group id per entity: the country in ``Police_(Australia)``, else the name itself (ICEWS
    countries), or the first three letters of a CAMEO actor code (``RUSMIL`` -> ``RUS``)."""
    keys: list[str] = []
    for name in names:
        if name.endswith(")") and "_(" in name:
            keys.append(name[name.rindex("_(") + 2 : -1])
        elif len(name) > 3 and name.isalnum() and name.isupper():
            keys.append(name[:3])
        else:
            keys.append(name)
    index: dict[str, int] = {}
    return np.array([index.setdefault(k, len(index)) for k in keys], dtype=np.int64)


@dataclass(frozen=True, slots=True)
class Context:
    """Tables the features need besides the history itself."""

    groups: IntArray
    cooccurrence: FloatArray  # (2R, 2R)
    repeat_cumsum: IntArray  # cumulative repeat flags in by_relation order (with a leading 0)


class FeatureBuilder:
    """Dense features (queries × entities × features) for batches of same-day queries."""

    def __init__(self, history: History, facts: Facts, context: Context) -> None:
        self.history = history
        self.facts = facts  # with inverses, as in ``history``
        self.context = context
        self.num_entities = history.num_entities
        self.num_relations = history.num_relations  # with inverses (2R)
        self._day: int | None = None
        self._graph: sparse.csr_matrix | None = None
        self._activity: tuple[FloatArray, FloatArray] | None = None
        self._groups_day: int | None = None
        self._groups: sparse.csr_matrix | None = None

    def _day_state(self, day: int) -> tuple[sparse.csr_matrix, tuple[FloatArray, FloatArray]]:
        if self._day != day or self._graph is None or self._activity is None:
            keep = self.facts.day < day
            s, o = self.facts.s[keep], self.facts.o[keep]
            n = self.num_entities
            graph = sparse.csr_matrix((np.ones(len(s)), (s, o)), shape=(n, n))
            graph.sum_duplicates()
            degree = np.asarray(graph.sum(axis=1)).ravel()
            inverse = np.divide(1.0, degree, out=np.zeros_like(degree), where=degree > 0)
            self._graph = sparse.diags(inverse) @ graph
            recent = np.bincount(
                s, weights=np.exp2(-PRIOR_LAMBDA * (day - self.facts.day[keep])), minlength=n
            )
            self._activity = (np.log1p(degree), np.log1p(recent))
            self._day = day
        return self._graph, self._activity

    def _group_graph(self, day: int) -> sparse.csr_matrix:
        """Facts between each group (as subject) and each entity before ``day``."""
        if self._groups_day != day or self._groups is None:
            keep = self.facts.day < day
            groups = self.context.groups
            shape = (int(groups.max()) + 1, self.num_entities)
            self._groups = sparse.csr_matrix(
                (np.ones(int(keep.sum())), (groups[self.facts.s[keep]], self.facts.o[keep])), shape=shape
            )
            self._groups_day = day
        return self._groups

    def _relation_two_hop(self, first: sparse.csr_matrix, relation: IntArray, day: int) -> FloatArray:
        """Σ_y P(y | e) · P(x | y did ``relation`` before): where e's partners directed the
        query's relation. One sparse product per distinct relation of the batch."""
        out = np.zeros((len(relation), self.num_entities))
        n = self.num_entities
        for rel in np.unique(relation):
            rows = np.flatnonzero(relation == rel)
            found = self.history.relation_facts(np.array([rel]), np.array([day]))
            if not len(found.row):
                continue
            matrix = sparse.csr_matrix((np.ones(len(found.row)), (found.subject, found.entity)), shape=(n, n))
            degree = np.asarray(matrix.sum(axis=1)).ravel()
            inverse = np.divide(1.0, degree, out=np.zeros_like(degree), where=degree > 0)
            out[rows] = np.asarray((first[rows] @ (sparse.diags(inverse) @ matrix)).todense())
        return out

    def _dense(self, found: Entries, weights: FloatArray, rows: int) -> FloatArray:
        flat = np.bincount(
            found.row * self.num_entities + found.entity, weights=weights, minlength=rows * self.num_entities
        )
        result: FloatArray = np.asarray(flat, dtype=np.float64).reshape(rows, self.num_entities)
        return result

    def build(self, queries: Queries, rows: IntArray) -> Float32Array:
        """Features of every entity for the queries ``rows`` (all on the same day), shaped
        (features, queries, entities): each feature is one contiguous block."""
        day = int(queries.day[rows[0]])
        if np.any(queries.day[rows] != day):
            raise ValueError("a feature batch must hold queries of one day")
        b, n = len(rows), self.num_entities
        half = self.num_relations // 2
        entity, relation = queries.entity[rows], queries.relation[rows]
        days = np.full(b, day)
        out = np.zeros((len(FEATURES), b, n), dtype=np.float32)
        column = 0

        def put(values: FloatArray, *, log: bool = True) -> None:
            nonlocal column
            out[column] = np.log1p(values) if log else values
            column += 1

        triples = self.history.triples(entity, relation, days)
        age = day - triples.day
        for lam in TRIPLE_LAMBDAS:
            put(self._dense(triples, np.exp2(-lam * age), b))
        inverse_rel = (relation + half) % self.num_relations
        reciprocal = self.history.triples(entity, inverse_rel, days)
        for lam in PAIR_LAMBDAS:
            put(self._dense(reciprocal, np.exp2(-lam * (day - reciprocal.day)), b))
        pair = self.history.neighbours(entity, days)
        pair_age = day - pair.day
        same = (pair.relation < half) == (relation[pair.row] < half)
        for mask in (same, ~same):
            for lam in PAIR_LAMBDAS:
                put(self._dense(pair, np.where(mask, np.exp2(-lam * pair_age), 0.0), b))
        weight = self.context.cooccurrence[relation[pair.row], pair.relation]
        for lam in COOCCUR_LAMBDAS:
            put(self._dense(pair, weight * np.exp2(-lam * pair_age), b))
        graph, (activity, activity_recent) = self._day_state(day)
        groups = self.context.groups
        group_graph = self._group_graph(day)
        put(np.asarray(group_graph[groups[entity]].todense()))
        first = graph[entity]
        put(self._relation_two_hop(first, relation, day), log=False)
        put(np.asarray((first @ graph).todense()), log=False)
        rel_facts = self.history.relation_facts(relation, days)
        rel_counts = self._dense(rel_facts, np.ones(len(rel_facts.row)), b)
        rel_recent = self._dense(rel_facts, np.exp2(-PRIOR_LAMBDA * (day - rel_facts.day)), b)
        in_group = groups[rel_facts.subject] == groups[entity[rel_facts.row]]
        group_counts = self._dense(rel_facts, in_group.astype(np.float64), b)
        for values in (rel_counts, rel_recent, group_counts):
            totals = values.sum(axis=1, keepdims=True)
            put(np.divide(values, totals, out=np.zeros_like(values), where=totals > 0), log=False)
        object_groups = np.zeros((b, int(groups.max()) + 1))
        np.add.at(object_groups, (triples.row, groups[triples.entity]), 1.0)
        totals = object_groups.sum(axis=1, keepdims=True)
        shares = np.divide(object_groups, totals, out=np.zeros_like(object_groups), where=totals > 0)
        put(shares[:, groups], log=False)
        put((groups[None, :] == groups[entity][:, None]).astype(np.float64), log=False)
        put((np.arange(n)[None, :] == entity[:, None]).astype(np.float64), log=False)
        put(np.broadcast_to(activity, (b, n)), log=False)
        put(np.broadcast_to(activity_recent, (b, n)), log=False)
        by_rel = self.history.by_relation
        lo, hi = by_rel.ranges(relation, days)
        repeats = self.context.repeat_cumsum[hi] - self.context.repeat_cumsum[lo]
        n_rel = (hi - lo).astype(np.float64)
        context = [
            np.log1p(np.bincount(triples.row, minlength=b)),
            np.log1p(np.bincount(pair.row, minlength=b)),
            np.log1p(n_rel),
            np.divide(repeats, n_rel, out=np.zeros(b), where=n_rel > 0),
            (relation >= half).astype(np.float64),
        ]
        for values in context:
            put(np.broadcast_to(np.asarray(values, dtype=np.float64)[:, None], (b, n)), log=False)
        assert column == len(FEATURES), "every feature column is filled once"
        return out


def build_context(history: History, facts: Facts, groups: IntArray, *, cooccurrence_until: int) -> Context:
    """The tables for a FeatureBuilder; ``facts`` include inverses, as in ``history``."""
    flags = repeat_flags(facts)
    order = np.lexsort((facts.day, facts.r))
    cumsum = np.concatenate([[0], np.cumsum(flags[order])]).astype(np.int64)
    table = cooccurrence_table(facts, history.num_relations, until=cooccurrence_until)
    return Context(groups=groups, cooccurrence=table, repeat_cumsum=cumsum)
