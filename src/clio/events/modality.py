"""Negation and hypothetical markers: when a matched predicate is *not* an event.

Frames (intent, threat, refusal, denial, appeal, demand) live in the pattern data
(``frames.jsonl``) and are applied by the coder; this module holds the closed word classes that
decide whether a predicate is asserted at all. Functions take spaCy tokens but import nothing
from spaCy.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from clio.events.arguments import delivered_by_contact
from clio.events.children import children_of, per_token
from clio.events.lexicon import event_words
from clio.events.patterns import load_book
from clio.time.dating import is_history

if TYPE_CHECKING:
    from spacy.tokens import Token

NEGATORS = event_words("negators")
# Subordinators that make a clause conditional or open: "if Russia attacks", "whether to meet".
CONDITIONAL_MARKS = event_words("conditional_marks")
# Modal auxiliaries that leave an action unasserted ("could attack", "may meet").
HYPOTHETICAL_MODALS = event_words("hypothetical_modals")
# Future auxiliaries turn an action into a stated intent ("will attend" -> 03x / 13x).
FUTURE_AUX = event_words("future_aux")
# Prepositions under which a nominal event is not asserted ("without talks", "instead of sanctions").
NON_ASSERTING_PREPS = event_words("non_asserting_preps")


def _nobody_subject(token: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and _is_nobody(c) for c in children_of(token))


def _is_nobody(subject: Token) -> bool:
    return any(d.dep_ == "det" and d.lower_ == "no" for d in children_of(subject))


@per_token
def is_negated(token: Token) -> bool:
    """True when the predicate itself is negated ("did not attack", "no talks", "never met"), or
    its subject is nobody ("no soldier was killed", "No group has claimed responsibility")."""
    subjects = []  # one pass over the children: each visit makes a spaCy Token
    for child in children_of(token):
        dep = child.dep_
        if dep == "neg" or (dep in ("det", "advmod") and child.lower_ in NEGATORS):
            return True
        if dep == "preconj" and child.lower_ == "neither":  # "neither confirmed nor denied"
            return True
        if dep in ("nsubj", "nsubjpass"):
            subjects.append(child)
    if token.dep_ == "conj" and any(
        c.dep_ in ("cc", "preconj") and c.lower_ in ("neither", "nor") for c in children_of(token.head)
    ):
        return True
    return any(_is_nobody(subject) for subject in subjects)


def is_conditional(token: Token) -> bool:
    """True for predicates of an if/unless/whether clause or under a hypothetical modal."""
    for child in children_of(token):
        if child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKS:
            return True
        if child.dep_ == "aux" and child.lower_ in HYPOTHETICAL_MODALS:
            return True
    return False


def has_future_aux(token: Token) -> bool:
    """True for "will attend", "would meet", "'ll sign" (and not for "would have met")."""
    auxes = [c for c in children_of(token) if c.dep_ == "aux"]
    return any(a.lower_ in FUTURE_AUX for a in auxes) and not any(a.lemma_ == "have" for a in auxes)


# Verbs that only say an act goes on or starts: "will keep targeting" is as future as "will target".
ASPECTUAL_VERBS = event_words("aspectual_verbs")


def is_future(token: Token) -> bool:
    """A future auxiliary on the predicate or on the aspectual verb it completes."""
    if has_future_aux(token) or _be_to(token):
        return True
    head = token.head
    return token.dep_ == "xcomp" and head.lemma_.lower() in ASPECTUAL_VERBS and has_future_aux(head)


def _be_to(token: Token) -> bool:
    """ "is to visit Turkey next week": "be" with a "to" infinitive says what is planned."""
    head = token.head
    return (
        token.dep_ == "xcomp"
        and head.lemma_.lower() == "be"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token))
    )


# Verbs of hoping and wishing: what they complete is only wished for ("hopes to join NATO",
# "hoped all sides would resolve their differences"). The pattern data codes the hoping itself
# as no event, so nothing else keeps its complement from being told as done. Word forms are
# listed too: the tagger may lemmatise "hopes" as "hop".
WISH_VERBS = event_words("wish_verbs")


def is_wished(token: Token) -> bool:
    """The clause or infinitive completing "hope", "wish": "Georgia, which hopes to join NATO"."""
    head = token.head
    wish = head.lemma_.lower() in WISH_VERBS or head.lower_ in WISH_VERBS
    return wish and token.dep_ in ("xcomp", "ccomp") and head.pos_ in ("VERB", "AUX")


# Speech acts a present-tense relative clause tells as a claim kept up, not a standing trait.
STANDING_CLAIMS = event_words("standing_claims")


def is_standing_description(token: Token) -> bool:
    """A relative clause in the simple present describes what its noun habitually does or
    holds ("Nigeria, which supplies most of Niger's power", "Moscow, which opposes NATO's
    growth"): a standing trait of a participant, not an act the story reports. So does a
    present participle on a participant (see ``_describes_a_participant``)."""
    if token.dep_ == "acl" and token.tag_ == "VBG":
        return _describes_a_participant(token)
    return (
        token.dep_ == "relcl"
        and token.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ in ("aux", "auxpass") for c in children_of(token))
        # "the United States, which accuses her of fraud", "a claim Beirut denies": a claim the
        # party keeps making is told as its speech act, not as a trait.
        and not _claim_kept_up(token)
    )


# Relative pronouns that stand for the noun a relative clause hangs on ("Maduro, who calls ...").
_RELATIVE_SUBJECTS = frozenset({"who", "which", "that", "whom"})
# Determiners of a subject that spreads a claim over several parties ("a charge both deny").
_DISTRIBUTIVE_DETERMINERS = frozenset({"both", "each", "all"})


def _claim_kept_up(clause: Token) -> bool:
    """A present-tense relative clause of a claim whose claimant the clause names or hangs on
    ("the United States, which accuses her ...", "a claim Beirut denies"); a pronoun ("charges
    which he denies") or a claim spread over several parties ("a charge both governments deny")
    is left a description, its claimant too loosely told."""
    if clause.lemma_.lower() not in STANDING_CLAIMS:
        return False
    subjects = [c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    for subject in subjects:
        if subject.pos_ == "PRON" and subject.lower_ not in _RELATIVE_SUBJECTS:
            return False
        if any(
            c.dep_ in ("det", "predet") and c.lower_ in _DISTRIBUTIVE_DETERMINERS
            for c in children_of(subject)
        ):
            return False
    return True


def _describes_a_participant(participle: Token) -> bool:
    """ "crowds backing the president gathered", "missiles at bases hosting U.S. troops": a
    present participle that narrows the subject or a noun under a preposition says what that
    participant does or is doing, the setting of the report, not its news. On the object of
    the act it may be the news itself ("dispersed demonstrators protesting the vote"), and on
    a text it is the text's content ("a statement condemning the raid", also when the parser
    hangs it on the addressee: "sent a letter to leaders opposing the bill")."""
    noun = participle.head
    documents = load_book().document_nouns  # the "document_nouns" list of lexicon.json
    if noun.dep_ == "dobj" or noun.lemma_.lower() in documents:
        return False
    first = participle.left_edge.i
    if first > 0 and participle.doc[first - 1].text == ",":
        return False  # set off by a comma it tells another act: "Turkey, meeting Sweden, said"
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    return not any(c.dep_ == "dobj" and c.lemma_.lower() in documents for c in children_of(governor))


@lru_cache(maxsize=8)
def word_list(name: str) -> frozenset[str]:
    """A bundled list of words, one per line (``data/events/<name>``; "#" starts a comment)."""
    path = resources.files("clio.data").joinpath("events").joinpath(name)
    text = path.read_text(encoding="utf-8")
    lines = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return frozenset(line for line in lines if line)


def schedule_words() -> frozenset[str]:
    """The bundled words of timetable and design (``data/events/schedule_words.txt``)."""
    return word_list("schedule_words.txt")


def is_scheduled(token: Token) -> bool:
    """ "are due to meet on Sunday", "are slated to sign the accord", "was meant to help":
    an infinitive completing a word of timetable or design after "be" is arranged, not done
    (merely scheduled talks are no event until they are held)."""
    if token.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token)):
        return False
    head = token.head
    if head.lower_ not in schedule_words():
        return False
    # "is due" (acomp of "be") or "is scheduled" (a passive participle with its "be").
    if head.dep_ == "acomp" and head.head.lemma_.lower() == "be":
        return True
    return any(c.dep_ in ("auxpass", "aux") and c.lemma_.lower() == "be" for c in children_of(head))


def statement_setting_verbs() -> frozenset[str]:
    """The bundled verbs of speaking (``data/events/statement_setting_verbs.txt``)."""
    return word_list("statement_setting_verbs.txt")


# Verbs that introduce reported speech ("said", "told", "added"): the statements a setting of
# speech can hang on.
REPORTING_VERBS = event_words("reporting_verbs")


def is_statement_setting(token: Token) -> bool:
    """ "Speaking to reporters, the minister said ...", "he said, referring to the treaty", "the
    envoy, addressing the council, warned ...": a participle of speaking on a verb of saying, or on
    the subject of one, names the occasion and audience of the statement. The statement is the
    reported act; coded again, its setting would add a meeting or a statement to the press nobody
    reported as news. Speaking *with* someone ("Erdogan, speaking with Putin by telephone, said")
    is a conversation of two parties, an act of its own."""
    if token.tag_ != "VBG" or token.lemma_.lower() not in statement_setting_verbs():
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in children_of(token)):
        return False
    head = token.head
    if token.dep_ == "advcl":
        statement = head
    elif token.dep_ == "acl" and head.dep_ == "nsubj":
        statement = head.head
    else:
        return False
    if statement.dep_ == "ccomp":
        # "said, referring to Russia, that Europe would stay united": the parser may hang the aside
        # on the clause said rather than on the saying.
        statement = statement.head
    return statement.lemma_.lower() in REPORTING_VERBS


def commentator_nouns() -> frozenset[str]:
    """The bundled nouns of commentators (``data/events/commentator_nouns.txt``)."""
    return word_list("commentator_nouns.txt")


def _is_commentator(speaker: Token) -> bool:
    """ "Jane Doe, an economist at the university": a speaker set out by an indefinite description
    as a commentator (one of many such; a party's own spokesman is "the" or "its")."""
    for appos in children_of(speaker):
        if appos.dep_ != "appos" or appos.lemma_.lower() not in commentator_nouns():
            continue
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(appos)):
            return True
    return False


def is_commentary(token: Token) -> bool:
    """What a commentator says ("'The government wants cheap loans,' said Jane Doe, an economist at
    the university") is analysis of the news, not a report of it: the acts it names are the
    commentator's reading, history or guesswork, which the story does not tell as its news."""
    current = token
    for _ in range(8):
        head = current.head
        if head.i == current.i:
            return False
        if current.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in REPORTING_VERBS:
            speakers = [c for c in children_of(head) if c.dep_ == "nsubj"]
            return any(_is_commentator(s) for s in speakers)
        current = head
    return False


def is_purpose_clause(token: Token) -> bool:
    """ "met in Zurich to discuss trade": the infinitival purpose is not (yet) an event."""
    if token.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token)):
        return False
    # "summoned the ambassador to demand her release": the demand is made in the summons.
    return not delivered_by_contact(token)


