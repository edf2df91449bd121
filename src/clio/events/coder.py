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

The coder asks the modules beside it: :mod:`clio.events.arguments` (doers and objects),
:mod:`clio.events.modality` (asserted or not), :mod:`clio.events.syntax` (clause tests),
:mod:`clio.events.matching` (which pattern a word takes), :mod:`clio.events.roles` (the story's
cast and setting) and :mod:`clio.events.readings` (special readings of a coded act); what it
carries between steps is in :mod:`clio.events.coded`.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from clio.events import anaphora, matching, readings, roles, syntax
from clio.events import arguments as args
from clio.events.children import children_of, children_table
from clio.events.coded import Coded, Story
from clio.events.lexicon import event_words, event_words_in_order
from clio.events.matching import DATE_ENTITIES
from clio.events.merge import merge_events
from clio.events.modality import (
    COGNITION_VERBS,
    CONDITIONAL_MARKS,
    clause_is_unasserted,
    has_future_aux,
    is_background,
    is_conditional,
    is_future,
    is_named_by_an_old_year,
    is_negated,
    is_noun_complement,
    refusal_by_negation,
)
from clio.events.patterns import NO_EVENT, Frame, PatternBook
from clio.events.readings import CONSULT_ROOT, DEPLOYMENT, GENERIC_ASSAULT, UNKNOWN_AGENT_ROOTS
from clio.events.roles import AUTHORITY_SECTORS, SHORT_STORY, WEAPON_NOUNS
from clio.events.syntax import (
    ACCUSE_CODE,
    CLAIM_RESPONSIBILITY_CODE,
    DENY_RESPONSIBILITY_CODE,
    PLEA_LEMMAS,
    REPORTING_VERBS,
    RESPONSE_VERBS,
)
from clio.nlp.extensions import in_spans
from clio.ontology import load_cameo
from clio.records import Actor, Event, Location, Span
from clio.time.dating import event_date, is_history, sentence_marks, sentence_time, story_time

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# What a future act "meets" when it is threatened: "would meet a firm response", "will face
# consequences", "will be met with force", "would trigger retaliation".
CONSEQUENCE_VERBS = event_words("consequence_verbs")
# "any incursion would have dire consequences", "would mean war": common verbs that threaten only
# with a grave consequence, given to a deed another may do ("any", "such").
WEIGHTY_CONSEQUENCE_VERBS = event_words("weighty_consequence_verbs")
GRAVE_CONSEQUENCE_NOUNS = event_words("grave_consequence_nouns")
HYPOTHETICAL_DETERMINERS = event_words("hypothetical_determiners")
# "would take (all necessary) measures": what a side says it will do to another.
MEASURE_TAKING_VERBS = event_words("measure_taking_verbs")
MEASURE_NOUNS = event_words("measure_nouns")
CONDITION_MARKS = event_words("condition_marks")
# What a side says it will do in answer to another's act ("would respond if", "will act unless").
REPRISAL_VERBS = event_words("reprisal_verbs")
RESOLUTE_WORDS = event_words("resolute_words")


def condition_doers(*predicates: Token) -> tuple[Token, ...]:
    """ "threatened to retaliate if Pristina seized the plant" -> Pristina: the active subjects
    of the conditions ("if", "unless", "should") set on the predicates. A passive condition ("if
    the money was not paid") names no doer."""
    return tuple(
        subject
        for predicate in predicates
        for clause in children_of(predicate)
        if clause.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in children_of(clause))
        for subject in children_of(clause)
        if subject.dep_ == "nsubj"
    )


# Frames whose clause complements ("denied that ...") are framed; for the others a clause
# complement is reported content and is coded on its own.
CLAUSE_FRAMES = frozenset({"deny", "threat", "demand", "refuse"})
# Intent verbs whose finite clause in the future is what they promise ("pledged that it would").
PROMISE_LEMMAS = event_words("promise_lemmas")
# Particles that make a frame verb another verb ("call off", "call in", "press ahead").
PHRASAL_PARTICLES = event_words("phrasal_particles")
# Intent verbs that ask something of whoever they name with an infinitive ("wants X to go").
WANTING_LEMMAS = event_words("wanting_lemmas")
# Orders whose object is the act ordered ("ordered a ceasefire"), not a demand on someone.
ACTING_ORDERS = event_words("acting_orders")
# What a leader orders their own side to do: yield (ceasefires, withdrawals, releases), show or
# use force, coerce. ("ordered an investigation against Iran" stays a demand, as CAMEO codes it.)
ORDERED_ROOTS = frozenset({"08", "15", "17", "18", "19", "20"})
# What a state orders its own bodies and firms to do against another country ("ordered Russian
# airlines to stop flying to Georgia", "ordered its banks to freeze the assets"): cutting ties.
REDUCED_RELATIONS_ROOT = "16"
# How a stated feeling names what it is about: "unhappy with", "disappointed by/at", "angry
# over", "worried about", "critical of", "grateful to".
STANCE_PREPS = event_words("stance_preps")
STANCE_PATTERN = "report.stance"
# What one declines to do when one "declines to comment" (CAMEO 011).
COMMENT_VERBS = event_words("comment_verbs")
DECLINE_COMMENT = "011"
# Whom one talks with or to: a refused talk that names one rejects talks with them (125).
PARTNER_PREPOSITIONS = frozenset({"with", "to"})
# Frames whose "to" infinitive the parser sometimes attaches as an adverbial clause.
TO_CLAUSE_FRAMES = frozenset({"intent", "threat", "refuse"})
# A warning that something "could", "may" or "might" be done threatens it ("should" asks for it).
WARNED_POSSIBILITY = event_words("warned_possibility")
# Cooperation between coordinated subjects is mutual ("A and B met"); a protest by "A and B
# activists" is not aimed at each other.
RECIPROCAL_ROOTS = frozenset({"03", "04", "06"})
# Cooperation that is aimed past the co-doers, at a third party: aid offered (033), reform
# promised at home (034), mediation offered or done (039, 045). "Japan and Korea offered to help"
# or "Qatar and Egypt mediated" make the two partners, not each other's recipients.
THIRD_PARTY_PREFIXES = ("033", "034", "039", "045")
FORCE_POSTURE_ROOT = "15"
# Handing something over: aid, the intent to give it, extradition, shared intelligence. What
# is handed over (the source's own people or goods) is not a recipient.
AID_PREFIXES = ("07", "033", "063", "064")
# Relief goods and helpers ("a field hospital", "rescuers", "medics"): what is handed over.
RELIEF_WORDS = event_words("relief")
# Money and sums of it ("$", "million", "euro"): a sum pledged or promised is aid pledged.
MONEY_WORDS = event_words("money")
FUNDING = "funding"  # the noun whose pattern codes a sum of money handed over
CRAFT_HITTING_VERBS = event_words("craft_hitting_verbs")
FORCE_DESTINATION_PREPS = event_words_in_order("force_destination_preps")
# "the offer" <- "offered": an act noun and the verb of doing it, as (noun, verb) pairs.
OWNED_ACT_VERBS = tuple(tuple(pair.split()) for pair in event_words_in_order("owned_act_nouns"))
# An act told again ("followed suit") is as sure as a frame: its code is inferred, not read.
COPIED_CONFIDENCE = 0.6
# Verbs whose "of"/"for" gerund is the act alleged, not an act done ("accused X of attacking").
ACCUSING_LEMMAS = event_words("accusing_lemmas")
# An order to leave expels (CAMEO 166, expel or withdraw).
EXPULSION = "166"
EXPELLING_ORDERS = event_words("expelling_orders")
# Verbs whose named person object is a visitor hosted (CAMEO 043).
HOSTING_VERBS = event_words("hosting_verbs")
HOST_VISIT = "043"
INQUIRY_VERBS = event_words("inquiry_verbs")
INVESTIGATE = "090"
DISMISSAL_VERBS = event_words("dismissal_verbs")
DISMISS_FROM_OFFICE = "172"
PHONING_VERBS = event_words("phoning_verbs")
# Verbs of accepting whose negation is a refusal ("does not recognise the court": 12).
ACCEPTANCE_VERBS = event_words("acceptance_verbs")
REFUSAL_CODE = "120"
NEGATED_ACCEPTANCE = ".negated"  # the pattern suffix of such a refusal
# Stances a doer states (demand 10, disapprove 11, threaten 13): reported by the other side,
# they are the doer's acts, not harm the reporter alleges; nor is a refusal (the refuse frame).
STATED_POSITION_ROOTS = frozenset({"10", "11", "13"})
REFUSAL_PATTERN = "frame.refuse"
# "asked Washington for an explanation": asking someone for a thing requests it of them.
ASKING_FOR_LEMMAS = event_words("asking_for_lemmas")
PHONE_CALL = "041"
# Appeals and demands: what is asked may be a clause whose subject is the one asked.
REQUEST_ROOTS = frozenset({"02", "10"})
# Prepositions of the state a light verb puts its object in ("put the army on alert", "placed
# the region under martial law").
STATE_PREPS = event_words("state_preps")
# Roots whose acts a government may turn on its own officials (coerce, assault, fight).
INWARD_ROOTS = frozenset({"17", "18", "19"})
VISIT_CODES = frozenset({"042", "043"})
VISITING_CODE = "042"  # make a visit (043 hosts one)
VISITING_PARTY_NOUNS = event_words("visiting_party_nouns")
# Roots of cooperation, verbal and material: intents, consultation, support, aid, yielding.
COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
# Possessives by which a source names its own people or things ("recalled its ambassador").
OWN_PRONOUNS = event_words("own_pronouns")
ANTECEDENT_PRONOUNS = event_words("antecedent_pronouns")
ENVOY_NOUNS = event_words("envoy_nouns")
AUDIENCE_WORDS = args.AudienceWords(
    audiences=event_words("audience_nouns"),
    channels=event_words("channel_preps"),
    telling=event_words("telling_verbs"),
    messages=event_words("message_nouns"),
)
# Prepositions whose place object is the target when no actor is named: the setting ("in"), and
# where an act is aimed ("a blockade on Gaza", "fired at Kharkiv", "struck targets near Damascus").
PLACE_TARGET_PREPS = event_words_in_order("place_target_preps")
# Taking by force (confiscate 171, occupy 192): what is taken "from X" is taken from a target
# ("recaptured the town from the rebels", "seized weapons from the militia"); fire comes "from"
# a place, so other codes keep "from" out.
TAKING_CODES = ("171", "192")
EMBARGO_CODE = "163"
PUBLIC_NOUNS = event_words("public_nouns")
AGREEMENT_NOUNS = event_words("agreement_nouns")
OCCUPY_PREFIX = "192"
# Reporting verbs that present a future act as decided ("announced it would ...").
DECISION_VERBS = event_words("decision_verbs")
# Verbs of harm that need an attack or weapon noun nearby before an unknown source is coded.
GENERIC_HARM_LEMMAS = event_words("generic_harm_lemmas")
RECIPROCAL_CODES = frozenset({"057", "050", "054"})  # sign an agreement, cooperate, recognize
# Intransitive verbs whose subject suffers the event ("three soldiers died in the shelling"): the
# subject is the target; the source is whoever did the violence named in the setting.
VICTIM_SUBJECT_LEMMAS = event_words("victim_subject_lemmas")
# Verbs that put a reported act on someone: claiming or alleging that another party did harm
# is an accusation (CAMEO 112); claiming that one did it oneself is claiming responsibility (015).
ALLEGING_VERBS = event_words("alleging_verbs")
CRITICIZE_CODE = "111"
# Deeds a reported clause may put another actor "behind" ("said the IRA was behind the killings").
BLAMED_DEEDS = event_words("blamed_deeds")
# What a reported clause may say another actor did or is that is a wrong in itself, with no coded
# act ("said Russia ignored repeated warnings", "said Tehran bears full responsibility", "said Iran
# is responsible"), and the reporting verbs that state such a charge (not "denied", "warned").
WRONGDOING_VERBS = event_words("wrongdoing_verbs")
CHARGING_VERBS = event_words("charging_verbs")
BLAME_STATES = event_words("blame_states")
BLAME_NOUNS = event_words("blame_nouns")
# Verbs by which one is said to bear blame ("bears full responsibility", "carries the blame").
BEARING_VERBS = frozenset({"bear", "carry", "shoulder", "have"})
PRAISE_CODE = "051"
# Rejections (CAMEO 12), aimed at whoever made what is rejected.
REJECT_ROOT = "12"
ANSWER_CODES = frozenset({CLAIM_RESPONSIBILITY_CODE, DENY_RESPONSIBILITY_CODE})
# Sectors of the sides to a conflict, whose reports of harm done to them are accusations ("" is
# the state itself); media, monitors, medics and witnesses report without accusing.
PARTY_SECTORS = frozenset({"", "GOV", "MIL", "COP", "SPY", "REB", "INS", "ELI", "LEG", "PTY", "OPP", "JUD"})
# Whose account of a crime accuses its doer (police, prosecutors), and the private people between
# whom a crime is no event of its own.
LAW_SECTORS = frozenset({"COP", "JUD"})
PRIVATE_SECTORS = frozenset({"CVL", "CRM"})
PROTEST_ROOT = "14"
# Where a protest is held when a building there is its target ("outside the embassy").
PROTEST_VENUE_PREPS = event_words_in_order("protest_venue_preps")
# Modals that put an obligation on the clause subject ("Iran must stop enrichment").
OBLIGATION_MODALS = event_words("obligation_modals")
# Modals that advise rather than oblige ("Iran should stop"): said of another, an appeal.
ADVICE_MODALS = event_words("advice_modals")
# Verbs whose "to" clause is an obligation on their subject ("Tehran has to release them"), and
# those whose "to" clause is advice ("the two sides need to talk").
OBLIGATION_VERBS = event_words("obligation_verbs")
ADVICE_VERBS = event_words("advice_verbs")
# What "should have done" puts on another: not an obligation but a reproach (criticism).
REPROACH = "reproach"
CIVILIAN_SECTOR = "CVL"
# Pronouns that, inside a speaker's own quoted words, name someone other than the speaker.
THIRD_PERSON_PRONOUNS = frozenset({"he", "she", "they"})
# What one side says another "has no" of ("no right", "no business", "no legal basis").
STANDING_NOUNS = event_words("standing_nouns")
CRITICISM = "111"
FIRST_PERSON = event_words("first_person")
FIRST_PERSON_POSSESSIVES = event_words("first_person_possessives")
# Verbs that share an opinion when their complement is a clause ("agreed that it was fair").
OPINION_VERBS = event_words("opinion_verbs")
# Verbs whose infinitive complement is the act itself ("helped to carry out the attacks").
ENABLING_VERBS = event_words("enabling_verbs")
# Prepositions that give the topic of a meeting, not a participant ("a summit on Iran").
TOPIC_PREPS = event_words("topic_preps")
MATERIAL_QUADS = (2, 4)  # CAMEO quad classes of deeds: material cooperation and conflict
COOPERATIVE_QUADS = (1, 2)  # CAMEO quad classes of cooperation, verbal and material
VERBAL_QUADS = (1, 3)  # CAMEO quad classes of words: verbal cooperation and conflict
MATERIAL_CONFLICT = 4
# Roots of violence: assault, fight, mass violence.
VIOLENCE_ROOTS = frozenset({"18", "19", "20"})
APPROVAL_ROOT = "05"  # CAMEO: engage in diplomatic cooperation (praise, endorse, apologise)
# Verbs that express an attitude through their object noun ("expressed concern over X",
# "voiced support for X"): what the attitude is about is its target, not a mere topic.
EXPRESSING_VERBS = event_words("expressing_verbs")
ATTITUDE_PREPS = event_words("attitude_preps")
# Prepositions by which an event noun names its own target ("sanctions on", "evidence against").
NOUN_OWN_TARGET_PREPS = event_words("noun_own_target_preps")
AID_ROOT = "07"  # material aid, military aid among it
RETREAT_PREFIX = "087"  # de-escalate militarily: withdraw, retreat, pull out


