"""ICEWS, GDELT 2.0 and POLECAT-style exports: read back with the columns and types each format
documents, and a round trip of the known events of tests/interchange_corpus.py."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from clio.api import create_app
from clio.cli import app
from clio.settings import Settings
from clio.store import Store
from tests import interchange_corpus as corpus

runner = CliRunner()

# The ICEWS Coded Event Data columns, in order, as the ICEWS Dataverse files name them.
ICEWS = [
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude",
]  # fmt: skip
ICEWS_TYPES = {
    "Event ID": "int64",
    "CAMEO Code": "string",
    "Intensity": "float64",
    "Story ID": "int64",
    "Sentence Number": "Int64",
    "Latitude": "float64",
    "Longitude": "float64",
}
# The GDELT 2.0 event table (GDELT Event Codebook V2.0), 61 columns in order.
_ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code"]  # fmt: skip
_GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
GDELT = [
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR), *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO), *(f"Actor2Geo_{c}" for c in _GEO), *(f"ActionGeo_{c}" for c in _GEO),
    "DATEADDED", "SOURCEURL",
]  # fmt: skip
GDELT_TYPES = {
    "GlobalEventID": "int64",
    "Day": "int64",
    "MonthYear": "int64",
    "Year": "int64",
    "FractionDate": "float64",
    "IsRootEvent": "Int64",
    "EventCode": "string",
    "EventBaseCode": "string",
    "EventRootCode": "string",
    "QuadClass": "int64",
    "GoldsteinScale": "float64",
    "NumMentions": "int64",
    "NumSources": "int64",
    "NumArticles": "int64",
    "AvgTone": "float64",
    "ActionGeo_Type": "Int64",
    "ActionGeo_Lat": "float64",
    "ActionGeo_Long": "float64",
    "ActionGeo_FeatureID": "string",
    "DATEADDED": "Int64",
}


def number(clio_id: str) -> int:
    """The documented numeric id: the first 15 hex digits of the SHA-1 of Clio's id."""
    return int(hashlib.sha1(clio_id.encode()).hexdigest()[:15], 16)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("interchange") / "clio.db"
    store = Store.open(f"sqlite:///{path}")
    store.write(corpus.results())
    store.close()
    return path


def export(db: Path, out: Path, output_format: str, *extra: str) -> str:
    done = runner.invoke(app, ["export", str(out), "--db", str(db), "--format", output_format, *extra])
    assert done.exit_code == 0, done.output
    assert "3 events written" in done.output or extra
    return out.read_text(encoding="utf-8")


def read_icews(text: str) -> pd.DataFrame:
    frame = pd.read_csv(io.StringIO(text), sep="\t", dtype=ICEWS_TYPES, keep_default_na=False, na_values=[""])
    frame["Event Date"] = pd.to_datetime(frame["Event Date"], format="%Y-%m-%d")
    return frame


def read_gdelt(text: str) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(text), sep="\t", header=None, names=GDELT, dtype=GDELT_TYPES)


def by_id(frame: pd.DataFrame, column: str, clio_id: str) -> dict[str, Any]:
    [row] = frame[frame[column] == number(clio_id)].to_dict("records")
    return row


def test_icews_reads_back_with_its_columns_and_types(db: Path, tmp_path: Path) -> None:
    frame = read_icews(export(db, tmp_path / "events.tsv", "icews"))
    assert list(frame.columns) == ICEWS
    assert len(frame) == 3
    assert str(frame["Event Date"].dtype).startswith("datetime64")
    shelling = corpus.shelling()
    row = by_id(frame, "Event ID", shelling.events[0].id)
    assert row["Event Date"] == pd.Timestamp("2024-03-05")
    assert (row["Source Name"], row["Source Sectors"], row["Source Country"]) == (
        "Russia military",
        "Military",
        "Russian Federation",
    )
    assert (row["Event Text"], row["CAMEO Code"], row["Intensity"]) == (
        "Fight with artillery and tanks",
        "194",
        -10.0,
    )
    assert (row["Target Name"], row["Target Country"]) == ("Ukraine", "Ukraine")
    assert pd.isna(row["Target Sectors"])
    assert row["Story ID"] == number("wire/kharkiv-1")
    assert row["Sentence Number"] == 2
    assert row["Publisher"] == "Test Wire"
    assert (row["City"], row["Province"], row["Country"]) == ("Kharkiv", "Kharkiv", "Ukraine")
    assert (row["Latitude"], row["Longitude"]) == (49.982, 36.255)


