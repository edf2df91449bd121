"""Date an event from the time expressions around its predicate and the story told so far.

``event_date(doc, token, reference=...)`` picks, for the predicate ``token`` of an event:

1. a dated timex (DATE or TIME with a calendar value) whose own clause verb is the predicate,
   or that sits inside the predicate's subtree but not in a clause of its own ("met *on
   Wednesday*", "was sanctioned *in February*", "the attack *on Monday*"); the closest one when
   several qualify. An expression anchored to the story rather than to the article ("the same
   day", "a day earlier", "the next day", "within hours", a bare evening hour "at 6 p.m.")
   counts from the day last named before it (itself perhaps anchored), else from the
   ``reference`` day. A clause telling the same occasion lends its day: a participial adjunct,
   an infinitive or gerund complement (not one of a directive verb: "urged them to gather on
   Monday"), a simple-past relative clause or present participle on the subject;
2. for a clause set a measured time before or after the clause it hangs on ("two days *after*
   local commanders met", "hours *before* Yoon landed"), that clause's date moved by the
   measure; a vague measure ("days after") leaves the day unknown;
3. otherwise the nearest dated timex of a clause above the predicate ("*On Wednesday*, police
   said they arrested ..."), unless the way up leaves a clause set at another time ("after",
   "before", "unless", "if" ...). Timexes of the predicate's own subordinate clauses date those
   clauses, never the predicate;
4. otherwise a fallback for past and present predicates: the ``reference`` day (the day of the
   story's latest dated report, precision ``"context"``), else, in a story whose lead names no
   day, the first day a later paragraph's sentence is set on, else the article date (precision
   ``"article"``); ``(None, "unknown")`` for future or conditional predicates, or when the
   article has no date.

``PRESENT_REF`` ("now") counts as the article date (precision ``"article"``). Values coarser
than a year (decades, ``PAST_REF``) are not event dates and are skipped. Precision is ``"day"``,
``"month"`` or ``"year"``; a week or a season is reported with precision ``"month"``/``"year"``,
the nearest coarser unit in that set. Reads ``doc._.timexes`` (so runs after ``clio_timexes``),
costs one walk up the parse per candidate, and never changes the Doc. What depends on the whole
Doc (its paragraphs, its lead's day) is worked out once per article inside :func:`story_time`,
the block the event coder dates an article's events in; outside it, again on each call.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from clio.errors import DataError
from clio.time.lexicon import load_lexicon
from clio.time.tense import ATTRIBUTION_VERBS, clause_verb, governing_tense, verb_tense

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping

    from spacy.tokens import Doc, Span, Token

    from clio.records import Timex

Dated = tuple[str | None, str]

# Subordinators of clauses set at another time than the clause they modify.
_OTHER_TIME = frozenset({"after", "before", "since", "until", "till", "unless", "if", "once"})
# Subordinators whose clause a measure ("two days after") sets before or after its head clause.
_SHIFTING_MARKS = {"after": -1, "before": 1}
# Months and years give no day: the clause they shift is left undated.
_UNIT_DAYS: dict[str, int | None] = {"day": 1, "week": 7, "hour": 0, "minute": 0, "month": None, "year": None}
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": None, "few": None,
}  # fmt: skip
_MAX_HOPS = 12
_MAX_SHIFTS = 4
# Subordinators of a clause told as part of the episode its head recalls: a clause "after", "when" or
# "before" a recalled event of years ago is history with it.
_RECALLED_EPISODE_MARKS = frozenset({"after", "when", "before"})
# Events dated further back than this before their article are history, not news.
HISTORY = dt.timedelta(days=366)
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_WEEK = re.compile(r"^\d{4}-W\d{2}")
_WEEKEND = re.compile(r"^(?P<year>\d{4})-W(?P<week>\d{2})-WE$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")
_DECADE = re.compile(r"^\d{3}$")
_YEAR_PART = re.compile(r"^\d{4}(?:-(?:Q[1-4]|H[12]|SP|SU|FA|WI))?$")
# Expressions that count from the story's own time, not the article's: "the same day",
# "that day", "a day earlier", "two days later", "the next day", "the day before"; "hours
# earlier" and "hours later" stay on the day last told (a wire story seldom counts hours
# across midnight without naming the new day).
_ANCHORED = re.compile(
    r"\b(?:(?P<same>(?:the|that)\s+(?:same\s+)?(?:day|night|evening|morning|afternoon)(?!\s+(?:before|after)\b))"
    r"|(?P<count>a|one|two|three|four|five|six|seven)\s+days?\s+(?P<dir>earlier|later|before)"
    r"|the\s+(?P<next>next|following)\s+day|the\s+(?P<prev>previous)\s+day"
    r"|the\s+day\s+(?P<rel>before|after)(?!\s+\w+\s+(?:said|told|announced))"
    r"|(?P<hours>(?:(?:a\s+few|several|some|a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
    r"hours\s+(?:earlier|later)))\b",
    re.IGNORECASE,
)
# Any clock time, morning hours included (see _is_clock).
_ANY_CLOCK_TIME = re.compile(
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\.?|noon|midnight)(?:\s+(?:local\s+time|[A-Z]{2,4}))?",
    re.IGNORECASE,
)
# Every expression above names a day, a part of one or hours: sentences without such a word
# skip the slower search.
_DAY_WORD = re.compile("day|night|evening|morning|afternoon|hours", re.IGNORECASE)
# A bare afternoon or evening clock time ("at 6 p.m.", "before midnight") names no day: it is
# told on the story's day, like "the same day", not on the article's. A morning hour is left
# alone: it is mostly the small hours of the dateline's own day ("by about 1 a.m.").
_CLOCK = re.compile(
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*p\.?\s?m\.?|noon|midnight)(?:\s+(?:local\s+time|[A-Z]{2,4}))?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateMark:
    """A dated expression of a sentence: a calendar value, or a shift from the story's time."""

    root: Token
    value: str | None
    shift: int | None = None  # days from the reference day, for anchored expressions
    # The preposition that makes the expression a bound of a span ("by midnight on Saturday",
    # "until May 29", "since Monday"), not a time something happened at; None for the others.
    bound: str | None = None
    # "the same day", "that night": a pointer back to the deed last told, where a count ("a day
    # later") or a clock time is a measure from the day last named.
    pointer: bool = False


def precision_of(value: str | None) -> str | None:
    """ "day", "month" or "year" for a calendar value; None when it cannot date an event."""
    if not value:
        return None
    if _DAY.match(value):
        return "day"
    if _WEEK.match(value) or _MONTH.match(value):
        return "month"
    if _YEAR_PART.match(value):
        return "year"
    return None


def latest_day(value: str | None) -> dt.date | None:
    """The last day a calendar value can mean ("2014" -> 2014-12-31, "2024-02" -> 2024-02-29);
    None for values that are not calendar dates."""
    precision = precision_of(value)
    if value is None or precision is None:
        return None
    year = int(value[:4])
    try:
        if precision == "day":
            return dt.date.fromisoformat(value[:10])
        if _MONTH.match(value):
            month = int(value[5:7])
            return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    except ValueError:
        return None
    return dt.date(year, 12, 31)  # weeks, seasons, quarters, years: the year's end bounds them


def _event_value(value: str) -> str:
    """The calendar part of a value: TIME values keep only their day."""
    return value[:10] if _DAY.match(value) else value


def _anchored_shift(text: str) -> int | None:
    match = _ANCHORED.fullmatch(text.strip())
    if match is None:
        return None
    if match["same"] or match["hours"]:
        return 0
    if match["next"] or match["rel"] == "after":
        return 1
    if match["prev"] or match["rel"] == "before":
        return -1
    count = _NUMBER_WORDS.get(match["count"].lower()) or int(not match["count"].isalpha())
    return count if match["dir"].lower() == "later" else -count


@dataclass(frozen=True, slots=True, eq=False)
class LeadShifts:
    """How a lead sets its news against another event's day ("said on Wednesday ..., *a day
    after* a flight landed", "*two days earlier*"), read from the ``lead_shifts`` section of
    ``clio/data/time/event_anchors.json``: the count words, and for each direction word the side
    of the lead's day the other event falls on (-1 before it, +1 after it). ``pattern`` finds a
    count (a word of ``counts`` or a digit), a day word and a direction word in a row."""

    counts: Mapping[str, int]
    directions: Mapping[str, int]
    pattern: re.Pattern[str]

    def shifts(self, text: str) -> Iterator[int]:
        """The days from the lead's day to each other event ``text`` sets it against."""
        for match in self.pattern.finditer(text):
            count = self.counts.get(match["count"].lower()) or int(match["count"])
            side = self.directions.get(match["dir"].lower())
            if side is not None:  # always found, short of a case-insensitive match of odd letters
                yield side * count


