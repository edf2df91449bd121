"""The API answers the same on PostgreSQL as on SQLite (dates, prefixes, cursors, grouping)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from clio.api import create_app
from clio.settings import Settings
from tests import api_corpus
from tests.pg import PostgresServer, fresh_database

pytestmark = pytest.mark.postgres

URLS = [
    "/api/events",
    "/api/events?sort=date",
    "/api/events?source=RUS",
    "/api/events?source=RUSMIL&cameo=19",
    "/api/events?actor_name=united",
    "/api/events?since=2022-03-02&until=2022-03-10&q=talks",
    "/api/events?quad_class=4&limit=1",
    "/api/events/0000",
    "/api/articles/a2",
    "/api/dyads/RUS/UKR/series?interval=day",
    "/api/dyads/RUS/UKR/series?interval=week",
    "/api/dyads/RUSGOV/UKRGOV/series?interval=month",
    "/api/timeline?interval=week",
    "/api/actors",
    "/api/actors?q=ukr",
    "/api/network",
    "/api/network?by=code&since=2022-03-01",
    "/api/map",
    "/api/stats",
]


def _client(url: str) -> tuple[TestClient, Any]:
    store = api_corpus.build(url)
    app = create_app(Settings(db_url=url), engine=store.engine, api_token="")
    return TestClient(app, raise_server_exceptions=False), store


@pytest.fixture(scope="module")
def clients(
    postgres_server: PostgresServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Any, Any]]:
    sqlite_client, sqlite_store = _client(f"sqlite:///{tmp_path_factory.mktemp('pg') / 'same.db'}")
    with fresh_database(postgres_server) as url:
        pg_client, pg_store = _client(url)
        yield sqlite_client, pg_client
        pg_store.close()
    sqlite_store.close()


@pytest.mark.parametrize("url", URLS)
def test_postgresql_answers_like_sqlite(clients: tuple[TestClient, TestClient], url: str) -> None:
    sqlite_client, pg_client = clients
    expected, got = sqlite_client.get(url), pg_client.get(url)
    assert got.status_code == expected.status_code
    assert got.json() == expected.json()


def test_cursor_pages_on_postgresql(clients: tuple[TestClient, TestClient]) -> None:
    _, pg_client = clients
    first = pg_client.get("/api/events?limit=3").json()
    second = pg_client.get(f"/api/events?limit=3&cursor={first['next_cursor']}").json()
    ids = [e["article_id"] for e in first["events"] + second["events"]]
    assert ids == ["xss", "a4", "a3", "a2", "a1"]


def test_exports_on_postgresql(clients: tuple[TestClient, TestClient], tmp_path: Path) -> None:
    sqlite_client, pg_client = clients
    for fmt in ("csv", "jsonl"):
        url = f"/api/events?source=RUS&format={fmt}"
        assert pg_client.get(url).text == sqlite_client.get(url).text
