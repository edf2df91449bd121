"""``clio serve``: the REST API and the dashboard under uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer

from clio.settings import Settings, normalize_db_url


def command(
    db: Annotated[
        str, typer.Option("--db", help="SQLAlchemy URL or SQLite file path.", envvar="CLIO_DB")
    ] = "sqlite:///clio.db",
    host: Annotated[str, typer.Option(help="Interface to listen on (0.0.0.0 exposes it to the network).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(help="TCP port.", min=1, max=65535)] = 8000,
) -> None:
    """Serve the dashboard and the REST API (OpenAPI reference at /docs).

    Writes (POST /api/articles) are enabled only when CLIO_API_TOKEN is set; send it as a bearer token.

    Example: clio serve --db clio.db --port 8000
    """
    import uvicorn

    from clio.api import create_app

    settings = Settings.from_env(db_url=normalize_db_url(db))
    app = create_app(settings)
    typer.echo(f"Clio dashboard: http://{host}:{port}/  (API reference: http://{host}:{port}/docs)")
    uvicorn.run(app, host=host, port=port, log_level="info")
