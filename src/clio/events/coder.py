"""The rule coder: a parsed Doc (with actors) in, CAMEO-coded Events out.

For every sentence outside noise:

1. *Frames first.* A frame verb ("plan", "threaten", "refuse", "deny", "urge", "demand", and the
   hypotheticals "consider", "could") that governs an event (an ``xcomp``/``ccomp`` verb, or an
   event noun as object or ``for``-object) yields one framed event — "plans to meet" -> 036,
   "threatened sanctions" -> 1312, "urged X to withdraw" -> 0256 — and claims the inner event.
   Hypothetical frames claim it and yield nothing.
2. *Verbs.* A verb's best pattern (most satisfied constraints) gives its code; a light verb
   ("held talks", "imposed sanctions") takes the code of its event-noun object. A future
   auxiliary turns an action into a stated intent ("will attend" -> 03x, "will attack" -> 138).
3. *Nouns.* Remaining event nouns with an explicit source ("Russia's annexation of Crimea",
   "talks between A and B") are nominal events.

Negated or conditional predicates are skipped; "say" and other reporting verbs are not events,
so "X said Y attacked Z" yields Y -> Z. Coordinated arguments give one event per actor; a
two-way event without a target ("A and B signed a deal") gives both directions.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from clio.events import arguments as args
from clio.events.children import children_of, children_table
from clio.events.merge import merge_events
from clio.events.modality import (
    ASPECTUAL_VERBS,
    clause_is_unasserted,
    has_future_aux,
    is_background,
    is_future,
    is_negated,
    is_noun_complement,
)
from clio.events.patterns import NO_EVENT, Frame, Pattern, PatternBook
from clio.ontology import CameoCode, load_cameo
from clio.records import Actor, Event, Location, Span, event_id
from clio.time.dating import (
    DateMark,
    event_date,
    is_history,
    latest_day,
    precision_of,
    sentence_marks,
    sentence_time,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# What a future act "meets" when it is threatened: "would meet a firm response", "will face
# consequences", "will be met with force", "would trigger retaliation".
CONSEQUENCE_VERBS = frozenset({"meet", "face", "trigger", "draw", "provoke", "invite", "bring"})
# "would take (all necessary) measures": what a side says it will do to another.
MEASURE_TAKING_VERBS = frozenset({"take", "adopt"})
MEASURE_NOUNS = frozenset({"measure", "step", "action", "countermeasure"})
CONDITION_MARKS = frozenset({"if", "unless", "should"})
RESOLUTE_WORDS = frozenset(
    {"necessary", "further", "retaliatory", "reciprocal", "resolute", "decisive", "firm", "tough", "strong",
     "proportionate", "forceful"}
)  # fmt: skip
REPORTING_VERBS = frozenset(
    {
        "say",
        "tell",
        "announce",
        "state",
        "add",
        "claim",
        "declare",
        "insist",
        "write",
        "report",
        "note",
        "confirm",
        "reiterate",
        "stress",
        "assert",
        "indicate",
        "signal",
        "warn",
        "vow",
        "promise",
        "pledge",
        "threaten",
        "deny",
        "admit",
        "acknowledge",
        "explain",
        "argue",
        "tweet",
        "post",
    }
)
# Frames whose clause complements ("denied that ...") are framed; for the others a clause
# complement is reported content and is coded on its own.
# Where an "-ing" word stands as a noun ("the shooting sparked protests").
GERUND_NOUN_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
CLAUSE_FRAMES = frozenset({"deny", "threat", "demand", "refuse"})
# Intent verbs whose finite clause in the future is what they promise ("pledged that it would").
PROMISE_LEMMAS = frozenset({"vow", "swear", "pledge", "promise"})
# Particles that make a frame verb another verb ("call off", "call in", "press ahead").
PHRASAL_PARTICLES = frozenset({"off", "out", "in", "up", "down", "back", "away", "ahead"})
# Intent verbs that ask something of whoever they name with an infinitive ("wants X to go").
WANTING_LEMMAS = frozenset({"want", "wish"})
# Orders whose object is the act ordered ("ordered a ceasefire"), not a demand on someone.
ACTING_ORDERS = frozenset({"order"})
# What a leader orders their own side to do: yield (ceasefires, withdrawals, releases), show or
# use force, coerce. ("ordered an investigation against Iran" stays a demand, as CAMEO codes it.)
ORDERED_ROOTS = frozenset({"08", "15", "17", "18", "19", "20"})
# How a stated feeling names what it is about: "unhappy with", "disappointed by/at", "angry
# over", "worried about", "critical of", "grateful to".
STANCE_PREPS = frozenset({"with", "by", "at", "over", "about", "of", "to", "toward", "towards"})
STANCE_PATTERN = "report.stance"
# What one declines to do when one "declines to comment" (CAMEO 011).
COMMENT_VERBS = frozenset({"comment", "say", "elaborate", "discuss", "speak", "talk", "specify", "disclose"})
DECLINE_COMMENT = "011"
# Frames whose "to" infinitive the parser sometimes attaches as an adverbial clause.
TO_CLAUSE_FRAMES = frozenset({"intent", "threat", "refuse"})
# A warning that something "could", "may" or "might" be done threatens it ("should" asks for it).
WARNED_POSSIBILITY = frozenset({"could", "may", "might"})
# What may stand between a verb and its "to" clause: when and how ("offered on Monday to help").
ADJUNCT_DEPS = frozenset({"prep", "advmod", "npadvmod"})
_IMPORTED_PATTERN_DISCOUNT = 0.85
# Cooperation between coordinated subjects is mutual ("A and B met"); a protest by "A and B
# activists" is not aimed at each other.
RECIPROCAL_ROOTS = frozenset({"03", "04", "06"})
FORCE_POSTURE_ROOT = "15"
GENERIC_ASSAULT = "190"
# Handing something over: aid, the intent to give it, extradition, shared intelligence. What
# is handed over (the source's own people or goods) is not a recipient.
AID_PREFIXES = ("07", "033", "063", "064")
FORCE_DESTINATION_PREPS = ("to", "near", "along", "towards", "around", "off")
# Roots coded with an unknown source when only the victim is named (assault, fight, mass violence).
UNKNOWN_AGENT_ROOTS = frozenset({"18", "19", "20"})
# Verbs whose "of"/"for" gerund is the act alleged, not an act done ("accused X of attacking").
ACCUSING_LEMMAS = frozenset({
    "accuse", "blame", "charge", "suspect", "indict", "convict", "condemn", "criticize", "criticise",
    "denounce", "fault", "sue",
})  # fmt: skip
# An order to leave expels (CAMEO 166, expel or withdraw).
EXPULSION = "166"
EXPELLING_ORDERS = frozenset({"order", "instruct", "command"})
LEAVING_LEMMAS = frozenset({"leave", "depart", "quit", "exit", "go"})
# Verbs whose named person object is a visitor hosted (CAMEO 043).
HOSTING_VERBS = frozenset({"receive", "welcome", "greet"})
HOST_VISIT = "043"
# Appeals and demands: what is asked may be a clause whose subject is the one asked.
REQUEST_ROOTS = frozenset({"02", "10"})
# Spans of time by which an event noun is measured ("ended two days of talks").
TIME_SPANS = frozenset({"day", "week", "month", "hour", "round", "session", "year"})
# Prepositions of the state a light verb puts its object in ("put the army on alert", "placed
# the region under martial law").
STATE_PREPS = frozenset({"on", "under"})
# Roots whose acts a government may turn on its own officials (coerce, assault, fight).
INWARD_ROOTS = frozenset({"17", "18", "19"})
VISIT_CODES = frozenset({"042", "043"})
# Verbs of answering an act, whose object is what the other side did to the subject.
RESPONSE_VERBS = frozenset({"respond", "react", "retaliate", "reply"})
# Roots of cooperation, verbal and material: intents, consultation, support, aid, yielding.
COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
# Killing a named political figure is an assassination (186).
ASSASSINATION = "186"
KILLING_LEMMAS = frozenset({"kill", "murder", "slay", "assassinate", "execute"})
POLITICAL_SECTORS = frozenset({"GOV", "ELI", "PTY", "LEG", "OPP", "JUD", "HRI"})
# Possessives by which a source names its own people or things ("recalled its ambassador").
OWN_PRONOUNS = frozenset({"its", "their"})
# Prepositions whose place object is the target when no actor is named: the setting ("in"), and
# where an act is aimed ("a blockade on Gaza", "fired at Kharkiv", "struck targets near Damascus").
PLACE_TARGET_PREPS = ("in", "on", "against", "at", "into", "near", "outside", "to")
# Taking by force (confiscate 171, occupy 192): what is taken "from X" is taken from a target
# ("recaptured the town from the rebels", "seized weapons from the militia"); fire comes "from"
# a place, so other codes keep "from" out.
TAKING_CODES = ("171", "192")
EMBARGO_CODE = "163"
PUBLIC_NOUNS = frozenset(
    {"citizen", "national", "resident", "people", "public", "traveller", "traveler", "tourist", "population"}
)
AGREEMENT_NOUNS = frozenset(
    {"agreement", "deal", "accord", "treaty", "pact", "truce", "ceasefire", "memorandum"}
)
OCCUPY_PREFIX = "192"
# Reporting verbs that present a future act as decided ("announced it would ...").
DECISION_VERBS = frozenset({"announce", "decide", "declare", "confirm"})
# Verbs of harm that need an attack or weapon noun nearby before an unknown source is coded.
GENERIC_HARM_LEMMAS = frozenset({"kill", "injure", "wound", "hurt", "die", "destroy", "damage"})
WEAPON_NOUNS = frozenset({
    "bomb", "bombing", "blast", "explosion", "explosive", "gunfire", "gunman", "shell", "shelling",
    "grenade", "rocket", "mortar", "missile", "bullet", "sniper", "mine", "landmine", "airstrike",
    "drone", "ambush", "shooting", "gunshot", "raid", "attack", "assault", "artillery", "tank", "strike",
    "gun", "gunship", "warplane", "jet", "helicopter", "fighter",
})  # fmt: skip
RECIPROCAL_CODES = frozenset({"057", "050", "054"})  # sign an agreement, cooperate, recognize
# Intransitive verbs whose subject suffers the event ("three soldiers died in the shelling"): the
# subject is the target; the source is whoever did the violence named in the setting.
VICTIM_SUBJECT_LEMMAS = frozenset({"die", "perish"})
# Subordinators of a clause told as happening at the same moment ("was shot when ...", "as ...").
SAME_MOMENT_MARKS = frozenset({"when", "as"})
# Verbs that put a reported act on someone: claiming or alleging that another party did harm
# is an accusation (CAMEO 112); claiming that one did it oneself is claiming responsibility (015).
ALLEGING_VERBS = frozenset({"claim", "allege"})
ACCUSE_CODE, CLAIM_RESPONSIBILITY_CODE = "112", "015"
CRITICIZE_CODE = "111"
PRAISE_CODE = "051"
DATE_ENTITIES = frozenset({"DATE", "TIME"})
# A plea answers a charge: guilty admits it (015), not guilty denies it (016).
DENY_RESPONSIBILITY_CODE = "016"
# Rejections (CAMEO 12), aimed at whoever made what is rejected.
REJECT_ROOT = "12"
ANSWER_CODES = frozenset({CLAIM_RESPONSIBILITY_CODE, DENY_RESPONSIBILITY_CODE})
PLEA_LEMMAS = frozenset({"plead", "plea"})
# Sectors of the sides to a conflict, whose reports of harm done to them are accusations ("" is
# the state itself); media, monitors, medics and witnesses report without accusing.
PARTY_SECTORS = frozenset({"", "GOV", "MIL", "COP", "SPY", "REB", "INS", "ELI", "LEG", "PTY", "OPP", "JUD"})
# Whose account of a crime accuses its doer (police, prosecutors), and the private people between
# whom a crime is no event of its own.
LAW_SECTORS = frozenset({"COP", "JUD"})
PRIVATE_SECTORS = frozenset({"CVL", "CRM"})
# Verbs of bodily violence that sports and elections borrow ("beat", "thrash").
BODILY_LEMMAS = frozenset({"beat", "defeat", "thrash", "crush", "trounce", "rout"})
PROTEST_ROOT = "14"
# Where a protest is held when a building there is its target ("outside the embassy").
PROTEST_VENUE_PREPS = ("outside", "at", "near", "on", "before")
# Violence done by a crowd of protesters is a violent protest, a riot (CAMEO 145), not an
# armed assault: "protesters stormed the parliament", "rioters torched police cars".
CROWD_NOUNS = frozenset({"protester", "protestor", "demonstrator", "rioter", "mob", "crowd", "marcher"})
# Only the violence of a crowd: weapons of war ("launched missiles", 194) stay as coded.
CROWD_VIOLENCE_PREFIXES = ("171", "180", "182", "190")
RIOT_CODE = "145"
# Security forces' violence against a crowd is violent repression (CAMEO 175).
SECURITY_SECTORS = ("MIL", "COP", "SPY")
REPRESSION_PREFIXES = ("180", "182", "190", "193")
REPRESSION_CODE = "175"
# Modals that put an obligation on the clause subject ("Iran must stop enrichment").
OBLIGATION_MODALS = frozenset({"must"})
FIRST_PERSON = frozenset({"we", "i", "us"})
# Verbs whose infinitive complement is the act itself ("helped to carry out the attacks").
ENABLING_VERBS = frozenset({"help", "assist"})
# Prepositions that give the topic of a meeting, not a participant ("a summit on Iran").
TOPIC_PREPS = frozenset({"on", "over", "about"})
MATERIAL_QUADS = (2, 4)  # CAMEO quad classes of deeds: material cooperation and conflict
COOPERATIVE_QUADS = (1, 2)  # CAMEO quad classes of cooperation, verbal and material
MATERIAL_CONFLICT = 4
# Roots of violence: assault, fight, mass violence.
VIOLENCE_ROOTS = frozenset({"18", "19", "20"})
APPROVAL_ROOT = "05"  # CAMEO: engage in diplomatic cooperation (praise, endorse, apologise)
# Verbs that express an attitude through their object noun ("expressed concern over X",
# "voiced support for X"): what the attitude is about is its target, not a mere topic.
EXPRESSING_VERBS = frozenset({"express", "voice", "convey", "extend", "register", "signal"})
ATTITUDE_PREPS = frozenset({"for", "over", "about", "at", "with", "toward", "towards", "regarding"})
# Prepositions by which an event noun names its own target ("sanctions on", "evidence against").
NOUN_OWN_TARGET_PREPS = frozenset({"against", "on", "with", "between", "toward", "towards"})
CONSULT_ROOT = "04"
AID_ROOT = "07"  # material aid, military aid among it
MEETING_INTENTS = frozenset({"036", "039"})  # intent to meet or negotiate, to mediate
RETREAT_PREFIX = "087"  # de-escalate militarily: withdraw, retreat, pull out


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


def _verbs_and_nouns(sent: Any) -> tuple[list[Token], list[Token]]:
    """A sentence's verbs (with adjectives) and nouns (with proper nouns), in one pass: spaCy makes
    a new Token object for every token visited."""
    verbs: list[Token] = []
    nouns: list[Token] = []
    for token in sent:
        pos = token.pos_
        if pos == "VERB" and _gerund_noun(token):
            nouns.append(token)
        elif pos in ("VERB", "ADJ") or (pos == "NOUN" and args.misparsed_verb(token)):
            verbs.append(token)
        elif pos in ("NOUN", "PROPN"):
            nouns.append(token)
    return verbs, nouns


def _in_spans(spans: Sequence[Span], start: int, end: int) -> bool:
    if not spans:
        return False
    index = bisect.bisect_right(spans, (start, float("inf")))
    if index > 0 and spans[index - 1][1] > start:
        return True
    return index < len(spans) and spans[index][0] < end


@dataclass(frozen=True, slots=True)
class _Context:
    """What patterns can constrain, read once per token: particles, prepositions, objects, modifiers."""

    particles: frozenset[str]
    preps: frozenset[str]
    objects: frozenset[str]
    modifiers: frozenset[str]


# Words of a phrase that says when, not with or against whom ("over the weekend").
TIME_WORDS = frozenset(
    {"time", "times", "weekend", "night", "morning", "evening", "decade", "period", "past"}
)


def _of_time(prep: Token) -> bool:
    """A prepositional phrase whose objects are all times ("over the weekend", "for two days")."""
    objects = [p for p in children_of(prep) if p.dep_ == "pobj"]
    return bool(objects) and all(
        p.ent_type_ in DATE_ENTITIES or p.lemma_.lower() in TIME_SPANS or p.lower_ in TIME_WORDS
        for p in objects
    )


def _context(token: Token, *, nominal: bool) -> _Context:
    children = list(children_of(token))
    # Particles, and prepositions or adverbs right after the verb ("hit back" parsed as advmod).
    particles = {
        c.lower_
        for c in children
        if c.dep_ == "prt"
        or (c.dep_ in ("prep", "advmod") and c.i == token.i + 1)
        or _particle_after_object(c)
    }
    # A phrase of time is no argument: "attacked Ukraine over the weekend", "for the second time".
    preps = {c.lower_ for c in children if c.dep_ in ("prep", "agent", "dative") and not _of_time(c)}
    # "called for Turkey to accept refugees": "for" opens the clause, which the parser may hang
    # on the verb that carries the noun ("gave commands for Bell to let go").
    carrier = list(children_of(token.head)) if nominal and token.dep_ == "dobj" else []
    if any(_for_clause(c) for c in (*children, *carrier)):
        preps.add("for")
    if nominal:
        # "a ban on imports", "the deployment of troops".
        objects = [
            p for c in children if c.dep_ == "prep" and c.lower_ in ("of", "on") for p in children_of(c)
        ]
    else:
        objects = [c for c in children if c.dep_ in ("dobj", "nsubjpass")] + args.shifted_objects(token)
        # What is carried or used: "sent two planes with drinking water", "attacked with drones",
        # "reached Tonga carrying drinking water".
        objects += [p for c in children if c.dep_ == "prep" and c.lower_ == "with" for p in children_of(c)]
        objects += [
            o
            for c in children
            if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() == "carry"
            for o in children_of(c)
            if o.dep_ == "dobj"
        ]
        # Measure and container nouns: "a state of emergency", "shipments of arms".
        objects += [
            p
            for o in objects
            for c in children_of(o)
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in children_of(c)
        ]
        if token.dep_ == "conj" and any(o.lower_ in REFERRING_PRONOUNS for o in objects):
            # "denied the accusations and called them baseless": the pronoun is the first verb's object.
            objects += [c for c in children_of(token.head) if c.dep_ == "dobj"]
        objects += _descriptions(token, objects)
    object_words = {o.lemma_.lower() for o in objects} | {o.lower_ for o in objects}
    # A verb's modifiers include a hyphenated prefix ("test-fired": "test" is an npadvmod).
    modifier_deps = ("amod", "compound", "nmod") if nominal else ("amod", "compound", "nmod", "npadvmod")
    modifiers = {c.lemma_.lower() for c in children if c.dep_ in modifier_deps}
    return _Context(frozenset(particles), frozenset(preps), frozenset(object_words), frozenset(modifiers))


REFERRING_PRONOUNS = frozenset({"it", "them", "this", "these", "those"})
# Adverbs that complete a phrasal verb when the object stands between them ("turned the offer down").
SEPARATED_PARTICLES = frozenset({"down", "off", "back", "out", "aside", "away", "up", "over"})


def _particle_after_object(child: Token) -> bool:
    """ "turned the offer down", "handed the districts back": the parser hangs the particle
    that follows the object on the verb as an adverb; right after the object's phrase, it is
    still the verb's particle (not "went down the road" or "back then")."""
    if child.dep_ != "advmod" or child.lower_ not in SEPARATED_PARTICLES:
        return False
    objects = [c for c in children_of(child.head) if c.dep_ == "dobj" and c.i < child.i]
    return any(max(t.i for t in o.subtree) == child.i - 1 for o in objects)


def _for_clause(token: Token) -> bool:
    """A clause introduced by "for ... to": "(a call) for Turkey to accept refugees"."""
    return token.dep_ in ("advcl", "acl", "relcl") and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in children_of(token)
    )


