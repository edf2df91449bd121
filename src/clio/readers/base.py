"""What every reader shares: the ``Ingested`` record, the ``Reader`` base class and field checks.

A reader never raises for bad input: it yields an ``InputError`` (location ``path`` or
``path:line``, the problem, and what to do) and goes on with the next article.
"""

from __future__ import annotations

import dataclasses
import os
import re
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any, ClassVar

from clio.errors import ArticleError, InputError
from clio.readers.dates import date_warning, parse_date
from clio.records import Article

OPTIONAL_FIELDS = ("title", "source", "url")
MAX_CHARS_HINT = "split the article, or raise the limit with --max-chars"
# The widths of articles.id and articles.source: PostgreSQL refuses longer values.
MAX_ID_CHARS = 255
MAX_SOURCE_CHARS = 255
# Characters no database can keep: a lone UTF-16 surrogate (a JSON "\ud800" escape without its
# pair, e.g. an emoji cut in half) is not Unicode, and PostgreSQL text cannot hold NUL. Each is
# replaced by U+FFFD, one character for one, so every offset into the text stays valid.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
REPLACEMENT = "\ufffd"
_SHOWN_OFFSETS = 5


@dataclass(frozen=True, slots=True)
class Ingested:
    """One article read from an input, with the warnings met while reading it (e.g. no date)."""

    article: Article
    warnings: tuple[str, ...] = ()


ReadResult = Ingested | InputError


def shown_path(path: str | PurePath) -> str:
    """A path as text that can be printed and stored: bytes of a file name that are not UTF-8
    (which Python holds as lone surrogates) are written as ``\\xff``."""
    text = os.fspath(path)
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that is not an escaped byte
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


@dataclass(frozen=True, slots=True)
class InputFile:
    """A file to read. ``label`` is how locations name it; ``id_stem`` seeds derived article ids
    (both printable, see ``shown_path``)."""

    path: Path
    label: str
    id_stem: str

    @property
    def shown_path(self) -> str:
        """``path`` as stored in ``Article.path``."""
        return shown_path(self.path)


class Reader(ABC):
    """One input format. A new format is a subclass with its suffixes and a ``read`` method."""

    suffixes: ClassVar[tuple[str, ...]]
    description: ClassVar[str]

    def __init__(self, *, max_chars: int) -> None:
        self.max_chars = max_chars

    @abstractmethod
    def read(self, source: InputFile) -> Iterator[ReadResult]:
        """Yield each article of ``source`` as ``Ingested``, each problem as ``InputError``."""


def too_long(location: str, length: int, max_chars: int) -> ArticleError:
    return ArticleError(
        location,
        f"article is {length:,} characters long, over the limit of {max_chars:,}",
        MAX_CHARS_HINT,
    )


def storable(value: str) -> tuple[str, list[int]]:
    """``value`` with lone surrogates and NUL replaced by U+FFFD, and the offsets replaced."""
    offsets = [match.start() for match in _UNSTORABLE.finditer(value)]
    return (_UNSTORABLE.sub(REPLACEMENT, value), offsets) if offsets else (value, offsets)


def _storable_article(article: Article, location: str) -> tuple[Article, list[str]]:
    """``article`` with every string field storable, and a warning for each field that was not."""
    changes: dict[str, Any] = {}
    warnings: list[str] = []
    for name in ("text", "id", "title", "source", "url", "path"):
        value = getattr(article, name)
        if not value:
            continue
        fixed, offsets = storable(value)
        if offsets:
            changes[name] = fixed
            shown = ", ".join(str(o) for o in offsets[:_SHOWN_OFFSETS])
            more = f" and {len(offsets) - _SHOWN_OFFSETS} more" if len(offsets) > _SHOWN_OFFSETS else ""
            count = "1 character" if len(offsets) == 1 else f"{len(offsets)} characters"
            at = "offset" if len(offsets) == 1 else "offsets"
            warnings.append(
                f"{location}: '{name}' holds {count} no database can store (a lone surrogate such as"
                f" \\ud800, or NUL) at {at} {shown}{more}; replaced by U+FFFD, so offsets are unchanged"
            )
    return (dataclasses.replace(article, **changes) if changes else article), warnings


def checked_article(
    article: Article, *, location: str, max_chars: int, warnings: tuple[str, ...] = ()
) -> ReadResult:
    """``article`` as ``Ingested``, or an ``ArticleError`` when it has no text, is too long or
    has an id or source too long to store. Characters no database can store are replaced (and
    reported), one for one."""
    if not article.text.strip():
        return ArticleError(location, "article has no text", "give each article a non-empty body")
    if len(article.text) > max_chars:
        return too_long(location, len(article.text), max_chars)
    if len(article.id) > MAX_ID_CHARS:
        return ArticleError(
            location,
            f"'id' is {len(article.id):,} characters long, over the limit of {MAX_ID_CHARS}",
            "give the article a shorter id",
        )
    if article.source is not None and len(article.source) > MAX_SOURCE_CHARS:
        return ArticleError(
            location,
            f"'source' is {len(article.source):,} characters long, over the limit of {MAX_SOURCE_CHARS}",
            "name the source in fewer characters",
        )
    article, replaced = _storable_article(article, location)
    return Ingested(article, (*warnings, *replaced))


def article_from_fields(
    fields: Mapping[str, object],
    *,
    location: str,
    default_id: str,
    path: str | None,
    max_chars: int,
    fields_hint: str,
) -> ReadResult:
    """Build an article from the record of a JSON Lines or CSV row, checking every field's type.

    Empty strings count as missing, so CSV and JSON behave alike.
    """
    text = fields.get("text")
    if text is None or text == "":
        return ArticleError(location, "no 'text' field", fields_hint)
    if not isinstance(text, str):
        return ArticleError(location, f"'text' must be a string, not {_json_type(text)}", fields_hint)

    raw_id = fields.get("id")
    if raw_id is None or raw_id == "":
        article_id = default_id
    elif isinstance(raw_id, str):
        article_id = raw_id.strip() or default_id
    elif isinstance(raw_id, int) and not isinstance(raw_id, bool):
        article_id = str(raw_id)
    else:
        return ArticleError(
            location, f"'id' must be a string or integer, not {_json_type(raw_id)}", fields_hint
        )

    optional: dict[str, str | None] = {}
    for name in OPTIONAL_FIELDS:
        value = fields.get(name)
        if value is None or value == "":
            optional[name] = None
        elif isinstance(value, str):
            optional[name] = value.strip() or None
        else:
            return ArticleError(location, f"'{name}' must be a string, not {_json_type(value)}", fields_hint)

    raw_date = fields.get("date")
    date = parse_date(raw_date) if isinstance(raw_date, str) else None
    warnings = () if date else (date_warning(location, raw_date),)
    article = Article(
        id=article_id,
        text=text,
        date=date,
        title=optional["title"],
        source=optional["source"],
        url=optional["url"],
        path=path,
    )
    return checked_article(article, location=location, max_chars=max_chars, warnings=warnings)


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", bool: "a boolean", int: "a number", float: "a number"}
    return names.get(type(value), type(value).__name__)