CREWED_CRAFT = event_words("crewed_craft")
INTANGIBLE_OBJECTS = event_words("intangible_objects") | AGREEMENT_NOUNS
# Roots of material force (assault, fight, mass violence): what they are done to is physical.
MATERIAL_FORCE_ROOTS = ("18", "19", "20")


def _figurative_force(verb: Token, code: str, documents: frozenset[str]) -> bool:
    """ "is destroying the reputation of this committee", "tore up a 2015 peace deal": force on
    something no force can touch is a figure of speech, not an assault."""
    if code[:2] not in MATERIAL_FORCE_ROOTS:
        return False
    objects = [c.lemma_.lower() for c in children_of(verb) if c.dep_ == "dobj"]
    return bool(objects) and all(o in INTANGIBLE_OBJECTS or o in documents for o in objects)


def _thing_will_do(coded: Coded, index: args.ActorIndex) -> bool:
    """ "The loan would finance the plan", "a British bill that would ban trophy imports":
    what a thing will bring about is a forecast of its effect, not an actor's stated intent; the
    actor named in its modifiers ("British", "from the bank") did not say it will act."""
    verb = coded.predicate
    if coded.nominal or not is_future(verb):
        return False
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl":
        # "a bill that would ban": the relative pronoun stands for the noun the clause describes.
        subjects = [verb.head if s.tag_ in ("WDT", "WP") else s for s in subjects] or [verb.head]
    return bool(subjects) and all(
        s.pos_ == "NOUN" and index.at(s) is None and s.lemma_.lower() not in CREWED_CRAFT for s in subjects
    )


def _stated_clauses(verb: Token) -> list[Token]:
    """The clauses a reporting verb states, through a verb of believing it reports ("said they
    believe the IRA was behind it")."""
    clauses = [c for c in children_of(verb) if c.dep_ == "ccomp"]
    for clause in list(clauses):
        if clause.lemma_.lower() in COGNITION_VERBS and not is_negated(clause):
            clauses += [c for c in children_of(clause) if c.dep_ == "ccomp"]
    return clauses


def _word_of_a_wrong(predicate: Token, lemma: str) -> Token | None:
    """ "ignored repeated warnings", "lied", "bears full responsibility", "is responsible for",
    "is to blame": the word by which a predicate says its subject did or is something
    blameworthy (the verb, the state or the blame borne), or None."""
    if lemma in WRONGDOING_VERBS:
        return predicate
    if lemma == "be":
        said = (c for c in children_of(predicate) if c.dep_ in ("acomp", "attr", "xcomp"))
        return next((c for c in said if c.lemma_.lower() in BLAME_STATES), None)
    if lemma in BEARING_VERBS:
        borne = (c for c in children_of(predicate) if c.dep_ == "dobj")
        return next((c for c in borne if c.lemma_.lower() in BLAME_NOUNS), None)
    return None


def _attempted_acts(predicate: Token) -> list[Token]:
    """What a predicate's subject is told to try, keep doing or strive for: "was trying to
    destabilise", "continues to violate", "was doing everything possible to undermine peace"
    (a purpose with no subject of its own)."""
    acts = [c for c in children_of(predicate) if c.dep_ == "xcomp"]
    for clause in children_of(predicate):
        if clause.dep_ != "advcl" or not matching.is_verb(clause):
            continue
        marks = [c for c in children_of(clause) if c.dep_ in ("aux", "mark", "nsubj", "nsubjpass")]
        if [m.lower_ for m in marks] == ["to"]:
            acts.append(clause)
    return acts


def _wrong_unasserted(wrong: Token) -> bool:
    """Whether a reported wrong is only supposed, foreseen or asked. A blaming state ("is
    responsible") is a standing description the general test leaves unasserted; its charge is
    made unless a modal or condition puts it off ("would be responsible")."""
    if wrong.lemma_ == "be":
        return is_negated(wrong) or is_conditional(wrong) or is_future(wrong)
    return clause_is_unasserted(wrong)


