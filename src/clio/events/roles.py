"""The story's cast and setting: which country a story is about, who is domestic, where an act
took place, who an unnamed authority or counterpart is; and the Event records built at the end.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from clio.events import arguments as args
from clio.events import syntax
from clio.events.children import children_of
from clio.events.coded import Coded, Story
from clio.events.lexicon import event_words
from clio.events.modality import has_future_aux
from clio.ontology import CameoCode
from clio.records import Actor, Event, Location, Span, event_id
from clio.time.dating import DateMark, event_date, latest_day, precision_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


WEAPON_NOUNS = event_words("weapon_nouns")
# Violence done by a crowd of protesters is a violent protest, a riot (CAMEO 145), not an
# armed assault: "protesters stormed the parliament", "rioters torched police cars".
CROWD_NOUNS = event_words("crowd_nouns")
# Acts of a state's organs whose doer a report may leave out ("was arrested", "a curfew was
# imposed"): the organ that does them. Not deportation: it is done by the country left, which the
# deported do not tell.
AUTHORITY_SECTORS = {"172": "GOV", "173": "COP", "175": "COP", "112": "COP", "084": "JUD"}
# A release is the authorities' only when it ends custody ("was released on bail", "released from
# jail"): hostages released were let go by whoever held them.
RELEASE_PREFIX = "084"
CUSTODY_WORDS = event_words("custody_words")
CUSTODY_PREPS = event_words("custody_preps")
# Accusations whose unnamed author is the police only when private people are accused ("Evans is
# accused of killing his wife"): "Russia was accused of meddling" says nothing of police.
PRIVATE_ACCUSED = ("112",)
PRIVATE_SECTORS = frozenset({"CVL", "CRM"})
# Fewer actor mentions than this: a story too short to tell which countries it is about.
SHORT_STORY = 5
# Sectors that speak to their own government: opposition, parties, civilians, academics, rights
# groups, labour, clergy.
DOMESTIC_VOICES = frozenset({"OPP", "PTY", "CVL", "EDU", "HRI", "LAB", "REL", "AGR"})
# Sectors of a state's armed forces: a command to them is the state's own business.
FORCE_SECTORS = frozenset({"MIL", "COP"})


def own_forces(target: Actor, sources: Sequence[Actor]) -> bool:
    """The target is the armed forces of the (state) source's own country."""
    return (target.sector or "")[:3] in FORCE_SECTORS and any(
        s.country == target.country and (s.sector or "GOV")[:3] in ("GOV", "MIL") for s in sources
    )


def own_body(target: Actor, sources: Sequence[Actor]) -> bool:
    """The target is one of the (state) source's own country's bodies, forces or firms: a
    country of its own, the same as a state source's."""
    return target.country is not None and any(
        s.country == target.country and (s.sector or "GOV")[:3] in ("GOV", "MIL") for s in sources
    )


def _own_state(target: Actor | None, source: Actor) -> bool:
    """The target is the source's own country or its government."""
    return (
        target is not None
        and target.country is not None
        and target.country == source.country
        and (target.sector or "GOV")[:3] == "GOV"
    )


def _abroad(target: Actor | None, source: Actor) -> bool:
    return target is not None and target.country is not None and target.country != source.country


def without_own_state(pairs: Sequence[tuple[Actor, Actor | None]]) -> list[tuple[Actor, Actor | None]]:
    """ "Netanyahu recalled Israel's ambassadors to New Zealand", "Honduras notified the United
    States that it is ending the two countries' treaty": when a source acts on another country,
    its own state named beside it is the owner of what it acts with or a party to the topic, not
    a second target (as :func:`own_forces` is for its troops)."""
    abroad = {id(s) for s, t in pairs if _abroad(t, s)}
    return [(s, t) for s, t in pairs if not (id(s) in abroad and _own_state(t, s))]


def domestic_voice(actor: Actor) -> bool:
    """The opposition, parties and civil society: they speak to their own government."""
    return (actor.sector or "")[:3] in DOMESTIC_VOICES or "opposition" in actor.text.lower()


