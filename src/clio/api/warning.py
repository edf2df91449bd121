"""Early warning on the web: ``GET /api/alerts``, ``GET /api/forecast`` and the alert page
(``/alerts/{id}``: the unit's series with the alert's period marked and the events behind it)."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.concurrency import run_in_threadpool

from clio.store.alerts import find_alerts
from clio.store.series import load_series, period_of, unit_of
from clio.warning.alerts import alert_json
from clio.warning.report import forecast_report

router = APIRouter()
Code = Annotated[str, Query(pattern=r"^[A-Za-z0-9]{3,32}$", description="Country (ISO3) or actor code.")]
CHART_PERIODS = 26
FORECAST_CACHE = 64
SOURCE_UNIT = {"dyad": "actor", "country_dyad": "country"}  # whose volume a dyad's share is of
FORECAST_CACHE = 64
SOURCE_UNIT = {"dyad": "actor", "country_dyad": "country"}  # whose volume a dyad's share is of
BAR_STEP = 30


@router.get(
    "/api/alerts", summary="Escalation alerts, latest period first, each with its signals and evidence"
)
def list_alerts(
    request: Request,
    since: Annotated[dt.date | None, Query(description="Alerts for periods from this day on.")] = None,
    source: Annotated[
        str | None,
        Query(pattern=r"^[A-Za-z0-9]{3,32}$", description="Alerts naming this code (either side)."),
    ] = None,
    target: Annotated[
        str | None, Query(pattern=r"^[A-Za-z0-9]{3,32}$", description="With source: this directed dyad only.")
    ] = None,
    level: Annotated[
        Literal["high", "elevated", "rising"] | None, Query(description="Only this level.")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> JSONResponse:
    with request.app.state.engine.connect() as connection:
        found = find_alerts(
            connection, since=since, source=source, target=target, limit=limit if level is None else 10_000
        )
    if level is not None:
        found = [a for a in found if a["level"] == level][:limit]
    return JSONResponse({"count": len(found), "alerts": [alert_json(a) for a in found]})


@router.get(
    "/api/forecast",
    summary="P(material conflict next period) of a country or dyad, its signals, the likeliest next events",
)
async def forecast(
    request: Request,
    source: Code,
    target: Annotated[
        str | None, Query(pattern=r"^[A-Za-z0-9]{3,32}$", description="Target: forecast the directed dyad.")
    ] = None,
    date: Annotated[
        dt.date | None, Query(description="Use the events up to this day (default: the latest).")
    ] = None,
    interval: Literal["day", "week", "month"] = "week",
    top: Annotated[int, Query(ge=1, le=50)] = 5,
) -> JSONResponse:
    # Entity forecasting trains on the stored events: answers are kept until the events change.
    state = request.app.state
    if not hasattr(state, "forecasts"):
        state.forecasts = OrderedDict()
    key = (source.upper(), (target or "").upper(), date, interval, top, state.stats.get().get("events"))
    report = state.forecasts.get(key)
    if report is None:
        report = await run_in_threadpool(
            forecast_report, state.engine, source, target, as_of=date, interval=interval, top=top
        )
        state.forecasts[key] = report
        while len(state.forecasts) > FORECAST_CACHE:
            state.forecasts.popitem(last=False)
    return JSONResponse(report)


@router.get(
    "/api/series",
    summary="Counts per period of a country, actor or dyad by quad class and CAMEO root, with volume shares",
)
def series(
    request: Request,
    source: Code,
    target: Annotated[
        str | None, Query(pattern=r"^[A-Za-z0-9]{3,32}$", description="Target: the directed dyad's series.")
    ] = None,
    interval: Literal["day", "week", "month"] = "week",
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> JSONResponse:
    unit, code, target_code = unit_of(source, target)
    with request.app.state.engine.connect() as connection:
        rows = load_series(connection, interval=interval, unit=unit, until=until, key=(code, target_code))
        corpus = load_series(connection, interval=interval, unit="corpus", until=until, key=("", ""))
        own = (
            load_series(connection, interval=interval, unit=SOURCE_UNIT[unit], until=until, key=(code, ""))
            if target_code
            else []
        )
    corpus_events = {r["period"]: r["events"] for r in corpus}
    source_events = {r["period"]: r["events"] for r in own}
    out = []
    for row in rows:
        if since is not None and row["period"] < since:
            continue
        item = {k: v for k, v in row.items() if k not in ("interval", "unit", "source", "target")}
        item["period"] = row["period"].isoformat()
        item["share_of_corpus"] = (
            round(row["events"] / corpus_events[row["period"]], 6)
            if corpus_events.get(row["period"])
            else None
        )
        if target_code:
            total = source_events.get(row["period"])
            item["share_of_source"] = round(row["events"] / total, 6) if total else None
        out.append(item)
    return JSONResponse(
        {"unit": unit, "source": code, "target": target_code or None, "interval": interval, "series": out}
    )


def _chart(rows: list[dict[str, Any]], interval: str, marked: dt.date) -> dict[str, Any]:
    """Bars for an inline SVG: the last CHART_PERIODS periods before the alert's (quiet periods
    as zero), all events behind, conflict in front; the alert's period is the marked slot."""
    by_period = {r["period"]: r for r in rows if r["period"] < marked}
    periods: list[dt.date] = []
    current = marked
    for _ in range(CHART_PERIODS):
        current = period_of(current - dt.timedelta(days=1), interval)
        if by_period and current < min(by_period):
            break
        periods.insert(0, current)
    peak = max((r["events"] for r in by_period.values()), default=0) or 1
    bars = []
    for i, period in enumerate(periods):
        r = by_period.get(period, {"events": 0, "quad3": 0, "quad4": 0})
        conflict = r["quad3"] + r["quad4"]
        bars.append(
            {
                "x": i * BAR_STEP,
                "period": period.isoformat(),
                "events": r["events"],
                "conflict": conflict,
                "material": r["quad4"],
                "height": round(120 * r["events"] / peak, 1),
                "conflict_height": round(120 * conflict / peak, 1),
                "material_height": round(120 * r["quad4"] / peak, 1),
            }
        )
    marked_x = len(bars) * BAR_STEP
    return {"bars": bars, "width": marked_x + BAR_STEP + 150, "marked_x": marked_x, "bar": BAR_STEP - 6}


@router.get("/alerts/{alert_id}", response_class=HTMLResponse, include_in_schema=False)
def alert_page(request: Request, alert_id: Annotated[str, Path(max_length=40)]) -> HTMLResponse:
    engine = request.app.state.engine
    with engine.connect() as connection:
        found = find_alerts(connection, ids=[alert_id], limit=1)
        if not found:
            raise HTTPException(404, f"no alert with id {alert_id!r}")
        alert = found[0]
        rows = load_series(
            connection, interval=alert["interval"], unit=alert["unit"], key=(alert["source"], alert["target"])
        )
    response: HTMLResponse = request.app.state.templates.TemplateResponse(
        request,
        "alert.html",
        {
            "alert": alert_json(alert),
            "chart": _chart(rows, alert["interval"], alert["period"]),
            "period": alert["period"].isoformat(),
        },
    )
    return response
