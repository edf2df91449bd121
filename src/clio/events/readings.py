"""What a coded predicate amounts to in its context: a protest lodged, a show of force, a match
result, a gathering, a claim of responsibility; the special readings the coder applies after a
pattern has matched.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from clio.events import arguments as args
from clio.events import matching, roles, syntax
from clio.events.children import children_of
from clio.events.coded import Coded
from clio.events.lexicon import event_words
from clio.events.patterns import Pattern
from clio.records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


GENERIC_ASSAULT = "190"
# Roots coded with an unknown source when only the victim is named (assault, fight, mass violence).
UNKNOWN_AGENT_ROOTS = frozenset({"18", "19", "20"})
# Killing a named political figure is an assassination (186).
ASSASSINATION = "186"
KILLING_LEMMAS = event_words("killing_lemmas")
POLITICAL_SECTORS = frozenset({"GOV", "ELI", "PTY", "LEG", "OPP", "JUD", "HRI"})
# Verbs of bodily violence that sports and elections borrow ("beat", "thrash").
BODILY_LEMMAS = event_words("bodily_lemmas")
# Only the violence of a crowd: weapons of war ("launched missiles", 194) stay as coded.
CROWD_VIOLENCE_PREFIXES = ("171", "180", "182", "190")
RIOT_CODE = "145"
# Security forces' violence against a crowd is violent repression (CAMEO 175).
SECURITY_SECTORS = ("MIL", "COP", "SPY")
REPRESSION_PREFIXES = ("180", "182", "190", "193")
REPRESSION_CODE = "175"
CONSULT_ROOT = "04"
MEETING_INTENTS = frozenset({"036", "039"})  # intent to meet or negotiate, to mediate
DEMONSTRATION = "141"
VISIT = "042"
DEPLOYMENT = "154"
OFFICIAL_COMPLAINT = "114"
# Prepositions by which a reaction names what it reacts to ("protested against the strikes").
REACTION_PREPS = event_words("reaction_preps")


# "is in talks with", "remained in negotiations with": a verb of being and the preposition that
# puts its subject in an ongoing dealing with a partner.
ONGOING_STATE_VERBS = event_words("ongoing_state_verbs")
ONGOING_STATE_PREPS = event_words("ongoing_state_preps")


def ongoing_dealing(coded: Coded) -> Coded | None:
    """ "The county is in negotiations with the IRS", "Tbilisi remained in talks with Moscow": a
    consultation noun (root 04) in the "in" phrase
    of a verb of being is a dealing of the verb's subject with the partner its "with" phrase
    names. The verb carries the event (its subject, tense, negation and day); None when the noun
    stands elsewhere or names no partner."""
    noun = coded.predicate
    if not coded.nominal or coded.code[:2] != CONSULT_ROOT or noun.dep_ != "pobj":
        return None
    prep, verb = noun.head, noun.head.head
    if prep.lower_ not in ONGOING_STATE_PREPS or verb.lemma_.lower() not in ONGOING_STATE_VERBS:
        return None
    partners = [p for head in args.prep_objects((noun,), "with") for p in args.conjuncts(head)]
    if not partners:
        return None
    return dataclasses.replace(
        coded,
        predicate=verb,
        target_from=(verb,),
        nominal=False,
        claims=(*coded.claims, verb.i),
        target_heads=tuple(partners),
    )


def reaction_objects(coded: Coded) -> list[Token]:
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
    out += [
        c
        for clause in coded.doers_of
        for c in children_of(clause)
        if c.dep_ == "nsubj" and matching.is_noun(c)
    ]
    for token in (*coded.target_from, *purposes):
        for child in children_of(token):
            meant = args.pointed_back_to(child) if child.dep_ == "dobj" else None
            if child.dep_ in ("dobj", "nsubjpass") and matching.is_noun(child):
                out.append(child)
            elif meant is not None and matching.is_noun(meant):
                out.append(meant)  # "said the agreement threatened us and condemned it"
            elif child.dep_ == "dobj" and child.lower_ in args.RELATIVE_PRONOUNS and token.dep_ == "relcl":
                out.append(token.head)  # "an attack that Yerevan denounced"
            elif child.dep_ == "prep" and child.lower_ in REACTION_PREPS:
                out.extend(p for p in children_of(child) if p.dep_ == "pobj" and matching.is_noun(p))
            elif child.dep_ == "dobj" and child.lower_ in DEED_PRONOUNS:
                out.append(child)  # "the United States welcomed it": see deed_pronoun
        if matching.object_gap_relative(token):
            out.append(token.head)  # "a charge Cotonou denied": the clause's object is its noun
    return out


# Pronouns that stand for a thing or a deed, not for a person ("welcomed it", "condemned this").
DEED_PRONOUNS = event_words("deed_pronouns")
# CAMEO quad classes of words (verbal cooperation and conflict), as against deeds.
VERBAL_QUADS = frozenset({1, 3})


def deed_pronoun(noun: Token, quad_class: int) -> bool:
    """ "ASEAN excluded the junta chief. The United States welcomed it": words said about "it"
    react to what the story told, like "the move". A pronoun that stands for an actor was
    resolved as that actor before this is asked; a deed done to "it" ("seized it", "took
    control of it") is done to a thing (a ship, a town), not to a deed."""
    return noun.pos_ == "PRON" and noun.lower_ in DEED_PRONOUNS and quad_class in VERBAL_QUADS


def shared_subject_partners(coded: Coded, index: args.ActorIndex, sources: list[Actor]) -> list[Actor]:
    """ "Putin telephoned Aliyev and apologised for the incident", "opened fire on three boats
    and seized them": a coordinated predicate without a subject of its own shares the subject
    of the conjunct before it, and, when it names no party either, that conjunct's party. It
    may carry its own event noun ("summoned the envoy and lodged a protest") or a pronoun
    standing for that party, but any other object is what it acts on ("and freed a sailor").
    The party is one the conjunct acts on, not the owner of what it acts on ("repeated Baku's
    demand and warned"), nor a name it gives ("called it a puppet of China")."""
    predicate = coded.predicate
    if coded.nominal or predicate.dep_ != "conj" or predicate.head.pos_ != "VERB":
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children_of(predicate)):
        return []
    objects = [c for c in children_of(predicate) if c.dep_ in args.OBJECT_DEPS]
    if any(o not in coded.target_from and o.pos_ != "PRON" for o in objects):
        return []
    if syntax.what_it_called(predicate):
        return []
    conjunct = predicate.head
    heads = [c for c in children_of(conjunct) if c.dep_ in ("dobj", "dative")]
    heads += args.prep_objects((conjunct,), *args.TARGET_PREPS)
    owned = [h for h in heads if index.at(h) is None and any(c.dep_ == "poss" for c in children_of(h))]
    own = {s.code for s in sources}
    return [a for a in args.actors_of([h for h in heads if h not in owned], index) if a.code not in own]


