"""Runs every rule's own examples: a bad example must fire the rule, a good one must not."""

from __future__ import annotations

from dataclasses import dataclass

from . import align
from .checks import Rule
from .document import rule_matches
from .packs import ANY_LANGUAGE, PackSet
from .readers import read_text


@dataclass
class ExampleResult:
    rule: Rule
    kind: str  # "bad" | "good"
    index: int
    text: str
    ok: bool
    detail: str

    @property
    def name(self) -> str:
        return f"{self.rule.id}:{self.kind}[{self.index}]"


def examples(rule: Rule):
    for kind in ("bad", "good"):
        for index, example in enumerate(rule.examples.get(kind, [])):
            yield kind, index, example


def run_example(pset: PackSet, rule: Rule, kind: str, index: int, example) -> ExampleResult:
    spec = {"text": example} if isinstance(example, str) else example
    doc = read_text(spec["text"], f"<{rule.id} {kind} example {index + 1}>", spec.get("format", "txt"))
    doc.metadata.update(spec.get("meta", {}))
    pset.settle_language(doc, rule.language if rule.language != ANY_LANGUAGE else doc.metadata.get("lang"))
    check = pset.check(rule.id)
    if rule.source_language:
        try:
            found = _run_pair_example(pset, rule, check, doc, spec, kind, index)
        except ExampleError as exc:
            return ExampleResult(rule, kind, index, spec["text"], False, str(exc))
    else:
        fired = [f for f in check.run(doc) if not doc.suppressed(f.rule, f.line)]
        # A bad example must fire this very rule; a good one must fire nothing of its check
        # (for a lexicon entry: no other entry of the lexicon either).
        found = [f for f in fired if f.rule == rule.id] if kind == "bad" else fired
    if kind == "bad":
        ok = bool(found)
        detail = f"fired: {found[0].message}" if ok else "expected a finding, got none"
    else:
        ok = not found
        detail = "quiet" if ok else f"expected no finding, got {len(found)}: " + "; ".join(
            f"{f.line}:{f.column} {f.rule} {f.match!r} {f.message}" for f in found[:3]
        )
    return ExampleResult(rule, kind, index, spec["text"], ok, detail)


def _run_pair_example(pset: PackSet, rule: Rule, check, doc, spec: dict, kind: str, index: int):
    """A pair rule's example: the source and the text, aligned as a bilingual check aligns them."""
    source = read_text(spec["source"], f"<{rule.id} {kind} example {index + 1} source>", spec.get("format", "txt"))
    pset.settle_language(source, rule.source_language)
    try:
        pair = align.align(source, doc)
    except align.AlignError as exc:
        raise ExampleError(f"the example's source and text cannot be aligned: {exc}") from None
    return [f for f in check.run_pair(pair) if f.rule == rule.id]


class ExampleError(Exception):
    """An example that cannot be run (its source and text do not align)."""


def run_all(pset: PackSet, selected: list[str] | None = None):
    for rule in pset.rules:
        if selected and not any(rule_matches(rule.id, s) for s in selected):
            continue
        for kind, index, example in examples(rule):
            yield run_example(pset, rule, kind, index, example)
