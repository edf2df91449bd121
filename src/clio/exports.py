"""Event exports: CSV and JSON Lines streamed page by page, Parquet written in row groups, and the
field's interchange formats (ICEWS, GDELT 2.0, POLECAT-style JSON Lines; see clio.interchange).

Shared by the API (``GET /api/events?format=...``) and ``clio export``. ``write_export`` writes a
file through a temporary sibling renamed into place, so an interrupted export never leaves a
partial file under the requested name.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from sqlalchemy import Date, Engine, Float, Integer

from clio import interchange
from clio.analytics import event_json
from clio.query import EventQuery, iter_events
from clio.store import schema

COLUMNS = tuple(c.name for c in schema.events.columns)
MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "jsonl": "application/x-ndjson",
    "parquet": "application/vnd.apache.parquet",
    "icews": "text/tab-separated-values; charset=utf-8",
    "gdelt": "text/tab-separated-values; charset=utf-8",
    "polecat": "application/x-ndjson",
}
FORMATS = tuple(MEDIA_TYPES)
# Formats whose rows carry their article's metadata (clio.interchange.with_articles).
INTERCHANGE = {
    "icews": interchange.icews_lines,
    "gdelt": interchange.gdelt_lines,
    "polecat": interchange.polecat_lines,
}
FILE_SUFFIXES = {"icews": "tsv", "gdelt": "tsv", "polecat": "jsonl"}
ROW_GROUP = 10_000


def csv_lines(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for number, row in enumerate(rows, start=1):
        writer.writerow(row)
        if number % 500 == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def jsonl_lines(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    for row in rows:
        yield json.dumps(event_json(row), ensure_ascii=False, default=str) + "\n"


def _arrow_type(column: Any) -> pa.DataType:
    if isinstance(column.type, Integer):
        return pa.int64()
    if isinstance(column.type, Float):
        return pa.float64()
    if isinstance(column.type, Date):
        return pa.date32()
    return pa.string()


def arrow_schema() -> pa.Schema:
    return pa.schema([(c.name, _arrow_type(c)) for c in schema.events.columns])


def _write_parquet(rows: Iterable[dict[str, Any]], target: Any) -> None:
    table_schema = arrow_schema()
    with pq.ParquetWriter(target, table_schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= ROW_GROUP:
                writer.write_table(pa.Table.from_pylist(batch, schema=table_schema))
                batch = []
        if batch:
            writer.write_table(pa.Table.from_pylist(batch, schema=table_schema))


def parquet_bytes(rows: Iterable[dict[str, Any]]) -> bytes:
    """The rows as one Parquet file (built in memory, written in row groups)."""
    target = pa.BufferOutputStream()
    _write_parquet(rows, target)
    return bytes(target.getvalue().to_pybytes())


def export_rows(engine: Engine, query: EventQuery, output_format: str) -> Iterator[dict[str, Any]]:
    """Every event matching ``query``, with article metadata where ``output_format`` needs it."""
    rows = iter_events(engine, query)
    return interchange.with_articles(engine, rows) if output_format in INTERCHANGE else rows


def text_lines(rows: Iterable[dict[str, Any]], output_format: str) -> Iterator[str]:
    """The lines of a text export (every format but parquet)."""
    if output_format in INTERCHANGE:
        return INTERCHANGE[output_format](rows)
    return csv_lines(rows) if output_format == "csv" else jsonl_lines(rows)


def format_of(path: Path) -> str | None:
    """The export format a file name asks for (``events.parquet`` -> parquet), or None."""
    suffix = path.suffix.lower().lstrip(".")
    return {"ndjson": "jsonl", "pq": "parquet"}.get(suffix, suffix) if suffix else None


def write_export(rows: Iterable[dict[str, Any]], path: Path, output_format: str) -> None:
    """Write ``rows`` to ``path`` in ``output_format`` (one of FORMATS), atomically."""
    if output_format not in FORMATS:
        raise ValueError(f"unknown export format {output_format!r}; use one of {', '.join(FORMATS)}")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        if output_format == "parquet":
            os.close(handle)
            _write_parquet(rows, temporary)
        else:
            lines = text_lines(rows, output_format)
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
                out.writelines(lines)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
