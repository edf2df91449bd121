"""Forces sent out in the same sentence as a measure at home ("imposed a curfew and deployed the
army") are sent out at home: with no place and no one named, the deployment's target is the
source's own population, not the foreign party the story named before. Full pipeline (actors and
coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 1)

CASES = [
    (
        "France urged calm on Friday. The government of Kenya imposed a curfew on Saturday and "
        "deployed the army to support the police.",
        ("KEN", "154", "KEN"),
    ),
    (
        "Brazil urged calm on Friday. Peru's government responded on Saturday by declaring a curfew "
        "and deploying soldiers on the streets.",
        ("PER", "154", "PER"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_deployment_beside_a_home_measure_is_at_home(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in event_dyads(nlp, text, DAY)


def test_a_deployment_alone_keeps_the_other_side(nlp: Language) -> None:
    text = "Somalia accused Kenya of meddling on Friday. Kenya deployed more troops on Saturday."
    assert ("KEN", "154", "SOM") in event_dyads(nlp, text, DAY)
