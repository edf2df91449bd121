"""JSON Lines: one JSON object per line with ``text`` and optional ``id``, ``date``, ``title``,
``source``, ``url``. Read line by line with a cap on line length, so memory stays bounded
however large the file is; a bad line is reported and the next one is read.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from typing import BinaryIO, NamedTuple

from clio.errors import ArticleError, InputError
from clio.readers.base import MAX_CHARS_HINT, InputFile, Reader, ReadResult, article_from_fields
from clio.readers.binary import EMPTY_HINT, SNIFF_BYTES, binary_problem, decode_utf8, open_binary

FIELDS_HINT = 'each line must be a JSON object like {"id": "a1", "date": "2021-12-16", "text": "..."}'
# JSON may escape a character as \uXXXX (6 bytes) and surrogate pairs as 12; the slack covers the
# other fields of the record.
_BYTES_PER_CHAR = 6
_LINE_SLACK_BYTES = 1 << 20
_SKIP_CHUNK = 1 << 16
# A file whose first lines all fail to parse is not JSON Lines (often a pretty-printed JSON
# array): one error for the file beats one per line.
GIVE_UP_AFTER_BAD_LINES = 20
NOT_JSON_LINES_HINT = (
    "JSON Lines needs one complete JSON object per line; a JSON array can be converted with"
    " jq -c '.[]' FILE > FILE.jsonl"
)


def line_limit(max_chars: int) -> int:
    """The longest line (in bytes) that can hold an article of ``max_chars`` characters."""
    return max_chars * _BYTES_PER_CHAR + _LINE_SLACK_BYTES


class RawLine(NamedTuple):
    """One physical line: its bytes (cut short when overlong), its full size, whether it is whole."""

    data: bytes
    size: int
    complete: bool = True


def bounded_lines(stream: BinaryIO, limit: int) -> Iterator[RawLine]:
    """Each line of ``stream``; a line over ``limit`` bytes is marked incomplete and the rest of it
    is skipped in small chunks, never held in memory."""
    while True:
        line = stream.readline(limit)
        if not line:
            return
        if len(line) < limit or line.endswith(b"\n"):
            yield RawLine(line, len(line))
            continue
        size = len(line)
        while True:
            rest = stream.readline(_SKIP_CHUNK)
            size += len(rest)
            if not rest or rest.endswith(b"\n"):
                break
        yield RawLine(b"", size, complete=False)


def parse_json_lines(
    lines: Iterable[RawLine],
    *,
    label: str,
    id_stem: str | None,
    path: str | None,
    max_chars: int,
    first_line: int = 1,
    first_offset: int = 0,
) -> Iterator[ReadResult]:
    """Articles from JSON Lines. Missing ids become ``id_stem:LINE``, or a hash of the record
    when there is no stem (stdin), so that reruns give the same ids."""
    offset = first_offset
    any_content = False
    bad_start = 0  # invalid lines before the first good one
    read_one = False
    for number, (raw, size, complete) in enumerate(lines, start=first_line):
        location = f"{label}:{number}"
        line_offset = offset
        offset += size
        if not complete:
            any_content = True
            yield ArticleError(
                location, f"line is longer than {line_limit(max_chars):,} bytes", MAX_CHARS_HINT
            )
            continue
        if not raw.strip():
            continue
        any_content = True
        text = decode_utf8(raw, label, line=number, file_offset=line_offset)
        if isinstance(text, InputError):
            yield text
            continue
        try:
            record = json.loads(text)
        except (ValueError, RecursionError) as exc:  # bad syntax, huge integer, deep nesting
            problem = "nested too deeply" if isinstance(exc, RecursionError) else _short(exc)
            bad_start += 0 if read_one else 1
            if bad_start >= GIVE_UP_AFTER_BAD_LINES:
                yield InputError(
                    label,
                    f"the first {bad_start} lines are not valid JSON; this is not a JSON Lines file",
                    NOT_JSON_LINES_HINT,
                )
                return
            yield InputError(location, f"invalid JSON ({problem})", FIELDS_HINT)
            continue
        read_one = True
        if not isinstance(record, dict):
            yield InputError(location, f"expected a JSON object, got {type(record).__name__}", FIELDS_HINT)
            continue
        if id_stem is not None:
            default_id = f"{id_stem}:{number}"
        else:
            default_id = "stdin-" + hashlib.sha1(raw.strip()).hexdigest()[:12]
        yield article_from_fields(
            record,
            location=location,
            default_id=default_id,
            path=path,
            max_chars=max_chars,
            fields_hint=FIELDS_HINT,
        )
    if not any_content:
        yield InputError(label, "empty file", EMPTY_HINT)


def _short(exc: Exception) -> str:
    message = str(exc)
    return message if len(message) <= 120 else message[:117] + "..."


class JsonLinesReader(Reader):
    """JSON Lines, one article per line, streamed."""

    suffixes = (".jsonl", ".ndjson")
    description = "JSON Lines"

    def read(self, source: InputFile) -> Iterator[ReadResult]:
        handle = open_binary(source.path, source.label)
        if isinstance(handle, InputError):
            yield handle
            return
        try:
            with handle:
                problem = binary_problem(handle.read(SNIFF_BYTES), source.label)
                if problem:
                    yield problem
                    return
                handle.seek(0)
                yield from parse_json_lines(
                    bounded_lines(handle, line_limit(self.max_chars)),
                    label=source.label,
                    id_stem=source.id_stem,
                    path=source.shown_path,
                    max_chars=self.max_chars,
                )
        except OSError as exc:
            yield InputError(
                source.label, f"read failed ({exc.strerror or exc})", "check the file and the disk"
            )
