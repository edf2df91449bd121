"""The ``clio_quotes`` component: direct and reported speech with their speakers -> doc._.quotes.

Finding and writing are separate: :func:`find_quotes` reads a parsed Doc and returns
``list[Quote]``; the component only stores the result.

* Direct quotes come from the pure mark pairing of :mod:`clio.quotes.marks`, so broken,
  nested, unclosed and multi-paragraph quotes are handled without the model.
* A direct quote's speaker is the subject of a reporting verb outside the quote in the same
  sentence (``"...," he said`` / ``He said: "..."``), or of ``according to X``; a quote
  with no attribution of its own continues the previous quote's speaker when it follows it in
  the same or the next paragraph.
* Reported speech is the clausal complement (or, for verbs like *stress*, the object) of a
  reporting verb from ``clio/data/quotes/reporting_verbs.tsv``, and the clause around
  ``according to X``.
* ``he``/``she``/``who`` speakers are resolved to the nearest preceding person named outside
  quotes; other pronouns (``they``, ``it``) are left unresolved: no speaker rather than a wrong
  one. ``speaker_mention`` keeps the attribution's own words either way.
* ``quoting X`` / ``citing X`` do not make X the speaker: the speaker is whoever quotes.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.attrs import LOWER, POS
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from clio.nlp.extensions import doc_text, in_noise, in_spans
from clio.quotes.marks import QuotedSpan, find_quoted_spans, paragraphs
from clio.quotes.shape import looks_like_title
from clio.quotes.verbs import ReportingVerbs, load_reporting_verbs
from clio.records import Actor, Quote, Span

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Walking up from a verb without a subject: "he said and added ...", "went on to say", "saying".
UP_DEPS = frozenset({"conj", "xcomp", "advcl", "acl"})
RESOLVED_PRONOUNS = frozenset({"he", "she", "him", "her", "who"})
UNRESOLVED_PRONOUNS = frozenset(
    {"i", "we", "you", "they", "it", "that", "which", "this", "me", "us", "them", "one"}
)
PERSON_LABELS = frozenset({"PERSON"})
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
NOUN_POS = frozenset({"NOUN", "PROPN", "PRON"})
NAME_POS = frozenset({"NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM"})
MAX_ADJACENT_SUBJECT_TOKENS = 8
# Words that end the source of "according to X" ("according to X, who ...", "according to X and").
STOP_WORDS = frozenset({"who", "which", "that", "and", "but", "when", "as", "in", "on", "at", "from"})
VERB_POS = frozenset({"VERB", "AUX"})
MIN_QUOTE_WORDS = 2  # one-word quoted stretches are scare quotes or titles, never quotes
MIN_UNATTRIBUTED_WORDS = 4
MIN_REPORTED_TOKENS = 3
# Reported speech that wraps a partial quote ("said that voter fraud “would be ...”") needs
# words of its own; fewer means the verb just introduces a direct quote.
MIN_WORDS_OUTSIDE_DIRECT = 2
# A quote with no attribution continues the previous quote's speaker if it starts this close.
CONTINUATION_CHARS = 600
# "he said" resolves to a person named as a subject at most this far back.
ANTECEDENT_WINDOW_CHARS = 500
# How far into the sentence after a quote its attribution may start ('"..." the Russian minister said').
NEXT_SENTENCE_CUE_TOKENS = 12


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who said it: the attribution's own words (``mention``) and the name they resolve to."""

    mention: Span
    name: Span | None


def find_quotes(doc: Doc, *, verbs: ReportingVerbs) -> list[Quote]:
    """Direct and reported quotes of a parsed ``doc``, in text order, outside noise."""
    text = doc_text(doc)
    noise = doc._.noise or []
    direct_spans = [q for q in find_quoted_spans(text) if not in_spans(noise, q.start, q.end)]
    quote_of_token = _token_quote_index(doc, direct_spans)
    actors: list[Actor] = list(doc._.actors or [])
    persons = _person_mentions(doc, quote_of_token)
    paragraph_ranges = paragraphs(text)
    paragraph_starts = [start for start, _ in paragraph_ranges]

    quotes: list[Quote] = []
    previous: tuple[QuotedSpan, Speaker] | None = None
    for index, quoted in enumerate(direct_spans):
        inner_start, inner_end = quoted.inner(text)
        words = len(text[inner_start:inner_end].split())
        if words < MIN_QUOTE_WORDS or looks_like_title(text[inner_start:inner_end]):
            continue
        paragraph = _paragraph_around(paragraph_ranges, quoted)
        speaker = _direct_speaker(doc, text, quoted, index, quote_of_token, verbs, paragraph)
        if (
            speaker is None
            and previous is not None
            and words >= MIN_UNATTRIBUTED_WORDS
            and _continues(text, previous[0], quoted, paragraph_starts)
        ):
            speaker = previous[1]
        if speaker is None and words < MIN_UNATTRIBUTED_WORDS:
            continue
        quotes.append(_make_quote(doc, text, (quoted.start, quoted.end), "direct", speaker, actors, persons))
        if speaker is not None:
            previous = (quoted, speaker)

    quotes.extend(_reported(doc, text, direct_spans, quote_of_token, verbs, actors, persons))
    quotes.sort(key=lambda q: (q.span[0], q.span[1]))
    return quotes


