"""Speed-ups that must not change results: time-rule triggers, the cached Doc text."""

from __future__ import annotations

import pytest
from spacy.language import Language

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


# -- time rules tried only at the word starts they can begin with ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Letters the regex engine matches case-insensitively though str.lower() differs.
        "yeſterday, ſix weeks ago, thİs week and thıs month, and \u212aNOWN dates",
        # Digits other than ASCII ones match \d.
        "\u0663 days later and the last \uff13 weeks",
        "March 4-5, 2024; 4 March 2024; mid-March; the mid-1990s; '90s; Q3; 3/4/2024",
        "x2024 and 2024x and $2024 and 1,2024 and -2024; the end of the week.",
        "the the the end of March the 5th of May",
        "a",
        "20",
    ],
)
def test_word_start_index_finds_every_match(text: str) -> None:
    assert list(find_candidates(text)) == _scan_triggered_rules(text)


def _scan_triggered_rules(text: str) -> list[Candidate]:
    """Every rule whose triggers are in the text, scanned at every character (no start index).

    The triggers look at ``str.lower()`` text, so a word spelled with a character the regex
    engine alone folds ("yeſterday") may skip its rule; the start index must not change that."""
    lowered = text.lower()
    found = []
    for rule in rules():
        if not rule.may_match(text, lowered):
            continue
        for match in rule.pattern.finditer(text):
            groups = {k: v for k, v in match.groupdict().items() if v is not None}
            found.append(Candidate(match.start(), match.end(), rule.kind, groups))
    return found


def test_word_start_index_on_the_sample_corpus() -> None:
    from clio.readers import Ingested, read_inputs, sample_corpus_path

    items = [i for i in read_inputs([str(sample_corpus_path())]) if isinstance(i, Ingested)]
    assert items
    for item in items:
        for text in (item.article.text, item.article.title or ""):
            assert list(find_candidates(text)) == _scan_all_rules(text)  # no trigger misses either


def test_fold_covers_the_regex_case_equivalences() -> None:
    """Every character re.IGNORECASE matches to an ASCII letter folds to that letter."""
    import re
    import sys

    from clio.time.grammar import _fold

    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for char in set(re.findall(letter, everything, re.IGNORECASE)):
            assert _fold(char) == letter, (letter, hex(ord(char)))


def test_most_rules_are_indexed() -> None:
    from clio.time.grammar import _start_index

    grammar = rules()
    indexed = _start_index(grammar).prefixes
    assert len(indexed) >= len(grammar) - 5
    # "'90s" starts with an apostrophe, and the "in"/"for" rules look behind a word: not indexed.
    kinds = {grammar[n].kind for n in range(len(grammar)) if n not in indexed}
    assert kinds <= {"decade", "season", "vague"}


# -- photo credits around a slash, found from the text --------------------------------------


@pytest.mark.parametrize(
    ("text", "blocked_words", "free_words"),
    [
        # Capitalised words on both sides of a spaced slash, up to four before and five after.
        ("JOHN ROE / AFP The two delegations met.", ["JOHN", "ROE", "AFP", "The"], ["two", "met"]),
        ("Jane Doe | Reuters Talks resumed.", ["Jane", "Doe", "Reuters", "Talks"], ["resumed"]),
        ("SPLM/A fighters and Sudan talked.", [], ["SPLM", "Sudan"]),
        ("/ AFP Leaders met.", [], ["Leaders"]),
        ("Leaders met in Paris /", [], ["Leaders", "Paris"]),
        ("See www.example.com/news Leaders met.", [], ["Leaders"]),
    ],
)
def test_slash_credits_blocked(
    nlp: Language, text: str, blocked_words: list[str], free_words: list[str]
) -> None:
    from clio.nlp.extensions import prepare_doc

    component = nlp.get_pipe("clio_actors")
    doc = prepare_doc(nlp, text)
    for name, pipe in nlp.pipeline:
        if name == "clio_actors":
            break
        doc = pipe(doc)
    blocked = component._blocked_tokens(doc)
    words = {t.text: t.i for t in doc}
    for word in blocked_words:
        assert words[word] in blocked, (word, [doc[i].text for i in sorted(blocked)])
    for word in free_words:
        assert words[word] not in blocked, (word, [doc[i].text for i in sorted(blocked)])


def test_start_trie_matches_the_prefixes() -> None:
    """The trie lookup gives the rules whose prefixes fit the characters, checked one by one."""
    from clio.time.grammar import _DIGIT, _fold, _start_index

    index = _start_index(rules())

    def fits(prefix: tuple[str, ...], chars: str) -> bool:
        if len(prefix) > len(chars):
            return False
        return all(
            char.isdecimal() if atom == _DIGIT else atom == _fold(char)
            for atom, char in zip(prefix, chars, strict=False)
        )

    keys = {"the", "The", "Jan", "MAR", "yeſ", "thİ", "19", "٣ d", "１2", "Q3 ", "a", "mid", "x", "0s"}
    for chars in sorted(keys):
        expected = tuple(
            number
            for number, prefixes in sorted(index.prefixes.items())
            if any(fits(p, chars) for p in prefixes)
        )
        assert index.rules_for(chars) == expected, chars
