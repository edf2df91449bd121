"""Speed-ups that must not change results: time-rule triggers, the cached Doc text."""

from __future__ import annotations

import pytest

from clio.time.grammar import Candidate, find_candidates, rules


def _scan_all_rules(text: str) -> list[Candidate]:
    found = []
    for rule in rules():
        for match in rule.pattern.finditer(text):
            groups = {k: v for k, v in match.groupdict().items() if v is not None}
            found.append(Candidate(match.start(), match.end(), rule.kind, groups))
    return found


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, March 4, 2024, officials met for three hours.",
        "The 1990s ended; in the late twenties the 19th century was recalled.",
        "Sales rose in the third quarter of fiscal 2023 and in Q2 2024.",
        "The siege of 70 AD lasted until AD 73, some 400 BC sources say.",
        "They meet every other week, twice a month, on Mondays, and daily.",
        "At 5:30 p.m. EST yesterday evening, and at noon on Christmas Eve.",
        "Last weekend, the past few years, for decades, and two months ago.",
        "Currently, in the future, this spring and Winter 1942 and 03/04/2024.",
        "No time expression at all here.",
        "",
    ],
)
def test_triggers_never_drop_a_match(text: str) -> None:
    assert list(find_candidates(text)) == _scan_all_rules(text)


@pytest.mark.parametrize(
    ("text", "expected_kinds"),
    [
        ("no dates here", set()),
        ("in 70 AD", {"era_year"}),
        ("in 70 ad", set()),  # era markers are case-sensitive: "ad" is not AD
        ("the 1990s", {"decade"}),
    ],
)
def test_kinds_found(text: str, expected_kinds: set[str]) -> None:
    kinds = {c.kind for c in find_candidates(text)} - {"year", "duration"}
    assert kinds == expected_kinds


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Hello  world. Bye\n", None),
        ("Hello  world. Bye\n", (2, 4)),  # a sub-Doc carrying copied user data is rebuilt
        ("", None),
    ],
)
def test_doc_text_is_the_doc_text(text: str, span: tuple[int, int] | None) -> None:
    import spacy

    from clio.nlp.extensions import doc_text, prepare_doc

    doc = prepare_doc(spacy.blank("en"), text)
    if span is not None:
        doc = doc[span[0] : span[1]].as_doc(copy_user_data=True)
    assert doc_text(doc) == doc.text
