"""The Dask engine against a real (in-process) LocalCluster, with the model-free stub pipeline."""

from __future__ import annotations

import io
import json
import pickle
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from sqlalchemy import select

from clio.distributed import ExtractorPlugin, dask_engine, run_corpus_dask
from clio.errors import ClioError
from clio.pipeline import Extractor, run_corpus, run_items
from clio.readers import read_inputs
from clio.runs import load_nlp_factory, open_engine, run_inputs
from clio.settings import Settings
from clio.store import Store, schema
from tests.stub_pipeline import stub_nlp

STUB = "tests.test_distributed:stub_factory"
CRASHING = "tests.test_distributed:crashing_factory"
VOLATILE_COLUMNS = {"ingested_at", "created_at"}  # when a row was written, not what was written


def stub_factory(settings: Settings) -> Language:
    return stub_nlp()


class WorkerCrash(BaseException):
    """Stands for what no Python handler contains, such as a worker process dying."""


class CrashingTokenizer:
    """Takes the whole partition down on a text containing CRASH."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        if "CRASH" in text:
            raise WorkerCrash("worker died")
        return self.tokenizer(text)


def crashing_factory(settings: Settings) -> Language:
    nlp = stub_nlp()
    nlp.tokenizer = CrashingTokenizer(nlp.tokenizer)
    return nlp


def _corpus(root: Path, count: int, extra: dict[str, str] | None = None) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        verb = "attacked" if n % 3 == 0 else "met"
        text = (
            f"date 2022-03-{n % 28 + 1:02d}\ntitle Report {n}\n\nRussia {verb} Ukraine near town number {n}, "
            f"officials said today. Witness {n} described unit {n * 7} moving through district {n * 13}.\n"
        )
        (root / f"a{n:03d}.txt").write_text(
            text.replace("Russia met Ukraine", "Leaders met"), encoding="utf-8"
        )
    (root / "dup.txt").write_text((root / "a000.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (root / "broken.jsonl").write_text('{"id": "x"\n', encoding="utf-8")
    for name, text in (extra or {}).items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def _contents(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every stored row of every table, in a stable order, without write timestamps."""
    dump = {}
    with store.engine.connect() as connection:
        for table in schema.metadata.sorted_tables:
            columns = [c for c in table.columns if c.name not in VOLATILE_COLUMNS]
            dump[table.name] = sorted(tuple(row) for row in connection.execute(select(*columns)))
    return dump


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(db_url=f"sqlite:///{tmp_path / 'unused.db'}", batch_size=3)


def test_local_and_dask_engines_store_identical_results(tmp_path: Path, settings: Settings) -> None:
    corpus = _corpus(tmp_path / "in", 20)
    local = Store.open(f"sqlite:///{tmp_path / 'local.db'}")
    dask = Store.open(f"sqlite:///{tmp_path / 'dask.db'}")
    local_summary = run_corpus([str(corpus)], settings, local, extractor=Extractor(settings, nlp=stub_nlp()))
    seen: list[int] = []
    dask_summary = run_corpus_dask(
        [str(corpus)], settings, dask, workers=2, processes=False, nlp_factory=STUB, progress=seen.append
    )
    assert (dask_summary.read, dask_summary.stored, dask_summary.duplicates) == (21, 20, 1)
    assert (local_summary.read, local_summary.stored, local_summary.events) == (
        dask_summary.read,
        dask_summary.stored,
        dask_summary.events,
    )
    assert dask_summary.events == 7 and len(dask_summary.input_errors) == 1
    assert sum(seen) == 22  # every article and input error reported to the progress callback once
    assert _contents(local) == _contents(dask)
    again = run_corpus_dask([str(corpus)], settings, dask, workers=1, processes=False, nlp_factory=STUB)
    assert (again.stored, again.duplicates) == (0, 21)
    local.close()
    dask.close()


def test_a_failed_partition_is_split_so_only_the_bad_article_is_lost(
    tmp_path: Path, settings: Settings
) -> None:
    corpus = _corpus(tmp_path / "in", 9, {"a004.txt": "date 2022-03-05\n\nThis one makes it CRASH.\n"})
    store = Store.open(f"sqlite:///{tmp_path / 'clio.db'}")
    summary = run_corpus_dask(
        [str(corpus)], settings, store, workers=1, processes=False, nlp_factory=CRASHING
    )
    # batch_size 3: a003-a005 share the crashing partition; it fails twice, is retried article by
    # article, and only a004 (which crashes alone too) is reported and left unstored
    failed = {line.split(" ")[0].rsplit("/", 1)[-1] for line in summary.failed_articles}
    assert failed == {"a004.txt"} and summary.failed
    assert summary.stored == 8
    with store.engine.connect() as connection:
        stored = set(connection.scalars(select(schema.articles.c.id)))
        engine_errors = list(
            connection.scalars(
                select(schema.ingest_errors.c.article_id).where(schema.ingest_errors.c.stage == "engine")
            )
        )
    assert "in/a004" not in stored and {"in/a003", "in/a005"} <= stored and len(stored) == 8
    assert engine_errors == ["in/a004"]
    store.close()


