"""The event coder's word lists (clio/data/events/lexicon.json): the shipped file and its checks."""

from __future__ import annotations

import ast
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from clio.errors import DataError
from clio.events.lexicon import BUNDLED_FILE, LIST_NAMES, load_event_lexicon
from clio.events.patterns import DATA_FILES, PATTERN_FILES, default_data_dir, load_book

EVENTS_DIR = Path(__file__).resolve().parent.parent / "src" / "clio" / "events"
# The module-level lookups, and load_book's ``words = lexicon.words`` for the pattern book's lists.
LOOKUPS = ("event_words", "event_words_in_order", "words")


def names_read_by_the_code() -> set[str]:
    """Every list name the event modules pass to a lexicon lookup, found in their source."""
    names: set[str] = set()
    for path in EVENTS_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in LOOKUPS:
                (argument,) = node.args
                assert isinstance(argument, ast.Constant) and isinstance(argument.value, str), path
                names.add(argument.value)
    return names


def names_in_the_patterns() -> set[str]:
    """Every list a shipped pattern names as an ``"@name"`` object."""
    names: set[str] = set()
    for name in PATTERN_FILES:
        names |= set(re.findall(r'"@([a-z_]+)"', (default_data_dir() / name).read_text(encoding="utf-8")))
    return names


def shipped() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(BUNDLED_FILE.read_text(encoding="utf-8"))
    return data


def write(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "lexicon.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_shipped_lexicon_loads_with_every_list() -> None:
    lexicon = load_event_lexicon()
    assert tuple(lexicon.lists) == LIST_NAMES
    assert all(lexicon.abouts[name].strip() for name in LIST_NAMES)
    assert load_event_lexicon() is lexicon  # read once


def test_every_name_the_code_reads_is_a_list_and_every_list_is_read() -> None:
    used = names_read_by_the_code() | names_in_the_patterns()
    assert used == set(LIST_NAMES)


def test_the_patterns_name_lists_of_the_lexicon() -> None:
    assert {"judgements", "crimes", "money"} <= names_in_the_patterns() <= set(LIST_NAMES)


def test_words_and_order() -> None:
    lexicon = load_event_lexicon()
    assert "say" in lexicon.words("reporting_verbs")
    assert isinstance(lexicon.words("reporting_verbs"), frozenset)
    # Lists tried one entry at a time keep the file's order.
    assert lexicon.in_order("protest_venue_preps") == tuple(shipped()["protest_venue_preps"]["words"])
    with pytest.raises(KeyError, match="no word list 'reporting_verb'"):
        lexicon.words("reporting_verb")


def test_lexicon_is_read_only() -> None:
    lexicon = load_event_lexicon()
    with pytest.raises(TypeError):
        lexicon.lists["negators"] = ("yes",)  # type: ignore[index]
    with pytest.raises(AttributeError):
        lexicon.source = "elsewhere"  # type: ignore[misc]


def test_a_copy_of_the_shipped_file_loads_from_a_path(tmp_path: Path) -> None:
    lexicon = load_event_lexicon(write(tmp_path, shipped()))
    assert lexicon.lists == load_event_lexicon().lists
    assert lexicon.source == str(tmp_path / "lexicon.json")


def test_bad_json_names_the_file_and_the_place(tmp_path: Path) -> None:
    path = tmp_path / "lexicon.json"
    path.write_text('{"negators": {"about": "x", "words": ["not",]}}', encoding="utf-8")
    with pytest.raises(DataError, match=r"lexicon\.json: not valid JSON \(.*line 1 column"):
        load_event_lexicon(path)


def test_a_list_given_twice_is_refused(tmp_path: Path) -> None:
    body = json.dumps(shipped())[1:-1]
    path = tmp_path / "lexicon.json"
    path.write_text('{"negators": {"about": "x", "words": ["not"]}, ' + body + "}", encoding="utf-8")
    with pytest.raises(DataError, match="the key 'negators' appears twice"):
        load_event_lexicon(path)


def with_words(name: str, words: list[Any]) -> dict[str, Any]:
    data = shipped()
    data[name]["words"] = words
    return data


@pytest.mark.parametrize(
    ("words", "problem"),
    [
        (["not", "never", "not"], r"list 'negators', entry 2: duplicate 'not'"),
        (["not", ""], r"list 'negators', entry 1: empty string"),
        (["not", "   "], r"list 'negators', entry 1: empty string"),
        (["not", 7], r"list 'negators', entry 1: must be a string, got 7"),
        (["not", None], r"list 'negators', entry 1: must be a string, got None"),
        (["Not"], r"list 'negators', entry 0: 'Not' must be lower case"),
        (["not "], r"list 'negators', entry 0: 'not ' has spaces around it"),
        ([], r"list 'negators': 'words' must be a non-empty JSON array"),
    ],
)
def test_bad_entries_name_the_file_list_and_entry(tmp_path: Path, words: list[Any], problem: str) -> None:
    with pytest.raises(DataError, match=r"lexicon\.json: " + problem):
        load_event_lexicon(write(tmp_path, with_words("negators", words)))


def test_words_must_be_an_array(tmp_path: Path) -> None:
    data = shipped()
    data["negators"]["words"] = "not never"
    with pytest.raises(DataError, match="list 'negators': 'words' must be a non-empty JSON array"):
        load_event_lexicon(write(tmp_path, data))


def test_unknown_list_is_refused(tmp_path: Path) -> None:
    data = shipped()
    data["negator"] = {"about": "a misspelt list", "words": ["not"]}
    with pytest.raises(DataError, match=r"lexicon\.json: unknown word list 'negator'"):
        load_event_lexicon(write(tmp_path, data))


def test_missing_list_is_refused(tmp_path: Path) -> None:
    data = shipped()
    del data["reporting_verbs"]
    with pytest.raises(DataError, match=r"lexicon\.json: word list 'reporting_verbs' is missing"):
        load_event_lexicon(write(tmp_path, data))


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        (["not"], "must be an object with exactly 'about' and 'words'"),
        ({"words": ["not"]}, "must be an object with exactly 'about' and 'words'"),
        ({"about": "x", "words": ["not"], "note": "y"}, "must be an object with exactly 'about' and 'words'"),
        ({"about": " ", "words": ["not"]}, "'about' must say what the list is for"),
    ],
)
def test_each_list_is_an_object_with_about_and_words(tmp_path: Path, entry: Any, problem: str) -> None:
    data = shipped()
    data["negators"] = entry
    with pytest.raises(DataError, match=f"list 'negators'.*{problem}"):
        load_event_lexicon(write(tmp_path, data))


