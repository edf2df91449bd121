"""Recognition grammar: compiled regular expressions over raw text, built from the lexicon.

Each :class:`Rule` has a ``kind`` (which resolver in :mod:`clio.time.resolve` reads its named
groups) and one pattern. Matching runs over the article text directly, so offsets are exact;
the spaCy component then drops candidates the parse shows are not times (``May`` the name,
``Sunday Times``) and keeps the longest non-overlapping ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]
from typing import Any

from clio.time.lexicon import Lexicon, load_lexicon


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern. ``triggers``: strings every match contains (lower case, or as written when
    ``cased``); a text holding none of them cannot match, so the regex scan is skipped."""

    kind: str
    pattern: re.Pattern[str]
    triggers: tuple[str, ...] = ()
    cased: bool = False

    def may_match(self, text: str, lowered: str) -> bool:
        if not self.triggers:
            return True
        haystack = text if self.cased else lowered
        return any(t in haystack for t in self.triggers)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One grammar match: character offsets, the rule kind and its named groups."""

    start: int
    end: int
    kind: str
    groups: dict[str, str]


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first so the regex prefers the longer reading."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


def _cased(words: Iterable[str]) -> str:
    """Case-sensitive alternation of Capitalised and UPPER forms (``May`` but not ``may``)."""
    forms = {w.capitalize() for w in words} | {w.upper() for w in words}
    return "(?-i:" + _alt(forms) + ")"


def cased_words(words: Iterable[str]) -> str:
    """:func:`_cased` for other modules: a regex alternation of the Capitalised and UPPER forms
    of ``words``, case-sensitive whatever the flags around it."""
    return _cased(words)


def _words(words: Iterable[str]) -> tuple[str, ...]:
    """Triggers for an alternation of ``words``: the longest word of each (phrases match with any
    whitespace between words, so only a single word is sure to appear verbatim)."""
    return tuple(sorted({max(w.lower().split(), key=len) for w in words}))


def _month_pattern(lex: Lexicon) -> str:
    full = [m for m in lex.months if len(m) > 4 or m in ("may", "june", "july")]
    abbrev = [m for m in lex.months if m not in full]
    # An abbreviation needs its full stop or a following number ("Jan. 5", "Jan 5"), so "Mar"
    # and "Sept" inside other words or names are not read as months.
    abbr = "|".join(
        f"{a.capitalize()}\\.|{a.capitalize()}(?=\\s+\\d)|(?<=\\d\\s){a.capitalize()}(?![\\w])"
        for a in abbrev
    )
    return f"(?P<month>{_cased(full)}|(?-i:{abbr}))"


def _number_pattern(lex: Lexicon) -> str:
    tens = [w for w, v in lex.numbers.items() if isinstance(v, int) and v in range(20, 100, 10)]
    units = [w for w, v in lex.numbers.items() if v in range(1, 10) and w not in ("a", "an")]
    compound = f"(?:{_alt(tens)})(?:[-\\s](?:{_alt(units)}))?"
    words = [w for w in lex.numbers if w not in tens]
    vague = sorted(lex.vague_numbers - {"past", "the past", "recent", "coming"})
    return f"(?P<num>\\d+(?:[.,]\\d+)?|{compound}|{_alt(words + vague)})"


@lru_cache(maxsize=4)
def rules(lex: Lexicon | None = None) -> tuple[Rule, ...]:
    """The compiled grammar (built once per lexicon)."""
    lex = lex or load_lexicon()
    b = _BOUNDARY  # left boundary: no glued word, number or currency sign
    e = r"(?![\w])"  # right boundary
    month = _month_pattern(lex)
    weekday = f"(?P<weekday>{_cased(w for w in lex.weekdays if len(w) > 4)})"
    day = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d])"
    year_bare = r"(?P<year>(?:1\d|20)\d\d)"
    year = year_bare + r"(?![\d]|,\d)"
    pos = (
        r"(?P<pos>(?:the\s+)?(?:beginning|start|middle|end|close|latter\s+part)\s+of\s+(?:the\s+)?"
        r"|(?:(?:the\s+)?(?:early|mid|late)|earlier|later)(?:-|\s+)(?:in\s+(?:the\s+)?)?)"
    )
    rel = (
        r"(?P<rel>this|last|next|past|coming|previous|current"
        r"|the\s+(?:past|last|next|coming|previous|current|latest|following))"
    )
    pod = f"(?P<pod>{_alt(lex.parts_of_day)})"
    num = _number_pattern(lex)
    unit_words = [u for u in lex.units if u != "weekend"]
    plural = {"century": "centuries", "millennium": "millennia"}
    unit_forms = set(unit_words) | {plural.get(u, u + "s") for u in unit_words}
    units = f"(?P<unit>{_alt(unit_forms)})"
    # "over"/"under" only directly before a number: "over the past year" is not a modifier.
    plain_mods = _alt(m for m in lex.mods if m not in ("over", "under"))
    mods = f"(?:(?P<mod>{plain_mods})\\s+(?:the\\s+)?|(?P<mod2>over|under)\\s+)"
    ordinal = f"(?P<ord>{_alt(lex.ordinals)})"
    season = f"(?P<season>(?-i:{_alt(lex.seasons)}))"
    movable = r"Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday)?"
    holiday_names = [*lex.holidays, *lex.national_holidays]
    # "India's Independence Day": the country word before a national holiday says whose day it is.
    nations = {word for days in lex.national_holidays.values() for word in days}
    holidays = (
        f"(?:(?P<nation>{_cased(nations)})\\s+)?"
        f"(?P<holiday>(?-i:{_alt(w.title() for w in holiday_names)}|{movable}))"
    )
    set_units = "|".join(
        (
            _alt(unit_forms),
            _cased(lex.weekdays),
            _cased(m for m in lex.months if len(m) > 3),
            _alt(lex.parts_of_day),
        )
    )
    refs = f"(?P<ref>{_alt(lex.present_ref | lex.past_ref | lex.future_ref)})"
    set_words = f"(?P<setword>{_alt(lex.sets)})"
    weekdays_plural = f"(?P<weekdays>{_cased(w + 's' for w in lex.weekdays if len(w) > 4)})"
    ampm = r"(?P<ampm>[ap]\.m\.?|[ap]m)"
    clock_day = rf"(?:,?\s+(?:on\s+)?{weekday}{e}|\s+(?P<deix>today|tonight|yesterday|tomorrow){e})?"
    tz = r"(?:\s+(?P<tz>(?-i:[ECMP][SD]T|GMT|UTC)))?"

    table = [
        (
            "iso",
            rf"{b}{year_bare}-(?P<mnum>0[1-9]|1[0-2])-(?P<dnum>[0-2]\d|3[01])"
            rf"(?:T(?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::[0-5]\d)?)?{e}",
        ),
        ("numeric", rf"{b}(?P<mnum>1[0-2]|0?[1-9])/(?P<dnum>[12]\d|3[01]|0?[1-9])/(?P<yy>\d{{4}}|\d\d){e}"),
        ("month_day", rf"{b}(?:{weekday},?\s+)?{pos}?{month}\s+{day}(?:,?\s+{year})?{e}"),
        ("month_day", rf"{b}(?:{weekday},?\s+)?(?:the\s+)?{day}\s+(?:of\s+)?{month}(?:,?\s+{year})?{e}"),
        ("month", rf"{b}{pos}?{month}\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year{e}"),
        (
            "month",
            rf"{b}{pos}?(?:(?P<rel>last|next|this|past|coming)\s+)?{month}(?:,?\s+(?:of\s+)?{year})?{e}",
        ),
        ("year", rf"{b}{pos}?(?:(?P<fiscal>fiscal|calendar|fy)\s*)?{year}{e}(?!\s*(?:%|percent|per\s+cent))"),
        ("era_year", rf"{b}{pos}?(?P<eyear>\d{{1,4}})\s+(?P<era>(?-i:BC|B\.C\.|BCE|AD|A\.D\.|CE))(?!\w)"),
        ("era_year", rf"{b}{pos}?(?P<era>(?-i:AD|A\.D\.))\s+(?P<eyear>\d{{1,4}}){e}"),
        (
            "decade",
            rf"{b}(?:the\s+)?(?:(?P<pos>early|mid|late)(?:-|\s+))?(?:(?P<decade>(?:1\d|20)\d)0'?s|'(?P<decade2>\d)0s){e}",
        ),
        (
            "decade",
            rf"{b}the\s+(?:(?P<pos>early|mid|late)(?:-|\s+))?(?P<decword>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties){e}",
        ),
        (
            "century",
            rf"{b}(?:the\s+)?(?:(?P<pos>early|mid|late)(?:-|\s+))?(?P<cent>\d{{1,2}}(?:st|nd|rd|th)|{_alt(lex.ordinals)})[-\s]century{e}",
        ),
        # "Wednesday last week", "Friday of next week": the weekday of that week.
        (
            "weekday",
            rf"{b}(?:{pos}|(?P<rel>last|next|this|coming|past)\s+)?{weekday}(?:\s+{pod})?"
            rf"(?:\s+(?:of\s+)?(?P<week>last|next|this)\s+week)?{e}",
        ),
        ("deictic", rf"{b}{pos}?(?P<deix>today|tonight|yesterday|tomorrow)(?:\s+{pod})?{e}"),
        ("deictic", rf"{b}(?:(?P<pos>early|late|later|earlier)\s+)?(?P<deix>this|last)\s+{pod}{e}"),
        ("relunit", rf"{b}{pos}?{rel}\s+(?P<unit>week|month|quarter|year|decade|century|fiscal\s+year){e}"),
        (
            "relunit",
            rf"{b}(?P<rel>this|last|next|the|the\s+past|the\s+coming|the\s+previous)\s+(?P<unit>weekend){e}",
        ),
        ("posunit", rf"{b}{pos}(?P<unit>week|month|quarter|year|decade|century){e}(?!-)"),
        (
            "season",
            rf"{b}{pos}?(?:(?P<rel>this|last|next|past|coming|the)\s+){season}(?:\s+(?:of\s+)?{year})?{e}",
        ),
        ("season", rf"{b}{pos}?{season}\s+(?:of\s+)?{year}{e}"),
        # Capitalised only with its year: "Winter 1942" is a date, "Winter Olympics" is not.
        ("season", rf"{b}(?P<season>(?-i:Spring|Summer|Autumn|Fall|Winter))\s+(?:of\s+)?{year}{e}"),
        ("season", rf"(?<=\bin\s){season}{e}"),
        (
            "quarter",
            rf"{b}(?:the\s+)?(?P<rel>(?:(?:year-earlier|year-ago|comparable|fiscal|latest|last|previous|current|past|this|next|coming|same)\s+){{0,2}}){ordinal}[-\s](?P<qunit>quarter|half)(?:\s+(?:of\s+)?(?:fiscal\s+)?{year})?{e}",
        ),
        ("quarter", rf"{b}(?-i:Q)(?P<qnum>[1-4])(?:\s+{year})?{e}"),
        (
            "quarter",
            rf"{b}the\s+(?P<rel>(?:(?:year-earlier|year-ago|comparable|latest|last|previous|current|same)\s+){{1,2}})(?P<qunit>quarter|period){e}",
        ),
        ("quarter", rf"{b}the\s+(?P<qunit>quarter){e}"),
        (
            "duration",
            rf"{b}{mods}?(?:the\s+)?(?:(?P<rel>past|last|next|first|coming|previous|following|latest|final|recent|remaining|additional|other)\s+)?{num}(?:-|\s+)(?:(?:more|additional|full|long|straight|consecutive)\s+)?{units}{e}(?P<suffix>-old|\s+old|\s+(?:ago|earlier|later|from\s+now|hence)(?!\w))?",
        ),
        (
            "vague",
            rf"{b}{mods}?(?P<rel>recent|coming|past|previous|the\s+(?:past|coming|next|last|previous|following))\s+(?P<unit>days|weeks|months|years|decades|hours|centuries){e}",
        ),
        ("vague", rf"(?<=\bfor\s)(?P<unit>days|weeks|months|years|decades|hours|centuries){e}"),
        ("vague", rf"{b}(?P<unit>years|months|weeks|decades)\s+(?P<suffix>ago|earlier|later){e}"),
        (
            "set",
            rf"{b}(?P<q>every|each|per)\s+(?:(?P<other>other)\s+)?(?:{num}\s+)?(?P<unit>{set_units}){e}",
        ),
        (
            "set",
            rf"{b}(?P<freq>once|twice|three\s+times|several\s+times)\s+(?:a|per|each|every)\s+(?P<unit>{_alt(unit_words)}){e}",
        ),
        ("set", rf"{b}{set_words}{e}"),
        ("set", rf"{b}{weekdays_plural}{e}"),
        ("clock", rf"{b}(?P<hh>1[0-2]|0?[1-9])(?::(?P<mm>[0-5]\d))?\s*{ampm}(?!\w){tz}{clock_day}"),
        ("clock", rf"{b}(?P<hh>1[0-2]|0?[1-9])\s+o'clock{e}{clock_day}"),
        ("clock", rf"{b}(?P<word>noon|midnight|midday){e}{clock_day}"),
        ("holiday", rf"{b}{holidays}(?:\s+{year})?{e}"),
        ("ref", rf"{b}{refs}{e}"),
    ]
    months = _words(lex.months)
    weekdays_full = _words(w for w in lex.weekdays if len(w) > 4)
    period_units = ("week", "month", "quarter", "year", "decade", "century")
    plural_units = ("day", "week", "month", "year", "decade", "hour", "centuries")
    seasons = _words(lex.seasons)
    triggers: dict[int, tuple[str, ...]] = {
        1: ("/",),
        2: months,
        3: months,
        4: months,
        5: months,
        7: ("BC", "B.C.", "AD", "A.D.", "CE"),
        8: ("AD", "A.D."),
        9: ("0s", "0's"),
        10: ("ties",),
        11: ("century",),
        12: weekdays_full,
        13: ("today", "tonight", "yesterday", "tomorrow"),
        14: _words(lex.parts_of_day),
        15: period_units,
        16: ("weekend",),
        17: period_units,
        18: seasons,
        19: seasons,
        20: _words(("spring", "summer", "autumn", "fall", "winter")),
        21: seasons,
        22: ("quarter", "half"),
        24: ("quarter", "period"),
        25: ("quarter",),
        26: _words(unit_forms),
        27: plural_units,
        28: plural_units,
        29: plural_units,
        30: ("every", "each", "per"),
        31: ("once", "twice", "times"),
        32: _words(lex.sets),
        33: weekdays_full,
        34: ("am", "pm", "a.m", "p.m"),
        35: ("o'clock",),
        36: ("noon", "midnight", "midday"),
        37: (*_words(holiday_names), "thanksgiving", "easter"),
        38: _words(lex.present_ref | lex.past_ref | lex.future_ref),
    }
    cased = {7, 8}
    return tuple(
        Rule(kind, re.compile(pattern, re.IGNORECASE), triggers.get(i, ()), i in cased)
        for i, (kind, pattern) in enumerate(table)
    )


def find_candidates(text: str, *, lex: Lexicon | None = None) -> Iterator[Candidate]:
    """Every grammar match in ``text`` (overlapping; choose with :func:`select_longest`)."""
    lowered = text.lower()
    grammar, index = _indexed_rules(lex)
    starts: dict[int, list[int]] | None = None
    # Several rules share their triggers (the month names): each list is looked for once.
    possible: dict[tuple[tuple[str, ...], bool], bool] = {}
    for number, rule in enumerate(grammar):
        key = (rule.triggers, rule.cased)
        if key not in possible:
            possible[key] = rule.may_match(text, lowered)
        if not possible[key]:
            continue
        if number in index.prefixes:
            if starts is None:
                starts = index.starts(text)
            matches = _matches_at(rule.pattern, text, starts.get(number, ()))
        else:
            matches = rule.pattern.finditer(text)
        for match in matches:
            groups = {k: v for k, v in match.groupdict().items() if v is not None}
            yield Candidate(match.start(), match.end(), rule.kind, groups)


# -- where a match can start ---------------------------------------------------------------
#
# The regex engine tries every rule at every character of the text, which is most of the
# grammar's cost. Most rules can only start at the beginning of a word (their pattern opens with
# the left boundary) with one of a few letter pairs ("ja" for January, "th" for "the end of
# ..."). Those pairs are read off the parsed pattern, each word start of the text is looked up
# once, and a rule is tried only at the word starts its pairs allow. The matches are the ones
# ``finditer`` gives: the pairs include every way a match can begin, and the scan moves on from
# the end of each match just as ``finditer`` does.

_BOUNDARY = r"(?<![\w$£€.,-])"  # the rules' left boundary (see ``rules``)
_WORD_START = re.compile(r"\b\w")
_DIGIT = "digit"  # prefix atom: any decimal digit (``\d``)
_PAIR = 3  # characters looked at
# Characters that match an ASCII letter under re.IGNORECASE although ``str.lower`` does not give
# that letter (the regex engine's extra case equivalences).
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_MEMO_LIMIT = 100_000

Prefix = tuple[str, ...]


def _fold(char: str) -> str:
    return char.translate(_FOLD).lower()


def _literal_atom(code: int) -> str | None:
    char = chr(code)
    return char.lower() if char.isascii() else None  # other letters have other case rules


def _class_atoms(items: Sequence[tuple[Any, Any]]) -> set[str] | None:
    """The atoms a character class ``[...]`` can match, or None for too many to list."""
    atoms: set[str] = set()
    for op, arg in items:
        if op is sre_constants.LITERAL:
            atom = _literal_atom(arg)
            if atom is None:
                return None
            atoms.add(atom)
        elif op is sre_constants.RANGE and arg[1] - arg[0] <= 30:
            for code in range(arg[0], arg[1] + 1):
                atom = _literal_atom(code)
                if atom is None:
                    return None
                atoms.add(atom)
        elif op is sre_constants.CATEGORY and arg is sre_constants.CATEGORY_DIGIT:
            atoms.add(_DIGIT)
        else:
            return None  # negated classes, \w, \s, wide ranges
    return atoms


def _prefixes(items: Sequence[tuple[Any, Any]], size: int, rest: Callable[[int], set[Prefix]]) -> set[Prefix]:
    """The first ``size`` characters of every match of ``items`` followed by ``rest``, as atoms.

    A prefix shorter than ``size`` means any character may follow; ``()`` means any start.
    Zero-width assertions are skipped, so the result is a superset of what can match.
    """
    if size == 0:
        return {()}
    if not items:
        return rest(size)
    op, arg = items[0]
    tail = items[1:]

    def after(left: int) -> set[Prefix]:
        return _prefixes(tail, left, rest)

    if op is sre_constants.LITERAL:
        atom = _literal_atom(arg)
        return {()} if atom is None else {(atom, *p) for p in after(size - 1)}
    if op is sre_constants.IN:
        atoms = _class_atoms(arg)
        if atoms is None:
            return {()}
        following = after(size - 1)
        return {(atom, *p) for atom in atoms for p in following}
    if op is sre_constants.BRANCH:
        return set().union(*(_prefixes(list(alt), size, after) for alt in arg[1]))
    if op is sre_constants.SUBPATTERN:
        return _prefixes(list(arg[-1]), size, after)
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
        low, high, body = arg
        if body.getwidth()[0] == 0:
            return {()}

        def again(left: int) -> set[Prefix]:  # another round of the body, or what follows
            more = _prefixes(list(body), left, again) if high > 1 else set()
            return more | after(left)

        once = _prefixes(list(body), size, again)
        return once if low > 0 else once | after(size)
    if op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT, sre_constants.AT):
        return after(size)
    return {()}  # anything else: no claim about the start


def _word_prefixes(pattern: re.Pattern[str]) -> frozenset[Prefix] | None:
    """The prefixes a match of ``pattern`` starts with, when every match starts a word."""
    if not pattern.pattern.startswith(_BOUNDARY):
        return None
    found = _prefixes(list(sre_parser.parse(pattern.pattern, pattern.flags)), _PAIR, lambda _: {()})
    word_atoms = all(p and (p[0] == _DIGIT or p[0].isalnum() or p[0] == "_") for p in found)
    return frozenset(found) if word_atoms else None


_END = ""  # trie key: a prefix ends here (any characters may follow)


@dataclass
class _StartIndex:
    """Rule number -> prefixes, for the rules that only start at a word start."""

    prefixes: dict[int, frozenset[Prefix]]
    memo: dict[str, tuple[int, ...]] = field(default_factory=dict)
    trie: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for number, prefixes in self.prefixes.items():
            for prefix in prefixes:
                node = self.trie
                for atom in prefix:
                    node = node.setdefault(atom, {})
                node.setdefault(_END, set()).add(number)

    def rules_for(self, pair: str) -> tuple[int, ...]:
        """The rules a match can start with the characters ``pair`` (all of the text's rest)."""
        found: set[int] = set()
        nodes = [self.trie]
        for char in pair:
            folded = _fold(char)
            following = []
            for node in nodes:
                found.update(node.get(_END, ()))
                for atom in (folded, _DIGIT) if char.isdecimal() else (folded,):
                    child = node.get(atom)
                    if child is not None:
                        following.append(child)
            nodes = following
        for node in nodes:
            found.update(node.get(_END, ()))
        return tuple(sorted(found))

    def starts(self, text: str) -> dict[int, list[int]]:
        """Rule number -> the word starts of ``text`` where the rule may match, in text order."""
        memo = self.memo
        if len(memo) > _MEMO_LIMIT:
            memo.clear()
        found: dict[int, list[int]] = {}
        for word in _WORD_START.finditer(text):
            start = word.start()
            pair = text[start : start + _PAIR]
            numbers = memo.get(pair)
            if numbers is None:
                numbers = memo[pair] = self.rules_for(pair)
            for number in numbers:
                found.setdefault(number, []).append(start)
        return found


def _start_index(grammar: tuple[Rule, ...]) -> _StartIndex:
    prefixes = {}
    for number, rule in enumerate(grammar):
        found = _word_prefixes(rule.pattern)
        if found is not None:
            prefixes[number] = found
    return _StartIndex(prefixes)


@lru_cache(maxsize=4)
def _indexed_rules(lex: Lexicon | None) -> tuple[tuple[Rule, ...], _StartIndex]:
    """The grammar and its start index, cached by lexicon (hashing the rules costs ~70 µs)."""
    grammar = rules(lex)
    return grammar, _start_index(grammar)


def _matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` when every match starts at one of ``starts`` (ascending)."""
    position = 0
    for start in starts:
        if start < position:
            continue  # inside the previous match
        match = pattern.match(text, start)
        if match is not None:
            yield match
            position = max(match.end(), start + 1)


def select_longest(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Longest non-overlapping candidates, earlier grammar rules winning ties, in text order."""
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for cand in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        if any(cand.start < end and start < cand.end for start, end in taken):
            continue
        chosen.append(cand)
        taken.append((cand.start, cand.end))
    return sorted(chosen, key=lambda c: c.start)


def match_text(text: str, *, lex: Lexicon | None = None) -> Candidate | None:
    """The first rule matching the whole of ``text`` (used to normalize a known timex string)."""
    stripped = text.strip()
    if not stripped.endswith((".m.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")):
        stripped = stripped.rstrip(".,;:")
    for rule in rules(lex):
        match = rule.pattern.fullmatch(stripped)
        if match:
            groups = {k: v for k, v in match.groupdict().items() if v is not None}
            return Candidate(0, len(stripped), rule.kind, groups)
    return None
