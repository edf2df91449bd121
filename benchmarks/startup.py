"""Whole-process speed of `clio extract` against plain spaCy (issue 18), as a user meets it.

Usage (from the repository root):
    .venv/bin/python benchmarks/startup.py short  [--rounds 9] [FILE]  # one short article
    .venv/bin/python benchmarks/startup.py corpus [--rounds 5] [--docs 300]  # distinct LGL articles

Each round runs two fresh processes back to back, in alternating order: plain spaCy (start Python,
import spaCy, load the same model, parse the same text: body and title, as Clio reads both) and
`clio extract` with its output thrown away. Nothing is warmed up in between: start-up is what is
measured. Reported per process: wall time and CPU time (user + system of the child); the ratio of
each pair, and the median over the rounds. On a shared machine wall time is inflated by other
work; CPU time much less so; pairing and alternating cancel slow drifts in load.

`short` uses the shortest sample article (217 words) unless FILE is given; `corpus` uses the first
--docs articles of ../shared/benchmarks/geo/lgl.jsonl (distinct real news texts), written to a
temporary JSON Lines file that both processes read. Plain spaCy parses them with nlp.pipe at the
batch size Clio uses (32); at spaCy's default (1000) it is ~30% slower on this corpus, which would
flatter Clio.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpora import REPO, lgl_records, write_lgl

from clio.settings import Settings

PYTHON = REPO / ".venv" / "bin" / "python"
CLIO = REPO / ".venv" / "bin" / "clio"
SHORT = REPO / "src" / "clio" / "sample" / "articles" / "2024-03-10-armenia-azerbaijan-talks.txt"

# Plain spaCy on the same input: texts from Clio's readers' formats, parsed with nlp.pipe.
SPACY_ONE = """
import sys, spacy
nlp = spacy.load(sys.argv[2])
header, _, body = open(sys.argv[1], encoding="utf-8").read().partition("\\n\\n")
titles = [line[6:] for line in header.splitlines() if line.startswith("title ")]
for doc in nlp.pipe([body, *titles]):
    pass
"""
SPACY_MANY = """
import json, sys, spacy
nlp = spacy.load(sys.argv[2])
texts = (json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8"))
for doc in nlp.pipe(texts, batch_size=int(sys.argv[3])):
    pass
"""


def model() -> str:
    """The model `clio extract` loads (resolved here so the spaCy process imports nothing of Clio)."""
    from clio.nlp import resolve_model

    return resolve_model(Settings.from_env().model)


def timed(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one child process run to completion."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{done.stderr.decode()}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def paired(spacy_command: list[str], clio_command: list[str], rounds: int) -> dict[str, list[float]]:
    runs: dict[str, list[float]] = {"spacy_wall": [], "spacy_cpu": [], "clio_wall": [], "clio_cpu": []}
    for n in range(rounds):
        order = [("spacy", spacy_command), ("clio", clio_command)]
        for name, command in order if n % 2 == 0 else reversed(order):
            wall, cpu = timed(command)
            runs[f"{name}_wall"].append(wall)
            runs[f"{name}_cpu"].append(cpu)
    return runs


def ratios(runs: dict[str, list[float]], kind: str) -> list[float]:
    return [c / s for c, s in zip(runs[f"clio_{kind}"], runs[f"spacy_{kind}"], strict=True)]


def load_average() -> str:
    return "load average " + " ".join(f"{x:.1f}" for x in os.getloadavg())


def report(runs: dict[str, list[float]], unit: float, what: str) -> None:
    """Medians per process and of the paired ratios; ``unit`` turns seconds into the figure shown."""
    for kind in ("wall", "cpu"):
        spacy_median = statistics.median(runs[f"spacy_{kind}"])
        clio_median = statistics.median(runs[f"clio_{kind}"])
        paired_ratios = sorted(ratios(runs, kind))
        print(
            f"{kind:4s}: spaCy {spacy_median:.2f} s, clio {clio_median:.2f} s; clio/spaCy per pair "
            f"median {statistics.median(paired_ratios):.2f}x (range {paired_ratios[0]:.2f}-"
            f"{paired_ratios[-1]:.2f}); {what} {unit / statistics.median(paired_ratios):.0%}"
        )


def byte_compile() -> None:
    """Byte-compile Clio as pip does on install: an editable checkout run with
    PYTHONDONTWRITEBYTECODE=1 would otherwise compile ~70 modules from source at every start."""
    subprocess.run([str(PYTHON), "-m", "compileall", "-q", str(REPO / "src" / "clio")], check=True)


def short(args: argparse.Namespace) -> None:
    path = Path(args.path or SHORT)
    words = len(path.read_text(encoding="utf-8").split())
    print(f"one article: {path.name} ({words} words), {args.rounds} paired rounds; {load_average()}")
    runs = paired(
        [str(PYTHON), "-c", SPACY_ONE, str(path), model()], [str(CLIO), "extract", str(path)], args.rounds
    )
    report(runs, 1.0, "clio speed as a share of spaCy's:")
    print(f"after: {load_average()}")


def corpus(args: argparse.Namespace) -> None:
    records = lgl_records(args.docs)
    with tempfile.TemporaryDirectory() as folder:
        path = write_lgl(args.docs, Path(folder) / "lgl.jsonl")
        words = sum(len(r["text"].split()) for r in records)
        print(
            f"{len(records)} distinct LGL articles ({words:,} words) as whole processes, "
            f"{args.rounds} paired rounds; {load_average()}"
        )
        runs = paired(
            [str(PYTHON), "-c", SPACY_MANY, str(path), model(), str(args.spacy_batch_size)],
            [str(CLIO), "extract", str(path)],
            args.rounds,
        )
    report(runs, 1.0, "clio throughput as a share of spaCy's:")
    print(f"after: {load_average()}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    one = commands.add_parser("short")
    one.add_argument("path", nargs="?")
    one.add_argument("--rounds", type=int, default=9)
    many = commands.add_parser("corpus")
    many.add_argument("--docs", type=int, default=300)
    many.add_argument("--rounds", type=int, default=5)
    many.add_argument(
        "--spacy-batch-size",
        type=int,
        default=Settings().batch_size,
        help="nlp.pipe batch size of plain spaCy (default: the one Clio uses; spaCy's own is 1000, "
        "~30%% slower on this corpus)",
    )
    args = parser.parse_args()
    byte_compile()
    {"short": short, "corpus": corpus}[args.command](args)


if __name__ == "__main__":
    main()
