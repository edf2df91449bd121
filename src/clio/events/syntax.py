"""Questions about a clause asked of the dependency parse: who does it, whether it is asserted,
what it reports, what it hangs on. Pure functions of spaCy tokens.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from clio.events import arguments as args
from clio.events import matching
from clio.events.children import children_of
from clio.events.lexicon import event_words
from clio.events.matching import TIME_SPANS
from clio.events.modality import ASPECTUAL_VERBS
from clio.records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token


REPORTING_VERBS = event_words("reporting_verbs")
# What may stand between a verb and its "to" clause: when and how ("offered on Monday to help").
ADJUNCT_DEPS = frozenset({"prep", "advmod", "npadvmod"})
LEAVING_LEMMAS = event_words("leaving_lemmas")
# Verbs of answering an act, whose object is what the other side did to the subject.
RESPONSE_VERBS = event_words("response_verbs")
# Subordinators of a clause told as happening at the same moment ("was shot when ...", "as ...").
SAME_MOMENT_MARKS = event_words("same_moment_marks")
ACCUSE_CODE, CLAIM_RESPONSIBILITY_CODE = "112", "015"
# A plea answers a charge: guilty admits it (015), not guilty denies it (016).
DENY_RESPONSIBILITY_CODE = "016"
PLEA_LEMMAS = event_words("plea_lemmas")


def reporting_asker(predicate: Token, index: args.ActorIndex) -> list[Actor]:
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


def names_a_person(head: Token) -> bool:
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


# What one is made to "pay for" when paying is punishment.
PUNISHED_WRONGS = event_words("punished_wrongs")


def in_the_writers_voice(predicate: Token) -> bool:
    """A main clause that no one is quoted or reported as saying: not a reported clause, not in
    quotation marks."""
    if predicate.dep_ != "ROOT":
        return False
    sentence = predicate.sent
    return not any(t.lemma_.lower() in REPORTING_VERBS and t.i != predicate.i for t in sentence) and not any(
        t.is_quote for t in sentence
    )


# Words after "pay" that make it paying money ("pay more", "pay for the repairs").
MONEY_PAYING_MARKS = event_words("money_paying_marks")


def made_to_pay(verb: Token) -> Token | None:
    """ "would make Iran pay": the clause of paying, whose subject is made to pay."""
    if verb.lemma_.lower() != "make":
        return None
    for clause in children_of(verb):
        if clause.dep_ not in ("ccomp", "xcomp") or clause.lemma_.lower() != "pay":
            continue
        parts = children_of(clause)
        # "make customers pay more", "pay for the repairs": money, not punishment.
        money = any(
            (p.dep_ == "dobj" and p.lemma_.lower() != "price") or p.lower_ in MONEY_PAYING_MARKS
            for p in parts
        )
        if any(p.dep_ == "nsubj" for p in parts) and not money:
            return clause
    return None


PAID_FOR_PRONOUNS = event_words("paid_for_pronouns")


def pays_a_price(verb: Token) -> bool:
    """ "will pay a heavy price", "would pay for it", "will pay for their crimes": paying as
    punishment, by someone named other than the speaker; not paying money ("would pay for the
    reconstruction", "it would pay its debts")."""
    if not any(c.dep_ == "nsubj" and c.lower_ not in args.PRONOUNS for c in children_of(verb)):
        return False
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    if objects:
        return all(o.lemma_.lower() == "price" for o in objects)
    wrongs = args.prep_objects((verb,), "for")
    return any(p.lower_ in PAID_FOR_PRONOUNS or p.lemma_.lower() in PUNISHED_WRONGS for p in wrongs)


UNANSWERED_WORDS = event_words("unanswered_words")


def left_unanswered_denied(clause: Token, consequence_nouns: frozenset[str]) -> bool:
    """ "would not go unanswered", "will not be left without consequences", "will not remain
    unpunished": a deed said, negated, to stay without an answer is promised one. Only the
    clause's own negation counts ("no attack would go unanswered" names no deed at all)."""
    if not any(c.dep_ == "neg" for c in children_of(clause)):
        return False
    if any(
        c.dep_ in ("acomp", "oprd", "advmod", "xcomp") and c.lower_ in UNANSWERED_WORDS
        for c in children_of(clause)
    ):
        return True
    return any(o.lemma_.lower() in consequence_nouns for o in args.prep_objects((clause,), "without"))


def names_an_act_of_war(clause: Token) -> bool:
    """ "an intervention would be a declaration of war", "would be an act of war": what another
    may do is named an act of war, which threatens force ("it would be a long war" is a forecast)."""
    if clause.lemma_.lower() != "be":
        return False
    return any(
        attr.dep_ == "attr" and any(o.lemma_.lower() == "war" for o in args.prep_objects((attr,), "of"))
        for attr in children_of(clause)
    )


def resolved_as_actor(token: Token) -> bool:
    """ "the government", "the army": a word the actor layer resolved."""
    return any(start <= token.idx < end for start, end in (a.span for a in token.doc._.actors or ()))


DEFINITE_DETERMINERS = event_words("definite_determiners")


def definite(noun: Token) -> bool:
    """ "the vote", "this decision": a noun phrase that points at something already told."""
    return any(d.dep_ == "det" and d.lower_ in DEFINITE_DETERMINERS for d in children_of(noun))


def prefix_negated(noun: Token) -> bool:
    """ "de-escalation", "non-aggression": a word the tokenizer split after a prefix that turns
    its meaning around."""
    doc = noun.doc
    return noun.i >= 2 and doc[noun.i - 1].text == "-" and doc[noun.i - 2].lower_ in NEGATING_PREFIXES


# Prefixes that turn a word's meaning around.
NEGATING_PREFIXES = event_words("negating_prefixes")


def likened(noun: Token) -> bool:
    """ "a similar appeal", "the same demand": an act like one the story told ("matching" is
    often parsed as a compound: "imposed matching sanctions")."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in LIKENING_WORDS for c in children_of(noun))


# Words that liken an act to an earlier one.
LIKENING_WORDS = event_words("likening_words")


def what_it_called(predicate: Token) -> list[Token]:
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


def measured_span(verb: Token, noun: Token) -> bool:
    """The event noun is reached through a span of time the verb's object measures ("two days
    of talks", "three rounds of negotiations")."""
    measures = [c for c in children_of(verb) if c.dep_ == "dobj" and c.lemma_.lower() in TIME_SPANS]
    return any(noun in m.subtree for m in measures)


# What one owns up to when acknowledging or admitting (CAMEO 015).
DEED_NOUNS = event_words("deed_nouns")


def admits_a_deed(verb: Token) -> bool:
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
        if child.dep_ == "ccomp" and own_past_deed(child):
            return True
    return False


def own_past_deed(clause: Token) -> bool:
    """ "admitted that he stole the car", "admitted that she had driven him to Alabama": a clause
    telling what the admitter (a personal pronoun) did; "admitted that there are problems",
    "admitted that the plan is flawed" tell no deed of theirs."""
    if clause.tag_ != "VBD" and not any(c.dep_ == "aux" and c.lower_ == "had" for c in children_of(clause)):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in args.PRONOUNS for c in children_of(clause)) and (
        clause.lemma_.lower() != "be"
    )


