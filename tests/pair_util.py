"""Helpers of the bilingual tuning tests: findings of one source/target pair."""

from qa_lint import bilingual


def findings(linter, source, target, prefix=""):
    """Findings of an English source and its Indonesian target whose rule starts with prefix."""
    result = bilingual.lint_texts(linter, target, source, source_language="en", language="id")
    return [f for f in result.findings if f.rule.startswith(prefix)]


def serious(found):
    """(rule, match) of the errors and warnings among findings."""
    return [(f.rule, f.match) for f in found if f.severity in ("error", "warning")]
