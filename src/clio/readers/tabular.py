"""CSV with a header row naming the columns ``text`` (required), ``date`` (recommended) and
optionally ``id``, ``title``, ``source``, ``url``. Streamed row by row with the csv module.
"""

from __future__ import annotations

import csv
from collections.abc import Generator, Iterator
from typing import TYPE_CHECKING, BinaryIO

from clio.errors import ArticleError, InputError
from clio.readers.base import MAX_CHARS_HINT, InputFile, Reader, ReadResult, article_from_fields
from clio.readers.binary import EMPTY_HINT, REENCODE_HINT, SNIFF_BYTES, binary_problem, open_binary
from clio.readers.jsonl import RawLine, bounded_lines, line_limit

if TYPE_CHECKING:
    from _csv import Reader as CsvRows

COLUMNS = ("id", "date", "text", "title", "source", "url")
FIELDS_HINT = "each row needs a non-empty 'text' cell"
_FIELD_SLACK_CHARS = 4096


def _raise_field_limit(max_chars: int) -> None:
    """Let a field hold a whole article. The limit is process-wide in the csv module, so it is
    only ever raised, never lowered under another reader's feet."""
    wanted = max_chars + _FIELD_SLACK_CHARS
    if csv.field_size_limit() < wanted:
        csv.field_size_limit(wanted)


# Given to the csv module after the last line. A quoted field never closed swallows every line
# after it; the mark lands inside that field, which is how such a row is recognised (the csv
# module itself accepts it silently). Noncharacters make a collision with real text implausible.
END_MARK = "\ufdd0clio:end-of-file\ufdd0"
# Each unclosed quote makes the rest of the file be read again; this many are reported and
# recovered from, then the file is given up.
MAX_UNCLOSED_QUOTES = 20
UNCLOSED_HINT = 'close the quote with "; a quote inside a quoted field is written twice ("")'


