"""Event exports: CSV and JSON Lines streamed page by page, Parquet written in row groups.

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
from sqlalchemy import Date, Float, Integer

from clio.analytics import event_json
from clio.store import schema

COLUMNS = tuple(c.name for c in schema.events.columns)
MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "jsonl": "application/x-ndjson",
    "parquet": "application/vnd.apache.parquet",
}
FORMATS = tuple(MEDIA_TYPES)
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


def format_of(path: Path) -> str | None:
    """The export format a file name asks for (``events.parquet`` -> parquet), or None."""
    suffix = path.suffix.lower().lstrip(".")
    return {"ndjson": "jsonl", "pq": "parquet"}.get(suffix, suffix) if suffix else None


def write_export(rows: Iterable[dict[str, Any]], path: Path, output_format: str) -> None:
    """Write ``rows`` to ``path`` in ``output_format`` (csv, jsonl or parquet), atomically."""
    if output_format not in FORMATS:
        raise ValueError(f"unknown export format {output_format!r}; use one of {', '.join(FORMATS)}")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        if output_format == "parquet":
            os.close(handle)
            _write_parquet(rows, temporary)
        else:
            lines = csv_lines(rows) if output_format == "csv" else jsonl_lines(rows)
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
                out.writelines(lines)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
