"""PLOVER in full: the event type, mode and context of every CAMEO code, and PLOVER actor fields.

Facts come from two data files beside this module, both read once and validated on load (a bad
line raises :class:`clio.errors.DataError` naming the file, the line and the problem):

``cameo2plover.txt``
    CAMEO2PLOVER-2021.txt (PLOVER manual draft 0.8, 17 September 2021), verbatim. A line is
    ``CODE: TYPE, mode, context[; context]  # label``; two-digit lines head a section and map no
    code on their own (root 08 heads both CONCEDE and RETREAT); a line of ``~`` ends the table.
    One code listed twice must say the same both times.
``plover.json``
    What the table does not hold: modes the manual lists but the table never uses, the manual's
    context list, the non-state actor codes (IGO, NGO, ISM, IMG, MNC), and how CAMEO sector codes
    map to PLOVER's (CAMEO ``INS`` and ``SEP`` become ``REB``, CAMEO ``MED`` (media) becomes
    ``JRN``, CAMEO ``HLH`` (health) becomes ``MED``, rights, environment and development groups
    become ``SOC``).

Codes the table lacks are mapped by two documented rules: an appeal (``02x``) takes the mode
and context of the matching demand (``10x``), as PLOVER folds appeals into REQUEST; an
extension code takes its nearest listed parent's (``0110`` -> ``011`` -> nothing).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from clio.errors import DataError
from clio.ontology import PLOVER_TYPES

_WORD = re.compile(r"^[a-z][a-z_-]*$")
_END_OF_TABLE = re.compile(r"^~+$")


@dataclass(frozen=True, slots=True)
class PloverMapping:
    """What a CAMEO code is in PLOVER: event type, mode (or None) and contexts."""

    type: str
    mode: str | None
    contexts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PloverActor:
    """The PLOVER actor fields of a CAMEO actor code.

    ``code`` is the ISO 3166-1 alpha-3 country or a non-state code (IGO, NGO, ISM, IMG, MNC);
    ``sector`` the PLOVER primary sector (GOV, MIL, REB, ...) and ``secondary_sector`` the next one.
    """

    code: str | None
    sector: str | None
    secondary_sector: str | None

    def to_dict(self) -> dict[str, str | None]:
        return {"code": self.code, "sector": self.sector, "secondary_sector": self.secondary_sector}


@dataclass(frozen=True, slots=True)
class PloverTable:
    """The CAMEO->PLOVER fact table with the vocabulary that validates it."""

    codes: dict[str, PloverMapping]
    modes: dict[str, frozenset[str]]  # PLOVER type -> the modes it may take
    contexts: frozenset[str]
    non_state_codes: frozenset[str]
    sectors: dict[str, tuple[str, str]]  # CAMEO sector -> (PLOVER sector, readable name)

    def mapping(self, cameo: str) -> PloverMapping | None:
        """The PLOVER mapping of a CAMEO code, by the rules in the module docstring."""
        if cameo in self.codes:
            return self.codes[cameo]
        if cameo.startswith("02") and len(cameo) >= 3:
            demand = self.codes.get("10" + cameo[2:])
            if demand is not None:
                return PloverMapping("REQUEST", demand.mode, demand.contexts)
        for length in range(len(cameo) - 1, 2, -1):
            parent = self.codes.get(cameo[:length])
            if parent is not None:
                return parent
        return None

    def actor(self, cameo_code: str | None, country: str | None) -> PloverActor:
        """PLOVER actor fields of a CAMEO actor code (``RUSMIL`` -> RUS, MIL; ``NGOLABHRI`` -> NGO,
        LAB, SOC; ``IGOWSTNAT`` -> IGO); ``country`` is the resolved ISO3 country, if any."""
        chunks = [c for c in _chunks(cameo_code or "") if c]
        head = chunks[0] if chunks else ""
        code = head if head in self.non_state_codes else (country or None)
        sectors: list[str] = []
        for chunk in chunks[1:] if head not in self.sectors else chunks:
            mapped = self.sectors.get(chunk)
            if mapped and mapped[0] not in sectors:
                sectors.append(mapped[0])
        return PloverActor(
            code=code,
            sector=sectors[0] if sectors else None,
            secondary_sector=sectors[1] if len(sectors) > 1 else None,
        )

    def sector_names(self, cameo_code: str | None) -> list[str]:
        """Readable names of the sector codes in a CAMEO actor code (``NGOLABHRI`` -> Labor, Human Rights)."""
        names: list[str] = []
        for chunk in _chunks(cameo_code or ""):
            mapped = self.sectors.get(chunk)
            if mapped and mapped[1] not in names:
                names.append(mapped[1])
        return names


def _chunks(code: str) -> list[str]:
    return [code[i : i + 3] for i in range(0, len(code), 3)]


def _words(value: str, where: str, what: str) -> tuple[str, ...]:
    words = tuple(w.strip() for w in value.split(";") if w.strip())
    for word in words:
        if not _WORD.match(word):
            raise DataError(f"{where}: {what} {word!r} must be a lowercase word (letters, '-' or '_')")
    return words


def parse_cameo2plover(text: str, *, source: str = "cameo2plover.txt") -> dict[str, PloverMapping]:
    """Parse and validate the CAMEO2PLOVER table (section headings are checked, not returned)."""
    codes: dict[str, PloverMapping] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        where = f"{source}:{number}"
        if not line:
            continue
        if _END_OF_TABLE.match(line):
            break
        code, colon, rest = line.partition(":")
        code = code.strip()
        if not colon or not (code.isdigit() and 2 <= len(code) <= 4):
            raise DataError(f"{where}: expected 'CODE: TYPE, mode, context' with a 2-4 digit CAMEO code")
        fields = [f.strip() for f in rest.split(",")]
        if len(fields) > 3:
            raise DataError(f"{where}: at most three comma-separated fields (type, mode, context)")
        fields += [""] * (3 - len(fields))
        plover, mode, context = fields
        if plover not in PLOVER_TYPES:
            raise DataError(f"{where}: unknown PLOVER type {plover!r}; use one of {sorted(PLOVER_TYPES)}")
        if len(code) == 2:
            if mode or context:
                raise DataError(f"{where}: a two-digit section heading takes no mode or context")
            continue
        modes = _words(mode, where, "mode")
        if len(modes) > 1:
            raise DataError(f"{where}: one mode per code, found {list(modes)}")
        mapping = PloverMapping(plover, modes[0] if modes else None, _words(context, where, "context"))
        if code in codes and codes[code] != mapping:
            raise DataError(f"{where}: code {code} is listed again with a different mapping")
        codes[code] = mapping
    if not codes:
        raise DataError(f"{source}: no CAMEO codes; the file is empty or not a CAMEO2PLOVER table")
    return codes


def _string_list(data: Any, where: str) -> list[str]:
    if not isinstance(data, list) or not all(isinstance(v, str) and v for v in data):
        raise DataError(f"{where} must be a list of non-empty strings")
    return list(data)


def build_table(codes: dict[str, PloverMapping], vocabulary: Any, *, source: str) -> PloverTable:
    """Join the fact table with the vocabulary of ``plover.json``, validating both."""
    if not isinstance(vocabulary, dict):
        raise DataError(f"{source}: must hold one JSON object")
    for key in ("extra_modes", "contexts", "non_state_codes", "plover_sectors", "sectors"):
        if key not in vocabulary:
            raise DataError(f"{source}: missing key {key!r}")
    extra = vocabulary["extra_modes"]
    if not isinstance(extra, dict) or not set(extra) <= PLOVER_TYPES:
        raise DataError(f"{source}: 'extra_modes' must map PLOVER types to lists of modes")
    modes: dict[str, set[str]] = {
        t: set(_string_list(extra.get(t, []), f"{source}: extra_modes.{t}")) for t in PLOVER_TYPES
    }
    contexts = set(_string_list(vocabulary["contexts"], f"{source}: 'contexts'"))
    for mapping in codes.values():
        if mapping.mode:
            modes[mapping.type].add(mapping.mode)
        contexts.update(mapping.contexts)
    plover_sectors = set(_string_list(vocabulary["plover_sectors"], f"{source}: 'plover_sectors'"))
    sectors: dict[str, tuple[str, str]] = {}
    raw_sectors = vocabulary["sectors"]
    if not isinstance(raw_sectors, dict):
        raise DataError(f"{source}: 'sectors' must map CAMEO sector codes to [PLOVER sector, name]")
    for cameo, value in raw_sectors.items():
        if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, str) for v in value)):
            raise DataError(f"{source}: sectors.{cameo} must be [PLOVER sector, readable name]")
        if value[0] not in plover_sectors:
            raise DataError(f"{source}: sectors.{cameo} maps to {value[0]!r}, not a PLOVER sector")
        sectors[cameo] = (value[0], value[1])
    non_state = vocabulary["non_state_codes"]
    if not isinstance(non_state, dict):
        raise DataError(f"{source}: 'non_state_codes' must map codes to descriptions")
    return PloverTable(
        codes=codes,
        modes={t: frozenset(m) for t, m in modes.items()},
        contexts=frozenset(contexts),
        non_state_codes=frozenset(non_state),
        sectors=sectors,
    )


def _package_file(name: str) -> Path:
    return Path(str(resources.files("clio.ontology").joinpath(name)))


def _read(path: Path, what: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"{path}: cannot read the {what}: {exc}") from exc


@functools.lru_cache(maxsize=2)
def load_plover(table_path: Path | None = None, vocabulary_path: Path | None = None) -> PloverTable:
    """The bundled CAMEO2PLOVER table and PLOVER vocabulary (read once per pair of paths)."""
    table = table_path or _package_file("cameo2plover.txt")
    vocabulary_file = vocabulary_path or _package_file("plover.json")
    codes = parse_cameo2plover(_read(table, "CAMEO2PLOVER table"), source=str(table))
    try:
        vocabulary = json.loads(_read(vocabulary_file, "PLOVER vocabulary"))
    except json.JSONDecodeError as exc:
        raise DataError(f"{vocabulary_file}:{exc.lineno}: not valid JSON ({exc.msg})") from None
    return build_table(codes, vocabulary, source=str(vocabulary_file))


def plover_mapping(cameo: str) -> PloverMapping | None:
    """The PLOVER type, mode and contexts of a CAMEO event code (None for statements, 01x)."""
    return load_plover().mapping(cameo)


def plover_actor(cameo_code: str | None, country: str | None) -> PloverActor:
    """The PLOVER actor fields (code, sector, secondary sector) of a CAMEO actor code."""
    return load_plover().actor(cameo_code, country)


def join_contexts(contexts: Iterable[str]) -> str | None:
    """Contexts as stored in a database column: comma-separated, or None when there are none."""
    return ",".join(contexts) or None


def split_contexts(value: str | None) -> tuple[str, ...]:
    """The stored form of contexts back as a tuple."""
    return tuple(c for c in (value or "").split(",") if c)