def _bare_infinitive(token: Token) -> bool:
    """ "help Kinshasa fight": the parser hangs a bare infinitive with its own subject on the verb
    as a clause; with no auxiliary it is no finite statement but what that verb brings about."""
    if token.dep_ != "ccomp" or token.tag_ != "VB":
        return False
    return not any(c.dep_ == "aux" for c in children_of(token))


def _inside_purpose(token: Token) -> bool:
    """ "sent troops to help Kinshasa fight the rebels", "will travel there to gather facts and
    help ease tensions": what a purpose clause's infinitive goes on to name, or a conjunct that
    shares its subject, is aimed at as much as the purpose itself, however deep the chain runs."""
    current = token
    for _ in range(6):
        if current.head.i == current.i:
            return False
        if current.dep_ not in ("xcomp", "conj") and not _bare_infinitive(current):
            return False
        if current.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(current)):
            return False  # "went there to talk, and the rebels attacked": a clause of its own
        current = current.head
        if is_purpose_clause(current):
            return True
    return False


# Verbs of necessity: "has to speak", "needs to meet" say what is required, not what was done.
NECESSITY_VERBS = event_words("necessity_verbs")


def is_necessity(token: Token) -> bool:
    """ "Clinton has to speak to the voters", "needs to meet Putin"; "had to cancel" happened."""
    head = token.head
    if token.dep_ != "xcomp" or head.lemma_.lower() not in NECESSITY_VERBS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token)):
        return False
    return head.lemma_.lower() == "need" or head.tag_ in ("VBZ", "VBP", "VB")


