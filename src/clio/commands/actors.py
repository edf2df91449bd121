"""``clio actors``: look up how a name resolves, import PETRARCH/TABARI dictionaries."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated

import typer

from clio.actors.kb import KnowledgeBase, entry_to_dict
from clio.actors.lookup import explain
from clio.actors.petrarch import import_agents, import_dictionary, is_place_block
from clio.errors import InputError

app = typer.Typer(help="Actor knowledge base: look names up, import PETRARCH/TABARI dictionaries.")


@app.command()
def lookup(
    name: Annotated[str, typer.Argument(help="A name or alias, e.g. 'Putin' or 'the Kremlin'.")],
    date: Annotated[
        str | None, typer.Option("--date", help="Article date YYYY-MM-DD (default: latest role).")
    ] = None,
    actors: Annotated[list[Path] | None, typer.Option("--actors", help="Extra KB file(s) (JSONL).")] = None,
) -> None:
    """Show how NAME resolves on a date, and why.

    Example: clio actors lookup "Boris Johnson" --date 2021-03-01
    """
    day = None
    if date:
        try:
            day = dt.date.fromisoformat(date)
        except ValueError as exc:
            raise InputError("--date", f"{date!r} is not a date", "use YYYY-MM-DD") from exc
    kb = KnowledgeBase.load(actors or ())
    candidates = explain(kb, name, day)
    if not candidates:
        typer.echo(f"{name!r}: not in the knowledge base ({len(kb)} entries)")
        raise typer.Exit(code=1)
    for candidate in candidates:
        mark = "=>" if candidate.chosen else "  "
        typer.echo(f"{mark} {candidate.code:<10} {candidate.name} [{candidate.kind}] — {candidate.reason}")
        typer.echo(f"   roles: {'; '.join(candidate.roles)}")
        typer.echo(f"   from:  {candidate.source}")


@app.command("import")
def import_(
    file: Annotated[
        Path, typer.Argument(help="A PETRARCH/TABARI .actors (or, with --agents, .agents) file.")
    ],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write JSONL here (default stdout).")
    ] = None,
    agents: Annotated[bool, typer.Option("--agents", help="The file is an agents dictionary.")] = False,
    skip_place_names: Annotated[
        bool, typer.Option("--skip-place-names", help="Leave out entries coded with a bare country code.")
    ] = False,
    encoding: Annotated[str, typer.Option(help="Text encoding of FILE.")] = "latin-1",
) -> None:
    """Convert a PETRARCH/TABARI dictionary to Clio's actor KB format (JSON Lines).

    Example: clio actors import Phoenix.Countries.actors.txt -o my_actors.jsonl
    Use the result with `clio extract --actors my_actors.jsonl`.
    """
    if not file.is_file():
        raise InputError(str(file), "no such file", "give the path of a .actors or .agents file")
    with file.open(encoding=encoding) as handle:
        if agents:
            table, problems = import_agents(handle, source=file.name)
            lines = [json.dumps({"phrase": k, "code": v}) for k, v in sorted(table.items())]
        else:
            result = import_dictionary(handle, source=file.name)
            problems = result.problems
            entries = [e for e in result.entries if not (skip_place_names and is_place_block(e))]
            lines = [json.dumps(entry_to_dict(e), ensure_ascii=False) for e in entries]
    text = "\n".join(lines) + ("\n" if lines else "")
    if output is None:
        typer.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
    for problem in problems:
        typer.echo(f"warning: {problem}", err=True)
    typer.echo(f"{len(lines)} entries, {len(problems)} lines skipped", err=True)
