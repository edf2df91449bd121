"""End to end: articles telling of an escalation (tests/data/escalation, written for this test)
go through `clio run`; an alert appears in the CLI, the API and the dashboard, and its trail names
the events behind it."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from clio.api import create_app
from clio.api.server import running_server
from clio.settings import Settings
from clio.store import open_database
from tests.test_cli import clio
from tests.test_dashboard_browser import browser, page  # noqa: F401  (fixtures)

STORY = Path(__file__).parent / "data" / "escalation"
CLASH_WORDS = ("attacked an Ethiopian border post", "shelled Eritrean positions")


@pytest.fixture(scope="module")
def coded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("escalation")
    db = folder / "clio.db"
    hook_log = folder / "hook.jsonl"
    hook = f"{sys.executable} -c \"import sys; open(r'{hook_log}', 'a').write(sys.stdin.read())\""
    done = clio("run", str(STORY), "--db", str(db), "--on-alert", hook)
    assert done.returncode == 0, done.stderr
    return {"db": db, "run": done, "hook": hook_log}


def _dyad_alert(alerts: list[dict[str, Any]]) -> dict[str, Any]:
    found = [a for a in alerts if (a["unit"], a["source"], a["target"]) == ("country_dyad", "ETH", "ERI")]
    assert found, [(a["unit"], a["source"], a["target"]) for a in alerts]
    return found[0]


def test_the_run_raises_the_alert_and_runs_the_hook(coded: dict[str, Any]) -> None:
    assert (
        "alert elevated: ETH -> ERI" in coded["run"].stderr or "alert high: ETH -> ERI" in coded["run"].stderr
    )
    hooked = [json.loads(line) for line in coded["hook"].read_text().splitlines()]
    alert = _dyad_alert(hooked)
    assert alert["period"] == "2025-02-17"  # the week after the last article (Saturday 15 February)


def test_the_cli_lists_the_alert_with_its_evidence(coded: dict[str, Any]) -> None:
    done = clio("alerts", "--db", str(coded["db"]), "--format", "jsonl", "--no-refresh")
    assert done.returncode == 0, done.stderr
    alert = _dyad_alert([json.loads(line) for line in done.stdout.splitlines()])
    assert alert["probability"] >= alert["threshold"] and alert["level"] in ("elevated", "high")
    sentences = " ".join(e["sentence"] for e in alert["evidence"])
    assert all(words in sentences for words in ("shelled Eritrean positions", "mobilized along the border"))
    assert all(
        e["cameo"][:2] in ("13", "15", "16", "17", "18", "19", "11", "12") for e in alert["evidence"][:3]
    )
    table = clio("alerts", "--db", str(coded["db"]), "--source", "ETH", "--no-refresh")
    assert "ETH -> ERI" in table.stdout and "shelled Eritrean positions" in table.stdout
    quiet = clio("alerts", "--db", str(coded["db"]), "--since", "2025-03-01", "--no-refresh")
    assert quiet.stdout.strip() == "0 alerts"
    forecast = clio("forecast", "ETH", "ERI", "--db", str(coded["db"]))
    assert forecast.returncode == 0 and "P(material conflict)" in forecast.stdout


@pytest.fixture(scope="module")
def served(coded: dict[str, Any]) -> Iterator[str]:
    engine = open_database(f"sqlite:///{coded['db']}")
    app = create_app(Settings(db_url=str(engine.url)), engine=engine, api_token="")
    with running_server(app) as url:
        yield url
    engine.dispose()


def test_the_api_serves_the_alert(served: str) -> None:
    import httpx

    body = httpx.get(f"{served}/api/alerts", params={"source": "ETH", "target": "ERI"}).json()
    alert = _dyad_alert(body["alerts"])
    assert any("attacked an Ethiopian border post" in e["sentence"] for e in alert["evidence"])
    event = httpx.get(f"{served}/api/events/{alert['evidence'][0]['id']}").json()
    assert event["sentence"] == alert["evidence"][0]["sentence"]


def test_the_dashboard_lists_the_alert_and_opens_its_trail(page: Any, served: str) -> None:  # noqa: F811
    from playwright.sync_api import expect

    page.goto(f"{served}/")
    row = page.locator("#alerts-table tbody tr", has_text="ETH → ERI").filter(has_text="country dyad")
    expect(row).to_have_count(1)
    row.locator("a.open-alert").click()
    expect(page.locator("#alert-title")).to_contain_text("ETH → ERI")
    expect(page.locator("#alert-mark")).to_have_count(1)
    events = page.locator("#alert-events tbody tr")
    for words in CLASH_WORDS:
        expect(events.filter(has_text=words).first).to_be_visible()
    events.filter(has_text="shelled Eritrean positions").first.locator("a.open").click()
    expect(page.locator("#article-title")).to_contain_text("Ethiopian forces shell Eritrean positions")
    selected = page.locator("#article-text .event.selected")
    expect(selected.first).to_be_visible()
    assert "shelled Eritrean positions" in "".join(selected.all_text_contents())


@pytest.mark.parametrize("command", ["alerts", "forecast"])
def test_warning_commands_have_help_with_an_example(command: str) -> None:
    done = clio(command, "--help")
    assert done.returncode == 0 and "Example:" in done.stdout


def test_eval_forecast_and_alerts_say_what_they_need() -> None:
    done = clio("eval", "forecast")
    assert done.returncode == 1 and "--data DIR" in done.stderr and "Traceback" not in done.stderr
    done = clio("eval", "alerts")
    assert done.returncode == 1 and "--weekly FILE" in done.stderr


def test_a_feed_raises_alerts_as_batches_are_stored(tmp_path: Path) -> None:
    """`clio run -` (a continuous feed, like --watch) raises alerts after stored batches."""
    lines = []
    for path in sorted(STORY.glob("*.txt")):
        header, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        fields = dict(line.split(" ", 1) for line in header.splitlines())
        lines.append(
            json.dumps({"id": path.stem, "date": fields["date"], "title": fields["title"], "text": body})
        )
    hook_log = tmp_path / "hook.jsonl"
    hook = f"{sys.executable} -c \"import sys; open(r'{hook_log}', 'a').write(sys.stdin.read())\""
    done = clio(
        "run", "-", "--db", str(tmp_path / "feed.db"), "--on-alert", hook, stdin="\n".join(lines) + "\n"
    )
    assert done.returncode == 0, done.stderr
    alert = _dyad_alert([json.loads(line) for line in hook_log.read_text().splitlines()])
    assert any("shelled Eritrean positions" in e["sentence"] for e in alert["evidence"])
