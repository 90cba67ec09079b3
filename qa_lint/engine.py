"""Runs compiled checks over a Document, then applies selection and suppression."""

from __future__ import annotations

from dataclasses import dataclass, field

from .checks import Check
from .document import Document, rule_matches
from .findings import CATEGORIES, SEVERITY_RANK, Finding


def selects(rule_id: str, category: str, selector: str) -> bool:
    """A selector is a category name, or a rule id / id prefix (document.rule_matches)."""
    if selector in CATEGORIES:
        return category == selector
    return rule_matches(rule_id, selector)


@dataclass
class Selection:
    """Which findings survive: --select/--ignore, config disable, severity overrides."""

    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)

    def keeps_rule(self, rule_id: str, category: str) -> bool:
        """Whether any finding of this rule can survive (a check's findings carry its rule's id and category)."""
        if self.select and not any(selects(rule_id, category, s) for s in self.select):
            return False
        return not any(selects(rule_id, category, s) for s in self.ignore)

    def apply(self, finding: Finding) -> Finding | None:
        if not self.keeps_rule(finding.rule, finding.category):
            return None
        finding.severity = self.severity_of(finding.rule, finding.category, finding.severity)
        return finding

    def severity_of(self, rule_id: str, category: str, severity: str) -> str:
        """A rule's severity after the config's overrides (the last matching one wins)."""
        for selector, override in self.severity.items():
            if selects(rule_id, category, selector):
                severity = override
        return severity


class CheckFailed(Exception):
    """A rule type raised on a document: a bug in qa-lint, reported, not fatal to the run."""


def run(doc: Document, checks: list[Check], selection: Selection, extra: list[Finding] = ()) -> list[Finding]:
    findings: list[Finding] = list(extra)
    for check in checks:
        # Do not run rules whose findings the selection would drop (--select, --ignore, disable:).
        # A lexicon rule runs if any of its entries (members) is kept.
        if not any(selection.keeps_rule(r.id, r.category) for r in check.rule.members or [check.rule]):
            continue
        try:
            findings.extend(check.run(doc))
        except Exception as exc:  # noqa: BLE001 - becomes this file's error; the other files are still checked
            raise CheckFailed(f"rule {check.rule.id} failed on {doc.path}: {type(exc).__name__}: {exc}") from exc
    kept = []
    for finding in findings:
        if doc.suppressed(finding.rule, finding.line):
            continue
        finding = selection.apply(finding)
        if finding is not None:
            kept.append(finding)
    return sorted(one_per_problem(kept), key=Finding.sort_key)


def one_per_problem(findings: list[Finding]) -> list[Finding]:
    """Findings of the same category on overlapping text are one problem for an
    editor ("Para ekonom" and "ekonom memperkirakan", a name that two name rules
    flag): keep the most severe, then the one that starts first."""
    rank = lambda f: (SEVERITY_RANK[f.severity], -f.offset)  # noqa: E731
    kept: list[Finding] = []
    by_category: dict[str, list[Finding]] = {}
    for f in sorted(findings, key=lambda f: (f.offset, -f.length)):
        group = by_category.setdefault(f.category, [])
        last = group[-1] if group else None
        if last is not None and f.offset < last.offset + max(last.length, 1):
            if rank(f) > rank(last):
                group[-1] = f
            continue
        group.append(f)
    for group in by_category.values():
        kept.extend(group)
    return kept