# --- direct quotes -------------------------------------------------------------------------


def _paragraph_around(ranges: list[tuple[int, int]], quoted: QuotedSpan) -> tuple[int, int]:
    """From the start of the paragraph where the quote opens to the end of the one where it closes."""
    start, end = quoted.start, quoted.end
    for para_start, para_end in ranges:
        if para_start <= quoted.start < para_end or para_start == quoted.start:
            start = para_start
        if para_start < quoted.end <= para_end:
            end = para_end
    return start, end


def _dash_signature(doc: Doc, text: str, quoted: QuotedSpan, paragraph: tuple[int, int]) -> Speaker | None:
    """A quote signed with a dash and a name: ``“...” ― Jane Doe``."""
    position = quoted.end
    while position < paragraph[1] and text[position].isspace():
        position += 1
    if position >= paragraph[1] or text[position] not in "―—–":
        return None
    after = doc.char_span(position + 1, paragraph[1], alignment_mode="expand")
    if after is None:
        return None
    names = [token for token in after if not token.is_space]
    run: list[Token] = []
    for token in names:
        if token.pos_ != "PROPN":
            break
        run.append(token)
    if not run:
        return None
    mention = (run[0].idx, run[-1].idx + len(run[-1].text))
    return Speaker(mention, mention)


def _token_quote_index(doc: Doc, spans: Sequence[QuotedSpan]) -> list[int]:
    """For each token, the index of the quoted span it lies in, or -1."""
    owner = [-1] * len(doc)
    for position, quoted in enumerate(spans):  # one lookup per quote, not one Token per token
        inside = doc.char_span(quoted.start, quoted.end, alignment_mode="expand")
        if inside is None:
            continue
        for i in range(inside.start, inside.end):
            if doc[i].idx >= quoted.start and owner[i] == -1:
                owner[i] = position
    return owner


