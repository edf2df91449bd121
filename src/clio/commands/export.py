"""``clio export FILE``: every stored event matching the filters, as CSV, JSON Lines, Parquet or one
of the field's interchange formats (ICEWS, GDELT 2.0, POLECAT-style JSON Lines)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from clio.commands.options import parse_date
from clio.errors import ClioError
from clio.settings import normalize_db_url

PAGE = 5_000


def command(
    output: Annotated[
        Path, typer.Argument(help="File to write; its suffix picks the format.", dir_okay=False)
    ],
    db: Annotated[
        str, typer.Option("--db", help="SQLAlchemy URL or SQLite file path.", envvar="CLIO_DB")
    ] = "sqlite:///clio.db",
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            help="csv, jsonl, parquet, or the field's formats icews, gdelt (TSV) and polecat (JSON Lines); "
            "default: from the file suffix.",
        ),
    ] = None,
    source: Annotated[str | None, typer.Option(help="Source country (ISO3) or actor code.")] = None,
    target: Annotated[str | None, typer.Option(help="Target country (ISO3) or actor code.")] = None,
    actor: Annotated[str | None, typer.Option(help="Either side: country or actor code.")] = None,
    code: Annotated[str | None, typer.Option(help="CAMEO code or prefix, e.g. 042 or 19.")] = None,
    root: Annotated[str | None, typer.Option(help="CAMEO root, two digits.")] = None,
    plover: Annotated[str | None, typer.Option(help="PLOVER event type, e.g. ASSAULT.")] = None,
    mode: Annotated[str | None, typer.Option(help="PLOVER mode, e.g. heavy-weapons.")] = None,
    context: Annotated[str | None, typer.Option(help="PLOVER context, e.g. military.")] = None,
    quad_class: Annotated[int | None, typer.Option(help="Quad class 1-4.", min=1, max=4)] = None,
    since: Annotated[str | None, typer.Option(help="First day, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last day, YYYY-MM-DD.")] = None,
    limit: Annotated[int | None, typer.Option(help="Write at most N events (default: all).", min=1)] = None,
) -> None:
    """Export stored events to a file: CSV, JSON Lines, Parquet, ICEWS, GDELT or POLECAT, oldest first.

    The file appears only when complete (it is written under a temporary name first).

    Example: clio export ukraine.parquet --actor UKR --since 2022-02-24

    Example: clio export events.tsv --format gdelt
    """
    from clio.exports import FORMATS, export_rows, format_of, write_export
    from clio.query import EventQuery, count_events
    from clio.store import open_database

    chosen = output_format or format_of(output)
    if chosen not in FORMATS:
        raise ClioError(
            f"cannot tell the format of {output.name!r}; name the file .csv, .jsonl or .parquet, "
            f"or pass --format {'|'.join(FORMATS)}"
        )
    if not output.parent.is_dir():
        raise ClioError(f"{output.parent} is not a directory; create it first")
    try:
        query = EventQuery(
            source=source,
            target=target,
            actor=actor,
            cameo=code,
            root=root,
            plover=plover,
            mode=mode,
            context=context,
            quad_class=quad_class,
            since=parse_date(since, "--since"),
            until=parse_date(until, "--until"),
            limit=PAGE,
            order="asc",
        )
    except ValueError as exc:
        raise ClioError(str(exc)) from None
    engine = open_database(normalize_db_url(db))
    total = count_events(engine, query)
    if limit is not None:
        total = min(total, limit)
    rows: Iterator[dict[str, Any]] = itertools.islice(export_rows(engine, query, chosen), total)
    with Progress(
        TextColumn("exporting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), transient=True
    ) as progress:
        task = progress.add_task("events", total=total)
        write_export(_counted(rows, progress, task), output, chosen)
    typer.echo(f"{total} events written to {output} ({chosen})")


def _counted(rows: Iterator[dict[str, Any]], progress: Progress, task: Any) -> Iterator[dict[str, Any]]:
    for number, row in enumerate(rows, start=1):
        if number % 1000 == 0:
            progress.update(task, completed=number)
        yield row
