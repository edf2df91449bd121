"""``clio forecast``: the escalation forecast for a dyad or country and the likeliest next events."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from clio.commands.options import parse_date
from clio.errors import ClioError
from clio.settings import normalize_db_url


def command(
    source: Annotated[str, typer.Argument(help="Country (ISO3, e.g. RUS) or actor code (e.g. RUSMIL).")],
    target: Annotated[
        str | None, typer.Argument(help="Target country or actor code: forecast the dyad.")
    ] = None,
    db: Annotated[
        str, typer.Option("--db", help="SQLAlchemy URL or SQLite file path.", envvar="CLIO_DB")
    ] = "sqlite:///clio.db",
    date: Annotated[
        str | None,
        typer.Option("--date", help="Forecast from the events up to this day (default: the latest)."),
    ] = None,
    interval: Annotated[
        str, typer.Option("--interval", help="Period forecast: day, week or month.")
    ] = "week",
    top: Annotated[int, typer.Option("--top", min=1, max=50, help="How many next events to list.")] = 5,
    output_format: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
) -> None:
    """P(material conflict) in the coming period, what drives it, and the likeliest next events.

    Example: clio forecast RUS UKR --date 2024-03-20
    """
    from clio.store import open_database
    from clio.warning.report import forecast_report

    if output_format not in ("table", "json"):
        raise ClioError(f"--format {output_format!r} is not one of table, json")
    engine = open_database(normalize_db_url(db))
    try:
        report = forecast_report(
            engine, source, target, as_of=parse_date(date, "--date"), interval=interval, top=top
        )
    finally:
        engine.dispose()
    if output_format == "json":
        typer.echo(json.dumps(report, ensure_ascii=False))
        return
    name = report["source"] + (f" -> {report['target']}" if report["target"] else "")
    escalation = report["escalation"]
    if escalation is None:
        typer.echo(f"{name}: {report.get('note', 'no forecast')}")
    else:
        typer.echo(
            f"{name} ({report['unit']}), {escalation['interval']} of {escalation['period']} "
            f"(history to {escalation['as_of']}):"
        )
        typer.echo(f"  P(material conflict) = {escalation['probability']:.3f}   model: {escalation['model']}")
        typer.echo(f"  change-point rise score = {escalation['change_score']:.3f}")
        for signal in escalation["signals"]:
            typer.echo(f"  signal: {signal['signal']} ({signal['weight']:+.3f})")
        if escalation["recent"]:
            recent = ", ".join(f"{k} {v}" for k, v in escalation["recent"].items())
            typer.echo(f"  last period: {recent}")
    if report["next_events"]:
        typer.echo(f"Most likely next ({report['entity_model']} model, the day after {report['as_of']}):")
        for event in report["next_events"]:
            typer.echo(
                f"  {event['source']} {event['cameo']} -> {event['target']}  p={event['probability']:.3f} "
                f"(relation share {event['relation_share']:.2f} × target {event['target_probability']:.2f})"
            )
