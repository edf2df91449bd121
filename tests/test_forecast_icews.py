"""Entity forecasting on ICEWS14 (read from ../shared at run time; skipped without it).

The full benchmark (selection on valid, three seeds) is `clio eval forecast`; these tests check
the harness against the README's published sanity figure and train Clio's model on a small slice.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from clio.forecast import ranker
from clio.forecast.dataset import Dataset, Facts, load_dataset
from clio.forecast.evaluate import recurrent_mask
from clio.forecast.features import FEATURES, FeatureBuilder, build_context, entity_groups
from clio.forecast.history import History
from clio.forecast.protocol import Queries, RankingMetrics, build_queries, rank_answers, with_inverses
from clio.forecast.recurrency import strict_scores


@pytest.fixture(scope="module")
def icews14(shared_benchmarks: Path) -> Dataset:
    return load_dataset(shared_benchmarks / "forecast" / "icews14")


@pytest.fixture(scope="module")
def history(icews14: Dataset) -> History:
    facts = with_inverses(icews14.everything(), icews14.num_relations)
    return History(facts, num_entities=icews14.num_entities, num_relations=2 * icews14.num_relations)


def test_the_split_has_the_published_sizes(icews14: Dataset) -> None:
    assert (icews14.num_entities, icews14.num_relations) == (7128, 230)
    assert (len(icews14.train), len(icews14.valid), len(icews14.test)) == (74845, 8514, 7371)
    test = build_queries(icews14.test, icews14.num_relations, all_facts=icews14.everything())
    assert (len(test.answer_query), len(test)) == (14742, 13179)


def test_strict_baseline_reproduces_the_readme_sanity_figure(icews14: Dataset, history: History) -> None:
    """λ = 0.04 for every relation with α = 1: the README's harness gives a strict MRR of 35.54."""
    test = build_queries(icews14.test, icews14.num_relations, all_facts=icews14.everything())

    def scorer(queries: Queries, rows: np.ndarray) -> np.ndarray:
        return strict_scores(history, queries, rows, np.full(len(rows), 0.04), icews14.num_entities)

    ranks = rank_answers(test, scorer)
    assert RankingMetrics.of(ranks).mrr == pytest.approx(35.54, abs=0.01)
    recurrent = recurrent_mask(history, test)
    assert recurrent.mean() == pytest.approx(0.524, abs=0.001)  # the README's "52.4 % recurrences"


def test_clio_model_learns_from_a_small_slice(icews14: Dataset, history: History) -> None:
    """Two training days, one epoch: already far above the strict baseline on early valid days."""
    rels = icews14.num_relations
    everything = icews14.everything()
    facts = with_inverses(everything, rels)
    train = icews14.train
    keep = train.day >= 302
    train_queries = build_queries(
        Facts(train.s[keep], train.r[keep], train.o[keep], train.day[keep]), rels, all_facts=everything
    )
    context = build_context(history, facts, entity_groups(icews14.entities), cooccurrence_until=302)
    builder = FeatureBuilder(history, facts, context)
    examples = ranker.collect_examples(builder, train_queries, seed=0)
    assert examples.features.shape[1] == len(FEATURES)
    model = ranker.train(examples, hidden=8, epochs=1, seed=0)
    valid = icews14.valid
    first = valid.day <= 304
    queries = build_queries(
        Facts(valid.s[first], valid.r[first], valid.o[first], valid.day[first]), rels, all_facts=everything
    )
    clio = RankingMetrics.of(
        rank_answers(queries, lambda q, rows: ranker.score_dense(model, builder.build(q, rows)), chunk=64)
    )

    def strict(q: Queries, rows: np.ndarray) -> np.ndarray:
        return strict_scores(history, q, rows, np.full(len(rows), 0.04), icews14.num_entities)

    baseline = RankingMetrics.of(rank_answers(queries, strict))
    assert clio.mrr > baseline.mrr + 3.0, (clio.mrr, baseline.mrr)
