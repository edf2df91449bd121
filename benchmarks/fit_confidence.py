"""Fit the calibrated event confidence (clio/data/events/confidence.json) on the development sets.

Every event Clio codes (with no threshold) on the development sets is labelled right or wrong:
in whole articles (`clio eval articles` gold) it is right when it matches a gold event with its
day; in single-sentence sets (PETRARCH-style gold) when its source country, root and target
country are a gold event's. A logistic model over clio.events.confidence.features is fitted to
these labels (L2-regularised, Newton steps), and the threshold for --min-confidence is the one
that maximises dated F1 on the article sets. Prints the reliability table that docs/benchmarks.md
records, then writes the model file.

    .venv/bin/python benchmarks/fit_confidence.py
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
from spacy.language import Language

from clio.evaluate import articles as article_eval
from clio.evaluate import events as sentence_eval
from clio.events.confidence import article_context, default_model_path, features
from clio.nlp import build_nlp
from clio.pipeline import Extractor
from clio.records import Event
from clio.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
import news_gold  # the script beside this one

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "benchmarks" / "events"
# The wire-style article sets (the shared dev set and our blind check sets read since their
# unread scores), and the published-news splits below, built on the fly.
WIRE_CHECKS = (
    "wire_check",
    "wire_check2",
    "wire_check3",
    "wire_check4",
    "wire_check5",
    "wire_check6",
    "wire_check7",
    "wire_check8",
    "wire_check9",
    "wire_check10",
    "wire_check11",
    "wire_check12",
)
ARTICLE_SETS = [SHARED / "wire_articles_dev"] + [ROOT / "benchmarks" / "data" / name for name in WIRE_CHECKS]
# The published-news development splits (benchmarks/data/news); never the holdout, nor a check
# split before its unread score.
NEWS_SPLITS = (
    "dev",
    "check",
    "check2",
    "check3",
    "check4",
    "check5",
    "check6",
    "check7",
    "check8",
    "check9",
    "check10",
    "check11",
    "check12",
    "check13",
    "check14",
    "check15",
)
SENTENCE_SETS = [
    ROOT / "benchmarks" / "data" / name
    for name in ("clio_wire_dev.jsonl", "clio_wire_dev2.jsonl", "clio_articles_dev.jsonl")
] + [SHARED / "petr2_validation.jsonl"]
L2 = 1.0
F1_TIE = 0.002  # dated F1 differences below this are ties
BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0001)


def article_examples(
    settings: Settings, nlp: Language
) -> tuple[list[Event], list[bool], list[int], list[article_eval.GoldArticle]]:
    """Events coded in the article sets, whether each is right, the index of its article, and
    the gold articles."""
    events: list[Event] = []
    labels: list[bool] = []
    groups: list[int] = []
    records: list[article_eval.GoldArticle] = []
    with tempfile.TemporaryDirectory() as news:
        folders = list(ARTICLE_SETS)
        for split in NEWS_SPLITS:
            folder = Path(news) / split
            if news_gold.build(split, folder) > 0:
                folders.append(folder)
        for folder in folders:
            if folder.exists():
                records.extend(article_eval.load_gold(folder))
    extractor = Extractor(settings, nlp)
    results = [extractor.extract_one(record.article) for record in records]
    for number, (record, result) in enumerate(zip(records, results, strict=True)):
        for event in result.events:
            events.append(event)
            labels.append(any(article_eval.matches(g, event, dated=True) for g in record.events))
            groups.append(number)
    return events, labels, groups, records


def labelled_sentence_events(
    path: Path, settings: Settings, nlp: Language
) -> Iterator[tuple[Event, bool, dict[str, float]]]:
    """Every event coded in a sentence set, with whether its source country, root and target
    country are one of its sentence's gold events, and its context among its record's events."""
    records = sentence_eval.load_gold(path)
    for record, coded in zip(records, sentence_eval.code_records(records, settings, nlp=nlp), strict=True):
        gold = {
            (sentence_eval.country_of(e.source), e.cameo[:2], sentence_eval.country_of(e.target))
            for e in record.events
            if e.cameo
        }
        for event, context in zip(coded, article_context(coded), strict=True):
            key = (
                sentence_eval.actor_country(event.source),
                event.cameo_root,
                sentence_eval.actor_country(event.target),
            )
            yield event, key in gold, context


def sentence_examples(
    settings: Settings, nlp: Language
) -> tuple[list[Event], list[bool], list[dict[str, float]]]:
    labelled = [row for path in SENTENCE_SETS for row in labelled_sentence_events(path, settings, nlp)]
    return [row[0] for row in labelled], [row[1] for row in labelled], [row[2] for row in labelled]


def group_contexts(events: Sequence[Event], groups: Sequence[int]) -> list[dict[str, float]]:
    """Each event's :func:`article_context` among the events of its own article."""
    by_group: dict[int, list[int]] = {}
    for index, group in enumerate(groups):
        by_group.setdefault(group, []).append(index)
    out: list[dict[str, float]] = [{} for _ in events]
    for indices in by_group.values():
        for index, context in zip(indices, article_context([events[i] for i in indices]), strict=True):
            out[index] = context
    return out