class _DecodedLines:
    """Lines decoded as UTF-8 for the csv module, remembering which physical lines were bad
    (invalid UTF-8, or too long) so the rows holding them are reported instead of read.

    ``number`` and ``offset`` are the line number and byte offset before the first line; the
    byte offset where line ``watched`` starts is kept (to read again from there)."""

    def __init__(self, lines: Iterator[RawLine], *, number: int = 0, offset: int = 0) -> None:
        self._lines = lines
        self.number = number
        self.offset = offset
        self.bad: dict[int, str] = {}
        self.watched = 0
        self.watched_offset: int | None = None

    def watch(self, number: int) -> None:
        self.watched, self.watched_offset = number, None

    def __iter__(self) -> Iterator[str]:
        for raw in self._lines:
            self.number += 1
            start = self.offset
            self.offset += raw.size
            if self.number == self.watched:
                self.watched_offset = start
            if not raw.complete:
                self.bad[self.number] = f"line is {raw.size:,} bytes long, too long for one article"
                yield "\n"
                continue
            try:
                yield raw.data.decode("utf-8-sig" if self.number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                self.bad[self.number] = f"invalid UTF-8 (at byte offset {start + exc.start})"
                yield raw.data.decode("utf-8", errors="replace")
        yield END_MARK


DELIMITERS = (",", ";", "\t", "|")


def sniff_delimiter(header_line: bytes) -> str:
    """The delimiter of a CSV file, from its header row: spreadsheets in many locales write
    ``;``, and tab- or pipe-separated exports are common; a comma wins ties."""
    counts = {delimiter: header_line.count(delimiter.encode()) for delimiter in DELIMITERS}
    best = max(DELIMITERS, key=lambda delimiter: counts[delimiter])
    return best if counts[best] > counts[","] else ","


class CsvReader(Reader):
    """CSV with a header row."""

    suffixes = (".csv",)
    description = "CSV with a header row"

    def read(self, source: InputFile) -> Iterator[ReadResult]:
        handle = open_binary(source.path, source.label)
        if isinstance(handle, InputError):
            yield handle
            return
        _raise_field_limit(self.max_chars)
        try:
            with handle:
                start = handle.read(SNIFF_BYTES)
                problem = binary_problem(start, source.label)
                if problem:
                    yield problem
                    return
                if not start.strip():
                    yield InputError(source.label, "empty file", EMPTY_HINT)
                    return
                delimiter = sniff_delimiter(start.split(b"\n", 1)[0])
                yield from self._file(source, handle, delimiter)
        except OSError as exc:
            yield InputError(
                source.label, f"read failed ({exc.strerror or exc})", "check the file and the disk"
            )

    def _file(self, source: InputFile, handle: BinaryIO, delimiter: str) -> Iterator[ReadResult]:
        """The header, then the rows; after a quote never closed, the rows after its line again."""
        limit = line_limit(self.max_chars)
        handle.seek(0)
        lines = _DecodedLines(bounded_lines(handle, limit))
        rows = csv.reader(lines, delimiter=delimiter)
        index = yield from self._header(source, lines, rows)
        if index is None:
            return
        before = 0  # physical lines before the first one this csv reader was given
        for _ in range(MAX_UNCLOSED_QUOTES):
            resume = yield from self._records(source, lines, rows, index, before)
            if resume is None:
                return
            line, offset = resume
            handle.seek(offset)
            lines = _DecodedLines(bounded_lines(handle, limit), number=line - 1, offset=offset)
            rows = csv.reader(lines, delimiter=delimiter)
            before = line - 1
        yield InputError(
            f"{source.label}:{before + 1}",
            f"{MAX_UNCLOSED_QUOTES} quoted fields are never closed; the rest of the file is not read",
            UNCLOSED_HINT,
        )

    def _header(
        self, source: InputFile, lines: _DecodedLines, rows: CsvRows
    ) -> Generator[ReadResult, None, dict[str, int] | None]:
        """Column name -> index, or None (and an error) when the header is unusable."""
        try:
            header = next(rows)
        except (StopIteration, csv.Error) as exc:
            yield InputError(source.label, f"no readable header row ({exc or 'empty'})", EMPTY_HINT)
            return None
        if lines.bad:
            number, problem = min(lines.bad.items())
            yield InputError(f"{source.label}:{number}", problem, REENCODE_HINT)
            return None
        names = [name.strip().lower() for name in header]
        if "text" not in names or END_MARK in header[-1]:
            found = ", ".join(repr(name) for name in header if END_MARK not in name) or "none"
            yield InputError(
                source.label,
                f"CSV header has the columns {found}; it needs 'text' (and 'date' is recommended)",
                "name the column holding the article body 'text' and the one holding its date 'date';"
                " 'id', 'title', 'source' and 'url' are optional",
            )
            return None
        return {name: names.index(name) for name in COLUMNS if name in names}

    def _records(
        self,
        source: InputFile,
        lines: _DecodedLines,
        rows: CsvRows,
        index: dict[str, int],
        before: int,
    ) -> Generator[ReadResult, None, tuple[int, int] | None]:
        """The articles of the rows; returns where to read again (line, byte offset) when a
        quoted field is never closed, else None."""
        last_line = before + rows.line_num
        empty = before == 0  # no row after the header (yet)
        while True:
            first_line = last_line + 1
            lines.watch(first_line + 1)
            try:
                row = next(rows)
            except StopIteration:
                return None
            except csv.Error as exc:
                empty = False
                last_line = before + rows.line_num
                hint = MAX_CHARS_HINT if "field limit" in str(exc) else "check the quoting of this row"
                yield ArticleError(f"{source.label}:{first_line}", f"malformed CSV row ({exc})", hint)
                continue
            if row == [END_MARK]:  # the end of a well-formed file
                if empty:
                    yield InputError(source.label, "no rows after the header row", EMPTY_HINT)
                return None
            empty = False
            last_line = before + rows.line_num
            if row and END_MARK in row[-1]:
                yield ArticleError(
                    f"{source.label}:{first_line}",
                    "a quoted field opened in this row is never closed (it would swallow every line"
                    " after it); the row is skipped and the lines after it are read as rows",
                    UNCLOSED_HINT,
                )
                offset = lines.watched_offset
                return None if offset is None else (first_line + 1, offset)
            bad = [(n, lines.bad.pop(n)) for n in range(first_line, last_line + 1) if n in lines.bad]
            if bad:
                number, problem = bad[0]
                hint = MAX_CHARS_HINT if "too long" in problem else REENCODE_HINT
                yield ArticleError(f"{source.label}:{number}", problem, hint)
                continue
            if not any(cell.strip() for cell in row):
                continue
            fields = {name: row[i] if i < len(row) else None for name, i in index.items()}
            yield article_from_fields(
                fields,
                location=f"{source.label}:{first_line}",
                default_id=f"{source.id_stem}:{first_line}",
                path=source.shown_path,
                max_chars=self.max_chars,
                fields_hint=FIELDS_HINT,
            )
