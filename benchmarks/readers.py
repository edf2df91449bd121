"""Reading and noise-marking speed, and streaming memory of the JSON Lines reader.

Usage:
    .venv/bin/python benchmarks/readers.py [--articles 100000]

Prints the time to read the bundled sample corpus, the speed of find_noise over it, and the time
and peak traced Python memory to stream a generated JSON Lines file of ``--articles`` articles.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
import tracemalloc
from pathlib import Path

from clio.clean import find_noise
from clio.readers import Ingested, read_inputs, sample_corpus_path


def sample_corpus() -> None:
    start = time.perf_counter()
    items = list(read_inputs([str(sample_corpus_path())]))
    read_seconds = time.perf_counter() - start
    texts = [i.article.text for i in items if isinstance(i, Ingested)]
    words = sum(len(t.split()) for t in texts)
    find_noise("warm up")
    start = time.perf_counter()
    for _ in range(20):
        for text in texts:
            find_noise(text)
    noise_seconds = (time.perf_counter() - start) / 20
    print(
        f"sample corpus: {len(texts)} articles read in {read_seconds * 1000:.1f} ms; "
        f"find_noise {noise_seconds * 1000:.2f} ms per pass ({words / noise_seconds:,.0f} words/s)"
    )


def streaming(articles: int) -> None:
    body = "The minister said on Wednesday that talks would resume next week. " * 15
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for i in range(articles):
                handle.write(json.dumps({"id": f"a{i}", "date": "2021-12-16", "text": body}) + "\n")
        size_mb = path.stat().st_size / 1e6
        start = time.perf_counter()
        count = sum(isinstance(item, Ingested) for item in read_inputs([str(path)]))
        seconds = time.perf_counter() - start
        tracemalloc.start()
        sum(1 for _ in read_inputs([str(path)]))
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    print(
        f"JSON Lines: {count} articles ({size_mb:.0f} MB) in {seconds:.2f} s "
        f"({count / seconds:,.0f} articles/s); peak traced memory {peak / 1e6:.2f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=100_000)
    args = parser.parse_args()
    sample_corpus()
    streaming(args.articles)


if __name__ == "__main__":
    main()
