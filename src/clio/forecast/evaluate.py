"""``clio eval forecast --data DIR``: the recurrency baseline and Clio's model on an ICEWS-format
dataset under the protocol of ``protocol.py``, with selection on valid only.

1. The recurrency baseline: λ and α selected per relation on valid, then scored on test.
2. Clio's model: trained on queries of the last training days (history: everything before each
   query's day), for several seeds. Each seed is scored on valid; Clio's model is reported on
   test only if its mean valid MRR beats the baseline's valid MRR (otherwise the baseline is the
   answer, and the report says so).
3. With ``--predictions FILE``, the first seed's top entities for every unique test query are
   written (see ``predictions.py``) and the file is scored back as a check.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from clio.forecast import ranker, recurrency
from clio.forecast.dataset import Dataset, Facts, load_dataset
from clio.forecast.features import FeatureBuilder, build_context, entity_groups
from clio.forecast.history import History
from clio.forecast.predictions import open_text, prediction_lines, score_predictions
from clio.forecast.protocol import (
    FloatArray,
    Queries,
    RankingMetrics,
    Scorer,
    build_queries,
    day_batches,
    rank_answers,
    with_inverses,
)

Log = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class _Run:
    seed: int
    scorer: Scorer
    valid_mrr: float
    train_s: float


@dataclass(frozen=True, slots=True)
class ModelConfig:
    """Clio's model, as chosen on ICEWS14 valid (see docs/benchmarks/forecast.md)."""

    hidden: int = 32
    epochs: int = 8
    train_fraction: float = 1 / 3  # train on queries of the last third of the training days ...
    max_train_queries: int = 60_000  # ... and at most this many (the most recent)
    seeds: tuple[int, ...] = (0, 1, 2)


def recurrent_mask(history: History, queries: Queries) -> np.ndarray:
    """Answers whose triple (entity, relation, answer) happened before the query's day."""
    q = queries.answer_query
    found = history.triples(queries.entity[q], queries.relation[q], queries.day[q])
    seen = set(zip(found.row.tolist(), found.entity.tolist(), strict=True))
    return np.array([(i, int(a)) in seen for i, a in enumerate(queries.answer_entity)])


def _metrics(ranks: FloatArray, recurrent: np.ndarray) -> dict[str, Any]:
    result: dict[str, Any] = dict(RankingMetrics.of(ranks).as_dict())
    result["recurrent"] = RankingMetrics.of(ranks[recurrent]).as_dict()
    result["novel"] = RankingMetrics.of(ranks[~recurrent]).as_dict()
    return result


