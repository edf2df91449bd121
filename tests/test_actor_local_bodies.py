"""Local government bodies and their members are actors of the story's country (GOV)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from clio.nlp import build_nlp, prepare_doc
from clio.settings import Settings


@pytest.fixture(scope="module")
def actor_nlp(settings: Settings) -> Language:
    return build_nlp(settings, components=("clio_actors",))


def found(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(a.text, a.code) for a in nlp(prepare_doc(nlp, text, article_date=None, noise=[]))._.actors]


# (text, a mention that must be found as (text, code))
LOCAL_BODIES = [
    # A county's or town's council, commissioners and councillors govern it: GOV of the story's country.
    (
        "Germany's government backed the plan. The county council voted to ban the march.",
        ("county council", "DEUGOV"),
    ),
    (
        "French police arrested him. County commissioners voted to close the road.",
        ("County commissioners", "FRAGOV"),
    ),
    (
        "Canadian officials said the plan would go ahead. Councillor Mary Smith voted against it.",
        ("Councillor Mary Smith", "CANGOV"),
    ),
    # "The council", named by nothing before it, acting as a subject: the local government.
    (
        "Irish farmers protested in Dublin on Monday. The council rejected their demands.",
        ("The council", "IRLGOV"),
    ),
]


@pytest.mark.parametrize(("text", "mention"), LOCAL_BODIES)
def test_local_bodies_are_government(actor_nlp: Language, text: str, mention: tuple[str, str]) -> None:
    assert mention in found(actor_nlp, text)


def test_a_council_named_before_keeps_its_organisation(actor_nlp: Language) -> None:
    # "the council" after the Security Council is the UN's, never the story's country.
    text = "The U.N. Security Council met on Monday. The council condemned the attack on Sudan."
    codes = [code for mention, code in found(actor_nlp, text) if mention == "The council"]
    assert codes and all(code.startswith("IGO") for code in codes)
