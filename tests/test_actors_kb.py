"""The actor knowledge base, role resolution, dictionary import and the actor scorer (no model)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from clio.actors.kb import KnowledgeBase, Role, entry_from_dict, load_file, load_kb, resolve_roles, split_code
from clio.actors.lexicon import load_lexicon, parse_agents
from clio.actors.lookup import explain
from clio.actors.petrarch import import_agents, import_dictionary, is_place_block, parse_date, parse_role
from clio.errors import DataError
from clio.evaluate.actors import GoldActors, country_of, score, sector_of

D = dt.date


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("RUSGOV", ("RUS", "GOV")),
        ("USA", ("USA", None)),
        ("IGOWSTNAT", (None, "IGO")),
        ("NGOHLHIRC", (None, "NGO")),
        ("GBRGOVJUD", ("GBR", "GOV")),
        ("UAF", (None, "UAF")),  # a role code alone names no country
        ("REB", (None, "REB")),
    ],
)
def test_split_code(code: str, expected: tuple[str | None, str | None]) -> None:
    assert split_code(code) == expected


PUTIN = entry_from_dict(
    {
        "name": "Vladimir Putin",
        "kind": "person",
        "aliases": ["Putin"],
        "roles": [
            {"code": "RUSGOV", "from": "1999-08-09", "until": "2008-05-07"},
            {"code": "RUSGOV", "from": "2008-05-08"},
            {"code": "RUSELI"},
        ],
    },
    "test:1",
)
OBAMA = entry_from_dict(
    {
        "name": "Barack Obama",
        "kind": "person",
        "roles": [{"code": "USAGOV", "from": "2009-01-20", "until": "2017-01-20"}],
    },
    "test:2",
)


@pytest.mark.parametrize(
    ("entry", "day", "code"),
    [
        (PUTIN, D(2005, 1, 1), "RUSGOV"),
        (PUTIN, D(1995, 1, 1), "RUSELI"),  # the undated default role
        (PUTIN, None, "RUSGOV"),  # no date: the latest role
        (OBAMA, D(2012, 6, 1), "USAGOV"),
        (OBAMA, D(2017, 1, 20), "USAGOV"),  # bounds are inclusive
        (OBAMA, D(2019, 6, 1), "USAELI"),  # after leaving office: elite
        (OBAMA, D(2000, 6, 1), "USAELI"),  # before taking office
    ],
)
def test_roles_are_true_on_the_date(entry, day, code) -> None:  # type: ignore[no-untyped-def]
    assert resolve_roles(entry, day).code == code


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ([], "JSON object"),
        ({"kind": "person", "roles": [{"code": "USA"}]}, "'name'"),
        ({"name": "X", "kind": "planet", "roles": [{"code": "USA"}]}, "'kind'"),
        ({"name": "X", "kind": "country", "roles": []}, "'roles'"),
        ({"name": "X", "kind": "country", "roles": [{"code": "U$"}]}, "not a CAMEO"),
        ({"name": "X", "kind": "person", "roles": [{"code": "USAGOV", "from": "2020-13-01"}]}, "bad date"),
        (
            {
                "name": "X",
                "kind": "person",
                "roles": [{"code": "USAGOV", "from": "2020-01-01", "until": "2019-01-01"}],
            },
            "ends",
        ),
        ({"name": "X", "kind": "country", "aliases": "X", "roles": [{"code": "USA"}]}, "'aliases'"),
    ],
)
def test_bad_entries_say_where_and_what(data: object, problem: str) -> None:
    with pytest.raises(DataError, match=problem) as info:
        entry_from_dict(data, "my.jsonl:7")
    assert "my.jsonl:7" in str(info.value)


def test_load_file_reports_the_line(tmp_path: Path) -> None:
    path = tmp_path / "extra.jsonl"
    path.write_text('# comment\n{"name": "A", "kind": "country", "roles": [{"code": "AAA"}]}\n{oops\n')
    with pytest.raises(DataError, match=r"extra.jsonl:3: not valid JSON"):
        load_file(path)
    with pytest.raises(DataError, match="does not exist"):
        load_file(tmp_path / "missing.jsonl")


def test_user_file_overrides_builtin(tmp_path: Path) -> None:
    path = tmp_path / "extra.jsonl"
    path.write_text(
        json.dumps(
            {"name": "Zed Person", "kind": "person", "aliases": ["Zed"], "roles": [{"code": "FRAGOV"}]}
        )
    )
    kb = KnowledgeBase.load([path])
    resolution = kb.resolve("Zed", None)
    assert resolution is not None and resolution.code == "FRAGOV"


@pytest.mark.parametrize(
    ("name", "day", "code"),
    [
        ("Britain", None, "GBR"),
        ("the United States", None, "USA"),
        ("U.S.", None, "USA"),
        ("Burma", None, "MMR"),
        ("Ivory Coast", None, "CIV"),
        ("Russian", None, "RUS"),
        ("Kremlin", None, "RUSGOV"),
        ("Pentagon", None, "USAMIL"),
        ("NATO", None, "IGOWSTNAT"),
        ("United Nations", None, "IGOUNO"),
        ("European Union", None, "IGOEUREEC"),
        ("Xinhua", None, "CHNMED"),
        ("Jordan", None, "JOR"),  # the country beats any person listed as "Jordan"
        ("Boris Johnson", D(2021, 1, 1), "GBRGOV"),
        ("Boris Johnson", D(2023, 1, 1), "GBRELI"),
        ("Trump", D(2022, 6, 1), "USAELI"),
        ("Trump", D(2025, 6, 1), "USAGOV"),
        # Bare "Congo" is the former Zaire since it took the name in May 1997.
        ("Congo", D(1995, 1, 1), "COG"),
        ("Congo", D(2024, 1, 1), "COD"),
        ("Congo Republic", D(2024, 1, 1), "COG"),
    ],
)
def test_builtin_kb(name: str, day: dt.date | None, code: str) -> None:
    resolution = load_kb().resolve(name, day)
    assert resolution is not None and resolution.code == code


def test_every_un_member_has_a_country_entry() -> None:
    import pycountry

    codes = {r.code for e in load_kb().entries if e.kind == "country" for r in e.roles}
    assert len(codes) >= 193
    for probe in ("RUS", "CHN", "USA", "GBR", "FRA", "UKR", "SSD", "TLS", "PSE"):
        assert probe in codes
    assert all(pycountry.countries.get(alpha_3=c) for c in codes - {"KSV"})


def test_lookup_explains() -> None:
    candidates = explain(load_kb(), "Boris Johnson", D(2023, 1, 1))
    assert candidates[0].chosen and candidates[0].code == "GBRELI"
    assert "former" in candidates[0].reason


@pytest.mark.parametrize(
    ("name", "day", "code"),
    [
        ("Paul Kagame", D(2026, 11, 29), "RWAGOV"),  # a current holder
        ("Nayib Bukele", D(2026, 11, 29), "SLVGOV"),
        ("Abdullah II", D(2026, 11, 29), "JORGOV"),
        ("King Abdullah", D(2020, 1, 1), "JORGOV"),  # the Saudi King Abdullah died in 2015
        ("Macky Sall", D(2020, 1, 1), "SENGOV"),  # before and after leaving office
        ("Macky Sall", D(2025, 1, 1), "SENELI"),
        ("Jacinda Ardern", D(2020, 1, 1), "NZLGOV"),
        ("Ardern", D(2024, 1, 1), "NZLELI"),
        ("Sheikh Hasina", D(2023, 1, 1), "BGDGOV"),
        ("Sheikh Hasina", D(2025, 1, 1), "BGDELI"),
        ("Muhammad Yunus", D(2025, 1, 1), "BGDGOV"),
        ("Fayez al-Sarraj", D(2018, 1, 1), "LBYGOV"),
        ("Fayez al-Sarraj", D(2022, 1, 1), "LBYELI"),
        ("Mariano Rajoy", D(2019, 1, 1), "ESPELI"),
        ("Pedro Sanchez", D(2019, 1, 1), "ESPGOV"),
        ("Alexander Stubb", D(2020, 1, 1), "FINELI"),  # out of office between two roles
        ("Alexander Stubb", D(2024, 6, 1), "FINGOV"),
        ("Sauli Niinisto", D(2024, 6, 1), "FINELI"),
        ("Mahathir", D(2019, 1, 1), "MYSGOV"),  # a second spell as prime minister
        ("Mahathir Mohamad", D(2021, 1, 1), "MYSELI"),
        ("Ibrahim Traore", D(2023, 6, 1), "BFAMIL"),  # a junta leader
        ("Mahamat Idriss Deby", D(2022, 1, 1), "TCDMIL"),  # a junta leader, then elected
        ("Mahamat Idriss Deby", D(2025, 1, 1), "TCDGOV"),
        ("Brice Oligui Nguema", D(2024, 1, 1), "GABMIL"),
        ("Brice Oligui Nguema", D(2025, 6, 1), "GABGOV"),
        ("Abdul Ghani Baradar", D(2020, 3, 1), "AFGREB"),  # an insurgent leader, then a minister
        ("Abdul Ghani Baradar", D(2022, 1, 1), "AFGGOV"),
        # Sudan's paramilitary was part of the security forces until the war of April 2023.
        ("Rapid Support Forces", D(2020, 1, 1), "SDNMIL"),
        ("Rapid Support Forces", D(2024, 1, 1), "SDNREB"),
        ("Qasem Soleimani", D(2019, 1, 1), "IRNMIL"),
        ("Tsai Ing-wen", D(2020, 1, 1), "TWNGOV"),
        ("Lai Ching-te", D(2025, 1, 1), "TWNGOV"),
        ("Pope Francis", D(2020, 1, 1), "VATGOV"),
        ("Gabriel Boric", D(2023, 1, 1), "CHLGOV"),
        ("Moussa Faki Mahamat", D(2020, 1, 1), "IGOAFRAFU"),  # Chad's foreign minister, then the AU
        ("Moussa Faki Mahamat", D(2026, 1, 1), "TCDELI"),  # the default once the dated roles end
    ],
)
def test_world_leaders(name: str, day: dt.date, code: str) -> None:
    resolution = load_kb().resolve(name, day)
    assert resolution is not None and resolution.code == code


def test_every_un_member_has_office_holders() -> None:
    """Every country has a person holding a GOV or MIL role since 2015, except San Marino, whose
    two captains regent change every six months."""
    since = D(2015, 1, 1)
    held = {
        role.code[:3]
        for entry in load_kb().entries
        if entry.kind == "person"
        for role in entry.roles
        if role.code[3:6] in ("GOV", "MIL") and (role.end is None or role.end >= since)
    }
    countries = {r.code for e in load_kb().entries if e.kind == "country" for r in e.roles}
    assert countries - held <= {"SMR"}


def test_world_leaders_have_no_shared_one_word_alias() -> None:
    """A bare surname in leaders_world.jsonl names only its own entry, so it cannot steal
    another person's or a country's mention."""
    kb = load_kb()
    for entry in kb.entries:
        if not entry.source.endswith("leaders_world.jsonl"):
            continue
        for alias in entry.aliases:
            if " " not in alias.strip():
                assert [e.name for e in kb.find(alias)] == [entry.name], alias


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RUSGOV 991231-080507", Role("RUSGOV", D(1999, 12, 31), D(2008, 5, 7))),
        ("RUSGOV >080508", Role("RUSGOV", D(2008, 5, 8), None)),
        ("RUSGOV <080508", Role("RUSGOV", None, D(2008, 5, 8))),
        ("EGYGOV > 140608", Role("EGYGOV", D(2014, 6, 8), None)),
        ("AFGELI 19270101-730717", Role("AFGELI", D(1927, 1, 1), D(1973, 7, 17))),
        ("IGOUNO", Role("IGOUNO")),
        ("---", None),
        ("ARMUNR 9008223-911221", None),
    ],
)
def test_parse_role(text: str, expected: Role | None) -> None:
    assert parse_role(text) == expected


def test_parse_date_pivot() -> None:
    assert parse_date("290101", end=False) == D(2029, 1, 1)
    assert parse_date("300101", end=False) == D(1930, 1, 1)
    assert parse_date("991301", end=False) is None


DICTIONARY = """\
# comment
AFGHANISTAN_  [AFG]
+AFGHAN_
+KABUL_

