"""The database schema as SQLAlchemy Core tables (portable: SQLite and PostgreSQL).

Migrations in ``migrations/versions`` create and change these tables; this module is the
current shape that the writer and the query layer use.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("id", String(255), primary_key=True),
    Column("date", Date, nullable=True, index=True),
    Column("title", Text),
    Column("source", String(255)),
    Column("url", Text),
    Column("path", Text),
    Column("text", Text, nullable=False),
    Column("content_hash", String(40), nullable=False, index=True),
    Column("minhash", LargeBinary),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)


def _child(name: str, *columns: Column[Any] | Index) -> Table:
    """A table of spans belonging to one article, keyed by (article_id, start, end, extra)."""
    return Table(
        name,
        metadata,
        Column("article_id", String(255), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        Column("start", Integer, primary_key=True),
        Column("end", Integer, primary_key=True),
        Column("text", Text, nullable=False),
        *columns,
    )


actors = _child(
    "actors",
    Column("code", String(32), primary_key=True),
    Column("name", Text, nullable=False),
    Column("country", String(3), index=True),
    Column("sector", String(16)),
    # 0006: the PLOVER actor fields (clio.ontology.plover).
    Column("plover_code", String(3)),
    Column("plover_sector", String(3)),
    Column("plover_secondary_sector", String(3)),
    Index("ix_actors_code", "code"),
)

timexes = _child(
    "timexes",
    Column("type", String(16), nullable=False),
    Column("value", String(64)),
    Column("mod", String(16)),
)

quotes = _child(
    "quotes",
    Column("kind", String(16), nullable=False),
    Column("speaker", Text),
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Column("speaker_code", String(32)),
)

locations = _child(
    "locations",
    Column("name", Text, nullable=False),
    Column("country", String(3)),
    Column("lat", Float),
    Column("lon", Float),
    Column("geonameid", String(32)),
)

events = Table(
    "events",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("article_id", String(255), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("date", String(32)),
    Column("day", Date),  # the event date as a day (first day of its month/year), for ranges
    Column("date_precision", String(16)),
    Column("source_code", String(32), nullable=False),
    Column("source_country", String(3)),
    Column("source_sector", String(16)),
    Column("source_name", Text),
    Column("source_text", Text),
    Column("source_start", Integer),
    Column("source_end", Integer),
    Column("target_code", String(32)),
    Column("target_country", String(3)),
    Column("target_sector", String(16)),
    Column("target_name", Text),
    Column("target_text", Text),
    Column("target_start", Integer),
    Column("target_end", Integer),
    Column("cameo", String(8), nullable=False),
    Column("cameo_root", String(2), nullable=False),
    Column("plover", String(32)),
    Column("quad_class", Integer, nullable=False),
    Column("goldstein", Float, nullable=False),
    Column("sentence", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("location_name", Text),
    Column("location_country", String(3)),
    Column("lat", Float),
    Column("lon", Float),
    Column("geonameid", String(32)),
    Column("confidence", Float, nullable=False),
    Column("pattern", String(128)),
    Column("evidence", Text),  # JSON list of [start, end] spans
    # Where start/end and evidence point: "text" (articles.text) or "title" (articles.title).
    Column("section", String(8), nullable=False, server_default="text"),
    # 0006: PLOVER mode and contexts (comma-separated), the 1-based sentence of the span in its
    # section, and the PLOVER actor fields of both sides.
    Column("mode", String(32)),
    Column("context", String(255)),
    Column("sentence_number", Integer),
    *(
        Column(f"{side}_{name}", String(3))
        for side in ("source", "target")
        for name in ("plover_code", "plover_sector", "plover_secondary_sector")
    ),
    Index("ix_events_day", "day"),
    Index("ix_events_article", "article_id"),
    Index("ix_events_source_country_day", "source_country", "day"),
    Index("ix_events_target_country_day", "target_country", "day"),
    Index("ix_events_source_code_day", "source_code", "day"),
    Index("ix_events_target_code_day", "target_code", "day"),
    Index("ix_events_root_day", "cameo_root", "day"),
    Index("ix_events_cameo", "cameo"),
    Index("ix_events_quad_day", "quad_class", "day"),
    # 0002: covering indexes for dyad series (both directions) and dyad filters, and the map.
    Index("ix_events_country_dyad", "source_country", "target_country", "day", "quad_class", "goldstein"),
    Index("ix_events_code_dyad", "source_code", "target_code", "day", "quad_class", "goldstein"),
    Index("ix_events_place", "lat", "lon"),
    # 0003: the timeline's covering index.
    Index("ix_events_quad_day_goldstein", "quad_class", "day", "goldstein"),
)

ingest_errors = Table(
    "ingest_errors",
    metadata,
    Column("id", String(40), primary_key=True),  # hash of (location, stage, message): reruns don't repeat
    Column("location", Text, nullable=False),
    Column("stage", String(32), nullable=False),
    Column("message", Text, nullable=False),
    Column("article_id", String(255)),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# The near-duplicate index (clio.dedup): one row per LSH band of each stored article (0005).
minhash_bands = Table(
    "minhash_bands",
    metadata,
    Column("band_key", String(32), primary_key=True),
    Column("article_id", String(255), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
)

# 0006: the CAMEO codes with their labels, scores and PLOVER mapping, so the database file reads
# on its own (the events_readable view joins it).
cameo_codes = Table(
    "cameo_codes",
    metadata,
    Column("code", String(8), primary_key=True),
    Column("root", String(2), nullable=False),
    Column("label", Text, nullable=False),
    Column("quad_class", Integer, nullable=False),
    Column("goldstein_phoenix", Float, nullable=False),
    Column("goldstein_gdelt", Float, nullable=False),
    Column("plover", String(32)),
    Column("plover_mode", String(32)),
    Column("plover_context", String(255)),
)

CHILD_TABLES = (actors, timexes, quotes, locations, events)

# Early warning (0007). ``series``: event counts per unit and period, kept up to date by the writer
# in the transaction that stores the events. A unit is the corpus, a country or actor (every event
# it takes part in), or a directed dyad of countries or of actor codes.
SERIES_COUNTS = (
    "events",
    "quad1",
    "quad2",
    "quad3",
    "quad4",
    *(f"root{n:02d}" for n in range(1, 21)),
)
series = Table(
    "series",
    metadata,
    Column("interval", String(5), primary_key=True),  # day, week (ISO, from Monday) or month
    Column("period", Date, primary_key=True),  # the period's first day
    Column("unit", String(12), primary_key=True),  # corpus, country, actor, country_dyad, dyad
    Column("source", String(32), primary_key=True),
    Column("target", String(32), primary_key=True),  # "" for corpus, country and actor units
    *(Column(name, Integer, nullable=False, server_default="0") for name in SERIES_COUNTS),
    Column("goldstein_sum", Float, nullable=False, server_default="0"),
    Index("ix_series_unit", "unit", "source", "target", "interval", "period"),
)

# Alerts raised by clio.warning: one per unit, forecast period and kind; the JSON columns are the
# audit trail (the signals that drove the forecast and the events behind them).
alerts = Table(
    "alerts",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("interval", String(5), nullable=False),
    Column("period", Date, nullable=False),  # the period the forecast is for
    Column("as_of", Date, nullable=False),  # the last day of history it used
    Column("unit", String(12), nullable=False),
    Column("source", String(32), nullable=False),
    Column("target", String(32), nullable=False),
    Column("level", String(12), nullable=False),  # elevated, high, rising
    Column("probability", Float, nullable=False),
    Column("change_score", Float, nullable=False),
    Column("threshold", Float, nullable=False),
    Column("model", String(16), nullable=False),
    Column("signals", Text, nullable=False),  # JSON list of {label, value, weight}
    Column("evidence", Text, nullable=False),  # JSON list of events with sentence and article link
    Index("ix_alerts_period", "period"),
    Index("ix_alerts_unit", "source", "target", "period"),
    Index("ix_alerts_created", "created_at"),
)
