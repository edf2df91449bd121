"""Alerts: raised when a unit's escalation probability or change-point rise score reaches its
threshold, stored once per unit and forecast period with the audit trail: the signals that drove
the forecast and the events behind it (ids, evidence sentences, article links).

Levels: ``high`` (probability ≥ max(0.5, threshold)), ``elevated`` (probability ≥ threshold),
``rising`` (only the change-point score reached its threshold).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine

from clio.store import alerts as alert_store
from clio.store import series as series_store
from clio.warning.forecaster import UNIT_KINDS, Forecast, forecast_panel, panel_from_series
from clio.warning.watchlist import Watchlist

HIGH = 0.5
EVIDENCE_PERIODS = 2  # the events of the last two periods of history back an alert


def alert_id(forecast: Forecast) -> str:
    key = "\x1f".join(
        (forecast.interval, forecast.period.isoformat(), forecast.unit, forecast.source, forecast.target)
    )
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


def alert_level(probability: float, change: float, threshold: float, rise: float) -> str | None:
    if probability >= max(HIGH, threshold):
        return "high"
    if probability >= threshold:
        return "elevated"
    if change >= rise:
        return "rising"
    return None


def latest_day(engine: Engine) -> dt.date | None:
    with engine.connect() as connection:
        return series_store.last_day(connection)


def forecasts(
    engine: Engine,
    *,
    interval: str = "week",
    as_of: dt.date | None = None,
    units: Sequence[str] = UNIT_KINDS,
    keys: set[tuple[str, str]] | None = None,
) -> list[Forecast]:
    """Forecasts for the period after ``as_of`` (default: the last day with events) for every
    unit of the given kinds (only ``keys`` (source, target) when given)."""
    as_of = as_of or latest_day(engine)
    if as_of is None:
        return []
    result: list[Forecast] = []
    with engine.connect() as connection:
        for unit in units:
            rows = series_store.load_series(connection, interval=interval, unit=unit, until=as_of)
            if not rows:
                continue
            panel = panel_from_series(rows, interval=interval, as_of=as_of)
            found = forecast_panel(panel, unit=unit, interval=interval, as_of=as_of)
            result.extend(f for f in found if keys is None or (f.source, f.target) in keys)
    return result


def _evidence_window(forecast: Forecast) -> tuple[dt.date, dt.date]:
    start = series_store.period_of(forecast.as_of, forecast.interval)
    for _ in range(EVIDENCE_PERIODS - 1):
        start = series_store.period_of(start - dt.timedelta(days=1), forecast.interval)
    return start, forecast.as_of


def alert_row(
    forecast: Forecast, level: str, threshold: float, evidence: list[dict[str, Any]]
) -> dict[str, Any]:
    return {
        "id": alert_id(forecast),
        "created_at": dt.datetime.now(dt.UTC),
        "interval": forecast.interval,
        "period": forecast.period,
        "as_of": forecast.as_of,
        "unit": forecast.unit,
        "source": forecast.source,
        "target": forecast.target,
        "level": level,
        "probability": round(forecast.probability, 4),
        "change_score": round(forecast.change_score, 4),
        "threshold": threshold,
        "model": forecast.model,
        "signals": json.dumps({"signals": forecast.signals, "recent": forecast.recent}),
        "evidence": json.dumps(evidence, default=str),
    }


def raise_alerts(
    engine: Engine, watchlist: Watchlist, *, as_of: dt.date | None = None
) -> list[dict[str, Any]]:
    """Forecast, store the alerts that reach their thresholds, and return the ones that are new
    (an alert already stored for the same unit and period is not raised again)."""
    rows = []
    with engine.connect() as connection:
        for forecast in forecasts(engine, interval=watchlist.interval, as_of=as_of):
            limits = watchlist.thresholds(forecast.source, forecast.target)
            if limits is None:
                continue
            level = alert_level(forecast.probability, forecast.change_score, *limits)
            if level is None:
                continue
            since, until = _evidence_window(forecast)
            evidence = alert_store.unit_events(
                connection, forecast.unit, forecast.source, forecast.target, since=since, until=until
            )
            rows.append(alert_row(forecast, level, limits[0], evidence))
    with engine.begin() as connection:
        new = alert_store.insert_alerts(connection, rows)
        if not new:
            return []
        return alert_store.find_alerts(connection, ids=sorted(new), limit=len(new))


def alert_json(alert: dict[str, Any]) -> dict[str, Any]:
    """An alert as JSON-ready values (dates as ISO strings)."""
    return {k: (v.isoformat() if isinstance(v, dt.date | dt.datetime) else v) for k, v in alert.items()}


@dataclass
class AlertWatcher:
    """Raises alerts after stored batches (``clio run``, ``--watch``) and hands each new one to
    ``on_alert``; problems are passed to ``on_error`` and never stop the run."""

    engine: Engine
    watchlist: Watchlist
    on_alert: Callable[[dict[str, Any]], None] | None = None
    on_error: Callable[[str], None] | None = None
    raised: list[dict[str, Any]] = field(default_factory=list)

    def check(self) -> list[dict[str, Any]]:
        try:
            new = raise_alerts(self.engine, self.watchlist)
        except Exception as exc:  # alerting must never lose the run's stored work
            if self.on_error:
                self.on_error(f"alerts: {type(exc).__name__}: {exc}")
            return []
        self.raised.extend(new)
        for alert in new:
            if self.on_alert:
                self.on_alert(alert_json(alert))
        return new


def current_alerts(engine: Engine, *, limit: int = 12) -> list[dict[str, Any]]:
    """The latest stored alerts (latest forecast period first), JSON-ready, for the dashboard."""
    with engine.connect() as connection:
        return [alert_json(a) for a in alert_store.find_alerts(connection, limit=limit)]