def _within_pattern(raw: Any, source: str) -> re.Pattern[str]:
    """The ``within`` section: ``counts`` lists the vague counts that may stand before a span
    word ("within a few hours"), ``units`` the span words ("hours", "minutes"). A number is
    left out on purpose: "within 48 hours" is mostly a deadline still to come, not a time
    told. The pattern is built here, longest word first, so the file holds only words."""
    where = f"{source}: section 'within'"
    if not isinstance(raw, dict) or set(raw) != {"counts", "units"}:
        raise DataError(f"{where} must be an object with exactly 'counts' and 'units'")
    for key in ("counts", "units"):
        words = raw[key]
        if not isinstance(words, list) or not words or not all(_is_word(w) for w in words):
            raise DataError(f"{where}: {key!r} must be a non-empty list of words, not {words!r}")
    counts = _any_of(raw["counts"]).replace(re.escape(" "), r"\s+")  # "a few": any spacing
    return re.compile(rf"\bwithin\s+(?:(?:{counts})\s+)?(?:{_any_of(raw['units'])})\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True, eq=False)
class EventAnchors:
    """The words of a time told against another event ("two days before the vote"), read from
    ``clio/data/time/event_anchors.json``: days per measure word, the side of the event each
    relation sets the time on, measure words with a shift of their own ("the eve of"), and the
    words a lead sets its news against another day with (:class:`LeadShifts`); ``within``
    finds a short span told with no event of its own ("within hours"), which keeps the story's
    day last told."""

    units: Mapping[str, int]
    relations: Mapping[str, int]
    fixed: Mapping[str, int]
    kinds: tuple[frozenset[str], ...]
    lead_shifts: LeadShifts
    within: re.Pattern[str]

    def names_of(self, lemma: str) -> frozenset[str]:
        """The nouns a story may use for the event ``lemma`` names, itself among them."""
        return next((kind for kind in self.kinds if lemma in kind), frozenset({lemma}))


@lru_cache(maxsize=1)
def load_event_anchors() -> EventAnchors:
    """Load and check the event-anchor word lists; raises DataError naming the bad entry."""
    source = resources.files("clio") / "data" / "time" / "event_anchors.json"
    try:
        raw: Any = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise DataError(f"{source}: cannot read the event anchors: {exc}") from exc
    return parse_event_anchors(raw, source=str(source))


def parse_event_anchors(raw: Any, *, source: str) -> EventAnchors:
    """The event anchors of the parsed JSON ``raw``; raises DataError naming ``source`` (the
    file), the entry and what is wrong with it."""
    tables: dict[str, Mapping[str, int]] = {}
    for key in ("units", "relations", "fixed"):
        table = raw.get(key) if isinstance(raw, dict) else None
        if not isinstance(table, dict) or not all(
            isinstance(v, int) and not isinstance(v, bool) for v in table.values()
        ):
            raise DataError(f"{source}: section {key!r} must map words to whole numbers")
        tables[key] = MappingProxyType({str(w).lower(): v for w, v in table.items()})
    kinds = raw.get("kinds")
    if not isinstance(kinds, list) or not all(
        isinstance(k, list) and all(isinstance(w, str) for w in k) for k in kinds
    ):
        raise DataError(f"{source}: section 'kinds' must be a list of lists of words")
    return EventAnchors(
        **tables,
        kinds=tuple(frozenset(w.lower() for w in kind) for kind in kinds),
        lead_shifts=_parse_lead_shifts(raw.get("lead_shifts"), source),
        within=_within_pattern(raw.get("within"), source),
    )


def _parse_lead_shifts(raw: Any, source: str) -> LeadShifts:
    """The ``lead_shifts`` section: ``counts`` maps count words to whole numbers of at least 1,
    ``units`` lists the words of a day, ``directions`` maps direction words to -1 or +1. The
    pattern is built here, longest word first, so the file holds only words."""
    where = f"{source}: section 'lead_shifts'"
    if not isinstance(raw, dict) or set(raw) != {"counts", "units", "directions"}:
        raise DataError(f"{where} must be an object with exactly 'counts', 'units' and 'directions'")
    counts, units, directions = raw["counts"], raw["units"], raw["directions"]
    if not isinstance(counts, dict) or not counts:
        raise DataError(f"{where}: 'counts' must map count words to whole numbers")
    for word, count in counts.items():
        if not _is_word(word) or not isinstance(count, int) or isinstance(count, bool) or count < 1:
            raise DataError(f"{where}: count {word!r}: {count!r} is not a whole number of at least 1")
    if not isinstance(units, list) or not units or not all(_is_word(w) for w in units):
        raise DataError(f"{where}: 'units' must be a non-empty list of words, not {units!r}")
    if not isinstance(directions, dict) or not directions:
        raise DataError(f"{where}: 'directions' must map direction words to -1 or 1")
    for word, side in directions.items():
        if not _is_word(word) or side not in (-1, 1) or isinstance(side, bool):
            raise DataError(f"{where}: direction {word!r}: {side!r} must be -1 (before the lead's day) or 1")
    pattern = rf"\b(?P<count>{_any_of(counts)}|\d)\s+(?:{_any_of(units)})\s+(?P<dir>{_any_of(directions)})\b"
    return LeadShifts(
        counts=MappingProxyType({w.lower(): c for w, c in counts.items()}),
        directions=MappingProxyType({w.lower(): d for w, d in directions.items()}),
        pattern=re.compile(pattern, re.IGNORECASE),
    )


def _is_word(word: Any) -> bool:
    """A word of a data list: text with no space at either end (a digit is read as a number)."""
    return isinstance(word, str) and bool(word) and word == word.strip() and not word.isdigit()


def _any_of(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first so a longer word wins over its prefix."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _anchor_relation(unit: Token, anchors: EventAnchors) -> tuple[Token, int] | None:
    """The preposition after a measure word that sets it against an event ("days *before* the
    vote", "the eve *of* the election", "hours *ahead of* the summit") and its side."""
    doc = unit.doc
    following = doc[unit.i + 1] if unit.i + 1 < len(doc) else None
    if following is None:
        return None
    if following.lower_ in anchors.relations:
        return following, anchors.relations[following.lower_]
    pair = f"{following.lower_} {doc[unit.i + 2].lower_}" if unit.i + 2 < len(doc) else ""
    if pair in anchors.relations:
        return doc[unit.i + 2], anchors.relations[pair]
    return None


def _a_span_of(unit: Token, side: int, anchors: EventAnchors) -> bool:
    """ "after two days of clashes", "a week of talks": a measure "of" an event is how long it
    lasted, not a time on it; only "the day of", "the night of" and "within hours of" name
    the event's own day."""
    if side != 0 or not anchors.units[unit.lower_] or unit.lower_ in anchors.fixed:
        return False
    before = unit.doc[unit.i - 1] if unit.i > 0 else None
    return before is None or before.lower_ not in ("the", "that") or unit.tag_ != "NN"


def _anchor_count(unit: Token) -> int | None:
    """How many of the measure the expression names: "two days" 2, "the day" 1, "hours" (counted
    as 0 days anyway) 1; None for a vague count ("days before", "several weeks after")."""
    before = unit.doc[unit.i - 1] if unit.i > 0 else None
    word = before.lower_ if before is not None else ""
    if word in ("the", "that"):
        return 1
    if word.isdigit():
        return int(word)
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS[word]
    return 1 if unit.tag_ == "NN" else None


def _event_marks(doc: Doc, sentence: Span) -> list[tuple[DateMark, int, int]]:
    """ "Two days before the vote", "hours after the summit", "on the eve of the election": a
    time told against another event of the story is that event's day moved by the measure,
    when the article names the event's day elsewhere ("voted on Sunday", "Sunday's vote").
    Counting from the day last named instead would miss whenever the story has moved on to
    another day since. Each mark comes with the characters it covers."""
    anchors = load_event_anchors()
    found: list[tuple[DateMark, int, int]] = []
    for unit in sentence:
        if unit.lower_ not in anchors.units or unit.pos_ != "NOUN":
            continue
        relation = _anchor_relation(unit, anchors)
        if relation is None or relation[0].dep_ not in ("prep", "pcomp"):
            continue  # "a day after the talks ended": a clause, measured by clause_shift
        preposition, side = relation
        events = [c for c in preposition.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
        count = _anchor_count(unit)
        if not events or (count is None and anchors.units[unit.lower_]) or _a_span_of(unit, side, anchors):
            continue
        day = _day_of_event(doc, anchors.names_of(events[0].lemma_.lower()), unit.idx)
        if day is None:
            continue
        shift = anchors.fixed.get(unit.lower_, side * (count or 0) * anchors.units[unit.lower_])
        # The mark covers the event's noun phrase, so a day of its own ("after Sunday's vote")
        # is read through the event, not as a second mark.
        last = events[0].right_edge.idx + len(events[0].right_edge)
        span = doc.char_span(unit.idx, preposition.idx + len(preposition), alignment_mode="expand")
        root = span.root if span is not None and len(span) else unit
        found.append((DateMark(root, (day + dt.timedelta(days=shift)).isoformat()), unit.idx, last))
    return found


def _day_of_event(doc: Doc, names: frozenset[str], position: int) -> dt.date | None:
    """The day the article gives an event named by a noun ("the vote", ``names`` its other
    names): a news day on that noun ("Sunday's referendum", "the vote on Sunday") or on a verb
    that tells it ("voted on Sunday", "the quake struck on Saturday"); the mention nearest
    ``position`` when there are several."""
    article = doc._.article_date
    best: tuple[int, dt.date] | None = None
    for timex in doc._.timexes or ():
        if timex.type not in ("DATE", "TIME") or precision_of(timex.value) != "day":
            continue
        if _ANCHORED.fullmatch(timex.text.strip()) or _is_clock(timex, doc):
            continue
        day = dt.date.fromisoformat((timex.value or "")[:10])
        if article is not None and not (article - HISTORY <= day <= article):
            continue
        span = doc.char_span(timex.span[0], timex.span[1], alignment_mode="expand")
        if span is None or not len(span) or not _names_event(span.root, names):
            continue
        distance = abs(timex.span[0] - position)
        if best is None or distance < best[0]:
            best = (distance, day)
    return None if best is None else best[1]


def _names_event(timex_root: Token, names: frozenset[str]) -> bool:
    """Whether a day hangs on the event ``names`` stand for: on one of those nouns, or on the
    verb of its clause when the verb tells that event ("voted", "elected" for "the election")
    or has the noun for subject ("the quake struck"). Not for an object: "brushed off the vote
    on Monday" dates the brushing off."""
    current = timex_root
    for _ in range(_EVENT_HOPS):
        if current.head.i == current.i:
            return False
        current = current.head
        if current.lemma_.lower() in names:
            return True
        if current.pos_ in ("VERB", "AUX"):
            verb = current.lemma_.lower()
            return any(_same_act(verb, name) for name in names) or any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in names for c in current.children
            )
    return False


def _same_act(verb: str, noun: str) -> bool:
    """A noun made from the verb names its act ("elect" "election", "meet" "meeting", "sign"
    "signing"); a verb this short or shorter is too often the start of an unrelated word."""
    return len(verb) >= _SHORTEST_STEM and noun.startswith(verb)


_SHORTEST_STEM = 4
_EVENT_HOPS = 4


def sentence_marks(doc: Doc, sentence: Span, doc_text: str | None = None) -> list[DateMark]:
    """The dated expressions of a sentence: its calendar timexes, the times told against
    another event of the story, and the story-anchored ones.
    ``doc_text``: the Doc's text, when the caller has it (Span.text joins the sentence's tokens).
    Inside :func:`story_time` a sentence's marks are worked out once: the coder, the story's
    day chains and the lead's day all ask for the same sentences' marks."""
    record = doc.user_data.get(_STORY_TIME_KEY)
    if not isinstance(record, _StoryTime) or record.doc is not doc:
        return _sentence_marks(doc, sentence, doc_text)
    key = (sentence.start, sentence.end)
    if key not in record.marks:
        record.marks[key] = _sentence_marks(doc, sentence, doc_text if doc_text is not None else record._text)
    return list(record.marks[key])


def _sentence_marks(doc: Doc, sentence: Span, doc_text: str | None) -> list[DateMark]:
    """:func:`sentence_marks`, worked out."""
    marks: list[DateMark] = []
    taken: list[tuple[int, int]] = []
    start, end = sentence.start_char, sentence.end_char
    # The sentence's own text: Doc.text is rebuilt from every token on each access.
    text = sentence.text if doc_text is None else doc_text[start:end]
    for mark, first, last in _event_marks(doc, sentence):
        marks.append(mark)
        taken.append((first, last))
    matches = _ANCHORED.finditer(text) if _DAY_WORD.search(text) else ()
    # "Within hours, the council dissolved parliament": the day last told, like "the same day".
    shifted = [(m, _anchored_shift(m.group(0)), bool(m["same"])) for m in matches]
    shifted += [(m, 0, False) for m in load_event_anchors().within.finditer(text)]
    for match, shift, pointer in shifted:
        first, last = start + match.start(), start + match.end()
        if any(a < last and first < b for a, b in taken):
            continue
        span = doc.char_span(first, last, alignment_mode="expand")
        if span is not None and len(span):
            marks.append(DateMark(span.root, None, shift, pointer=pointer))
            taken.append((first, last))
    for timex in doc._.timexes or []:
        if not (start <= timex.span[0] < end) or timex.type not in ("DATE", "TIME"):
            continue
        if any(a < timex.span[1] and timex.span[0] < b for a, b in taken):
            continue
        dated = timex.value == "PRESENT_REF" or precision_of(timex.value) is not None
        if not dated and not _past_decade(timex, doc):
            continue
        span = doc.char_span(timex.span[0], timex.span[1], alignment_mode="expand")
        if span is not None and len(span):
            clock = _is_clock(timex, doc)
            marks.append(
                DateMark(span.root, None if clock else timex.value, 0 if clock else None, _bound_of(span))
            )
    return marks


def _past_decade(timex: Timex, doc: Doc) -> bool:
    """ "recognised Taiwan in the 1990s": a decade that ended over :data:`HISTORY` before the
    article gives no date, but it does say the clause is history, so it stays a mark (one
    still running, "in the 2020s", says nothing)."""
    end = _decade_end(timex.value)
    article = doc._.article_date
    return end is not None and article is not None and end < article - HISTORY


def _decade_end(value: str | None) -> dt.date | None:
    """The last day of a decade value ("199" -> 1999-12-31); None for anything else."""
    if value is None or not _DECADE.match(value):
        return None
    return dt.date(int(value) * 10 + 9, 12, 31)


def _is_clock(timex: Timex, doc: Doc) -> bool:
    """A time of day with no day of its own ("6 p.m."): the resolver gave it the article's day,
    but it is told on the story's. In a story without paragraphs a morning hour is too ("police
    answered a complaint Sunday morning ... Shortly after 7 a.m., police received a call"): such
    a story has no dateline's day for it to be the small hours of."""
    if timex.type != "TIME":
        return False
    clock = _CLOCK if _has_paragraphs(doc) else _ANY_CLOCK_TIME
    return clock.fullmatch(timex.text.strip()) is not None


def _verb_index(token: Token) -> int | None:
    verb = clause_verb(token)
    return None if verb is None else verb.i


def _in_subtree(token: Token, index: int) -> bool:
    return token.left_edge.i <= index <= token.right_edge.i


def _governs(token: Token, timex_root: Token) -> bool:
    """The timex modifies the predicate itself, not a clause below it, nor, for a verb, one of
    its noun phrases ("blames the groups for a Nov. 13 bombing" dates the bombing)."""
    verb = _verb_index(timex_root)
    if verb == token.i:
        return not _through_a_noun(timex_root, token)
    nested = verb is not None and _in_subtree(token, verb)
    return _in_subtree(token, timex_root.i) and not nested and not _through_a_noun(timex_root, token)


def _through_a_noun(timex_root: Token, predicate: Token) -> bool:
    """Whether the way up from a timex to a verb predicate passes through a noun. A count of
    days or hours "later" or "earlier" never says when a thing is: the parser may hang it on
    the object ("lodged a protest with the ambassador a day later"), but it dates the verb."""
    if predicate.pos_ not in ("VERB", "AUX") or timex_root.lower_ in _RELATIVE_ADVERBS:
        return False
    current = timex_root.head
    if _object_end_day(timex_root, predicate) or _period_of_the_act(timex_root, predicate):
        return False
    for _ in range(_MAX_HOPS):
        if current.i == predicate.i or current.head.i == current.i:
            return False
        # An adverbial clause tagged as a noun is a gerund ("Meeting in Abuja on July 30, ...").
        # A noun heading a clause is what the clause says of its subject ("declared the envoy
        # persona non grata on Saturday"), not a thing with a time of its own.
        if (
            current.pos_ in ("NOUN", "PROPN")
            and current.dep_ not in ("advcl", "ccomp", "xcomp", "oprd")
            and not _occasion(current)
            and not _names_an_actor(current)
        ):
            return True
        current = current.head
    return False


_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# Heads of story-anchored counts ("a day later", "hours earlier"): adverbs of the verb's time.
_RELATIVE_ADVERBS = frozenset({"later", "earlier"})


def _object_end_day(timex_root: Token, predicate: Token) -> bool:
    """ "dismissed the fraud claims on Monday", "recalled its ambassador for consultations on
    July 18": a day in an "on" phrase closing the verb's object or the object of one of its
    prepositions is the verb's (the parser hangs it on the noun); a date inside the phrase
    ("blames them for a Nov. 13 bombing") stays the noun's."""
    prep = timex_root.head
    if timex_root.dep_ != "pobj" or prep.lower_ != "on" or prep.dep_ != "prep":
        return False
    obj = prep.head
    while obj.ent_type_ in _PLACE_ENTITIES and obj.dep_ == "pobj" and obj.head.dep_ == "prep":
        obj = obj.head.head  # "to Chinese diplomats in Tokyo on Wednesday": a place has no day
    if obj.dep_ == "pobj" and obj.head.dep_ == "prep":
        return obj.head.head.i == predicate.i and obj.i < prep.i
    return obj.dep_ == "dobj" and obj.head.i == predicate.i and obj.i < prep.i


def _period_of_the_act(timex_root: Token, predicate: Token) -> bool:
    """ "fought a series of clashes between 2008 and 2011", "launched raids from 2015 to 2017":
    when a verb's object names the act itself, a period of years set on that object is the
    verb's time (so an act long past reads as history, not news)."""
    if predicate.lemma_.lower() not in load_lexicon().support_verbs:
        return False
    first = timex_root.head if timex_root.dep_ == "conj" else timex_root
    prep = first.head
    if first.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _PERIOD_PREPS:
        return False
    noun = prep.head
    # "a series of clashes", "clashes near the temple": the parser may hang the period on the
    # act's measure or on its place, which have no time of their own.
    while noun.dep_ == "pobj" and noun.head.lower_ in _PART_AND_PLACE_PREPS:
        if noun.head.head.i == predicate.i:
            return True  # the place of the act itself ("fought battles near the fort")
        noun = noun.head.head
    return noun.dep_ == "dobj" and noun.head.i == predicate.i


# Prepositions that open a period of years ("between 2008 and 2011", "from 2015 to 2017").
_PERIOD_PREPS = frozenset({"between", "from", "in", "during"})
_PART_AND_PLACE_PREPS = frozenset({"of", "near", "along", "at", "in", "on", "around", "across", "outside"})


# Prepositions of an occasion whose time is the predicate's too ("during a visit on Thursday").
_OCCASION_PREPS = frozenset({"during", "at", "on", "in", "amid", "after", "before", "following"})


def _set_by_participle(token: Token, timex_root: Token) -> bool:
    """A participial adjunct without a subject of its own happens with its clause, so its time
    is the clause's: "Meeting in Abuja on July 30, ECOWAS leaders gave ...", "flew on to Hanoi,
    arriving early on Thursday". A perfect one ("having met on Friday") is set before it."""
    verb = clause_verb(timex_root)
    # "In an address streamed on Monday night, the president said ...": a fronted participle
    # with no subject the tagger reads as a simple past is a participle all the same.
    fronted = verb is not None and verb.tag_ == "VBD" and verb.i < token.i
    return (
        verb is not None
        and verb.dep_ == "advcl"
        and verb.head.i == token.i
        and (verb.tag_ in ("VBG", "VBN") or fronted)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") or c.lower_ == "having" for c in verb.children)
        and _governs(verb, timex_root)
    )


# What a statement is made in: its publication is when it was said.
_MEDIA = frozenset(
    {
        "statement",
        "message",
        "video",
        "letter",
        "interview",
        "post",
        "communique",
        "speech",
        "address",
        "note",
    }
)


# Prepositions of the occasion an act happens at ("at a conference held on Sunday").
_OCCASION_PARTICIPLE_PREPS = frozenset({"at", "during"})


def _set_on_a_describing_participle(token: Token, timex_root: Token) -> bool:
    """ "fired missiles at two bases hosting U.S. troops early on Wednesday": the parser hangs
    the day on a participle that only describes the verb's object; a state has no day, so it
    is the verb's. So is a past participle on the occasion the act happens at ("at a video
    conference hosted by France on Sunday", "during talks held in Geneva on Monday")."""
    verb = clause_verb(timex_root)
    if (
        verb is None
        or verb.dep_ != "acl"
        or verb.tag_ not in ("VBG", "VBN")
        or not _governs(verb, timex_root)
    ):
        return False
    noun = verb.head
    # "warned in a video message released on Monday": the message's release is the warning;
    # another past participle describes a state ("troops deployed in March").
    medium = noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.lemma_.lower() in _MEDIA
    # "pledged aid at a video conference hosted by France on Sunday": the occasion's day.
    occasion = noun.dep_ == "pobj" and noun.head.lower_ in _OCCASION_PARTICIPLE_PREPS
    if verb.tag_ == "VBN" and not (medium or occasion):
        return False
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head
    return noun.dep_ in ("dobj", "prep") and noun.head.i == token.i


def _set_by_complement(token: Token, timex_root: Token) -> bool:
    """An infinitive complement is its verb's act ("failed to overthrow Castro in 1961", "tried
    to reach the town on Monday"), and so is a gerund one ("stopped issuing visas on Monday"):
    its time is the verb's when the verb has none of its own. Not so for a verb that asks for
    or plans an act still to come ("urged them to gather on Monday"): the time is that act's."""
    verb = clause_verb(timex_root)
    if verb is None or verb.dep_ != "xcomp" or verb.head.i != token.i:
        return False
    gerund = verb.tag_ == "VBG" and not any(c.dep_ == "aux" for c in verb.children)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if infinitive and token.lemma_.lower() in load_lexicon().directive_verbs:
        return False
    return (gerund or infinitive or _result_of_the_object(token, verb)) and _governs(verb, timex_root)


def _result_of_the_object(token: Token, verb: Token) -> bool:
    """ "ordered the frontier closed on Thursday", "declared the border shut on Monday": a bare
    participle after the verb's object tells the state the act puts it in, not an act of its
    own, so a time the parser hangs on it is the act's."""
    return (
        verb.tag_ in ("VBN", "VBD")
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in verb.children)
        and any(c.dep_ == "dobj" and c.i < verb.i for c in token.children)
    )


def _planned_ahead(token: Token, mark: DateMark) -> bool:
    """ "The two sides agreed to meet again next Saturday", "pledged in May to hold elections in
    2027": a time still to come when a verb told in the past has already happened belongs to
    the act its complement plans, not to the verb; the agreement was made on the story's day."""
    if token.tag_ not in ("VBD", "VBN") or mark.shift is not None:
        return False
    first = _first_day(mark.value)
    article = token.doc._.article_date
    return first is not None and article is not None and first > article


def _first_day(value: str | None) -> dt.date | None:
    """The first day a day, month or year value can mean ("2027" -> 2027-01-01); None for
    other values (weeks, seasons, references)."""
    try:
        if value is None:
            return None
        if _DAY.match(value):
            return dt.date.fromisoformat(value[:10])
        if _MONTH.match(value):
            return dt.date(int(value[:4]), int(value[5:7]), 1)
        if re.fullmatch(r"\d{4}", value):
            return dt.date(int(value), 1, 1)
    except ValueError:
        return None
    return None


def _commanded_on_a_past_day(token: Token, mark: DateMark) -> bool:
    """ "Iraq ordered the ambassador to leave the country on Thursday", "was ordered to pay
    restitution on Wednesday": a command told in the past with a day already gone at the end
    of its complement is given on that day; the ordered act lies ahead of the order, so a
    past day cannot be its own. Appeals ("urged them to rally on Saturday") keep the day on
    the act they call for, which may be one that has happened since."""
    if token.lemma_.lower() not in load_lexicon().command_verbs or token.tag_ not in ("VBD", "VBN"):
        return False
    verb = clause_verb(mark.root)
    if verb is None or verb.dep_ != "xcomp" or verb.head.i != token.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if mark.bound is not None or _after_a_comparative_limit(mark.root):
        return False  # "ordered parliament to meet no later than Monday": a deadline
    article = token.doc._.article_date
    day = mark.value if mark.shift is None and mark.value is not None and _DAY.match(mark.value) else None
    if day is None or article is None or dt.date.fromisoformat(day[:10]) > article:
        return False
    return _governs(verb, mark.root)


def _after_a_comparative_limit(timex_root: Token) -> bool:
    """ "no later than Monday", "not before Friday": a limit, not the day of an act."""
    left = timex_root.left_edge
    before = timex_root.doc[left.i - 1] if left.i > 0 else None
    return before is not None and before.lower_ == "than"


def _set_by_subject_relative(token: Token, timex_root: Token) -> bool:
    """ "The National Security Council, which met in an emergency session on Tuesday evening,
    warned ...": a verb with no time of its own takes that of a simple-past relative clause on
    its subject, which tells the occasion; so does a present participle ("AU leaders, meeting
    in Addis Ababa on Thursday, called ..."). A pluperfect one ("which Seoul had made on
    Monday") is set before, and a past participle ("the curfew imposed on Tuesday") tells a
    state."""
    verb = clause_verb(timex_root)
    if verb is None or not _governs(verb, timex_root):
        return False
    relative = verb.dep_ == "relcl" and verb.tag_ == "VBD"
    participle = verb.dep_ == "acl" and verb.tag_ == "VBG"
    if not (relative or participle):
        return False
    subject = verb.head
    if subject.dep_ in ("nsubj", "nsubjpass") and subject.head.i == token.i:
        return True
    return _predicate_hung_on_its_subject(token, subject)


def _predicate_hung_on_its_subject(token: Token, subject: Token) -> bool:
    """ "Darmanin, who announced both measures on Thursday, called Italy's conduct unacceptable
    and urged ...": with a relative clause between them the parser may lose the main verb and
    make the subject the sentence's root, hanging the verbs on it as a describing clause or a
    conjunct. A past verb there with a direct object of its own is no passive participle but
    the subject's predicate."""
    return (
        subject.dep_ == "ROOT"
        and token.head.i == subject.i
        and token.dep_ in ("acl", "conj")
        and token.tag_ in ("VBD", "VBN")
        and any(c.dep_ == "dobj" for c in token.children)
    )


def _on_the_subject(token: Token, timex_root: Token) -> bool:
    """ "Wednesday's clashes were the worst in decades", "The signing in Cartagena on Monday
    brought together ...": a day on the subject of a clause, with no clause of its own between
    them, names the occasion the clause tells of. Not on an actor ("police on Monday"), which
    :func:`_governs` already reads as the verb's."""
    if _verb_index(timex_root) != token.i:
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and _in_subtree(c, timex_root.i) and not _names_an_actor(c)
        for c in token.children
    )


