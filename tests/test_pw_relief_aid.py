"""Humanitarian aid (CAMEO 073) as goods and helpers: the verbs of handing over share one list of
relief (``relief`` in the event lexicon), which names field hospitals, rescuers, medics and
firefighters beside food and tents, and the helpers sent are never the recipients.
Sentences are made up."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.events.patterns import load_book
from clio.nlp import prepare_doc
from tests.event_text import event_dyads

DAY = dt.date(2024, 3, 6)


def test_handing_over_verbs_share_the_relief_list() -> None:
    book = load_book()
    relief = {
        p.lemma: p.objects
        for lemma in ("send", "give", "deliver", "dispatch", "land")
        for p in book.verbs[lemma]
        if p.id.endswith(".relief")
    }
    assert set(relief) == {"send", "give", "deliver", "dispatch", "land"}
    assert len({frozenset(objects) for objects in relief.values()}) == 1
    assert {"hospital", "rescuer", "medic", "firefighter", "food", "tent"} <= relief["send"]


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # Care and rescue sent are humanitarian aid, as food and tents are.
        ("Jordan sent a field hospital to Lebanon on Tuesday.", ("JOR", "073", "LBN")),
        ("Greece sent a unit of firefighters and paramedics to Albania on Tuesday.", ("GRC", "073", "ALB")),
        ("Algeria dispatched rescuers to Libya on Tuesday.", ("DZA", "073", "LBY")),
        # "give" with relief as its object, the recipient as its indirect object.
        ("Norway has given Moldova generators and warm clothing.", ("NOR", "073", "MDA")),
    ],
)
def test_relief_goods_and_helpers_are_humanitarian_aid(
    nlp: Language, text: str, dyad: tuple[str, str, str]
) -> None:
    found = event_dyads(nlp, text, DAY)
    assert dyad in found, found


def test_helpers_sent_are_not_recipients(nlp: Language) -> None:
    # The doctors and nurses are Jordan's own; only Lebanon receives the aid.
    text = "Jordan sent doctors and nurses to Lebanon on Tuesday."
    doc = nlp(prepare_doc(nlp, text, article_id="t", article_date=DAY))
    targets = {(e.cameo, e.target.code if e.target else None) for e in doc._.events}
    assert targets == {("073", "LBN")}, targets


def test_a_giving_verb_without_relief_stays_no_event(nlp: Language) -> None:
    found = event_dyads(nlp, "Norway has given Moldova a warning about its debts.", DAY)
    assert not any(code.startswith("07") for _, code, _ in found), found
