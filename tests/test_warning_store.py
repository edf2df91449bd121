"""Early warning over a real database (SQLite and PostgreSQL): series kept by the writer, the
migration's backfill, alerts stored once with their evidence, and the API routes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from fastapi.testclient import TestClient
from sqlalchemy import select

from clio.api import create_app
from clio.records import ArticleResult
from clio.settings import Settings
from clio.store import Store, schema
from clio.store.database import MIGRATIONS
from clio.store.series import add_events, increments
from clio.warning.alerts import raise_alerts
from clio.warning.watchlist import Watchlist
from tests.test_store import _event, _result

START = dt.date(2024, 1, 1)  # a Monday


def _week(article: str, week: int, weekday: int, events: list[tuple[str, str, str]]) -> ArticleResult:
    day = START + dt.timedelta(weeks=week, days=weekday)
    return _result(
        article,
        day,
        [_event(article, i, s, t, cameo, day.isoformat()) for i, (s, t, cameo) in enumerate(events)],
    )


def escalation_story() -> list[ArticleResult]:
    """Eight quiet weeks of talks between Kyrgyzstan and Tajikistan, then shots at the border."""
    results = [
        _week(f"talks-{w}", w, 2, [("KGZGOV", "TJKGOV", "040"), ("TJKGOV", "KGZGOV", "040")])
        for w in range(8)
    ]
    results += [_week(f"other-{w}", w, 3, [("KAZGOV", "UZBGOV", "042")]) for w in range(10)]
    results.append(_week("threat", 8, 1, [("KGZGOV", "TJKGOV", "130"), ("KGZMIL", "TJKMIL", "150")]))
    results.append(_week("shots", 8, 4, [("TJKMIL", "KGZMIL", "190"), ("KGZMIL", "TJKMIL", "190")]))
    results.append(_week("more-shots", 9, 0, [("TJKMIL", "KGZMIL", "190"), ("KGZMIL", "TJKMIL", "193")]))
    return results


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    url = (
        str(request.getfixturevalue("postgres_url"))
        if request.param == "postgresql"
        else f"sqlite:///{tmp_path / 'w.db'}"
    )
    opened = Store.open(url)
    yield opened
    opened.close()


def _series(store: Store) -> dict[tuple[object, ...], dict[str, float]]:
    table = schema.series
    with store.engine.connect() as connection:
        rows = connection.execute(select(table)).mappings().all()
    keys = ("interval", "period", "unit", "source", "target")
    return {tuple(r[k] for k in keys): {k: v for k, v in r.items() if k not in keys and v} for r in rows}


def _recomputed(store: Store) -> dict[tuple[object, ...], dict[str, float]]:
    with store.engine.connect() as connection:
        rows = connection.execute(select(schema.events)).mappings().all()
    return {k: {name: v for name, v in counts.items() if v} for k, counts in increments(rows).items()}


def test_series_are_kept_incrementally_and_never_count_twice(store: Store) -> None:
    story = escalation_story()
    store.write(story[:10])
    store.write(story[:12])  # overlaps the first batch: its events are already stored
    store.write(story)
    store.write(story)  # a rerun
    series = _series(store)
    assert series == _recomputed(store)
    week8 = series[("week", START + dt.timedelta(weeks=8), "country_dyad", "TJK", "KGZ")]
    assert (week8["events"], week8["quad4"], week8["root19"]) == (1, 1, 1)
    month = series[("month", dt.date(2024, 2, 1), "country", "KGZ", "")]
    assert month["events"] == sum(
        1
        for r in story
        for e in r.events
        if "KGZ" in (e.source.country, e.target.country if e.target else None)
        and dt.date(2024, 2, 1) <= r.article.date < dt.date(2024, 3, 1)  # type: ignore[operator]
    )


def test_alerts_are_raised_once_and_name_the_events_behind_them(store: Store) -> None:
    story = escalation_story()
    store.write(story)
    new = raise_alerts(store.engine, Watchlist())
    dyads = {(a["unit"], a["source"], a["target"]): a for a in new}
    alert = dyads[("country_dyad", "TJK", "KGZ")]
    assert alert["period"] == START + dt.timedelta(weeks=10)  # the week after the latest article
    assert alert["probability"] >= alert["threshold"]
    shots = {
        e.id
        for r in story
        if r.article.id in ("shots", "more-shots")
        for e in r.events
        if e.source.code == "TJKMIL"
    }
    assert shots <= {e["id"] for e in alert["evidence"]}
    assert all(e["sentence"] and e["article_id"] for e in alert["evidence"])
    assert raise_alerts(store.engine, Watchlist()) == []  # the same unit and period: not again
    quiet = {(a["source"], a["target"]) for a in new}
    assert ("KAZ", "UZB") not in quiet  # cooperation only


def test_the_migration_fills_the_series_from_stored_events(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'old.db'}")
    store.write(escalation_story())
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")
        command.upgrade(config, "head")
    assert _series(store) == _recomputed(store)
    store.close()


def test_api_alerts_and_forecast(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'api.db'}")
    store.write(escalation_story())
    raise_alerts(store.engine, Watchlist())
    client = TestClient(create_app(Settings(db_url=str(store.engine.url)), engine=store.engine, api_token=""))
    body = client.get("/api/alerts", params={"source": "TJK", "target": "KGZ"}).json()
    assert body["count"] == 1 and body["alerts"][0]["evidence"]
    assert client.get("/api/alerts", params={"level": "rising", "source": "KAZ"}).json()["count"] == 0
    forecast = client.get("/api/forecast", params={"source": "TJKMIL", "target": "KGZMIL"}).json()
    assert forecast["unit"] == "dyad" and forecast["escalation"]["probability"] > 0.3
    assert any(e["cameo"].startswith("19") for e in forecast["next_events"])
    assert client.get("/api/forecast", params={"source": "x"}).status_code == 422
    page = client.get(f"/alerts/{body['alerts'][0]['id']}")
    assert page.status_code == 200 and "alert-mark" in page.text and "alert-events" in page.text
    assert client.get("/alerts/" + "0" * 40).status_code == 404
    store.close()


def test_api_series_with_shares_of_volume(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'series.db'}")
    store.write(escalation_story())
    client = TestClient(create_app(Settings(db_url=str(store.engine.url)), engine=store.engine, api_token=""))
    body = client.get("/api/series", params={"source": "TJK", "target": "KGZ", "interval": "week"}).json()
    assert body["unit"] == "country_dyad"
    week8 = next(r for r in body["series"] if r["period"] == (START + dt.timedelta(weeks=8)).isoformat())
    # week 8: 5 events (threat 2, shots 2, KAZ-UZB 1); TJK takes part in 4; TJK -> KGZ is 1
    assert (week8["events"], week8["quad4"], week8["root19"]) == (1, 1, 1)
    assert week8["share_of_corpus"] == pytest.approx(1 / 5)
    assert week8["share_of_source"] == pytest.approx(1 / 4)
    country = client.get("/api/series", params={"source": "KAZ", "interval": "month"}).json()
    assert country["unit"] == "country" and "share_of_source" not in country["series"][0]
    store.close()


def test_goldstein_sums_do_not_depend_on_the_order_events_arrive(store: Store) -> None:
    """Float addition is not associative: without rounding, a Dask run (batches in completion
    order) and a local run stored sums such as -68.69999999999999 and -68.7 for the same events."""
    scores = [1.9, -4.4, 3.4, -7.2, 1.9, 0.1, -4.4, 3.4, 0.1, -7.2, 1.9, 0.7]
    rows = [
        {
            "day": START,
            "source_code": "KGZGOV",
            "source_country": "KGZ",
            "target_code": "TJKGOV",
            "target_country": "TJK",
            "quad_class": 1,
            "cameo_root": "04",
            "goldstein": score,
        }
        for score in scores
    ]
    exact = float(sum(Decimal(str(score)) for score in scores))
    assert sum(scores) != exact  # the naive sum of this order is off in the last bit
    with store.engine.begin() as connection:
        for row in rows:  # one batch per event, the worst case
            add_events(connection, [row])
    sums = {key[:3]: cells["goldstein_sum"] for key, cells in _series(store).items()}
    assert sums[("week", START, "corpus")] == exact
    assert sums[("month", START, "corpus")] == exact
