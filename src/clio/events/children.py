"""A parse's children, read once per Doc while the event coder works on it.

spaCy's ``Token.children`` walks the token's subtree and makes a new Token object for every child,
on every call; the coder asks for the children of the same predicates and arguments many times
(arguments, modality, patterns, dates). Inside :func:`children_table`, :func:`children_of` reads them
from one table built in a single pass over the Doc; outside it, it is ``token.children``. The
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
    return token.children if table is None else table[token.i]


@contextmanager
def children_table(doc: Doc) -> Iterator[None]:
    """Within the block, :func:`children_of` reads the children of ``doc``'s tokens from one table."""
    tokens = list(doc)
    table: list[list[Token]] = [[] for _ in tokens]
    # HEAD holds each token's offset to its head (0 for a root), unsigned in the array.
    offsets = doc.to_array("HEAD").astype("int64").tolist() if tokens else []
    for token, offset in zip(tokens, offsets, strict=True):
        if offset:
            table[token.i + offset].append(token)
    doc.user_data[_KEY] = table
    try:
        yield
    finally:
        del doc.user_data[_KEY]
