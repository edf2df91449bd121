"""JSON routes under /api. Each calls one function of clio.query or clio.analytics."""

from __future__ import annotations

import csv
import datetime as dt
import hmac
import io
import itertools
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from clio import analytics, exports
from clio.api.ingest import BodyError, Ingester, parse_body, to_ingested
from clio.api.params import (
    DEFAULT_PAGE,
    MAX_PAGE,
    Sort,
    encode_cursor,
    event_filters,
    paged,
)
from clio.query import EventQuery, find_events

router = APIRouter(prefix="/api")
MAX_EXPORT_ROWS = 1_000_000
ActorCode = Annotated[str, Path(pattern=r"^[A-Za-z0-9]{3,32}$", description="Country (ISO3) or actor code.")]
Filters = Annotated[EventQuery, Depends(event_filters)]
TableFormat = Literal["json", "csv"]


def _engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


def _flat_csv(rows: list[dict[str, Any]], filename: str) -> Response:
    buffer = io.StringIO()
    if rows:
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return Response(
        buffer.getvalue(),
        media_type=exports.MEDIA_TYPES["csv"],
        headers={"content-disposition": f'attachment; filename="{filename}"'},
    )


def _bucket_columns(bucket: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    return {
        f"{prefix}events": bucket["events"],
        **{f"{prefix}quad{q}": n for q, n in bucket["quad_counts"].items()},
        f"{prefix}goldstein_sum": bucket["goldstein_sum"],
        f"{prefix}goldstein_mean": bucket["goldstein_mean"],
    }


@router.get("/events", summary="Events matching filters, newest first, with cursor paging or export")
def list_events(
    request: Request,
    filters: Filters,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Page size.")] = DEFAULT_PAGE,
    sort: Annotated[Sort, Query(description="-date (newest first) or date.")] = "-date",
    cursor: Annotated[str | None, Query(max_length=400, description="next_cursor of the last page.")] = None,
    format: Annotated[
        Literal["json", "csv", "jsonl", "parquet", "icews", "gdelt", "polecat"],
        Query(
            description="json (one page) or an export of every match: csv, jsonl, parquet, "
            "icews (ICEWS columns, TSV), gdelt (GDELT 2.0 event table, TSV), polecat (JSON Lines)."
        ),
    ] = "json",
) -> Response:
    engine = _engine(request)
    if format != "json":
        query = paged(filters, limit=MAX_PAGE, sort=sort, cursor=None)
        rows = itertools.islice(exports.export_rows(engine, query, format), MAX_EXPORT_ROWS)
        name = f"clio-events.{exports.FILE_SUFFIXES.get(format, format)}"
        headers = {"content-disposition": f'attachment; filename="{name}"'}
        if format == "parquet":
            return Response(
                exports.parquet_bytes(rows), media_type=exports.MEDIA_TYPES[format], headers=headers
            )
        lines = exports.text_lines(rows, format)
        return StreamingResponse(lines, media_type=exports.MEDIA_TYPES[format], headers=headers)
    query = paged(filters, limit=limit, sort=sort, cursor=cursor)
    rows_page = find_events(engine, query)
    next_cursor = None
    if len(rows_page) == limit:
        last = rows_page[-1]
        next_cursor = encode_cursor(last["day"], last["id"])
    return JSONResponse(
        {
            "count": len(rows_page),
            "next_cursor": next_cursor,
            "events": [analytics.event_json(r) for r in rows_page],
        }
    )


@router.get("/events/{event_id}", summary="One event with its evidence and its article's metadata")
def get_event(request: Request, event_id: Annotated[str, Path(max_length=64)]) -> dict[str, Any]:
    event = analytics.find_event(_engine(request), event_id)
    if event is None:
        raise HTTPException(404, f"no event with id {event_id!r}")
    return event


@router.get("/articles/{article_id:path}", summary="An article's text with every extracted span")
def get_article(request: Request, article_id: str) -> dict[str, Any]:
    if len(article_id) > 255:
        raise HTTPException(400, "article id longer than 255 characters")
    detail = analytics.article_detail(_engine(request), article_id)
    if detail is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    return detail


@router.get("/dyads/{a}/{b}/series", summary="Interactions between two actors over time, both directions")
def dyad_series(
    request: Request,
    a: ActorCode,
    b: ActorCode,
    interval: Literal["day", "week", "month"] = "month",
    since: dt.date | None = None,
    until: dt.date | None = None,
    format: TableFormat = "json",
) -> Response:
    data = analytics.dyad_series(_engine(request), a, b, interval=interval, since=since, until=until)
    if format == "csv":
        rows = [
            {"period": p["period"], "direction": d, **_bucket_columns(p[d])}
            for p in data["series"]
            for d in ("a_to_b", "b_to_a")
        ]
        return _flat_csv(rows, f"clio-dyad-{data['a']}-{data['b']}.csv")
    return JSONResponse(data)


@router.get("/timeline", summary="Event counts per period and quad class")
def timeline(
    request: Request,
    filters: Filters,
    interval: Literal["day", "week", "month"] = "day",
    format: TableFormat = "json",
) -> Response:
    data = analytics.timeline(_engine(request), filters, interval=interval)
    if format == "csv":
        return _flat_csv(
            [{"period": p["period"], **_bucket_columns(p)} for p in data["series"]], "clio-timeline.csv"
        )
    return JSONResponse(data)


@router.get("/actors", summary="Top actors by number of events, optionally searched by code or name")
def actors(
    request: Request,
    q: Annotated[str | None, Query(max_length=100, description="Code or name substring.")] = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    format: TableFormat = "json",
) -> Response:
    rows = analytics.top_actors(_engine(request), search=q or None, since=since, until=until, limit=limit)
    if format == "csv":
        return _flat_csv(rows, "clio-actors.csv")
    return JSONResponse({"actors": rows})


@router.get("/network", summary="Weighted actor graph (source -> target) for a period")
def network(
    request: Request,
    filters: Filters,
    limit: Annotated[int, Query(ge=1, le=500, description="Heaviest edges to keep.")] = 60,
    by: Annotated[
        Literal["country", "code"], Query(description="One node per country, or per actor code.")
    ] = "country",
    format: TableFormat = "json",
) -> Response:
    data = analytics.network(_engine(request), query=filters, by=by, limit=limit)
    if format == "csv":
        return _flat_csv(data["edges"], "clio-network.csv")
    return JSONResponse(data)


@router.get("/map", summary="Located events grouped by place")
def located(
    request: Request,
    filters: Filters,
    limit: Annotated[int, Query(ge=1, le=5000)] = 2000,
    format: TableFormat = "json",
) -> Response:
    rows = analytics.located_events(_engine(request), filters, limit=limit)
    if format == "csv":
        return _flat_csv(rows, "clio-places.csv")
    return JSONResponse({"places": rows})


@router.get("/stats", summary="Counts over the whole database")
def stats(request: Request) -> dict[str, Any]:
    counts: dict[str, Any] = request.app.state.stats.get()
    return counts


def _check_token(request: Request) -> None:
    expected: str | None = request.app.state.api_token
    if not expected:
        raise HTTPException(
            403, "writes are disabled: start the server with CLIO_API_TOKEN set to enable them"
        )
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise HTTPException(
            401, "missing or wrong bearer token", headers={"www-authenticate": 'Bearer realm="clio"'}
        )


@router.post(
    "/articles",
    status_code=201,
    summary="Code and store articles (JSON object, array, or JSON Lines); needs the bearer token",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "required": ["text"],
                        "properties": {
                            k: {"type": "string"} for k in ("id", "text", "date", "title", "source", "url")
                        },
                    }
                },
                "application/x-ndjson": {"schema": {"type": "string"}},
            },
        }
    },
)
async def post_articles(request: Request) -> JSONResponse:
    _check_token(request)
    body = await request.body()
    try:
        records = parse_body(body, request.headers.get("content-type", ""))
    except BodyError as exc:
        raise HTTPException(400, str(exc)) from None
    ingester: Ingester = request.app.state.ingester
    items, problems = to_ingested(records, max_chars=request.app.state.settings.max_chars)
    if not items:
        raise HTTPException(400, "; ".join(problems))
    outcome = await run_in_threadpool(ingester.ingest, items)
    request.app.state.stats.clear()
    return JSONResponse(
        {
            "articles": outcome.stored,
            "duplicates": outcome.duplicates,
            "rejected": [*problems, *outcome.failed],
        },
        status_code=201,
    )
