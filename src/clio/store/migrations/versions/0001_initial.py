"""Initial schema: articles, their actors, events, timexes, quotes, locations, and ingest errors.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def _span_columns() -> list[sa.Column[Any]]:
    return [
        sa.Column(
            "article_id", sa.String(255), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("start", sa.Integer, primary_key=True),
        sa.Column("end", sa.Integer, primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(255), primary_key=True),
        sa.Column("date", sa.Date, nullable=True),
        sa.Column("title", sa.Text),
        sa.Column("source", sa.String(255)),
        sa.Column("url", sa.Text),
        sa.Column("path", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(40), nullable=False),
        sa.Column("minhash", sa.LargeBinary),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_articles_date", "articles", ["date"])
    op.create_index("ix_articles_content_hash", "articles", ["content_hash"])

    op.create_table(
        "actors",
        *_span_columns(),
        sa.Column("code", sa.String(32), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("country", sa.String(3)),
        sa.Column("sector", sa.String(16)),
    )
    op.create_index("ix_actors_code", "actors", ["code"])
    op.create_index("ix_actors_country", "actors", ["country"])

    op.create_table(
        "timexes",
        *_span_columns(),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("value", sa.String(64)),
        sa.Column("mod", sa.String(16)),
    )
    op.create_table(
        "quotes",
        *_span_columns(),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("speaker", sa.Text),
        sa.Column("speaker_start", sa.Integer),
        sa.Column("speaker_end", sa.Integer),
        sa.Column("speaker_code", sa.String(32)),
    )
    op.create_table(
        "locations",
        *_span_columns(),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("country", sa.String(3)),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("geonameid", sa.String(32)),
    )

    dyad_columns: list[sa.Column[Any]] = []
    for side in ("source", "target"):
        dyad_columns += [
            sa.Column(f"{side}_code", sa.String(32), nullable=side == "target"),
            sa.Column(f"{side}_country", sa.String(3)),
            sa.Column(f"{side}_sector", sa.String(16)),
            sa.Column(f"{side}_name", sa.Text),
            sa.Column(f"{side}_text", sa.Text),
            sa.Column(f"{side}_start", sa.Integer),
            sa.Column(f"{side}_end", sa.Integer),
        ]
    op.create_table(
        "events",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column(
            "article_id", sa.String(255), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("date", sa.String(32)),
        sa.Column("day", sa.Date),
        sa.Column("date_precision", sa.String(16)),
        *dyad_columns,
        sa.Column("cameo", sa.String(8), nullable=False),
        sa.Column("cameo_root", sa.String(2), nullable=False),
        sa.Column("plover", sa.String(32)),
        sa.Column("quad_class", sa.Integer, nullable=False),
        sa.Column("goldstein", sa.Float, nullable=False),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("location_name", sa.Text),
        sa.Column("location_country", sa.String(3)),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("geonameid", sa.String(32)),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("pattern", sa.String(128)),
        sa.Column("evidence", sa.Text),
    )
    for name, columns in {
        "ix_events_day": ["day"],
        "ix_events_article": ["article_id"],
        "ix_events_source_country_day": ["source_country", "day"],
        "ix_events_target_country_day": ["target_country", "day"],
        "ix_events_source_code_day": ["source_code", "day"],
        "ix_events_target_code_day": ["target_code", "day"],
        "ix_events_root_day": ["cameo_root", "day"],
        "ix_events_cameo": ["cameo"],
        "ix_events_quad_day": ["quad_class", "day"],
    }.items():
        op.create_index(name, "events", columns)

    op.create_table(
        "ingest_errors",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("location", sa.Text, nullable=False),
        sa.Column("stage", sa.String(32), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("article_id", sa.String(255)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    for table in ("ingest_errors", "events", "locations", "quotes", "timexes", "actors", "articles"):
        op.drop_table(table)