def describes_a_noun(token: Token) -> bool:
    """A past participle modifying a noun ("the journalists detained last month were freed",
    "the town captured in 2014") describes a participant; it is background, not news itself,
    and its noun is its patient, never its agent."""
    if token.dep_ == "relcl":
        # "the group that has seized parts of Iraq": a perfect relative clause describes the
        # noun's record, not today's news; one set on a day of its own ("the envoy, who had
        # criticised the president on Monday") tells an event.
        perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children_of(token))
        return perfect and not names_a_day(token)
    if token.dep_ == "acl" and token.tag_ == "VBN" and _mediated_by(token):
        return False
    return token.dep_ == "acl" and token.tag_ == "VBN" and not args.predicate_of_a_rooted_name(token)


# Verbs of mediating or hosting talks ("a truce brokered by Qatar", "talks hosted by Riyadh").
MEDIATING_VERBS = event_words("mediating_verbs")


def mediated_parties(participle: Token) -> list[Token]:
    """The parties to a deal or talks that a mediation participle hangs on: those "between" whom
    they are, else the doers and partners of the clause that names them ("Ethiopia and Eritrea
    signed a deal after talks hosted by Riyadh", "agreed to normalise ties with Israel in a deal
    brokered by Washington"). Empty for any other token."""
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or not _mediated_by(participle):
        return []
    noun = participle.head
    between = args.between_heads(noun)
    if between:
        return between
    clause = noun
    for _ in range(4):
        if clause.pos_ in ("VERB", "AUX") or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.pos_ not in ("VERB", "AUX"):
        return []
    partners = [c for c in children_of(clause) if c.dep_ == "dobj" and c.i != noun.i]
    return [*args.subject_heads(clause), *partners, *args.prep_objects((clause,), "with")]


