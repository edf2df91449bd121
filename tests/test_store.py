"""Storage: migrations, transactional idempotent writes, and the shared event query."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import inspect

from clio.errors import StoreError
from clio.query import EventQuery, event_summary, find_events, iter_events
from clio.records import Actor, Article, ArticleResult, Event, StageError, event_id
from clio.store import ErrorRow, Store
from clio.store.rows import event_day
from tests.pg import fresh_database


def _event(article_id: str, n: int, source: str, target: str, cameo: str, date: str | None) -> Event:
    src = Actor(source, (0, 3), source, source, source[:3], source[3:] or None)
    tgt = Actor(target, (4, 7), target, target, target[:3], target[3:] or None)
    span = (n * 10, n * 10 + 5)
    return Event(
        id=event_id(article_id, span, cameo, source, target),
        source=src,
        target=tgt,
        cameo=cameo,
        cameo_root=cameo[:2],
        plover=None,
        quad_class=4 if int(cameo[:2]) >= 14 else 1,
        goldstein=-5.0,
        sentence=f"sentence {n}",
        span=span,
        date=date,
        date_precision="day",
    )


def _result(article_id: str, day: dt.date, events: list[Event]) -> ArticleResult:
    article = Article(id=article_id, text=f"text of {article_id} " * 5, date=day, path=f"{article_id}.txt")
    return ArticleResult(article=article, events=tuple(events), actors=(events[0].source,) if events else ())


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database on each backend (PostgreSQL: a real server, see tests/pg.py)."""
    if request.param == "postgresql":
        return str(request.getfixturevalue("postgres_url"))
    return f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    opened = Store.open(db_url)
    yield opened
    opened.close()


def test_migration_creates_every_table(store: Store) -> None:
    tables = set(inspect(store.engine).get_table_names())
    assert {"articles", "actors", "events", "timexes", "quotes", "locations", "ingest_errors"} <= tables


def test_reopening_a_migrated_database_keeps_its_data(db_url: str) -> None:
    first = Store.open(db_url)
    first.write([_result("a1", dt.date(2022, 1, 1), [])])
    first.close()
    again = Store.open(db_url)
    assert again.counts()["articles"] == 1
    again.close()


def test_writing_the_same_batch_twice_changes_nothing(store: Store) -> None:
    batch = [_result("a1", dt.date(2022, 2, 1), [_event("a1", 1, "RUSMIL", "UKRMIL", "190", "2022-02-24")])]
    store.write(batch, errors=[ErrorRow("bad.jsonl:3", "input", "invalid JSON")])
    first = store.counts()
    store.write(batch, errors=[ErrorRow("bad.jsonl:3", "input", "invalid JSON")])
    assert store.counts() == first
    assert first["articles"] == 1 and first["events"] == 1 and first["ingest_errors"] == 1


def test_stage_errors_are_kept(store: Store) -> None:
    result = _result("a1", dt.date(2022, 2, 1), []).replace(errors=(StageError("clio_events", "boom"),))
    store.write([result])
    assert store.counts()["ingest_errors"] == 1


def test_a_failed_batch_writes_nothing(store: Store) -> None:
    good = _result("ok", dt.date(2022, 1, 1), [])
    broken_event = dataclasses.replace(_event("bad", 1, "RUSGOV", "UKRGOV", "190", None), cameo_root=None)
    bad = _result("bad", dt.date(2022, 1, 1), [broken_event])  # NOT NULL fails inside the transaction
    with pytest.raises(StoreError):
        store.write([good, bad])
    assert store.counts()["articles"] == 0


