"""The dashboard in a real headless Chromium: filters, charts, the article view, and no XSS.

Needs Debian's chromium (``sudo apt-get install -y chromium``). Without it these tests skip,
unless CLIO_REQUIRE_BROWSER=1 (as in .ci/run), where a missing browser is a failure.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from clio.api import create_app
from clio.api.server import running_server
from clio.settings import Settings
from tests import api_corpus

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
INSTALL_HINT = "install it with: sudo apt-get update && sudo apt-get install -y chromium"


def _unavailable(reason: str) -> None:
    if os.environ.get("CLIO_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} (CLIO_REQUIRE_BROWSER=1); {INSTALL_HINT}")
    pytest.skip(f"{reason}; {INSTALL_HINT}")


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = api_corpus.build(f"sqlite:///{tmp_path_factory.mktemp('browser') / 'dash.db'}")
    app = create_app(Settings(db_url=str(store.engine.url)), engine=store.engine, api_token="")
    with running_server(app) as url:
        yield url
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} not found")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    opened = context.new_page()
    opened.set_default_timeout(10_000)
    problems: list[str] = []
    opened.on("dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    opened.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    opened.problems = problems
    yield opened
    context.close()
    assert problems == [], problems


def test_dashboard_filters_charts_and_article_view(page: Any, base_url: str, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    page.goto(f"{base_url}/")
    rows = page.locator("#events-table tbody tr")
    expect(rows).to_have_count(5)
    page.locator("#timeline svg rect.bar").first.wait_for()
    page.locator("#network svg circle.node").first.wait_for()
    expect(page.locator("#map svg circle.place")).to_have_count(3)
    assert page.locator("#timeline-csv").get_attribute("href").endswith("format=csv")

    # Change a filter: only material conflict.
    page.select_option("#quad-class", "4")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**quad_class=4**")
    expect(rows).to_have_count(2)
    assert "quad_class=4" in page.locator("#events-csv").get_attribute("href")
    assert page.locator("#events-table").inner_text().count("material conflict") == 2

    # The dyad explorer.
    page.fill("#dyad-a", "RUS")
    page.fill("#dyad-b", "UKR")
    page.click("#dyad-form button")
    summary = page.locator("#dyad-summary")
    summary.wait_for()
    assert "RUS→UKR: 3 events" in summary.inner_text()
    assert "UKR→RUS: 1 events" in summary.inner_text()
    page.screenshot(path=str(tmp_path / "dashboard.png"), full_page=True)

    # Open the oldest event: its article, with the evidence highlighted.
    rows.last.locator("a.open").click()
    page.wait_for_url("**/articles/a1?event=*")
    evidence = page.locator("#evidence")
    expect(evidence).to_be_visible()
    assert "Russia" in evidence.inner_text()
    assert page.locator("#article-title").inner_text() == "Report a1"
    assert page.locator("#article-events li.selected").count() == 1
    page.screenshot(path=str(tmp_path / "article.png"), full_page=True)
    assert (tmp_path / "article.png").stat().st_size > 10_000


def test_hostile_article_is_shown_as_text_and_never_runs(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/")
    page.locator("#events-table").hover()
    page.goto(f"{base_url}/articles/xss")
    title = page.locator("#article-title").inner_text()
    assert api_corpus.XSS_SCRIPT in title
    text = page.locator("#article-text")
    assert api_corpus.XSS_ATTRIBUTE in text.inner_text()
    for span in text.locator("span").all():
        span.hover()
    assert page.evaluate("document.querySelectorAll('script').length") == 0
    assert page.evaluate("document.querySelectorAll('[onmouseover]').length") == 0
    assert page.locator("a[href^='javascript:']").count() == 0
    page.goto(f"{base_url}/?source=RUS")
    page.locator("#network svg").wait_for()
    page.fill("#dyad-a", "RUS")
    page.fill("#dyad-b", "UKR")
    page.click("#dyad-form button")
    page.locator("#dyad-summary").wait_for()
    assert page.evaluate("document.querySelectorAll('script').length") == 1  # ours only
    assert page.evaluate("document.querySelectorAll('[onmouseover]').length") == 0
