"""checkstyle: Checkstyle XML, which many CI tools and reviewdog read.

Every checked file gets a <file> element (empty when clean) so a consumer can
tell "checked, nothing found" from "not checked".
"""

from __future__ import annotations

from .common import xml_safe

NAME = "checkstyle"

# Checkstyle's own severities: error, warning, info, ignore.
SEVERITY = {"error": "error", "warning": "warning", "info": "info"}


def render(result, context) -> str:
    import xml.etree.ElementTree as ET  # only when this format is asked for (cold start)

    root = ET.Element("checkstyle", version="4.3")
    for file_result in result.files:
        element = ET.SubElement(root, "file", name=xml_safe(file_result.path))
        if file_result.error:
            ET.SubElement(element, "error", line="1", severity="error", message=xml_safe(file_result.error), source="qa-lint")
        for f in file_result.findings:
            message = f.message + (f" (suggestion: {' | '.join(f.suggestions[:3])})" if f.suggestions else "")
            ET.SubElement(
                element,
                "error",
                line=str(f.line),
                column=str(f.column),
                severity=SEVERITY.get(f.severity, "warning"),
                message=xml_safe(message),
                source=xml_safe(f"qa-lint.{f.rule}"),
            )
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
