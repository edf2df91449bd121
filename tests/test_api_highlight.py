"""Cutting article text into highlighted pieces."""

from __future__ import annotations

import pytest

from clio.api.highlight import Mark, pieces


@pytest.mark.parametrize(
    ("text", "marks", "expected"),
    [
        ("abc", [], [("abc", ())]),
        ("Russia attacked", [Mark(0, 6, "actor")], [("Russia", ("actor",)), (" attacked", ())]),
        (
            "Russia attacked Ukraine",
            [Mark(0, 23, "event"), Mark(0, 6, "actor"), Mark(16, 23, "actor")],
            [("Russia", ("actor", "event")), (" attacked ", ("event",)), ("Ukraine", ("actor", "event"))],
        ),
        ("abc", [Mark(2, 9, "actor"), Mark(-1, 2, "actor"), Mark(1, 1, "actor")], [("abc", ())]),
        ("abcd", [Mark(1, 3, "event", selected=True)], [("a", ()), ("bc", ("event", "selected")), ("d", ())]),
    ],
)
def test_pieces(text: str, marks: list[Mark], expected: list[tuple[str, tuple[str, ...]]]) -> None:
    result = pieces(text, marks)
    assert [(p.text, p.classes) for p in result] == expected
    assert "".join(p.text for p in result) == text


def test_only_the_first_selected_piece_is_anchored() -> None:
    result = pieces("abcdef", [Mark(0, 6, "event", selected=True), Mark(2, 3, "actor")])
    assert [p.anchor for p in result] == ["evidence", None, None]
