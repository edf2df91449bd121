"""The time-expression word lists (``clio/data/time/lexicon.json``), validated on load."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from clio.errors import DataError

_MAPPINGS: dict[str, type | tuple[type, ...]] = {
    "months": int,
    "weekdays": int,
    "seasons": str,
    "parts_of_day": str,
    "numbers": (int, float),
    "ordinals": int,
    "units": str,
    "holidays": str,
    "sets": str,
    "mods": str,
    "position_mods": str,
}
_LISTS = (
    "ambiguous_months",
    "vague_numbers",
    "present_ref",
    "past_ref",
    "future_ref",
    "forward_verbs",
    "directive_verbs",
    "weekday_blockers",
    "year_anaphors",
    "deadline_verbs",
    "date_name_heads",
    "support_verbs",
    "command_verbs",
    "reaction_verbs",
    "same_moment_marks",
    "sequel_words",
)
_NESTED = ("national_holidays",)
_MONTH_DAY = re.compile(r"(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")


@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    """Read-only word lists; keys are lower case. Hashed by identity (one instance per file)."""

    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    seasons: Mapping[str, str]
    parts_of_day: Mapping[str, str]
    numbers: Mapping[str, float]
    ordinals: Mapping[str, int]
    units: Mapping[str, str]
    holidays: Mapping[str, str]
    sets: Mapping[str, str]
    mods: Mapping[str, str]
    position_mods: Mapping[str, str]
    ambiguous_months: frozenset[str]
    vague_numbers: frozenset[str]
    present_ref: frozenset[str]
    past_ref: frozenset[str]
    future_ref: frozenset[str]
    forward_verbs: frozenset[str]
    # Verbs whose infinitive complement is an act still to come, with a time of its own
    # ("urged them to gather on Monday").
    directive_verbs: frozenset[str]
    weekday_blockers: frozenset[str]
    # Phrases that name a year by pointing back at the one the text named last ("in December
    # of that year").
    year_anaphors: frozenset[str]
    # Verbs that grant time until a limit ("gave Moscow until noon on Tuesday"): the limit lies
    # ahead of the act, whatever the act's tense.
    deadline_verbs: frozenset[str]
    # Verbs whose object names the act itself ("fought clashes", "held talks", "launched
    # raids"): a period set on that object is the verb's time.
    support_verbs: frozenset[str]
    # Directive verbs that give a command: told in the past, a past day on their complement
    # is the day of the command ("ordered him to leave on Thursday").
    command_verbs: frozenset[str]
    # Verbs whose object is what another side did before ("condemned Baghdad's decision to
    # halt flights"): the deed named there is not told on the verb's own day.
    reaction_verbs: frozenset[str]
    # Subordinators of a clause told as happening at the same moment as the one it hangs on
    # ("had cut internet access as polls closed on Saturday").
    same_moment_marks: frozenset[str]
    # Words that tie a sentence's time to what was told before it ("Police arrested him shortly
    # afterwards", "Troops then moved in"): such a sentence is not dated by a day named later.
    sequel_words: frozenset[str]
    # Capitalised nouns after which a date is a name ("May 13 Square", "6th of October Bridge").
    date_name_heads: frozenset[str]
    # Holidays each country keeps on its own day: name -> the word naming the country -> MM-DD.
    national_holidays: Mapping[str, Mapping[str, str]]


def _default_path() -> Path:
    return Path(str(resources.files("clio") / "data" / "time" / "lexicon.json"))


@lru_cache(maxsize=4)
def load_lexicon(path: Path | None = None) -> Lexicon:
    """Load and check the lexicon; raises DataError naming the file and the bad entry."""
    source = path or _default_path()
    try:
        raw: Any = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise DataError(f"{source}: cannot read the time lexicon: {exc}") from exc
    if not isinstance(raw, dict):
        raise DataError(f"{source}: expected a JSON object at the top level")
    values: dict[str, Any] = {}
    for key, kind in _MAPPINGS.items():
        table = raw.get(key)
        if not isinstance(table, dict):
            raise DataError(f"{source}: section {key!r} is missing or not an object")
        for word, value in table.items():
            if not isinstance(value, kind) or isinstance(value, bool):
                raise DataError(f"{source}: {key}[{word!r}] = {value!r} has the wrong type")
        values[key] = MappingProxyType({str(w).lower(): v for w, v in table.items()})
    for key in _LISTS:
        items = raw.get(key)
        if not isinstance(items, list) or not all(isinstance(w, str) for w in items):
            raise DataError(f"{source}: section {key!r} must be a list of strings")
        values[key] = frozenset(w.lower() for w in items)
    for key in _NESTED:
        values[key] = _nested_days(raw.get(key), key, source)
    unknown = set(raw) - set(_MAPPINGS) - set(_LISTS) - set(_NESTED)
    if unknown:
        raise DataError(f"{source}: unknown sections {sorted(unknown)}")
    bad_months = [m for m in values["months"].values() if not 1 <= m <= 12]
    if bad_months:
        raise DataError(f"{source}: month numbers must be 1-12, got {bad_months}")
    return Lexicon(**values)


def _nested_days(table: Any, key: str, source: Path) -> Mapping[str, Mapping[str, str]]:
    """A section of name -> qualifier -> ``MM-DD``, lower-cased and read-only."""
    if not isinstance(table, dict):
        raise DataError(f"{source}: section {key!r} is missing or not an object")
    out: dict[str, Mapping[str, str]] = {}
    for name, days in table.items():
        if not isinstance(days, dict):
            raise DataError(f"{source}: {key}[{name!r}] must map country words to MM-DD days")
        for word, day in days.items():
            if not isinstance(day, str) or not _MONTH_DAY.fullmatch(day):
                raise DataError(f"{source}: {key}[{name!r}][{word!r}] = {day!r} is not an MM-DD day")
        out[str(name).lower()] = MappingProxyType({str(w).lower(): d for w, d in days.items()})
    return MappingProxyType(out)
