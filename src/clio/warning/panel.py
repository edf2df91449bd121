"""Counts per unit per period: the input of the escalation model.

A unit is a directed dyad (source, target) or a country/actor alone (target ``""``). Channels
are event counts by quad class (``quad1`` … ``quad4``), the summed Goldstein score, and, where
known, counts of the CAMEO roots that lead conflict: threats (13), force posture (15) and
reduced relations (16). Absent rows mean zero.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
BASE_CHANNELS = ("events", "quad1", "quad2", "quad3", "quad4", "goldstein_sum")
ROOT_CHANNELS = ("root13", "root15", "root16")
Unit = tuple[str, str]


@dataclass(frozen=True, slots=True)
class PanelRow:
    """One unit's counts in one period (channels not given are zero)."""

    unit: Unit
    period: dt.date
    values: dict[str, float]


@dataclass(frozen=True, slots=True)
class Panel:
    units: tuple[Unit, ...]
    periods: tuple[dt.date, ...]
    channels: tuple[str, ...]
    counts: FloatArray  # (units, periods, channels)
    days: FloatArray  # (periods,): days each period covers (partial first/last weeks)

    def channel(self, name: str) -> FloatArray:
        values: FloatArray = self.counts[:, :, self.channels.index(name)]
        return values

    def has(self, name: str) -> bool:
        return name in self.channels

    def first_seen(self) -> npt.NDArray[np.int64]:
        """Index of each unit's first period with any event (len(periods) if none)."""
        active = self.channel("events") > 0
        first = np.where(active.any(axis=1), active.argmax(axis=1), len(self.periods))
        return first.astype(np.int64)

    def index(self) -> dict[Unit, int]:
        return {unit: i for i, unit in enumerate(self.units)}


def build_panel(
    rows: Iterable[PanelRow],
    periods: Iterable[dt.date],
    *,
    channels: tuple[str, ...] = BASE_CHANNELS,
    days: Iterable[float] | None = None,
) -> Panel:
    """A dense panel over ``periods`` (every period the units are followed, in order)."""
    period_list = sorted(set(periods))
    where = {p: i for i, p in enumerate(period_list)}
    units: dict[Unit, int] = {}
    cells: list[tuple[int, int, int, float]] = []
    for row in rows:
        if row.period not in where:
            raise ValueError(f"period {row.period} is not among the panel's periods")
        u = units.setdefault(row.unit, len(units))
        for name, value in row.values.items():
            if name in channels and value:
                cells.append((u, where[row.period], channels.index(name), float(value)))
    counts = np.zeros((len(units), len(period_list), len(channels)))
    if cells:
        u_idx, t_idx, c_idx, values = zip(*cells, strict=True)
        np.add.at(counts, (np.array(u_idx), np.array(t_idx), np.array(c_idx)), np.array(values))
    day_values = np.full(len(period_list), 7.0) if days is None else np.asarray(list(days), dtype=np.float64)
    return Panel(tuple(units), tuple(period_list), channels, counts, day_values)