def _descriptions(verb: Token, objects: list[Token]) -> list[Token]:
    """What a verb says its object is, with its modifiers: "called the plan [a disgusting fraud]",
    "called the summit [humiliating diplomacy]" (an apposition to the object), "branded the
    vote [illegal]", "described the move as [a provocation]". Patterns of naming verbs code
    by it (call + "fraud" is a criticism)."""
    heads = [c for c in children_of(verb) if c.dep_ == "oprd"]
    heads += [a for o in objects for a in children_of(o) if a.dep_ == "appos"]
    # 'calling the response "aggressive" and "incomprehensible"': the parser hangs a coordinated
    # description on the object as a modifier after it, where English puts no adjective.
    heads += [a for o in objects for a in children_of(o) if a.dep_ == "amod" and a.i > o.i]
    # "described the move as [a provocation]"; the parser may hang "as" on the object, and an
    # adjective after it as its modifier ("described Turkey's move as [disproportionate]").
    heads += [
        p
        for c in [*children_of(verb), *(a for o in objects for a in children_of(o))]
        if c.dep_ == "prep" and c.lower_ == "as"
        for p in children_of(c)
        if p.dep_ == "pobj" or (p.dep_ == "amod" and p.i > c.i)
    ]
    heads += [c for h in heads for c in children_of(h) if c.dep_ == "conj"]
    # "called the killing an act of cold-blooded murder": what the act is one of.
    heads += [p for h in heads for c in children_of(h) if c.dep_ == "prep" and c.lower_ == "of"
              for p in children_of(c) if p.dep_ == "pobj"]  # fmt: skip
    return heads + [m for h in heads for m in children_of(h) if m.dep_ in ("amod", "compound")]


def _matches(pattern: Pattern, context: _Context) -> bool:
    if pattern.particle is not None and pattern.particle not in context.particles:
        return False
    if pattern.prep is not None and pattern.prep not in context.preps:
        return False
    if pattern.objects and pattern.objects.isdisjoint(context.objects):
        return False
    return not pattern.modifiers or not pattern.modifiers.isdisjoint(context.modifiers)


def best_pattern(candidates: Iterable[Pattern], token: Token, *, nominal: bool) -> Pattern | None:
    """The most specific matching pattern; object constraints, then hand-written files, win ties."""
    best: Pattern | None = None
    context: _Context | None = None
    for pattern in candidates:
        if pattern.specificity:
            context = context or _context(token, nominal=nominal)
            if not _matches(pattern, context):
                continue
        # On equal specificity, what the act is done with ("fired tear gas") says more than
        # the preposition of its target ("fired at").
        if best is None or (pattern.specificity, bool(pattern.objects), -pattern.rank) > (
            best.specificity,
            bool(best.objects),
            -best.rank,
        ):
            best = pattern
    return best


def _confidence(pattern: Pattern) -> float:
    return pattern.confidence * (_IMPORTED_PATTERN_DISCOUNT if pattern.rank >= 2 else 1.0)


def _is_verb(token: Token) -> bool:
    pos = token.pos_
    if pos == "VERB":
        return not _gerund_noun(token)
    return pos == "NOUN" and args.misparsed_verb(token)


def _is_amount(token: Token) -> bool:
    """A number or a sum of money ("5 million pounds", "two planes")."""
    return (
        token.pos_ == "NUM"
        or token.ent_type_ == "MONEY"
        or any(c.dep_ == "nummod" for c in children_of(token))
    )


def _is_noun(token: Token) -> bool:
    pos = token.pos_
    if pos == "NOUN":
        return not args.misparsed_verb(token)
    return pos == "PROPN" or _gerund_noun(token)


def _gerund_noun(token: Token) -> bool:
    """ "after the police shooting of a black man sparked protests": an "-ing" word the tagger
    calls a verb, standing where a noun stands, with a determiner or possessor of its own."""
    return (
        token.tag_ == "VBG"
        and token.dep_ in GERUND_NOUN_SLOTS
        and any(c.dep_ in ("det", "poss") for c in children_of(token))
    )