def matrix(events: Sequence[Event], contexts: Sequence[dict[str, float]], names: Sequence[str]) -> np.ndarray:
    rows = []
    for event, context in zip(events, contexts, strict=True):
        values = features(event, context)
        rows.append([values.get(name, 0.0) for name in names])
    return np.array(rows, dtype=float)


def fit(x: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    """L2-regularised logistic regression (intercept unpenalised) by Newton's method."""
    design = np.hstack([np.ones((len(x), 1)), x])
    weights = np.zeros(design.shape[1])
    penalty = np.full(design.shape[1], L2)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-design @ weights))
        gradient = design.T @ (p - y) + penalty * weights
        hessian = design.T @ (design * (p * (1 - p))[:, None]) + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.abs(step).max() < 1e-8:
            break
    return float(weights[0]), weights[1:]


def reliability(probabilities: Sequence[float], labels: Sequence[bool]) -> list[str]:
    rows = ["| confidence | events | mean confidence | share fully right |", "|---|---|---|---|"]
    for low, high in itertools.pairwise(BINS):
        chosen = [(p, y) for p, y in zip(probabilities, labels, strict=True) if low <= p < high]
        if not chosen:
            rows.append(f"| {low:.1f}–{min(high, 1.0):.1f} | 0 | – | – |")
            continue
        mean = sum(p for p, _ in chosen) / len(chosen)
        right = sum(y for _, y in chosen) / len(chosen)
        rows.append(f"| {low:.1f}–{min(high, 1.0):.1f} | {len(chosen)} | {mean:.2f} | {right:.2f} |")
    return rows


def threshold_table(
    probabilities: Sequence[float],
    events: Sequence[Event],
    groups: Sequence[int],
    records: Sequence[article_eval.GoldArticle],
) -> tuple[float, list[str]]:
    """Dated precision, recall and F1 of the article sets at each threshold (the counting rule
    of `clio eval articles`); the threshold with the best F1 is returned (the lowest of near ties)."""
    rows = ["| threshold | events kept | precision (dated) | recall (dated) | F1 |", "|---|---|---|---|---|"]
    gold_total = sum(len(r.events) for r in records)
    best, best_f1 = 0.0, -1.0
    for threshold in [round(0.05 * i, 2) for i in range(0, 17)]:
        kept = [(e, g) for p, e, g in zip(probabilities, events, groups, strict=True) if p >= threshold]
        if not kept:
            break
        right = sum(any(article_eval.matches(x, e, dated=True) for x in records[g].events) for e, g in kept)
        found = sum(
            any(article_eval.matches(x, e, dated=True) for e, g in kept if g == number)
            for number, record in enumerate(records)
            for x in record.events
        )
        precision, recall = right / len(kept), found / gold_total if gold_total else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rows.append(f"| {threshold:.2f} | {len(kept)} | {precision:.3f} | {recall:.3f} | {f1:.3f} |")
        # Thresholds climb, so a later one must beat the best by more than noise (a few events
        # in a thousand): on a near tie the lower threshold keeps recall.
        if f1 > best_f1 + F1_TIE:
            best, best_f1 = threshold, f1
    return best, rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.parse_args(argv)
    settings = Settings(min_confidence=0.0)
    nlp = build_nlp(settings)
    nlp.get_pipe("clio_events").calibrated = False  # fit on the coder's own scores
    article_events, article_labels, groups, records = article_examples(settings, nlp)
    sentence_events, sentence_labels, sentence_contexts = sentence_examples(settings, nlp)
    article_contexts = group_contexts(article_events, groups)
    events = article_events + sentence_events
    contexts = article_contexts + sentence_contexts
    labels = np.array(article_labels + sentence_labels, dtype=float)
    names = sorted(
        {name for event, context in zip(events, contexts, strict=True) for name in features(event, context)}
    )
    intercept, weights = fit(matrix(events, contexts, names), labels)
    model = {
        "intercept": round(intercept, 4),
        "weights": {n: round(float(w), 4) for n, w in zip(names, weights, strict=True)},
    }

    def probability(event: Event, context: dict[str, float]) -> float:
        values = features(event, context)
        score = intercept + sum(w * values.get(n, 0.0) for n, w in zip(names, weights, strict=True))
        return float(1.0 / (1.0 + np.exp(-score)))

    article_p = [probability(e, c) for e, c in zip(article_events, article_contexts, strict=True)]
    sentence_p = [probability(e, c) for e, c in zip(sentence_events, sentence_contexts, strict=True)]
    threshold, table = threshold_table(article_p, article_events, groups, records)
    model["threshold"] = threshold
    print(
        f"{len(article_events)} article events ({sum(article_labels)} right), "
        f"{len(sentence_events)} sentence events ({sum(sentence_labels)} right)"
    )
    print("\nreliability, article sets:")
    print("\n".join(reliability(article_p, article_labels)))
    print("\nreliability, sentence sets:")
    print("\n".join(reliability(sentence_p, sentence_labels)))
    print("\nthresholds, article sets:")
    print("\n".join(table))
    print(f"\nchosen threshold (max dated F1 on the article sets, lowest of near ties): {threshold}")
    default_model_path().write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {default_model_path()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
