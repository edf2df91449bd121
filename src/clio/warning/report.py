"""What ``clio forecast`` and ``GET /api/forecast`` answer for one unit: the escalation forecast
for the coming period with its signals, and the likeliest next events (entity forecasting)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Engine

from clio.errors import ClioError
from clio.forecast.live import next_events
from clio.store.series import unit_of
from clio.store.triples import dated_triples
from clio.warning.alerts import forecasts, latest_day
from clio.warning.watchlist import INTERVALS


def forecast_report(
    engine: Engine,
    source: str,
    target: str | None = None,
    *,
    as_of: dt.date | None = None,
    interval: str = "week",
    top: int = 5,
) -> dict[str, Any]:
    """The forecast for SOURCE (a country or actor code) or the directed dyad SOURCE -> TARGET,
    from the events up to ``as_of`` (default: the last day with events)."""
    if interval not in INTERVALS:
        raise ClioError(f"interval must be one of {', '.join(INTERVALS)}, not {interval!r}")
    unit, source, target_code = unit_of(source, target)
    as_of = as_of or latest_day(engine)
    report: dict[str, Any] = {
        "unit": unit,
        "source": source,
        "target": target_code or None,
        "as_of": None,
        "escalation": None,
        "next_events": [],
        "entity_model": None,
    }
    if as_of is None:
        report["note"] = "the database holds no dated events yet; run `clio run` first"
        return report
    report["as_of"] = as_of.isoformat()
    found = forecasts(engine, interval=interval, as_of=as_of, units=(unit,), keys={(source, target_code)})
    if found:
        report["escalation"] = found[0].as_dict()
    else:
        report["note"] = f"no events of {source}{' -> ' + target_code if target_code else ''} before {as_of}"
    with engine.connect() as connection:
        triples = dated_triples(connection, until=as_of)
    if unit in ("actor", "dyad") or (unit == "country" and any(t[0] == source for t in triples)):
        events, model = next_events(triples, source, as_of=as_of, target=target_code or None, top=top)
        report["next_events"] = [e.as_dict() for e in events]
        report["entity_model"] = model
    return report