def _mediated_by(participle: Token) -> bool:
    """ "a deal brokered by Washington", "talks hosted by Saudi Arabia": a mediation participle
    with its "by" agent named tells that agent's act on the deal or talks it hangs on."""
    return participle.lemma_.lower() in MEDIATING_VERBS and any(
        c.dep_ == "agent" for c in children_of(participle)
    )


# Words and prepositions that set a clause on a day of its own ("on Monday", "last month").
DAY_WORDS = event_words("day_words")
DAY_PREPS = frozenset({"on", "in"})


def names_a_day(clause: Token) -> bool:
    """Whether a clause sets itself on a day or month of its own ("on Monday", "on May 30",
    "last month"): a date in one of its own time phrases, named by a day word, not a span
    ("in recent days", "since 2010")."""
    phrases = [
        c for c in children_of(clause) if c.dep_ == "npadvmod" or (c.dep_ == "prep" and c.lower_ in DAY_PREPS)
    ]
    return any(
        t.ent_type_ in ("DATE", "TIME") and t.lower_ in DAY_WORDS
        for phrase in phrases
        for t in phrase.subtree
    )


def conditional_threat(token: Token, inner_code: str) -> bool:
    """An announced withdrawal or hostile act made conditional ("will pull out its troops
    unless ..."): a threat. A conditional offer of cooperation stays an intent."""
    return inner_code[:2] >= "08" and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in children_of(c))
        for c in children_of(token)
    )


def through_aspect(verb: Token) -> Token:
    """ "ready to keep talking", "vowed to continue fighting": the act is what the aspectual
    verb goes on doing."""
    while verb.lemma_.lower() in ASPECTUAL_VERBS:
        inner = next((c for c in children_of(verb) if c.dep_ == "xcomp" and matching.is_verb(c)), None)
        if inner is None:
            break
        verb = inner
    return verb


def gerund_complement(clause: Token) -> bool:
    """ "ruled out apologising to Russia" parsed as an adverbial clause: a gerund right after
    the frame verb (or its particle), with no subject or marker of its own, is what the verb
    refuses or intends, not a participle telling what else was done ("rejected it, saying")."""
    if clause.dep_ != "advcl" or clause.tag_ != "VBG":
        return False
    if any(c.dep_ in args.SUBJECT_DEPS or c.dep_ == "mark" for c in children_of(clause)):
        return False
    head = clause.head
    between = [t for t in head.doc[head.i + 1 : clause.i]]
    return all(t.dep_ == "prt" and t.head.i == head.i for t in between)


def bare_infinitive(clause: Token) -> bool:
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


def asked_infinitive(clause: Token) -> bool:
    """ "asked the OAS on Thursday to investigate", "urged Kyiv in a letter to hold talks": a "to"
    infinitive after the addressee and a time or manner adjunct, which the parser hangs on the verb
    as an adverbial clause; it is what the addressee is asked to do, as "asked the OAS to
    investigate" is. Only when the verb has that addressee as its object and the clause no subject
    of its own."""
    children = list(children_of(clause))
    to = [c for c in children if c.dep_ == "aux" and c.lower_ == "to"]
    if (
        clause.dep_ != "advcl"
        or not to
        or any(c.dep_ in args.SUBJECT_DEPS or c.dep_ == "mark" for c in children)
    ):
        return False
    head = clause.head
    objects = [c for c in children_of(head) if c.dep_ == "dobj" and c.i < to[0].i]
    if not objects:
        return False
    adjuncts = {
        t.i
        for c in children_of(head)
        if (c.dep_ in ADJUNCT_DEPS or c.dep_ == "dobj") and head.i < c.i < to[0].i
        for t in c.subtree
    }
    return all(i in adjuncts for i in range(head.i + 1, to[0].i))


