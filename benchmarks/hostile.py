"""Time and memory of coding pathological texts, at growing sizes (issue 16).

Each shape is coded at several lengths with the full pipeline and the default budget; the ratio of
time between the largest and the smallest size, divided by the ratio of lengths, is close to 1
when coding is linear in the text and grows with the size when it is not. Timings are measured
here, never asserted in tests.

    .venv/bin/python benchmarks/hostile.py                    # 10k, 20k, 40k characters
    .venv/bin/python benchmarks/hostile.py --sizes 100000 1000000 --shapes normal
"""

from __future__ import annotations

import argparse
import resource
import time
from collections.abc import Callable
from pathlib import Path

from clio.pipeline import Extractor
from clio.readers.text import split_header
from clio.records import Article
from clio.settings import Settings

SAMPLE = Path(__file__).resolve().parent.parent / "src" / "clio" / "sample" / "articles"


def _news() -> str:
    return "\n\n".join(split_header(p.read_text(encoding="utf-8")).body for p in sorted(SAMPLE.glob("*.txt")))


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


SHAPES: dict[str, Callable[[int], str]] = {
    "normal": lambda size: (_news() * (size // len(_news()) + 1))[:size],
    "punctuation run": _repeat("!?.,;:"),
    "open brackets": _repeat("("),
    "punctuation words": _repeat("!?.,;: "),
    "one sentence, no stop": _repeat("Russia said Ukraine met Turkey and China and "),
    "unbalanced quotes": _repeat('He said “no and she said "yes and ‘maybe '),
    "line per word": _repeat("Russia\nattacked\nUkraine\n"),
    "names only": _repeat("Vladimir Putin Xi Jinping Joe Biden Recep Tayyip Erdogan "),
    "dates only": _repeat("on Monday March 4, 2024 last week next year 2022-02-24 "),
    "markup and controls": _repeat("[bold]x[/x] <b>y</b> \x1b[2J \ufffd \u202e z "),
}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 20_000, 40_000])
    parser.add_argument("--shapes", nargs="+", default=list(SHAPES), choices=list(SHAPES))
    args = parser.parse_args()
    extractor = Extractor(Settings())
    extractor.extract_one(Article(id="warm", text=_news()[:2000]))  # load the model first
    sizes = sorted(args.sizes)
    print(f"| shape | {' | '.join(f'{n:,} chars' for n in sizes)} | growth | peak RSS |")
    print(f"|---|{'---|' * len(sizes)}---|---|")
    for name in args.shapes:
        seconds = []
        for size in sizes:
            article = Article(id=name, text=SHAPES[name](size))
            started = time.perf_counter()
            result = extractor.extract_one(article)
            seconds.append(time.perf_counter() - started)
            if result.failed:
                print(f"  ({name} at {size:,}: {[e.message for e in result.errors if e.fatal]})")
        growth = (seconds[-1] / max(seconds[0], 1e-6)) / (sizes[-1] / sizes[0])
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        cells = " | ".join(f"{s:.2f} s" for s in seconds)
        print(f"| {name} | {cells} | {growth:.2f} | {peak_mb:,} MB |", flush=True)


if __name__ == "__main__":
    main()
