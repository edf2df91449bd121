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
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from clio.nlp.membership import members, sorted_values

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
    ending = sorted_values(orth for orth in np.unique(orths).tolist() if strings[orth][-1:] in _ENDS)
    ends = members(orths, ending)
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


class AbbreviatedTitles:
    """An abbreviated title the actor lexicon knows ("Sgt.", "Const.", "Cpl.") opens no sentence
    break: the model's tokenizer splits the full stop off titles it has no exception for, and the
    parser then ends a sentence there or after the title ("Const." | "Leo Hart said ..."), so the
    name loses its title and with it the title's sector and country. The titles are the one-word
    agent phrases ending in a full stop (clio/data/actors/agents.jsonl); each is kept one token,
    and the word after it is marked as no sentence start (found with arrays, as this runs on every
    document)."""

    def __init__(self, nlp: Language) -> None:
        from clio.actors.lexicon import load_lexicon

        titles = sorted(
            phrase[:1].upper() + phrase[1:]
            for phrase in load_lexicon().agents
            if phrase.endswith(".") and phrase[:-1].isalpha()
        )
        tokenizer = nlp.tokenizer
        if isinstance(tokenizer, Tokenizer):
            for title in titles:
                tokenizer.add_special_case(title, [{ORTH: title}])
        self.orths = sorted_values(nlp.vocab.strings.add(title) for title in titles)

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) < 2:
            return doc
        at = np.flatnonzero(members(doc.to_array(ORTH)[:-1], self.orths)).tolist()
        for index in at:
            following = doc[index + 1]
            if following.is_title and following.is_sent_start is None:
                following.is_sent_start = False
        return doc


@Language.factory("clio_abbreviated_titles", assigns=["token.is_sent_start"])
def make_abbreviated_titles(nlp: Language, name: str) -> AbbreviatedTitles:
    return AbbreviatedTitles(nlp)
