"""Who did it and to whom: the source and target actors of a predicate in a dependency parse.

Arguments are found by dependency relation (subject/agent -> source; object, dative, passive
subject and the objects of target prepositions -> target) and resolved to the actors the actor
component found, through an index from token position to Actor. Coordinated arguments ("the
United States, Canada and Britain") give one actor each. Functions take spaCy tokens but import
nothing from spaCy at run time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from clio.events.children import children_of, per_token
from clio.events.lexicon import event_words
from clio.records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd"})
# Prepositions whose object is the target of the event ("sanctions on", "talks with").
TARGET_PREPS = event_words("target_preps")
NOUN_TARGET_PREPS = TARGET_PREPS | event_words("noun_only_target_preps")
# Relations followed when looking for an actor inside a noun phrase ("the foreign minister of Russia").
_INNER_DEPS = frozenset({"compound", "poss", "amod", "nmod", "appos", "prep", "pobj", "npadvmod", "nummod"})
# "lifted most of its sanctions on Niger": a share word whose "of" noun is the real object.
PARTITIVE_WORDS = event_words("partitive_words")
# "the release of the journalist by Russia": the agent of an event noun is inside its phrase.
_INNER_PREPS = event_words("inner_preps")
# Passives that describe a stance of their subject: "Israel is opposed to", "is committed to".
ADJECTIVAL_PASSIVES = event_words("adjectival_passives")
RELATIVE_PRONOUNS = event_words("relative_pronouns")
# Prepositions whose gerund is done by the verb's subject: the manner or time of the act ("responded
# by putting the army on alert", "after meeting the envoy", "joined Britain in blaming Russia"); not a
# topic ("hope about improving", "cooperation in investigating").
GERUND_PREPS = event_words("gerund_preps")
# Verbs whose subject issues the document it acts on ("adopted a resolution demanding ..."); a
# document vetoed or rejected speaks for its authors, not for whoever blocked it.
ISSUING_VERBS = event_words("issuing_verbs")
# Dependencies of a clause's head on what it hangs on.
CLAUSE_DEPS = frozenset({"acl", "ccomp", "advcl", "relcl"})
PRONOUNS = event_words("pronouns")
# Verbs whose infinitive is done by their object: "forced Israel to withdraw", "let X use".
CAUSATIVE_VERBS = event_words("causative_verbs")
# Nouns of a step taken whose infinitive is done by the noun's owner ("Britain's decision to ...").
DECISION_NOUNS = event_words("decision_nouns")
# Verbs of summoning, calling and meeting, and the speech acts such a contact delivers.
CONTACT_VERBS = event_words("contact_verbs")
DELIVERED_ACTS = event_words("delivered_acts")
# "condemned the attack, as did France": a bare stand-in verb repeats the act with its own subject.
ECHO_VERBS = event_words("echo_verbs")
ECHO_ADVERBS = event_words("echo_adverbs")
# "Turkey, along with Iran, condemned ...", "Japan, joined by South Korea, protested ...".
COMPANION_PREPS = event_words("companion_preps")
COMPANION_PARTICIPLES = event_words("companion_participles")
# What a stand-in verb may carry besides its subject: anything else makes it a verb of its own.
_ECHO_DEPS = frozenset({"nsubj", "mark", "advmod", "cc", "punct", "advcl"})


class ActorIndex:
    """Token index -> the Actor whose span covers it (built once per Doc)."""

    def __init__(self, doc: Doc, actors: Sequence[Actor]) -> None:
        self._by_token: dict[int, Actor] = {}
        # A mention that stands for several actors ("Western powers", "the two leaders").
        self._also: dict[int, list[Actor]] = {}
        self._doc = doc
        self._tokens: dict[Actor, tuple[int, int]] = {}
        # actors_of's answers by the indices of the heads asked about (see actors_of).
        self.heads_actors: dict[tuple[int, ...], list[Actor]] = {}
        for actor in actors:
            span = doc.char_span(actor.span[0], actor.span[1], alignment_mode="expand")
            if span is None:
                continue
            self._tokens.setdefault(actor, (span.start, span.end))
            for i in range(span.start, span.end):
                first = self._by_token.setdefault(i, actor)
                if first is not actor and self._tokens[first] == (span.start, span.end):
                    self._also.setdefault(i, []).append(actor)

    def tokens_of(self, actor: Actor) -> list[Token]:
        """The tokens of an actor mention (for coordination inside a badly parsed name)."""
        start, end = self._tokens.get(actor, (0, 0))
        return [self._doc[i] for i in range(start, end)]

    def __bool__(self) -> bool:
        return bool(self._by_token)

    def indexes(self, tokens: Sequence[Token]) -> bool:
        """Whether ``tokens`` are tokens of the Doc this index was built for."""
        return all(t.doc is self._doc for t in tokens)

    def at(self, token: Token) -> Actor | None:
        return self._by_token.get(token.i)

    def antecedent(self, pronoun: Token) -> Actor | None:
        """What a subject pronoun ("it", "they") refers to: the latest actor that was the subject
        of a clause, in its own sentence or the one before ("The junta has since tried to win
        over the public: on Tuesday it freed dozens of prisoners"). "It" is no person."""
        sentence = pronoun.sent
        start = sentence.start
        previous_root: Token | None = None
        if start > 0:
            previous_root = self._doc[start - 1].sent.root
            start = self._doc[start - 1].sent.start
        for i in range(pronoun.i - 1, start - 1, -1):
            token = self._doc[i]
            if i == sentence.start - 1 and previous_root is not None:
                # The sentence before speaks of its main subject, not of one inside what it
                # reported ("Iran warned that an Israeli attack would ... It also told ...").
                main = self._main_subject(previous_root, pronoun)
                if main is not None:
                    return main
            if token.dep_ not in ("nsubj", "nsubjpass"):
                continue
            actor = self._by_token.get(i)
            if actor is None:
                if token.pos_ == "NOUN" and pronoun.lower_ == "it":
                    # "May said the country would leave ... and that it would withdraw": "it" is
                    # the nearer subject, an unresolved noun, and no actor named before it.
                    return None
                continue
            if pronoun.lower_ == "it" and token.ent_type_ == "PERSON":
                continue
            return actor
        return None

    def _main_subject(self, root: Token, pronoun: Token) -> Actor | None:
        """The actor that is the subject of a sentence's main verb ("it" is no person)."""
        subjects = [c for c in children_of(root) if c.dep_ in ("nsubj", "nsubjpass")]
        for subject in subjects:
            actor = self._by_token.get(subject.i)
            if actor is not None and not (pronoun.lower_ == "it" and subject.ent_type_ == "PERSON"):
                return actor
        return None

    def inside(self, head: Token) -> list[Actor]:
        """The actor covering ``head`` or, failing that, the nearest ones in its noun phrase
        (all those at the nearest depth, with their conjuncts: "US and British activists")."""
        found = self._by_token.get(head.i)
        if found is not None:
            return [found, *self._also.get(head.i, ())]
        frontier = [head]
        for _ in range(3):
            next_frontier: list[Token] = []
            level: list[Actor] = []
            doers: list[Actor] = []
            for token in frontier:
                for child in children_of(token):
                    if child.dep_ not in _INNER_DEPS:
                        continue
                    if child.dep_ == "prep" and child.lower_ not in _INNER_PREPS:
                        continue
                    for item in conjuncts(child):
                        actor = self._by_token.get(item.i)
                        if actor is not None and actor not in level:
                            level.append(actor)
                            if agent_phrase(item, head):
                                doers.append(actor)
                    next_frontier.append(child)
            if level:
                # "the treatment of its deportees by U.S. agents": a deed's doer named with "by"
                # is who the phrase stands for; those it was done to are part of what was done.
                return doers or level
            frontier = next_frontier
        return []


def own_subjects(verb: Token) -> list[Token]:
    """The subjects written in a clause itself, active or passive (none inherited)."""
    written = [c for c in children_of(verb) if c.dep_ in SUBJECT_DEPS or c.dep_ == "nsubjpass"]
    return written or _misparsed_subjects(verb)


def clause_verb(token: Token) -> Token:
    """The verb whose clause a predicate stands in: itself for a verb, the verb governing an
    event noun ("imposed sanctions" -> "imposed")."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def peer_clauses(predicate: Token) -> list[Token]:
    """The verbs of the other main clauses coordinated with the predicate's own, each with a
    subject of its own ("Britain suspended the permit, and Biden condemned the diversion": for
    "suspended", "condemned"). A verb sharing the predicate's subject is the same doer's next act,
    not a peer."""
    own = clause_verb(predicate)
    top = own
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    return [
        verb
        for verb in conjuncts(top)
        if verb.i != own.i and verb.pos_ in ("VERB", "AUX") and own_subjects(verb)
    ]


def misparsed_verb(token: Token) -> bool:
    """ "the demand that Armenia remove ...", tagged as the noun "Armenia remove": a noun that
    heads a clause of its own ("that" ... as its marker) is the clause's verb."""
    return (
        token.pos_ == "NOUN"
        and token.dep_ in CLAUSE_DEPS
        and any(c.dep_ == "mark" for c in children_of(token))
    )


def _misparsed_subjects(verb: Token) -> list[Token]:
    """ "the demand that Armenia remove ...", parsed with "Armenia" as a compound of the verb: a
    name compounded to a verb before it is the verb's subject (verbs have no compounds)."""
    if verb.pos_ != "VERB" and not misparsed_verb(verb):
        return []
    return [c for c in children_of(verb) if c.dep_ == "compound" and c.i < verb.i and c.pos_ == "PROPN"]


@per_token
def conjuncts(token: Token) -> list[Token]:
    """The token and everything coordinated with it ("A, B and C")."""
    out = [token]
    stack = [c for c in children_of(token) if _coordinated(c)]
    while stack:
        current = stack.pop(0)
        if current in out:
            continue
        out.append(current)
        stack.extend(c for c in children_of(current) if _coordinated(c))
    return out


def _coordinated(child: Token) -> bool:
    # "The US, Russia, and Switzerland": the parser often makes the middle item an appositive;
    # an appositive name that itself starts a coordination is a list item, not a second name.
    # A described role ("Kallas, the EU's foreign policy chief and a former prime minister")
    # still names the one person.
    if child.dep_ == "conj":
        return True
    return (
        child.dep_ == "appos"
        and child.pos_ == "PROPN"
        and any(c.dep_ in ("cc", "conj") for c in children_of(child))
    )


def agent_phrase(token: Token, head: Token) -> bool:
    """Whether ``token`` is the object of a "by" phrase on ``head`` itself: the doer of the deed
    the head names ("the expulsion of its envoys by Prague"), not one deeper in the phrase."""
    preposition = token.head
    return (
        token.dep_ == "pobj"
        and preposition.dep_ == "prep"
        and preposition.lower_ == "by"
        and preposition.head.i == head.i
    )


def possessors(head: Token, index: ActorIndex) -> list[Actor]:
    """States an argument names only as its owner, by a place name ("Beijing's support",
    "Helsinki's backing"): the possessors of a head that is no actor itself. The head is
    something the state has, which it is not the party of unless someone else has it. (A
    person's "statement" is that person's to be reacted to.)"""
    if index.at(head) is not None:
        return []
    owners = (index.at(c) for c in children_of(head) if c.dep_ == "poss" and c.ent_type_ == "GPE")
    return [a for a in owners if a is not None]


@dataclass(frozen=True)
class AudienceWords:
    """The word lists that tell the audience or medium of a statement (see the lexicon)."""

    audiences: frozenset[str]
    channels: frozenset[str]
    telling: frozenset[str]
    messages: frozenset[str]


def audience_or_channel(head: Token, words: AudienceWords) -> bool:
    """Whether a target head names who heard a statement or the medium that carried it ("told
    reporters", "wrote on social media", "the announcement on state television"), not whom it
    is aimed at. Only those relations count: "accused journalists of lying" is aimed at the
    journalists, "the attack on state television" at the broadcaster."""
    if head.lower_ not in words.audiences and head.lemma_.lower() not in words.audiences:
        return False
    if head.dep_ == "pobj":
        carrier = head.head.head
        spoken = carrier.pos_ in ("VERB", "AUX") or carrier.lemma_.lower() in words.messages
        return head.head.lower_ in words.channels and spoken
    if head.dep_ in ("dobj", "dative"):
        return head.head.lemma_.lower() in words.telling
    return False


def names_an_envoy(actor: Actor, index: ActorIndex, envoy_nouns: frozenset[str]) -> bool:
    """Whether an actor mention is a state's envoy or mission ("Israel's ambassadors", "the
    embassy's diplomats", "ambassador Jane Roe")."""
    return any(t.lower_ in envoy_nouns or t.lemma_.lower() in envoy_nouns for t in index.tokens_of(actor))


def envoy_owners(actor: Actor, index: ActorIndex) -> list[Actor]:
    """The states an envoy mention names as its sender outside the mention itself: a possessor
    ("Iran's most senior diplomat in London") or an "of" phrase ("the ambassador of Sweden")."""
    inside = {t.i for t in index.tokens_of(actor)}
    owners: list[Actor] = []
    for token in index.tokens_of(actor):
        for child in children_of(token):
            if child.i in inside:
                continue
            heads = [child] if child.dep_ == "poss" else []
            if child.dep_ == "prep" and child.lower_ == "of":
                heads = [g for g in children_of(child) if g.dep_ == "pobj"]
            owners += [a for a in actors_of(heads, index) if a != actor and a not in owners]
    return owners


def actors_of(tokens: Iterable[Token], index: ActorIndex) -> list[Actor]:
    """One actor per coordinated argument head, in text order, without repeats.

    The coder asks for the actors of the same heads again for every reading and rule it tries
    (four times in five on news text); the answer depends only on the parse and the index, so it
    is worked out once per set of heads and kept on the index (a copy for each caller)."""
    heads = list(tokens)
    if not index.indexes(heads):
        return _actors_of(heads, index)
    key = tuple(t.i for t in heads)
    found = index.heads_actors.get(key)
    if found is None:
        found = index.heads_actors[key] = _actors_of(heads, index)
    return list(found)


def _actors_of(heads: list[Token], index: ActorIndex) -> list[Actor]:
    out: list[Actor] = []
    pending = list(heads)
    seen: set[int] = set()
    while pending:
        head = pending.pop(0)
        for conjunct in conjuncts(head):
            if conjunct.i in seen:
                continue
            seen.add(conjunct.i)
            # "US and British activists": a coordinated modifier names more actors.
            pending.extend(
                c
                for c in children_of(conjunct)
                if c.dep_ in ("nmod", "amod", "compound") and any(g.dep_ == "conj" for g in children_of(c))
            )
            for actor in index.inside(conjunct):
                if actor not in out:
                    out.append(actor)
                    # "Barack Obama and Vladimir Putin" parsed with "Obama" as the head.
                    pending.extend(t for t in index.tokens_of(actor) if t.i not in seen)
    return out


def is_passive(verb: Token) -> bool:
    return _own_passive(verb) or passive_conjunct(verb)


def _own_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(verb))


