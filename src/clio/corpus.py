"""A database of coded articles from Python: ``clio.connect(db_url) -> Corpus``.

    db = clio.connect("clio.db")                      # SQLite file, or any SQLAlchemy URL
    db.ingest(["news/"])                              # read, code and store (as `clio run`)
    events = db.events(source="RUS", since="2024-01-01")   # pandas.DataFrame
    series = db.series("ARM", "AZE", interval="month")     # both directions, per period
    articles = db.articles()

``events`` takes the filters of ``clio events`` / ``clio export`` (and the REST API); dates may
be ``datetime.date`` or ISO strings. Results are pandas DataFrames whose columns are the stored
columns (docs/output.md); ``day`` is a datetime64 column.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clio.coding import Coder, ingested_item, settings_from
from clio.errors import ClioError, InputError
from clio.records import Article
from clio.settings import Settings, normalize_db_url

if TYPE_CHECKING:
    import pandas as pd
    from sqlalchemy import Engine

    from clio.pipeline import ProgressCallback, RunSummary
    from clio.query import EventQuery

PAGE = 5_000
ARTICLE_COLUMNS = ("id", "date", "title", "source", "url", "path", "ingested_at")
SERIES_COLUMNS = (
    "period",
    "direction",
    "events",
    "quad1",
    "quad2",
    "quad3",
    "quad4",
    "goldstein_sum",
    "goldstein_mean",
)


def _date(value: dt.date | str | None, name: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ClioError(f"{name}={value!r} is not a date; use YYYY-MM-DD or a datetime.date") from None


class Corpus:
    """Stored articles and events in one database, as DataFrames; opened by :func:`connect`."""

    def __init__(self, db_url: str, *, settings: Settings | None = None) -> None:
        from clio.store import Store

        self.db_url = normalize_db_url(db_url)
        self.settings = settings_from(settings, db_url=self.db_url)
        self._store = Store.open(self.db_url)

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, for your own queries (see also :meth:`sql`)."""
        return self._store.engine

    def __repr__(self) -> str:
        return f"<clio.Corpus {self.db_url}>"

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._store.close()

    def ingest(
        self,
        inputs: str | Path | Iterable[str | Path] | Iterable[Article | Mapping[str, Any]],
        *,
        coder: Coder | None = None,
        progress: ProgressCallback | None = None,
    ) -> RunSummary:
        """Code and store articles, as ``clio run`` does. ``inputs`` is a path (file, directory
        or glob) or a list of them, or an iterable of Article records or mappings with the JSON
        Lines fields (``text``, ``date``, ``id``, ``title``, ``source``, ``url``). Articles already
        stored (same id, same or nearly the same text) are skipped, so ingesting twice is safe;
        an unusable input is reported in the summary's ``input_errors`` and the rest are stored.

        Returns the run summary (``read``, ``stored``, ``duplicates``, ``events``, ``input_errors``).
        """
        from clio.pipeline import LocalEngine, run_items
        from clio.readers import read_inputs

        coder = coder or Coder(self.settings)
        first, rest = _peek([inputs] if isinstance(inputs, (str, Path)) else inputs)
        items: Iterable[Any]
        if first is None or isinstance(first, (str, Path)):
            items = read_inputs([str(p) for p in rest], max_chars=self.settings.max_chars)
        else:
            items = _articles(rest, max_chars=self.settings.max_chars)
        return run_items(
            items, self.settings, self._store, engine=LocalEngine(coder.extractor), progress=progress
        )

    def events(
        self,
        *,
        source: str | None = None,
        target: str | None = None,
        actor: str | None = None,
        actor_name: str | None = None,
        code: str | None = None,
        root: str | None = None,
        plover: str | None = None,
        mode: str | None = None,
        context: str | None = None,
        quad_class: int | None = None,
        since: dt.date | str | None = None,
        until: dt.date | str | None = None,
        text: str | None = None,
        article_id: str | None = None,
        limit: int | None = None,
    ) -> pd.DataFrame:
        """Stored events matching the filters, oldest first, as a DataFrame (all of them unless
        ``limit``). ``source``/``target``/``actor`` take a country (ISO3) or an actor code or
        prefix; ``code`` a CAMEO code or prefix; ``root`` two digits; ``text`` a substring of
        the evidence sentence."""
        import pandas as pd

        from clio.exports import COLUMNS
        from clio.query import iter_events

        query = self._query(
            source=source,
            target=target,
            actor=actor,
            actor_name=actor_name,
            code=code,
            root=root,
            plover=plover,
            mode=mode,
            context=context,
            quad_class=quad_class,
            since=since,
            until=until,
            text=text,
            article_id=article_id,
        )
        rows = iter_events(self.engine, query)
        if limit is not None:
            rows = itertools.islice(rows, limit)
        frame = pd.DataFrame.from_records(list(rows), columns=list(COLUMNS))
        frame["day"] = pd.to_datetime(frame["day"])
        return frame

    def count(self, **filters: Any) -> int:
        """How many stored events match the filters of :meth:`events` (without ``limit``)."""
        from clio.query import count_events

        return count_events(self.engine, self._query(**filters))

    def _query(self, **filters: Any) -> EventQuery:
        from clio.query import EventQuery

        if "code" in filters:
            filters["cameo"] = filters.pop("code")
        for name in ("since", "until"):
            filters[name] = _date(filters.get(name), name)
        try:
            return EventQuery(**filters, limit=PAGE, order="asc")
        except (TypeError, ValueError) as exc:
            raise ClioError(str(exc)) from None

    def series(
        self,
        a: str,
        b: str,
        interval: str = "month",
        *,
        since: dt.date | str | None = None,
        until: dt.date | str | None = None,
    ) -> pd.DataFrame:
        """Interactions between ``a`` and ``b`` (countries or actor codes) per period, both
        directions: one row per (period, direction) with ``direction`` "a_to_b" or "b_to_a",
        the number of events, counts per quad class and the summed and mean Goldstein score.
        Quiet periods between the first and last are rows of zeros."""
        import pandas as pd

        from clio import analytics

        try:
            data = analytics.dyad_series(
                self.engine, a, b, interval=interval, since=_date(since, "since"), until=_date(until, "until")
            )
        except ValueError as exc:
            raise ClioError(str(exc)) from None
        rows = [
            {
                "period": period["period"],
                "direction": direction,
                "events": period[direction]["events"],
                **{f"quad{q}": n for q, n in period[direction]["quad_counts"].items()},
                "goldstein_sum": period[direction]["goldstein_sum"],
                "goldstein_mean": period[direction]["goldstein_mean"],
            }
            for period in data["series"]
            for direction in ("a_to_b", "b_to_a")
        ]
        frame = pd.DataFrame.from_records(rows, columns=list(SERIES_COLUMNS))
        frame["period"] = pd.to_datetime(frame["period"])
        return frame

    def articles(
        self,
        *,
        since: dt.date | str | None = None,
        until: dt.date | str | None = None,
        source: str | None = None,
        limit: int | None = None,
        with_text: bool = False,
    ) -> pd.DataFrame:
        """Stored articles (newest first) with how many events each has; ``with_text`` adds the text."""
        import pandas as pd
        from sqlalchemy import func, select

        from clio.store import schema

        articles, events = schema.articles, schema.events
        names = [*ARTICLE_COLUMNS, "text"] if with_text else list(ARTICLE_COLUMNS)
        counts = (
            select(events.c.article_id, func.count().label("events")).group_by(events.c.article_id).subquery()
        )
        stmt = (
            select(*(articles.c[n] for n in names), func.coalesce(counts.c.events, 0).label("events"))
            .outerjoin(counts, counts.c.article_id == articles.c.id)
            .order_by(articles.c.date.desc().nulls_last(), articles.c.id)
        )
        since_day, until_day = _date(since, "since"), _date(until, "until")
        if since_day:
            stmt = stmt.where(articles.c.date >= since_day)
        if until_day:
            stmt = stmt.where(articles.c.date <= until_day)
        if source:
            stmt = stmt.where(articles.c.source == source)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.engine.connect() as connection:
            rows = [dict(r._mapping) for r in connection.execute(stmt)]
        frame = pd.DataFrame.from_records(rows, columns=[*names, "events"])
        frame["date"] = pd.to_datetime(frame["date"])
        return frame

    def article(self, article_id: str) -> dict[str, Any]:
        """One article with its text and every extracted span (actors, events, timexes, quotes,
        locations), as the REST API returns it."""
        from clio.analytics import article_detail

        detail = article_detail(self.engine, article_id)
        if detail is None:
            raise ClioError(f"no article with id {article_id!r} in {self.db_url}")
        return detail

    def sql(self, query: str, params: dict[str, Any] | None = None) -> pd.DataFrame:
        """Any read query as a DataFrame, e.g. ``db.sql("select * from events_readable")``."""
        import pandas as pd
        from sqlalchemy import text

        with self.engine.connect() as connection:
            return pd.read_sql(text(query), connection, params=params)


def _peek(items: Iterable[Any]) -> tuple[Any, Iterable[Any]]:
    iterator = iter(items)
    first = next(iterator, None)
    return first, itertools.chain([] if first is None else [first], iterator)


def _articles(items: Iterable[Article | Mapping[str, Any]], *, max_chars: int) -> Iterator[Any]:
    """Articles to store, and an InputError for each item that cannot be coded."""
    from clio.readers import Ingested

    for number, item in enumerate(items, start=1):
        ready = ingested_item(number, item, max_chars=max_chars)
        if isinstance(ready, Ingested):
            yield ready
        else:
            yield InputError(f"item {number}", ready.errors[0].message)


def connect(db_url: str = "clio.db", *, settings: Settings | None = None) -> Corpus:
    """Open (creating or migrating as needed) the database at ``db_url``: a SQLite file path or
    a SQLAlchemy URL such as ``postgresql+psycopg://clio@localhost/clio``."""
    return Corpus(db_url, settings=settings)
