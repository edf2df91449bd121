"""Early warning: ``series`` (event counts per unit and period, kept by the writer) and
``alerts`` (raised escalation alerts with their audit trail). Stored events are counted into the
series here, so existing databases get their history.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clio.store.series import backfill

revision = "0007"
down_revision = "0006"
COUNTS = ("events", "quad1", "quad2", "quad3", "quad4", *(f"root{n:02d}" for n in range(1, 21)))


def upgrade() -> None:
    op.create_table(
        "series",
        sa.Column("interval", sa.String(5), primary_key=True),
        sa.Column("period", sa.Date, primary_key=True),
        sa.Column("unit", sa.String(12), primary_key=True),
        sa.Column("source", sa.String(32), primary_key=True),
        sa.Column("target", sa.String(32), primary_key=True),
        *(sa.Column(name, sa.Integer, nullable=False, server_default="0") for name in COUNTS),
        sa.Column("goldstein_sum", sa.Float, nullable=False, server_default="0"),
    )
    op.create_index("ix_series_unit", "series", ["unit", "source", "target", "interval", "period"])
    op.create_table(
        "alerts",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("interval", sa.String(5), nullable=False),
        sa.Column("period", sa.Date, nullable=False),
        sa.Column("as_of", sa.Date, nullable=False),
        sa.Column("unit", sa.String(12), nullable=False),
        sa.Column("source", sa.String(32), nullable=False),
        sa.Column("target", sa.String(32), nullable=False),
        sa.Column("level", sa.String(12), nullable=False),
        sa.Column("probability", sa.Float, nullable=False),
        sa.Column("change_score", sa.Float, nullable=False),
        sa.Column("threshold", sa.Float, nullable=False),
        sa.Column("model", sa.String(16), nullable=False),
        sa.Column("signals", sa.Text, nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
    )
    op.create_index("ix_alerts_period", "alerts", ["period"])
    op.create_index("ix_alerts_unit", "alerts", ["source", "target", "period"])
    op.create_index("ix_alerts_created", "alerts", ["created_at"])
    backfill(op.get_bind())


def downgrade() -> None:
    op.drop_table("alerts")
    op.drop_index("ix_series_unit", table_name="series")
    op.drop_table("series")
