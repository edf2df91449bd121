"""Line breaks as sentence and entity boundaries (clio.nlp.lines)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from clio.clean import find_noise
from clio.nlp import prepare_doc
from clio.nlp.lines import cut_at_line_breaks, is_hard_wrapped, sentence_starts

WRAPPED = (
    "The foreign ministers of the two countries met in Geneva on\n"
    "Tuesday to discuss the ceasefire, officials said, adding that\n"
    "further talks were planned for next month in the capital of\n"
    "the neighbouring country.\n"
)
PARAGRAPHS = (
    "The foreign ministers met in Geneva on Tuesday.\n"
    "Photo: Jane Doe / Pool\n"
    "Officials said further talks were planned.\n"
    "(Reporting by John Roe)\n"
)


@pytest.mark.parametrize(
    ("text", "wrapped"),
    [
        (WRAPPED, True),
        (PARAGRAPHS, False),
        ("One line only, no break at all.", False),
        ("First paragraph.\n\nsecond paragraph starts in lower case.\n\nthird.", False),
        ("A short\nwrapped text.", False),  # too few breaks to tell
    ],
)
def test_hard_wrap_detection(text: str, wrapped: bool) -> None:
    assert is_hard_wrapped(text) is wrapped


def doc_of(words: list[str], spaces: list[bool]) -> Doc:
    return Doc(Vocab(), words=words, spaces=spaces)


def test_a_line_break_starts_a_sentence() -> None:
    doc = doc_of(["Photo", ":", "Jane", "Doe", "\n", "Rebels", "attacked", "."], [0, 1, 1, 0, 0, 1, 0, 0])
    assert sentence_starts(doc) == [5]


def test_in_hard_wrapped_text_only_blank_lines_start_sentences() -> None:
    words, spaces = [], []
    for line in WRAPPED.split("\n")[:-1]:
        tokens = line.split(" ")
        words += [*tokens, "\n"]
        spaces += [True] * (len(tokens) - 1) + [False, False]
    words += ["\n", "Next"]
    spaces += [False, False]
    doc = doc_of(words, spaces)
    assert sentence_starts(doc) == [len(words) - 1]


def test_entities_are_cut_at_line_breaks() -> None:
    doc = doc_of(
        ["Jane", "Doe", "\n", "Hamas", "fired", ".", "John", "Roe", "\n", "Vladimir", "Putin"],
        [1, 0, 0, 1, 0, 1, 1, 0, 0, 1, 0],
    )
    entities = [Span(doc, 0, 4, label="PERSON"), Span(doc, 6, 11, label="PERSON")]
    cut = cut_at_line_breaks(doc, entities)
    # A one-word tail ("Hamas") loses the label; a two-word tail is kept as its own entity.
    assert [(span.text, span.label_) for span in cut] == [
        ("Jane Doe", "PERSON"),
        ("John Roe", "PERSON"),
        ("Vladimir Putin", "PERSON"),
    ]


def test_a_credit_line_does_not_hide_the_next_lines_actor(nlp: Language) -> None:
    text = "Photo: Jane Doe\nHamas militants fired rockets at southern Israel, the army said."
    doc = nlp(prepare_doc(nlp, text, article_id="lines", article_date=dt.date(2023, 11, 2)))
    assert all("\n" not in entity.text for entity in doc.ents)
    assert any(actor.code.startswith("PSE") for actor in doc._.actors)
    assert not any(sentence.text.startswith("Photo") and "fired" in sentence.text for sentence in doc.sents)


def test_noise_is_a_sentence_of_its_own(nlp: Language) -> None:
    """A dateline the parser would take for the subject of the lead is cut off from it."""
    text = "WASHINGTON \u2015 Donald Trump's plan is a disgrace, the lawmakers said."
    noise = tuple(find_noise(text))
    doc = nlp(prepare_doc(nlp, text, article_id="t", article_date=dt.date(2016, 9, 16), noise=noise))
    sentences = [s.text for s in doc.sents]
    assert sentences[0] == "WASHINGTON \u2015"
    assert sentences[1].startswith("Donald Trump's plan")


def test_the_word_after_noise_is_no_sentence_alone(nlp: Language) -> None:
    """After a dateline with a plain hyphen the parser would end a sentence after the lead's first word."""
    text = "ACCRA, June 2 - Ghana on Monday accused Togo of arming rebels."
    noise = tuple(find_noise(text))
    doc = nlp(prepare_doc(nlp, text, article_id="t", article_date=dt.date(2024, 5, 10), noise=noise))
    sentences = [s.text for s in doc.sents]
    assert sentences[-1].startswith("Ghana on Monday accused"), sentences
