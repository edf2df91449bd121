"""The parse repair: a report tagged with "a NOUN SUBJECT VERB" reads as the main clause, the
tag as an apposition carrying a relative clause; other sentences are left as parsed."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from clio.nlp.repair import mend_tagged_reactions
from tests.event_text import event_dyads

DAY = dt.date(2023, 9, 15)


def heads(nlp: Language, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(t.text, t.dep_, t.head.text) for t in doc]


def test_the_report_becomes_the_main_clause(nlp: Language) -> None:
    text = "Guyana accused Suriname of arming gangs, a charge Paramaribo denies."
    parsed = {word: (dep, head) for word, dep, head in heads(nlp, text)}
    assert parsed["accused"] == ("ROOT", "accused")
    assert parsed["charge"] == ("appos", "gangs")
    assert parsed["denies"] == ("relcl", "charge")
    assert parsed["."][1] == "accused"


def test_other_sentences_keep_their_parse(nlp: Language) -> None:
    for text in (
        "The talks will go ahead, the minister told reporters on Friday.",
        "Oslo expelled two diplomats, a move Moscow condemned.",
        "Guyana said it would hold a referendum.",
    ):
        doc = nlp.make_doc(text)
        for _, proc in nlp.pipeline:
            if proc is nlp.get_pipe("clio_parse_repair"):
                break
            doc = proc(doc)
        before = [(t.dep_, t.head.i) for t in doc]
        assert [(t.dep_, t.head.i) for t in mend_tagged_reactions(doc)] == before, text


def test_the_accusation_keeps_its_doer(nlp: Language) -> None:
    found = event_dyads(
        nlp, "Guyana accused Suriname of arming gangs, a charge Paramaribo denies.", DAY, root_only=True
    )
    assert ("GUY", "11", "SUR") in found, found
    assert not any(s == "SUR" and r == "11" for s, r, _ in found), found