def infinitival(clause: Token) -> bool:
    """ "wants Putin to attack": a clause with its own subject and a "to" infinitive."""
    children = list(children_of(clause))
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children) and any(
        c.dep_ in args.SUBJECT_DEPS for c in children
    )


# "killed in an air strike" reports the strike; "since the invasion", "after the offensive" refer
# back to earlier events that would get the wrong (article) date here.
_SETTING_PREPS = event_words("setting_preps")
_SPAN_NOUNS = event_words("span_nouns")
_OWNED_DEED_PREPS = event_words("owned_deed_preps")


def owned_deed(noun: Token) -> bool:
    """An event noun under a preposition of time, cause or topic that names its doer by a
    possessor or a "by" phrase that is no pronoun ("sanctions over Russia's invasion of Ukraine",
    "recalled its envoy after Belarus's expulsion of two diplomats"): a deed referred to as done."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in _OWNED_DEED_PREPS:
        return False
    return any(
        head.dep_ in ("poss", "pobj") and head.pos_ in ("PROPN", "NOUN")
        for head in args.nominal_source_heads(noun)
    )


def asserted_nominal(noun: Token) -> bool:
    if noun.dep_ in ("nsubj", "nsubjpass", "ROOT", "appos"):
        return True
    if noun.dep_ in ("dobj", "pobj") and args.between_heads(noun) and _own_day(noun):
        # "television showed a meeting Friday between Putin and Aliyev": an event with its own
        # parties and its own day happened, whatever the sentence says about it.
        return True
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if undergone_by(noun) is not None:
        return True  # "responded to Armenian fire", "came under shelling": it happened
    if prep.lower_ in _SETTING_PREPS:
        return True
    # "three days of fighting ... ended": a span of time made of the event is the event.
    return prep.lower_ == "of" and prep.head.lemma_.lower() in _SPAN_NOUNS and asserted_nominal(prep.head)


def _own_day(noun: Token) -> bool:
    """The event noun carries its own time ("a meeting Friday", "Monday's talks"; the parser
    may hang the day on the verb: "showed a meeting Friday")."""
    holders = (noun, noun.head) if noun.dep_ == "dobj" else (noun,)
    return any(
        c.ent_type_ in ("DATE", "TIME") and c.dep_ in ("npadvmod", "poss", "compound", "nmod")
        for holder in holders
        for c in children_of(holder)
    )


RESPONSE_PREPS = event_words("response_preps")


def undergone_by(noun: Token) -> Token | None:
    """The verb whose subject the event ``noun`` was done to: "its troops responded to Armenian
    fire", "retaliated against the attack", "the convoy came under Russian shelling"; else None."""
    prep = noun.head
    if noun.dep_ != "pobj":
        return None
    verb, lemma = prep.head, prep.head.lemma_.lower()
    if prep.lower_ in RESPONSE_PREPS and lemma in RESPONSE_VERBS:
        return verb
    return verb if prep.lower_ == "under" and lemma == "come" else None


NOT_GUILTY_MARKS = event_words("not_guilty_marks")


def plea(token: Token) -> str | None:
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
    denied = any(w in NOT_GUILTY_MARKS for w in words)
    return DENY_RESPONSIBILITY_CODE if denied else CLAIM_RESPONSIBILITY_CODE


def reduced_passive(verb: Token) -> bool:
    """A headline's passive without "was": "Man accused of threatening tax worker", "Ex-minister
    charged with fraud". The parser makes the accused the subject; an active accusation names
    the accused as its object ("X accused Y of ...")."""
    children = list(children_of(verb))
    return (
        verb.tag_ in ("VBN", "VBD")
        and any(c.dep_ == "prep" and c.lower_ in ("of", "with") for c in children)
        and not any(c.dep_ in ("dobj", "dative", "auxpass", "aux") for c in children)
    )