class EventCoder:
    """Codes events in a parsed Doc whose actors have been found (``doc._.actors``)."""

    def __init__(
        self, book: PatternBook, *, goldstein: str = "phoenix", unresolved_sources: bool = False
    ) -> None:
        self.book = book
        self.goldstein = goldstein
        # Keep events whose subject is a noun phrase the actor component could not code
        # ("Gunmen attacked ..."): source code "" as in GDELT's blank actor codes.
        self.unresolved_sources = unresolved_sources
        self.cameo = load_cameo()
        # One frame per kind for re-framing; the one with the canonical id ("frame.intent")
        # wins over its variants ("frame.commit", also of kind intent).
        by_id = {f.id: f for f in book.frames.values()}
        ordered = sorted(by_id.values(), key=lambda f: f.id == f"frame.{f.kind}")
        self.frames_by_kind = {f.kind: f for f in ordered}
        self._lemma_cache: dict[tuple[str, str], str] = {}
        self.intent = self.frames_by_kind.get("intent")
        self.commit = by_id.get("frame.commit")

    # -- predicates ---------------------------------------------------------------------------

    def verb_lemma(self, verb: Token) -> str:
        """The lemma, or a regular base form when the tagger's lemma is unknown ("staged" -> "stag")."""
        lemma = verb.lemma_.lower()
        if self._known_verb(lemma):
            return lemma
        key = (lemma, verb.lower_)
        cached = self._lemma_cache.get(key)
        if cached is None:
            cached = self._base_form(lemma, verb.lower_)
            self._lemma_cache[key] = cached
        return cached

    def _base_form(self, lemma: str, word: str) -> str:
        for suffix, add in (
            ("ed", ""),
            ("ed", "e"),
            ("d", ""),
            ("ing", ""),
            ("ing", "e"),
            ("es", ""),
            ("s", ""),
        ):
            if word.endswith(suffix):
                base = word[: -len(suffix)] + add
                if self._known_verb(base):
                    return base
        return lemma

    def _known_verb(self, lemma: str) -> bool:
        book = self.book
        return (
            lemma in book.verbs
            or lemma in book.frames
            or lemma in book.light_verbs
            or lemma in book.receiver_verbs
            or lemma in book.discontent_words
            or lemma in book.content_words
        )

    def code_noun(self, noun: Token) -> Coded | None:
        if noun.ent_type_ in DATE_ENTITIES:
            return None  # a date is no event ("On March 2, Obama announced ...")
        plea = _plea(noun)
        if plea is not None:
            return Coded(plea, f"hand.n.plea.{plea}", 0.8 * 0.9, noun, (noun,), nominal=True)
        candidates = self.book.patterns_for(noun.lemma_.lower(), "NOUN") or self.book.patterns_for(
            noun.lower_, "NOUN"
        )
        pattern = best_pattern(candidates, noun, nominal=True)
        if pattern is None and noun.lemma_.lower() in self.book.carrier_nouns:
            for child in children_of(noun):
                if child.dep_ == "compound" and child.i < noun.i:
                    inner = best_pattern(
                        self.book.patterns_for(child.lemma_.lower(), "NOUN"), child, nominal=True
                    )
                    if inner is not None and inner.code != NO_EVENT:
                        pattern = inner
                        break
        if pattern is None or pattern.code == NO_EVENT or is_negated(noun):
            return None
        confidence = _confidence(pattern) * 0.9
        return Coded(pattern.code, pattern.id, confidence, noun, (noun,), nominal=True, mutual=pattern.mutual)

    def code_verb(self, verb: Token) -> Coded | None:
        """The verb's own event: a specific pattern, else its light-verb noun, else its default."""
        lemma = self.verb_lemma(verb)
        if lemma in ENABLING_VERBS and self._enables_an_event(verb):
            # "helped to carry out the attacks": the act helped with is the event, coded on
            # its own with the helper as subject; the help itself is not aid.
            return None
        if _scores(verb):
            return None  # "shot a 68 in the third round": a score, not a shooting
        if lemma in ACCUSING_LEMMAS and _reduced_passive(verb):
            return None  # "Man accused of threatening tax worker": the accuser is not told
        plea = _plea(verb)
        if plea is not None:
            return Coded(plea, f"hand.v.plead.{plea}", 0.8, verb, (verb,))
        if lemma in HOSTING_VERBS and any(
            c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in children_of(verb)
        ):
            # "King Abdullah received Antony Blinken in Amman": receiving a person hosts a visit.
            return Coded(HOST_VISIT, f"hand.v.{lemma}.person", 0.7, verb, (verb,))
        pattern = best_pattern(self.book.patterns_for(lemma, "VERB"), verb, nominal=False)
        specific = pattern is not None and pattern.specificity > 0 and pattern.code != NO_EVENT
        if pattern is not None and specific and pattern.rank == 0:
            if pattern.code == CLAIM_RESPONSIBILITY_CODE:
                return _claim_of_responsibility(pattern, verb)
            # "campaigned for Trump": the pattern's own preposition names its target, even one
            # ("for") that elsewhere gives only a purpose.
            own = pattern.prep
            named = args.prep_objects((verb,), own) if own and own not in args.TARGET_PREPS else []
            return Coded(pattern.code, pattern.id, _confidence(pattern), verb, (verb,), mutual=pattern.mutual,
                         target_heads=tuple(named))  # fmt: skip
        if lemma in self.book.light_verbs or lemma in self.book.receiver_verbs:
            light = self._light_verb_event(verb)
            if light is not None:
                if lemma in self.book.receiver_verbs:
                    return Coded(
                        light.code, light.pattern, light.confidence, verb, light.target_from,
                        claims=light.claims, reverse=True,
                    )  # fmt: skip
                return light
        if pattern is not None and pattern.code == CLAIM_RESPONSIBILITY_CODE:
            if not specific and not _admits_a_deed(verb):
                return None  # "acknowledged the reality of climate change": no deed owned up to
            return _claim_of_responsibility(pattern, verb)
        if pattern is not None and pattern.code != NO_EVENT:
            return Coded(pattern.code, pattern.id, _confidence(pattern), verb, (verb,), mutual=pattern.mutual)
        return None

    def _reported_obligation(self, verb: Token) -> Coded | None:
        """A demand framed as an obligation in a reported clause ("said Iran must stop"),
        when the clause's subject is not the speaker ("we must act" is no demand)."""
        frame = self.frames_by_kind.get("demand")
        if frame is None:
            return None
        speakers = {t.lower_ for t in args.subject_heads(verb)}
        for clause in children_of(verb):
            if clause.dep_ != "ccomp" or not _is_verb(clause):
                continue
            if not any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in children_of(clause)):
                continue
            subjects = [c for c in children_of(clause) if c.dep_ in args.SUBJECT_DEPS | {"nsubjpass"}]
            if not subjects or any(s.lower_ in FIRST_PERSON or s.lower_ in speakers for s in subjects):
                continue
            addressed = any(c.dep_ in ("dobj", "dative") for c in children_of(verb))
            if not addressed and any(s.lower_ in args.PRONOUNS for s in subjects):
                continue  # "Germany said it must act": the speaker's own resolve
            inner = self.code_predicate(clause)
            code = frame.transform(inner.code) if inner is not None else frame.default
            if code == NO_EVENT:
                return None
            pattern = f"{frame.id}:{inner.pattern if inner is not None else 'must'}"
            claims = (clause.i, *(inner.claims if inner is not None else ()))
            return Coded(code, pattern, 0.7, verb, (verb,), claims=claims, clause_targets=(clause,))
        return None

    def _sent_to_strike(self, verb: Token, coded: Coded | None) -> Coded | None:
        """ "sent F-16 jets to bomb two Cambodian targets": what is sent to strike is an attack
        by the sender (its purpose clause's force), not military aid."""
        if coded is None or coded.code[:2] != AID_ROOT:
            return coded
        for clause in children_of(verb):
            if clause.dep_ not in ("xcomp", "advcl") or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in children_of(clause)
            ):
                continue
            inner = self.code_verb(clause)
            if inner is not None and inner.code[:2] in FORCE_ROOTS:
                claims = (clause.i, *inner.claims)
                return Coded(inner.code, f"{inner.pattern}:sent", inner.confidence, verb, inner.target_from,
                             claims=claims)  # fmt: skip
        return coded

    def _possible_reprisal(self, token: Token, coded: Coded, index: args.ActorIndex) -> Coded | None:
        """Erdogan "said Ankara could suspend relations with the UAE": a speaker's word that its
        own side may take a hostile step is a threat (13), though the step is not asserted."""
        threat = self.frames_by_kind.get("threat")
        head = token.head
        if (
            threat is None
            or coded.nominal
            or coded.code[:2] not in REPRISAL_ROOTS
            or token.dep_ != "ccomp"
            or self.verb_lemma(head) not in REPORTING_VERBS
            or is_negated(token)
            or not any(c.dep_ == "aux" and c.lower_ in POSSIBLE_MODALS for c in children_of(token))
        ):
            return None
        speakers = {a.country for a in args.actors_of(args.subject_heads(head), index) if a.country}
        subjects = [c for c in children_of(token) if c.dep_ == "nsubj"]
        own = any(s.lower_ in args.PRONOUNS for s in subjects) or any(
            a.country in speakers for a in args.actors_of(subjects, index)
        )
        if not speakers or not own:
            return None
        return dataclasses.replace(
            coded,
            code=threat.transform(coded.code),
            pattern=f"{threat.id}:possible:{coded.pattern}",
            confidence=coded.confidence * 0.9,
            base=coded.base or coded.code,
        )

    def _reported_consequence(self, verb: Token) -> Coded | None:
        """ "said that any attempt to violate its airspace would meet an energetic response",
        "any attack will be met with force": a consequence promised for what another may do is
        a threat (13), whatever verb reports it."""
        threat = self.frames_by_kind.get("threat")
        if threat is None:
            return None
        for clause in children_of(verb):
            if clause.dep_ != "ccomp" or not _is_verb(clause) or not has_future_aux(clause):
                continue
            if is_negated(clause):
                continue
            payer = _made_to_pay(clause)
            if payer is not None or (clause.lemma_.lower() == "pay" and _pays_a_price(clause)):
                # "... would pay a heavy price", "would make Iran pay": aimed at the one who is
                # to pay.
                paying = payer if payer is not None else clause
                claims = (clause.i,)
                return Coded(
                    threat.default, f"{threat.id}:price", 0.6, verb, (), claims=claims, doers_of=(paying,)
                )
            measures = self._measures_announced(verb, clause)
            if measures is not None:
                return measures
            if clause.lemma_.lower() not in CONSEQUENCE_VERBS:
                continue
            objects = [c for c in children_of(clause) if c.dep_ == "dobj"]
            objects += args.prep_objects((clause,), "with")  # "will be met with force"
            if not any(o.lemma_.lower() in self.book.consequence_nouns for o in objects):
                continue
            # Aimed at whoever would act, which the clause leaves unnamed ("any attempt"):
            # not at where it was said ("on state television").
            # "any Israeli counterattack would draw a severe response": at whoever the clause
            # names as the one who would act, if anyone.
            return Coded(threat.default, f"{threat.id}:consequence", 0.6, verb, (), claims=(clause.i,),
                         doers_of=(clause,))  # fmt: skip
        return None

    def _measures_announced(self, verb: Token, clause: Token) -> Coded | None:
        """ "said Italy would take immediate measures if Cairo did not change course", "would
        take all necessary steps": measures a side says it will take against what another does
        are threatened (13), aimed at whoever the condition names (else whom the story implies).
        Steps with no condition and no resolve ("will take steps to improve ties") are plans."""
        threat = self.frames_by_kind.get("threat")
        if threat is None or clause.lemma_.lower() not in MEASURE_TAKING_VERBS or is_negated(clause):
            return None
        taken = [c for c in children_of(clause) if c.dep_ == "dobj" and c.lemma_.lower() in MEASURE_NOUNS]
        conditions = tuple(
            c
            for c in children_of(clause)
            if c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in children_of(c))
        )
        resolute = any(m.lower_ in RESOLUTE_WORDS for t in taken for m in children_of(t) if m.dep_ == "amod")
        if not taken or not (conditions or resolute):
            return None
        claims = (clause.i, *(t.i for t in taken))
        return Coded(threat.default, f"{threat.id}:measures", 0.6, verb, (verb,), claims=claims,
                     doers_of=conditions)  # fmt: skip

    def _reported_allegation(self, verb: Token, index: args.ActorIndex) -> Coded | None:
        """ "claimed that ISIL had attacked Iraq": an accusation against the clause subject;
        "claimed that they had attacked Iraq": claiming responsibility for the act, aimed at its
        target. Only harmful acts (verbal or material conflict) are allegations; "alleged that"
        accuses the clause subject of whatever follows. Claims the clause: it is not asserted."""
        if self.verb_lemma(verb) not in ALLEGING_VERBS:
            return None
        speakers = args.actors_of(args.subject_heads(verb), index)
        for clause in children_of(verb):
            # "alleged that Russia was aware": a copula clause is alleged too.
            if clause.dep_ != "ccomp" or not (_is_verb(clause) or clause.pos_ == "AUX"):
                continue
            subjects = [c for c in children_of(clause) if c.dep_ in args.SUBJECT_DEPS | {"nsubjpass"}]
            if not subjects:
                continue
            inner = self.code_predicate(clause)
            harmful = inner is not None and self.cameo[inner.code].quad_class >= 3
            if not harmful and self.verb_lemma(verb) != "allege":
                continue
            # Nothing in what is alleged is asserted, down to its coordinated clauses.
            claims = tuple(t.i for t in clause.subtree if t.i != verb.i)
            accused = args.actors_of(subjects, index)
            own = {a.code for a in speakers}
            by_speaker = all(s.lower_ in args.PRONOUNS for s in subjects) or (
                bool(accused) and {a.code for a in accused} <= own
            )
            if by_speaker and inner is not None and harmful and speakers:
                pattern = f"allege.self:{inner.pattern}"
                return Coded(CLAIM_RESPONSIBILITY_CODE, pattern, 0.7, verb, inner.target_from, claims=claims)
            if by_speaker or not accused:
                continue
            pattern = f"allege.other:{inner.pattern if inner is not None else 'clause'}"
            return Coded(ACCUSE_CODE, pattern, 0.7, verb, (verb,), claims=claims, clause_targets=(clause,))
        return None

    def _reported_harm(self, verb: Token, index: args.ActorIndex, story: Story) -> Coded | None:
        """ "Zhang said Indian troops had obstructed a routine Chinese patrol": a party to a
        conflict reporting harm done to its own side by another accuses the other (112), as
        the story reports the claim, not the act. Harm by force (quad class 4) is coded as the
        act too, and is no accusation when the report tells the act first ("X attacked Y,
        officials said"); lesser harm (obstructing, blocking) is coded only as the claim.
        Neutral reporters (organisations, media, monitors, medics) report; they do not accuse."""
        speakers = args.actors_of(args.subject_heads(verb), index)
        sides = {s.country for s in speakers if s.country and (s.sector or "")[:3] in PARTY_SECTORS}
        if not sides or any(s.code.startswith("IGO") for s in speakers):
            return None
        for clause in (c for c in children_of(verb) if c.dep_ == "ccomp" and _is_verb(c)):
            # "Rebels attacked the peacekeepers, officials said": wire attribution of a fact
            # told first; only a claim the speaker leads with is the speaker's accusation.
            attributed = clause.i < verb.i
            for predicate in args.conjuncts(clause):
                inner = self.code_predicate(predicate)
                if inner is None or inner.code == NO_EVENT or self.cameo[inner.code].quad_class < 3:
                    continue
                dyads = self._dyads(inner, index, story=story)
                # "Rezaei said the Taliban opened fire first": harm by force with no one named
                # as harmed, told by a party, is done to the party's side.
                harmed = [
                    s
                    for s, t in dyads
                    if s.country not in sides
                    and (t.country in sides if t is not None else self.cameo[inner.code].quad_class == 4)
                ]
                if not harmed or not harmed[0].country:
                    continue
                material = self.cameo[inner.code].quad_class == 4
                if material and attributed:
                    continue
                claims = (verb.i,) if material else (verb.i, predicate.i, *inner.claims)
                return Coded(ACCUSE_CODE, f"report.harm:{inner.pattern}", 0.6, verb, (verb,), claims=claims,
                             doers_of=(predicate,))  # fmt: skip
        return None

    def _account_of_a_crime(self, verb: Token, index: args.ActorIndex, story: Story) -> Coded | None:
        """ "Baskerville abducted Bosworth from the mall, police said", "according to police":
        what police or prosecutors say a private person did to others is their accusation of
        that person (112). The crime itself stays their account, not a fact the story asserts
        (and CAMEO codes no crime between private people), so the clause is claimed."""
        if verb.lower_ == "according":
            tos = [c for c in children_of(verb) if c.lower_ == "to"]
            sayers = [p for c in tos for p in children_of(c) if p.dep_ == "pobj"]
            clauses = [verb.head] if verb.head.i != verb.i else []
        else:
            sayers = args.subject_heads(verb)
            clauses = [c for c in children_of(verb) if c.dep_ == "ccomp" and _is_verb(c)]
        speakers = args.actors_of(sayers, index)
        if not speakers or any((s.sector or "")[:3] not in LAW_SECTORS for s in speakers):
            return None
        countries = {s.country for s in speakers}
        for clause in clauses:
            for predicate in args.conjuncts(clause):
                inner = self.code_predicate(predicate)
                if inner is None or inner.nominal or inner.code == NO_EVENT:
                    continue
                if self.cameo[inner.code].quad_class < 3:
                    continue
                dyads = self._dyads(inner, index, story=story)
                private = [
                    (s, t)
                    for s, t in dyads
                    if (s.sector or "")[:3] in PRIVATE_SECTORS and s.country in countries
                    and (t is None or (t.sector or "")[:3] in PRIVATE_SECTORS)
                ]  # fmt: skip
                if not private or len(private) < len(dyads):
                    continue
                claims = (verb.i, *(t.i for p in args.conjuncts(clause) for t in p.subtree))
                pattern = f"report.account:{inner.pattern}"
                return Coded(ACCUSE_CODE, pattern, 0.6, verb, (verb,), claims=claims,
                             doers_of=(predicate,), source_heads=tuple(sayers))  # fmt: skip
        return None

    def _reported_judgement(
        self, verb: Token, index: args.ActorIndex, words: frozenset[str], code: str = CRITICIZE_CODE
    ) -> Coded | None:
        """ "Trump's obsession is an insult to all African-Americans, lawmakers said", "asserted
        that Trump tells lies", "said the claim by Democrats smacked of hypocrisy": a reported
        clause that calls an actor, its doings or its words something condemning is the
        speaker's criticism of that actor; "said Trump was absolutely right" (with words of
        praise) is the speaker's praise (051)."""
        speakers = args.actors_of(args.subject_heads(verb), index)
        if not speakers:
            return None
        for clause in children_of(verb):
            if clause.dep_ not in ("ccomp", "parataxis") or is_negated(clause):
                continue
            if clause.lemma_ != "be" and not _is_verb(clause):
                continue
            if code == PRAISE_CODE and clause.lemma_ != "be":
                continue  # praise says what one is ("was right"); "invoked his rights" is no praise
            if not any(w.lemma_.lower() in words for w in _judging_words(clause)):
                continue
            if clause.lemma_ != "be" and self._codes_an_act(clause):
                # "said Israel rejects the shameful resolution": the clause reports an act of
                # its own; the judging word describes what the act is about.
                continue
            judged = args.actors_of(_doer_heads(clause), index)
            others = any(a not in speakers and a.code not in {s.code for s in speakers} for a in judged)
            if others or (not judged and self._refers_back(clause)):
                # "said the remarks were unfair": the remarks the story reported (see targets).
                pattern = "report.judgement" if code == CRITICIZE_CODE else f"report.judgement.{code}"
                claims = (verb.i, clause.i)
                return Coded(code, pattern, 0.6, verb, (verb,), claims=claims, doers_of=(clause,))
        return None

    def _codes_an_act(self, clause: Token) -> bool:
        """Whether a clause's verb is an event of its own (a coded act, not "tells lies")."""
        coded = self.code_predicate(clause)
        return coded is not None and coded.code != NO_EVENT

    def _stance(self, word: Token) -> Coded | None:
        """ "was not happy with the Senate announcement", "is disappointed by Israel's decision",
        "We are pleased with the Court's decision": a feeling stated about another's doings
        criticises them (111), or praises them (051) when it is content and not negated."""
        lemma, lower = word.lemma_.lower(), word.lower_
        discontent = lower in self.book.discontent_words or lemma in self.book.discontent_words
        content = lower in self.book.content_words or lemma in self.book.content_words
        if not (discontent or content):
            return None
        stated = word.dep_ == "acomp" or any(c.dep_ == "auxpass" for c in children_of(word))
        if not stated:
            return None
        negated = is_negated(word) or (word.dep_ == "acomp" and is_negated(word.head))
        if negated and discontent:
            return None  # "not worried about the talks" criticises no one
        if not negated and clause_is_unasserted(word):
            return None
        about = [c for c in children_of(word) if c.dep_ == "agent" or c.lower_ in STANCE_PREPS]
        objects = [p for prep in about for p in children_of(prep) if p.dep_ == "pobj"]
        if not objects:
            return None
        # The one whose doings they are: "Israel's decision", "the Senate announcement", "the
        # steps of the Israeli government", or the actor itself.
        heads = [
            *objects,
            *(c for o in objects for c in children_of(o) if c.dep_ in ("poss", "compound")),
            *args.prep_objects(objects, "of", "by"),
        ]
        code = CRITICIZE_CODE if discontent or negated else PRAISE_CODE
        pattern = f"{STANCE_PATTERN}.{code}"
        return Coded(code, pattern, 0.6, word, (word,), claims=(word.i,), target_heads=tuple(heads))

    def _refers_back(self, clause: Token) -> bool:
        """The clause's subject is a definite word for something the story reported ("the
        remarks", "the move"), owned by no one it names."""
        return any(
            c.dep_ == "nsubj"
            and c.lemma_.lower() in self.book.reference_nouns
            and _definite(c)
            and not any(d.dep_ == "poss" for d in children_of(c))
            for c in children_of(clause)
        )

    def _reported_rejection(self, verb: Token) -> Coded | None:
        """ "said negotiating with the United States was not wise", "our constitution is not a
        subject for negotiation with another state": a reported clause that denies a
        cooperative act (talks, a deal, aid) its worth or its place rejects it (CAMEO 12), with
        whoever the act would be with."""
        refuse = self.frames_by_kind.get("refuse")
        if refuse is None:
            return None
        for clause in children_of(verb):
            if clause.dep_ not in ("ccomp", "parataxis") or clause.lemma_ != "be":
                continue
            parts = [c for c in children_of(clause) if c.dep_ in ("csubj", "nsubj", "attr", "acomp")]
            said = {c.lemma_.lower() for c in parts if c.dep_ in ("attr", "acomp")}
            # The "not" may hang on the complement ("was \"not smart, wise or honourable\"").
            if not (is_negated(clause) or any(is_negated(c) for c in parts if c.dep_ in ("attr", "acomp"))):
                continue
            if said & (self.book.negative_states | self.book.judgement_words):
                continue  # "the deal is not dead", "talks are not a mistake": no rejection
            for part in [*parts, *args.prep_objects(parts, "for", "of")]:
                inner = self.code_predicate(part)
                if inner is None or inner.code[:2] not in COOPERATIVE_ROOTS:
                    continue
                code = refuse.transform(inner.code)
                if code == NO_EVENT:
                    continue
                claims = (verb.i, clause.i, part.i, *inner.claims)
                return Coded(code, f"report.rejection:{inner.pattern}", 0.6, verb, (*inner.target_from, verb),
                             claims=claims)  # fmt: skip
        return None

    def _clause_of_a_demand(self, noun: Token) -> Coded | None:
        """A demand or appeal noun with a clause saying what is asked ("its demand that Israel
        ease restrictions"): a demand (or appeal) by the subject of the verb governing the
        noun, aimed at the clause subject. Claims the clause so it is not coded as done."""
        coded = self.code_noun(noun)
        if coded is None or coded.code[:2] not in ("10", "02"):
            return None
        clauses = [
            c
            for c in children_of(noun)
            if c.dep_ in ("acl", "ccomp") and _is_verb(c) and args.own_subjects(c)
        ]
        if not clauses:
            return None
        clause = clauses[0]
        frame = self.frames_by_kind.get("demand" if coded.code[:2] == "10" else "appeal")
        inner = self.code_predicate(clause)
        claims = (noun.i, clause.i, *(inner.claims if inner is not None else ()))
        governor = noun.head
        if frame is None or noun.dep_ not in ("dobj", "nsubjpass") or not _is_verb(governor):
            return Coded(NO_EVENT, coded.pattern, 0.0, noun, (), claims=claims)
        code = frame.transform(inner.code) if inner is not None else coded.code
        pattern = f"{frame.id}:{inner.pattern if inner is not None else coded.pattern}"
        return Coded(code, pattern, 0.7, governor, (governor,), claims=claims, clause_targets=(clause,))

    def _enables_an_event(self, verb: Token) -> bool:
        clauses = [c for c in children_of(verb) if c.dep_ == "xcomp" and _is_verb(c)]
        return any(self.code_verb(c) is not None for clause in clauses for c in args.conjuncts(clause))

    def _light_verb_event(self, verb: Token) -> Coded | None:
        """ "held talks with", "imposed sanctions on", "gave 5 million dollars of aid", and the
        state a light verb puts its object in: "put the army on high alert"."""
        for child in children_of(verb):
            if child.dep_ == "prep" and child.lower_ in STATE_PREPS:
                states = [p for p in children_of(child) if p.dep_ == "pobj" and _is_noun(p)]
                # "on its highest level of combat readiness": the state the level measures.
                for noun in [*states, *args.prep_objects(states, "of")]:
                    coded = self.code_noun(noun)
                    if coded is not None:
                        return Coded(coded.code, coded.pattern, coded.confidence, verb, (verb,),
                                     claims=(noun.i,))  # fmt: skip
            if child.dep_ not in ("dobj", "nsubjpass") or not _is_noun(child):
                continue
            # What the object measures ("5 million dollars of aid", "5 million pounds in aid"),
            # not a gerund it frames ("had no intention of attacking").
            measures = ("of", "in") if _is_amount(child) else ("of",)
            nouns = [child] + [
                p
                for c in children_of(child)
                if c.dep_ == "prep" and c.lower_ in measures
                for p in children_of(c)
                if p.dep_ == "pobj"
            ]
            for noun in nouns:
                coded = self.code_noun(noun)
                if coded is not None:
                    return Coded(
                        coded.code,
                        coded.pattern,
                        coded.confidence,
                        verb,
                        (verb, noun),
                        claims=(child.i, noun.i),
                        mutual=coded.mutual,
                    )
        return None

    def code_predicate(self, token: Token) -> Coded | None:
        if _is_verb(token):
            coded = self._sent_to_strike(token, self.code_verb(token))
            future = self.intent if not is_negated(token) else self.frames_by_kind.get("refuse")
            if coded is not None and future is not None and is_future(token):
                # "will attend" -> intent (03x/13x); "will not attend" -> refusal (12x).
                if future is self.intent and _conditional_threat(token, coded.code):
                    future = self.frames_by_kind.get("threat", future)
                elif future is self.intent and token.dep_ == "ccomp" and token.head.lemma_ in DECISION_VERBS:
                    # "announced it would prohibit aid": a decision taken, not a threat.
                    future = self.commit or future
                if future is self.intent and coded.code[:2] == CONSULT_ROOT and _in_the_writers_voice(token):
                    # "The Security Council will hold a meeting on Friday": the article tells what
                    # is scheduled; nobody states an intent.
                    return None
                code = future.transform(coded.code)
                if code == NO_EVENT:
                    return None
                return Coded(
                    code,
                    f"{coded.pattern}+{future.id}",
                    coded.confidence * 0.9,
                    coded.predicate,
                    coded.target_from,
                    claims=coded.claims,
                    base=coded.code,
                )
            return coded
        if _is_noun(token):
            return self.code_noun(token)
        return None

    def _carried_out_order(self, coded: Coded, index: args.ActorIndex) -> Coded:
        """ "ordered soldiers to reinforce the border", "ordered the army to deploy troops along
        the frontier": an order a state gives its own armed forces is no event between two
        actors (``_dyads`` drops it), but the forceful step it sets going is the state's own
        act, aimed at whoever the step is aimed at. Only the kinds of step an order carries out
        by itself (``ORDERED_ROOTS``: force, coercion, yielding) are read so; an order to do
        anything else stays the command it was."""
        base = coded.base
        if coded.nominal or coded.code[:2] not in COMMAND_ROOTS or base[:2] not in ORDERED_ROOTS:
            return coded
        verb = coded.predicate
        if self.verb_lemma(verb) not in ACTING_ORDERS:
            return coded
        addressees = [c for c in children_of(verb) if c.dep_ in ("dobj", "dative")]
        forces = args.actors_of(addressees, index)
        sources = self.sources(coded, index)
        if not sources or not forces or not all(_own_forces(f, sources) for f in forces):
            return coded
        # The framed demand's targets start with the order verb; the step's own follow it.
        return dataclasses.replace(
            coded,
            code=base,
            pattern=f"{coded.pattern}:own.forces",
            target_from=coded.target_from[1:],
            clause_targets=(),
        )

    def _inner_event(self, frame: Frame, verb: Token) -> tuple[Token, Coded] | None:
        infinitive_only = self.verb_lemma(verb) in frame.infinitive_only
        for child in children_of(verb):
            if infinitive_only and child.dep_ != "xcomp":
                continue
            clause = (
                child.dep_ == "xcomp"
                or (child.dep_ == "ccomp" and frame.kind in CLAUSE_FRAMES)
                or (child.dep_ == "ccomp" and frame.kind == "intent" and _infinitival(child))
                # "vowed that the attackers would be hunted down": a promise of what will be done.
                or (
                    child.dep_ == "ccomp"
                    and self.verb_lemma(verb) in PROMISE_LEMMAS
                    and has_future_aux(child)
                )
                or (child.dep_ == "advcl" and frame.kind in TO_CLAUSE_FRAMES and _bare_infinitive(child))
            )
            if clause and (_is_verb(child) or child.pos_ == "ADJ"):
                child = _through_aspect(child)
                coded = self.code_predicate(child) if _is_verb(child) else None
                if coded is None and self.verb_lemma(child) in self.book.frames:
                    # Nested frames: "refused to commit to aid" = refusal of an intent.
                    nested = self.code_frame(child)
                    if nested is not None and nested[0] is not None:
                        coded = dataclasses.replace(nested[0], claims=(*nested[1], child.i))
                if coded is not None:
                    return child, coded
            amount = _is_amount(child)
            if (
                child.dep_ in ("dobj", "nsubjpass")
                and (_is_noun(child) or amount)
                and verb.lemma_.lower() != "commit"
            ):
                # The object itself, or what it measures ("suspended part of an aid program",
                # "pledged $500 million in aid"). "Committed atrocities" is the act, not a
                # commitment: there only "to" frames.
                # "pledged 20 million yuan in emergency supplies": the parser may hang the "in"
                # phrase of an amount on the verb.
                measured = (
                    args.prep_objects((child, verb), "of", "in")
                    if amount
                    else args.prep_objects((child,), "of")
                )
                for noun in [child, *measured]:
                    coded = self.code_noun(noun)
                    if coded is not None:
                        return noun, dataclasses.replace(coded, claims=(*coded.claims, child.i))
            if child.dep_ == "prep" and (
                (child.lower_ == "for" and frame.kind in ("appeal", "demand"))
                or (child.lower_ == "to" and frame.kind in ("refuse", "intent"))
            ):
                for pobj in children_of(child):
                    if pobj.dep_ == "pobj" and _is_noun(pobj):
                        coded = self.code_noun(pobj)
                        if coded is not None:
                            return pobj, coded
        return None

    def code_frame(self, verb: Token) -> tuple[Coded | None, tuple[int, ...]] | None:
        """A framed event and the token ids it claims; None when ``verb`` frames nothing."""
        lemma = self.verb_lemma(verb)
        frame = self.book.frames.get(lemma)
        if frame is None or not (_is_verb(verb) or verb.pos_ == "ADJ"):
            return None
        particle = frame.particles.get(lemma)
        if particle is not None and not any(c.lower_ == particle for c in children_of(verb)):
            return None
        if particle is None and any(
            c.dep_ == "prt" and c.lower_ in PHRASAL_PARTICLES for c in children_of(verb)
        ):
            return None  # "called off a visit", "called in the envoy": another verb than "call"
        if _descriptions(verb, [c for c in children_of(verb) if c.dep_ == "dobj"]):
            # "called the summit humiliating diplomacy" says what the summit is; it asks for nothing.
            return None
        if frame.kind in ("intent", "threat"):
            # "vowed that Washington and London would pay for it": the price promised is a threat.
            price = self._reported_consequence(verb)
            if price is not None:
                return price, (verb.i, *price.claims)
        inner = self._inner_event(frame, verb)
        if inner is None:
            if frame.kind == "intent" and lemma in WANTING_LEMMAS:
                # "wants the governor to resign": wanting someone else to act asks it of them.
                frame = self.frames_by_kind.get("appeal", frame)
            return (
                self._bare_request(frame, verb)
                or self._bare_warning(frame, verb)
                or self._declined_comment(frame, verb)
                or self._bare_intent(frame, verb)
            )
        token, coded = inner
        if (
            frame.kind == "demand"
            and lemma in ACTING_ORDERS
            and token.dep_ == "dobj"
            and coded.code[:2] in ORDERED_ROOTS
        ):
            # "ordered a unilateral ceasefire", "ordered airstrikes": an order of a yielding or
            # forceful act, addressed to no one, is the act itself, done by whoever gives it.
            claims = (token.i, *coded.claims)
            pattern = f"{frame.id}:act:{coded.pattern}"
            acted = Coded(
                coded.code, pattern, coded.confidence, verb, (verb, token), claims=claims, mutual=coded.mutual
            )
            return acted, claims
        promised = token.dep_ == "ccomp" and lemma in PROMISE_LEMMAS and has_future_aux(token)
        if frame.kind == "intent" and (
            (token.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in children_of(verb)))
            or (token.dep_ == "ccomp" and not promised)
        ):
            # "wants Putin to attack": wanting someone else to act is an appeal.
            frame = self.frames_by_kind.get("appeal", frame)
        if frame.kind == "intent" and (
            _conditional_threat(token, coded.code) or _conditional_threat(verb, coded.code)
        ):
            # "will withdraw its troops unless ...": an intent made conditional is a threat.
            frame = self.frames_by_kind.get("threat", frame)
        claims = (token.i, *coded.claims)
        if frame.kind == "hypothetical":
            return None, claims
        # A promised clause in the future was made an intent (or threat) by its own tense.
        code = coded.code if promised and coded.base else frame.transform(coded.code)
        if frame.kind == "deny" and _is_verb(token):
            # "denied that it had pressed Colombo": a deed denied is responsibility denied (the
            # default), whatever the deed; only a thing asked ("denied a request") is turned down.
            code = frame.default
        if frame.kind == "halt" and _measured_span(verb, token):
            # "ended two days of talks": a meeting that ran its measured course took place.
            code = coded.code
        if code == NO_EVENT:
            return None, claims
        if frame.kind in ("appeal", "demand"):
            target_from: tuple[Token, ...] = (verb, *coded.target_from)
        else:
            target_from = (*coded.target_from, verb)
        clause_targets = (token,) if frame.kind in ("appeal", "demand") and _is_verb(token) else ()
        framed = Coded(
            code,
            f"{frame.id}:{coded.pattern}",
            coded.confidence * 0.95,
            verb,
            target_from,
            claims=claims,
            clause_targets=clause_targets,
            base=coded.base or coded.code,
        )
        return framed, claims

    def _bare_warning(self, frame: Frame, verb: Token) -> tuple[Coded | None, tuple[int, ...]] | None:
        """ "warned that Tehran would respond", "warned that Serbia would act if ...", "warned
        that they would be treated as rebels": a warning of what will be done is a threat even
        when the act itself is no event of its own. What will merely happen ("warned that prices
        would rise") is not: the clause's subject must be the warner's side (a pronoun or a
        name), the one it will be done to (a passive), or a consequence ("punitive measures
        would follow")."""
        if frame.kind != "threat":
            return None
        addressees = [c for c in children_of(verb) if c.dep_ in ("dobj", "dative", "nsubjpass")]
        told = [c for c in children_of(verb) if c.dep_ == "xcomp" and _is_verb(c)]
        # "warned citizens to avoid travel": advice to the public is no threat.
        public = any(a.lemma_.lower() in PUBLIC_NOUNS for a in addressees)
        if addressees and told and not public:
            # "warned Chinese ships to leave the area": a warning addressed to someone to do
            # something threatens them, even when what they are told to do is no event.
            claims = tuple(c.i for c in told)
            return Coded(frame.default, f"{frame.id}:told", 0.6, verb, (verb,), claims=claims), claims
        for clause in children_of(verb):
            if clause.dep_ != "ccomp" or not _is_verb(clause):
                continue
            future = has_future_aux(clause)
            # "warned that sanctions could be widened", "that consequences may follow": what
            # may be done to someone is threatened as much as what will be.
            possible = any(c.dep_ == "aux" and c.lower_ in WARNED_POSSIBILITY for c in children_of(clause))
            if not (future or possible):
                continue
            subjects = [c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")]
            passive = any(c.dep_ == "nsubjpass" for c in subjects)
            named = any(
                c.lower_ in args.PRONOUNS or c.pos_ == "PROPN" or _resolved_as_actor(c) for c in subjects
            )
            consequence = any(c.lemma_.lower() in self.book.consequence_nouns for c in subjects)
            if not (passive or consequence or (named and future)):
                continue
            claims = (clause.i,)
            targets = (clause,) if passive else ()
            return Coded(frame.default, f"{frame.id}:future", 0.6, verb, (verb,), claims=claims,
                         clause_targets=targets), claims  # fmt: skip
        return None

    def _bare_request(self, frame: Frame, verb: Token) -> tuple[Coded | None, tuple[int, ...]] | None:
        """ "ordered French troops to leave", "urged Iran to reconsider": an appeal or demand
        addressed to someone is an event even when what is asked is no event of its own."""
        if frame.kind not in ("appeal", "demand") or frame.default == NO_EVENT:
            return None
        clauses = [c for c in children_of(verb) if c.dep_ == "xcomp" and _is_verb(c)]
        # "urged Iran to", or the one urged as the passive subject: "Iran was urged to".
        addressed = any(c.dep_ in ("dobj", "dative", "nsubjpass") for c in children_of(verb))
        # "wants the governor to resign", parsed as an infinitive clause with its own subject.
        subjected = [
            c
            for c in children_of(verb)
            if c.dep_ == "ccomp" and _infinitival(c) and any(g.dep_ == "nsubj" for g in children_of(c))
        ]
        if subjected and not clauses:
            claims = tuple(c.i for c in subjected)
            coded = Coded(frame.default, f"{frame.id}:clause", 0.6, verb, (verb,), claims=claims,
                          clause_targets=tuple(subjected))  # fmt: skip
            return coded, claims
        if not clauses or not addressed:
            return None
        claims = tuple(c.i for c in clauses)
        evacuation = next((c for c in clauses if _own_people_leave(verb, c)), None)
        if verb.lemma_.lower() in EXPELLING_ORDERS and evacuation is not None:
            # "ordered its citizens to leave Lebanon": a state pulling its own people out of a
            # country reduces relations with it (16), aimed at the country left.
            return Coded(
                REDUCE_RELATIONS, f"{frame.id}:evacuate", 0.6, verb, (evacuation,), claims=claims
            ), claims
        if verb.lemma_.lower() in EXPELLING_ORDERS and any(_leaves_the_country(c) for c in clauses):
            # "ordered UN peacekeepers to leave the country": an order to leave expels (166);
            # an order to leave some place ("leave the crossing") stays a demand.
            return Coded(EXPULSION, f"{frame.id}:leave", 0.7, verb, (verb,), claims=claims), claims
        coded = Coded(frame.default, f"{frame.id}:clause", 0.6, verb, (verb,), claims=claims)
        return coded, claims

    def _bare_intent(self, frame: Frame, verb: Token) -> tuple[Coded | None, tuple[int, ...]] | None:
        """ "is ready to explain its data to Chinese experts", "is willing to look into the
        matter with Manila": readiness to act with or towards someone states an intent to
        cooperate (the frame's default) even when the act itself is no event of its own; the
        act's parties are the targets, and with no one named it states nothing. Commitment verbs
        ("offered to", "pledged to") are not listed: their own verb codes already apply."""
        if frame.kind != "intent" or self.verb_lemma(verb) not in frame.stands_alone:
            return None
        clauses = [
            c
            for c in children_of(verb)
            if _is_verb(c) and (c.dep_ == "xcomp" or (c.dep_ == "advcl" and _bare_infinitive(c)))
        ]
        if not clauses:
            return None
        claims = tuple(c.i for c in clauses)
        coded = Coded(frame.default, f"{frame.id}:alone", 0.55, verb, (*clauses, verb), claims=claims,
                      needs_party=True)  # fmt: skip
        return coded, claims

    def _declined_comment(self, frame: Frame, verb: Token) -> tuple[Coded | None, tuple[int, ...]] | None:
        """ "declined to comment", "refused to say": CAMEO's own code for it (011), addressed to
        no one, not a rejection (12) of whatever the article is about."""
        if frame.kind != "refuse":
            return None
        clauses = [c for c in children_of(verb) if c.dep_ in ("xcomp", "advcl") and _is_verb(c)]
        # Only what was declined: "to comment", not "rejected the calls, saying ...".
        spoken = [c for c in clauses if c.lemma_.lower() in COMMENT_VERBS and _bare_infinitive(c)]
        if not spoken:
            return None
        claims = tuple(c.i for c in spoken)
        return Coded(DECLINE_COMMENT, f"{frame.id}:comment", 0.6, verb, (verb,), claims=claims), claims

    # -- arguments ----------------------------------------------------------------------------

    def _speaker(self, predicate: Token, index: args.ActorIndex) -> list[Actor]:
        """For a pronoun subject inside reported speech, the reporting verb's subject."""
        current = predicate
        for _ in range(4):
            # "said it is prepared to ...": the adjective is the complement of the reported clause.
            if current.dep_ not in ("ccomp", "conj", "xcomp", "acomp") or current.head.i == current.i:
                return []
            current = current.head
            if current.lemma_.lower() in REPORTING_VERBS:
                return args.actors_of(args.subject_heads(current), index)
        return []

    def sources(self, coded: Coded, index: args.ActorIndex) -> list[Actor]:
        predicate = coded.predicate
        if coded.source_heads:
            return args.actors_of(coded.source_heads, index)
        if coded.nominal:
            found = args.actors_of(args.nominal_source_heads(predicate), index)
            undergone = _undergone_by(predicate)
            if not found and undergone is not None:
                # "came under fire from Hamas", "came under attack by gunmen" (the parser hangs
                # the agent on either word): the one it came from.
                found = args.actors_of(args.prep_objects((predicate, undergone), "from", "by"), index)
            if not found and coded.code[:2] == CONSULT_ROOT and _is_occasion(predicate):
                # "defended the party during a visit to Tbilisi": the visitor is the subject of
                # the verb the visit is the occasion of.
                found = args.actors_of(args.subject_heads(predicate.head.head), index)
            return found
        heads = args.subject_heads(predicate, self.book.document_nouns, self.book.speech_acts)
        if coded.pattern.startswith(STANCE_PATTERN) and args.is_passive(predicate):
            # "Iran was disappointed by Israel's decision": the one who feels is the subject.
            heads = [c for c in children_of(predicate) if c.dep_ == "nsubjpass"]
        # "Canada's wildfires forced ...", "Kenya's runners dominated ...": a possessor acts
        # through its own organs and acts, not through everything it has.
        heads = [
            h
            for h in heads
            if not self._possession(h, index) and h.lemma_.lower() not in self.book.happening_nouns
        ]
        found = args.actors_of(heads, index)
        if not heads and args.is_passive(predicate):
            # "was shot dead in Maseru on Sept. 5 by two senior officers": the parser may take a
            # far "by" phrase for a plain preposition; when it names an actor, that is the agent.
            found = args.actors_of(args.prep_objects((predicate,), "by"), index)
        if not found and heads and all(h.lower_ in args.PRONOUNS for h in heads):
            found = self._speaker(predicate, index)
            if not found and len(heads) == 1 and heads[0].lower_ in ("it", "they"):
                antecedent = index.antecedent(heads[0])
                found = [antecedent] if antecedent is not None else []
        if not found and self.unresolved_sources:
            found = [args.unresolved_actor(h) for h in heads if h.pos_ in ("NOUN", "PROPN")]
        return found

    def targets(self, coded: Coded, index: args.ActorIndex, sources: list[Actor]) -> list[Actor]:
        given = [a for a in args.actors_of(coded.target_heads, index) if a not in sources]
        if given:
            return given
        heads = [h for predicate in coded.doers_of for h in _doer_heads(predicate)]
        doers = [a for a in args.actors_of(heads, index) if a not in sources]
        # A consequence promised to no one named ("any attempt would meet a response") is
        # aimed at whom the story implies; other reported acts are aimed at their doers only.
        if doers or (coded.doers_of and not coded.pattern.endswith(":consequence")):
            return doers
        owners = self._owners_of_the_rejected(coded, index, sources)
        if owners:
            return owners
        if coded.target_from and coded.clause_targets:
            # Appeals and demands: the one urged ("urged Iran to"), else the clause subject.
            first = coded.target_from[0]
            # "repeated Baku's demand that Armenia ...": the demand itself is no participant.
            carriers = {clause.head.i for clause in coded.clause_targets}
            objects = [h for h in args.object_heads(first) if h.i not in carriers]
            heads = objects + [s for clause in coded.clause_targets for s in args.own_subjects(clause)]
            found = [a for a in args.actors_of(heads, index) if a not in sources]
            if found:
                return found
        # "a summit on Iran", "talks over the border dispute": the topic of a meeting is not
        # a party to it.
        meeting = _is_meeting(coded.code)
        topics = TOPIC_PREPS if meeting else frozenset()
        order = coded.target_from
        if _carries_a_noun(coded) and any(
            c.dep_ == "prep" and c.lower_ in NOUN_OWN_TARGET_PREPS for c in children_of(order[1])
        ):
            # "presented evidence against X at the UN": the noun's own target phrase beats
            # the verb's venue.
            order = (order[1], order[0])
        for token in order:
            nominal = token != coded.predicate or coded.nominal
            heads = args.object_heads(token, nominal=nominal and _is_noun(token), topics=topics)
            if token == coded.predicate and _carries_a_noun(coded):
                # "issued arrest warrants for X": the parser often hangs the event noun's
                # "for" phrase on the light verb.
                heads += args.prep_objects((token,), "for")
            heads += [h for c in children_of(token) if _for_clause(c) for h in args.subject_heads(c)]
            heads += _what_it_called(token)
            if coded.code.startswith(RETREAT_PREFIX):
                # "withdrew its troops from the Jenin camp": the side retreated from is the
                # target (not the troops, which are the source's own); "withdrew from the
                # deal" leaves an agreement, not a place.
                moved = (token, *(c for c in children_of(token) if c.dep_ == "dobj"))
                places = [p for p in args.prep_objects(moved, "from") if not self._is_event_noun(p)]
                heads = places + [h for h in heads if not places]
            if meeting and token == coded.predicate:
                # "spoke by telephone with X", "talked via video link with X": the partner hangs
                # on the means of the conversation.
                means = [m for prep in ("by", "via", "over") for m in args.prep_objects((token,), prep)]
                heads += args.prep_objects(means, "with")
            # "lodged a protest with China over the detention of a Japanese citizen": what an
            # act is over is its reason, a target only when no party is named.
            reasons = set(args.prep_objects((token,), "over"))
            # "filed a lawsuit against Mexico at the ICJ": a party named otherwise beats the
            # venue; "fired at X" keeps its "at" target when it is the only one.
            venues = set(args.prep_objects((token,), "at"))
            named = [h for h in heads if h not in reasons]
            if token == coded.predicate and self.verb_lemma(token) in EXPRESSING_VERBS:
                # "voiced opposition to X": the attitude expressed is no party ("opposition" is
                # also the word for a political opposition).
                named = [h for h in named if h.dep_ != "dobj"]
            found = [
                a for a in args.actors_of([h for h in named if h not in venues], index) if a not in sources
            ]
            if not found:
                found = [a for a in args.actors_of(named, index) if a not in sources]
            possessed = [
                h for h in heads if any(c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS for c in children_of(h))
            ]
            postings = args.prep_objects(possessed, "to") + (
                args.prep_objects((token,), "from") if possessed else []
            )
            posted = [a for a in args.actors_of(postings, index) if a not in sources]
            if posted:
                # "recalled its ambassador to Venezuela", "withdrew its envoys from both
                # countries": the source's own envoy is not acted upon; the side it is posted to is.
                own = {a.country for a in sources if a.country}
                kept = set(args.actors_of(possessed, index))
                found = [a for a in found if not (a in kept and a.country in own)]
                found += [a for a in posted if a not in found]
            if coded.code[:2] in UNKNOWN_AGENT_ROOTS or coded.code.startswith(AID_PREFIXES):
                # "launched drones at Ukrainian cities", "the delivery of F-16 jets to Ukraine":
                # weapons fired or given are instruments or goods, not a target.
                found = [a for a in found if not _names_weapons(a, index)]
            if coded.code.startswith(AID_PREFIXES):
                # "sent tanks to Ukraine": what is given is the giver's own, not a recipient.
                own = {a.country for a in sources if a.country}
                found = [a for a in found if a.country not in own] or found
            if coded.code in PEACEKEEPING_CODES:
                # "would send 600 more police officers": the officers sent are the sender's own.
                sent = set(args.actors_of([c for c in children_of(token) if c.dep_ == "dobj"], index))
                found = [a for a in found if a not in sent]
            if coded.code[:2] == FORCE_POSTURE_ROOT:
                # "deployed troops to its border with Finland": the deployed forces are the
                # source's own; the side faced is across the border or at the destination.
                own = {a.country for a in sources if a.country}
                deployed = set(args.actors_of([c for c in children_of(token) if c.dep_ == "dobj"], index))
                found = [a for a in found if a.country not in own and a not in deployed]
                if not found and token == coded.predicate:
                    anchors = (token, *(c for c in children_of(token) if c.dep_ == "dobj"))
                    places = [p for prep in FORCE_DESTINATION_PREPS for p in args.prep_objects(anchors, prep)]
                    found = [
                        a
                        for a in args.actors_of([*places, *args.prep_objects(places, "with")], index)
                        if a.country not in own
                    ]
            if not found and token == coded.predicate and coded.code.startswith(EMBARGO_CODE):
                # "suspended all imports of aquatic products from Japan": an embargo is aimed at
                # where the goods come from or go to.
                goods = [c for c in children_of(token) if c.dep_ in ("dobj", "nsubjpass")]
                goods += args.prep_objects(goods, "of")
                ends = args.prep_objects(goods, "from", "to")
                found = [a for a in args.actors_of(ends, index) if a not in sources]
            if not found and token == coded.predicate and coded.code.startswith(TAKING_CODES):
                anchors = (token, *(c for c in children_of(token) if c.dep_ == "dobj"))
                found = [
                    a for a in args.actors_of(args.prep_objects(anchors, "from"), index) if a not in sources
                ]
            if not found and not _is_noun(token):
                noun_heads = args.object_noun_heads(token, topics=topics)
                found = [a for a in args.actors_of(noun_heads, index) if a not in sources]
            if not found and reasons:
                found = [
                    a for a in args.actors_of([h for h in heads if h in reasons], index) if a not in sources
                ]
            if not found and token == coded.predicate and self.verb_lemma(token) in EXPRESSING_VERBS:
                # "voiced optimism on Monday about improving relations with X": the phrase may
                # hang on the verb, and a gerund's object names the relation.
                attitude = (token, *(c for c in children_of(token) if c.dep_ == "dobj"))
                phrases = [
                    c
                    for a in attitude
                    for c in children_of(a)
                    if c.dep_ == "prep" and c.lower_ in ATTITUDE_PREPS
                ]
                about = [p for c in phrases for p in children_of(c) if p.dep_ == "pobj"]
                about += [
                    o
                    for c in phrases
                    for g in children_of(c)
                    if g.dep_ == "pcomp"
                    for o in children_of(g)
                    if o.dep_ == "dobj"
                ]
                about += args.prep_objects(about, "with", "between")
                found = [a for a in args.actors_of(about, index) if a not in sources]
            if not found and token == coded.predicate and _is_verb(token) and not args.is_passive(token):
                # "dismissed the proposal by Turkey": the parser hangs the object's author on
                # the verb; on an active verb with an object, "by" names no agent.
                has_object = any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in children_of(token))
                authors = args.prep_objects((token,), "by") if has_object else []
                found = [a for a in args.actors_of(authors, index) if a not in sources]
            if not found and token == coded.predicate and coded.code[:2] in REQUEST_ROOTS:
                # "demanded that Congo protect the embassies": the one asked is the subject of
                # the clause that says what is asked.
                clauses = [c for c in children_of(token) if c.dep_ == "ccomp"]
                subjects = [s for c in clauses for s in children_of(c) if s.dep_ in args.SUBJECT_DEPS]
                found = [a for a in args.actors_of(subjects, index) if a not in sources]
            if found:
                return found
        return []

    def _owners_of_the_rejected(
        self, coded: Coded, index: args.ActorIndex, sources: list[Actor]
    ) -> list[Actor]:
        """ "opposed Tehran's request for a loan from the IMF", "the U.S. demand for his
        extradition was refused": a refusal answers whoever made the request, demand, offer or
        charge refused (its possessor, its "by" author, its nationality), not the others the
        thing refused is about. Empty when the thing refused names no maker."""
        if coded.code[:2] != REJECT_ROOT and coded.code != DENY_RESPONSIBILITY_CODE:
            return []
        refused = [t for t in coded.target_from if _is_noun(t)]
        # A reporting verb's object is whom it was said to ("telling air force commanders that
        # negotiating was not wise"), not what was refused.
        refused += [
            c
            for t in coded.target_from
            if _is_verb(t) and self.verb_lemma(t) not in REPORTING_VERBS
            for c in children_of(t)
            if c.dep_ in ("dobj", "nsubjpass") and _is_noun(c)
        ]
        makers = [h for noun in refused for h in args.nominal_source_heads(noun)]
        return [a for a in args.actors_of(makers, index) if a not in sources]

    # -- events -------------------------------------------------------------------------------

    def _event(
        self,
        doc: Doc,
        coded: Coded,
        source: Actor,
        target: Actor | None,
        sent_span: Span,
        sentence: str,
        location: Location | None,
        dated: tuple[str | None, str],
    ) -> Event:
        confidence = coded.confidence * (1.0 if target is not None else 0.8)
        return build_event(
            doc,
            self.cameo[coded.code],
            self.goldstein,
            source=source,
            target=target,
            span=sent_span,
            sentence=sentence,
            dated=dated,
            location=location,
            confidence=confidence,
            pattern=coded.pattern,
        )

    def _by_attacker_kind(self, coded: Coded, source: Actor, index: args.ActorIndex) -> Coded:
        """ "A suicide bomber killed 30 people": an attacker named by its kind of attack gives
        generic violence (190) that attack's code (1831)."""
        if coded.code != GENERIC_ASSAULT:
            return coded
        tokens = index.tokens_of(source)
        kind = self.code_noun(tokens[-1]) if tokens else None
        if kind is None or kind.code[:2] not in UNKNOWN_AGENT_ROOTS or kind.code == coded.code:
            return coded
        return dataclasses.replace(coded, code=kind.code, pattern=f"{coded.pattern}+{kind.pattern}")

    def _doers_of_noun(self, noun: Token, earlier: Sequence[Event]) -> list[Actor]:
        """The doer of the story's latest event of the kind ``noun`` names ("the strikes")."""
        code = self._noun_code(noun)
        if code is None:
            return []
        pick = next((e for e in reversed(earlier) if e.cameo_root == code[:2] and e.source.code), None)
        return [pick.source] if pick is not None else []

    def _noun_code(self, noun: Token) -> str | None:
        """The code an event noun names, with or without the words its patterns ask for: plain
        "the strikes" or "the shelling" name an attack (190)."""
        coded = self.code_noun(noun)
        if coded is not None and coded.code != NO_EVENT:
            return coded.code
        return GENERIC_ASSAULT if noun.lemma_.lower() in WEAPON_NOUNS else None

    def _peacekeeping(self, coded: Coded, source: Actor) -> Coded:
        """Forces an international organisation sends or deploys are peacekeepers (074), and
        its stated plan to send them an intent to provide peacekeeping (0334), not a threat."""
        base = coded.base or coded.code
        if not source.code.startswith("IGO") or not base.startswith(DEPLOYMENT_PREFIXES):
            return coded
        code = PEACEKEEPING
        if coded.base and self.intent is not None and coded.code == self.intent.transform(base):
            code = self.intent.transform(PEACEKEEPING)
        elif coded.base:
            return coded
        return dataclasses.replace(coded, code=code, pattern=f"{coded.pattern}+peacekeeping")

    def _referred_doers(
        self,
        coded: Coded,
        earlier: Sequence[Event],
        sources: list[Actor],
        story: Story | None = None,
        when: str | None = None,
    ) -> list[Actor]:
        """ "Brazil condemned the raid", "Guterres condemned the takeover", "marched against the
        strikes": an event noun or a word that refers back ("the move", "the takeover") names
        something the story reported; its doer is the target. The latest earlier event of the
        same root, else of the same quad class (any conflict, for a reference word a conflictual
        reaction points at), by someone other than the reacting side."""
        if not earlier:
            return []
        # A domestic voice reacts to its own government's acts too ("the opposition condemned
        # the arrests"), and to its own side of a shared one ("called the summit humiliating").
        domestic = bool(sources) and all(_domestic_voice(s) for s in sources)
        countries = {s.country for s in sources if s.country}
        # In a story about one country its organs answer each other ("Clinton and Reno praised
        # the ruling" of a US court): only the reacting actors themselves are excluded.
        at_home = bool(countries) and story is not None and all(_domestic_story(story, c) for c in countries)
        own = {s.code for s in sources} | (set() if domestic or at_home else countries)
        # "Guterres condemned the coup, and France also condemned the takeover": those doing the
        # very same in the sentence react alongside the source; their act is not the referent.
        if story is not None:
            own |= {a.code for a in story.sentence_sources.get(coded.code, [])}
        others = _in_reference_order(
            [e for e in reversed(earlier) if e.source.code and not ({e.source.code, e.source.country} & own)],
            when,
            story.asides if story is not None else set(),
        )
        conflictual = self.cameo[coded.code].quad_class >= 3
        for noun in _reaction_objects(coded):
            if _prefix_negated(noun):
                continue  # "called for de-escalation" is no reaction to an escalation
            code = self._noun_code(noun)
            if code is not None:
                # The story's own word for it first ("the strikes" -> "Turkish drones struck").
                word = noun.lemma_.lower()
                quad = self.cameo[code].quad_class
                if _likened(noun) and code[:2] == coded.code[:2]:
                    # "Japan made a similar appeal": to whom the latest such act was aimed.
                    pick = next((e for e in others if e.cameo_root == code[:2] and e.target), None)
                    return [pick.target] if pick is not None and pick.target is not None else []
                if (
                    coded.code[:2] in REQUEST_ROOTS
                    and code[:2] not in REQUEST_ROOTS
                    and quad in COOPERATIVE_QUADS
                ):
                    # "called for a ceasefire", "urged talks": what is asked for is not done
                    # yet; it is asked of those who fight (the latest violence by others).
                    pick = next((e for e in others if e.cameo_root in VIOLENCE_ROOTS), None) or next(
                        (e for e in others if e.quad_class == MATERIAL_CONFLICT), None
                    )
                    return [pick.source] if pick is not None else []
                pick = (
                    next((e for e in others if e.cameo_root == code[:2] and word in (e.pattern or "")), None)
                    or next((e for e in others if e.cameo_root == code[:2]), None)
                    # "the attack" after a killing or a bombing: violence of another root is
                    # still the deed meant; an expulsion or a sanction is not.
                    or next(
                        (e for e in others if code[:2] in VIOLENCE_ROOTS and e.cameo_root in VIOLENCE_ROOTS),
                        None,
                    )
                )
            elif noun.lemma_.lower() in self.book.reference_nouns:
                # A conflictual reaction points at the latest conflict ("condemned the flight");
                # support at the latest deed ("backed the action") or, for words, at the
                # latest words ("welcomed the remarks"); else at the latest event.
                said = noun.lemma_.lower() in self.book.said_reference_nouns
                fitting = [e for e in others if e.quad_class >= 3 or not conflictual]
                kind = [e for e in fitting if (e.quad_class in MATERIAL_QUADS) != said]
                pick = next(iter(fitting if conflictual else kind or fitting), None)
            elif coded.code[:2] == APPROVAL_ROOT and _definite(noun):
                pick = None
            else:
                continue
            if pick is None and coded.code[:2] == APPROVAL_ROOT and _definite(noun):
                # "welcomed the vote", "praised the tariff" (told but not coded): support for
                # something the story told, by whoever did the latest thing.
                pick = next(iter(others), None)
            if pick is None:
                return []
            if domestic:
                home = next(
                    (a for a in (pick.source, pick.target) if a is not None and a.country in countries), None
                )
                return [home or pick.source]
            if noun.lemma_.lower() in AGREEMENT_NOUNS and pick.target is not None:
                # "welcomed the agreement", "rejected the deal": a reaction to an agreement is
                # aimed at the sides that made it, not only at whoever the story named first.
                return [a for a in (pick.source, pick.target) if not ({a.code, a.country} & own)]
            return [pick.source]
        if self._bare_attitude(coded):
            # "Turkey's foreign ministry expressed deep concern the same day": an attitude voiced
            # about nothing named is about the latest deed (not word) by someone else.
            pick = next((e for e in others if e.quad_class in MATERIAL_QUADS), None)
            return [pick.source] if pick is not None and not domestic else []
        return []

    def _bare_attitude(self, coded: Coded) -> bool:
        """ "expressed deep concern", "voiced regret": an attitude expressed with no object,
        topic or clause of its own."""
        predicate = coded.predicate
        if coded.nominal or self.verb_lemma(predicate) not in EXPRESSING_VERBS:
            return False
        objects = [c for c in children_of(predicate) if c.dep_ == "dobj"]
        if len(objects) != 1 or any(c.dep_ in ("ccomp", "xcomp") for c in children_of(predicate)):
            return False
        attached = [*children_of(predicate), *children_of(objects[0])]
        return not any(c.dep_ in ("prep", "acl", "relcl") for c in attached if c.lower_ not in ("in", "on"))

    def _violence_sources(
        self, coded: Coded, index: args.ActorIndex, earlier: Sequence[Event] = ()
    ) -> list[Actor]:
        """Who did violence that has no subject actor. "killed in Israeli shelling": the
        source of the attack noun. "the strikes had killed 11 civilians": the doer of the
        strikes the story reported. "were killed in a bombing", "a roadside bomb killed":
        an unknown source, when the victim is named and an attack or weapon noun says that
        this was violence (not "killed in a car accident")."""
        predicate = coded.predicate
        settings = args.prep_objects((predicate,), "in") + args.prep_objects((predicate,), "by")
        subjects = [h for h in args.subject_heads(predicate) if _is_noun(h)]
        if any(h.lemma_.lower() in self.book.happening_nouns for h in subjects):
            return []  # "an earthquake struck Myanmar": nobody's act
        violent = False
        for noun in settings + subjects:
            if self._is_violence_noun(noun):
                violent = True
                # "in Israeli shelling" (the attack's source), "by an Israeli tank" (the weapon's side).
                own = index.at(noun)
                found = [own] if own else args.actors_of(args.nominal_source_heads(noun), index)
                if not found and any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(noun)):
                    found = self._doers_of_noun(noun, earlier)
                if found:
                    return found
        if not violent and predicate.lemma_.lower() in GENERIC_HARM_LEMMAS:
            return []
        victims = self.targets(coded, index, [])
        if not victims:
            return []
        doers = [a for a in args.actors_of(_doers_at_that_moment(predicate), index) if a not in victims]
        return doers or [unknown_actor(predicate)]

    def _victim_dyads(self, coded: Coded, index: args.ActorIndex) -> list[tuple[Actor, Actor | None]]:
        """ "Three soldiers died in Russian shelling": the shelling's side acted on the soldiers;
        an unknown source when the setting is violence without a side; no event when nothing
        says this was violence ("died in a car crash", "died of cancer")."""
        predicate = coded.predicate
        victims = args.actors_of(args.subject_heads(predicate), index)
        if not victims:
            return []
        settings = [
            n for prep in ("in", "from", "by", "during") for n in args.prep_objects((predicate,), prep)
        ]
        for noun in settings:
            if not self._is_violence_noun(noun):
                continue
            own = index.at(noun)
            found = [own] if own else args.actors_of(args.nominal_source_heads(noun), index)
            sources = found or [unknown_actor(predicate)]
            return [(s, v) for s in sources for v in victims if s.code != v.code]
        return []

    def _misparsed_noun(self, token: Token) -> bool:
        """An "-ing" event noun the parser took for a clause: "killed in artillery shelling near
        the border" (shelling as an adverbial clause after the noun "artillery"). It has no
        subject or object of its own and must not inherit the main clause's subject, whose
        victims it names. Real participle clauses ("marched on Sunday calling for ...") are
        verbs that are not event nouns."""
        if token.tag_ != "VBG" or token.dep_ != "advcl" or token.i == 0:
            return False
        word = token.lower_
        if word not in self.book.nouns and word not in WEAPON_NOUNS:
            return False
        before = token.doc[token.i - 1]
        own_arguments = any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux") for c in children_of(token))
        return before.pos_ in ("NOUN", "PROPN") and before.dep_ in ("pobj", "compound") and not own_arguments

    def _possession(self, head: Token, index: args.ActorIndex) -> bool:
        """A noun that is no actor or act, owned by one ("Canada's wildfires")."""
        if head.pos_ != "NOUN" or index.at(head) is not None or self._is_event_noun(head):
            return False
        lemma = head.lemma_.lower()
        if lemma in self.book.document_nouns or lemma in WEAPON_NOUNS:
            return False
        return any(c.dep_ == "poss" for c in children_of(head))

    def _is_event_noun(self, noun: Token) -> bool:
        book = self.book
        return noun.lemma_.lower() in book.nouns or noun.lemma_.lower() in book.carrier_nouns

    def _is_violence_noun(self, noun: Token) -> bool:
        if noun.lemma_.lower() in WEAPON_NOUNS:
            return True
        coded = self.code_noun(noun)
        return coded is not None and coded.code[:2] in UNKNOWN_AGENT_ROOTS

    def _dyads(
        self,
        coded: Coded,
        index: args.ActorIndex,
        locations: Sequence[Location] = (),
        story: Story | None = None,
        when: str | None = None,
    ) -> list[tuple[Actor, Actor | None]]:
        story = story or Story()
        if coded.reverse:
            givers = args.actors_of(args.prep_objects(coded.target_from, "from"), index)
            takers = self.sources(coded, index)
            return [(g, t) for g in givers for t in takers if g.code != t.code]
        if not coded.nominal and coded.predicate.lemma_.lower() in VICTIM_SUBJECT_LEMMAS:
            return self._victim_dyads(coded, index)
        sources = self.sources(coded, index)
        if not sources and coded.nominal:
            # "talks between A and B": both sides are sources and targets.
            sides = args.actors_of(args.between_heads(coded.predicate), index)
            return [(a, b) for a in sides for b in sides if a.code != b.code or _two_people(a, b)]
        if not sources and coded.code[:2] in UNKNOWN_AGENT_ROOTS and not coded.nominal:
            sources = self._violence_sources(coded, index, story.events)
        if not sources and coded.code.startswith(tuple(AUTHORITY_SECTORS)):
            sources = _implied_authority(coded, index, story, locations)
        if not sources and coded.code[:2] in COMMAND_ROOTS and not coded.nominal:
            sources = _reporting_asker(coded.predicate, index)
        if not sources:
            return []
        if _own_session(coded, sources):
            return []
        if len(sources) > 1 and any(_is_each_other(t) for t in coded.predicate.subtree):
            # "A and B accused each other": each side acts on the other.
            return [(a, b) for a in sources for b in sources if a.code != b.code]
        targets = self.targets(coded, index, sources) or _responders(coded, index, sources)
        if coded.needs_party and not targets:
            return []
        if not targets and coded.code[:2] in FORCE_ROOTS:
            targets = _private_victims(coded, sources, story, locations)
        others = [t for t in targets if not _own_forces(t, sources)]
        if others:
            # "would send 60 soldiers to Mozambique": its own soldiers are what a state acts
            # with; the act is aimed at the others.
            targets = others
        if coded.code[:2] in COMMAND_ROOTS and targets and all(_own_forces(t, sources) for t in targets):
            # "ordered its units to move closer to the border": a state commands its own forces.
            return []
        if coded.mutual and len(sources) > 1:
            # "Russia and Ukraine exchanged prisoners": what the two sides trade is their own
            # people or goods; the sides are each other's partners.
            parties = {s.country for s in sources if s.country}
            targets = [t for t in targets if t.country not in parties]
        if coded.mutual and targets and all(_is_partner(t, index) for t in targets):
            pairs = [(s, t) for s in sources for t in targets if s.code != t.code]
            both_ways: list[tuple[Actor, Actor | None]] = [*pairs]
            # An unknown doer ("fighting erupted") is no one's partner to be acted on.
            return both_ways + [(t, s) for s, t in pairs if s.code and (t, s) not in pairs]
        if (
            (not targets or all(_is_setting(t, index) for t in targets))
            and len(sources) > 1
            and (coded.code[:2] in RECIPROCAL_ROOTS or coded.code in RECIPROCAL_CODES or coded.mutual)
            and coded.code[:3] not in VISIT_CODES
        ):
            # "A and B signed a deal (in Geneva)": each side acts towards the other, not the venue;
            # "A and B flew to Banjul" together visit someone else.
            return [(a, b) for a in sources for b in sources if a.code != b.code]
        if not targets:
            # "Brazil condemned the raid", "France denied the accusations": a definite event noun
            # without participants of its own refers back to the article's latest event of its
            # kind, whose doer this reaction is aimed at.
            targets = self._referred_doers(coded, story.events, sources, story, when)
        if not targets and coded.code[:2] == PROTEST_ROOT:
            # "rallied outside the Chinese consulate", "marched on the parliament": a protest
            # at a building is aimed at whoever it houses.
            venues = args.prep_objects(coded.target_from, *PROTEST_VENUE_PREPS)
            venues += args.prep_objects(
                [f for f in args.prep_objects(coded.target_from, "in") if f.lower_ == "front"], "of"
            )
            targets = [a for a in args.actors_of(venues, index) if a.code not in {s.code for s in sources}]
        if not targets:
            # No participant: the country where it happened ("protested in Beijing").
            places = args.actors_of(args.prep_objects(coded.target_from, "in"), index)
            targets = [a for a in places if a not in sources and a.code not in {s.code for s in sources}]
        if not targets:
            # A place that is not an actor mention: its gazetteer country ("military
            # exercises in Alaska" -> USA), as CAMEO coders code the setting as the target.
            own = {s.country or s.code[:3] for s in sources}
            preps = ("in", "from") if coded.code.startswith(RETREAT_PREFIX) else PLACE_TARGET_PREPS
            if coded.code.startswith(OCCUPY_PREFIX):
                # "rebels seized the town of Goma": the place taken is the target, in the
                # taker's own country too (a rebel group takes it from its state).
                targets = place_targets(coded, locations, preps, with_objects=True, index=index)
            elif _is_meeting(coded.code):
                # "a summit in Brussels on the war in Ukraine": the venue is the target; the
                # topic's place only when no venue is named ("a summit on the unrest in Iran").
                # An official's trip visits its destination ("the president flew to the Gambian
                # capital"); others travel to places ("the girls were flown to Abuja").
                officials = all((s.sector or "")[:3] == "GOV" for s in sources)
                venue_preps = ("to", "in") if coded.code[:3] in VISIT_CODES and officials else ("in",)
                venue = [
                    a for a in place_targets(coded, locations, venue_preps, index=index) if a.code not in own
                ]
                targets = venue or [
                    a for a in place_targets(coded, locations, ("on",), index=index) if a.code not in own
                ]
            else:
                # "Israel attacked Gaza": a place attacked is the target too.
                attacked = coded.code[:2] in UNKNOWN_AGENT_ROOTS
                found_places = place_targets(coded, locations, preps, with_objects=attacked, index=index)
                targets = [a for a in found_places if a.code not in own and _in_story(a.code, story)]
        if not targets:
            # A consultation needs a counterpart: "held a news conference", "spoke at the
            # forum", "flew to New York" consult no one.
            if _is_meeting(coded.code) and not _gathering(coded):
                return []
            # "Guterres called for calm, and Faki appealed for a truce": those who do the same
            # in the sentence are the source's partners, not whom it addresses.
            alike = story.sentence_sources.get(coded.code[:2], [])
            # Those who do the very same ("Boric and Lopez Obrador condemned ..., and Blinken
            # said Washington condemns") are allies whose countries are not addressed either.
            allies = [*sources, *story.sentence_sources.get(coded.code, [])]
            implied = [
                (s, self._implied_target(coded, s, story, locations, [*sources, *alike], allies))
                for s in sources
            ]
            # "Democrats blasted Oversight" (both USAPTY in a story of one country): another
            # actor of the same code, named otherwise, is a target too.
            dyads: list[tuple[Actor, Actor | None]] = [
                (
                    s,
                    t
                    if t is None or t.code != s.code or (t.span != s.span and _different_names(s, t))
                    else None,
                )
                for s, t in implied
            ]
            story.implied.update((coded.predicate.i, t) for _, t in dyads if t is not None)
            return dyads
        # Two mentions with one code are one actor acting on itself ("Russia ... Moscow"), unless
        # they name different people or bodies ("Republicans criticised Democrats", both USAPTY)
        # or the act is coercion or force ("Turkish authorities detained the mayor of Istanbul").
        inward = coded.code[:2] in INWARD_ROOTS
        # "Trump returned to the White House": going to one's own seat visits no one.
        visit = coded.code[:3] in VISIT_CODES
        return [
            (s, t)
            for s in sources
            for t in targets
            if s.code != t.code or (s.span != t.span and not visit and (inward or _different_names(s, t)))
        ]

    def _implied_target(
        self,
        coded: Coded,
        source: Actor,
        story: Story,
        locations: Sequence[Location] = (),
        partners: Sequence[Actor] = (),
        co_subjects: Sequence[Actor] = (),
    ) -> Actor | None:
        """The target a report leaves implicit. A state's administrative sanctions, arrests,
        repression or releases with no one named are done in its own country ("imposed a curfew
        on three provinces", "freed political prisoners"); force with no one named falls on the
        country where the sentence places it ("killed 14 people in a town north of
        Port-au-Prince"). An appeal, demand, criticism, rejection, threat or cut in relations
        names no target when it is aimed at the other side of the story ("urged calm") ("warned that any
        provocation would meet a firm response"); domestic voices (the opposition, civil
        society) address their own government. The source's ``partners`` in the act ("the US,
        Russia and Switzerland condemned") are not its target, nor is any mention of the
        country of one of its ``co_subjects`` ("Chile's Boric and Mexico's Lopez Obrador
        condemned": not Chile for Mexico)."""
        root, country = coded.code[:2], _country_of(source)
        if not country:
            return None
        # "threatened to institute a curfew in Algiers": a threatened or promised sanction at
        # home falls on the population as the sanction itself would.
        if (coded.base or coded.code).startswith(DOMESTIC_PREFIXES):
            return None if source.code.startswith("IGO") else _population(country, coded.predicate)
        if _is_meeting(coded.code):
            # "local commanders met to calm the situation": the other side was there too.
            return _counterpart(source, story)
        if root in FORCE_ROOTS:
            place = _place_of_act(coded.predicate, locations, story, source)
            return None if place is None else _mention_of(place.country or "", story, source)
        if root in GIVING_ROOTS:
            # "pledged to send more police officers": to the country the story is about.
            return _counterpart(source, story, exchanges=False)
        if root == SHOW_OF_FORCE_ROOT:
            # "Soldiers patrolled the streets of Bangladesh's capital": force shown at home is
            # shown to its own people, not to the foreign side the story also names.
            place = _place_of_act(coded.predicate, locations, story, source)
            if place is not None and place.country == country:
                return _population(country, coded.predicate)
        if root == PROTEST_ROOT and not source.code.startswith("IGO"):
            # "thousands rallied in Nukus", "protesters blocked roads": a protest with no one
            # named is aimed at the protesters' own government.
            return _mention_of(country, story, source)
        domestic = _domestic_story(story, country)
        # Admissions and denials, pleas among them, answer a charge at home; praise, yielding and
        # investigation at home are for the other side there ("expressed his support for the
        # scheme", "lifted the burn ban", "began an investigation").
        answers = coded.code in ANSWER_CODES and len(story.mentions) >= SHORT_STORY
        # A denial answers an accusation from the other side, abroad too (not a plea).
        denial = (
            coded.code == DENY_RESPONSIBILITY_CODE
            and len(story.mentions) >= SHORT_STORY
            and not coded.nominal
            and not any(
                t.lemma_.lower() in PLEA_LEMMAS for t in (coded.predicate, *children_of(coded.predicate))
            )
        )
        home_act = root in HOME_ADDRESSED_ROOTS and len(story.mentions) >= SHORT_STORY
        at_home = (answers or home_act) and domestic
        if root not in ADDRESSED_ROOTS and not denial and not at_home:
            return None
        if _domestic_voice(source):
            return _mention_of(country, story, source)
        if domestic and root != SHOW_OF_FORCE_ROOT:
            # A story that names no other country: "Chaffetz declined", "protesters called
            # for more information" are aimed at the other side at home. A missile test or
            # an alert is aimed abroad, or at no one.
            return _domestic_counterpart(source, story)
        conflict = self.cameo[coded.code].quad_class >= 3
        # What a denial names is what it denies ("denied reports that Israel had attacked"),
        # not who accused.
        besides = [*partners, *story.sentence_mentions] if denial else partners
        return _counterpart(source, story, conflict=conflict, besides=besides, co_subjects=co_subjects)

    def code_sentence(
        self,
        doc: Doc,
        sent: Any,
        index: args.ActorIndex,
        noise: Sequence[Span],
        story: Story | None = None,
        text: str | None = None,
    ) -> list[Event]:
        story = story or Story()
        sent_span: Span = (sent.start_char, sent.end_char)
        verbs, nouns = _verbs_and_nouns(sent)
        # Nothing in noise is news, nor what commentators say in their own words.
        skipped = sorted([*noise, *story.commentary])
        if skipped:
            verbs = [t for t in verbs if not _in_spans(skipped, t.idx, t.idx + len(t.text))]
            nouns = [t for t in nouns if not _in_spans(skipped, t.idx, t.idx + len(t.text))]
        book = self.book
        nouns = [t for t in nouns if t.lemma_.lower() in book.nouns or t.lower_ in book.nouns or
                 t.lemma_.lower() in book.carrier_nouns]  # fmt: skip
        lemmas = {t.i: self.verb_lemma(t) for t in verbs}
        verbs = [t for t in verbs if self._known_verb(lemmas[t.i])]
        if not verbs and not nouns:
            return []
        claimed: set[int] = set()
        coded_list: list[Coded] = []
        # What is alleged is not asserted: allegations claim their clauses before anything else,
        # and an accusation its gerund ("accused Israel of assassinating ...").
        for verb in verbs:
            if lemmas[verb.i] in ACCUSING_LEMMAS:
                for prep in children_of(verb):
                    if prep.dep_ == "prep" and prep.lower_ in ("of", "for"):
                        claimed.update(t.i for g in children_of(prep) if g.dep_ == "pcomp" for t in g.subtree)
        for verb in verbs:
            allegation = self._reported_allegation(verb, index)
            if allegation is not None and not clause_is_unasserted(verb):
                coded_list.append(allegation)
                claimed.update((verb.i, *allegation.claims))
        # Speech acts read from what a speaker reports, one kind after the other (each claims its
        # clauses): harm done to the speaker's side by another accuses it (112); "X is an insult
        # to all Americans, lawmakers said", a condemning judgement of an actor or its doings, is
        # criticism (111), and "said Trump was absolutely right" praise (051); "said talks with
        # X were not wise", a cooperative act denied its worth, is rejected (12).
        speech_acts: tuple[Callable[[Token], Coded | None], ...] = (
            lambda verb: self._reported_harm(verb, index, story),
            lambda verb: self._account_of_a_crime(verb, index, story),
            lambda verb: self._reported_judgement(verb, index, self.book.judgement_words),
            lambda verb: self._reported_judgement(verb, index, self.book.praise_words, PRAISE_CODE),
            self._reported_rejection,
        )
        for read in speech_acts:
            for verb in verbs:
                if verb.i in claimed or lemmas[verb.i] not in REPORTING_VERBS or clause_is_unasserted(verb):
                    continue
                act = read(verb)
                if act is not None:
                    coded_list.append(act)
                    claimed.update(act.claims)
        # "he shot a man, according to police": attribution by a phrase, not a reporting verb
        # (the words are looked at only in a sentence that has it: a Token per word costs).
        sentence_text = sent.text if text is None else text[sent.start_char : sent.end_char]
        for word in sent if "according to" in sentence_text else ():
            account = self._account_of_a_crime(word, index, story) if word.lower_ == "according" else None
            if account is not None and account.predicate.head.i not in claimed:
                coded_list.append(account)
                claimed.update(account.claims)
        for verb in verbs:
            stance = None if verb.i in claimed else self._stance(verb)
            if stance is not None:
                coded_list.append(stance)
                claimed.update(stance.claims)
        # Outer frames before inner ones: sort frame verbs by depth in the tree.
        for verb in sorted((t for t in verbs if lemmas[t.i] in book.frames), key=_depth):
            if verb.i in claimed:
                continue
            result = self.code_frame(verb)
            if result is None:
                continue
            framed, claims = result
            claimed.update(claims)
            if framed is not None and not clause_is_unasserted(verb):
                coded_list.append(framed)
            claimed.add(verb.i)
        # "said that Libya must hand over the suspects": an obligation put on someone else in
        # reported speech is a demand (CAMEO 10), not a report of the act; "said that any
        # attempt would meet a firm response" is a threat (13).
        for verb in verbs:
            if verb.i in claimed or lemmas[verb.i] not in REPORTING_VERBS:
                continue
            demand = self._reported_obligation(verb) or self._reported_consequence(verb)
            if demand is not None and not clause_is_unasserted(verb):
                coded_list.append(demand)
                claimed.update((verb.i, *demand.claims))
        # "repeated its demand that Israel ease restrictions": the clause is what is demanded,
        # not something that happened.
        for noun in nouns:
            demand = self._clause_of_a_demand(noun)
            if demand is None:
                continue
            # A demand already framed ("rejected the demand that ...") still owns its clause.
            speech_act = noun.i not in claimed and demand.code != NO_EVENT
            claimed.update(demand.claims)
            speech_act = speech_act and demand.predicate.i not in claimed
            if speech_act and not clause_is_unasserted(demand.predicate):
                coded_list.append(demand)
                claimed.add(demand.predicate.i)
        # Verbs before nouns, so that light verbs claim their event nouns ("sanctions were imposed").
        ordered = [t for t in verbs if _is_verb(t)] + nouns
        for token in ordered:
            if token.i in claimed:
                continue
            coded = self.code_predicate(token)
            if coded is None:
                continue
            claimed.update(coded.claims)
            if not coded.nominal and coded.code[:2] in REQUEST_ROOTS:
                # "urged that Israel allow aid": what is asked for is not done.
                claimed.update(c.i for c in children_of(token) if c.dep_ == "ccomp")
            if coded.nominal:
                # An event noun that is the object of another verb is that verb's topic
                # ("condemned the allegations", "appreciation for China's assistance"); only
                # subjects and settings ("killed in an air strike") are events of their own.
                # What is answered happened only when it was force ("responded to the shelling");
                # "responded to a demand" need not report one.
                answered = _undergone_by(token)
                answered_words = answered is not None and answered.lemma_.lower() in RESPONSE_VERBS
                if answered_words and coded.code[:2] not in FORCE_ROOTS:
                    continue
                if _asserted_nominal(token) and not is_noun_complement(token):
                    coded_list.append(coded)
            elif _describes_a_noun(token) or self._misparsed_noun(token) or is_background(token):
                continue
            elif not clause_is_unasserted(token) or (is_negated(token) and has_future_aux(token)):
                coded_list.append(coded)
            else:
                possible = self._possible_reprisal(token, coded, index)
                if possible is not None:
                    coded_list.append(possible)
        coded_list = [self._carried_out_order(c, index) for c in _fold_instruments(coded_list)]
        if not coded_list:
            return []
        story.sentence_sources = {}
        if len(coded_list) > 1:
            for coded in coded_list:
                found = self.sources(coded, index)
                story.sentence_sources.setdefault(coded.code[:2], []).extend(found)
                story.sentence_sources.setdefault(coded.code, []).extend(found)
        article_date = doc._.article_date  # read once: each doc._ read costs ~2 µs
        location = sentence_location(doc, sent_span)
        sent_locations = [
            loc
            for loc in doc._.locations or []
            if sent_span[0] <= loc.span[0] and loc.span[1] <= sent_span[1]
        ]
        events = []
        marks = story.marks if story.marks is not None else sentence_marks(doc, sent)
        for coded in coded_list:
            dated = _statement_date(doc, coded, story.reference, marks) or event_date(
                doc, coded.predicate, reference=story.reference, marks=marks
            )
            if dated[1] != "day" and coded.code[:2] in UNKNOWN_AGENT_ROOTS:
                # "were shot dead when police confronted protesters on Feb. 9": the clause that
                # tells the rest of the act tells its day too.
                moments = [
                    event_date(doc, c, reference=story.reference, marks=marks)
                    for c in _clauses_at_that_moment(coded.predicate)
                ]
                dated = next((d for d in moments if d[1] == "day"), dated)
            if is_history(dated[0], article_date):
                continue
            for source, target in self._dyads(coded, index, sent_locations, story, dated[0]):
                if _match_result(coded, source, target):
                    continue
                as_coded = self._by_attacker_kind(_crowd_violence(doc, coded, source, target), source, index)
                as_coded = self._peacekeeping(_assassination(doc, as_coded, target), source)
                as_coded = _official_protest(_show_of_force(as_coded, target), source)
                as_coded = _troops_arriving(as_coded, source)
                if as_coded.code == DEPLOYMENT and (source.sector or "")[:3] not in PARTY_SECTORS:
                    continue  # "refugees crossed into Bangladesh", "tourists flew into Moscow"
                if (coded.predicate.i, target) in story.implied:
                    as_coded = dataclasses.replace(as_coded, pattern=f"{as_coded.pattern}+implied")
                event = self._event(doc, as_coded, source, target, sent_span, sentence_text, location, dated)
                events.append(event)
                story.events.append(event)  # later clauses may refer to it ("an attack that X denounced")
                if coded.predicate.dep_ in ASIDE_DEPS:
                    story.asides.add(event.id)
        return events

    def __call__(self, doc: Doc, text: str | None = None) -> list[Event]:
        """The events of ``doc``; ``text``: its text, when the caller has it (saves rebuilding it)."""
        with children_table(doc):
            return self._code_doc(doc, text)

    def _code_doc(self, doc: Doc, text: str | None) -> list[Event]:
        noise: Sequence[Span] = doc._.noise or []
        actors = [a for a in (doc._.actors or []) if not _in_spans(noise, a.span[0], a.span[1])]
        if not actors and not self.unresolved_sources:
            return []
        index = args.ActorIndex(doc, actors)
        # Every argument is found inside the sentence's own parse, so a sentence without an actor
        # mention can yield no event (unless uncoded subjects are kept).
        starts = sorted(a.span[0] for a in actors)
        # The story's time is the day of the latest sentence set on a day of its own: reports
        # without a time expression ("the ministry said") and "the same day" are read against it.
        places: dict[str, int] = {}
        for location in doc._.locations or ():
            if location.country:
                places[location.country] = places.get(location.country, 0) + 1
        story = Story(
            salience=_salience(actors), mentions=actors, commentary=_commentary(doc), place_countries=places
        )
        for sent in doc.sents:
            if _in_spans(noise, sent.start_char, sent.end_char) and all(
                _in_spans(noise, t.idx, t.idx + len(t.text)) for t in sent
            ):
                continue
            first = bisect.bisect_left(starts, sent.start_char)
            story.marks = sentence_marks(doc, sent, text)
            if self.unresolved_sources or (first < len(starts) and starts[first] < sent.end_char):
                story.sentence_mentions = [
                    a
                    for a in actors
                    if sent.start_char <= a.span[0] < sent.end_char and not _describes_another(doc, a)
                ]
                self.code_sentence(doc, sent, index, noise, story, text)
            story.reference = sentence_time(doc, sent, story.reference, story.marks) or story.reference
        return merge_events(story.events)


