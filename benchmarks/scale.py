"""Scaling measurements for issue 8: one core vs parse-only, Dask speed-up and worker memory,
100,000 articles through the Dask engine with flat memory, PostgreSQL vs SQLite writes.

Usage (from the repository root):
    .venv/bin/python benchmarks/scale.py engines [--docs 588] [--corpus news]  # `clio run`: dask vs local
    .venv/bin/python benchmarks/scale.py halves  [--docs 300]   # 1 forked process vs 2 coding halves, no Dask
    .venv/bin/python benchmarks/scale.py single  [--docs 200]   # full pipeline vs spaCy parse-only, 1 core
    .venv/bin/python benchmarks/scale.py dask    [--docs 400]   # 1 vs 2 Dask workers, peak RSS per worker
    .venv/bin/python benchmarks/scale.py stream  [--articles 100000]  # synthetic feed, cheap pipeline
    .venv/bin/python benchmarks/scale.py client  [--articles 100000]  # the same feed, dedup + writer only
    .venv/bin/python benchmarks/scale.py writes  [--articles 2000]    # events/s, SQLite vs PostgreSQL

Real news text comes from the LGL local-news corpus in ../shared/benchmarks/geo/lgl.jsonl (`engines
--corpus news` adds TimeBank, AQUAINT and PolNeAR: 928 distinct articles), read at run time, never
copied. Timings are wall-clock, best of --repeat rounds; the machine's load average
is printed with each result because other work on a shared machine distorts them.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import psutil
from corpora import LGL, REPO, write_lgl, write_news

from clio.pipeline import ExtractedBatch, Extractor, PendingBatch, run_items
from clio.readers import Ingested
from clio.records import Actor, Article, ArticleResult, Event, event_id
from clio.settings import Settings
from clio.store import Store

CLIO = REPO / ".venv" / "bin" / "clio"


def load_news(limit: int) -> list[Ingested]:
    items = []
    with LGL.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            date = dt.date.fromisoformat(record["dct"][:10]) if record.get("dct") else None
            items.append(Ingested(Article(id=f"lgl-{record['doc_id']}", text=record["text"], date=date)))
            if len(items) >= limit:
                break
    return items


def load_average() -> str:
    return "load average " + " ".join(f"{x:.1f}" for x in os.getloadavg())


def peak_rss_mb() -> float:
    """This process's peak resident memory (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    return float(psutil.Process().memory_info().rss) / 2**20


def cheap_nlp(settings: Settings) -> object:
    """Tokenizer only: for the 100k-article run, which measures the engine's memory, not the model."""
    import spacy

    from clio.nlp import ensure_extensions

    ensure_extensions()
    return spacy.blank("en")


def single(args: argparse.Namespace) -> None:
    import spacy

    from clio.nlp import build_nlp, resolve_model

    items = load_news(args.docs)
    texts = [i.article.text for i in items]
    settings = Settings()
    parse_only = spacy.load(resolve_model(settings.model))
    extractor = Extractor(settings, nlp=build_nlp(settings))
    list(parse_only.pipe(texts[:8]))
    list(extractor.extract(items[:8]))
    # CPU seconds of this (single-threaded) process: unlike wall time, not inflated by other load
    parse, full = [], []
    for _ in range(args.repeat):
        start = time.process_time()
        list(parse_only.pipe(texts))
        parse.append(time.process_time() - start)
        start = time.process_time()
        list(extractor.extract(items))
        full.append(time.process_time() - start)
    words = sum(len(t.split()) for t in texts)
    print(f"{len(items)} LGL articles, {words:,} words, best of {args.repeat}, CPU time; {load_average()}")
    print(f"spaCy parse only: {len(items) / min(parse):.1f} articles/s per core")
    print(f"clio (all components): {len(items) / min(full):.1f} articles/s per core")
    print(f"ratio: {min(parse) / min(full):.0%} of parse-only")


