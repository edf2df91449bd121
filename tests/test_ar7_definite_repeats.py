"""A definite role word ("the fishermen", "the farmers") repeats the group the story named before
with its nationality ("14 Vietnamese fishermen"), so it takes that group's country, not the
country of the latest actor named (the one acting on them). Full pipeline, every event kept."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 8)

FISHERMEN = (
    "Indonesia's navy seized two fishing boats off the Natuna islands on Monday and detained 14"
    " Vietnamese fishermen, a navy spokesman said.\n\n"
    "Indonesia released the fishermen on Thursday after talks in Jakarta, the foreign ministry said."
)

FARMERS = (
    "Thai soldiers detained five Cambodian farmers near the disputed border on Saturday, the army"
    " said. Cambodia protested.\n\n"
    "Thailand freed the farmers on Monday and handed them over at a border checkpoint."
)


def test_released_group_keeps_the_nationality_it_was_named_with(nlp: Language) -> None:
    dyads = event_dyads(nlp, FISHERMEN, DAY, root_only=True)
    assert ("IDN", "08", "VNM") in dyads
    assert ("IDN", "08", "IDN") not in dyads


def test_freed_group_is_not_of_the_country_that_freed_it(nlp: Language) -> None:
    dyads = event_dyads(nlp, FARMERS, DAY, root_only=True)
    assert ("THA", "08", "KHM") in dyads
    assert ("THA", "08", "THA") not in dyads


def test_the_first_mention_keeps_its_own_nationality(nlp: Language) -> None:
    # Guard: the mention that names the nationality is untouched.
    dyads = event_dyads(nlp, FISHERMEN, DAY, root_only=True)
    assert ("IDN", "17", "VNM") in dyads
