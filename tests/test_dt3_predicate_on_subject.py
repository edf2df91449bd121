"""Event dating when the parser loses the main verb after a relative clause on the subject
("Petrov, who announced both measures on Monday, called ... and urged ..."): the subject becomes
the sentence's root and the verbs hang on it as a describing clause or a conjunct. A past verb
there with a direct object of its own is the subject's predicate, so the relative clause's simple
past day tells its occasion, as it does for a well-parsed main verb."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.nlp import prepare_doc
from clio.time.dating import event_date, story_time

THURSDAY = dt.date(2023, 10, 19)
TEXT = (
    "The talks ended on Wednesday.\n\n"
    'Petrov, who announced both measures on Monday, called Poland\'s conduct "unacceptable" and urged '
    "Hungary and other European partners to halt their own imports from Poland as well."
)


@pytest.mark.slow
@pytest.mark.parametrize("verb", ["called", "urged"])
def test_a_predicate_hung_on_its_subject_takes_the_relative_clauses_day(nlp: Language, verb: str) -> None:
    doc = nlp(prepare_doc(nlp, TEXT, article_date=THURSDAY))
    token = next(t for t in doc if t.text == verb)
    # The parse this test is about: the verb hangs on the subject, which heads the sentence.
    assert token.sent.root.text == "Petrov"
    with story_time(doc):
        assert event_date(doc, token)[0] == "2023-10-16"