def is_noun_complement(token: Token) -> bool:
    """A gerund completing a noun ("no intention of attacking", "the threat of invading", "fears
    of attacking"): the noun frames the act as intended, feared or possible, not done."""
    prep = token.head
    return (
        token.dep_ == "pcomp"
        and token.tag_ == "VBG"
        and prep.dep_ == "prep"
        and prep.head.pos_ == "NOUN"
        and prep.head.i != prep.i
    )


# Determiners of a noun that stands for anyone at all ("any aircraft that attacked").
GENERIC_DETERMINERS = event_words("generic_determiners")


def is_generic_relative(token: Token) -> bool:
    """A relative clause of "any aircraft that attacked ...": a condition, not a report."""
    return token.dep_ == "relcl" and any(
        c.dep_ == "det" and c.lower_ in GENERIC_DETERMINERS for c in children_of(token.head)
    )


# Verbs of knowing and believing: negated, they assert nothing of their clause ("did not know
# why he would shoot", "does not think Russia attacked"); a negated "say" still reports a claim.
COGNITION_VERBS = event_words("cognition_verbs")


def _told_as_unknown(clause: Token) -> bool:
    """The complement of a negated verb of knowing or perceiving ("did not know why he would
    shoot", "never overheard the officers discuss it"): the writer tells no such act."""
    head = clause.head
    return clause.dep_ == "ccomp" and head.lemma_.lower() in COGNITION_VERBS and is_negated(head)