def _set_by_its_report(root: Token, timex_root: Token) -> bool:
    """ "Rubio told Mulino at a meeting on Sunday that ..., the State Department said",
    "Police said the men were arrested on Thursday": when a sentence's main verb is only the
    attribution of a report and names no day of its own, the reported clause's own day is the
    day the sentence tells, and so the story's for the sentences after it."""
    if root.lemma_.lower() not in ATTRIBUTION_VERBS:
        return False
    verb = clause_verb(timex_root)
    return verb is not None and verb.dep_ == "ccomp" and verb.head.i == root.i and _governs(verb, timex_root)


def _is_a_day(mark: DateMark) -> bool:
    """A mark naming a day: an occasion, where a month or a year ("who lost last year") is
    background."""
    return mark.shift is not None or precision_of(mark.value or "") == "day"


def _names_an_actor(noun: Token) -> bool:
    """An actor has no time of its own: "summoned the ambassador on Sunday", parsed with the
    time on the ambassador, dates the summons."""
    start = noun.idx
    return any(a.span[0] <= start < a.span[1] for a in noun.doc._.actors or ())


def _occasion(noun: Token) -> bool:
    return noun.dep_ == "pobj" and noun.head.lower_ in _OCCASION_PREPS


def _dates_from_above(token: Token, timex_root: Token) -> bool:
    """The timex belongs to a clause above the predicate, reached without leaving a clause that
    is set at another time (see _OTHER_TIME); a timex outside any clause counts too."""
    verb = _verb_index(timex_root)
    if verb is None:
        return True
    if _in_subtree(token, verb):
        return False  # the predicate's own subordinate clause
    current = token
    for _ in range(_MAX_HOPS):
        if current.i == verb:
            return True
        if current.dep_ == "advcl" and any(
            child.dep_ == "mark" and child.lower_ in _OTHER_TIME for child in current.children
        ):
            return False
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _measure_days(noun: Token) -> int | None:
    """Days in a measure noun ("two days" 2, "a week" 7, "hours" 0); None when vague ("days")."""
    unit = _UNIT_DAYS.get(noun.lemma_.lower())
    if unit is None:
        return None  # months, years
    counts = [c for c in noun.children if c.dep_ in ("nummod", "det")]
    if not counts:
        return 0 if unit == 0 else None  # "hours before": the same day; "days after": vague
    word = counts[0].lower_
    number = _NUMBER_WORDS.get(word)
    if number is None and word.isdigit():
        number = int(word)
    return None if number is None else number * unit


