"""Event dating's per-article record of paragraphs (clio.time.dating.Paragraphs, story_time):
worked out once per Doc, it must give each sentence the same story's day as the walk it
replaces, which found the paragraph's bounds and the lead's day again for every event."""

from __future__ import annotations

import copy
import datetime as dt
import json
from importlib import resources
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from clio.errors import DataError
from clio.nlp import prepare_doc
from clio.time.dating import (
    _last_day_before,
    _last_named_day,
    _lead_days,
    _named_days,
    load_event_anchors,
    paragraph_reference,
    paragraphs,
    parse_event_anchors,
    sentence_time,
    story_time,
)

FRIDAY = dt.date(2022, 3, 11)
THURSDAY, WEDNESDAY, MONDAY = dt.date(2022, 3, 10), dt.date(2022, 3, 9), dt.date(2022, 3, 7)

# A lead set "a day after" another event, a background paragraph on Monday, a paragraph on
# Wednesday, and a closing paragraph that names no day.
ARTICLE = (
    "Chile on Thursday expelled two Peruvian diplomats, a day after a raid on its consulate.\n\n"
    "On Monday, Peru's navy had seized a Chilean trawler. Its crew was detained in Callao.\n\n"
    "Peruvian police raided the consulate in Tacna on Wednesday. The consul protested.\n\n"
    "The foreign ministry also recalled its ambassador from Lima."
)


def _walked_reference(doc: Doc, sentence: Span, reference: dt.date | None) -> dt.date | None:
    """The story's day as the per-event walk found it: the sentence's paragraph bounds and the
    lead's day worked out from the Doc's first token, for this one sentence."""

    def breaks(i: int) -> bool:
        return doc[i].is_space and "\n" in doc[i].text

    def told(start: int, end: int, day: dt.date | None) -> dt.date | None:
        for other in doc.sents:
            if start <= other.start < end:
                day = sentence_time(doc, other, day) or day
        return day

    first = next(t.i for t in doc if not t.is_space)
    start = sentence.start
    while start > 0 and not breaks(start - 1):
        start -= 1
    if start <= first:
        return reference
    lead_end = first
    while lead_end < len(doc) and not breaks(lead_end):
        lead_end += 1
    lead = told(first, lead_end, None)
    if lead is None:
        return reference
    if reference is not None and reference in _lead_days(doc[first:lead_end], lead):
        lead = reference
    return told(start, sentence.start, lead)


@pytest.fixture(scope="module")
def article(nlp: Language) -> Doc:
    return nlp(prepare_doc(nlp, ARTICLE, article_date=FRIDAY))


@pytest.mark.slow
def test_the_record_gives_what_the_walk_gave(article: Doc) -> None:
    references = (None, FRIDAY, THURSDAY, WEDNESDAY, MONDAY)
    walked = [[_walked_reference(article, s, r) for r in references] for s in article.sents]
    with story_time(article):
        kept = [[paragraph_reference(article, s, r) for r in references] for s in article.sents]
    alone = [[paragraph_reference(article, s, r) for r in references] for s in article.sents]
    assert kept == walked
    assert alone == walked


@pytest.mark.slow
def test_the_record_of_a_multi_paragraph_article(article: Doc) -> None:
    layout = paragraphs(article)
    assert len(layout.breaks) == 3 and len(layout.starts) == 6
    assert layout.lead == THURSDAY
    assert layout.lead_days == {THURSDAY, WEDNESDAY}  # "a day after" the raid
    lead, seized, detained, raided, protested, recalled = article.sents
    with story_time(article):
        assert paragraph_reference(article, lead, FRIDAY) == FRIDAY  # the lead keeps the story's day
        # A paragraph returns to the lead's day; within one, the day last named carries on.
        assert paragraph_reference(article, seized, FRIDAY) == THURSDAY
        assert paragraph_reference(article, detained, None) == MONDAY
        assert paragraph_reference(article, raided, MONDAY) == THURSDAY
        assert paragraph_reference(article, protested, FRIDAY) == WEDNESDAY
        assert paragraph_reference(article, recalled, MONDAY) == THURSDAY
        assert paragraph_reference(article, recalled, WEDNESDAY) == WEDNESDAY  # a day the lead tells


