"""CSV with a header row naming the columns ``text`` (required), ``date`` (recommended) and
optionally ``id``, ``title``, ``source``, ``url``. Streamed row by row with the csv module.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator

from clio.errors import ArticleError, InputError
from clio.readers.base import MAX_CHARS_HINT, InputFile, Reader, ReadResult, article_from_fields
from clio.readers.binary import EMPTY_HINT, REENCODE_HINT, SNIFF_BYTES, binary_problem, open_binary
from clio.readers.jsonl import RawLine, bounded_lines, line_limit

COLUMNS = ("id", "date", "text", "title", "source", "url")
FIELDS_HINT = "each row needs a non-empty 'text' cell"
_FIELD_SLACK_CHARS = 4096


def _raise_field_limit(max_chars: int) -> None:
    """Let a field hold a whole article. The limit is process-wide in the csv module, so it is
    only ever raised, never lowered under another reader's feet."""
    wanted = max_chars + _FIELD_SLACK_CHARS
    if csv.field_size_limit() < wanted:
        csv.field_size_limit(wanted)


class _DecodedLines:
    """Lines decoded as UTF-8 for the csv module, remembering which physical lines were bad
    (invalid UTF-8, or too long) so the rows holding them are reported instead of read."""

    def __init__(self, lines: Iterator[RawLine]) -> None:
        self._lines = lines
        self.number = 0
        self.offset = 0
        self.bad: dict[int, str] = {}

    def __iter__(self) -> Iterator[str]:
        for raw in self._lines:
            self.number += 1
            start = self.offset
            self.offset += raw.size
            if not raw.complete:
                self.bad[self.number] = f"line is {raw.size:,} bytes long, too long for one article"
                yield "\n"
                continue
            try:
                yield raw.data.decode("utf-8-sig" if self.number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                self.bad[self.number] = f"invalid UTF-8 (at byte offset {start + exc.start})"
                yield raw.data.decode("utf-8", errors="replace")


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
                handle.seek(0)
                delimiter = sniff_delimiter(start.split(b"\n", 1)[0])
                yield from self._rows(
                    source, _DecodedLines(bounded_lines(handle, line_limit(self.max_chars))), delimiter
                )
        except OSError as exc:
            yield InputError(
                source.label, f"read failed ({exc.strerror or exc})", "check the file and the disk"
            )

    def _rows(self, source: InputFile, lines: _DecodedLines, delimiter: str) -> Iterator[ReadResult]:
        rows = csv.reader(lines, delimiter=delimiter)
        try:
            header = next(rows)
        except (StopIteration, csv.Error) as exc:
            yield InputError(source.label, f"no readable header row ({exc or 'empty'})", EMPTY_HINT)
            return
        if lines.bad:
            number, problem = min(lines.bad.items())
            yield InputError(f"{source.label}:{number}", problem, REENCODE_HINT)
            return
        names = [name.strip().lower() for name in header]
        if "text" not in names:
            found = ", ".join(repr(name) for name in header) or "none"
            yield InputError(
                source.label,
                f"CSV header has the columns {found}; it needs 'text' (and 'date' is recommended)",
                "name the column holding the article body 'text' and the one holding its date 'date';"
                " 'id', 'title', 'source' and 'url' are optional",
            )
            return
        index = {name: names.index(name) for name in COLUMNS if name in names}
        last_line = rows.line_num
        while True:
            first_line = last_line + 1
            try:
                row = next(rows)
            except StopIteration:
                return
            except csv.Error as exc:
                last_line = rows.line_num
                hint = MAX_CHARS_HINT if "field limit" in str(exc) else "check the quoting of this row"
                yield ArticleError(f"{source.label}:{first_line}", f"malformed CSV row ({exc})", hint)
                continue
            last_line = rows.line_num
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
                path=str(source.path),
                max_chars=self.max_chars,
                fields_hint=FIELDS_HINT,
            )