# Acts that, when no one else is named, fall on the source's own country: administrative
# sanctions (curfews, bans, states of emergency) and their easing, arrests, repression and releases.
DOMESTIC_PREFIXES = ("172", "173", "175", "084", "081")
# Acts of a state's organs whose doer a report may leave out ("was arrested", "a curfew was
# imposed"): the organ that does them. Not deportation: it is done by the country left, which the
# deported do not tell.
AUTHORITY_SECTORS = {"172": "GOV", "173": "COP", "175": "COP"}
# Fewer actor mentions than this: a story too short to tell which countries it is about.
SHORT_STORY = 5
# Deploying forces or police (153, 154); by an international organisation it is peacekeeping.
DEPLOYMENT_PREFIXES = ("153", "154")
PEACEKEEPING = "074"
DEMONSTRATION = "141"
VISIT = "042"
DEPLOYMENT = "154"
OFFICIAL_COMPLAINT = "114"
PEACEKEEPING_CODES = frozenset({"074", "0334"})
# Force, whose implied target is where it happened: coercion, assault, fighting, mass violence.
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
# Roots of acts aimed at someone (appeal, demand, disapprove, reject, threaten, show force, reduce
# relations) whose target a story can leave implicit.
ADDRESSED_ROOTS = frozenset({"02", "10", "11", "12", "13", "15", "16"})
SHOW_OF_FORCE_ROOT = "15"
# Roots aimed at the other side at home when a story about one country names no one: support
# (05), yielding (08), investigation (09).
HOME_ADDRESSED_ROOTS = frozenset({"05", "08", "09"})
# Hostile steps a speaker may say its side "could" take, which makes the saying a threat.
REPRISAL_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})
# Modals of possibility that, on the speaker's own hostile step, threaten it.
POSSIBLE_MODALS = frozenset({"could", "may", "might"})
# Roots of giving (intents, aid) whose recipient, when none is named, is the country the story is
# most about.
GIVING_ROOTS = frozenset({"03", "07"})
# Sectors that speak to their own government: opposition, parties, civilians, academics, rights
# groups, labour, clergy.
DOMESTIC_VOICES = frozenset({"OPP", "PTY", "CVL", "EDU", "HRI", "LAB", "REL", "AGR"})


