"""Word lists for actor recognition (credits, locative prepositions, generic heads, ...) from data.

The lists live in ``clio/data/actors/lexicon.json``; the agents (role words -> sectors) in
``phoenix_agents.jsonl`` overridden by the hand-written ``agents.jsonl``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from clio.errors import DataError

_DATA = ("clio", "data", "actors")
_LIST_KEYS = (
    "credits",
    "credit_markers",
    "locative_prepositions",
    "us_state_homonyms",
    "generic_heads",
    "title_words",
    "non_actor_heads",
    "plural_referents",
    "subject_pronouns",
    "not_agents",
    "commentator_words",
    "local_government_words",
    "ruling_words",
    "country_words",
    "western_countries",
    "western_group_words",
    "street_words",
    "abstract_modifiers",
    "state_body_words",
    "mission_words",
    "civic_demonyms",
    "leading_verbs",
    "capital_words",
    "organisation_titles",
    "settlement_words",
    "alliance_codes",
    "led_groups",
    "sheriff_words",
    "sheriff_officer_words",
    "organisation_head_titles",
    "side_words",
    "us_congress_titles",
)
AGENT_FILES = ("phoenix_agents.jsonl", "agents.jsonl")


@dataclass(frozen=True, slots=True)
class Lexicon:
    credits: tuple[str, ...]
    credit_markers: frozenset[str]
    locative_prepositions: frozenset[str]
    us_state_homonyms: frozenset[str]
    generic_heads: frozenset[str]
    title_words: frozenset[str]
    non_actor_heads: frozenset[str]
    plural_referents: tuple[str, ...]
    subject_pronouns: frozenset[str]
    commentator_words: frozenset[str]
    local_government_words: frozenset[str]
    # A country's ruling body ("the government", "the junta"): the one the story is about.
    ruling_words: frozenset[str]
    # A country told by what it is ("the Gulf state", "the kingdom"): the story's latest subject.
    country_words: frozenset[str]
    western_countries: frozenset[str]
    western_group_words: frozenset[str]
    street_words: frozenset[str]
    abstract_modifiers: frozenset[str]
    # Words for a public body ("agency", "customs", "regulator") that make a noun phrase owned by a
    # country ("China's customs agency", "the Russian tourism agency") that country's government.
    state_body_words: frozenset[str]
    # A country's embassy or consulate ("the Chilean consulate in La Paz"): it stands on another
    # country's soil, so its country says nothing of where the people around it are.
    mission_words: frozenset[str]
    # Demonyms of a citizenry that an ethnic demonym before them qualifies ("Turkish Cypriots",
    # "Cuban Americans"): the people are of the second one's country, unlike "Croatian Serbs".
    civic_demonyms: frozenset[str]
    # Past participles that tie a body to the person at its head ("the government led by X",
    # "a cabinet headed by X"): the body is of that person's country.
    leading_verbs: frozenset[str]
    # Words for a country's capital city ("the capital"): where a wire files from, for a crowd
    # the story places there without naming the city.
    capital_words: frozenset[str]
    # Offices at the head of an organisation ("secretary-general of the OAS"): written before the
    # organisation, the holder speaks for it, as a generic head ("a spokesman for the UN") does.
    organisation_titles: frozenset[str]
    # Words for a place that "the ... of" puts before its name ("the port city of Chattogram"):
    # a body "in the city of X" is of X's country, as one "in X" is.
    settlement_words: frozenset[str]
    # Codes of the organisations that are military alliances: "the alliance" is the latest of
    # these named, not the latest international body of any kind (NATO, not the EU named after).
    alliance_codes: frozenset[str]
    # Groups a country's or organisation's name leads ("the Saudi-led coalition", "U.S.-led
    # forces"): the group is the leader's, as the coalition's later "the coalition" is.
    led_groups: frozenset[str]
    # Words for a sheriff ("Sheriff John Roe", "the sheriff's office"), and role words that in an
    # article naming one mean the sheriff's officers ("deputies arrested him"), not legislators
    # ("the Chamber of Deputies" elsewhere): US local news calls a county's police "deputies".
    sheriff_words: frozenset[str]
    sheriff_officer_words: frozenset[str]
    # Words of a title an organisation's name stands before or after ("FBI Director Louis Freeh",
    # "Director of the FBI Louis Freeh", "the head of the FBI, Louis Freeh"): the person named
    # with it works for that organisation and is coded as it, not as a civilian of the story.
    organisation_head_titles: frozenset[str]
    # What one country's part of a shared place is called ("on the Moroccan side", "on the Afghan
    # side of the border"): a clause set there is set in that country.
    side_words: frozenset[str]
    # "Rep.", "Congresswoman": titles of the U.S. Congress only, before a name.
    us_congress_titles: frozenset[str]
    agents: dict[str, str]


def _data_text(name: str) -> str:
    return (resources.files(_DATA[0]) / _DATA[1] / _DATA[2] / name).read_text(encoding="utf-8")


def parse_lexicon(data: Any, source: str) -> dict[str, tuple[str, ...]]:
    if not isinstance(data, dict):
        raise DataError(f"{source}: must hold a JSON object")
    out: dict[str, tuple[str, ...]] = {}
    for key in _LIST_KEYS:
        value = data.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise DataError(f"{source}: {key!r} must be a list of non-empty strings")
        out[key] = tuple(value)
    return out


def parse_agents(lines: Iterable[str], source: str) -> dict[str, str]:
    """``{"phrase": "foreign minister", "code": "GOV"}`` lines -> {phrase: sector code}."""
    agents: dict[str, str] = {}
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        where = f"{source}:{number}"
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise DataError(f"{where}: not valid JSON ({exc.msg})") from exc
        phrase, code = data.get("phrase"), data.get("code")
        if not isinstance(phrase, str) or not phrase.strip():
            raise DataError(f"{where}: 'phrase' must be a non-empty string")
        if not isinstance(code, str) or not code.isalpha() or len(code) % 3:
            raise DataError(f"{where}: 'code' must be a CAMEO sector code such as GOV, not {code!r}")
        agents[" ".join(phrase.lower().split())] = code.upper()
    return agents


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    source = "clio/data/actors/lexicon.json"
    try:
        data = json.loads(_data_text("lexicon.json"))
    except json.JSONDecodeError as exc:
        raise DataError(f"{source}: not valid JSON ({exc.msg})") from exc
    lists = parse_lexicon(data, source)
    agents: dict[str, str] = {}
    for name in AGENT_FILES:
        agents.update(parse_agents(_data_text(name).splitlines(), f"clio/data/actors/{name}"))
    # Places are not actors even where a dictionary lists them as agents ("captured the village").
    for phrase in lists["not_agents"]:
        agents.pop(phrase, None)
    return Lexicon(
        credits=lists["credits"],
        credit_markers=frozenset(lists["credit_markers"]),
        locative_prepositions=frozenset(lists["locative_prepositions"]),
        us_state_homonyms=frozenset(lists["us_state_homonyms"]),
        generic_heads=frozenset(lists["generic_heads"]),
        title_words=frozenset(lists["title_words"]),
        non_actor_heads=frozenset(lists["non_actor_heads"]),
        plural_referents=lists["plural_referents"],
        subject_pronouns=frozenset(lists["subject_pronouns"]),
        commentator_words=frozenset(lists["commentator_words"]),
        local_government_words=frozenset(lists["local_government_words"]),
        ruling_words=frozenset(lists["ruling_words"]),
        country_words=frozenset(lists["country_words"]),
        western_countries=frozenset(lists["western_countries"]),
        western_group_words=frozenset(lists["western_group_words"]),
        street_words=frozenset(lists["street_words"]),
        abstract_modifiers=frozenset(lists["abstract_modifiers"]),
        state_body_words=frozenset(lists["state_body_words"]),
        mission_words=frozenset(lists["mission_words"]),
        civic_demonyms=frozenset(lists["civic_demonyms"]),
        leading_verbs=frozenset(lists["leading_verbs"]),
        capital_words=frozenset(lists["capital_words"]),
        organisation_titles=frozenset(lists["organisation_titles"]),
        settlement_words=frozenset(lists["settlement_words"]),
        alliance_codes=frozenset(lists["alliance_codes"]),
        led_groups=frozenset(lists["led_groups"]),
        sheriff_words=frozenset(lists["sheriff_words"]),
        sheriff_officer_words=frozenset(lists["sheriff_officer_words"]),
        organisation_head_titles=frozenset(lists["organisation_head_titles"]),
        side_words=frozenset(lists["side_words"]),
        us_congress_titles=frozenset(lists["us_congress_titles"]),
        agents=agents,
    )
