"""An act named by a year over a year before the article ("the 2016 killing") is history the
story recalls, not news; an agreement named by its year still stands and is acted on now."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from clio.nlp import prepare_doc


def codes(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(source, CAMEO code, target) of the events coded in ``text``."""
    doc = nlp(prepare_doc(nlp, text, article_id="t", article_date=dt.date(2022, 5, 10)))
    return {(e.source.code, e.cameo, e.target.code if e.target else "-") for e in doc._.events}


def test_an_act_named_by_an_old_year_is_no_event(nlp: Language) -> None:
    text = "Kenyan officials raised the 2016 killing of a Kenyan journalist by Somali troops."
    assert codes(nlp, text) == set()


def test_an_act_named_by_a_recent_year_stays(nlp: Language) -> None:
    text = "Kenyan officials raised the 2021 killing of a Kenyan journalist by Somali troops."
    assert {code[:2] for _, code, _ in codes(nlp, text)} == {"19"}


def test_an_agreement_named_by_an_old_year_is_still_acted_on(nlp: Language) -> None:
    text = "Panama said it would not renew its 2017 agreement with China."
    assert codes(nlp, text) == {("PAN", "127", "CHN")}


def roots(nlp: Language, text: str) -> set[str]:
    """The CAMEO roots of the events coded in ``text``."""
    return {code[:2] for _, code, _ in codes(nlp, text)}


def test_an_act_dated_in_an_old_year_is_no_event(nlp: Language) -> None:
    text = (
        "Zimbabwean President Robert Mugabe has cracked down on dissent since mass protests in 2016 "
        "were put down by police and party militias."
    )
    assert "14" not in roots(nlp, text)


def test_an_act_dated_in_a_recent_year_stays(nlp: Language) -> None:
    text = (
        "Zimbabwean President Robert Mugabe has cracked down on dissent since mass protests in 2022 "
        "were put down by police and party militias."
    )
    assert "14" in roots(nlp, text)
