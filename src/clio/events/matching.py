"""Choosing a pattern for a word: what a token's context offers (particles, prepositions, objects,
modifiers) and which pattern's constraints it satisfies best.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from clio.events import arguments as args
from clio.events.children import children_of, per_token
from clio.events.lexicon import event_words
from clio.events.patterns import Pattern

if TYPE_CHECKING:
    from spacy.tokens import Token


# Where an "-ing" word stands as a noun ("the shooting sparked protests").
GERUND_NOUN_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
_IMPORTED_PATTERN_DISCOUNT = 0.85
# Spans of time by which an event noun is measured ("ended two days of talks").
TIME_SPANS = event_words("time_spans")
DATE_ENTITIES = frozenset({"DATE", "TIME"})


def verbs_and_nouns(sent: Any) -> tuple[list[Token], list[Token]]:
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


@dataclass(frozen=True, slots=True)
class _Context:
    """What patterns can constrain, read once per token: particles, prepositions, objects, modifiers."""

    particles: frozenset[str]
    preps: frozenset[str]
    objects: frozenset[str]
    modifiers: frozenset[str]
    # (preposition, lemma of its object) pairs: "withdrew from the treaty" -> ("from", "treaty").
    prep_objects: frozenset[tuple[str, str]] = frozenset()
    # Prepositions the parser hung on the direct object or its conjuncts ("used water cannon against
    # the crowd"): a pattern that names both its object and a preposition also accepts them there.
    object_preps: frozenset[str] = frozenset()


# Words of a phrase that says when, not with or against whom ("over the weekend").
TIME_WORDS = event_words("time_words")


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
    # "pulled out of the pact": the inner word of a two-word preposition is the one with the object.
    preps |= {inner.lower_ for c in children if c.dep_ == "prep" for inner in _inner_preps(c)}
    phrases = prep_phrases(children)
    # "called for Turkey to accept refugees": "for" opens the clause, which the parser may hang
    # on the verb that carries the noun ("gave commands for Bell to let go").
    carrier = list(children_of(token.head)) if nominal and token.dep_ == "dobj" else []
    if any(for_clause(c) for c in (*children, *carrier)):
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
        # A relative clause acts on its noun: "a claim Athens dismissed as fake news", "a request
        # that Beijing dismissed".
        relative_object = token.dep_ == "relcl" and any(
            o.dep_ == "dobj" and o.lower_ in args.RELATIVE_PRONOUNS for o in objects
        )
        if relative_object or object_gap_relative(token):
            objects.append(token.head)
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
        objects += descriptions(token, objects)
    object_words = {o.lemma_.lower() for o in objects} | {o.lower_ for o in objects}
    # A verb's modifiers include a hyphenated prefix ("test-fired": "test" is an npadvmod).
    modifier_deps = ("amod", "compound", "nmod") if nominal else ("amod", "compound", "nmod", "npadvmod")
    modifiers = {c.lemma_.lower() for c in children if c.dep_ in modifier_deps}
    direct = [c for c in children if c.dep_ == "dobj"] if not nominal else []
    direct += [c for d in direct for c in children_of(d) if c.dep_ == "conj"]
    object_preps = {c.lower_ for d in direct for c in children_of(d) if c.dep_ == "prep" and not _of_time(c)}
    return _Context(
        frozenset(particles),
        frozenset(preps),
        frozenset(object_words),
        frozenset(modifiers),
        phrases,
        frozenset(object_preps),
    )


@per_token
def _context_of(token: Token, nominal: bool) -> _Context:
    """:func:`_context`, read once per token and reading while the coder works on a Doc: the
    coder tries a word's patterns again for every reading (verb, frame, stance)."""
    return _context(token, nominal=nominal)


def _inner_preps(prep: Token) -> list[Token]:
    """The second word of a two-word preposition ("out [of]", "away [from]"): a particle-like
    preposition without an object of its own whose object hangs on the preposition after it
    ("according [to] police" is no such pair: it says who tells, not where to)."""
    if prep.lower_ not in SEPARATED_PARTICLES:
        return []
    children = list(children_of(prep))
    if any(c.dep_ == "pobj" for c in children):
        return []
    return [c for c in children if c.dep_ == "prep"]


def prep_phrases(children: list[Token]) -> frozenset[tuple[str, str]]:
    """(preposition, object lemma) pairs of a word's prepositional phrases, so that a pattern can
    ask what an act is done from or to ("withdrew from the treaty", not "from the town"). A
    two-word preposition ("pulled out of the pact", "walked away from the talks") is parsed as
    one preposition hanging on the other: the inner one carries the object."""
    pairs: set[tuple[str, str]] = set()
    for child in children:
        if child.dep_ != "prep":
            continue
        for prep in (child, *_inner_preps(child)):
            objects = [p for p in children_of(prep) if p.dep_ == "pobj"]
            objects += [c for o in objects for c in children_of(o) if c.dep_ == "conj"]
            pairs |= {(prep.lower_, o.lemma_.lower()) for o in objects}
    return frozenset(pairs)


