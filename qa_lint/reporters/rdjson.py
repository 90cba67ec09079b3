"""rdjson: reviewdog's Diagnostic Format (DiagnosticResult as JSON).

For ``reviewdog -f=rdjson``. reviewdog counts columns in UTF-8 bytes, not
characters, and its range end is exclusive; suggestions replace the finding's
range. Paths are relative to the report's base folder (reviewdog's working
folder).
"""

from __future__ import annotations

import json

from ..units import code_units
from .common import documents, relative_path

NAME = "rdjson"

SEVERITY = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


def byte_column(doc, line: int, column: int) -> int:
    """1-based UTF-8 byte column of a 1-based code-point column."""
    if doc is None or line > len(doc.line_starts):
        return column
    start = doc.line_starts[line - 1]
    return code_units(doc.text[start:start + column - 1], "utf-8") + 1


def render(result, context) -> str:
    docs = documents(result)
    base = context.base.resolve()
    diagnostics = []
    for f in result.findings:
        doc = docs.get(f.path)
        span = {
            "start": {"line": f.line, "column": byte_column(doc, f.line, f.column)},
            "end": {"line": f.end_line, "column": byte_column(doc, f.end_line, f.end_column)},
        }
        diagnostic = {
            "message": f.message,
            "location": {"path": relative_path(f.path, base), "range": span},
            "severity": SEVERITY.get(f.severity, "WARNING"),
            "code": {"value": f.rule},
        }
        if f.suggestions:
            diagnostic["suggestions"] = [{"range": span, "text": text} for text in f.suggestions]
        diagnostics.append(diagnostic)
    payload = {"source": {"name": "qa-lint"}, "diagnostics": diagnostics}
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