# Sectors of a state's armed forces: a command to them is the state's own business.
FORCE_SECTORS = frozenset({"MIL", "COP"})
# Appeals and demands: what a state tells its own forces is a command, not an event between actors.
COMMAND_ROOTS = frozenset({"02", "10"})


def _own_forces(target: Actor, sources: Sequence[Actor]) -> bool:
    """The target is the armed forces of the (state) source's own country."""
    return (target.sector or "")[:3] in FORCE_SECTORS and any(
        s.country == target.country and (s.sector or "GOV")[:3] in ("GOV", "MIL") for s in sources
    )


def _domestic_voice(actor: Actor) -> bool:
    """The opposition, parties and civil society: they speak to their own government."""
    return (actor.sector or "")[:3] in DOMESTIC_VOICES or "opposition" in actor.text.lower()


def _reporting_asker(predicate: Token, index: args.ActorIndex) -> list[Actor]:
    """ "The Chinese side was asked to refrain, Singh said": an agentless request or demand
    reported by a party is that party's own."""
    if not args.is_passive(predicate) or any(c.dep_ == "agent" for c in children_of(predicate)):
        return []
    head = predicate.head
    if predicate.dep_ not in ("ccomp", "parataxis") or head.lemma_.lower() not in REPORTING_VERBS:
        return []
    speakers = args.actors_of(args.subject_heads(head), index)
    # "his officers were called to the bar, the police chief said": one's own side being asked
    # is no request by the speaker.
    asked_heads = [c for c in children_of(predicate) if c.dep_ == "nsubjpass"]
    asked = {a.country for a in args.actors_of(asked_heads, index)}
    return [s for s in speakers if not s.country or s.country not in asked]


