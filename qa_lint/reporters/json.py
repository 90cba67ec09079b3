"""json: ``{"version", "findings": [...], "summary": {...}}`` as in DESIGN.md."""

from __future__ import annotations

import json

from .. import mqm
from ..findings import summarize
from .text import rule_seconds

NAME = "json"


def render(result, context) -> str:
    summary = summarize(result.findings, len(result.files))
    summary["errors"] = result.errors
    summary["blocking"] = result.blocking
    summary["fail_on"] = result.fail_on
    summary["mqm"] = mqm.report(result)
    if context.stats:
        summary["timings_ms"] = {k: round(v * 1000, 3) for k, v in result.timings.items()}
        summary["rule_timings_ms"] = {k: round(v * 1000, 3) for k, v in sorted(rule_seconds(result).items())}
    payload = {
        "version": context.version,
        "findings": [f.to_dict() for f in result.findings],
        "summary": summary,
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
