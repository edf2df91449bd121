"""Escalation forecasts over the stored series: for every unit of a kind (directed dyads of
countries or actor codes, countries, actors), P(material conflict in the next period) and the
change-point rise score, with the signals behind each.

The model is fitted on the database's own history each time (``escalation.fit``); with too
little history to fit it (fewer than ``MIN_POSITIVES`` unit-periods with material conflict), a
transparent fallback is used instead: the unit's recency-weighted share of periods with material
conflict, shrunk towards the share over all units (empirical Bayes).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from clio.store.series import period_of
from clio.warning import escalation
from clio.warning.panel import BASE_CHANNELS, ROOT_CHANNELS, FloatArray, Panel, PanelRow, build_panel

MIN_POSITIVES = 30
MIN_PERIODS = 8
FALLBACK_RETAIN = 2 ** (-1 / 2)  # half-life of 2 periods: the last weeks weigh most
FALLBACK_STRENGTH = 2.0
UNIT_KINDS = ("country_dyad", "dyad", "country", "actor")
INTERVAL_DAYS = {"day": 1, "week": 7}


def next_period(start: dt.date, interval: str) -> dt.date:
    if interval == "month":
        return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return start + dt.timedelta(days=INTERVAL_DAYS[interval])


def period_days(start: dt.date, interval: str) -> int:
    if interval == "month":
        return calendar.monthrange(start.year, start.month)[1]
    return INTERVAL_DAYS[interval]


@dataclass(frozen=True, slots=True)
class Forecast:
    """The escalation forecast for one unit and one coming period."""

    unit: str
    source: str
    target: str
    interval: str
    period: dt.date  # the period forecast
    as_of: dt.date  # the last day of history used
    probability: float
    change_score: float
    model: str  # "logistic" (fitted on this database) or "rate" (the fallback)
    signals: list[dict[str, Any]] = field(default_factory=list)
    recent: dict[str, int] = field(default_factory=dict)  # the last period's counts

    def as_dict(self) -> dict[str, Any]:
        return {
            "unit": self.unit,
            "source": self.source,
            "target": self.target,
            "interval": self.interval,
            "period": self.period.isoformat(),
            "as_of": self.as_of.isoformat(),
            "probability": round(self.probability, 4),
            "change_score": round(self.change_score, 4),
            "model": self.model,
            "signals": self.signals,
            "recent": self.recent,
        }


def panel_from_series(rows: list[dict[str, Any]], *, interval: str, as_of: dt.date) -> Panel:
    """A panel of the stored series rows up to ``as_of``, plus one empty period: the one to forecast."""
    last = period_of(as_of, interval)
    first = min((r["period"] for r in rows), default=last)
    periods = [first]
    while periods[-1] < last:
        periods.append(next_period(periods[-1], interval))
    target = next_period(last, interval)
    days = [float(period_days(p, interval)) for p in periods]
    days[-1] = float((as_of - last).days + 1) if interval != "day" else 1.0
    days.append(float(period_days(target, interval)))
    channels = (*BASE_CHANNELS, *ROOT_CHANNELS)
    panel_rows = [
        PanelRow(
            (r["source"], r["target"]),
            r["period"],
            {
                **{name: r[name] for name in ("events", "quad1", "quad2", "quad3", "quad4", "goldstein_sum")},
                **{name: r[name] for name in ROOT_CHANNELS},
            },
        )
        for r in rows
        if r["period"] <= last
    ]
    return build_panel(panel_rows, [*periods, target], channels=channels, days=days)


def fallback_probability(panel: Panel) -> FloatArray:
    """Recency-weighted share of periods with material conflict, shrunk towards the share over
    all units; for period t from the periods before t only."""
    had = (panel.channel("quad4") > 0).astype(np.float64)
    first = panel.first_seen()
    periods = np.arange(had.shape[1])
    active = (periods[None, :] >= first[:, None]).astype(np.float64)
    hits = escalation.decayed(had, FALLBACK_RETAIN)
    weight = escalation.decayed(active, FALLBACK_RETAIN)
    seen_before = np.concatenate([[0.0], np.cumsum(active.sum(axis=0))[:-1]])
    hits_before = np.concatenate([[0.0], np.cumsum((had * active).sum(axis=0))[:-1]])
    overall = np.divide(hits_before, seen_before, out=np.zeros_like(hits_before), where=seen_before > 0)
    result: FloatArray = (hits + FALLBACK_STRENGTH * overall[None, :]) / (weight + FALLBACK_STRENGTH)
    return result


def _recent(panel: Panel, unit: int) -> dict[str, int]:
    last = panel.counts[unit, -2]
    return {
        name: int(last[i]) for i, name in enumerate(panel.channels) if name != "goldstein_sum" and last[i]
    }


def forecast_panel(panel: Panel, *, unit: str, interval: str, as_of: dt.date) -> list[Forecast]:
    """Forecasts for the last period of ``panel`` for every unit seen before it."""
    features = escalation.build_features(panel)
    target = panel.channel("quad4") > 0
    forecast_at = len(panel.periods) - 1
    train_rows = features.seen.copy()
    train_rows[:, forecast_at] = False
    if panel.days[forecast_at - 1] < period_days(panel.periods[forecast_at - 1], interval):
        train_rows[:, forecast_at - 1] = False  # the period in progress is not a finished outcome
    train_rows[:, 0] = False
    positives = int((target & train_rows).sum())
    fitted = positives >= MIN_POSITIVES and forecast_at >= MIN_PERIODS
    values = features.values[:, forecast_at]
    if fitted:
        model = escalation.fit(features, train_rows, target, l2=10.0)
        probability = model.probability(values)
    else:
        probability = fallback_probability(panel)[:, forecast_at]
    # The change-point score after the last full period: the features' "rise" of the next one.
    rise = features.column("rise")[:, forecast_at]
    result = []
    for i in np.flatnonzero(features.seen[:, forecast_at]):
        source, target_code = panel.units[i]
        if fitted:
            signals = [{"signal": label, "weight": weight} for label, weight in model.signals(values[i])]
        else:
            signals = [
                {
                    "signal": "recency-weighted share of periods with material conflict",
                    "weight": round(float(probability[i]), 3),
                }
            ]
        if rise[i] >= 0.05:
            signals.append({"signal": "change-point: conflict rising", "weight": round(float(rise[i]), 3)})
        result.append(
            Forecast(
                unit=unit,
                source=source,
                target=target_code,
                interval=interval,
                period=panel.periods[forecast_at],
                as_of=as_of,
                probability=float(probability[i]),
                change_score=float(rise[i]),
                model="logistic" if fitted else "rate",
                signals=signals,
                recent=_recent(panel, int(i)),
            )
        )
    return result
