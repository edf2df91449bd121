"""The tense of the clause a token sits in, read from the dependency parse.

Works on anything shaped like a spaCy ``Token`` (``head``, ``children``, ``dep_``, ``tag_``,
``pos_``, ``lemma_``, ``lower_``), so this module does not import spaCy. Returns "past",
"present", "future" or "" when the clause has no verb (a headline, a dateline).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from clio.time.lexicon import Lexicon, load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

_FUTURE_AUX = frozenset(
    {"will", "'ll", "shall", "wo", "would", "might", "may", "must", "should", "can", "ca"}
)
# Verbs that put their complement ahead in time even in the past tense ("planned a rally on Saturday").
_SCHEDULING_VERBS = frozenset({"plan", "schedule", "expect", "intend", "due"})
_PAST_AUX_TAGS = frozenset({"VBD"})
_PERFECT_AUX = frozenset({"have", "has", "'ve", "'s"})
_MAX_HOPS = 12


def clause_verb(token: Token) -> Token | None:
    """The nearest verb above ``token`` (itself included); None when the path reaches a non-verb root."""
    current = token
    for _ in range(_MAX_HOPS):
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in ("aux", "auxpass"):
            return _reporting_verb_of(token, current) or _reported_clause_of(token, current) or current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _reporting_verb_of(token: Token, verb: Token) -> Token | None:
    """ "NATO said on Tuesday it would send troops": the parser hangs "on Tuesday" on the
    reported clause, but a phrase between the reporting verb and the reported clause's subject
    belongs to the reporting verb."""
    if verb.dep_ != "ccomp" or not verb.head.i < token.i < verb.i:
        return None
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return verb.head if subjects and token.i < min(subjects) else None


# Verbs of a postposed attribution ("..., the ministry said", "..., officials told reporters").
ATTRIBUTION_VERBS = frozenset({"say", "tell", "report", "add", "announce", "confirm", "state"})


def _reported_clause_of(token: Token, verb: Token) -> Token | None:
    """ "Japan conveyed its concern to Chinese diplomats on Wednesday, the chief cabinet
    secretary told reporters": the parser may hang "on Wednesday" on the attribution that
    follows, but a phrase before the attribution's subject belongs to the clause it reports."""
    head = verb.head
    if (
        verb.dep_ not in ("advcl", "parataxis")
        or verb.lemma_.lower() not in ATTRIBUTION_VERBS
        or head.pos_ not in ("VERB", "AUX")
        or not head.i < token.i < verb.i
    ):
        return None
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or not token.i < min(subjects):
        return None
    between = token.doc[token.i : min(subjects)]
    return head if any(t.text == "," for t in between) else None


def verb_tense(verb: Token, *, lex: Lexicon | None = None, depth: int = 0) -> str:
    """Tense of the clause headed by ``verb``: auxiliaries first, then the verb's own tag."""
    lex = lex or load_lexicon()
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    infinitive = any(c.tag_ == "TO" for c in auxes)
    for aux in auxes:
        if aux.lower_ in _FUTURE_AUX:
            return "future"
    if infinitive:
        head = verb.head
        if head.i != verb.i and (
            head.lemma_.lower() in lex.forward_verbs or head.lower_ in lex.forward_verbs
        ):
            return "future"
        if head.i != verb.i and depth < 2 and head.pos_ in ("VERB", "AUX", "ADJ"):
            return verb_tense(head, lex=lex, depth=depth + 1)
        return "future"
    for aux in auxes:
        if aux.tag_ in _PAST_AUX_TAGS or aux.lower_ in _PERFECT_AUX:
            return "past"
    if verb.lemma_.lower() in _SCHEDULING_VERBS:
        return "future"
    tag = verb.tag_
    if tag == "VBD" or (tag == "VBN" and not auxes):
        return "past"
    if tag in ("VBZ", "VBP", "VBG", "VBN", "VB"):
        return "present"
    return ""


def governing_tense(token: Token, *, lex: Lexicon | None = None) -> str:
    """Tense of the clause governing ``token`` ("past", "present", "future" or "")."""
    lex = lex or load_lexicon()
    verb = clause_verb(token)
    if verb is None:
        return ""
    if _granted_limit(token, verb, lex):
        return "future"
    return verb_tense(verb, lex=lex)


# Prepositions that make a time the limit of a span ("until noon", "by Friday").
_LIMIT_PREPS = frozenset({"until", "till", "by"})


def _granted_limit(token: Token, verb: Token, lex: Lexicon) -> bool:
    """ "gave Russia until noon on Tuesday to respond": a limit granted by a deadline verb lies
    ahead of the granting, so a past "gave" does not make it last Tuesday."""
    if verb.lemma_.lower() not in lex.deadline_verbs:
        return False
    current = token
    for _ in range(_MAX_HOPS):
        if current.i == verb.i or current.head.i == current.i:
            return False
        if current.lower_ in _LIMIT_PREPS and current.head.i == verb.i:
            return True
        current = current.head
    return False