def clauses_at_that_moment(predicate: Token) -> list[Token]:
    """ "was shot dead when an army patrol opened fire on him", "was wounded as police returned
    fire": a passive without its agent says only who suffered; a clause told as happening at that
    very moment, in which someone does something to someone, tells the rest of the one act."""
    if not args.is_passive(predicate) or any(c.dep_ == "agent" for c in children_of(predicate)):
        return []
    clauses: list[Token] = []
    for clause in children_of(predicate):
        if clause.dep_ != "advcl" or not matching.is_verb(clause) or args.is_passive(clause):
            continue
        clause_children = list(children_of(clause))
        if not any(c.dep_ in ("advmod", "mark") and c.lower_ in SAME_MOMENT_MARKS for c in clause_children):
            continue
        if any(
            c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in args.TARGET_PREPS) for c in clause_children
        ):
            clauses.append(clause)
    return clauses


def doers_at_that_moment(predicate: Token) -> list[Token]:
    """The doers such a clause names: its subject. A clause about the victim ("as he fled",
    "when they pulled over the car": a pronoun subject) or about a happening that acts on
    nothing ("when two helicopters crashed") names no doer."""
    return [
        c
        for clause in clauses_at_that_moment(predicate)
        for c in children_of(clause)
        if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.lower_ not in args.PRONOUNS
    ]


INDEFINITE_ARTICLES = event_words("indefinite_articles")


def scores(verb: Token) -> bool:
    """ "shot a 68", "posted a 3-under 69": an article before a bare number makes it a score or
    a result; "killed 12" counts victims."""
    return any(
        c.dep_ == "dobj"
        and c.pos_ == "NUM"
        and any(d.dep_ == "det" and d.lower_ in INDEFINITE_ARTICLES for d in children_of(c))
        for c in children_of(verb)
    )


def doer_heads(predicate: Token) -> list[Token]:
    """Who a reported clause is about: its subject, and the one whose words or doings the
    subject is ("the claim by Democrats", "Trump's remarks")."""
    subjects = args.subject_heads(predicate)
    owners = [c for s in subjects for c in children_of(s) if c.dep_ in ("poss", "amod", "compound")]
    return [*subjects, *owners, *args.prep_objects(subjects, "by")]


def judging_words(clause: Token) -> list[Token]:
    """The words a reported clause says its subject is or does: the complement of "be" ("is a
    disgrace", "reckless"), else the verb's objects ("tells lies", "smacked of hypocrisy"),
    with their modifiers."""
    if clause.lemma_ == "be":
        words = [c for c in children_of(clause) if c.dep_ in ("attr", "acomp")]
    else:
        words = [c for c in children_of(clause) if c.dep_ == "dobj"]
        words += args.prep_objects((clause,), "of", "in", "with")
    return words + [m for w in words for m in children_of(w) if m.dep_ in ("amod", "compound")]


def depth(token: Token) -> int:
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


OWN_PRONOUNS = event_words("own_pronouns")


def own_people_leave(verb: Token, clause: Token) -> bool:
    """ "ordered its citizens to leave Lebanon": the one ordered is the source's own people
    ("its", "their") and what they leave is named (a country)."""
    if clause.lemma_.lower() not in LEAVING_LEMMAS:
        return False
    people = [c for c in children_of(verb) if c.dep_ == "dobj" and c.lemma_.lower() in NATIONALS]
    own = any(p.dep_ == "poss" and p.lower_ in OWN_PRONOUNS for c in people for p in children_of(c))
    return own and any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in children_of(clause))


# Verbs that set a deadline, and the prepositions of its limit ("gave Moscow until midnight").
DEADLINE_VERBS = event_words("deadline_verbs")
DEADLINE_PREPS = event_words("deadline_preps")
# Where the parser hangs the act demanded: on the verb, or on the span of time given for it.
_DEMANDED_ACT_DEPS = frozenset({"advcl", "xcomp", "relcl", "acl"})


