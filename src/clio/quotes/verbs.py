"""The reporting-verb list (``clio/data/quotes/reporting_verbs.tsv``), validated on load."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from clio.errors import DataError

CONTENT_KINDS = ("clause", "object")
BUNDLED_FILE = Path(__file__).resolve().parent.parent / "data" / "quotes" / "reporting_verbs.tsv"


@dataclass(frozen=True, slots=True)
class ReportingVerbs:
    """Lemmas of reporting verbs; ``object_content`` are those whose direct object is what was said."""

    lemmas: frozenset[str]
    object_content: frozenset[str]

    def __contains__(self, lemma: object) -> bool:
        return lemma in self.lemmas


def parse_reporting_verbs(lines: list[str], *, source: str) -> ReportingVerbs:
    """Read the TSV lines of a reporting-verb file; raise DataError naming the bad line."""
    lemmas: set[str] = set()
    object_content: set[str] = set()
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 2:
            raise DataError(f"{source}:{number}: expected 'lemma<TAB>content', got {line!r}")
        lemma, content = fields[0].strip(), fields[1].strip()
        if not lemma or lemma != lemma.lower() or " " in lemma:
            raise DataError(f"{source}:{number}: lemma must be one lower-case word, got {lemma!r}")
        if content not in CONTENT_KINDS:
            raise DataError(f"{source}:{number}: content must be one of {CONTENT_KINDS}, got {content!r}")
        if lemma in lemmas:
            raise DataError(f"{source}:{number}: duplicate lemma {lemma!r}")
        lemmas.add(lemma)
        if content == "object":
            object_content.add(lemma)
    if not lemmas:
        raise DataError(f"{source}: no reporting verbs found")
    return ReportingVerbs(frozenset(lemmas), frozenset(object_content))


def load_reporting_verbs(path: Path | None = None) -> ReportingVerbs:
    """The bundled list, or the one at ``path``."""
    if path is None:
        return _bundled()
    return _read(path)


@functools.lru_cache(maxsize=1)
def _bundled() -> ReportingVerbs:
    return _read(BUNDLED_FILE)


def _read(path: Path) -> ReportingVerbs:
    return parse_reporting_verbs(path.read_text(encoding="utf-8").splitlines(), source=str(path))
