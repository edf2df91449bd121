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


# Distinct real news texts in the shared data, LGL first: every article with its date and title.
NEWS_SOURCES = (
    "geo/lgl.jsonl",
    "time/tbaq_timebank.jsonl",
    "time/tbaq_aquaint.jsonl",
    "quotes/polnear_dev.jsonl",
)


def news_records(count: int) -> list[dict[str, str]]:
    """Up to ``count`` distinct news articles: the LGL texts, then TimeBank, AQUAINT and PolNeAR
    (928 in all; PolNeAR's second annotations of a document are skipped)."""
    records: list[dict[str, str]] = []
    seen: set[str] = set()
    for source in NEWS_SOURCES:
        with (SHARED / source).open(encoding="utf-8") as lines:
            for line in lines:
                raw = json.loads(line)
                if raw["doc_id"] in seen:
                    continue
                seen.add(raw["doc_id"])
                record = {"id": f"{source.split('/')[-1].split('.')[0]}-{raw['doc_id']}", "text": raw["text"]}
                record["date"] = (raw.get("dct") or "")[:10] or None
                if raw.get("title"):
                    record["title"] = raw["title"]
                records.append(record)
                if len(records) >= count:
                    return records
    return records


def write_news(count: int, path: Path) -> Path:
    """Write up to ``count`` distinct news articles (``news_records``) to ``path`` as JSON Lines."""
    lines = [json.dumps(record) for record in news_records(count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
