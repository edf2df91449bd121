"""Imported PETRARCH verb senses that are no political act in general news: counting ("counted
boats"), containing, watching, being inspired, pitting one side against another, succumbing to
injuries, governing, court pleas, stepping up a dispute, clearing a shipment and weighing a
response code nothing; pleading with someone stays an appeal. Blocking a resolution rejects it;
shelving one's own tariffs gives ground.
A clause "after", "when" or "before" a recalled event of years ago is history with it.
Sentences are made up; full pipeline, every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 14)


@pytest.mark.parametrize(
    ("city", "sentence", "code"),
    [
        ("NAIROBI", "Kenyan police counted 40 Somali fishing boats near Lamu on Tuesday.", "010"),
        (
            "ANKARA",
            "The Turkish foreign ministry report released on Monday contains fresh criticism of Greece.",
            "170",
        ),
        ("SANTIAGO", "Chilean officials watched the Bolivian vote closely on Sunday.", "010"),
        (
            "KARACHI",
            "The Pakistani protesters were inspired by Iranian clerics, police said on Monday.",
            "051",
        ),
        ("ACCRA", "The fishing dispute has pitted Ghana against Togo for months.", "190"),
        (
            "ABUJA",
            "A Nigerian soldier wounded in a Cameroonian ambush succumbed to his injuries on Monday.",
            "080",
        ),
        ("HANOI", "Vietnam stepped up its dispute with China on Friday.", "060"),
        ("LOME", "Togo's president governed with the backing of French advisers for a decade.", "060"),
        ("ULAANBAATAR", "Mongolia's customs service cleared the Russian shipment on Monday.", "080"),
        ("QUITO", "Ecuador is weighing its response to Peru's decision, officials said on Monday.", "040"),
    ],
)
def test_non_political_verb_senses_code_nothing(nlp: Language, city: str, sentence: str, code: str) -> None:
    text = f"{city} (Reuters) - {sentence}"
    assert all(c != code for _, c, _ in event_dyads(nlp, text, DAY))


def test_pleading_with_someone_stays_an_appeal(nlp: Language) -> None:
    text = "LIMA (Reuters) - The Peruvian president pleaded with Chile on Monday to reopen the border."
    assert ("PER", "020", "CHL") in event_dyads(nlp, text, DAY)


def test_a_clause_before_a_recalled_event_is_history(nlp: Language) -> None:
    text = (
        "COTONOU (Reuters) - Benin and Nigeria held talks on Monday. Benin recalled its ambassador "
        "from Abuja in 2015 before Nigeria closed the border with Benin."
    )
    dyads = event_dyads(nlp, text, DAY)
    assert ("BEN", "046", "NGA") in dyads
    assert ("NGA", "160", "BEN") not in dyads


def test_blocking_a_resolution_is_a_rejection(nlp: Language) -> None:
    text = "MOSCOW (Reuters) - Russia blocked a French draft resolution on Mali at the U.N. on Tuesday."
    dyads = event_dyads(nlp, text, DAY)
    assert ("RUS", "120", "FRA") in dyads
    assert ("RUS", "170", "FRA") not in dyads


def test_shelving_ones_own_tariffs_gives_ground(nlp: Language) -> None:
    text = "WASHINGTON (Reuters) - The United States shelved its planned tariffs on Canadian steel on Monday."
    assert ("USA", "080", "CAN") in event_dyads(nlp, text, DAY)