def test_the_worker_plugin_pickles_without_its_pipeline(settings: Settings) -> None:
    plugin = ExtractorPlugin(settings, STUB)
    plugin.setup(worker=None)
    copy = pickle.loads(pickle.dumps(plugin))
    assert copy.extractor is None and copy.nlp_factory == STUB and copy.settings == settings
    assert plugin.extractor is not None


@pytest.mark.parametrize(
    "dotted",
    ["clio.nlp", "clio.nlp:", ":build_nlp", "clio.nope:build_nlp", "clio.nlp:nope", "clio.nlp:COMPONENTS"],
)
def test_bad_pipeline_factories_are_reported(dotted: str) -> None:
    with pytest.raises(ClioError):
        load_nlp_factory(dotted)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"engine": "spark"}, "--engine"),
        ({"engine": "local", "workers": 2}, "--engine dask"),
        ({"engine": "local", "scheduler": "tcp://x:8786"}, "--engine dask"),
        ({"engine": "dask", "workers": 0}, "--workers"),
    ],
)
def test_bad_engine_options_are_reported(settings: Settings, options: dict[str, Any], message: str) -> None:
    with pytest.raises(ClioError, match=message), open_engine(settings, nlp_factory=STUB, **options):
        pass


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """A running in-process cluster, reached by address as `clio run --scheduler` would reach one."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0") as cluster:
        yield cluster.scheduler_address


@pytest.mark.parametrize("engine", ["local", "dask"])
@pytest.mark.parametrize("mode", ["paths", "stdin", "watch"])
def test_run_inputs_codes_every_input_mode_on_every_engine(
    tmp_path: Path, settings: Settings, engine: str, mode: str, request: pytest.FixtureRequest
) -> None:
    corpus = _corpus(tmp_path / "in", 4)
    feed = "".join(
        json.dumps({"id": f"s{n}", "date": "2022-03-01", "text": f"Russia attacked Ukraine, report {n}."})
        + "\n"
        for n in range(4)
    )
    store = Store.open(f"sqlite:///{tmp_path / 'clio.db'}")
    stop = threading.Event()
    address = request.getfixturevalue("scheduler") if engine == "dask" else None
    options: dict[str, Any] = {"engine": engine, "scheduler": address, "nlp_factory": STUB, "stop": stop}
    if mode == "paths":
        summary = run_inputs([str(corpus)], settings, store, **options)
    elif mode == "stdin":
        summary = run_inputs(["-"], settings, store, stdin=io.BytesIO(feed.encode()), **options)
    else:

        def stop_when_coded() -> None:  # what the first Ctrl-C does, once all is stored
            deadline = time.monotonic() + 60
            while store.counts()["articles"] < 4 and time.monotonic() < deadline:
                time.sleep(0.05)
            stop.set()

        stopper = threading.Thread(target=stop_when_coded)
        stopper.start()
        summary = run_inputs([], settings, store, watch=corpus, **options)
        stopper.join()
    expected_events = 4 if mode == "stdin" else 2  # the corpus: "attacked" in a000 and a003
    assert (summary.stored, summary.events) == (4, expected_events)
    store.close()


def _worker_settings() -> tuple[str | None, bool, str]:
    import os

    import dask

    return (
        os.environ.get("MALLOC_TRIM_THRESHOLD_"),
        dask.config.get("distributed.worker.profile.enabled"),
        dask.config.get("distributed.worker.multiprocessing-method"),
    )


def test_local_cluster_workers_fork_from_a_warm_server_without_memory_trimming(
    tmp_path: Path, settings: Settings
) -> None:
    """The worker processes Clio starts (not threads, as in the other tests) run without Dask's
    MALLOC_TRIM_THRESHOLD_ and profiler, and code articles like the local engine."""
    corpus = _corpus(tmp_path / "in", 4)
    store = Store.open(f"sqlite:///{tmp_path / 'clio.db'}")
    with dask_engine(settings, workers=1, nlp_factory=STUB) as engine:
        assert list(engine.client.run(_worker_settings).values()) == [(None, False, "forkserver")]
        summary = run_items(read_inputs([str(corpus)]), settings, store, engine=engine)
    assert (summary.stored, summary.duplicates, summary.events) == (4, 1, 2)
    store.close()