def training_queries(dataset: Dataset, config: ModelConfig, all_facts: Facts) -> Queries:
    train = dataset.train
    days = np.unique(train.day)
    first = days[int(len(days) * (1 - config.train_fraction))] if len(days) else 0
    keep = train.day >= max(int(first), 1)
    chosen = Facts(train.s[keep], train.r[keep], train.o[keep], train.day[keep])
    if 2 * len(chosen) > config.max_train_queries:  # keep the most recent facts
        order = np.argsort(-chosen.day, kind="stable")[: config.max_train_queries // 2]
        chosen = Facts(chosen.s[order], chosen.r[order], chosen.o[order], chosen.day[order])
    return build_queries(chosen, dataset.num_relations, all_facts=all_facts)


def evaluate_forecast(
    directory: Path,
    *,
    predictions: Path | None = None,
    config: ModelConfig | None = None,
    log: Log | None = None,
) -> dict[str, Any]:
    config = config or ModelConfig()
    say = log or (lambda _message: None)
    started = time.perf_counter()
    dataset = load_dataset(directory)
    rels = dataset.num_relations
    everything = dataset.everything()
    facts = with_inverses(everything, rels)
    history = History(facts, num_entities=dataset.num_entities, num_relations=2 * rels)
    valid = build_queries(dataset.valid, rels, all_facts=everything)
    test = build_queries(dataset.test, rels, all_facts=everything)
    test_recurrent = recurrent_mask(history, test)
    report: dict[str, Any] = {
        "data": str(directory),
        "entities": dataset.num_entities,
        "relations": rels,
        "facts": {"train": len(dataset.train), "valid": len(dataset.valid), "test": len(dataset.test)},
        "test_queries": len(test.answer_query),
    }

    say("recurrency baseline: selecting λ and α on valid")
    t0 = time.perf_counter()
    params = recurrency.select_params(dataset, history, valid)
    baseline = recurrency.RecurrencyBaseline(history, params, dataset.num_entities)
    baseline_valid = RankingMetrics.of(rank_answers(valid, baseline.scores)).mrr
    report["baseline"] = {
        "valid_mrr": round(baseline_valid, 2),
        "test": _metrics(rank_answers(test, baseline.scores), test_recurrent),
        "runtime_s": round(time.perf_counter() - t0, 1),
    }

    t0 = time.perf_counter()
    train_queries = training_queries(dataset, config, everything)
    cutoff = int(train_queries.day.min()) if len(train_queries) else 0
    context = build_context(history, facts, entity_groups(dataset.entities), cooccurrence_until=cutoff)
    builder = FeatureBuilder(history, facts, context)
    say(f"Clio's model: features of {len(train_queries):,} training queries")
    examples = ranker.collect_examples(builder, train_queries, seed=0)
    prepared = time.perf_counter() - t0
    runs: list[_Run] = []
    for seed in config.seeds:
        t1 = time.perf_counter()
        model = ranker.train(examples, hidden=config.hidden, epochs=config.epochs, seed=seed, log=say)
        trained = time.perf_counter() - t1

        def scorer(queries: Queries, rows: np.ndarray, model: ranker.Model = model) -> FloatArray:
            return ranker.score_dense(model, builder.build(queries, rows))

        valid_mrr = RankingMetrics.of(rank_answers(valid, scorer, chunk=64)).mrr
        say(f"seed {seed}: valid MRR {valid_mrr:.2f}")
        runs.append(_Run(seed, scorer, valid_mrr, trained))
    mean_valid = statistics.mean(r.valid_mrr for r in runs)
    chosen = "clio" if mean_valid > baseline_valid else "baseline"
    report["selection"] = {
        "clio_valid_mrr": round(mean_valid, 2),
        "baseline_valid_mrr": round(baseline_valid, 2),
        "chosen": chosen,
    }
    seed_results: list[dict[str, Any]] = []
    for run in runs:
        t1 = time.perf_counter()
        ranks = rank_answers(test, run.scorer, chunk=64)
        seed_results.append(
            {
                "seed": run.seed,
                "valid_mrr": round(run.valid_mrr, 2),
                "test": _metrics(ranks, test_recurrent),
                "train_s": round(run.train_s, 1),
                "test_s": round(time.perf_counter() - t1, 1),
            }
        )
        say(f"seed {run.seed}: test MRR {seed_results[-1]['test']['mrr']:.2f}")
    mrrs = [r["test"]["mrr"] for r in seed_results]
    report["clio"] = {
        "config": {
            "hidden": config.hidden,
            "epochs": config.epochs,
            "train_queries": len(train_queries),
            "examples": len(examples.query),
        },
        "seeds": seed_results,
        "test_mrr_mean": round(statistics.mean(mrrs), 2),
        "test_mrr_std": round(statistics.stdev(mrrs), 2) if len(mrrs) > 1 else 0.0,
        "test_hits_mean": {
            k: round(statistics.mean(r["test"][k] for r in seed_results), 2)
            for k in ("hits@1", "hits@3", "hits@10")
        },
        "prepare_s": round(prepared, 1),
    }
    if predictions is not None:
        say(f"writing {predictions}")
        best: Scorer = runs[0].scorer if chosen == "clio" else baseline.scores
        with open_text(predictions, "w") as handle:
            for _, rows in day_batches(test, chunk=64):
                for line in prediction_lines(
                    test, rows, best(test, rows), num_relations=rels, hours_per_step=dataset.hours_per_step
                ):
                    handle.write(line + "\n")
        check = score_predictions(
            predictions,
            test,
            num_entities=dataset.num_entities,
            num_relations=rels,
            hours_per_step=dataset.hours_per_step,
        )
        report["predictions"] = {
            "file": str(predictions),
            "model": chosen,
            "check": _metrics(check["ranks"], test_recurrent),
            "gold_listed_share": round(check["gold_listed_share"], 4),
            "missing_queries": check["missing_queries"],
        }
    report["runtime_s"] = round(time.perf_counter() - started, 1)
    return report
