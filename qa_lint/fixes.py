"""--fix and --diff: apply the suggestions a rule marks safe, and nothing else.

A suggestion is applied only when all of these hold:

- the finding has exactly one suggestion (two, such as "change the weekday or the
  date", are a choice for an editor);
- its rule marks it ``fix: safe`` (or ``--unsafe-fixes`` is given and the rule did
  not say ``fix: never``); a rule that does not say takes its type's default below;
- the matched text is prose as it stands in the file: no markup, entity or line
  break inside it, so replacing it cannot break a tag or a link;
- it does not overlap a fix already taken (the first, in text order, wins).

Files are written the way reports are (qa_lint.output): atomically, keeping the
file's mode and owner, as UTF-8 with the byte-order mark it had; a file whose text
changed since it was read is left alone and said so.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

from .output import write_bytes

SAFE, UNSAFE, NEVER = "safe", "unsafe", "never"
FIX_VALUES = (SAFE, UNSAFE, NEVER)


def default_fix(rule_type: str, pack_fix: str | None = None) -> str:
    """What a rule that does not say takes: its pack's ``fix``, else its type's default.
    Only a number written in the other language's convention has one right form whatever
    the sentence means; a rendering's "probably meant" and everything else needs an
    editor's eye (--unsafe-fixes)."""
    if pack_fix:
        return pack_fix
    return SAFE if rule_type == "number-format" else UNSAFE


@dataclass
class Edit:
    offset: int
    length: int
    text: str
    finding: object  # the Finding it settles


@dataclass
class FilePlan:
    path: str
    original: str  # the document's text as it was read (the byte-order mark dropped)
    edits: list[Edit] = field(default_factory=list)

    @property
    def fixed(self) -> str:
        out, at = [], 0
        for edit in self.edits:
            out.append(self.original[at:edit.offset])
            out.append(edit.text)
            at = edit.offset + edit.length
        out.append(self.original[at:])
        return "".join(out)

    def diff(self) -> str:
        return "".join(difflib.unified_diff(self.original.splitlines(keepends=True), self.fixed.splitlines(keepends=True),
                                            fromfile=f"a/{self.path.lstrip('/')}", tofile=f"b/{self.path.lstrip('/')}"))


def applicable(finding, doc, unsafe: bool = False) -> str | None:
    """The replacement text for this finding, or None when it is not to be applied."""
    wanted = (SAFE, UNSAFE) if unsafe else (SAFE,)
    if getattr(finding, "fix", None) not in wanted or len(finding.suggestions) != 1 or finding.length <= 0:
        return None
    start, end = finding.offset, finding.offset + finding.length
    original = doc.text[start:end]
    if original != finding.match or doc.plain[start:end] != original or "\n" in original or "\r" in original:
        return None
    return finding.suggestions[0]


def plan(file_result, unsafe: bool = False) -> FilePlan | None:
    """What --fix would change in one checked file (None: nothing, or not a file it may edit)."""
    doc = file_result.document
    if doc is None or file_result.error or getattr(file_result, "pair", None) is not None or doc.path.startswith("<"):
        return None
    edits: list[Edit] = []
    end = 0
    for f in sorted(file_result.findings, key=lambda f: (f.offset, -f.length)):
        text = applicable(f, doc, unsafe)
        if text is None or f.offset < end:
            continue
        edits.append(Edit(f.offset, f.length, text, f))
        end = f.offset + f.length
    return FilePlan(doc.path, doc.text, edits) if edits else None


class Changed(Exception):
    """The file is not what was checked any more."""


def write(fix: FilePlan) -> None:
    """Write the fixed text over the file, unless it changed since it was read."""
    path = Path(fix.path)
    data = path.read_bytes()
    bom = data.startswith(b"\xef\xbb\xbf")
    try:
        current = data.decode("utf-8")
    except UnicodeDecodeError:
        raise Changed(f"{fix.path}: changed since it was checked (no longer UTF-8); not fixed") from None
    if (current[1:] if bom else current) != fix.original:
        raise Changed(f"{fix.path}: changed since it was checked; not fixed (run again)")
    write_bytes(path, (b"\xef\xbb\xbf" if bom else b"") + fix.fixed.encode("utf-8"))


class Fixer:
    """--fix and --diff over a run, one checked file at a time (the CLI calls ``handle``
    as each file finishes). --fix writes the file and drops the findings it settled,
    so the report and the exit code are about what is left; --diff only shows."""

    def __init__(self, write_files: bool, show_diff: bool, unsafe: bool = False, relint=None):
        self.write_files, self.show_diff, self.unsafe = write_files and not show_diff, show_diff, unsafe
        # relint(path) -> FileResult: the fixed file checked again, so what is reported
        # (positions included) is the file as it now is.
        self.relint = relint
        self.fixed = 0  # findings settled (or, with --diff, that would be)
        self.files = 0
        self.failures: list[str] = []

    @property
    def active(self) -> bool:
        return self.write_files or self.show_diff

    def handle(self, file_result) -> str:
        """Fix or diff one file's result; returns the diff text (--diff) or ""."""
        if not self.active:
            return ""
        fix = plan(file_result, self.unsafe)
        if fix is None:
            return ""
        if self.show_diff:
            self.fixed += len(fix.edits)
            self.files += 1
            return fix.diff()
        try:
            write(fix)
        except Changed as exc:
            self.failures.append(str(exc))
            return ""
        except OSError as exc:
            self.failures.append(f"{fix.path}: cannot write the fixed file ({exc.strerror or exc}); not fixed")
            return ""
        if self.relint is not None:
            fresh = self.relint(file_result.path)
            file_result.findings, file_result.document, file_result.mqm = fresh.findings, fresh.document, fresh.mqm
            file_result.error = file_result.error or fresh.error
        else:
            settled = {id(edit.finding) for edit in fix.edits}
            file_result.findings = [f for f in file_result.findings if id(f) not in settled]
        self.fixed += len(fix.edits)
        self.files += 1
        return ""
