"""Issue 16 "done when": hostile inputs beside good articles, through the real command line.

`clio run` stores every good article, reports each bad input in one error line without a
traceback, exits 1, and a rerun changes nothing; `clio extract` prints the same articles and the
same error lines.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select

from clio.store import schema
from tests.hostile import HostileFolder, write_hostile_folder
from tests.test_cli import clio

pytestmark = pytest.mark.slow
# Small chunks, so the long article is coded in four.
BUDGET = ("--chunk-chars", "5000")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> HostileFolder:
    folder = write_hostile_folder(tmp_path_factory.mktemp("issue16"))
    if os.geteuid() != 0:  # root reads any folder; test_hardening covers this case with a stand-in
        locked = folder.root / "zlocked"
        locked.mkdir()
        (locked / "unseen.txt").write_text("date 2024-01-01\n\nUnseen.\n")
        locked.chmod(0)
        folder = HostileFolder(
            folder.root,
            folder.good_ids,
            (*folder.bad, "zlocked: cannot list the directory: permission denied"),
            folder.missing_argument,
        )
    return folder


def _error_lines(stderr: str, folder: HostileFolder) -> list[str]:
    assert "Traceback" not in stderr
    assert "\x1b" not in stderr, "a control character from a file name reached the terminal"
    lines = [line for line in stderr.splitlines() if line.startswith("error ")]
    for fragment in folder.bad:
        assert sum(fragment in line for line in lines) == 1, (fragment, lines)
    assert len(lines) == len(folder.bad), lines
    return lines


def _counts(db: Path) -> dict[str, int]:
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as connection:
        counts = {
            table.name: int(connection.scalar(select(func.count()).select_from(table)) or 0)
            for table in schema.metadata.sorted_tables
        }
    engine.dispose()
    return counts


def test_clio_run_stores_every_good_article_reports_each_bad_one_and_reruns_idempotently(
    hostile: HostileFolder, tmp_path: Path
) -> None:
    db = tmp_path / "hostile.db"
    args = ("run", str(hostile.root), hostile.missing_argument, "--db", str(db), *BUDGET)
    first = clio(*args)
    assert first.returncode == 1, first.stderr
    _error_lines(first.stderr, hostile)
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as connection:
        texts = dict(connection.execute(select(schema.articles.c.id, schema.articles.c.text)).all())
        mentions = connection.execute(
            select(
                schema.actors.c.article_id, schema.actors.c.start, schema.actors.c.end, schema.actors.c.text
            )
        ).all()
        events = connection.execute(select(schema.events.c.article_id, schema.events.c.id)).all()
        error_rows = int(connection.scalar(select(func.count()).select_from(schema.ingest_errors)) or 0)
    engine.dispose()
    assert set(texts) == hostile.good_ids
    # lone surrogates and NUL were replaced one for one, so offsets still hold
    assert texts["sur-1"].startswith("\ufffd ") and texts["nul-1"].startswith("\ufffd ")
    for article_id, start, end, mention in mentions:
        assert texts[article_id][start:end] == mention
    assert {article_id for article_id, _ in events} >= {"hostile/long", "hostile/punctuation"}
    # the long article was coded in chunks: its events from every part of it, ids unique
    assert len({event_id for _, event_id in events}) == len(events)
    assert error_rows >= len(hostile.bad)

    before = _counts(db)
    again = clio(*args)
    assert again.returncode == 1
    _error_lines(again.stderr, hostile)
    assert "stored 0," in again.stdout
    assert _counts(db) == before


def test_clio_extract_prints_the_good_articles_and_one_line_per_bad_input(hostile: HostileFolder) -> None:
    done = clio("extract", str(hostile.root), hostile.missing_argument, *BUDGET)
    assert done.returncode == 1
    _error_lines(done.stderr, hostile)
    printed = [json.loads(line) for line in done.stdout.splitlines()]
    assert {record["article"]["id"] for record in printed} == hostile.good_ids
    assert all(not any(e.get("fatal") for e in record["errors"]) for record in printed)
