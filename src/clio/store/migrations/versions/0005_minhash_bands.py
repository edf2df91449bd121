"""The near-duplicate index moves into the database: one row per LSH band of each article, so a
run's memory no longer grows with the number of stored articles. Existing signatures are banded
here.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clio.dedup import band_keys

revision = "0005"
down_revision = "0004"
_CHUNK = 5_000


def upgrade() -> None:
    bands = op.create_table(
        "minhash_bands",
        sa.Column("band_key", sa.String(32), primary_key=True),
        sa.Column(
            "article_id", sa.String(255), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
        ),
    )
    articles = sa.table("articles", sa.column("id", sa.String), sa.column("minhash", sa.LargeBinary))
    connection = op.get_bind()
    last = ""
    while True:
        rows = connection.execute(
            sa.select(articles.c.id, articles.c.minhash)
            .where(articles.c.minhash.is_not(None), articles.c.id > last)
            .order_by(articles.c.id)
            .limit(_CHUNK)
        ).all()
        if not rows:
            break
        op.bulk_insert(
            bands,
            [{"band_key": key, "article_id": aid} for aid, signature in rows for key in band_keys(signature)],
        )
        last = rows[-1][0]


def downgrade() -> None:
    op.drop_table("minhash_bands")
