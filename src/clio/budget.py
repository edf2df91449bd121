"""The per-article budget: how text is cut so that no single article can stall or swamp a run.

    chunk_spans(text, 100_000)   long articles are coded in pieces of at most 100,000 characters
                                 and 20,000 tokens, cut at paragraph breaks (memory grows with the
                                 tokens of a piece, not with the article)
    token_pieces(text, 200)      runs without a space longer than 200 characters reach the
                                 tokenizer as 200-character tokens (its affix search is quadratic
                                 in the length of a run: 12,000 characters of "!?" took 34 s)
    Deadline(300)                the time one article may take, checked between pipeline stages

Every piece is a ``(start, end)`` pair of offsets into the text as given, and the pieces cover it
exactly, in order: nothing is rewritten, so every span stays an offset into the original text.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import NamedTuple

from clio.records import Span

# Memory follows tokens, not characters: a chunk may hold max_chars / CHARS_PER_TOKEN tokens, as
# many as news prose has in max_chars (5.3 characters a token in the sample corpus), so text
# dense in tokens (punctuation, numbers) is cut into shorter chunks. The pattern counts tokens as
# spaCy's English tokenizer roughly does (8,490 against spaCy's 8,604 on the sample corpus).
CHARS_PER_TOKEN = 5
_TOKEN = re.compile(r"\w+|[^\w\s]")
# Where a chunk may end, best first: after a blank line, a line break, a sentence, a space.
_CHUNK_BREAKS = (re.compile(r"\n[ \t\r]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?][\"'”’)]*\s+"))
_SPACE = re.compile(r"\s+")
# A break is only taken in the second half of the window, so chunks never get tiny.
_MIN_FILL = 0.5


def chunk_spans(text: str, max_chars: int) -> list[Span]:
    """Consecutive spans covering ``text``, each at most ``max_chars`` long and holding at most
    ``max_chars // CHARS_PER_TOKEN`` tokens, cut at the best break in the second half of each
    window (a paragraph, else a line, a sentence, a space, else anywhere)."""
    max_tokens = max(1, max_chars // CHARS_PER_TOKEN)
    if len(text) <= max_tokens:  # cannot hold more tokens than characters: one chunk
        return [(0, len(text))]
    spans: list[Span] = []
    start = 0
    while True:
        limit = _window_end(text, start, max_chars, max_tokens)
        if limit >= len(text):
            spans.append((start, len(text)))
            return spans
        end = _best_break(text, start, limit)
        spans.append((start, end))
        start = end


def _window_end(text: str, start: int, max_chars: int, max_tokens: int) -> int:
    """Where the window from ``start`` ends: after ``max_chars`` characters or ``max_tokens`` tokens."""
    end = min(len(text), start + max_chars)
    for count, match in enumerate(_TOKEN.finditer(text, start, end), start=1):
        if count > max_tokens:
            return match.start()
    return end


def _best_break(text: str, start: int, limit: int) -> int:
    earliest = start + max(1, int((limit - start) * _MIN_FILL))
    for pattern in (*_CHUNK_BREAKS, _SPACE):
        last = None
        for match in pattern.finditer(text, earliest, limit):
            last = match
        if last is not None and last.end() > start:
            return last.end()  # the break's whitespace stays with the chunk before it
    return limit


def long_runs(text: str, max_run: int) -> list[Span]:
    """Runs of more than ``max_run`` characters without whitespace."""
    pattern = re.compile(rf"(?<!\S)\S{{{max_run + 1},}}")
    return [match.span() for match in pattern.finditer(text)]


class Piece(NamedTuple):
    """A stretch of text for the tokenizer; ``run`` marks a cut of a long run without a space,
    which becomes one token as it is."""

    start: int
    end: int
    run: bool = False


def token_pieces(text: str, max_run: int) -> list[Piece]:
    """Pieces covering ``text`` in order: the text between long runs, and each run (longer than
    ``max_run`` characters without whitespace) cut every ``max_run`` characters."""
    pieces: list[Piece] = []
    position = 0
    for start, end in long_runs(text, max_run):
        if start > position:
            pieces.append(Piece(position, start))
        pieces.extend(Piece(cut, min(cut + max_run, end), True) for cut in range(start, end, max_run))
        position = end
    if position < len(text) or not pieces:
        pieces.append(Piece(position, len(text)))
    return pieces


def long_run_note(text: str, max_run: int) -> str | None:
    """What the tokenizer will be told about ``text``'s long runs (None when it has none)."""
    runs = long_runs(text, max_run)
    if not runs:
        return None
    start, end = max(runs, key=lambda run: run[1] - run[0])
    return (
        f"{len(runs)} run(s) of more than {max_run:,} characters without a space (the longest "
        f"{end - start:,} at offset {start:,}) were cut into tokens of {max_run:,} characters"
        " (--max-token-chars)"
    )


@dataclass
class Deadline:
    """A time budget started on creation; ``passed()`` says when it is spent."""

    seconds: float
    started: float = field(default_factory=time.monotonic)

    def passed(self) -> bool:
        return time.monotonic() - self.started > self.seconds