def passive_conjunct(verb: Token) -> bool:
    """ "was shot and killed by a soldier", "disappeared but was arrested in Alabama": a past
    participle coordinated with an earlier verb, with no subject of its own, is passive when it
    has its own passive auxiliary or "by" agent, or shares the passive auxiliary of the verb it
    is coordinated with. The parser hangs the shared subject (and the agent) on one verb only,
    so the other would otherwise take the one it was done to for its doer."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or verb.head.i == verb.i:
        return False
    own = {c.dep_ for c in children_of(verb)}
    if own & {"nsubj", "nsubjpass", "csubj"}:
        return False
    if own & {"auxpass", "agent"}:
        return True
    return "aux" not in own and _own_passive(verb.head)


def passive_subjects(verb: Token) -> list[Token]:
    """Who a passive verb is done to: its passive subject, else, for a passive conjunct, the
    subject of the verb it is coordinated with ("Carter disappeared but was arrested" ->
    Carter)."""
    current = verb
    for _ in range(4):
        own = [c for c in children_of(current) if c.dep_ == "nsubjpass"]
        if own or not passive_conjunct(current):
            return own
        current = current.head
        subjects = [c for c in children_of(current) if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return subjects
    return []


def _passive_agents(verb: Token) -> list[Token]:
    """The "by" agents of a passive verb, else of the passive verbs it is coordinated with: an
    earlier one's agent carries over ("was arrested by police and charged"); a later one's only
    to a participle right before it ("was shot and killed by a soldier"), since in "were handed
    over near the border and flown by military helicopters" the agent flew them only."""
    group = [verb]
    current = verb
    while passive_conjunct(current) and len(group) < 6:
        current = current.head
        group.append(current)
    group += [
        c
        for c in children_of(verb)
        if c.dep_ == "conj"
        and passive_conjunct(c)
        and c.i - verb.i == 2
        and verb.doc[verb.i + 1].dep_ == "cc"
    ]
    for member in group:
        agents = [
            p for c in children_of(member) if c.dep_ == "agent" for p in children_of(c) if p.dep_ == "pobj"
        ]
        if agents:
            # "brokered by the Swiss government together with the Red Cross": a companion of
            # the agent acts with it.
            # The parser hangs the companion on the agent or, after it, on the verb.
            phrases = [c for a in agents for c in children_of(a)]
            phrases += [c for c in children_of(member) if c.i > agents[0].i]
            return agents + [p for c in phrases for p in _companions(c) if p not in agents]
    return []


