"""Which reader handles which file: a map from file suffix to reader class.

Adding a format is one ``Reader`` subclass and one entry in ``READER_CLASSES``.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from clio.readers.base import Reader
from clio.readers.jsonl import JsonLinesReader
from clio.readers.tabular import CsvReader
from clio.readers.text import TextReader
from clio.readers.webpage import HtmlReader

READER_CLASSES: tuple[type[Reader], ...] = (TextReader, JsonLinesReader, CsvReader, HtmlReader)


class ReaderRegistry:
    """Readers by suffix (lower case, with the dot; ``""`` for files without one)."""

    def __init__(self, readers: Mapping[str, Reader]) -> None:
        self._by_suffix = dict(readers)

    @classmethod
    def default(cls, *, max_chars: int) -> ReaderRegistry:
        readers: dict[str, Reader] = {}
        for reader_class in READER_CLASSES:
            reader = reader_class(max_chars=max_chars)
            for suffix in reader_class.suffixes:
                readers[suffix] = reader
        return cls(readers)

    def reader_for(self, path: Path) -> Reader | None:
        return self._by_suffix.get(path.suffix.lower())

    def supported(self) -> str:
        """A readable list of the formats, for hints: ".txt, .text or no suffix (text with ...)"."""
        groups: dict[int, tuple[Reader, list[str]]] = {}
        for suffix, reader in self._by_suffix.items():
            groups.setdefault(id(reader), (reader, []))[1].append(suffix or "no suffix")
        return "; ".join(
            f"{', '.join(suffixes)} ({type(reader).description})" for reader, suffixes in groups.values()
        )
