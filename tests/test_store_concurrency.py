"""Several writers storing overlapping batches at the same time: no duplicates, no errors."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest

from clio.records import Actor, Article, ArticleResult, Event, event_id
from clio.store import ErrorRow, Store

WRITERS = 3
ROUNDS = 6
ARTICLES_PER_BATCH = 12


def _result(n: int) -> ArticleResult:
    article_id = f"art-{n:04d}"
    text = f"Russia attacked Ukraine, report {n}."
    source = Actor("Russia", (0, 6), "Russia", "RUS", "RUS", None)
    target = Actor("Ukraine", (16, 23), "Ukraine", "UKR", "UKR", None)
    event = Event(
        id=event_id(article_id, (0, 23), "190", "RUS", "UKR"),
        source=source,
        target=target,
        cameo="190",
        cameo_root="19",
        plover="ASSAULT",
        quad_class=4,
        goldstein=-10.0,
        sentence=text,
        span=(0, 23),
        date="2022-02-24",
        date_precision="day",
    )
    article = Article(id=article_id, text=text, date=dt.date(2022, 2, 24))
    return ArticleResult(article=article, actors=(source, target), events=(event,))


def _batches(writer: int) -> list[list[ArticleResult]]:
    """Overlapping batches, in a different order for each writer (the worst case for locking)."""
    batches = []
    for round_ in range(ROUNDS):
        numbers = list(range(round_ * 6, round_ * 6 + ARTICLES_PER_BATCH))  # half shared with next round
        batches.append([_result(n) for n in (numbers if writer % 2 == 0 else reversed(numbers))])
    return batches


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgresql":
        return str(request.getfixturevalue("postgres_url"))
    return f"sqlite:///{tmp_path / 'shared.db'}"


def test_concurrent_writers_store_each_row_once(db_url: str) -> None:
    Store.open(db_url).close()  # migrate once, as a deployment would before starting writers
    start = threading.Barrier(WRITERS, timeout=60)
    failures: list[BaseException] = []

    def write(writer: int) -> None:
        try:
            store = Store.open(db_url)  # writers start together: opening must be safe too
            start.wait()
            for batch in _batches(writer):
                store.write(batch, errors=[ErrorRow("feed", "input", "same problem seen by every writer")])
            store.close()
        except BaseException as exc:
            failures.append(exc)
            start.abort()

    threads = [threading.Thread(target=write, args=(w,)) for w in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert failures == []
    articles = (ROUNDS - 1) * 6 + ARTICLES_PER_BATCH
    store = Store.open(db_url)
    counts = store.counts()
    store.close()
    assert counts["articles"] == articles and counts["events"] == articles
    assert counts["actors"] == 2 * articles and counts["ingest_errors"] == 1