def _reporter_of_trailing_participle(verb: Token) -> Token | None:
    """ "demanded that China return the rifles and pay for the damage, likening the boarding
    to piracy": a participle set off by a comma at the end of a "that" clause speaks for the
    one who reports or demands, though the parser hangs it on the reported clause."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    clause = verb.head
    for _ in range(4):
        marked = any(c.dep_ == "mark" for c in children_of(clause))
        if clause.head.i == clause.i:
            break
        # "told parliament that the pact would not let Beijing build a base, dismissing ...":
        # the parser may hang the participle on a clause inside the reported one.
        if clause.dep_ == "conj" or (
            clause.dep_ in ("ccomp", "xcomp") and not marked and clause.head.dep_ in ("ccomp", "conj")
        ):
            clause = clause.head
            continue
        break
    if clause.dep_ != "ccomp" or not any(c.dep_ == "mark" for c in children_of(clause)):
        return None
    return clause.head


# Pronouns that stand for the subject of the clause before: "... bore full responsibility and
# urged it to stop", "... had failed in its task and demanded its withdrawal".
_BACK_POINTING_PRONOUNS = event_words("back_pointing_pronouns")


def _reporter_of_a_pronoun_conjunct(verb: Token) -> Token | None:
    """ "Zhao said Manila bore full responsibility and urged it to stop its provocations": the
    parser coordinates "urged" with the reported clause, but no one urges itself; an object
    that points back at that clause's subject makes the act the reporter's. A report tagged on
    after its clause ("Merkel phoned Putin and asked him to ..., her office said") tells the
    clause's own story: its conjuncts are its subject's acts, their pronouns someone else."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
        return None
    clause = verb.head
    if clause.dep_ != "ccomp" or clause.head.i == clause.i or clause.head.pos_ not in ("VERB", "AUX"):
        return None
    if clause.head.i > clause.i:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(clause)):
        return None
    objects = [c for c in children_of(verb) if c.dep_ in ("dobj", "dative")]
    pointing = [o for o in objects if o.lower_ in _BACK_POINTING_PRONOUNS] + [
        d for o in objects for d in children_of(o) if d.dep_ == "poss" and d.lower_ in _BACK_POINTING_PRONOUNS
    ]
    # "soldiers rounded up men and shot them": a plural pronoun after a plural object stands
    # for that object, and the conjunct is the clause subject's own act.
    plural_objects = [c for c in children_of(clause) if c.dep_ == "dobj" and c.tag_ in ("NNS", "NNPS")]
    if plural_objects:
        pointing = [p for p in pointing if p.lower_ not in event_words("plural_pronouns")]
    return clause.head if pointing else None


