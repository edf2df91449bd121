"""Event dating (helper dt5): which time expression governs a clause with no day of its own,
and which sentences move the story's day.

- a pluperfect that goes back behind the story's day ("had told the council on Sept. 20") tells
  background: the sentences after it stay on the story's day, unless it goes back to a day the
  lead tells ("a day after the talks collapsed ... / X had hosted Y on Friday");
- a simple-past relative clause on the subject ("The letter, which he posted on Wednesday,
  called ...") sets the sentence's day for the story as it does for the event;
- a deed named in what a verb of reaction acts on ("rejected a cabinet decision to send
  police, a day after the ministers voted ...") is told by the measured "after" clause, not on
  the reaction's day;
- a day is preferred to a coarser value among the expressions that date a clause ("On Monday,
  about three months later, ...");
- a clause told as happening at the same moment ("as the polls closed on Saturday") gives its
  day to the clause it hangs on;
- a conjunct shares the day its first verb takes from a clause telling the same occasion ("were
  wounded when soldiers fired on a crowd on Tuesday, and villagers blocked the road").
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.nlp import prepare_doc
from clio.time.dating import event_date, sentence_time, story_time

SATURDAY = dt.date(2023, 10, 7)


def _doc(nlp: Language, text: str, article: dt.date = SATURDAY):  # type: ignore[no-untyped-def]
    return nlp(prepare_doc(nlp, text, article_date=article))


def _event_day(nlp: Language, text: str, verb: str, article: dt.date = SATURDAY) -> tuple[str | None, str]:
    doc = _doc(nlp, text, article)
    token = next(t for t in doc if t.text == verb)
    with story_time(doc):
        return event_date(doc, token)


def _sentence_day(nlp: Language, text: str, start: str, reference: dt.date) -> dt.date | None:
    doc = _doc(nlp, text)
    sentence = next(s for s in doc.sents if s.text.startswith(start))
    with story_time(doc):
        return sentence_time(doc, sentence, reference)


@pytest.mark.slow
def test_a_pluperfect_background_day_does_not_move_the_story(nlp: Language) -> None:
    text = (
        "GENEVA, Oct 7 (Wire) — The council voted on Friday to close the mission in Tarvia.\n\n"
        "The foreign minister had told the council on Sept. 20 that the mission had failed. "
        "Western envoys blamed the mercenaries for the rupture."
    )
    assert _sentence_day(nlp, text, "The foreign", dt.date(2023, 10, 6)) is None


@pytest.mark.slow
def test_a_pluperfect_back_to_a_day_the_lead_tells_still_moves_the_story(nlp: Language) -> None:
    text = (
        "PARIS, Oct 7 (Wire) — The premier received the envoy on Saturday, a day after their "
        "first meeting collapsed into a shouting match.\n\n"
        "The premier had hosted the envoy on Friday to sign a trade deal. Instead, aides "
        "quarrelled in front of the cameras."
    )
    assert _sentence_day(nlp, text, "The premier had", dt.date(2023, 10, 7)) == dt.date(2023, 10, 6)


@pytest.mark.slow
def test_a_relative_clause_on_the_subject_sets_the_sentence_day(nlp: Language) -> None:
    text = (
        "The mayor answered the governor's letter on Friday.\n\n"
        "The letter, which the governor posted online on Wednesday afternoon, called the audit "
        "a sham."
    )
    assert _sentence_day(nlp, text, "The letter", dt.date(2023, 10, 6)) == dt.date(2023, 10, 4)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        (
            "Opposition leaders on Saturday rejected a cabinet decision to send more police to the "
            "province, a day after the ministers voted to expand the force.",
            "send",
            "2023-10-06",
        ),
        (
            "The governor blamed the rebels on Friday for the deadliest attacks in years, a day "
            "after gunmen stormed two villages.",
            "attacks",
            "2023-10-05",
        ),
    ],
)
def test_a_deed_reacted_to_is_told_by_the_measured_after_clause(
    nlp: Language, text: str, word: str, day: str
) -> None:
    assert _event_day(nlp, text, word) == (day, "day")


@pytest.mark.slow
def test_a_day_is_preferred_to_a_coarser_value(nlp: Language) -> None:
    text = "On Monday, about three months later, a grand jury indicted the driver on murder charges."
    assert _event_day(nlp, text, "indicted") == ("2023-10-02", "day")


@pytest.mark.slow
def test_a_same_moment_clause_gives_its_day(nlp: Language) -> None:
    text = "The government had cut mobile internet access as the polls closed on Tuesday."
    assert _event_day(nlp, text, "cut") == ("2023-10-03", "day")


@pytest.mark.slow
def test_a_conjunct_shares_the_day_of_the_occasion(nlp: Language) -> None:
    text = (
        "Two farmers were wounded when soldiers fired on a crowd near Orlo on Tuesday, and "
        "villagers blocked the main road."
    )
    assert _event_day(nlp, text, "blocked") == ("2023-10-03", "day")


@pytest.mark.slow
def test_a_measured_after_wins_over_a_same_moment_clause(nlp: Language) -> None:
    text = (
        "The vote came three days after the council condemned the launch as the rebels fired "
        "two rockets on Monday."
    )
    assert _event_day(nlp, text, "condemned", dt.date(2023, 10, 7)) != ("2023-10-02", "day")
