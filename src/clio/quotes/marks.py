"""Pair quotation marks in raw text the way a reader would.

Scraped and machine-translated wire copy has broken marks: a closing mark after a space
(``“... borders ”``), a closing mark glued to the next word (``he said.”The minister``), curly
openers used as closers, straight and curly marks mixed, and quotes that are never closed. This
module finds the quoted stretches of a text without a model, as character spans that include
their marks, so ``text[start:end]`` is the quote as printed.

Rules, in the order they matter:

* Only double marks (straight ``"``, curly ``“ ” „ ‟``, guillemets) open a top-level quote;
  single marks inside a double quote are nested quotes and stay part of it. A top-level quote in
  curly single marks (``‘...’``) is accepted when its opener starts a word and its closer ends
  one; straight ``'`` never opens a quote (it is an apostrophe far more often than a mark).
* A mark's role comes from its shape (``“`` opens, ``”`` closes, ``"`` either) and from its
  neighbours (space before and a word after looks like an opener); when the two disagree the
  state decides: inside a quote a mark closes it, outside a quote it opens one.
* A quote never crosses a paragraph break, except in the newspaper convention where an
  unclosed quote continues because the next paragraph opens with a mark.
* A quote still open at the end of its paragraph ends there (``closed=False``); in a long
  paragraph it ends at the first sentence end instead, so one stray mark never swallows the
  rest of an article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING_DOUBLE = frozenset("“„‟«")
CLOSING_DOUBLE = frozenset("”»")
NEUTRAL_DOUBLE = frozenset('"″')
DOUBLE_MARKS = OPENING_DOUBLE | CLOSING_DOUBLE | NEUTRAL_DOUBLE
OPENING_SINGLE = "‘"
CLOSING_SINGLE = "’"
_TRIMMED = DOUBLE_MARKS | {OPENING_SINGLE, CLOSING_SINGLE}

# A paragraph break: a newline followed by optional blank lines (single newlines count too,
# since scraped text often has one paragraph a line).
_PARAGRAPH_BREAK = re.compile(r"\n\s*")
# A sentence end inside an unclosed quote: terminal punctuation, space, then an upper-case letter.
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z“\"‘])")
# An unclosed quote that reaches further than this into its paragraph stops at a sentence end.
MAX_UNCLOSED_CHARS = 400


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """A quoted stretch of text: ``text[start:end]`` includes the marks that were found."""

    start: int
    end: int
    closed: bool = True
    single: bool = False

    def inner(self, text: str) -> tuple[int, int]:
        """The span without its marks and surrounding spaces."""
        start, end = self.start, self.end
        while start < end and (text[start] in _TRIMMED or text[start].isspace()):
            start += 1
        while end > start and (text[end - 1] in _TRIMMED or text[end - 1].isspace()):
            end -= 1
        return start, end


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character ranges of the paragraphs of ``text`` (split at newlines), blank ones dropped."""
    ranges: list[tuple[int, int]] = []
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if text[position : match.start()].strip():
            ranges.append((position, match.start()))
        position = match.end()
    if text[position:].strip():
        ranges.append((position, len(text)))
    return ranges


def _is_space(text: str, index: int) -> bool:
    return index < 0 or index >= len(text) or text[index].isspace()


def _opens_word(text: str, index: int) -> bool:
    """The mark at ``index`` has a space (or an opening bracket) before it and a word after it."""
    before_ok = _is_space(text, index - 1) or text[index - 1] in "([{—–-/:"
    return before_ok and not _is_space(text, index + 1)


def _ends_word(text: str, index: int) -> bool:
    """The mark at ``index`` follows a non-space and is followed by a space or punctuation."""
    if _is_space(text, index - 1):
        return False
    after = index + 1
    return after >= len(text) or not text[after].isalnum()


def _end_unclosed(text: str, start: int, paragraph_end: int) -> int:
    """Where a quote opened at ``start`` and never closed ends."""
    if paragraph_end - start <= MAX_UNCLOSED_CHARS:
        end = paragraph_end
    else:
        match = _SENTENCE_END.search(text, start + 1, paragraph_end)
        end = match.end() if match else paragraph_end
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return end


def _next_marks(text: str, start: int, end: int, count: int) -> list[int]:
    """Positions of the next ``count`` double marks in ``text[start:end]``."""
    found: list[int] = []
    for index in range(start, end):
        if text[index] in DOUBLE_MARKS:
            found.append(index)
            if len(found) == count:
                break
    return found


