"""html: one self-contained page for editors.

Counts by severity and category, severity filters, an index of the files, then
each file: its findings grouped by severity, then the article with them
highlighted in place (a file without findings is collapsed). A highlight shows
its message and suggestion on hover and on keyboard focus (each highlight is
focusable and described by its tooltip for screen readers). The findings can be
downloaded as JSON or CSV (data: links). No external assets and no script (the
filters are checkboxes styled with CSS :has()): the page works offline, in a
mail attachment, and on paper.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
from html import escape
from urllib.parse import quote

from .. import i18n, mqm
from ..findings import SEVERITIES, summarize
from .common import by_severity

NAME = "html"

CSS = """
:root { --err: #b3261e; --err-bg: #fde4e1; --warn: #8a5a00; --warn-bg: #fff1c7; --info: #0b57a4; --info-bg: #e1eefc;
        --ink: #1d1d1f; --muted: #5f6368; --rule: #d9dce0; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem 2rem 4rem; color: var(--ink); background: #fff;
       font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; border-bottom: 1px solid var(--rule); padding-bottom: .3rem; }
h2 small { font-weight: normal; color: var(--muted); font-size: .85rem; margin-left: .5rem; }
.meta { color: var(--muted); margin: 0; }
.cards { display: flex; flex-wrap: wrap; gap: 1rem; margin-top: 1.25rem; }
.card { border: 1px solid var(--rule); border-radius: 8px; padding: .75rem 1rem; min-width: 14rem; }
.card h3 { margin: 0 0 .4rem; font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
.card table td { padding: .1rem .6rem .1rem 0; }
.card td.n { text-align: right; font-variant-numeric: tabular-nums; font-weight: 600; }
.verdict { display: inline-block; margin-top: .6rem; padding: .2rem .7rem; border-radius: 999px; font-weight: 600; }
.verdict.block { background: var(--err-bg); color: var(--err); }
.verdict.ok { background: #e2f3e5; color: #1e6b34; }
.badge { display: inline-block; min-width: 4.2rem; text-align: center; padding: 0 .45rem; border-radius: 4px;
         font-size: .8rem; font-weight: 600; }
.badge.error { background: var(--err-bg); color: var(--err); }
.badge.warning { background: var(--warn-bg); color: var(--warn); }
.badge.info { background: var(--info-bg); color: var(--info); }
table.findings { border-collapse: collapse; width: 100%; font-size: .9rem; }
table.findings th, table.findings td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--rule); }
table.findings th { background: #f6f7f8; position: sticky; top: 0; }
table.findings td.pos { white-space: nowrap; font-variant-numeric: tabular-nums; }
table.findings code { font-size: .8rem; color: var(--muted); word-break: break-all; }
table.findings tr:target { outline: 2px solid var(--info); }
.sugg { font-weight: 600; }
a { color: var(--info); }
.article { border: 1px solid var(--rule); border-radius: 8px; padding: .75rem 0; font: 17px/1.7 Georgia, "Times New Roman", serif; }
.line { display: grid; grid-template-columns: 3.5rem 1fr; }
.ln { color: #9aa0a6; text-align: right; padding-right: 1rem; font: 12px/2.2 ui-monospace, monospace; user-select: none; }
.tx { white-space: pre-wrap; overflow-wrap: anywhere; padding-right: 1rem; min-height: 1.7em; }
.hl { position: relative; }
mark { color: inherit; background: none; border-radius: 2px; text-decoration: underline wavy; text-decoration-skip-ink: none;
       text-underline-offset: 3px; cursor: help; }
mark.error { background: var(--err-bg); text-decoration-color: var(--err); }
mark.warning { background: var(--warn-bg); text-decoration-color: var(--warn); }
mark.info { background: var(--info-bg); text-decoration-color: var(--info); }
mark:focus { outline: 2px solid var(--ink); outline-offset: 1px; }
mark:target { outline: 2px solid var(--info); }
sup.ref { font: 600 10px/1 system-ui, sans-serif; margin-left: 1px; }
sup.ref a { text-decoration: none; }
.tip { display: none; position: absolute; left: 0; top: calc(100% + 6px); z-index: 10; width: max-content; max-width: min(30rem, 80vw);
       background: #fff; color: var(--ink); border: 1px solid var(--rule); border-radius: 6px; padding: .5rem .7rem;
       box-shadow: 0 4px 16px rgba(0,0,0,.15); font: 14px/1.45 system-ui, sans-serif; white-space: normal; }
.tip p { margin: 0; }
.tip p + p { margin-top: .45rem; padding-top: .45rem; border-top: 1px solid var(--rule); }
.hl:hover .tip, .hl:focus-within .tip { display: block; }
.error-box { color: var(--err); background: var(--err-bg); padding: .5rem .8rem; border-radius: 6px; }
.none { color: var(--muted); }
.related { color: var(--muted); font-size: .85em; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: .5rem; background: #fff; padding: .2rem .5rem; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; }
.tools { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: center; margin: 1.25rem 0 .5rem; }
.tools fieldset { border: 1px solid var(--rule); border-radius: 8px; padding: .3rem .8rem; margin: 0; display: flex; flex-wrap: wrap; gap: .2rem 1rem; }
.tools legend { font-size: .8rem; color: var(--muted); padding: 0 .3rem; }
.tools label { white-space: nowrap; cursor: pointer; }
.export a { margin-right: .75rem; }
nav.index table { border-collapse: collapse; font-size: .9rem; width: 100%; }
nav.index td, nav.index th { text-align: left; padding: .2rem .5rem; border-bottom: 1px solid var(--rule); }
nav.index td.n, nav.index th.n { text-align: right; font-variant-numeric: tabular-nums; }
nav.index td.path { overflow-wrap: anywhere; }
details.file { margin: 1.5rem 0; }
details.file > summary { cursor: pointer; list-style-position: outside; }
details.file > summary h2 { display: inline; border: none; font-size: 1.2rem; overflow-wrap: anywhere; }
details.file > summary::after { content: ""; display: block; border-bottom: 1px solid var(--rule); margin-top: .3rem; }
.clean-note { color: #1e6b34; }
h3.sev { font-size: 1rem; margin: 1rem 0 .4rem; }
.table-wrap { overflow-x: auto; }
/* Severity filters: an unticked box hides that severity's rows and plain-marks its highlights. */
body:has(#show-error:not(:checked)) .sev-error,
body:has(#show-warning:not(:checked)) .sev-warning,
body:has(#show-info:not(:checked)) .sev-info { display: none; }
body:has(#show-error:not(:checked)) mark.error,
body:has(#show-warning:not(:checked)) mark.warning,
body:has(#show-info:not(:checked)) mark.info { background: none; text-decoration: none; }
body:has(#show-clean:not(:checked)) .clean { display: none; }
@media (max-width: 40rem) {
  body { padding: 1rem .75rem 3rem; }
  .line { grid-template-columns: 2.2rem 1fr; }
  .ln { padding-right: .4rem; }
  table.findings th:nth-child(4), table.findings td:nth-child(4) { display: none; }
}
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  .tip { display: none !important; }
  h2 { break-after: avoid; }
  table.findings th { position: static; }
  table.findings tr, .line { break-inside: avoid; }
  .article { border: none; padding: 0; font-size: 11pt; }
  mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
  .skip, .screen, .tools { display: none; }
  details.file { display: block; }
  @page { margin: 15mm; }
}
"""


def N_(text: str) -> str:
    """Marks a string for extraction only (pybabel's default keywords include N_)."""
    return text


def N_plural(one: str, many: str) -> tuple[str, str]:
    return one, many


# The strings the page uses inside f-strings, marked here for `pybabel extract`: Python
# 3.11 reads an f-string as one token, so calls inside it are not seen.
_MARKED = (
    N_("qa-lint report"),
    N_("qa-lint report: {findings}"),
    N_("Generated by qa-lint{version}. Severity threshold: {threshold}."),
    N_("Skip to the articles"),
    N_("{findings} in {files}."),
    N_("Hover over or tab to a highlight to read its message and suggestion."),
    N_("Articles"),
    N_("error"),
    N_("warning"),
    N_("info"),
    N_("never"),
    N_("Filters and downloads"),
    N_("Show"),
    N_("files without findings"),
    N_("Download:"),
    N_("could not be checked"),
    N_("clean"),
    N_("Files"),
    N_("File"),
    N_("language {language}"),
    N_("Not ready: findings at or above {threshold}"),
    N_("Ready: nothing at or above {threshold}"),
    N_("pass"),
    N_("FAIL"),
    N_("{path}: per 1,000 words"),
    N_("none"),
    N_("Counts"),
    N_("By severity"),
    N_("By category"),
    N_("MQM penalty"),
    N_("points"),
    N_("Errors"),
    N_("Warnings"),
    N_("Info"),
    N_("Where"),
    N_("Message"),
    N_("Category"),
    N_("Suggestion"),
    N_("Show finding {number} in the article"),
    N_("line {line}, col {column}"),
    N_("See {path} line {line}, col {column}:"),
    N_("See line {line}, col {column}:"),
    N_("The article text is not available."),
    N_("Suggestion:"),
    N_("finding {number} in the table"),
    N_plural("{count} finding", "{count} findings"),
    N_plural("{count} file", "{count} files"),
    N_plural("{count} finding", "{count} findings"),
    N_plural("{count} file could not be checked", "{count} files could not be checked"),
)


# The page's fixed strings in the reader's language (gettext, qa_lint/i18n.py); set per render.
_ = i18n.gettext_for(None)
ngettext = i18n.ngettext_for(None)


def page_language(result, context) -> str:
    """--ui-lang, else the language all the files' messages are in, else English."""
    asked = getattr(context, "ui_lang", None)
    if asked:
        return asked
    found = {r.document.ui_lang for r in result.files if r.document is not None and r.document.ui_lang}
    return found.pop() if len(found) == 1 else "en"


def render(result, context) -> str:
    global _, ngettext
    language = page_language(result, context)
    _, ngettext = i18n.gettext_for(language), i18n.ngettext_for(language)
    findings = result.findings
    number = {id(f): i for i, f in enumerate(findings, 1)}
    s = summarize(findings, len(result.files))
    count = ngettext("{count} finding", "{count} findings", s["total"]).format(count=s["total"])
    files = ngettext("{count} file", "{count} files", s["files"]).format(count=s["files"])
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(language)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="qa-lint">',
        f"<title>{escape(_('qa-lint report: {findings}').format(findings=count))}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        f'<a class="skip" href="#articles">{escape(_("Skip to the articles"))}</a>',
        "<header>",
        f"<h1>{escape(_('qa-lint report'))}</h1>",
        f'<p class="meta">{escape(_("{findings} in {files}.").format(findings=count, files=files))}<span class="screen"> '
        f'{escape(_("Hover over or tab to a highlight to read its message and suggestion."))}</span></p>',
        _verdict(result),
        "</header>",
        _counts(s, _mqm_rows(result)),
        _tools(findings),
        _index(result),
        f'<section id="articles" aria-label="{escape(_("Articles"))}">',
    ]
    tip_ids = itertools.count(1)  # unique tooltip ids within the page
    for i, file_result in enumerate(result.files, 1):
        parts.append(_file(file_result, i, number, tip_ids))
    parts.append("</section>")
    version = f" {context.version}" if context.version else ""
    parts.append(f"<footer>{escape(_('Generated by qa-lint{version}. Severity threshold: {threshold}.').format(version=version, threshold=severity_name(result.fail_on)))}</footer>")
    parts += ["</body>", "</html>"]
    return "\n".join(parts) + "\n"


def severity_name(severity: str) -> str:
    names = {"error": _("error"), "warning": _("warning"), "info": _("info"), "never": _("never")}
    return names.get(severity, severity)


CSV_FIELDS = ("path", "line", "column", "end_line", "end_column", "severity", "category", "rule", "message", "match", "suggestions")


def _csv(findings) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_FIELDS)
    for f in findings:
        row = f.to_dict()
        writer.writerow([" / ".join(row["suggestions"]) if k == "suggestions" else row[k] for k in CSV_FIELDS])
    return out.getvalue()


def _tools(findings) -> str:
    """Severity filters (checkboxes, no script) and the findings as JSON and CSV downloads."""
    boxes = "".join(
        f'<label><input type="checkbox" id="show-{k}" checked> <span class="badge {k}">{escape(severity_name(k))}</span></label>' for k in SEVERITIES
    )
    as_json = json.dumps({"findings": [f.to_dict() for f in findings]}, ensure_ascii=False, indent=1)
    return (
        f'<section class="tools screen" aria-label="{escape(_("Filters and downloads"))}">'
        f'<fieldset><legend>{escape(_("Show"))}</legend>{boxes}'
        f'<label><input type="checkbox" id="show-clean" checked> {escape(_("files without findings"))}</label></fieldset>'
        f'<p class="export">{escape(_("Download:"))} '
        f'<a download="qa-lint-findings.json" href="data:application/json;charset=utf-8,{quote(as_json)}">JSON</a>'
        f'<a download="qa-lint-findings.csv" href="data:text/csv;charset=utf-8,{quote(_csv(findings))}">CSV</a></p>'
        "</section>"
    )


def _index(result) -> str:
    """One row per file: its counts by severity, a link to it; clean files marked."""
    rows = []
    for i, file_result in enumerate(result.files, 1):
        counts = {k: 0 for k in SEVERITIES}
        for f in file_result.findings:
            counts[f.severity] = counts.get(f.severity, 0) + 1
        clean = not file_result.findings and not file_result.error
        state = _("could not be checked") if file_result.error else (_("clean") if clean else "")
        cells = "".join(f'<td class="n">{counts[k] or ""}</td>' for k in SEVERITIES)
        rows.append(f'<tr class="{"clean" if clean else "has-findings"}"><td class="path"><a href="#file{i}">{escape(file_result.path)}</a>'
                    f'{" <span class=" + chr(34) + "clean-note" + chr(34) + ">" + escape(state) + "</span>" if state else ""}</td>{cells}</tr>')
    heads = "".join(f'<th class="n"><span class="badge {k}">{escape(severity_name(k))}</span></th>' for k in SEVERITIES)
    return (
        f'<nav class="index" aria-labelledby="index-title"><h2 id="index-title">{escape(_("Files"))}</h2>'
        f'<div class="table-wrap"><table><thead><tr><th>{escape(_("File"))}</th>{heads}</tr></thead><tbody>{"".join(rows)}</tbody></table></div></nav>'
    )


def _file(file_result, index, number, tip_ids) -> str:
    """A file: its findings grouped by severity, then its text; collapsed when clean."""
    count = len(file_result.findings)
    clean = not count and not file_result.error
    info = escape(ngettext("{count} finding", "{count} findings", count).format(count=count))
    if file_result.language:
        info += " · " + escape(_("language {language}").format(language=file_result.language))
    head = f'<summary><h2 id="file{index}">{escape(file_result.path)}<small>{info}</small></h2></summary>'
    body = [] if clean else [_table(file_result.findings, number)]
    body.append(_article(file_result, number, tip_ids))
    return f'<details class="file{" clean" if clean else ""}"{"" if clean else " open"}>{head}' + "\n".join(body) + "</details>"


def _verdict(result) -> str:
    threshold = severity_name(result.fail_on)
    if result.errors:
        text = ngettext("{count} file could not be checked", "{count} files could not be checked", len(result.errors))
        return f'<p class="verdict block">{escape(text.format(count=len(result.errors)))}</p>'
    if result.blocking:
        return f'<p class="verdict block">{escape(_("Not ready: findings at or above {threshold}").format(threshold=threshold))}</p>'
    return f'<p class="verdict ok">{escape(_("Ready: nothing at or above {threshold}").format(threshold=threshold))}</p>'


def _mqm_rows(result) -> str:
    rows = []
    for score in mqm.report(result)["files"]:
        verdict = "" if score["threshold"] is None else (" " + (_("pass") if score["pass"] else _("FAIL")))
        rows.append(f'<tr><td>{escape(_("{path}: per 1,000 words").format(path=score["path"]))}{escape(verdict)}</td><td class="n">{score["per_1000_words"]:g}</td></tr>')
    return "".join(rows)


def _counts(s, mqm_rows: str = "") -> str:
    sev_rows = "".join(f'<tr><td><span class="badge {k}">{escape(severity_name(k))}</span></td><td class="n">{s["by_severity"][k]}</td></tr>' for k in SEVERITIES)
    cat_rows = "".join(f'<tr><td>{escape(c)}</td><td class="n">{n}</td></tr>' for c, n in
                       sorted(s["by_category"].items(), key=lambda kv: (-kv[1], kv[0])))
    cat_rows = cat_rows or f'<tr><td class="none">{escape(_("none"))}</td><td></td></tr>'
    return (
        f'<section class="cards" aria-label="{escape(_("Counts"))}">'
        f'<div class="card"><h3>{escape(_("By severity"))}</h3><table>{sev_rows}</table></div>'
        f'<div class="card"><h3>{escape(_("By category"))}</h3><table>{cat_rows}</table></div>'
        f'<div class="card"><h3>{escape(_("MQM penalty"))}</h3><table><tr><td>{escape(_("points"))}</td><td class="n">{s["mqm_penalty"]}</td></tr>{mqm_rows}</table></div>'
        "</section>"
    )


def _table(findings, number) -> str:
    """A file's findings, one table per severity (errors first), each in text order."""
    out = []
    for severity in SEVERITIES:
        group = [f for f in findings if f.severity == severity]
        if not group:
            continue
        label = {"error": _("Errors"), "warning": _("Warnings"), "info": _("Info")}[severity]
        out.append(f'<div class="sev-{severity}"><h3 class="sev"><span class="badge {severity}">{escape(label)}</span> {len(group)}</h3>')
        heads = "".join(f"<th>{escape(h)}</th>" for h in ("#", _("Where"), _("Message"), _("Category"), _("Suggestion")))
        out.append(f'<div class="table-wrap"><table class="findings"><thead><tr>{heads}</tr></thead><tbody>')
        for f in group:
            n = number[id(f)]
            show = escape(_("Show finding {number} in the article").format(number=n))
            where = escape(_("line {line}, col {column}").format(line=f.line, column=f.column))
            out.append(
                f'<tr id="row{n}"><td><a href="#f{n}" aria-label="{show}">{n}</a></td>'
                f'<td class="pos">{where}</td>'
                f"<td>{escape(f.message)}{_related(f)}</td>"
                f"<td>{escape(f.category)}<br><code>{escape(f.rule)}</code></td>"
                f'<td class="sugg">{escape(" / ".join(f.suggestions[:3]))}</td></tr>'
            )
        out.append("</tbody></table></div></div>")
    return "\n".join(out)


def _related(f) -> str:
    def where(r) -> str:
        # A location in another file: the source a translation was checked against.
        if r.path and r.path != f.path:
            return _("See {path} line {line}, col {column}:").format(path=r.path, line=r.line, column=r.column)
        return _("See line {line}, col {column}:").format(line=r.line, column=r.column)

    return "".join(f'<br><span class="related">{escape(where(r))} {escape(r.message)}</span>' for r in f.related)


def _article(file_result, number, tip_ids) -> str:
    doc = file_result.document
    if file_result.error:
        return f'<p class="error-box">{escape(file_result.error)}</p>'
    if doc is None:
        return f'<p class="none">{escape(_("The article text is not available."))}</p>'
    lang = f' lang="{escape(file_result.language)}"' if file_result.language else ""
    lines = [f'<div class="article"{lang}>']
    spans = [(f.offset, f.offset + max(f.length, 1), f) for f in file_result.findings]
    by_line: dict[int, list] = {}
    for span in spans:
        for line in range(span[2].line, span[2].end_line + 1):
            by_line.setdefault(line, []).append(span)
    started: set[int] = set()
    starts = doc.line_starts
    for line, start in enumerate(starts, 1):
        end = starts[line] if line < len(starts) else len(doc.text)
        text_end = start + len(doc.line_text(line))
        body = _line_html(doc.text, start, text_end, by_line.get(line, []), number, started, tip_ids)
        lines.append(f'<div class="line"><span class="ln" aria-hidden="true">{line}</span><span class="tx">{body}</span></div>')
        if end >= len(doc.text):
            break
    lines.append("</div>")
    return "\n".join(lines)


def _line_html(text, start, end, spans, number, started, tip_ids) -> str:
    """One line's text, split where highlights begin and end; a piece covered
    by several findings shows all of them and takes the most severe colour."""
    points = {start, end}
    for a, b, _ in spans:
        points.update(p for p in (a, b) if start < p < end)
    cuts = sorted(points)
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = escape(text[a:b])
        covering = [f for fa, fb, f in spans if fa < b and fb > a]
        if not covering:
            out.append(piece)
            continue
        out.append(_highlight(piece, covering, number, started, tip_ids, last=[f for fa, fb, f in spans if fb <= b and fb > a]))
    if not out and spans:
        # A finding at the very end of a line (zero-width): show a marker.
        out.append(_highlight("\u2038", [f for _, _, f in spans], number, started, tip_ids, last=[f for _, _, f in spans]))
    return "".join(out)


def _highlight(piece, covering, number, started, tip_ids, last) -> str:
    worst = by_severity(covering)[0]
    key = next(tip_ids)
    # Each finding's first piece carries its anchor (#fN); when several findings
    # start on the same piece, the others get empty anchors just before it.
    fresh = [number[id(f)] for f in covering if id(f) not in started]
    started.update(id(f) for f in covering)
    anchor = f' id="f{fresh[0]}"' if fresh else ""
    extra = "".join(f'<span id="f{n}"></span>' for n in fresh[1:])
    tips = "".join(
        f'<p><span class="badge {escape(f.severity)}">{escape(f.severity)}</span> {escape(f.message)}'
        + (f'<br>{escape(_("Suggestion:"))} <span class="sugg">{escape(" / ".join(f.suggestions[:3]))}</span>' if f.suggestions else "")
        + _related(f) + f'<br><code>{escape(f.rule)}</code> · {escape(f.category)}</p>'
        for f in covering
    )
    links = ",".join(f'<a href="#row{number[id(f)]}" aria-label="{escape(_("finding {number} in the table").format(number=number[id(f)]))}">'
                     f'{number[id(f)]}</a>' for f in last)
    refs = f'<sup class="ref">{links}</sup>' if last else ""
    return (
        f'{extra}<span class="hl"><mark class="{escape(worst.severity)}"{anchor} tabindex="0" '
        f'aria-describedby="tip{key}">{piece}</mark>'
        f'<span class="tip" role="tooltip" id="tip{key}">{tips}</span></span>{refs}'
    )
