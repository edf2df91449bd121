"""``clio alerts``: raise and list escalation alerts, each with the signals and events behind it."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from clio.commands.options import parse_date
from clio.errors import ClioError
from clio.settings import normalize_db_url

CSV_COLUMNS = (
    "id",
    "period",
    "interval",
    "unit",
    "source",
    "target",
    "level",
    "probability",
    "change_score",
    "threshold",
    "model",
    "as_of",
    "signals",
    "evidence",
)


def _flat(alert: dict[str, Any]) -> dict[str, Any]:
    row = dict(alert)
    row["signals"] = "; ".join(f"{s['signal']} ({s['weight']:+.2f})" for s in alert["signals"]["signals"])
    row["evidence"] = " | ".join(
        f"{e['id']} {e['day']} {e['cameo']}: {' '.join(e['sentence'].split())}" for e in alert["evidence"]
    )
    return row


def command(
    db: Annotated[
        str, typer.Option("--db", help="SQLAlchemy URL or SQLite file path.", envvar="CLIO_DB")
    ] = "sqlite:///clio.db",
    since: Annotated[
        str | None, typer.Option("--since", help="Alerts for periods from this day on, YYYY-MM-DD.")
    ] = None,
    watchlist: Annotated[
        Path | None,
        typer.Option("--watchlist", help="TOML or YAML file of dyads, countries and thresholds to follow."),
    ] = None,
    source: Annotated[
        str | None, typer.Option("--source", help="Only alerts naming this country or actor code.")
    ] = None,
    refresh: Annotated[
        bool, typer.Option("--refresh/--no-refresh", help="Forecast now and store new alerts before listing.")
    ] = True,
    limit: Annotated[int, typer.Option("--limit", min=1, max=10000, help="Alerts to list.")] = 50,
    output_format: Annotated[str, typer.Option("--format", help="table, csv or jsonl.")] = "table",
) -> None:
    """List escalation alerts (newest period first) with the signals and events behind each.

    Example: clio alerts --since 2024-03-01 --watchlist watch.toml --format jsonl
    """
    from clio.store import open_database
    from clio.store.alerts import find_alerts
    from clio.warning.alerts import alert_json, raise_alerts
    from clio.warning.watchlist import Watchlist, load_watchlist

    if output_format not in ("table", "csv", "jsonl"):
        raise ClioError(f"--format {output_format!r} is not one of table, csv, jsonl")
    follow = load_watchlist(watchlist) if watchlist else Watchlist()
    first = parse_date(since, "--since")
    engine = open_database(normalize_db_url(db))
    try:
        if refresh:
            raise_alerts(engine, follow)
        with engine.connect() as connection:
            stored = find_alerts(connection, since=first, source=source, limit=10_000)
    finally:
        engine.dispose()
    shown = []
    for alert in stored:
        limits = follow.thresholds(alert["source"], alert["target"])
        if limits is None or (alert["probability"] < limits[0] and alert["change_score"] < limits[1]):
            continue
        shown.append(alert_json(alert))
        if len(shown) >= limit:
            break
    if output_format == "jsonl":
        for alert in shown:
            sys.stdout.write(json.dumps(alert, ensure_ascii=False) + "\n")
        return
    if output_format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=CSV_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(_flat(a) for a in shown)
        return
    for alert in shown:
        name = alert["source"] + (f" -> {alert['target']}" if alert["target"] else "")
        typer.echo(
            f"{alert['period']}  {alert['level']:<8} {name:<20} P={alert['probability']:.2f} "
            f"rise={alert['change_score']:.2f}  ({alert['unit']}, {alert['interval']}, "
            f"history to {alert['as_of']}; id {alert['id'][:12]})"
        )
        for signal in alert["signals"]["signals"][:3]:
            typer.echo(f"    signal: {signal['signal']} ({signal['weight']:+.2f})")
        for event in alert["evidence"][:5]:
            sentence = " ".join(event["sentence"].split())
            dyad = f"{event['source_code']}->{event['target_code'] or '-'}"
            typer.echo(
                f"    event {event['id'][:12]} {event['day']} {event['cameo']} {dyad}: {sentence[:140]}"
            )
    typer.echo(f"{len(shown)} alerts")
