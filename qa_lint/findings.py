"""The finding model: every output format is a view of a list of Findings."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

SEVERITIES = ("error", "warning", "info")
# Higher rank = more severe; "never" sits above everything so nothing reaches it.
SEVERITY_RANK = {"info": 1, "warning": 2, "error": 3, "never": 99}

CATEGORIES = (
    "mistranslation",
    "unsupported-assertion",
    "vague-source",
    "loaded-language",
    "date-inconsistency",
    "number-format",
    "name-inconsistency",
    "quotation",
    "omission",
    "addition",
    "untranslated",
    "terminology",
    "spelling",
    "grammar",
    "style",
    "formatting",
)

# Categories no bundled rule produces, and what does: a rule pack may use them too.
RESERVED_CATEGORIES = {
    "spelling": "LanguageTool's spelling findings",
    "grammar": "LanguageTool's grammar findings",
    "style": "LanguageTool's other findings; qa-lint's own notices (language not covered, time budget)",
    "formatting": "qa-lint's own notice about unreadable input",
}

# Default MQM issue type per category (a rule may override it).
CATEGORY_MQM = {
    "mistranslation": "accuracy/mistranslation",
    "unsupported-assertion": "accuracy/addition",
    "vague-source": "style/unidiomatic",
    "loaded-language": "style/register",
    "date-inconsistency": "accuracy/mistranslation",
    "number-format": "locale-convention/number-format",
    "name-inconsistency": "terminology/inconsistent-use",
    "quotation": "fluency/punctuation",
    "omission": "accuracy/omission",
    "addition": "accuracy/addition",
    "untranslated": "accuracy/untranslated",
    "terminology": "terminology/wrong-term",
    "spelling": "fluency/spelling",
    "grammar": "fluency/grammar",
    "style": "style/awkward",
    "formatting": "fluency/punctuation",
}

# MQM severity weights: minor 1, major 5, critical 25.
MQM_WEIGHT = {"info": 1, "warning": 5, "error": 25}


@dataclass
class Related:
    line: int
    column: int
    message: str
    end_line: int | None = None
    end_column: int | None = None
    offset: int | None = None
    length: int | None = None
    # The file the location is in when it is not the finding's own (the source of a translation).
    path: str | None = None


@dataclass
class Finding:
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    offset: int
    length: int
    rule: str
    severity: str
    category: str
    mqm: str
    message: str
    match: str
    suggestions: list[str] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    # Whether --fix may apply the suggestion: "safe", "unsafe" (--unsafe-fixes) or None
    # (no suggestion, or the rule says never); see qa_lint/fixes.py.
    fix: str | None = None

    def sort_key(self):
        return (self.path, self.offset, self.rule)

    @property
    def mqm_severity(self) -> str:
        """MQM severity: info = minor, warning = major, error = critical (weights 1/5/25)."""
        return {"info": "minor", "warning": "major", "error": "critical"}.get(self.severity, "minor")

    def to_dict(self) -> dict:
        data = asdict(self)
        data["mqm_severity"] = self.mqm_severity
        return data


def shift_offsets(findings: list[Finding], by: int) -> list[Finding]:
    """Move code-point offsets (findings and their related spans) by ``by``: for
    front ends whose text still has the byte-order mark the reader dropped."""
    for f in findings:
        f.offset += by
        for rel in f.related:
            if rel.offset is not None:
                rel.offset += by
    return findings


def at_or_above(severity: str, threshold: str) -> bool:
    return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold]


def summarize(findings: list[Finding], files: int | None = None) -> dict:
    by_severity = {s: 0 for s in SEVERITIES}
    by_category: dict[str, int] = {}
    for f in findings:
        by_severity[f.severity] += 1
        by_category[f.category] = by_category.get(f.category, 0) + 1
    summary = {
        "total": len(findings),
        "by_severity": by_severity,
        "by_category": dict(sorted(by_category.items())),
        "mqm_penalty": sum(MQM_WEIGHT[f.severity] for f in findings),
    }
    if files is not None:
        summary["files"] = files
    return summary