# Verbs whose complement clause is an act they cause or permit ("let X use", "made them leave").
CAUSATIVE_VERBS = event_words("causative_verbs")


def refusal_by_negation(token: Token) -> bool:
    """A negated predicate that is itself a told refusal ("does not recognise the court", "will
    not accept an extension"): negated, not conditional, and not unasserted by anything above it
    ("if Iran does not accept ...", "hopes Russia will not recognise ..." stay unasserted)."""
    if not is_negated(token) or is_conditional(token) or _inside_condition(token):
        return False
    if _hearsay_or_likelihood(token) or is_commentary(token):
        return False  # "it is unclear why the county was not accepting ..."
    if token.dep_ in ("relcl", "acl") or any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(token)):
        # "Iran, which does not recognise the Taliban", "is not recognised by any state": the
        # standing of a party described, not a refusal anyone voices.
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children_of(token))
    if perfect and token.dep_ != "ccomp":
        # "Serbia has never recognised Kosovo" in the writer's voice is the story's background;
        # said by someone ("said Indonesia had never recognised the line") it is a refusal.
        return False
    if token.dep_ in ("xcomp", "conj", "advcl") and token.head.i != token.i:
        return not clause_is_unasserted(token.head)
    return not (is_purpose_clause(token) or is_noun_complement(token) or is_wished(token))


@per_token
def clause_is_unasserted(token: Token) -> bool:
    """Walk up the clause chain: a negated or conditional governor makes the predicate unasserted.

    Stops at reporting boundaries (ccomp of "say") because "X said Y did not attack" negates only
    the inner clause, while "X did not say Y attacked" still reports Y's attack as someone's claim.
    """
    if is_purpose_clause(token) or _inside_purpose(token) or is_noun_complement(token):
        return True
    if is_generic_relative(token):
        return True
    if (
        is_necessity(token)
        or is_scheduled(token)
        or is_wished(token)
        or is_standing_description(token)
        or _inside_condition(token)
        or _hearsay_or_likelihood(token)
        or is_statement_setting(token)
        or is_commentary(token)
    ):
        return True
    if _shares_an_unasserted_frame(token) or _shares_an_infinitive_complement(token):
        return True
    current = token
    for _ in range(6):
        if is_negated(current) or is_conditional(current):
            return True
        head = current.head
        if _told_as_unknown(current):
            return True  # "did not know why he would shoot": nothing is told to have happened
        if current.dep_ == "ccomp" and head.lemma_.lower() in CAUSATIVE_VERBS:
            # "pledged not to let al Qaeda use Afghan soil": what is let happen shares the
            # letting's negation or condition.
            current = head
            continue
        if current.dep_ not in ("xcomp", "conj", "aux", "advcl") or current.head.i == current.i:
            return False
        if current.dep_ == "advcl" and not any(
            c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in children_of(current)
        ):
            return False
        if current.dep_ == "conj":
            # Coordinated predicates share the subject, not the negation ("met X but did not sign"),
            # unless the shared subject is nobody ("no soldier was killed or hurt").
            own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(current))
            if own_subject:
                # "did not know how he got in or why he would shoot": a clause coordinated with
                # the complement of a negated verb of knowing is as unknown as the first.
                return _told_as_unknown(current.head)
            return _nobody_subject(current.head)
        current = current.head
    return False


# Nouns whose "that" clause is what is said or thought, not what the writer reports ("denied
# reports that the rebels had agreed to a ceasefire"), and adjectives of how likely a clause is
# ("it was unlikely that the presidency would hold a summit").
HEARSAY_NOUNS = event_words("hearsay_nouns")
LIKELIHOOD_WORDS = event_words("likelihood_words")
# Modal auxiliaries that make a predicate a possibility, not a report ("could reverse").
POSSIBILITY_AUX = event_words("possibility_aux")


