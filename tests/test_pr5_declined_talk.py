"""A talking verb refused with no one to talk with ("declined to discuss the incidents") is a
comment declined (011), not talks rejected (125) with whoever the story is about; naming the
partner ("refused to discuss the incidents with Turkey") keeps the rejection. Sentences are
made up; full pipeline, every event kept."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 14)
LEAD = "Turkey accused Greece on Monday of pushing back migrants at sea. "


def test_a_talk_refused_with_no_partner_is_a_comment_declined(nlp: Language) -> None:
    dyads = event_dyads(nlp, LEAD + "Greek officials declined to discuss the incidents on Tuesday.", DAY)
    codes = {code for source, code, _ in dyads if source == "GRC"}
    assert codes == {"011"}


def test_a_talk_refused_with_a_named_partner_stays_a_rejection(nlp: Language) -> None:
    dyads = event_dyads(nlp, LEAD + "Greece refused to discuss the incidents with Turkey on Tuesday.", DAY)
    assert ("GRC", "125", "TUR") in dyads
