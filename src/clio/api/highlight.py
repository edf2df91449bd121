"""Cut an article's text into pieces at every span boundary so overlapping spans can all be marked.

Pure functions: the template escapes each piece and puts its classes on a ``<span>``.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Mark:
    """A span of one kind (actor, event, timex, quote, location), with a label shown on hover."""

    start: int
    end: int
    kind: str
    label: str = ""
    selected: bool = False


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    classes: tuple[str, ...]
    labels: tuple[str, ...]
    anchor: str | None = None


def pieces(text: str, marks: list[Mark], *, anchor: str = "evidence") -> list[Piece]:
    """Consecutive pieces of ``text``; each carries the kinds of every mark covering it.

    Marks outside the text are ignored. The first piece of a selected mark gets ``anchor``
    so the page can scroll to it.
    """
    valid = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in valid), *(m.end for m in valid)})
    out: list[Piece] = []
    anchored = False
    for start, end in itertools.pairwise(cuts):
        covering = [m for m in valid if m.start <= start and end <= m.end]
        kinds = sorted({m.kind for m in covering})
        if any(m.selected for m in covering):
            kinds.append("selected")
        labels = tuple(dict.fromkeys(m.label for m in covering if m.label))
        piece_anchor = None
        if not anchored and any(m.selected for m in covering):
            piece_anchor, anchored = anchor, True
        out.append(Piece(text[start:end], tuple(kinds), labels, piece_anchor))
    return out
