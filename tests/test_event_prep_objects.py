"""Event vocabulary, third round: what one withdraws from decides the act (a pattern may name the
objects of its preposition), pausing or cutting ties and aid, riot weapons and beheadings.
Sentences are made up."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.errors import DataError
from clio.events.patterns import load_book, parse_patterns
from tests.event_text import event_dyads

DAY = dt.date(2024, 3, 6)


def test_prep_objects_name_word_lists_and_need_a_preposition() -> None:
    line = (
        '{"id": "x", "lemma": "withdraw", "pos": "VERB", "prep": "from", "code": "160",'
        ' "prep_objects": ["@pacts", "bloc"]}'
    )
    lists = {"pacts": frozenset({"treaty"})}
    [pattern] = parse_patterns(line, source="p.jsonl", word_lists=lists)
    assert pattern.prep_objects == {"treaty", "bloc"}
    assert pattern.specificity == 2  # more specific than the bare "withdraw from"
    with pytest.raises(DataError, match="needs a 'prep'"):
        parse_patterns(line.replace('"prep": "from", ', ""), source="p.jsonl", word_lists=lists)


def test_leaving_verbs_share_the_membership_and_talks_words() -> None:
    book = load_book()
    [quit_bloc] = [p for p in book.verbs["quit"] if p.id == "hand.v.quit.membership"]
    [withdraw] = [p for p in book.verbs["withdraw"] if p.id == "hand.v.withdraw.from.membership"]
    assert quit_bloc.objects == withdraw.prep_objects
    assert {"treaty", "alliance"} <= withdraw.prep_objects


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # Withdrawing or pulling out from a pact reduces relations; from talks halts negotiations.
        ("Chad withdrew from the defence treaty with Sudan on Tuesday.", ("TCD", "160", "SDN")),
        ("Bolivia pulled out of the trade pact with Chile on Tuesday.", ("BOL", "160", "CHL")),
        ("Colombia withdrew from the peace talks with the ELN rebels on Tuesday.", ("COL", "164", "COL")),
        ("Kosovo walked out of the negotiations with Serbia on Tuesday.", ("KSV", "164", "SRB")),
        # Pausing a partnership reduces relations; cutting funding stops aid.
        ("Norway paused its partnership with Ethiopia on Tuesday.", ("NOR", "160", "ETH")),
        ("Sweden cut its funding for the Ugandan government on Tuesday.", ("SWE", "162", "UGA")),
        # Tear gas or pepper spray turned on people is violent repression.
        ("Kenyan police dispersed opposition supporters with tear gas on Tuesday.", ("KEN", "175", "KEN")),
        # Beheading is a killing by physical assault.
        ("Militants beheaded a Nigerian aid worker on Tuesday.", ("NGA", "1823", "NGA")),
    ],
)
def test_the_object_of_the_act_decides_its_code(nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    found = event_dyads(nlp, text, DAY)
    assert dyad in found, found


def test_withdrawing_from_a_place_stays_de_escalation(nlp: Language) -> None:
    found = event_dyads(nlp, "Ethiopian troops withdrew from the Somali town of Baidoa on Tuesday.", DAY)
    assert not any(code.startswith("16") for _, code, _ in found), found


def test_according_to_gives_the_verb_no_destination(nlp: Language) -> None:
    # "according to" is no two-word preposition like "out of": the people did not flee to the UN.
    found = event_dyads(nlp, "Somali villagers fled their homes, according to the United Nations.", DAY)
    assert not any(code.startswith("08") for _, code, _ in found), found
