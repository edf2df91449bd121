"""Event exports: CSV and JSON Lines streamed page by page, Parquet written in row groups."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
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


def parquet_bytes(rows: Iterable[dict[str, Any]]) -> bytes:
    """The rows as one Parquet file (built in memory, written in row groups)."""
    target = pa.BufferOutputStream()
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
    return bytes(target.getvalue().to_pybytes())
