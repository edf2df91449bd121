"""Event dating: a story that opens on news told in the present perfect ("has been arrested")
or in a headline's simple present ("Mayor fires police chief"), before any day is named, gives
the day further down; the act is told on the first day a later sentence is set on when that
day lies within a week before the article, not on the day the article came out. A simple past
("Russia attacked Ukraine.") keeps the article date, and so does a perfect whose first later day
is older background."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.nlp import prepare_doc
from clio.time.dating import event_date, story_time

MONDAY = dt.date(2024, 4, 15)


def _event_day(nlp: Language, text: str, verb: str) -> tuple[str | None, str]:
    doc = nlp(prepare_doc(nlp, text, article_date=MONDAY))
    token = next(t for t in doc if t.text == verb)
    with story_time(doc):
        return event_date(doc, token)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb", "dated"),
    [
        # A present perfect lead; the arrest's Saturday comes in the next sentence.
        (
            "A man wanted for two burglaries in Dover has been arrested by state police. "
            "Troopers found him at a motel on Saturday night, a spokesman said.",
            "arrested",
            ("2024-04-13", "context"),
        ),
        # A participle hung on the perfect is told with it.
        (
            "The owner of a closed sawmill has sued the county, claiming that its inspectors "
            "lied. The suit was filed in district court on Thursday.",
            "claiming",
            ("2024-04-11", "context"),
        ),
        # A headline in the simple present, then the lead with the day.
        (
            "Mayor fires police chief. The mayor of Elmwood dismissed the chief on Friday after a review.",
            "fires",
            ("2024-04-12", "context"),
        ),
    ],
)
def test_news_in_the_present_is_told_on_the_day_given_later(
    nlp: Language, text: str, verb: str, dated: tuple[str, str]
) -> None:
    assert _event_day(nlp, text, verb) == dated


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # A simple past is not news told in the present: the article's day stays.
        ("Rebels attacked the town. Rebels attacked the town again on Friday.", "attacked"),
        # The first later day is a month back: background, not the day of the news.
        (
            "A woman has been fined for a false report to police. She had filed the report on March 2.",
            "fined",
        ),
    ],
)
def test_other_openings_keep_the_article_date(nlp: Language, text: str, verb: str) -> None:
    assert _event_day(nlp, text, verb) == ("2024-04-15", "article")