def _private_victims(
    coded: Coded, sources: Sequence[Actor], story: Story, locations: Sequence[Location]
) -> list[Actor]:
    """People the knowledge base does not know, named as those force or coercion was used on
    ("shot Tyrise Bell", "the killing of John Doe"): civilians of the country where it happened,
    else of the doer's country (a police shooting at home), else of the country the story is about."""
    predicate = coded.predicate
    if coded.nominal:
        heads = args.prep_objects((predicate,), "of")
    else:
        heads = [c for c in children_of(predicate) if c.dep_ in ("dobj", "nsubjpass")]
    if not heads or not sources:
        return []
    people = [h for h in heads if _names_a_person(h)]
    if not people:
        return []
    place = _place_of_act(predicate, locations, story, sources[0])
    country = (
        (place.country if place is not None else None)
        or _country_of(sources[0])
        or max(story.salience, key=lambda c: story.salience[c], default="")
    )
    if not country or country.startswith("IGO"):
        return []
    doc = predicate.doc
    victims = []
    for person in people:
        first = person.left_edge if person.left_edge.pos_ == "PROPN" else person
        text = doc[first.i : person.i + 1]
        span = (text.start_char, text.end_char)
        victims.append(
            Actor(text=text.text, span=span, name=text.text, code=f"{country}CVL", country=country)
        )
    return victims


def _names_a_person(head: Token) -> bool:
    """A name the tagger calls a person, or a proper name of two or more words it does not call a
    place ("Tyrise M. Bell", which the small model tags as an organisation), or the surname
    alone of such a name named earlier ("shot Bell")."""
    if head.ent_type_ == "PERSON":
        return True
    if head.pos_ != "PROPN" or head.ent_type_ not in ("", "ORG"):
        return False
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in children_of(head)):
        return True
    doc = head.doc
    return any(
        doc[i].lower_ == head.lower_ and doc[i - 1].pos_ == "PROPN" and doc[i - 1].dep_ == "compound"
        for i in range(1, head.i)
    )


def _country_of(actor: Actor) -> str:
    """The country (or organisation) an actor stands for; "" when unknown ("---" in CAMEO)."""
    if actor.code.startswith("IGO"):
        return actor.code
    country = actor.country or ""
    return "" if country.startswith("-") else country


def _commentary(doc: Doc) -> list[Span]:
    """Direct quotes whose speaker is no actor ("said Jane Roe, an analyst at a think tank"):
    commentary on the news, whose verbs ("both armies have learned to fight") report nothing."""
    return sorted(
        q.span for q in doc._.quotes or () if q.kind == "direct" and q.speaker and not q.speaker_code
    )


