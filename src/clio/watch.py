"""Streaming ingestion: code files as they arrive in a directory, or JSON Lines as they arrive on stdin.

Both feed ``clio.pipeline.run_items`` (the same dedup and writer as a batch run, with any engine),
so they are idempotent: an article already stored is skipped. Besides articles they yield
``IDLE`` whenever nothing new arrived for a while, which makes the runner store the articles it
holds instead of waiting for a full batch. Setting ``stop`` ends the stream after the batch in hand
is stored; ``stop_on_interrupt`` sets it on the first Ctrl-C.
"""

from __future__ import annotations

import contextlib
import queue
import signal
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import BinaryIO, TextIO

from clio.errors import InputError
from clio.pipeline import IDLE, Engine, ProgressCallback, RunSummary, StreamItem, run_items
from clio.readers import ReaderRegistry, read_file
from clio.readers.base import InputFile
from clio.readers.paths import expand
from clio.readers.stdin import read_stdin
from clio.settings import Settings
from clio.store import Store

DEFAULT_POLL_S = 1.0
DEFAULT_IDLE_S = 1.0
FileState = tuple[int, int]  # (mtime in ns, size): a file whose state changed is read again


def _state(path: Path) -> FileState | None:
    try:
        stat = path.stat()
    except OSError:
        return None  # removed between listing and looking
    return (stat.st_mtime_ns, stat.st_size)


def watch_items(
    directory: Path,
    *,
    max_chars: int,
    stop: threading.Event,
    interval: float = DEFAULT_POLL_S,
) -> Iterator[StreamItem]:
    """Articles from files that appear or change under ``directory``, until ``stop`` is set.

    Files are listed as ``clio run DIR`` lists them, so article ids are the same either way.
    A file is read once its size and modification time held still for one poll (so a file
    still being written is not read half-way), and read again when it changes.
    """
    registry = ReaderRegistry.default(max_chars=max_chars)
    read: dict[Path, FileState] = {}
    settling: dict[Path, FileState] = {}
    while not stop.is_set():
        if not directory.is_dir():
            yield InputError(
                str(directory), "the watched directory is gone", "recreate it or stop with Ctrl-C"
            )
            return
        for source in expand([str(directory)], registry):
            if not isinstance(source, InputFile):
                continue  # an empty directory is normal while waiting; unreadable folders retry next poll
            state = _state(source.path)
            if state is None or read.get(source.path) == state:
                continue
            if settling.get(source.path) != state:
                settling[source.path] = state
                continue
            del settling[source.path]
            read[source.path] = state
            yield from read_file(source, registry)
            if stop.is_set():
                break
        yield IDLE
        stop.wait(interval)


def watch_directory(
    directory: Path,
    settings: Settings,
    store: Store,
    *,
    engine: Engine,
    stop: threading.Event,
    interval: float = DEFAULT_POLL_S,
    progress: ProgressCallback | None = None,
) -> RunSummary:
    """Code new and changed files under ``directory`` as they arrive, until ``stop`` is set."""
    items = watch_items(directory, max_chars=settings.max_chars, stop=stop, interval=interval)
    return run_items(items, settings, store, engine=engine, progress=progress, stop=stop)


class _EndOfStream:
    """Put on the queue by the reading thread when the stream is exhausted."""


@dataclass(frozen=True, slots=True)
class _ReadFailure:
    """Put on the queue by the reading thread when reading raised (re-raised by the consumer)."""

    error: BaseException


_Queued = StreamItem | _EndOfStream | _ReadFailure


def _pump(items: Iterator[StreamItem], pipe: queue.Queue[_Queued]) -> None:
    try:
        for item in items:
            pipe.put(item)
    except BaseException as exc:  # hand any failure to the consuming thread
        pipe.put(_ReadFailure(exc))
        return
    pipe.put(_EndOfStream())


def stream_items(
    stream: TextIO | BinaryIO,
    *,
    max_chars: int,
    stop: threading.Event,
    idle_after: float = DEFAULT_IDLE_S,
    buffer: int = 256,
) -> Iterator[StreamItem]:
    """Articles from a continuous stream (JSON Lines), with ``IDLE`` after each quiet spell.

    A background thread reads (blocking) into a bounded queue, so the consumer can store what it
    holds when the feed goes quiet and can stop on request even while no line arrives.
    """
    pipe: queue.Queue[_Queued] = queue.Queue(maxsize=buffer)
    reader = threading.Thread(
        target=_pump, args=(read_stdin(stream, max_chars=max_chars), pipe), name="clio-stdin", daemon=True
    )
    reader.start()
    while not stop.is_set():
        try:
            item = pipe.get(timeout=idle_after)
        except queue.Empty:
            yield IDLE
            continue
        if isinstance(item, _EndOfStream):
            return
        if isinstance(item, _ReadFailure):
            raise item.error
        yield item


def run_stream(
    stream: TextIO | BinaryIO,
    settings: Settings,
    store: Store,
    *,
    engine: Engine,
    stop: threading.Event,
    idle_after: float = DEFAULT_IDLE_S,
    progress: ProgressCallback | None = None,
) -> RunSummary:
    """Code articles from a continuous JSON Lines feed until it ends or ``stop`` is set."""
    items = stream_items(stream, max_chars=settings.max_chars, stop=stop, idle_after=idle_after)
    return run_items(items, settings, store, engine=engine, progress=progress, stop=stop)


@contextlib.contextmanager
def stop_on_interrupt(on_first: Callable[[], None] | None = None) -> Iterator[threading.Event]:
    """An Event set by the first Ctrl-C (so the run stops after the current batch); a second
    Ctrl-C interrupts at once. Only in the main thread; elsewhere the Event is never set."""
    stop = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return

    def handle(signum: int, frame: FrameType | None) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        if on_first is not None:
            on_first()

    previous = signal.signal(signal.SIGINT, handle)
    try:
        yield stop
    finally:
        signal.signal(signal.SIGINT, previous)
