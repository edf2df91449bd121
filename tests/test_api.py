"""REST API: filters, paging, exports, dyad series, article spans, writes, limits and error shapes."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from clio.api import create_app
from clio.pipeline import Extractor
from clio.settings import Settings
from clio.store import Store
from tests import api_corpus
from tests.stub_pipeline import stub_nlp

TOKEN = "test-token-123"


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One database for the read-only tests (building it per test is the slow part)."""
    opened = api_corpus.build(f"sqlite:///{tmp_path_factory.mktemp('api') / 'api.db'}")
    yield opened
    opened.close()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A fresh database for tests that write."""
    opened = api_corpus.build(f"sqlite:///{tmp_path / 'api.db'}")
    yield opened
    opened.close()


def _client(store: Store, *, token: str = TOKEN, max_body_bytes: int = 10_000_000) -> TestClient:
    settings = Settings(db_url=str(store.engine.url))
    app = create_app(
        settings,
        engine=store.engine,
        extractor_factory=lambda: Extractor(settings, nlp=stub_nlp()),
        api_token=token,
        max_body_bytes=max_body_bytes,
    )
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture(scope="module")
def client(shared_store: Store) -> TestClient:
    return _client(shared_store)


@pytest.fixture
def writer(store: Store) -> TestClient:
    return _client(store)


def _articles(response_json: dict[str, object]) -> list[str]:
    events = response_json["events"]
    assert isinstance(events, list)
    return [e["article_id"] for e in events]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["xss", "a4", "a3", "a2", "a1"]),
        ({"sort": "date"}, ["a1", "a2", "a3", "a4", "xss"]),
        ({"source": "RUS"}, ["xss", "a3", "a1"]),
        ({"source": "RUSMIL"}, ["a1"]),
        ({"target": "UKR"}, ["xss", "a4", "a3", "a1"]),
        ({"actor": "USA"}, ["a4"]),
        ({"actor_name": "united"}, ["a4"]),
        ({"cameo": "19"}, ["xss", "a1"]),
        ({"root": "04"}, ["a3"]),
        ({"plover": "accuse"}, ["a2"]),
        ({"quad_class": 2}, ["a4"]),
        ({"since": "2022-03-02", "until": "2022-03-10"}, ["a3", "a2"]),
        ({"q": "talks"}, ["a3"]),
        ({"article_id": "a2"}, ["a2"]),
        ({"source": "CHN"}, []),
        ({"q": "no such words"}, []),
    ],
)
def test_event_filters(client: TestClient, params: dict[str, object], expected: list[str]) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    assert _articles(response.json()) == expected


def test_blank_form_fields_mean_no_filter(client: TestClient) -> None:
    blank = "source=&target=&actor_name=&cameo=&root=&since=&until=&q="
    assert len(client.get(f"/api/events?{blank}&quad_class=").json()["events"]) == 5
    assert len(client.get(f"/api/events?{blank}&quad_class=4").json()["events"]) == 2
    page = client.get(f"/?{blank}&quad_class=4")
    assert page.status_code == 200
    assert page.text.count('<tr class="q4">') == 2


def test_cursor_pagination_walks_every_event_once(client: TestClient) -> None:
    seen: list[str] = []
    cursor = None
    for _ in range(5):
        params: dict[str, object] = {"limit": 2}
        if cursor:
            params["cursor"] = cursor
        page = client.get("/api/events", params=params).json()
        seen += _articles(page)
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == ["xss", "a4", "a3", "a2", "a1"]
    assert cursor is None


@pytest.mark.parametrize(
    ("url", "status", "fragment"),
    [
        ("/api/events?limit=5000", 422, "limit"),
        ("/api/events?limit=0", 422, "limit"),
        ("/api/events?quad_class=7", 422, "quad_class"),
        ("/api/events?since=yesterday", 422, "since"),
        ("/api/events?root=ab", 400, "root must be two digits"),
        ("/api/events?cameo=abc", 400, "cameo must be digits"),
        ("/api/events?cursor=not-a-cursor", 400, "invalid cursor"),
        ("/api/events?format=xml", 422, "format"),
        ("/api/events/0000", 404, "no event"),
        ("/api/articles/missing", 404, "no article"),
        ("/api/dyads/R$S/UKR/series", 422, "a"),
        ("/api/dyads/RUS/UKR/series?interval=year", 422, "interval"),
        ("/api/nothing-here", 404, "no such page"),
    ],
)
def test_bad_requests_get_a_4xx_with_a_message(
    client: TestClient, url: str, status: int, fragment: str
) -> None:
    response = client.get(url)
    assert response.status_code == status
    body = response.json()
    assert fragment in body["error"]
    assert "Traceback" not in response.text


def test_unexpected_errors_are_500_without_details(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode() -> None:
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(client.app.state.stats, "get", explode)
    response = client.get("/api/stats")
    assert response.status_code == 500
    assert "secret internal detail" not in response.text
    assert "Traceback" not in response.text
    assert response.json()["error"].startswith("internal error")


def test_event_detail_has_evidence_and_article(client: TestClient) -> None:
    event_id = client.get("/api/events", params={"article_id": "a3"}).json()["events"][0]["id"]
    event = client.get(f"/api/events/{event_id}").json()
    assert event["evidence_text"] == ["Russia and Ukraine held talks in Antalya."]
    assert event["article"] == {
        "id": "a3",
        "title": "Report a3",
        "date": "2022-03-10",
        "source": None,
        "url": None,
    }
    assert (event["cameo"], event["source_code"], event["target_code"]) == ("040", "RUSGOV", "UKRGOV")


def test_article_spans_point_into_its_text(client: TestClient) -> None:
    article = client.get("/api/articles/a2").json()
    text = article["text"]
    assert [a["code"] for a in article["actors"]] == ["UKRGOV", "RUS"]
    for kind in ("actors", "timexes", "quotes", "locations", "events"):
        for item in article[kind]:
            start, end = item["span"]
            if kind != "events":
                assert text[start:end] == item["text"], kind
    assert article["quotes"][0]["text"] == "We will not give up,"
    assert article["locations"][0]["name"] == "Kharkiv"
    assert article["events"][0]["sentence"] == "Ukraine accused Russia of shelling Kharkiv."


@pytest.mark.parametrize(
    ("interval", "periods"),
    [
        ("month", ["2022-02-01", "2022-03-01"]),
        ("week", ["2022-02-21", "2022-02-28", "2022-03-07", "2022-03-14"]),
    ],
)
def test_dyad_series_periods(client: TestClient, interval: str, periods: list[str]) -> None:
    data = client.get("/api/dyads/RUS/UKR/series", params={"interval": interval}).json()
    assert [p["period"] for p in data["series"]] == periods


def test_quiet_days_are_zero_rows(client: TestClient) -> None:
    series = client.get("/api/dyads/RUS/UKR/series", params={"interval": "day"}).json()["series"]
    assert len(series) == 25  # 2022-02-24 .. 2022-03-20
    busy = [p["period"] for p in series if p["total"]["events"]]
    assert busy == ["2022-02-24", "2022-03-02", "2022-03-10", "2022-03-20"]
    assert series[1]["total"] == {
        "events": 0,
        "quad_counts": {"1": 0, "2": 0, "3": 0, "4": 0},
        "goldstein_sum": 0.0,
        "goldstein_mean": None,
    }


def test_dyad_series_counts_both_directions(client: TestClient) -> None:
    data = client.get("/api/dyads/rus/ukr/series", params={"interval": "month"}).json()
    march = data["series"][1]
    # RUS->UKR in March: talks (040, quad 1, +1.0) and the attack in the xss article (190, quad 4, -10).
    assert march["a_to_b"]["quad_counts"] == {"1": 1, "2": 0, "3": 0, "4": 1}
    assert march["a_to_b"]["goldstein_sum"] == -9.0
    assert march["a_to_b"]["goldstein_mean"] == -4.5
    # UKR->RUS: the accusation (112, quad 3, -2.0).
    assert march["b_to_a"]["quad_counts"] == {"1": 0, "2": 0, "3": 1, "4": 0}
    assert march["total"]["events"] == 3
    assert march["total"]["goldstein_sum"] == -11.0
    swapped = client.get("/api/dyads/UKR/RUS/series", params={"interval": "month"}).json()
    assert swapped["series"][1]["a_to_b"] == march["b_to_a"]


def test_dyad_series_range_and_csv(client: TestClient) -> None:
    data = client.get("/api/dyads/RUS/UKR/series?interval=day&since=2022-03-01&until=2022-03-12").json()
    busy = [p["period"] for p in data["series"] if p["total"]["events"]]
    assert busy == ["2022-03-02", "2022-03-10"]
    response = client.get("/api/dyads/RUS/UKR/series?interval=month&format=csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [(r["period"], r["direction"], r["events"]) for r in rows] == [
        ("2022-02-01", "a_to_b", "1"),
        ("2022-02-01", "b_to_a", "0"),
        ("2022-03-01", "a_to_b", "2"),
        ("2022-03-01", "b_to_a", "1"),
    ]


def test_actors_top_and_search(client: TestClient) -> None:
    top = client.get("/api/actors").json()["actors"]
    assert (top[0]["code"], top[0]["events"]) == ("UKR", 3)  # target of a1, a4 and xss
    found = client.get("/api/actors", params={"q": "united"}).json()["actors"]
    assert [a["code"] for a in found] == ["USA"]
    assert client.get("/api/actors", params={"q": "zzz"}).json()["actors"] == []


def test_network_by_country_and_by_code(client: TestClient) -> None:
    by_country = client.get("/api/network").json()
    edges = {(e["source"], e["target"]): e["events"] for e in by_country["edges"]}
    assert edges == {("RUS", "UKR"): 3, ("UKR", "RUS"): 1, ("USA", "UKR"): 1}
    by_code = client.get("/api/network", params={"by": "code", "since": "2022-03-01"}).json()
    assert {(e["source"], e["target"]) for e in by_code["edges"]} == {
        ("UKRGOV", "RUS"),
        ("RUSGOV", "UKRGOV"),
        ("USA", "UKR"),
        ("RUS", "UKR"),
    }


def test_timeline_map_and_stats(client: TestClient) -> None:
    timeline = client.get("/api/timeline", params={"interval": "month"}).json()
    assert [(p["period"], p["events"]) for p in timeline["series"]] == [("2022-02-01", 1), ("2022-03-01", 4)]
    places = client.get("/api/map").json()["places"]
    assert sorted(p["name"] for p in places) == ["Antalya", "Kharkiv", "Kyiv"]
    assert client.get("/api/map", params={"quad_class": 1}).json()["places"][0]["name"] == "Antalya"
    stats = client.get("/api/stats").json()
    assert (stats["articles"], stats["events"], stats["located_events"]) == (5, 5, 3)
    assert stats["events_by_quad_class"] == {"1": 1, "2": 1, "3": 1, "4": 2}
    assert (stats["first_day"], stats["last_day"]) == ("2022-02-24", "2022-03-20")


def test_exports_hold_every_matching_event(client: TestClient) -> None:
    as_csv = client.get("/api/events", params={"source": "RUS", "format": "csv"})
    assert as_csv.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(as_csv.text)))
    assert [r["article_id"] for r in rows] == ["xss", "a3", "a1"]
    as_jsonl = client.get("/api/events", params={"source": "RUS", "format": "jsonl"})
    lines = [json.loads(line) for line in as_jsonl.text.splitlines()]
    assert [line["article_id"] for line in lines] == ["xss", "a3", "a1"]
    assert lines[0]["evidence"] and isinstance(lines[0]["evidence"][0], list)
    as_parquet = client.get("/api/events", params={"source": "RUS", "format": "parquet"})
    table = pq.read_table(pa.BufferReader(as_parquet.content))
    assert table.column("article_id").to_pylist() == ["xss", "a3", "a1"]
    empty = client.get("/api/events", params={"source": "CHN", "format": "parquet"})
    assert pq.read_table(pa.BufferReader(empty.content)).num_rows == 0


def test_openapi_and_offline_docs(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert {"/api/events", "/api/dyads/{a}/{b}/series", "/api/articles", "/api/stats"} <= set(schema["paths"])
    page = client.get("/docs")
    assert page.status_code == 200
    assert "/api/dyads/{a}/{b}/series" in page.text
    assert "cdn" not in page.text.lower()


# ---- writes ----

ARTICLE = {"id": "new-1", "text": "Russia attacked Ukraine today.", "date": "2022-04-01", "title": "New"}


def test_writes_are_disabled_without_a_configured_token(store: Store) -> None:
    response = _client(store, token="").post("/api/articles", json=ARTICLE)
    assert response.status_code == 403
    assert "CLIO_API_TOKEN" in response.json()["error"]


@pytest.mark.parametrize("header", [None, "Bearer wrong", f"Basic {TOKEN}", TOKEN])
def test_writes_need_the_bearer_token(client: TestClient, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    response = client.post("/api/articles", json=ARTICLE, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")


def test_posted_article_is_coded_stored_and_queryable(writer: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    response = writer.post("/api/articles", json=ARTICLE, headers=auth)
    assert response.status_code == 201, response.text
    assert response.json()["articles"][0] == {"id": "new-1", "events": 1, "actors": 2, "errors": []}
    found = writer.get("/api/events", params={"since": "2022-04-01"}).json()
    assert _articles(found) == ["new-1"]
    assert writer.get("/api/articles/new-1").json()["title"] == "New"


def test_post_accepts_arrays_and_json_lines(writer: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    many = [{"id": "m1", "text": "Nothing happened.", "date": "2022-05-01"}, {"text": 12}]
    response = writer.post("/api/articles", json=many, headers=auth)
    assert response.status_code == 201
    assert [a["id"] for a in response.json()["articles"]] == ["m1"]
    assert "article 2" in response.json()["rejected"][0]
    body = "\n".join(json.dumps(a) for a in ({"id": "l1", "text": "One."}, {"id": "l2", "text": "Two."}))
    lines = writer.post(
        "/api/articles", content=body, headers={**auth, "Content-Type": "application/x-ndjson"}
    ).json()
    assert [a["id"] for a in lines["articles"]] == ["l1", "l2"]
    assert lines["articles"][0]["errors"][0]["stage"] == "reader"  # no date: a warning, still stored


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (b"{not json", "invalid JSON"),
        (b"", "empty"),
        (b"[]", "no articles"),
        (b"[1, 2]", "expected a JSON object"),
        (b'{"id": "x"}', "no 'text' field"),
        (b'{"text": 12}', "'text' must be a string"),
        (b"\xff\xfe", "not UTF-8"),
        (b'{"id": "' + b"x" * 300 + b'", "text": "t"}', "over the limit of 255"),
        (b"[" + b",".join([b'{"text": "t"}'] * 101) + b"]", "at most 100"),
    ],
)
def test_bad_article_bodies_are_400(client: TestClient, body: bytes, fragment: str) -> None:
    response = client.post(
        "/api/articles",
        content=body,
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
    )
    assert response.status_code == 400
    assert fragment in response.json()["error"]


def test_request_bodies_over_the_limit_are_refused(store: Store) -> None:
    client = _client(store, max_body_bytes=200)
    article = {"text": "Russia attacked Ukraine. " * 50}
    response = client.post("/api/articles", json=article, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 413
    assert "limit" in response.json()["error"]


# ---- escaping ----


@pytest.mark.parametrize("url", ["/", "/?source=RUS", "/articles/xss", "/articles/xss?event=x"])
def test_hostile_text_is_escaped_in_pages(client: TestClient, url: str) -> None:
    page = client.get(url)
    assert page.status_code == 200
    assert api_corpus.XSS_SCRIPT not in page.text
    assert api_corpus.XSS_ATTRIBUTE not in page.text
    assert "javascript:alert" not in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]


def test_article_page_shows_the_payload_as_text(client: TestClient) -> None:
    page = client.get("/articles/xss").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&#34; onmouseover=alert(1) x=&#34;" in page


def test_article_page_marks_the_selected_evidence(client: TestClient) -> None:
    event_id = client.get("/api/events", params={"article_id": "a1"}).json()["events"][0]["id"]
    redirect = client.get(f"/events/{event_id}", follow_redirects=False)
    assert redirect.status_code == 303
    assert redirect.headers["location"] == f"/articles/a1?event={event_id}#evidence"
    page = client.get(f"/articles/a1?event={event_id}").text
    assert 'id="evidence"' in page
    assert "event selected" in page


def test_html_errors_are_pages_not_traces(client: TestClient) -> None:
    page = client.get("/articles/<b>missing</b>", headers={"Accept": "text/html"})
    assert page.status_code == 404
    assert "<b>missing</b>" not in page.text
    assert "no article with id" in page.text


def test_slow_queries_are_stopped_with_a_503(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings(db_url=str(store.engine.url))
    client = TestClient(
        create_app(settings, engine=store.engine, query_timeout=0.05), raise_server_exceptions=False
    )
    slow = (
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100000000) "
        "SELECT count(*) FROM c"
    )

    def slow_stats(engine: Any) -> dict[str, Any]:
        with engine.connect() as connection:
            connection.execute(text(slow))
        return {}

    monkeypatch.setattr("clio.analytics.stats", slow_stats)
    response = client.get("/api/stats")
    assert response.status_code == 503
    assert "took longer than 0.05 s" in response.json()["error"]
    assert client.get("/api/events?limit=1").status_code == 200  # the connection is still usable


def test_streamed_bodies_over_the_limit_are_refused(store: Store) -> None:
    client = _client(store, max_body_bytes=200)

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit is counted while reading
        for _ in range(10):
            yield b'{"text": "' + b"x" * 50 + b'"}'

    response = client.post("/api/articles", content=chunks(), headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 413
    assert "limit" in response.json()["error"]
