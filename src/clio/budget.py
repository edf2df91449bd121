"""The per-article budget: how text is cut so that no single article can stall or swamp a run.

    chunk_spans(text, 100_000)   long articles are coded in pieces cut at paragraph breaks
                                 (memory grows with the piece, not with the article)
    token_pieces(text, 200)      runs without a space longer than 200 characters reach the
                                 tokenizer in 200-character pieces (its affix search is quadratic
                                 in the length of a run: 12,000 characters of "!?" took 34 s)
    Deadline(300)                the time one article may take, checked between pipeline stages

Every piece is a ``(start, end)`` pair of offsets into the text as given, and the pieces cover it
exactly, in order: nothing is rewritten, so every span stays an offset into the original text.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field

from clio.records import Span

# Where a chunk may end, best first: after a blank line, a line break, a sentence, a space.
_CHUNK_BREAKS = (re.compile(r"\n[ \t\r]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?][\"'”’)]*\s+"))
_SPACE = re.compile(r"\s+")
# A break is only taken in the second half of the window, so chunks never get tiny.
_MIN_FILL = 0.5


def chunk_spans(text: str, max_chars: int) -> list[Span]:
    """Consecutive spans covering ``text``, each at most ``max_chars`` long, cut at the best break
    in the second half of each window (a paragraph, else a line, a sentence, a space, else anywhere)."""
    spans: list[Span] = []
    start = 0
    while len(text) - start > max_chars:
        end = _best_break(text, start, start + max_chars)
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


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


def token_pieces(text: str, max_run: int) -> list[Span]:
    """Spans covering ``text`` in which no run without whitespace is longer than ``max_run``:
    the text between long runs is one piece, and each long run is cut every ``max_run`` characters."""
    pieces: list[Span] = []
    position = 0
    for start, end in long_runs(text, max_run):
        if start > position:
            pieces.append((position, start))
        pieces.extend((cut, min(cut + max_run, end)) for cut in range(start, end, max_run))
        position = end
    if position < len(text) or not pieces:
        pieces.append((position, len(text)))
    return pieces


def long_run_note(text: str, max_run: int) -> str | None:
    """What the tokenizer will be told about ``text``'s long runs (None when it has none)."""
    runs = long_runs(text, max_run)
    if not runs:
        return None
    start, end = max(runs, key=lambda run: run[1] - run[0])
    return (
        f"{len(runs)} run(s) of more than {max_run:,} characters without a space (the longest "
        f"{end - start:,} at offset {start:,}) were tokenized in pieces of {max_run:,} characters"
        " (--max-token-chars)"
    )


@dataclass
class Deadline:
    """A time budget started on creation; ``passed()`` says when it is spent."""

    seconds: float
    started: float = field(default_factory=time.monotonic)

    def passed(self) -> bool:
        return time.monotonic() - self.started > self.seconds
