"""junit: JUnit XML for CI test-report views (GitLab, Jenkins, Azure, ...).

One testcase per checked file: CI views list test cases and show a failure's
text, so a file is a readable unit - clean files show as passed, and a failed
file lists all its findings, one per line. A file fails when it has findings
at or above --fail-on (the same rule as the exit code); findings below that
go to <system-out>. A file that could not be read is an <error>.
"""

from __future__ import annotations

from ..findings import Finding, at_or_above
from .common import xml_safe

NAME = "junit"


def _line(f) -> str:
    text = f"{f.path}:{f.line}:{f.column}: {f.severity} {f.rule} {f.message}"
    if f.suggestions:
        text += f" [suggestion: {' | '.join(f.suggestions[:3])}]"
    return text


def render(result, context) -> str:
    import xml.etree.ElementTree as ET  # only when this format is asked for (cold start)

    suites = ET.Element("testsuites", name="qa-lint")
    suite = ET.SubElement(suites, "testsuite", name="qa-lint")
    failures = errors = 0
    total_time = 0.0
    for file_result in result.files:
        total_time += file_result.seconds
        case = ET.SubElement(suite, "testcase", classname="qa-lint", name=xml_safe(file_result.path),
                             file=xml_safe(file_result.path), time=f"{file_result.seconds:.3f}")
        if file_result.error:
            errors += 1
            ET.SubElement(case, "error", message=xml_safe(file_result.error), type="read-error").text = xml_safe(file_result.error)
            continue
        blocking: list[Finding] = []
        other: list[Finding] = []
        for f in file_result.findings:
            (blocking if at_or_above(f.severity, result.fail_on) else other).append(f)
        if blocking:
            failures += 1
            noun = "finding" if len(blocking) == 1 else "findings"
            failure = ET.SubElement(case, "failure", type="qa-lint",
                                    message=xml_safe(f"{len(blocking)} {noun} at or above {result.fail_on}"))
            failure.text = xml_safe("\n".join(_line(f) for f in blocking))
        if other:
            ET.SubElement(case, "system-out").text = xml_safe("\n".join(_line(f) for f in other))
    for element in (suites, suite):
        element.set("tests", str(len(result.files)))
        element.set("failures", str(failures))
        element.set("errors", str(errors))
        element.set("time", f"{total_time:.3f}")
    suite.set("skipped", "0")
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
