"""Runs every rule's own examples: a bad example must fire the rule (on its marked spans, with
its fix; see example_marks), a good one must not."""

from __future__ import annotations

from dataclasses import dataclass

from . import align, example_marks
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
    try:
        text, spans = example_marks.parse(spec["text"])
    except example_marks.MarkError as exc:
        return ExampleResult(rule, kind, index, spec["text"], False, f"bad markers: {exc}")
    try:
        found = findings(pset, rule, kind, index, spec, text)
    except ExampleError as exc:
        return ExampleResult(rule, kind, index, spec["text"], False, str(exc))
    if kind == "bad":
        ok, detail = _judge_bad(pset, rule, index, spec, text, spans, found)
    elif spans or "fix" in spec:
        ok, detail = False, "a good example marks nothing and has no fix"
    else:
        ok = not found
        detail = "quiet" if ok else f"expected no finding, got {len(found)}: " + "; ".join(
            f"{f.line}:{f.column} {f.rule} {f.match!r} {f.message}" for f in found[:3]
        )
    return ExampleResult(rule, kind, index, spec["text"], ok, detail)


def findings(pset: PackSet, rule: Rule, kind: str, index: int, spec: dict, text: str) -> list:
    """What the rule's check reports on an example text (markers already removed): for a bad
    example the findings of this very rule; for a good one everything of its check (for a
    lexicon entry: no other entry of the lexicon may fire either)."""
    doc = read_text(text, f"<{rule.id} {kind} example {index + 1}>", spec.get("format", "txt"))
    doc.metadata.update(spec.get("meta", {}))
    pset.settle_language(doc, rule.language if rule.language != ANY_LANGUAGE else doc.metadata.get("lang"))
    check = pset.check(rule.id).for_examples()
    if rule.source_language:
        return _run_pair_example(pset, rule, check, doc, spec, kind, index)
    fired = [f for f in check.run(doc) if not doc.suppressed(f.rule, f.line)]
    return [f for f in fired if f.rule == rule.id] if kind == "bad" else fired


def _judge_bad(pset, rule, index, spec, text, spans, found) -> tuple[bool, str]:
    """A bad example fires its rule; on exactly the marked spans, if it marks any; with
    ``fix`` as the first suggestion, and quiet once the fix is applied, if it gives one."""
    if not found:
        return False, "expected a finding, got none"
    got = sorted({(f.offset, f.offset + f.length) for f in found})
    if spans and got != sorted(spans):
        return False, f"marked {_spans(text, spans)}, but the rule flagged {_spans(text, got)}"
    fix = spec.get("fix")
    if fix is None:
        return True, f"fired: {found[0].message}"
    if not spans:
        return False, "an example with a fix must mark the span it replaces: [[...]]"
    firsts = sorted({f.suggestions[0] if f.suggestions else "(no suggestion)" for f in found})
    if firsts != [fix]:
        return False, f"fix is {fix!r}, but the rule suggests {' / '.join(map(repr, firsts))}"
    fixed = example_marks.apply_fix(text, spans, fix)
    again = findings(pset, rule, "bad", index, spec, fixed)
    if again:
        return False, f"still flagged after the fix ({fixed!r}): {_spans(fixed, [(f.offset, f.offset + f.length) for f in again])}"
    return True, f"fired on {_spans(text, spans)}, fixed to {fix!r}"


def _spans(text: str, spans) -> str:
    return ", ".join(f"{text[s:e]!r}@{s}" for s, e in spans)


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