def _clause_of(token: Token) -> Token:
    """The predicate that holds a token's place in time: itself when it has a subordinator of
    its own, else the first of the predicates it is coordinated with."""
    clause = token
    while (
        clause.dep_ == "conj"
        and clause.head.i != clause.i
        and not any(c.dep_ == "mark" for c in clause.children)
    ):
        clause = clause.head
    return clause


def _subordinator(clause: Token) -> Token | None:
    """The word that sets ``clause`` at another time than the clause it hangs on ("after",
    "if"), when it has one."""
    marks = [c for c in clause.children if c.dep_ in ("mark", "advmod") and c.lower_ in _OTHER_TIME]
    marks = marks or _measure_subordinator(clause)
    if marks and clause.dep_ in ("advcl", "conj"):
        return marks[0]
    # "calling it the latest provocation, a day after Tallinn summoned ...": no complement
    # starts with "after" or "before", so such a clause parsed as one is still set in time.
    shifting = [m for m in marks if m.lower_ in _SHIFTING_MARKS]
    return shifting[0] if shifting and clause.dep_ == "ccomp" else None


def _measure_subordinator(clause: Token) -> list[Token]:
    """ "a day after the bloc agreed to send troops": the parser may hang the subordinator on
    the measure before it, as a preposition with no object of its own ("day" -prep-> "after"),
    and the measure on the clause. It still sets the whole clause before or after its head."""
    return [
        prep
        for measure in clause.children
        if measure.dep_ == "npadvmod" and measure.i < clause.i and measure.lemma_.lower() in _UNIT_DAYS
        for prep in measure.children
        if prep.dep_ == "prep"
        and prep.lower_ in _SHIFTING_MARKS
        and prep.i > measure.i
        and not any(c.dep_ in ("pobj", "pcomp") for c in prep.children)
    ]


def clause_shift(token: Token) -> tuple[Token, int | None] | None:
    """For a clause set a measured time before or after the clause it hangs on ("two days after
    local commanders met"), that clause's predicate and the shift in days from it (None when
    the measure is vague); None for any other clause."""
    clause = _clause_of(token)
    mark = _subordinator(clause)
    return None if mark is None else _measured_shift(clause, mark)


