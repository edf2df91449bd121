"""API latency on a database of 1,000,000 synthetic events (target: p95 < 200 ms on SQLite).

    .venv/bin/python benchmarks/api.py [--events 1000000] [--db /tmp/clio-bench-api.db] [--rounds 40]

Builds the database once (reused when it already holds the requested number of events), serves
the app with uvicorn on 127.0.0.1 in a thread, and times real HTTP requests with httpx.
Prints a Markdown table for docs/benchmarks/api.md; a negative size is an HTTP error status
(-503: the statement hit the server's 10 s query limit).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import time
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select

from clio.api import create_app
from clio.api.server import running_server
from clio.settings import Settings
from clio.store import Store, schema

EVENTS_PER_ARTICLE = 10
CHUNK = 20_000
FIRST_DAY = dt.date(2015, 1, 1)
DAYS = 3650
# Countries weighted so that a few dyads are heavy, as in real news (RUS/UKR, USA/CHN ...).
COUNTRIES = ["USA", "RUS", "UKR", "CHN", "GBR", "FRA", "DEU", "ISR", "IRN", "TUR", "IND", "PAK", "SYR", "IRQ",
             "JPN", "KOR", "PRK", "BRA", "MEX", "EGY", "SAU", "NGA", "ZAF", "POL", "ITA", "ESP", "CAN", "AUS",
             "AFG", "VEN"]  # fmt: skip
WEIGHTS = [1 / (rank + 1) for rank in range(len(COUNTRIES))]
SECTORS = ["", "GOV", "MIL", "BUS", "COP", "OPP", "MED"]
# (cameo, plover, quad class, Goldstein)
CODES = [("010", "STATEMENT", 1, 0.0), ("036", "CONSULT", 1, 4.0), ("042", "CONSULT", 1, 1.9),
         ("057", "AGREE", 1, 8.0), ("061", "COOPERATE", 2, 6.4), ("070", "AID", 2, 7.0),
         ("112", "ACCUSE", 3, -2.0), ("130", "THREATEN", 3, -4.4), ("163", "SANCTION", 3, -8.0),
         ("173", "ARREST", 4, -5.0), ("190", "ASSAULT", 4, -10.0), ("195", "ASSAULT", 4, -10.0)]  # fmt: skip
CAPITALS = {"USA": (38.9, -77.04), "RUS": (55.75, 37.62), "UKR": (50.45, 30.52), "CHN": (39.9, 116.4),
            "GBR": (51.5, -0.13), "FRA": (48.86, 2.35), "ISR": (31.77, 35.21),
            "IRN": (35.69, 51.39)}  # fmt: skip


def _event_row(rng: random.Random, article_id: str, n: int) -> tuple[Any, ...]:
    source, target = rng.choices(COUNTRIES, WEIGHTS, k=2)
    if source == target:
        target = COUNTRIES[(COUNTRIES.index(source) + 1) % len(COUNTRIES)]
    source_code = source + rng.choice(SECTORS)
    target_code = target + rng.choice(SECTORS)
    cameo, plover, quad, goldstein = rng.choice(CODES)
    day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
    place = CAPITALS.get(target) if rng.random() < 0.3 else None
    sentence = f"{source_code} {plover.lower()} {target_code} in synthetic sentence {n}."
    return (
        f"{article_id}-{n}", article_id, day.isoformat(), day.isoformat(), "day",
        source_code, source, source_code[3:] or None, f"{source} actor", source, 0, 3,
        target_code, target, target_code[3:] or None, f"{target} actor", target, 10, 13,
        cameo, cameo[:2], plover, quad, goldstein, sentence, 0, len(sentence),
        target if place else None, target if place else None,
        place[0] if place else None, place[1] if place else None, None,
        0.9, "synthetic", "[]",
    )  # fmt: skip


def build(db: Path, events: int, *, seed: int = 7) -> None:
    """A fresh SQLite database at ``db`` with ``events`` synthetic events (bulk executemany)."""
    db.unlink(missing_ok=True)
    store = Store.open(f"sqlite:///{db}")
    rng = random.Random(seed)
    now = dt.datetime.now(dt.UTC).isoformat()
    event_columns = [c.name for c in schema.events.columns]
    quoted = ", ".join(f'"{c}"' for c in event_columns)  # "end" is an SQL keyword
    event_sql = f"INSERT INTO events ({quoted}) VALUES ({', '.join('?' for _ in event_columns)})"
    article_sql = (
        "INSERT INTO articles (id, date, title, text, content_hash, ingested_at) VALUES (?, ?, ?, ?, ?, ?)"
    )
    raw = store.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA synchronous=OFF")
        articles: list[tuple[Any, ...]] = []
        rows: list[tuple[Any, ...]] = []
        for n in range(events):
            if n % EVENTS_PER_ARTICLE == 0:
                article_id = f"synthetic-{n // EVENTS_PER_ARTICLE}"
                text = f"Synthetic article {n // EVENTS_PER_ARTICLE}."
                articles.append((article_id, FIRST_DAY.isoformat(), None, text, f"{n:040d}", now))
            rows.append(_event_row(rng, article_id, n))
            if len(rows) >= CHUNK:
                cursor.executemany(article_sql, articles)
                cursor.executemany(event_sql, rows)
                raw.commit()
                articles, rows = [], []
        cursor.executemany(article_sql, articles)
        cursor.executemany(event_sql, rows)
        raw.commit()
        cursor.execute("ANALYZE")
        raw.commit()
    finally:
        raw.close()
        store.close()


def event_count(db: Path) -> int:
    if not db.exists():
        return 0
    store = Store.open(f"sqlite:///{db}")
    try:
        with store.engine.connect() as connection:
            return int(connection.scalar(select(func.count()).select_from(schema.events)) or 0)
    finally:
        store.close()


REQUESTS = [
    ("events: source=RUS", "/api/events?source=RUS&limit=100"),
    ("events: source=RUS target=UKR root=19", "/api/events?source=RUS&target=UKR&root=19&limit=100"),
    ("events: actor=CHN quad_class=4 in 2023",
     "/api/events?actor=CHN&quad_class=4&since=2023-01-01&until=2023-12-31"),
    ("events: source=USAGOV cameo=04, 2nd page", "CURSOR:/api/events?source=USAGOV&cameo=04&limit=100"),
    ("events: one quarter, sorted oldest first", "/api/events?since=2020-01-01&until=2020-03-31&sort=date"),
    ("events: rare dyad VEN->AFG", "/api/events?source=VEN&target=AFG"),
    ("dyad series RUS/UKR by month", "/api/dyads/RUS/UKR/series?interval=month"),
    ("dyad series RUS/UKR by week", "/api/dyads/RUS/UKR/series?interval=week"),
    ("dyad series USA/CHN by day, 2020-2022",
     "/api/dyads/USA/CHN/series?interval=day&since=2020-01-01&until=2022-12-31"),
    ("dyad series USAGOV/CHNGOV by month", "/api/dyads/USAGOV/CHNGOV/series?interval=month"),
]  # fmt: skip
SLOW_REQUESTS = [
    ("events: text q=assault (full scan)", "/api/events?q=assault%20UKR"),
    ("events: actor_name=ukraine (full scan)", "/api/events?actor_name=ukraine"),
    ("timeline by week, all events", "/api/timeline?interval=week"),
    ("network, 2023", "/api/network?since=2023-01-01&until=2023-12-31"),
    ("stats", "/api/stats"),
]


def _resolve(client: httpx.Client, url: str) -> str:
    if not url.startswith("CURSOR:"):
        return url
    url = url.removeprefix("CURSOR:")
    cursor = client.get(url).json()["next_cursor"]
    return f"{url}&cursor={cursor}"


def measure(client: httpx.Client, url: str, rounds: int) -> tuple[float, float, float, int]:
    """p50 and p95 wall time, and p50 CPU time of this process (server and client threads: a
    figure that stays meaningful when other jobs share the machine), in milliseconds."""
    url = _resolve(client, url)
    for _ in range(2):
        client.get(url)
    timings = []
    cpu = []
    size = 0
    for _ in range(rounds):
        start, start_cpu = time.perf_counter(), time.process_time()
        response = client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        size = len(response.content) if response.is_success else -response.status_code
    timings.sort()
    p95 = timings[min(len(timings) - 1, round(0.95 * (len(timings) - 1)))]
    return statistics.median(timings), p95, statistics.median(cpu), size


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/clio-bench-api.db"))
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    if args.rebuild or event_count(args.db) != args.events:
        start = time.perf_counter()
        build(args.db, args.events)
        print(f"built {args.events:,} events in {time.perf_counter() - start:.0f} s -> {args.db}")
    settings = Settings(db_url=f"sqlite:///{args.db}")
    app = create_app(settings, api_token="")
    print(
        f"\n{args.events:,} events, SQLite, {args.rounds} timed requests each over HTTP (uvicorn, 1 worker)\n"
    )
    print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs\n")
    print("| request | p50 ms | p95 ms | CPU ms (p50) | bytes |")
    print("|---|---:|---:|---:|---:|")
    with running_server(app) as base, httpx.Client(base_url=base, timeout=60) as client:
        for label, url in REQUESTS:
            p50, p95, cpu, size = measure(client, url, args.rounds)
            print(f"| {label} | {p50:.1f} | {p95:.1f} | {cpu:.1f} | {size:,} |", flush=True)
        for label, url in SLOW_REQUESTS:
            p50, p95, cpu, size = measure(client, url, max(5, args.rounds // 8))
            print(f"| {label} | {p50:.1f} | {p95:.1f} | {cpu:.1f} | {size:,} |", flush=True)


if __name__ == "__main__":
    main()
