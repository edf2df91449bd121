"""A sentence that names no actor but is led by a pronoun referring back to one ("It called the
closure disproportionate") speaks of that actor: it is coded as if the actor were named.
Sentences are made up."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 3, 6)


def test_a_pronoun_led_sentence_is_coded_for_its_antecedent(nlp: Language) -> None:
    text = (
        "Nicaragua closed its border with Costa Rica on Friday. "
        "Costa Rica's government met on Saturday. It called the closure disproportionate."
    )
    assert ("CRI", "111", "NIC") in event_dyads(nlp, text, DAY)


def test_a_pronoun_with_no_actor_before_it_codes_nothing(nlp: Language) -> None:
    text = "The weather was bad on Friday. It called the closure disproportionate."
    assert event_dyads(nlp, text, DAY) == set()
