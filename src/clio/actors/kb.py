"""The actor knowledge base: entries with aliases and date-bounded CAMEO roles, loaded from JSON Lines.

One line per entry::

    {"name": "Vladimir Putin", "kind": "person", "aliases": ["Putin"],
     "roles": [{"code": "RUSGOV", "from": "1999-12-31", "until": "2008-05-07"}, {"code": "RUSELI"}]}

``kind`` is one of :data:`KINDS`. A role without dates is the default, used when no dated role
covers the date asked for. Later files override earlier entries with the same name, so a user's
``--actors FILE`` can correct or extend the built-in data (same name and kind = same entry).
"""

from __future__ import annotations

import datetime as dt
import json
import pickle
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from clio.errors import DataError

KINDS = frozenset({"country", "demonym", "capital", "seat", "igo", "ngo", "org", "media", "person", "group"})

# Built-in data files, loaded in this order (later ones override earlier ones by name).
BUILTIN_FILES = (
    "phoenix_people.jsonl",
    "countries.jsonl",
    "organisations.jsonl",
    "leaders_world.jsonl",
    "leaders.jsonl",
)

# CAMEO codes that are not countries but stand in the country slot.
NON_STATE_PREFIXES = frozenset({"IGO", "NGO", "MNC", "UIS", "IMG", "UAF"})


@dataclass(frozen=True, slots=True)
class Role:
    """A CAMEO code held between two dates (inclusive); ``None`` bounds are open."""

    code: str
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def holds_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    """One actor of the knowledge base."""

    name: str
    kind: str
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]
    source: str = ""
    notes: dict[str, Any] = field(default_factory=dict)

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class Resolution:
    """The code an entry has on a date, and why."""

    entry: Entry
    code: str
    reason: str


# CAMEO role codes (primary and secondary): a code that starts with one names no country
# ("UAF", unnamed gunmen; "REB", rebels nobody placed).
ROLE_CODES = frozenset({
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "PTY", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM",
    "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "MOD", "RAD", "REF", "REL",
    "SET", "UIS",
})  # fmt: skip


def split_code(code: str) -> tuple[str | None, str | None]:
    """(country, sector) of a CAMEO actor code: ``RUSGOV`` -> (RUS, GOV); ``IGOWSTNAT`` -> (None, IGO);
    ``UAF`` -> (None, UAF)."""
    head = code[:3]
    if head in ("IGO", "NGO", "MNC") or head in ROLE_CODES:
        return None, head
    rest = code[3:6]
    return head, (rest or None)


def resolve_roles(entry: Entry, day: dt.date | None) -> Resolution:
    """The role of ``entry`` on ``day``: a dated role covering the day, else the undated default.

    Without a date, the latest dated role (by start) wins, since news is read as current.
    """
    dated = [r for r in entry.roles if r.dated]
    undated = [r for r in entry.roles if not r.dated]
    if day is None:
        if dated:
            latest = max(dated, key=lambda r: (r.start or dt.date.min, r.end or dt.date.max))
            return Resolution(entry, latest.code, "no article date: latest role")
        return Resolution(entry, undated[0].code, "only role")
    covering = [r for r in dated if r.holds_on(day)]
    if covering:
        # The most recently started role is the most specific one on that day.
        best = max(covering, key=lambda r: r.start or dt.date.min)
        return Resolution(entry, best.code, f"role {_range_text(best)} covers {day.isoformat()}")
    if undated:
        return Resolution(entry, undated[0].code, f"no dated role on {day.isoformat()}: default role")
    # Only dated roles and none covers the day: before the first one, or after the last one.
    last = max(dated, key=lambda r: r.end or dt.date.max)
    country, _ = split_code(last.code)
    fallback = f"{country}ELI" if country else last.code
    return Resolution(entry, fallback, f"no role on {day.isoformat()}: former/future holder -> elite")


def _range_text(role: Role) -> str:
    start = role.start.isoformat() if role.start else "…"
    end = role.end.isoformat() if role.end else "…"
    return f"{role.code} {start}–{end}"