def _reporter_of_a_spoken_conjunct(verb: Token, speech_acts: frozenset[str]) -> Token | None:
    """ "The EU said Spain's borders were Europe's borders and urged Rabat to ...": the parser
    coordinates "urged" with the reported clause, yet an appeal, accusation or pledge made in
    the same breath, in the reporting verb's own tense and after it, is the reporter's; a
    conjunct with an auxiliary ("had acted") or a report placed after its clause ("X phoned Y
    and asked ..., her office said") keeps the clause's subject."""
    if verb.dep_ != "conj" or verb.lemma_.lower() not in speech_acts:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in children_of(verb)):
        return None
    clause = verb.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    reporter = clause.head
    if clause.dep_ != "ccomp" or reporter.i == clause.i or reporter.i > clause.i or reporter.pos_ != "VERB":
        return None
    if reporter.tag_ != verb.tag_ or not any(c.dep_ in SUBJECT_DEPS for c in children_of(reporter)):
        return None
    return reporter


def predicate_of_a_rooted_name(verb: Token) -> bool:
    """ "Darmanin, who announced both measures on Thursday, called Italy's conduct unacceptable
    and urged Germany to ...", parsed with the name as the sentence's root and its verbs hung
    on it (as a reduced relative and a conjunct): a finite verb after a noun that roots a
    sentence with no verb of its own is that noun's predicate. A participle (also after a
    subject) counts only when a comma closes the interruption before it and it takes an object,
    which a reduced passive ("the measures announced on Thursday") does not."""
    head = verb.head
    if head.dep_ not in ("ROOT", "nsubj") or head.pos_ not in ("PROPN", "NOUN") or head.i > verb.i:
        return False
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return head.dep_ == "ROOT" and verb.dep_ in ("conj", "acl")
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.doc[verb.i - 1].text == ","
        and any(c.dep_ in ("dobj", "ccomp") for c in children_of(verb))
    )


