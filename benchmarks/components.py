"""CPU time of each Clio component inside `clio extract`, on the same corpus as benchmarks/throughput.py.

Usage:
    .venv/bin/python benchmarks/components.py [--repeat 7] [PATH ...]

Runs the whole extraction (bodies and titles, spaCy's batching intact) ``--repeat`` times and
times every Clio pipe as this process's CPU time, one thread; prints the least disturbed round of
each (the minimum) and the median. Of the model's pipes only the two rule-based ones are timed
(attribute_ruler and lemmatizer: they work a Doc at a time, as Clio's do); the neural ones work
on batches. benchmarks/throughput.py compares the whole run with spaCy parsing alone.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core, as throughput.py

from spacy.tokens import Doc

from clio.nlp import build_nlp
from clio.pipeline import Extractor
from clio.readers import Ingested, read_inputs, sample_corpus_path
from clio.settings import Settings

# The model's pipes that work a Doc at a time (Clio runs faster equivalents: clio.nlp.attributes,
# clio.nlp.lemmas).
RULE_PIPES = ("attribute_ruler", "lemmatizer")


def timed(name: str, component: Callable[[Doc], Doc], totals: dict[str, float]) -> Callable[[Doc], Doc]:
    """``component``, adding its CPU time to ``totals[name]``."""

    def run(doc: Doc) -> Doc:
        start = time.process_time()
        try:
            return component(doc)
        finally:
            totals[name] = totals.get(name, 0.0) + time.process_time() - start

    return run


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    items = [i for i in read_inputs(args.paths or [str(sample_corpus_path())]) if isinstance(i, Ingested)]
    settings = Settings.from_env()
    extractor = Extractor(settings, nlp=build_nlp(settings))
    nlp = extractor.nlp
    list(extractor.extract(items))  # warm up: lazy regexes, knowledge-base entries, caches
    totals: dict[str, float] = {}
    # nlp._components holds the disabled pipes too (the model's "senter"): positions in
    # nlp.pipeline are not positions there.
    for position, (name, component) in enumerate(list(nlp._components)):
        if name.startswith("clio_") or name in RULE_PIPES:
            nlp._components[position] = (name, timed(name, component, totals))
    rounds: dict[str, list[float]] = {}
    whole: list[float] = []
    for _ in range(args.repeat):
        totals.clear()
        start = time.process_time()
        list(extractor.extract(items))
        whole.append(time.process_time() - start)
        for name, seconds in totals.items():
            rounds.setdefault(name, []).append(seconds)
    print(f"corpus: {len(items)} articles (bodies and titles); {args.repeat} rounds; ms of CPU time")
    print("| component | min | median |")
    print("|---|---|---|")
    for name, times in sorted(rounds.items(), key=lambda item: -min(item[1])):
        print(f"| {name} | {min(times) * 1000:.1f} | {statistics.median(times) * 1000:.1f} |")
    clio = sum(min(times) for name, times in rounds.items() if name not in RULE_PIPES)
    print(f"| all Clio components | {clio * 1000:.1f} | |")
    rules = sum(min(times) for name, times in rounds.items() if name in RULE_PIPES)
    print(f"| the model's rule-based pipes ({', '.join(RULE_PIPES)}) | {rules * 1000:.1f} | |")
    print(f"| whole extraction | {min(whole) * 1000:.0f} | {statistics.median(whole) * 1000:.0f} |")


if __name__ == "__main__":
    main()
