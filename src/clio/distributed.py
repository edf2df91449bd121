"""Extraction on a Dask cluster: the same run as ``run_corpus``, with batches extracted on workers.

    client process                                   each Dask worker
    read -> dedupe -> PendingBatch --submit-->  ExtractorPlugin (pipeline built once, or
                       in tasks of 8 articles    inherited from the fork server: clio.prefork)
                       (2 batches per worker     extract_partition(items) -> results
                        thread in flight)
    store_batches (the one writer)  <--results--  (a batch is stored once all its tasks are back)

Reading, deduplication and writing are ``clio.pipeline``'s, so ``--engine local`` and
``--engine dask`` store the same rows. A failed task is retried once by Dask; if it fails
again it is split and each article is tried alone, so only the articles that fail on their own
are reported (``ingest_errors``, stage ``engine``) and left unstored for a rerun; the rest of the
batch and the other batches are stored.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import itertools
import logging
import os
import threading
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from distributed.diagnostics.plugin import WorkerPlugin

from clio.errors import ClioError
from clio.pipeline import (
    ExtractedBatch,
    Extractor,
    PendingBatch,
    ProgressCallback,
    RunSummary,
    batched,
    extracted_batch,
    run_items,
)
from clio.prefork import prebuilt_pipeline, start_worker_server
from clio.readers import Ingested, read_inputs
from clio.records import ArticleResult, ErrorRow
from clio.runs import DEFAULT_NLP_FACTORY, load_nlp_factory
from clio.settings import Settings

if TYPE_CHECKING:
    from distributed import Client, Future

    from clio.store import Store

PLUGIN_NAME = "clio-extractor"
TASK_ARTICLES = 8  # articles per task (see DaskEngine)
LAST_TASK_ARTICLES = 2  # per task in a batch cut short: the input ended (or paused) after it
IN_FLIGHT_PER_THREAD = 2  # batches submitted per worker thread: one being extracted, one queued

# Dask settings for the workers of the local cluster Clio starts (see docs/benchmarks/scale.md):
# - Dask's nannies set MALLOC_TRIM_THRESHOLD_=65536 in each worker, which also switches off glibc's
#   adaptive mmap threshold: every array spaCy allocates above 128 KiB is then a fresh mmap, and a
#   worker took 4x the page faults and ~10% more CPU per article than the same extraction without it.
# - The statistical profiler samples the task thread's stack every 10 ms for the dashboard's
#   profile page, which nobody reads here; the event-loop and system monitors need not tick as often,
#   nor the memory monitor (its pause and terminate thresholds still hold, checked every second) nor
#   the client's and cluster's polls of the scheduler for widgets and scheduler_info.
# - Results are not spilled to disk: the client fetches each as soon as it is done.
# - Workers fork from one server process that has imported Dask, spaCy and Clio and built the
#   pipeline once, instead of each starting Python, importing them and loading it (clio.prefork).
LOCAL_CLUSTER_CONFIG: dict[str, object] = {
    "distributed.worker.multiprocessing-method": "forkserver",
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1000ms",
    "distributed.admin.system-monitor.interval": "5000ms",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.worker.memory.target": False,
    "distributed.worker.memory.spill": False,
    "distributed.client.scheduler-info-interval": "10s",
    "distributed.deploy.cluster-repr-interval": "10s",
}


class ExtractorPlugin(WorkerPlugin):
    """A Dask worker plugin that builds the Clio pipeline once per worker.

    It travels to the workers by pickle, so it holds only Settings and the factory's dotted name.
    """

    name = PLUGIN_NAME

    def __init__(self, settings: Settings, nlp_factory: str = DEFAULT_NLP_FACTORY) -> None:
        self.settings = settings
        self.nlp_factory = nlp_factory
        self.extractor: Extractor | None = None
        self.lock: threading.Lock | None = None

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "extractor": None, "lock": None}  # the pipeline is built on the worker

    def setup(self, worker: Any) -> None:
        nlp = prebuilt_pipeline(self.settings, self.nlp_factory) or load_nlp_factory(self.nlp_factory)(
            self.settings
        )
        self.extractor = Extractor(self.settings, nlp=nlp)
        self.lock = threading.Lock()  # a worker with several threads shares one pipeline

    def teardown(self, worker: Any) -> None:
        self.extractor = None

    def extract(self, items: Sequence[Ingested]) -> list[ArticleResult]:
        if self.extractor is None or self.lock is None:
            raise RuntimeError("the Clio worker plugin was not set up on this worker")
        with self.lock:
            return list(self.extractor.extract(items))


def extract_partition(items: list[Ingested]) -> list[ArticleResult]:
    """The task run on a worker: extract one batch with the worker's pipeline."""
    from distributed import get_worker

    plugin = get_worker().plugins[PLUGIN_NAME]
    assert isinstance(plugin, ExtractorPlugin)
    return plugin.extract(items)


