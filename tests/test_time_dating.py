"""event_date: the timex governing an event predicate, and the documented fallbacks."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.nlp import prepare_doc
from clio.time.dating import event_date, latest_day, precision_of, sentence_time

THURSDAY = dt.date(2021, 12, 16)


@pytest.mark.parametrize(
    ("value", "precision"),
    [
        ("2021-12-15", "day"),
        ("2021-12-15TMO", "day"),
        ("2021-12", "month"),
        ("2021-W50", "month"),
        ("2021", "year"),
        ("2021-Q3", "year"),
        ("199", None),
        ("PAST_REF", None),
        ("P3D", None),
        (None, None),
    ],
)
def test_precision_of(value: str | None, precision: str | None) -> None:
    assert precision_of(value) == precision


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "predicate", "date", "expected"),
    [
        ("Police arrested two men on Wednesday.", "arrested", THURSDAY, ("2021-12-15", "day")),
        ("The ministers will meet in February.", "meet", THURSDAY, ("2022-02", "month")),
        ("The firm was sanctioned in February.", "sanctioned", THURSDAY, ("2021-02", "month")),
        ("On Tuesday, police said they arrested the suspect.", "arrested", THURSDAY, ("2021-12-14", "day")),
        ("Rebels attacked the town, officials said.", "attacked", THURSDAY, ("2021-12-16", "article")),
        ("Rebels will attack the town.", "attack", THURSDAY, (None, "unknown")),
        # A day closing the direct object dates the verb; a date inside a noun phrase does not.
        ("The minister dismissed the fraud claims on Tuesday.", "dismissed", THURSDAY, ("2021-12-14", "day")),
        ("He blamed the rebels for a Dec. 13 bombing.", "blamed", THURSDAY, ("2021-12-16", "article")),
        ("Algeria recalled its envoy for talks on Dec. 2.", "recalled", THURSDAY, ("2021-12-02", "day")),
        # A participle describing the object has no day of its own; a trailing adjunct's day
        # is its own occasion's.
        (
            "Iran fired missiles at two bases hosting U.S. troops early on Wednesday, taking revenge for"
            " the killing of a general in a drone strike on Friday.",
            "fired",
            THURSDAY,
            ("2021-12-15", "day"),
        ),
        ("Rebels attacked the town, officials said.", "attacked", None, (None, "unknown")),
        # A subordinate clause set at another time keeps its own date.
        (
            "The junta warned on Wednesday that it would respond, after regional leaders threatened to"
            " use force unless the president was reinstated by Sunday.",
            "threatened",
            THURSDAY,
            ("2021-12-16", "article"),
        ),
        (
            "The junta warned on Wednesday that it would respond, after regional leaders threatened to"
            " use force unless the president was reinstated by Sunday.",
            "warned",
            THURSDAY,
            ("2021-12-15", "day"),
        ),
        (
            "Rebels attacked the town on Monday after troops withdrew on Sunday.",
            "attacked",
            THURSDAY,
            ("2021-12-13", "day"),
        ),
        (
            "Rebels attacked the town on Monday after troops withdrew on Sunday.",
            "withdrew",
            THURSDAY,
            ("2021-12-12", "day"),
        ),
        (
            "Troops withdrew on Tuesday, before rebels attacked the town.",
            "attacked",
            THURSDAY,
            ("2021-12-16", "article"),
        ),
        (
            "Troops withdrew on Tuesday and rebels attacked the town.",
            "attacked",
            THURSDAY,
            ("2021-12-14", "day"),
        ),
        (
            "Talks have been going on for three days, and troops withdrew.",
            "withdrew",
            THURSDAY,
            ("2021-12-16", "article"),
        ),
        # A participial adjunct without a subject happens with its clause, even when the
        # tagger takes the gerund for a noun; a perfect participle is set before it.
        (
            "Meeting in Abuja on Monday, regional leaders gave the soldiers one week to reinstate Bazoum.",
            "gave",
            THURSDAY,
            ("2021-12-13", "day"),
        ),
        ("Putin flew on to Hanoi, arriving early on Tuesday.", "flew", THURSDAY, ("2021-12-14", "day")),
        (
            "Israeli jets struck Gaza, having warned residents on Monday.",
            "struck",
            THURSDAY,
            ("2021-12-16", "article"),
        ),
        # A conjunct with no time of its own shares the first one's, also in an "after" clause.
        (
            "Tchiani declared himself head of state after his men seized power on Monday and "
            "detained Bazoum.",
            "detained",
            THURSDAY,
            ("2021-12-13", "day"),
        ),
        # One subject's coordinated acts told with one time after the last share it, unless
        # the later act has a shifted time of its own ("the following day").
        (
            "Ghana had closed two border posts and suspended cargo flights to Lome on Tuesday.",
            "closed",
            THURSDAY,
            ("2021-12-14", "day"),
        ),
        (
            "Ghana closed two border posts and reopened them the following day.",
            "closed",
            THURSDAY,
            ("2021-12-16", "article"),
        ),
        # An infinitive complement is its verb's act, and a "when" clause shares that time.
        (
            "Cuban exiles failed to overthrow Castro on Monday when the communist leader repelled "
            "their invasion.",
            "repelled",
            THURSDAY,
            ("2021-12-13", "day"),
        ),
        # A simple-past relative clause on the subject tells the occasion of a verb with no time
        # of its own; a month or a year there ("who lost last year") is background.
        (
            "The cabinet, which met in an emergency session on Tuesday evening, warned that it "
            "would respond.",
            "warned",
            THURSDAY,
            ("2021-12-14", "day"),
        ),
        (
            "The senator, who lost the primary last year, criticised the plan.",
            "criticised",
            THURSDAY,
            ("2021-12-16", "article"),
        ),
        # A statement is made when the message it is in was released; other past participles
        # describe a state.
        (
            "The minister had warned in a video message released on Tuesday that aid would stop.",
            "warned",
            THURSDAY,
            ("2021-12-14", "day"),
        ),
        # An actor has no time of its own: the time the parser hangs on it dates the verb.
        (
            "The Russian foreign ministry summoned the Czech ambassador on Monday.",
            "summoned",
            THURSDAY,
            ("2021-12-13", "day"),
        ),
    ],
)
def test_event_date(
    nlp: Language, text: str, predicate: str, date: dt.date | None, expected: tuple[str | None, str]
) -> None:
    doc = nlp(prepare_doc(nlp, text, article_date=date))
    token = next(t for t in doc if t.text == predicate)
    assert event_date(doc, token) == expected


MONDAY = dt.date(2021, 12, 13)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        # A clause a measured time after or before the clause it hangs on: its date moves by it.
        ("The minister spoke on Tuesday, two days after the commanders met.", "met", ("2021-12-12", "day")),
        ("NATO said on Tuesday it would send troops, a day after protesters attacked them.", "attacked",
         ("2021-12-13", "day")),
        ("The army struck on Wednesday, a week before rebels attacked the town.", "attacked",
         ("2021-12-22", "day")),
        # Coordinated predicates share the clause's place in time.
        ("Ghana acted on Friday, five days after soldiers seized power and detained him.", "detained",
         ("2021-12-05", "day")),
        # A vague measure gives no day; months give none either.
        ("The army struck on Tuesday, days after rebels attacked the town.", "attacked", (None, "unknown")),
        ("The army struck on Tuesday, two months after rebels attacked the town.", "attacked",
         (None, "unknown")),
        # Anchored expressions count from the story's time (the reference day), not the article's.
        ("Belgrade responded the same day by ordering troops to the border.", "responded",
         ("2021-12-13", "day")),
        ("A day earlier, the general had warned the ministers.", "warned", ("2021-12-12", "day")),
        ("Thailand recalled its ambassador that night.", "recalled", ("2021-12-13", "day")),
        ("Police raided the office the same evening.", "raided", ("2021-12-13", "day")),
        # A report with no time of its own takes the story's time.
        ("The ministry condemned the strikes.", "condemned", ("2021-12-13", "context")),
        # What came before a recalled event is history too.
        ("Riyadh broke off relations in January 2016 after protesters stormed its embassy.", "stormed",
         ("2016-01", "month")),
        # A day written before a postposed attribution is the reported act's, wherever the
        # parser hangs it.
        ("Japan conveyed its concern to Chinese diplomats in Tokyo on Wednesday, the chief cabinet "
         "secretary told reporters.", "conveyed", ("2021-12-15", "day")),
    ],
)  # fmt: skip
def test_event_date_in_the_story(
    nlp: Language, text: str, predicate: str, expected: tuple[str | None, str]
) -> None:
    doc = nlp(prepare_doc(nlp, text, article_date=THURSDAY))
    token = next(t for t in doc if t.text == predicate)
    assert event_date(doc, token, reference=MONDAY) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran on Tuesday condemned the sanctions, a day after Washington imposed them.",
            dt.date(2021, 12, 14),
        ),
        ("Talks were held the same day.", MONDAY),
        ("The deal was signed in 2015.", None),  # history never sets the story's time
        ("The ministers will meet on Saturday.", None),  # nor does the future
        ("Rebels attacked the town, officials said.", None),  # no time of its own
    ],
)
def test_sentence_time(nlp: Language, text: str, expected: dt.date | None) -> None:
    doc = nlp(prepare_doc(nlp, text, article_date=THURSDAY))
    assert sentence_time(doc, next(iter(doc.sents)), MONDAY) == expected


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2014", dt.date(2014, 12, 31)),
        ("2024-02", dt.date(2024, 2, 29)),
        ("2023-12", dt.date(2023, 12, 31)),
        ("2022-03-01", dt.date(2022, 3, 1)),
        ("2022-03-01T10:00", dt.date(2022, 3, 1)),
        ("2021-Q3", dt.date(2021, 12, 31)),
        ("2021-W05", dt.date(2021, 12, 31)),
        ("PAST_REF", None),
        ("199X", None),
        (None, None),
    ],
)
def test_latest_day(value: str | None, day: dt.date | None) -> None:
    assert latest_day(value) == day