def pointed_back_to(pronoun: Token) -> Token | None:
    """What an object pronoun of such a conjunct stands for: the reported clause's subject
    ("urged it" -> Manila, "condemned it" -> the agreement); None for any other token."""
    verb = pronoun.head
    if pronoun.lower_ not in _BACK_POINTING_PRONOUNS or _reporter_of_a_pronoun_conjunct(verb) is None:
        return None
    return next((c for c in children_of(verb.head) if c.dep_ in ("nsubj", "nsubjpass")), None)


def delivered_by_contact(clause: Token) -> bool:
    """ "summoned the ambassador on Saturday to demand her release", "phoned Putin to urge
    restraint": a speech act that a summons, call or meeting is made for is delivered in it (a
    told act of the contact's subject, not a purpose still ahead), whether the parser hangs the
    infinitive on the verb or on its object ("summoned Canada's ambassador, John McCallum, on
    Saturday to demand ..."). "Sent troops to crush the revolt" stays a purpose."""
    if clause.lemma_.lower() not in DELIVERED_ACTS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(clause)):
        return False
    head = clause.head
    if clause.dep_ == "acl" and head.dep_ == "dobj" and head.i != head.head.i:
        head = head.head
    elif clause.dep_ != "advcl":
        return False
    return head.lemma_.lower() in CONTACT_VERBS


@per_token
def subject_heads(
    verb: Token, document_nouns: frozenset[str] = frozenset(), speech_acts: frozenset[str] = frozenset()
) -> list[Token]:
    """Source argument heads of a verb: its agent when passive, else its subject.

    Subjectless verbs inherit from the verb they are coordinated with or complement
    ("met X and signed ...", "plans to visit"); a relative clause takes the noun it modifies;
    one of ``speech_acts`` coordinated with a reported clause is the reporter's.
    """
    current = verb
    for _ in range(4):
        controllers = object_controllers(current)
        if controllers:
            return controllers
        if is_passive(current):
            agents = _passive_agents(current)
            if agents or (current is verb and verb.lemma_.lower() not in ADJECTIVAL_PASSIVES):
                return agents
            # Raising ("Obama is scheduled to attend") and stances ("Israel is opposed to"):
            # the passive subject is the actor.
            return passive_subjects(current)
        subjects = [c for c in children_of(current) if c.dep_ in SUBJECT_DEPS] or _misparsed_subjects(current)
        relative = current.dep_ == "relcl" and all(c.lower_ in RELATIVE_PRONOUNS for c in subjects)
        if subjects and not relative:
            return subjects
        if current.dep_ == "relcl":  # "protesters who stormed parliament" -> the protesters
            # "condemned the attack in a statement that called on X": a statement's clause is
            # the act of whoever issued it.
            issuer = document_issuer(current.head, document_nouns)
            if issuer is None:
                return [current.head]
            current = issuer
            continue
        if current.dep_ == "acl" and delivered_by_contact(current):
            current = current.head.head  # "summoned the envoy to demand ...": the summoner demands
            continue
        if current.dep_ == "acl" and current.tag_ == "VB" and current.head.lemma_.lower() in DECISION_NOUNS:
            # "Britain's decision to impose sanctions on Iran": the step is its owner's.
            return nominal_source_heads(current.head)
        if current.dep_ == "acl" and current.tag_ == "VBG":
            # "demonstrators protesting ..." -> the demonstrators; "a declaration demanding ..."
            # speaks for whoever issued the declaration.
            noun = current.head
            issued = noun.head.lemma_.lower() in ISSUING_VERBS
            if noun.lemma_.lower() in document_nouns and noun.head.i != noun.i and issued:
                current = noun.head
                continue
            return [noun]
        if reduced_passive(current):
            # "fires mostly blamed on electrical faults": a bare past participle is passive; with
            # no "by" agent its doer is unknown, not the subject of the clause it hangs on; a
            # participle on a noun with one ("talks hosted by Riyadh") is the agent's act.
            agents = _passive_agents(current)
            if not agents:
                return []
            if current is verb and current.dep_ == "acl":
                return agents
        if predicate_of_a_rooted_name(current):
            return [current.head]
        reporter = (
            _reporter_of_trailing_participle(current)
            or _reporter_of_a_pronoun_conjunct(current)
            or _reporter_of_a_spoken_conjunct(current, speech_acts)
        )
        if reporter is not None:
            current = reporter
            continue
        if current.dep_ in ("conj", "xcomp", "advcl", "acomp") and current.head.i != current.i:
            current = current.head
            continue
        if current.dep_ == "pcomp" and current.head.dep_ == "prep" and current.head.lower_ in GERUND_PREPS:
            # "responded by putting the army on alert", "joined Britain in blaming Russia": the
            # gerund's doer is the verb's subject.
            if current.head.lower_ == "in" and current.head.head.pos_ != "VERB":
                return []
            current = current.head.head
            continue
        return []
    return []


