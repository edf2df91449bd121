"""The ``clio`` command line: thin commands over library functions. Only this module prints."""

from __future__ import annotations

import csv
import gc
import importlib
import importlib.util
import json
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from clio import __version__
from clio.commands.options import parse_date
from clio.errors import ClioError, InputError
from clio.evaluate import TASKS, EvalReport
from clio.settings import Settings, normalize_db_url
from clio.torchless import keep_torch_out

if TYPE_CHECKING:
    from clio.records import ArticleResult

app = typer.Typer(
    name="clio",
    help="Turn dated news articles into political event data (CAMEO/PLOVER) with evidence.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False)

ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model", help="spaCy pipeline to load (default: en_core_web_sm if installed).", envvar="CLIO_MODEL"
    ),
]
DbOption = Annotated[str, typer.Option("--db", help="SQLAlchemy URL or SQLite file path.", envvar="CLIO_DB")]
MaxCharsOption = Annotated[
    int, typer.Option("--max-chars", help="Longest article accepted, in characters.", envvar="CLIO_MAX_CHARS")
]
ActorsOption = Annotated[
    list[Path] | None, typer.Option("--actors", help="Extra actor knowledge-base file (repeatable).")
]
MinConfidenceOption = Annotated[
    float | None,
    typer.Option(
        "--min-confidence",
        min=0.0,
        max=1.0,
        help="Drop events less likely than this to be fully right (default: the calibrated "
        "threshold chosen for precision; 0 keeps every event).",
        envvar="CLIO_MIN_CONFIDENCE",
    ),
]
MaxTokenCharsOption = Annotated[
    int | None,
    typer.Option(
        "--max-token-chars",
        help="Runs without a space longer than this are cut into tokens this long (default 200).",
        envvar="CLIO_MAX_TOKEN_CHARS",
    ),
]
ChunkCharsOption = Annotated[
    int | None,
    typer.Option(
        "--chunk-chars",
        help="Longer articles are coded in chunks cut at paragraphs; bounds memory (default 100000).",
        envvar="CLIO_CHUNK_CHARS",
    ),
]
ArticleTimeoutOption = Annotated[
    float | None,
    typer.Option(
        "--article-timeout",
        help="Seconds one article may take; slower ones are reported and not stored (default 300).",
        envvar="CLIO_ARTICLE_TIMEOUT",
    ),
]
# Control characters (line breaks, terminal escapes) in a message are shown escaped, so a
# message is always one line and input can never drive the terminal.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
LEVEL_STYLES = {"error": "red", "warning": "yellow"}


def one_line(message: str) -> str:
    """``message`` with control characters escaped (``\\n``, ``\\x1b``)."""
    return _CONTROL.sub(lambda match: repr(match.group())[1:-1], message)


def _report(level: str, message: object) -> None:
    """One line on stderr: the level in colour, then ``message`` as plain text (never markup)."""
    err.print(Text.assemble((level, LEVEL_STYLES[level]), " ", one_line(str(message))), soft_wrap=True)


def _version(value: bool) -> None:
    if value:
        out.print(f"clio {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors.")] = False,
) -> None:
    """Clio codes news into events: who did what to whom, when and where.

    Example: clio run articles/ && clio events --source RUS --limit 20
    """


def _settings(
    model: str | None,
    db: str = "sqlite:///clio.db",
    max_chars: int = 1_000_000,
    actors: list[Path] | None = None,
    min_confidence: float | None = None,
    *,
    max_token_chars: int | None = None,
    chunk_chars: int | None = None,
    article_timeout: float | None = None,
) -> Settings:
    settings = Settings.from_env(
        model=model,
        db_url=normalize_db_url(db),
        max_chars=max_chars,
        actor_files=tuple(actors or ()),
        min_confidence=min_confidence,
        max_token_chars=max_token_chars,
        chunk_chars=chunk_chars,
        article_timeout=article_timeout,
    )
    # Before any pipeline is built: spaCy would import PyTorch, which rules mode never uses.
    keep_torch_out(settings.mode, settings.model)
    return settings


