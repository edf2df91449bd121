"""Whose actors the words name: "its spokesman" after a report is the reporter's, not the
reported actor's; "Western governments" no Western state names are no one (not the speaker's
own government); a "state carrier" is an airline; a European commissioner speaks for the EU;
help offered by two states together is not aimed at each other. Full pipeline (actors and
coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads


def dyads(nlp: Language, text: str, day: dt.date = dt.date(2024, 5, 1)) -> set[tuple[str, str, str | None]]:
    return event_dyads(nlp, text, day)


def sources(found: set[tuple[str, str, str | None]]) -> set[str]:
    return {s for s, _, _ in found}


def targets(found: set[tuple[str, str, str | None]]) -> set[str | None]:
    return {t for _, _, t in found}


REPORTERS_OWN = [
    # "its" is the foreign ministry's: the clause after ", and" is the reporter's next act.
    (
        "Spain's foreign ministry said Hungary had broken the rules, and its spokesman "
        "criticised the decision.",
        "111",
        "ESP",
    ),
    # The parser hangs the second clause on the reported verb; "its" is still Norway's.
    (
        "Within hours, Tehran expelled Sweden's ambassador. Norway's foreign ministry, by "
        "contrast, said Tehran had acted lawfully, and its spokesman accused Western "
        "governments of hypocrisy.",
        "112",
        "NOR",
    ),
]


@pytest.mark.parametrize(("text", "code", "owner"), REPORTERS_OWN)
def test_its_after_a_report_is_the_reporters(nlp: Language, text: str, code: str, owner: str) -> None:
    found = dyads(nlp, text)
    assert {s for s, c, _ in found if c == code} == {owner}


def test_western_governments_named_nowhere_are_not_the_speakers_own(nlp: Language) -> None:
    found = dyads(
        nlp,
        "Egypt's foreign ministry, by contrast, said Tehran had acted lawfully, and its "
        "spokesman accused Western governments of hypocrisy.",
    )
    assert "EGY" in sources(found)
    assert "EGY" not in targets(found)


def test_a_state_carrier_is_an_airline_not_the_military(nlp: Language) -> None:
    from clio.nlp import prepare_doc

    text = "Canada suspended the licence of the state carrier Air Lines on Monday."
    doc = nlp(prepare_doc(nlp, text, article_id="t", article_date=dt.date(2024, 5, 1)))
    sectors = {a.sector for a in doc._.actors}
    assert "MIL" not in sectors


COMMISSIONERS = [
    ("Home Affairs Commissioner Ylva Johansson criticised Hungary on Tuesday.", dt.date(2021, 5, 20), "SWE"),
    ("Trade Commissioner Valdis Dombrovskis criticised China on Tuesday.", dt.date(2023, 3, 1), "LVA"),
    (
        "Competition Commissioner Margrethe Vestager criticised Google on Tuesday.",
        dt.date(2018, 7, 18),
        "DNK",
    ),
]


@pytest.mark.parametrize(("text", "day", "home"), COMMISSIONERS)
def test_a_european_commissioner_speaks_for_the_eu(nlp: Language, text: str, day: dt.date, home: str) -> None:
    from clio.nlp import prepare_doc

    doc = nlp(prepare_doc(nlp, text, article_id="t", article_date=day))
    codes = {e.source.code for e in doc._.events}
    assert codes == {"IGOEUREEC"}
    assert home not in {e.source.country for e in doc._.events}


def test_help_offered_together_is_not_aimed_at_each_other(nlp: Language) -> None:
    found = dyads(nlp, "Japan and South Korea offered to help on Monday.")
    assert ("JPN", "033", "KOR") not in found
    assert ("KOR", "033", "JPN") not in found
    assert {s for s, code, _ in found if code == "033"} == {"JPN", "KOR"}


def test_co_signers_stay_each_others_partners(nlp: Language) -> None:
    # Cooperation agreed between the two is still mutual.
    found = dyads(nlp, "Japan and South Korea agreed to cooperate on Monday.")
    assert ("JPN", "031", "KOR") in found
    assert ("KOR", "031", "JPN") in found