def _behind_a_deed(clause: Token) -> bool:
    """ "was behind two killings", "could have been behind the terrorist act": a "be" clause
    whose "behind" names a deed."""
    if clause.lemma_ != "be":
        return False
    preps = [c for c in children_of(clause) if c.dep_ == "prep" and c.lower_ == "behind"]
    objects = [o for p in preps for o in children_of(p) if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in BLAMED_DEEDS for o in objects)


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

    def _hits_craft(self, verb: Token) -> bool:
        """ "shot down a Russian jet", "intercepted two drones": a verb of force done to the
        weapon or craft it names, not with it."""
        lemma = self.verb_lemma(verb)
        if lemma == "shoot":
            return any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
        return lemma in CRAFT_HITTING_VERBS

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
        plea = syntax.plea(noun)
        if plea is not None:
            return Coded(plea, f"hand.n.plea.{plea}", 0.8 * 0.9, noun, (noun,), nominal=True)
        candidates = self.book.patterns_for(noun.lemma_.lower(), "NOUN") or self.book.patterns_for(
            noun.lower_, "NOUN"
        )
        pattern = matching.best_pattern(candidates, noun, nominal=True)
        if pattern is None and noun.lemma_.lower() in self.book.carrier_nouns:
            for child in children_of(noun):
                if child.dep_ == "compound" and child.i < noun.i:
                    inner = matching.best_pattern(
                        self.book.patterns_for(child.lemma_.lower(), "NOUN"), child, nominal=True
                    )
                    if inner is not None and inner.code != NO_EVENT:
                        pattern = inner
                        break
        if pattern is None or pattern.code == NO_EVENT or is_negated(noun) or is_named_by_an_old_year(noun):
            return None
        confidence = matching.confidence(pattern) * 0.9
        return Coded(pattern.code, pattern.id, confidence, noun, (noun,), nominal=True, mutual=pattern.mutual)

    def code_verb(self, verb: Token) -> Coded | None:
        """The verb's own event: a specific pattern, else its light-verb noun, else its default."""
        lemma = self.verb_lemma(verb)
        if lemma in ENABLING_VERBS and self._enables_an_event(verb):
            # "helped to carry out the attacks": the act helped with is the event, coded on
            # its own with the helper as subject; the help itself is not aid.
            return None
        if syntax.scores(verb):
            return None  # "shot a 68 in the third round": a score, not a shooting
        if lemma in ACCUSING_LEMMAS and syntax.reduced_passive(verb):
            return None  # "Man accused of threatening tax worker": the accuser is not told
        demanded = syntax.deadline_demand(verb)
        if demanded is not None and not is_negated(verb):
            # "gave the rebels 48 hours to surrender": an ultimatum to whoever is given the time;
            # what they must do is demanded, not done.
            claims = tuple(c.i for c in args.conjuncts(demanded))
            return Coded(ULTIMATUM, DEADLINE_PATTERN, 0.7, verb, (verb,), claims=claims)
        plea = syntax.plea(verb)
        if plea is not None:
            return Coded(plea, f"hand.v.plead.{plea}", 0.8, verb, (verb,))
        if lemma in HOSTING_VERBS and readings.has_person_object(verb):
            # "King Abdullah received Antony Blinken in Amman": receiving a person hosts a visit.
            return Coded(HOST_VISIT, f"hand.v.{lemma}.person", 0.7, verb, (verb,))
        if lemma in PHONING_VERBS and readings.is_phone_call(verb):
            # "Macron called Biya on Monday": a person called, with nothing said of them, is
            # telephoned (the patterns' bare "call" is too often naming or summoning to code).
            return Coded(PHONE_CALL, f"hand.v.{lemma}.person", 0.7, verb, (verb,))
        if lemma in INQUIRY_VERBS and readings.has_person_object(verb):
            # "police questioned Ms. Odell": a named person questioned is an inquiry, not a doubt.
            return Coded(INVESTIGATE, f"hand.v.{lemma}.named.person", 0.7, verb, (verb,))
        if lemma in DISMISSAL_VERBS and readings.has_person_object(verb):
            # "the mayor fired Chief Reyes at City Hall": a person fired is dismissed, not shot at.
            return Coded(DISMISS_FROM_OFFICE, f"hand.v.{lemma}.named.person", 0.7, verb, (verb,))
        pattern = matching.best_pattern(self.book.patterns_for(lemma, "VERB"), verb, nominal=False)
        specific = pattern is not None and pattern.specificity > 0 and pattern.code != NO_EVENT
        if pattern is not None and specific and pattern.rank == 0:
            if pattern.code == CLAIM_RESPONSIBILITY_CODE:
                return readings.claim_of_responsibility(pattern, verb)
            # "campaigned for Trump": the pattern's own preposition names its target, even one
            # ("for") that elsewhere gives only a purpose.
            own = pattern.prep
            named = args.prep_objects((verb,), own) if own and own not in args.TARGET_PREPS else []
            return Coded(
                pattern.code,
                pattern.id,
                matching.confidence(pattern),
                verb,
                (verb,),
                mutual=pattern.mutual,
                target_heads=tuple(named),
            )
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
            if not specific and not syntax.admits_a_deed(verb):
                return None  # "acknowledged the reality of climate change": no deed owned up to
            return readings.claim_of_responsibility(pattern, verb)
        if pattern is not None and pattern.code != NO_EVENT:
            return Coded(
                pattern.code, pattern.id, matching.confidence(pattern), verb, (verb,), mutual=pattern.mutual
            )
        return None

    def _reported_obligation(self, verb: Token, index: args.ActorIndex) -> Coded | None:
        """A demand framed as an obligation in a reported clause ("said Iran must stop", '"They
        have to build it," the mayor said'), or an appeal framed as advice ("said Iran should
        stop"), when the clause's subject is not the speaker ("we must act" is no demand)."""
        speakers = {t.lower_ for t in args.subject_heads(verb)}
        addressed = any(c.dep_ in ("dobj", "dative") for c in children_of(verb))
        for clause in children_of(verb):
            if clause.dep_ != "ccomp" or not (matching.is_verb(clause) or clause.lower_ in ADVICE_MODALS):
                continue
            put = obligation_put(clause)
            if put is None:
                continue
            inner_verb, kind = put
            subjects = [c for c in children_of(clause) if c.dep_ in args.SUBJECT_DEPS | {"nsubjpass"}]
            if not subjects or any(s.lower_ in FIRST_PERSON or s.lower_ in speakers for s in subjects):
                continue
            quoted = in_direct_quote(clause) and all(s.lower_ in THIRD_PERSON_PRONOUNS for s in subjects)
            if not (addressed or quoted) and any(s.lower_ in args.PRONOUNS for s in subjects):
                continue  # "Germany said it must act": the speaker's own resolve
            # Advice and "has to" are weaker marks than "must": only when said of a named actor,
            # and not of the speaker's own people ("told reporters Americans should sleep well").
            if kind != "demand" or inner_verb is not clause:
                obliged = args.actors_of(subjects, index)
                if not obliged or self._own_people(obliged, args.actors_of(args.subject_heads(verb), index)):
                    continue
            return self._obligation_act(verb, clause, inner_verb, kind)
        return None

    def _obligation_act(self, said: Token, clause: Token, inner_verb: Token, kind: str) -> Coded | None:
        """The demand (10) or appeal (02) that ``clause`` puts on its subject, coded as the act
        ``inner_verb`` names would be asked for; spoken by whoever said ``said``. A reproach for
        what the subject should have done criticises it (111)."""
        if kind == REPROACH:
            return Coded(CRITICIZE_CODE, "report.reproach", 0.6, said, (said,), claims=(clause.i,),
                         clause_targets=(clause,))  # fmt: skip
        frame = self.frames_by_kind.get(kind)
        if frame is None:
            return None
        # "Togo should not arm the rebels" asks for restraint, not for arms: the frame's plain code.
        inner = None if is_negated(inner_verb) else self.code_predicate(inner_verb)
        code = frame.transform(inner.code) if inner is not None else frame.default
        if code == NO_EVENT:
            return None
        pattern = f"{frame.id}:{inner.pattern if inner is not None else 'must'}"
        claims = (clause.i, inner_verb.i, *(inner.claims if inner is not None else ()))
        return Coded(code, pattern, 0.7, said, (said,), claims=claims, clause_targets=(clause,))

    @staticmethod
    def _own_people(obliged: list[Actor], speakers: list[Actor]) -> bool:
        """Whether the obliged are only people at large: the plain people of the speakers' own
        country, or civilians ("women in abusive homes need to get out")."""
        countries = {s.country for s in speakers if s.country}
        return all(
            (a.code == a.country and a.country in countries) or (a.sector or "").startswith(CIVILIAN_SECTOR)
            for a in obliged
        )

    def _quoted_obligation(
        self, clause: Token, heads: tuple[Token, ...], index: args.ActorIndex
    ) -> Coded | None:
        """'"The ministry should reopen the crossing. ..." the governor said': a quoted sentence of
        its own that puts an obligation on a named actor other than the speaker is the speaker's
        demand or appeal, as in reported speech."""
        put = obligation_put(clause)
        speakers = args.actors_of(heads, index)
        if put is None or not speakers:
            return None
        subjects = [c for c in children_of(clause) if c.dep_ in args.SUBJECT_DEPS | {"nsubjpass"}]
        if any(s.lower_ in FIRST_PERSON or s.lower_ == "you" for s in subjects):
            return None
        obliged = args.actors_of(subjects, index)
        if not obliged or any(a.code in {s.code for s in speakers} for a in obliged):
            return None
        if self._own_people(obliged, speakers):
            return None
        act = self._obligation_act(clause, clause, put[0], put[1])
        return None if act is None else dataclasses.replace(act, source_heads=heads)

    def _denied_standing(self, verb: Token, index: args.ActorIndex) -> Coded | None:
        """ "said Beijing had no right to dictate whom Taipei befriends", "replied that U.S. forces
        had no business in the Gulf", "said Athens had no legal basis for the ban": denying another
        side the standing to do what it does criticises it (111). "Germany said it had no right to
        interfere" is the speaker's own restraint."""
        for clause in children_of(verb):
            if clause.dep_ != "ccomp" or clause.lemma_.lower() != "have" or is_negated(clause):
                continue
            denied = [
                o
                for o in children_of(clause)
                if o.dep_ == "dobj"
                and o.lemma_.lower() in STANDING_NOUNS
                and any(d.dep_ == "det" and d.lower_ == "no" for d in children_of(o))
            ]
            subjects = [c for c in children_of(clause) if c.dep_ == "nsubj"]
            if not denied or not subjects:
                continue
            if any(s.lower_ in FIRST_PERSON or s.lower_ in args.PRONOUNS for s in subjects):
                continue
            speakers = {a.country for a in args.actors_of(args.subject_heads(verb), index) if a.country}
            denied_to = args.actors_of(subjects, index)
            if not denied_to or any(a.country in speakers for a in denied_to):
                continue  # "Scholz said Germany had no right to interfere": no one else is judged
            return Coded(CRITICISM, "report.no.standing", 0.7, verb, (), claims=(clause.i,),
                         target_heads=tuple(subjects))  # fmt: skip
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
            if clause.dep_ != "ccomp" or not has_future_aux(clause):
                continue
            if self._grave_consequence(clause):
                # Aimed, like the consequences below, at whoever the clause names as the doer.
                return Coded(threat.default, f"{threat.id}:grave", 0.6, verb, (), claims=(clause.i,),
                             doers_of=(clause,))  # fmt: skip
            if not matching.is_verb(clause):
                continue
            if is_negated(clause):
                continue
            payer = syntax.made_to_pay(clause)
            if payer is not None or (clause.lemma_.lower() == "pay" and syntax.pays_a_price(clause)):
                # "... would pay a heavy price", "would make Iran pay": aimed at the one who is
                # to pay.
                paying = payer if payer is not None else clause
                claims = (clause.i,)
                return Coded(
                    threat.default, f"{threat.id}:price", 0.6, verb, (), claims=claims, doers_of=(paying,)
                )
            measures = self._measures_announced(verb, clause) or self._conditional_response(verb, clause)
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

    def _grave_consequence(self, clause: Token) -> bool:
        """ "(warned that) any incursion would have dire consequences", "such a move would mean
        war", "an intervention would be a declaration of war", "the expulsions would not go
        unanswered": a future clause giving a grave consequence to a deed. "Have" and "mean" are
        common, so the deed must be one another may do (a gerund, "any" or "such" deed, or an
        event noun): "the drought would have consequences for farmers" threatens no one."""
        if syntax.left_unanswered_denied(clause, self.book.consequence_nouns):
            return True
        if is_negated(clause):
            return False
        subjects = [s for s in children_of(clause) if s.dep_ in ("nsubj", "csubj")]
        if syntax.names_an_act_of_war(clause):
            return any(s.pos_ == "NOUN" or s.tag_ == "VBG" for s in subjects)
        weighty = clause.lemma_.lower() in WEIGHTY_CONSEQUENCE_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in GRAVE_CONSEQUENCE_NOUNS for c in children_of(clause)
        )
        return weighty and any(self._threatened_deed(s) for s in subjects)

    def _threatened_deed(self, subject: Token) -> bool:
        """A subject naming a deed another may do: "executing him", "any attack", "such a move",
        "the incursion" (an event noun)."""
        if subject.tag_ == "VBG" or subject.dep_ == "csubj":
            return True
        if any(
            d.dep_ in ("det", "predet") and d.lower_ in HYPOTHETICAL_DETERMINERS for d in children_of(subject)
        ):
            return True
        return subject.pos_ == "NOUN" and self.code_noun(subject) is not None

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

    def _conditional_response(self, verb: Token, clause: Token) -> Coded | None:
        """ "said Moscow would respond in kind if NATO deployed troops in Finland", "said Washington
        would act unless power was handed back": a side's word that it will respond to what
        another does threatens (13) whoever the condition names (else whom the story implies).
        A response promised with no condition is no threat ("will respond to the letter")."""
        threat = self.frames_by_kind.get("threat")
        if threat is None or clause.lemma_.lower() not in REPRISAL_VERBS or is_negated(clause):
            return None
        if self.verb_lemma(verb) in threat.lemmas:
            return None  # "warned that Serbia would act if ...": the warning's own rule reads it
        conditions = tuple(
            c
            for c in children_of(clause)
            if c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in children_of(c))
        )
        subjects = [c for c in children_of(clause) if c.dep_ == "nsubj"]
        named = any(
            s.lower_ in args.PRONOUNS or s.pos_ == "PROPN" or syntax.resolved_as_actor(s) for s in subjects
        )
        if not conditions or not named:
            return None
        return Coded(threat.default, f"{threat.id}:response", 0.6, verb, (verb,), claims=(clause.i,),
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
            if clause.dep_ != "ccomp" or not (matching.is_verb(clause) or clause.pos_ == "AUX"):
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
        for clause in (c for c in children_of(verb) if c.dep_ == "ccomp" and matching.is_verb(c)):
            # "Rebels attacked the peacekeepers, officials said": wire attribution of a fact
            # told first; only a claim the speaker leads with is the speaker's accusation.
            attributed = clause.i < verb.i
            for predicate in args.conjuncts(clause):
                inner = self.code_predicate(predicate)
                if inner is None or inner.code == NO_EVENT or self.cameo[inner.code].quad_class < 3:
                    continue
                if self._stated_position(inner):
                    # "Chile will not accept the proposal, the minister said", "X said Y had
                    # denounced Z": a demand, criticism, threat or refusal is the other side's
                    # own stated stance, told as its act (Y -> Z), not harm the speaker alleges.
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

    def _stated_position(self, inner: Coded) -> bool:
        """Whether a coded act is a stance the doer states: a demand, disapproval or threat
        (roots 10, 11, 13), or a refusal (a refusing verb, or an act refused by negation)."""
        if inner.code[:2] in STATED_POSITION_ROOTS:
            return True
        refuse = self.frames_by_kind.get("refuse")
        refusing = refuse is not None and self.verb_lemma(inner.predicate) in refuse.lemmas
        return refusing or REFUSAL_PATTERN in inner.pattern or inner.pattern.endswith(NEGATED_ACCEPTANCE)

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
            clauses = [c for c in children_of(verb) if c.dep_ == "ccomp" and matching.is_verb(c)]
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

    def _reported_culprit(self, verb: Token, index: args.ActorIndex) -> Coded | None:
        """ "Police said the IRA was behind two killings", "officials say they believe Hamas is
        behind the attack": saying another actor is behind a deed accuses it (112), as alleging
        that it did the deed does; a belief the speaker states ("believe") is the speaker's."""
        speakers = args.actors_of(args.subject_heads(verb), index)
        if not speakers:
            return None
        for clause in _stated_clauses(verb):
            if not _behind_a_deed(clause) or is_negated(clause):
                continue
            judged = args.actors_of(syntax.doer_heads(clause), index)
            if not any(a not in speakers and a.code not in {s.code for s in speakers} for a in judged):
                continue
            claims = (verb.i, clause.i)
            return Coded(ACCUSE_CODE, "report.culprit", 0.6, verb, (verb,), claims=claims, doers_of=(clause,))
        return None

    def _reported_wrong(self, verb: Token, index: args.ActorIndex) -> Coded | None:
        """ "Kyiv said Moscow ignored repeated warnings", "said Japan lied about the incident",
        "said Tehran bears full responsibility": a stated clause telling that another actor did
        a wrong (a verb of wrongdoing, also what it tries or keeps doing: "was trying to
        destabilise the region") or is to blame accuses that actor (112), though the wrong is no
        coded act. Denied, asked or supposed wrongs ("said Japan had not lied", "might have
        violated") charge no one; nor does a speaker's own side."""
        if self.verb_lemma(verb) not in CHARGING_VERBS:
            return None
        speakers = args.actors_of(args.subject_heads(verb), index)
        if not speakers:
            return None
        own = {s.code for s in speakers}
        for clause in _stated_clauses(verb):
            for predicate in args.conjuncts(clause):
                told = [predicate, *_attempted_acts(predicate)]
                found = ((t, _word_of_a_wrong(t, self.verb_lemma(t))) for t in told)
                wrong, word = next(((t, w) for t, w in found if w is not None), (None, None))
                if wrong is None or word is None or is_negated(predicate):
                    continue
                # A purpose is unasserted by itself; what counts is that the striving is told.
                if _wrong_unasserted(predicate if wrong.dep_ == "advcl" else wrong):
                    continue
                if any(c.dep_ in ("dobj", "attr", "acomp") and is_negated(c) for c in children_of(wrong)):
                    continue  # "had violated no rules", "bears no responsibility"
                if any(c.dep_ == "nsubjpass" for c in children_of(predicate)):
                    continue  # "said the ceasefire was violated": no one is charged
                accused = args.actors_of(syntax.doer_heads(predicate), index)
                # "Russia's foreign ministry said Russia ..." (RUSGOV, RUS): the state is the
                # speaker's own side, as its organs are.
                if not accused or any(
                    a.code.startswith(o) or o.startswith(a.code) for a in accused for o in own
                ):
                    continue
                claims = (verb.i, predicate.i, wrong.i, word.i)
                pattern = f"report.wrong:{word.lemma_.lower()}"
                return Coded(ACCUSE_CODE, pattern, 0.6, verb, (verb,), claims=claims, doers_of=(predicate,))
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
            if clause.dep_ not in ("ccomp", "parataxis"):
                continue
            if not self._judges(clause, speakers, index, words, code):
                continue
            pattern = "report.judgement" if code == CRITICIZE_CODE else f"report.judgement.{code}"
            claims = (verb.i, clause.i)
            return Coded(code, pattern, 0.6, verb, (verb,), claims=claims, doers_of=(clause,))
        return None

    def _quoted_judgement(
        self,
        clause: Token,
        heads: tuple[Token, ...],
        index: args.ActorIndex,
        words: frozenset[str],
        code: str,
    ) -> Coded | None:
        """A quotation told first ('"This is a betrayal of our people," the minister told
        reporters'), or in sentences whose attribution comes after or before: the judgement is as
        in reported speech, but the quoted clause need not be the reporting verb's complement
        (it may stand in a sentence of its own), so the speaker is the one the quotation is
        attributed to (``heads``)."""
        speakers = args.actors_of(heads, index)
        if not speakers or not self._judges(clause, speakers, index, words, code):
            return None
        pattern = "report.judgement.quoted" if code == CRITICIZE_CODE else f"report.judgement.quoted.{code}"
        return Coded(code, pattern, 0.6, clause, (clause,), claims=(clause.i,), doers_of=(clause,),
                     source_heads=heads)  # fmt: skip

    def _judges(
        self, clause: Token, speakers: list[Actor], index: args.ActorIndex, words: frozenset[str], code: str
    ) -> bool:
        """Whether a clause the speakers say calls another actor, or a deed the story told, by
        one of ``words``: a judgement of it, not of the speakers themselves nor an act of its own."""
        if is_negated(clause) or (clause.lemma_ != "be" and not matching.is_verb(clause)):
            return False
        if code == PRAISE_CODE and clause.lemma_ != "be":
            return False  # praise says what one is ("was right"); "invoked his rights" is no praise
        if not any(w.lemma_.lower() in words for w in syntax.judging_words(clause)):
            return False
        if clause.lemma_ != "be" and self._codes_an_act(clause):
            # "said Israel rejects the shameful resolution": the clause reports an act of
            # its own; the judging word describes what the act is about.
            return False
        judged = args.actors_of(syntax.doer_heads(clause), index)
        others = any(a not in speakers and a.code not in {s.code for s in speakers} for a in judged)
        # "said the remarks were unfair": the remarks the story reported (see targets).
        return others or (not judged and self._refers_back(clause))

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
        remarks", "the move"), owned by no one it names, or a pronoun said to be something ("this
        is a betrayal", "it was outrageous"): a pronoun doing something ("it can manage its own
        disaster") is an actor, and one holding the place of a clause says what is judged ("it
        is wrong to ...", "it is unacceptable that ...")."""
        pronoun_judged = clause.lemma_ == "be" and not syntax.extraposed(clause)
        return any(
            c.dep_ == "nsubj"
            and (
                (c.lemma_.lower() in self.book.reference_nouns and syntax.definite(c))
                or (c.lower_ in readings.DEED_PRONOUNS and pronoun_judged)
            )
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
            if c.dep_ in ("acl", "ccomp") and matching.is_verb(c) and args.own_subjects(c)
        ]
        if not clauses:
            return None
        clause = clauses[0]
        frame = self.frames_by_kind.get("demand" if coded.code[:2] == "10" else "appeal")
        inner = self.code_predicate(clause)
        claims = (noun.i, clause.i, *(inner.claims if inner is not None else ()))
        governor = noun.head
        if frame is None or noun.dep_ not in ("dobj", "nsubjpass") or not matching.is_verb(governor):
            return Coded(NO_EVENT, coded.pattern, 0.0, noun, (), claims=claims)
        code = frame.transform(inner.code) if inner is not None else coded.code
        pattern = f"{frame.id}:{inner.pattern if inner is not None else coded.pattern}"
        return Coded(code, pattern, 0.7, governor, (governor,), claims=claims, clause_targets=(clause,))

    def _enables_an_event(self, verb: Token) -> bool:
        clauses = [c for c in children_of(verb) if c.dep_ == "xcomp" and matching.is_verb(c)]
        return any(self.code_verb(c) is not None for clause in clauses for c in args.conjuncts(clause))

    def _light_verb_event(self, verb: Token) -> Coded | None:
        """ "held talks with", "imposed sanctions on", "gave 5 million dollars of aid", and the
        state a light verb puts its object in: "put the army on high alert"."""
        for child in children_of(verb):
            if child.dep_ == "prep" and child.lower_ in STATE_PREPS:
                states = [p for p in children_of(child) if p.dep_ == "pobj" and matching.is_noun(p)]
                # "on its highest level of combat readiness": the state the level measures.
                for noun in [*states, *args.prep_objects(states, "of")]:
                    coded = self.code_noun(noun)
                    if coded is not None:
                        return Coded(coded.code, coded.pattern, coded.confidence, verb, (verb,),
                                     claims=(noun.i,))  # fmt: skip
            amount = matching.is_amount(child)
            # A sum may be tagged a number ("announced $316 million in new aid": "million").
            if child.dep_ not in ("dobj", "nsubjpass") or not (matching.is_noun(child) or amount):
                continue
            # What the object measures ("5 million dollars of aid", "5 million pounds in aid"),
            # not a gerund it frames ("had no intention of attacking").
            measures = ("of", "in") if amount else ("of",)
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
        if matching.is_verb(token):
            coded = self._sent_to_strike(token, self.code_verb(token))
            if coded is not None and _shares_an_opinion(token):
                return None
            refused = self._refused_acceptance(token, coded)
            if refused is not None:
                return refused
            future = self.intent if not is_negated(token) else self.frames_by_kind.get("refuse")
            if coded is not None and future is not None and is_future(token):
                # "will attend" -> intent (03x/13x); "will not attend" -> refusal (12x).
                if future is self.intent and syntax.conditional_threat(token, coded.code):
                    future = self.frames_by_kind.get("threat", future)
                elif future is self.intent and token.dep_ == "ccomp" and token.head.lemma_ in DECISION_VERBS:
                    # "announced it would prohibit aid": a decision taken, not a threat.
                    future = self.commit or future
                if (
                    future is self.intent
                    and coded.code[:2] == CONSULT_ROOT
                    and syntax.in_the_writers_voice(token)
                ):
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
        if matching.is_noun(token):
            return self.code_noun(token)
        return None

    def _refused_acceptance(self, verb: Token, coded: Coded | None) -> Coded | None:
        """ "Caracas does not recognise the court's jurisdiction", "will not pay ransom": not
        accepting is refusing (12), in any tense, whether or not accepting the object has a code
        of its own (the refusal frame maps one that has, "recognise" 054 -> 120)."""
        if self.verb_lemma(verb) not in ACCEPTANCE_VERBS or not refusal_by_negation(verb):
            return None
        refuse = self.frames_by_kind.get("refuse")
        inner = coded.code if coded is not None and coded.code != NO_EVENT else ""
        code = refuse.transform(inner) if refuse is not None and inner else REFUSAL_CODE
        if code == NO_EVENT:
            return None
        pattern = f"hand.v.{self.verb_lemma(verb)}{NEGATED_ACCEPTANCE}"
        return Coded(code, pattern, 0.7, verb, (verb,), base=inner)

    def _carried_out_order(self, coded: Coded, index: args.ActorIndex) -> Coded:
        """ "ordered soldiers to reinforce the border", "ordered the army to deploy troops along
        the frontier": an order a state gives its own armed forces is no event between two
        actors (``_dyads`` drops it), but the forceful step it sets going is the state's own
        act, aimed at whoever the step is aimed at. Only the kinds of step an order carries out
        by itself (``ORDERED_ROOTS``: force, coercion, yielding) are read so, and so is an order
        to the state's own bodies and firms to cut ties with another country ("ordered Russian
        airlines to stop flying to Georgia": the flight ban is Russia's); an order to do
        anything else stays the command it was."""
        if coded.nominal or coded.code[:2] not in COMMAND_ROOTS or not coded.base:
            return coded
        verb = coded.predicate
        if self.verb_lemma(verb) not in ACTING_ORDERS:
            return coded
        # The step itself, its own frame included: "to stop shelling" halts (0871), not shells.
        step = self._ordered_step(verb) or coded.base
        cutting_ties = step[:2] == REDUCED_RELATIONS_ROOT
        if not (step[:2] in ORDERED_ROOTS or cutting_ties):
            return coded
        addressees = [c for c in children_of(verb) if c.dep_ in ("dobj", "dative")]
        forces = args.actors_of(addressees, index)
        sources = self.sources(coded, index)
        own = roles.own_body if cutting_ties else roles.own_forces
        if not sources or not forces or not all(own(f, sources) for f in forces):
            return coded
        # The framed demand's targets start with the order verb; the step's own follow it.
        return dataclasses.replace(
            coded,
            code=step,
            pattern=f"{coded.pattern}:own.forces",
            target_from=coded.target_from[1:],
            clause_targets=(),
        )

    def _ordered_state(self, frame: Frame, verb: Token) -> Coded | None:
        """ "ordered the frontier with Brazil closed", "ordered the embassy shut": the state an
        order puts its object in is the act itself, done by whoever gives the order, when the
        participle with that object is an act an order carries out by itself (``ORDERED_ROOTS``)
        or one that cuts ties (16); the object's owner or partner is the target."""
        objects = [c for c in children_of(verb) if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
        if len(objects) != 1:
            return None
        for state in children_of(verb):
            if state.dep_ not in ("xcomp", "ccomp", "oprd") or state.i < objects[0].i:
                continue
            if any(c.dep_ in (*args.SUBJECT_DEPS, "nsubjpass", "aux", "dobj") for c in children_of(state)):
                continue
            words = {objects[0].lemma_.lower(), objects[0].lower_}
            acts = [
                p
                for p in self.book.verbs.get(state.lemma_.lower(), ())
                if p.objects & words and (p.code[:2] in ORDERED_ROOTS or p.code[:2] == REDUCED_RELATIONS_ROOT)
            ]
            if not acts:
                continue
            pattern = min(acts, key=lambda p: p.rank)
            claims = (state.i, objects[0].i)
            return Coded(pattern.code, f"{frame.id}:act:{pattern.id}", matching.confidence(pattern), verb,
                         (verb,), claims=claims)  # fmt: skip
        return None

    def _ordered_step(self, verb: Token) -> str:
        """The code of the step an order verb's clause sets going, the clause's own frame
        included ("to stop flying to Georgia": halting flights, 16); "" when it codes none."""
        for child in children_of(verb):
            if child.dep_ != "xcomp" or not matching.is_verb(child):
                continue
            child = syntax.through_aspect(child)
            coded = self.code_predicate(child)
            if coded is None and self.verb_lemma(child) in self.book.frames:
                nested = self.code_frame(child)
                coded = nested[0] if nested is not None else None
            return coded.code if coded is not None else ""
        return ""

    def _inner_event(self, frame: Frame, verb: Token) -> tuple[Token, Coded] | None:
        infinitive_only = self.verb_lemma(verb) in frame.infinitive_only
        for child in children_of(verb):
            if infinitive_only and child.dep_ != "xcomp":
                continue
            clause = (
                child.dep_ == "xcomp"
                or (child.dep_ == "ccomp" and frame.kind in CLAUSE_FRAMES)
                or (child.dep_ == "ccomp" and frame.kind == "intent" and syntax.infinitival(child))
                # "vowed that the attackers would be hunted down": a promise of what will be done.
                or (
                    child.dep_ == "ccomp"
                    and self.verb_lemma(verb) in PROMISE_LEMMAS
                    and has_future_aux(child)
                )
                or (
                    child.dep_ == "advcl" and frame.kind in TO_CLAUSE_FRAMES and syntax.bare_infinitive(child)
                )
                # "asked the OAS on Thursday to investigate": what the addressee is asked to do
                # ("called the envoy to protest" is a summons, see arguments.delivered_by_contact).
                or (
                    frame.kind in ("appeal", "demand")
                    and verb.lemma_.lower() not in args.CONTACT_VERBS
                    and syntax.asked_infinitive(child)
                )
                or syntax.gerund_complement(child)
            )
            if clause and (matching.is_verb(child) or child.pos_ == "ADJ"):
                child = syntax.through_aspect(child)
                coded = self.code_predicate(child) if matching.is_verb(child) else None
                if coded is None and self.verb_lemma(child) in self.book.frames:
                    # Nested frames: "refused to commit to aid" = refusal of an intent.
                    nested = self.code_frame(child)
                    if nested is not None and nested[0] is not None:
                        coded = dataclasses.replace(nested[0], claims=(*nested[1], child.i))
                if coded is not None:
                    return child, coded
            amount = matching.is_amount(child)
            if (
                child.dep_ in ("dobj", "nsubjpass")
                and (matching.is_noun(child) or amount)
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
                pledged = self._pledged_sum(frame, child) if amount and not measured else None
                if pledged is not None:
                    return child, pledged
            if child.dep_ == "prep" and (
                (child.lower_ == "for" and frame.kind in ("appeal", "demand"))
                or (child.lower_ == "to" and frame.kind in ("refuse", "intent"))
                # "ready for talks with Somalia": an intent adjective's "for" names the act intended.
                or (child.lower_ == "for" and frame.kind == "intent" and verb.pos_ == "ADJ")
            ):
                for pobj in children_of(child):
                    if pobj.dep_ == "pobj" and matching.is_noun(pobj):
                        coded = self.code_noun(pobj)
                        if coded is not None:
                            return pobj, coded
        return None

    def _pledged_sum(self, frame: Frame, amount: Token) -> Coded | None:
        """ "France promised 30 million euros", "Beijing pledged $2 billion over two years": a
        sum of money a party promises, pledges or offers is funding promised (CAMEO 0331), though
        no aid noun says so. Only intents: a sum demanded ("demanded $1 million") is a ransom
        or a price as often as aid."""
        if frame.kind != "intent" or amount.lemma_.lower() not in MONEY_WORDS:
            return None
        pattern = matching.best_pattern(self.book.patterns_for(FUNDING, "NOUN"), amount, nominal=True)
        if pattern is None:
            return None
        confidence = matching.confidence(pattern) * 0.9
        return Coded(pattern.code, pattern.id, confidence, amount, (amount,), nominal=True)

    def code_frame(self, verb: Token) -> tuple[Coded | None, tuple[int, ...]] | None:
        """A framed event and the token ids it claims; None when ``verb`` frames nothing."""
        lemma = self.verb_lemma(verb)
        frame = self.book.frames.get(lemma)
        if frame is None or not (matching.is_verb(verb) or verb.pos_ == "ADJ"):
            return None
        if lemma in frame.adjective_only and verb.pos_ != "ADJ":
            return None  # "opened talks" is the act, "open to talks" the intent
        particle = frame.particles.get(lemma)
        if particle is not None and not any(c.lower_ == particle for c in children_of(verb)):
            return None
        if particle is None and any(
            c.dep_ == "prt" and c.lower_ in PHRASAL_PARTICLES for c in children_of(verb)
        ):
            return None  # "called off a visit", "called in the envoy": another verb than "call"
        if matching.descriptions(verb, [c for c in children_of(verb) if c.dep_ == "dobj"]):
            # "called the summit humiliating diplomacy" says what the summit is; it asks for nothing.
            return None
        if frame.kind in ("intent", "threat"):
            # "vowed that Washington and London would pay for it": the price promised is a threat.
            price = self._reported_consequence(verb)
            if price is not None:
                return price, (verb.i, *price.claims)
        inner = self._inner_event(frame, verb)
        if inner is None and frame.kind == "demand" and lemma in ACTING_ORDERS:
            ordered = self._ordered_state(frame, verb)
            if ordered is not None:
                return ordered, ordered.claims
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
        declined = self._declined_talk(frame, verb, token)
        if declined is not None:
            return declined, declined.claims
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
            syntax.conditional_threat(token, coded.code) or syntax.conditional_threat(verb, coded.code)
        ):
            # "will withdraw its troops unless ...": an intent made conditional is a threat.
            frame = self.frames_by_kind.get("threat", frame)
        claims = (token.i, *coded.claims)
        if frame.kind == "hypothetical":
            return None, claims
        # A promised clause in the future was made an intent (or threat) by its own tense.
        code = coded.code if promised and coded.base else frame.transform(coded.code)
        if frame.kind == "deny" and matching.is_verb(token):
            # "denied that it had pressed Colombo": a deed denied is responsibility denied (the
            # default), whatever the deed; only a thing asked ("denied a request") is turned down.
            code = frame.default
        if frame.kind == "halt" and syntax.measured_span(verb, token):
            # "ended two days of talks": a meeting that ran its measured course took place.
            code = coded.code
        if code == NO_EVENT:
            return None, claims
        if frame.kind in ("appeal", "demand"):
            target_from: tuple[Token, ...] = (verb, *coded.target_from)
        else:
            target_from = (*coded.target_from, verb)
        clause_targets = (token,) if frame.kind in ("appeal", "demand") and matching.is_verb(token) else ()
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
        told = [c for c in children_of(verb) if c.dep_ == "xcomp" and matching.is_verb(c)]
        # "warned citizens to avoid travel": advice to the public is no threat.
        public = any(a.lemma_.lower() in PUBLIC_NOUNS for a in addressees)
        if addressees and told and not public:
            # "warned Chinese ships to leave the area": a warning addressed to someone to do
            # something threatens them, even when what they are told to do is no event.
            claims = tuple(c.i for c in told)
            return Coded(frame.default, f"{frame.id}:told", 0.6, verb, (verb,), claims=claims), claims
        for clause in children_of(verb):
            if clause.dep_ != "ccomp" or not matching.is_verb(clause):
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
                c.lower_ in args.PRONOUNS or c.pos_ == "PROPN" or syntax.resolved_as_actor(c)
                for c in subjects
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
        clauses = [c for c in children_of(verb) if c.dep_ == "xcomp" and matching.is_verb(c)]
        # "urged Iran to", or the one urged as the passive subject: "Iran was urged to".
        addressed = any(c.dep_ in ("dobj", "dative", "nsubjpass") for c in children_of(verb))
        # "wants the governor to resign", parsed as an infinitive clause with its own subject.
        subjected = [
            c
            for c in children_of(verb)
            if c.dep_ == "ccomp" and syntax.infinitival(c) and any(g.dep_ == "nsubj" for g in children_of(c))
        ]
        if subjected and not clauses:
            claims = tuple(c.i for c in subjected)
            coded = Coded(frame.default, f"{frame.id}:clause", 0.6, verb, (verb,), claims=claims,
                          clause_targets=tuple(subjected))  # fmt: skip
            return coded, claims
        if not clauses and addressed:
            asked = self._asked_for(verb)
            if asked:
                claims = tuple(t.i for t in asked)
                return Coded(frame.default, f"{frame.id}:for", 0.6, verb, (verb,), claims=claims), claims
        if not clauses or not addressed:
            return None
        claims = tuple(c.i for c in clauses)
        evacuation = next((c for c in clauses if syntax.own_people_leave(verb, c)), None)
        if verb.lemma_.lower() in EXPELLING_ORDERS and evacuation is not None:
            # "ordered its citizens to leave Lebanon": a state pulling its own people out of a
            # country reduces relations with it (16), aimed at the country left.
            return Coded(
                REDUCE_RELATIONS, f"{frame.id}:evacuate", 0.6, verb, (evacuation,), claims=claims
            ), claims
        if verb.lemma_.lower() in EXPELLING_ORDERS and any(syntax.leaves_the_country(c) for c in clauses):
            # "ordered UN peacekeepers to leave the country": an order to leave expels (166);
            # an order to leave some place ("leave the crossing") stays a demand.
            return Coded(EXPULSION, f"{frame.id}:leave", 0.7, verb, (verb,), claims=claims), claims
        coded = Coded(frame.default, f"{frame.id}:clause", 0.6, verb, (verb,), claims=claims)
        return coded, claims

    def _asked_for(self, verb: Token) -> list[Token]:
        """The things an asking verb asks its addressee for ("asked Washington for [an
        explanation]", "asked India and China for more [helicopters]"), not how long the asking
        went on ("pressed the kingdom for [weeks]")."""
        if self.verb_lemma(verb) not in ASKING_FOR_LEMMAS:
            return []
        return [
            p
            for c in children_of(verb)
            if c.dep_ == "prep" and c.lower_ == "for"
            for p in children_of(c)
            if p.dep_ == "pobj" and matching.is_noun(p) and p.ent_type_ not in matching.DATE_ENTITIES
        ]

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
            if matching.is_verb(c)
            and (c.dep_ == "xcomp" or (c.dep_ == "advcl" and syntax.bare_infinitive(c)))
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
        clauses = [c for c in children_of(verb) if c.dep_ in ("xcomp", "advcl") and matching.is_verb(c)]
        # Only what was declined: "to comment", not "rejected the calls, saying ...".
        spoken = [c for c in clauses if c.lemma_.lower() in COMMENT_VERBS and syntax.bare_infinitive(c)]
        if not spoken:
            return None
        claims = tuple(c.i for c in spoken)
        return Coded(DECLINE_COMMENT, f"{frame.id}:comment", 0.6, verb, (verb,), claims=claims), claims

    def _declined_talk(self, frame: Frame, verb: Token, spoken: Token) -> Coded | None:
        """ "declined to discuss the evidence", "refused to discuss what prompted the beating": a
        talking verb refused with no one to talk with is a comment declined (011), addressed to no
        one, not talks rejected (125) with whoever the story is about. "refused to discuss the
        dispute with Iran" names the partner and stays a rejection."""
        if frame.kind != "refuse" or spoken.lemma_.lower() not in COMMENT_VERBS:
            return None
        if not syntax.bare_infinitive(spoken) and spoken.dep_ != "xcomp":
            return None
        # The parser may hang "with Iran" on the object or on the refusing verb.
        around = [*spoken.subtree, *(c for c in children_of(verb) if c.dep_ == "prep")]
        if any(t.dep_ == "dative" or (t.dep_ == "prep" and t.lower_ in PARTNER_PREPOSITIONS) for t in around):
            return None
        return Coded(DECLINE_COMMENT, f"{frame.id}:comment", 0.6, verb, (verb,), claims=(spoken.i,))

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
            echoed = [
                h for h in args.echoed_doers(predicate, coded.source_heads) if h not in coded.source_heads
            ]
            return args.actors_of([*coded.source_heads, *echoed], index)
        if coded.nominal:
            found = args.actors_of(args.nominal_source_heads(predicate), index)
            undergone = syntax.undergone_by(predicate)
            if not found and undergone is not None:
                # "came under fire from Hamas", "came under attack by gunmen" (the parser hangs
                # the agent on either word): the one it came from.
                found = args.actors_of(args.prep_objects((predicate, undergone), "from", "by"), index)
            if not found and coded.code[:2] == CONSULT_ROOT and syntax.is_occasion(predicate):
                # "defended the party during a visit to Tbilisi": the visitor is the subject of
                # the verb the visit is the occasion of.
                found = args.actors_of(args.subject_heads(predicate.head.head), index)
            return found
        heads = args.subject_heads(predicate, self.book.document_nouns, self.book.speech_acts)
        if heads:
            # "France promised 30 million euros and the EU a further 30 million": the gapped
            # clause's subject does the same act.
            heads += [h for h in args.gapped_subjects(predicate) if h not in heads]
            # "Germany condemned the attack, as did France", "Turkey, along with Iran,
            # condemned ...": the one who repeats or joins in the act does it too.
            # A companion joins a named doer only ("planes carrying deportees, along with gang
            # members, landed" names no one who acts).
            companions = args.companion_doers(predicate, heads) if args.actors_of(heads, index) else []
            joined = args.echoed_doers(predicate, heads) + companions
            heads += [h for h in joined if h not in heads]
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
        heads = [o for h in heads for o in self._summary_owners(h, index)]
        # '"Our government will not negotiate," he said': the speaker's own side, whatever the
        # actor component made of the noun alone.
        owned = bool(heads) and all(_first_person_owned(h) for h in heads)
        found = (owned and quoted_speaker_actors(predicate, index)) or args.actors_of(heads, index)
        if not heads and args.is_passive(predicate):
            # "was shot dead in Maseru on Sept. 5 by two senior officers": the parser may take a
            # far "by" phrase for a plain preposition; when it names an actor, that is the agent.
            found = args.actors_of(args.prep_objects((predicate,), "by"), index)
            if not found:
                # "was sentenced to 16 years in a penal colony by a court in Yekaterinburg": or
                # on the noun of one of the verb's own phrases.
                nouns = [
                    p
                    for c in children_of(predicate)
                    if c.dep_ == "prep" and c.i > predicate.i
                    for p in children_of(c)
                    if p.dep_ == "pobj" and p.pos_ == "NOUN" and not self._is_event_noun(p)
                ]
                found = args.actors_of(args.prep_objects(nouns, "by"), index)
        if not found and heads and all(h.lower_ in args.PRONOUNS for h in heads):
            found = self._speaker(predicate, index)
            if (
                not found
                and all(h.lower_ in FIRST_PERSON for h in heads)
                and predicate.dep_ not in MOTIVE_DEPS
            ):
                # '"We will not accept this," the minister said': inside a quotation, "we" and
                # "I" are the one it is attributed to (for "we", the speaker's side). A clause
                # of reason or description ("because we want everyone to ...") tells no act.
                found = quoted_speaker_actors(predicate, index)
            if not found and len(heads) == 1 and heads[0].lower_ in ANTECEDENT_PRONOUNS:
                antecedent = index.antecedent(heads[0])
                found = [antecedent] if antecedent is not None else []
        if not found and self.unresolved_sources:
            found = [args.unresolved_actor(h) for h in heads if h.pos_ in ("NOUN", "PROPN")]
        return found

    def targets(self, coded: Coded, index: args.ActorIndex, sources: list[Actor]) -> list[Actor]:
        given = [a for a in args.actors_of(coded.target_heads, index) if a not in sources]
        if given:
            return given
        if coded.code.startswith("13") and not coded.nominal:
            # "threatened to cut gas transit if the EU imposed sanctions": a threat is aimed at
            # the one whose deed would set it off, not at whom the threatened act names.
            said = [c for c in children_of(coded.predicate) if c.dep_ in ("xcomp", "ccomp", "advcl")]
            # Not the threatener's own people ("would act if Serbs in Kosovo came under attack").
            own = {a.country for a in sources if a.country}
            doers = [
                a
                for a in args.actors_of(condition_doers(coded.predicate, *said), index)
                if a not in sources and not (a.country and a.country in own)
            ]
            if doers:
                return doers
        # "after talks hosted by Saudi Arabia": the mediator acts on the parties to the talks.
        mediated = syntax.mediated_parties(coded.predicate) if not coded.nominal else []
        parties = [a for a in args.actors_of(mediated, index) if a not in sources]
        if parties:
            return parties
        heads = [h for predicate in coded.doers_of for h in syntax.doer_heads(predicate)]
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
            found = self._parties(coded, found, index, sources)
            if found:
                return found
        # "a summit on Iran", "talks over the border dispute": the topic of a meeting is not
        # a party to it.
        meeting = readings.is_meeting(coded.code)
        topics = TOPIC_PREPS if meeting else frozenset()
        order = coded.target_from
        if readings.carries_a_noun(coded) and any(
            c.dep_ == "prep" and c.lower_ in NOUN_OWN_TARGET_PREPS for c in children_of(order[1])
        ):
            # "presented evidence against X at the UN": the noun's own target phrase beats
            # the verb's venue.
            order = (order[1], order[0])
        for token in order:
            nominal = token != coded.predicate or coded.nominal
            heads = args.object_heads(
                token, nominal=nominal and matching.is_noun(token), topics=topics | _offence_preps(token)
            )
            if token == coded.predicate and readings.carries_a_noun(coded):
                # "issued arrest warrants for X": the parser often hangs the event noun's
                # "for" phrase on the light verb.
                heads += args.prep_objects((token,), "for")
            heads += [h for c in children_of(token) if matching.for_clause(c) for h in args.subject_heads(c)]
            heads += syntax.what_it_called(token)
            if coded.code.startswith(RETREAT_PREFIX):
                # "withdrew its troops from the Jenin camp": the side retreated from is the
                # target (not the troops, which are the source's own); "withdrew from the
                # deal" leaves an agreement, not a place.
                moved = (token, *(c for c in children_of(token) if c.dep_ == "dobj"))
                places = [p for p in args.prep_objects(moved, "from") if not self._is_event_noun(p)]
                heads = places + [h for h in heads if not places]
            if coded.code[:3] == VISITING_CODE and token == coded.predicate:
                # "sent a delegation to Addis Ababa", "led a delegation to Kyiv": the party sent
                # or led goes with the source; where it goes is the one visited.
                party = [
                    c
                    for c in children_of(token)
                    if c.dep_ == "dobj" and c.lemma_.lower() in VISITING_PARTY_NOUNS
                ]
                heads = [h for h in heads if h not in party] + args.prep_objects(party, "to")
            if meeting and token == coded.predicate:
                # "spoke by telephone with X", "talked via video link with X": the partner hangs
                # on the means of the conversation.
                means = [m for prep in ("by", "via", "over") for m in args.prep_objects((token,), prep)]
                heads += args.prep_objects(means, "with")
            # "welcomed the first round of talks between Iran and the United States", "the
            # resumption of talks with Kyiv": a part or stage of an event has the event's parties.
            parts = [h for h in heads if matching.is_noun(h) and not args.actors_of([h], index)]
            stages = [n for n in args.prep_objects(parts, "of") if self._is_event_noun(n)]
            heads += [h for n in stages for h in args.object_heads(n, nominal=True, topics=topics)]
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
            if self.cameo[coded.code].quad_class in COOPERATIVE_QUADS:
                # "reaffirmed Beijing's support for Pakistan", "pledged Helsinki's support": what
                # the source's own country has is what it offers; the party is whoever it is
                # for. (Stormed or struck, "the mayor's office" stands for the mayor.)
                own = {a.country for a in sources if a.country}
                owned = [a for h in named for a in args.possessors(h, index) if a.country in own]
                found = [a for a in found if a not in owned]
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
                # weapons fired or given are instruments or goods, not a target; a craft shot
                # down or intercepted is what the act is done to.
                hit = self._hits_craft(token)
                found = [a for a in found if not roles.names_weapons(a, index, unless_sided=hit)]
            if coded.code.startswith(AID_PREFIXES):
                # "sent tanks to Ukraine": what is given is the giver's own, not a recipient.
                own = {a.country for a in sources if a.country}
                found = [a for a in found if a.country not in own] or found
                # "sent rescuers and medics to Turkey": the helpers sent are no recipient,
                # whichever country the story's cast gives them.
                helpers = {index.at(t) for t in relief_sent(token)}
                found = [a for a in found if a not in helpers]
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
            if not found and not matching.is_noun(token):
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
            if (
                not found
                and token == coded.predicate
                and matching.is_verb(token)
                and not args.is_passive(token)
            ):
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
            found = self._parties(coded, found, index, sources)
            if found:
                return found
        return []

    def _parties(
        self, coded: Coded, found: list[Actor], index: args.ActorIndex, sources: list[Actor]
    ) -> list[Actor]:
        """The targets found, envoys read as the states that sent them, and, for a verbal act,
        less the audience or medium of the statement (a deed can be done to the press:
        "imposed sanctions on state television")."""
        if self.cameo[coded.code].quad_class in VERBAL_QUADS:
            found = [a for a in found if not self._audience(a, index)]
        return self._sent_envoys(found, index, sources)

    def _audience(self, actor: Actor, index: args.ActorIndex) -> bool:
        """Who heard a statement or what carried it ("told reporters", "welcomed the
        announcement on social media"): no party of the act."""
        inside = {t.i for t in index.tokens_of(actor)}
        heads = [t for t in index.tokens_of(actor) if t.head.i not in inside or t.head.i == t.i]
        return any(args.audience_or_channel(h, AUDIENCE_WORDS) for h in heads)

    def _sent_envoys(self, found: list[Actor], index: args.ActorIndex, sources: list[Actor]) -> list[Actor]:
        """Envoys the source acts on stand for the state that sent them, which is never the
        source's own: an ambassador summoned, expelled or told to leave is a foreign one, and
        one recalled is the source's own, whose act is aimed at the host. The actor component
        gives an envoy of no named country the sentence's country ("Israel summoned the
        ambassadors of ten countries", "Baghdad told ambassador Jane Roe to go"); such an
        envoy is no target, its named sender is ("summoned Iran's most senior diplomat in
        London"), else the story's other side is implied. Own is what every source shares:
        "Canada and India each expelled the other's diplomats" names two senders."""
        countries = [{a.country} if a.country else set() for a in sources]
        own = set.intersection(*countries) if countries else set()
        kept: list[Actor] = []
        for actor in found:
            if actor.country in own and args.names_an_envoy(actor, index, ENVOY_NOUNS):
                others = [a for a in args.envoy_owners(actor, index) if a.country not in own]
                kept += [a for a in others if a not in kept]
            elif actor not in kept:
                kept.append(actor)
        return kept

    def _owners_of_the_rejected(
        self, coded: Coded, index: args.ActorIndex, sources: list[Actor]
    ) -> list[Actor]:
        """ "opposed Tehran's request for a loan from the IMF", "the U.S. demand for his
        extradition was refused": a refusal answers whoever made the request, demand, offer or
        charge refused (its possessor, its "by" author, its nationality), not the others the
        thing refused is about. Empty when the thing refused names no maker."""
        if coded.code[:2] != REJECT_ROOT and coded.code != DENY_RESPONSIBILITY_CODE:
            return []
        refused = [t for t in coded.target_from if matching.is_noun(t)]
        # A reporting verb's object is whom it was said to ("telling air force commanders that
        # negotiating was not wise"), not what was refused.
        refused += [
            c
            for t in coded.target_from
            if matching.is_verb(t) and self.verb_lemma(t) not in REPORTING_VERBS
            for c in children_of(t)
            if c.dep_ in ("dobj", "nsubjpass") and matching.is_noun(c)
        ]
        makers = [h for noun in refused for h in args.nominal_source_heads(noun)]
        found = args.actors_of(makers, index)
        if not found:
            # "said its offer had been declined by Kathmandu": the maker named by "its" is the
            # one it points back to.
            pointed = [index.antecedent(h) for h in makers if h.lower_ in OWN_PRONOUNS]
            found = [a for a in pointed if a is not None]
        return [a for a in found if a not in sources]

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
        return roles.build_event(
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

    def _act_told_again(self, verb: Token, index: args.ActorIndex, story: Story) -> Coded | None:
        """ "Bahrain followed suit", "Poland did the same on Thursday": the latest act the story
        told by another side, now done by the verb's subject towards the same side; "Croatia
        responded in kind": the latest act done to the subject, done back to its doer."""
        telling = anaphora.telling_again(verb)
        if telling is None:
            return None
        doers = self.sources(Coded("", "", 0.0, verb, (verb,)), index)
        heads = args.subject_heads(verb)
        things = self.book.reference_nouns
        if any(self._is_event_noun(h) or h.lemma_.lower() in things for h in heads) or not any(
            a.span[0] <= h.idx < a.span[1] for a in doers for h in heads
        ):
            # "A statement from Russia followed", "a Russian statement followed": the subject
            # must be the doer itself, not a thing an actor is named in.
            return None
        act = anaphora.told_act(telling, story.events, doers, verb.idx)
        if act is None:
            return None
        targets = anaphora.copied_targets(telling, act, story.events)
        pattern = f"{act.pattern or act.cameo}+told.{telling}"
        return Coded(
            act.cameo, pattern, COPIED_CONFIDENCE, verb, (verb,), claims=(verb.i,), given_targets=targets
        )

    @staticmethod
    def _likened_act_targets(
        coded: Coded, sources: Sequence[Actor], targets: Sequence[Actor], story: Story
    ) -> tuple[Actor, ...]:
        """ "Britain imposed matching sanctions the same day", "took similar measures": an act
        likened to one the story told is aimed at the sides that act was, unless its clause
        names its own (an actor inside the clause: "similar sanctions on Iran")."""
        nouns = (
            [coded.predicate]
            if coded.nominal
            else coded.target_from[1:]
            if readings.carries_a_noun(coded)
            else []
        )
        if not nouns or not syntax.likened(nouns[0]):
            return ()
        clause = coded.predicate.subtree if not coded.nominal else coded.predicate.head.subtree
        inside = {t.idx for t in clause}
        if any(t.span[0] in inside for t in targets):
            return ()
        earlier = [e for e in story.events if e.cameo_root == coded.code[:2]]
        act = anaphora.told_act("copy", earlier, sources, coded.predicate.idx)
        return anaphora.copied_targets("copy", act, story.events) if act is not None else ()

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
        domestic = bool(sources) and all(roles.domestic_voice(s) for s in sources)
        countries = {s.country for s in sources if s.country}
        # In a story about one country its organs answer each other ("Clinton and Reno praised
        # the ruling" of a US court): only the reacting actors themselves are excluded.
        at_home = (
            bool(countries) and story is not None and all(roles.domestic_story(story, c) for c in countries)
        )
        own = {s.code for s in sources} | (set() if domestic or at_home else countries)
        # "Guterres condemned the coup, and France also condemned the takeover": those doing the
        # very same in the sentence react alongside the source; their act is not the referent.
        if story is not None:
            own |= {a.code for a in story.sentence_sources.get(coded.code, [])}
        others = roles.in_reference_order(
            [e for e in reversed(earlier) if e.source.code and not ({e.source.code, e.source.country} & own)],
            when,
            story.asides if story is not None else set(),
        )
        conflictual = self.cameo[coded.code].quad_class >= 3
        for noun in readings.reaction_objects(coded):
            if syntax.prefix_negated(noun):
                continue  # "called for de-escalation" is no reaction to an escalation
            issuers = [a for a in self._issuers(noun, story) if not ({a.code, a.country} & own)]
            if issuers and syntax.definite(noun) and noun.lemma_.lower() not in AGREEMENT_NOUNS:
                # "The council adopted a resolution ... Israel rejected it ... the Palestinians
                # welcomed the resolution": a document the story told being issued is its
                # issuer's, whoever reacted to it since.
                return issuers
            code = self._noun_code(noun)
            if code is not None or noun.lemma_.lower() in self.book.reference_nouns:
                # "marched to denounce the president's comments": a thing the story told, owned
                # by a named actor, is that actor's doing, whatever was reported last (the
                # source's own government too: the owner is named).
                owners = [a for a in self._possessors(noun, story) if a.code not in {s.code for s in sources}]
                if owners:
                    return owners
            if syntax.definite(noun) and not self._possessors(noun, story):
                # "criticised the vote" after "the Kurds ... their vote", "turned the offer down"
                # after "the ambassador, who offered to build roads": the act the story told
                # before, whose doer owns it, whatever was reported last.
                told = [a for a in self._earlier_owners(noun, story) if not ({a.code, a.country} & own)]
                if told:
                    return told
            if code is not None:
                # The story's own word for it first ("the strikes" -> "Turkish drones struck").
                word = noun.lemma_.lower()
                quad = self.cameo[code].quad_class
                if syntax.likened(noun) and code[:2] == coded.code[:2]:
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
            elif noun.lemma_.lower() in self.book.reference_nouns or readings.deed_pronoun(
                noun, self.cameo[coded.code].quad_class
            ):
                # A reaction points at the latest deed ("condemned the flight", "backed the
                # action") or, for words, at the latest words ("welcomed the remarks"), a
                # conflictual one among conflicts only (a deed condemned is not the criticism
                # others voiced of it since); else at the latest event that fits.
                said = noun.lemma_.lower() in self.book.said_reference_nouns
                fitting = [e for e in others if e.quad_class >= 3 or not conflictual]
                kind = [e for e in fitting if (e.quad_class in MATERIAL_QUADS) != said]
                pick = next(iter(kind or fitting), None)
            elif coded.code[:2] == APPROVAL_ROOT and syntax.definite(noun):
                pick = None
            else:
                continue
            if pick is None and coded.code[:2] == APPROVAL_ROOT and syntax.definite(noun):
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
                # "The accord was announced by Trump after a call with Netanyahu and bin Zayed"
                # (one act towards two sides): the one who announced or brokered it is no side.
                sides = [
                    e.target
                    for e in others
                    if e.target is not None
                    and e.source.code == pick.source.code
                    and e.cameo == pick.cameo
                    and e.sentence == pick.sentence
                ]
                if len({a.code for a in sides}) < 2:
                    sides = [pick.source, pick.target]
                return [a for a in sides if not ({a.code, a.country} & own)]
            return [pick.source]
        if self._bare_attitude(coded):
            # "Turkey's foreign ministry expressed deep concern the same day": an attitude voiced
            # about nothing named is about the latest deed (not word) by someone else.
            pick = next((e for e in others if e.quad_class in MATERIAL_QUADS), None)
            return [pick.source] if pick is not None and not domestic else []
        return []

    @staticmethod
    def _measures_at_home(story: Story, country: str) -> bool:
        """Whether the sentence also codes a domestic measure (``DOMESTIC_PREFIXES``: a curfew,
        a ban, arrests, releases) by an actor of ``country``."""
        return any(
            code.startswith(DOMESTIC_PREFIXES) and any(roles.country_of(a) == country for a in doers)
            for code, doers in story.sentence_sources.items()
            if len(code) > len(SHOW_OF_FORCE_ROOT)
        )

    @staticmethod
    def _issuers(noun: Token, story: Story | None) -> list[Actor]:
        """The actors who, earlier in the story, last issued a thing of ``noun``'s word as the
        object of an issuing verb ("the council adopted a resolution", "the court issued a
        ruling")."""
        if story is None:
            return []
        start = noun.sent.start
        word = noun.lemma_.lower()
        earlier = [
            t
            for t in noun.doc[:start]
            if t.lemma_.lower() == word and t.dep_ == "dobj" and t.head.lemma_.lower() in args.ISSUING_VERBS
        ]
        if not earlier:
            return []
        subjects = args.subject_heads(earlier[-1].head)
        spans = [(s.left_edge.idx, s.right_edge.idx + len(s.right_edge.text)) for s in subjects]
        return [a for a in story.mentions if any(b <= a.span[0] and a.span[1] <= e for b, e in spans)]

    @staticmethod
    def _earlier_owners(noun: Token, story: Story | None) -> list[Actor]:
        """The doer of the act an act noun names, as the story told it before: the latest
        earlier mention of the same noun with its owner ("their vote", "Baghdad's decision"), or
        of the verb of doing it with its subject ("Qin, who offered to build roads"). Only the
        nouns of ``owned_act_nouns``; empty when the latest telling names no actor."""
        word = noun.lemma_.lower()
        verb = next((v for n, v in OWNED_ACT_VERBS if n == word), None)
        if story is None or verb is None:
            return []
        # The telling may come earlier in the same sentence ("X accused Y of ..., a charge Y denied").
        for t in reversed(noun.doc[: noun.i]):
            lemma = t.lemma_.lower()
            if lemma == word and matching.is_noun(t):
                heads = [c for c in children_of(t) if c.dep_ == "poss"]
            elif lemma == verb and matching.is_verb(t):
                heads = args.subject_heads(t)
            else:
                continue
            # The doer's own phrase, not the clause that tells its act ("Qin, who offered ...").
            inside = {x.idx for h in heads for x in h.subtree}
            told = [d for h in heads for d in h.subtree if d.dep_ in ("relcl", "acl")]
            inside -= {x.idx for d in told for x in d.subtree}
            found = [a for a in story.mentions if a.span[0] in inside]
            if not found and any(h.pos_ == "PRON" for h in heads):
                # "isolate the Kurds over their vote": the pronoun's actor is the one just before.
                start, end = t.sent.start_char, heads[0].idx
                before = [a for a in story.mentions if start <= a.span[0] and a.span[1] <= end]
                found = before[-1:]
            if found:
                return found
        return []

    @staticmethod
    def _possessors(noun: Token, story: Story | None) -> list[Actor]:
        """The actors of the sentence named as the owner of ``noun`` ("the president's
        comments", "Moscow's decision")."""
        if story is None:
            return []
        owned = [t for c in children_of(noun) if c.dep_ == "poss" for t in c.subtree]
        return [a for a in story.sentence_mentions if any(a.span[0] <= t.idx < a.span[1] for t in owned)]

    def _attitude_about_a_happening(self, coded: Coded) -> bool:
        """ "voiced concern over the floods", "expressed concern about the earthquake": an
        attitude expressed about an accident or a natural disaster (``happening_nouns``)."""
        predicate = coded.predicate
        if coded.nominal or self.verb_lemma(predicate) not in EXPRESSING_VERBS:
            return False
        attitude = (predicate, *(c for c in children_of(predicate) if c.dep_ == "dobj"))
        topics = args.prep_objects(attitude, *ATTITUDE_PREPS)
        return any(t.lemma_.lower() in self.book.happening_nouns for t in topics)

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
        subjects = [h for h in args.subject_heads(predicate) if matching.is_noun(h)]
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
        doers = [a for a in args.actors_of(syntax.doers_at_that_moment(predicate), index) if a not in victims]
        return doers or [syntax.unknown_actor(predicate)]

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
            sources = found or [syntax.unknown_actor(predicate)]
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

    def _summary_owners(self, head: Token, index: args.ActorIndex) -> list[Token]:
        """A word that sums up the clause it hangs on ("closed the border, a move that drew
        protests"; "said ..., a comment that drew a rebuke"; "the cabinet, in a decision that
        ...") stands for that clause's doer; any other head stands for itself."""
        if (
            head.pos_ != "NOUN"
            or head.lemma_.lower() not in self.book.reference_nouns
            or index.at(head) is not None
            or any(
                c.dep_ in ("poss", "det") and c.lower_ not in SUMMARY_DETERMINERS for c in children_of(head)
            )
        ):
            return [head]
        start = head.left_edge.i
        if start > head.sent.start and head.doc[start - 1].lower_ == ",":
            # Set off by a comma after its clause, however the parser hangs it (object, apposition
            # of the last noun, adverbial): the nearest verb above it is the clause summed up.
            verb = head.head
            for _ in range(4):
                if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                    break
                verb = verb.head
            while verb.dep_ == "ccomp" and verb.head.pos_ in ("VERB", "AUX"):
                verb = verb.head  # "said the islands would stay armed, a comment that ...": the speaker's
            if verb.pos_ in ("VERB", "AUX") and verb.i < head.i:
                return args.subject_heads(verb, self.book.document_nouns, self.book.speech_acts) or [head]
        prep = head.head
        if head.dep_ == "pobj" and prep.lower_ == "in" and prep.head.dep_ in args.SUBJECT_DEPS:
            return [prep.head]  # "the cabinet, in a decision that drew ridicule, ..."
        return [head]

    def _possession(self, head: Token, index: args.ActorIndex) -> bool:
        """A noun that is no actor or act, owned by one ("Canada's wildfires")."""
        if head.pos_ != "NOUN" or index.at(head) is not None or self._is_event_noun(head):
            return False
        if any(c.dep_ == "appos" and index.at(c) is not None for c in children_of(head)):
            return False  # "UNIFIL's media coordinator, Dhalia Farran, ...": a person named by an office
        lemma = head.lemma_.lower()
        if lemma in self.book.document_nouns or lemma in WEAPON_NOUNS:
            return False
        if lemma in self.book.reference_nouns or head.lower_ in self.book.reference_nouns:
            return False  # "Chad's remarks drew a rebuke": its owner's words or deed, not a thing it has
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
        if coded.given_targets:
            given = coded.given_targets
            return [(s, t) for s in sources for t in given if not anaphora.same_side(s, t)]
        if not sources and coded.nominal:
            # "talks between A and B": both sides are sources and targets.
            sides = args.actors_of(args.between_heads(coded.predicate), index)
            return [(a, b) for a in sides for b in sides if a.code != b.code or roles.two_people(a, b)]
        if not sources and coded.code[:2] in UNKNOWN_AGENT_ROOTS and not coded.nominal:
            sources = self._violence_sources(coded, index, story.events)
        if not sources and coded.code.startswith(tuple(AUTHORITY_SECTORS)):
            sources = roles.implied_authority(coded, index, story, locations)
        if not sources and coded.code[:2] in COMMAND_ROOTS and not coded.nominal:
            sources = syntax.reporting_asker(coded.predicate, index)
        if not sources:
            return []
        if readings.own_session(coded, sources):
            return []
        if len(sources) > 1 and any(syntax.is_each_other(t) for t in coded.predicate.subtree):
            # "A and B accused each other": each side acts on the other.
            return [(a, b) for a in sources for b in sources if a.code != b.code]
        targets = self.targets(coded, index, sources) or readings.responders(coded, index, sources)
        likened = self._likened_act_targets(coded, sources, targets, story)
        if likened:
            return [(s, t) for s in sources for t in likened if not anaphora.same_side(s, t)]
        if coded.needs_party and not targets:
            return []
        if not targets and coded.code[:2] in FORCE_ROOTS:
            targets = roles.private_victims(coded, sources, story, locations)
        others = [t for t in targets if not roles.own_forces(t, sources)]
        if others:
            # "would send 60 soldiers to Mozambique": its own soldiers are what a state acts
            # with; the act is aimed at the others.
            targets = others
        if coded.code[:2] in COMMAND_ROOTS and targets and all(roles.own_forces(t, sources) for t in targets):
            # "ordered its units to move closer to the border": a state commands its own forces.
            return []
        if coded.mutual and len(sources) > 1:
            # "Russia and Ukraine exchanged prisoners": what the two sides trade is their own
            # people or goods; the sides are each other's partners.
            parties = {s.country for s in sources if s.country}
            targets = [t for t in targets if t.country not in parties]
        if coded.mutual and targets and all(roles.is_partner(t, index) for t in targets):
            pairs = [(s, t) for s in sources for t in targets if s.code != t.code]
            both_ways: list[tuple[Actor, Actor | None]] = [*pairs]
            # An unknown doer ("fighting erupted") is no one's partner to be acted on.
            return both_ways + [(t, s) for s, t in pairs if s.code and (t, s) not in pairs]
        # "Cambodia and Laos agreed to pull their soldiers back": forces of the co-doers' own
        # are what they act with, so the sides still act towards each other.
        own_only = bool(targets) and all(roles.own_forces(t, sources) for t in targets)
        if (
            (not targets or own_only or all(roles.is_setting(t, index) for t in targets))
            and len(sources) > 1
            and (coded.code[:2] in RECIPROCAL_ROOTS or coded.code in RECIPROCAL_CODES or coded.mutual)
            and coded.code[:3] not in VISIT_CODES
            and not coded.code.startswith(THIRD_PARTY_PREFIXES)
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
                targets = roles.place_targets(coded, locations, preps, with_objects=True, index=index)
            elif readings.is_meeting(coded.code):
                # "a summit in Brussels on the war in Ukraine": the venue is the target; the
                # topic's place only when no venue is named ("a summit on the unrest in Iran").
                # An official's trip visits its destination ("the president flew to the Gambian
                # capital"); others travel to places ("the girls were flown to Abuja").
                officials = all((s.sector or "")[:3] == "GOV" for s in sources)
                venue_preps = ("to", "in") if coded.code[:3] in VISIT_CODES and officials else ("in",)
                venue = [
                    a
                    for a in roles.place_targets(coded, locations, venue_preps, index=index)
                    if a.code not in own
                ]
                targets = venue or [
                    a
                    for a in roles.place_targets(coded, locations, ("on",), index=index)
                    if a.code not in own
                ]
            else:
                # "Israel attacked Gaza": a place attacked is the target too.
                attacked = coded.code[:2] in UNKNOWN_AGENT_ROOTS
                found_places = roles.place_targets(
                    coded, locations, preps, with_objects=attacked, index=index
                )
                targets = [a for a in found_places if a.code not in own and roles.in_story(a.code, story)]
        if not targets:
            # "telephoned Aliyev and apologised": the party of the conjunct it shares a subject with.
            targets = readings.shared_subject_partners(coded, index, sources)
        if not targets:
            # A consultation needs a counterpart: "held a news conference", "spoke at the
            # forum", "flew to New York" consult no one.
            if readings.is_meeting(coded.code) and not readings.gathering(coded):
                return []
            if self._attitude_about_a_happening(coded):
                # "expressed concern over the floods": a disaster is no one's deed, so the
                # attitude addresses no one the story implies.
                return [(s, None) for s in sources]
            # "Guterres called for calm, and Faki appealed for a truce": those who do the same
            # in the sentence are the source's partners, not whom it addresses.
            alike = story.sentence_sources.get(coded.code[:2], [])
            # Those who do the very same ("Boric and Lopez Obrador condemned ..., and Blinken
            # said Washington condemns") are allies whose countries are not addressed either.
            allies = [*sources, *story.sentence_sources.get(coded.code, [])]
            implied = [
                (
                    s,
                    self._implied_target(
                        coded,
                        s,
                        story,
                        locations,
                        [*sources, *alike],
                        allies,
                        bystanders=self._fellow_doers(coded, s, index, locations),
                    ),
                )
                for s in sources
            ]
            # "Democrats blasted Oversight" (both USAPTY in a story of one country): another
            # actor of the same code, named otherwise, is a target too.
            dyads: list[tuple[Actor, Actor | None]] = [
                (
                    s,
                    t
                    if t is None or t.code != s.code or (t.span != s.span and roles.different_names(s, t))
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
            if s.code != t.code
            or (s.span != t.span and not visit and (inward or roles.different_names(s, t)))
        ]

    def _fellow_doers(
        self, coded: Coded, source: Actor, index: args.ActorIndex, locations: Sequence[Location] = ()
    ) -> list[Actor]:
        """Who acts, in a clause coordinated with the source's own, on someone or somewhere of
        another country than the source's: a fellow doer in the news, not the one the source's
        act is aimed at ("Britain suspended the permit of Belavia, and Biden condemned the
        diversion": neither is the other's target). One whose act names the source's country
        is its counterpart ("Israeli jets struck Gaza, and Hamas vowed revenge")."""
        country = roles.country_of(source)
        fellows: list[Actor] = []
        for verb in args.peer_clauses(coded.predicate):
            if self._names_country(args.object_heads(verb), country, index, locations):
                continue
            fellows += [a for a in args.actors_of(args.own_subjects(verb), index) if a not in fellows]
        return [a for a in fellows if a.code != source.code]

    @staticmethod
    def _names_country(
        heads: Sequence[Token], country: str, index: args.ActorIndex, locations: Sequence[Location]
    ) -> bool:
        """Whether the phrases of ``heads`` name an actor or a place of ``country``."""
        for head in heads:
            tokens = list(head.subtree)
            start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
            if any(roles.country_of(a) == country for t in tokens if (a := index.at(t)) is not None):
                return True
            if any(start <= loc.span[0] < end and loc.country == country for loc in locations):
                return True
        return False

    def _implied_target(
        self,
        coded: Coded,
        source: Actor,
        story: Story,
        locations: Sequence[Location] = (),
        partners: Sequence[Actor] = (),
        co_subjects: Sequence[Actor] = (),
        *,
        bystanders: Sequence[Actor] = (),
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
        root, country = coded.code[:2], roles.country_of(source)
        if not country:
            return None
        # "threatened to institute a curfew in Algiers": a threatened or promised sanction at
        # home falls on the population as the sanction itself would.
        if (coded.base or coded.code).startswith(DOMESTIC_PREFIXES):
            if source.code.startswith("IGO"):
                return None
            nouns = [t for t in (coded.predicate, *coded.target_from) if matching.is_noun(t)]
            if any(syntax.definite(n) for n in nouns):
                # "The FSB announced the arrest a day later": the arrest the story told, of
                # whoever it told was arrested, not the country's people at large.
                told = next(
                    (
                        e.target
                        for e in reversed(story.events)
                        if e.cameo[:3] == coded.code[:3]
                        and e.target is not None
                        and roles.country_of(e.source) == country
                    ),
                    None,
                )
                if told is not None:
                    return told
            return roles.population(country, coded.predicate)
        if readings.is_meeting(coded.code):
            # "local commanders met to calm the situation": the other side was there too.
            return roles.counterpart(source, story)
        if root in FORCE_ROOTS:
            place = roles.place_of_act(coded.predicate, locations, story, source)
            return None if place is None else roles.mention_of(place.country or "", story, source)
        told_at_home = len(story.mentions) >= SHORT_STORY and roles.domestic_story(story, country)
        if told_at_home and coded.code == AGREEMENT_CODE and _agreed_to_terms(coded.predicate):
            # "firefighters agreed to a pay freeze", "agreed to a plea deal": terms accepted at
            # home with no partner named are accepted from the other side there.
            return roles.domestic_counterpart(source, story)
        if root in GIVING_ROOTS:
            # "pledged to send more police officers": to the country the story is about. Those
            # who offer help alongside the source ("Japan and Korea offered to help") are its
            # partners in the offer, not its recipients.
            givers = partners if coded.code.startswith(THIRD_PARTY_PREFIXES) else ()
            # "offered to finance new ports in Natuna": help given somewhere abroad goes to the
            # country where the clause puts it, whichever other side the story names most.
            # The place may hang on the verb of what is offered ("offered to finance ...").
            places = (roles.place_of_act(t, locations, story, source) for t in coded.target_from)
            place = next((p for p in places if p is not None and p.country), None)
            if place is not None and place.country != country:
                return roles.mention_of(place.country or "", story, source)
            return roles.counterpart(source, story, exchanges=False, besides=givers)
        if root == SHOW_OF_FORCE_ROOT:
            # "Soldiers patrolled the streets of Bangladesh's capital": force shown at home is
            # shown to its own people, not to the foreign side the story also names.
            place = roles.place_of_act(coded.predicate, locations, story, source)
            if place is not None and place.country == country:
                return roles.population(country, coded.predicate)
            if place is None and self._measures_at_home(story, country):
                # "imposed a curfew and deployed the army": forces sent out in the same breath
                # as a measure at home (a curfew, arrests) are sent out at home too.
                return roles.population(country, coded.predicate)
        if root == PROTEST_ROOT and not source.code.startswith("IGO"):
            # "thousands rallied in Nukus", "protesters blocked roads": a protest with no one
            # named is aimed at the protesters' own government.
            return roles.mention_of(country, story, source)
        domestic = roles.domestic_story(story, country)
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
        answered = roles.answered_actor(source, story) if denial else None
        if answered is not None:
            return answered
        if roles.domestic_voice(source):
            return roles.mention_of(country, story, source)
        if domestic and root != SHOW_OF_FORCE_ROOT:
            # A story that names no other country: "Chaffetz declined", "protesters called
            # for more information" are aimed at the other side at home. A missile test or
            # an alert is aimed abroad, or at no one.
            return roles.domestic_counterpart(source, story)
        conflict = self.cameo[coded.code].quad_class >= 3
        # A denial, like any other addressed act, is aimed at the other party its sentence names
        # ("denied that there was any dispute with Morocco", "denied that its boats had entered
        # Ecuador's waters"): the side the matter is between, not a bystander named elsewhere.
        return roles.counterpart(
            source, story, conflict=conflict, besides=partners, co_subjects=co_subjects, bystanders=bystanders
        )

    def code_sentence(
        self,
        doc: Doc,
        sent: Any,
        index: args.ActorIndex,
        noise: Sequence[Span],
        story: Story | None = None,
        text: str | None = None,
        quotes_only: bool = False,
    ) -> list[Event]:
        """The events of one sentence; with ``quotes_only`` (a sentence that names no actor but
        quotes one) only what the quoted actor judges, its other words naming no one."""
        story = story or Story()
        sent_span: Span = (sent.start_char, sent.end_char)
        verbs, nouns = ([], []) if quotes_only else matching.verbs_and_nouns(sent)
        # Nothing in noise is news, nor what commentators say in their own words.
        skipped = sorted([*noise, *story.commentary])
        if skipped and _overlaps(skipped, sent_span):
            verbs = [t for t in verbs if not in_spans(skipped, t.idx, t.idx + len(t.text))]
            nouns = [t for t in nouns if not in_spans(skipped, t.idx, t.idx + len(t.text))]
        book = self.book
        nouns = [t for t in nouns if t.lemma_.lower() in book.nouns or t.lower_ in book.nouns or
                 t.lemma_.lower() in book.carrier_nouns]  # fmt: skip
        lemmas = {t.i: self.verb_lemma(t) for t in verbs}
        # "Bahrain followed suit": verbs that code nothing themselves but tell an earlier act again.
        told_again = [t for t in verbs if anaphora.telling_again(t) is not None]
        verbs = [t for t in verbs if self._known_verb(lemmas[t.i])]
        quotes = quoted_speakers(doc, sent)
        if not verbs and not nouns and not quotes and not told_again:
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
            lambda verb: self._reported_culprit(verb, index),
            lambda verb: self._reported_wrong(verb, index),
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
        # '"This is a betrayal," the minister said', and a quotation told in sentences of its
        # own: the judgements a quoted actor states outright.
        for span, heads in quotes:
            for clause in syntax.quoted_clauses(sent, span):
                if clause.i in claimed:
                    continue
                act = None
                if not clause_is_unasserted(clause):
                    act = self._quoted_judgement(
                        clause, heads, index, self.book.judgement_words, CRITICIZE_CODE
                    ) or self._quoted_judgement(clause, heads, index, self.book.praise_words, PRAISE_CODE)
                # A modal leaves the act unasserted, but the obligation it puts is said outright
                # (in a quoted sentence of its own; under "said" the reporting verb reads it).
                if act is None and clause.dep_ == "ROOT":
                    act = self._quoted_obligation(clause, heads, index)
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
        for verb in sorted((t for t in verbs if lemmas[t.i] in book.frames), key=syntax.depth):
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
            demand = (
                self._reported_obligation(verb, index)
                or self._reported_consequence(verb)
                or self._denied_standing(verb, index)
            )
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
        ordered = [t for t in verbs if matching.is_verb(t)] + nouns
        for token in ordered:
            if token.i in claimed:
                continue
            coded = self.code_predicate(token)
            if coded is None:
                continue
            claimed.update(coded.claims)
            dealing = readings.ongoing_dealing(coded)
            if dealing is not None:
                # "is in talks with the IRS": the verb of being tells the dealing, as a verb would.
                claimed.add(dealing.predicate.i)
                if not clause_is_unasserted(dealing.predicate) and not is_background(dealing.predicate):
                    coded_list.append(dealing)
                continue
            if not coded.nominal and coded.code[:2] in REQUEST_ROOTS:
                # "urged that Israel allow aid": what is asked for is not done.
                claimed.update(c.i for c in children_of(token) if c.dep_ == "ccomp")
            if coded.nominal:
                # An event noun that is the object of another verb is that verb's topic
                # ("condemned the allegations", "appreciation for China's assistance"); only
                # subjects and settings ("killed in an air strike") are events of their own.
                # What is answered happened only when it was force ("responded to the shelling");
                # "responded to a demand" need not report one.
                answered = syntax.undergone_by(token)
                answered_words = answered is not None and answered.lemma_.lower() in RESPONSE_VERBS
                if answered_words and coded.code[:2] not in FORCE_ROOTS:
                    continue
                # A deed (not words) told with its own doer after "over", "after", ... happened.
                owned = coded.code[:2] in OWNED_DEED_ROOTS and syntax.owned_deed(token)
                if (owned or syntax.asserted_nominal(token)) and not is_noun_complement(token):
                    coded_list.append(coded)
            elif (
                syntax.describes_a_noun(token)
                or self._misparsed_noun(token)
                or is_background(token)
                or _figurative_force(token, coded.code, self.book.document_nouns)
            ):
                continue
            elif (
                not clause_is_unasserted(token)
                or (is_negated(token) and has_future_aux(token))
                or coded.pattern.endswith(NEGATED_ACCEPTANCE)
            ):
                coded_list.append(coded)
            else:
                possible = self._possible_reprisal(token, coded, index)
                if possible is not None:
                    coded_list.append(possible)
        coded_list = [self._carried_out_order(c, index) for c in readings.fold_instruments(coded_list)]
        # "answered in kind, ordering the envoy to leave": a clause that tells its own act is
        # coded as told, not as a copy.
        acts_told = {c.predicate.i for c in coded_list}
        told_again = [
            t
            for t in told_again
            if t.i not in claimed
            and not clause_is_unasserted(t)
            and not is_future(t)
            and not is_background(t)
            and not any(x.i in acts_told for x in t.subtree if x.i != t.i)
        ]
        if not coded_list and not told_again:
            return []
        story.sentence_sources = {}
        if len(coded_list) > 1:
            for coded in coded_list:
                found = self.sources(coded, index)
                story.sentence_sources.setdefault(coded.code[:2], []).extend(found)
                story.sentence_sources.setdefault(coded.code, []).extend(found)
        article_date = doc._.article_date  # read once: each doc._ read costs ~2 µs
        location = roles.sentence_location(doc, sent_span)
        sent_locations = [
            loc
            for loc in doc._.locations or []
            if sent_span[0] <= loc.span[0] and loc.span[1] <= sent_span[1]
        ]
        events: list[Event] = []
        marks = story.marks if story.marks is not None else sentence_marks(doc, sent)
        # The acts told again go last: the act they repeat may be told earlier in the sentence.
        pending: list[Coded | Token] = [*coded_list, *told_again]
        for item in pending:
            coded_or_none = item if isinstance(item, Coded) else self._act_told_again(item, index, story)
            if coded_or_none is None:
                continue
            coded = coded_or_none
            dated = roles.statement_date(doc, coded, story.reference, marks) or event_date(
                doc, coded.predicate, reference=story.reference, marks=marks
            )
            if dated[1] != "day" and coded.code[:2] in UNKNOWN_AGENT_ROOTS:
                # "were shot dead when police confronted protesters on Feb. 9": the clause that
                # tells the rest of the act tells its day too.
                moments = [
                    event_date(doc, c, reference=story.reference, marks=marks)
                    for c in syntax.clauses_at_that_moment(coded.predicate)
                ]
                dated = next((d for d in moments if d[1] == "day"), dated)
            if is_history(dated[0], article_date) or _thing_will_do(coded, index):
                continue
            dyads = roles.without_own_state(self._dyads(coded, index, sent_locations, story, dated[0]))
            for source, target in dyads:
                if readings.match_result(coded, source, target):
                    continue
                crowd = readings.crowd_gathering(
                    doc, readings.crowd_violence(doc, coded, source, target), source
                )
                as_coded = self._by_attacker_kind(crowd, source, index)
                as_coded = self._peacekeeping(readings.assassination(doc, as_coded, target), source)
                as_coded = readings.official_protest(readings.show_of_force(as_coded, target), source)
                as_coded = readings.troops_arriving(as_coded, source)
                if as_coded.code == DEPLOYMENT and (source.sector or "")[:3] not in PARTY_SECTORS:
                    continue  # "refugees crossed into Bangladesh", "tourists flew into Moscow"
                if (
                    as_coded.pattern == DEADLINE_PATTERN
                    and (source.sector or "")[:3] not in ULTIMATUM_SECTORS
                ):
                    continue  # "the judge gave attorneys until April to file": procedure, no ultimatum
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
        with children_table(doc), story_time(doc, text):
            return self._code_doc(doc, text)

    def _code_doc(self, doc: Doc, text: str | None) -> list[Event]:
        noise: Sequence[Span] = doc._.noise or []
        actors = [a for a in (doc._.actors or []) if not in_spans(noise, a.span[0], a.span[1])]
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
            salience=roles.salience(actors),
            mentions=actors,
            commentary=roles.commentary(doc),
            place_countries=places,
        )
        for sent in doc.sents:
            if in_spans(noise, sent.start_char, sent.end_char) and all(
                in_spans(noise, t.idx, t.idx + len(t.text)) for t in sent
            ):
                continue
            first = bisect.bisect_left(starts, sent.start_char)
            story.marks = sentence_marks(doc, sent, text)
            named = first < len(starts) and starts[first] < sent.end_char
            # "It called the closure disproportionate": a sentence led by a pronoun that refers
            # back to an actor speaks of that actor, though it names none.
            named = named or pronoun_led(sent, index)
            # A sentence of a quotation without an actor of its own is read for judgements alone.
            quotes_only = not (self.unresolved_sources or named)
            if not quotes_only or quoted_speakers(doc, sent):
                story.sentence_mentions = [
                    a
                    for a in actors
                    if sent.start_char <= a.span[0] < sent.end_char and not roles.describes_another(doc, a)
                ]
                self.code_sentence(doc, sent, index, noise, story, text, quotes_only=quotes_only)
            story.reference = sentence_time(doc, sent, story.reference, story.marks) or story.reference
        return merge_events(story.events)


def _overlaps(spans: Sequence[Span], span: Span) -> bool:
    """Whether any of ``spans`` overlaps ``span``: when none overlaps a sentence, none overlaps
    a word of it, and its words need not be tested one by one."""
    return any(start < span[1] and span[0] < end for start, end in spans)


def pronoun_led(sent: Any, index: args.ActorIndex) -> bool:
    """Whether the sentence's main subject is a pronoun ("it", "they") whose antecedent is an
    actor named just before."""
    subjects = [c for c in children_of(sent.root) if c.dep_ == "nsubj"]
    return (
        len(subjects) == 1
        and subjects[0].lower_ in ANTECEDENT_PRONOUNS
        and index.antecedent(subjects[0]) is not None
    )


def quoted_speakers(doc: Doc, sent: Any) -> list[tuple[Span, tuple[Token, ...]]]:
    """The direct quotations reaching into ``sent`` whose speaker is an actor, each with the
    speaker's words: what they say in the quotation is theirs (a commentator's is not news)."""
    out: list[tuple[Span, tuple[Token, ...]]] = []
    for quote in doc._.quotes or ():
        if quote.kind != "direct" or not quote.speaker_code or quote.speaker_span is None:
            continue
        if quote.span[1] <= sent.start_char or quote.span[0] >= sent.end_char:
            continue
        start, end = quote.speaker_span
        speaker = doc.char_span(start, end, alignment_mode="expand")
        if speaker is not None:
            out.append((quote.span, (speaker.root,)))
    return out


def quoted_speaker_actors(predicate: Token, index: args.ActorIndex) -> list[Actor]:
    """The actor a direct quotation holding ``predicate`` is attributed to, when the quotation
    module resolved its speaker to one; none otherwise (an unattributed quotation names no one)."""
    doc = predicate.doc
    at = predicate.idx
    for quote in doc._.quotes or ():
        if quote.kind != "direct" or not quote.speaker_code or quote.speaker_span is None:
            continue
        if not quote.span[0] <= at < quote.span[1]:
            continue
        start, end = quote.speaker_span
        speaker = doc.char_span(start, end, alignment_mode="expand")
        return args.actors_of((speaker.root,), index) if speaker is not None else []
    return []


def _shares_an_opinion(verb: Token) -> bool:
    """ "agreed with the plaintiff that there was no reason to", "agree the county will comply",
    '"It can only do good," Harrison agreed': agreeing with what a clause says is an opinion, not
    a deal; "agreed to a pay freeze", "agreed to meet", "agreed on a truce" are deals."""
    if verb.lemma_.lower() not in OPINION_VERBS:
        return False
    kids = children_of(verb)
    clauses = [c for c in kids if c.dep_ in ("ccomp", "parataxis")]
    dealt = any(c.dep_ in ("xcomp", "dobj") or (c.dep_ == "prep" and c.lower_ != "with") for c in kids)
    if not clauses or dealt:
        return False
    # A judgement ("that it was fair"), a view held now ("agree the county will comply") or the
    # attribution of a quotation told first; "agreed that talks would resume" is a deal.
    return verb.tag_ in ("VBP", "VBZ") or any(c.lemma_ == "be" or c.i < verb.i for c in clauses)


def _agreed_to_terms(verb: Token) -> bool:
    """ "agreed to a pay cut", "agreed to the plea deal": an agreeing verb whose "to" phrase
    names the terms (not "the date we agreed to", not "agreed that ...")."""
    return verb.lemma_.lower() in OPINION_VERBS and bool(args.prep_objects((verb,), "to"))


def _first_person_owned(head: Token) -> bool:
    """ "our government", "my office": a noun the speaker marks as its own side's."""
    return any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON_POSSESSIVES for c in children_of(head))


def _offence_preps(verb: Token) -> frozenset[str]:
    """ "charged two men with the murder of a tourist": after an accusing verb's object, "with"
    gives the offence, not a partner, and the offence's victim is no target of the charge."""
    if verb.lemma_.lower() not in ACCUSING_LEMMAS or not any(c.dep_ == "dobj" for c in children_of(verb)):
        return frozenset()
    return frozenset({"with"})


# Acts that, when no one else is named, fall on the source's own country: administrative
# sanctions (curfews, bans, states of emergency) and their easing, arrests, repression and releases.
DOMESTIC_PREFIXES = ("172", "173", "175", "084", "081")
# Deploying forces or police (153, 154); by an international organisation it is peacekeeping.
DEPLOYMENT_PREFIXES = ("153", "154")
PEACEKEEPING = "074"
PEACEKEEPING_CODES = frozenset({"074", "0334"})
# Force, whose implied target is where it happened: coercion, assault, fighting, mass violence.
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
# Determiners of a noun that sums up a clause ("a move that ...").
SUMMARY_DETERMINERS = frozenset({"a", "an"})
# Deeds rather than words: an event noun of these roots with a named doer is referred to as done.
OWNED_DEED_ROOTS = frozenset({"04", "05", "06", "07", "08", "14", "15", "16", "17", "18", "19", "20"})
# Roots of acts aimed at someone (appeal, demand, disapprove, reject, threaten, show force, reduce
# relations) whose target a story can leave implicit.
ADDRESSED_ROOTS = frozenset({"02", "10", "11", "12", "13", "15", "16"})
SHOW_OF_FORCE_ROOT = "15"
# Roots aimed at the other side at home when a story about one country names no one: support
# (05), yielding (08), investigation (09).
HOME_ADDRESSED_ROOTS = frozenset({"05", "08", "09"})
# Clauses that give a reason or describe a noun rather than tell an act of their own.
MOTIVE_DEPS = frozenset({"advcl", "relcl", "acl"})
# An agreement with nothing more specific said of it ("agreed to a pay cut").
AGREEMENT_CODE = "030"
# Hostile steps a speaker may say its side "could" take, which makes the saying a threat.
REPRISAL_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})
# Modals of possibility that, on the speaker's own hostile step, threaten it.
POSSIBLE_MODALS = event_words("possible_modals")
# Roots of giving (intents, aid) whose recipient, when none is named, is the country the story is
# most about.
GIVING_ROOTS = frozenset({"03", "07"})
# Appeals and demands: what a state tells its own forces is a command, not an event between actors.
COMMAND_ROOTS = frozenset({"02", "10"})
# Clauses that describe a noun rather than tell what happened.
ASIDE_DEPS = frozenset({"relcl", "acl"})
REDUCE_RELATIONS = "160"
ULTIMATUM = "139"
DEADLINE_PATTERN = "hand.v.give.deadline"
# Who sets a deadline as an ultimatum: states, their forces and bodies, blocs and armed groups.
# A court's deadline in its own case is procedure; a private party's is a request.
ULTIMATUM_SECTORS = frozenset({"", "GOV", "MIL", "LEG", "IGO", "REB", "INS"})


def relief_sent(verb: Token) -> list[Token]:
    """The relief a verb hands over, as its object or what it comes "with" ("sent medics",
    "landed with 56 rescuers"): the giver's own people and goods, which receive nothing."""
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"] + args.prep_objects((verb,), "with")
    handed = [t for o in objects for t in args.conjuncts(o)]
    # "a team of doctors", "a unit of rescuers": the helpers inside a group noun.
    handed += [m for t in list(handed) for o in args.prep_objects((t,), "of") for m in args.conjuncts(o)]
    return [t for t in handed if t.lemma_.lower() in RELIEF_WORDS]


def obligation_put(clause: Token) -> tuple[Token, str] | None:
    """What a clause obliges its subject to do, and the frame kind that asks for it: "Iran must
    stop" (the clause itself, a demand), "Iran has to stop" / "they need to build it" (the "to"
    clause, a demand), "Iran should stop" (advice, an appeal). A question ("should they resign?")
    puts nothing; past necessity ("they had to flee") tells what happened."""
    if any(t.lower_ == "?" for t in clause.subtree if t.i > clause.i) or _put_on_a_condition(clause):
        return None
    aux = {c.lower_ for c in children_of(clause) if c.dep_ == "aux"}
    if "have" in aux and aux & (OBLIGATION_MODALS | ADVICE_MODALS):
        # "Spain should have weighed the cost" reproaches what was not done; "they must have
        # known" is a guess.
        return (clause, REPROACH) if aux & ADVICE_MODALS else None
    if aux & OBLIGATION_MODALS:
        return clause, "demand"
    if aux & ADVICE_MODALS:
        return clause, "appeal"
    # "ought" may head its "to" clause as a verb would ("Uganda ought to withdraw").
    present = clause.tag_ in ("VBP", "VBZ") and not aux
    if clause.lower_ in ADVICE_MODALS or (present and clause.lemma_.lower() in ADVICE_VERBS):
        kind = "appeal"
    elif present and clause.lemma_.lower() in OBLIGATION_VERBS:
        kind = "demand"
    else:
        return None
    for inner in children_of(clause):
        if (
            inner.dep_ == "xcomp"
            and matching.is_verb(inner)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(inner))
        ):
            return inner, kind
    return None


def in_direct_quote(token: Token) -> bool:
    """Whether ``token`` lies inside a direct quotation the quotes module found."""
    return any(
        quote.kind == "direct" and quote.span[0] <= token.idx < quote.span[1]
        for quote in token.doc._.quotes or ()
    )


def _put_on_a_condition(clause: Token) -> bool:
    """ "if Togo wants peace, it should reopen the border", "whether Togo must ...": an
    obligation that holds only on a condition, or is wondered about, is put on no one."""

    def marked(token: Token) -> bool:
        return any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in children_of(token))

    return marked(clause) or any(c.dep_ == "advcl" and marked(c) for c in children_of(clause))
