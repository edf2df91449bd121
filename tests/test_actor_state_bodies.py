"""Actor resolution: a body a country owns, named by a word for public bodies the role lexicon
does not list with its purpose ("Peru's fisheries agency", "the Polish road authority"), is that
country's government; the country's name alone would lose the body or, behind a possessive, the
actor itself."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from clio.clean import find_noise
from clio.nlp import prepare_doc


def actor_codes(nlp: Language, text: str) -> dict[str, str]:
    """Each actor's text and its code."""
    day = dt.date(2022, 3, 1)
    doc = nlp(prepare_doc(nlp, text, article_id="t", article_date=day, noise=find_noise(text)))
    return {a.text: a.code for a in doc._.actors}


def test_a_country_owning_an_unlisted_body_is_its_government(nlp: Language) -> None:
    codes = actor_codes(nlp, "Peru's fisheries agency fined three Ecuadorian trawlers on Monday.")
    assert codes.get("Peru's fisheries agency") == "PERGOV", codes


def test_a_nationality_before_an_unlisted_body_is_its_government(nlp: Language) -> None:
    codes = actor_codes(nlp, "The Polish road transport inspectorate stopped 40 Belarusian trucks.")
    assert codes.get("Polish road transport inspectorate") == "POLGOV", codes


def test_a_nationality_after_another_owner_names_no_state_body(nlp: Language) -> None:
    codes = actor_codes(nlp, "The BBC's Persian service interviewed the minister.")
    assert "IRNGOV" not in codes.values(), codes
