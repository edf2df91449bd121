"""Tally the predictions that match no gold event on the read article sets, by why they are spurious.

Usage:
    .venv/bin/python benchmarks/spurious.py [--sets wc5,news_check11] [--min-confidence 0] [--list]

Each prediction kept at the threshold that matches no gold event of its article (the ``spurious``
lines of ``clio eval articles --errors``) falls in the first class that fits it:

``wrong_root``    a gold event between the same sides that no prediction found: most often the
                  gold's own clause read with another root (a false event and a miss at once);
``same_sentence`` another prediction from the same sentence matches a gold event: an extra reading
                  of a sentence already coded right (a second target, a side clause, a twin);
``found_dyad``    a gold event between the same sides was found by another prediction: a
                  duplicate under another root, or a further act of the story's own dyad;
``wrong_actor``   a gold event with the same root and one side right;
``unrelated``     nothing near: prose that is no event, modality, history or events the gold
                  coders left out, to be read by hand (``--list`` prints them with their sentence).

The blind sets (``article_sets.BLIND``) are refused: they are never read.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import article_sets

from clio.evaluate.articles import GoldArticleEvent, actor_tags, load_gold, matches
from clio.pipeline import Extractor
from clio.records import Event
from clio.settings import Settings

CLASSES = ("wrong_root", "same_sentence", "found_dyad", "wrong_actor", "unrelated")


def _sides_fit(gold: GoldArticleEvent, event: Event) -> tuple[bool, bool]:
    """Whether the event's source and target fit the gold's (either way round when undirected)."""
    source, target = actor_tags(event.source), actor_tags(event.target)
    swapped = gold.undirected and gold.targets is not None
    source_ok = bool(source & gold.sources) or (swapped and bool(target & gold.sources))
    target_ok = (
        gold.targets is None
        or bool(target & gold.targets)
        or (swapped and bool(source & (gold.targets or frozenset())))
    )
    return source_ok, target_ok


def spurious_class(
    event: Event, golds: Sequence[GoldArticleEvent], found: Sequence[bool], right_sentences: set[str]
) -> str:
    """The class of one spurious prediction (see the module docstring); ``found``: whether each
    gold event was matched at any day; ``right_sentences``: sentences of predictions that match."""
    same_sides = [f for g, f in zip(golds, found, strict=True) if all(_sides_fit(g, event))]
    if any(not f for f in same_sides):
        return "wrong_root"
    if event.sentence in right_sentences:
        return "same_sentence"
    if same_sides:
        return "found_dyad"
    if any(
        (event.cameo_root in g.roots or event.cameo in g.codes) and any(_sides_fit(g, event)) for g in golds
    ):
        return "wrong_actor"
    return "unrelated"


def _describe(event: Event) -> str:
    target = event.target.code if event.target else "-"
    where = f"@{event.date} {event.confidence:.2f} [{event.pattern}]"
    return f"{event.source.code or '?'} {event.cameo} {target} {where}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sets", help="comma-separated read set names (default: every read set)")
    parser.add_argument("--min-confidence", type=float, help="as clio eval's option (default: calibrated)")
    parser.add_argument("--list", action="store_true", help="print each unrelated prediction")
    args = parser.parse_args(argv)
    names = args.sets.split(",") if args.sets else article_sets.all_sets()
    blind = sorted(set(names) & article_sets.BLIND)
    if args.sets and blind:
        parser.error(f"blind sets are never read: {', '.join(blind)}")
    names = [n for n in names if n not in article_sets.BLIND]
    extractor = Extractor(Settings.from_env(min_confidence=args.min_confidence))
    totals: dict[str, Counter[str]] = {"wire": Counter(), "news": Counter()}
    with tempfile.TemporaryDirectory(prefix="clio-news-") as tmp:
        for name in names:
            counts: Counter[str] = Counter()
            for record in load_gold(article_sets.gold_path(name, Path(tmp))):
                events = extractor.extract_one(record.article).events
                golds = record.events
                found = [any(matches(g, e, dated=False) for e in events) for g in golds]
                useful = [any(matches(g, e, dated=False) for g in golds) for e in events]
                right = {e.sentence for e, ok in zip(events, useful, strict=True) if ok}
                for event, ok in zip(events, useful, strict=True):
                    if ok:
                        continue
                    kind = spurious_class(event, golds, found, right)
                    counts[kind] += 1
                    if args.list and kind == "unrelated":
                        sentence = " ".join(event.sentence.split())
                        print(f"  {name} {record.article.id}: {_describe(event)} :: {sentence}")
            totals["news" if name.startswith("news") else "wire"].update(counts)
            print(f"{name:14s} " + " ".join(f"{k} {counts[k]}" for k in CLASSES), flush=True)
    for kind, counts in totals.items():
        print(f"{kind:14s} " + " ".join(f"{k} {counts[k]}" for k in CLASSES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
