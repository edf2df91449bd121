"""Find many phrases, each with its own keys, in a Doc: a phrase matcher that starts in milliseconds.

spaCy's PhraseMatcher creates a vocabulary entry (a Lexeme, with all its lexical attributes) for
every match id and allocates a trie node per token; filled with ~40,000 knowledge-base names it
took over a second at every start. Here a phrase is the tuple of its tokens' LOWER (or ORTH)
hashes, and the table is a plain dict from phrase to keys, which pickles into the start-up cache
(:mod:`clio.cache`). Matching looks up, at each token, the n-grams that start with that token
for as long as they begin some phrase: the same matches as PhraseMatcher, in the same order (by
start, then end).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Literal

from spacy.attrs import LOWER, ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

Pattern = tuple[int, ...]  # the LOWER or ORTH hash of each token of a phrase
Attr = Literal["LOWER", "ORTH"]
_ATTR_IDS = {"LOWER": LOWER, "ORTH": ORTH}


def token_patterns(tokenizer: Tokenizer, texts: list[str], attr: Attr) -> list[Pattern]:
    """The pattern of each of ``texts`` as the tokenizer splits it."""
    if attr == "LOWER":
        return [tuple(token.lower for token in doc) for doc in tokenizer.pipe(texts)]
    return [tuple(token.orth for token in doc) for doc in tokenizer.pipe(texts)]


class KeyedPhrases:
    """Finds the phrases of ``keys`` (pattern -> the keys it stands for, in order) in a Doc."""

    def __init__(self, attr: Attr, keys: Mapping[Pattern, tuple[str, ...]]) -> None:
        self.attr = _ATTR_IDS[attr]
        self.keys = keys
        # The longest phrase starting with each first token: how far to look from a token.
        longest: dict[int, int] = {}
        for pattern in keys:
            if pattern and len(pattern) > longest.get(pattern[0], 0):
                longest[pattern[0]] = len(pattern)
        self.longest = longest
        # Every proper prefix of a phrase: a run that is none cannot grow into a phrase, so the
        # search from a token stops there ("the" starts phrases of up to 19 tokens, "the
        # government said" none).
        self.prefixes = {pattern[:n] for pattern in keys for n in range(1, len(pattern))}

    def __call__(self, doc: Doc) -> Iterator[tuple[str, int, int]]:
        """(key, start, end) of every match (overlapping ones included), by start then end."""
        hashes: list[int] = doc.to_array(self.attr).tolist() if len(doc) else []
        size = len(hashes)
        for start, first in enumerate(hashes):
            reach = self.longest.get(first)
            if reach is None:
                continue
            for end in range(start + 1, min(start + reach, size) + 1):
                phrase = tuple(hashes[start:end])
                for key in self.keys.get(phrase, ()):
                    yield key, start, end
                if phrase not in self.prefixes:
                    break
