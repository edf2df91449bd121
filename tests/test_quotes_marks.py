"""Quote-mark pairing without a model: tables of (text, expected quoted stretches)."""

from __future__ import annotations

import itertools

import pytest

from clio.quotes.marks import MAX_UNCLOSED_CHARS, QuotedSpan, find_quoted_spans, paragraphs
from clio.quotes.shape import looks_like_title


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quoted_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # straight and curly marks
        ('He said "we will win" today.', ['"we will win"']),
        ("He said “we will win” today.", ["“we will win”"]),
        ("„Wir schaffen das“ sagte sie.", ["„Wir schaffen das“"]),
        # several quotes in one paragraph, attribution between them
        ("“We will win,” he said. “And then some.”", ["“We will win,”", "“And then some.”"]),
        ('"We will win," he said, "and then some."', ['"We will win,"', '"and then some."']),
        # nested single quotes stay inside the double quote
        ("“They want ‘democracy’ now,” he said.", ["“They want ‘democracy’ now,”"]),
        # a double quote nested in a double quote (a common slip for single marks)
        (
            "“I’d rather live in what he calls “hell” than here,” she said.",
            ["“I’d rather live in what he calls “hell” than here,”"],
        ),
        ("\"You called it 'a disgrace' then,\" she said.", ["\"You called it 'a disgrace' then,\""]),
        # broken marks: closing mark after a space, glued to the next word, curly opener as closer
        ("He said “we will defend our borders ” and left.", ["“we will defend our borders ”"]),
        ("She said: “No.”The minister left.", ["“No.”"]),
        ("“We are ready“ the minister said.", ["“We are ready“"]),
        # apostrophes are not quote marks
        ("Clinton’s aide said it’s over and they’re leaving.", []),
        ("Don't tell the Joneses' neighbours.", []),
        # inch marks and stray closers are skipped
        ('A 12" pipe and a "real quote" here.', ['"real quote"']),
        ("The talks ended” and nobody spoke.", []),
        # top-level curly single quotes
        ("The party said ‘we will fight on’ after the vote.", ["‘we will fight on’"]),
        ("The ‘so-called’ talks.", ["‘so-called’"]),
        # no marks at all
        ("The minister said the talks failed.", []),
        ("", []),
    ],
)
def test_quoted_stretches(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "closed"),
    [
        # an unclosed quote ends at its paragraph's end, not at the article's
        (
            "“We will defend our borders, Lavrov said.\n\nThe ministry added nothing.",
            ["“We will defend our borders, Lavrov said."],
            [False],
        ),
        # a second opener while one is open: the first was never closed
        ("“first never closed “second one” end", ["“first never closed", "“second one”"], [False, True]),
        # the newspaper convention: an open quote continues when the next paragraph opens a mark
        ("“Para one.\n\n“Para two.”\n\nAfter.", ["“Para one.\n\n“Para two.”"], [True]),
        (
            "“Para one.\n\n“Para two.\n\n“Para three.” he said.",
            ["“Para one.\n\n“Para two.\n\n“Para three.”"],
            [True],
        ),
        # an unclosed quote followed by a paragraph without a mark stops at its paragraph
        ("“Para one.\n\nPara two has “its own” quote.", ["“Para one.", "“its own”"], [False, True]),
        # unclosed at the very end
        ("He said “we will", ["“we will"], [False]),
    ],
)
def test_unclosed_and_multi_paragraph(text: str, expected: list[str], closed: list[bool]) -> None:
    spans = find_quoted_spans(text)
    assert [text[q.start : q.end] for q in spans] == expected
    assert [q.closed for q in spans] == closed


def test_long_unclosed_quote_stops_at_a_sentence_end() -> None:
    sentence = "This sentence keeps going on and on about the talks. "
    text = "“" + sentence * (MAX_UNCLOSED_CHARS // len(sentence) + 3) + "The end."
    (span,) = find_quoted_spans(text)
    assert not span.closed
    assert text[span.start : span.end] == "“" + sentence.strip()


def test_spans_never_overlap_and_offsets_hold() -> None:
    text = '“A ‘b’ c,” he said. "D" e ”f “g\n\n“h ‘i’\n\n“j” k’s l ‘m n’.'
    spans = find_quoted_spans(text)
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
    assert all(0 <= q.start < q.end <= len(text) for q in spans)


def test_inner_strips_marks_and_spaces() -> None:
    text = "x “ we win ” y"
    (span,) = find_quoted_spans(text)
    assert span == QuotedSpan(2, 12)
    start, end = span.inner(text)
    assert text[start:end] == "we win"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("one\n\ntwo", ["one", "two"]),
        ("one\ntwo\n\n\nthree", ["one", "two", "three"]),
        ("\n\n  \n", []),
    ],
)
def test_paragraphs(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in paragraphs(text)] == expected


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        ("Fox News Sunday,", True),
        ("Morning Joe", True),
        ("Keeping Up with the Joneses", True),
        ("We will win.", False),  # a sentence ends inside the marks: speech
        ("we will defend our borders", False),
        ("Get Out Now!", False),
        ("The Talks Will Go On and On and On", False),  # too long for a title
        ("", False),
    ],
)
def test_looks_like_title(inner: str, expected: bool) -> None:
    assert looks_like_title(inner) is expected
