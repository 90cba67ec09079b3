"""Runs compiled checks over a Document, then applies selection and suppression."""

from __future__ import annotations

from dataclasses import dataclass, field

from .checks import Check
from .document import Document, rule_matches
from .findings import CATEGORIES, Finding


def selects(rule_id: str, category: str, selector: str) -> bool:
    """A selector is a category name, or a rule id / id prefix (document.rule_matches)."""
    if selector in CATEGORIES:
        return category == selector
    return rule_matches(rule_id, selector)


def selector_matches(finding: Finding, selector: str) -> bool:
    return selects(finding.rule, finding.category, selector)


@dataclass
class Selection:
    """Which findings survive: --select/--ignore, config disable, severity overrides."""

    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)

    def apply(self, finding: Finding) -> Finding | None:
        if self.select and not any(selector_matches(finding, s) for s in self.select):
            return None
        if any(selector_matches(finding, s) for s in self.ignore):
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
        # Skip whole rules that the selection removes anyway (cheap speed-up).
        if selection.select and not any(selects(check.rule.id, check.rule.category, s) for s in selection.select):
            continue
        try:
            findings.extend(check.run(doc))
        except Exception as exc:  # noqa: BLE001 - one broken rule must not lose the other findings
            raise CheckFailed(f"rule {check.rule.id} failed on {doc.path}: {type(exc).__name__}: {exc}") from exc
    kept = []
    for finding in findings:
        if doc.suppressed(finding.rule, finding.line):
            continue
        finding = selection.apply(finding)
        if finding is not None:
            kept.append(finding)
    # Two rules may flag the same span with the same message; show it once.
    unique = {(f.offset, f.length, f.rule): f for f in kept}
    return sorted(unique.values(), key=Finding.sort_key)
