"""Knowledge-base entries that stories name often and CAMEO codes by convention: the European
Union's court is the Union acting through its judiciary, not a court of the country named beside
it; a breakaway region is coded as the state it belongs to (Somaliland as Somalia, as Abkhazia is
Georgia); a people named by an ethnic demonym before a citizenry's ("Greek Cypriots", "Cuban
Americans") is of the citizenry's country, while "Croatian Serbs" stay Croatia's; "the U.S.
National Guard" is a body of the United States although the tagger takes the whole as one
organisation name."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.nlp import prepare_doc


def actor_codes(nlp: Language, text: str) -> list[str]:
    doc = nlp(prepare_doc(nlp, text, article_id="t", article_date=dt.date(2023, 5, 4)))
    return [a.code for a in doc._.actors]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The European Court of Justice fined Hungary on Thursday.", "IGOEUREECJUD"),
        ("The ECJ ruled against Slovakia.", "IGOEUREECJUD"),
        ("Ethiopia signed a port deal with Somaliland on Monday.", "SOM"),
        ("Greek Cypriots protested against Turkey.", "CYP"),
        ("Turkish Cypriot police detained a man on Friday.", "CYPCOP"),
        ("Cuban Americans rallied against the deal.", "USA"),
        ("Croatian Serb refugees returned to their villages.", "HRVREF"),
        # A country's own body inside an organisation entity, with another country named first.
        ("Taiwan opened an office. The U.S. National Guard welcomed it.", "USAMIL"),
        ("Taiwan opened an office. The U.S. National Security Council welcomed it.", "USAGOV"),
    ],
)
def test_known_bodies_and_regions(nlp: Language, text: str, code: str) -> None:
    codes = actor_codes(nlp, text)
    assert code in codes, codes


@pytest.mark.parametrize(
    ("text", "day", "code"),
    [
        ("Kurdish President Masoud Barzani said the vote would go ahead.", dt.date(2017, 9, 26), "IRQGOV"),
        ("Masoud Barzani said the vote would go ahead.", dt.date(2017, 9, 26), "IRQGOV"),
        ("Masoud Barzani said the vote had been right.", dt.date(2020, 3, 2), "IRQELI"),
    ],
)
def test_a_leader_is_a_person_of_his_office_years(nlp: Language, text: str, day: dt.date, code: str) -> None:
    """Masoud Barzani led the Kurdistan Region of Iraq from 2005 to 2017; his name is a person's,
    not an alias of the regional government, so a title written before it is read with it and
    he is an elite after his term."""
    doc = nlp(prepare_doc(nlp, text, article_id="t", article_date=day))
    assert [a.code for a in doc._.actors] == [code]
