"""Plain text with a header block: ``key value`` lines, a blank line, then the body.

    date 2021-12-16
    title Talks resume in Geneva
    source Example Wire

    GENEVA (Reuters) - The foreign ministers ...

Keys are ``date``, ``title``, ``source``, ``url`` and ``id`` (any case, ``key: value`` also
accepted); blank lines before the header and spaces around its lines are tolerated.
``Article.text`` is the body only, verbatim from its first non-blank line to the end of the file,
so every offset points into the body exactly as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from clio.errors import ArticleError, InputError
from clio.readers.base import InputFile, Reader, ReadResult, checked_article
from clio.readers.binary import EMPTY_HINT, decode_utf8, read_whole_file
from clio.readers.dates import UNRESOLVED, date_warning, parse_date
from clio.records import Article

HEADER_KEYS = ("date", "title", "source", "url", "id")
_HEADER_LINE = re.compile(
    r"[ \t]*(?P<key>date|title|source|url|id)(?:[ \t]*:[ \t]*|[ \t]+|(?=[ \t]*\r?$))(?P<value>.*?)[ \t\r]*",
    re.IGNORECASE,
)
# UTF-8 needs at most 4 bytes a character; the slack covers the header block.
_BYTES_PER_CHAR = 4
_HEADER_SLACK_BYTES = 64 * 1024
NO_HEADER_HINT = "start the file with a line 'date YYYY-MM-DD' followed by a blank line"


@dataclass(frozen=True, slots=True)
class ParsedText:
    """A text file split into its header values (with their line numbers) and its body."""

    header: dict[str, str] = field(default_factory=dict)
    header_lines: dict[str, int] = field(default_factory=dict)
    body: str = ""
    body_line: int = 1


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start offset, end offset, line without its newline) for each ``\\n``-separated line."""
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos)
        stop = len(text) if end < 0 else end + 1
        yield pos, stop, text[pos : stop if end < 0 else end]
        pos = stop


def split_header(text: str) -> ParsedText:
    """Find the header block at the top of ``text``; the body is everything after it, verbatim.

    A run of header-like lines counts as a header only when a blank line (or the end) follows it
    or it states a date, so a body that happens to start with "Source ..." stays body.
    """
    header: dict[str, str] = {}
    header_lines: dict[str, int] = {}
    first_content: tuple[int, int] | None = None  # (offset, line) of the first non-blank line
    body: tuple[int, int] | None = None
    header_closed = False
    for number, (start, _stop, line) in enumerate(_lines(text), start=1):
        if not line.strip():
            header_closed = bool(header)
            continue
        if first_content is None:
            first_content = (start, number)
        match = None if header_closed else _HEADER_LINE.fullmatch(line)
        if match is None:
            body = (start, number)
            break
        key = match["key"].lower()
        if key not in header:  # the first value of a repeated key wins
            header[key] = match["value"]
            header_lines[key] = number
    if header and not header_closed and body is not None and "date" not in header:
        body = first_content  # header-like words opening a paragraph, not a header block
        header, header_lines = {}, {}
    if body is None:
        return ParsedText(header=header, header_lines=header_lines)
    return ParsedText(header=header, header_lines=header_lines, body=text[body[0] :], body_line=body[1])


def article_from_text(
    text: str, *, label: str, default_id: str, path: str | None, max_chars: int
) -> ReadResult:
    """One article from the content of a text-with-header file (or of stdin)."""
    parsed = split_header(text)
    if not parsed.body.strip():
        if parsed.header:
            return ArticleError(label, "no article text after the header", "put the body after a blank line")
        return InputError(label, "empty file", EMPTY_HINT)
    warnings: list[str] = []
    raw_date = parsed.header.get("date")
    date = parse_date(raw_date) if raw_date else None
    if date is None:
        if raw_date is None:
            warnings.append(f"{label}: no 'date' header; {UNRESOLVED} ({NO_HEADER_HINT})")
        else:
            warnings.append(date_warning(f"{label}:{parsed.header_lines['date']}", raw_date))
    article = Article(
        id=parsed.header.get("id") or default_id,
        text=parsed.body,
        date=date,
        title=parsed.header.get("title") or None,
        source=parsed.header.get("source") or None,
        url=parsed.header.get("url") or None,
        path=path,
    )
    return checked_article(article, location=label, max_chars=max_chars, warnings=tuple(warnings))


class TextReader(Reader):
    """Plain UTF-8 text with a ``key value`` header block."""

    suffixes = (".txt", ".text", "")
    description = "text with a header block"

    def read(self, source: InputFile) -> Iterator[ReadResult]:
        data = read_whole_file(
            source.path,
            source.label,
            max_bytes=self.max_chars * _BYTES_PER_CHAR + _HEADER_SLACK_BYTES,
            max_chars=self.max_chars,
            what="file",
        )
        if isinstance(data, InputError):
            yield data
            return
        text = decode_utf8(data, source.label)
        if isinstance(text, InputError):
            yield text
            return
        yield article_from_text(
            text,
            label=source.label,
            default_id=source.id_stem,
            path=source.shown_path,
            max_chars=self.max_chars,
        )
