"""Standard input (``-``): JSON Lines when the first non-space character is ``{``, otherwise one
text-with-header article."""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterator
from typing import BinaryIO, TextIO

from clio.errors import ArticleError, InputError
from clio.readers.base import MAX_CHARS_HINT, ReadResult
from clio.readers.binary import EMPTY_HINT, binary_problem, decode_utf8
from clio.readers.jsonl import RawLine, line_limit, parse_json_lines
from clio.readers.text import article_from_text

LABEL = "<stdin>"


def _raw_lines(stream: TextIO | BinaryIO, limit: int) -> Iterator[RawLine]:
    """Lines of a text or binary stream as bytes, each cut at ``limit`` bytes like file lines."""
    while True:
        line = stream.readline(limit)
        if not line:
            return
        data = line.encode("utf-8", errors="surrogateescape") if isinstance(line, str) else line
        if len(line) < limit or data.endswith(b"\n"):
            yield RawLine(data, len(data))
            continue
        size = len(data)
        while True:
            rest = stream.readline(1 << 16)
            size += len(rest.encode("utf-8", errors="surrogateescape") if isinstance(rest, str) else rest)
            if not rest or (rest[-1:] in ("\n", b"\n")):
                break
        yield RawLine(b"", size, complete=False)


def read_stdin(stream: TextIO | BinaryIO, *, max_chars: int) -> Iterator[ReadResult]:
    limit = line_limit(max_chars)
    lines = _raw_lines(stream, limit)
    leading: list[RawLine] = []
    for line in lines:
        leading.append(line)
        if line.data.strip() or not line.complete:
            break
    first = next((line.data.lstrip() for line in leading if line.data.strip()), b"")
    if not first and all(line.complete for line in leading):
        yield InputError(LABEL, "nothing on standard input", EMPTY_HINT)
        return
    chained = itertools.chain(leading, lines)
    if first.startswith(b"{"):
        yield from parse_json_lines(chained, label=LABEL, id_stem=None, path=None, max_chars=max_chars)
        return
    yield _single_article(chained, max_chars=max_chars)


def _single_article(lines: Iterator[RawLine], *, max_chars: int) -> ReadResult:
    budget = max_chars * 4 + (64 << 10)  # bytes: UTF-8 characters are at most 4 bytes, plus a header
    chunks: list[bytes] = []
    total = 0
    for line in lines:
        total += line.size
        if total > budget or not line.complete:
            for _rest in lines:  # drain, keeping nothing, to report the size
                total += _rest.size
            return ArticleError(LABEL, f"input is {total:,} bytes, too large for one article", MAX_CHARS_HINT)
        chunks.append(line.data)
    data = b"".join(chunks)
    problem = binary_problem(data, LABEL)
    if problem:
        return problem
    text = decode_utf8(data, LABEL)
    if isinstance(text, InputError):
        return text
    default_id = "stdin-" + hashlib.sha1(data).hexdigest()[:12]
    return article_from_text(text, label=LABEL, default_id=default_id, path=None, max_chars=max_chars)
