"""A gerund the parser hangs on a frame verb as an adverbial clause ("ruled out apologising to
Russia") is still what the verb refuses: the act is framed, not told as done. A participle after
a comma says what else was done. Sentences are made up."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 3, 6)


def test_a_gerund_ruled_out_is_refused_not_done(nlp: Language) -> None:
    found = event_dyads(nlp, "Turkey ruled out apologising to Russia on Sunday.", DAY)
    # A refusal (12), and no apology (055) told as made.
    assert ("TUR", "120", "RUS") in found, found
    assert not any(code == "055" for _, code, _ in found), found


def test_a_participle_after_a_comma_is_its_own_act(nlp: Language) -> None:
    found = event_dyads(nlp, "Turkey rejected the demand, calling it absurd.", DAY, root_only=True)
    assert ("TUR", "11", None) in found, found
