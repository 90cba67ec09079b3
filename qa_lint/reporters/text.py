"""text: ``path:line:col: severity rule-id message [suggestion]`` and a summary line."""

from __future__ import annotations

from .. import mqm
from ..findings import summarize

NAME = "text"


def format_finding(f) -> str:
    line = f"{f.path}:{f.line}:{f.column}: {f.severity} {f.rule} {f.message}"
    if f.suggestions:
        line += " [" + " | ".join(f.suggestions[:3]) + "]"
    return line


def render(result, context) -> str:
    lines = [format_finding(f) for f in result.findings]
    lines.extend(f"error: {e}" for e in result.errors)
    # The MQM score of documents checked against a source, or when a threshold is configured
    # (before the summary line, which stays last).
    for r in result.files:
        if r.mqm and (getattr(r, "pair", None) is not None or r.mqm.get("threshold") is not None):
            lines.append(mqm.text_line(r.path, r.mqm))
    s = summarize(result.findings, len(result.files))
    sev = s["by_severity"]
    noun = "file" if s["files"] == 1 else "files"
    lines.append(
        f"{s['total']} finding{'s' if s['total'] != 1 else ''} in {s['files']} {noun}: "
        f"{sev['error']} error, {sev['warning']} warning, {sev['info']} info"
        + (f"; {len(result.errors)} file(s) could not be checked" if result.errors else "")
    )
    if context.stats:
        lines.extend(stats_lines(result))
    return "\n".join(lines) + "\n"


def stats_lines(result) -> list[str]:
    lines = ["", "stats:"]
    for r in result.files:
        lines.append(f"  {r.path}: {len(r.findings)} findings, language {r.language or '?'}, {r.seconds * 1000:.1f} ms")
    by_rule: dict[str, int] = {}
    for f in result.findings:
        by_rule[f.rule] = by_rule.get(f.rule, 0) + 1
    for rule, count in sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"  {count:5d}  {rule}")
    for name, seconds in sorted(result.timings.items()):
        lines.append(f"  time {name}: {seconds * 1000:.1f} ms")
    return lines
