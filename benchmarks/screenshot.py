"""Regenerate docs/img/dashboard.png: code the sample corpus, serve it, and photograph the dashboard.

    .venv/bin/python benchmarks/screenshot.py [--db clio.db] [--dyad KGZ TJK] [--out docs/img/dashboard.png]

Without --db the sample corpus is coded into a temporary database with the full pipeline.
Needs Debian's chromium at /usr/bin/chromium (apt-get install -y chromium).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from clio.api import create_app
from clio.api.server import running_server
from clio.pipeline import run_corpus
from clio.readers import sample_corpus_path
from clio.settings import Settings
from clio.store import Store

REPO = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def code_sample(db: Path) -> None:
    settings = Settings(db_url=f"sqlite:///{db}")
    store = Store.open(settings.db_url)
    try:
        summary = run_corpus([str(sample_corpus_path())], settings, store)
    finally:
        store.close()
    print(f"coded {summary.stored} sample articles, {summary.events} events -> {db}")


def photograph(db: Path, out: Path, dyad: tuple[str, str]) -> None:
    app = create_app(Settings(db_url=f"sqlite:///{db}"), api_token="")
    with running_server(app) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, device_scale_factor=1)
        page.goto(f"{base}/?limit=12")
        page.fill("#dyad-a", dyad[0])
        page.fill("#dyad-b", dyad[1])
        page.click("#dyad-form button")
        page.locator("#dyad svg, #dyad p.empty").first.wait_for()
        for chart in ("#timeline", "#network", "#map"):
            page.locator(f"{chart} svg, {chart} p.empty").first.wait_for()
        out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(out), full_page=True)
        browser.close()
    print(f"screenshot -> {out}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, help="an existing Clio database (default: code the sample corpus)")
    parser.add_argument("--dyad", nargs=2, default=["KGZ", "TJK"], metavar=("A", "B"))
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "img" / "dashboard.png")
    args = parser.parse_args()
    if args.db:
        photograph(args.db, args.out, tuple(args.dyad))
        return
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "sample.db"
        code_sample(db)
        photograph(db, args.out, tuple(args.dyad))


if __name__ == "__main__":
    main()