def _direct_speaker(
    doc: Doc,
    text: str,
    quoted: QuotedSpan,
    index: int,
    quote_of_token: list[int],
    verbs: ReportingVerbs,
    paragraph: tuple[int, int],
) -> Speaker | None:
    """The attribution of one direct quote, from the sentences it touches."""
    span = doc.char_span(quoted.start, quoted.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    first_sentence = span[0].sent
    last_sentence = span[-1].sent
    candidates: list[tuple[int, Token]] = []
    seen: set[int] = set()
    sentences = [first_sentence] if first_sentence == last_sentence else [first_sentence, last_sentence]
    tokens: list[Token] = [token for sentence in sentences for token in sentence]
    # '"..." Lavrov said.' is often parsed as two sentences: look at the head of the next one.
    if _only_punct(doc, span.end, last_sentence.end):
        following = doc[last_sentence.end].sent if last_sentence.end < len(doc) else None
        if following is not None and "\n" not in text[quoted.end : following.start_char]:
            tokens.extend(following[:NEXT_SENTENCE_CUE_TOKENS])
    para_start, para_end = paragraph
    for token in tokens:
        if token.i in seen or quote_of_token[token.i] != -1 or not para_start <= token.idx < para_end:
            continue
        seen.add(token.i)
        if not _is_cue(token, verbs):
            continue
        # Another quote between the cue and this one means the cue belongs to that quote.
        if _other_quote_between(token, span, index, quote_of_token):
            continue
        distance = span.start - token.i if token.i < span.start else token.i - span.end
        linked = _linked_to_quote(token, index, quote_of_token)
        candidates.append((distance - (1000 if linked else 0), token))
    for _, cue in sorted(candidates, key=lambda item: item[0]):
        speaker = _speaker_of(cue, quote_of_token)
        if speaker is not None:
            return speaker
    return _dash_signature(doc, text, quoted, paragraph) or _colon_lead_in(doc, span, quote_of_token, verbs)


def _only_punct(doc: Doc, start: int, end: int) -> bool:
    return all(doc[i].is_punct or doc[i].is_space for i in range(start, end))


def _other_quote_between(cue: Token, span: SpacySpan, index: int, quote_of_token: list[int]) -> bool:
    low, high = (cue.i + 1, span.start) if cue.i < span.start else (span.end, cue.i)
    return any(quote_of_token[i] not in (-1, index) for i in range(low, high))


def _linked_to_quote(cue: Token, index: int, quote_of_token: list[int]) -> bool:
    """The cue heads a token inside the quote, or hangs from one (``"...," he said``)."""
    if quote_of_token[cue.head.i] == index:
        return True
    return any(quote_of_token[child.i] == index for child in cue.children)


def _colon_lead_in(
    doc: Doc, span: SpacySpan, quote_of_token: list[int], verbs: ReportingVerbs
) -> Speaker | None:
    """``He said:`` closing the sentence just before a quote that is a sentence of its own."""
    start = span.start - 1
    while start >= 0 and doc[start].is_space:
        start -= 1
    if start < 0 or doc[start].text != ":":
        return None
    sentence = doc[start].sent
    for token in reversed(list(sentence)):
        if token.i < start and quote_of_token[token.i] == -1 and _is_cue(token, verbs):
            return _speaker_of(token, quote_of_token)
    # "Caddell continued:" / "McCaskill scolded him:" — any verb leading into a quote by a colon.
    root = sentence.root
    if root.pos_ in VERB_POS and root.i < start and quote_of_token[root.i] == -1:
        return _speaker_of(root, quote_of_token)
    return None


def _continues(text: str, previous: QuotedSpan, current: QuotedSpan, paragraph_starts: list[int]) -> bool:
    """``current`` follows ``previous`` closely, at most one paragraph break later."""
    if current.start - previous.end > CONTINUATION_CHARS:
        return False
    breaks = bisect.bisect_right(paragraph_starts, current.start) - bisect.bisect_right(
        paragraph_starts, previous.end
    )
    return breaks <= 1


# --- cues and speakers ---------------------------------------------------------------------


def _possible_cues(doc: Doc) -> list[Token]:
    """The verbs and every "according" of ``doc`` (what :func:`_is_cue` can accept), found in the
    POS and LOWER columns: a Token for every word would cost more than the test."""
    strings = doc.vocab.strings
    pos, lower = doc.to_array([POS, LOWER]).reshape(-1, 2).T
    possible = lower == strings["according"]
    for tag in VERB_POS:  # np.isin costs more than these comparisons
        possible |= pos == strings[tag]
    return [doc[i] for i in np.flatnonzero(possible).tolist()]


def _is_cue(token: Token, verbs: ReportingVerbs) -> bool:
    if token.lower_ == "according":
        return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to"
    return token.pos_ in VERB_POS and token.lemma_.lower() in verbs


def _speaker_of(cue: Token, quote_of_token: list[int]) -> Speaker | None:
    """The speaker of a cue: the object of ``according to``, or the reporting verb's subject.

    Subjects inside quotes never count (a misparse can hang ``said`` off the quoted verb); a
    cue the parser left without a subject takes the noun phrase right before it
    (``Tulsa police Chief Chuck Jordan said``).
    """
    if cue.lower_ == "according":
        return _according_source(cue, quote_of_token)
    verb: Token | None = cue
    for _ in range(3):
        if verb is None:
            break
        for child in verb.children:
            if (
                child.dep_ in SUBJECT_DEPS
                and child.pos_ in NOUN_POS
                and quote_of_token[child.i] == -1
                and not _is_noise(child)  # a dateline the parser took for a subject
            ):
                if child.dep_ == "nsubjpass":
                    return None  # "he was told ...": the subject is the addressee
                return _speaker_from_noun(child)
        verb = verb.head if verb.dep_ in UP_DEPS and verb.head.i != verb.i else None
    return _adjacent_subject(cue, quote_of_token)


def _according_source(cue: Token, quote_of_token: list[int]) -> Speaker | None:
    """The source of ``according to X``: the words after "to" up to their last noun."""
    doc = cue.doc
    first = cue.i + 2
    last: Token | None = None
    for token in doc[first : first + MAX_ADJACENT_SUBJECT_TOKENS]:
        if token.is_punct or token.is_space or quote_of_token[token.i] != -1 or token.lower_ in STOP_WORDS:
            break
        if token.pos_ in NOUN_POS:
            last = token
    if last is None:
        return None
    if last.i == first:
        return _speaker_from_noun(last)
    mention = (doc[first].idx, last.idx + len(last.text))
    return Speaker(mention, mention)


def _adjacent_subject(cue: Token, quote_of_token: list[int]) -> Speaker | None:
    doc = cue.doc
    first = cue.i
    while (
        first > 0
        and quote_of_token[first - 1] == -1
        and not doc[first - 1].is_punct
        and not doc[first - 1].is_space
        and doc[first - 1].pos_ in NAME_POS
        and cue.i - first < MAX_ADJACENT_SUBJECT_TOKENS
    ):
        first -= 1
    if first == cue.i or doc[cue.i - 1].pos_ not in NOUN_POS:
        return None
    head = doc[cue.i - 1]
    if head.pos_ == "PRON" and first != cue.i - 1:
        return None
    if head.pos_ == "PRON":
        return _speaker_from_noun(head)
    mention = (doc[first].idx, head.idx + len(head.text))
    return Speaker(mention, mention)


def _speaker_from_noun(noun: Token) -> Speaker | None:
    lower = noun.lower_
    if lower in ("who", "that", "which") and noun.head.dep_ == "relcl":
        antecedent = noun.head.head
        if lower == "who" or antecedent.ent_type_ in SPEAKER_LABELS:
            return Speaker(_token_span(noun), _mention_span(antecedent))
        return Speaker(_token_span(noun), None)
    if noun.pos_ == "PRON" or lower in RESOLVED_PRONOUNS or lower in UNRESOLVED_PRONOUNS:
        # Resolved later against the document's persons; mark with name None for now.
        return Speaker(_token_span(noun), None)
    mention = _mention_span(noun)
    return Speaker(mention, mention)


def _token_span(token: Token) -> Span:
    return (token.idx, token.idx + len(token.text))


def _mention_span(noun: Token) -> Span:
    """The name a noun heads: its entity when it has one, else its words up to the noun."""
    if noun.ent_iob_ != "O":
        doc = noun.doc
        start = noun.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        end = noun.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        span = doc[start:end]
        return (span.start_char, span.end_char)
    left = noun.left_edge
    # A determiner-led noun phrase keeps its modifiers ("the French foreign minister").
    return (left.idx, noun.idx + len(noun.text))


def _person_mentions(doc: Doc, quote_of_token: list[int]) -> list[SpacySpan]:
    """Persons named as subjects outside quotes, in order: the antecedents for ``he``/``she``.

    Only subjects count: the person a sentence is about is the one a following "he said"
    refers to far more often than one named in passing ("a Trump tweet", "Miss Universe").
    """
    return [
        ent
        for ent in doc.ents
        if ent.label_ in PERSON_LABELS and quote_of_token[ent.start] == -1 and ent.root.dep_ in SUBJECT_DEPS
    ]


def _resolve(text: str, speaker: Speaker, persons: list[SpacySpan]) -> Span | None:
    if speaker.name is not None:
        return speaker.name
    pronoun = text[speaker.mention[0] : speaker.mention[1]].lower()
    if pronoun not in RESOLVED_PRONOUNS:
        return None
    starts = [ent.start_char for ent in persons]
    position = bisect.bisect_left(starts, speaker.mention[0]) - 1
    if position < 0:
        return None
    ent = persons[position]
    if speaker.mention[0] - ent.end_char > ANTECEDENT_WINDOW_CHARS:
        return None  # too far back to be sure
    return (ent.start_char, ent.end_char)


def _actor_code(actors: list[Actor], span: Span) -> str | None:
    for actor in actors:
        if actor.span[0] < span[1] and span[0] < actor.span[1]:
            return actor.code
    return None


def _make_quote(
    doc: Doc,
    text: str,
    span: Span,
    kind: str,
    speaker: Speaker | None,
    actors: list[Actor],
    persons: list[SpacySpan],
) -> Quote:
    if speaker is None:
        return Quote(text=text[span[0] : span[1]], span=span, kind=kind)
    name = _resolve(text, speaker, persons)
    if name is not None and in_noise(doc, name[0], name[1]):
        name = None
    return Quote(
        text=text[span[0] : span[1]],
        span=span,
        kind=kind,
        speaker=text[name[0] : name[1]] if name else None,
        speaker_span=name,
        speaker_code=_actor_code(actors, name) if name else None,
        speaker_mention=speaker.mention,
    )


# --- reported speech -----------------------------------------------------------------------


def _reported(
    doc: Doc,
    text: str,
    direct_spans: Sequence[QuotedSpan],
    quote_of_token: list[int],
    verbs: ReportingVerbs,
    actors: list[Actor],
    persons: list[SpacySpan],
) -> list[Quote]:
    found: list[Quote] = []
    seen: set[Span] = set()
    noise = doc._.noise or []
    for token in _possible_cues(doc):
        if quote_of_token[token.i] != -1 or not _is_cue(token, verbs):
            continue
        content = _reported_content(token, verbs)
        if content is None:
            continue
        start, end = content
        if end - start < MIN_REPORTED_TOKENS:
            continue
        span = _trim(doc, start, end, noise)
        if span is None or span in seen or _token_in(noise, token):
            continue
        outside_direct = sum(1 for i in range(start, end) if quote_of_token[i] == -1 and not doc[i].is_punct)
        if outside_direct < MIN_WORDS_OUTSIDE_DIRECT:
            continue  # the verb introduces a direct quote, already found
        speaker = _speaker_of(token, quote_of_token)
        if speaker is None:
            continue
        span = _close_partial_quote(text, span, direct_spans)
        seen.add(span)
        found.append(_make_quote(doc, text, span, "indirect", speaker, actors, persons))
    return found


def _close_partial_quote(text: str, span: Span, direct_spans: Sequence[QuotedSpan]) -> Span:
    """Take in the closing mark (and the full stop before it) of a quote the content ends in."""
    for quoted in direct_spans:
        if span[0] <= quoted.start < span[1] < quoted.end and not text[span[1] : quoted.end].strip(
            '.,;:!? ”"’'
        ):
            return (span[0], quoted.end)
    return span


def _reported_content(cue: Token, verbs: ReportingVerbs) -> tuple[int, int] | None:
    """Token range of what a cue reports."""
    if cue.lower_ == "according":
        clause = cue.head
        if clause.lemma_.lower() in verbs:
            return None  # "X said, according to Y": Y is where it was reported, X the speaker
        sentence = cue.sent
        left, right = cue.left_edge.i, cue.right_edge.i + 1
        before = (sentence.start, left)
        after = (right, sentence.end)
        if clause.i < left and clause.dep_ != "ROOT":
            before = (clause.left_edge.i, left)
        return before if before[1] - before[0] >= after[1] - after[0] else after
    complement: Token | None = None
    for child in cue.children:
        if child.dep_ == "ccomp":
            complement = child
            break
    if complement is None:
        objects = [child for child in cue.children if child.dep_ == "dobj"]
        if len(objects) > 1:
            complement = objects[-1]  # "told reporters the need to ...": the second object
        elif objects and cue.lemma_.lower() in verbs.object_content and objects[0].pos_ != "PRON":
            complement = objects[0]
    if complement is None:
        complement = next((child for child in cue.children if child.dep_ == "xcomp"), None)
    if complement is None and cue.dep_ == "parataxis" and cue.head.i != cue.i:
        # "But to prevent problems, he said, local officials should be vigilant": the content
        # is the clause around the attribution.
        head = cue.head
        return head.left_edge.i, head.right_edge.i + 1
    if complement is None:
        return None
    start, end = complement.left_edge.i, complement.right_edge.i + 1
    if start <= cue.i < end:
        return None
    return start, end


def _is_noise(token: Token) -> bool:
    return in_noise(token.doc, token.idx, token.idx + len(token.text))


def _token_in(spans: Sequence[Span], token: Token) -> bool:
    return in_spans(spans, token.idx, token.idx + len(token.text))


def _trim(doc: Doc, start: int, end: int, noise: Sequence[Span]) -> Span | None:
    """Char span of tokens [start, end) without leading/trailing punctuation, spaces and noise
    (a dateline before the reported clause); ``noise``: the Doc's noise spans."""
    while start < end and (
        ((doc[start].is_punct or doc[start].is_space) and doc[start].text not in '"“‘')
        or _token_in(noise, doc[start])
    ):
        start += 1
    while end > start and (
        ((doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text not in '"”’')
        or _token_in(noise, doc[end - 1])
    ):
        end -= 1
    if end - start < MIN_REPORTED_TOKENS:
        return None
    return (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))


# --- the component -------------------------------------------------------------------------


class QuoteComponent:
    """Writes ``doc._.quotes`` (list[Quote])."""

    def __init__(self, verbs: ReportingVerbs) -> None:
        self.verbs = verbs

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = find_quotes(doc, verbs=self.verbs)
        return doc


@Language.factory("clio_quotes", assigns=["doc._.quotes"], default_config={"verbs_file": ""})
def make_quotes(nlp: Language, name: str, verbs_file: str) -> QuoteComponent:
    return QuoteComponent(load_reporting_verbs(Path(verbs_file) if verbs_file else None))
