"""The editor page in a real headless Chromium against the real `qa-lint serve`.

Chromium is Debian's package (scripts/install-test-deps installs it); a
missing browser fails the test, it is not skipped.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from server_util import serving

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("QA_LINT_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="module")
def server_url():
    with serving("--host", "127.0.0.1", "--port", "0", "--log-level", "warning") as served:
        yield served.url


@pytest.fixture(scope="module")
def browser():
    assert Path(CHROMIUM).exists(), f"Chromium not found at {CHROMIUM}: run scripts/install-test-deps (Debian package 'chromium')"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, server_url):
    # bypass_csp: Playwright's wait_for_function evaluates strings, which the page's CSP forbids.
    context = browser.new_context(viewport={"width": 1300, "height": 900}, bypass_csp=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    # Nothing may leave the machine: every request goes to the qa-lint server.
    foreign: list[str] = []
    page.on("request", lambda request: None if request.url.startswith((server_url, "data:")) else foreign.append(request.url))
    page.goto(server_url)
    page.wait_for_selector("#language option[value=id]", state="attached")
    yield page
    context.close()
    assert errors == [], f"JavaScript errors: {errors}"
    assert foreign == [], f"the page loaded something from elsewhere: {foreign}"


def settled(page) -> str:
    page.wait_for_function("['ready', 'blocked', 'unchecked'].includes(document.querySelector('#status').dataset.state)")
    return page.locator("#status").inner_text()


def load_seed(page):
    page.click("#sample")
    page.wait_for_function("document.querySelector('#article').value.includes('Benggala Barat')")
    return settled(page)


def test_seed_highlight_accept_suggestion(page):
    status = load_seed(page)
    assert "Not ready to publish" in status

    mark = page.locator('mark[data-rule="id.mt.west-bengal"]')
    assert mark.count() == 1
    assert mark.inner_text() == "Benggala Barat"
    assert mark.get_attribute("data-line") == "24"
    # The mark sits on line 24 of the text in the textarea, not just by its label.
    lines_before = page.evaluate("""() => {
        const range = document.createRange();
        range.setStart(document.querySelector('#backdrop'), 0);
        range.setEndBefore(document.querySelector('mark[data-rule="id.mt.west-bengal"]'));
        return range.toString().split('\\n').length;
    }""")
    assert lines_before == 24
    assert "Benggala Barat" in page.input_value("#article").split("\n")[23]
    # Same content width behind and in front (the textarea's scrollbar is accounted for),
    # so the wrapped lines of the backdrop match the textarea's.
    widths = page.evaluate("""() => {
        const inner = (el) => { const cs = getComputedStyle(el);
            return el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight); };
        return [inner(document.querySelector('#backdrop')), inner(document.querySelector('#article'))];
    }""")
    assert abs(widths[0] - widths[1]) < 0.5, widths

    item = page.locator('.finding[data-rule="id.mt.west-bengal"]')
    assert "line 24, column 33" in item.inner_text()
    # Jump to it (scrolls the textarea), then hover the highlight: the tooltip tells what and why.
    item.locator(".jump").click()
    box = mark.bounding_box()
    area = page.locator("#article").bounding_box()
    assert area["y"] <= box["y"] and box["y"] + box["height"] <= area["y"] + area["height"], "highlight scrolled out of view"
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    tooltip = page.locator("#tooltip")
    tooltip.wait_for(state="visible")
    assert "West Bengal" in tooltip.inner_text() and "Barat" in tooltip.inner_text()

    before = page.locator(".finding").count()
    tooltip.locator("button.accept").click()
    settled(page)
    page.wait_for_function("!document.querySelector('mark[data-rule=\"id.mt.west-bengal\"]')")
    assert page.locator('.finding[data-rule="id.mt.west-bengal"]').count() == 0
    assert page.locator(".finding").count() == before - 1  # the re-check found the rest again
    text = page.input_value("#article")
    assert "Benggala" not in text
    assert "isu bahwa Barat menembakkan" in text.split("\n")[23]


def test_ignore_keyboard_and_fail_on(page):
    load_seed(page)
    # Keyboard: a caret inside a highlight shows its finding.
    offset = page.input_value("#article").index("Benggala Barat") + 3
    page.focus("#article")
    page.evaluate(f"document.querySelector('#article').setSelectionRange({offset}, {offset})")
    page.keyboard.press("ArrowRight")
    tooltip = page.locator("#tooltip")
    tooltip.wait_for(state="visible")
    assert "West Bengal" in tooltip.inner_text()
    page.keyboard.press("Escape")
    assert tooltip.is_hidden()

    # Ignore hides it everywhere but leaves the text alone.
    item = page.locator('.finding[data-rule="id.mt.west-bengal"]')
    item.locator("button.ignore").click()
    assert item.count() == 0
    assert page.locator('mark[data-rule="id.mt.west-bengal"]').count() == 0
    assert "Benggala Barat" in page.input_value("#article")
    assert page.locator("#ignored-row").is_visible()

    # The verdict follows the chosen threshold; ignore every remaining finding and it turns ready.
    page.select_option("#fail-on", "error")
    assert "at or above error" in page.locator("#status").inner_text()
    while page.locator(".finding button.ignore").count():
        page.locator(".finding button.ignore").first.click()
    assert page.locator("#status").get_attribute("data-state") == "ready"
    assert "Ready to publish" in page.locator("#status").inner_text()

    # Typing re-checks by itself (debounced): a new error appears without pressing Check.
    page.click("#unignore")
    page.locator("#article").press("Control+End")
    page.keyboard.type("\nPutin juga mengangkat isu bahwa Benggala Barat menembakkan senjata ke sasaran di Rusia.")
    page.wait_for_function("document.querySelectorAll('mark[data-rule=\"id.mt.west-bengal\"]').length === 2")


def test_source_pane_shows_the_source_sentence_of_each_finding(page):
    load_seed(page)  # the sample fills the source pane with the English source
    assert "ultra-low-yield" in page.input_value("#source")
    item = page.locator('.finding[data-rule="en-id.sense.antonym"]')
    item.wait_for()
    assert "line 15" in item.inner_text()
    quote = item.locator(".source-quote")
    assert "Source, line 15" in quote.inner_text() and "ultra-low-yield" in quote.inner_text()
    assert "Checked against the source" in page.locator("#notes").inner_text()
    # Without the source, the source-only finding is gone.
    page.fill("#source", "")
    page.dispatch_event("#source", "input")
    page.wait_for_function("!document.querySelector('.finding[data-rule=\"en-id.sense.antonym\"]')")
    assert page.locator('mark[data-rule="id.mt.west-bengal"]').count() == 1


def check_text(page, text: str, language: str = "") -> str:
    page.select_option("#language", language)
    page.fill("#article", text)
    page.click("#check")
    page.wait_for_function("document.querySelector('#status').dataset.state !== 'busy'")
    return settled(page)


def test_a_one_sentence_item_is_never_ready_unchecked(page):
    """No silent pass: a short item is checked when its words tell the language; an
    item nobody can read says why and offers the languages, and is never 'ready'."""
    status = check_text(page, "Putin juga mengangkat isu bahwa Benggala Barat menembakkan senjata ke Rusia.")
    assert "Not ready to publish" in status
    assert page.locator('mark[data-rule="id.mt.west-bengal"]').count() == 1
    assert page.locator("#language-banner").is_hidden()

    status = check_text(page, "Putin tiba.")
    assert page.locator("#status").get_attribute("data-state") == "unchecked"
    assert "Ready" not in status and "Not checked" in status
    banner = page.locator("#language-banner")
    assert banner.is_visible() and "could not tell which language" in banner.inner_text()
    # The notice cannot be ignored away, at any threshold.
    assert page.locator('.finding[data-rule="qa-lint.language"] button.ignore').count() == 0
    page.select_option("#fail-on", "error")
    assert page.locator("#status").get_attribute("data-state") == "unchecked"
    # Choosing a language from the banner checks it in that language.
    banner.locator('button[data-language="id"]').click()
    page.wait_for_function("document.querySelector('#status').dataset.state !== 'unchecked'")
    settled(page)
    assert page.input_value("#language") == "id" and banner.is_hidden()

    check_text(page, "Hola amigos, ¿cómo están hoy en la ciudad de Madrid?", "")
    page.evaluate("""() => { const o = document.createElement('option'); o.value = 'es'; o.textContent = 'es';
                             document.querySelector('#language').appendChild(o); }""")
    check_text(page, "Hola amigos, ¿cómo están hoy en la ciudad de Madrid?", "es")
    assert "no rule packs for the language" in banner.inner_text() and "es" in banner.inner_text()


def test_filters_explanations_downloads_and_ignores_that_persist_per_article(page, tmp_path):
    load_seed(page)
    assert page.locator(".finding.warning").count() > 0
    # Filters change what is shown, not the verdict.
    page.locator('#filters input[data-severity="warning"]').uncheck()
    assert page.locator(".finding.warning").count() == 0 and page.locator("#backdrop mark.warning").count() == 0
    assert page.locator(".finding.error").count() > 0
    assert "hidden by the filters" in page.locator("#findings").inner_text()
    assert page.locator("#status").get_attribute("data-state") == "blocked"
    page.locator('#filters input[data-severity="warning"]').check()
    assert page.locator(".finding.warning").count() > 0

    # The rule's explanation on demand, from /v1/rules in the language of the messages.
    item = page.locator('.finding[data-rule="id.mt.west-bengal"]')
    item.locator("button.why").click()
    explanation = item.locator(".explain")
    explanation.wait_for()
    assert "India" in explanation.inner_text() and len(explanation.inner_text()) > 40
    assert item.locator("button.why").get_attribute("aria-expanded") == "true"

    # Downloads: the findings as CSV and JSON.
    with page.expect_download() as caught:
        page.click("#export-csv")
    csv_path = tmp_path / "findings.csv"
    caught.value.save_as(csv_path)
    rows = csv_path.read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("path,line,column,end_line,end_column,severity,category,rule,message,match,suggestions")
    assert any(",id.mt.west-bengal," in row and ",Benggala Barat,Barat" in row for row in rows)
    with page.expect_download() as caught:
        page.click("#export-json")
    json_path = tmp_path / "findings.json"
    caught.value.save_as(json_path)
    import json

    exported = json.loads(json_path.read_text(encoding="utf-8"))["findings"]
    assert len(exported) == len(rows) - 1 == page.locator(".finding").count()

    # Ignoring is remembered for this article after a reload, and only for it.
    item.locator("button.ignore").click()
    assert page.locator('.finding[data-rule="id.mt.west-bengal"]').count() == 0
    page.reload()
    page.wait_for_selector("#language option[value=id]", state="attached")
    load_seed(page)
    assert page.locator('.finding[data-rule="id.mt.west-bengal"]').count() == 0
    assert "1 ignored finding" in page.locator("#ignored-row").inner_text()
    page.fill("#source", "")  # the sample's source belongs to the sample
    page.fill("#article", "Judul lain\n\nPutin juga mengangkat isu bahwa Benggala Barat menembakkan senjata ke sasaran di tanah Rusia.")
    page.click("#check")
    settled(page)
    assert page.locator('.finding[data-rule="id.mt.west-bengal"]').count() == 1


def test_messages_follow_the_chosen_language(page):
    load_seed(page)
    page.select_option("#ui-lang", "id")
    page.wait_for_function("document.querySelector('.finding[data-rule=\"id.mt.west-bengal\"]') && "
                           "document.querySelector('.finding[data-rule=\"id.mt.west-bengal\"]').innerText.includes('negara bagian di India')")
    # The page's own strings follow (gettext catalogue qa_lint/locale/id, served as JSON).
    page.wait_for_function("document.querySelector('#check').textContent === 'Periksa'")
    assert "Belum siap terbit" in page.locator("#status").inner_text()
    assert page.locator("html").get_attribute("lang") == "id"
    assert page.locator('.finding[data-rule="id.mt.west-bengal"] button.why').inner_text() == "Mengapa?"
    page.select_option("#ui-lang", "en")
    page.wait_for_function("document.querySelector('.finding[data-rule=\"id.mt.west-bengal\"]') && "
                           "document.querySelector('.finding[data-rule=\"id.mt.west-bengal\"]').innerText.includes('a state of India')")
    page.wait_for_function("document.querySelector('#check').textContent === 'Check'")


def test_the_not_checked_banner_follows_the_chosen_language(page):
    page.select_option("#ui-lang", "id")
    page.wait_for_function("document.querySelector('#check').textContent === 'Periksa'")
    check_text(page, "Putin tiba.")
    banner = page.locator("#language-banner")
    assert banner.is_visible() and "tidak bisa mengenali bahasa artikel ini" in banner.inner_text()
    assert "Pilih bahasanya:" in banner.inner_text()
    assert "Belum diperiksa" in page.locator("#status").inner_text()


@pytest.mark.parametrize("width", [1400, 390])
def test_the_page_fits_wide_and_narrow_screens(browser, server_url, tmp_path, width):
    context = browser.new_context(viewport={"width": width, "height": 900}, bypass_csp=True)
    page = context.new_page()
    try:
        page.goto(server_url)
        page.wait_for_selector("#language option[value=id]", state="attached")
        load_seed(page)
        page.screenshot(path=str(tmp_path / f"editor-{width}.png"), full_page=True)
        scroll, client = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert scroll <= client, f"horizontal overflow at {width}px: {scroll} > {client}"
        for selector in ("#article", "#check", "#status", "#filters", "#export-csv", ".finding.error button.why"):
            target = page.locator(selector).first
            target.scroll_into_view_if_needed()
            assert target.is_visible(), selector
            box = target.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= width + 0.5, (selector, box)
    finally:
        context.close()
