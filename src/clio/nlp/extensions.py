"""Doc extension attributes shared by Clio's components."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from clio.budget import token_pieces
from clio.records import Span

_EXTENSIONS = ("article_id", "article_date", "noise", "actors", "timexes", "locations", "quotes", "events")
_TEXT_KEY = "clio.text"


def ensure_extensions() -> None:
    """Register Clio's Doc extensions (idempotent; spaCy keeps them on the Doc class)."""
    for name in _EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def prepare_doc(
    nlp: Language,
    text: str,
    *,
    article_id: str = "",
    article_date: dt.date | None = None,
    noise: Sequence[Span] = (),
    max_token_chars: int | None = None,
) -> Doc:
    """Tokenize ``text`` and attach the article context our components read.

    With ``max_token_chars``, runs without a space longer than that reach the tokenizer in pieces
    of that length (see clio.budget); the Doc's text is ``text`` all the same.
    """
    ensure_extensions()
    doc = _tokenized(nlp, text, max_token_chars)
    doc.user_data[_TEXT_KEY] = text  # tokenization is non-destructive: doc.text == text
    doc._.article_id = article_id
    doc._.article_date = article_date
    doc._.noise = sorted(noise)
    return doc


def _tokenized(nlp: Language, text: str, max_token_chars: int | None) -> Doc:
    """``nlp.make_doc(text)``, except that each piece of a run longer than ``max_token_chars``
    without a space becomes one token, never seen by the tokenizer (see clio.budget)."""
    pieces = token_pieces(text, max_token_chars) if max_token_chars else []
    if len(pieces) <= 1:
        return nlp.make_doc(text)
    docs = [
        Doc(nlp.vocab, words=[text[start:end]], spaces=[False]) if run else nlp.make_doc(text[start:end])
        for start, end, run in pieces
    ]
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    if doc.text != text:  # from_docs joins pieces verbatim; a tokenizer that dropped text would show here
        raise ValueError("the tokenizer changed the text while tokenizing it in pieces")
    return doc


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins all the tokens again on every access."""
    text = doc.user_data.get(_TEXT_KEY)
    # The length check guards against user_data copied into another Doc (Span.as_doc, from_docs).
    length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if not isinstance(text, str) or len(text) != length:
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


def noise_tokens(doc: Doc) -> set[int]:
    """Indices of the tokens that overlap a noise span (one lookup per span, not per token)."""
    found: set[int] = set()
    for start, end in doc._.noise or []:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            found.update(range(span.start, span.end))
    return found


def in_noise(doc: Doc, start: int, end: int) -> bool:
    """True when the character range [start, end) overlaps a noise span of ``doc``."""
    return in_spans(doc._.noise or [], start, end)


def in_spans(spans: Sequence[Span], start: int, end: int) -> bool:
    """True when the character range [start, end) overlaps one of ``spans`` (sorted, disjoint).
    Callers that test many ranges read ``doc._.noise`` once and use this: each ``doc._`` read
    costs a few microseconds."""
    if not spans:
        return False
    index = bisect.bisect_right(spans, (start, float("inf")))
    # The span starting at or before ``start`` may extend over it; later ones may start before ``end``.
    if index > 0 and spans[index - 1][1] > start:
        return True
    return index < len(spans) and spans[index][0] < end
