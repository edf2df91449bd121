"""Facts for entity forecasting: integer arrays (subject, relation, object, day) with names.

An ICEWS-format directory holds ``train.txt``, ``valid.txt`` and ``test.txt`` (lines
``s<TAB>r<TAB>o<TAB>t[<TAB>...]`` with ids and hours) and ``entity2id.txt`` / ``relation2id.txt``
(``name<TAB>id``). Timestamps are hours (a multiple of 24), or days when ``--unit day``; a
timestamp that is not a multiple of the unit is an error.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from clio.errors import InputError

SPLITS = ("train", "valid", "test")
HOURS_PER_DAY = 24
IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class Facts:
    """Facts as four aligned integer arrays; ``day`` counts days from the first day of the data."""

    s: IntArray
    r: IntArray
    o: IntArray
    day: IntArray

    def __len__(self) -> int:
        return len(self.s)

    @classmethod
    def empty(cls) -> Facts:
        nothing = np.zeros(0, dtype=np.int64)
        return cls(nothing, nothing, nothing, nothing)

    @classmethod
    def from_rows(cls, rows: npt.ArrayLike) -> Facts:
        table = np.asarray(rows, dtype=np.int64).reshape(-1, 4)
        return cls(table[:, 0].copy(), table[:, 1].copy(), table[:, 2].copy(), table[:, 3].copy())

    def concat(self, other: Facts) -> Facts:
        return Facts(
            np.concatenate([self.s, other.s]),
            np.concatenate([self.r, other.r]),
            np.concatenate([self.o, other.o]),
            np.concatenate([self.day, other.day]),
        )

    def before(self, day: int) -> Facts:
        keep = self.day < day
        return Facts(self.s[keep], self.r[keep], self.o[keep], self.day[keep])


@dataclass(frozen=True, slots=True)
class Dataset:
    """A temporal knowledge graph split into train/valid/test, with entity and relation names."""

    entities: tuple[str, ...]
    relations: tuple[str, ...]
    train: Facts
    valid: Facts
    test: Facts
    hours_per_step: int = HOURS_PER_DAY

    @property
    def num_entities(self) -> int:
        return len(self.entities)

    @property
    def num_relations(self) -> int:
        return len(self.relations)

    def split(self, name: str) -> Facts:
        if name not in SPLITS:
            raise ValueError(f"split must be one of {', '.join(SPLITS)}")
        facts: Facts = getattr(self, name)
        return facts

    def everything(self) -> Facts:
        return self.train.concat(self.valid).concat(self.test)


def _read_names(path: Path) -> tuple[str, ...]:
    if not path.is_file():
        raise InputError(
            str(path), "file not found", "an ICEWS-format directory has entity2id.txt and relation2id.txt"
        )
    names: dict[int, str] = {}
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            name, _, ident = line.rstrip("\r\n").rpartition("\t")
            if not name or not ident.strip().isdigit():
                raise InputError(f"{path}:{number}", "expected 'name<TAB>id'", "fix or remove the line")
            if int(ident) in names:
                raise InputError(f"{path}:{number}", f"id {ident} appears twice", "ids must be unique")
            names[int(ident)] = name
    if sorted(names) != list(range(len(names))):
        raise InputError(str(path), "ids are not 0 ... n-1", "renumber the ids consecutively from 0")
    return tuple(names[i] for i in range(len(names)))


def _read_facts(path: Path, num_entities: int, num_relations: int, step: int) -> Facts:
    if not path.is_file():
        raise InputError(
            str(path), "file not found", "an ICEWS-format directory has train, valid and test.txt"
        )
    rows: list[tuple[int, int, int, int]] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            fields = line.split()
            if not fields:
                continue
            where = f"{path}:{number}"
            if len(fields) < 4 or not all(f.lstrip("-").isdigit() for f in fields[:4]):
                raise InputError(where, "expected 's r o t' as integers", "separate the ids with tabs")
            s, r, o, t = (int(f) for f in fields[:4])
            if not (0 <= s < num_entities and 0 <= o < num_entities):
                raise InputError(
                    where, f"entity id out of range 0..{num_entities - 1}", "check entity2id.txt"
                )
            if not 0 <= r < num_relations:
                raise InputError(
                    where, f"relation id out of range 0..{num_relations - 1}", "check relation2id.txt"
                )
            if t < 0 or t % step:
                raise InputError(
                    where, f"time {t} is not a non-negative multiple of {step}", "use --unit day"
                )
            rows.append((s, r, o, t // step))
    return Facts.from_rows(rows) if rows else Facts.empty()


def load_dataset(directory: Path, *, hours_per_step: int = HOURS_PER_DAY) -> Dataset:
    """The dataset in ``directory`` (ICEWS format, as published with RE-GCN and the recurrency baseline)."""
    if not directory.is_dir():
        raise InputError(str(directory), "not a directory", "give --data the folder holding train.txt")
    entities = _read_names(directory / "entity2id.txt")
    relations = _read_names(directory / "relation2id.txt")
    splits = {
        name: _read_facts(directory / f"{name}.txt", len(entities), len(relations), hours_per_step)
        for name in SPLITS
    }
    return Dataset(entities, relations, hours_per_step=hours_per_step, **splits)