def _measured_shift(clause: Token, mark: Token) -> tuple[Token, int | None] | None:
    if mark.lower_ not in _SHIFTING_MARKS:
        return None
    # "came a day after Kenyatta received ...": the parser may hang the measure standing just
    # before the subordinator on the head clause; it still measures the subordinate one.
    before = [c for c in clause.head.children if c.right_edge.i == mark.i - 1]
    measures = [
        c
        for c in (*clause.children, *mark.children, *before)
        if c.dep_ == "npadvmod" and c.lemma_.lower() in _UNIT_DAYS
    ]
    if not measures:
        return None
    days = _measure_days(measures[0])
    return clause.head, None if days is None else _SHIFTING_MARKS[mark.lower_] * days


def _shifted(dated: Dated, days: int) -> Dated:
    value, precision = dated
    if value is None or not _DAY.match(value):
        return None, "unknown"
    day = dt.date.fromisoformat(value[:10]) + dt.timedelta(days=days)
    return day.isoformat(), "day" if precision in ("day", "context") else precision


def _last_day_before(doc: Doc, position: int) -> dt.date | None:
    """The day last named before ``position`` ("Kabore vowed on Sunday ..., and gunships struck
    the same day"): what a story-anchored expression counts from. A day named by an anchored
    expression counts too ("A day later, forces shot down a helicopter. Baku apologised the same
    evening": the evening of the day after), counted in turn from the day named before it."""
    return _story_time_of(doc).last_day_before(position)


def _named_days(doc: Doc) -> tuple[tuple[int, int, dt.date | None], ...]:
    """Each timex of ``doc`` in order, as (start, end, day): the news day it names, or None when
    it names none a story-anchored expression could count from (not a day, itself anchored, a
    bare clock time, a bound, history or after the article). It depends on the Doc alone."""
    article = doc._.article_date
    found: list[tuple[int, int, dt.date | None]] = []
    for timex in doc._.timexes or []:
        day: dt.date | None = None
        if (
            timex.type in ("DATE", "TIME")
            and precision_of(timex.value) == "day"
            and not (
                _ANCHORED.fullmatch(timex.text.strip())
                or _is_clock(timex, doc)
                or _is_a_limit(doc, timex)
                or _in_a_relative_clause(doc, timex)
            )
        ):
            named = dt.date.fromisoformat((timex.value or "")[:10])
            day = named if article is None or article - HISTORY <= named <= article else None
        found.append((timex.span[0], timex.span[1], day))
    return tuple(found)


def _last_named_day(
    named: tuple[tuple[int, int, dt.date | None], ...], text: str, position: int
) -> dt.date | None:
    """See :func:`_last_day_before`; ``named``: the Doc's :func:`_named_days`, ``text`` its text.
    The search stops at ``position`` as if the text ended there."""
    points: list[tuple[int, dt.date | None, int]] = []
    for start, end, day in named:
        if end > position:
            break
        if day is not None:
            points.append((start, day, 0))
    if _DAY_WORD.search(text, 0, position):
        for match in _ANCHORED.finditer(text, 0, position):
            points.append((match.start(), None, _anchored_shift(match.group(0)) or 0))
    last: dt.date | None = None
    for _, day, shift in sorted(points, key=lambda p: p[0]):
        if day is not None:
            last = day
        elif last is not None:
            last = last + dt.timedelta(days=shift)
    return last


def _in_a_relative_clause(doc: Doc, timex: Timex) -> bool:
    """ "a truce that began on Feb. 22": a day told in a restrictive relative clause only says
    which thing the noun is, not a day the story has moved on to, so "the same day" after it
    does not count from it. A clause set off by a comma ("the alliance, which announced late
    on Sunday that ...") often tells a deed of the story and still counts."""
    span = doc.char_span(timex.span[0], timex.span[1], alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    current = span.root
    for _ in range(_MAX_HOPS):
        if current.dep_ == "relcl":
            start = current.left_edge.i
            return start == 0 or doc[start - 1].text != ","
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _is_a_limit(doc: Doc, timex: Timex) -> bool:
    """ "sheltered there since Sunday", "held until Monday": a bound of a span, not a day the
    story tells of, so "hours later" and "the same day" do not count from it."""
    span = doc.char_span(timex.span[0], timex.span[1], alignment_mode="expand")
    return span is not None and len(span) > 0 and _bound_of(span) is not None


def _bound_of(span: Span) -> str | None:
    """The preposition that makes a time expression a bound ("until Monday", "since Sunday"),
    else None. The parser may hang a longer expression on a word inside it ("by midnight on
    Saturday" with "on Saturday" on the verb), so the word just before it counts too."""
    if span.root.head.lower_ in _LIMIT_PREPS:
        return span.root.head.lower_
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in _LIMIT_PREPS and before.pos_ in ("ADP", "SCONJ"):
        return before.lower_
    return None


def _anchor_day(doc: Doc, timex_root: Token) -> dt.date | None:
    """The day a pointer back to the story ("the same day", "that night") counts from, when it
    is not simply the day last named before it. A day named reaches to the
    end of its paragraph and into the first sentence of the next ("..., which announced late on
    Sunday ... / Mali went further the same evening"). Past that, the story is back on its own
    day (see :func:`paragraph_reference`): "said on Tuesday night ... / 'We condemn these
    attacks,' a spokesman told a briefing. / The ambassador met the minister the same day" is
    the briefing's day, the story's, not Tuesday. None when the day last named still reaches
    the expression, and in the lead paragraph or a story whose lead names no day, where the
    day last named is all there is."""
    story = doc.user_data.get(_STORY_TIME_KEY)
    # Outside a story_time block each call would read the paragraphs afresh, and reading the
    # lead's days dates its anchored expressions in turn: the day last named must do there.
    if not isinstance(story, _StoryTime) or story.doc is not doc or story.building:
        return None  # while the lead's own days are read there is nothing to count from yet
    layout = story.layout
    if layout.first is None or layout.lead is None:
        return None
    sentence = timex_root.sent
    here = layout.paragraph_start(sentence.start)
    if here <= layout.first:
        return None
    reach = here if sentence.start > here else layout.paragraph_start(here - 1)
    told = story.last_told_at(timex_root.idx)
    if told is not None and told >= doc[reach].idx:
        return None
    first = layout.sentences_from(here)
    return story.day_before(first, layout.sentences_from(sentence.start), layout.lead)


def _mark_date(doc: Doc, mark: DateMark, reference: dt.date | None) -> Dated:
    if mark.shift is not None:
        base = (
            (_anchor_day(doc, mark.root) if mark.pointer else None)
            or _last_day_before(doc, mark.root.idx)
            or reference
            or doc._.article_date
        )
        if base is None:
            return None, "unknown"
        return (base + dt.timedelta(days=mark.shift)).isoformat(), "day"
    if mark.value == "PRESENT_REF":
        date = doc._.article_date
        return (date.isoformat(), "article") if date else (None, "unknown")
    value = mark.value or ""
    weekend_day = _weekend_day(value, doc._.article_date)
    if weekend_day is not None:
        return weekend_day.isoformat(), "day"
    return _event_value(value), precision_of(value) or "unknown"


def _weekend_day(value: str, article: dt.date | None) -> dt.date | None:
    """ "over the weekend", "last weekend": a deed told of a weekend falls on one of its two
    days, and a week value can never be matched to a day. Its Sunday, the later day and the
    one a Monday story's "over the weekend" mostly tells of; its Saturday when the Sunday is
    still to come at the article's date. None for anything but a weekend value."""
    match = _WEEKEND.match(value)
    if match is None:
        return None
    saturday = dt.date.fromisocalendar(int(match["year"]), int(match["week"]), 6)
    sunday = saturday + dt.timedelta(days=1)
    if article is None or sunday <= article:
        return sunday
    return saturday if saturday <= article else None


def _shared_subject_conjuncts(verb: Token) -> list[Token]:
    """The verbs coordinated after ``verb`` that have no subject of their own."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ == "VERB"
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
    ]


def _own_marks(token: Token, marks: list[DateMark]) -> list[DateMark]:
    """The marks that set ``token``'s clause on its own time: its own, else those of a clause
    that tells the same occasion (a participle, a complement, a relative clause on its
    subject), in that order of trust."""
    return (
        [m for m in marks if _governs(token, m.root)]
        or [m for m in marks if _set_on_a_describing_participle(token, m.root)]
        or [m for m in marks if _set_by_participle(token, m.root)]
        or [m for m in marks if _set_by_complement(token, m.root) and not _planned_ahead(token, m)]
        or [m for m in marks if _commanded_on_a_past_day(token, m)]
        or [m for m in marks if _set_by_subject_relative(token, m.root) and _is_a_day(m)]
        or [m for m in marks if _set_in_its_setting(token, m.root) and _is_a_day(m)]
        or [m for m in marks if _set_by_its_making(token, m.root) and _is_a_day(m)]
        or [
            m
            for m in marks
            if _set_by_same_moment_clause(token, m.root) and _is_a_day(m) and clause_shift(token) is None
        ]
    )


def _set_by_its_making(token: Token, timex_root: Token) -> bool:
    """ "A night curfew imposed by the High Commission on Tuesday remained in force": an event
    noun's past participle that tells how it was made ("imposed", "announced", "declared") gives
    the noun the day it was made."""
    verb = clause_verb(timex_root)
    return (
        token.pos_ == "NOUN"
        and verb is not None
        and verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.i == token.i
        and _governs(verb, timex_root)
    )


# Prepositions a relative clause is set in an occasion with ("in which", "at which").
_SETTING_PREPS = frozenset({"in", "at", "during"})


def _set_in_its_setting(token: Token, timex_root: Token) -> bool:
    """ "an interview published on Tuesday, in which he also accused Berlin ...", "a summit on
    Friday at which the leaders agreed ...": a relative clause set in an occasion happens on
    the day the occasion is given, on the noun itself or on a participle describing it."""
    if token.dep_ != "relcl" or _in_subtree(token, timex_root.i):
        return False
    if not any(
        c.dep_ == "prep" and c.lower_ in _SETTING_PREPS and any(w.lower_ == "which" for w in c.children)
        for c in token.children
    ):
        return False
    noun = token.head
    verb = clause_verb(timex_root)
    if verb is not None and verb.dep_ == "acl" and verb.head.i == noun.i:
        return _governs(verb, timex_root)
    prep = timex_root.head
    return timex_root.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i == noun.i


def _same_moment_marks() -> frozenset[str]:
    return load_lexicon().same_moment_marks


def _set_by_same_moment_clause(token: Token, timex_root: Token) -> bool:
    """ "Bongo's government had cut internet access as polls closed on Saturday", "arrested a
    girl while conducting bar checks over the weekend": a clause told as happening at the same
    moment ("when", "as", "while") gives its day to the clause it hangs on, which has none. A
    measured "after" or "before" on that clause ("three days after the council condemned the
    launch as Pyongyang fired missiles on Monday") sets it apart, and that wins."""
    verb = clause_verb(timex_root)
    return (
        verb is not None
        and verb.dep_ == "advcl"
        and verb.head.i == token.i
        and any(c.dep_ in ("mark", "advmod") and c.lower_ in _same_moment_marks() for c in verb.children)
        and _governs(verb, timex_root)
    )


def _date(doc: Doc, token: Token, marks: list[DateMark], reference: dt.date | None, depth: int) -> Dated:
    """The date of ``token``'s clause: its own time expression, else the clause it hangs on
    (moved by a measure, "two days after"), else the fallback; a clause set at another time
    ("after", "if", "until" without a measure) does not inherit."""
    current = token
    mark: Token | None = None
    for hop in range(_MAX_HOPS * 2):
        governed = _own_marks(current, marks)
        if not governed and hop == 0:
            # "had shut the crossing and stopped issuing visas on Monday": one subject's
            # coordinated acts told with one time, written after the last of them; so is
            # "called the moves a threat and put the army on alert the same evening". A shift
            # to another day ("the following day") sets the later act apart.
            conjuncts = _shared_subject_conjuncts(current)
            governed = [
                m
                for c in conjuncts
                for m in marks
                if not m.shift
                and (_governs(c, m.root) or (_set_by_complement(c, m.root) and not _planned_ahead(c, m)))
            ]
        if not governed and hop == 0:
            # "Rwanda has repeatedly denied any link, and its spokeswoman did so again on
            # Friday": an act told with no time of its own is last done on the day its repetition is.
            governed = [m for c in _repetitions(current) for m in _own_marks(c, marks) if _is_a_day(m)]
        if governed:
            return _verb_mark_date(doc, current, _nearest(governed, current), marks, reference)
        clause = _clause_of(current)
        if clause.i != current.i:
            # "after his men seized power on July 26 and detained Bazoum": a conjunct with no
            # time of its own shares the first one's, also one the first takes from a clause
            # telling the same occasion ("In an address streamed on Monday night, he said ...
            # and urged citizens to ...").
            governed = _own_marks(clause, marks)
            if governed:
                return _verb_mark_date(doc, clause, _nearest(governed, clause), marks, reference)
        mark = _subordinator(clause)
        if mark is not None:
            shift = _measured_shift(clause, mark) if depth < _MAX_SHIFTS else None
            if shift is not None:
                head, days = shift
                if days is None:
                    return None, "unknown"
                return _shifted(_date(doc, head, marks, reference, depth + hop + 1), days)
            if mark.lower_ in _RECALLED_EPISODE_MARKS and depth < _MAX_SHIFTS:
                # "broke off relations in January 2016 after protesters stormed its embassy",
                # "got his hand slapped in 2005 when the attorney ordered him to pay": what came
                # before, with or just after a recalled event is history too.
                before = _date(doc, clause.head, marks, reference, depth + hop + 1)
                if is_history(before[0], doc._.article_date):
                    return before
                if (
                    mark.lower_ == "after"
                    and before[1] == "day"
                    and clause.tag_ == "VBD"
                    and _governing_day(clause.head, marks)
                ):
                    # "Ten Americans landed in Texas late on Wednesday after Maduro's government
                    # freed them": a deed told in the simple past just before one with a day
                    # of its own is told on that day, not on the story's.
                    return before
            break  # a clause set at another time ("after", "if") does not inherit
        if current.head.i == current.i:
            break
        current = current.head
    loose = [m for m in marks if _verb_index(m.root) is None]
    if loose and mark is None:
        return _mark_date(doc, min(loose, key=lambda m: abs(m.root.i - token.i)), reference)
    if governing_tense(token) not in ("past", "present", ""):
        return None, "unknown"
    if reference is not None:
        return reference.isoformat(), "context"
    date = doc._.article_date
    return (date.isoformat(), "article") if date is not None else (None, "unknown")


# Words a conjunct "do" takes to stand for the act before it ("did so", "did the same").
_PRO_ACT_WORDS = frozenset({"so", "same"})


def _repetitions(verb: Token) -> list[Token]:
    """The conjuncts of ``verb`` that repeat its act with a pro-form ("and X did so again",
    "and Y did the same")."""
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.lemma_.lower() == "do"
        and any(w.lower_ in _PRO_ACT_WORDS for w in c.subtree if w.i < c.i + 4)
    ]


def _governing_day(verb: Token, marks: list[DateMark]) -> bool:
    """Whether ``verb`` names a calendar day of its own (not one counted from the story's)."""
    return any(m.shift is None and precision_of(m.value) == "day" for m in _own_marks(verb, marks))


def _nearest(marks: list[DateMark], token: Token) -> DateMark:
    """The mark nearest ``token`` among those that date its clause, a day before a coarser one:
    "On Monday, about three months later, a grand jury indicted him" is told on the Monday."""
    return min(marks, key=lambda m: (not _is_a_day(m), abs(m.root.i - token.i)))


def _verb_mark_date(
    doc: Doc, verb: Token, mark: DateMark, marks: list[DateMark], reference: dt.date | None
) -> Dated:
    """The date ``mark`` gives ``verb``'s clause. "Within hours, the premier declared an
    emergency, after crowds stormed his office on Wednesday": a same-day expression ("within
    hours", "the same day") counts from the deed an "after" clause of the verb names with a day
    of its own, not from the day last named before it."""
    if mark.shift == 0:
        after = _after_clause_day(doc, verb, marks)
        if after is not None:
            return after.isoformat(), "day"
    return _mark_date(doc, mark, reference)


def _after_clause_day(doc: Doc, verb: Token, marks: list[DateMark]) -> dt.date | None:
    """The day named in an "after" clause of ``verb`` ("after crowds stormed his office on
    Wednesday") or of a verb coordinated with it (the parser hangs a closing clause on the last
    of them), when it names one of its own; else None."""
    verbs = [
        verb,
        *(c for c in verb.children if c.dep_ == "conj"),
        *([verb.head] if verb.dep_ == "conj" else []),
    ]
    for clause in (c for v in verbs for c in v.children):
        if clause.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ == "after" for c in clause.children
        ):
            continue
        days = [m for m in marks if m.shift is None and _governs(clause, m.root) and _is_a_day(m)]
        if days:
            value = _mark_date(doc, days[0], None)[0]
            return dt.date.fromisoformat(value[:10]) if value is not None and _DAY.match(value) else None
    return None


