"""The CAMEO 1.1b3 event ontology as data: labels, Goldstein scores, quad class and PLOVER.

``cameo.tsv`` (built by ``benchmarks/build_cameo_table.py`` from public CAMEO/PLOVER facts) holds
one row per code. It is read once and validated on load; a malformed row raises
:class:`clio.errors.DataError` naming the file, the line and the problem.

Goldstein: the sources carry two variants that disagree on ~40 codes (e.g. 016 "Deny
responsibility": Phoenix 3.4, GDELT -2.0). Both are kept. The default is ``"phoenix"`` (the
variant the Phoenix/PETRARCH coders ship, and the one that scores the whole 1.1b3 code set);
``Settings.goldstein = "gdelt"`` selects the GDELT lookup values instead. Where one variant
lacks a value the other's is used; where both lack it the parent code's is used.

Quad class follows the root, as in DESIGN.md: 01–05 verbal cooperation (1), 06–08 material
cooperation (2), 09–13 verbal conflict (3), 14–20 material conflict (4).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from clio.errors import DataError

PLOVER_TYPES = frozenset(
    {
        "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
    }
)  # fmt: skip
GOLDSTEIN_VARIANTS = ("phoenix", "gdelt")
_COLUMNS = (
    "code",
    "root",
    "label",
    "goldstein_phoenix",
    "goldstein_gdelt",
    "plover",
    "plover_mode",
    "plover_context",
)


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code with its scores and PLOVER equivalent."""

    code: str
    root: str
    label: str
    goldstein_phoenix: float
    goldstein_gdelt: float
    quad_class: int
    plover: str | None
    plover_mode: str | None
    plover_context: str | None

    def goldstein(self, variant: str = "phoenix") -> float:
        """The Goldstein score in the chosen variant (``"phoenix"`` or ``"gdelt"``)."""
        if variant == "gdelt":
            return self.goldstein_gdelt
        if variant == "phoenix":
            return self.goldstein_phoenix
        raise ValueError(f"goldstein variant must be one of {GOLDSTEIN_VARIANTS}, not {variant!r}")


def quad_class_for_root(root: str) -> int:
    """The quad class of a two-digit CAMEO root: 01–05 -> 1, 06–08 -> 2, 09–13 -> 3, 14–20 -> 4."""
    number = int(root)
    if not 1 <= number <= 20:
        raise ValueError(f"CAMEO root must be 01..20, not {root!r}")
    if number <= 5:
        return 1
    if number <= 8:
        return 2
    if number <= 13:
        return 3
    return 4


def default_table_path() -> Path:
    return Path(str(resources.files("clio.ontology").joinpath("cameo.tsv")))


def _parse_score(value: str, where: str, column: str) -> float:
    try:
        score = float(value)
    except ValueError:
        raise DataError(f"{where}: {column} {value!r} is not a number") from None
    if not -10.0 <= score <= 10.0:
        raise DataError(f"{where}: {column} {score} is outside the Goldstein range -10..10")
    return score


def parse_table(text: str, *, source: str = "cameo.tsv") -> dict[str, CameoCode]:
    """Parse and validate the tab-separated CAMEO table; raises DataError on any bad row."""
    codes: dict[str, CameoCode] = {}
    header_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        where = f"{source}:{number}"
        if not header_seen:
            if tuple(fields) != _COLUMNS:
                raise DataError(f"{where}: header must be the tab-separated columns {', '.join(_COLUMNS)}")
            header_seen = True
            continue
        if len(fields) != len(_COLUMNS):
            raise DataError(f"{where}: expected {len(_COLUMNS)} tab-separated fields, found {len(fields)}")
        row = dict(zip(_COLUMNS, fields, strict=True))
        code, root = row["code"], row["root"]
        if not (code.isdigit() and 2 <= len(code) <= 4):
            raise DataError(f"{where}: code {code!r} must be 2 to 4 digits")
        if root != code[:2]:
            raise DataError(f"{where}: root {root!r} does not match code {code!r}")
        if code in codes:
            raise DataError(f"{where}: duplicate code {code!r}")
        if not row["label"]:
            raise DataError(f"{where}: code {code!r} has no label")
        plover = row["plover"] or None
        if plover is not None and plover not in PLOVER_TYPES:
            raise DataError(f"{where}: unknown PLOVER type {plover!r}")
        try:
            quad = quad_class_for_root(root)
        except ValueError as exc:
            raise DataError(f"{where}: {exc}") from None
        codes[code] = CameoCode(
            code=code,
            root=root,
            label=row["label"],
            goldstein_phoenix=_parse_score(row["goldstein_phoenix"], where, "goldstein_phoenix"),
            goldstein_gdelt=_parse_score(row["goldstein_gdelt"], where, "goldstein_gdelt"),
            quad_class=quad,
            plover=plover,
            plover_mode=row["plover_mode"] or None,
            plover_context=row["plover_context"] or None,
        )
    if not header_seen:
        raise DataError(f"{source}: no header row; the file is empty or not a CAMEO table")
    missing_roots = {c.root for c in codes.values()} - set(codes)
    if missing_roots:
        raise DataError(f"{source}: no row for root code(s) {sorted(missing_roots)}")
    return codes


@functools.lru_cache(maxsize=4)
def load_cameo(path: Path | None = None) -> dict[str, CameoCode]:
    """The CAMEO table keyed by code (read once per path)."""
    table = path or default_table_path()
    try:
        text = table.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"{table}: cannot read the CAMEO table: {exc}") from exc
    return parse_table(text, source=str(table))


def lookup(code: str) -> CameoCode:
    """The record for ``code``; raises DataError for a code outside CAMEO 1.1b3."""
    table = load_cameo()
    if code not in table:
        raise DataError(f"unknown CAMEO code {code!r}; see src/clio/ontology/cameo.tsv for valid codes")
    return table[code]


__all__ = [
    "GOLDSTEIN_VARIANTS",
    "PLOVER_TYPES",
    "CameoCode",
    "load_cameo",
    "lookup",
    "parse_table",
    "quad_class_for_root",
]
