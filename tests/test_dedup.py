"""Near-duplicate detection: LSH bands in the database, bounded memory for what is in flight."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from datasketch import MinHashLSH
from sqlalchemy import delete, func, select

from clio import dedup
from clio.pipeline import Extractor, run_corpus
from clio.readers import Ingested
from clio.records import Article, ArticleResult
from clio.settings import Settings
from clio.store import Store, schema
from clio.store.database import MIGRATIONS
from tests.stub_pipeline import stub_nlp

BODY = (
    "Russia attacked Ukraine before dawn on Thursday, officials in Kyiv said, and the United Nations "
    "Security Council was called into an emergency session in New York later in the day."
)
OTHER = (
    "Farmers in northern France blocked roads with tractors on Monday to protest against fuel taxes "
    "and cheap imports, and the agriculture minister promised to meet their union leaders on Friday."
)


def keys(text: str) -> set[str]:
    return set(dedup.band_keys(dedup.to_bytes(dedup.minhash(text))))


def test_banding_is_the_one_datasketch_chooses_for_the_threshold() -> None:
    lsh = MinHashLSH(threshold=dedup.THRESHOLD, num_perm=dedup.NUM_PERM)
    assert (lsh.b, lsh.r) == (dedup.BANDS, dedup.ROWS)


def test_near_same_texts_share_a_band_and_different_texts_none() -> None:
    assert keys(BODY) & keys(BODY + " (Updated)")
    assert not keys(BODY) & keys(OTHER)
    assert len(keys(BODY)) == dedup.BANDS


def test_in_flight_articles_are_held_until_forgotten() -> None:
    in_flight = dedup.InFlight()
    in_flight.add("wire-1", "hash-1", sorted(keys(BODY)))
    assert in_flight.holds("wire-9", "hash-9", keys(BODY + " (Updated)"))  # a shared band
    assert in_flight.holds("wire-1", "hash-9", keys(OTHER))  # the same id
    assert in_flight.holds("wire-9", "hash-1", keys(OTHER))  # the same text
    assert not in_flight.holds("wire-9", "hash-9", keys(OTHER))
    in_flight.forget(["wire-1", "never-added"])
    assert len(in_flight) == 0 and not in_flight.holds("wire-1", "hash-1", keys(BODY))


def _write(folder: Path, name: str, article_id: str, body: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(f"date 2022-02-24\nid {article_id}\n\n{body}\n", encoding="utf-8")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database on each backend (PostgreSQL: a real server, see tests/pg.py)."""
    if request.param == "postgresql":
        return str(request.getfixturevalue("postgres_url"))
    return f"sqlite:///{tmp_path / 'clio.db'}"


def test_a_near_duplicate_of_an_article_stored_by_an_earlier_run_is_skipped(
    tmp_path: Path, db_url: str
) -> None:
    settings = Settings(db_url=db_url)
    extractor = Extractor(settings, nlp=stub_nlp())
    _write(tmp_path / "first", "a.txt", "wire-1", BODY)
    _write(tmp_path / "second", "b.txt", "wire-2", BODY + " (Updated)")
    _write(tmp_path / "second", "c.txt", "wire-3", OTHER)
    store = Store.open(db_url)
    run_corpus([str(tmp_path / "first")], settings, store, extractor=extractor)
    store.close()
    later = Store.open(db_url)  # a new run: nothing of the first is in memory
    summary = run_corpus([str(tmp_path / "second")], settings, later, extractor=extractor)
    assert (summary.stored, summary.duplicates) == (1, 1)
    assert later.counts()["minhash_bands"] == 2 * dedup.BANDS
    again = run_corpus(
        [str(tmp_path / "first"), str(tmp_path / "second")], settings, later, extractor=extractor
    )
    assert (again.stored, again.duplicates) == (0, 3)  # a rerun changes nothing
    assert later.counts()["minhash_bands"] == 2 * dedup.BANDS
    later.close()


def test_near_duplicates_within_one_run_are_skipped_across_batches(tmp_path: Path, db_url: str) -> None:
    settings = Settings(db_url=db_url, batch_size=1)  # each article is written before the next is read
    extractor = Extractor(settings, nlp=stub_nlp())
    _write(tmp_path / "in", "a.txt", "wire-1", BODY)
    _write(tmp_path / "in", "b.txt", "wire-2", BODY + " (Updated)")
    _write(tmp_path / "in", "c.txt", "wire-3", OTHER)
    _write(tmp_path / "in", "d.txt", "wire-4", OTHER + " (Corrected)")
    store = Store.open(db_url)
    summary = run_corpus([str(tmp_path / "in")], settings, store, extractor=extractor)
    assert (summary.stored, summary.duplicates) == (2, 2)
    with store.engine.connect() as connection:
        assert set(connection.scalars(select(schema.articles.c.id))) == {"wire-1", "wire-3"}
    store.close()


def test_only_articles_in_flight_are_held_in_memory(tmp_path: Path) -> None:
    from clio import pipeline

    store = Store.open(f"sqlite:///{tmp_path / 'clio.db'}")
    deduplicator = pipeline.Deduplicator(store)
    words = (BODY + " " + OTHER).split()
    items = [  # twenty texts with no shingle in common: every word rotated to another place
        Ingested(Article(id=f"a{n}", text=" ".join(f"{w}{n}" for w in words[n:] + words[:n]), date=None), ())
        for n in range(20)
    ]
    batches = pipeline.pending_batches(items, Settings(batch_size=5), store, dedupe=deduplicator)
    engine = pipeline.LocalEngine(Extractor(Settings(), nlp=stub_nlp()))
    held = []

    def progress(_: int) -> None:
        held.append(len(deduplicator.in_flight))

    summary = pipeline.store_batches(engine(batches), store, progress=progress, dedupe=deduplicator)
    assert summary.stored == 20
    assert held == [0, 0, 0, 0]  # every batch forgotten once written
    store.close()


def test_the_migration_bands_signatures_stored_before_it(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'clio.db'}"
    store = Store.open(url)
    signature = dedup.to_bytes(dedup.minhash(BODY))
    store.write(
        [ArticleResult(article=Article(id="old", text=BODY, date=None))], minhashes={"old": signature}
    )
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with store.engine.begin() as connection:
        connection.execute(delete(schema.minhash_bands))
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
        command.upgrade(config, "head")
    with store.engine.connect() as connection:
        stored = set(connection.scalars(select(schema.minhash_bands.c.band_key)))
        assert connection.scalar(select(func.count()).select_from(schema.minhash_bands)) == dedup.BANDS
    assert stored == set(dedup.band_keys(signature))
