"""Throughput of `clio extract` vs spaCy parsing alone, on one core, on the same text.

Usage:
    .venv/bin/python benchmarks/throughput.py [--repeat 5] [PATH ...]

Without PATH it uses the bundled sample corpus. Each measurement runs the corpus `--repeat` times,
alternating parse-only and full pipeline runs, and reports the best round of each (the least
disturbed by other work on the machine). Times are this process's CPU time (one thread), so jobs
running on other cores do not count; the median ratio of the paired rounds is shown too.
"""

from __future__ import annotations

import argparse
import os
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core, as the issue asks

import spacy

from clio.nlp import build_nlp, resolve_model
from clio.pipeline import Extractor
from clio.readers import Ingested, read_inputs, sample_corpus_path
from clio.settings import Settings


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    items = [i for i in read_inputs(args.paths or [str(sample_corpus_path())]) if isinstance(i, Ingested)]
    # Clio reads each article's title as well as its body (headline events), so parse-only does too.
    texts = [i.article.text for i in items] + [i.article.title for i in items if i.article.title]
    words = sum(len(t.split()) for t in texts)
    settings = Settings.from_env()
    parse_only = spacy.load(resolve_model(settings.model))
    extractor = Extractor(settings, nlp=build_nlp(settings))
    list(parse_only.pipe(texts[:4]))  # warm up both
    list(extractor.extract(items[:4]))

    parse_times, full_times = [], []
    for _ in range(args.repeat):
        start = time.process_time()
        list(parse_only.pipe(texts))
        parse_times.append(time.process_time() - start)
        start = time.process_time()
        results = list(extractor.extract(items))
        full_times.append(time.process_time() - start)
    events = sum(len(r.events) for r in results)
    best_parse, best_full = min(parse_times), min(full_times)
    print(f"corpus: {len(items)} articles, {words} words; model {resolve_model(settings.model)}")
    print("| run | articles/s | words/s |")
    print("|---|---|---|")
    print(f"| spaCy parse only | {len(items) / best_parse:.1f} | {words / best_parse:,.0f} |")
    print(f"| clio extract (all components) | {len(items) / best_full:.1f} | {words / best_full:,.0f} |")
    ratios = sorted(p / f for p, f in zip(parse_times, full_times, strict=True))
    print(
        f"full pipeline speed = {best_parse / best_full:.0%} of parse-only (best rounds); "
        f"median of paired rounds {ratios[len(ratios) // 2]:.0%}; {events} events"
    )


if __name__ == "__main__":
    main()
