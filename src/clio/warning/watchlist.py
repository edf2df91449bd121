"""Watchlists: the dyads, countries and actors a user follows, with their alert thresholds.

A TOML file::

    threshold = 0.3          # alert when P(material conflict next period) reaches this
    rise = 0.5               # ... or when the change-point rise score reaches this
    interval = "week"        # day, week or month

    [[watch]]
    source = "RUS"           # a country (ISO3) or an actor code
    target = "UKR"           # optional: without it, every alert naming the source on either side
    threshold = 0.2          # optional, overrides the default for this entry

or the same keys in YAML (``.yaml``/``.yml``).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from clio.errors import InputError

DEFAULT_THRESHOLD = 0.3
DEFAULT_RISE = 0.5
INTERVALS = ("day", "week", "month")
CODE = re.compile(r"^[A-Za-z0-9]{3,32}$")
TOP_KEYS = {"threshold", "rise", "interval", "watch"}
ENTRY_KEYS = {"source", "target", "threshold", "rise", "note"}


@dataclass(frozen=True, slots=True)
class Entry:
    source: str
    target: str | None
    threshold: float
    rise: float

    def matches(self, source: str, target: str) -> bool:
        if self.target is not None:
            return source == self.source and target == self.target
        return self.source in (source, target)


@dataclass(frozen=True, slots=True)
class Watchlist:
    """What to alert on. An empty watchlist (no entries) follows every unit."""

    threshold: float = DEFAULT_THRESHOLD
    rise: float = DEFAULT_RISE
    interval: str = "week"
    entries: tuple[Entry, ...] = ()

    def thresholds(self, source: str, target: str) -> tuple[float, float] | None:
        """(probability, rise) thresholds for a unit, or None when the unit is not followed.
        Several matching entries: the lowest thresholds win."""
        if not self.entries:
            return (self.threshold, self.rise)
        found = [e for e in self.entries if e.matches(source, target)]
        if not found:
            return None
        return (min(e.threshold for e in found), min(e.rise for e in found))


def _fraction(value: Any, where: str, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < float(value) <= 1:
        raise InputError(where, f"{key} must be a number in (0, 1], not {value!r}", "e.g. threshold = 0.3")
    return float(value)


def parse_watchlist(data: Any, where: str) -> Watchlist:
    if not isinstance(data, dict):
        raise InputError(
            where, "a watchlist is a table of settings with [[watch]] entries", "see README: Watchlists"
        )
    unknown = set(data) - TOP_KEYS
    if unknown:
        raise InputError(
            where, f"unknown keys: {', '.join(sorted(unknown))}", f"use {', '.join(sorted(TOP_KEYS))}"
        )
    threshold = _fraction(data.get("threshold", DEFAULT_THRESHOLD), where, "threshold")
    rise = _fraction(data.get("rise", DEFAULT_RISE), where, "rise")
    interval = data.get("interval", "week")
    if interval not in INTERVALS:
        raise InputError(where, f"interval must be one of {', '.join(INTERVALS)}, not {interval!r}")
    raw_entries = data.get("watch", [])
    if not isinstance(raw_entries, list):
        raise InputError(
            where,
            "watch must be a list of entries",
            "write [[watch]] tables (TOML) or a '- source:' list (YAML)",
        )
    entries = []
    for number, item in enumerate(raw_entries, 1):
        at = f"{where}: watch entry {number}"
        if not isinstance(item, dict):
            raise InputError(at, "an entry is a table with source (and optionally target)")
        unknown = set(item) - ENTRY_KEYS
        if unknown:
            raise InputError(
                at, f"unknown keys: {', '.join(sorted(unknown))}", f"use {', '.join(sorted(ENTRY_KEYS))}"
            )
        codes: list[str | None] = []
        for key in ("source", "target"):
            value = item.get(key)
            if value is None and key == "target":
                codes.append(None)
                continue
            if not isinstance(value, str) or not CODE.match(value):
                raise InputError(
                    at, f"{key} must be a country (ISO3) or actor code, not {value!r}", 'e.g. source = "RUS"'
                )
            codes.append(value.upper())
        entries.append(
            Entry(
                source=str(codes[0]),
                target=codes[1],
                threshold=_fraction(item.get("threshold", threshold), at, "threshold"),
                rise=_fraction(item.get("rise", rise), at, "rise"),
            )
        )
    return Watchlist(threshold=threshold, rise=rise, interval=interval, entries=tuple(entries))


def load_watchlist(path: Path) -> Watchlist:
    """A watchlist from a TOML or YAML file, validated (errors name the file and entry)."""
    if not path.is_file():
        raise InputError(str(path), "watchlist file not found", "check the path given to --watchlist")
    text = path.read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text) or {} if path.suffix.lower() in (".yaml", ".yml") else tomllib.loads(text)
    except (tomllib.TOMLDecodeError, yaml.YAMLError) as exc:
        raise InputError(
            str(path), f"not valid {'YAML' if path.suffix.lower() in ('.yaml', '.yml') else 'TOML'}: {exc}"
        ) from None
    return parse_watchlist(data, str(path))
