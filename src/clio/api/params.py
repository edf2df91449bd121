"""Query parameters shared by the event, timeline, map and network routes, turned into an EventQuery."""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
import json
from typing import Annotated, Literal

from fastapi import HTTPException, Query
from pydantic import BeforeValidator, Field, StringConstraints

from clio.query import EventQuery
from clio.readers.base import storable

MAX_PAGE = 1000
DEFAULT_PAGE = 100

Sort = Literal["-date", "date"]


def _blank_to_none(value: object) -> object:
    """An empty form field (``?since=``) means "no filter", as a plain HTML form sends it."""
    return None if isinstance(value, str) and not value.strip() else value


Blank = BeforeValidator(_blank_to_none)
# Constraints sit on the inner type so that a blank value, turned into None first, passes them.
Code = Annotated[Annotated[str, StringConstraints(max_length=32)] | None, Blank]
Words = Annotated[Annotated[str, StringConstraints(max_length=200)] | None, Blank]
Identifier = Annotated[Annotated[str, StringConstraints(max_length=255)] | None, Blank]
QuadClass = Annotated[Annotated[int, Field(ge=1, le=4)] | None, Blank]
Day = Annotated[dt.date | None, Blank]


def bad_request(message: str) -> HTTPException:
    return HTTPException(status_code=400, detail=message)


def event_filters(
    source: Annotated[
        Code, Query(description="Source country (ISO3, e.g. RUS) or actor code prefix.")
    ] = None,
    target: Annotated[Code, Query(description="Target country (ISO3) or actor code.")] = None,
    actor: Annotated[Code, Query(description="Country or actor code on either side.")] = None,
    actor_name: Annotated[Words, Query(description="Substring of either actor's name.")] = None,
    cameo: Annotated[Code, Query(description="CAMEO code or prefix, e.g. 042.")] = None,
    root: Annotated[Code, Query(description="CAMEO root, two digits, e.g. 19.")] = None,
    plover: Annotated[Code, Query(description="PLOVER event type, e.g. ASSAULT.")] = None,
    mode: Annotated[Code, Query(description="PLOVER mode, e.g. heavy-weapons.")] = None,
    context: Annotated[Code, Query(description="PLOVER context, e.g. military.")] = None,
    quad_class: Annotated[QuadClass, Query(description="1-4: verbal/material cooperation/conflict.")] = None,
    since: Annotated[Day, Query(description="First day, YYYY-MM-DD.")] = None,
    until: Annotated[Day, Query(description="Last day, YYYY-MM-DD.")] = None,
    q: Annotated[Words, Query(description="Text that the evidence sentence contains.")] = None,
    article_id: Annotated[Identifier, Query(description="Only this article's events.")] = None,
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
            mode=mode or None,
            context=context or None,
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
        if not isinstance(day, str) or not isinstance(event_id, str) or storable(event_id)[1]:
            raise ValueError("cursor fields")  # ids we issue never hold NUL or surrogates
        if day:
            dt.date.fromisoformat(day)
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise bad_request("invalid cursor; use the next_cursor value of the previous page") from None
    return (day, event_id)
