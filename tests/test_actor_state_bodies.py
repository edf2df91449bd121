"""Actor resolution: a body a country owns, named by a word for public bodies the role lexicon
does not list with its purpose ("Peru's fisheries agency", "the Polish road authority"), is that
country's government; the country's name alone would lose the body or, behind a possessive, the
actor itself."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from tests.actor_text import actor_codes

DAY = dt.date(2022, 3, 1)  # the articles' date


def test_a_country_owning_an_unlisted_body_is_its_government(nlp: Language) -> None:
    codes = actor_codes(nlp, "Peru's fisheries agency fined three Ecuadorian trawlers on Monday.", DAY)
    assert codes.get("Peru's fisheries agency") == "PERGOV", codes


def test_a_nationality_before_an_unlisted_body_is_its_government(nlp: Language) -> None:
    codes = actor_codes(nlp, "The Polish road transport inspectorate stopped 40 Belarusian trucks.", DAY)
    assert codes.get("Polish road transport inspectorate") == "POLGOV", codes


def test_a_nationality_after_another_owner_names_no_state_body(nlp: Language) -> None:
    codes = actor_codes(nlp, "The BBC's Persian service interviewed the minister.", DAY)
    assert "IRNGOV" not in codes.values(), codes
