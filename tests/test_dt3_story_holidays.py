"""A national holiday named without its country ("on Independence Day") is the story's own
country's day: the country of the holiday's table whose words the text uses most. A story that
names none of them leaves the day unknown, and a country named before the holiday still wins."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.nlp import prepare_doc
from clio.time.lexicon import load_lexicon
from clio.time.resolve import story_nation

ARTICLE = dt.date(2023, 9, 20)  # a Wednesday


def _timexes(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(prepare_doc(nlp, text, article_date=ARTICLE))
    return [(t.text, t.value) for t in doc._.timexes if "Day" in t.text]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "U.S. President Joe Biden hosted troops at the White House on Independence Day, and "
            "American flags lined the streets.",
            [("Independence Day", "2023-07-04")],
        ),
        # India's words outnumber the one U.S. mention.
        (
            "Indian troops paraded in New Delhi on Independence Day, a week after India's army chief "
            "met U.S. officials. Indian officials called it the largest parade yet.",
            [("Independence Day", "2023-08-15")],
        ),
        # The country named before the holiday wins over the story's.
        (
            "Mexico's Independence Day was marked with a parade as U.S. officials watched.",
            [("Mexico's Independence Day", "2023-09-16")],
        ),
        # No country of the table named: unknown, as before.
        ("Thousands rallied in the capital on Independence Day.", []),
    ],
)
def test_a_bare_national_holiday_takes_the_storys_country(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _timexes(nlp, text) == expected


def test_story_nation_counts_words_and_ignores_the_pronoun() -> None:
    lex = load_lexicon()
    assert story_nation("Let us hope. The U.S. envoy and American troops left.", "Independence Day", lex) in (
        "u.s.",
        "american",
    )
    assert story_nation("Give us a break, they told us.", "Independence Day", lex) is None
    # A tie goes to the country named first.
    assert story_nation("Kenya's envoy met Ghana's envoy.", "Independence Day", lex) == "kenya's"
    assert story_nation("The U.S. envoy left.", "Christmas", lex) is None
