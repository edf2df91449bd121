"""A parse's children, read once per Doc while the event coder works on it.

spaCy's ``Token.children`` walks the token's subtree and makes a new Token object for every child,
on every call; the coder asks for the children of the same predicates and arguments many times
(arguments, modality, patterns, dates). Inside :func:`children_table`, :func:`children_of` reads
a token's children once and keeps them for the Doc; outside it, it is ``token.children``. The
table lives in ``doc.user_data`` only for the duration of the block, so no Doc keeps Token
objects or a stale table. Imports nothing from spaCy at run time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_KEY = "clio.children"


def children_of(token: Token) -> Iterable[Token]:
    """``token.children``, in the same order (left to right)."""
    table = token.doc.user_data.get(_KEY)
    if table is None:
        return token.children
    found = table[token.i]
    if found is None:
        found = table[token.i] = list(token.children)
    return found


@contextmanager
def children_table(doc: Doc) -> Iterator[None]:
    """Within the block, :func:`children_of` reads each token's children once and keeps them."""
    table: list[list[Token] | None] = [None] * len(doc)
    doc.user_data[_KEY] = table
    try:
        yield
    finally:
        del doc.user_data[_KEY]
