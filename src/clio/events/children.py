"""A parse's children, and answers about single tokens, read once per Doc while the event coder
works on it.

spaCy's ``Token.children`` walks the token's subtree and makes a new Token object for every child,
on every call; the coder asks for the children of the same predicates and arguments many times
(arguments, modality, patterns, dates). Inside :func:`children_table`, :func:`children_of` reads
a token's children once and keeps them for the Doc; outside it, it is ``token.children``. The
table lives in ``doc.user_data`` only for the duration of the block, so no Doc keeps Token
objects or a stale table. The same block keeps the answers of :func:`per_token` functions (pure
questions about one token of a parse the coder asks again for every reading it tries, such as
whether a clause is asserted). Imports nothing from spaCy at run time.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar, cast

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_KEY = "clio.children"
_ANSWERS_KEY = "clio.token_answers"
_MISSING = object()
T = TypeVar("T")
P = ParamSpec("P")


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
    doc.user_data[_ANSWERS_KEY] = {}
    try:
        yield
    finally:
        del doc.user_data[_KEY]
        del doc.user_data[_ANSWERS_KEY]


def per_token(function: Callable[Concatenate[Token, P], T]) -> Callable[Concatenate[Token, P], T]:
    """``function`` answered once per token (and further positional arguments, which must be
    hashable) inside :func:`children_table`, and kept for the Doc; outside the block, or with
    keyword arguments, it is asked every time. Only for functions of the parse alone (no state
    that changes while a Doc is coded). A list answer is copied for each caller, who may extend it."""
    name = function.__qualname__

    @functools.wraps(function)
    def answered_once(token: Token, *args: P.args, **kwargs: P.kwargs) -> T:
        answers = token.doc.user_data.get(_ANSWERS_KEY)
        if answers is None or kwargs:
            return function(token, *args, **kwargs)
        key = (name, token.i, args)
        found = answers.get(key, _MISSING)
        if found is _MISSING:
            found = answers[key] = function(token, *args, **kwargs)  # kwargs is empty here
        return cast(T, list(found) if type(found) is list else found)

    return answered_once
