"""PLOVER in full and a readable database: events get PLOVER mode, context and sentence number,
both event sides and every actor mention get the PLOVER actor fields, a ``cameo_codes`` table
holds the labels and PLOVER mapping of every CAMEO code, and the views of clio.store.views are
created.

Stored events get the mode and contexts the CAMEO2PLOVER table gives their code (the cue words
of a new run need the text parsed again); their PLOVER actor fields follow from their codes.
Sentence numbers stay empty for events stored before this revision.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clio.ontology import load_cameo
from clio.ontology.plover import join_contexts, load_plover
from clio.store.views import create_views, drop_views

revision = "0006"
down_revision = "0005"

PLOVER_ACTOR_FIELDS = ("plover_code", "plover_sector", "plover_secondary_sector")
SIDES = ("source", "target")


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("mode", sa.String(32)))
        batch.add_column(sa.Column("context", sa.String(255)))
        batch.add_column(sa.Column("sentence_number", sa.Integer))
        for side in SIDES:
            for name in PLOVER_ACTOR_FIELDS:
                batch.add_column(sa.Column(f"{side}_{name}", sa.String(3)))
    with op.batch_alter_table("actors") as batch:
        for name in PLOVER_ACTOR_FIELDS:
            batch.add_column(sa.Column(name, sa.String(3)))
    codes = op.create_table(
        "cameo_codes",
        sa.Column("code", sa.String(8), primary_key=True),
        sa.Column("root", sa.String(2), nullable=False),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("quad_class", sa.Integer, nullable=False),
        sa.Column("goldstein_phoenix", sa.Float, nullable=False),
        sa.Column("goldstein_gdelt", sa.Float, nullable=False),
        sa.Column("plover", sa.String(32)),
        sa.Column("plover_mode", sa.String(32)),
        sa.Column("plover_context", sa.String(255)),
    )
    plover = load_plover()
    rows = []
    for record in load_cameo().values():
        mapping = plover.mapping(record.code)
        rows.append(
            {
                "code": record.code,
                "root": record.root,
                "label": record.label,
                "quad_class": record.quad_class,
                "goldstein_phoenix": record.goldstein_phoenix,
                "goldstein_gdelt": record.goldstein_gdelt,
                "plover": record.plover,
                "plover_mode": mapping.mode if mapping else None,
                "plover_context": join_contexts(mapping.contexts) if mapping else None,
            }
        )
    op.bulk_insert(codes, rows)
    _backfill_events()
    _backfill_actors()
    create_views(op.get_bind())


def _backfill_events() -> None:
    connection = op.get_bind()
    plover = load_plover()
    events = sa.table(
        "events",
        sa.column("cameo", sa.String),
        sa.column("plover", sa.String),
        sa.column("mode", sa.String),
        sa.column("context", sa.String),
        *(sa.column(f"{side}_{suffix}", sa.String) for side in SIDES for suffix in ("code", "country")),
        *(sa.column(f"{side}_{name}", sa.String) for side in SIDES for name in PLOVER_ACTOR_FIELDS),
    )
    for cameo, kind in connection.execute(sa.select(events.c.cameo, events.c.plover).distinct()).all():
        mapping = plover.mapping(cameo)
        if mapping is None:
            continue
        connection.execute(
            events.update()
            .where(events.c.cameo == cameo)
            .values(
                mode=mapping.mode if mapping.type == kind else None,
                context=join_contexts(mapping.contexts),
            )
        )
    for side in SIDES:
        _backfill_actor_fields(events, f"{side}_")


def _backfill_actors() -> None:
    actors = sa.table(
        "actors",
        sa.column("code", sa.String),
        sa.column("country", sa.String),
        *(sa.column(name, sa.String) for name in PLOVER_ACTOR_FIELDS),
    )
    _backfill_actor_fields(actors, "")


def _backfill_actor_fields(table: sa.TableClause, prefix: str) -> None:
    """Set ``<prefix>plover_*`` from ``<prefix>code`` and ``<prefix>country``, one distinct pair at a time."""
    connection = op.get_bind()
    plover = load_plover()
    code, country = table.c[f"{prefix}code"], table.c[f"{prefix}country"]
    for actor_code, actor_country in connection.execute(sa.select(code, country).distinct()).all():
        if actor_code is None:
            continue
        fields = plover.actor(actor_code, actor_country)
        same_country = country.is_(None) if actor_country is None else country == actor_country
        values = {
            f"{prefix}plover_code": fields.code,
            f"{prefix}plover_sector": fields.sector,
            f"{prefix}plover_secondary_sector": fields.secondary_sector,
        }
        connection.execute(table.update().where(code == actor_code, same_country).values(values))


def downgrade() -> None:
    drop_views(op.get_bind())
    op.drop_table("cameo_codes")
    with op.batch_alter_table("actors") as batch:
        for name in PLOVER_ACTOR_FIELDS:
            batch.drop_column(name)
    with op.batch_alter_table("events") as batch:
        for side in SIDES:
            for name in PLOVER_ACTOR_FIELDS:
                batch.drop_column(f"{side}_{name}")
        for name in ("sentence_number", "context", "mode"):
            batch.drop_column(name)
