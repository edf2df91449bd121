"""Read PETRARCH/TABARI actor dictionaries into knowledge-base entries.

The format, as used by the Phoenix dictionaries::

    VLADIMIR_PUTIN_  # comment
    +PUTIN_                       an alias of the entry above
    +PRESIDENT_VLADIMIR_PUTIN_
        [RUSGOV 991231-080507]    a role with dates (yymmdd or yyyymmdd)
        [RUSGOV >080508]          from a date on
        [RUSELI]                  the default role
    NATO_  [IGOWSTNAT]  # the code may sit on the name line

Underscores join words; a trailing underscore marks a whole-word match (ignored here). Lines
starting with ``#`` are comments. Problems are collected, not fatal: a dictionary of 50,000 lines
written by hand always has some.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from clio.actors.kb import Entry, Role

_CODE = re.compile(r"\[([^\]]*)\]")
_PERSON_TITLE_WORDS = frozenset({"president", "prime", "minister", "king", "general", "sheikh"})


@dataclass(slots=True)
class ImportResult:
    entries: list[Entry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _words(token: str) -> str:
    text = token.strip().strip("_").replace("_", " ")
    return " ".join(text.split())


_LOWER_WORDS = frozenset(
    {"of", "the", "and", "for", "de", "al", "bin", "el", "la", "du", "van", "von", "der"}
)
_NAME_WORDS = frozenset({"abu", "ali", "bin", "ibn", "ben", "mir", "ban", "kim", "xi", "li", "hu", "wen"})


def _display_name(words: str, *, person: bool = False) -> str:
    """``UNITED_NATIONS`` -> ``United Nations``; short acronyms (``UN``, ``U.S.``) stay upper case."""
    if not person and " " not in words and len(words) <= 5:
        return words  # a one-word name this short is an acronym: NATO, OPEC, UNHCR
    parts = []
    for index, word in enumerate(words.split(" ")):
        lower = word.lower()
        if lower in _LOWER_WORDS and index > 0:
            parts.append(lower)
        elif (len(word) <= 3 or "." in word) and lower not in _NAME_WORDS and lower not in _LOWER_WORDS:
            parts.append(word.upper())
        else:
            parts.append("-".join(p.capitalize() for p in lower.split("-")))
    return " ".join(parts)


def parse_date(text: str, *, end: bool) -> dt.date | None:
    """A TABARI date: ``yymmdd`` (yy < 30 is 20yy) or ``yyyymmdd``; None when unreadable."""
    digits = text.strip()
    if not digits.isdigit():
        return None
    if len(digits) == 6:
        year = int(digits[:2])
        year += 2000 if year < 30 else 1900
        month, day = int(digits[2:4]), int(digits[4:6])
    elif len(digits) == 8:
        year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:8])
    else:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_role(text: str) -> Role | None:
    """``RUSGOV 991231-080507`` / ``RUSGOV >080508`` / ``RUSGOV <080508`` / ``RUSGOV`` -> Role."""
    parts = text.replace("> ", ">").replace("< ", "<").split()
    if not parts:
        return None
    code = parts[0].upper()
    if not code.isalnum() or len(code) < 3:
        return None
    if len(parts) == 1:
        return Role(code)
    span = parts[1]
    if span.startswith(">"):
        start = parse_date(span[1:], end=False)
        return Role(code, start, None) if start else None
    if span.startswith("<"):
        end = parse_date(span[1:], end=True)
        return Role(code, None, end) if end else None
    if "-" in span:
        first, _, last = span.partition("-")
        start, end = parse_date(first, end=False), parse_date(last, end=True)
        if start and end and start <= end:
            return Role(code, start, end)
    return None


def _kind_for(roles: list[Role], name: str) -> str:
    codes = {r.code for r in roles}
    if any(r.dated for r in roles):
        return "person"
    if any(c.startswith("IGO") for c in codes):
        return "igo"
    if any(c.startswith("NGO") for c in codes):
        return "ngo"
    if codes and all(c.endswith("MED") or c == "MED" for c in codes):
        return "media"
    return "org"


def import_dictionary(lines: Iterable[str], *, source: str = "dictionary") -> ImportResult:
    """Entries of a TABARI/PETRARCH ``.actors`` dictionary. Bad lines become ``problems``."""
    result = ImportResult()
    name: str | None = None
    aliases: list[str] = []
    roles: list[Role] = []

    # Names listed without a code share the code of the entry that follows them.
    pending: list[str] = []

    def flush() -> None:
        if name is None:
            return
        if not roles:
            pending.extend([name, *aliases])
            return
        person = any(role.dated for role in roles)
        display = _display_name(name, person=person)
        alias_names = [_display_name(a, person=person) for a in [*pending, *aliases] if a and a != name]
        pending.clear()
        result.entries.append(
            Entry(
                name=display,
                kind=_kind_for(roles, display),
                aliases=tuple(dict.fromkeys(alias_names)),
                roles=tuple(roles),
                source=source,
            )
        )

    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\n")
        body = line.split("#", 1)[0]
        if not body.strip():
            continue
        stripped = body.strip()
        codes = _CODE.findall(stripped)
        text_part = _CODE.sub(" ", stripped).strip()
        if stripped.startswith("+"):
            if name is None:
                result.problems.append(f"{source}:{number}: alias before any entry; skipped")
                continue
            aliases.append(_words(text_part[1:]))
        elif text_part and not line[:1].isspace():
            flush()
            name, aliases, roles = _words(text_part), [], []
        elif not codes:
            result.problems.append(f"{source}:{number}: cannot read {stripped!r}; skipped")
            continue
        for code_text in codes:
            role = parse_role(code_text)
            if role is None:
                result.problems.append(f"{source}:{number}: bad code {code_text!r}; skipped")
            elif name is not None:
                roles.append(role)
    flush()
    if pending:
        result.problems.append(f"{source}: names without any code at the end: {pending[:3]}; skipped")
    return result


# Macros of the agents dictionary: ``SPOKES!PERSON!`` stands for spokesman, spokesmen, ...
_AGENT_MACROS = {
    "!PERSON!": ("man", "men", "woman", "women", "person", "people"),
    "!MINIST!": ("minister", "ministers", "ministry", "ministries"),
}
_IRREGULAR_PLURALS = {"man": "men", "woman": "women", "person": "people", "child": "children"}


def _plural(phrase: str) -> str:
    head, _, last = phrase.rpartition(" ")
    if last in _IRREGULAR_PLURALS:
        plural = _IRREGULAR_PLURALS[last]
    elif last.endswith("s") and not last.endswith("ss"):
        plural = last  # already plural ("forces", "ministers")
    elif last.endswith(("s", "x", "ch", "sh")):
        plural = last + "es"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        plural = last[:-1] + "ies"
    else:
        plural = last + "s"
    return f"{head} {plural}".strip()


def import_agents(lines: Iterable[str], *, source: str = "agents") -> tuple[dict[str, str], list[str]]:
    """Agent phrases (lower case, singular and plural) -> sector code, from a ``.agents`` file.

    ``POLICE_OFFICER [~COP]`` gives "police officer" and "police officers" -> COP. Codes written
    ``[IGO~]`` (a prefix) are kept as their letters.
    """
    agents: dict[str, str] = {}
    problems: list[str] = []
    for number, raw in enumerate(lines, start=1):
        body = raw.split("#", 1)[0].strip()
        if not body or "=" in body:
            continue
        match = _CODE.search(body)
        if match is None:
            problems.append(f"{source}:{number}: no code in {body!r}; skipped")
            continue
        code = match.group(1).replace("~", "").strip().upper()
        if not code.isalpha() or len(code) % 3:
            problems.append(f"{source}:{number}: bad code {match.group(1)!r}; skipped")
            continue
        words = body[: match.start()].replace("{}", " ").strip()
        variants = [words]
        for macro, expansions in _AGENT_MACROS.items():
            if macro in words:
                variants = [words.replace(macro, exp) for exp in expansions]
        for variant in variants:
            phrase = _words(variant).lower()
            if not phrase or "!" in phrase or phrase.endswith(" minist"):
                continue
            agents.setdefault(phrase, code)
            agents.setdefault(_plural(phrase), code)
    return agents, problems


def is_place_block(entry: Entry) -> bool:
    """True for entries coded with a bare country code only (country names, cities, provinces).

    Phoenix lists a country's cities and provinces as aliases of the country; Clio keeps its own
    country table and treats cities as places (the places component), so these are left out of
    the built-in seed.
    """
    return all(len(role.code) == 3 and not role.dated for role in entry.roles)