def _hearsay_or_likelihood(token: Token) -> bool:
    head = token.head
    if token.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and head.lemma_.lower() in HEARSAY_NOUNS:
        return True
    if token.dep_ != "ccomp":
        return False
    # "unlikely that ...", and "it was unlikely that ..." (the clause hangs on "was").
    judged = [head, *(c for c in children_of(head) if c.dep_ == "acomp")]
    return any(word.lemma_.lower() in LIKELIHOOD_WORDS for word in judged)


def _shares_an_unasserted_frame(token: Token) -> bool:
    """A coordinated predicate with no subject or auxiliary of its own shares the first one's
    purpose or possibility: "to deliver aid and meet with NGOs", "could reverse the rules or
    decline to appeal", "could spend years in prison and be fined" (a bare "be" is no finite
    verb of its own); not its negation: "met X but did not sign"."""
    if token.dep_ != "conj" or token.head.i == token.i:
        return False
    own = [
        c
        for c in children_of(token)
        if c.dep_ in ("nsubj", "nsubjpass", "aux") or (c.dep_ == "auxpass" and c.tag_ != "VB")
    ]
    if own:
        return False
    first = token.head
    modal = any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_AUX for c in children_of(first))
    return modal or is_purpose_clause(first) or is_scheduled(first)


def _shares_an_infinitive_complement(token: Token) -> bool:
    """ "urged Belgrade to free the men and to respect the border", "the rebels are to move into
    the zones and hand over their weapons": an infinitive coordinated with the infinitive that
    says what a verb's object is asked, told or allowed to do, or what "is to" be done, is
    completed by that verb as well, so it is as much asked for or planned as the first. The
    governing verb's frame reads the first infinitive; told alone, the second would be coded as
    done. Without an object the subject's own plan may be told as the act ("Bush scheduled to
    give a speech and meet dissidents" codes the meeting, as PETRARCH-style coding does), and a
    conjunct with a subject or a finite auxiliary of its own is a clause of its own."""
    if token.dep_ != "conj" or token.tag_ != "VB":
        return False
    if any(
        c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "aux" and c.lower_ != "to") for c in children_of(token)
    ):
        return False
    first = token.head
    if first.dep_ != "xcomp" or first.tag_ != "VB" or first.head.i == first.i:
        return False
    governor = first.head
    return governor.lemma_.lower() == "be" or any(c.dep_ == "dobj" for c in children_of(governor))


def _inside_condition(token: Token) -> bool:
    """A clause anywhere inside an if/unless clause, also through a noun it describes: "if you
    had an organization that was going around killing people"."""
    current = token
    for _ in range(8):
        if current.head.i == current.i:
            return False
        if current.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in children_of(current)
        ):
            return True
        current = current.head
    return False


# Conjunctions that place a clause before or around the reported news.
BACKGROUND_MARKS = event_words("background_marks")


def is_background(token: Token) -> bool:
    """A subordinate clause set long before the news: "when police expelled them ten years
    ago". A measured "three days after rebels attacked the town" is dated from its clause (see
    clio.time.dating) and stays an event of the report."""
    clause = token.head if token.dep_ == "conj" else token
    if clause.dep_ != "advcl":
        return False
    marks = [c for c in children_of(clause) if c.dep_ in ("mark", "advmod") and c.lower_ in BACKGROUND_MARKS]
    return bool(marks) and any(c.lower_ == "ago" for c in children_of(clause))


# Agreements and documents outlast the year that names them: "would not renew its 2017
# agreement", "citing an article of the 2014 constitution" act on them now.
AGREEMENT_NOUNS = event_words("agreement_nouns")


def _is_year(token: Token) -> bool:
    return len(token.text) == 4 and token.text.isdigit()


def is_named_by_an_old_year(noun: Token) -> bool:
    """An act named by its year ("raised the 2018 killing of the journalist", "linked to the 1994
    genocide", "since mass protests in 2018 were put down"): the year dates the happening, and one
    over a year before the article is history the story recalls, not its news."""
    lemma = noun.lemma_.lower()
    if lemma in AGREEMENT_NOUNS or lemma in load_book().document_nouns:
        return False
    article_date = noun.doc._.article_date
    years = [c.text for c in children_of(noun) if c.dep_ in ("nummod", "compound", "amod") and _is_year(c)]
    years += [
        year.text
        for prep in children_of(noun)
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for year in children_of(prep)
        if year.dep_ == "pobj" and _is_year(year)
    ]
    return any(is_history(year, article_date) for year in years)
