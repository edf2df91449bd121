"""Indexes for the API's dyad series, dyad filters and the map: covering (source, target, day,
quad class, Goldstein) indexes by country and by actor code, and one on coordinates.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"

INDEXES = {
    "ix_events_country_dyad": ["source_country", "target_country", "day", "quad_class", "goldstein"],
    "ix_events_code_dyad": ["source_code", "target_code", "day", "quad_class", "goldstein"],
    "ix_events_place": ["lat", "lon"],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "events", columns)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="events")
