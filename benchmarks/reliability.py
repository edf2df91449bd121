"""Reliability of the calibrated event confidence on a gold set the model was not fitted on.

Codes every record with no threshold, labels each event right or wrong as
benchmarks/fit_confidence.py does, and prints only aggregate bins (so held-out sets stay held
out):

    .venv/bin/python benchmarks/news_gold.py holdout /tmp/news-holdout
    .venv/bin/python benchmarks/reliability.py articles /tmp/news-holdout
    .venv/bin/python benchmarks/reliability.py sentences benchmarks/data/clio_wire_holdout.jsonl
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from clio.evaluate import articles as article_eval
from clio.nlp import build_nlp
from clio.pipeline import Extractor
from clio.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fit_confidence import labelled_sentence_events, reliability  # the script beside this one


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("kind", choices=("articles", "sentences"))
    parser.add_argument("gold", type=Path)
    args = parser.parse_args(argv)
    settings = Settings(min_confidence=0.0)
    nlp = build_nlp(settings)
    probabilities: list[float] = []
    labels: list[bool] = []
    if args.kind == "articles":
        records = article_eval.load_gold(args.gold)
        extractor = Extractor(settings, nlp)
        for record in records:
            for event in extractor.extract_one(record.article).events:
                probabilities.append(event.confidence)
                labels.append(any(article_eval.matches(g, event, dated=True) for g in record.events))
    else:
        for event, right, _ in labelled_sentence_events(args.gold, settings, nlp):
            probabilities.append(event.confidence)
            labels.append(right)
    print(f"{len(labels)} events, {sum(labels)} fully right")
    print("\n".join(reliability(probabilities, labels)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
