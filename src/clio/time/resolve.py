"""Resolve a grammar match to a TIMEX3 (type, value, mod) against an anchor date and a tense.

``tense`` is ``"past"``, ``"present"``, ``"future"`` or ``""`` (unknown). It only matters for
expressions that name a calendar position without its year or week ("on Wednesday", "in
February", "the third quarter", "Christmas"): future tense picks the next such day or month on or
after the anchor, anything else the latest one on or before it (news mostly reports what
happened). Without an anchor, purely relative expressions get the value ``None`` and partial
calendar dates keep an unknown year (``XXXX-12-25``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from functools import lru_cache

from clio.time import calendar as cal
from clio.time.grammar import Candidate, cased_words
from clio.time.lexicon import Lexicon, load_lexicon

Resolved = tuple[str, str | None, str | None]  # (type, value, mod)

_SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
_DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5,
    "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
}  # fmt: skip
_TIME_UNITS = {"S", "MIN", "H"}
_NEAR_DAYS = 45
_FAR_DAYS = 183


def _future(tense: str) -> bool:
    return tense == "future"


def _position_mod(pos: str | None) -> str | None:
    if not pos:
        return None
    words = pos.lower()
    if "mid" in words:
        return "MID"
    if any(w in words for w in ("begin", "start", "early", "earlier")):
        return "START"
    if any(w in words for w in ("end", "close", "late", "latter")):
        return "END"
    return None


def _offset(rel: str | None) -> int | None:
    """-1, 0 or +1 for a relative word; None when there is none."""
    if not rel:
        return None
    word = rel.lower().split()[-1]
    if word in ("this", "current", "same"):
        return 0
    if word in ("last", "past", "previous", "latest"):
        return -1
    if word in ("next", "coming", "following"):
        return 1
    return None


def parse_number(text: str, lex: Lexicon) -> float | None:
    """A cardinal from digits or words ("24", "twenty-four", "a dozen"); None when vague."""
    words = re.sub(r"\s+", " ", text.lower().strip())
    if re.fullmatch(r"\d+(?:,\d{3})*", words):
        return float(words.replace(",", ""))
    if re.fullmatch(r"\d+\.\d+", words):
        return float(words)
    if words in lex.numbers:
        return float(lex.numbers[words])
    parts = re.split(r"[- ]", words)
    if len(parts) == 2 and parts[0] in lex.numbers and parts[1] in lex.numbers:
        return float(lex.numbers[parts[0]] + lex.numbers[parts[1]])
    return None


def _fmt_number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration: ``P3D``, ``PT2H``, ``P20Y`` for two decades, ``PXY`` when vague."""
    if unit == "WE":
        return "P2D" if amount == 1 else ("PXWE" if amount is None else f"P{_fmt_number(2 * amount)}D")
    scale = {
        "DE": (10, "Y"),
        "CE": (100, "Y"),
        "ML": (1000, "Y"),
        "W2": (2, "W"),
        "Q": (3, "M"),
        "MIN": (1, "M"),
    }
    factor, code = scale.get(unit, (1, unit))
    if amount is None:
        body = f"X{code}" if unit not in ("DE", "CE", "ML") else f"X{unit}"
    else:
        total = amount * factor
        if total != int(total):  # "half an hour", "1.5 years": express in the next smaller unit
            smaller = {"Y": (12, "M"), "M": (30, "D"), "D": (24, "H"), "H": (60, "M"), "W": (7, "D")}
            if code in smaller and not (code == "M" and unit == "MIN"):
                mult, code = smaller[code]
                total *= mult
        body = f"{_fmt_number(total)}{code}"
    return f"PT{body}" if unit in _TIME_UNITS else f"P{body}"


def _unit_code(word: str, lex: Lexicon) -> str:
    word = word.lower()
    singular = {"centuries": "century", "millennia": "millennium"}.get(word, word.rstrip("s"))
    if singular == "minute":
        return "MIN"
    return lex.units.get(singular, "X")


def _month_year(anchor: dt.date, month: int, *, future: bool, strict: int = 0) -> int:
    """Year of ``month`` nearest the anchor in the given direction; ``strict`` excludes its month."""
    if strict < 0:
        return anchor.year if month < anchor.month else anchor.year - 1
    if strict > 0:
        return anchor.year if month > anchor.month else anchor.year + 1
    if future:
        return anchor.year if month >= anchor.month else anchor.year + 1
    return anchor.year if month <= anchor.month else anchor.year - 1