def _code_in_child(extractor: Extractor, parts: list[list[Ingested]]) -> tuple[int, int]:
    """Fork a process that codes ``parts`` and writes "CPU seconds, wall seconds, seconds neither
    running nor waiting for a core" to the returned pipe (Linux: /proc/thread-self/schedstat)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: code, report, exit at once
        os.close(read_end)
        start, cpu = time.perf_counter(), time.process_time()
        before = [int(v) for v in Path("/proc/thread-self/schedstat").read_text().split()]
        for part in parts:
            list(extractor.extract(part))
        after = [int(v) for v in Path("/proc/thread-self/schedstat").read_text().split()]
        wall = time.perf_counter() - start
        stalled = wall - (after[0] - before[0]) / 1e9 - (after[1] - before[1]) / 1e9
        os.write(write_end, f"{time.process_time() - cpu:.2f} {wall:.2f} {stalled:.2f}".encode())
        os._exit(0)
    os.close(write_end)
    return pid, read_end


def halves(args: argparse.Namespace) -> None:
    """What two processes pay for coding a corpus between them, without Dask: one forked process
    codes every article (in tasks of 8, as a worker does), then two code alternate tasks, one after
    the other and at the same time. Per process: CPU time, wall time, and the time it was neither
    running nor waiting for a core (on a virtual machine: stolen by the hypervisor), and the CPU
    that other processes on the machine used meanwhile (only runs where it is near zero count)."""
    import gc

    from clio.nlp import build_nlp
    from clio.pipeline import batched

    settings = Settings()
    extractor = Extractor(settings, nlp=build_nlp(settings))
    parts = list(batched(load_news(args.docs), 8))
    gc.freeze()  # as the fork server does before the workers fork
    print(f"{args.docs} LGL articles in tasks of 8, forked processes; {load_average()}")
    for label, groups, together in (
        ("one process, all", [parts], False),
        ("two halves, one after the other", [parts[0::2], parts[1::2]], False),
        ("two halves at the same time", [parts[0::2], parts[1::2]], True),
    ):
        stolen, busy = steal_seconds(), machine_busy_seconds()
        if together:
            running = [_code_in_child(extractor, group) for group in groups]
            reports = [_report_of(*child) for child in running]
        else:
            reports = [_report_of(*_code_in_child(extractor, group)) for group in groups]
        cpu = sum(r[0] for r in reports)
        described = "; ".join(f"CPU {c:.2f} s, wall {w:.2f} s, stalled {s:.2f} s" for c, w, s in reports)
        others = max(0.0, machine_busy_seconds() - busy - cpu)
        print(
            f"{label}: {described}; CPU in all {cpu:.2f} s; steal {steal_seconds() - stolen:.1f} s; "
            f"other processes used {others:.1f} s CPU"
        )


def _report_of(pid: int, pipe: int) -> tuple[float, float, float]:
    os.waitpid(pid, 0)
    cpu, wall, stalled = (float(v) for v in os.read(pipe, 200).decode().split())
    os.close(pipe)
    return cpu, wall, stalled


def cpu_seconds_of_tree() -> float:
    """CPU time (user + system) of this process and its live children (Dask nannies and workers)."""
    me = psutil.Process()
    total = 0.0
    for process in [me, *me.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            times = process.cpu_times()
            total += times.user + times.system
    return total


def worker_cpu_seconds() -> float:
    times = psutil.Process().cpu_times()
    return float(times.user + times.system)


def _dask_run(items: list[Ingested], workers: int, batch_size: int, repeat: int) -> dict[str, float]:
    """Best wall time, with the CPU seconds spent by workers and by the whole process tree."""
    from clio.distributed import dask_engine

    settings = Settings(batch_size=batch_size)
    best: dict[str, float] = {"wall": float("inf")}
    with dask_engine(settings, workers=workers) as engine:
        for _ in range(repeat):
            with tempfile.TemporaryDirectory() as folder:
                store = Store.open(f"sqlite:///{folder}/bench.db")
                tree, work = cpu_seconds_of_tree(), sum(engine.client.run(worker_cpu_seconds).values())
                start = time.perf_counter()
                summary = run_items(items, settings, store, engine=engine)
                wall = time.perf_counter() - start
                tree = cpu_seconds_of_tree() - tree
                work = sum(engine.client.run(worker_cpu_seconds).values()) - work
                store.close()
                assert summary.stored + summary.duplicates == len(items), summary.read
                if wall < best["wall"]:
                    best = {"wall": wall, "tree_cpu": tree, "worker_cpu": work}
        best["peak_rss"] = max(engine.client.run(peak_rss_mb).values())
    return best


def dask(args: argparse.Namespace) -> None:
    items = load_news(args.docs)
    print(f"{len(items)} LGL articles, batch size {args.batch_size}, best of {args.repeat}")
    one = _dask_run(items, 1, args.batch_size, args.repeat)
    print(f"1 worker : {len(items) / one['wall']:.1f} articles/s; {load_average()}; {one}")
    two = _dask_run(items, 2, args.batch_size, args.repeat)
    print(f"2 workers: {len(items) / two['wall']:.1f} articles/s; {load_average()}; {two}")
    print(f"measured wall-clock speed-up: {one['wall'] / two['wall']:.2f}x")
    # On an otherwise idle 2-core machine, 1 worker runs at its own CPU time (the client is on the
    # other core), and 2 workers plus the client share 2 cores: the wall time is at least half of
    # all the CPU they burn. This projection removes other users' load from the comparison.
    projected = one["worker_cpu"] / max(two["tree_cpu"] / 2, two["worker_cpu"] / 2)
    print(f"CPU-time projection for an idle 2-core machine: {projected:.2f}x")
    print(f"client + scheduler share of CPU with 2 workers: {1 - two['worker_cpu'] / two['tree_cpu']:.0%}")
    print(f"peak RSS per worker: {one['peak_rss']:.0f} MB (1 worker), {two['peak_rss']:.0f} MB (2 workers)")


_WORDS = tuple(
    [
        "minister",
        "talks",
        "border",
        "troops",
        "protest",
        "government",
        "police",
        "court",
        "election",
        "ministry",
        "army",
        "rebels",
        "president",
        "parliament",
        "sanctions",
        "ceasefire",
        "envoy",
        "capital",
        "province",
        "officials",
        "villagers",
        "aid",
        "agreement",
        "summit",
        "militia",
        "embassy",
        "delegation",
        "statement",
        "crisis",
        "negotiations",
        "strike",
    ]
)


def synthetic_feed(count: int, seed: int = 8) -> Iterator[Ingested]:
    """Distinct, news-shaped synthetic articles, generated lazily (nothing is held in memory)."""
    rng = random.Random(seed)
    start = dt.date(2020, 1, 1)
    for n in range(count):
        sentences = [
            " ".join(rng.choice(_WORDS) for _ in range(rng.randint(8, 16))).capitalize() + f" (item {n}-{k})."
            for k in range(rng.randint(4, 8))
        ]
        text = " ".join(sentences)
        yield Ingested(Article(id=f"syn-{n:07d}", text=text, date=start + dt.timedelta(days=n % 1500)))


def stream(args: argparse.Namespace) -> None:
    from clio.distributed import dask_engine

    settings = Settings(batch_size=args.batch_size)
    samples: list[tuple[int, float, float]] = []
    done = 0
    with (
        tempfile.TemporaryDirectory() as folder,
        dask_engine(settings, workers=args.workers, nlp_factory="scale:cheap_nlp") as engine,
    ):
        store = Store.open(f"sqlite:///{folder}/stream.db")
        step = args.articles // 10

        def progress(n: int) -> None:
            nonlocal done
            before, done = done, done + n
            if before // step != done // step:
                workers = engine.client.run(current_rss_mb)
                samples.append((done, current_rss_mb(), max(workers.values())))

        start = time.perf_counter()
        summary = run_items(synthetic_feed(args.articles), settings, store, engine=engine, progress=progress)
        elapsed = time.perf_counter() - start
        store.close()
    print(
        f"{summary.stored:,} synthetic articles, dask engine, {args.workers} workers, tokenizer-only "
        f"pipeline, batch size {args.batch_size}: {elapsed:.0f} s ({summary.stored / elapsed:.0f} articles/s)"
    )
    print("| articles done | client RSS MB | largest worker RSS MB |")
    print("|---:|---:|---:|")
    for count, client, worker in samples:
        print(f"| {count:,} | {client:.0f} | {worker:.0f} |")


def client(args: argparse.Namespace) -> None:
    """The client's own work on the synthetic feed (read, dedup, write; no extraction, no Dask):
    its memory without the in-process Dask scheduler that ``stream`` measures along with it."""

    def no_extraction(batches: Iterable[PendingBatch]) -> Iterator[ExtractedBatch]:
        for batch in batches:
            yield ExtractedBatch(batch, [ArticleResult(article=item.article) for item in batch.items])

    settings = Settings(batch_size=args.batch_size)
    samples: list[tuple[int, float]] = []
    done = 0
    step = args.articles // 10

    def progress(n: int) -> None:
        nonlocal done
        before, done = done, done + n
        if before // step != done // step:
            samples.append((done, current_rss_mb()))

    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(f"sqlite:///{folder}/client.db")
        start = time.perf_counter()
        summary = run_items(
            synthetic_feed(args.articles), settings, store, engine=no_extraction, progress=progress
        )
        elapsed = time.perf_counter() - start
        store.close()
    print(
        f"{summary.stored:,} synthetic articles, dedup + writer only, batch size {args.batch_size}: "
        f"{elapsed:.0f} s ({summary.stored / elapsed:.0f} articles/s); {load_average()}"
    )
    print("| articles done | client RSS MB |")
    print("|---:|---:|")
    for count, rss in samples:
        print(f"| {count:,} | {rss:.0f} |")


def synthetic_results(count: int, events_per_article: int) -> list[ArticleResult]:
    results = []
    for n in range(count):
        article_id = f"w-{n:06d}"
        text = "Russia attacked Ukraine. " * events_per_article
        source = Actor("Russia", (0, 6), "Russia", "RUSMIL", "RUS", "MIL")
        target = Actor("Ukraine", (16, 23), "Ukraine", "UKRMIL", "UKR", "MIL")
        events = tuple(
            Event(
                id=event_id(article_id, (k * 25, k * 25 + 23), "190", "RUSMIL", "UKRMIL"),
                source=source,
                target=target,
                cameo="190",
                cameo_root="19",
                plover="ASSAULT",
                quad_class=4,
                goldstein=-10.0,
                sentence="Russia attacked Ukraine.",
                span=(k * 25, k * 25 + 23),
                date="2022-02-24",
                date_precision="day",
            )
            for k in range(events_per_article)
        )
        article = Article(id=article_id, text=text, date=dt.date(2022, 2, 24))
        results.append(ArticleResult(article=article, actors=(source, target), events=events))
    return results


def _write_rate(url: str, results: list[ArticleResult], batch: int) -> float:
    store = Store.open(url)
    start = time.perf_counter()
    for i in range(0, len(results), batch):
        store.write(results[i : i + batch])
    elapsed = time.perf_counter() - start
    events = store.counts()["events"]
    store.close()
    return events / elapsed


def writes(args: argparse.Namespace) -> None:
    sys.path.insert(0, str(REPO))
    from tests.pg import fresh_database, running_server

    results = synthetic_results(args.articles, args.events)
    with tempfile.TemporaryDirectory() as folder:
        sqlite_rate = _write_rate(f"sqlite:///{folder}/w.db", results, args.batch_size)
    with running_server(fsync=True) as server, fresh_database(server) as url:
        pg_rate = _write_rate(url, results, args.batch_size)
    print(
        f"{args.articles:,} articles x {args.events} events, batches of {args.batch_size} articles "
        f"(one transaction each); {load_average()}"
    )
    print(f"SQLite (WAL, synchronous=NORMAL): {sqlite_rate:,.0f} events/s")
    print(f"PostgreSQL 15 (local server, default durability): {pg_rate:,.0f} events/s")


VOLATILE_COLUMNS = {"ingested_at", "created_at"}  # when a row was written: differs between any two runs


def stored_rows(db: Path) -> dict[str, int]:
    """Per table, the row count and a digest of every row (write times left out), sorted."""
    import hashlib
    import sqlite3

    digests: dict[str, int] = {}
    with contextlib.closing(sqlite3.connect(db)) as connection:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in sorted(t for t in tables if t != "alembic_version"):
            columns = [r[1] for r in connection.execute(f"PRAGMA table_info('{table}')")]
            kept = ", ".join(f'"{c}"' for c in columns if c not in VOLATILE_COLUMNS)
            rows = sorted(repr(r) for r in connection.execute(f'SELECT {kept} FROM "{table}"'))
            digest = hashlib.blake2b("\n".join(rows).encode(), digest_size=6).hexdigest()
            digests[f"{table} ({len(rows)} rows)"] = int(digest, 16)
    return digests


def process_role(process: psutil.Process, root: psutil.Process) -> str:
    """What a process of a `clio run` tree is: the client, Dask's fork server, a worker, or other."""
    if process.pid == root.pid:
        return "client"
    parent = process.parent()
    if parent is None or "forkserver" not in " ".join(process.cmdline()):
        return "other"
    return "fork server" if parent.pid == root.pid else "workers"  # workers fork from the server


