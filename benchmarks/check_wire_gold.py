"""Check a folder of wire-style articles and their CAMEO gold (the wire_articles_dev format).

Each article is `NN-topic-YYYY-MM-DD.txt` beside `NN-topic-YYYY-MM-DD.gold.json`; the format and the
gold conventions are described in ../shared/benchmarks/events/wire_articles_dev/README.md. Run after
writing or editing an article or its gold, and on the dev folder to show the checks accept the reference:

    python3 benchmarks/check_wire_gold.py ../shared/benchmarks/events/cameo/cameo_master_table.tsv \
        benchmarks/data/wire_check ../shared/benchmarks/events/wire_articles_dev

Checks: every .txt has a gold file and the reverse; the gold is valid JSON with the expected fields;
the dct in the file name, the `date YYYY-MM-DD` first line (followed by a blank line) and the gold
agree; the body opens with a `CITY, Mon D (Wire) —` dateline, has a `Read more:` line and a
`Reporting by ...` byline, and runs to 320-420 words; every code is labelled in the CAMEO master
table and its root is listed in `roots` (a root may also stand alone: matching is lenient by root);
event dates are ISO days no later than the dct and at most a year before it (or null); src/tgt and
actor countries are ISO 3166-1 alpha-3 codes or an allowed IGO tag; timex texts, quote `contains`,
actor names, location texts and noise actors (ignoring case) occur in the article. Prints one line
per problem, or "ok"; exit status 1 if any. Uses only the standard library, so the system python3
runs it.
"""

from __future__ import annotations

import datetime
import json
import re
import sys
from pathlib import Path

# ISO 3166-1 alpha-3 (from Debian iso-codes) plus XKX for Kosovo, inlined so the system python3 needs nothing.
ISO3 = frozenset(
    re.findall(
        r"[A-Z]{3}",
        """ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR BHR
    BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL COM
    CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO
    FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN
    IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA
    LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ
    MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI
    PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP
    SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI
    URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE XKX""",
    )
)
EVENT_ACTORS = ISO3 | {"KSV", "IGO", "UN", "EU", "NATO", "AU", "ECOWAS"}
ACTOR_COUNTRIES = ISO3 | {"IGO", "UN", "EU", "NATO"}
SECTORS = frozenset(
    re.findall(
        r"\w+", "GOV MIL OPP REB CRM COP JUD LEG MED NGO IGO EDU BUS CVL LAB REL SPY ELI HLH AGR REF UAF"
    )
)
STEM = re.compile(r"(\d\d)-[a-z0-9-]+-(\d{4}-\d\d-\d\d)")
DATELINE = re.compile(r"[A-Z][A-Z .'-]+, [A-Z][a-z]+\.? \d{1,2} \(Wire\) — ")
EVENT_FIELDS = ("id", "src", "tgt", "undirected", "roots", "codes", "date", "what")
GOLD_FIELDS = ("article", "dct", "events", "noise_actors", "timexes", "quotes", "actors", "locations")
WORDS = (320, 420)


def cameo_roots(table: Path) -> dict[str, str]:
    """Labelled CAMEO codes of the master table, each mapped to its 2-digit root."""
    roots = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or cols[0] == "cameo" or len(cols) < 4 or not cols[3]:
            continue
        roots[cols[0]] = cols[1]
    return roots


def _event_problems(event: dict, dct: datetime.date, roots: dict[str, str]) -> list[str]:
    problems = [f"missing field {field!r}" for field in EVENT_FIELDS if field not in event]
    if problems:
        return problems
    for code in event["codes"]:
        if code not in roots:
            problems.append(f"code {code} is not a labelled CAMEO code")
        elif roots[code] not in event["roots"]:
            problems.append(f"code {code} has root {roots[code]}, not in {event['roots']}")
    known = set(roots.values())
    problems += [f"root {root!r} is not a 2-digit CAMEO root" for root in event["roots"] if root not in known]
    if not event["src"] or (event["tgt"] is not None and not event["tgt"]):
        problems.append("src must be a non-empty list and tgt a non-empty list or null")
    for actor in event["src"] + (event["tgt"] or []):
        if actor not in EVENT_ACTORS:
            problems.append(f"actor {actor!r} is not ISO3 or an allowed IGO tag")
    if not isinstance(event["undirected"], bool):
        problems.append("undirected is not true or false")
    for day in event["date"] or []:
        try:
            age = (dct - datetime.date.fromisoformat(day)).days
        except ValueError:
            problems.append(f"date {day!r} is not an ISO day")
            continue
        if not 0 <= age <= 366:
            problems.append(f"date {day} is not within the year before the dct {dct}")
    return problems


