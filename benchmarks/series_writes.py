"""What keeping the early-warning series costs the writer: SQLite events/s with the series
upkeep on and off (the same process, rounds interleaved), on uniform batches (every event the
same dyad and day, as in `scale.py writes`) and on diverse ones (random actors, roots and days).

Usage (from the repository root):
    .venv/bin/python benchmarks/series_writes.py [--articles 2000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import _write_rate, synthetic_results

from clio.records import Actor, ArticleResult
from clio.store import writer

COUNTRIES = ("RUS", "UKR", "USA", "CHN", "KGZ", "TJK", "SDN", "ETH", "ERI", "IRN")
SECTORS = ("", "GOV", "MIL", "COP", "REB")


def diverse(results: list[ArticleResult], seed: int = 0) -> list[ArticleResult]:
    rng = random.Random(seed)
    codes = [c + s for c in COUNTRIES for s in SECTORS]
    changed = []
    for result in results:
        events = []
        for event in result.events:
            source, target = rng.sample(codes, 2)
            root = rng.randint(1, 20)
            events.append(
                dataclasses.replace(
                    event,
                    source=Actor(source, (0, 6), source, source, source[:3], source[3:] or None),
                    target=Actor(target, (16, 23), target, target, target[:3], target[3:] or None),
                    cameo_root=f"{root:02d}",
                    quad_class=1 + (root - 1) // 5,
                )
            )
        assert result.article.date is not None
        article = dataclasses.replace(
            result.article, date=result.article.date.replace(day=rng.randint(1, 28))
        )
        changed.append(dataclasses.replace(result, article=article, events=tuple(events)))
    return changed


def rate(results: list[ArticleResult], *, series: bool) -> float:
    upkeep = writer.series.add_events
    if not series:
        writer.series.add_events = lambda connection, rows: 0  # type: ignore[assignment]
    try:
        with tempfile.TemporaryDirectory() as folder:
            return _write_rate(f"sqlite:///{folder}/w.db", results, 100)
    finally:
        writer.series.add_events = upkeep  # type: ignore[assignment]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    uniform = synthetic_results(args.articles, 5)
    batches = {"uniform": uniform, "diverse": diverse(uniform)}
    print(f"{args.articles:,} articles x 5 events, batches of 100; load average {os.getloadavg()[0]:.1f}")
    for name, results in batches.items():
        off = max(rate(results, series=False) for _ in range(args.rounds))
        on = max(rate(results, series=True) for _ in range(args.rounds))
        print(f"{name}: without series {off:,.0f} events/s, with series {on:,.0f} events/s ({on / off:.0%})")


if __name__ == "__main__":
    main()
