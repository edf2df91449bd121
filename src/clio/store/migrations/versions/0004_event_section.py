"""Events carry the section their spans point into: "text" (the body) or "title" (headline events).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("section", sa.String(8), nullable=False, server_default="text"))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("section")