def _emit(result: ArticleResult) -> bool:
    """Write one article's JSON line on stdout as UTF-8; False (and an error line) if it cannot be."""
    try:
        line = (json.dumps(result.to_dict(), ensure_ascii=False) + "\n").encode("utf-8")
    except (ValueError, TypeError) as exc:  # UnicodeEncodeError is a ValueError
        _report("error", f"{result.article.location}: cannot print the result ({type(exc).__name__}: {exc})")
        return False
    stdout = getattr(sys.stdout, "buffer", None)
    if stdout is None:
        sys.stdout.write(line.decode("utf-8"))
    else:
        sys.stdout.flush()
        stdout.write(line)
    return True


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")],
    model: ModelOption = None,
    max_chars: MaxCharsOption = 1_000_000,
    actors: ActorsOption = None,
    min_confidence: MinConfidenceOption = None,
    max_token_chars: MaxTokenCharsOption = None,
    chunk_chars: ChunkCharsOption = None,
    article_timeout: ArticleTimeoutOption = None,
) -> None:
    """Print one JSON object per article (JSON Lines) on stdout; nothing is stored.

    An input or article that fails is one error line on stderr; the others are still printed,
    and the exit status is 1.

    Example: clio extract articles/ > events.jsonl

    Example: clio extract --min-confidence 0 articles/ > every-event.jsonl
    """
    from clio.pipeline import extract_paths

    settings = _settings(
        model,
        max_chars=max_chars,
        actors=actors,
        min_confidence=min_confidence,
        max_token_chars=max_token_chars,
        chunk_chars=chunk_chars,
        article_timeout=article_timeout,
    )
    failed = False
    for item in extract_paths(paths, settings):
        if isinstance(item, InputError):
            failed = True
            _report("error", item)
        elif not _emit(item):
            failed = True
    sys.stdout.flush()
    if failed:
        raise typer.Exit(1)


@app.command()
def run(
    paths: Annotated[
        list[str] | None, typer.Argument(help="Inputs (default: the bundled sample corpus).")
    ] = None,
    db: DbOption = "sqlite:///clio.db",
    model: ModelOption = None,
    max_chars: MaxCharsOption = 1_000_000,
    actors: ActorsOption = None,
    min_confidence: MinConfidenceOption = None,
    engine: Annotated[str, typer.Option("--engine", help="Where to extract: local or dask.")] = "local",
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", help="Dask scheduler address (default: a local cluster).")
    ] = None,
    workers: Annotated[
        int | None, typer.Option("--workers", help="Dask workers (default: one per core).")
    ] = None,
    watch: Annotated[
        Path | None, typer.Option("--watch", help="Keep coding files as they arrive in DIR (Ctrl-C stops).")
    ] = None,
    on_alert: Annotated[
        str | None,
        typer.Option(
            "--on-alert", help="Shell command run once per new escalation alert, its JSON on stdin."
        ),
    ] = None,
    watchlist: Annotated[
        Path | None,
        typer.Option("--watchlist", help="TOML/YAML file: the dyads, countries and thresholds to alert on."),
    ] = None,
    max_token_chars: MaxTokenCharsOption = None,
    chunk_chars: ChunkCharsOption = None,
    article_timeout: ArticleTimeoutOption = None,
) -> None:
    """Ingest, extract and store articles; rerunning skips what is already stored.

    With - as the only input, codes a continuous JSON Lines feed from stdin until it ends.
    Ctrl-C stops after the current batch. An input or article that fails is one error line
    (and a row in ingest_errors); the rest is stored, the exit status is 1, and a rerun tries
    the failed articles again. Escalation alerts are raised at the end of the run (with --watch
    or a stdin feed: after every stored batch); --on-alert runs a command per new alert.

    Example: clio run news/2023/ --db clio.db --engine dask --workers 4
    Example: clio run --watch inbox/ --on-alert 'mail -s "Clio alert" desk@example.org'
    """
    settings = _settings(
        model,
        db,
        max_chars,
        actors,
        min_confidence,
        max_token_chars=max_token_chars,
        chunk_chars=chunk_chars,
        article_timeout=article_timeout,
    )
    if engine == "dask" and scheduler is None and (workers is None or workers > 0):
        # First thing: the workers' fork server builds the pipeline while this process imports
        # Dask and the store and opens the database (see clio.prefork).
        # (clio.coding is already loaded; clio.runs would import the pipeline module and numpy first)
        from clio.coding import DEFAULT_NLP_FACTORY
        from clio.prefork import start_worker_server

        start_worker_server(settings, DEFAULT_NLP_FACTORY)
    from clio.readers import sample_corpus_path
    from clio.runs import run_inputs
    from clio.store import Store
    from clio.watch import stop_on_interrupt

    inputs = paths or [str(sample_corpus_path())]
    store = Store.open(settings.db_url)
    alerts = _alert_watcher(store, watchlist, on_alert)
    streaming = watch is not None or list(inputs) == ["-"]
    if streaming:
        store.listeners.append(lambda new_events: alerts.check() if new_events else None)
    progress = Progress(
        SpinnerColumn(),
        TextColumn("coding articles"),
        BarColumn(),
        TextColumn("{task.completed}"),
        TimeElapsedColumn(),
        console=err,
        disable=not err.is_terminal,
        transient=True,
    )
    try:
        with progress, stop_on_interrupt(lambda: err.print("Stopping after the current batch...")) as stop:
            task = progress.add_task("run", total=None)
            summary = run_inputs(
                inputs,
                settings,
                store,
                engine=engine,
                scheduler=scheduler,
                workers=workers,
                watch=watch,
                stdin=sys.stdin.buffer,
                stop=stop,
                progress=lambda n: progress.advance(task, n),
            )
    except KeyboardInterrupt:
        err.print("Stopped. Batches already stored are kept; run the same command again to resume.")
        raise typer.Exit(130) from None
    else:
        if not streaming:
            alerts.check()
    finally:
        store.close()
    for message in (*summary.input_errors, *summary.failed_articles):
        _report("error", message)
    _print_summary(summary, settings.db_url)
    if alerts.raised:
        out.print(f"{len(alerts.raised)} new alerts; `clio alerts` lists them with the events behind them")
    if summary.failed:
        raise typer.Exit(1)


