"""Toponym disambiguation: choose one gazetteer entry per mention, using the whole document.

Each candidate gets a score from

- its prior: log population plus a bonus by feature type (a country before a town of the same name),
- an explicit qualifier written next to it ("Paris, Texas", "Alexandria, La."),
- the document's other places: the share of them in the candidate's country and in its admin1
  region, and how many lie within a day's drive of it.

"One sense per discourse": mentions with the same name share one resolution, and a name's own
mentions do not count as its context. Two rounds are run so that confident resolutions (countries,
states, unambiguous towns) pull the ambiguous ones towards them.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from clio.geo.gazetteer import Gazetteer, Place, normalize_name

KIND_BONUS = {"continent": 4.0, "country": 4.0, "region": 3.5, "adm1": 2.5, "adm2": 0.0, "city": 0.0}
COUNTRY_WEIGHT = 4.0
ADMIN1_WEIGHT = 4.0
NEAR_WEIGHT = 3.0
NEAR_KM = 150.0
QUALIFIER_BONUS = 20.0
PREFERRED_BONUS = 4.0
# A place's own name beats an alternate name it shares with another ("Shiloh" the town over a city
# once called Shiloh).
PRIMARY_NAME_BONUS = 1.0
# Hand-listed regions carry no population; score them as a sizeable region.
REGION_POPULATION = 2_000_000
KIND_HINT_BONUS = 6.0
# A name written before a town's noun ("Berea police", "a Lebanon woman") is a town: enough to beat
# a region's kind bonus and a few times its population, not a country or a big region ("Florida man").
# Only a town called so in its own name: a local paper does not name its town by an old name of a
# city abroad ("Berea" was Aleppo).
TOWN_CUE_BONUS = 4.0
ROUNDS = 2


@dataclass(frozen=True, slots=True)
class Mention:
    """A toponym found in the text, with its gazetteer candidates.

    ``key`` groups mentions of the same name; ``qualifiers`` are candidates of a place written
    right after it ("Paris, Texas"); ``kind_hint`` favours a feature type ("adm2" for "X County");
    ``town_cue``: the name is written before a noun that only a town has ("Berea police").
    """

    key: str
    candidates: tuple[int, ...]
    qualifiers: tuple[int, ...] = ()
    kind_hint: str | None = None
    town_cue: bool = False


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlambda = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def prior(place: Place) -> float:
    population = place.population or (REGION_POPULATION if place.kind == "region" else 0)
    return math.log10(population + 10) + KIND_BONUS[place.kind]


# A region named like a city of its own country means the city unless the region is much bigger
# ("Ankara"); a city of the name abroad takes its reading only when bigger than the whole region.
CITY_OVER_REGION_SHARE = 0.3


def outweighed_regions(places: Sequence[Place]) -> frozenset[int]:
    """Positions in ``places`` (the entries of one name) of the admin1 regions that a city of
    the name outweighs, and which a reader would not take the name for. Without this a
    region's kind bonus wins over a city many times its size: "La Paz" would be the Honduran
    department rather than Bolivia's seat of government, "Santiago" the Dominican province.
    A city abroad counts only under its own name ("Edo" is another name of Tokyo, no rival
    of Edo State)."""
    biggest_city: dict[str, int] = {}
    biggest_namesake: dict[str, int] = {}
    for place in places:
        if place.kind == "city":
            biggest_city[place.cc] = max(biggest_city.get(place.cc, 0), place.population)
            own = normalize_name(place.name)
            biggest_namesake[own] = max(biggest_namesake.get(own, 0), place.population)
    return frozenset(
        position
        for position, place in enumerate(places)
        if place.kind == "adm1"
        and (
            biggest_city.get(place.cc, 0) >= CITY_OVER_REGION_SHARE * place.population
            or biggest_namesake.get(normalize_name(place.name), 0) > place.population
        )
    )


def _qualified(place: Place, qualifier: Place) -> bool:
    """True when ``place`` lies inside ``qualifier`` (its country or its admin1 region)."""
    if qualifier.kind == "country":
        return place.cc == qualifier.cc
    if qualifier.kind == "adm1":
        return place.cc == qualifier.cc and place.admin1 == qualifier.admin1
    if qualifier.kind == "adm2":
        return place.cc == qualifier.cc and place.admin2 == qualifier.admin2
    return False


@dataclass(slots=True)
class _Context:
    countries: Counter[str]
    admin1s: Counter[tuple[str, str]]
    points: list[tuple[str, float, float]]  # (group key, lat, lon) of local places
    groups: int


def _context(gazetteer: Gazetteer, choice: dict[str, int | None]) -> _Context:
    countries: Counter[str] = Counter()
    admin1s: Counter[tuple[str, str]] = Counter()
    points: list[tuple[str, float, float]] = []
    for key, index in choice.items():
        if index is None:
            continue
        place = gazetteer.place(index)
        if place.cc:
            countries[place.cc] += 1
        if place.admin1 and place.kind in ("adm1", "adm2", "city"):
            admin1s[(place.cc, place.admin1)] += 1
        if place.kind in ("adm2", "city"):
            points.append((key, place.lat, place.lon))
    return _Context(countries, admin1s, points, sum(1 for v in choice.values() if v is not None))


def _score(
    gazetteer: Gazetteer, index: int, mention: Mention, context: _Context | None, own: int | None
) -> float:
    place = gazetteer.place(index)
    score = prior(place)
    if index in gazetteer.preferred:
        score += PREFERRED_BONUS
    if normalize_name(place.name) == mention.key:
        score += PRIMARY_NAME_BONUS
    if mention.kind_hint and place.kind == mention.kind_hint:
        score += KIND_HINT_BONUS
    if mention.town_cue and place.kind == "city" and normalize_name(place.name) == mention.key:
        score += TOWN_CUE_BONUS
    if mention.qualifiers and any(_qualified(place, gazetteer.place(q)) for q in mention.qualifiers):
        score += QUALIFIER_BONUS
    if context is None:
        return score
    # The mention's own current resolution is not evidence for itself.
    own_place = gazetteer.place(own) if own is not None else None
    others = context.groups - (1 if own_place is not None else 0)
    if others <= 0:
        return score
    same_country = context.countries[place.cc] - (1 if own_place and own_place.cc == place.cc else 0)
    if place.cc:
        score += COUNTRY_WEIGHT * same_country / others
    if place.admin1 and place.kind != "country":
        same_admin1 = context.admin1s[(place.cc, place.admin1)]
        if (
            own_place
            and own_place.kind in ("adm1", "adm2", "city")
            and (own_place.cc, own_place.admin1)
            == (
                place.cc,
                place.admin1,
            )
        ):
            same_admin1 -= 1
        score += ADMIN1_WEIGHT * same_admin1 / others
    if place.kind in ("adm2", "city") and context.points:
        near = sum(
            1
            for key, lat, lon in context.points
            if key != mention.key and distance_km(place.lat, place.lon, lat, lon) <= NEAR_KM
        )
        score += NEAR_WEIGHT * min(near, 3) / 3
    return score


def _best(gazetteer: Gazetteer, mention: Mention, context: _Context | None, own: int | None) -> int | None:
    if not mention.candidates:
        return None
    return max(mention.candidates, key=lambda index: _score(gazetteer, index, mention, context, own))


def resolve_mentions(gazetteer: Gazetteer, mentions: list[Mention]) -> list[int | None]:
    """The chosen gazetteer index for each mention (None when it has no candidate)."""
    groups: dict[str, Mention] = {}
    for mention in mentions:
        current = groups.get(mention.key)
        # A qualified or hinted mention speaks for its whole group ("Paris, Texas ... Paris").
        if current is None or (mention.qualifiers and not current.qualifiers):
            groups[mention.key] = mention
    cued = {mention.key for mention in mentions if mention.town_cue}
    # One sense per discourse: "Berea police" tells what the bare "Berea" of the headline is.
    groups = {key: replace(m, town_cue=True) if key in cued else m for key, m in groups.items()}
    choice = {key: _best(gazetteer, mention, None, None) for key, mention in groups.items()}
    for _ in range(ROUNDS):
        # One name at a time, each seeing the others' latest readings: updated all at once, two
        # names can keep pulling each other to the sense the other just left ("London" and
        # "Richmond" swapping between England and Canada every round).
        for key, mention in groups.items():
            choice[key] = _best(gazetteer, mention, _context(gazetteer, choice), choice[key])
    return [choice[mention.key] for mention in mentions]