@pytest.mark.slow
def test_the_day_last_named_reads_the_text_only_up_to_the_position(nlp: Language) -> None:
    # The search stops at the position as if the text ended there: "the day" cut off before
    # "before" is read as "the day" (the old search ran on the text cut at the position).
    text = (
        "Rebels attacked Tarn on Monday. The day before, the army had left. A day later, "
        "talks began and the envoy arrived the same evening. Hours later, the talks broke down."
    )
    doc = nlp(prepare_doc(nlp, text, article_date=FRIDAY))
    named = _named_days(doc)
    with story_time(doc):
        kept = [_last_day_before(doc, t.idx) for t in doc]
    assert kept == [_last_named_day(named, text[: t.idx], t.idx) for t in doc]
    assert kept == [_last_day_before(doc, t.idx) for t in doc]
    # Monday, the day before it, a day after that, the same evening, hours later: Monday.
    assert MONDAY - dt.timedelta(days=1) in kept and kept[-1] == MONDAY


def test_story_time_leaves_nothing_on_the_doc() -> None:
    from spacy.vocab import Vocab

    doc = Doc(Vocab(), words=["Talks", "ended", "."])
    with story_time(doc):
        with story_time(doc):  # a nested block shares the outer record
            assert len(doc.user_data) == 1
        assert len(doc.user_data) == 1
    assert not doc.user_data


def _bundled_anchors() -> dict[str, Any]:
    source = resources.files("clio") / "data" / "time" / "event_anchors.json"
    raw: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    return raw


@pytest.mark.parametrize(
    ("text", "shifts"),
    [
        ("said on Wednesday, a day after a flight landed", [-1]),
        ("Two days earlier, troops had left", [-2]),
        ("3 days before the vote and one day later", [3, 1]),
        ("days after the vote, a week after the talks", []),  # no count, no day: not a shift
    ],
)
def test_the_lead_shift_words_come_from_the_data_file(text: str, shifts: list[int]) -> None:
    assert list(load_event_anchors().lead_shifts.shifts(text)) == shifts


@pytest.mark.parametrize(
    ("section", "problem"),
    [
        (None, r"section 'lead_shifts' must be an object"),
        ({"counts": {"a": 1}, "units": ["day"]}, r"exactly 'counts', 'units' and 'directions'"),
        ({"counts": {"two": 0}, "units": ["day"], "directions": {"after": -1}}, r"count 'two': 0 is not"),
        ({"counts": {"two": "2"}, "units": ["day"], "directions": {"after": -1}}, r"count 'two': '2' is not"),
        ({"counts": {" two": 2}, "units": ["day"], "directions": {"after": -1}}, r"count ' two'"),
        (
            {"counts": {"two": 2}, "units": [], "directions": {"after": -1}},
            r"'units' must be a non-empty list",
        ),
        (
            {"counts": {"two": 2}, "units": ["day"], "directions": {"after": 2}},
            r"direction 'after': 2 must be",
        ),
        ({"counts": {"two": 2}, "units": ["day"], "directions": {"after": True}}, r"direction 'after': True"),
        ({"counts": {"two": 2}, "units": ["day"], "directions": []}, r"'directions' must map"),
    ],
)
def test_a_bad_lead_shift_entry_is_named(section: Any, problem: str) -> None:
    raw = copy.deepcopy(_bundled_anchors())
    raw["lead_shifts"] = section
    with pytest.raises(DataError, match=r"^anchors\.json: " + r".*" + problem):
        parse_event_anchors(raw, source="anchors.json")


def test_the_bundled_anchors_parse_as_loaded() -> None:
    parsed = parse_event_anchors(_bundled_anchors(), source="event_anchors.json")
    assert parsed.lead_shifts.pattern.pattern == load_event_anchors().lead_shifts.pattern.pattern
    assert dict(parsed.lead_shifts.directions) == {"after": -1, "earlier": -1, "before": 1, "later": 1}
