"""What the coder carries between steps: a coded predicate before its actors are resolved, and
what it knows of the story so far.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from clio.records import Actor, Event, Span
from clio.time.dating import DateMark

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True, slots=True)
class Coded:
    """A predicate with its code, before its arguments are resolved to actors."""

    code: str
    pattern: str
    confidence: float
    predicate: Token  # whose subject is the source
    target_from: tuple[Token, ...]  # whose objects are targets, in order of preference
    nominal: bool = False
    claims: tuple[int, ...] = field(default=())
    # Clauses whose subject is a target too: "demanded that Israel withdraw" -> Israel.
    clause_targets: tuple[Token, ...] = field(default=())
    # "received weapons from X": X is the source and the subject the target.
    reverse: bool = False
    mutual: bool = False  # coded both ways with a named partner (see Pattern.mutual)
    # Predicates whose doers are the targets: "said Indian troops obstructed a patrol" accuses them.
    doers_of: tuple[Token, ...] = field(default=())
    base: str = ""  # the code of the act itself, when a frame made it an intent or threat
    # Argument heads that name the target outright ("unhappy with the steps of Israel").
    target_heads: tuple[Token, ...] = field(default=())
    # Argument heads that name the source outright ("according to police").
    source_heads: tuple[Token, ...] = field(default=())
    # An event only when someone is named as its other party (see Frame.stands_alone).
    needs_party: bool = False
    # The targets taken over from an act the story told before ("Bahrain followed suit": whom
    # the act it copies was aimed at); when set, the only targets.
    given_targets: tuple[Actor, ...] = field(default=())


@dataclass(slots=True)
class Story:
    """What the coder knows of the article so far, sentence by sentence: the events coded, the
    story's time (see clio.time.dating) and how often each country is named (its salience)."""

    events: list[Event] = field(default_factory=list)
    reference: dt.date | None = None
    salience: dict[str, int] = field(default_factory=dict)
    mentions: Sequence[Actor] = ()
    commentary: Sequence[Span] = ()  # direct quotes of people who are no actor (analysts, residents)
    implied: set[tuple[int, Actor]] = field(default_factory=set)  # (predicate, target) not in the text
    sentence_mentions: Sequence[Actor] = ()  # the actors of the sentence being coded
    place_countries: dict[str, int] = field(default_factory=dict)  # how often places name a country
    marks: list[DateMark] | None = None  # the dated expressions of the sentence being coded
    # The sources of the sentence being coded, by the root of what they do (two-digit keys)
    # and by its full code (three or four digits).
    sentence_sources: dict[str, list[Actor]] = field(default_factory=dict)
    # Events told as a detail of a noun ("an attack by government forces that killed dozens"),
    # not as what happened: a later "the strikes" refers to the latter first.
    asides: set[str] = field(default_factory=set)