def _failure_row(item: Ingested, error: BaseException | None) -> ErrorRow:
    message = (
        f"extraction failed on a worker, alone and in its partition, and the article was not stored "
        f"({type(error).__name__}: {error}); rerun to retry"
    )
    return ErrorRow(item.article.path or item.article.id, "engine", message, item.article.id)


class _Assembly:
    """A batch sent as several tasks, put back together (in input order) as its parts return."""

    def __init__(self, batch: PendingBatch, parts: list[list[Ingested]]) -> None:
        self.batch = batch
        self.parts = parts
        self.results: list[list[ArticleResult] | None] = [None] * len(parts)
        self.failed: list[ErrorRow] = []

    def fill(self, index: int, results: list[ArticleResult], failed: Sequence[ErrorRow] = ()) -> None:
        self.results[index] = results
        self.failed.extend(failed)

    @property
    def complete(self) -> bool:
        return all(part is not None for part in self.results)

    def extracted(self) -> ExtractedBatch:
        results = [result for part in self.results for result in part or ()]
        return extracted_batch(self.batch, results, self.failed)


class DaskEngine:
    """Extracts batches on a Dask cluster, each in tasks of at most ``task_size`` articles, with at
    most ``max_in_flight`` tasks submitted at once.

    Tasks smaller than the batches the client dedupes and stores keep the workers evenly loaded
    to the end: at the end of a run one worker may finish its last task while another is still on
    its own, and the smaller the tasks, the shorter that tail (coding an article does not depend on
    the others in its task: the stored rows are the same). A batch of fewer than ``batch_size``
    articles was cut because the input ended (or paused): nothing follows it for now, so it goes
    in tasks of ``LAST_TASK_ARTICLES`` and the workers finish within a couple of articles of each
    other.
    """

    def __init__(
        self, client: Client, *, max_in_flight: int, task_size: int = TASK_ARTICLES, batch_size: int = 0
    ) -> None:
        if max_in_flight < 1 or task_size < 1:
            raise ValueError("max_in_flight and task_size must be at least 1")
        self.client = client
        self.max_in_flight = max_in_flight
        self.task_size = task_size
        self.batch_size = batch_size

    def _task_size(self, batch: PendingBatch) -> int:
        cut_short = batch.read - len(batch.input_errors) < self.batch_size
        return min(self.task_size, LAST_TASK_ARTICLES) if cut_short else self.task_size

    def __call__(self, batches: Iterable[PendingBatch]) -> Iterator[ExtractedBatch]:
        in_flight: dict[Future, tuple[_Assembly, int]] = {}
        for batch in batches:
            if batch.items:
                assembly = _Assembly(batch, list(batched(batch.items, self._task_size(batch))))
                for index, part in enumerate(assembly.parts):
                    future = self.client.submit(extract_partition, part, retries=1, pure=False)
                    in_flight[future] = (assembly, index)
            else:
                yield extracted_batch(batch, [])
            # Store finished batches as soon as possible; block only when the window is full.
            yield from self._collect(in_flight, block=len(in_flight) >= self.max_in_flight)
        while in_flight:
            yield from self._collect(in_flight, block=True)

    def _collect(
        self, in_flight: dict[Future, tuple[_Assembly, int]], *, block: bool
    ) -> Iterator[ExtractedBatch]:
        from distributed import wait

        if block and in_flight:
            wait(list(in_flight), return_when="FIRST_COMPLETED")
        for future in [f for f in in_flight if f.done()]:
            assembly, index = in_flight.pop(future)
            if future.status == "finished":
                assembly.fill(index, future.result())
            else:
                assembly.fill(index, *self._one_by_one(assembly.parts[index]))
            future.release()
            if assembly.complete:
                yield assembly.extracted()

    def _one_by_one(self, items: list[Ingested]) -> tuple[list[ArticleResult], list[ErrorRow]]:
        """A partition that failed twice, retried article by article: the bad ones are isolated."""
        from distributed import wait

        futures = [self.client.submit(extract_partition, [item], pure=False) for item in items]
        wait(futures)
        results: list[ArticleResult] = []
        failed: list[ErrorRow] = []
        for item, future in zip(items, futures, strict=True):
            if future.status == "finished":
                results.extend(future.result())
            else:
                failed.append(_failure_row(item, future.exception()))
            future.release()
        return results, failed


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class StartingEngine:
    """The engine of a local cluster that is still starting (in a thread): the client reads and
    deduplicates its first batch meanwhile, then hands everything to the DaskEngine once ready."""

    def __init__(self, ready: concurrent.futures.Future[DaskEngine]) -> None:
        self.ready = ready

    @property
    def client(self) -> Client:
        return self.ready.result().client

    def __call__(self, batches: Iterable[PendingBatch]) -> Iterator[ExtractedBatch]:
        pending = iter(batches)
        first = list(itertools.islice(pending, 1))
        yield from self.ready.result()(itertools.chain(first, pending))


