"""Event dating: a short span told with no event of its own ("within hours") keeps the story's
day last told, as "hours later" does, instead of falling back to the article's day; a report
under an attribution with no day of its own ("..., the ministry said") is set on the reported
clause's day; one subject's acts told with "the same day" after the last of them share it."""

from __future__ import annotations

import copy
import datetime as dt
import json
from importlib import resources
from typing import Any

import pytest
from spacy.language import Language

from clio.errors import DataError
from clio.nlp import prepare_doc
from clio.time.dating import event_date, load_event_anchors, parse_event_anchors, sentence_time

FRIDAY = dt.date(2022, 3, 11)
TUESDAY = dt.date(2022, 3, 8)


def _date(nlp: Language, text: str, predicate: str) -> tuple[str | None, str]:
    doc = nlp(prepare_doc(nlp, text, article_date=FRIDAY))
    token = next(t for t in doc if t.text == predicate)
    return event_date(doc, token, reference=FRIDAY)


def _bundled_anchors() -> Any:
    source = resources.files("clio") / "data" / "time" / "event_anchors.json"
    return json.loads(source.read_text(encoding="utf-8"))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "predicate", "day"),
    [
        # The junta's decree is on Tuesday, the day the coup was announced, not the story's Friday.
        (
            "Soldiers announced on state radio on Tuesday that they had taken power. Within hours, "
            "the junta suspended the constitution and closed the borders.",
            "suspended",
            "2022-03-08",
        ),
        # After the verb, with a vague count: the alliance answered on Wednesday.
        (
            "Rebels seized the port on Wednesday. The alliance agreed within a few hours to send "
            "troops to the coast.",
            "agreed",
            "2022-03-09",
        ),
    ],
)
def test_within_hours_keeps_the_day_last_told(nlp: Language, text: str, predicate: str, day: str) -> None:
    assert _date(nlp, text, predicate) == (day, "day")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Within hours, the junta closed the borders.", ["Within hours"]),
        ("agreed within a  few minutes to", ["within a  few minutes"]),
        ("ordered them to leave within 48 hours", []),  # a number: a deadline, not a time told
        ("within days of the vote", []),  # days are not a short span
    ],
)
def test_the_within_words_come_from_the_data_file(text: str, found: list[str]) -> None:
    assert [m.group(0) for m in load_event_anchors().within.finditer(text)] == found


@pytest.mark.parametrize(
    ("section", "problem"),
    [
        (None, r"section 'within' must be an object"),
        ({"counts": ["a few"]}, r"exactly 'counts' and 'units'"),
        ({"counts": ["a few"], "units": []}, r"'units' must be a non-empty list"),
        ({"counts": [" a few"], "units": ["hours"]}, r"'counts' must be a non-empty list"),
    ],
)
def test_a_bad_within_entry_is_named(section: Any, problem: str) -> None:
    raw = copy.deepcopy(_bundled_anchors())
    raw["within"] = section
    with pytest.raises(DataError, match=r"^anchors\.json: .*" + problem):
        parse_event_anchors(raw, source="anchors.json")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "day"),
    [
        # The attribution names no day: the talks' Tuesday is the day the sentence tells.
        ("Envoys met the rebel leaders at a hotel in Doha on Tuesday, the foreign ministry said.", TUESDAY),
        # The day of a relative clause is not the report's.
        ("Police arrested two men who had fled the camp on Tuesday, officials said.", None),
        # The attribution comes first and names no day: the report's Tuesday all the same.
        ("The ministry said envoys met the rebel leaders in Doha on Tuesday.", TUESDAY),
        # The attribution names a day of its own: that is the sentence's.
        ("The ministry said on Thursday that envoys met the rebel leaders on Tuesday.", dt.date(2022, 3, 10)),
    ],
)
def test_a_report_under_an_undated_attribution_sets_the_sentence_day(
    nlp: Language, text: str, day: dt.date | None
) -> None:
    doc = nlp(prepare_doc(nlp, text, article_date=FRIDAY))
    assert sentence_time(doc, next(iter(doc.sents)), None) == day


@pytest.mark.slow
def test_the_sentence_after_a_report_is_read_on_its_day(nlp: Language) -> None:
    # The second sentence names no day: it goes on with the talks' Tuesday, not the article's Friday.
    text = (
        "Envoys met the rebel leaders at a hotel in Doha on Tuesday, the foreign ministry said. "
        "The rebels rejected the offer."
    )
    doc = nlp(prepare_doc(nlp, text, article_date=FRIDAY))
    first, second = list(doc.sents)[:2]
    reference = sentence_time(doc, first, None)
    token = next(t for t in second if t.text == "rejected")
    assert event_date(doc, token, reference=reference or FRIDAY) == ("2022-03-08", "context")


@pytest.mark.slow
def test_a_first_act_shares_the_same_evening_of_the_last(nlp: Language) -> None:
    # One subject's two acts told with "the same evening" after the second: both on Tuesday.
    text = (
        "The rebels seized the town on Tuesday. The president condemned the attack and declared "
        "a curfew the same evening."
    )
    assert _date(nlp, text, "condemned") == ("2022-03-08", "day")