def is_history(value: str | None, article_date: dt.date | None) -> bool:
    """An event dated over :data:`HISTORY` before its article ("In 1982, Argentina invaded the
    Falklands") is background the report recalls, not news: coding it would put a stale event
    into every article that mentions it."""
    latest = latest_day(value) or _decade_end(value)
    return latest is not None and article_date is not None and latest < article_date - HISTORY


def event_date(
    doc: Doc, token: Token, *, reference: dt.date | None = None, marks: list[DateMark] | None = None
) -> Dated:
    """(value, precision) for the event whose predicate is ``token``; see the module docstring.
    ``marks``: the sentence's :func:`sentence_marks`, when the caller dates several predicates
    of one sentence (finding a token's sentence costs a walk over the Doc)."""
    if marks is None:
        marks = sentence_marks(doc, token.sent)
    # "ordered them out by midnight on Saturday", "gave Moscow until noon on Tuesday": a deadline
    # is the time something is to be done by, never the time of the act that sets it.
    marks = [m for m in marks if m.bound not in _DEADLINE_PREPS]
    # Before any sentence is dated, an undated lead's story is on the day it opens on.
    story = _story_time_of(doc)
    told = paragraph_reference(doc, token.sent, reference) or story.layout.opening
    if told is None and _news_present(token):
        # "A convicted killer has asked the court to delay his execution. ... a motion filed
        # Friday": a story opening on a present perfect (or a headline's present) names its
        # day further down; the article date is only the day it came out.
        told = _recent(story.first_day_after(token.sent.end), doc._.article_date)
    reacted = _deed_reacted_to(token, marks)
    if reacted is not None:
        verb, days = reacted
        return _shifted(_date(doc, verb, marks, told, 1), days)
    return _date(doc, token, marks, told, 0)


# Arcs inside a noun phrase, from a deed named in it up to the noun the phrase is headed by.
_PHRASE_DEPS = frozenset({"pobj", "prep", "compound", "amod", "poss", "appos", "conj", "nmod"})


def _deed_reacted_to(token: Token, marks: list[DateMark]) -> tuple[Token, int] | None:
    """ "Kurdish leaders condemned on Thursday Baghdad's decision to halt all flights, a day after
    the central government moved to isolate the Kurds": a deed named in what a verb acts on
    (its object, or a phrase of its own) and told by the verb's measured "after" clause came
    that measure before the verb, not on its day. The verb and the shift in days; None when
    the deed has a time of its own, is no noun phrase's, or the verb has no measured "after"."""
    if _own_marks(token, marks):
        return None
    current = token
    if token.pos_ in ("VERB", "AUX"):
        # "a Security Council decision to send troops": the infinitive of a noun names the deed.
        if token.dep_ not in ("acl", "xcomp") or token.head.pos_ != "NOUN":
            return None
        current = token.head
    elif token.pos_ != "NOUN":
        return None
    for _ in range(_MAX_HOPS):
        head = current.head
        if head.i == current.i:
            return None
        if head.pos_ in ("VERB", "AUX"):
            if current.dep_ not in ("dobj", "prep"):
                return None
            break
        if current.dep_ not in (*_PHRASE_DEPS, "dobj"):
            return None
        current = head
    else:
        return None
    verb = current.head
    if verb.lemma_.lower() not in load_lexicon().reaction_verbs:
        return None
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i < current.i:
            continue
        mark = _subordinator(clause)
        shift = None if mark is None or mark.lower_ != "after" else _measured_shift(clause, mark)
        if shift is not None and shift[1] is not None:
            return verb, shift[1]
    return None


# How far before its article a present perfect's news may lie: "has been fined" is recent news,
# a day a month back is the background of the story.
_RECENT = dt.timedelta(days=7)