def _salience(actors: Sequence[Actor]) -> dict[str, int]:
    """How often each country (or organisation) is named as an actor in the article."""
    counts: dict[str, int] = {}
    for actor in actors:
        key = _country_of(actor)
        if key:
            counts[key] = counts.get(key, 0) + 1
    return counts


def _domestic_story(story: Story, country: str) -> bool:
    """A story about one country: others are named seldom if at all ("people with ties to
    Chinese intelligence" in a report on a US visa program)."""
    others = sum(n for c, n in story.salience.items() if c != country)
    return others * DOMESTIC_SHARE <= story.salience.get(country, 0)


# How many times more often a domestic story names its own country than all others together.
DOMESTIC_SHARE = 5


def _domestic_counterpart(source: Actor, story: Story) -> Actor:
    """Another actor of the source's own country to stand as an implied target: the nearest
    earlier mention with another code, else the first later one, else the bare country."""
    country = _country_of(source) or ""
    others = [a for a in story.mentions if _country_of(a) == country and a.code != source.code]
    before = [a for a in others if a.span[0] < source.span[0]]
    if before or others:
        return (before or others)[-1 if before else 0]
    return dataclasses.replace(source, code=country, country=country, sector=None)


def _describes_another(doc: Doc, mention: Actor) -> bool:
    """A mention inside an appositive that describes someone ("Kallas, the European Union's
    foreign policy chief and a former Estonian prime minister"): part of that one's name, not a
    party of its own."""
    span = doc.char_span(*mention.span, alignment_mode="expand")
    token = span.root if span is not None else None
    while token is not None and token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        if token.dep_ == "appos":
            return True
        token = token.head
    return False


# Clauses that describe a noun rather than tell what happened.
ASIDE_DEPS = frozenset({"relcl", "acl"})
# A reaction answers what just happened: an event this much older than the reaction is
# background ("the April 1 strike on its consulate") when a fresher one of its kind was told.
STALE_FOR_REACTION = dt.timedelta(days=7)


def _in_reference_order(events: list[Event], when: str | None, asides: set[str]) -> list[Event]:
    """``events`` (latest told first) in the order a reaction dated ``when`` refers to them: what
    was told as happening before asides, and, within each, fresh events before those dated well
    before ``when``; last, those that happened after the reaction (nothing reacts to them)."""
    day = latest_day(when) if when and precision_of(when) == "day" else None

    def stale(event: Event) -> bool:
        told = latest_day(event.date)
        return day is not None and told is not None and day - told > STALE_FOR_REACTION

    def later(event: Event) -> bool:
        told = latest_day(event.date) if precision_of(event.date) == "day" else None
        return day is not None and told is not None and told > day

    return sorted(events, key=lambda e: (later(e), e.id in asides, stale(e)))  # stable: latest first within


def _mention_of(country: str, story: Story, near: Actor) -> Actor:
    """A mention of ``country`` to stand as an implied target: the nearest one before ``near``
    that names the country itself, else one of its actors, else the first one after."""
    mentions = [a for a in story.mentions if _country_of(a) == country and a.span != near.span]
    before = [a for a in mentions if a.span[0] < near.span[0]]
    named = [a for a in before if a.code == country]
    if named or before:
        return (named or before)[-1]
    if mentions:
        return mentions[0]
    return dataclasses.replace(near, code=country, country=None if country.startswith("IGO") else country)


# Prepositions that place an act somewhere ("in northern Syria", "near the border").
PLACING_PREPS = frozenset({
    "in", "near", "at", "on", "into", "across", "outside", "inside", "around", "along", "off", "of",
    "north", "south", "east", "west", "towards", "toward", "over", "within", "throughout",
})  # fmt: skip
_PLACE_PATH_DEPS = frozenset({"pobj", "compound", "appos", "dobj", "nmod", "conj", "npadvmod"})


def _in_story(country: str | None, story: Story) -> bool:
    """Whether the story is about a place's country: it names the country (as an actor or in
    two places), or it is too short to say ("Liancourt" in a long story about Haiti is not the
    French town the gazetteer prefers; "a protest in Beijing" alone is in China)."""
    if not country or len(story.mentions) < SHORT_STORY or country in story.salience:
        return True
    return story.place_countries.get(country, 0) >= 2


def _placed(doc: Doc, location: Location, predicate: Token) -> bool:
    """A place named as where the predicate's act happened or what it struck ("pounded eastern
    Aleppo", "in a town north of Port-au-Prince"), not a nationality word ("Turkish jets") nor a
    place hanging elsewhere ("according to a Britain-based group")."""
    span = doc.char_span(location.span[0], location.span[1], alignment_mode="expand")
    if span is None or span.root.pos_ not in ("PROPN", "NOUN"):
        return False
    current = span.root
    for _ in range(12):
        if current.i == predicate.i:
            return True
        if current.dep_ == "prep":
            if current.lower_ not in PLACING_PREPS:
                return False
        elif current.dep_ not in _PLACE_PATH_DEPS or current.head.i == current.i:
            return False
        current = current.head
    return False


def _place_of_act(
    predicate: Token, locations: Sequence[Location], story: Story, actor: Actor
) -> Location | None:
    """The place a clause says its act happened in ("killed 14 people in a town north of
    Port-au-Prince"), outside the mention of ``actor``, in a country the story is about; else
    the place of the clause it is coordinated with or hangs on ("stormed the town of Liancourt,
    shooting residents and setting homes on fire")."""
    clause: Token | None = predicate
    for _ in range(4):
        if clause is None:
            break
        start, end = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
        found = next(
            (
                loc
                for loc in locations
                if loc.country
                and start <= loc.span[0] < end
                and not (actor.span[0] <= loc.span[0] < actor.span[1])
                and _in_story(loc.country, story)
                and _placed(predicate.doc, loc, clause)
            ),
            None,
        )
        if found is not None:
            return found
        clause = clause.head if clause.dep_ in ("conj", "advcl") and clause.head.i != clause.i else None
    return None


def _implied_authority(
    coded: Coded, index: args.ActorIndex, story: Story, locations: Sequence[Location]
) -> list[Actor]:
    """Who arrested, banned or repressed someone when the report does not say ("Martello was
    arrested Thursday"): the state's organ that does it, of the country where it was done (the
    place the clause names, else the country of those it was done to); the story's own mention of
    that organ when it names one ("police said"), else the organ implied, whose evidence is the
    predicate (as for an implied population)."""
    predicate = coded.predicate
    if (
        coded.nominal
        or not args.is_passive(predicate)
        or any(c.dep_ == "agent" for c in children_of(predicate))
    ):
        return []
    done_to = args.actors_of([c for c in children_of(predicate) if c.dep_ == "nsubjpass"], index)
    if not done_to:
        return []
    place = _place_of_act(predicate, locations, story, done_to[0])
    # "Etcheber, a French national, was arrested last week" in a story set in South Carolina:
    # by the authorities where the story is, else of the country of those it was done to.
    country = place.country if place is not None else (_setting(story) or _country_of(done_to[0]))
    if not country or country.startswith("IGO"):
        return []
    sector = AUTHORITY_SECTORS[coded.code[:3]]
    named = [a for a in story.mentions if _country_of(a) == country and a.sector == sector]
    if named:
        return [min(named, key=lambda a: abs(a.span[0] - predicate.idx))]
    return [_implied_actor(country, sector, predicate)]


def _setting(story: Story) -> str | None:
    """The country where the story is set: where more than half of its places are, when it is
    also the country its actors name most."""
    counts = story.place_countries
    if not counts or not story.salience:
        return None
    country = max(counts, key=lambda c: counts[c])
    named = max(story.salience, key=lambda c: story.salience[c])
    return country if 2 * counts[country] > sum(counts.values()) and country == named else None


def _statement_date(
    doc: Doc, coded: Coded, reference: dt.date | None, marks: list[DateMark]
) -> tuple[str | None, str] | None:
    """An intent or threat told in the future tense is made when it is said: "said on Tuesday it
    would send 600 officers in November" is a pledge of Tuesday, not of November. It is dated by
    the verb that reports it, else (a main clause: the article says it now) by the story's time;
    None for every other event (and for a future in a relative or adverbial clause)."""
    predicate = coded.predicate
    if not coded.base or coded.nominal or not has_future_aux(predicate):
        return None
    if predicate.dep_ == "ccomp" and predicate.head.pos_ in ("VERB", "AUX"):
        return event_date(doc, predicate.head, reference=reference, marks=marks)
    if predicate.dep_ != "ROOT":
        return None  # "during which Muslims will kill and sacrifice animals": no one's pledge
    if reference is not None:
        return reference.isoformat(), "context"
    date = doc._.article_date
    return (date.isoformat(), "article") if date is not None else (None, "unknown")


def _population(country: str, predicate: Token) -> Actor:
    """The people of a country as an implied target (CAMEO civilians, ``CVL``)."""
    return _implied_actor(country, "CVL", predicate)


def _implied_actor(country: str, sector: str, predicate: Token) -> Actor:
    """An actor the report implies but does not name; its mention is the predicate, the only
    evidence of it in the text (as for an unknown source)."""
    span = (predicate.idx, predicate.idx + len(predicate.text))
    return Actor(
        text=predicate.text, span=span, name="", code=f"{country}{sector}", country=country, sector=sector
    )


def _counterpart(
    source: Actor,
    story: Story,
    *,
    conflict: bool = False,
    exchanges: bool = True,
    besides: Sequence[Actor] = (),
    co_subjects: Sequence[Actor] = (),
) -> Actor | None:
    """The other side of the story for ``source``: the other party of its latest exchange with
    another country (a conflictual one, for a conflictual act), else (or without ``exchanges``)
    the most often named other country. Neither a mention in ``besides`` nor its country (other
    than the source's own) is it: co-subjects are partners, and what a denial names is denied.
    No mention in the sentence of a country of the ``co_subjects`` is it either."""
    own = _country_of(source)
    skipped = {a.span for a in besides}
    partners = {_country_of(a) for a in besides} - {own}
    allied = {_country_of(a) for a in co_subjects}
    named = [
        a
        for a in story.sentence_mentions
        if _country_of(a) not in (None, "", own, *allied) and a.span not in skipped
    ]
    if named and exchanges:
        # "KCNA said the launch was a warning to Washington and Seoul, and threatened ...".
        return min(named, key=lambda a: abs(a.span[0] - source.span[0]))
    for event in reversed(story.events if exchanges else ()):
        if event.target is None or (conflict and event.quad_class < 3):
            continue
        sides = (_country_of(event.source), _country_of(event.target))
        if own in sides and sides[0] != sides[1] and all(sides) and not partners & set(sides):
            other = event.target if sides[0] == own else event.source
            return other
    ranked = sorted(
        ((n, c) for c, n in story.salience.items() if c != own and c not in partners), reverse=True
    )
    if not ranked:
        return None
    return _mention_of(ranked[0][1], story, source)


# Prepositions by which a reaction names what it reacts to ("protested against the strikes").
REACTION_PREPS = frozenset({"against", "over", "about", "at", "on", "for"})


# What one is made to "pay for" when paying is punishment.
PUNISHED_WRONGS = frozenset(
    {"aggression", "attack", "attacks", "crime", "crimes", "action", "actions", "deed"}
)


def _in_the_writers_voice(predicate: Token) -> bool:
    """A main clause that no one is quoted or reported as saying: not a reported clause, not in
    quotation marks."""
    if predicate.dep_ != "ROOT":
        return False
    sentence = predicate.sent
    return not any(t.lemma_.lower() in REPORTING_VERBS and t.i != predicate.i for t in sentence) and not any(
        t.is_quote for t in sentence
    )


def _made_to_pay(verb: Token) -> Token | None:
    """ "would make Iran pay": the clause of paying, whose subject is made to pay."""
    if verb.lemma_.lower() != "make":
        return None
    for clause in children_of(verb):
        if clause.dep_ not in ("ccomp", "xcomp") or clause.lemma_.lower() != "pay":
            continue
        parts = children_of(clause)
        # "make customers pay more", "pay for the repairs": money, not punishment.
        money = any(
            (p.dep_ == "dobj" and p.lemma_.lower() != "price") or p.lower_ in ("more", "less", "for")
            for p in parts
        )
        if any(p.dep_ == "nsubj" for p in parts) and not money:
            return clause
    return None


def _pays_a_price(verb: Token) -> bool:
    """ "will pay a heavy price", "would pay for it", "will pay for their crimes": paying as
    punishment, by someone named other than the speaker; not paying money ("would pay for the
    reconstruction", "it would pay its debts")."""
    if not any(c.dep_ == "nsubj" and c.lower_ not in args.PRONOUNS for c in children_of(verb)):
        return False
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    if objects:
        return all(o.lemma_.lower() == "price" for o in objects)
    wrongs = args.prep_objects((verb,), "for")
    return any(p.lower_ in ("it", "this", "that") or p.lemma_.lower() in PUNISHED_WRONGS for p in wrongs)


def _resolved_as_actor(token: Token) -> bool:
    """ "the government", "the army": a word the actor layer resolved."""
    return any(start <= token.idx < end for start, end in (a.span for a in token.doc._.actors or ()))


def _definite(noun: Token) -> bool:
    """ "the vote", "this decision": a noun phrase that points at something already told."""
    return any(
        d.dep_ == "det" and d.lower_ in ("the", "this", "that", "these", "those") for d in children_of(noun)
    )


def _reaction_objects(coded: Coded) -> list[Token]:
    """The nouns a reaction is aimed at: objects of its predicate (or light verb) and of its
    reaction prepositions ("condemned the attack", "protested against the strikes"), also
    through a clause saying what it was for ("marched to protest against the strikes")."""
    out: list[Token] = []
    purposes = [
        c
        for t in coded.target_from
        for c in children_of(t)
        if c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))
    ]
    # "said the remarks were unfair": the subject of the judged clause.
    out += [c for clause in coded.doers_of for c in children_of(clause) if c.dep_ == "nsubj" and _is_noun(c)]
    for token in (*coded.target_from, *purposes):
        for child in children_of(token):
            meant = args.pointed_back_to(child) if child.dep_ == "dobj" else None
            if child.dep_ in ("dobj", "nsubjpass") and _is_noun(child):
                out.append(child)
            elif meant is not None and _is_noun(meant):
                out.append(meant)  # "said the agreement threatened us and condemned it"
            elif child.dep_ == "dobj" and child.lower_ in args.RELATIVE_PRONOUNS and token.dep_ == "relcl":
                out.append(token.head)  # "an attack that Yerevan denounced"
            elif child.dep_ == "prep" and child.lower_ in REACTION_PREPS:
                out.extend(p for p in children_of(child) if p.dep_ == "pobj" and _is_noun(p))
    return out


def _prefix_negated(noun: Token) -> bool:
    """ "de-escalation", "non-aggression": a word the tokenizer split after a prefix that turns
    its meaning around."""
    doc = noun.doc
    return noun.i >= 2 and doc[noun.i - 1].text == "-" and doc[noun.i - 2].lower_ in NEGATING_PREFIXES


# Prefixes that turn a word's meaning around.
NEGATING_PREFIXES = frozenset({"de", "non", "anti"})


def _likened(noun: Token) -> bool:
    """ "a similar appeal", "the same demand": an act like one the story told."""
    return any(c.dep_ == "amod" and c.lower_ in LIKENING_WORDS for c in children_of(noun))


# Words that liken an act to an earlier one.
LIKENING_WORDS = frozenset({"similar", "same", "identical", "parallel"})


def _what_it_called(predicate: Token) -> list[Token]:
    """ "condemned what it called Russia's reckless actions", "... a breach of the truce by
    Hamas": the object named only inside "what X called Y"; its doer is the target (the owner
    or "by" agent of Y, or Y itself when it is an actor; not what Y is "of": the truce)."""
    out: list[Token] = []
    for clause in children_of(predicate):
        if clause.dep_ not in ("ccomp", "dobj") or clause.lemma_.lower() != "call":
            continue
        if not any(c.dep_ == "dobj" and c.lower_ == "what" for c in children_of(clause)):
            continue
        named = [c for c in children_of(clause) if c.dep_ in ("oprd", "attr", "xcomp")]
        out += [n for n in named if n.pos_ == "PROPN"]
        out += [c for n in named for c in children_of(n) if c.dep_ == "poss"]
        out += args.prep_objects(named, "by")
        out += args.prep_objects((clause,), "by")
    return out


def _fold_instruments(coded_list: list[Coded]) -> list[Coded]:
    """ "Russian missiles struck Kyiv": the weapon noun is the subject, the instrument of the
    verb's event and not a second event; its more specific code refines a generic one (190 ->
    195)."""
    nominal = {c.predicate.i: c for c in coded_list if c.nominal}
    if not nominal:
        return coded_list
    folded: set[int] = set()
    out: list[Coded] = []
    for coded in coded_list:
        if coded.nominal:
            out.append(coded)
            continue
        subjects = [
            nominal[c.i] for c in children_of(coded.predicate) if c.dep_ == "nsubj" and c.i in nominal
        ]
        for instrument in subjects:
            folded.add(instrument.predicate.i)
            if coded.code == GENERIC_ASSAULT and instrument.code[:2] in UNKNOWN_AGENT_ROOTS:
                coded = dataclasses.replace(
                    coded, code=instrument.code, pattern=f"{coded.pattern}+{instrument.pattern}"
                )
        out.append(coded)
    return [c for c in out if not (c.nominal and c.predicate.i in folded)]


# What a launch with no target is a show of ("fired a ballistic missile into the sea").
LAUNCHED_WEAPONS = frozenset({"missile", "rocket", "icbm", "projectile"})
SHOW_OF_FORCE = "150"


def _show_of_force(coded: Coded, target: Actor | None) -> Coded:
    """A missile fired at nobody named is a test or a show of force (150), not an attack."""
    if target is not None or coded.nominal or coded.code[:2] != "19":
        return coded
    objects = [c for c in children_of(coded.predicate) if c.dep_ == "dobj"]
    if not any(o.lemma_.lower() in LAUNCHED_WEAPONS or o.lower_ in LAUNCHED_WEAPONS for o in objects):
        return coded
    return dataclasses.replace(coded, code=SHOW_OF_FORCE, pattern=f"{coded.pattern}+untargeted")


def _troops_arriving(coded: Coded, source: Actor) -> Coded:
    """ "Russian paratroopers landed in Almaty": troops arriving somewhere are deployed (154);
    officials arriving visit (042)."""
    if coded.code != VISIT or (source.sector or "")[:3] != "MIL":
        return coded
    subjects = args.subject_heads(coded.predicate)
    if not subjects or not all(s.tag_ == "NNS" for s in subjects):
        return coded
    return dataclasses.replace(coded, code=DEPLOYMENT, pattern=f"{coded.pattern}+troops")


def _official_protest(coded: Coded, source: Actor) -> Coded:
    """A government that protests ("the foreign ministry protested", "summoned the envoy to
    protest") complains officially (114); only crowds demonstrate (141)."""
    if coded.code != DEMONSTRATION or coded.predicate.lemma_.lower() != "protest":
        return coded
    if (source.sector or "")[:3] != "GOV":
        return coded
    return dataclasses.replace(coded, code=OFFICIAL_COMPLAINT, pattern=f"{coded.pattern}+official")


def _measured_span(verb: Token, noun: Token) -> bool:
    """The event noun is reached through a span of time the verb's object measures ("two days
    of talks", "three rounds of negotiations")."""
    measures = [c for c in children_of(verb) if c.dep_ == "dobj" and c.lemma_.lower() in TIME_SPANS]
    return any(noun in m.subtree for m in measures)


# What one owns up to when acknowledging or admitting (CAMEO 015).
DEED_NOUNS = frozenset({
    "responsibility", "guilt", "mistake", "mistakes", "error", "errors", "wrongdoing", "role",
    "involvement", "blame", "crime", "crimes", "fault", "failure", "failures", "liability",
})  # fmt: skip


