"""Check the real-news CAMEO gold in benchmarks/data/news/ against its texts and the CAMEO table.

The gold files hold no article text: each record is joined by (corpus, doc_id) to PolNeAR
(quotes/polnear_dev.jsonl), LGL (geo/lgl.jsonl) or TBAQ (time/tbaq_timebank.jsonl or
time/tbaq_aquaint.jsonl, as the record's `file` says) under the shared benchmarks folder. Run
after editing the gold:

    python benchmarks/check_news_gold.py ../shared/benchmarks benchmarks/data/news/dev.jsonl \
        benchmarks/data/news/holdout.jsonl benchmarks/data/news/check.jsonl \
        benchmarks/data/news/check2.jsonl benchmarks/data/news/check3.jsonl \
        benchmarks/data/news/check4.jsonl benchmarks/data/news/check5.jsonl \
        benchmarks/data/news/check6.jsonl benchmarks/data/news/check7.jsonl \
        benchmarks/data/news/check8.jsonl benchmarks/data/news/check9.jsonl \
        benchmarks/data/news/check10.jsonl benchmarks/data/news/check11.jsonl \
        benchmarks/data/news/check12.jsonl \
        benchmarks/data/news/check13.jsonl benchmarks/data/news/check14.jsonl \
        benchmarks/data/news/check15.jsonl benchmarks/data/news/check16.jsonl \
        benchmarks/data/news/check17.jsonl benchmarks/data/news/check18.jsonl

Checks: valid JSON; every code is labelled in events/cameo/cameo_master_table.tsv and its root is
listed in `roots` (and every root has a code); each `quote` occurs exactly once in the article;
dates are ISO days no later than the dct and at most a year before it; actor codes are ISO3 or
an IGO tag; `noise_actors` occur in the text. Prints one line per problem; exit status 1 if any.
"""

from __future__ import annotations

import datetime
import json
import re
import sys
from pathlib import Path

ACTOR = re.compile(r"[A-Z]{3}|UN|EU|NATO|AU|ECOWAS|IMF")
FILES = {
    "polnear": "quotes/polnear_dev.jsonl",
    "lgl": "geo/lgl.jsonl",
    "timebank": "time/tbaq_timebank.jsonl",
    "aquaint": "time/tbaq_aquaint.jsonl",
}
TBAQ_FILES = ("timebank", "aquaint")


def _cameo_roots(shared: Path) -> dict[str, str]:
    roots = {}
    for line in (shared / "events/cameo/cameo_master_table.tsv").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or cols[0] == "cameo" or len(cols) < 4 or not cols[3]:
            continue
        roots[cols[0]] = cols[1]
    return roots


def _json_lines(path: Path) -> list[str]:
    """Lines split on newlines only: the texts contain U+2028 and other breaks that splitlines() cuts."""
    return [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def _texts(shared: Path) -> dict[tuple[str, str], str]:
    texts: dict[tuple[str, str], str] = {}
    for name, rel in FILES.items():
        for line in _json_lines(shared / rel):
            record = json.loads(line)
            texts.setdefault((name, record["doc_id"]), record["text"])
    return texts


def _file_name(record: dict) -> str | None:
    """The FILES key a gold record joins to: its corpus, or for TBAQ the `file` it names."""
    if record["corpus"] == "tbaq":
        return record.get("file") if record.get("file") in TBAQ_FILES else None
    return record["corpus"] if record["corpus"] in ("polnear", "lgl") else None


def _event_problems(event: dict, text: str, dct: datetime.date, roots: dict[str, str]) -> list[str]:
    problems = []
    if text.count(event["quote"]) != 1:
        problems.append(f"quote occurs {text.count(event['quote'])} times: {event['quote']!r}")
    for code in event["codes"]:
        if code not in roots:
            problems.append(f"code {code} is not a labelled CAMEO code")
        elif roots[code] not in event["roots"]:
            problems.append(f"code {code} has root {roots[code]}, not in {event['roots']}")
    for root in event["roots"]:
        if not any(roots.get(code) == root for code in event["codes"]):
            problems.append(f"root {root} has no code")
    for actor in event["src"] + (event["tgt"] or []):
        if not ACTOR.fullmatch(actor):
            problems.append(f"actor {actor!r} is not ISO3 or an IGO tag")
    for day in event["date"] or []:
        age = (dct - datetime.date.fromisoformat(day)).days
        if not 0 <= age <= 366:
            problems.append(f"date {day} is not within the year before the dct {dct}")
    return problems


def check(shared: Path, gold: Path) -> list[str]:
    roots, texts = _cameo_roots(shared), _texts(shared)
    problems = []
    for number, line in enumerate(_json_lines(gold), 1):
        record = json.loads(line)
        where = f"{gold}:{number} ({record['doc_id']})"
        name = _file_name(record)
        if name is None:
            given = f"corpus {record['corpus']!r}, file {record.get('file')!r}"
            problems.append(f"{where}: unknown {given} (polnear, lgl, or tbaq with file timebank or aquaint)")
            continue
        text = texts.get((name, record["doc_id"]))
        if text is None:
            problems.append(f"{where}: no such article in {name}")
            continue
        dct = datetime.date.fromisoformat(record["dct"])
        for event in record["events"]:
            problems += [f"{where} {event['id']}: {p}" for p in _event_problems(event, text, dct, roots)]
        missing = [name for name in record["noise_actors"] if name not in text]
        problems += [f"{where}: noise actor {name!r} not in text" for name in missing]
    return problems


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: check_news_gold.py SHARED_BENCHMARKS_DIR GOLD.jsonl [GOLD.jsonl ...]")
    found = [p for path in sys.argv[2:] for p in check(Path(sys.argv[1]), Path(path))]
    print("\n".join(found) or "ok")
    sys.exit(1 if found else 0)