def _recent(day: dt.date | None, article_date: dt.date | None) -> dt.date | None:
    """``day`` when it lies within :data:`_RECENT` before the article date, else None."""
    if day is None or article_date is None or not (article_date - _RECENT <= day <= article_date):
        return None
    return day


def _news_present(token: Token) -> bool:
    """Whether ``token``'s clause tells news in the present: a present perfect ("has asked",
    "has been captured"), or a headline's simple present ("Killer asks court to delay
    execution") in the Doc's first sentence. Neither says when the act was."""
    verb = clause_verb(token)
    if verb is None:
        return False
    # "has asked the court to delay his execution, alleging perjury": an adjunct, complement
    # or conjunct with no subject of its own is told with the verb it hangs on.
    while verb.dep_ in ("advcl", "xcomp", "conj") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children
    ):
        verb = verb.head
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _PRESENT_PERFECT_AUX for a in auxes) and verb.tag_ == "VBN":
        return not any(a.lower_ in ("had", "'d") or a.tag_ == "MD" for a in auxes)
    headline = verb.sent.start == _first_word(verb.doc)
    return headline and verb.tag_ in ("VBZ", "VBP") and not auxes


_PRESENT_PERFECT_AUX = frozenset({"has", "have", "'ve"})


def _first_word(doc: Doc) -> int:
    return next((t.i for t in doc if not t.is_space), 0)


def _breaks_paragraph(token: Token) -> bool:
    return token.is_space and "\n" in token.text


@dataclass(frozen=True, slots=True)
class Paragraphs:
    """Where an article's paragraphs and sentences lie, and the days its lead tells: what the
    story's day of a sentence (:func:`paragraph_reference`) depends on besides the sentence
    itself. All of it depends on the Doc alone, so it is worked out once per article instead of
    walked again for every event. Token indices throughout.

    ``first``: the first word (None for a Doc of spaces); ``lead_end``: the end of the lead
    paragraph, the one holding ``first``; ``breaks``: the line-break tokens that end paragraphs;
    ``starts``: where each sentence starts; ``lead``: the day the lead's sentences tell, None
    when they name none; ``lead_days``: that day and the days the lead sets its news against
    (see :func:`_lead_days`); ``opening``: for a lead that names no day, the day the story
    opens on (see :func:`_opening_day`), else None."""

    first: int | None
    lead_end: int
    breaks: tuple[int, ...]
    starts: tuple[int, ...]
    lead: dt.date | None
    lead_days: frozenset[dt.date]
    opening: dt.date | None = None

    def paragraph_start(self, index: int) -> int:
        """Where the paragraph holding token ``index`` starts: after the last break before it."""
        before = bisect.bisect_left(self.breaks, index)
        return self.breaks[before - 1] + 1 if before else 0

    def sentences_from(self, index: int) -> int:
        """The position, among the sentences, of the first one starting at or after ``index``."""
        return bisect.bisect_left(self.starts, index)


def paragraphs(doc: Doc) -> Paragraphs:
    """The :class:`Paragraphs` of ``doc``: one walk over its tokens and the lead's sentences."""
    breaks = tuple(t.i for t in doc if _breaks_paragraph(t))
    first = next((t.i for t in doc if not t.is_space), None)
    sentences = list(doc.sents) if first is not None else []
    starts = tuple(s.start for s in sentences)
    if first is None:
        return Paragraphs(None, len(doc), breaks, starts, None, frozenset())
    lead_end = next((b for b in breaks if b >= first), len(doc))
    lead: dt.date | None = None
    for sentence in sentences[bisect.bisect_left(starts, first) : bisect.bisect_left(starts, lead_end)]:
        lead = sentence_time(doc, sentence, lead) or lead
    lead_days = frozenset() if lead is None else frozenset(_lead_days(doc[first:lead_end], lead))
    later = sentences[bisect.bisect_left(starts, lead_end) :]
    opening = None if lead is not None else _opening_day(doc, doc[first:lead_end], later)
    return Paragraphs(first, lead_end, breaks, starts, lead, lead_days, opening)


def _opening_day(doc: Doc, lead: Span, later: list[Span]) -> dt.date | None:
    """The day a story whose lead names no day at all tells its news on: the first day a later
    sentence is set on ("Police arrested two men ... / The arrests were made on Tuesday"). Such
    a story gives the day of its news further down; the article date is only the day it came
    out. A lead that names a day its parse does not tie to the main clause keeps the article
    date: its day is likelier to be the news's than a later paragraph's."""
    start, end = lead.start_char, lead.end_char
    if any(day is not None and start <= first < end for first, _, day in _named_days(doc)):
        return None
    return next((day for day in (sentence_time(doc, s, None) for s in later) if day is not None), None)


class _StoryTime:
    """What dating reads of a whole Doc, kept while the coder works on it (see
    :func:`story_time`): the Doc's :class:`Paragraphs`, built when first asked for, and the days
    its paragraphs tell sentence by sentence from a given starting day, extended as far as
    events ask, and the day last named before each position asked about. Without it every
    event would walk its paragraph again from the start, and every anchored expression ("the
    same day") would rebuild the Doc's text and read all its timexes again."""

    __slots__ = (
        "_ahead",
        "_building",
        "_chains",
        "_first_days",
        "_last_days",
        "_layout",
        "_named",
        "_sentences",
        "_text",
        "doc",
        "marks",
    )

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        self.doc = doc
        self._layout: Paragraphs | None = None
        self._building = False
        self._sentences: list[Span] | None = None
        # (position of a paragraph's first sentence, starting day) -> the day before each of its
        # sentences in turn.
        self._chains: dict[tuple[int, dt.date], list[dt.date]] = {}
        self._text = text  # the Doc's text: spaCy joins all its tokens again on each Doc.text
        self._named: tuple[tuple[int, int, dt.date | None], ...] | None = None
        self._last_days: dict[int, dt.date | None] = {}  # see last_day_before
        self._first_days: dict[int, dt.date | None] = {}  # see first_day_after
        self._ahead: dict[tuple[int, dt.date], tuple[int, dt.date | None]] = {}  # see first_told
        # (first token, end token) of a sentence -> its marks (see sentence_marks).
        self.marks: dict[tuple[int, int], list[DateMark]] = {}

    @property
    def layout(self) -> Paragraphs:
        """The Doc's :class:`Paragraphs`, built on first use: a Doc whose sentences yield no
        event never needs them."""
        if self._layout is None:
            self._building = True
            try:
                self._layout = paragraphs(self.doc)
            finally:
                self._building = False
        return self._layout

    @property
    def building(self) -> bool:
        """Whether the layout is being built: the lead's own sentences are being dated, and
        nothing may ask for the layout in turn."""
        return self._building

    def day_before(self, first: int, position: int, day: dt.date) -> dt.date:
        """The story's day before sentence ``position`` of a paragraph whose first sentence is
        ``first``, the paragraph starting on ``day``: each sentence set on a day of its own
        moves it on (see :func:`sentence_time`)."""
        if self._sentences is None:
            self._sentences = list(self.doc.sents)
        chain = self._chains.setdefault((first, day), [day])
        while len(chain) <= position - first:
            told = chain[-1]
            chain.append(sentence_time(self.doc, self._sentences[first + len(chain) - 1], told) or told)
        return chain[position - first]

    def first_told(self, first: int, end: int, day: dt.date) -> tuple[int, dt.date | None]:
        """The position of the first sentence of the paragraph whose first sentence is
        ``first`` and which ends at token ``end`` that is set on a day of its own, read against
        ``day``, and that day: None when it goes back behind the story in the past perfect ("On
        Monday, police had ..."), whose background does not date what came before it. (end of
        the paragraph, None) when no sentence of it names a day."""
        if self._sentences is None:
            self._sentences = list(self.doc.sents)
        key = (first, day)
        if key not in self._ahead:
            found: tuple[int, dt.date | None] = (len(self._sentences), None)
            for position in range(first, len(self._sentences)):
                sentence = self._sentences[position]
                if sentence.start >= end:
                    found = (position, None)
                    break
                told = sentence_time(self.doc, sentence, day)
                if told is not None:
                    found = (position, None if _pluperfect(sentence.root) else told)
                    break
            self._ahead[key] = found
        return self._ahead[key]

    def first_day_after(self, position: int) -> dt.date | None:
        """The first day a sentence starting at or after token ``position`` is set on (see
        :func:`sentence_time`), read with no story day before it; None when none is."""
        if self._sentences is None:
            self._sentences = list(self.doc.sents)
        first = bisect.bisect_left([s.start for s in self._sentences], position)
        if first not in self._first_days:
            days = (sentence_time(self.doc, s, None) for s in self._sentences[first:])
            self._first_days[first] = next((day for day in days if day is not None), None)
        return self._first_days[first]

    def last_told_at(self, position: int) -> int | None:
        """Where (a character offset) the last expression before ``position`` that tells a
        day starts: a timex naming a news day (see :func:`_named_days`), a story-anchored
        expression ("a day later"), a span ("within hours") or a clock time; None when there
        is none."""
        if self._text is None:
            self._text = self.doc.text
        if self._named is None:
            self._named = _named_days(self.doc)
        named = [start for start, end, day in self._named if day is not None and end <= position]
        # "Within the hour", "shortly before midnight" tell the story's day as well.
        told = (_ANCHORED, _CLOCK, load_event_anchors().within)
        anchored = [m.start() for pattern in told for m in pattern.finditer(self._text, 0, position)]
        return max([*named, *anchored], default=None)

    def last_day_before(self, position: int) -> dt.date | None:
        """:func:`_last_day_before`, worked out once per position: every event and sentence
        dated by an anchored expression ("the same day") asks it again."""
        if position not in self._last_days:
            if self._text is None:
                self._text = self.doc.text
            if self._named is None:
                self._named = _named_days(self.doc)
            self._last_days[position] = _last_named_day(self._named, self._text, position)
        return self._last_days[position]


_STORY_TIME_KEY = "clio.story_time"


@contextmanager
def story_time(doc: Doc, text: str | None = None) -> Iterator[None]:
    """Within the block, event dating works out what depends only on ``doc`` (its paragraphs,
    its lead's day, the days its paragraphs tell, the day last named before a position) once and
    keeps it; outside, each call works it out again. The record lives in ``doc.user_data`` only
    for the duration of the block, so no Doc keeps it stale after a change. Nested blocks share
    the outer one's record. ``text``: the Doc's text, when the caller has it."""
    if _STORY_TIME_KEY in doc.user_data:
        yield
        return
    doc.user_data[_STORY_TIME_KEY] = _StoryTime(doc, text)
    try:
        yield
    finally:
        del doc.user_data[_STORY_TIME_KEY]