def reduced_passive(verb: Token) -> bool:
    """A bare past participle modifying a clause or a noun, without auxiliary or subject of its
    own ("..., mostly blamed on electrical faults", "a statement condemned by Somalia"). One
    with an object or a complement clause is an active verb the tagger misread ("condemned the
    release, called on Tokyo to stop it")."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("advcl", "acl")
        and not any(c.dep_ in _NOT_REDUCED_PASSIVE_DEPS for c in children_of(verb))
    )


# What a reduced passive participle never has: an auxiliary, a subject, an object, a clause.
_NOT_REDUCED_PASSIVE_DEPS = frozenset(
    {"aux", "auxpass", "nsubj", "csubj", "nsubjpass", "dobj", "dative", "xcomp", "ccomp"}
)


def document_issuer(noun: Token, document_nouns: frozenset[str]) -> Token | None:
    """The verb whose subject issued a document that a relative clause describes: the issuing
    verb of its object ("issued a statement that ...") or the verb it is the medium of
    ("condemned the attack in a statement that called on X"). A statement cannot act; its
    clause is its issuer's act. None for other nouns."""
    if noun.lemma_.lower() not in document_nouns or noun.head.i == noun.i:
        return None
    head = noun.head
    if noun.dep_ == "dobj":
        return head if head.lemma_.lower() in ISSUING_VERBS else None
    medium = noun.dep_ == "pobj" and head.lower_ == "in" and head.head.i != head.i
    return head.head if medium and head.head.pos_ == "VERB" else None


def object_controllers(clause: Token) -> list[Token]:
    """Who does what an infinitive says when a verb of causing or allowing governs it with an
    object: "prompted Trump to threaten Baghdad", "forced Israel to withdraw", "was forced by
    protesters to resign". The one made or let to act is the doer, not the one who caused it
    (who acts only without such an object: "decided to expel"). Other verbs with an object keep
    their subject: "summoned the envoy to protest" is the summoner's protest, and "ordered the
    ambassador to leave" the orderer's expulsion."""
    head = clause.head
    if clause.dep_ != "xcomp" or head.i == clause.i or head.lemma_.lower() not in CAUSATIVE_VERBS:
        return []
    if any(c.dep_ in SUBJECT_DEPS | {"nsubjpass"} for c in children_of(clause)):
        return []
    objects = [c for c in children_of(head) if c.dep_ == "dobj" and c.i < clause.i]
    if objects:
        return objects
    if _own_passive(head):
        return [c for c in children_of(head) if c.dep_ == "nsubjpass"]
    return []


def relative_antecedent(argument: Token) -> Token | None:
    """ "a reporter who was detained in Moscow", "the drones, several of which were shot down":
    the relative pronoun that a passive relative clause acts on (alone or as the whole a part is
    taken from) only points at the noun the clause describes, which is the one acted on; None
    for any other argument. (An active clause's object pronoun, "problems that he blamed on
    X", is often the thing done, not a party.)"""
    clause = argument.head
    if clause.dep_ != "relcl" or clause.head.i == clause.i:
        return None
    pronouns = [argument, *prep_objects((argument,), "of")]
    return clause.head if any(p.lower_ in RELATIVE_PRONOUNS for p in pronouns) else None


def object_heads(
    predicate: Token, *, nominal: bool = False, topics: frozenset[str] = frozenset()
) -> list[Token]:
    """Target argument heads: objects, passive subjects, objects of target prepositions
    (except ``topics``: prepositions that give what the event is about, not whom it involves)."""
    preps = (NOUN_TARGET_PREPS if nominal else TARGET_PREPS) - topics
    heads: list[Token] = []
    for child in children_of(predicate):
        if child.dep_ in OBJECT_DEPS or child.dep_ == "nsubjpass":
            antecedent = relative_antecedent(child) if child.dep_ == "nsubjpass" else None
            heads.append(antecedent or pointed_back_to(child) or child)
        elif (child.dep_ in ("prep", "prt") and child.lower_ in preps) or (
            child.dep_ == "prep" and child.lower_ == "between"
        ):
            heads.extend(p for p in children_of(child) if p.dep_ == "pobj")
    if not nominal:
        heads += shifted_objects(predicate)
        heads += small_clause_subjects(predicate)
        heads += gapped_objects(predicate)
        if passive_conjunct(predicate) and not any(c.dep_ == "nsubjpass" for c in children_of(predicate)):
            heads += passive_subjects(predicate)
    return heads


