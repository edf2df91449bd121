"""Captions after credits: the caption verbs are data, news sentences after a credit stay news,
a swallowed first word and a month abbreviation do not cut a caption short, and wire credit
lines go whole."""

from __future__ import annotations

import pytest

from clio.clean import build_patterns, find_noise, load_agency_names, load_caption_verbs, present_forms
from clio.errors import DataError


def noise(text: str) -> list[str]:
    return [text[start:end] for start, end in find_noise(text)]


@pytest.mark.parametrize(
    ("phrase", "forms"),
    [
        ("wave", ("wave", "waves")),
        ("carry", ("carry", "carries")),
        ("pray", ("pray", "prays")),
        ("watch", ("watch", "watches")),
        ("pass", ("pass", "passes")),
        ("look on", ("look on", "looks on")),
    ],
)
def test_present_forms(phrase: str, forms: tuple[str, str]) -> None:
    assert present_forms(phrase) == forms


def test_bundled_caption_verbs_load() -> None:
    verbs = load_caption_verbs()
    assert "wave" in verbs and "shake hands" in verbs


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("wave\nWaves\n", "2: expected a lower-case verb"),
        ("# comment\nwave\n\nwave\n", "4: 'wave' is listed twice"),
    ],
)
def test_bad_caption_verbs_file_names_line(tmp_path, content: str, message: str) -> None:
    path = tmp_path / "verbs.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataError, match=message):
        load_caption_verbs(path)


def test_custom_caption_verbs() -> None:
    patterns = build_patterns(load_agency_names(), caption_verbs=("juggle",))
    text = "Jane Doe / AFP A street performer juggles in the square. The mayor spoke."
    spans = find_noise(text, patterns=patterns)
    assert [text[start:end] for start, end in spans] == [
        "Jane Doe / AFP",
        "A street performer juggles in the square.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "to hold" is an infinitive of announced news, not the caption's verb
        (
            "Photo: Ana Lima / AFP Delegates are due to hold a second round of talks on Friday.",
            ["Photo: Ana Lima / AFP"],
        ),
        # a finite past verb before the picture verb makes the sentence news
        (
            "Photo: Ana Lima / AFP Farmers who had waited for hours march on the capital.",
            ["Photo: Ana Lima / AFP"],
        ),
        # "the march" is a noun: the sentence before a glued credit is news
        (
            "Thousands took part in the march through the capital on Sunday. "
            "Ana Lima / AFP via Getty Images Officials counted the crowd.",
            ["Ana Lima / AFP via Getty Images"],
        ),
    ],
)
def test_news_after_or_before_a_credit_stays_news(text: str, expected: list[str]) -> None:
    assert noise(text) == expected


def test_caption_whose_first_word_the_credit_swallowed() -> None:
    # "Volunteers" reads as the photographer's third name; the lower-case verb after it shows
    # where the caption starts, and "Jan." does not end it.
    caption = "AP Photo / Ana Lima Volunteers carry sandbags along the river in Dhaka on Jan. 4."
    assert noise(caption + " The army said.") == [caption]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The talks ended.\nReporting by Ana Lima at the United Nations and Tom Berg in The Hague;"
            " Editing by Sara Holt\nMore text.",
            ["Reporting by Ana Lima at the United Nations and Tom Berg in The Hague; Editing by Sara Holt"],
        ),
        (
            "(Reporting by Ana Lima in Port of Spain; Editing by Sara Holt and Tom Berg)",
            ["(Reporting by Ana Lima in Port of Spain; Editing by Sara Holt and Tom Berg)"],
        ),
    ],
)
def test_wire_credit_line_goes_whole(text: str, expected: list[str]) -> None:
    assert noise(text) == expected


def test_a_sentence_with_two_by_phrases_is_no_credit_line() -> None:
    text = "Reporting by Ana Lima, a long-time editor, who said it was an honour; writing by committee failed"
    assert noise(text) == ["Reporting by Ana Lima"]
