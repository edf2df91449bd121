"""Readable views over the tables, for anyone who opens the database in Datasette, DB Browser
for SQLite, psql or a notebook: names and labels instead of codes, one row per thing.

    events_readable   one row per event: who (names, codes, countries), did what (CAMEO label,
                      PLOVER type, mode, context, quad class), to whom, when, where, the evidence
                      sentence, and the article's title, publisher and URL
    dyad_summary      one row per (source country or code, target country or code): events,
                      cooperation and conflict counts, mean Goldstein score, first and last day
    article_summary   one row per article: date, title, publisher, URL and how many events

The SQL is portable (SQLite and PostgreSQL). Migrations create the views; a migration that
changes a column a view reads drops and recreates them with :func:`drop_views` and
:func:`create_views`.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

QUAD_LABEL = """CASE e.quad_class
        WHEN 1 THEN 'verbal cooperation'
        WHEN 2 THEN 'material cooperation'
        WHEN 3 THEN 'verbal conflict'
        WHEN 4 THEN 'material conflict'
    END"""

VIEWS: dict[str, str] = {
    "events_readable": f"""
SELECT
    e.id AS event_id,
    e.day AS day,
    e.date AS event_date,
    COALESCE(sa.name, e.source_name, e.source_code) AS source,
    e.source_code,
    e.source_country,
    e.source_sector,
    COALESCE(c.label, e.cameo) AS action,
    e.cameo,
    e.plover,
    e.mode,
    e.context,
    {QUAD_LABEL} AS quad,
    e.goldstein,
    COALESCE(ta.name, e.target_name, e.target_code) AS target,
    e.target_code,
    e.target_country,
    e.target_sector,
    e.location_name AS place,
    e.location_country AS place_country,
    e.lat,
    e.lon,
    e.sentence,
    e.confidence,
    a.title AS article_title,
    a.date AS article_date,
    a.source AS publisher,
    a.url AS article_url,
    e.article_id
FROM events AS e
JOIN articles AS a ON a.id = e.article_id
LEFT JOIN cameo_codes AS c ON c.code = e.cameo
LEFT JOIN actors AS sa
    ON sa.article_id = e.article_id AND sa.start = e.source_start AND sa."end" = e.source_end
    AND sa.code = e.source_code AND e.section = 'text'
LEFT JOIN actors AS ta
    ON ta.article_id = e.article_id AND ta.start = e.target_start AND ta."end" = e.target_end
    AND ta.code = e.target_code AND e.section = 'text'
""",
    "dyad_summary": """
SELECT
    COALESCE(e.source_country, e.source_code) AS source,
    COALESCE(e.target_country, e.target_code) AS target,
    COUNT(*) AS events,
    SUM(CASE WHEN e.quad_class <= 2 THEN 1 ELSE 0 END) AS cooperation,
    SUM(CASE WHEN e.quad_class >= 3 THEN 1 ELSE 0 END) AS conflict,
    ROUND(CAST(AVG(e.goldstein) AS NUMERIC), 2) AS goldstein_mean,
    MIN(e.day) AS first_day,
    MAX(e.day) AS last_day
FROM events AS e
WHERE e.target_code IS NOT NULL
GROUP BY COALESCE(e.source_country, e.source_code), COALESCE(e.target_country, e.target_code)
""",
    "article_summary": """
SELECT
    a.id AS article_id,
    a.date,
    a.title,
    a.source AS publisher,
    a.url,
    (SELECT COUNT(*) FROM events AS e WHERE e.article_id = a.id) AS events,
    a.ingested_at
FROM articles AS a
""",
}


def create_views(connection: Connection) -> None:
    for name, body in VIEWS.items():
        connection.execute(text(f"CREATE VIEW {name} AS {body}"))


def drop_views(connection: Connection) -> None:
    for name in VIEWS:
        connection.execute(text(f"DROP VIEW IF EXISTS {name}"))
