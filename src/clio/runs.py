"""What ``clio run`` does: pick the engine (local or Dask) and the input mode (paths, a watched
directory, or a continuous stdin feed), then run the shared read -> dedupe -> extract -> store loop."""

from __future__ import annotations

import contextlib
import importlib
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, TextIO

from clio.coding import DEFAULT_NLP_FACTORY
from clio.errors import ClioError
from clio.pipeline import Engine, Extractor, LocalEngine, ProgressCallback, RunSummary, run_items
from clio.readers import read_inputs
from clio.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language

    from clio.store import Store

ENGINES = ("local", "dask")
STDIN = "-"

NlpFactory = Callable[[Settings], "Language"]


def load_nlp_factory(dotted: str) -> NlpFactory:
    """The function named by ``"package.module:function"`` that builds a pipeline from Settings."""
    module_name, _, attribute = dotted.partition(":")
    if not module_name or not attribute:
        raise ClioError(f"pipeline factory {dotted!r} must look like 'package.module:function'")
    try:
        factory = getattr(importlib.import_module(module_name), attribute)
    except (ImportError, AttributeError) as exc:
        raise ClioError(f"cannot load pipeline factory {dotted!r}: {exc}") from exc
    if not callable(factory):
        raise ClioError(f"pipeline factory {dotted!r} is not callable")
    return factory


@contextlib.contextmanager
def open_engine(
    settings: Settings,
    *,
    engine: str = "local",
    scheduler: str | None = None,
    workers: int | None = None,
    nlp_factory: str = DEFAULT_NLP_FACTORY,
) -> Iterator[Engine]:
    """The engine named ``engine`` ("local" or "dask"), ready for ``run_items``."""
    if engine not in ENGINES:
        raise ClioError(f"--engine {engine!r} is not one of {', '.join(ENGINES)}")
    if engine == "local":
        if scheduler or workers:
            raise ClioError("--scheduler and --workers need --engine dask")
        yield LocalEngine(Extractor(settings, nlp=load_nlp_factory(nlp_factory)(settings)))
        return
    from clio.distributed import dask_engine  # imports Dask only when it is used

    with dask_engine(settings, scheduler=scheduler, workers=workers, nlp_factory=nlp_factory) as dask:
        yield dask


def run_inputs(
    inputs: Sequence[str],
    settings: Settings,
    store: Store,
    *,
    engine: str = "local",
    scheduler: str | None = None,
    workers: int | None = None,
    watch: Path | None = None,
    stdin: TextIO | BinaryIO | None = None,
    stop: threading.Event | None = None,
    progress: ProgressCallback | None = None,
    nlp_factory: str = DEFAULT_NLP_FACTORY,
) -> RunSummary:
    """Code ``inputs`` (or, with ``watch``, files arriving in that directory; or, when ``inputs`` is
    just ``-`` and ``stdin`` is given, a continuous JSON Lines feed) and store the results."""
    from clio.watch import run_stream, watch_directory

    stop = stop or threading.Event()
    with open_engine(
        settings, engine=engine, scheduler=scheduler, workers=workers, nlp_factory=nlp_factory
    ) as extract:
        if watch is not None:
            if not watch.is_dir():
                raise ClioError(f"--watch {str(watch)!r} is not a directory")
            return watch_directory(watch, settings, store, engine=extract, stop=stop, progress=progress)
        if list(inputs) == [STDIN] and stdin is not None:
            return run_stream(stdin, settings, store, engine=extract, stop=stop, progress=progress)
        items = read_inputs(inputs, max_chars=settings.max_chars)
        return run_items(items, settings, store, engine=extract, progress=progress, stop=stop)
