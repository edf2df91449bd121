"""Where benchmark scripts find the shared dev data, and the LGL news texts as Clio input."""

from __future__ import annotations

import json
import os
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# ../shared/benchmarks beside the checkout; CLIO_BENCHMARKS names it from a worktree elsewhere.
SHARED = Path(os.environ.get("CLIO_BENCHMARKS") or REPO.parent / "shared" / "benchmarks")
LGL = SHARED / "geo" / "lgl.jsonl"


def lgl_records(count: int) -> list[dict[str, str]]:
    """The first ``count`` LGL articles as Clio JSON Lines records (id, date, text): distinct news texts."""
    records = []
    with LGL.open(encoding="utf-8") as source:
        for _, line in zip(range(count), source, strict=False):
            raw = json.loads(line)
            date = (raw.get("dct") or "")[:10] or None
            records.append({"id": f"lgl-{raw['doc_id']}", "date": date, "text": raw["text"]})
    return records


def write_lgl(count: int, path: Path) -> Path:
    """Write the first ``count`` LGL articles to ``path`` as JSON Lines that `clio` reads."""
    lines = [json.dumps(record) for record in lgl_records(count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
