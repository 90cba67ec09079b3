"""sarif: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

One result per finding. URIs are relative to the repository root (the git
work tree around the report's base folder) under ``%SRCROOT%``; regions are
1-based with exclusive end columns counted in Unicode code points, which the
run declares with ``columnKind``. Each bundled rule links its documentation
(``helpUri``, an anchor in docs/rules.md).

GitHub code scanning takes at most 25,000 results per run: beyond that the most
severe are kept (errors, then warnings, then notes, in file order) and the run
says how many were left out, in a notification and in its properties.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote

import regex

from .. import mqm
from .common import by_severity, example_texts, relative_path, repo_root, rule_help_uri, rule_info

NAME = "sarif"

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
# GitHub sorts alerts by this property; it knows error/warning/recommendation.
PROBLEM_SEVERITY = {"error": "error", "warning": "warning", "info": "recommendation"}
SRCROOT = "%SRCROOT%"
MAX_FIXES = 3
MAX_RESULTS = 25_000  # GitHub code scanning's limit per run


def render(result, context) -> str:
    root = repo_root(context.base)
    findings = result.findings
    left_out = max(len(findings) - MAX_RESULTS, 0)
    if left_out:
        kept = {id(f) for f in by_severity(findings)[:MAX_RESULTS]}
        findings = [f for f in findings if id(f) in kept]
    infos = rule_info(findings, context.rules)
    index = {rule_id: i for i, rule_id in enumerate(infos)}
    seen: dict[tuple, int] = {}
    results = []
    for f in findings:
        uri = relative_path(f.path, root)
        results.append(_result(f, uri, index[f.rule], _fingerprint(f, uri, seen), root))
    run: dict[str, Any] = {
        "tool": {"driver": _driver(infos.values(), context.version)},
        "columnKind": "unicodeCodePoints",
        "originalUriBaseIds": {SRCROOT: {"uri": root.as_uri().rstrip("/") + "/"}},
        "invocations": [_invocation(result, left_out)],
        "results": results,
    }
    # Per-document MQM scores (penalty per 1,000 words, pass/fail) as run properties.
    run["properties"] = {"mqm": mqm.report(result)}
    if left_out:
        run["properties"]["resultsLeftOut"] = left_out
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _driver(infos, version: str) -> dict:
    driver = {"name": "qa-lint", "rules": [_rule(info) for info in infos]}
    if version:
        driver["version"] = version
        if regex.fullmatch(r"\d+\.\d+\.\d+(?:[-+].*)?", version):
            driver["semanticVersion"] = version
    return driver


def _rule(info) -> dict:
    short = _first_sentence(info.description) or _unfilled(info.message)
    full = " ".join(info.description.split()) or short
    bad, good = example_texts(info.examples, "bad"), example_texts(info.examples, "good")
    text_lines, md_lines = [full], [_md(full)]
    for title, items in (("Flagged", bad), ("Not flagged", good)):
        if items:
            text_lines += ["", f"{title}:"] + [f"  - {t}" for t in items]
            md_lines += ["", f"**{title}:**", ""] + [f"- {_md(t)}" for t in items]
    md_lines += ["", f"Category: `{info.category}` · MQM: `{info.mqm}`" + (f" · pack: `{info.pack}`" if info.pack else "")]
    described = {"helpUri": rule_help_uri(info.id)} if info.bundled else {}
    return {
        "id": info.id,
        **described,
        "shortDescription": {"text": short},
        "fullDescription": {"text": full},
        "help": {"text": "\n".join(text_lines), "markdown": "\n".join(md_lines)},
        "defaultConfiguration": {"level": LEVEL.get(info.severity, "warning")},
        "properties": {
            "tags": ["qa-lint", info.category, info.mqm],
            "category": info.category,
            "mqm": info.mqm,
            "problem.severity": PROBLEM_SEVERITY.get(info.severity, "warning"),
        },
    }


def _region(line, column, end_line, end_column, offset=None, length=None, snippet=None) -> dict:
    region = {"startLine": line, "startColumn": column}
    if end_line is not None:
        region["endLine"] = end_line
    if end_column is not None:
        region["endColumn"] = end_column
    if offset is not None:
        region["charOffset"] = offset
        if length is not None:
            region["charLength"] = length
    if snippet:
        region["snippet"] = {"text": snippet}
    return region


def _artifact(path: str) -> dict:
    """A repo-relative path as a URI reference under %SRCROOT% (percent-encoded,
    so spaces, "%" and a colon in a file name stay a path); outside the
    repository, an absolute file: URI."""
    if PurePosixPath(path).is_absolute():
        return {"uri": "file://" + quote(path)}
    return {"uri": quote(path, safe="/-._~!$&'()*+,;=@"), "uriBaseId": SRCROOT}


def _location(path: str, region: dict) -> dict:
    return {"physicalLocation": {"artifactLocation": _artifact(path), "region": region}}


def _result(f, uri: str, rule_index: int, fingerprint: str, root=None) -> dict:
    message = f.message
    if f.suggestions:
        message += " Suggestion: " + " | ".join(f.suggestions[:MAX_FIXES])
    out = {
        "ruleId": f.rule,
        "ruleIndex": rule_index,
        "level": LEVEL.get(f.severity, "warning"),
        "message": {"text": message},
        "locations": [_location(uri, _region(f.line, f.column, f.end_line, f.end_column, f.offset, f.length, f.match))],
        "partialFingerprints": {"qaLintMatch/v1": fingerprint},
        "properties": {"category": f.category, "mqm": f.mqm, "severity": f.severity},
    }
    if f.suggestions:
        deleted = _region(f.line, f.column, f.end_line, f.end_column, f.offset, f.length)
        out["fixes"] = [
            {
                "description": {"text": f'Replace "{f.match}" with "{text}"'},
                "artifactChanges": [{
                    "artifactLocation": _artifact(uri),
                    "replacements": [{"deletedRegion": deleted, "insertedContent": {"text": text}}],
                }],
            }
            for text in f.suggestions[:MAX_FIXES]
        ]
    if f.related:
        out["relatedLocations"] = [
            {"id": i, **_location(relative_path(r.path, root) if (r.path and root is not None and r.path != f.path) else uri,
                                  _region(r.line, r.column, r.end_line, r.end_column, r.offset, r.length)),
             "message": {"text": r.message}}
            for i, r in enumerate(f.related, 1)
        ]
    return out


def _invocation(result, left_out: int = 0) -> dict:
    invocation: dict[str, Any] = {"executionSuccessful": not result.errors}
    notes = [{"level": "error", "message": {"text": e}} for e in result.errors]
    if left_out:
        notes.append({"level": "warning", "message": {"text": (
            f"{left_out} of {left_out + MAX_RESULTS} findings are left out of this report: GitHub code scanning "
            f"takes at most {MAX_RESULTS:,} results per run, so the most severe are kept. "
            "Run qa-lint with --format json for all of them.")}})
    if notes:
        invocation["toolExecutionNotifications"] = notes
    return invocation


def _fingerprint(f, uri: str, seen: dict) -> str:
    """Stable across edits elsewhere in the file: rule, file, matched text and
    which occurrence of that match it is - not the line number."""
    key = (f.rule, uri, f.match)
    seen[key] = seen.get(key, 0) + 1
    return hashlib.sha256("\x1f".join([*key, str(seen[key])]).encode("utf-8")).hexdigest()[:32]


def _first_sentence(text: str) -> str:
    text = " ".join(text.split())
    match = regex.match(r"(.+?[.!?])(?:\s|$)", text)
    return match.group(1) if match else text


def _unfilled(template: str) -> str:
    """A message template without its {placeholders}, for rule-level text."""
    return regex.sub(r"\{[a-z_]+\}", "…", template)


def _md(text: str) -> str:
    """Plain text made safe inside Markdown (no accidental emphasis, links or HTML)."""
    return regex.sub(r"([\\`*_\[\]<>|~])", r"\\\1", text)
