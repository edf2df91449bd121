"""Migration 0006 and the readable database: PLOVER columns (backfilled for stored events), the
cameo_codes table and the events_readable, dyad_summary and article_summary views."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, text

from clio.store import Store, create_db_engine
from clio.store.database import MIGRATIONS
from clio.store.views import VIEWS
from tests import interchange_corpus as corpus


def _alembic(engine: Engine, action: str, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        getattr(command, action)(config, revision)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "clio.db"
    store = Store.open(f"sqlite:///{path}")
    store.write(corpus.results())
    store.close()
    return path


def rows(path: Path, sql: str) -> list[sqlite3.Row]:
    with sqlite3.connect(path) as connection:
        connection.row_factory = sqlite3.Row
        return connection.execute(sql).fetchall()


def test_new_events_store_plover_fields(db: Path) -> None:
    [row] = rows(db, "select * from events where cameo = '194'")
    assert (row["mode"], row["context"], row["sentence_number"]) == ("heavy-weapons", "military", 2)
    assert (row["source_plover_code"], row["source_plover_sector"], row["target_plover_code"]) == (
        "RUS",
        "MIL",
        "UKR",
    )
    [ngo] = rows(db, "select * from actors where code = 'NGOHRI'")
    assert (ngo["plover_code"], ngo["plover_sector"]) == ("NGO", "SOC")


def test_events_readable_joins_actors_labels_and_article_titles(db: Path) -> None:
    readable = {r["cameo"]: r for r in rows(db, "select * from events_readable")}
    assert set(readable) == {"194", "111", "166"}
    shelling = readable["194"]
    assert (shelling["source"], shelling["action"], shelling["target"]) == (
        "Russia military",
        "Fight with artillery and tanks",
        "Ukraine",
    )
    assert (shelling["quad"], shelling["mode"], shelling["place"]) == (
        "material conflict",
        "heavy-weapons",
        "Kharkiv",
    )
    assert (shelling["article_title"], shelling["publisher"], shelling["article_url"]) == (
        "Russia shells Kharkiv",
        "Test Wire",
        "https://example.org/kharkiv",
    )
    assert readable["111"]["source"] == "Amnesty International"
    assert readable["166"]["article_title"] == corpus.NGO_TITLE


def test_summary_views(db: Path) -> None:
    dyads = {(r["source"], r["target"]): r for r in rows(db, "select * from dyad_summary")}
    assert set(dyads) == {("RUS", "UKR"), ("NGOHRI", "KGZ"), ("KGZ", "TJK")}
    assert (dyads[("RUS", "UKR")]["events"], dyads[("RUS", "UKR")]["conflict"]) == (1, 1)
    articles = {r["article_id"]: r["events"] for r in rows(db, "select * from article_summary")}
    assert articles == {"wire/kharkiv-1": 1, "wire/ngo-2": 2}


def test_cameo_codes_table_reads_on_its_own(db: Path) -> None:
    [row] = rows(db, "select * from cameo_codes where code = '0231'")
    assert (row["label"], row["plover"], row["plover_mode"], row["plover_context"]) == (
        "Appeal for economic aid",
        "REQUEST",
        "assist",
        "economic",
    )


def test_upgrading_a_0005_database_backfills_and_downgrading_restores_it(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = create_db_engine(f"sqlite:///{path}")
    _alembic(engine, "upgrade", "0005")
    with engine.begin() as connection:
        connection.execute(
            text(
                "insert into articles (id, date, text, content_hash, ingested_at) "
                "values ('a', '2024-03-05', 'Russia shelled Ukraine.', 'h', :now)"
            ),
            {"now": dt.datetime(2024, 3, 5, 12, 0)},
        )
        connection.execute(
            text(
                "insert into events (id, article_id, source_code, source_country, target_code,"
                " target_country,"
                ' cameo, cameo_root, plover, quad_class, goldstein, sentence, start, "end", confidence) '
                "values ('e', 'a', 'RUSMIL', 'RUS', 'UKR', 'UKR', '1123', '11', 'ACCUSE', 3, -2.0,"
                " 'Russia shelled Ukraine.', 0, 22, 1.0)"
            )
        )
        connection.execute(
            text(
                'insert into actors (article_id, start, "end", text, code, name, country) '
                "values ('a', 0, 6, 'Russia', 'RUS', 'Russia', 'RUS')"
            )
        )
    _alembic(engine, "upgrade", "head")
    [event] = rows(path, "select * from events")
    # 1123 "Accuse of aggression" is ACCUSE, allege, military in CAMEO2PLOVER-2021.
    assert (event["mode"], event["context"], event["sentence_number"]) == ("allege", "military", None)
    assert (event["source_plover_code"], event["source_plover_sector"], event["target_plover_code"]) == (
        "RUS",
        "MIL",
        "UKR",
    )
    [actor] = rows(path, "select * from actors")
    assert actor["plover_code"] == "RUS"
    assert [r["event_id"] for r in rows(path, "select * from events_readable")] == ["e"]
    _alembic(engine, "downgrade", "0005")
    names = {r["name"] for r in rows(path, "select name from sqlite_master")}
    assert not names & {*VIEWS, "cameo_codes"}
    assert "mode" not in {r["name"] for r in rows(path, "pragma table_info(events)")}
    assert len(rows(path, "select * from events")) == 1
    engine.dispose()


@pytest.mark.postgres
def test_views_work_on_postgresql(postgres_url: str) -> None:
    store = Store.open(postgres_url)
    try:
        store.write(corpus.results())
        with store.engine.connect() as connection:
            for name in VIEWS:
                assert connection.execute(text(f"select count(*) from {name}")).scalar_one() >= 1
            title = connection.execute(
                text("select article_title from events_readable where cameo = '194'")
            ).scalar_one()
        assert title == "Russia shells Kharkiv"
    finally:
        store.close()
