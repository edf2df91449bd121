"""Build the published-news gold (benchmarks/data/news) into the layout `clio eval articles` reads.

The gold files carry no article text (the PolNeAR, LGL and TimeBank/AQUAINT corpora are
research-use and stay in ../shared); this joins each gold record to its text by doc_id and writes
`articles.jsonl` and `gold.jsonl` into a folder:

    .venv/bin/python benchmarks/news_gold.py dev /tmp/news-dev
    .venv/bin/clio eval articles --gold /tmp/news-dev --errors

The holdout and the check splits (check, check2, ..., check18) are built the same way. Score the
holdout for aggregate figures only (no --errors); see benchmarks/data/news/README.md for how the
check splits may be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "data" / "news"
SHARED = ROOT.parent / "shared" / "benchmarks"
CORPORA = {
    "polnear": SHARED / "quotes" / "polnear_dev.jsonl",
    "lgl": SHARED / "geo" / "lgl.jsonl",
    "timebank": SHARED / "time" / "tbaq_timebank.jsonl",
    "aquaint": SHARED / "time" / "tbaq_aquaint.jsonl",
}
SPLITS = (
    "dev",
    "holdout",
    "check",
    "check2",
    "check3",
    "check4",
    "check5",
    "check6",
    "check7",
    "check8",
    "check9",
    "check10",
    "check11",
    "check12",
    "check13",
    "check14",
    "check15",
    "check16",
    "check17",
    "check18",
)


def corpus_file(record: dict[str, Any]) -> str:
    """The CORPORA key of a gold record: a TBAQ record names its file (timebank or aquaint)."""
    return record["file"] if record["corpus"] == "tbaq" else record["corpus"]


def _texts(path: Path) -> dict[str, dict[str, str]]:
    """doc_id -> its first record; lines split on \\n only (the texts hold U+2028)."""
    out: dict[str, dict[str, str]] = {}
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.strip():
            record = json.loads(line)
            out.setdefault(record["doc_id"], record)
    return out


def build(split: str, folder: Path) -> int:
    """Write the split's articles and gold into ``folder``; the number of articles."""
    texts = {name: _texts(path) for name, path in CORPORA.items()}
    folder.mkdir(parents=True, exist_ok=True)
    count = 0
    with (
        (folder / "articles.jsonl").open("w", encoding="utf-8") as articles,
        (folder / "gold.jsonl").open("w", encoding="utf-8") as gold,
    ):
        for line in (GOLD / f"{split}.jsonl").read_text(encoding="utf-8").split("\n"):
            if not line.strip():
                continue
            record = json.loads(line)
            source = texts[corpus_file(record)][record["doc_id"]]
            article_id = f"{record['corpus']}-{record['doc_id']}"
            article = {"id": article_id, "date": record["dct"], "text": source["text"]}
            if record.get("title"):  # the TimeBank documents have none
                article["title"] = record["title"]
            articles.write(json.dumps(article, ensure_ascii=False) + "\n")
            gold.write(json.dumps({**record, "article": article_id}, ensure_ascii=False) + "\n")
            count += 1
    return count


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("split", choices=SPLITS)
    parser.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    missing = [str(p) for p in CORPORA.values() if not p.exists()]
    if missing:
        print(f"error: corpus not found: {', '.join(missing)}", file=sys.stderr)
        return 1
    print(f"{build(args.split, args.folder)} articles written to {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