def _double_quotes_in(text: str, start: int, end: int) -> tuple[list[QuotedSpan], int | None]:
    """Quotes of one paragraph; also the start of a quote left open at its end (or None)."""
    found: list[QuotedSpan] = []
    open_at: int | None = None
    nested_close = -1  # the closer of a nested double quote, skipped with its opener
    for index in range(start, end):
        char = text[index]
        if char not in DOUBLE_MARKS or index == nested_close:
            continue
        if open_at is None:
            # A lone closing-shaped mark after a word with nothing open is a stray (or an inch
            # mark); a reader skips it.
            if char in CLOSING_DOUBLE and not _opens_word(text, index):
                continue
            if char in NEUTRAL_DOUBLE and (_ends_word(text, index) or text[index - 1].isdigit()):
                # A closer-shaped mark with nothing open (word" or an inch mark, 12"): skip.
                continue
            open_at = index
            continue
        if char in OPENING_DOUBLE and _opens_word(text, index) and not _ends_word(text, index):
            following = _next_marks(text, index + 1, end, 2)
            if len(following) == 2 and all(text[i] in CLOSING_DOUBLE for i in following):
                # “... he calls “hell” than ...”: a double quote nested in a double quote.
                nested_close = following[0]
                continue
            # A second opener while one is open: the first was never closed. End it before
            # this mark and start again here.
            stop = index
            while stop > open_at + 1 and text[stop - 1].isspace():
                stop -= 1
            found.append(QuotedSpan(open_at, stop, closed=False))
            open_at = index
            continue
        found.append(QuotedSpan(open_at, index + 1))
        open_at = None
    return found, open_at


def _single_quotes_in(text: str, start: int, end: int, taken: list[QuotedSpan]) -> list[QuotedSpan]:
    """Top-level ``‘...’`` quotes of one paragraph outside the double quotes in ``taken``."""
    found: list[QuotedSpan] = []
    index = start
    while index < end:
        opener = text.find(OPENING_SINGLE, index, end)
        if opener < 0:
            break
        if any(q.start <= opener < q.end for q in taken) or not _opens_word(text, opener):
            index = opener + 1
            continue
        closer = opener + 1
        while True:
            closer = text.find(CLOSING_SINGLE, closer, end)
            if closer < 0 or _ends_word(text, closer):
                break
            closer += 1  # an apostrophe inside a word (don’t, Clinton’s): keep looking
        if closer < 0:
            index = opener + 1
            continue
        found.append(QuotedSpan(opener, closer + 1, single=True))
        index = closer + 1
    return found


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """All top-level quoted stretches of ``text``, in order, never overlapping.

    A quote continued over paragraphs (an unclosed paragraph followed by one opening with a
    mark) comes back as one span from its first mark to its last.
    """
    quotes: list[QuotedSpan] = []
    carried: int | None = None  # start of a quote continued from the previous paragraph
    previous_end = 0
    for para_start, para_end in paragraphs(text):
        first = para_start
        while first < para_end and text[first].isspace():
            first += 1
        if carried is not None and not (first < para_end and text[first] in OPENING_DOUBLE | NEUTRAL_DOUBLE):
            quotes.append(QuotedSpan(carried, _end_unclosed(text, carried, previous_end), closed=False))
            carried = None
        found, open_at = _double_quotes_in(text, para_start, para_end)
        if carried is not None:
            # The paragraph's opening mark continues the carried quote.
            if found and found[0].start == first:
                head = found.pop(0)
                found.insert(0, QuotedSpan(carried, head.end, closed=head.closed))
            elif open_at == first:
                open_at = carried
            else:
                quotes.append(QuotedSpan(carried, _end_unclosed(text, carried, previous_end), closed=False))
            carried = None
        still_open = [QuotedSpan(max(open_at, para_start), para_end)] if open_at is not None else []
        if open_at is not None:
            if para_end - open_at > MAX_UNCLOSED_CHARS and open_at >= para_start:
                found.append(QuotedSpan(open_at, _end_unclosed(text, open_at, para_end), closed=False))
            else:
                carried = open_at
        found.extend(_single_quotes_in(text, para_start, para_end, found + still_open))
        found.sort(key=lambda q: q.start)
        quotes.extend(found)
        previous_end = para_end
    if carried is not None:
        quotes.append(QuotedSpan(carried, _end_unclosed(text, carried, previous_end), closed=False))
    quotes.sort(key=lambda q: q.start)
    return quotes
