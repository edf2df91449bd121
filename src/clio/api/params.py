"""Query parameters shared by the event, timeline, map and network routes, turned into an EventQuery."""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
import json
from typing import Annotated, Literal

from fastapi import HTTPException, Query

from clio.query import EventQuery

MAX_PAGE = 1000
DEFAULT_PAGE = 100

Sort = Literal["-date", "date"]


def bad_request(message: str) -> HTTPException:
    return HTTPException(status_code=400, detail=message)


def event_filters(
    source: Annotated[
        str | None, Query(max_length=32, description="Source country (ISO3, e.g. RUS) or actor code prefix.")
    ] = None,
    target: Annotated[
        str | None, Query(max_length=32, description="Target country (ISO3) or actor code.")
    ] = None,
    actor: Annotated[
        str | None, Query(max_length=32, description="Country or actor code on either side.")
    ] = None,
    actor_name: Annotated[
        str | None, Query(max_length=100, description="Substring of either actor's name.")
    ] = None,
    cameo: Annotated[str | None, Query(max_length=4, description="CAMEO code or prefix, e.g. 042.")] = None,
    root: Annotated[str | None, Query(max_length=2, description="CAMEO root, two digits, e.g. 19.")] = None,
    plover: Annotated[
        str | None, Query(max_length=32, description="PLOVER event type, e.g. ASSAULT.")
    ] = None,
    quad_class: Annotated[
        int | None, Query(ge=1, le=4, description="1-4: verbal/material coop/conflict.")
    ] = None,
    since: Annotated[dt.date | None, Query(description="First day, YYYY-MM-DD.")] = None,
    until: Annotated[dt.date | None, Query(description="Last day, YYYY-MM-DD.")] = None,
    q: Annotated[
        str | None, Query(max_length=200, description="Text that the evidence sentence contains.")
    ] = None,
    article_id: Annotated[
        str | None, Query(max_length=255, description="Only this article's events.")
    ] = None,
) -> EventQuery:
    """The filters as an EventQuery (limit and order are set by each route)."""
    try:
        return EventQuery(
            source=source or None,
            target=target or None,
            actor=actor or None,
            actor_name=actor_name or None,
            cameo=cameo or None,
            root=root or None,
            plover=plover or None,
            quad_class=quad_class,
            since=since,
            until=until,
            text=q or None,
            article_id=article_id or None,
        )
    except ValueError as exc:
        raise bad_request(str(exc)) from None


def paged(query: EventQuery, *, limit: int, sort: Sort, cursor: str | None) -> EventQuery:
    return dataclasses.replace(
        query, limit=limit, order="asc" if sort == "date" else "desc", after=decode_cursor(cursor)
    )


def encode_cursor(day: dt.date | str | None, event_id: str) -> str:
    day_text = day.isoformat() if isinstance(day, dt.date) else (day or "")
    raw = json.dumps([day_text, event_id], separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str | None) -> tuple[str, str] | None:
    """The (day, id) position a cursor stands for; 400 for anything we did not issue."""
    if not cursor:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        day, event_id = json.loads(raw.decode("utf-8"))
        if not isinstance(day, str) or not isinstance(event_id, str):
            raise ValueError("cursor fields")
        if day:
            dt.date.fromisoformat(day)
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise bad_request("invalid cursor; use the next_cursor value of the previous page") from None
    return (day, event_id)