def timed_run(command: list[str]) -> tuple[float, dict[str, float]]:
    """Wall seconds and CPU seconds (user + system) of a whole process tree, by role (client, fork
    server, workers, other). Dask's workers fork from a server process that the run does not wait
    for, so no exit status carries their CPU time: every process of the tree is sampled every 0.1 s
    while it lives (the last tenth of a second of each is missed, a few tenths in all). Also the CPU
    other processes used and the time the hypervisor stole from the machine's cores meanwhile."""
    start, busy, stolen = time.perf_counter(), machine_busy_seconds(), steal_seconds()
    root = psutil.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen: dict[int, float] = {}
    roles: dict[int, str] = {}
    while root.poll() is None:
        with contextlib.suppress(psutil.Error):
            for process in [root, *root.children(recursive=True)]:
                with contextlib.suppress(psutil.Error):
                    times = process.cpu_times()
                    seen[process.pid] = times.user + times.system
                    if process.pid not in roles:
                        roles[process.pid] = process_role(process, root)
        time.sleep(0.1)
    wall, busy = time.perf_counter() - start, machine_busy_seconds() - busy
    stolen = steal_seconds() - stolen
    if root.returncode != 0:
        assert root.stderr is not None
        sys.exit(f"{' '.join(command)} failed:\n{root.stderr.read().decode()}")
    cpu: dict[str, float] = {}
    for pid, seconds in seen.items():
        role = roles.get(pid, "other")  # a process that ended before its role could be read
        cpu[role] = cpu.get(role, 0.0) + seconds
    cpu["other processes"] = max(0.0, busy - sum(cpu.values()))  # what else ran on the machine
    cpu["steal"] = stolen
    return wall, cpu


