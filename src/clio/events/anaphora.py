"""Acts told again with a new doer: "Bahrain followed suit", "Canada did the same on Friday",
"Belgrade answered in kind".

Such a clause names no act of its own: its verb ("follow", "do", "answer") codes nothing, and the
act is the one the story told just before. A copy ("followed suit", "did the same") is that act
done by the clause's subject towards the same side; a return ("answered in kind") is the act done
to the subject, done back to its doer. The words are data (``copying_phrases``, ``in_kind_verbs``
in ``clio/data/events/lexicon.json``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from clio.events.children import children_of
from clio.events.lexicon import event_words
from clio.records import Actor, Event

if TYPE_CHECKING:
    from spacy.tokens import Token

Telling = Literal["copy", "return"]

# "follow suit", "do same": the verb's lemma and the word of its child that make the phrase.
COPYING_PHRASES = frozenset(tuple(pair.split()) for pair in event_words("copying_phrases"))
COPYING_VERBS_ALONE = event_words("copying_verbs_alone")
IN_KIND_VERBS = event_words("in_kind_verbs")
# What may hang on a verb that copies alone: its subject, auxiliaries, adverbs and punctuation
# ("Oman quickly followed, too"); a time phrase is checked apart ("followed on Friday").
ALONE_DEPS = frozenset({"nsubj", "aux", "advmod", "npadvmod", "punct", "cc", "conj", "neg", "mark", "advcl"})
TIME_ENTITIES = frozenset({"DATE", "TIME"})
# Statements and comments are no act a second side can copy (a "did the same" after a remark
# is about some deed told around it, not the remark).
UNCOPIED_ROOTS = frozenset({"01"})
# The pattern suffix of an event whose target the story implied (see coder.py).
IMPLIED_MARK = "+implied"


def telling_again(verb: Token) -> Telling | None:
    """Whether ``verb`` tells again the act told before: "copy" for "followed suit", "did the
    same", "did likewise"; "return" for "responded in kind"; None otherwise."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    if lemma in COPYING_VERBS_ALONE and _alone(verb):
        return "copy"
    for child in children_of(verb):
        if (lemma, child.lower_) in COPYING_PHRASES and child.dep_ != "nsubj":
            return "copy"
        if (
            lemma in IN_KIND_VERBS
            and child.lower_ == "in"
            and _next_word(child) == "kind"
            and _near(verb, child)
        ):
            # The parser hangs "kind" under "in" or elsewhere ("in kind on Tuesday"): the words
            # in a row are the phrase.
            return "return"
    return None


def _alone(verb: Token) -> bool:
    """Whether ``verb`` has a subject and nothing else but times and adverbs ("Oman followed on
    Friday"; not "followed the talks", "followed up", "followed with sanctions", "was followed by")."""
    children = children_of(verb)
    if not any(c.dep_ == "nsubj" for c in children):
        return False
    for child in children:
        if child.dep_ == "prep":
            objects = [g for g in children_of(child) if g.dep_ == "pobj"]
            if not objects or any(g.ent_type_ not in TIME_ENTITIES for g in objects):
                return False
        elif child.dep_ not in ALONE_DEPS:
            return False
    return True


def _near(verb: Token, word: Token) -> bool:
    """Whether ``word`` follows ``verb`` with no other verb between ("answered in kind", not
    "hit back by instructing ..., writing that it would answer in kind", misattached)."""
    between = verb.doc[verb.i + 1 : word.i]
    return word.i > verb.i and not any(t.pos_ in ("VERB", "AUX") for t in between)


def _next_word(token: Token) -> str:
    """The lower-cased word after ``token`` ("" at the end of the document)."""
    doc = token.doc
    return doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""


def same_side(one: Actor | None, other: Actor | None) -> bool:
    """Whether two actors are one side (the same code, or of the same country)."""
    if one is None or other is None:
        return False
    return bool({one.code, one.country} - {None, ""} & {other.code, other.country} - {None, ""})


def told_act(telling: Telling, earlier: Sequence[Event], doers: Sequence[Actor], before: int) -> Event | None:
    """The act a telling-again clause at character ``before`` repeats: the latest one told
    earlier that has a doer and a target and, for a copy, was done by another side to another
    side ("Saudi Arabia expelled Qatar's envoy ... Bahrain followed suit"), for a return, was done
    to the clause's doers ("Montenegro expelled Serbia's envoy ... Belgrade answered in kind")."""
    for event in reversed(earlier):
        start = event.evidence[0][0] if event.evidence else event.span[0]
        if start >= before or event.target is None or not event.source.code:
            continue
        if event.cameo_root in UNCOPIED_ROOTS or (event.pattern or "").endswith(IMPLIED_MARK):
            # A target the coder inferred is too weak a ground to infer a second act on.
            continue
        by_doers = any(same_side(event.source, d) for d in doers)
        to_doers = any(same_side(event.target, d) for d in doers)
        if by_doers:
            continue
        if (telling == "return") == to_doers:
            return event
    return None


def copied_targets(telling: Telling, act: Event, earlier: Sequence[Event]) -> tuple[Actor, ...]:
    """Whom the act told again is aimed at: for a copy, every side the same doer's same act of
    the same sentence was aimed at ("welcomed the agreement between Israel and Sudan ... Oman
    followed"); for a return, the act's doer."""
    if telling == "return":
        return (act.source,)
    out: list[Actor] = []
    for event in earlier:
        same_telling = event.span == act.span and event.cameo == act.cameo
        target = event.target if same_telling and event.source.code == act.source.code else None
        if target is not None and all(t.code != target.code for t in out):
            out.append(target)
    return tuple(out) or ((act.target,) if act.target is not None else ())
