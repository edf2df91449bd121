"""Mend one systematic misparse of the English model before anything reads the tree.

Wire copy tags a reaction onto a report with a noun and a contact relative clause: "Ghana accused
Togo of arming rebels, a charge Lome denied". The small English model reads the tail as the
sentence's main clause, with the report as its complement ("Lome denied [Ghana accused Togo]") and
"a charge" as the object of "denied", so the accusation is coded as Lome's, and the denial as
aimed at no one. The reading a person makes is the report as the main clause and the noun as an
apposition to it, carrying the reaction as a relative clause, as the model itself parses "Oslo
expelled two diplomats, a move Moscow condemned". :func:`mend_tagged_reactions` rebuilds that
tree; nothing else is touched.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

FACTORY = "clio_parse_repair"
# Fine-grained tags: the component runs right after the parser, before the attribute ruler
# maps them to coarse parts of speech.
NOUN_TAGS = ("NN", "NNS", "NNP", "NNPS")


def tagged_reaction(root: Token) -> tuple[Token, Token] | None:
    """For the root of a misread "REPORT, a NOUN SUBJECT VERB" sentence, the report's predicate and
    the noun; else None. The signs: the root's object is a noun with a determiner that comes
    after a comma closing the root's clausal complement, and before the root's own subject."""
    complements = [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i]
    objects = [c for c in root.children if c.dep_ == "dobj" and c.tag_ in NOUN_TAGS]
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    if len(complements) != 1 or len(objects) != 1 or not subjects:
        return None
    report, noun = complements[0], objects[0]
    doc = root.doc
    comma = noun.left_edge.i - 1
    if not (
        report.right_edge.i < noun.left_edge.i
        and comma >= 0
        and doc[comma].text == ","
        and noun.i < subjects[0].left_edge.i
        and any(c.dep_ == "det" for c in noun.children)
    ):
        return None
    return report, noun


def mend_tagged_reactions(doc: Doc) -> Doc:
    """Rebuild each misread "REPORT, a NOUN SUBJECT VERB" sentence (see the module docstring)."""
    for root in [t for t in doc if t.dep_ == "ROOT" and t.tag_.startswith("VB")]:
        found = tagged_reaction(root)
        if found is None:
            continue
        report, noun = found
        # The noun stands beside the last noun of the report ("arming rebels, a charge").
        anchors = [t for t in doc[report.left_edge.i : noun.left_edge.i - 1] if t.tag_ in NOUN_TAGS]
        anchor = anchors[-1] if anchors else report
        comma = doc[noun.left_edge.i - 1]
        trailing = [c for c in root.children if c.dep_ == "punct" and c.i > root.i]
        report.head, report.dep_ = report, "ROOT"
        noun.head, noun.dep_ = anchor, "appos"
        root.head, root.dep_ = noun, "relcl"
        comma.head = anchor
        for mark in trailing:
            mark.head = report
    return doc


@Language.component(FACTORY, requires=["token.dep"], assigns=["token.dep", "token.head"])
def parse_repair(doc: Doc) -> Doc:
    return mend_tagged_reactions(doc)
