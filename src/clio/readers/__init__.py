"""Readers turn input files into ``Article`` records; one small class per format, by suffix.

    read_inputs(["corpus/", "more/*.jsonl", "-"])  ->  Ingested | InputError, one at a time

Formats: ``.txt``/``.text``/no suffix (text with a header block), ``.jsonl``/``.ndjson``
(JSON Lines), ``.csv``, ``.html``/``.htm`` (via trafilatura). Bad input never raises: each
problem is yielded as an ``InputError`` naming the file (and line) and what to do, and reading
goes on with the next article.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import BinaryIO, TextIO

from clio.errors import InputError
from clio.readers.base import Ingested, InputFile, Reader, ReadResult
from clio.readers.dates import parse_date
from clio.readers.paths import StdinInput, expand
from clio.readers.registry import ReaderRegistry
from clio.readers.stdin import LABEL as STDIN_LABEL
from clio.readers.stdin import read_stdin

DEFAULT_MAX_CHARS = 1_000_000

__all__ = [
    "Ingested",
    "InputFile",
    "ReadResult",
    "Reader",
    "ReaderRegistry",
    "parse_date",
    "read_file",
    "read_inputs",
    "sample_corpus_path",
]


def read_inputs(
    paths: Sequence[str],
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    stdin: TextIO | BinaryIO | None = None,
    registry: ReaderRegistry | None = None,
) -> Iterator[Ingested | InputError]:
    """Every article in ``paths`` (files, directories, globs, ``-`` for ``stdin``), in order.

    Example:
        for item in read_inputs(["corpus/"]):
            if isinstance(item, InputError): report(item)
            else: process(item.article)
    """
    registry = registry or ReaderRegistry.default(max_chars=max_chars)
    for item in expand(list(paths), registry):
        if isinstance(item, InputError):
            yield item
        elif isinstance(item, StdinInput):
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _guarded(STDIN_LABEL, read_stdin(stream, max_chars=max_chars))
        else:
            yield from read_file(item, registry)


def read_file(source: InputFile, registry: ReaderRegistry) -> Iterator[ReadResult]:
    """Every article of one file, by the reader its suffix names; never raises."""
    reader = registry.reader_for(source.path)
    if reader is None:
        yield InputError(
            source.label,
            f"unsupported file type {source.path.suffix!r}",
            f"supported formats: {registry.supported()}",
        )
        return
    yield from _guarded(source.label, reader.read(source))


def _guarded(label: str, results: Iterator[ReadResult]) -> Iterator[ReadResult]:
    """``results``, ended by an error naming ``label`` if reading raises: a reader bug (or a
    failing stream) costs the rest of this input, never the batch."""
    try:
        yield from results
    except Exception as exc:
        message = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
        yield InputError(
            label,
            f"reading stopped by an unexpected error ({message})",
            "the articles before it were read; please report this input to the Clio developers",
        )


def sample_corpus_path() -> Path:
    """The directory of the sample articles shipped with Clio (used by ``clio run`` without paths)."""
    return Path(str(resources.files("clio") / "sample" / "articles"))
