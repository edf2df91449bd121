"""``clio export``: every matching event to CSV, JSON Lines or Parquet, atomically."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from clio.cli import app
from clio.exports import format_of, write_export
from clio.query import EventQuery, count_events, find_events
from tests.api_corpus import build

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "clio.db"
    build(f"sqlite:///{path}")
    return path


def all_ids(db: Path) -> list[str]:
    store = build(f"sqlite:///{db}")  # idempotent: the same five articles again
    return [row["id"] for row in find_events(store.engine, EventQuery(limit=1000, order="asc"))]


@pytest.mark.parametrize("suffix", ["csv", "jsonl", "parquet"])
def test_every_event_is_written_in_the_format_the_suffix_names(db: Path, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"events.{suffix}"
    done = runner.invoke(app, ["export", str(out), "--db", str(db)])
    assert done.exit_code == 0, done.output
    if suffix == "csv":
        with out.open(encoding="utf-8", newline="") as handle:
            ids = [row["id"] for row in csv.DictReader(handle)]
    elif suffix == "jsonl":
        ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    else:
        ids = pq.read_table(out).column("id").to_pylist()
    expected = all_ids(db)
    assert ids == expected and len(ids) >= 5
    assert f"{len(ids)} events written" in done.output


def test_filters_and_limit_apply(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "rus.jsonl"
    done = runner.invoke(app, ["export", str(out), "--db", str(db), "--source", "RUS", "--limit", "1"])
    assert done.exit_code == 0, done.output
    [line] = out.read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["source_country"] == "RUS"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "events.txt"], "cannot tell the format"),
        (["export", "events.csv", "--since", "last week"], "YYYY-MM-DD"),
        (["export", "missing/dir/events.csv"], "not a directory"),
    ],
)
def test_bad_requests_are_clear_errors(db: Path, tmp_path: Path, args: list[str], message: str) -> None:
    args = [args[0], str(tmp_path / args[1]), *args[2:], "--db", str(db)]
    done = runner.invoke(app, args)
    assert done.exit_code != 0
    assert message in str(done.exception) + done.output


def test_an_interrupted_export_leaves_no_file(tmp_path: Path) -> None:
    def rows_then_failure() -> Iterator[dict[str, Any]]:
        yield {"id": "e1"}
        raise KeyboardInterrupt

    out = tmp_path / "events.jsonl"
    with pytest.raises(KeyboardInterrupt):
        write_export(rows_then_failure(), out, "jsonl")
    assert list(tmp_path.iterdir()) == []


def test_format_from_suffix_and_count() -> None:
    assert [format_of(Path(p)) for p in ("a.CSV", "b.ndjson", "c.parquet", "d")] == [
        "csv",
        "jsonl",
        "parquet",
        None,
    ]
    store = build("sqlite://")
    assert count_events(store.engine, EventQuery(limit=1)) == len(
        find_events(store.engine, EventQuery(limit=1000))
    )
