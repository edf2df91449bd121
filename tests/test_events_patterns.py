"""Event pattern data: bundled files load and validate; bad rows fail with file:line."""

from __future__ import annotations

import dataclasses

import pytest

from clio.errors import DataError
from clio.events.merge import merge_events
from clio.events.patterns import NO_EVENT, Frame, load_book, parse_frames, parse_patterns
from clio.ontology import load_cameo
from clio.records import Actor, Event


def test_bundled_patterns_load_and_codes_exist() -> None:
    book = load_book()
    codes = load_cameo()
    assert len(book.verbs) > 500 and len(book.nouns) > 50
    for table in (book.verbs, book.nouns):
        for patterns in table.values():
            for pattern in patterns:
                assert pattern.code == NO_EVENT or pattern.code in codes
                assert pattern.id


@pytest.mark.parametrize(
    ("lemma", "kind"),
    [("plan", "intent"), ("will", "intent"), ("threaten", "threat"), ("refuse", "refuse"), ("deny", "deny"),
     ("urge", "appeal"), ("demand", "demand"), ("consider", "hypothetical")],
)  # fmt: skip
def test_frames_cover_modalities(lemma: str, kind: str) -> None:
    assert load_book().frames[lemma].kind == kind


@pytest.mark.parametrize(
    ("kind", "inner", "expected"),
    [
        ("intent", "042", "036"),  # plans to visit -> intent to meet
        ("intent", "0841", "0353"),  # will release -> intent to release
        ("intent", "190", "138"),  # will attack -> threaten with military force
        ("intent", "111", "111"),  # intent to criticize keeps its code
        ("threat", "163", "1312"),  # threatened sanctions
        ("refuse", "040", "125"),  # refused to meet
        ("appeal", "0874", "0256"),  # urged to withdraw troops
        ("demand", "040", "106"),  # demanded talks
        ("deny", "190", "016"),
    ],
)
def test_frame_transforms(kind: str, inner: str, expected: str) -> None:
    frame = next(f for f in load_book().frames.values() if f.kind == kind)
    assert frame.transform(inner) == expected


def test_frame_default() -> None:
    frame = Frame(id="f", kind="appeal", lemmas=frozenset({"urge"}), codes={"04": "026"}, default="020")
    assert frame.transform("190") == "020"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "x", "lemma": "attack", "pos": "VERB", "code": "999"}', "not a CAMEO code"),
        ('{"id": "x", "lemma": "attack", "pos": "ADJ", "code": "190"}', "pos must be"),
        ('{"id": "x", "lemma": "attack", "pos": "VERB"}', "missing or empty 'code'"),
        ('{"id": "x", "lemma": "attack", "pos": "VERB", "code": "190", "colour": 1}', "unknown key"),
        ('{"id": "x", "lemma": "attack", "pos": "VERB", "code": "190", "objects": "troops"}', "list"),
        ('{"id": "x", "lemma": "clash", "pos": "VERB", "code": "190", "mutual": "yes"}', "true or false"),
        ('{"id": "x", "lemma": "call", "pos": "VERB", "code": "111", "objects": ["@slurs"]}', "no word list"),
        ("{not json", "not valid JSON"),
    ],
)
def test_bad_pattern_rows(line: str, message: str) -> None:
    with pytest.raises(DataError, match=message) as info:
        parse_patterns("# comment\n" + line + "\n", source="bad.jsonl")
    assert "bad.jsonl:2" in str(info.value)


def test_objects_name_a_word_list() -> None:
    line = '{"id": "x", "lemma": "call", "pos": "VERB", "code": "111", "objects": ["@judgements", "thug"]}'
    [pattern] = parse_patterns(line, source="p.jsonl", word_lists={"judgements": frozenset({"liar", "sham"})})
    assert pattern.objects == {"liar", "sham", "thug"}


def test_naming_verbs_share_the_condemning_words() -> None:
    book = load_book()
    [call] = [p for p in book.verbs["call"] if p.id == "hand.v.call.disparaging"]
    assert book.judgement_words <= call.objects
    assert {"terrorist", "dictator"} <= call.objects
    assert "terrorist" not in book.judgement_words  # "struck terrorist shelters" judges no one


def test_bad_frame_rows() -> None:
    with pytest.raises(DataError, match="kind must be"):
        parse_frames('{"kind": "wish", "lemmas": ["x"], "codes": {}, "default": "020"}', source="f.jsonl")
    with pytest.raises(DataError, match="not a CAMEO code"):
        parse_frames(
            '{"kind": "intent", "lemmas": ["x"], "codes": {"04": "777"}, "default": "030"}', source="f"
        )
    with pytest.raises(DataError, match="infinitive_only"):
        parse_frames(
            '{"kind": "demand", "lemmas": ["x"], "codes": {}, "default": "100", "infinitive_only": ["y"]}',
            source="f",
        )


def _event(span: tuple[int, int], confidence: float, cameo: str = "190") -> Event:
    rus = Actor(text="Russia", span=(0, 6), name="Russia", code="RUS", country="RUS")
    ukr = Actor(text="Ukraine", span=(16, 23), name="Ukraine", code="UKR", country="UKR")
    return Event(
        id="x", source=rus, target=ukr, cameo=cameo, cameo_root=cameo[:2], plover="ASSAULT", quad_class=4,
        goldstein=-10.0, sentence="", span=span, date="2022-02-24", confidence=confidence,
    )  # fmt: skip


def test_merge_keeps_one_event_per_dyad_root_and_date_with_all_evidence() -> None:
    # "Russia attacked Ukraine" (190) and "the Russian air strikes" (195) on one day: one happening,
    # recorded by its most confident mention, with every span as evidence.
    merged = merge_events([_event((0, 30), 0.5), _event((40, 80), 0.9), _event((90, 99), 0.7, cameo="195")])
    assert len(merged) == 1
    (attack,) = merged
    assert (attack.cameo, attack.span, attack.confidence) == ("190", (40, 80), 0.9)
    assert attack.evidence == ((0, 30), (40, 80), (90, 99))
    # On equal confidence the more specific code is the record.
    (tie,) = merge_events([_event((0, 30), 0.7), _event((40, 80), 0.7, cameo="195")])
    assert tie.cameo == "195"
    # Another day, or another root, is another happening.
    other_root = _event((40, 80), 0.9, cameo="112")
    assert len(merge_events([_event((0, 30), 0.5), dataclasses.replace(other_root, cameo_root="11")])) == 2
