"""The ``clio_timexes`` component: find TIMEX3 expressions and resolve them against the article date.

Find: the grammar of :mod:`clio.time.grammar` runs over the raw text (exact offsets, cheap).
Check: the parse rules out readings that are not times ("May" the name or the modal verb,
"Sunday Times", "2000 soldiers", an age). Write: the longest surviving matches, each resolved
with the tense of the clause that governs it, become ``doc._.timexes`` (list of
:class:`clio.records.Timex`). Matches overlapping ``doc._.noise`` are skipped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from clio.nlp.extensions import doc_text, ensure_extensions, in_spans
from clio.records import Timex
from clio.time.grammar import Candidate, find_candidates, select_longest
from clio.time.lexicon import Lexicon, load_lexicon
from clio.time.resolve import resolve, story_nation
from clio.time.tense import governing_tense

# Kinds whose value depends on the tense: they name a calendar position without its year/week.
_TENSE_KINDS = frozenset(
    {"weekday", "month", "month_day", "season", "quarter", "holiday", "relunit", "clock"}
)
_NOT_TIME_ENTS = frozenset(
    {"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}
)
_NUMBER_ENTS = frozenset({"MONEY", "PERCENT", "QUANTITY"})
# Words that may introduce a bare ambiguous month ("in May", "since March").
_MONTH_CUES = frozenset(
    {
        "in", "since", "until", "till", "by", "of", "during", "before", "after", "from", "through",
        "to", "between", "and", "or", "last", "next", "this", "early", "late", "mid", "around",
        "throughout", "on", "than", "as",
    }
)  # fmt: skip
# Prepositions that set a clause in time: a four-digit number after one is a year.
_YEAR_PREPS = frozenset({"in", "since", "during", "until", "till", "after", "before", "through"})
_RATE_CUES = frozenset(
    {"%", "percent", "cent", "million", "billion", "trillion", "thousand", "dollars", "times"}
)


ANCHORING_MODES = ("news", "narrative")


def calendar_start(value: str | None) -> dt.date | None:
    """First day of a ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` value; None for anything else."""
    if not value or not value[:4].isdigit():
        return None
    parts = value[:10].split("-")
    try:
        if len(parts) == 1 and len(value) == 4:
            return dt.date(int(parts[0]), 1, 1)
        if len(parts) == 2 and parts[1].isdigit():
            return dt.date(int(parts[0]), int(parts[1]), 1)
        if len(parts) == 3 and parts[1].isdigit() and parts[2].isdigit():
            return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None
    return None


class TimexComponent:
    """Writes ``doc._.timexes``; see the module docstring."""

    def __init__(self, *, lexicon: Lexicon, anchoring: str = "news") -> None:
        if anchoring not in ANCHORING_MODES:
            raise ValueError(f"anchoring must be one of {ANCHORING_MODES}, not {anchoring!r}")
        self.lexicon = lexicon
        self.anchoring = anchoring

    def __call__(self, doc: Doc) -> Doc:
        ensure_extensions()
        anchor: dt.date | None = doc._.article_date
        narrative = self.anchoring == "narrative"
        text = doc_text(doc)
        noise = doc._.noise or []  # read once: each doc._ read costs a few microseconds
        kept = [c for c in find_candidates(text, lex=self.lexicon) if self._plausible(doc, c, noise, text)]
        timexes: list[Timex] = []
        for cand in select_longest(kept):
            span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            if narrative:  # a history moves forward from the last date it named
                tense = "future"
            else:
                tense = governing_tense(span.root, lex=self.lexicon) if cand.kind in _TENSE_KINDS else ""
            resolved = resolve(
                _with_story_nation(cand, text, self.lexicon), anchor=anchor, tense=tense, lex=self.lexicon
            )
            if resolved is None:
                continue
            kind, value, mod = resolved
            if kind == "DATE" and "year" not in cand.groups:
                value = _with_named_year(value, text, cand.end, timexes, self.lexicon)
            if kind == "DURATION" and _is_rate(doc, span, cand):
                kind = "SET"
            timexes.append(Timex(text[cand.start : cand.end], (cand.start, cand.end), kind, value, mod))
            if narrative and kind == "DATE":
                anchor = calendar_start(value) or anchor
        doc._.timexes = _year_ago_periods(doc, timexes) if not narrative else timexes
        return doc

    def _plausible(self, doc: Doc, cand: Candidate, noise: Sequence[tuple[int, int]], text: str) -> bool:
        if in_spans(noise, cand.start, cand.end):
            return False
        if _names_a_place(text, cand.end, self.lexicon):
            return False
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        groups = cand.groups
        if cand.kind == "month" and not ({"year", "rel", "pos"} & groups.keys()):
            return _bare_month_ok(doc, span, groups["month"].lower().rstrip("."), self.lexicon)
        if cand.kind == "weekday" and "pod" not in groups and "rel" not in groups:
            return _weekday_ok(doc, span, self.lexicon)
        if cand.kind == "year" and not ({"pos", "fiscal"} & groups.keys()):
            return _year_ok(doc, span)
        if cand.kind == "duration":
            unit = groups.get("unit", "").lower()
            after = doc[span.end] if span.end < len(doc) else None
            if unit == "second":  # "a second round" is an ordinal
                return not (after is not None and after.pos_ in ("NOUN", "ADJ", "PROPN"))
            if unit == "quarters":  # "three-quarters of the vote" is a fraction
                return not (after is not None and after.lower_ == "of")
        if cand.kind == "ref":
            token = span[0]
            return not (token.lower_ == "current" and token.dep_ == "compound")
        return True


def _with_story_nation(cand: Candidate, text: str, lex: Lexicon) -> Candidate:
    """A bare national holiday ("on Independence Day") takes the story's country (see
    :func:`clio.time.resolve.story_nation`); any other match is returned as it is."""
    if cand.kind != "holiday" or cand.groups.get("nation"):
        return cand
    nation = story_nation(text, cand.groups["holiday"], lex)
    if nation is None:
        return cand
    return Candidate(cand.start, cand.end, cand.kind, {**cand.groups, "nation": nation})


def _with_named_year(
    value: str | None, text: str, end: int, before: Sequence[Timex], lex: Lexicon
) -> str | None:
    """ "signed the deal in December of that year": a month or day whose year points back at
    the year last named takes that year, not the one the article date suggests."""
    if not value or not _MONTH_VALUE.match(value):
        return value
    match = _OF.match(text, end)
    if match is None:
        return value
    rest = " ".join(text[match.end() : match.end() + 40].lower().split())
    if not any(re.match(re.escape(phrase) + r"\b", rest) for phrase in lex.year_anaphors):
        return value
    years = [t.value[:4] for t in before if t.type == "DATE" and t.value and _YEAR_VALUE.match(t.value)]
    if not years:
        return value
    named = years[-1] + value[4:]
    return named if calendar_start(named) is not None else value  # no February 29 in 2023


# A month value ("2024-12", "2024-12-05") and any value that starts with a calendar year.
_MONTH_VALUE = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")
_YEAR_VALUE = re.compile(r"^\d{4}(?:$|-)")
_OF = re.compile(r"\s+of\s+")
_YEAR_AGO = re.compile(r"(?:a|one)\s+year\s+(?:ago|earlier)", re.IGNORECASE)
_QUARTER_VALUE = re.compile(r"(\d{4})-(Q[1-4]|H[12])")


def _year_ago_periods(doc: Doc, timexes: list[Timex]) -> list[Timex]:
    """ "a year ago" in a sentence about a quarter means that quarter a year back.

    Results reporting compares periods: in "third-quarter profit rose from $2 a year earlier"
    the comparison point is the year-ago third quarter, not the whole previous year.
    """
    quarters = [t for t in timexes if t.value and _QUARTER_VALUE.fullmatch(t.value)]
    if not quarters:
        return timexes
    out = []
    for timex in timexes:
        if timex.type == "DATE" and _YEAR_AGO.fullmatch(timex.text):
            sentence = doc.char_span(timex.span[0], timex.span[1], alignment_mode="expand")
            sent = sentence.sent if sentence is not None else None
            same = [q for q in quarters if sent is not None and sent.start_char <= q.span[0] < sent.end_char]
            if same:
                nearest = min(same, key=lambda q: abs(q.span[0] - timex.span[0]))
                match = _QUARTER_VALUE.fullmatch(nearest.value or "")
                if match:
                    value = f"{int(match.group(1)) - 1:04d}-{match.group(2)}"
                    timex = Timex(timex.text, timex.span, timex.type, value, timex.mod)
        out.append(timex)
    return out


# The capitalised word after a date, past a day number a bare month leaves behind ("May 13").
_NEXT_NAME_WORD = re.compile(r"[ \t]+(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+)?([A-Z][a-z]+)\b")


def _names_a_place(text: str, end: int, lex: Lexicon) -> bool:
    """ "rallied on May 13 Square", "crossed the 6th of October Bridge": a date followed by a
    capitalised place noun is part of that place's name, not a time."""
    match = _NEXT_NAME_WORD.match(text, end)
    return match is not None and match.group(1).lower() in lex.date_name_heads


def _bare_month_ok(doc: Doc, span: Span, month: str, lex: Lexicon) -> bool:
    token = span[0]
    if token.ent_type_ in _NOT_TIME_ENTS or token.tag_ == "MD":
        return False
    if month not in lex.ambiguous_months:
        return True
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    return before in _MONTH_CUES


def _weekday_ok(doc: Doc, span: Span, lex: Lexicon) -> bool:
    token = span[-1]
    if token.ent_type_ in _NOT_TIME_ENTS:
        return False
    if token.i + 1 < len(doc):
        after = doc[token.i + 1]
        if after.lower_ in lex.weekday_blockers and after.is_title:
            return False
    return True


def _year_ok(doc: Doc, span: Span) -> bool:
    """A four-digit number is a year unless it reads as a count ("2000 soldiers"); after a
    preposition of time it is a year even before a plural noun ("In 2011 police shot ...")."""
    token = span[0]
    if token.ent_type_ in _NUMBER_ENTS:
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.tag_ == "NNS" and after.ent_type_ != "DATE" and not _prepositional(token):
        return False
    before = doc[token.i - 1] if token.i > 0 else None
    return not (before is not None and before.lower_ in ("no.", "number", "#", "flight", "route", "page"))


def _prepositional(token: Token) -> bool:
    """The number follows a preposition of time ("In 2011 police ..."): the parser often makes
    it a count of the noun after it, but wire copy writes counts with a comma ("2,000")."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and before.tag_ == "IN" and before.lower_ in _YEAR_PREPS


def _is_rate(doc: Doc, span: Span, cand: Candidate) -> bool:
    """ "a year" after an amount ("$5 million a year", "3 percent a month") is a frequency."""
    if cand.groups.get("num", "").lower() not in ("a", "an", "per"):
        return False
    if "rel" in cand.groups or "suffix" in cand.groups or span.start == 0:
        return False
    before = doc[span.start - 1]
    return before.like_num or before.lower_ in _RATE_CUES or before.ent_type_ in _NUMBER_ENTS


@Language.factory("clio_timexes", assigns=["doc._.timexes"], default_config={"anchoring": "news"})
def make_timexes(nlp: Language, name: str, anchoring: str) -> TimexComponent:
    """``anchoring="news"`` resolves against the article date with the clause's tense;
    ``"narrative"`` (histories, timelines) against the last calendar date the text named."""
    return TimexComponent(lexicon=load_lexicon(), anchoring=anchoring)
