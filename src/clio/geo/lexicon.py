"""Word lists the toponym finder relies on (``clio/data/geo/lexicon.json``), validated on load."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from clio.errors import DataError

_KEYS = (
    "compass_words",
    "not_places",
    "demonym_place_nouns",
    "locative_prepositions",
    "cue_prepositions",
    "place_head_nouns",
    "org_place_heads",
    "town_nouns",
)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Lower-cased word sets; see the JSON file for what each one is for."""

    compass_words: frozenset[str]  # dropped before a name: "western Tigray"
    not_places: frozenset[str]  # single words that name towns but are rarely toponyms in text
    demonym_place_nouns: frozenset[str]  # "the Ukrainian border"
    locative_prepositions: frozenset[str]  # where an event happens: "in Beijing"
    cue_prepositions: frozenset[str]  # words before a name that make it a place: "from Gainesville"
    place_head_nouns: frozenset[str]  # words after a name that make it a place: "Alexandria woman"
    org_place_heads: frozenset[str]  # "Gainesville Police Department": the organisation is local
    town_nouns: frozenset[str]  # words after a name that make it a town, not a region: "Berea police"


@lru_cache(maxsize=2)
def load_lexicon(path: Path | None = None) -> Lexicon:
    source = path or Path(str(resources.files("clio") / "data" / "geo" / "lexicon.json"))
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DataError(f"{source}:{exc.lineno}: invalid JSON ({exc.msg})") from None
    words: dict[str, frozenset[str]] = {}
    for key in _KEYS:
        value = data.get(key)
        if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
            raise DataError(f"{source}: {key!r} must be a list of non-empty strings")
        words[key] = frozenset(w.lower() for w in value)
    return Lexicon(**words)