VLADIMIR_PUTIN_  # CountryInfo.txt
+PUTIN_
+PRESIDENT_PUTIN_
\t[RUSELI 700101-990809]
\t[RUSGOV >990809]
\t[RUSELI]
IVO_JOSIPOVIC
PRESIDENT_JOSIPOVIC
\t[HRVGOV >100218]
NATO_\t[IGOWSTNAT]# NGO_Actors
+ALIAS_WITH_BAD_CODE
\t[---]
"""


def test_import_dictionary() -> None:
    result = import_dictionary(DICTIONARY.splitlines(), source="x.actors")
    by_name = {e.name: e for e in result.entries}
    assert set(by_name) == {"Afghanistan", "Vladimir Putin", "President Josipovic", "NATO"}
    putin = by_name["Vladimir Putin"]
    assert putin.kind == "person" and "Putin" in putin.aliases
    assert resolve_roles(putin, D(2010, 1, 1)).code == "RUSGOV"
    assert (
        "IVO Josipovic" in by_name["President Josipovic"].aliases
    )  # names without a code share the next one
    assert by_name["NATO"].roles == (Role("IGOWSTNAT"),)
    assert is_place_block(by_name["Afghanistan"]) and not is_place_block(putin)
    assert any("'---'" in p for p in result.problems)


def test_import_agents() -> None:
    agents, problems = import_agents(
        ["POLICE_OFFICER [~COP]", "SPOKES!PERSON! [~GOV]", "ARMY [~MIL]", "BROKEN [~X}", "!PERSON! = MAN"]
    )
    assert agents["police officer"] == "COP" and agents["police officers"] == "COP"
    assert agents["spokesman"] == "GOV" and agents["spokeswomen"] == "GOV"
    assert agents["armies"] == "MIL"
    assert len(problems) == 1


def test_lexicon_and_agents_load() -> None:
    lexicon = load_lexicon()
    assert lexicon.agents["troops"] == "MIL" and lexicon.agents["spokesman"] == "GOV"
    assert "AFP" in lexicon.credits
    with pytest.raises(DataError, match="x:1: 'code'"):
        parse_agents(['{"phrase": "troops", "code": "M1L"}'], "x")


@pytest.mark.parametrize(
    ("code", "country", "sector"),
    [
        ("LBRREF", "LBR", "REF"),
        ("USA", "USA", None),
        ("IGOGOV", "IGO", None),
        ("NGOHRI", "IGO", None),
        ("ISR***", "ISR", None),
    ],
)
def test_gold_code_parts(code: str, country: str, sector: str | None) -> None:
    assert country_of(code) == country
    assert sector_of(code) == sector


def test_score() -> None:
    gold = GoldActors("1", "t", None, sources=("IGO",), targets=("LBRREF",))
    metrics, errors = score([(gold, ["IGOUNO", "LBRREF", "USA"])])
    assert metrics["country_recall"] == 1.0
    assert metrics["country_precision"] == pytest.approx(2 / 3, abs=1e-3)
    assert metrics["country_sector_f1"] == 1.0
    assert len(errors) == 1  # the extra USA is listed
    metrics, _ = score([(gold, ["IGOUNO", "LBRGOV"])])
    assert metrics["country_sector_recall"] == 0.0


@pytest.fixture(scope="module")
def blank_actors():  # type: ignore[no-untyped-def]
    """The actor component on a tokenizer-only pipeline: names and credits work without a model."""
    import spacy

    from clio.nlp.actors import ActorComponent
    from clio.nlp.extensions import ensure_extensions

    ensure_extensions()
    nlp = spacy.blank("en")
    return nlp, ActorComponent(nlp, load_kb(), load_lexicon())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NATO warned the Kremlin.", [("NATO", "IGOWSTNAT"), ("Kremlin", "RUSGOV")]),
        ("Xinhua and the WHO reported it.", [("Xinhua", "CHNMED"), ("WHO", "IGOUNOHLH")]),
        ("Who said that to us?", []),  # case: "Who" and "us" are not WHO and US
        ("Jane Doe / AFP", []),
        ("", []),
    ],
)
def test_component_without_model(blank_actors, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    nlp, component = blank_actors
    doc = nlp.make_doc(text)
    doc._.noise = []
    assert [(a.text, a.code) for a in component(doc)._.actors] == expected


def test_participants_are_event_sides_or_else_the_mentions() -> None:
    from types import SimpleNamespace

    from clio.evaluate.actors import _participants
    from clio.records import Actor, Event

    def actor(code: str) -> Actor:
        return Actor(text=code, span=(0, 1), name=code, code=code, country=code[:3])

    event = Event(
        id="e",
        source=actor("RUSMIL"),
        target=None,
        cameo="190",
        cameo_root="19",
        plover="ASSAULT",
        quad_class=4,
        goldstein=-10.0,
        sentence="s",
        span=(0, 1),
    )
    mentions = [actor("RUSMIL"), actor("UKRGOV")]
    with_event = SimpleNamespace(_=SimpleNamespace(events=[event], actors=mentions))
    without = SimpleNamespace(_=SimpleNamespace(events=[], actors=mentions))
    assert _participants(with_event) == ["RUSMIL"]
    assert _participants(without) == ["RUSMIL", "UKRGOV"]
