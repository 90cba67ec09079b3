"""MQM scoring of one document: penalty points per 1,000 words, pass or fail.

Every finding carries an MQM issue type (``accuracy/mistranslation``) and an MQM
severity that follows its qa-lint severity: info = minor (1 point), warning =
major (5), error = critical (25). A document's penalty is the sum of its
findings' points; normalised per 1,000 words of the checked text it can be
compared across articles, and a configured threshold
(``mqm: {threshold: 25}``) says whether it passes.
"""

from __future__ import annotations

from .findings import MQM_WEIGHT
from .pair import word_count

MQM_SEVERITY = {"info": "minor", "warning": "major", "error": "critical"}


def severity(qa_severity: str) -> str:
    return MQM_SEVERITY.get(qa_severity, "minor")


def dimension(mqm_type: str) -> str:
    """'accuracy/mistranslation' -> 'accuracy'."""
    return (mqm_type or "other").split("/")[0]


def score(findings, words: int, threshold: float | None = None) -> dict:
    penalty = sum(MQM_WEIGHT.get(f.severity, 1) for f in findings)
    per_1000 = round(penalty * 1000 / words, 2) if words else 0.0
    by_dimension: dict[str, int] = {}
    by_severity = {"minor": 0, "major": 0, "critical": 0}
    for f in findings:
        by_dimension[dimension(f.mqm)] = by_dimension.get(dimension(f.mqm), 0) + 1
        by_severity[severity(f.severity)] += 1
    return {
        "words": words,
        "penalty": penalty,
        "per_1000_words": per_1000,
        "threshold": threshold,
        "pass": None if threshold is None else per_1000 <= threshold,
        "by_dimension": dict(sorted(by_dimension.items())),
        "by_severity": by_severity,
    }


def scored(result, config=None):
    """Attach the MQM score to a FileResult (words of the checked text: the target's)."""
    doc = result.document
    if doc is None:
        return result
    threshold = (getattr(config, "mqm", None) or {}).get("threshold")
    words = sum(word_count(doc.plain[b.start : b.end]) for b in doc.blocks)
    result.mqm = score(result.findings, words, threshold)
    return result


def report(result) -> dict:
    """The per-document MQM scores of a run, for reporters."""
    files = [{"path": r.path, **r.mqm} for r in result.files if r.mqm]
    return {"weights": {"minor": 1, "major": 5, "critical": 25}, "files": files}


def text_line(path: str, score: dict) -> str:
    verdict = ""
    if score.get("threshold") is not None:
        verdict = f"; threshold {score['threshold']:g}: {'pass' if score['pass'] else 'FAIL'}"
    dims = ", ".join(f"{k} {v}" for k, v in score.get("by_dimension", {}).items()) or "no findings"
    return f"MQM {path}: {score['per_1000_words']:g} penalty points per 1,000 words ({score['penalty']} points, {score['words']} words{verdict}); {dims}"
