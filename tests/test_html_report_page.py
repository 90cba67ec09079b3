"""The HTML report in a real headless Chromium (Debian's, as for the editor page):
files indexed, clean files collapsed, findings grouped by severity and filterable
without script, JSON/CSV downloads, and a layout that fits 1400 px and 390 px."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

import pytest

from test_editor_page import CHROMIUM, CHROMIUM_ARGS

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "tribunnews-putin-korut.txt"


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    (folder / "a-seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "b-clean.txt").write_text("Presiden meresmikan jembatan baru di Palembang pada Senin pagi bersama gubernur.\n", encoding="utf-8")
    out = folder / "report.html"
    env = {**os.environ, "QA_LINT_LANGUAGETOOL": "off", "HOME": str(folder), "XDG_CONFIG_HOME": str(folder / "cfg")}
    done = subprocess.run([sys.executable, "-m", "qa_lint", "check", "--lang", "id", "--ui-lang", "en", "-f", "html", "-o", str(out),
                           str(folder / "a-seed.txt"), str(folder / "b-clean.txt")], cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 1, done.stderr
    return out


@pytest.fixture(scope="module")
def browser():
    assert Path(CHROMIUM).exists(), f"Chromium not found at {CHROMIUM}: run scripts/install-test-deps (Debian package 'chromium')"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def open_report(browser, report, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(report.as_uri())
    return page


@pytest.mark.parametrize("width", [1400, 390])
def test_report_fits_the_screen_and_shows_index_filters_and_findings(browser, report, tmp_path, width):
    page = open_report(browser, report, width)
    try:
        page.screenshot(path=str(tmp_path / f"report-{width}.png"), full_page=True)
        scroll, client = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert scroll <= client, f"horizontal overflow at {width}px: {scroll} > {client}"
        for selector in ("h1", "nav.index", "#show-warning", "a[download$='.csv']", "details.file[open] h2"):
            page.locator(selector).first.scroll_into_view_if_needed()
            assert page.locator(selector).first.is_visible(), selector
        # The file index links every file; the clean one is marked and its text collapsed.
        index = page.locator("nav.index tbody tr")
        assert index.count() == 2
        assert "clean" in index.nth(1).inner_text()
        clean = page.locator("details.file.clean")
        assert clean.count() == 1 and clean.get_attribute("open") is None
        assert not clean.locator(".article").is_visible()
        # Findings of the seed grouped by severity, errors first; the west-bengal row names its line.
        seed = page.locator("details.file[open]")
        groups = seed.locator("h3.sev").all_inner_texts()
        assert [g.split()[0] for g in groups] == ["Errors", "Warnings", "Info"]
        row = seed.locator("tr", has_text="West Bengal")
        assert row.count() == 1 and "line 24" in row.inner_text()
        # Filters need no script: unticking warnings hides warning rows, not the article.
        warning_row = seed.locator(".sev-warning tr[id^=row]").first
        assert warning_row.is_visible()
        page.locator("#show-warning").uncheck()
        assert not warning_row.is_visible() and row.is_visible()
        assert seed.locator(".article").is_visible()
        page.locator("#show-clean").uncheck()
        assert not clean.is_visible() and not index.nth(1).is_visible()
    finally:
        page.close()


def test_report_downloads_are_the_findings(report):
    page = report.read_text(encoding="utf-8")
    assert "<script" not in page.lower()
    start = page.index('href="data:text/csv;charset=utf-8,') + len('href="data:text/csv;charset=utf-8,')
    rows = list(csv.DictReader(io.StringIO(unquote(page[start:page.index('"', start)]))))
    start = page.index('href="data:application/json;charset=utf-8,') + len('href="data:application/json;charset=utf-8,')
    findings = json.loads(unquote(page[start:page.index('"', start)]))["findings"]
    assert len(rows) == len(findings) >= 5
    bengal = next(r for r in rows if r["rule"] == "id.mt.west-bengal")
    assert (bengal["line"], bengal["match"], bengal["suggestions"]) == ("24", "Benggala Barat", "Barat")
    assert bengal["path"].endswith("a-seed.txt")
