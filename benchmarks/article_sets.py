"""Score the event coder on every whole-article gold set with one loaded pipeline, one row per set.

Usage:
    .venv/bin/python benchmarks/article_sets.py [--min-confidence 0] [--sets wire_dev,wc5,news_dev]
                                                [--read-only] [--out table.txt]

The sets: ``wire_dev`` (../shared/benchmarks/events/wire_articles_dev), ``wc`` .. ``wc20``
(benchmarks/data/wire_check*), and the published-news splits ``news_dev``, ``news_check`` ..
``news_check18`` and ``news_holdout`` (benchmarks/data/news, joined to their texts in ../shared by
benchmarks/news_gold.py into a temporary folder). Each row holds what ``clio eval articles`` reports
for that set alone (same counting rule, same path as ``clio extract``), so a row can be checked with

    .venv/bin/clio eval articles --gold benchmarks/data/wire_check5

``--families`` adds, for the sets that may be read, how many gold events were found with their day
(``right``) and why the others were not (``day``, ``root``, ``source``, ``target``, ``none``; see
``miss_family`` in clio.evaluate.articles); with ``--min-confidence 0`` it counts every event the coder
makes. ``--read-only`` leaves out the sets kept unread as the blind check (see benchmarks/data/README.md),
the ones to use while tuning; the blind sets are for aggregate figures only, never ``--errors``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import news_gold

from clio.evaluate.articles import FAMILIES, GoldArticle, load_gold, miss_family, score
from clio.pipeline import Extractor
from clio.records import ArticleResult
from clio.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
WIRE_DEV = ROOT.parent / "shared" / "benchmarks" / "events" / "wire_articles_dev"
WIRE_CHECKS = ("", *map(str, range(2, 21)))
# Scored for aggregates only: never read while tuning the coder.
BLIND = frozenset({"wc18", "wc19", "wc20", "news_check17", "news_check18", "news_holdout"})
COLUMNS = ("recall_dated", "recall", "precision", "precision_dated", "f1")


def all_sets() -> list[str]:
    return ["wire_dev", *(f"wc{n}" for n in WIRE_CHECKS), *(f"news_{s}" for s in news_gold.SPLITS)]


def gold_path(name: str, news_folder: Path) -> Path:
    """Where set ``name`` lives; a news split is built into ``news_folder`` first."""
    if name == "wire_dev":
        return WIRE_DEV
    if name.startswith("wc"):
        return ROOT / "benchmarks" / "data" / f"wire_check{name[2:]}"
    split = name.removeprefix("news_")
    folder = news_folder / split
    news_gold.build(split, folder)
    return folder


def row(name: str, metrics: dict[str, float]) -> str:
    values = " ".join(f"{metrics[c]:.3f}" for c in COLUMNS)
    counts = f"{int(metrics['gold_events'])} {int(metrics['predicted_events'])}"
    return f"{name:14s} {values} {counts}"


def families(records: Sequence[GoldArticle], results: Sequence[ArticleResult]) -> str:
    """How many gold events fall in each family (clio.evaluate.articles.miss_family)."""
    counts = Counter(
        miss_family(gold, result.events)
        for record, result in zip(records, results, strict=True)
        for gold in record.events
    )
    return " ".join(f"{family} {counts[family]}" for family in FAMILIES)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sets", help="comma-separated set names (default: all)")
    parser.add_argument("--read-only", action="store_true", help="leave out the blind sets")
    parser.add_argument(
        "--min-confidence", type=float, help="as clio eval's option (default: the calibrated one)"
    )
    parser.add_argument(
        "--families",
        action="store_true",
        help="count the gold events by why they were missed (read sets only)",
    )
    parser.add_argument("--out", type=Path, help="also write the table here")
    args = parser.parse_args(argv)
    names = args.sets.split(",") if args.sets else all_sets()
    unknown = sorted(set(names) - set(all_sets()))
    if unknown:
        parser.error(f"unknown set(s): {', '.join(unknown)}; known: {', '.join(all_sets())}")
    if args.read_only:
        names = [n for n in names if n not in BLIND]
    extractor = Extractor(Settings.from_env(min_confidence=args.min_confidence))
    lines = [f"{'set':14s} {' '.join(COLUMNS)} gold predicted"]
    print(lines[0], flush=True)
    with tempfile.TemporaryDirectory(prefix="clio-news-") as tmp:
        for name in names:
            records = load_gold(gold_path(name, Path(tmp)))
            results = [extractor.extract_one(record.article) for record in records]
            line = row(name, score(records, results).metrics)
            if args.families and name not in BLIND:
                line += "  " + families(records, results)
            lines.append(line)
            print(lines[-1], flush=True)
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
