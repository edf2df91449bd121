"""The model's attribute ruler, with its patterns looked up by the token instead of all tried.

spaCy's ``AttributeRuler`` (tag -> part of speech and morphology, a few lemma exceptions) runs
a ``Matcher`` that starts every one of its patterns at every token: 179 patterns in
en_core_web_sm, about a seventh of the CPU time of a whole `clio extract` run. Its patterns are
plain token tests (an attribute equal to a value, in or not in a list, or matching a regular
expression, no operators), so they can be filed by the lower-case form or tag one of their
tokens must have and looked up by each token's own; a token's one-token matches are worked out
once per distinct set of attribute values. :class:`IndexedAttributeRuler` finds exactly the matches the
``Matcher`` finds and sets the same attributes; :func:`index_attribute_ruler` puts it in place
of the model's ruler, and leaves a ruler with any other kind of pattern as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, NORM, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

from clio.nlp.membership import members, sorted_values

FACTORY = "clio_attribute_ruler"

# The attributes a pattern may test, as the Matcher names them; a flag is compared as 0 or 1.
_STRING_ATTRS = {
    "ORTH": ORTH,
    "TEXT": ORTH,
    "LOWER": LOWER,
    "NORM": NORM,
    "TAG": TAG,
    "POS": POS,
    "DEP": DEP,
    "LEMMA": LEMMA,
}
_FLAG_ATTRS = {"IS_SPACE": IS_SPACE}
# The attributes patterns are filed by, most selective first.
_INDEXED = (LOWER, TAG)


@dataclass(frozen=True)
class _Test:
    """One condition on one attribute of a token, with the Matcher's semantics; ``column`` is the
    attribute's position in the rows read from the Doc."""

    column: int
    equals: int | None = None
    within: frozenset[int] | None = None
    outside: frozenset[int] | None = None
    regex: re.Pattern[str] | None = None

    def passes(self, row: tuple[int, ...], vocab: Vocab) -> bool:
        value = row[self.column]
        if self.equals is not None and value != self.equals:
            return False
        if self.within is not None and value not in self.within:
            return False
        if self.outside is not None and value in self.outside:
            return False
        return self.regex is None or self.regex.search(vocab.strings[value]) is not None

    def values(self) -> frozenset[int] | None:
        """The values the attribute has wherever this test passes (None: too many to list)."""
        return frozenset((self.equals,)) if self.equals is not None else self.within


@dataclass(frozen=True)
class _Pattern:
    order: int  # the ruler's rule number: rules are applied in this order, so later ones win
    key: int  # the rule's Matcher key (the string id of str(order))
    tokens: tuple[tuple[_Test, ...], ...]


class UnsupportedPattern(ValueError):
    """A pattern uses a Matcher feature the index does not reproduce (the Matcher then stays)."""


def _attribute(name: object, value: object) -> int:
    """The attribute id a token spec's entry tests, or UnsupportedPattern."""
    name = name.upper() if isinstance(name, str) else name
    if name in _FLAG_ATTRS and isinstance(value, bool):
        return _FLAG_ATTRS[name]
    if name in _STRING_ATTRS and (isinstance(value, str) or (isinstance(value, dict) and value)):
        return _STRING_ATTRS[name]
    raise UnsupportedPattern(f"{name}: {value!r}")


def _test(column: int, value: object) -> _Test:
    if isinstance(value, bool):
        return _Test(column, equals=int(value))
    if isinstance(value, str):
        return _Test(column, equals=get_string_id(value))
    fields: dict[str, Any] = {}
    for operator, operand in value.items() if isinstance(value, dict) else ():
        if operator in ("IN", "NOT_IN") and isinstance(operand, list):
            if not all(isinstance(v, str) for v in operand):
                raise UnsupportedPattern(f"{operator}: {operand!r}")
            fields["within" if operator == "IN" else "outside"] = frozenset(map(get_string_id, operand))
        elif operator == "REGEX" and isinstance(operand, str):
            fields["regex"] = re.compile(operand)
        else:
            raise UnsupportedPattern(f"{operator}: {operand!r}")
    return _Test(column, **fields)


class IndexedAttributeRuler(AttributeRuler):
    """spaCy's AttributeRuler; ``match`` looks each token's candidate patterns up by its lower-case
    form or tag instead of running the Matcher (same matches, same order)."""

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler") -> None:
        super().__init__(vocab, name=name)
        self._index: _Index | None = None

    def clear(self) -> None:
        super().clear()
        self._index = None

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        if self._index is None or self._index.rules != len(self.attrs):  # rules added since
            try:
                self._index = _Index(self.vocab, self.patterns)
            except UnsupportedPattern:
                return super().match(doc)
        return self._index.match(doc)


# Rows of attribute values whose one-token matches are remembered (then forgotten all at once).
MEMO_ROWS = 50_000


