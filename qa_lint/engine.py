"""Runs compiled checks over a Document, then applies selection and suppression."""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from . import budget
from .checks import Check
from .config import ConfigError
from .document import Document, rule_matches
from .findings import CATEGORIES, SEVERITY_RANK, Finding
from .matching import LiteralIndex

# Rule ids of qa-lint's own notices: a rule stopped by the time budget, a part of the
# input the reader could not read (broken front matter).
TIME_BUDGET_RULE = "qa-lint.time-budget"
INPUT_RULE = "qa-lint.input"
LANGUAGE_RULE = "qa-lint.language"


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


def run(doc: Document, checks: list[Check], selection: Selection, extra: Iterable[Finding] = (),
        seconds: float | None = budget.FILE_SECONDS, rule_seconds: dict[str, float] | None = None) -> list[Finding]:
    """Run the checks on one document within ``seconds`` (None: no limit); a rule that
    runs out of time is stopped and reported (TIME_BUDGET_RULE), the others still run.
    ``rule_seconds`` (rule id -> seconds) adds up the time each check took (--stats)."""
    findings: list[Finding] = list(extra)
    stopped: list[str] = []
    kept_checks, literals, needs = _plan(checks, selection)
    present = literals.present(doc.folded)
    could_find = [i for i, groups in enumerate(needs) if all(g in present for g in groups)]
    if rule_seconds is not None:  # the rules skipped (none of the strings they need is written) took no time
        for check in kept_checks:
            rule_seconds.setdefault(check.rule.id, 0.0)
    with budget.budget(seconds):
        # Only the checks that can find something, in their order: most of a language's
        # rules need a string the document does not hold, and are not visited at all.
        for i in could_find:
            check = kept_checks[i]
            found: list[Finding] = []
            started = time.perf_counter()
            try:
                found.extend(check.run(doc))
            except TimeoutError:  # budget.BudgetExceeded, or a pack pattern's regex timeout
                stopped.append(check.rule.id)  # what it found before it was stopped is kept
            except ConfigError:
                raise  # the user's setup (a claim index that cannot be read): this file's error, exit 2
            except Exception as exc:  # noqa: BLE001 - becomes this file's error; the other files are still checked
                raise CheckFailed(f"rule {check.rule.id} failed on {doc.path}: {type(exc).__name__}: {exc}") from exc
            finally:
                if rule_seconds is not None:
                    rule_seconds[check.rule.id] = rule_seconds.get(check.rule.id, 0.0) + time.perf_counter() - started
            findings.extend(found)
    if stopped:
        findings.append(time_budget_finding(doc, stopped, seconds))
    findings.extend(input_finding(doc, *problem) for problem in doc.problems)
    kept: list[Finding] = []
    for finding in findings:
        if doc.suppressed(finding.rule, finding.line):
            continue
        applied = selection.apply(finding)
        if applied is not None:
            kept.append(applied)
    return sorted(one_per_problem(kept), key=Finding.sort_key)


# (ids of the checks, --select, --ignore) -> (the checks, the kept ones, their LiteralIndex,
# the index's groups each kept check needs): what a run's documents share, worked out for the
# first. The checks are held so that their ids are not reused while the entry lives.
_PLANS: dict[tuple, tuple[list[Check], list[Check], LiteralIndex, list[tuple[int, ...]]]] = {}
_PLANS_KEPT = 16


def _plan(checks: list[Check], selection: Selection) -> tuple[list[Check], LiteralIndex, list[tuple[int, ...]]]:
    """The checks whose findings the selection can keep (--select, --ignore, disable:; a
    lexicon rule runs if any of its entries is kept), the index of the groups of strings
    they need in a document (Check.required_literals and required_literal_groups), and for
    each kept check the indexes of its groups: it runs where all of them are present."""
    key = (tuple(map(id, checks)), tuple(selection.select), tuple(selection.ignore))
    planned = _PLANS.get(key)
    if planned is None:
        kept = [check for check in checks
                if any(selection.keeps_rule(r.id, r.category) for r in check.rule.members or [check.rule])]
        groups: list[frozenset[str] | None] = []
        needs: list[tuple[int, ...]] = []
        for check in kept:
            own = [check.required_literals(), *check.required_literal_groups()]
            needs.append(tuple(range(len(groups), len(groups) + len(own))))
            groups.extend(own)
        for oldest in list(_PLANS)[: max(0, len(_PLANS) - _PLANS_KEPT + 1)]:
            _PLANS.pop(oldest, None)  # pop: a server's threads may both drop it
        planned = _PLANS[key] = (checks, kept, LiteralIndex(groups), needs)
    return planned[1], planned[2], planned[3]


def input_finding(doc: Document, offset: int, length: int, message: str) -> Finding:
    line, column = doc.position(offset)
    end_line, end_column = doc.position(offset + length)
    return Finding(
        path=doc.path, line=line, column=column, end_line=end_line, end_column=end_column, offset=offset,
        length=length, rule=INPUT_RULE, severity="warning", category="formatting", mqm="other",
        message=message[:1].upper() + message[1:], match=doc.text[offset:offset + length],
    )


def language_finding(doc: Document, known: list[str]) -> Finding:
    """No silent pass: a text in no language that has rule packs was not really checked."""
    if doc.language:
        why = f"there are no rule packs for its language {doc.language!r}"
    else:
        why = "its language could not be told (too short, or a language without rule packs)"
    return Finding(
        path=doc.path, line=1, column=1, end_line=1, end_column=1, offset=0, length=0,
        rule=LANGUAGE_RULE, severity="warning", category="style", mqm="other",
        message=(f"Not checked: {why}; packs exist for {', '.join(known) or 'no language'}. Set the language with "
                 "--lang, front matter `lang:`, <html lang> or `language:` in .qa-lint.yaml"),
        match="",
    )


def time_budget_finding(doc: Document, rules: list[str], seconds: float | None) -> Finding:
    """Say, on line 1, which rules did not finish: the file was only partly checked."""
    limit = f"{seconds:g} s per file" if seconds else "no per-file limit"
    shown = ", ".join(rules[:5]) + (f" and {len(rules) - 5} more" if len(rules) > 5 else "")
    return Finding(
        path=doc.path, line=1, column=1, end_line=1, end_column=1, offset=0, length=0,
        rule=TIME_BUDGET_RULE, severity="warning", category="style", mqm="other",
        message=(f"Not fully checked: {shown} stopped at the time budget ({limit}, "
                 f"{budget.PATTERN_SECONDS:g} s per pattern); raise it with --timeout or simplify the rule's pattern"),
        match="",
    )


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