DASK_ROLES = ("client", "fork server", "workers")


def own_cpu(cpu: dict[str, float]) -> float:
    """CPU seconds of the run's own processes (``timed_run``'s roles, other processes left out)."""
    return sum(seconds for role, seconds in cpu.items() if role not in ("other processes", "steal"))


def machine_busy_seconds() -> float:
    """CPU seconds every process on the machine has used since boot (all cores; Linux)."""
    times = psutil.cpu_times()
    return float(times.user + times.nice + times.system + times.irq + times.softirq)


def steal_seconds() -> float:
    """Time the hypervisor ran something else on this virtual machine's cores ("steal", all cores;
    0 on bare metal): a virtual core that is stolen from makes no progress, though nothing on the
    machine used it."""
    return float(getattr(psutil.cpu_times(), "steal", 0.0))


def engines(args: argparse.Namespace) -> None:
    """`clio run` as a user runs it, whole process and fresh database each time, cluster start
    included: --engine dask --workers N against the default local engine, in alternating rounds."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "src" / "clio")], check=True)
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "news.jsonl"
        write = write_lgl if args.corpus == "lgl" else write_news
        count = sum(1 for _ in write(args.docs, corpus).open(encoding="utf-8"))
        # A start-up cache of its own, filled before the first round: other checkouts of Clio on the
        # machine write theirs to the shared folder and would make some runs rebuild the tables.
        os.environ["CLIO_CACHE_DIR"] = str(Path(folder) / "cache")
        warm = write(3, Path(folder) / "warm.jsonl")
        warm_up = [str(CLIO), "run", str(warm), "--db", str(Path(folder) / "warm.db")]
        subprocess.run(warm_up, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        runs: dict[str, list[tuple[float, dict[str, float]]]] = {"local": [], "dask": []}
        contents: dict[str, dict[str, int]] = {}
        what = "LGL articles" if args.corpus == "lgl" else "news articles (LGL, TimeBank, AQUAINT, PolNeAR)"
        print(f"{count} distinct {what}, {args.rounds} rounds, {os.cpu_count()} cores; {load_average()}")
        for n in range(args.rounds):
            order = ["local", "dask"] if n % 2 == 0 else ["dask", "local"]
            for engine in order:
                db = Path(folder) / f"{engine}-{n}.db"
                command = [str(CLIO), "run", str(corpus), "--db", str(db)]
                if engine == "dask":
                    command += ["--engine", "dask", "--workers", str(args.workers)]
                runs[engine].append(timed_run(command))
                rows = stored_rows(db)
                if contents.setdefault(engine, rows) != rows:
                    sys.exit(f"{engine}: a rerun stored different rows")
                db.unlink()
            (lw, lc), (dw, dc) = runs["local"][-1], runs["dask"][-1]
            roles = ", ".join(f"{role} {dc.get(role, 0.0):.1f}" for role in DASK_ROLES)
            print(
                f"round {n + 1}: local {lw:.1f} s wall, {own_cpu(lc):.1f} s CPU; "
                f"dask {dw:.1f} s wall, {own_cpu(dc):.1f} s CPU ({roles}); "
                f"speed-up {lw / dw:.2f}x; other processes used {lc['other processes']:.1f} s CPU "
                f"during local, {dc['other processes']:.1f} s during dask; the hypervisor stole "
                f"{lc['steal']:.1f} s during local, {dc['steal']:.1f} s during dask; {load_average()}"
            )
    same = contents["local"] == contents["dask"]
    print("stored rows: " + ("identical" if same else "DIFFERENT") + "; " + ", ".join(contents["local"]))
    speedups = sorted(lw / dw for (lw, _), (dw, _) in zip(runs["local"], runs["dask"], strict=True))
    print(
        f"end-to-end speed-up, wall clock, median of {args.rounds} pairs: "
        f"{speedups[len(speedups) // 2]:.2f}x "
        f"(range {speedups[0]:.2f}-{speedups[-1]:.2f})"
    )
    # On an idle machine with as many cores as workers, the local run takes its own CPU time (one
    # busy thread) and the Dask run at least its process tree's CPU time spread over the cores.
    projected = sorted(
        own_cpu(lc) / (own_cpu(dc) / args.workers)
        for (_, lc), (_, dc) in zip(runs["local"], runs["dask"], strict=True)
    )
    print(
        f"upper bound from CPU time (idle {args.workers} cores, perfect overlap): "
        f"{projected[len(projected) // 2]:.2f}x"
    )
    if not same:
        sys.exit("the engines stored different rows")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    both = commands.add_parser("engines")
    both.add_argument("--docs", type=int, default=588)
    both.add_argument("--corpus", choices=("lgl", "news"), default="lgl")
    both.add_argument("--rounds", type=int, default=3)
    both.add_argument("--workers", type=int, default=2)
    split = commands.add_parser("halves")
    split.add_argument("--docs", type=int, default=300)
    one = commands.add_parser("single")
    one.add_argument("--docs", type=int, default=200)
    one.add_argument("--repeat", type=int, default=3)
    many = commands.add_parser("dask")
    many.add_argument("--docs", type=int, default=400)
    many.add_argument("--repeat", type=int, default=2)
    many.add_argument("--batch-size", type=int, default=16)
    feed = commands.add_parser("stream")
    feed.add_argument("--articles", type=int, default=100_000)
    feed.add_argument("--workers", type=int, default=2)
    feed.add_argument("--batch-size", type=int, default=128)
    alone = commands.add_parser("client")
    alone.add_argument("--articles", type=int, default=100_000)
    alone.add_argument("--batch-size", type=int, default=128)
    store = commands.add_parser("writes")
    store.add_argument("--articles", type=int, default=2000)
    store.add_argument("--events", type=int, default=5)
    store.add_argument("--batch-size", type=int, default=100)
    args = parser.parse_args()
    {
        "engines": engines,
        "halves": halves,
        "single": single,
        "dask": dask,
        "stream": stream,
        "client": client,
        "writes": writes,
    }[args.command](args)


if __name__ == "__main__":
    main()