def _text_problems(text: str, dct: str) -> list[str]:
    lines = text.split("\n")
    problems = []
    if lines[0] != f"date {dct}" or len(lines) < 3 or lines[1] != "":
        problems.append(f"line 1 is not 'date {dct}' followed by a blank line")
    body = "\n".join(lines[2:])
    if not DATELINE.match(body):
        problems.append("the body does not open with a dateline such as 'CITY, Mon D (Wire) — '")
    if not re.search(r"^Read more: ", body, re.M):
        problems.append("no 'Read more:' line")
    if not re.search(r"^Reporting by .+; Editing by ", body, re.M):
        problems.append("no 'Reporting by ...; Editing by ...' byline")
    words = len(body.split())
    if not WORDS[0] <= words <= WORDS[1]:
        problems.append(f"the body has {words} words, not {WORDS[0]}-{WORDS[1]}")
    return problems


def _annotation_problems(gold: dict, text: str) -> list[str]:
    problems = []
    for timex in gold["timexes"]:
        if timex["text"] not in text:
            problems.append(f"timex {timex['text']!r} is not in the article")
        if not timex["value"]:
            problems.append(f"timex {timex['text']!r} has no value")
    texts = [timex["text"] for timex in gold["timexes"]]
    problems += [f"timex {t!r} is listed twice" for t in sorted(set(texts)) if texts.count(t) > 1]
    for quote in gold["quotes"]:
        if quote["contains"].lower() not in text.lower():
            problems.append(f"quote {quote['contains']!r} is not in the article")
        if not quote["speaker"]:
            problems.append(f"quote {quote['contains']!r} has no speaker")
    for actor in gold["actors"]:
        if actor["name"] not in text:
            problems.append(f"actor {actor['name']!r} is not in the article")
        if actor["country"] not in ACTOR_COUNTRIES:
            country = actor["country"]
            problems.append(f"actor {actor['name']!r}: country {country!r} is not ISO3 or an IGO tag")
        if actor["sector"] not in SECTORS:
            problems.append(f"actor {actor['name']!r}: unknown sector {actor['sector']!r}")
    for place in gold["locations"]:
        if place["text"] not in text:
            problems.append(f"location {place['text']!r} is not in the article")
        if place["country"] not in ISO3:
            problems.append(f"location {place['text']!r}: country {place['country']!r} is not ISO3")
    # credits are often in capitals ("NAME / AFP via Getty Images"); the scorer ignores case for names
    absent = [name for name in gold["noise_actors"] if name.lower() not in text.lower()]
    problems += [f"noise actor {name!r} is not in the article" for name in absent]
    return problems


def check_article(txt: Path, roots: dict[str, str]) -> list[str]:
    """Problems of one article and its gold file, each prefixed with the file name."""
    stem = txt.name.removesuffix(".txt")
    name = STEM.fullmatch(stem)
    if name is None:
        return [f"{txt}: the name is not NN-topic-YYYY-MM-DD.txt"]
    gold_path = txt.with_name(f"{stem}.gold.json")
    if not gold_path.exists():
        return [f"{txt}: no gold file {gold_path.name}"]
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        return [f"{gold_path}:{error.lineno}: invalid JSON ({error.msg}); fix the file and rerun"]
    missing = [field for field in GOLD_FIELDS if field not in gold]
    if missing:
        return [f"{gold_path}: missing fields {missing}"]
    dct = name.group(2)
    problems = []
    if gold["dct"] != dct or gold["article"] != txt.name:
        problems.append(f"gold names {gold['article']} of {gold['dct']}, not {txt.name} of {dct}")
    text = txt.read_text(encoding="utf-8")
    problems += _text_problems(text, dct)
    ids = [event.get("id") for event in gold["events"]]
    problems += [f"event id {i!r} is used twice" for i in sorted(set(ids), key=str) if ids.count(i) > 1]
    for event in gold["events"]:
        problems += [
            f"event {event.get('id')}: {p}"
            for p in _event_problems(event, datetime.date.fromisoformat(dct), roots)
        ]
    problems += _annotation_problems(gold, text)
    return [f"{gold_path.name}: {p}" for p in problems]


def check_folder(folder: Path, roots: dict[str, str]) -> list[str]:
    """Problems of every article in a folder, plus gold files that have no article."""
    texts = sorted(folder.glob("*.txt"))
    if not texts:
        return [f"{folder}: no articles (*.txt)"]
    problems = [p for txt in texts for p in check_article(txt, roots)]
    golds = {path.name.removesuffix(".gold.json") for path in folder.glob("*.gold.json")}
    orphans = golds - {txt.stem for txt in texts}
    return problems + [f"{folder}/{stem}.gold.json: no article {stem}.txt" for stem in sorted(orphans)]


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: check_wire_gold.py CAMEO_MASTER_TABLE.tsv FOLDER [FOLDER ...]")
    table = cameo_roots(Path(sys.argv[1]))
    found = [p for folder in sys.argv[2:] for p in check_folder(Path(folder), table)]
    print("\n".join(found) or "ok")
    sys.exit(1 if found else 0)