def _admits_a_deed(verb: Token) -> bool:
    """ "admitted drinking 15 beers", "admitted to using the tax code", "acknowledged its
    mistakes": a deed owned up to; "acknowledged that there are still some people ..." is not."""
    for child in children_of(verb):
        if child.tag_ == "VBG" and child.dep_ in ("xcomp", "dobj", "ccomp"):
            return True
        if child.dep_ == "dobj" and child.lemma_.lower() in DEED_NOUNS:
            return True
        owned = (g.tag_ == "VBG" or g.lemma_.lower() in DEED_NOUNS for g in children_of(child))
        if child.dep_ == "prep" and child.lower_ == "to" and any(owned):
            return True
    return False


def _claim_of_responsibility(pattern: Pattern, verb: Token) -> Coded:
    """ "claimed responsibility for an attack on Israel": the claim is aimed at whoever the act
    claimed was aimed at. The act's participles ("an attack targeting X") are part of the claim,
    not events of their own with an unknown source."""
    acts = [n for o in children_of(verb) if o.dep_ == "dobj" for n in args.prep_objects((o,), "for")]
    parts = [c for n in acts for c in children_of(n) if c.dep_ == "acl" and _is_verb(c)]
    claims = tuple(t.i for t in (*acts, *parts))
    return Coded(pattern.code, pattern.id, _confidence(pattern), verb, (*acts, *parts, verb), claims=claims)


def _match_result(coded: Coded, source: Actor, target: Actor | None) -> bool:
    """ "Argentina beat France in the final": bodily violence needs people on one side at
    least (police, troops, protesters); between two bare country names it is a game."""
    if coded.nominal or coded.predicate.lemma_.lower() not in BODILY_LEMMAS:
        return False
    return not source.sector and (target is None or not target.sector)


def _crowd_violence(doc: Doc, coded: Coded, source: Actor, target: Actor | None) -> Coded:
    """Violence by a crowd is a riot; violence by security forces against a crowd is repression."""
    if coded.code.startswith(CROWD_VIOLENCE_PREFIXES) and _is_crowd(doc, source):
        return dataclasses.replace(coded, code=RIOT_CODE, pattern=f"{coded.pattern}+riot")
    security = any(sector in source.code[3:] for sector in SECURITY_SECTORS)
    repressive = security and coded.code.startswith(REPRESSION_PREFIXES)
    if repressive and target is not None and _is_crowd(doc, target):
        return dataclasses.replace(coded, code=REPRESSION_CODE, pattern=f"{coded.pattern}+repression")
    return coded


def _is_partner(actor: Actor, index: args.ActorIndex) -> bool:
    """Named as the other party ("talks with X", "negotiated X"), not as the place or topic."""
    return any(
        t.dep_ == "dobj" or (t.dep_ == "pobj" and t.head.lower_ in ("with", "between"))
        for t in _mention_heads(actor, index)
    )


def _is_setting(actor: Actor, index: args.ActorIndex) -> bool:
    """Named only as where something happened ("patrols in the South China Sea")."""
    phrases = []
    for head in _mention_heads(actor, index):
        while head.dep_ in ("compound", "amod", "poss", "nmod") and head.head.i != head.i:
            head = head.head  # "in the South China Sea": the place is the whole noun phrase
        phrases.append(head)
    return all(t.dep_ == "pobj" and t.head.lower_ in ("in", "at") for t in phrases)


def _mention_heads(actor: Actor, index: args.ActorIndex) -> list[Token]:
    """The syntactic heads of an actor mention; a later conjunct stands for the first one
    ("with Sweden and Finland": Finland hangs on Sweden)."""
    tokens = index.tokens_of(actor)
    inside = {t.i for t in tokens}
    heads = []
    for head in (t for t in tokens if t.head.i not in inside):
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        heads.append(head)
    return heads


def _is_crowd(doc: Doc, actor: Actor) -> bool:
    mention = doc.char_span(actor.span[0], actor.span[1], alignment_mode="expand")
    return mention is not None and mention.root.lemma_.lower() in CROWD_NOUNS


def _carries_a_noun(coded: Coded) -> bool:
    """A light-verb event: the verb carries the event noun that is its object."""
    nouns = coded.target_from[1:]
    return not coded.nominal and len(nouns) == 1 and _is_noun(nouns[0]) and nouns[0].head == coded.predicate


def _describes_a_noun(token: Token) -> bool:
    """A past participle modifying a noun ("the journalists detained last month were freed",
    "the town captured in 2014") describes a participant; it is background, not news itself,
    and its noun is its patient, never its agent."""
    if token.dep_ == "relcl":
        # "the group that has seized parts of Iraq": a perfect relative clause describes the
        # noun's record, not today's news.
        return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children_of(token))
    return token.dep_ == "acl" and token.tag_ == "VBN" and not args.predicate_of_a_rooted_name(token)


def _conditional_threat(token: Token, inner_code: str) -> bool:
    """An announced withdrawal or hostile act made conditional ("will pull out its troops
    unless ..."): a threat. A conditional offer of cooperation stays an intent."""
    return inner_code[:2] >= "08" and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in children_of(c))
        for c in children_of(token)
    )


def _through_aspect(verb: Token) -> Token:
    """ "ready to keep talking", "vowed to continue fighting": the act is what the aspectual
    verb goes on doing."""
    while verb.lemma_.lower() in ASPECTUAL_VERBS:
        inner = next((c for c in children_of(verb) if c.dep_ == "xcomp" and _is_verb(c)), None)
        if inner is None:
            break
        verb = inner
    return verb


def _bare_infinitive(clause: Token) -> bool:
    """ "vowed to fight" parsed as an adverbial clause: a "to" infinitive right after the
    frame verb, or after only its time and manner ("offered in March to exchange"), with no
    subject of its own (not a purpose clause after an object)."""
    children = list(children_of(clause))
    to = [c for c in children if c.dep_ == "aux" and c.lower_ == "to"]
    if not to or any(c.dep_ in args.SUBJECT_DEPS for c in children):
        return False
    head = clause.head
    between = range(head.i + 1, to[0].i)
    adjuncts = {
        t.i for c in children_of(head) if c.dep_ in ADJUNCT_DEPS and head.i < c.i < to[0].i for t in c.subtree
    }
    return all(i in adjuncts for i in between)


def _infinitival(clause: Token) -> bool:
    """ "wants Putin to attack": a clause with its own subject and a "to" infinitive."""
    children = list(children_of(clause))
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children) and any(
        c.dep_ in args.SUBJECT_DEPS for c in children
    )


# "killed in an air strike" reports the strike; "since the invasion", "after the offensive" refer
# back to earlier events that would get the wrong (article) date here.
_SETTING_PREPS = frozenset({"in", "during", "amid", "by"})
_SPAN_NOUNS = frozenset({"hour", "day", "night", "week", "month", "year", "round", "spate", "wave"})


def _asserted_nominal(noun: Token) -> bool:
    if noun.dep_ in ("nsubj", "nsubjpass", "ROOT", "appos"):
        return True
    if noun.dep_ in ("dobj", "pobj") and args.between_heads(noun) and _own_day(noun):
        # "television showed a meeting Friday between Putin and Aliyev": an event with its own
        # parties and its own day happened, whatever the sentence says about it.
        return True
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if _undergone_by(noun) is not None:
        return True  # "responded to Armenian fire", "came under shelling": it happened
    if prep.lower_ in _SETTING_PREPS:
        return True
    # "three days of fighting ... ended": a span of time made of the event is the event.
    return prep.lower_ == "of" and prep.head.lemma_.lower() in _SPAN_NOUNS and _asserted_nominal(prep.head)


def _own_day(noun: Token) -> bool:
    """The event noun carries its own time ("a meeting Friday", "Monday's talks"; the parser
    may hang the day on the verb: "showed a meeting Friday")."""
    holders = (noun, noun.head) if noun.dep_ == "dobj" else (noun,)
    return any(
        c.ent_type_ in ("DATE", "TIME") and c.dep_ in ("npadvmod", "poss", "compound", "nmod")
        for holder in holders
        for c in children_of(holder)
    )


def _undergone_by(noun: Token) -> Token | None:
    """The verb whose subject the event ``noun`` was done to: "its troops responded to Armenian
    fire", "retaliated against the attack", "the convoy came under Russian shelling"; else None."""
    prep = noun.head
    if noun.dep_ != "pobj":
        return None
    verb, lemma = prep.head, prep.head.lemma_.lower()
    if prep.lower_ in ("to", "against", "for") and lemma in RESPONSE_VERBS:
        return verb
    return verb if prep.lower_ == "under" and lemma == "come" else None


def _responders(coded: Coded, index: args.ActorIndex, sources: list[Actor]) -> list[Actor]:
    """An event answered or come under was done to those who answered it or came under it."""
    verb = _undergone_by(coded.predicate) if coded.nominal else None
    if verb is None:
        return []
    return [a for a in args.actors_of(args.subject_heads(verb), index) if a not in sources]


def _plea(token: Token) -> str | None:
    """ "pleaded guilty" (015), "pleaded not guilty", "entered a plea of not guilty" (016);
    None for other pleas ("pleaded for help" is an appeal). The parser hangs "guilty" anywhere
    near, so the words right after the plea are read."""
    if token.lemma_.lower() not in PLEA_LEMMAS:
        return None
    doc = token.doc
    following = [t.lower_ for t in doc[token.i + 1 : min(token.i + 5, token.sent.end)]]
    if "guilty" not in following:
        return None
    words = following[: following.index("guilty")]
    denied = any(w in ("not", "n't", "innocent") for w in words)
    return DENY_RESPONSIBILITY_CODE if denied else CLAIM_RESPONSIBILITY_CODE


def _reduced_passive(verb: Token) -> bool:
    """A headline's passive without "was": "Man accused of threatening tax worker", "Ex-minister
    charged with fraud". The parser makes the accused the subject; an active accusation names
    the accused as its object ("X accused Y of ...")."""
    children = list(children_of(verb))
    return (
        verb.tag_ in ("VBN", "VBD")
        and any(c.dep_ == "prep" and c.lower_ in ("of", "with") for c in children)
        and not any(c.dep_ in ("dobj", "dative", "auxpass", "aux") for c in children)
    )


def _clauses_at_that_moment(predicate: Token) -> list[Token]:
    """ "was shot dead when an army patrol opened fire on him", "was wounded as police returned
    fire": a passive without its agent says only who suffered; a clause told as happening at that
    very moment, in which someone does something to someone, tells the rest of the one act."""
    if not args.is_passive(predicate) or any(c.dep_ == "agent" for c in children_of(predicate)):
        return []
    clauses: list[Token] = []
    for clause in children_of(predicate):
        if clause.dep_ != "advcl" or not _is_verb(clause) or args.is_passive(clause):
            continue
        clause_children = list(children_of(clause))
        if not any(c.dep_ in ("advmod", "mark") and c.lower_ in SAME_MOMENT_MARKS for c in clause_children):
            continue
        if any(
            c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in args.TARGET_PREPS) for c in clause_children
        ):
            clauses.append(clause)
    return clauses


def _doers_at_that_moment(predicate: Token) -> list[Token]:
    """The doers such a clause names: its subject. A clause about the victim ("as he fled",
    "when they pulled over the car": a pronoun subject) or about a happening that acts on
    nothing ("when two helicopters crashed") names no doer."""
    return [
        c
        for clause in _clauses_at_that_moment(predicate)
        for c in children_of(clause)
        if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.lower_ not in args.PRONOUNS
    ]


def _scores(verb: Token) -> bool:
    """ "shot a 68", "posted a 3-under 69": an article before a bare number makes it a score or
    a result; "killed 12" counts victims."""
    return any(
        c.dep_ == "dobj"
        and c.pos_ == "NUM"
        and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in children_of(c))
        for c in children_of(verb)
    )


def _doer_heads(predicate: Token) -> list[Token]:
    """Who a reported clause is about: its subject, and the one whose words or doings the
    subject is ("the claim by Democrats", "Trump's remarks")."""
    subjects = args.subject_heads(predicate)
    owners = [c for s in subjects for c in children_of(s) if c.dep_ in ("poss", "amod", "compound")]
    return [*subjects, *owners, *args.prep_objects(subjects, "by")]


def _judging_words(clause: Token) -> list[Token]:
    """The words a reported clause says its subject is or does: the complement of "be" ("is a
    disgrace", "reckless"), else the verb's objects ("tells lies", "smacked of hypocrisy"),
    with their modifiers."""
    if clause.lemma_ == "be":
        words = [c for c in children_of(clause) if c.dep_ in ("attr", "acomp")]
    else:
        words = [c for c in children_of(clause) if c.dep_ == "dobj"]
        words += args.prep_objects((clause,), "of", "in", "with")
    return words + [m for w in words for m in children_of(w) if m.dep_ in ("amod", "compound")]


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token = token.head
        depth += 1
    return depth


def unknown_actor(predicate: Token) -> Actor:
    """The unnamed perpetrator of ``predicate`` (code "", like PETRARCH's "---"); its mention is
    the predicate itself, the only evidence of the actor in the text."""
    span = (predicate.idx, predicate.idx + len(predicate.text))
    return Actor(text=predicate.text, span=span, name="", code="")


def _own_people_leave(verb: Token, clause: Token) -> bool:
    """ "ordered its citizens to leave Lebanon": the one ordered is the source's own people
    ("its", "their") and what they leave is named (a country)."""
    if clause.lemma_.lower() not in LEAVING_LEMMAS:
        return False
    people = [c for c in children_of(verb) if c.dep_ == "dobj" and c.lemma_.lower() in NATIONALS]
    own = any(p.dep_ == "poss" and p.lower_ in ("its", "their") for c in people for p in children_of(c))
    return own and any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in children_of(clause))


# Who a state can order home: its own people abroad.
NATIONALS = frozenset({"citizen", "national", "diplomat", "staff", "personnel", "employee", "expatriate"})
REDUCE_RELATIONS = "160"


def _leaves_the_country(clause: Token) -> bool:
    if clause.lemma_.lower() not in LEAVING_LEMMAS:
        return False
    places = [c for c in children_of(clause) if c.dep_ == "dobj"]
    return all(p.lemma_.lower() in ("country", "territory", "soil") for p in places)


def _assassination(doc: Doc, coded: Coded, target: Actor | None) -> Coded:
    """Killing a named political figure is an assassination (186): "candidate X was shot dead"."""
    if coded.code != GENERIC_ASSAULT or target is None or (target.sector or "")[:3] not in POLITICAL_SECTORS:
        return coded
    predicate = coded.predicate
    lemma = predicate.lemma_.lower()
    killed = lemma in KILLING_LEMMAS or (
        lemma == "shoot" and any(c.lower_ == "dead" for c in children_of(predicate))
    )
    span = doc.char_span(target.span[0], target.span[1], alignment_mode="expand")
    named = span is not None and any(t.ent_type_ == "PERSON" for t in span)
    if not (killed and named):
        return coded
    return dataclasses.replace(coded, code=ASSASSINATION, pattern=f"{coded.pattern}+assassination")


def _two_people(a: Actor, b: Actor) -> bool:
    """Two mentions of one code that are different people or bodies ("a meeting between Putin
    and Dagestan's leader")."""
    return a.span != b.span and _different_names(a, b)


def _different_names(a: Actor, b: Actor) -> bool:
    """Two mentions of one code that name different actors: two people, or two named bodies
    (a country and its capital, "Russia" and "Moscow", are one actor under two names)."""
    names = {a.name.lower(), b.name.lower()}
    if len(names) < 2 or not all(names):
        return False
    return not (a.code == a.country or b.code == b.country)


def _gathering(coded: Coded) -> bool:
    """A meeting whose plural subject met among themselves ("local commanders met")."""
    predicate = coded.predicate
    if coded.nominal or predicate.lemma_.lower() not in ("meet", "talk", "negotiate"):
        return False
    children = list(children_of(predicate))
    plural = any(c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS") for c in children)
    partner = any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with") for c in children)
    return plural and not partner


def _own_session(coded: Coded, sources: list[Actor]) -> bool:
    """ "The Security Council met in emergency session", "the Arab League, meeting in Cairo": an
    international body meeting with no one named holds its own session, which consults no one
    (not the country it meets in, not whoever asked for it)."""
    predicate = coded.predicate
    if coded.nominal or predicate.lemma_.lower() not in ("meet", "convene"):
        return False
    if not all(s.code.startswith("IGO") for s in sources) or len({s.code for s in sources}) != 1:
        return False
    partners = [
        c for c in children_of(predicate) if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with")
    ]
    return not partners


def _is_meeting(code: str) -> bool:
    """A consultation (04) or the intent to meet or mediate (036, 039)."""
    return code[:2] == CONSULT_ROOT or code in MEETING_INTENTS


def _is_occasion(noun: Token) -> bool:
    """An event noun giving the occasion of a verb: "during a visit to", "on a trip to"."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in ("during", "on", "while", "after", "before", "at")
        and prep.head.pos_ in ("VERB", "AUX")
    )


def _is_each_other(token: Token) -> bool:
    """The reciprocal pronoun "each other" / "one another" as an argument."""
    if token.dep_ not in ("dobj", "pobj", "dative"):
        return False
    words = {token.lower_, *(c.lower_ for c in children_of(token) if c.dep_ in ("det", "amod", "nummod"))}
    return words in ({"other", "each"}, {"one", "another"}, {"another", "one"})


def _names_weapons(actor: Actor, index: args.ActorIndex) -> bool:
    tokens = index.tokens_of(actor)
    return bool(tokens) and tokens[-1].lemma_.lower() in WEAPON_NOUNS


def _names_an_actor(doc: Doc, location: Location, index: args.ActorIndex | None) -> bool:
    """A place name that says whose an actor is ("U.S. troops"), not where something happened."""
    if index is None:
        return False
    span = doc.char_span(location.span[0], location.span[1], alignment_mode="expand")
    if span is None or span.root.dep_ not in ("compound", "amod"):
        return False
    return index.at(span.root.head) is not None


def place_targets(
    coded: Coded,
    locations: Sequence[Location],
    preps: tuple[str, ...] = ("in",),
    *,
    with_objects: bool = False,
    index: args.ActorIndex | None = None,
) -> list[Actor]:
    """Countries of the places named in an "in" phrase (or another of ``preps``) of the
    predicate (or of the verb that governs an event noun: "staged a protest in Beijing"),
    as country actors."""
    if not locations:
        return []
    governors = list(coded.target_from)
    head = coded.predicate.head
    if coded.nominal and coded.predicate.dep_ in ("dobj", "attr") and head not in governors:
        governors.append(head)
    found: list[Actor] = []
    phrases = [p for prep in preps for p in args.prep_objects(governors, prep)]
    if with_objects:
        phrases = [c for g in governors for c in children_of(g) if c.dep_ == "dobj"] + phrases
    for pobj in phrases:
        start = pobj.left_edge.idx
        end = pobj.right_edge.idx + len(pobj.right_edge.text)
        for loc in locations:
            if loc.country and start <= loc.span[0] and loc.span[1] <= end:
                if _names_an_actor(coded.predicate.doc, loc, index):
                    continue  # "a base used by U.S. troops": a nationality, not where it was
                if all(a.code != loc.country for a in found):
                    found.append(
                        Actor(
                            text=loc.text, span=loc.span, name=loc.name, code=loc.country, country=loc.country
                        )
                    )
                break
    return found


def build_event(
    doc: Doc,
    record: CameoCode,
    goldstein: str,
    *,
    source: Actor,
    target: Actor | None,
    span: Span,
    sentence: str,
    dated: tuple[str | None, str],
    location: Location | None,
    confidence: float,
    pattern: str,
) -> Event:
    """The Event record of one coded sentence (shared by the rule coder and the embedding step)."""
    date, precision = dated
    return Event(
        id=event_id(doc._.article_id or "", span, record.code, source.code, target.code if target else None),
        source=source,
        target=target,
        cameo=record.code,
        cameo_root=record.root,
        plover=record.plover,
        quad_class=record.quad_class,
        goldstein=record.goldstein(goldstein),
        sentence=sentence,
        span=span,
        date=date,
        date_precision=precision,
        location=location,
        confidence=round(min(max(confidence, 0.0), 1.0), 3),
        pattern=pattern,
        evidence=(span,),
    )


def sentence_location(doc: Doc, span: Span) -> Location | None:
    for location in doc._.locations or []:
        if span[0] <= location.span[0] and location.span[1] <= span[1]:
            return location
    return None
