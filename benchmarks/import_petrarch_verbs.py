"""Convert the PETRARCH CAMEO verb dictionary into Clio's verb-pattern JSONL.

    .venv/bin/python benchmarks/import_petrarch_verbs.py \
        ../shared/benchmarks/events/phoenix_dictionaries/CAMEO.verbpatterns.150430.txt

Writes src/clio/data/events/petrarch_verbs.jsonl. What is kept (facts: verb -> CAMEO code):

- every verb of a ``--- NAME [code] ---`` block with the block's code, or its own ``[code]``;
  ``CLEAR_UP``-style entries become a verb lemma plus a particle;
- the simplest phrase patterns ``- * WORD ... [code]`` (for the verb named in the pattern's
  comment, else for the whole block): a following preposition becomes a ``prep`` constraint
  (``- * WITH + [code]``), a plain word an ``objects`` constraint (``- * HEADQUARTERS [code]``).
  Patterns with material before the verb, synonym sets or wildcards are dropped: they need
  PETRARCH's phrase matcher, not a dependency parse.

Code ``---`` (``no event``) is kept: it suppresses the verb's default code.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "clio" / "data" / "events" / "petrarch_verbs.jsonl"
PREPOSITIONS = {
    "with",
    "against",
    "to",
    "on",
    "over",
    "at",
    "into",
    "for",
    "from",
    "in",
    "by",
    "toward",
    "about",
}
HEADER = re.compile(r"^---\s*([A-Z_]+)\s*(?:\[([0-9-]+)(?::[0-9-]*)?\])?")
CODE = re.compile(r"\[([0-9]{2,4}|---)(?::[0-9-]*)?\]")
WORD = re.compile(r"^[A-Z][A-Z-]*$")


def _code(text: str) -> str | None:
    match = CODE.search(text)
    return match.group(1) if match else None


def convert(lines: list[str]) -> list[dict[str, object]]:
    patterns: list[dict[str, object]] = []
    in_verbs = False
    block_code: str | None = None
    verbs: list[tuple[str, str | None]] = []  # (lemma, particle) of the current block
    seen: set[tuple[object, ...]] = set()

    def add(lemma: str, particle: str | None, code: str, **constraint: object) -> None:
        key = (lemma, particle, code, json.dumps(constraint, sort_keys=True))
        if key in seen:
            return
        seen.add(key)
        record: dict[str, object] = {"id": f"petr.{lemma}.{len(patterns) + 1}", "lemma": lemma, "pos": "VERB"}
        if particle:
            record["particle"] = particle
        record.update(constraint)
        record["code"] = code
        patterns.append(record)

    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if raw.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if not in_verbs or not line.strip():
            continue
        header = HEADER.match(line)
        if header:
            block_code = header.group(2)
            verbs = []
            continue
        if line.startswith("-"):
            body = line[1:].strip()
            code = _code(body)
            if code is None or not body.startswith("*"):
                continue
            words = CODE.sub("", body[1:]).split()
            if not words or not WORD.match(words[0]):
                continue
            first = words[0].lower()
            # The comment names the verb the pattern was written for; the rest of the block are
            # synonyms it was never checked against, so only that verb gets the pattern.
            comment = raw.split("#", 1)[1].split() if "#" in raw else []
            origin = comment[0].lower().replace("_", " ") if comment else ""
            owners = [v for v in verbs if " ".join(filter(None, v)) == origin] or verbs
            for lemma, particle in owners:
                if first in PREPOSITIONS:
                    if words[1:] == ["+"]:
                        add(lemma, particle, code, prep=first)
                elif len(words) == 1:
                    add(lemma, particle, code, objects=[first])
            continue
        if block_code is None and _code(line) is None:
            continue
        entry = line.split("{", 1)[0]
        own_code = _code(line) or block_code
        name = CODE.sub("", entry).strip().lstrip("+")
        if not name or own_code is None or not re.fullmatch(r"[A-Z-]+(_[A-Z]+)?", name):
            continue
        lemma, _, particle = name.lower().partition("_")
        verbs.append((lemma, particle or None))
        add(lemma, particle or None, own_code)
    return patterns


def main(source: Path) -> None:
    patterns = convert(source.read_text(encoding="latin-1").splitlines())
    with OUT.open("w", encoding="utf-8") as handle:
        for record in patterns:
            handle.write(json.dumps(record) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
