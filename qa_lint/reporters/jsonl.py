"""jsonl: one finding per line as a JSON object (the keys of the json format's findings),
sorted by path, offset and rule, for archives and line tools (``qa-lint audit`` writes the
same lines); no summary line: count the lines."""

from __future__ import annotations

import json

NAME = "jsonl"


def line(finding: dict) -> str:
    return json.dumps(finding, ensure_ascii=False, sort_keys=True)


def sort_key(finding: dict) -> tuple:
    """A total order on findings that does not depend on how they were computed."""
    return (finding["path"], finding["offset"], finding["length"], finding["rule"], line(finding))


def lines(findings: list[dict]) -> list[str]:
    return [line(f) for f in sorted(findings, key=sort_key)]


def render(result, context) -> str:
    found = lines([f.to_dict() for f in result.findings])
    return "".join(text + "\n" for text in found)
