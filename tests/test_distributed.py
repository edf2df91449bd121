"""The Dask engine against a real (in-process) LocalCluster, with the model-free stub pipeline."""

from __future__ import annotations

import io
import json
import os
import pickle
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from sqlalchemy import select

from clio.distributed import DaskEngine, ExtractorPlugin, dask_engine, run_corpus_dask
from clio.errors import ClioError
from clio.pipeline import Extractor, pending_batches, run_corpus, run_items, store_batches
from clio.prefork import PIPELINE_VARIABLE, build_from_environment, decode, encode
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


def _count_submissions(client: Any) -> list[int]:
    """The size of every task submitted to ``client`` from now on, in order."""
    submitted: list[int] = []
    submit = client.submit

    def counted(function: Any, items: list[Any], **options: Any) -> Any:
        submitted.append(len(items))
        return submit(function, items, **options)

    client.submit = counted
    return submitted


def test_batches_sent_in_small_tasks_come_back_whole_and_in_order(tmp_path: Path) -> None:
    """A batch of 10 is coded in tasks of 3 (the last of 1) and stored as the local engine stores it."""
    settings = Settings(db_url=f"sqlite:///{tmp_path / 'unused.db'}", batch_size=10)
    corpus = _corpus(tmp_path / "in", 23)
    local = Store.open(f"sqlite:///{tmp_path / 'local.db'}")
    run_corpus([str(corpus)], settings, local, extractor=Extractor(settings, nlp=stub_nlp()))
    dask = Store.open(f"sqlite:///{tmp_path / 'dask.db'}")
    with dask_engine(settings, workers=2, processes=False, nlp_factory=STUB) as engine:
        split = DaskEngine(engine.client, max_in_flight=3, task_size=3)
        submitted = _count_submissions(engine.client)
        batches = list(split(pending_batches(read_inputs([str(corpus)]), settings, dask)))
        summary = store_batches(batches, dask)
    # 24 articles read, one a duplicate; batches come back as they are done, in any order
    assert sorted(len(done.results) for done in batches) == [3, 10, 10]
    for done in batches:
        assert [r.article.id for r in done.results] == [item.article.id for item in done.batch.items]
    assert submitted == [3, 3, 3, 1, 3, 3, 3, 1, 3]
    assert (summary.stored, summary.duplicates) == (23, 1)
    assert _contents(local) == _contents(dask)
    local.close()
    dask.close()


def test_a_batch_cut_short_by_the_end_of_input_goes_in_smaller_tasks(tmp_path: Path) -> None:
    """Full batches of 10 go in tasks of 3; the last one (4 read, one a duplicate) in tasks of 2."""
    settings = Settings(db_url=f"sqlite:///{tmp_path / 'unused.db'}", batch_size=10)
    corpus = _corpus(tmp_path / "in", 23)
    store = Store.open(f"sqlite:///{tmp_path / 'dask.db'}")
    with dask_engine(settings, workers=2, processes=False, nlp_factory=STUB) as engine:
        split = DaskEngine(engine.client, max_in_flight=3, task_size=3, batch_size=10)
        submitted = _count_submissions(engine.client)
        summary = run_items(read_inputs([str(corpus)]), settings, store, engine=split)
    assert submitted == [3, 3, 3, 1, 3, 3, 3, 1, 2, 1]
    assert (summary.stored, summary.duplicates) == (23, 1)
    store.close()


def test_a_failed_task_of_a_split_batch_loses_only_the_bad_article(tmp_path: Path) -> None:
    settings = Settings(db_url=f"sqlite:///{tmp_path / 'unused.db'}", batch_size=10)
    corpus = _corpus(tmp_path / "in", 9, {"a004.txt": "date 2022-03-05\n\nThis one makes it CRASH.\n"})
    store = Store.open(f"sqlite:///{tmp_path / 'clio.db'}")
    with dask_engine(settings, workers=1, processes=False, nlp_factory=CRASHING) as engine:
        split = DaskEngine(engine.client, max_in_flight=4, task_size=4)
        summary = run_items(read_inputs([str(corpus)]), settings, store, engine=split)
    failed = {line.split(" ")[0].rsplit("/", 1)[-1] for line in summary.failed_articles}
    assert failed == {"a004.txt"} and summary.stored == 8
    store.close()


WORKER_SERVER_SCRIPT = """
import json, sys
from clio.distributed import PLUGIN_NAME, dask_engine
from clio.prefork import start_worker_server
from clio.settings import Settings

def probe(dask_worker):
    import gc
    import clio.prefork_server
    plugin = dask_worker.plugins[PLUGIN_NAME]
    prebuilt = clio.prefork_server.PREBUILT
    return [prebuilt is not None and plugin.extractor.nlp is prebuilt[2], gc.get_freeze_count() > 0]

if __name__ == "__main__":
    settings = Settings(batch_size=int(sys.argv[1]))
    start_worker_server(Settings(batch_size=4), "tests.test_distributed:stub_factory")
    with dask_engine(settings, workers=1, nlp_factory="tests.test_distributed:stub_factory") as engine:
        probed = list(engine.client.run(probe).values())
    # Dask's own preload list (it imports pandas to make it) is skipped: the server has Clio's.
    print(json.dumps([probed, "pandas" in sys.modules]))
"""


@pytest.mark.parametrize(("batch_size", "inherited"), [(4, True), (5, False)])
def test_workers_start_with_the_pipeline_the_fork_server_built(
    tmp_path: Path, batch_size: int, inherited: bool
) -> None:
    """With the settings the server was started with, workers use the pipeline it built (and its
    frozen GC); with other settings they build their own. Starting the cluster does not import
    pandas in the client."""
    script = tmp_path / "server.py"
    script.write_text(WORKER_SERVER_SCRIPT, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), str(batch_size)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parent.parent,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [[[inherited, True]], False]


def test_the_worker_server_reads_back_the_settings_it_is_given() -> None:
    settings = Settings(model="some_model", actor_files=(Path("kb/a.yml"),), min_confidence=0.2, batch_size=7)
    assert decode(encode(settings, STUB)) == (settings, STUB)


def test_a_pipeline_that_cannot_be_built_ahead_is_left_to_the_workers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Building fails quietly in the server (the workers then fail to build it, where Dask reports
    it), and the variable is consumed either way."""
    monkeypatch.setenv(PIPELINE_VARIABLE, encode(Settings(), "clio.nope:build_nlp"))
    assert build_from_environment() is None
    assert PIPELINE_VARIABLE not in os.environ
    assert build_from_environment() is None