MAX_ALERT_LINES = 10


def _alert_watcher(store: Any, watchlist: Path | None, on_alert: str | None) -> Any:
    """Raises alerts on ``store``; prints each new one and runs ``on_alert`` for it."""
    from clio.warning.alerts import AlertWatcher
    from clio.warning.hooks import CommandHook
    from clio.warning.watchlist import Watchlist, load_watchlist

    def warn(message: str) -> None:
        err.print(f"[yellow]warning[/yellow] {message}", markup=True, highlight=False)

    shown = [0]

    def announce(alert: dict[str, Any]) -> None:
        shown[0] += 1
        name = alert["source"] + (f" -> {alert['target']}" if alert["target"] else "")
        if shown[0] <= MAX_ALERT_LINES:
            events = len(alert["evidence"])
            err.print(
                f"alert {alert['level']}: {name} ({alert['unit'].replace('_', ' ')}) "
                f"P={alert['probability']:.2f} for the {alert['interval']} of "
                f"{alert['period']} ({events} event{'s' if events != 1 else ''} behind it)",
                markup=False,
                highlight=False,
                soft_wrap=True,
            )
        if hook is not None:
            hook(alert)

    hook = CommandHook(on_alert, on_error=warn) if on_alert else None
    follow = load_watchlist(watchlist) if watchlist else Watchlist()
    return AlertWatcher(store.engine, follow, on_alert=announce, on_error=warn)


def _print_summary(summary: Any, db_url: str) -> None:
    out.print(
        f"Read {summary.read} articles: stored {summary.stored}, skipped {summary.duplicates} "
        f"already stored or duplicate; {summary.events} events; {len(summary.input_errors)} input errors; "
        f"{len(summary.failed_articles)} articles not stored -> {db_url}",
        markup=False,
    )
    if summary.events_by_root:
        table = Table(title="Events by CAMEO root")
        table.add_column("root")
        table.add_column("events", justify="right")
        for root, count in sorted(summary.events_by_root.items()):
            table.add_row(root, str(count))
        out.print(table)
    if summary.dyads:
        table = Table(title="Top dyads")
        table.add_column("source")
        table.add_column("target")
        table.add_column("events", justify="right")
        for (source, target), count in summary.dyads.most_common(10):
            table.add_row(source, target, str(count))
        out.print(table)
    for message in summary.stage_errors[:20]:
        _report("warning", message)
    if len(summary.stage_errors) > 20:
        _report(
            "warning", f"... and {len(summary.stage_errors) - 20} more warnings in the ingest_errors table"
        )
    if summary.undated:
        _report(
            "warning",
            f"{summary.undated} articles have no usable date, so their relative dates stay unresolved"
            " (the ingest_errors table says why for each)",
        )