def fold_instruments(coded_list: list[Coded]) -> list[Coded]:
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
LAUNCHED_WEAPONS = event_words("launched_weapons")
SHOW_OF_FORCE = "150"


def show_of_force(coded: Coded, target: Actor | None) -> Coded:
    """A missile fired at nobody named is a test or a show of force (150), not an attack."""
    if target is not None or coded.nominal or coded.code[:2] != "19":
        return coded
    objects = [c for c in children_of(coded.predicate) if c.dep_ == "dobj"]
    if not any(o.lemma_.lower() in LAUNCHED_WEAPONS or o.lower_ in LAUNCHED_WEAPONS for o in objects):
        return coded
    return dataclasses.replace(coded, code=SHOW_OF_FORCE, pattern=f"{coded.pattern}+untargeted")


def troops_arriving(coded: Coded, source: Actor) -> Coded:
    """ "Russian paratroopers landed in Almaty": troops arriving somewhere are deployed (154);
    officials arriving visit (042)."""
    if coded.code != VISIT or (source.sector or "")[:3] != "MIL":
        return coded
    subjects = args.subject_heads(coded.predicate)
    if not subjects or not all(s.tag_ == "NNS" for s in subjects):
        return coded
    return dataclasses.replace(coded, code=DEPLOYMENT, pattern=f"{coded.pattern}+troops")


