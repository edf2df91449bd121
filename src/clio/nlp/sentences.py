"""A limit on sentence length, so no component's work on one sentence can grow without bound.

Several steps compare the words of a sentence with each other (actors, places, event arguments),
which is fine for news sentences and quadratic on a text that never ends one: 40,000 characters of
names took the actor step 16 times as long as 10,000. ``clio_sentence_limit`` (before the parser)
starts a sentence after ``MAX_SENTENCE_TOKENS`` tokens without a sentence end (".", "!", "?",
"…" or a line break already made a boundary). News prose never gets there: the longest stretch in
the sample corpus and the benchmark sets is far below it, so their parses do not change.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

MAX_SENTENCE_TOKENS = 250
_ENDS = ".!?…"


def forced_starts(doc: Doc, limit: int = MAX_SENTENCE_TOKENS) -> list[int]:
    """Indices of the tokens that must start a sentence so that none runs past ``limit`` tokens:
    every ``limit``-th token of a stretch that starts at a sentence start or after a token ending
    in a sentence end (counted with arrays, as this runs on every document)."""
    if len(doc) <= limit:
        return []
    # Doc.text would build the text from Token objects; the token strings are in the vocabulary.
    orths, sentence_starts = doc.to_array([ORTH, SENT_START]).T
    strings = doc.vocab.strings
    ending = [orth for orth in np.unique(orths) if strings[int(orth)][-1:] in _ENDS]
    ends = np.isin(orths, ending)
    restart = sentence_starts.astype(np.int64) == 1
    restart[0] = True
    restart[1:] |= ends[:-1]
    positions = np.arange(len(doc))
    position_in_stretch = positions - np.maximum.accumulate(np.where(restart, positions, 0))
    return [int(i) for i in np.flatnonzero((position_in_stretch > 0) & (position_in_stretch % limit == 0))]


@Language.component("clio_sentence_limit", assigns=["token.is_sent_start"])
def sentence_limit(doc: Doc) -> Doc:
    for index in forced_starts(doc):
        doc[index].is_sent_start = True
    return doc
