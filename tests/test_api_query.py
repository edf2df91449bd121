"""The shared event query as the API pages it: undated events, cursors in both orders, prefixes."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest

from clio.query import EventQuery, find_events
from clio.records import Actor, Article, ArticleResult, Event, event_id
from clio.store import Store


def _event(article_id: str, n: int, source: str, target: str, cameo: str, date: str | None) -> Event:
    span = (n, n + 1)
    return Event(
        id=event_id(article_id, span, cameo, source, target),
        source=Actor(source, (0, 1), source, source, source[:3], source[3:] or None),
        target=Actor(target, (0, 1), target, target, target[:3], target[3:] or None),
        cameo=cameo,
        cameo_root=cameo[:2],
        plover=None,
        quad_class=1,
        goldstein=1.0,
        sentence="s",
        span=span,
        date=date,
    )


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    opened = Store.open(f"sqlite:///{tmp_path_factory.mktemp('query') / 'q.db'}")
    dated = ArticleResult(
        article=Article("d", "x" * 20, dt.date(2022, 1, 10)),
        events=tuple(
            _event("d", n, src, "UKR", cameo, date)
            for n, (src, cameo, date) in enumerate(
                [
                    ("RUSGOV", "042", "2022-01-01"),
                    ("RUSMIL", "190", "2022-01-01"),
                    ("RUS", "0421", "2022-01-05"),
                    ("USAGOV", "043", "2022-01-03"),
                ]
            )
        ),
    )
    undated = ArticleResult(
        article=Article("u", "y" * 20, None),
        events=(_event("u", 1, "RUSGOVX", "UKR", "04", None), _event("u", 2, "CHN", "UKR", "19", None)),
    )
    opened.write([dated, undated])
    yield opened
    opened.close()


def _walk(store: Store, query: EventQuery) -> list[tuple[str | None, str]]:
    seen: list[tuple[str | None, str]] = []
    after = None
    while True:
        page = find_events(store.engine, dataclasses.replace(query, after=after, limit=1))
        if not page:
            return seen
        row = page[0]
        seen.append((row["day"].isoformat() if row["day"] else None, row["id"]))
        after = (seen[-1][0] or "", row["id"])


@pytest.mark.parametrize("order", ["desc", "asc"])
def test_cursor_pages_cover_every_event_once_including_undated(store: Store, order: str) -> None:
    everything = [
        (r["day"].isoformat() if r["day"] else None, r["id"])
        for r in find_events(store.engine, EventQuery(order=order))
    ]
    assert len(everything) == 6
    days = [d for d, _ in everything]
    if order == "desc":
        assert days == ["2022-01-05", "2022-01-03", "2022-01-01", "2022-01-01", None, None]
    else:
        assert days == [None, None, "2022-01-01", "2022-01-01", "2022-01-03", "2022-01-05"]
    assert _walk(store, EventQuery(order=order)) == everything


@pytest.mark.parametrize(
    ("query", "expected_sources"),
    [
        (EventQuery(source="RUS"), {"RUSGOV", "RUSMIL", "RUS", "RUSGOVX"}),  # a country: every RUS actor
        (EventQuery(source="RUSGOV"), {"RUSGOV", "RUSGOVX"}),  # a code is a prefix
        (EventQuery(source="rusmil"), {"RUSMIL"}),
        (EventQuery(source="USAGOVZ"), set()),
        (EventQuery(cameo="042"), {"RUSGOV", "RUS"}),  # 042 and 0421
        (EventQuery(cameo="04"), {"RUSGOV", "RUS", "USAGOV", "RUSGOVX"}),
        (EventQuery(cameo="19"), {"RUSMIL", "CHN"}),
    ],
)
def test_prefix_filters(store: Store, query: EventQuery, expected_sources: set[str]) -> None:
    assert {r["source_code"] for r in find_events(store.engine, query)} == expected_sources
