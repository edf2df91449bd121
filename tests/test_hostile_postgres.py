"""Issue 16 against PostgreSQL: the hostile folder, NUL and lone surrogates, a long text, hostile
posts and fuzzed query strings. PostgreSQL refuses NUL in text and compares strings in the
database, so what passes on SQLite must be shown to pass here too. The model-free stub pipeline
codes the articles: this is about storing and querying."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from clio.api import create_app
from clio.budget import chunk_spans
from clio.pipeline import Extractor, run_corpus
from clio.settings import Settings
from clio.store import Store, schema
from tests import api_corpus
from tests.fuzzing import FUZZ
from tests.hostile import write_hostile_folder
from tests.pg import PostgresServer, fresh_database
from tests.stub_pipeline import stub_nlp
from tests.test_fuzz import PATH_ROUTES, ROUTES, _no_server_error, _quote, query_strings, query_values

pytestmark = pytest.mark.postgres
TOKEN = "t0ken"


def test_the_hostile_folder_on_postgresql(tmp_path: Path, postgres_url: str) -> None:
    folder = write_hostile_folder(tmp_path)
    settings = Settings(db_url=postgres_url, chunk_chars=5_000)
    store = Store.open(postgres_url)
    first = run_corpus([str(folder.root)], settings, store, extractor=Extractor(settings, nlp=stub_nlp()))
    assert first.failed and not first.failed_articles  # bad inputs only; every article was stored
    assert len(first.input_errors) == len(folder.bad) - 1  # the missing argument is not passed here
    with store.engine.connect() as connection:
        texts = dict(connection.execute(select(schema.articles.c.id, schema.articles.c.text)).all())
    assert set(texts) == folder.good_ids
    assert texts["nul-1"][0] == texts["sur-1"][0] == "\ufffd"
    counts = store.counts()
    again = run_corpus([str(folder.root)], settings, store, extractor=Extractor(settings, nlp=stub_nlp()))
    assert again.stored == 0 and store.counts() == counts
    store.close()


def test_a_long_text_with_nul_and_surrogates_is_stored_whole(tmp_path: Path, postgres_url: str) -> None:
    paragraph = "Russia attacked Ukraine on Monday. \\u0000 and \\ud800 too.\\n\\n"
    text_json = paragraph * 18_000  # 882,000 characters once decoded
    (tmp_path / "long.jsonl").write_text(f'{{"id": "long", "date": "2024-01-01", "text": "{text_json}"}}\n')
    settings = Settings(db_url=postgres_url)
    store = Store.open(postgres_url)
    summary = run_corpus([str(tmp_path)], settings, store, extractor=Extractor(settings, nlp=stub_nlp()))
    assert (summary.stored, summary.failed) == (1, False)
    with store.engine.connect() as connection:
        text = connection.scalar(select(schema.articles.c.text))
        starts = sorted(connection.scalars(select(schema.events.c.start)))
    expected = json.loads(f'"{text_json}"').replace("\x00", "\ufffd").replace("\ud800", "\ufffd")
    assert text == expected and len(text) > 800_000
    # one event per chunk (at most 100,000 characters and 20,000 tokens): the stub codes its first attack
    assert len(starts) == len(chunk_spans(text, settings.chunk_chars)) > 8
    assert all(text[s : s + 6] == "Russia" for s in starts)
    store.close()


@pytest.fixture(scope="module")
def pg_api(postgres_server: PostgresServer) -> Iterator[TestClient]:
    with fresh_database(postgres_server) as url:
        store = api_corpus.build(url)
        settings = Settings(db_url=url)
        app = create_app(
            settings,
            engine=store.engine,
            extractor_factory=lambda: Extractor(settings, nlp=stub_nlp()),
            api_token=TOKEN,
        )
        yield TestClient(app, raise_server_exceptions=False)
        store.close()


@pytest.mark.parametrize(
    "record",
    [
        {
            "id": "d1",
            "date": "Mon, 1 Jan 99999999999999999999 00:00:00 +0000",
            "text": "Russia attacked Ukraine.",
        },
        {"id": "n\x00ul", "text": "A NUL \x00 in the text, and a lone \ud800 surrogate."},
        {"id": "s1", "source": "x" * 300, "text": "A source too long for the column."},
    ],
)
def test_hostile_posts_on_postgresql(pg_api: TestClient, record: dict[str, str]) -> None:
    response = pg_api.post(
        "/api/articles",
        content=json.dumps(record).encode("utf-8"),
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
    )
    assert response.status_code in (201, 400), response.text
    if record["id"] == "s1":
        assert response.status_code == 400 and "'source'" in response.json()["error"]
    else:
        assert response.status_code == 201 and len(response.json()["articles"]) == 1


@FUZZ
@given(route=st.sampled_from(ROUTES), query=query_strings)
def test_no_route_answers_5xx_on_postgresql(pg_api: TestClient, route: str, query: str) -> None:
    _no_server_error(pg_api, f"{route}?{query}")


@FUZZ
@given(route=st.sampled_from(PATH_ROUTES), a=query_values, b=query_values)
def test_no_path_answers_5xx_on_postgresql(pg_api: TestClient, route: str, a: str, b: str) -> None:
    _no_server_error(pg_api, route.format(_quote(a) or "x", _quote(b) or "y"))