def official_protest(coded: Coded, source: Actor) -> Coded:
    """A government that protests ("the foreign ministry protested", "summoned the envoy to
    protest") complains officially (114); only crowds demonstrate (141)."""
    if coded.code != DEMONSTRATION or coded.predicate.lemma_.lower() != "protest":
        return coded
    if (source.sector or "")[:3] != "GOV":
        return coded
    return dataclasses.replace(coded, code=OFFICIAL_COMPLAINT, pattern=f"{coded.pattern}+official")


def claim_of_responsibility(pattern: Pattern, verb: Token) -> Coded:
    """ "claimed responsibility for an attack on Israel": the claim is aimed at whoever the act
    claimed was aimed at. The act's participles ("an attack targeting X") are part of the claim,
    not events of their own with an unknown source."""
    acts = [n for o in children_of(verb) if o.dep_ == "dobj" for n in args.prep_objects((o,), "for")]
    parts = [c for n in acts for c in children_of(n) if c.dep_ == "acl" and matching.is_verb(c)]
    # "admitted that he stole the car": the deed admitted is told by the admission, not as news.
    owned = [c for c in children_of(verb) if c.dep_ == "ccomp" and syntax.own_past_deed(c)]
    claims = tuple(t.i for t in (*acts, *parts, *owned))
    return Coded(
        pattern.code, pattern.id, matching.confidence(pattern), verb, (*acts, *parts, verb), claims=claims
    )


def match_result(coded: Coded, source: Actor, target: Actor | None) -> bool:
    """ "Argentina beat France in the final": bodily violence needs people on one side at
    least (police, troops, protesters); between two bare country names it is a game."""
    if coded.nominal or coded.predicate.lemma_.lower() not in BODILY_LEMMAS:
        return False
    return not source.sector and (target is None or not target.sector)


def crowd_violence(doc: Doc, coded: Coded, source: Actor, target: Actor | None) -> Coded:
    """Violence by a crowd is a riot; violence by security forces against a crowd is repression."""
    if coded.code.startswith(CROWD_VIOLENCE_PREFIXES) and roles.is_crowd(doc, source):
        return dataclasses.replace(coded, code=RIOT_CODE, pattern=f"{coded.pattern}+riot")
    security = any(sector in source.code[3:] for sector in SECURITY_SECTORS)
    repressive = security and coded.code.startswith(REPRESSION_PREFIXES)
    if repressive and target is not None and roles.is_crowd(doc, target):
        return dataclasses.replace(coded, code=REPRESSION_CODE, pattern=f"{coded.pattern}+repression")
    return coded


def carries_a_noun(coded: Coded) -> bool:
    """A light-verb event: the verb carries the event noun that is its object."""
    nouns = coded.target_from[1:]
    return (
        not coded.nominal
        and len(nouns) == 1
        and matching.is_noun(nouns[0])
        and nouns[0].head == coded.predicate
    )


def responders(coded: Coded, index: args.ActorIndex, sources: list[Actor]) -> list[Actor]:
    """An event answered or come under was done to those who answered it or came under it."""
    verb = syntax.undergone_by(coded.predicate) if coded.nominal else None
    if verb is None:
        return []
    return [a for a in args.actors_of(args.subject_heads(verb), index) if a not in sources]


def assassination(doc: Doc, coded: Coded, target: Actor | None) -> Coded:
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


GATHERING_VERBS = event_words("gathering_verbs")


