"""Streaming ingestion: a watched directory and a continuous JSON Lines feed, with the stub pipeline."""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from clio.pipeline import IDLE, Extractor, LocalEngine, RunSummary, run_corpus
from clio.settings import Settings
from clio.store import Store
from clio.watch import run_stream, stream_items, watch_directory
from tests.stub_pipeline import stub_nlp

POLL_S = 0.02
WAIT_S = 10.0


def _article(n: int, verb: str = "attacked") -> str:
    return f"date 2022-02-24\n\nRussia {verb} Ukraine in the morning of report number {n} from the field.\n"


def _eventually(check: Callable[[], bool]) -> None:
    deadline = time.monotonic() + WAIT_S
    while not check():
        assert time.monotonic() < deadline, "timed out waiting for the stream to be coded"
        time.sleep(POLL_S)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(db_url=f"sqlite:///{tmp_path / 'clio.db'}", batch_size=4)


@pytest.fixture
def engine(settings: Settings) -> LocalEngine:
    return LocalEngine(Extractor(settings, nlp=stub_nlp()))


def _start_watching(
    directory: Path, settings: Settings, store: Store, engine: LocalEngine
) -> tuple[threading.Event, threading.Thread, list[RunSummary]]:
    stop = threading.Event()
    summaries: list[RunSummary] = []

    def watch() -> None:
        summaries.append(
            watch_directory(directory, settings, store, engine=engine, stop=stop, interval=POLL_S)
        )

    thread = threading.Thread(target=watch)
    thread.start()
    return stop, thread, summaries


def test_files_are_coded_as_they_arrive_and_changes_are_picked_up(
    tmp_path: Path, settings: Settings, engine: LocalEngine
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "first.txt").write_text(_article(1), encoding="utf-8")
    store = Store.open(settings.db_url)
    stop, thread, summaries = _start_watching(inbox, settings, store, engine)
    try:
        _eventually(lambda: store.counts()["articles"] == 1)
        (inbox / "sub").mkdir()
        (inbox / "sub" / "second.txt").write_text(_article(2), encoding="utf-8")
        (inbox / "feed.jsonl").write_text(
            json.dumps({"id": "j1", "date": "2022-02-25", "text": "Talks went on."}) + "\n", encoding="utf-8"
        )
        _eventually(lambda: store.counts()["articles"] == 3)
        with (inbox / "feed.jsonl").open("a", encoding="utf-8") as feed:  # a growing file is read again
            feed.write(json.dumps({"id": "j2", "date": "2022-02-25", "text": "More talks today."}) + "\n")
        _eventually(lambda: store.counts()["articles"] == 4)
        (inbox / ".hidden.txt").write_text(_article(5), encoding="utf-8")
        (inbox / "notes.pdf").write_bytes(b"%PDF-1.4")
        time.sleep(POLL_S * 10)
    finally:
        stop.set()
        thread.join(WAIT_S)
    assert not thread.is_alive()
    (summary,) = summaries
    assert (summary.stored, summary.duplicates, summary.events) == (4, 1, 2)  # j1 was read twice
    assert store.counts()["articles"] == 4


def test_watching_is_idempotent_and_uses_the_ids_of_a_batch_run(
    tmp_path: Path, settings: Settings, engine: LocalEngine
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for n in range(3):
        (inbox / f"{n}.txt").write_text(_article(n), encoding="utf-8")
    store = Store.open(settings.db_url)
    run_corpus([str(inbox)], settings, store, extractor=engine.extractor)
    before = store.counts()
    stop, thread, summaries = _start_watching(inbox, settings, store, engine)
    try:
        time.sleep(POLL_S * 15)
    finally:
        stop.set()
        thread.join(WAIT_S)
    (summary,) = summaries
    assert (summary.stored, summary.duplicates) == (0, 3)
    assert store.counts() == before


def test_a_continuous_feed_is_stored_while_it_is_still_open(settings: Settings, engine: LocalEngine) -> None:
    read_end, write_end = os.pipe()
    store = Store.open(settings.db_url)
    stop = threading.Event()
    summaries: list[RunSummary] = []
    with os.fdopen(read_end, "rb") as stream, os.fdopen(write_end, "wb", buffering=0) as feed:

        def consume() -> None:
            summaries.append(run_stream(stream, settings, store, engine=engine, stop=stop, idle_after=POLL_S))

        thread = threading.Thread(target=consume)
        thread.start()
        line = {"id": "s1", "date": "2022-02-24", "text": "Russia attacked Ukraine at dawn."}
        feed.write((json.dumps(line) + "\n").encode())
        _eventually(lambda: store.counts()["articles"] == 1)  # one article, far below batch_size
        feed.write(b'{"id": "s2", "date": "2022-02-24", "text": "Quiet day."}\n{"broken\n')
        _eventually(lambda: store.counts()["articles"] == 2 and store.counts()["ingest_errors"] == 1)
        feed.write((json.dumps(line) + "\n").encode())  # the same article again: skipped
        feed.close()
        thread.join(WAIT_S)
    assert not thread.is_alive()
    (summary,) = summaries
    assert (summary.stored, summary.duplicates, summary.events, len(summary.input_errors)) == (2, 1, 1, 1)


def test_stop_ends_a_quiet_feed_without_waiting_for_input(settings: Settings) -> None:
    read_end, write_end = os.pipe()
    stop = threading.Event()
    with os.fdopen(read_end, "rb") as stream, os.fdopen(write_end, "wb"):
        items = stream_items(stream, max_chars=1000, stop=stop, idle_after=POLL_S)
        assert next(items) is IDLE
        stop.set()
        assert list(items) == []
