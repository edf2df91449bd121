"""Event dating: a clause set a measured time after another ("a day after Peru recalled its
envoy") is dated from that clause's day even when the parser hangs its subordinator on the
measure ("day" -prep-> "after") or files the clause as a complement (ccomp) of a participle:
no complement starts with "after" or "before". A story whose lead names no day tells its news
on the first day a later sentence is set on, not on the article date."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from clio.nlp import prepare_doc
from clio.nlp.extensions import ensure_extensions
from clio.records import Timex
from clio.time.dating import event_date, story_time

FRIDAY = dt.date(2022, 3, 11)

# word, head, dep, pos, tag, lemma
_Row = tuple[str, int, str, str, str, str]
_OPENING: list[_Row] = [
    ("Chile", 1, "nsubj", "PROPN", "NNP", "Chile"),
    ("condemned", 1, "ROOT", "VERB", "VBD", "condemn"),
    ("it", 1, "dobj", "PRON", "PRP", "it"),
    ("on", 1, "prep", "ADP", "IN", "on"),
    ("Friday", 3, "pobj", "PROPN", "NNP", "Friday"),
    (",", 1, "punct", "PUNCT", ",", ","),
    ("calling", 1, "advcl", "VERB", "VBG", "call"),
    ("it", 6, "dobj", "PRON", "PRP", "it"),
    ("hostile", 6, "oprd", "ADJ", "JJ", "hostile"),
    (",", 6, "punct", "PUNCT", ",", ","),
    ("a", 11, "det", "DET", "DT", "a"),
]
_CLOSING: list[_Row] = [
    ("Peru", 14, "nsubj", "PROPN", "NNP", "Peru"),
    ("recalled", 6, "ccomp", "VERB", "VBD", "recall"),
    ("its", 16, "poss", "PRON", "PRP$", "its"),
    ("envoy", 14, "dobj", "NOUN", "NN", "envoy"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def _parsed(rows: list[_Row]) -> Doc:
    """A Doc with the given parse, its Friday a dated timex: the dating reads nothing else."""
    ensure_extensions()
    doc = Doc(
        spacy.blank("en").vocab,
        words=[r[0] for r in rows],
        spaces=[i + 1 < len(rows) and rows[i + 1][0] not in (",", ".") for i in range(len(rows))],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        tags=[r[4] for r in rows],
        lemmas=[r[5] for r in rows],
    )
    friday = next(t for t in doc if t.text == "Friday")
    doc._.article_date = FRIDAY
    doc._.timexes = [Timex("Friday", (friday.idx, friday.idx + 6), "DATE", FRIDAY.isoformat())]
    doc._.actors = []
    doc._.noise = []
    return doc


@pytest.mark.parametrize(
    "middle",
    [
        # "a day" on the clause, "after" its subordinator.
        [("day", 14, "npadvmod", "NOUN", "NN", "day"), ("after", 14, "mark", "SCONJ", "IN", "after")],
        # "after" hung on the measure as a preposition without an object.
        [("day", 14, "npadvmod", "NOUN", "NN", "day"), ("after", 11, "prep", "ADP", "IN", "after")],
    ],
)
@pytest.mark.parametrize("dep", ["advcl", "ccomp"])
def test_a_clause_a_day_after_is_the_day_before(middle: list[_Row], dep: str) -> None:
    rows = [*_OPENING, *middle, *_CLOSING]
    rows[14] = (*rows[14][:2], dep, *rows[14][3:])
    doc = _parsed(rows)
    recalled = next(t for t in doc if t.text == "recalled")
    assert event_date(doc, recalled, reference=FRIDAY) == ("2022-03-10", "day")


@pytest.mark.slow
def test_a_measure_holding_the_subordinator_in_a_real_parse(nlp: Language) -> None:
    text = (
        "Lesotho's cabinet on Friday welcomed a decision by Southern African leaders to send a "
        "regional force to the kingdom, a day after the Southern African Development Community "
        "(SADC) agreed at a summit in Luanda to deploy troops and police."
    )
    doc = nlp(prepare_doc(nlp, text, article_date=FRIDAY))
    agreed = next(t for t in doc if t.text == "agreed")
    assert event_date(doc, agreed, reference=FRIDAY) == ("2022-03-10", "day")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "dated"),
    [
        # The lead names no day; the next paragraph gives the arrests' Tuesday.
        (
            "Police arrested two men accused of stealing cattle from a farm near Kisumu.\n\n"
            "The arrests were made on Tuesday, a police spokesman said.",
            ("2022-03-08", "context"),
        ),
        # A lead with a day of its own keeps it.
        (
            "Police arrested two men on Tuesday for stealing cattle from a farm near Kisumu.\n\n"
            "A court freed one of them on Wednesday.",
            ("2022-03-08", "day"),
        ),
    ],
)
def test_an_undated_lead_opens_on_the_first_day_told(
    nlp: Language, text: str, dated: tuple[str, str]
) -> None:
    doc = nlp(prepare_doc(nlp, text, article_date=FRIDAY))
    arrested = next(t for t in doc if t.text == "arrested")
    with story_time(doc):
        assert event_date(doc, arrested) == dated