def gathering(coded: Coded) -> bool:
    """A meeting whose plural subject met among themselves ("local commanders met")."""
    predicate = coded.predicate
    if coded.nominal or predicate.lemma_.lower() not in GATHERING_VERBS:
        return False
    children = list(children_of(predicate))
    plural = any(c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS") for c in children)
    partner = any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with") for c in children)
    return plural and not partner


CROWD_GATHERING_VERBS = event_words("crowd_gathering_verbs")
# Who counts as a crowd when it gathers: protesters, crowds, and the public ("people", "residents").
GATHERING_CROWDS = event_words("crowd_nouns") | event_words("public_nouns")


def crowd_gathering(doc: Doc, coded: Coded, source: Actor) -> Coded:
    """ "crowds gathered on the square to demand a new vote", "thousands of people began
    gathering in the capital": a crowd or the public coming together is a demonstration (141),
    not a meeting (04); "Arab leaders gathered in Jeddah" stays a meeting."""
    if coded.nominal or coded.code[:2] != CONSULT_ROOT:
        return coded
    if coded.predicate.lemma_.lower() not in CROWD_GATHERING_VERBS:
        return coded
    mention = doc.char_span(source.span[0], source.span[1], alignment_mode="expand")
    if mention is None or mention.root.lemma_.lower() not in GATHERING_CROWDS:
        return coded
    return dataclasses.replace(coded, code=DEMONSTRATION, pattern=f"{coded.pattern}+demonstration")


SESSION_VERBS = event_words("session_verbs")


def own_session(coded: Coded, sources: list[Actor]) -> bool:
    """ "The Security Council met in emergency session", "the Arab League, meeting in Cairo": an
    international body meeting with no one named holds its own session, which consults no one
    (not the country it meets in, not whoever asked for it)."""
    predicate = coded.predicate
    if coded.nominal or predicate.lemma_.lower() not in SESSION_VERBS:
        return False
    if not all(s.code.startswith("IGO") for s in sources) or len({s.code for s in sources}) != 1:
        return False
    partners = [
        c for c in children_of(predicate) if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with")
    ]
    return not partners


def has_person_object(verb: Token) -> bool:
    """The verb's direct object names a person ("questioned Ms. Odell"), as the parser's entity
    says: such an object is someone acted on, not a claim or a plan."""
    return any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in children_of(verb))


# What makes "called X" something other than a phone call: a second complement names X ("called
# him a liar", "called it unacceptable"), summons X ("called him to testify", "called him as a
# witness") or makes "call" a phrasal verb ("called on X", "called off", "called X up").
NAMING_OR_SUMMONING_DEPS = frozenset({"oprd", "xcomp", "ccomp", "attr", "acomp", "prt", "dative"})
QUOTE_MARKS = frozenset({'"', "'", "\u201c", "\u2018"})


def is_phone_call(verb: Token) -> bool:
    """ "Macron called Biya on Monday": a named person as the only complement of "call" is the
    person telephoned; any other complement makes it naming, summoning or a phrasal verb."""
    children = list(children_of(verb))
    # The parser reads a lone name after "called" as what something is called ("oprd").
    objects = [c for c in children if c.dep_ in ("dobj", "oprd")]
    if len(objects) != 1 or objects[0].ent_type_ != "PERSON" or objects[0].pos_ != "PROPN":
        return False
    if any(c.dep_ in NAMING_OR_SUMMONING_DEPS and c.dep_ != objects[0].dep_ for c in children):
        return False
    # "called on X", "called for X" (the word right after the verb); "called X as a witness".
    if any((c.i == verb.i + 1 and c.dep_ in ("prep", "advmod")) or c.lower_ == "as" for c in children):
        return False
    # "called Smith a liar", "called Smith 'a traitor'" misparsed as one object: a name is
    # followed by what it is called.
    after = objects[0].right_edge.i + 1
    return after >= len(verb.doc) or not _opens_a_name(verb.doc[after])


def _opens_a_name(token: Token) -> bool:
    """A word that opens what someone is called: a noun phrase, an adjective or a quotation."""
    return token.pos_ in ("NOUN", "ADJ", "DET") or token.text in QUOTE_MARKS


def is_meeting(code: str) -> bool:
    """A consultation (04) or the intent to meet or mediate (036, 039)."""
    return code[:2] == CONSULT_ROOT or code in MEETING_INTENTS