def _nearest_month_year(anchor: dt.date, month: int) -> int:
    """Year putting ``month`` closest to the anchor's month (ties go to the past)."""
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    return min(years, key=lambda y: (abs(12 * (y - anchor.year) + month - anchor.month), y))


def _nearest_day(anchor: dt.date, month: int, day: int) -> dt.date | None:
    """The date with this month and day closest to the anchor."""
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    options = [dt.date(y, month, day) for y in years if cal.valid_day(y, month, day)]
    return min(options, key=lambda d: (abs((d - anchor).days), d)) if options else None


def _day_in_direction(anchor: dt.date, month: int, day: int, *, future: bool) -> dt.date | None:
    for year in (anchor.year, anchor.year + 1) if future else (anchor.year, anchor.year - 1):
        if cal.valid_day(year, month, day):
            candidate = dt.date(year, month, day)
            if (candidate >= anchor) if future else (candidate <= anchor):
                return candidate
    return None


def _weekday_date(anchor: dt.date, weekday: int, *, future: bool, strict: int = 0) -> dt.date:
    today = anchor.isoweekday()
    if strict < 0 or (strict == 0 and not future):
        back = (today - weekday) % 7 or (7 if strict < 0 else 0)
        return anchor - dt.timedelta(days=back)
    ahead = (weekday - today) % 7 or (7 if strict > 0 else 0)
    return anchor + dt.timedelta(days=ahead)


def _iso(day: dt.date) -> str:
    return day.isoformat()


# --- one resolver per grammar kind -------------------------------------------------------


def _r_iso(g: dict[str, str], anchor: dt.date | None, tense: str, lex: Lexicon) -> Resolved | None:
    year, month, day = int(g["year"]), int(g["mnum"]), int(g["dnum"])
    if not cal.valid_day(year, month, day):
        return None
    value = f"{year:04d}-{month:02d}-{day:02d}"
    if "hh" in g:
        return "TIME", f"{value}T{g['hh']}:{g['mm']}", None
    return "DATE", value, None


def _r_numeric(g: dict[str, str], anchor: dt.date | None, tense: str, lex: Lexicon) -> Resolved | None:
    year = int(g["yy"])
    if year < 100:
        year += 2000 if year < 50 else 1900
    month, day = int(g["mnum"]), int(g["dnum"])
    if not cal.valid_day(year, month, day):
        return None
    return "DATE", f"{year:04d}-{month:02d}-{day:02d}", None


def _month_number(g: dict[str, str], lex: Lexicon) -> int:
    return lex.months[g["month"].lower().rstrip(".")]


def _r_month_day(g: dict[str, str], anchor: dt.date | None, tense: str, lex: Lexicon) -> Resolved | None:
    month, day = _month_number(g, lex), int(g["day"])
    mod = _position_mod(g.get("pos"))
    if "year" in g:
        year = int(g["year"])
        if not cal.valid_day(year, month, day):
            return None
        return "DATE", f"{year:04d}-{month:02d}-{day:02d}", mod
    if not cal.valid_day(2000, month, day):
        return None
    if anchor is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}", mod
    if tense in ("past", "future"):
        resolved = _day_in_direction(anchor, month, day, future=_future(tense))
        other = _day_in_direction(anchor, month, day, future=not _future(tense))
        # A clause naming a day some weeks on the other side of the article date, when the
        # tense's side would put it most of a year away, has a misread tense (often the
        # reporting verb's): news names days close to its date.
        if (
            resolved is not None
            and other is not None
            and abs((other - anchor).days) <= _NEAR_DAYS
            and abs((resolved - anchor).days) > _FAR_DAYS
        ):
            resolved = other
    else:
        resolved = _nearest_day(anchor, month, day)
    return "DATE", (_iso(resolved) if resolved else f"XXXX-{month:02d}-{day:02d}"), mod


def _r_month(g: dict[str, str], anchor: dt.date | None, tense: str, lex: Lexicon) -> Resolved | None:
    month = _month_number(g, lex)
    mod = _position_mod(g.get("pos"))
    if "year" in g:
        return "DATE", f"{g['year']}-{month:02d}", mod
    if anchor is None:
        return "DATE", f"XXXX-{month:02d}", mod
    offset = _offset(g.get("rel")) if "rel" in g else _offset(g.get("yrel"))
    if "yrel" in g:  # "June last year"
        year = anchor.year + (offset or 0)
    elif offset == 0:
        year = anchor.year
    elif offset is None and tense not in ("past", "future"):
        year = _nearest_month_year(anchor, month)
    else:
        year = _month_year(anchor, month, future=_future(tense), strict=offset or 0)
        if (
            offset is None
            and tense == "past"
            and cal.shift_months(anchor.year, anchor.month, 1)
            == (anchor.year if month > 1 else anchor.year + 1, month)
        ):
            year = anchor.year if month > 1 else anchor.year + 1  # next month: see _r_month_day
    return "DATE", f"{year:04d}-{month:02d}", mod