def test_icews_sectors_of_an_ngo_and_the_headline_sentence(db: Path, tmp_path: Path) -> None:
    frame = read_icews(export(db, tmp_path / "events.tsv", "icews"))
    criticise, expel = corpus.criticism().events
    ngo = by_id(frame, "Event ID", criticise.id)
    assert (ngo["Source Name"], ngo["Source Sectors"]) == ("Amnesty International", "Human Rights")
    assert pd.isna(ngo["Source Country"]) and ngo["Target Sectors"] == "Government"
    assert ngo["Target Country"] == "Kyrgyzstan" and ngo["Sentence Number"] == 1
    assert by_id(frame, "Event ID", expel.id)["Sentence Number"] == 0  # a headline event


def test_gdelt_has_the_61_columns_in_order_and_their_types(db: Path, tmp_path: Path) -> None:
    text = export(db, tmp_path / "events.tsv", "gdelt")
    assert {line.count("\t") for line in text.splitlines()} == {60}  # no header, 61 fields per row
    frame = read_gdelt(text)
    assert len(frame) == 3
    row = by_id(frame, "GlobalEventID", corpus.shelling().events[0].id)
    assert (row["Day"], row["MonthYear"], row["Year"]) == (20240305, 202403, 2024)
    assert row["FractionDate"] == pytest.approx(2024 + (3 * 30 + 5) / 365, abs=1e-4)
    assert (row["Actor1Code"], row["Actor1Name"], row["Actor1CountryCode"], row["Actor1Type1Code"]) == (
        "RUSMIL",
        "RUSSIA MILITARY",
        "RUS",
        "MIL",
    )
    assert (row["Actor2Code"], row["Actor2CountryCode"]) == ("UKR", "UKR")
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("194", "194", "19")
    assert (row["QuadClass"], row["GoldsteinScale"], row["IsRootEvent"]) == (4, -10.0, 0)
    assert (row["NumMentions"], row["NumSources"], row["NumArticles"]) == (1, 1, 1)
    assert pd.isna(row["AvgTone"]) and pd.isna(row["Actor1Geo_Type"])
    assert (row["ActionGeo_Type"], row["ActionGeo_CountryCode"], row["ActionGeo_FeatureID"]) == (
        4,
        "UP",
        "706483",
    )
    assert row["ActionGeo_FullName"].startswith("Kharkiv") and row["ActionGeo_FullName"].endswith("Ukraine")
    assert (row["ActionGeo_Lat"], row["ActionGeo_Long"]) == (49.982, 36.255)
    assert len(str(row["DATEADDED"])) == 14
    assert row["SOURCEURL"] == "https://example.org/kharkiv"


def test_gdelt_marks_lead_and_headline_events_as_root_and_falls_back_to_the_story_id(
    db: Path, tmp_path: Path
) -> None:
    frame = read_gdelt(export(db, tmp_path / "events.tsv", "gdelt"))
    criticise, expel = corpus.criticism().events
    ngo = by_id(frame, "GlobalEventID", criticise.id)
    assert (ngo["IsRootEvent"], ngo["SOURCEURL"], ngo["Actor1Code"]) == (1, "wire/ngo-2", "NGOHRI")
    assert pd.isna(ngo["Actor1CountryCode"]) and pd.isna(ngo["ActionGeo_Type"])
    assert by_id(frame, "GlobalEventID", expel.id)["IsRootEvent"] == 1


