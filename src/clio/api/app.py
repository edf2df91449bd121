"""The FastAPI application factory: state, limits, security headers and error handlers.

    app = create_app(Settings(db_url="sqlite:///clio.db"))      # uvicorn serves it

Errors always come back as ``{"error": message}`` with a 4xx status (HTML pages get a small HTML
page), never a stack trace: unexpected failures are logged and answered with a 500 and a short message.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from clio import __version__, analytics
from clio.api.ingest import Ingester
from clio.errors import ClioError, StoreError
from clio.pipeline import Extractor
from clio.settings import Settings
from clio.store import Store, open_database
from clio.store.limits import is_timeout, limit_statement_time

HERE = Path(__file__).resolve().parent
MAX_BODY_BYTES = 10 * 1024 * 1024
QUERY_TIMEOUT_S = 10.0
TOKEN_ENV = "CLIO_API_TOKEN"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
log = logging.getLogger("clio.api")


class StatsCache:
    """Corpus-wide counts, recomputed at most every ``ttl`` seconds (every dashboard view shows
    them, and on millions of events they take a full index scan); writes through the API clear it."""

    def __init__(self, engine: Engine, *, ttl: float = 30.0) -> None:
        self.engine = engine
        self.ttl = ttl
        self._value: dict[str, Any] | None = None
        self._at = 0.0
        self._lock = threading.Lock()

    def get(self) -> dict[str, Any]:
        with self._lock:
            if self._value is None or time.monotonic() - self._at > self.ttl:
                self._value = analytics.stats(self.engine)
                self._at = time.monotonic()
            return self._value

    def clear(self) -> None:
        with self._lock:
            self._value = None


class BodyTooLarge(Exception):
    """The request body went over the configured limit."""


class LimitsAndHeaders:
    """ASGI middleware: refuse bodies over ``max_bytes`` (declared or streamed) and add security
    headers to every response."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        query = scope.get("query_string", b"")
        if "\x00" in scope.get("path", "") or b"%00" in query or b"\x00" in query:
            # PostgreSQL cannot compare text with NUL (and no stored value holds one): refuse
            # the request here instead of failing in the database.
            response = JSONResponse(
                {"error": "the URL holds a NUL character (%00); remove it from the path and parameters"},
                status_code=400,
            )
            await response(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            response = JSONResponse(
                {"error": f"request body over the limit of {self.max_bytes:,} bytes"}, status_code=413
            )
            await response(scope, receive, send)
            return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge
            return message

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [
                    (b"content-security-policy", CSP.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"same-origin"),
                ]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, limited_receive, send_with_headers)


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api") and "text/html" in request.headers.get("accept", "")


def _error(
    request: Request, status: int, message: str, details: list[dict[str, Any]] | None = None
) -> Response:
    if _wants_html(request):
        templates: Jinja2Templates = request.app.state.templates
        return templates.TemplateResponse(
            request, "error.html", {"status": status, "message": message}, status_code=status
        )
    body: dict[str, Any] = {"error": message}
    if details:
        body["details"] = details
    return JSONResponse(body, status_code=status)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such page or resource: {request.url.path}"
        response = _error(request, exc.status_code, message)
        if exc.headers:
            response.headers.update(exc.headers)
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        details = [
            {"where": ".".join(str(p) for p in e.get("loc", ())), "problem": str(e.get("msg", ""))}
            for e in exc.errors()
        ]
        summary = "; ".join(f"{d['where']}: {d['problem']}" for d in details[:5])
        return _error(request, 422, f"invalid request: {summary}", details)

    @app.exception_handler(BodyTooLarge)
    async def too_large(request: Request, exc: BodyTooLarge) -> Response:
        limit = request.app.state.max_body_bytes
        return _error(request, 413, f"request body over the limit of {limit:,} bytes")

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        log.error("database error: %s", exc)
        return _error(request, 503, "the database is not available; see the server log")

    @app.exception_handler(DBAPIError)
    async def database_error(request: Request, exc: DBAPIError) -> Response:
        if is_timeout(exc):
            limit = request.app.state.query_timeout
            return _error(
                request,
                503,
                f"the query took longer than {limit:g} s and was stopped; narrow it with a date range "
                "or an actor or code filter",
            )
        log.error("database error on %s: %s", request.url.path, exc)
        return _error(request, 503, "the database is busy or unavailable; try again")

    @app.exception_handler(ClioError)
    async def clio_error(request: Request, exc: ClioError) -> Response:
        return _error(request, 400, str(exc))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return _error(request, 500, "internal error; the server log has the details")


def create_app(
    settings: Settings,
    *,
    engine: Engine | None = None,
    extractor_factory: Callable[[], Extractor] | None = None,
    api_token: str | None = None,
    max_body_bytes: int = MAX_BODY_BYTES,
    query_timeout: float | None = QUERY_TIMEOUT_S,
) -> FastAPI:
    """The Clio web app over ``engine`` (default: ``settings.db_url``, migrated on open).

    ``api_token`` (default: env ``CLIO_API_TOKEN``) enables POST /api/articles for bearers of that
    token; with no token, writes are refused. ``extractor_factory`` builds the pipeline on the
    first write (default: the full spaCy pipeline for ``settings``). Each SQL statement is stopped
    after ``query_timeout`` seconds (503 with a message); None leaves statements unlimited.
    """
    from clio.api import pages, routes, warning

    engine = engine if engine is not None else open_database(settings.db_url)
    if query_timeout is not None:
        limit_statement_time(engine, query_timeout)
    token = api_token if api_token is not None else os.environ.get(TOKEN_ENV) or None
    app = FastAPI(
        title="Clio",
        version=__version__,
        description="Political event data (CAMEO/PLOVER) coded from news, with evidence.",
        docs_url=None,  # Swagger UI loads from a CDN; /docs is our own offline page (pages.py)
        redoc_url=None,
    )
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True, undefined=jinja2.StrictUndefined
    )
    templates = Jinja2Templates(env=env)
    templates.env.filters["urlpart"] = pages.url_part
    app.state.settings = settings
    app.state.engine = engine
    app.state.api_token = token
    app.state.stats = StatsCache(engine)
    app.state.max_body_bytes = max_body_bytes
    app.state.query_timeout = query_timeout
    app.state.templates = templates
    app.state.ingester = Ingester(
        store=Store(engine),
        factory=extractor_factory or (lambda: Extractor(settings)),
    )
    app.add_middleware(LimitsAndHeaders, max_bytes=max_body_bytes)
    _install_error_handlers(app)
    app.include_router(routes.router)
    app.include_router(warning.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    return app