class _Filed:
    """Patterns filed by a value one of their tokens must have in a column of _INDEXED, with that
    token's offset in the pattern (the first token that has such a test)."""

    def __init__(self, patterns: Iterable[_Pattern]) -> None:
        self.by_value: tuple[dict[int, list[tuple[int, _Pattern]]], ...] = tuple({} for _ in _INDEXED)
        self.anywhere: list[_Pattern] = []  # tried at every token
        for pattern in patterns:
            slot = _slot(pattern.tokens)
            if slot is None:
                self.anywhere.append(pattern)
                continue
            column, offset, values = slot
            for value in values:
                self.by_value[column].setdefault(value, []).append((offset, pattern))
        self.values = tuple(sorted_values(filed) for filed in self.by_value)

    def positions(self, array: np.ndarray[Any, Any]) -> list[int]:
        """The tokens (rows of ``array``) that have a value some pattern is filed under."""
        if self.anywhere:
            return list(range(len(array)))
        near = np.zeros(len(array), dtype=bool)
        for column, values in enumerate(self.values):
            if len(values):
                near |= members(array[:, column], values)
        return np.flatnonzero(near).tolist()

    def candidates(self, rows: Sequence[tuple[int, ...]], at: int) -> Iterator[tuple[int, _Pattern]]:
        """(start, pattern) for the patterns that may match at a start such that the filed token is
        at ``at`` (every pattern of ``anywhere`` starting at ``at``)."""
        row = rows[at]
        for column, filed in enumerate(self.by_value):
            for offset, pattern in filed.get(row[column], ()):
                if at >= offset:
                    yield at - offset, pattern
        for pattern in self.anywhere:
            yield at, pattern


class _Index:
    """The ruler's patterns, filed for lookup. A token's one-token matches depend only on its row
    of attribute values, so they are worked out once per distinct row and remembered."""

    def __init__(self, vocab: Vocab, rules: Sequence[dict[str, Any]]) -> None:
        specs = [(order, tokens) for order, rule in enumerate(rules) for tokens in rule["patterns"]]
        if any(not tokens for _, tokens in specs):
            raise UnsupportedPattern("an empty pattern")
        used = {
            _attribute(name, value) for _, tokens in specs for spec in tokens for name, value in spec.items()
        }
        self.columns = [*_INDEXED, *sorted(used - set(_INDEXED))]
        column = {attr: n for n, attr in enumerate(self.columns)}
        patterns = [
            _Pattern(
                order,
                get_string_id(str(order)),
                tuple(tuple(_test(column[_attribute(n, v)], v) for n, v in spec.items()) for spec in tokens),
            )
            for order, tokens in specs
        ]
        self.rules = len(rules)  # how many rules the ruler had when this was built
        self.vocab = vocab
        self.single = _Filed(p for p in patterns if len(p.tokens) == 1)
        self.longer = _Filed(p for p in patterns if len(p.tokens) > 1)
        self.memo: dict[tuple[int, ...], list[tuple[int, int]]] = {}

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """(rule number, Matcher key, start, end) of every match, sorted as the ruler sorts them."""
        if not len(doc):
            return []
        array = doc.to_array(self.columns)
        rows = list(map(tuple, array.tolist()))
        found: list[tuple[int, int, int, int]] = []
        memo = self.memo
        for start, row in enumerate(rows):
            hits = memo.get(row)
            if hits is None:
                if len(memo) >= MEMO_ROWS:
                    memo.clear()
                # A rule's patterns can match the same token: it is one match (as in the Matcher).
                hits = memo[row] = list(
                    dict.fromkeys(
                        (p.order, p.key)
                        for _, p in self.single.candidates(rows, start)
                        if self._fits(p, rows, start)
                    )
                )
            found.extend((order, key, start, start + 1) for order, key in hits)
        longer = {  # a set, as above
            (pattern.order, pattern.key, start, start + len(pattern.tokens))
            for at in self.longer.positions(array)
            for start, pattern in self.longer.candidates(rows, at)
            if self._fits(pattern, rows, start)
        }
        return sorted([*found, *longer])

    def _fits(self, pattern: _Pattern, rows: list[tuple[int, ...]], start: int) -> bool:
        if start + len(pattern.tokens) > len(rows):
            return False
        return all(
            test.passes(rows[start + offset], self.vocab)
            for offset, tests in enumerate(pattern.tokens)
            for test in tests
        )


def _slot(tokens: Sequence[tuple[_Test, ...]]) -> tuple[int, int, frozenset[int]] | None:
    """Where a pattern is filed: the column (a position in _INDEXED), the offset of the token
    tested there, and the values that token must have; None if no token has such a test."""
    for column in range(len(_INDEXED)):
        for offset, tests in enumerate(tokens):
            for test in tests:
                values = test.values()
                if test.column == column and values is not None:
                    return column, offset, values
    return None


@Language.factory(FACTORY)
def make_indexed_attribute_ruler(nlp: Language, name: str) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.vocab, name=name)


def index_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Put an IndexedAttributeRuler with the same rules in place of spaCy's ruler ``name``; False
    (nothing changed) if there is none or a rule uses a pattern the index does not reproduce."""
    if name not in nlp.component_names:
        return False
    ruler = nlp.get_pipe(name)
    if type(ruler) is not AttributeRuler:  # another kind of ruler, or already replaced
        return False
    rules = ruler.patterns
    try:
        _Index(nlp.vocab, rules)
    except UnsupportedPattern:
        return False
    indexed = nlp.replace_pipe(name, FACTORY)
    assert isinstance(indexed, IndexedAttributeRuler)
    indexed.add_patterns(rules)
    return True
