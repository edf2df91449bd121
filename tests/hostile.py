"""A folder of hostile inputs beside good articles (issue 16), shared by the end-to-end tests on
SQLite and PostgreSQL.

``write_hostile_folder`` returns what a run must do with it: the article ids it must store, and
for each bad input a fragment its one error line must hold. Every expectation can be checked by
reading the inputs below.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from clio.readers import sample_corpus_path

# Distinct texts, so that no two articles are near-duplicates of each other.
BODIES = {
    "year": "Russian forces shelled the Ukrainian city of Kharkiv on Monday, the regional governor said.",
    "zone": "Turkey's foreign minister met his Swedish counterpart in Ankara to discuss NATO membership.",
    "jsonl": "China criticized Japan over its plan to release treated water from the Fukushima plant.",
    "surrogate": "Protesters clashed with police outside the parliament in Dakar after the vote was delayed.",
    "nul": "The United Nations appealed for aid after floods displaced thousands of families in Sudan.",
    "name": "Iran accused Israel of a drone strike on a military factory near the city of Isfahan.",
    "markup": "Kenyan police arrested dozens of opposition supporters during rallies in Nairobi on Friday.",
    "csv": "Brazil and Argentina signed an agreement on trade and energy cooperation in Brasilia.",
    "punct": "North Korean troops fired artillery shells at a South Korean island, Seoul said.",
}
PUNCTUATION_RUN = "!?.,;:" * 2_000  # 12,000 characters without a space: 34 s for spaCy's tokenizer
# A long article coded in several chunks when the run's chunk size is small (the tests use 5,000).
LONG_PARAGRAPH = (
    "Egyptian mediators hosted talks between Israel and Hamas in Cairo on Tuesday, officials said. "
    "The delegations discussed a ceasefire and the release of hostages.\n\n"
)
LONG_ARTICLE = LONG_PARAGRAPH * 120  # about 20,000 characters


@dataclass(frozen=True, slots=True)
class HostileFolder:
    root: Path
    good_ids: frozenset[str]  # articles the run must store
    bad: tuple[str, ...]  # one fragment of each error line the run must print
    missing_argument: str  # an input named on the command line that does not exist


def _txt(date: str, body: str) -> str:
    return f"date {date}\n\n{body}"


def write_hostile_folder(parent: Path) -> HostileFolder:
    root = parent / "hostile"
    root.mkdir(parents=True)
    good: set[str] = set()
    for path in sorted(sample_corpus_path().glob("*.txt"))[:3]:
        (root / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
        good.add(f"hostile/{path.stem}")

    # 1. Dates whose numbers overflow: the article is kept, without a date.
    (root / "overflow_year.txt").write_text(
        _txt("Mon, 1 Jan 99999999999999999999 00:00:00 +0000", BODIES["year"])
    )
    (root / "overflow_zone.txt").write_text(
        _txt("Mon, 1 Jan 2024 00:00:00 +99999999999999999999", BODIES["zone"])
    )
    (root / "overflow.jsonl").write_text(
        '{"id": "ov-1", "date": "Mon, 1 Jan 99999999999999999999 00:00:00 +0000", "text": "'
        + BODIES["jsonl"]
        + '"}\n'
    )
    good |= {"hostile/overflow_year", "hostile/overflow_zone", "ov-1"}
    # 2. A lone surrogate and 10. a NUL, escaped in JSON: kept, replaced one for one.
    (root / "unstorable.jsonl").write_text(
        '{"id": "sur-1", "date": "2024-01-02", "text": "\\ud800 ' + BODIES["surrogate"] + '"}\n'
        '{"id": "nul-1", "date": "2024-01-02", "text": "\\u0000 ' + BODIES["nul"] + '"}\n'
    )
    good |= {"sur-1", "nul-1"}
    # 3. A file name that is not UTF-8: kept, its id shows the byte as \xff.
    (root / os.fsdecode(b"bad_\xff.txt")).write_text(_txt("2024-01-03", BODIES["name"]))
    good.add("hostile/bad_\\xff")
    # 4. Markup in a CSV header, a folder name and a file name: printed literally.
    (root / "markup_header.csv").write_text("[/x],body\n1,hello\n")
    (root / "[").mkdir()
    (root / "[" / "x].txt").write_text(_txt("2024-01-04", BODIES["markup"]))
    good.add("hostile/[/x]")
    (root / "[bold]broken.jsonl").write_text('{"id": "never closed"\n')
    # Control characters in a name: escaped in the error line, never sent to the terminal.
    (root / "esc\x1b[31mred.jsonl").write_text('{"id": "also broken"\n')
    # 7. A CSV quote never closed: that row is reported, the row after it is still read.
    (root / "unclosed.csv").write_text(
        f'id,date,text\nc-1,2024-01-05,"never closed\nc-2,2024-01-05,{BODIES["csv"]}\n'
    )
    good.add("c-2")
    # 8. A long run of punctuation, and a long article (coded in chunks).
    (root / "punctuation.txt").write_text(_txt("2024-01-06", PUNCTUATION_RUN + "\n\n" + BODIES["punct"]))
    (root / "long.txt").write_text(_txt("2024-01-07", LONG_ARTICLE))
    good |= {"hostile/punctuation", "hostile/long"}
    # Other bad inputs: binary data, invalid UTF-8, an empty file, an id too long to store.
    (root / "binary.txt").write_bytes(b"date 2024-01-08\n\n\x00\x01\x02")
    (root / "latin1.txt").write_bytes(b"date 2024-01-08\n\nCaf\xe9 society.\n")
    (root / "empty.jsonl").write_text("")
    (root / "long_id.jsonl").write_text('{"id": "' + "x" * 300 + '", "text": "An id too long."}\n')
    bad = (
        "markup_header.csv: CSV header has the columns '[/x]', 'body'",
        "[bold]broken.jsonl:1: invalid JSON",
        "esc\\x1b[31mred.jsonl:1: invalid JSON",
        "unclosed.csv:2: a quoted field opened in this row is never closed",
        "binary.txt: binary data",
        "latin1.txt:3: invalid UTF-8",
        "empty.jsonl: empty file",
        "long_id.jsonl:1: 'id' is 300 characters long",
        "nope[/x]: no files match this pattern",  # [ makes it a glob
    )
    return HostileFolder(root, frozenset(good), bad, str(parent / "nope[/x]"))