def test_polecat_round_trip(db: Path, tmp_path: Path) -> None:
    lines = export(db, tmp_path / "events.jsonl", "polecat").splitlines()
    records = {r["id"]: r for r in map(json.loads, lines)}
    shelling = corpus.shelling().events[0]
    record = records[shelling.id]
    assert (record["event"], record["mode"], record["context"]) == ("ASSAULT", "heavy-weapons", ["military"])
    assert (record["date"], record["quad_code"], record["event_scale"], record["cameo"]) == (
        "2024-03-05",
        4,
        -10.0,
        "194",
    )
    [source] = record["source"]
    assert (source["code"], source["sector"], source["cameo_code"], source["actor_text"]) == (
        "RUS",
        "MIL",
        "RUSMIL",
        "Russian forces",
    )
    assert [r["code"] for r in record["recipient"]] == ["UKR"]
    location = record["event_loc"]
    assert (location["name"], location["geonameid"], location["cc3"], location["country_code"]) == (
        "Kharkiv",
        "706483",
        "UKR",
        "UA",
    )
    info = record["text_info"]
    text = corpus.KHARKIV_TEXT
    assert (info["story_id"], info["sequence"]) == ("wire/kharkiv-1", 2)
    assert text[info["start"] : info["end"]] == record["event_text"] == shelling.sentence
    assert record["cite_info"] == {
        "title": "Russia shells Kharkiv",
        "url": "https://example.org/kharkiv",
        "publication": "Test Wire",
        "publication_date": "2024-03-05",
    }
    criticise, expel = corpus.criticism().events
    [ngo] = records[criticise.id]["source"]
    assert (ngo["code"], ngo["sector"], ngo["country"]) == ("NGO", "SOC", None)
    assert records[expel.id]["text_info"]["section"] == "title"
    assert records[expel.id]["text_info"]["sequence"] == 0


@pytest.mark.parametrize("output_format", ["icews", "gdelt", "polecat"])
def test_the_api_serves_the_same_files(db: Path, tmp_path: Path, output_format: str) -> None:
    suffix = "jsonl" if output_format == "polecat" else "tsv"
    on_disk = export(db, tmp_path / f"events.{suffix}", output_format)
    client = TestClient(create_app(Settings(db_url=f"sqlite:///{db}")))
    response = client.get("/api/events", params={"format": output_format, "sort": "date"})
    assert response.status_code == 200
    assert f"clio-events.{suffix}" in response.headers["content-disposition"]
    assert response.text == on_disk


def test_filters_by_plover_mode_and_context(db: Path, tmp_path: Path) -> None:
    text = export(db, tmp_path / "military.jsonl", "polecat", "--context", "military")
    assert [json.loads(line)["mode"] for line in text.splitlines()] == ["heavy-weapons"]
    text = export(db, tmp_path / "expel.jsonl", "polecat", "--mode", "expel")
    assert [json.loads(line)["event"] for line in text.splitlines()] == ["SANCTION"]
    text = export(db, tmp_path / "none.jsonl", "polecat", "--context", "milit")  # whole contexts only
    assert text == ""


def test_an_export_without_the_format_asks_for_it(db: Path, tmp_path: Path) -> None:
    done = runner.invoke(app, ["export", str(tmp_path / "events.tsv"), "--db", str(db)])
    assert done.exit_code != 0
    assert "icews" in str(done.exception) + done.output


def test_the_json_api_carries_plover_fields(db: Path) -> None:
    client = TestClient(create_app(Settings(db_url=f"sqlite:///{db}")))
    response = client.get("/api/events", params={"plover": "ASSAULT"})
    [event] = response.json()["events"]
    assert (event["mode"], event["context"], event["sentence_number"]) == ("heavy-weapons", ["military"], 2)
    assert (event["source_plover_code"], event["source_plover_sector"]) == ("RUS", "MIL")
    assert client.get(f"/api/events/{event['id']}").json()["context"] == ["military"]
