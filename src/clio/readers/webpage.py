"""HTML pages: the main text and metadata (title, date, url, site name) via trafilatura.

``Article.text`` is the text trafilatura extracts, so offsets point into that text, not the HTML.
"""

from __future__ import annotations

from collections.abc import Iterator

from clio.errors import InputError
from clio.readers.base import InputFile, Reader, ReadResult, checked_article
from clio.readers.binary import read_whole_file
from clio.readers.dates import date_warning, parse_date
from clio.records import Article

# Markup outweighs text; a page this many times the text limit cannot be one article.
_HTML_BYTES_PER_CHAR = 20


class HtmlReader(Reader):
    """An HTML page holding one article."""

    suffixes = (".html", ".htm")
    description = "HTML page"

    def read(self, source: InputFile) -> Iterator[ReadResult]:
        data = read_whole_file(
            source.path,
            source.label,
            max_bytes=self.max_chars * _HTML_BYTES_PER_CHAR,
            max_chars=self.max_chars,
            what="page",
        )
        if isinstance(data, InputError):
            yield data
            return
        yield self._extract(data, source)

    def _extract(self, data: bytes, source: InputFile) -> ReadResult:
        import trafilatura  # imported here: it is slow to import and only HTML input needs it

        try:
            document = trafilatura.bare_extraction(
                data, with_metadata=True, include_comments=False, include_tables=False
            )
        except Exception as exc:  # a third-party parser failing on one page must not stop the batch
            return InputError(
                source.label, f"cannot parse the HTML ({exc})", "check that the file is an HTML page"
            )
        text = getattr(document, "text", None) if document is not None else None
        if not text or not str(text).strip():
            return InputError(
                source.label,
                "no article text found in the page",
                "check that the page holds an article, not an index, login or cookie page",
            )
        raw_date = getattr(document, "date", None)
        date = parse_date(raw_date) if isinstance(raw_date, str) else None
        warnings = () if date else (date_warning(source.label, raw_date),)
        article = Article(
            id=_text_or_none(getattr(document, "id", None)) or source.id_stem,
            text=str(text),
            date=date,
            title=_text_or_none(getattr(document, "title", None)),
            source=_text_or_none(getattr(document, "sitename", None)),
            url=_text_or_none(getattr(document, "url", None)),
            path=source.shown_path,
        )
        return checked_article(article, location=source.label, max_chars=self.max_chars, warnings=warnings)


def _text_or_none(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