EVENT_COLUMNS = (
    "day",
    "date",
    "source_code",
    "cameo",
    "target_code",
    "plover",
    "quad_class",
    "goldstein",
    "sentence",
    "article_id",
    "id",
)


@app.command()
def events(
    db: DbOption = "sqlite:///clio.db",
    source: Annotated[
        str | None, typer.Option(help="Source country (ISO3) or actor code, e.g. RUS or RUSMIL.")
    ] = None,
    target: Annotated[str | None, typer.Option(help="Target country (ISO3) or actor code.")] = None,
    code: Annotated[str | None, typer.Option(help="CAMEO code or prefix, e.g. 042 or 19.")] = None,
    root: Annotated[str | None, typer.Option(help="CAMEO root, two digits.")] = None,
    since: Annotated[str | None, typer.Option(help="First day, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last day, YYYY-MM-DD.")] = None,
    limit: Annotated[int, typer.Option(help="Rows to show (1-10000).")] = 50,
    output_format: Annotated[str, typer.Option("--format", help="table, csv or jsonl.")] = "table",
) -> None:
    """Query stored events.

    Example: clio events --source USA --target CHN --root 04 --since 2023-01-01 --format csv
    """
    from clio.query import EventQuery, find_events
    from clio.store import open_database

    if output_format not in ("table", "csv", "jsonl"):
        raise ClioError(f"--format {output_format!r} is not one of table, csv, jsonl")
    try:
        query = EventQuery(
            source=source,
            target=target,
            cameo=code,
            root=root,
            since=parse_date(since, "--since"),
            until=parse_date(until, "--until"),
            limit=limit,
        )
    except ValueError as exc:
        raise ClioError(str(exc)) from None
    rows = find_events(open_database(normalize_db_url(db)), query)
    if output_format == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps(row, default=str, ensure_ascii=False) + "\n")
    elif output_format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=EVENT_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    else:
        width = max(out.width, 100)
        out.print(
            f"{'day':<10}  {'source':<9} {'cameo':<5} {'target':<9} {'gold':>5}  sentence", markup=False
        )
        for row in rows:
            line = (
                f"{row['day'] or ''!s:<10}  {row['source_code']:<9} {row['cameo']:<5} "
                f"{row['target_code'] or '-':<9} "
                f"{row['goldstein']:+5.1f}  {one_line(' '.join(row['sentence'].split()))}"
            )
            out.print(line if len(line) <= width else line[: width - 1] + "…", markup=False)
        out.print(f"{len(rows)} events")


