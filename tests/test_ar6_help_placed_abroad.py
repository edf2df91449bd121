"""Help offered or given with no recipient named goes to the country where its clause puts it
("offered to build a hospital in Mombasa" helps Kenya), not to whichever other country the
story names most. Full pipeline (actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 1)

TEXT = (
    "Chinese and Indian warships shadowed each other in the Indian Ocean on Monday, and Beijing"
    " accused New Delhi of provocation. India rejected the charge and said China was to blame."
    " Kenya said it was watching closely.\n\n"
    "Germany has offered to finance a new hospital in Mombasa, officials said on Tuesday."
)


def test_help_offered_for_a_place_abroad_goes_to_that_country(nlp: Language) -> None:
    dyads = event_dyads(nlp, TEXT, DAY, root_only=True)
    assert ("DEU", "03", "KEN") in dyads
    assert ("DEU", "03", "CHN") not in dyads and ("DEU", "03", "IND") not in dyads
