"""Line breaks as hard boundaries: wire copy puts credits, captions and paragraphs on their own lines.

The statistical parser and entity recogniser of the small English model read across a line break
as if it were a space, so a photo credit glues onto the next sentence ("Photo: AP Photo/Jane
Doe\\nHamas militants fired ...") and a person entity swallows the next line's first word. Two
small components fix that:

* ``clio_line_breaks`` (before the parser) starts a sentence after every line break, unless the
  document is hard-wrapped (lines broken mid-sentence at a fixed width), where only blank lines
  separate sentences;
* ``clio_line_entities`` (after the recogniser) cuts entities at line breaks.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from clio.nlp.extensions import doc_text

# Share of single line breaks that fall mid-sentence (next line starts in lower case) above which a
# document is taken as hard-wrapped. Paragraph-per-line copy has next to none; text wrapped at a
# fixed width has roughly half or more (most wrapped lines continue with a lower-case word).
HARD_WRAP_SHARE = 0.3
# Fewer single breaks than this say nothing about wrapping.
MIN_BREAKS_FOR_WRAP = 3


def is_hard_wrapped(text: str) -> bool:
    """True when single line breaks mostly continue a sentence (text wrapped at a fixed width)."""
    lines = text.split("\n")
    breaks = continued = 0
    for line, following in itertools.pairwise(lines):
        if not line.strip() or not following.strip():
            continue  # a blank line is a paragraph break, not a wrap
        breaks += 1
        continued += following.lstrip()[0].islower()
    return breaks >= MIN_BREAKS_FOR_WRAP and continued / breaks >= HARD_WRAP_SHARE


def _is_blank(token: Token) -> bool:
    return not token.text.strip()


def sentence_starts(doc: Doc) -> list[int]:
    """Indices of the tokens that begin a line (after a line break), given the wrapping rule.

    Line breaks live in whitespace tokens (a token's own trailing whitespace is at most one
    space); counted with arrays over the vocabulary's strings, as this runs on every document."""
    if len(doc) < 2:
        return []
    orths = doc.to_array(ORTH)
    strings = doc.vocab.strings
    blank = np.zeros(len(doc), dtype=bool)
    breaks = np.zeros(len(doc), dtype=np.int64)
    for orth in np.unique(orths).tolist():
        text = strings[orth]
        if not text.strip():
            at = orths == orth
            blank |= at
            breaks[at] = text.count("\n")
    total = np.cumsum(breaks)
    positions = np.arange(len(doc))
    # Line breaks in the run of blank tokens just before each token.
    last_word = np.maximum.accumulate(np.where(blank, -1, positions))
    before = np.concatenate(([-1], last_word[:-1]))
    run = np.concatenate(([0], total[:-1])) - np.where(before >= 0, total[np.maximum(before, 0)], 0)
    candidates = ~blank & (positions > 0) & (run >= 1)
    if not candidates.any():
        return []
    # Whether one break is enough depends on the wrapping, read from the text only when it matters.
    needed = 2 if (candidates & (run == 1)).any() and is_hard_wrapped(doc_text(doc)) else 1
    return [int(i) for i in np.flatnonzero(candidates & (run >= needed))]


@Language.component(
    "clio_line_breaks",
    assigns=["token.is_sent_start"],
)
def line_breaks(doc: Doc) -> Doc:
    for index in sentence_starts(doc):
        doc[index].is_sent_start = True
    # Noise (a dateline, a caption, a credit) is no part of the sentence around it: the parser
    # would take "WASHINGTON ―" for a subject and its verb.
    for start, end in doc._.noise or []:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        for index in (span.start, span.end):
            if 0 < index < len(doc):
                doc[index].is_sent_start = True
        # The first word after it opens a sentence, and no sentence is that word alone: after
        # "ACCRA, May 10 -" the parser would end one after "Ghana" in "Ghana on Thursday said".
        after = span.end + 1
        if after < len(doc) and doc[span.end].is_alpha and doc[after].is_sent_start is None:
            doc[after].is_sent_start = False
    return doc


def cut_at_line_breaks(doc: Doc, entities: Sequence[Span]) -> list[Span]:
    """Entities split where they cross a line break.

    The part before the break keeps the label. A part after it keeps the label only when it has
    two or more words: a single word there is the first word of the next line, labelled by the
    recogniser for what came before ("Doe\\nHamas" is not a person called Hamas).
    """
    result: list[Span] = []
    for entity in entities:
        if "\n" not in entity.text:
            result.append(entity)
            continue
        pieces: list[tuple[int, int]] = []
        start = entity.start
        for token in entity:
            if "\n" in token.text_with_ws:
                end = token.i if _is_blank(token) else token.i + 1
                if end > start:
                    pieces.append((start, end))
                start = token.i + 1
        if entity.end > start:
            pieces.append((start, entity.end))
        for number, (begin, end) in enumerate(pieces):
            if number == 0 or end - begin >= 2:
                result.append(Span(doc, begin, end, label=entity.label))
    return result


@Language.component(
    "clio_line_entities",
    assigns=["doc.ents"],
)
def line_entities(doc: Doc) -> Doc:
    text = doc_text(doc)  # Span.text would join the entity's tokens
    if any("\n" in text[entity.start_char : entity.end_char] for entity in doc.ents):
        doc.ents = cut_at_line_breaks(doc, doc.ents)
    return doc