@pytest.mark.parametrize(
    ("value", "fallback", "expected"),
    [
        ("2022-02-24", None, dt.date(2022, 2, 24)),
        ("2022-02", None, dt.date(2022, 2, 1)),
        ("2022", None, dt.date(2022, 1, 1)),
        ("PRESENT_REF", dt.date(2021, 5, 5), dt.date(2021, 5, 5)),
        ("2022-Q1", dt.date(2021, 5, 5), dt.date(2021, 5, 5)),
        (None, None, None),
    ],
)
def test_event_day(value: str | None, fallback: dt.date | None, expected: dt.date | None) -> None:
    assert event_day(value, fallback) == expected


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def filled(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One filled database per backend, shared by the read-only query tests below."""
    with contextlib.ExitStack() as stack:
        if request.param == "postgresql":
            url = stack.enter_context(fresh_database(request.getfixturevalue("postgres_server")))
        else:
            url = f"sqlite:///{tmp_path_factory.mktemp('filled') / 'test.db'}"
        store = Store.open(url)
        stack.callback(store.close)
        _fill(store)
        yield store


def _fill(store: Store) -> None:
    store.write(
        [
            _result(
                "a1",
                dt.date(2022, 2, 24),
                [
                    _event("a1", 1, "RUSMIL", "UKRMIL", "190", "2022-02-24"),
                    _event("a1", 2, "USAGOV", "RUSGOV", "163", "2022-02-22"),
                ],
            ),
            _result(
                "a2",
                dt.date(2022, 3, 1),
                [
                    _event("a2", 1, "UKRGOV", "RUSGOV", "111", "2022-03-01"),
                    _event("a2", 2, "IGOUNO", "RUSGOV", "112", "2022-03-02"),
                    _event("a2", 3, "CHNGOV", "USAGOV", "042", None),
                ],
            ),
        ]
    )


@pytest.mark.parametrize(
    ("query", "expected_cameos"),
    [
        (EventQuery(), {"190", "163", "111", "112", "042"}),
        (EventQuery(source="RUS"), {"190"}),
        (EventQuery(source="rusmil"), {"190"}),
        (EventQuery(target="RUS"), {"163", "111", "112"}),
        (EventQuery(source="IGOUNO"), {"112"}),
        (EventQuery(source="IGO"), {"112"}),
        (EventQuery(actor="USA"), {"163", "042"}),
        (EventQuery(root="11"), {"111", "112"}),
        (EventQuery(cameo="11"), {"111", "112"}),
        (EventQuery(cameo="112"), {"112"}),
        (EventQuery(quad_class=4), {"190", "163"}),
        (EventQuery(since=dt.date(2022, 3, 1)), {"111", "112", "042"}),
        (EventQuery(until=dt.date(2022, 2, 23)), {"163"}),
        (EventQuery(since=dt.date(2022, 2, 23), until=dt.date(2022, 2, 28)), {"190"}),
        (EventQuery(text="SENTENCE 3"), {"042"}),
        (EventQuery(article_id="a1"), {"190", "163"}),
        (EventQuery(source="'; DROP TABLE events; --"), set()),
    ],
)
def test_event_query_filters(filled: Store, query: EventQuery, expected_cameos: set[str]) -> None:
    assert {row["cameo"] for row in find_events(filled.engine, query)} == expected_cameos


def test_event_without_date_falls_back_to_article_day(filled: Store) -> None:
    (row,) = find_events(filled.engine, EventQuery(cameo="042"))
    assert row["day"] == dt.date(2022, 3, 1)


def test_cursor_pagination_visits_every_event_once(filled: Store) -> None:
    rows = list(iter_events(filled.engine, EventQuery(limit=2)))
    assert len(rows) == 5 and len({r["id"] for r in rows}) == 5
    days = [r["day"] for r in rows]
    assert days == sorted(days, reverse=True)


@pytest.mark.parametrize(
    "bad", [{"limit": 0}, {"limit": 10_001}, {"root": "4"}, {"cameo": "x1"}, {"order": "up"}]
)
def test_event_query_rejects_bad_values(bad: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        EventQuery(**bad)  # type: ignore[arg-type]


def test_event_summary(filled: Store) -> None:
    summary = event_summary(filled.engine)
    assert summary["articles"] == 2 and summary["events"] == 5
    assert summary["events_by_root"] == {"04": 1, "11": 2, "16": 1, "19": 1}
