"""Check that a change leaves `clio extract` output byte-identical (speed work must not change results).

Usage (from the repository root):
    .venv/bin/python benchmarks/same_output.py record DIR    # before the change: save the outputs
    .venv/bin/python benchmarks/same_output.py compare DIR   # after it: run again, compare byte for byte

Each corpus runs as one `clio extract` process, exactly as a user runs it: the bundled sample, the
event dev sets (plover_gsr_dev, petr2_validation, the wire articles) and the first --lgl LGL
articles (many places and people), read from ../shared/benchmarks. `compare` names the first article
whose JSON differs in each corpus and exits 1 if any does. Record and compare on the same data
files: the knowledge base changes results by design.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from corpora import REPO, SHARED, write_lgl

CLIO = REPO / ".venv" / "bin" / "clio"


def corpora(lgl: int) -> dict[str, list[str]]:
    events = SHARED / "events"
    found = {
        "sample": [str(REPO / "src" / "clio" / "sample")],
        "plover_gsr_dev": [str(events / "plover_gsr_dev.jsonl")],
        "petr2_validation": [str(events / "petr2_validation.jsonl")],
        "wire_articles_dev": sorted(str(p) for p in (events / "wire_articles_dev").glob("*.txt")),
    }
    if lgl:
        # A fixed path: the path appears in the output.
        found["lgl"] = [
            str(write_lgl(lgl, Path(tempfile.gettempdir()) / f"clio-same-output-lgl-{lgl}.jsonl"))
        ]
    return found


def extract(paths: list[str]) -> bytes:
    """stdout, then the exit status and stderr (a dev set with a bad line exits 1 after the rest)."""
    done = subprocess.run([str(CLIO), "extract", *paths], capture_output=True, check=False)
    if done.returncode not in (0, 1) or not done.stdout:
        sys.exit(f"clio extract {' '.join(paths)} failed ({done.returncode}):\n{done.stderr.decode()}")
    return done.stdout + f"exit status {done.returncode}\n".encode() + done.stderr


def first_difference(before: bytes, after: bytes) -> str:
    old, new = before.splitlines(), after.splitlines()
    for n, (a, b) in enumerate(zip(old, new, strict=False)):
        if a != b:
            article = json.loads(a)["article"]["id"] if a.startswith(b"{") else "-"
            return f"line {n + 1} (article {article})"
    return f"{len(old)} lines before, {len(new)} after"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("action", choices=["record", "compare"])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--lgl", type=int, default=100, help="how many LGL articles (0: none)")
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    changed = []
    for name, paths in corpora(args.lgl).items():
        output = extract(paths)
        saved = args.folder / f"{name}.jsonl"
        if args.action == "record":
            saved.write_bytes(output)
            print(f"{name}: {len(output.splitlines())} articles recorded")
        elif saved.read_bytes() == output:
            print(f"{name}: {len(output.splitlines())} articles, identical")
        else:
            changed.append(name)
            print(f"{name}: DIFFERENT from {first_difference(saved.read_bytes(), output)}")
    if changed:
        sys.exit(f"output changed in: {', '.join(changed)}")


if __name__ == "__main__":
    main()
