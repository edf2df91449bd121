"""PLOVER mode and context of a coded event, from its CAMEO code and the words of its sentence.

The CAMEO2PLOVER fact table (:mod:`clio.ontology.plover`) gives most codes a mode and a context
("1123 Accuse of aggression" is ACCUSE, mode ``allege``, context ``military``). Where the text
says more, cue words in the event's sentence add it (``data/events/plover_cues.jsonl``):
"shelled" makes a fight ``heavy-weapons``; "the election" adds the ``election`` context.

* **mode**: the first mode cue of the event's PLOVER type found in the sentence (the means
  the text names: "a suicide car bombing", "helicopter gunships"), else the table's mode for
  the code, else none. Cue first measured better on plover_gsr_dev (docs/benchmarks.md): a
  code chosen for the verb ("killed") often carries a mode the text contradicts.
* **context**: the table's contexts, then every context whose cue is in the sentence.

Pure functions over lemma/lower-case word pairs, so they are tested without a model.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from clio.errors import DataError
from clio.events.patterns import jsonl_records
from clio.ontology.plover import PloverTable, load_plover

CUE_FILE = "plover_cues.jsonl"
_CUE_TOKENS = re.compile(r"[\w']+|[^\w\s]")

# One token of a sentence as the cues see it: (lemma, lower-case text).
Word = tuple[str, str]


@dataclass(frozen=True, slots=True)
class Cue:
    """A mode or context and one way the text shows it (one or more words)."""

    value: str
    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CueList:
    """Cues in priority order, indexed by their first word (most sentences hold none of them)."""

    cues: tuple[Cue, ...]
    by_first_word: dict[str, tuple[int, ...]]

    @classmethod
    def of(cls, cues: Iterable[Cue]) -> CueList:
        ordered = tuple(cues)
        index: dict[str, list[int]] = {}
        for position, cue in enumerate(ordered):
            index.setdefault(cue.words[0], []).append(position)
        return cls(ordered, {word: tuple(positions) for word, positions in index.items()})

    def __len__(self) -> int:
        return len(self.cues)

    def candidates(self, present: set[str]) -> list[Cue]:
        """The cues whose first word is in ``present``, in priority order."""
        positions = sorted(
            p for word in present & self.by_first_word.keys() for p in self.by_first_word[word]
        )
        return [self.cues[p] for p in positions]


@dataclass(frozen=True, slots=True)
class PloverCues:
    """Mode cues by PLOVER type, in priority order, and context cues."""

    modes: dict[str, CueList]
    contexts: CueList


@dataclass(frozen=True, slots=True)
class PloverDetail:
    """What the PLOVER step adds to an event."""

    mode: str | None
    context: tuple[str, ...]


def cue_words(phrase: str) -> tuple[str, ...]:
    """A cue phrase split the way spaCy splits text ("cease-fire" -> cease, -, fire)."""
    return tuple(_CUE_TOKENS.findall(phrase.lower()))


def _cues(value: str, phrases: object, where: str) -> list[Cue]:
    if (
        not isinstance(phrases, list)
        or not phrases
        or not all(isinstance(p, str) and p.strip() for p in phrases)
    ):
        raise DataError(f"{where}: 'cues' must be a non-empty list of words or phrases")
    return [Cue(value, cue_words(p)) for p in phrases]


def parse_cues(text: str, *, source: str, table: PloverTable) -> PloverCues:
    """Parse and validate a cue file against the PLOVER vocabulary of ``table``."""
    modes: dict[str, list[Cue]] = {}
    contexts: list[Cue] = []
    for where, record in jsonl_records(text, source):
        unknown = set(record) - {"plover", "mode", "context", "cues"}
        if unknown:
            raise DataError(f"{where}: unknown key(s) {sorted(unknown)}")
        if ("mode" in record) == ("context" in record):
            raise DataError(f"{where}: give either 'mode' (with 'plover') or 'context'")
        if "context" in record:
            context = record["context"]
            if context not in table.contexts:
                raise DataError(
                    f"{where}: {context!r} is not a PLOVER context; see clio/ontology/plover.json"
                )
            contexts.extend(_cues(context, record.get("cues"), where))
            continue
        plover, mode = record.get("plover"), record["mode"]
        if plover not in table.modes:
            raise DataError(f"{where}: {plover!r} is not a PLOVER event type")
        if mode not in table.modes[plover]:
            raise DataError(
                f"{where}: {mode!r} is not a mode of {plover}; use one of {sorted(table.modes[plover])}"
            )
        modes.setdefault(plover, []).extend(_cues(mode, record.get("cues"), where))
    return PloverCues({k: CueList.of(v) for k, v in modes.items()}, CueList.of(contexts))


def _default_path() -> Path:
    return Path(str(resources.files("clio").joinpath("data", "events", CUE_FILE)))


@functools.lru_cache(maxsize=2)
def load_cues(path: Path | None = None) -> PloverCues:
    """The cue file (the bundled one by default), read once and validated."""
    cue_path = path or _default_path()
    try:
        text = cue_path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"{cue_path}: cannot read the PLOVER cue file: {exc}") from exc
    return parse_cues(text, source=str(cue_path), table=load_plover())


def _matches_at(words: Sequence[Word], start: int, cue: Cue) -> bool:
    if start + len(cue.words) > len(words):
        return False
    return all(part in words[start + k] for k, part in enumerate(cue.words))


def _present(words: Sequence[Word]) -> set[str]:
    return {form for word in words for form in word}


def found(words: Sequence[Word], cue: Cue) -> bool:
    """The cue's words occur in order in ``words`` (each as a lemma or as lower-case text)."""
    first = cue.words[0]  # a cheap test of where the cue can start, before the whole match
    return any(first in word and _matches_at(words, i, cue) for i, word in enumerate(words))


def first_found(words: Sequence[Word], cues: CueList) -> str | None:
    """The value of the first cue (in priority order) found in ``words``."""
    candidates = cues.candidates(_present(words))
    return next((cue.value for cue in candidates if found(words, cue)), None)


def all_found(words: Sequence[Word], cues: CueList) -> list[str]:
    """The values of every cue found in ``words``, each once, in cue order."""
    values: list[str] = []
    for cue in cues.candidates(_present(words)):
        if cue.value not in values and found(words, cue):
            values.append(cue.value)
    return values


def describe(
    plover: str | None,
    cameo: str,
    words: Sequence[Word],
    *,
    table: PloverTable,
    cues: PloverCues,
) -> PloverDetail:
    """The PLOVER mode and contexts of an event of type ``plover`` coded ``cameo`` (see module doc)."""
    mapping = table.mapping(cameo)
    same_type = mapping is not None and plover is not None and mapping.type == plover
    table_mode = mapping.mode if mapping is not None and same_type else None
    mode_cues = cues.modes.get(plover) if plover else None
    text_mode = first_found(words, mode_cues) if mode_cues else None
    mode = text_mode or table_mode
    contexts = list(mapping.contexts) if mapping is not None else []
    contexts += [c for c in all_found(words, cues.contexts) if c not in contexts]
    return PloverDetail(mode=mode, context=tuple(contexts))