REFERRING_PRONOUNS = event_words("referring_pronouns")
# Adverbs that complete a phrasal verb when the object stands between them ("turned the offer down").
SEPARATED_PARTICLES = event_words("separated_particles")


def _particle_after_object(child: Token) -> bool:
    """ "turned the offer down", "handed the districts back": the parser hangs the particle
    that follows the object on the verb as an adverb; right after the object's phrase, it is
    still the verb's particle (not "went down the road" or "back then")."""
    if child.dep_ != "advmod" or child.lower_ not in SEPARATED_PARTICLES:
        return False
    objects = [c for c in children_of(child.head) if c.dep_ == "dobj" and c.i < child.i]
    return any(max(t.i for t in o.subtree) == child.i - 1 for o in objects)


def for_clause(token: Token) -> bool:
    """A clause introduced by "for ... to": "(a call) for Turkey to accept refugees"."""
    return token.dep_ in ("advcl", "acl", "relcl") and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in children_of(token)
    )


def _negated(word: Token) -> bool:
    return any(c.dep_ == "neg" for c in children_of(word))


def object_gap_relative(clause: Token) -> bool:
    """A relative clause without a relative word whose own subject is named and whose object is
    missing ("a charge Cotonou denied", "a claim Athens dismissed as fake news"): the noun it
    hangs on is what the verb acts on."""
    if clause.dep_ != "relcl" or not is_noun(clause.head):
        return False
    kids = list(children_of(clause))
    subjects = [c for c in kids if c.dep_ == "nsubj"]
    return (
        bool(subjects)
        and all(s.lower_ not in args.RELATIVE_PRONOUNS for s in subjects)
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "nsubjpass") for c in kids)
        and not any(c.lower_ in args.RELATIVE_PRONOUNS for c in kids)
    )


def descriptions(verb: Token, objects: list[Token]) -> list[Token]:
    """What a verb says its object is, with its modifiers: "called the plan [a disgusting fraud]",
    "called the summit [humiliating diplomacy]" (an apposition to the object), "branded the
    vote [illegal]", "described the move as [a provocation]". Patterns of naming verbs code
    by it (call + "fraud" is a criticism)."""
    heads = [c for c in children_of(verb) if c.dep_ == "oprd"]
    # "found him guilty": a small clause's adjective; "found him not guilty" describes no guilt.
    heads += [c for c in args.small_clause_predicates(verb) if not _negated(c)]
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
    # "called the killing an act of cold-blooded murder": what the act is one of; "called the
    # drills a rehearsal for invasion", "a pretext for aggression": what the thing serves.
    heads += [p for h in heads for c in children_of(h) if c.dep_ == "prep" and c.lower_ in ("of", "for")
              for p in children_of(c) if p.dep_ == "pobj"]  # fmt: skip
    return heads + [m for h in heads for m in children_of(h) if m.dep_ in ("amod", "compound")]


def _matches(pattern: Pattern, context: _Context) -> bool:
    if pattern.particle is not None and pattern.particle not in context.particles:
        return False
    hung_on_object = bool(pattern.objects) and pattern.prep in context.object_preps
    if pattern.prep is not None and pattern.prep not in context.preps and not hung_on_object:
        return False
    if pattern.objects and pattern.objects.isdisjoint(context.objects):
        return False
    if pattern.prep_objects and not any(
        prep == pattern.prep and word in pattern.prep_objects for prep, word in context.prep_objects
    ):
        return False
    return not pattern.modifiers or not pattern.modifiers.isdisjoint(context.modifiers)


def best_pattern(candidates: Iterable[Pattern], token: Token, *, nominal: bool) -> Pattern | None:
    """The most specific matching pattern; object constraints, then hand-written files, win ties."""
    best: Pattern | None = None
    context: _Context | None = None
    for pattern in candidates:
        if pattern.specificity:
            context = context or _context_of(token, nominal)
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


def confidence(pattern: Pattern) -> float:
    return pattern.confidence * (_IMPORTED_PATTERN_DISCOUNT if pattern.rank >= 2 else 1.0)


def is_verb(token: Token) -> bool:
    pos = token.pos_
    if pos == "VERB":
        return not _gerund_noun(token)
    return pos == "NOUN" and args.misparsed_verb(token)


def is_amount(token: Token) -> bool:
    """A number or a sum of money ("5 million pounds", "two planes")."""
    return (
        token.pos_ == "NUM"
        or token.ent_type_ == "MONEY"
        or any(c.dep_ == "nummod" for c in children_of(token))
    )


def is_noun(token: Token) -> bool:
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