def _r_year(g: dict[str, str], anchor: dt.date | None, tense: str, lex: Lexicon) -> Resolved | None:
    return "DATE", g["year"], _position_mod(g.get("pos"))


def _r_era_year(g: dict[str, str], anchor: dt.date | None, tense: str, lex: Lexicon) -> Resolved | None:
    year = int(g["eyear"])
    if year == 0:
        return None
    before_christ = g["era"].upper().replace(".", "") in ("BC", "BCE")
    return "DATE", (f"BC{year:04d}" if before_christ else f"{year:04d}"), _position_mod(g.get("pos"))


def _century_digits(anchor: dt.date | None, decade_digit: int) -> str:
    if anchor is None:
        return "19"
    century, this_decade = divmod(anchor.year // 10, 10)
    return str(century if decade_digit <= this_decade else century - 1)


def _r_decade(g: dict[str, str], anchor: dt.date | None, tense: str, lex: Lexicon) -> Resolved | None:
    mod = _position_mod(g.get("pos"))
    if "decade" in g:
        return "DATE", g["decade"], mod
    digit = int(g["decade2"]) if "decade2" in g else _DECADE_WORDS[g["decword"].lower()]
    return "DATE", _century_digits(anchor, digit) + str(digit), mod


def _r_century(g: dict[str, str], anchor: dt.date | None, tense: str, lex: Lexicon) -> Resolved | None:
    word = g["cent"].lower()
    number = int(re.sub(r"\D", "", word)) if word[0].isdigit() else lex.ordinals.get(word, 0)
    if not 1 <= number <= 30:
        return None
    return "DATE", f"{number - 1:02d}", _position_mod(g.get("pos"))


def _r_weekday(g: dict[str, str], anchor: dt.date | None, tense: str, lex: Lexicon) -> Resolved | None:
    weekday = lex.weekdays[g["weekday"].lower()]
    mod = _position_mod(g.get("pos"))
    suffix = ""  # news annotation dates "Wednesday night" as the day itself
    if anchor is None:
        return "DATE", f"XXXX-WXX-{weekday}{suffix}", mod
    week = g.get("week")
    if week:
        # "Wednesday last week": that weekday in the calendar week before (or after) the anchor's.
        shift = {"last": -7, "next": 7}.get(week.lower(), 0)
        monday = anchor - dt.timedelta(days=anchor.isoweekday() - 1)
        return "DATE", _iso(monday + dt.timedelta(days=shift + weekday - 1)) + suffix, mod
    offset = _offset(g.get("rel"))
    if offset == 0:
        day = _weekday_date(anchor, weekday, future=_future(tense) or tense == "present")
    else:
        day = _weekday_date(anchor, weekday, future=_future(tense), strict=offset or 0)
    return "DATE", _iso(day) + suffix, mod


def _r_deictic(g: dict[str, str], anchor: dt.date | None, tense: str, lex: Lexicon) -> Resolved | None:
    word = g["deix"].lower()
    pod = lex.parts_of_day.get(g.get("pod", "").lower())
    mod = _position_mod(g.get("pos"))
    shift = {"yesterday": -1, "tomorrow": 1, "last": -1 if pod == "NI" else 0}.get(word, 0)
    if word == "tonight":
        pod = "NI"
    if word == "last" and pod != "NI":  # "last evening" is yesterday evening
        shift = -1
    if anchor is None:
        return ("TIME" if pod else "DATE"), None, mod
    day = _iso(anchor + dt.timedelta(days=shift))
    if pod:
        return "TIME", f"{day}T{pod}", mod
    return "DATE", day, mod


def _unit_value(unit: str, anchor: dt.date, offset: int) -> str | None:
    if unit == "week":
        return cal.iso_week(anchor + dt.timedelta(days=7 * offset))
    if unit == "weekend":
        base = anchor if anchor.isoweekday() >= 6 or offset >= 0 else anchor - dt.timedelta(days=7)
        return cal.iso_week(base + dt.timedelta(days=7 * max(offset, 0))) + "-WE"
    if unit == "month":
        year, month = cal.shift_months(anchor.year, anchor.month, offset)
        return f"{year:04d}-{month:02d}"
    if unit == "quarter":
        year, month = cal.shift_months(anchor.year, anchor.month, 3 * offset)
        return f"{year:04d}-Q{cal.quarter_of(month)}"
    if unit in ("year", "fiscal year"):
        return f"{anchor.year + offset:04d}"
    if unit == "decade":
        return str(anchor.year // 10 + offset)
    if unit == "century":
        return f"{anchor.year // 100 + offset:02d}"
    return None


def _r_relunit(g: dict[str, str], anchor: dt.date | None, tense: str, lex: Lexicon) -> Resolved | None:
    unit = re.sub(r"\s+", " ", g["unit"].lower())
    rel = re.sub(r"\s+", " ", g["rel"].lower())
    mod = _position_mod(g.get("pos"))
    offset = (1 if _future(tense) else -1) if unit == "weekend" and rel == "the" else _offset(rel)
    if offset is None:
        return None
    if anchor is None:
        return "DATE", None, mod
    return "DATE", _unit_value(unit, anchor, offset), mod


def _r_posunit(g: dict[str, str], anchor: dt.date | None, tense: str, lex: Lexicon) -> Resolved | None:
    mod = _position_mod(g.get("pos"))
    if mod is None:
        return None
    if anchor is None:
        return "DATE", None, mod
    return "DATE", _unit_value(g["unit"].lower(), anchor, 0), mod


def _r_season(g: dict[str, str], anchor: dt.date | None, tense: str, lex: Lexicon) -> Resolved | None:
    code = lex.seasons[g["season"].lower()]
    mod = _position_mod(g.get("pos"))
    if "year" in g:
        return "DATE", f"{g['year']}-{code}", mod
    if anchor is None:
        return "DATE", f"XXXX-{code}", mod
    center = _SEASON_MONTH[code]
    offset = _offset(g.get("rel"))
    if offset == 0:
        year = anchor.year
    elif offset == -1:
        year = anchor.year if center + 1 < anchor.month else anchor.year - 1
    elif offset == 1:
        year = anchor.year if center - 1 > anchor.month else anchor.year + 1
    elif _future(tense):
        year = anchor.year if center + 1 >= anchor.month else anchor.year + 1
    else:
        year = anchor.year if center - 1 <= anchor.month else anchor.year - 1
    return "DATE", f"{year:04d}-{code}", mod


def _r_quarter(g: dict[str, str], anchor: dt.date | None, tense: str, lex: Lexicon) -> Resolved | None:
    rel = g.get("rel", "").lower()
    unit = g.get("qunit", "quarter").lower()
    year_back = 1 if ("year-earlier" in rel or "year-ago" in rel) else 0
    if "ord" in g or "qnum" in g:
        number = int(g["qnum"]) if "qnum" in g else lex.ordinals.get(g["ord"].lower(), 0)
        limit = 2 if unit == "half" else 4
        if not 1 <= number <= limit:
            return None
        code = f"H{number}" if unit == "half" else f"Q{number}"
        if "year" in g:
            return "DATE", f"{g['year']}-{code}", None
        if anchor is None:
            return "DATE", f"XXXX-{code}", None
        current = cal.quarter_of(anchor.month) if unit == "quarter" else (1 if anchor.month <= 6 else 2)
        year = anchor.year - year_back
        if not year_back and number > current and not _future(tense) and tense != "present":
            year -= 1
        return "DATE", f"{year:04d}-{code}", None
    if anchor is None:
        return "DATE", None, None
    words = rel.split()
    offset = next((o for o in (_offset(w) for w in words) if o is not None), None)
    if offset is None:  # "the quarter", "the year-ago period": the one just reported on
        offset = 0 if _future(tense) else -1
    if year_back and offset == 0:
        offset = -1
    year, month = cal.shift_months(anchor.year, anchor.month, 3 * offset - 12 * year_back)
    return "DATE", f"{year:04d}-Q{cal.quarter_of(month)}", None


def _mod_of(g: dict[str, str], lex: Lexicon) -> str | None:
    word = g.get("mod") or g.get("mod2")
    return lex.mods.get(re.sub(r"\s+", " ", word.lower())) if word else None


def _shifted(anchor: dt.date, amount: float, unit: str) -> str | None:
    n = int(amount)
    if unit in ("S", "MIN", "H"):
        return _iso(anchor)
    if unit == "D":
        return _iso(anchor + dt.timedelta(days=n))
    if unit in ("W", "W2"):
        return cal.iso_week(anchor + dt.timedelta(days=7 * n * (2 if unit == "W2" else 1)))
    if unit in ("M", "Q"):
        year, month = cal.shift_months(anchor.year, anchor.month, n * (3 if unit == "Q" else 1))
        return f"{year:04d}-{month:02d}"
    if unit == "Y":
        return f"{anchor.year + n:04d}"
    if unit == "DE":
        return str((anchor.year + 10 * n) // 10)
    if unit == "CE":
        return f"{(anchor.year + 100 * n) // 100:02d}"
    return None


def _r_duration(g: dict[str, str], anchor: dt.date | None, tense: str, lex: Lexicon) -> Resolved | None:
    suffix = g.get("suffix", "").strip().lower()
    if "old" in suffix:
        return None  # an age: "a 45-year-old man"
    unit = _unit_code(g["unit"], lex)
    if unit == "X":
        return None
    amount = parse_number(g["num"], lex)
    if amount is not None and amount >= 1000 and unit not in ("Y", "D", "H", "MIN", "S"):
        return None  # "the 1988 quarter" is a year, not 1988 quarters
    mod = _mod_of(g, lex)
    if suffix:
        sign = -1 if suffix in ("ago", "earlier", "before") else 1
        if amount is None:
            return "DATE", ("PAST_REF" if sign < 0 else "FUTURE_REF"), mod
        if anchor is None:
            return "DATE", None, mod
        return "DATE", _shifted(anchor, sign * amount, unit), mod
    return "DURATION", duration_value(amount, unit), mod


def _r_vague(g: dict[str, str], anchor: dt.date | None, tense: str, lex: Lexicon) -> Resolved | None:
    unit = _unit_code(g["unit"], lex)
    suffix = g.get("suffix", "").lower()
    if suffix:
        return "DATE", ("PAST_REF" if suffix in ("ago", "earlier") else "FUTURE_REF"), None
    return "DURATION", duration_value(None, unit), _mod_of(g, lex)


def _r_set(g: dict[str, str], anchor: dt.date | None, tense: str, lex: Lexicon) -> Resolved | None:
    if "setword" in g:
        return "SET", lex.sets[g["setword"].lower()], None
    if "weekdays" in g:
        return "SET", f"XXXX-WXX-{lex.weekdays[g['weekdays'].lower()[:-1]]}", None
    unit_word = g["unit"].lower()
    if unit_word in lex.weekdays:
        return "SET", f"XXXX-WXX-{lex.weekdays[unit_word]}", None
    if unit_word in lex.months:
        return "SET", f"XXXX-{lex.months[unit_word]:02d}", None
    if unit_word in lex.parts_of_day:
        return "SET", f"TXX{lex.parts_of_day[unit_word]}", None
    amount = parse_number(g["num"], lex) if "num" in g else 1.0
    if "other" in g:
        amount = 2.0
    unit = _unit_code(unit_word, lex)
    if unit == "X":
        return None
    return "SET", duration_value(amount or 1.0, unit), None


def _r_clock(g: dict[str, str], anchor: dt.date | None, tense: str, lex: Lexicon) -> Resolved | None:
    word = g.get("word", "").lower()
    if word:
        clock = "24:00" if word == "midnight" else "12:00"
    else:
        hour = int(g["hh"])
        minute = int(g.get("mm", "0"))
        ampm = g.get("ampm", "").lower()
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        clock = f"{hour:02d}:{minute:02d}"
    if anchor is None:
        return "TIME", f"XXXX-XX-XXT{clock}", None
    day = anchor
    if "weekday" in g:
        day = _weekday_date(anchor, lex.weekdays[g["weekday"].lower()], future=_future(tense))
    elif "deix" in g:
        day = anchor + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(g["deix"].lower(), 0))
    return "TIME", f"{_iso(day)}T{clock}", None


def _holiday_key(name: str) -> str:
    return re.sub(r"\s+", " ", name.lower())


def _fixed_day(key: str, nation: str, lex: Lexicon) -> str | None:
    """The ``MM-DD`` of a fixed holiday. A national holiday ("Independence Day") falls on the
    day of the country named before it, and on no known day without one: a story from Manila
    or Delhi does not mean 4 July."""
    if key in lex.national_holidays:
        return lex.national_holidays[key].get(re.sub(r"\s+", " ", nation.lower()))
    return lex.holidays.get(key)


def story_nation(text: str, holiday: str, lex: Lexicon) -> str | None:
    """The country word a bare national holiday ("Independence Day" with no country before it)
    belongs to: the story's own country, the one whose words (of those the holiday's table
    knows: "American", "U.S.", "India's") the text uses most, the first named on a tie. A
    story from Washington that says "U.S." and "American" means 4 July; one that names none of
    the table's countries leaves the day unknown. None when ``holiday`` is no national holiday
    or the text names none of its countries."""
    days = lex.national_holidays.get(_holiday_key(holiday))
    if not days:
        return None
    counts: dict[str, int] = {}
    first: dict[str, str] = {}
    for match in _nation_words(days).finditer(text):
        word = re.sub(r"\s+", " ", match.group(0).lower())
        day = days.get(word)
        if day is None:
            continue
        counts[day] = counts.get(day, 0) + 1
        first.setdefault(day, word)
    if not counts:
        return None
    # max() keeps the first of equal counts, and dicts keep the order days were first named.
    return first[max(counts, key=lambda day: counts[day])]


def _nation_words(days: Mapping[str, str]) -> re.Pattern[str]:
    return _nation_pattern(tuple(sorted(days)))


@lru_cache(maxsize=16)
def _nation_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """The country words of one holiday as whole words, capitalised or upper case only ("US",
    not the pronoun "us")."""
    return re.compile(rf"(?<![\w.]){cased_words(words)}(?!\w)")


def _holiday_date(name: str, year: int, fixed: str | None) -> dt.date:
    key = _holiday_key(name)
    if key.startswith("thanksgiving"):
        return cal.nth_weekday(year, 11, 4, 4)
    if key.startswith("easter"):
        return cal.easter(year)
    if fixed is None:
        raise ValueError(f"no day known for the holiday {name!r}")
    month, day = (int(x) for x in fixed.split("-"))
    return dt.date(year, month, day)


def _r_holiday(g: dict[str, str], anchor: dt.date | None, tense: str, lex: Lexicon) -> Resolved | None:
    name = g["holiday"]
    key = _holiday_key(name)
    fixed = _fixed_day(key, g.get("nation", ""), lex)
    if fixed is None and not key.startswith(("thanksgiving", "easter")):
        return None  # a national holiday of a country the text does not name
    if "year" in g:
        return "DATE", _iso(_holiday_date(name, int(g["year"]), fixed)), None
    if anchor is None:
        return "DATE", (f"XXXX-{fixed}" if fixed else None), None
    this_year = _holiday_date(name, anchor.year, fixed)
    if _future(tense):
        day = this_year if this_year >= anchor else _holiday_date(name, anchor.year + 1, fixed)
    else:
        day = this_year if this_year <= anchor else _holiday_date(name, anchor.year - 1, fixed)
    return "DATE", _iso(day), None


def _r_ref(g: dict[str, str], anchor: dt.date | None, tense: str, lex: Lexicon) -> Resolved | None:
    word = re.sub(r"\s+", " ", g["ref"].lower())
    if word in lex.present_ref:
        return "DATE", "PRESENT_REF", None
    if word in lex.past_ref:
        return "DATE", "PAST_REF", None
    return "DATE", "FUTURE_REF", None


Resolver = Callable[[dict[str, str], dt.date | None, str, Lexicon], Resolved | None]

RESOLVERS: dict[str, Resolver] = {
    "iso": _r_iso,
    "numeric": _r_numeric,
    "month_day": _r_month_day,
    "month": _r_month,
    "year": _r_year,
    "era_year": _r_era_year,
    "decade": _r_decade,
    "century": _r_century,
    "weekday": _r_weekday,
    "deictic": _r_deictic,
    "relunit": _r_relunit,
    "posunit": _r_posunit,
    "season": _r_season,
    "quarter": _r_quarter,
    "duration": _r_duration,
    "vague": _r_vague,
    "set": _r_set,
    "clock": _r_clock,
    "holiday": _r_holiday,
    "ref": _r_ref,
}


def resolve(
    candidate: Candidate, *, anchor: dt.date | None, tense: str = "", lex: Lexicon | None = None
) -> Resolved | None:
    """TIMEX3 (type, value, mod) for a grammar match, or None when it is not a time after all."""
    return RESOLVERS[candidate.kind](candidate.groups, anchor, tense, lex or load_lexicon())
