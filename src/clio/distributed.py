"""Extraction on a Dask cluster: the same run as ``run_corpus``, with batches extracted on workers.

    client process                                   each Dask worker
    read -> dedupe -> PendingBatch --submit-->  ExtractorPlugin (pipeline built once)
                         (at most 2 x threads      extract_partition(items) -> results
                          in flight)
    store_batches (the one writer)  <--results--

Reading, deduplication and writing are ``clio.pipeline``'s, so ``--engine local`` and
``--engine dask`` store the same rows. A failed partition is retried once by Dask; if it fails
again it is split and each article is tried alone, so only the articles that fail on their own
are reported (``ingest_errors``, stage ``engine``) and left unstored for a rerun; the rest of the
partition and the other partitions are stored.
"""

from __future__ import annotations

import contextlib
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
    extracted_batch,
    run_items,
)
from clio.readers import Ingested, read_inputs
from clio.records import ArticleResult
from clio.runs import DEFAULT_NLP_FACTORY, load_nlp_factory
from clio.settings import Settings
from clio.store import ErrorRow, Store

if TYPE_CHECKING:
    from distributed import Client, Future

PLUGIN_NAME = "clio-extractor"
IN_FLIGHT_PER_THREAD = 2  # one batch being extracted, one queued, per worker thread

# Dask settings for the workers of the local cluster Clio starts (see docs/benchmarks/scale.md):
# - Dask's nannies set MALLOC_TRIM_THRESHOLD_=65536 in each worker, which also switches off glibc's
#   adaptive mmap threshold: every array spaCy allocates above 128 KiB is then a fresh mmap, and a
#   worker took 4x the page faults and ~10% more CPU per article than the same extraction without it.
# - The statistical profiler samples the task thread's stack every 10 ms for the dashboard's
#   profile page, which nobody reads here; the event-loop and system monitors need not tick as often.
# - Workers fork from one server process that has imported Dask, spaCy and Clio once, instead of each
#   starting Python and importing them (see _preload_worker_imports).
LOCAL_CLUSTER_CONFIG: dict[str, object] = {
    "distributed.worker.multiprocessing-method": "forkserver",
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1000ms",
    "distributed.admin.system-monitor.interval": "5000ms",
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
        nlp = load_nlp_factory(self.nlp_factory)(self.settings)
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


class DaskEngine:
    """Extracts batches on a Dask cluster with at most ``max_in_flight`` batches submitted at once."""

    def __init__(self, client: Client, *, max_in_flight: int) -> None:
        if max_in_flight < 1:
            raise ValueError("max_in_flight must be at least 1")
        self.client = client
        self.max_in_flight = max_in_flight

    def __call__(self, batches: Iterable[PendingBatch]) -> Iterator[ExtractedBatch]:
        in_flight: dict[Future, PendingBatch] = {}
        for batch in batches:
            if batch.items:
                future = self.client.submit(extract_partition, batch.items, retries=1, pure=False)
                in_flight[future] = batch
            else:
                yield extracted_batch(batch, [])
            # Store finished batches as soon as possible; block only when the window is full.
            yield from self._collect(in_flight, block=len(in_flight) >= self.max_in_flight)
        while in_flight:
            yield from self._collect(in_flight, block=True)

    def _collect(self, in_flight: dict[Future, PendingBatch], *, block: bool) -> Iterator[ExtractedBatch]:
        from distributed import wait

        if block and in_flight:
            wait(list(in_flight), return_when="FIRST_COMPLETED")
        for future in [f for f in in_flight if f.done()]:
            batch = in_flight.pop(future)
            if future.status == "finished":
                yield extracted_batch(batch, future.result())
            else:
                yield self._one_by_one(batch)
            future.release()

    def _one_by_one(self, batch: PendingBatch) -> ExtractedBatch:
        """A partition that failed twice, retried article by article: the bad ones are isolated."""
        from distributed import wait

        futures = [self.client.submit(extract_partition, [item], pure=False) for item in batch.items]
        wait(futures)
        results: list[ArticleResult] = []
        failed: list[ErrorRow] = []
        for item, future in zip(batch.items, futures, strict=True):
            if future.status == "finished":
                results.extend(future.result())
            else:
                failed.append(_failure_row(item, future.exception()))
            future.release()
        return extracted_batch(batch, results, failed)


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@contextlib.contextmanager
def dask_engine(
    settings: Settings,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    nlp_factory: str = DEFAULT_NLP_FACTORY,
    processes: bool = True,
) -> Iterator[DaskEngine]:
    """A DaskEngine on the scheduler at ``scheduler``, or on a LocalCluster of ``workers`` processes.

    With a scheduler, ``workers`` (if given) is how many workers to wait for before starting.
    """
    import dask
    from distributed import Client, LocalCluster

    if workers is not None and workers < 1:
        raise ClioError("--workers must be at least 1")
    with contextlib.ExitStack() as stack:
        try:
            if scheduler:
                client = stack.enter_context(Client(scheduler, timeout="30s"))
                if workers:
                    client.wait_for_workers(workers, timeout=300)
            else:
                # Nannies read the settings when they are made, in the constructor.
                stack.enter_context(dask.config.set(LOCAL_CLUSTER_CONFIG))
                _preload_worker_imports()
                cluster = stack.enter_context(
                    LocalCluster(
                        n_workers=workers or default_workers(),
                        threads_per_worker=1,
                        processes=processes,
                        dashboard_address=":0",  # a free port: never clash with another cluster
                        silence_logs=logging.ERROR,
                    )
                )
                client = stack.enter_context(Client(cluster))
        except (OSError, TimeoutError) as exc:
            raise ClioError(f"cannot reach the Dask scheduler {scheduler!r}: {exc}") from exc
        client.register_plugin(ExtractorPlugin(settings, nlp_factory), name=PLUGIN_NAME)
        threads = sum(client.nthreads().values()) or 1
        yield DaskEngine(client, max_in_flight=IN_FLIGHT_PER_THREAD * threads)


# What the fork server imports before forking workers: what a worker would import at start.
WORKER_PRELOAD = ("distributed", "numpy", "spacy", "clio.distributed", "clio.nlp.build")


def _preload_worker_imports() -> None:
    """Make the fork server import ``WORKER_PRELOAD`` (Dask sets its own, shorter list once, the
    first time it asks for the context; this list replaces it)."""
    from distributed.utils import get_mp_context

    get_mp_context().set_forkserver_preload(list(WORKER_PRELOAD))


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
