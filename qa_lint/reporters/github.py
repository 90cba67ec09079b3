"""github: GitHub Actions workflow commands (annotations) and a job summary.

GitHub shows at most 10 error and 10 warning annotations per step (and 10
notices), so the most severe come first, each kind is capped, and one notice
says how many more there are; those are still printed as plain log lines. When
$GITHUB_STEP_SUMMARY is set, a Markdown table of ALL findings is appended to
it. Paths are relative to the repository root, as annotations need.
"""

from __future__ import annotations

import os
import secrets

from ..findings import summarize
from .common import relative_path, repo_root

NAME = "github"

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}
PER_KIND = 10
# GitHub refuses a step summary over 1 MiB; stay well under it.
SUMMARY_LIMIT = 900_000


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    # ";" needs no escape: it is special only in the old "##[...]" syntax.
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(kind: str, message: str, **properties) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items() if value is not None)
    return f"::{kind}{' ' + props if props else ''}::{escape_data(message)}"


def annotation(f, root) -> str:
    message = f.message
    if f.suggestions:
        message += "\nSuggestion: " + " | ".join(f.suggestions[:3])
    return command(
        COMMAND.get(f.severity, "warning"),
        message,
        file=relative_path(f.path, root),
        line=f.line,
        col=f.column,
        endLine=f.end_line,
        endColumn=f.end_column,
        title=f"{f.rule} ({f.category})",
    )


def render(result, context) -> str:
    root = repo_root(context.base)
    lines = [command("error", e, title="qa-lint") for e in result.errors]
    groups = {kind: [f for f in result.findings if f.severity == kind] for kind in ("error", "warning", "info")}
    limits = {"error": max(PER_KIND - len(result.errors), 0), "warning": PER_KIND, "info": PER_KIND}
    overflow = sum(max(len(groups[k]) - limits[k], 0) for k in groups)
    if overflow:
        # The "N more" notice is itself a notice: keep a slot for it.
        limits["info"] -= 1
    shown, hidden = [], []
    for kind, findings in groups.items():
        shown += findings[: limits[kind]]
        hidden += findings[limits[kind]:]
    lines += [annotation(f, root) for f in shown]
    if hidden:
        counts = summarize(hidden)["by_severity"]
        detail = ", ".join(f"{n} {k}" for k, n in counts.items() if n)
        lines.append(command("notice", f"{len(hidden)} more qa-lint findings ({detail}) are not annotated: "
                                       "GitHub shows 10 per kind. See the job summary or the SARIF report.",
                             title="qa-lint: more findings"))
        # Plain log lines carry text from the repository (file names, matched words): with
        # workflow commands stopped around them, none can start one, and no newline in them
        # can begin a line of their own.
        token = secrets.token_hex(16)
        lines.append(f"::stop-commands::{token}")
        lines += [escape_data(f"{relative_path(f.path, root)}:{f.line}:{f.column}: {f.severity} {f.rule} {f.message}")
                  for f in hidden]
        lines.append(f"::{token}::")
    s = summarize(result.findings, len(result.files))
    lines.append(f"qa-lint: {s['total']} finding(s) in {s['files']} file(s) "
                 f"({s['by_severity']['error']} error, {s['by_severity']['warning']} warning, {s['by_severity']['info']} info)")
    summary_path = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary_path:
        with open(summary_path, "a", encoding="utf-8") as handle:
            handle.write(markdown_summary(result, root))
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    """Table cell text: GitHub renders inline HTML, and | or a newline ends a cell."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return " ".join(text.replace("|", "\\|").split())


def markdown_summary(result, root) -> str:
    s = summarize(result.findings, len(result.files))
    sev = s["by_severity"]
    out = [f"## qa-lint: {s['total']} finding{'s' if s['total'] != 1 else ''} in {s['files']} file{'s' if s['files'] != 1 else ''}", ""]
    out.append(f"**{sev['error']}** error · **{sev['warning']}** warning · **{sev['info']}** info"
               f" · blocking at `{result.fail_on}`: **{'yes' if result.blocking else 'no'}**")
    if s["by_category"]:
        out += ["", "By category: " + ", ".join(f"{c} {n}" for c, n in s["by_category"].items())]
    for e in result.errors:
        out += ["", f"- :x: {_cell(e)}"]
    if result.findings:
        out += ["", "| Severity | File | Line:Col | Rule | Message | Suggestion |", "|---|---|---|---|---|---|"]
        size = sum(len(x) + 1 for x in out)
        for i, f in enumerate(result.findings):
            row = (f"| {f.severity} | {_cell(relative_path(f.path, root))} | {f.line}:{f.column} | `{_cell(f.rule)}` "
                   f"| {_cell(f.message)} | {_cell(' / '.join(f.suggestions[:3]))} |")
            size += len(row.encode("utf-8")) + 1
            if size > SUMMARY_LIMIT:
                out.append(f"\n{len(result.findings) - i} more findings left out: the job summary is limited to 1 MiB.")
                break
            out.append(row)
    return "\n".join(out) + "\n\n"