def test_the_file_must_hold_an_object(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="must hold a JSON object of named word lists"):
        load_event_lexicon(write(tmp_path, [["not"]]))


def copy_of_the_data(tmp_path: Path) -> Path:
    """A pattern folder like the bundled one, for load_book(folder) to read."""
    folder = tmp_path / "events"
    folder.mkdir()
    for name in DATA_FILES:
        shutil.copy(default_data_dir() / name, folder / name)
    return folder


def test_the_pattern_book_takes_its_lists_from_the_lexicon() -> None:
    lexicon, book = load_event_lexicon(), load_book()
    assert book.light_verbs == lexicon.words("light_verbs")
    assert book.judgement_words == lexicon.words("judgements")
    assert book.discontent_words == lexicon.words("discontent_words")
    [give] = [p for p in book.verbs["give"] if p.id == "hand.v.give.money"]
    assert give.objects == lexicon.words("money")  # "@money"


def test_a_pattern_folder_brings_its_own_lexicon(tmp_path: Path) -> None:
    folder = copy_of_the_data(tmp_path)
    data = json.loads((folder / "lexicon.json").read_text(encoding="utf-8"))
    data["money"]["words"].append("doubloon")
    data["light_verbs"]["words"].append("wield")
    (folder / "lexicon.json").write_text(json.dumps(data), encoding="utf-8")
    book = load_book(folder)
    assert "wield" in book.light_verbs and "wield" not in load_book().light_verbs
    [give] = [p for p in book.verbs["give"] if p.id == "hand.v.give.money"]
    assert "doubloon" in give.objects


def test_a_pattern_folder_without_a_lexicon_is_refused(tmp_path: Path) -> None:
    folder = copy_of_the_data(tmp_path)
    (folder / "lexicon.json").unlink()
    with pytest.raises(DataError, match=r"lexicon\.json: cannot read the event lexicon"):
        load_book(folder)


def test_an_unknown_list_in_a_pattern_file_names_the_file_and_line(tmp_path: Path) -> None:
    folder = copy_of_the_data(tmp_path)
    verbs = folder / "verbs.jsonl"
    lines = verbs.read_text(encoding="utf-8").splitlines()
    bad = '{"id": "x.insult", "lemma": "call", "pos": "VERB", "code": "111", "objects": ["@judgement"]}'
    verbs.write_text("\n".join([*lines, bad]) + "\n", encoding="utf-8")
    message = rf"verbs\.jsonl:{len(lines) + 1}: '@judgement' names no word list .*did you mean '@judgements'"
    with pytest.raises(DataError, match=message):
        load_book(folder)
