"""A covering (quad class, day, Goldstein) index: the dashboard's timeline over every event reads
only this index instead of visiting each row for its Goldstein score.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    op.create_index("ix_events_quad_day_goldstein", "events", ["quad_class", "day", "goldstein"])


def downgrade() -> None:
    op.drop_index("ix_events_quad_day_goldstein", table_name="events")
