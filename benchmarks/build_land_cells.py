"""Build the dashboard map's land silhouette: 2°x2° cells holding at least one gazetteer place.

    .venv/bin/python benchmarks/build_land_cells.py   # writes src/clio/api/static/land.json

The map is drawn offline from this file, so no tile server or world shapefile is needed.
"""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PLACES = REPO / "src" / "clio" / "data" / "geo" / "places.tsv.gz"
OUTPUT = REPO / "src" / "clio" / "api" / "static" / "land.json"
CELL_DEGREES = 2


def land_cells(places: Path) -> list[list[int]]:
    cells: set[tuple[int, int]] = set()
    with gzip.open(places, "rt", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            lat, lon = float(row["lat"]), float(row["lon"])
            cells.add((int(lon // CELL_DEGREES) * CELL_DEGREES, int(lat // CELL_DEGREES) * CELL_DEGREES))
    return [list(cell) for cell in sorted(cells)]


def main() -> None:
    cells = land_cells(PLACES)
    OUTPUT.write_text(json.dumps(cells, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(cells)} land cells -> {OUTPUT}")


if __name__ == "__main__":
    main()