@contextlib.contextmanager
def dask_engine(
    settings: Settings,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    nlp_factory: str = DEFAULT_NLP_FACTORY,
    processes: bool = True,
) -> Iterator[DaskEngine | StartingEngine]:
    """A DaskEngine on the scheduler at ``scheduler``, or on a LocalCluster of ``workers`` processes
    (started in the background: a StartingEngine).

    With a scheduler, ``workers`` (if given) is how many workers to wait for before starting.
    """
    import dask

    if workers is not None and workers < 1:
        raise ClioError("--workers must be at least 1")
    with contextlib.ExitStack() as stack:
        if scheduler:
            yield _engine(stack, settings, nlp_factory, scheduler=scheduler, workers=workers)
            return
        # Nannies read the settings when they are made, in the constructor.
        stack.enter_context(dask.config.set(LOCAL_CLUSTER_CONFIG))
        if processes:
            start_worker_server(settings, nlp_factory)
            _keep_worker_server_preload()
        # The thread's stack closes the cluster and client: after the run, or once they have
        # started if the run ends first.
        cluster_stack = stack.enter_context(contextlib.ExitStack())
        pool = stack.enter_context(concurrent.futures.ThreadPoolExecutor(1, "clio-cluster-start"))
        ready = pool.submit(
            _engine,
            cluster_stack,
            settings,
            nlp_factory,
            workers=workers or default_workers(),
            processes=processes,
        )
        stack.callback(lambda: ready.exception())  # wait for the start before closing
        yield StartingEngine(ready)


def _keep_worker_server_preload() -> None:
    """Tell Dask the fork server's preload list is set: the first time a nanny asks for its
    multiprocessing context, Dask otherwise imports every package it might add to that list
    (pandas and pyarrow among them: ~0.5 s of CPU in this process while the cluster starts), only
    to set a list that changes nothing, since Clio's server already runs with its own
    (clio.prefork). A Dask without the flag is left alone."""
    import distributed.utils

    if hasattr(distributed.utils, "_forkserver_preload_set"):
        distributed.utils._forkserver_preload_set = True


def _engine(
    stack: contextlib.ExitStack,
    settings: Settings,
    nlp_factory: str,
    *,
    workers: int | None,
    scheduler: str | None = None,
    processes: bool = True,
) -> DaskEngine:
    """Connect to ``scheduler`` (or start a LocalCluster of ``workers``) and set up the workers."""
    from distributed import Client, LocalCluster

    try:
        if scheduler:
            client = stack.enter_context(Client(scheduler, timeout="30s"))
            if workers:
                client.wait_for_workers(workers, timeout=300)
        else:
            cluster = stack.enter_context(
                LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=processes,
                    dashboard_address=":0",  # a free port: never clash with another cluster
                    silence_logs=logging.ERROR,
                )
            )
            # Not entered as a context: that sets a context variable, which only the thread that set
            # it may reset, and this runs in the thread that starts the cluster.
            client = Client(cluster)
            stack.callback(client.close)
    except (OSError, TimeoutError) as exc:
        raise ClioError(f"cannot reach the Dask scheduler {scheduler!r}: {exc}") from exc
    client.register_plugin(ExtractorPlugin(settings, nlp_factory), name=PLUGIN_NAME)
    threads = sum(client.nthreads().values()) or 1
    tasks_per_batch = -(-settings.batch_size // TASK_ARTICLES)
    return DaskEngine(
        client,
        max_in_flight=IN_FLIGHT_PER_THREAD * threads * tasks_per_batch,
        batch_size=settings.batch_size,
    )


def run_corpus_dask(
    paths: Sequence[str],
    settings: Settings,
    store: Store,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    progress: ProgressCallback | None = None,
    nlp_factory: str = DEFAULT_NLP_FACTORY,
    processes: bool = True,
    stop: threading.Event | None = None,
) -> RunSummary:
    """``run_corpus`` with extraction on a Dask cluster (a LocalCluster unless ``scheduler``)."""
    with dask_engine(
        settings, scheduler=scheduler, workers=workers, nlp_factory=nlp_factory, processes=processes
    ) as engine:
        items = read_inputs(paths, max_chars=settings.max_chars)
        return run_items(items, settings, store, engine=engine, progress=progress, stop=stop)
