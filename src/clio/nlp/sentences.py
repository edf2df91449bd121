"""A limit on sentence length, so no component's work on one sentence can grow without bound.

Several steps compare the words of a sentence with each other (actors, places, event arguments),
which is fine for news sentences and quadratic on a text that never ends one: 40,000 characters of
names took the actor step 16 times as long as 10,000. ``clio_sentence_limit`` (before the parser)
starts a sentence after ``MAX_SENTENCE_TOKENS`` tokens without a sentence end (".", "!", "?",
"…" or a line break already made a boundary). News prose never gets there: the longest stretch in
the sample corpus and the benchmark sets is far below it, so their parses do not change.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

MAX_SENTENCE_TOKENS = 250
_ENDS = ".!?…"
# A stretch of MAX_SENTENCE_TOKENS tokens is at least that many characters without a sentence end
# or line break: documents without one are left alone without looking at their tokens.
_LONG_STRETCH = re.compile(rf"[^{re.escape(_ENDS)}]{{{MAX_SENTENCE_TOKENS},}}")


def forced_starts(doc: Doc, limit: int = MAX_SENTENCE_TOKENS) -> list[int]:
    """Indices of the tokens that must start a sentence so that none runs past ``limit`` tokens."""
    if not _LONG_STRETCH.search(doc.text):
        return []
    starts: list[int] = []
    length = 0
    for token in doc:
        if token.is_sent_start or (token.i > 0 and doc[token.i - 1].text[-1:] in _ENDS):
            length = 0
        length += 1
        if length > limit:
            starts.append(token.i)
            length = 1
    return starts


@Language.component("clio_sentence_limit", assigns=["token.is_sent_start"])
def sentence_limit(doc: Doc) -> Doc:
    for index in forced_starts(doc):
        doc[index].is_sent_start = True
    return doc
