"""Lookup tables built once from Clio's data files and kept in a cache folder, keyed by content hash.

Building the actor and place lookup tables from their data files takes about a second; every
`clio` command, test process and Dask worker would pay it. :func:`cached` builds a table the first
time, pickles it into the cache folder, and later loads the pickle instead. The file name carries a
hash of everything the table is built from: the data files' bytes, the source code that builds it,
the Python version and any other input the caller names (the tokenizer's settings, say). Change
any of them and the hash changes, so a stale table is never read; the old file is deleted when the
new one is written.

The folder is ``$CLIO_CACHE_DIR``, else ``$XDG_CACHE_HOME/clio``, else ``~/.cache/clio``;
``CLIO_CACHE_DIR=off`` turns the cache off. An unreadable or unwritable folder, or a damaged file,
only means the table is built in memory as if there were no cache: results never depend on it.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

CACHE_ENV = "CLIO_CACHE_DIR"
OFF = "off"
# Bump when the way tables are pickled changes (not needed for the tables' own code: it is hashed).
FORMAT = 1

T = TypeVar("T")
Input = Path | str | bytes
log = logging.getLogger(__name__)


def cache_dir() -> Path | None:
    """The cache folder (not created here), or None when the cache is off."""
    configured = os.environ.get(CACHE_ENV, "")
    if configured.strip().lower() == OFF:
        return None
    if configured:
        return Path(configured).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "clio"


def fingerprint(inputs: Iterable[Input]) -> str:
    """A hash of ``inputs``: a file (Path) counts by its content, a str or bytes as itself."""
    digest = hashlib.blake2b(f"{FORMAT}\n{sys.version}".encode(), digest_size=16)
    for item in inputs:
        if isinstance(item, Path):
            data = item.read_bytes()
            digest.update(b"file %d\n" % len(data))
        else:
            data = item.encode() if isinstance(item, str) else item
            digest.update(b"value %d\n" % len(data))
        digest.update(data)
    return digest.hexdigest()


def cached(name: str, kind: type[T], build: Callable[[], T], inputs: Iterable[Input]) -> T:
    """The table ``build()`` returns, loaded from the cache folder when one built from the same
    ``inputs`` is there (``kind`` is checked on load), else built and saved there."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{fingerprint(inputs)}.pickle"
    if path.is_file():
        table = _load(path)
        if isinstance(table, kind):
            return table
        log.warning("ignoring the damaged cached table %s; rebuilding it", path)
    table = build()
    _save(table, path, name)
    return table


def _load(path: Path) -> object:
    try:
        with path.open("rb") as handle, _collector_paused():
            return pickle.load(handle)
    except Exception:  # a damaged or foreign file: any unpickling error; the caller rebuilds
        return None


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Unpickling a table allocates ~100,000 objects, none of them garbage; with the collector on,
    each allocation burst starts a collection that walks spaCy's heap too (3x slower)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _save(table: object, path: Path, name: str) -> None:
    """Write atomically (other processes may be reading), then drop this table's older versions."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-")
    except OSError as exc:
        log.info("cannot cache %s in %s (%s); it is rebuilt at every start", name, path.parent, exc)
        return
    try:
        with os.fdopen(descriptor, "wb") as handle:
            pickle.dump(table, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError as exc:
        log.info("cannot cache %s in %s (%s); it is rebuilt at every start", name, path.parent, exc)
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return
    for old in path.parent.glob(f"{name}-*.pickle"):
        if old != path:
            with contextlib.suppress(OSError):
                old.unlink()