def _story_time_of(doc: Doc) -> _StoryTime:
    """The block's record for ``doc`` (see :func:`story_time`), else a new one for this call."""
    found = doc.user_data.get(_STORY_TIME_KEY)
    return found if isinstance(found, _StoryTime) and found.doc is doc else _StoryTime(doc)


def paragraph_reference(doc: Doc, sentence: Span, reference: dt.date | None) -> dt.date | None:
    """The story's day for a sentence with no time of its own. A wire story tells its news in
    the lead and goes back to the background ("On Monday, police had announced ...") in
    paragraphs of their own: a later paragraph that names no day of its own returns to the
    lead's day, not to the day of the background told before it. Within a paragraph the day
    last named carries on, and the sentences before the first that names one take its day.
    ``reference``: the day of the latest dated sentence, used in the lead paragraph, in a story
    without paragraphs, and when the lead names no day."""
    story = _story_time_of(doc)
    layout = story.layout
    if layout.first is None:
        return reference
    start = layout.paragraph_start(sentence.start)
    if start <= layout.first or layout.lead is None:
        return reference
    # The story is back on a day its lead tells ("a day after ..."), else on the lead's own.
    lead = reference if reference is not None and reference in layout.lead_days else layout.lead
    first, position = layout.sentences_from(start), layout.sentences_from(sentence.start)
    after = bisect.bisect_right(layout.breaks, sentence.start)
    end = layout.breaks[after] if after < len(layout.breaks) else len(doc)
    told, day = story.first_told(first, end, lead)
    if position < told and day is not None and _stands_alone(doc, sentence):
        # "Beijing answered with a list of its own. The foreign ministry ... summoned the EU
        # ambassador late on Monday": a paragraph that opens without a day and names one
        # further on tells its opening on that day; the lead's day is only a fallback.
        return day
    return story.day_before(first, position, lead)


def _stands_alone(doc: Doc, sentence: Span) -> bool:
    """Whether a sentence tells no time at all: no time expression or anchored one ("that
    night", "within hours", "at 9 p.m.", "a day after") and no word that ties it to what was told before it
    ("shortly afterwards", "then", "also"). Only such a sentence may take a day named after it."""
    if sentence_marks(doc, sentence):
        return False
    text = sentence.text
    anchors = load_event_anchors()
    # "The rupture came a day after ...": a sentence counted from another event's day too.
    if any(p.search(text) for p in (_ANCHORED, _CLOCK, anchors.within, anchors.lead_shifts.pattern)):
        return False
    sequel = load_lexicon().sequel_words
    return not any(t.lower_ in sequel for t in sentence)


def _lead_days(lead: Span, day: dt.date) -> set[dt.date]:
    """The days a lead tells: its own, and those it sets its news against ("said on Wednesday
    ..., a day after a flight landed" tells Tuesday too); the story's body often goes back to
    them."""
    shifts = load_event_anchors().lead_shifts.shifts(lead.text)
    return {day} | {day + dt.timedelta(days=shift) for shift in shifts}


def is_explicit(dated: Dated) -> bool:
    """A day read from the text itself (not a fallback): it may set the story's time."""
    return dated[0] is not None and dated[1] == "day"


_LIMIT_PREPS = frozenset({"by", "until", "till", "before", "since"})
# Bounds that close a span still to run: no event happens at them.
_DEADLINE_PREPS = frozenset({"by", "until", "till"})


def _denied(verb: Token) -> bool:
    """ "No group had claimed responsibility", "did not attack": nothing happened then."""
    return any(
        c.dep_ == "neg" or (c.dep_ in ("nsubj", "nsubjpass") and any(d.lower_ == "no" for d in c.children))
        for c in verb.children
    )


def _the_one_day_told(root: Token, marks: list[DateMark]) -> list[DateMark]:
    """The mark of the one calendar day a past-tense sentence names, wherever the parser hangs
    it ("A firefighter stopped a woman from taking a car from the station about 7:30 p.m.
    Sunday", "when they answered a complaint Sunday morning"): a narrative sentence that names
    a single day tells what it tells on that day, and so do the undated sentences after it.
    Empty when the main clause is not in the past, when it is a report (a day inside what was
    said is not the report's), or when the sentence names no day or several."""
    if verb_tense(root) != "past" or root.lemma_.lower() in ATTRIBUTION_VERBS:
        return []
    days = [
        m
        for m in marks
        if m.shift is None and precision_of(m.value) == "day" and _names_its_day(m) and not _set_apart(m.root)
    ]
    if len({(m.value or "")[:10] for m in days}) != 1:
        return []
    return days[:1]


# A clock time of any hour, to set apart from the words of a time expression that name its day.
_ANY_CLOCK = re.compile(r"\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\.?|\bnoon\b|\bmidnight\b", re.IGNORECASE)


def _set_apart(timex_root: Token) -> bool:
    """Whether a time expression lies in a clause or phrase set at another time than the
    sentence's news ("pounded positions overnight after an air strike killed 33 soldiers on
    Thursday evening", "arrested after a search at a residence Monday"): under "after",
    "before", "since", "until" or a conditional."""
    for ancestor in timex_root.ancestors:
        if ancestor.lower_ in _OTHER_TIME and ancestor.dep_ in ("prep", "mark"):
            return True
        if ancestor.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _OTHER_TIME for c in ancestor.children
        ):
            return True
    return False


def _names_its_day(mark: DateMark) -> bool:
    """Whether the time expression of ``mark`` names its day in words ("7:30 p.m. Sunday",
    "March 3"), not a clock time alone ("as of 9:45 a.m."), which takes the article's day for
    want of any other and says nothing of the story's."""
    doc = mark.root.doc
    for timex in doc._.timexes or []:
        if timex.span[0] <= mark.root.idx < timex.span[1]:
            return bool(re.search(r"[A-Za-z]{3,}|\d", _ANY_CLOCK.sub("", timex.text)))
    return False


_PARAGRAPHS_KEY = "clio.has_paragraphs"


def _has_paragraphs(doc: Doc) -> bool:
    """Whether ``doc`` breaks into paragraphs. A story written in paragraphs goes back to its
    lead's day at each one (see :func:`paragraph_reference`) and its lead sets the day; a
    scraped story run into one block of text is a single narrative, read on from each day it
    tells. Kept in ``doc.user_data``: the answer depends on the Doc alone."""
    found = doc.user_data.get(_PARAGRAPHS_KEY)
    if not isinstance(found, bool):
        found = any(_breaks_paragraph(t) for t in doc)
        doc.user_data[_PARAGRAPHS_KEY] = found
    return found


def sentence_time(
    doc: Doc, sentence: Span, reference: dt.date | None, marks: list[DateMark] | None = None
) -> dt.date | None:
    """The day a sentence's main clause is set on by a time expression of its own ("Iran on
    Friday condemned ...", "the same day"), when it is news: not after the article date and
    not history. Later sentences without a time of their own are read against it. In a story
    without paragraphs the one day a narrative sentence names sets it too (see
    :func:`_the_one_day_told`). ``marks``:
    the sentence's :func:`sentence_marks`, when the caller has them."""
    root = sentence.root
    if _denied(root):
        return None
    # "by Monday evening", "until Friday": a limit, not the time the sentence is set on.
    marks = [
        m
        for m in (sentence_marks(doc, sentence) if marks is None else marks)
        if m.bound is None and m.root.head.lower_ not in _LIMIT_PREPS
    ]
    if not marks:
        return None
    # "Speaking at a rally on Thursday, Modi vowed ...": a participial adjunct tells the main
    # clause's own time (see _set_by_participle).
    # "fired missiles at bases hosting U.S. troops early on Wednesday": a day the parser hangs
    # on a participle describing the verb's object is the verb's, as in event dating; it comes
    # before a participial adjunct's, where a day is often one of its noun phrases' ("taking
    # revenge for a strike on Friday").
    chosen = (
        [m for m in marks if _governs(root, m.root)]
        or [m for m in marks if _set_on_a_describing_participle(root, m.root)]
        or [m for m in marks if _set_by_participle(root, m.root)]
        or [m for m in marks if _dates_from_above(root, m.root)]
        or [m for m in marks if _on_the_subject(root, m.root) and _is_a_day(m)]
        or [m for m in marks if _set_by_subject_relative(root, m.root) and _is_a_day(m)]
        or [m for m in marks if _set_by_its_report(root, m.root) and _is_a_day(m)]
        or ([] if _has_paragraphs(doc) else _the_one_day_told(root, marks))
    )
    if not chosen:
        return None
    mark = _nearest(chosen, root)
    value, precision = _mark_date(doc, mark, reference)
    if value is None or precision != "day":
        return None
    day = dt.date.fromisoformat(value[:10])
    article = doc._.article_date
    if article is not None and not (article - HISTORY <= day <= article):
        return None
    if (
        reference is not None
        and day < reference
        and mark.root.i > root.i
        and _pluperfect(root)
        and not _a_story_day(doc, day)
    ):
        # "Diop had told the council on June 16 that ... Western diplomats blamed Wagner": a
        # pluperfect that names its day after the verb goes back behind the story's day for its
        # own act only; the story stays where it was. A day put first ("On Monday, the navy had
        # seized a trawler. Its crew was detained ...") frames what follows, and a day the lead
        # tells ("a day after the meeting collapsed ... / Trump had hosted Zelensky on Friday
        # ... Instead, Trump berated ...") is the story's own: both still move it.
        return None
    return day


def _a_story_day(doc: Doc, day: dt.date) -> bool:
    """Whether ``day`` is one the lead tells or sets its news against (see :func:`_lead_days`);
    True outside a :func:`story_time` block and while the lead itself is read, when there is
    nothing to hold it against."""
    story = doc.user_data.get(_STORY_TIME_KEY)
    if not isinstance(story, _StoryTime) or story.doc is not doc or story.building:
        return True
    return day in story.layout.lead_days


def _pluperfect(verb: Token) -> bool:
    """Whether ``verb`` is in the past perfect ("had told", "had been expelled")."""
    return verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in verb.children
    )