@app.command(name="eval")
def evaluate(
    task: Annotated[str, typer.Argument(help=f"What to score: {', '.join((*TASKS, *WARNING_TASKS))}.")],
    gold: Annotated[
        Path | None,
        typer.Option(
            "--gold", help="Gold JSON Lines file (for articles: a gold folder or gold.jsonl).", exists=True
        ),
    ] = None,
    model: ModelOption = None,
    limit: Annotated[int | None, typer.Option(help="Score only the first N records.")] = None,
    show_errors: Annotated[bool, typer.Option("--errors", help="List the misses.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    min_confidence: MinConfidenceOption = None,
    data: Annotated[
        Path | None, typer.Option("--data", help="forecast: an ICEWS-format folder (train/valid/test.txt).")
    ] = None,
    predictions: Annotated[
        Path | None,
        typer.Option("--predictions", help="forecast: write every test query's ranking here (.jsonl[.gz])."),
    ] = None,
    weekly: Annotated[
        Path | None, typer.Option("--weekly", help="alerts: a weekly dyad counts CSV (weekly_dyads.csv).")
    ] = None,
) -> None:
    """Score Clio against a gold file, or its forecasts against event data.

    Example: clio eval events --gold ../shared/benchmarks/events/petr2_validation.jsonl --errors

    Example: clio eval articles --gold ../shared/benchmarks/events/wire_articles_dev --errors

    Example: clio eval forecast --data ../shared/benchmarks/forecast/icews14 --predictions preds.jsonl.gz

    Example: clio eval alerts --weekly ../shared/benchmarks/forecast/icews14/weekly_dyads.csv --json
    """
    if task in WARNING_TASKS:
        _evaluate_warning(task, data=data, predictions=predictions, weekly=weekly, as_json=as_json)
        return
    if task not in TASKS:
        raise ClioError(f"unknown task {task!r}; choose one of {', '.join((*TASKS, *WARNING_TASKS))}")
    if gold is None:
        raise ClioError(f"clio eval {task} needs --gold FILE")
    module_name = f"clio.evaluate.{task}"
    if importlib.util.find_spec(module_name) is None:
        raise ClioError(f"no scorer for {task!r} is installed in this version")
    scorer = importlib.import_module(module_name)
    report: EvalReport = scorer.evaluate(gold, _settings(model, min_confidence=min_confidence), limit=limit)
    if as_json:
        out.print_json(json.dumps(report.to_dict()))
        return
    _print_report(report, show_errors)


WARNING_TASKS = ("forecast", "alerts")


def _evaluate_warning(
    task: str, *, data: Path | None, predictions: Path | None, weekly: Path | None, as_json: bool
) -> None:
    """``clio eval forecast`` (entity forecasting) and ``clio eval alerts`` (escalation)."""
    if task == "forecast":
        if data is None:
            raise ClioError(
                "clio eval forecast needs --data DIR "
                "(train.txt, valid.txt, test.txt, entity2id.txt, relation2id.txt)"
            )
        from clio.forecast.evaluate import evaluate_forecast

        log = None if as_json else (lambda message: err.print(message, markup=False, highlight=False))
        report = evaluate_forecast(data, predictions=predictions, log=log)
    else:
        if weekly is None:
            raise ClioError(
                "clio eval alerts needs --weekly FILE (weekly dyad counts, e.g. weekly_dyads.csv)"
            )
        from clio.warning.weekly import evaluate_weekly

        report = evaluate_weekly(weekly)
    if as_json:
        sys.stdout.write(json.dumps(report) + "\n")
        return
    _print_nested(report)


def _print_nested(report: dict[str, Any], indent: str = "") -> None:
    for key, value in report.items():
        if isinstance(value, dict):
            out.print(f"{indent}{key}:", markup=False)
            _print_nested(value, indent + "  ")
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            out.print(f"{indent}{key}:", markup=False)
            for item in value:
                out.print(
                    f"{indent}  - "
                    + ", ".join(f"{k}={v}" for k, v in item.items() if not isinstance(v, dict)),
                    markup=False,
                )
        else:
            out.print(f"{indent}{key}: {value}", markup=False)


def _print_report(report: EvalReport, show_errors: bool) -> None:
    out.print(Text.assemble((report.task, "bold"), f" on {report.gold}"))
    for name, value in report.metrics.items():
        out.print(
            f"  {name:<32} {value:.3f}" if isinstance(value, float) else f"  {name:<32} {value}", markup=False
        )
    if report.breakdown:
        table = Table(title="breakdown")
        metric_names = sorted({m for scores in report.breakdown.values() for m in scores})
        table.add_column("category")
        for name in metric_names:
            table.add_column(name, justify="right")
        for category, scores in sorted(report.breakdown.items()):
            table.add_row(
                category,
                *(
                    f"{scores.get(m, 0):.3f}" if isinstance(scores.get(m), float) else str(scores.get(m, ""))
                    for m in metric_names
                ),
            )
        out.print(table)
    for note in report.notes:
        out.print(f"  note: {note}", markup=False)
    if show_errors:
        for line in report.errors:
            out.print(line, markup=False)


def _add_command_groups() -> None:
    """Command groups live in clio.commands.<group>, each a Typer app named ``app``."""
    for group in ("actors", "export", "serve", "alerts", "forecast"):
        module_name = f"clio.commands.{group}"
        if importlib.util.find_spec(module_name) is not None:
            module = importlib.import_module(module_name)
            if isinstance(getattr(module, "app", None), typer.Typer):
                app.add_typer(module.app, name=group)
            elif callable(getattr(module, "command", None)):
                app.command(name=group)(module.command)


_add_command_groups()


def main() -> None:
    """Entry point: user errors are one line on stderr (a traceback only with --debug)."""
    debug = "--debug" in sys.argv
    try:
        app()
    except ClioError as exc:
        if debug:
            raise
        _report("error", exc)
        sys.exit(1)
    finally:
        # Python's last collections at exit walk every object still alive (the model, the tables,
        # each imported module): 0.3-0.5 s after `clio run` had finished. Frozen objects are
        # skipped; they are freed with the process. Files are closed by their `with` blocks.
        gc.freeze()


if __name__ == "__main__":
    main()
