"""Entity forecasting: the evaluation protocol, single-step history, the recurrency baseline and
the prediction file, on small hand-made graphs whose answers are worked out by hand."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from clio.errors import InputError
from clio.forecast.dataset import Facts, load_dataset
from clio.forecast.history import History
from clio.forecast.predictions import prediction_lines, score_predictions
from clio.forecast.protocol import RankingMetrics, build_queries, expected_ranks, rank_answers, with_inverses
from clio.forecast.recurrency import RecurrencyBaseline, RecurrencyParams, strict_scores

INF = -np.inf


@pytest.mark.parametrize(
    ("scores", "gold", "filtered", "expected"),
    [
        ([0.9, 0.5, 0.1, 0.0], 0, set(), 1.0),  # best
        ([0.9, 0.5, 0.1, 0.0], 2, set(), 3.0),
        ([0.9, 0.5, 0.1, 0.0], 2, {0}, 2.0),  # another true answer that day is dropped
        ([0.9, 0.5, 0.1, 0.0], 2, {0, 2}, 2.0),  # the gold itself is never dropped
        ([0.5, 0.5, 0.5, 0.5], 1, set(), 2.5),  # all tied: 1 + 3/2 (random tie-breaking)
        ([0.5, 0.5, 0.5, 0.9], 1, {0}, 2.5),  # 1 higher + ½·1 equal (entity 0 filtered)
        ([INF, 0.7, INF, INF], 0, set(), 3.0),  # unlisted: below the listed, tied among themselves
    ],
)
def test_expected_rank_with_filter_and_ties(
    scores: list[float], gold: int, filtered: set[int], expected: float
) -> None:
    rank = expected_ranks(np.array([scores]), np.array([0]), np.array([gold]), [frozenset(filtered)])
    assert rank[0] == pytest.approx(expected)


def test_metrics_are_percentages_over_ranks() -> None:
    metrics = RankingMetrics.of(np.array([1.0, 2.0, 4.0, 20.0]))
    assert metrics.mrr == pytest.approx(100 * (1 + 0.5 + 0.25 + 0.05) / 4)
    assert metrics.hits == {1: 25.0, 3: 50.0, 10: 75.0}


def _facts(rows: list[tuple[int, int, int, int]]) -> Facts:
    return Facts.from_rows(rows)


def test_queries_ask_both_directions_and_filter_on_the_same_day_only() -> None:
    test = _facts([(0, 0, 1, 5), (0, 0, 2, 5), (3, 0, 1, 6)])
    everything = _facts([(0, 0, 4, 4), (0, 0, 1, 5), (0, 0, 2, 5), (3, 0, 1, 6)])
    queries = build_queries(test, 1, all_facts=everything)
    asked = {
        (int(e), int(r), int(d))
        for e, r, d in zip(queries.entity, queries.relation, queries.day, strict=True)
    }
    assert asked == {(0, 0, 5), (1, 1, 5), (2, 1, 5), (3, 0, 6), (1, 1, 6)}
    assert len(queries.answer_query) == 6
    first = next(
        i
        for i in range(len(queries))
        if (queries.entity[i], queries.relation[i], queries.day[i]) == (0, 0, 5)
    )
    assert queries.filtered[first] == {1, 2}  # entity 4 was true on day 4, not day 5: not filtered


def test_history_never_returns_the_query_day_or_later() -> None:
    facts = with_inverses(_facts([(0, 0, 1, 1), (0, 0, 2, 3), (0, 0, 3, 4)]), 1)
    history = History(facts, num_entities=4, num_relations=2)
    found = history.triples(np.array([0, 0, 0]), np.array([0, 0, 0]), np.array([1, 3, 9]))
    by_query = {q: sorted(found.entity[found.row == q].tolist()) for q in range(3)}
    assert by_query == {0: [], 1: [1], 2: [1, 2, 3]}
    inverse = history.triples(np.array([2]), np.array([1]), np.array([4]))
    assert inverse.entity.tolist() == [0]  # (2, r⁻¹, 0) from the fact (0, r, 2) of day 3


def test_strict_score_follows_the_papers_equation() -> None:
    # (0, r, 1) on days 0 and 2, (0, r, 2) on day 1; the query is asked at day 3 with λ = 1.
    facts = with_inverses(_facts([(0, 0, 1, 0), (0, 0, 2, 1), (0, 0, 1, 2), (0, 0, 3, 3)]), 1)
    history = History(facts, num_entities=4, num_relations=2)
    queries = build_queries(_facts([(0, 0, 3, 3)]), 1)
    scores = strict_scores(history, queries, np.array([0]), np.array([1.0]), 4)
    norm = 2**-1 + 2**-2 + 2**-3
    assert scores[0, 1] == pytest.approx((2**-3 + 2**-1) / norm)
    assert scores[0, 2] == pytest.approx(2**-2 / norm)
    assert scores[0, 3] == 0.0


def test_combined_baseline_mixes_strict_and_relaxed_scores() -> None:
    facts_plain = _facts([(0, 0, 1, 0), (5, 0, 2, 0), (6, 0, 2, 1), (0, 0, 3, 2)])
    facts = with_inverses(facts_plain, 1)
    history = History(facts, num_entities=7, num_relations=2)
    queries = build_queries(_facts([(0, 0, 3, 2)]), 1)
    params = RecurrencyParams(np.array([0.0, 0.0]), np.array([0.5, 0.5]))
    scores = RecurrencyBaseline(history, params, 7).scores(queries, np.array([0]))
    # strict with λ=0: count/t = 1/2 for entity 1; relaxed: entity 2 is 2 of 3 earlier r-facts
    assert scores[0, 1] == pytest.approx(0.5 * 0.5 + 0.5 * (1 / 3))
    assert scores[0, 2] == pytest.approx(0.5 * (2 / 3))


def test_prediction_file_scores_like_the_full_ranking(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    everything = _facts([(int(s), 0, int(o), int(d)) for s, o, d in rng.integers(0, 12, size=(60, 3))])
    test = everything.before(99)
    queries = build_queries(test, 1, all_facts=everything)
    table = rng.random((len(queries), 12))

    def scorer(qs: object, rows: np.ndarray) -> np.ndarray:
        return table[rows]

    full = rank_answers(queries, scorer)
    path = tmp_path / "preds.jsonl"
    lines = list(
        prediction_lines(queries, np.arange(len(queries)), table, num_relations=1, hours_per_step=24, top=12)
    )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert all("answer" not in json.loads(line) for line in lines)
    checked = score_predictions(path, queries, num_entities=12, num_relations=1, hours_per_step=24)
    assert np.allclose(checked["ranks"], full)
    assert checked["gold_listed_share"] == 1.0 and checked["missing_queries"] == 0


def test_prediction_file_errors_name_the_line(tmp_path: Path) -> None:
    queries = build_queries(_facts([(0, 0, 1, 2)]), 1)
    path = tmp_path / "bad.jsonl"
    path.write_text(
        '{"dir":"obj","s":0,"r":0,"t":48,"top":[[1,0.5]]}\n{"dir":"obj","s":0,"r":0,"t":48,"top":[]}\n'
    )
    with pytest.raises(InputError, match=r"bad.jsonl:2: a query listed twice"):
        score_predictions(path, queries, num_entities=2, num_relations=1, hours_per_step=24)


def test_dataset_loader_reports_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "entity2id.txt").write_text("A\t0\nB\t1\n")
    (tmp_path / "relation2id.txt").write_text("Consult\t0\n")
    (tmp_path / "train.txt").write_text("0\t0\t1\t0\t-1\n")
    (tmp_path / "valid.txt").write_text("0\t0\t1\t24\t-1\n")
    (tmp_path / "test.txt").write_text("0\t0\t7\t48\t-1\n")
    with pytest.raises(InputError, match=r"test.txt:1: entity id out of range"):
        load_dataset(tmp_path)
    (tmp_path / "test.txt").write_text("0\t0\t1\t50\t-1\n")
    with pytest.raises(InputError, match=r"test.txt:1: time 50 is not a non-negative multiple of 24"):
        load_dataset(tmp_path)
    (tmp_path / "test.txt").write_text("1\t0\t0\t48\t-1\n")
    data = load_dataset(tmp_path)
    assert data.test.day.tolist() == [2] and data.entities == ("A", "B")
