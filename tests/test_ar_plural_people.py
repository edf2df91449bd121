""" "Both leaders", "the two leaders" as an object: the last two people named other than those in
the subject phrase of the verb the plural hangs on, the subject's descriptions and relative
clauses included ("Macron, who had invited Erdogan as well, thanked the two leaders": neither
Macron nor Erdogan is one of them). As a subject, the plural keeps its reading. Full pipeline
(actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads


def dyads(nlp: Language, text: str) -> set[tuple[str, str, str | None]]:
    return event_dyads(nlp, text, dt.date(2024, 5, 1))


OTHER_THAN_THE_SUBJECT = [
    (
        "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti met in Brussels on "
        "Sunday. Josep Borrell, the EU's foreign policy chief, who hosted the talks with commissioner "
        "Johannes Hahn, praised both leaders for their restraint.",
        {("", "051", "SRB"), ("", "051", "KSV")},
        ("", "051", "AUT"),
    ),
    (
        "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Prague "
        "on Thursday. Emmanuel Macron, who had invited Turkish President Tayyip Erdogan as well, "
        "thanked the two leaders.",
        {("FRA", "051", "ARM"), ("FRA", "051", "AZE")},
        ("FRA", "051", "TUR"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), OTHER_THAN_THE_SUBJECT)
def test_the_plural_object_excludes_the_subject_phrase(
    nlp: Language, text: str, expected: set[tuple[str, str, str]], absent: tuple[str, str, str]
) -> None:
    found = dyads(nlp, text)
    assert expected <= found
    assert absent not in found


def test_the_plural_subject_keeps_its_reading(nlp: Language) -> None:
    # Guard: "the two leaders" as the subject are the two named just before.
    found = dyads(
        nlp,
        "Vladimir Putin met Recep Tayyip Erdogan in Sochi on Monday. "
        "The two leaders agreed to extend the truce.",
    )
    assert {("RUS", "0356", "TUR"), ("TUR", "0356", "RUS")} <= found