def private_victims(
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
    people = [h for h in heads if syntax.names_a_person(h)]
    if not people:
        return []
    place = place_of_act(predicate, locations, story, sources[0])
    country = (
        (place.country if place is not None else None)
        or country_of(sources[0])
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


def country_of(actor: Actor) -> str:
    """The country (or organisation) an actor stands for; "" when unknown ("---" in CAMEO)."""
    if actor.code.startswith("IGO"):
        return actor.code
    country = actor.country or ""
    return "" if country.startswith("-") else country


def commentary(doc: Doc) -> list[Span]:
    """Direct quotes whose speaker is no actor ("said Jane Roe, an analyst at a think tank"):
    commentary on the news, whose verbs ("both armies have learned to fight") report nothing."""
    return sorted(
        q.span for q in doc._.quotes or () if q.kind == "direct" and q.speaker and not q.speaker_code
    )


def salience(actors: Sequence[Actor]) -> dict[str, int]:
    """How often each country (or organisation) is named as an actor in the article."""
    counts: dict[str, int] = {}
    for actor in actors:
        key = country_of(actor)
        if key:
            counts[key] = counts.get(key, 0) + 1
    return counts


def domestic_story(story: Story, country: str) -> bool:
    """A story about one country: others are named seldom if at all ("people with ties to
    Chinese intelligence" in a report on a US visa program). A story too short to tell must name
    no other country ("Trump imposed a tariff on Brazil. Lula said Brazil would respond" is
    between two)."""
    others = sum(n for c, n in story.salience.items() if c != country)
    if others and len(story.mentions) < SHORT_STORY:
        return False
    return others * DOMESTIC_SHARE <= story.salience.get(country, 0)


# How many times more often a domestic story names its own country than all others together:
# three to one already tells unrest at home with foreign onlookers ("Russia and China offered
# help") from a story between countries, whose sides are named about as often as each other.
DOMESTIC_SHARE = 3


def domestic_counterpart(source: Actor, story: Story) -> Actor:
    """Another actor of the source's own country to stand as an implied target: the nearest
    earlier mention with another code, else the first later one, else the bare country."""
    country = country_of(source) or ""
    others = [a for a in story.mentions if country_of(a) == country and a.code != source.code]
    before = [a for a in others if a.span[0] < source.span[0]]
    if before or others:
        return (before or others)[-1 if before else 0]
    return dataclasses.replace(source, code=country, country=country, sector=None)


def describes_another(doc: Doc, mention: Actor) -> bool:
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


# A reaction answers what just happened: an event this much older than the reaction is
# background ("the April 1 strike on its consulate") when a fresher one of its kind was told.
STALE_FOR_REACTION = dt.timedelta(days=7)


def in_reference_order(events: list[Event], when: str | None, asides: set[str]) -> list[Event]:
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


def mention_of(country: str, story: Story, near: Actor) -> Actor:
    """A mention of ``country`` to stand as an implied target: the nearest one before ``near``
    that names the country itself, else one of its actors, else the first one after."""
    mentions = [a for a in story.mentions if country_of(a) == country and a.span != near.span]
    before = [a for a in mentions if a.span[0] < near.span[0]]
    named = [a for a in before if a.code == country]
    if named or before:
        return (named or before)[-1]
    if mentions:
        return mentions[0]
    return dataclasses.replace(near, code=country, country=None if country.startswith("IGO") else country)


# Prepositions that place an act somewhere ("in northern Syria", "near the border").
PLACING_PREPS = event_words("placing_preps")
_PLACE_PATH_DEPS = frozenset({"pobj", "compound", "appos", "dobj", "nmod", "conj", "npadvmod"})


def in_story(country: str | None, story: Story) -> bool:
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


def place_of_act(
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
                and in_story(loc.country, story)
                and _placed(predicate.doc, loc, clause)
            ),
            None,
        )
        if found is not None:
            return found
        clause = clause.head if clause.dep_ in ("conj", "advcl") and clause.head.i != clause.i else None
    return None


def implied_authority(
    coded: Coded, index: args.ActorIndex, story: Story, locations: Sequence[Location]
) -> list[Actor]:
    """Who arrested, accused, banned or repressed someone when the report does not say
    ("Martello was arrested Thursday", "Evans is accused of killing his wife"; an accusation only
    of private people, see ``PRIVATE_ACCUSED``): the state's organ that does it, of the country
    where it was done (the place the clause names, else the country of those it was done to); the
    story's own mention of that organ when it names one ("police said"), else the organ implied,
    whose evidence is the predicate (as for an implied population)."""
    predicate = coded.predicate
    if coded.code.startswith(RELEASE_PREFIX) and not released_from_custody(predicate):
        return []
    if (
        coded.nominal
        or not args.is_passive(predicate)
        or any(c.dep_ == "agent" for c in children_of(predicate))
    ):
        return []
    done_to = args.actors_of(args.passive_subjects(predicate), index)
    if coded.code in PRIVATE_ACCUSED and any((a.sector or "")[:3] not in PRIVATE_SECTORS for a in done_to):
        return []
    if done_to:
        place = place_of_act(predicate, locations, story, done_to[0])
        # "Etcheber, a French national, was arrested last week" in a story set in South Carolina:
        # by the authorities where the story is, else of the country of those it was done to.
        country = place.country if place is not None else (_setting(story) or country_of(done_to[0]))
    elif any(syntax.names_a_person(h) for h in args.passive_subjects(predicate)):
        # "Evans is charged with a felony": a private person the knowledge base does not know
        # (the target is then found as a private victim) is charged where the story is set.
        country = _setting(story)
    else:
        return []
    if not country or country.startswith("IGO"):
        return []
    sector = AUTHORITY_SECTORS[coded.code[:3]]
    named = [a for a in story.mentions if country_of(a) == country and a.sector == sector]
    if named:
        return [min(named, key=lambda a: abs(a.span[0] - predicate.idx))]
    return [_implied_actor(country, sector, predicate)]


def released_from_custody(predicate: Token) -> bool:
    """ "was released on $2,000 bail", "released on her own recognizance", "released from jail":
    the release ends someone's custody, which only the authorities hold."""
    return any(
        p.lemma_.lower() in CUSTODY_WORDS or p.lower_ in CUSTODY_WORDS
        for p in args.prep_objects((predicate,), *CUSTODY_PREPS)
    )


def _setting(story: Story) -> str | None:
    """The country where the story is set: where more than half of its places are, when it is
    also the country its actors name most."""
    counts = story.place_countries
    if not counts or not story.salience:
        return None
    country = max(counts, key=lambda c: counts[c])
    named = max(story.salience, key=lambda c: story.salience[c])
    return country if 2 * counts[country] > sum(counts.values()) and country == named else None


_REFUSAL_ROOT = "12"


def statement_date(
    doc: Doc, coded: Coded, reference: dt.date | None, marks: list[DateMark]
) -> tuple[str | None, str] | None:
    """An intent or threat told in the future tense is made when it is said: "said on Tuesday it
    would send 600 officers in November" is a pledge of Tuesday, not of November. It is dated by
    the verb that reports it, else (a main clause: the article says it now) by the story's time;
    None for every other event (and for a future in a relative or adverbial clause)."""
    predicate = coded.predicate
    # "said Bamako would not accept any extension": a refusal in the future is made when said.
    stated = coded.base or coded.code.startswith(_REFUSAL_ROOT)
    if not stated or coded.nominal or not has_future_aux(predicate):
        return None
    if predicate.dep_ == "ccomp" and predicate.head.pos_ in ("VERB", "AUX"):
        return event_date(doc, predicate.head, reference=reference, marks=marks)
    if predicate.dep_ != "ROOT":
        return None  # "during which Muslims will kill and sacrifice animals": no one's pledge
    if reference is not None:
        return reference.isoformat(), "context"
    date = doc._.article_date
    return (date.isoformat(), "article") if date is not None else (None, "unknown")


def population(country: str, predicate: Token) -> Actor:
    """The people of a country as an implied target (CAMEO civilians, ``CVL``)."""
    return _implied_actor(country, "CVL", predicate)


def _implied_actor(country: str, sector: str, predicate: Token) -> Actor:
    """An actor the report implies but does not name; its mention is the predicate, the only
    evidence of it in the text (as for an unknown source)."""
    span = (predicate.idx, predicate.idx + len(predicate.text))
    return Actor(
        text=predicate.text, span=span, name="", code=f"{country}{sector}", country=country, sector=sector
    )


def counterpart(
    source: Actor,
    story: Story,
    *,
    conflict: bool = False,
    exchanges: bool = True,
    besides: Sequence[Actor] = (),
    co_subjects: Sequence[Actor] = (),
    bystanders: Sequence[Actor] = (),
) -> Actor | None:
    """The other side of the story for ``source``: the other party of its latest exchange with
    another country (a conflictual one, for a conflictual act), else (or without ``exchanges``)
    the most often named other country. Neither a mention in ``besides`` nor its country (other
    than the source's own) is it: co-subjects are partners.
    No mention in the sentence of a country of the ``co_subjects`` is it either, nor one of the
    ``bystanders`` (who act alongside in the sentence; their country may still be the other side)."""
    own = country_of(source)
    skipped = {a.span for a in (*besides, *bystanders)}
    partners = {country_of(a) for a in besides} - {own}
    allied = {country_of(a) for a in co_subjects}
    named = [
        a
        for a in story.sentence_mentions
        if country_of(a) not in (None, "", own, *allied) and a.span not in skipped
    ]
    if named and exchanges:
        # "KCNA said the launch was a warning to Washington and Seoul, and threatened ...".
        return min(named, key=lambda a: abs(a.span[0] - source.span[0]))
    for event in reversed(story.events if exchanges else ()):
        if event.target is None or (conflict and event.quad_class < 3):
            continue
        sides = (country_of(event.source), country_of(event.target))
        if own in sides and sides[0] != sides[1] and all(sides) and not partners & set(sides):
            other = event.target if sides[0] == own else event.source
            return other
    ranked = sorted(
        ((n, c) for c, n in story.salience.items() if c != own and c not in partners), reverse=True
    )
    if not ranked:
        return None
    return mention_of(ranked[0][1], story, source)


def answered_actor(source: Actor, story: Story) -> Actor | None:
    """Whom a denial with no one named answers: the doer of the story's latest act aimed at the
    one denying ("police charged Melia on Friday ... He denies wrongdoing" answers the police,
    at home as abroad). The charge or blow it replies to says who the other side is better than
    the story's most named foreign country. An act on the denier by name comes first; then one
    on any mention of its code ("Washington" for "the White House"). None when the story aimed
    nothing at it yet."""
    aimed = [
        e
        for e in reversed(story.events)
        if e.target is not None and e.target.code == source.code and e.source.code not in ("", source.code)
    ]
    named = next((e for e in aimed if e.target is not None and not different_names(e.target, source)), None)
    chosen = named or next(iter(aimed), None)
    return chosen.source if chosen is not None else None


def is_partner(actor: Actor, index: args.ActorIndex) -> bool:
    """Named as the other party ("talks with X", "negotiated X"), not as the place or topic."""
    return any(
        t.dep_ == "dobj" or (t.dep_ == "pobj" and t.head.lower_ in event_words("partner_preps"))
        for t in _mention_heads(actor, index)
    )


def is_setting(actor: Actor, index: args.ActorIndex) -> bool:
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


def is_crowd(doc: Doc, actor: Actor) -> bool:
    mention = doc.char_span(actor.span[0], actor.span[1], alignment_mode="expand")
    return mention is not None and mention.root.lemma_.lower() in CROWD_NOUNS


def two_people(a: Actor, b: Actor) -> bool:
    """Two mentions of one code that are different people or bodies ("a meeting between Putin
    and Dagestan's leader")."""
    return a.span != b.span and different_names(a, b)


def different_names(a: Actor, b: Actor) -> bool:
    """Two mentions of one code that name different actors: two people, or two named bodies
    (a country and its capital, "Russia" and "Moscow", are one actor under two names)."""
    names = {a.name.lower(), b.name.lower()}
    if len(names) < 2 or not all(names):
        return False
    return not (a.code == a.country or b.code == b.country)


def names_weapons(actor: Actor, index: args.ActorIndex, *, unless_sided: bool = False) -> bool:
    """Whether an actor's mention is a weapon or craft ("drones", "the jets"); with
    ``unless_sided``, one whose side is named with it ("a Russian helicopter", "Hezbollah
    drones") does not count: it is a party that can be hit, while bare "drones" take their
    country from the context, often the wrong side's."""
    tokens = index.tokens_of(actor)
    if not tokens or tokens[-1].lemma_.lower() not in WEAPON_NOUNS:
        return False
    return not (unless_sided and any(t.pos_ in ("PROPN", "ADJ") for t in tokens[:-1]))


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
