"""SARIF for GitHub code scanning (issue 13, point 5): a documentation link per bundled
rule that lands on its own heading in docs/rules.md, and GitHub's 25,000-result cap."""

import json
import os
import re
import subprocess
import sys

from conftest import ROOT

from qa_lint import packs
from qa_lint.api import FileResult, LintResult
from qa_lint.findings import Finding
from qa_lint.reporters import ReportContext, registry
from qa_lint.reporters.common import DOCS_URL, rule_anchor
from qa_lint.reporters.sarif import MAX_RESULTS

RULES_DOC = ROOT / "docs" / "rules.md"


def github_anchors(markdown: str) -> set[str]:
    """The anchors GitHub gives the headings of a Markdown page."""
    return {re.sub(r"[^\w\- ]", "", m.group(1).strip().lower()).replace(" ", "-")
            for m in re.finditer(r"^#{1,6} (.+)$", markdown, re.M)}


def test_every_bundled_rule_has_its_heading_in_the_rules_reference():
    anchors = github_anchors(RULES_DOC.read_text(encoding="utf-8"))
    missing = [r.id for r in packs.load([]).rules if rule_anchor(r.id) not in anchors]
    assert not missing, f"docs/rules.md is out of date (python3 tools/rules_reference.py): {missing[:5]}"


def test_sarif_links_each_bundled_rule_to_its_heading(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Putin juga mengangkat isu bahwa Benggala Barat menembakkan senjata ke sasaran di tanah Rusia.\n",
                       encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "qa_lint", "check", str(article), "--format", "sarif", "--lang", "id"],
                         capture_output=True, text=True, cwd=tmp_path, env={**os.environ, "QA_LINT_DOCS_URL": "https://docs.example/qa"})
    rules = json.loads(out.stdout)["runs"][0]["tool"]["driver"]["rules"]
    bengal = next(r for r in rules if r["id"] == "id.mt.west-bengal")
    assert bengal["helpUri"] == "https://docs.example/qa/rules.md#idmtwest-bengal"
    assert "idmtwest-bengal" in github_anchors(RULES_DOC.read_text(encoding="utf-8"))
    assert DOCS_URL.endswith("/docs")


def test_sarif_keeps_github_s_limit_most_severe_first_and_says_so():
    findings = [Finding(path="a.txt", line=i + 1, column=1, end_line=i + 1, end_column=3, offset=0, length=2,
                        rule="ext.rule", severity="warning" if i else "info", category="style", mqm="other",
                        message="m", match="ab")
                for i in range(MAX_RESULTS + 5)]
    findings.append(Finding(path="a.txt", line=9, column=1, end_line=9, end_column=3, offset=0, length=2,
                            rule="ext.error", severity="error", category="style", mqm="other", message="e", match="ab"))
    log = json.loads(registry()["sarif"].render(LintResult(files=[FileResult("a.txt", findings)]), ReportContext()))
    run = log["runs"][0]
    assert len(run["results"]) == MAX_RESULTS
    assert run["properties"]["resultsLeftOut"] == 6
    assert any(r["ruleId"] == "ext.error" for r in run["results"])  # the error is kept
    assert not any(r["level"] == "note" for r in run["results"])  # the info is one of those left out
    note = run["invocations"][0]["toolExecutionNotifications"][-1]["message"]["text"]
    assert "6 of 25006 findings are left out" in note and "25,000" in note
    assert "helpUri" not in run["tool"]["driver"]["rules"][0]  # not a bundled rule: no page to link
