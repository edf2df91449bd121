"""PLOVER in full: the CAMEO2PLOVER fact table (validated on load), PLOVER actor fields, and the
mode and context an event gets from its code and the words of its sentence (no model needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc
from typer.testing import CliRunner

from clio.cli import app
from clio.errors import DataError
from clio.events.plover import Word, cue_words, describe, load_cues, parse_cues
from clio.nlp import ensure_extensions
from clio.nlp.plover import PloverComponent
from clio.ontology import load_cameo
from clio.ontology.plover import (
    PloverMapping,
    load_plover,
    parse_cameo2plover,
    plover_actor,
    plover_mapping,
)
from clio.records import Actor, Event
from tests.conftest import REPO

SHARED_TABLE = REPO.parent / "shared" / "benchmarks" / "events" / "cameo" / "CAMEO2PLOVER-2021.txt"


def test_the_packaged_table_is_the_published_one() -> None:
    if not SHARED_TABLE.is_file():
        pytest.skip("shared benchmarks not found")
    packaged = REPO / "src" / "clio" / "ontology" / "cameo2plover.txt"
    assert packaged.read_bytes() == SHARED_TABLE.read_bytes()


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        # Lines of CAMEO2PLOVER-2021.txt, read as written.
        ("041", PloverMapping("CONSULT", "phone", ())),
        ("1123", PloverMapping("ACCUSE", "allege", ("military",))),
        ("091", PloverMapping("ACCUSE", "investigate", ("crime", "corruption"))),
        ("0861", PloverMapping("RETREAT", "access", ("peacekeeping",))),  # "access ," trimmed
        ("163", PloverMapping("COERCE", "restrict", ("diplomatic",))),
        ("175", PloverMapping("ASSAULT", "pro_autocracy", ("military",))),  # listed twice, alike
        ("190", PloverMapping("ASSAULT", None, ("military",))),
        # Rules for codes the table lacks: an appeal takes its demand's mode and context ...
        ("0231", PloverMapping("REQUEST", "assist", ("economic",))),
        ("026", PloverMapping("REQUEST", "meet", ("diplomatic",))),
        # ... and an extension code its parent's.
        ("1384", PloverMapping("THREATEN", "violence", ("military",))),
        ("01", None),
        ("010", None),  # statements have no PLOVER type
        ("08", None),  # a section heading maps nothing (08 heads CONCEDE and RETREAT)
    ],
)
def test_table_mappings(code: str, expected: PloverMapping | None) -> None:
    assert plover_mapping(code) == expected


def test_the_table_agrees_with_the_cameo_table_on_every_event_type() -> None:
    table = load_plover()
    for record in load_cameo().values():
        mapping = table.mapping(record.code)
        if mapping is not None:
            assert mapping.type == record.plover, record.code


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("042 CONSULT, visit\n", "expected 'CODE: TYPE"),
        ("04x: CONSULT, visit\n", "2-4 digit"),
        ("042: CONFER, visit\n", "unknown PLOVER type 'CONFER'"),
        ("042: CONSULT, Visit!\n", "mode 'Visit!'"),
        ("042: CONSULT, visit, diplomatic, extra\n", "at most three"),
        ("04: CONSULT, visit\n", "section heading"),
        ("042: CONSULT, visit; phone\n", "one mode per code"),
        ("042: CONSULT, visit\n042: CONSULT, phone\n", "different mapping"),
        ("# only comments\n", "no CAMEO codes"),
    ],
)
def test_bad_table_lines_name_the_file_and_line(text: str, message: str) -> None:
    with pytest.raises(DataError, match=message) as raised:
        parse_cameo2plover(text, source="t.txt")
    assert "t.txt" in str(raised.value)


def test_the_table_ends_at_its_terminator_line() -> None:
    codes = parse_cameo2plover("042: CONSULT, visit # Make a visit\n~~~~~\nnot a line of the table\n")
    assert codes == {"042": PloverMapping("CONSULT", "visit", ())}


@pytest.mark.parametrize(
    ("code", "country", "expected"),
    [
        ("RUSMIL", "RUS", ("RUS", "MIL", None)),
        ("AFGINS", "AFG", ("AFG", "REB", None)),  # CAMEO insurgents are PLOVER rebels
        ("USAMED", "USA", ("USA", "JRN", None)),  # CAMEO media is PLOVER JRN
        ("NGOHLH", None, ("NGO", "MED", None)),  # CAMEO health is PLOVER MED
        ("NGOLABHRI", None, ("NGO", "LAB", "SOC")),
        ("IGOWSTNAT", None, ("IGO", None, None)),
        ("IMGMUSISI", None, ("IMG", None, None)),
        ("UAF", None, (None, "UAF", None)),
        ("KGZ", "KGZ", ("KGZ", None, None)),
    ],
)
def test_plover_actor_fields(code: str, country: str | None, expected: tuple[str | None, ...]) -> None:
    fields = plover_actor(code, country)
    assert (fields.code, fields.sector, fields.secondary_sector) == expected
    actor = Actor(code, (0, 3), code, code, country, None)
    assert actor.to_dict()["plover"] == dict(
        zip(("code", "sector", "secondary_sector"), expected, strict=True)
    )


def words(text: str) -> list[Word]:
    """Tokens as (lemma, lower) pairs; the lemma given after a slash ("shelled/shell")."""
    out: list[Word] = []
    for token in text.split():
        form, _, lemma = token.partition("/")
        out.append(((lemma or form).lower(), form.lower()))
    return out


@pytest.mark.parametrize(
    ("plover", "cameo", "sentence", "mode", "contexts"),
    [
        ("ASSAULT", "190", "troops shelled/shell the town", "heavy-weapons", ("military",)),
        # the text names the means: it wins over the mode of the code the verb gave
        (
            "ASSAULT",
            "200",
            "a suicide car bombing killed/kill three civilians",
            "suicide-attack",
            ("military",),
        ),
        ("ASSAULT", "190", "gunmen opened/open fire on a bus", "firearms", ("military",)),
        ("ASSAULT", "190", "fighting/fight continued/continue", None, ("military",)),
        ("PROTEST", "141", "thousands went/go on hunger strike", "hunger", ()),
        ("PROTEST", "140", "workers staged/stage a general strike", "boycott", ()),
        ("CONSULT", "040", "the leaders spoke/speak by telephone", "phone", ()),
        ("CONSULT", "042", "the minister arrived/arrive for talks", "visit", ("diplomatic",)),
        ("COERCE", "170", "police detained/detain 12 people", "arrest", ("legal",)),
        ("COERCE", "172", "the government imposed/impose a curfew", "curfew", ("executive",)),
        # a mode of another type is not a mode of this event
        ("ACCUSE", "112", "they accused/accuse the army of shelling/shell villages", "allege", ("military",)),
        (
            "AGREE",
            "030",
            "the two sides agreed/agree on election/election rules",
            None,
            ("diplomatic", "election"),
        ),
        (
            "ACCUSE",
            "091",
            "prosecutors/prosecutor opened/open a probe into bribery",
            "investigate",
            ("crime", "corruption", "legal"),
        ),
    ],
)
def test_describe(
    plover: str, cameo: str, sentence: str, mode: str | None, contexts: tuple[str, ...]
) -> None:
    detail = describe(plover, cameo, words(sentence), table=load_plover(), cues=load_cues())
    assert detail.mode == mode
    assert detail.context == contexts


def test_cue_phrases_split_like_spacy() -> None:
    assert cue_words("cease-fire") == ("cease", "-", "fire")
    detail = describe(
        "RETREAT", "087", words("a cease - fire took/take hold"), table=load_plover(), cues=load_cues()
    )
    assert detail.mode == "ceasefire"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"plover": "ASSAULT", "mode": "lasers", "cues": ["laser"]}', "not a mode of ASSAULT"),
        ('{"plover": "FIGHT", "mode": "firearms", "cues": ["gun"]}', "not a PLOVER event type"),
        ('{"context": "sports", "cues": ["football"]}', "not a PLOVER context"),
        ('{"context": "military", "cues": []}', "non-empty list"),
        ('{"context": "military", "mode": "troops", "cues": ["army"]}', "either 'mode'"),
        ('{"context": "military", "cues": ["army"], "weight": 2}', "unknown key"),
        ("[1, 2]", "JSON object"),
    ],
)
def test_bad_cue_lines_are_data_errors(line: str, message: str) -> None:
    with pytest.raises(DataError, match=message) as raised:
        parse_cues(f"# a comment\n{line}\n", source="cues.jsonl", table=load_plover())
    assert "cues.jsonl:2" in str(raised.value)


def test_the_bundled_cue_file_loads() -> None:
    cues = load_cues()
    assert cues.contexts and {"ASSAULT", "PROTEST", "COERCE"} <= set(cues.modes)


def _event(text: str, start: int, end: int, cameo: str, plover: str) -> Event:
    actor = Actor("Army", (start, start + 4), "Army", "XXXMIL", None, "MIL")
    return Event(
        id="e",
        source=actor,
        target=None,
        cameo=cameo,
        cameo_root=cameo[:2],
        plover=plover,
        quad_class=4,
        goldstein=-10.0,
        sentence=text[start:end],
        span=(start, end),
    )


def test_the_component_reads_the_events_sentence_and_numbers_it(tmp_path: Path) -> None:
    ensure_extensions()
    nlp = spacy.blank("en")
    text = "Talks failed. Army shelled the town. Police fired shots."
    words_ = text.replace(".", " .").split()
    spaces = [not (i + 1 < len(words_) and words_[i + 1] == ".") for i in range(len(words_))]
    spaces[-1] = False
    starts = [w in ("Talks", "Army", "Police") for w in words_]
    lemmas = [{"shelled": "shell", "fired": "fire", "shots": "shot"}.get(w, w.lower()) for w in words_]
    doc = Doc(nlp.vocab, words=words_, spaces=spaces, sent_starts=starts, lemmas=lemmas)
    assert doc.text == text
    second = text.index("Army")
    doc._.events = [_event(text, second, text.index(" Police"), "190", "ASSAULT")]
    doc._.noise = []
    doc = PloverComponent()(doc)
    [event] = doc._.events
    assert (event.mode, event.context, event.sentence_number) == ("heavy-weapons", ("military",), 2)


def test_the_component_leaves_events_without_sentences_unnumbered() -> None:
    ensure_extensions()
    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=["Army", "shelled", "the", "town"], lemmas=["army", "shell", "the", "town"])
    doc._.events = [_event(doc.text, 0, len(doc.text), "190", "ASSAULT")]
    doc = PloverComponent()(doc)
    assert doc._.events[0].sentence_number is None and doc._.events[0].mode == "heavy-weapons"


@pytest.mark.slow
def test_clio_extract_outputs_plover_fields(tmp_path: Path) -> None:
    article = tmp_path / "kharkiv.txt"
    article.write_text(
        "date 2024-03-06\n\nOfficials met on Monday. Russian forces shelled Kharkiv on Tuesday, "
        "Ukrainian officials said.\n",
        encoding="utf-8",
    )
    done = CliRunner().invoke(app, ["extract", str(article)])
    assert done.exit_code == 0, done.output
    [event] = [e for e in json.loads(done.stdout)["events"] if e["plover"] == "ASSAULT"]
    assert (event["mode"], event["context"], event["sentence_number"]) == ("heavy-weapons", ["military"], 2)
    assert event["source"]["plover"] == {"code": "RUS", "sector": "MIL", "secondary_sector": None}