def deadline_demand(verb: Token) -> Token | None:
    """ "gave the rebels 48 hours to surrender", "gave Moscow until midnight on Tuesday to
    explain": a span of time or a limit given someone to do something is an ultimatum; the act
    it demands (the "to" infinitive). Time to leave is an expulsion, told by other rules."""
    if verb.lemma_.lower() not in DEADLINE_VERBS:
        return None
    children = list(children_of(verb))
    spans = [
        c
        for c in children
        if c.dep_ in ("dobj", "dative", "npadvmod")
        and c.lemma_.lower() in TIME_SPANS
        and any(n.dep_ in ("nummod", "det") for n in children_of(c))
    ]
    limits = [c for c in children if c.dep_ == "prep" and c.lower_ in DEADLINE_PREPS]
    addressed = [c for c in children if c.dep_ in ("dobj", "dative") and c not in spans]
    if not (spans or limits) or not addressed:
        return None
    # "gave Syrian forces until the end of February to pull back": the parser may hang the
    # infinitive inside the limit's phrase, on its last noun.
    in_limits = [t for limit in limits for t in limit.subtree if t.dep_ in ("acl", "relcl")]
    acts = [
        c
        for c in [*children, *(g for s in spans for g in children_of(s)), *in_limits]
        if c.dep_ in _DEMANDED_ACT_DEPS and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))
    ]
    if not acts or acts[0].lemma_.lower() in LEAVING_LEMMAS:
        return None
    return acts[0]


# Who a state can order home: its own people abroad.
NATIONALS = event_words("nationals")


COUNTRY_NOUNS = event_words("country_nouns")


def leaves_the_country(clause: Token) -> bool:
    if clause.lemma_.lower() not in LEAVING_LEMMAS:
        return False
    places = [c for c in children_of(clause) if c.dep_ == "dobj"]
    return all(p.lemma_.lower() in COUNTRY_NOUNS for p in places)


OCCASION_PREPS = event_words("occasion_preps")


def is_occasion(noun: Token) -> bool:
    """An event noun giving the occasion of a verb: "during a visit to", "on a trip to"."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in OCCASION_PREPS and prep.head.pos_ in ("VERB", "AUX")


def is_each_other(token: Token) -> bool:
    """The reciprocal pronoun "each other" / "one another" as an argument, or as the owner of
    one ("expelled each other's ambassadors", "each expelled six of the other's diplomats")."""
    words = {token.lower_, *(c.lower_ for c in children_of(token) if c.dep_ in ("det", "amod", "nummod"))}
    if token.dep_ == "poss":
        return words in ({"other", "each"}, {"other", "the"})
    if token.dep_ not in ("dobj", "pobj", "dative"):
        return False
    if words == {"other", "the"}:
        # "A and B each accused the other": "the other" is reciprocal only with a distributive
        # "each" on the clause or its subject ("accused the other side" names someone).
        return _distributed(token.head if token.dep_ != "pobj" else token.head.head)
    return words in ({"other", "each"}, {"one", "another"}, {"another", "one"})


def _distributed(verb: Token) -> bool:
    """Whether a clause says its subjects act one by one: "each" on the verb or its subject."""
    subjects = [c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.lower_ == "each" for t in (verb, *subjects) for c in children_of(t))


def quoted_clauses(tokens: Sequence[Token], span: tuple[int, int]) -> list[Token]:
    """The clauses a direct quotation says outright, among ``tokens`` (one sentence): each
    clause inside the quote whose head lies outside it ('"This is a betrayal," she said', where
    the quote hangs on "said") or that is the sentence's own root (a quote told in sentences of
    its own), with the clauses coordinated with them. Clauses nested deeper are the quote's own
    asides, conditions and reports."""

    def inside(token: Token) -> bool:
        return span[0] <= token.idx and token.idx + len(token.text) <= span[1]

    tops = [t for t in tokens if inside(t) and (t.head.i == t.i or not inside(t.head))]
    clauses = [c for t in tops for c in args.conjuncts(t) if inside(c)]
    return [c for c in clauses if c.lemma_ == "be" or matching.is_verb(c)]


def extraposed(clause: Token) -> bool:
    """Whether a clause (or what it calls its subject) has a clause of its own that its "it"
    stands in for: "it is wrong to wait", "it would be a mistake for them to go", "it is
    unacceptable that they fired"."""
    complements = [c for c in children_of(clause) if c.dep_ in ("attr", "acomp")]
    clauses = [d for t in (clause, *complements) for d in children_of(t)]
    return any(
        d.dep_ in ("ccomp", "xcomp", "csubj")
        or (
            d.dep_ in ("relcl", "advcl", "acl")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(d))
        )
        for d in clauses
    )