def _gapped_remnants(verb: Token) -> tuple[list[Token], list[Token]]:
    """The nouns of a gapped second clause, which the parser hangs on the verb or on a noun of
    the first clause.

    "met Salman in Riyadh on Tuesday and Erdogan in Ankara a day later": a noun coordinated
    with the verb itself, or with the day the first act is set on, after the verb's object, is
    a second object of the same verb. "France promised 30 million euros and the EU a further 30
    million": a noun coordinated with a word of the first object's phrase and followed by a
    second object of the verb is a second subject, whose object is the later one.
    Returns (objects, subjects)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return [], []
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    if not objects:
        return [], []
    first = objects[0]
    # A later sum the parser may leave as an adverbial ("and the EU a further 25 million").
    # An appositive after a comma ("the Villa Borsig, a government guesthouse") is no object.
    later = [
        c
        for c in children_of(verb)
        if c.i > first.i
        and (c.dep_ == "dobj" or (c.dep_ == "npadvmod" and c.tag_ == "CD"))
        and not c.doc[c.left_edge.i - 1].is_punct
    ]
    if later:
        subjects = [
            t
            for t in first.subtree
            if t.dep_ == "conj"
            and t.pos_ in ("NOUN", "PROPN")
            and first.i < t.i < later[0].i
            and t.doc[t.left_edge.i - 1].dep_ == "cc"
        ]
        return [], subjects[-1:]
    days = [
        p
        for c in children_of(verb)
        if c.dep_ == "prep" and c.i > first.i
        for p in children_of(c)
        if p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME")
    ]
    remnants = [
        c
        for h in (verb, *days)
        for c in children_of(h)
        if c.dep_ == "conj"
        and c.pos_ in ("NOUN", "PROPN")
        and c.i > first.i
        and c.ent_type_ not in ("DATE", "TIME")
        and not any(g.dep_ in SUBJECT_DEPS or g.dep_ == "nsubjpass" for g in children_of(c))
    ]
    return remnants, []


def gapped_objects(verb: Token) -> list[Token]:
    """Second objects of a verb left out of a gapped clause (see ``_gapped_remnants``)."""
    return _gapped_remnants(verb)[0]


def gapped_subjects(verb: Token) -> list[Token]:
    """Second subjects of a verb left out of a gapped clause (see ``_gapped_remnants``)."""
    return _gapped_remnants(verb)[1]


def echoed_doers(verb: Token, doers: Sequence[Token]) -> list[Token]:
    """Subjects of a stand-in clause that repeats the act of the verb's clause: "Germany
    condemned the attack, as did France", "..., and so did Canada", "Canada did likewise", "as
    has the EU". The stand-in is a bare "do" or "have" after the verb with a subject and nothing
    else: "as Spain did in 2019" tells another occasion, "but Spain did not" repeats nothing,
    "and did not respond" has no subject of its own. It repeats what the clause's subject does,
    wherever the parser hangs it: on the verb, on an infinitive under it ("vowed to respond,
    as did Canada"), or on the verb a subjectless conjunct shares its subject with. ``doers``
    are the heads found for the verb's act; the repeat counts only when they are that subject
    ("urged Israel to halt, as did France": France urged; it halts nothing)."""
    top = verb
    for _ in range(4):
        if own_subjects(top) or top.dep_ not in ("xcomp", "conj") or top.head.i == top.i:
            break
        top = top.head
    subjects = {t.i for s in own_subjects(top) for t in conjuncts(s)}
    if not subjects or not any(d.i in subjects for d in doers):
        return []
    hosts = [top]
    for host in hosts:
        hosts += [c for c in children_of(host) if c.dep_ == "xcomp" and len(hosts) < 6]
    return [
        s
        for host in hosts
        for clause in children_of(host)
        if clause.i > host.i
        for s in _stand_in_subjects(clause)
    ]


def _stand_in_subjects(clause: Token) -> list[Token]:
    """The subjects of a clause that is a bare stand-in verb repeating the act it hangs on (see
    ``echoed_doers``): "as did France" (an "as" clause) or "and so did Canada" / "Canada did
    too" (a conjunct marked by an adverb of repetition); none for any other clause. After an
    inverting "so" the parser may take the subject for an object ("so did Canada")."""
    if clause.lemma_.lower() not in ECHO_VERBS or clause.dep_ not in ("advcl", "conj"):
        return []
    children = children_of(clause)
    inverted = any(c.dep_ == "advmod" and c.lower_ == "so" and c.i < clause.i for c in children)
    subject_deps = {"nsubj", "dobj"} if inverted else {"nsubj"}
    if any(c.dep_ not in _ECHO_DEPS | subject_deps for c in children):
        return []
    if clause.dep_ == "advcl" and not any(c.dep_ == "mark" and c.lower_ == "as" for c in children):
        return []
    if clause.dep_ == "conj" and not any(c.dep_ == "advmod" and c.lower_ in ECHO_ADVERBS for c in children):
        return []
    return [c for c in children if c.dep_ in subject_deps and c.pos_ in ("NOUN", "PROPN")]


def companion_doers(verb: Token, subjects: Sequence[Token]) -> list[Token]:
    """Who joins the subjects in the verb's act, named between the subject and the verb:
    "Turkey, along with Iran, condemned ...", "Turkey, together with Iran, ...", "Japan, joined
    by South Korea, protested ...". The phrase may hang on the subject or on the verb. After
    the verb the same words name partners or objects ("arrested him along with two aides")."""
    if not subjects or is_passive(verb):
        return []
    first = min(s.i for s in subjects)
    out: list[Token] = []
    for holder in (verb, *subjects):
        for child in children_of(holder):
            if not first < child.i < verb.i:
                continue
            out += [p for p in _companions(child) if p not in out and p not in subjects]
    return out


def _companions(phrase: Token) -> list[Token]:
    """The nouns a companion phrase names: the object of "with" in "along with X" / "together
    with X" (the parser hangs "with" on "along", or "together" on "with"), or the "by" agent
    of "joined by X"."""
    word = phrase.lower_
    if phrase.dep_ == "prep" and word in COMPANION_PREPS:
        return prep_objects([phrase], "with")
    if phrase.dep_ == "prep" and word == "with":
        marked = any(c.dep_ == "advmod" and c.lower_ in COMPANION_PREPS for c in children_of(phrase))
        return [c for c in children_of(phrase) if c.dep_ == "pobj"] if marked else []
    if (
        phrase.dep_ in ("acl", "advcl")
        and phrase.tag_ == "VBN"
        and phrase.lemma_.lower() in COMPANION_PARTICIPLES
    ):
        return _passive_agents(phrase)
    return []


def small_clause_predicates(verb: Token) -> list[Token]:
    """The adjective of a small clause: "found him guilty", "declared the vote void". The parser
    makes the adjective a clause of its own (no verb, no "is", no "that") whose subject is what
    the verb acts on; the adjective says what the verb makes of it."""
    return [
        c
        for c in children_of(verb)
        if c.dep_ == "ccomp"
        and c.pos_ == "ADJ"
        and any(s.dep_ == "nsubj" for s in children_of(c))
        and not any(s.dep_ in ("aux", "auxpass", "cop", "mark") for s in children_of(c))
    ]


def small_clause_subjects(verb: Token) -> list[Token]:
    """What a small clause is said of: "him" in "found him guilty" is the finding's target."""
    return [s for c in small_clause_predicates(verb) for s in children_of(c) if s.dep_ == "nsubj"]


def shifted_objects(verb: Token) -> list[Token]:
    """A direct object moved behind an "as" complement ("condemned as unacceptable allegations
    by X"): the parser hangs it on "as"; it counts only when the verb has no object of its own
    and the noun carries the adjective that was the complement."""
    if any(c.dep_ == "dobj" for c in children_of(verb)):
        return []
    return [
        p
        for c in children_of(verb)
        if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i
        for p in children_of(c)
        if p.dep_ == "pobj"
        and p.pos_ == "NOUN"
        and any(a.dep_ == "amod" and a.pos_ == "ADJ" and a.i < p.i for a in children_of(p))
        and not any(d.dep_ == "det" for d in children_of(p))
    ]


def object_noun_heads(verb: Token, *, topics: frozenset[str] = frozenset()) -> list[Token]:
    """Targets attached to a verb's object noun: "signed an agreement with X", "imposed sanctions
    on X", "mediated talks between X and Y", and the partner of a prepositional object:
    "returned to talks with X"."""
    preps = TARGET_PREPS - topics
    heads: list[Token] = []
    for child in children_of(verb):
        if child.dep_ in ("dobj", "nsubjpass") and (shares := shared_nouns(child)):
            heads.extend(prep_objects(shares, *preps, "between"))
        elif child.dep_ in ("dobj", "nsubjpass") and child.pos_ in ("NOUN", "PROPN"):
            heads.extend(prep_objects((child,), *preps, "between"))
        elif child.dep_ == "prep" and child.lower_ in preps:
            nouns = [p for p in children_of(child) if p.dep_ == "pobj" and p.pos_ == "NOUN"]
            heads.extend(prep_objects(nouns, "with", "between"))
    return heads


def shared_nouns(token: Token) -> list[Token]:
    """The nouns a share word takes its share of: "sanctions" in "most of its sanctions", "half
    of the troops" (the parser makes the share word the object and hangs the noun, with its
    own "on X" or "from X", under "of")."""
    if token.lemma_.lower() not in PARTITIVE_WORDS and token.lower_ not in PARTITIVE_WORDS:
        return []
    return [p for p in prep_objects((token,), "of") if p.pos_ in ("NOUN", "PROPN")]


def prep_objects(tokens: Iterable[Token], *prepositions: str) -> list[Token]:
    """Objects of any of ``prepositions`` governed by any of ``tokens`` ("from X", "in X")."""
    return [
        p
        for token in tokens
        for c in children_of(token)
        if c.dep_ == "prep" and c.lower_ in prepositions
        for p in children_of(c)
        if p.dep_ == "pobj"
    ]


def between_heads(predicate: Token) -> list[Token]:
    """The objects of "between A and B" (both sides of a two-way event)."""
    return [
        p
        for c in children_of(predicate)
        if c.dep_ == "prep" and c.lower_ == "between"
        for p in children_of(c)
        if p.dep_ == "pobj"
    ]


def nominal_source_heads(noun: Token) -> list[Token]:
    """Source of a nominal event: possessor ("Russia's annexation"), "by" agent, or a
    nationality modifier ("Russian strikes")."""
    heads: list[Token] = []
    for child in children_of(noun):
        if child.dep_ == "poss":
            heads.append(child)
        elif child.dep_ == "prep" and child.lower_ == "by":
            heads.extend(p for p in children_of(child) if p.dep_ == "pobj")
        elif child.dep_ in ("amod", "compound") and child.i < noun.i:
            heads.append(child)
    return heads


def unresolved_actor(head: Token) -> Actor:
    """An uncoded actor for a noun phrase the actor component did not resolve (code "")."""
    left = [c for c in head.lefts if c.dep_ in ("det", "amod", "compound", "nummod", "quantmod")]
    start = min([head.idx] + [t.idx for t in left])
    end = head.idx + len(head.text)
    text = head.doc.text[start:end]
    return Actor(text=text, span=(start, end), name=text, code="")
