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


def test_the_recent_window_forgets_its_oldest_entries() -> None:
    window: dedup.RecentWindow[str, int] = dedup.RecentWindow(capacity=3)
    for number in range(5):
        window.add(f"k{number}", number)
    assert len(window) == 3 and "k0" not in window and window.get("k4") == 4


def _write(folder: Path, name: str, article_id: str, body: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(f"date 2022-02-24\nid {article_id}\n\n{body}\n", encoding="utf-8")


def test_a_near_duplicate_of_an_article_stored_by_an_earlier_run_is_skipped(tmp_path: Path) -> None:
    settings = Settings(db_url=f"sqlite:///{tmp_path / 'clio.db'}")
    extractor = Extractor(settings, nlp=stub_nlp())
    _write(tmp_path / "first", "a.txt", "wire-1", BODY)
    _write(tmp_path / "second", "b.txt", "wire-2", BODY + " (Updated)")
    _write(tmp_path / "second", "c.txt", "wire-3", OTHER)
    store = Store.open(settings.db_url)
    run_corpus([str(tmp_path / "first")], settings, store, extractor=extractor)
    later = Store.open(settings.db_url)  # a new run: nothing of the first is in memory
    summary = run_corpus([str(tmp_path / "second")], settings, later, extractor=extractor)
    assert (summary.stored, summary.duplicates) == (1, 1)
    assert later.counts()["minhash_bands"] == 2 * dedup.BANDS


def test_memory_for_articles_in_flight_stays_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from clio import pipeline

    monkeypatch.setattr(dedup, "RECENT_ARTICLES", 4)
    deduplicator = pipeline._Deduplicator(Store.open(f"sqlite:///{tmp_path / 'clio.db'}"))
    words = (BODY + " " + OTHER).split()
    batch = [  # twenty texts with no shingle in common: every word rotated to another place
        Ingested(Article(id=f"a{n}", text=" ".join(f"{w}{n}" for w in words[n:] + words[:n]), date=None), ())
        for n in range(20)
    ]
    fresh, _ = deduplicator.new_items(batch)
    assert len(fresh) == 20
    assert len(deduplicator.recent_ids) == 4 and len(deduplicator.recent_bands) == 4 * dedup.BANDS


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
