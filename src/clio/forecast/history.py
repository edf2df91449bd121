"""What happened before day t, for many queries at once.

Facts (with inverses) are sorted by a key and then by day, so the facts of key k before day t
are one contiguous slice found by binary search: ``History.gather`` returns, for a batch of
(key, day) queries, every earlier fact of each key as flat arrays (query row, other entity,
relation, day). Single-step discipline lives here: nothing at or after the query's day is
ever returned.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from clio.forecast.dataset import Facts, IntArray


@dataclass(frozen=True, slots=True)
class Entries:
    """Earlier facts of a batch of queries: ``row[i]`` is the query that fact ``i`` belongs to."""

    row: IntArray
    subject: IntArray
    entity: IntArray
    relation: IntArray
    day: IntArray


class KeyedFacts:
    """Facts grouped by an integer key (e.g. subject, or subject × relation), then by day."""

    def __init__(self, keys: IntArray, facts: Facts) -> None:
        self.span = int(facts.day.max()) + 2 if len(facts) else 2
        order = np.lexsort((facts.day, keys))
        self._composite = keys[order] * self.span + facts.day[order]
        self.subject = facts.s[order]
        self.entity = facts.o[order]
        self.relation = facts.r[order]
        self.day = facts.day[order]

    def ranges(self, keys: IntArray, days: IntArray) -> tuple[IntArray, IntArray]:
        """[lo, hi) of the facts of each key strictly before its day."""
        days = np.minimum(days, self.span - 1)
        lo = np.searchsorted(self._composite, keys * self.span, side="left")
        hi = np.searchsorted(self._composite, keys * self.span + days, side="left")
        return lo, hi

    def gather(self, keys: IntArray, days: IntArray) -> Entries:
        lo, hi = self.ranges(keys, days)
        counts = hi - lo
        rows = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(lo - np.cumsum(counts) + counts, counts)
        index = starts + np.arange(int(counts.sum()))
        return Entries(rows, self.subject[index], self.entity[index], self.relation[index], self.day[index])

    def count_before(self, keys: IntArray, days: IntArray) -> IntArray:
        lo, hi = self.ranges(keys, days)
        counts: IntArray = hi - lo
        return counts


class History:
    """Every known fact (with inverses), indexed for the look-ups the forecasters make.

    ``num_relations`` counts inverse relations too (2R). Facts must already include inverses.
    """

    def __init__(self, facts: Facts, *, num_entities: int, num_relations: int) -> None:
        self.num_entities = num_entities
        self.num_relations = num_relations
        self.by_subject_relation = KeyedFacts(facts.s * num_relations + facts.r, facts)
        self.by_subject = KeyedFacts(facts.s, facts)
        self.by_relation = KeyedFacts(facts.r, facts)

    def triples(self, entity: IntArray, relation: IntArray, day: IntArray) -> Entries:
        """Earlier facts (e, rel, x) of each query: x in ``entity`` of the result."""
        return self.by_subject_relation.gather(entity * self.num_relations + relation, day)

    def neighbours(self, entity: IntArray, day: IntArray) -> Entries:
        """Earlier facts (e, any relation, x) of each query."""
        return self.by_subject.gather(entity, day)

    def relation_facts(self, relation: IntArray, day: IntArray) -> Entries:
        """Earlier facts (any, rel, x) of each query."""
        return self.by_relation.gather(relation, day)