def _parse_date(value: Any, where: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise DataError(f"{where}: date must be a YYYY-MM-DD string, not {value!r}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise DataError(f"{where}: bad date {value!r} (use YYYY-MM-DD)") from exc


def entry_from_dict(data: Any, where: str) -> Entry:
    """Validate one JSON object as an :class:`Entry`; ``where`` names the file and line."""
    if not isinstance(data, dict):
        raise DataError(f"{where}: each line must be a JSON object")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise DataError(f"{where}: 'name' must be a non-empty string")
    kind = data.get("kind")
    if kind not in KINDS:
        raise DataError(f"{where}: 'kind' must be one of {sorted(KINDS)}, not {kind!r}")
    aliases = data.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise DataError(f"{where}: 'aliases' must be a list of non-empty strings")
    raw_roles = data.get("roles")
    if not isinstance(raw_roles, list) or not raw_roles:
        raise DataError(f"{where}: 'roles' must be a non-empty list of {{code, from, until}} objects")
    roles = []
    for raw in raw_roles:
        if not isinstance(raw, dict) or not isinstance(raw.get("code"), str):
            raise DataError(f"{where}: each role needs a string 'code'")
        code = raw["code"].strip().upper()
        if len(code) < 3 or not code.isalnum():
            raise DataError(f"{where}: role code {raw['code']!r} is not a CAMEO actor code")
        start = _parse_date(raw.get("from"), where)
        end = _parse_date(raw.get("until"), where)
        if start and end and end < start:
            raise DataError(f"{where}: role {code} ends ({end}) before it starts ({start})")
        roles.append(Role(code, start, end))
    notes = data.get("notes", {})
    if not isinstance(notes, dict):
        raise DataError(f"{where}: 'notes' must be an object")
    return Entry(
        name=name.strip(),
        kind=kind,
        aliases=tuple(dict.fromkeys(a.strip() for a in aliases)),
        roles=tuple(roles),
        source=where.rsplit(":", 1)[0],
        notes=notes,
    )


def entry_to_dict(entry: Entry) -> dict[str, Any]:
    out: dict[str, Any] = {"name": entry.name, "kind": entry.kind}
    if entry.aliases:
        out["aliases"] = list(entry.aliases)
    roles = []
    for role in entry.roles:
        item: dict[str, Any] = {"code": role.code}
        if role.start:
            item["from"] = role.start.isoformat()
        if role.end:
            item["until"] = role.end.isoformat()
        roles.append(item)
    out["roles"] = roles
    if entry.notes:
        out["notes"] = entry.notes
    return out


def read_entries(lines: Iterable[str], source: str) -> Iterator[Entry]:
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        where = f"{source}:{number}"
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise DataError(f"{where}: not valid JSON ({exc.msg})") from exc
        yield entry_from_dict(data, where)


def load_file(path: Path) -> list[Entry]:
    if not path.is_file():
        raise DataError(f"actor file {path} does not exist")
    with path.open(encoding="utf-8") as handle:
        return list(read_entries(handle, str(path)))


@lru_cache(maxsize=1)
def builtin_entries() -> tuple[Entry, ...]:
    """The entries shipped in ``clio/data/actors`` (loaded once)."""
    package = resources.files("clio") / "data" / "actors"
    entries: list[Entry] = []
    for name in BUILTIN_FILES:
        text = (package / name).read_text(encoding="utf-8")
        entries.extend(read_entries(text.splitlines(), f"clio/data/actors/{name}"))
    return tuple(entries)


class KnowledgeBase:
    """Entries indexed by lower-cased name and alias. Later entries override earlier ones by name.

    It pickles compactly for the start-up cache (:mod:`clio.cache`): each entry as its own small
    pickle, unpacked when first looked up, since a document touches a few dozen of ~30,000 entries.
    """

    def __init__(self, entries: Iterable[Entry]) -> None:
        by_name: dict[tuple[str, str], Entry] = {}
        for entry in entries:
            key = (entry.name.lower(), entry.kind)
            # Re-inserting moves an overriding entry to the end: later files win ties too.
            by_name.pop(key, None)
            by_name[key] = entry
        self._entries: list[Entry | None] = list(by_name.values())
        self._packed: list[bytes] = []
        index: dict[str, list[int]] = {}
        for position, entry in enumerate(by_name.values()):
            for alias in entry.all_names:
                index.setdefault(normalize(alias), []).append(position)
        self._index = {key: tuple(positions) for key, positions in index.items()}

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def entries(self) -> tuple[Entry, ...]:
        return tuple(self._entry(position) for position in range(len(self._entries)))

    def _entry(self, position: int) -> Entry:
        entry = self._entries[position]
        if entry is None:
            entry = pickle.loads(self._packed[position])
            self._entries[position] = entry
        return entry

    def __getstate__(self) -> tuple[dict[str, tuple[int, ...]], list[bytes]]:
        packed = [pickle.dumps(self._entry(p), protocol=pickle.HIGHEST_PROTOCOL) for p in range(len(self))]
        return self._index, packed

    def __setstate__(self, state: tuple[dict[str, tuple[int, ...]], list[bytes]]) -> None:
        self._index, self._packed = state
        self._entries = [None] * len(self._packed)

    def find(self, name: str) -> list[Entry]:
        """Entries whose name or alias equals ``name`` (case- and space-insensitive)."""
        return [self._entry(position) for position in self._index.get(normalize(name), ())]

    def resolve(self, name: str, day: dt.date | None) -> Resolution | None:
        """The best entry for ``name`` on ``day``: a role held that day beats a default one."""
        candidates = self.find(name)
        if not candidates:
            return None
        ranked = [(_resolution_rank(resolve_roles(e, day)), i, e) for i, e in enumerate(candidates)]
        _, _, best = max(ranked, key=lambda item: (item[0], item[1]))
        return resolve_roles(best, day)

    @classmethod
    def load(cls, extra_files: Iterable[Path | str] = ()) -> KnowledgeBase:
        entries = list(builtin_entries())
        for path in extra_files:
            entries.extend(load_file(Path(path)))
        return cls(entries)


_KIND_PRIORITY = {"country": 3, "igo": 3, "seat": 3, "capital": 2, "demonym": 2, "group": 2}


def _resolution_rank(resolution: Resolution) -> tuple[int, int, int]:
    # A country or organisation name beats a person listed under the same alias; then prefer
    # roles that actually cover the date, then current office holders over elites.
    kind = _KIND_PRIORITY.get(resolution.entry.kind, 1)
    covers = 1 if "covers" in resolution.reason or "only role" in resolution.reason else 0
    governs = 1 if resolution.code[3:6] in ("GOV", "MIL") else 0
    return kind, covers, governs


def normalize(name: str) -> str:
    words = name.lower().replace("’", "'").split()
    # "the United States" and "United States" are one name.
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=4)
def load_kb(extra_files: tuple[str, ...] = ()) -> KnowledgeBase:
    """The built-in KB plus ``extra_files`` (cached per tuple of paths)."""
    return KnowledgeBase.load(extra_files)
