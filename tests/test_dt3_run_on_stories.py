"""Event dating in a story run into one block of text (scraped local news has no paragraphs): a
past-tense sentence that names a single day, wherever the parser hangs it ("when officers answered
a complaint Sunday morning", "from the depot about 8 p.m. Saturday"), sets the story's day for the
undated sentences after it, and a clock time of any hour is an hour of the story's day. A clock
time alone ("as of 9:45 a.m.") names no day, nor does a day under "after" ("arrested after a
search Monday"), and a story written in paragraphs keeps its lead's day."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.nlp import prepare_doc
from clio.time.dating import event_date, sentence_time, story_time

TUESDAY = dt.date(2023, 10, 17)


def _event_day(nlp: Language, text: str, verb: str) -> str | None:
    """The day of ``verb``'s event, the story's day read sentence by sentence before it as the
    coder reads it."""
    doc = nlp(prepare_doc(nlp, text, article_date=TUESDAY))
    token = next(t for t in doc if t.text == verb)
    reference: dt.date | None = None
    with story_time(doc):
        for sentence in doc.sents:
            if sentence.start >= token.sent.start:
                break
            reference = sentence_time(doc, sentence, reference) or reference
        return event_date(doc, token, reference=reference)[0]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb", "day"),
    [
        # The day sits in a "when" clause of the opening sentence.
        (
            "Police thought the dispute was settled when officers answered a noise complaint Sunday "
            "morning. A tenant later called again. Officers arrested the man at the scene.",
            "arrested",
            "2023-10-15",
        ),
        # A morning clock time after it is that day's hour, not the article day's.
        (
            "Police thought the dispute was settled when officers answered a noise complaint Sunday "
            "morning. Shortly after 9 a.m., officers received a second call. Officers arrested the "
            "man at the scene.",
            "arrested",
            "2023-10-15",
        ),
        # The day hangs on a noun of the opening sentence.
        (
            "A guard stopped a man from taking a truck from the depot about 8 p.m. Saturday. The "
            "guard took the keys and detained the man until police arrived.",
            "detained",
            "2023-10-14",
        ),
    ],
)
def test_the_one_day_a_sentence_names_sets_the_story_day(
    nlp: Language, text: str, verb: str, day: str
) -> None:
    assert _event_day(nlp, text, verb) == day


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # A morning clock time takes the article's day for want of another: it names none.
        (
            "The judge noted that the order was lifted as of 9:45 a.m. Commissioners later denied a "
            "request for a new patrol car.",
            "denied",
        ),
        # A day under "after" is another time than the sentence's news.
        (
            "Officers arrested a woman after deputies searched her home on Monday. Deputies later "
            "charged her with fraud.",
            "charged",
        ),
        # In paragraphs, each paragraph is back on the lead's day.
        (
            "The council approved the budget on Tuesday.\n\n"
            "Members thought the dispute was settled when the mayor spoke Sunday morning. "
            "The council rejected a request for a new patrol car.",
            "rejected",
        ),
    ],
)
def test_no_day_named_or_a_paragraphed_story_keeps_its_day(nlp: Language, text: str, verb: str) -> None:
    assert _event_day(nlp, text, verb) == "2023-10-17"
