"""text: one finding per line, then a summary line.

Two layouts of the same lines:

- concise (piped, or ``--format concise``): ``path:line:col: severity rule-id message [suggestion]``,
  the layout editors' error parsers and grep expect;
- grouped (a terminal, or ``--format grouped``): the path once, then
  ``  line:col  severity  message [suggestion]  rule-id`` for each of its findings, as ruff does.

Colour (ANSI, only when asked: a terminal without NO_COLOR, or ``--color always``)
never changes the text. Whatever a message or a match holds, a finding stays on one
line: line breaks inside them are shown as spaces.
"""

from __future__ import annotations

import regex

from .. import i18n, mqm
from ..findings import summarize

NAME = "text"

_BREAKS = regex.compile(r"[ \t]*(?:\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029])[ \t]*")

# SGR codes; the plain layout is the same text without them.
RESET = "\x1b[0m"
STYLE = {
    "path": "\x1b[1m",
    "error": "\x1b[1;31m",
    "warning": "\x1b[1;33m",
    "info": "\x1b[1;34m",
    "rule": "\x1b[2m",
    "suggestion": "\x1b[32m",
    "fixable": "\x1b[36m",
    "position": "\x1b[2m",
}


def one_line(text: str) -> str:
    """Line breaks (and the blanks around them) inside a message become one space."""
    return _BREAKS.sub(" ", text)


def _paint(text: str, style: str, colour: bool) -> str:
    return f"{STYLE[style]}{text}{RESET}" if colour and text else text


def _suggestion(f, colour: bool) -> str:
    if not f.suggestions:
        return ""
    return " [" + _paint(" | ".join(one_line(s) for s in f.suggestions[:3]), "suggestion", colour) + "]"


def format_finding(f, colour: bool = False) -> str:
    """The concise layout of one finding."""
    return (f"{_paint(f.path, 'path', colour)}:{f.line}:{f.column}: {_paint(f.severity, f.severity, colour)} "
            f"{_paint(f.rule, 'rule', colour)} {one_line(f.message)}{_suggestion(f, colour)}")


def grouped_lines(file_result, colour: bool = False) -> list[str]:
    """The grouped layout of one file: its path, then its findings indented."""
    if not file_result.findings:
        return []
    width = max(len(f"{f.line}:{f.column}") for f in file_result.findings)
    lines = [_paint(file_result.path, "path", colour)]
    for f in file_result.findings:
        position = f"{f.line}:{f.column}".ljust(width)
        mark = _paint(" [*]", "fixable", colour) if f.fix == "safe" else ""
        lines.append(f"  {_paint(position, 'position', colour)}  {_paint(f.severity.ljust(7), f.severity, colour)} "
                     f"{one_line(f.message)}{_suggestion(f, colour)}{mark}  {_paint(f.rule, 'rule', colour)}")
    lines.append("")
    return lines


def file_lines(file_result, context) -> list[str]:
    """What one checked file contributes before the summary (streamed as files finish)."""
    colour = getattr(context, "colour", False)
    if getattr(context, "style", "concise") == "grouped":
        return grouped_lines(file_result, colour)
    return [format_finding(f, colour) for f in file_result.findings]


def render(result, context) -> str:
    lines = [line for r in result.files for line in file_lines(r, context)]
    lines.extend(tail_lines(result, context))
    return "\n".join(lines) + "\n"


def tail_lines(result, context, fixed: int = 0) -> list[str]:
    """Errors, MQM scores and the summary line, after every file's findings."""
    lines = [f"error: {one_line(e)}" for e in result.errors]
    # The MQM score of documents checked against a source, or when a threshold is configured
    # (before the summary line, which stays last).
    for r in result.files:
        if r.mqm and (getattr(r, "pair", None) is not None or r.mqm.get("threshold") is not None):
            lines.append(mqm.text_line(r.path, r.mqm))
    lines.append(summary_line(result, getattr(context, "ui_lang", None), fixed))
    if getattr(context, "stats", False):
        lines.extend(stats_lines(result))
    return lines


def summary_line(result, ui_lang: str | None = None, fixed: int = 0) -> str:
    """'3 findings in 2 files: 1 error, 2 warning, 0 info', in the reader's language (--ui-lang)."""
    _ = i18n.gettext_for(ui_lang)
    ngettext = i18n.ngettext_for(ui_lang)
    s = summarize(result.findings, len(result.files))
    sev = s["by_severity"]
    fixable = sum(1 for f in result.findings if f.fix == "safe")
    line = (ngettext("{total} finding", "{total} findings", s["total"]).format(total=s["total"]) + " "
            + ngettext("in {files} file", "in {files} files", s["files"]).format(files=s["files"]) + ": "
            + _("{error} error, {warning} warning, {info} info").format(**sev))
    if result.errors:
        line += "; " + _("{count} file(s) could not be checked").format(count=len(result.errors))
    if fixed:
        line += "; " + _("{count} fixed").format(count=fixed)
    elif fixable:
        line += "; " + _("{count} fixable with --fix").format(count=fixable)
    return line


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
    spent = rule_seconds(result)
    total = sum(spent.values()) or 1.0
    for rule, seconds in sorted(spent.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"  time rule {rule}: {seconds * 1000:.1f} ms ({seconds / total:.0%})")
    return lines


def rule_seconds(result) -> dict[str, float]:
    """Time each rule (check) took over all files: where a slow run spends it."""
    spent: dict[str, float] = {}
    for r in result.files:
        for rule, seconds in getattr(r, "rule_seconds", {}).items():
            spent[rule] = spent.get(rule, 0.0) + seconds
    return spent


def statistics(result, rules: dict) -> str:
    """--statistics: one line per rule that fired, most frequent first (ruff's table)."""
    by_rule: dict[str, list] = {}
    for f in result.findings:
        by_rule.setdefault(f.rule, []).append(f)
    rows = []
    for rule_id, found in sorted(by_rule.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        rule = rules.get(rule_id)
        gist = regex.sub(r"\{[a-z_]+\}", "…", rule.message) if rule is not None else found[0].message
        fixable = "[*]" if any(f.fix == "safe" for f in found) else "   "
        rows.append((str(len(found)), rule_id, found[0].severity, fixable, one_line(gist)))
    if not rows:
        return ""
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    return "".join(f"{row[0].rjust(widths[0])}  {row[1].ljust(widths[1])}  {row[2].ljust(widths[2])}  {row[3]} {row[4]}\n"
                   for row in rows)
