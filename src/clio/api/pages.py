"""HTML pages: the dashboard, the article view with evidence highlighted, and an offline API reference.

Pages are rendered on the server (Jinja2 with autoescaping) and work without JavaScript; the
dashboard's charts are drawn by static/dashboard.js from the same JSON routes the API offers.
"""

from __future__ import annotations

import urllib.parse
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from clio import analytics
from clio.api.highlight import Mark, pieces
from clio.api.params import MAX_PAGE, Sort, encode_cursor, event_filters, paged
from clio.query import EventQuery, find_events
from clio.warning.alerts import current_alerts

router = APIRouter(include_in_schema=False)
FILTER_KEYS = (
    "source",
    "target",
    "actor",
    "actor_name",
    "cameo",
    "root",
    "plover",
    "quad_class",
    "since",
    "until",
    "q",
)
QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


def url_part(value: object) -> str:
    """A value quoted for one URL path segment."""
    return urllib.parse.quote(str(value), safe="")


def _filter_values(request: Request) -> dict[str, str]:
    return {k: request.query_params[k] for k in FILTER_KEYS if request.query_params.get(k)}


def _render(request: Request, name: str, context: dict[str, Any]) -> HTMLResponse:
    response: HTMLResponse = request.app.state.templates.TemplateResponse(request, name, context)
    return response


@router.get("/", response_class=HTMLResponse)
def dashboard(
    request: Request,
    filters: Annotated[EventQuery, Depends(event_filters)],
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
    sort: Sort = "-date",
    cursor: Annotated[str | None, Query(max_length=400)] = None,
) -> HTMLResponse:
    engine = request.app.state.engine
    rows = find_events(engine, paged(filters, limit=limit, sort=sort, cursor=cursor))
    values = _filter_values(request)
    query_string = urllib.parse.urlencode(values)
    next_link = None
    if len(rows) == limit:
        next_params = {**values, "limit": limit, "sort": sort}
        next_params["cursor"] = encode_cursor(rows[-1]["day"], rows[-1]["id"])
        next_link = "/?" + urllib.parse.urlencode(next_params)
    return _render(
        request,
        "dashboard.html",
        {
            "values": values,
            "query_string": query_string,
            "events": [analytics.event_json(r) for r in rows],
            "stats": request.app.state.stats.get(),
            "next_link": next_link,
            "quad_names": QUAD_NAMES,
            "sort": sort,
            "alerts": current_alerts(engine),
        },
    )


def _marks(detail: dict[str, Any], selected: str | None) -> list[Mark]:
    marks: list[Mark] = []
    for event in detail["events"]:
        if event.get("section") == "title":
            continue  # its spans point into the title, not the text shown
        label = f"event {event['cameo']} {event['source_code']} → {event['target_code'] or '-'}"
        spans = event.get("evidence") or []
        spans = spans if spans else [event["span"]]
        marks.extend(Mark(s[0], s[1], "event", label, event["id"] == selected) for s in spans)
    marks.extend(Mark(a["span"][0], a["span"][1], "actor", f"actor {a['code']}") for a in detail["actors"])
    marks.extend(Mark(t["span"][0], t["span"][1], "timex", f"time {t['value']}") for t in detail["timexes"])
    marks.extend(Mark(q["span"][0], q["span"][1], "quote", f"quote ({q['kind']})") for q in detail["quotes"])
    marks.extend(
        Mark(p["span"][0], p["span"][1], "location", f"place {p['name']}") for p in detail["locations"]
    )
    return marks


def _web_url(url: str | None) -> str | None:
    """Only http(s) links are shown: a ``javascript:`` URL would run when clicked."""
    if url and urllib.parse.urlsplit(url).scheme.lower() in ("http", "https"):
        return url
    return None


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article_page(
    request: Request, article_id: str, event: Annotated[str | None, Query(max_length=64)] = None
) -> HTMLResponse:
    detail = analytics.article_detail(request.app.state.engine, article_id)
    if detail is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    return _render(
        request,
        "article.html",
        {
            "article": detail,
            "pieces": pieces(detail["text"], _marks(detail, event)),
            "article_url": _web_url(detail.get("url")),
            "selected": event,
            "quad_names": QUAD_NAMES,
        },
    )


@router.get("/events/{event_id}")
def event_page(request: Request, event_id: Annotated[str, Path(max_length=64)]) -> Response:
    event = analytics.find_event(request.app.state.engine, event_id)
    if event is None:
        raise HTTPException(404, f"no event with id {event_id!r}")
    target = f"/articles/{url_part(event['article_id'])}?event={url_part(event_id)}#evidence"
    return RedirectResponse(target, status_code=303)


@router.get("/docs", response_class=HTMLResponse)
def api_reference(request: Request) -> HTMLResponse:
    """The OpenAPI description as a plain page (Swagger UI would fetch its assets from a CDN)."""
    schema = request.app.openapi()
    operations = []
    for path, methods in schema.get("paths", {}).items():
        for method, operation in methods.items():
            operations.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": operation.get("summary", ""),
                    "parameters": [
                        {
                            "name": p.get("name"),
                            "where": p.get("in"),
                            "required": p.get("required", False),
                            "description": p.get("description", ""),
                            "schema": _schema_text(p.get("schema", {})),
                        }
                        for p in operation.get("parameters", [])
                    ],
                }
            )
    return _render(request, "docs.html", {"operations": operations, "info": schema.get("info", {})})


def _schema_text(schema: dict[str, Any]) -> str:
    if "anyOf" in schema:
        return " | ".join(_schema_text(s) for s in schema["anyOf"])
    if "enum" in schema:
        return " | ".join(str(v) for v in schema["enum"])
    text = str(schema.get("type", ""))
    if schema.get("format"):
        text += f" ({schema['format']})"
    limits = [f"{k}={schema[k]}" for k in ("minimum", "maximum", "maxLength", "pattern") if k in schema]
    return f"{text} {' '.join(limits)}".strip()
