"""Mark the bad examples of the bundled rules with the span their rule flags and its fix.

    python3 tools/mark_examples.py            # rewrite the packs and lexicons in rules/
    python3 tools/mark_examples.py --dry-run  # only report
    python3 tools/mark_examples.py --multiple # also mark examples flagged more than once

For every bad example without markers, the rule runs on it (as `qa-lint rules test` does);
when it fires once, the example is rewritten in place as {text: "... [[span]] ...", fix: ...}
with the rule's first suggestion as fix, if that suggestion leaves the text quiet. Only the
example's own scalar changes (comments, order and layout of the file stay), so the tool can
run again after other branches add examples: marked examples are left alone.

Reported for review by hand, and left as they are: examples the rule flags more than once
(unless --multiple), on a span that cuts a word, or not at all; block scalars (| or >); and fixes that leave the
text flagged (the span is marked, the fix left out).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qa_lint import example_marks, packs, ruletest  # noqa: E402


def scalar(text: str, flow: bool) -> str:
    """``text`` as a YAML scalar: plain where that reads back the same, else quoted."""
    candidates = [text, "'" + text.replace("'", "''") + "'", json.dumps(text, ensure_ascii=False)]
    for candidate in candidates:
        if "\n" in candidate:
            continue
        wrapped = f"k: [{candidate}]" if flow else f"k:\n  - {candidate}"
        try:
            if yaml.safe_load(wrapped) == {"k": [text]}:
                return candidate
        except yaml.YAMLError:
            continue
    return json.dumps(text, ensure_ascii=False)


def _get(mapping: yaml.MappingNode, key: str):
    for key_node, value_node in mapping.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
            return key_node, value_node
    return None, None


def rule_nodes(text: str):
    """(line, mapping node) of every rule of a pack or entry of a lexicon file."""
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if not isinstance(root, yaml.MappingNode):
        return
    for key in ("rules", "entries"):
        _, items = _get(root, key)
        if isinstance(items, yaml.SequenceNode):
            for item in items.value:
                if isinstance(item, yaml.MappingNode):
                    yield item.start_mark.line + 1, item


def _letter(text: str, at: int) -> bool:
    return 0 <= at < len(text) and text[at].isalpha()


def plan(pset, rule, index: int, example, flow: bool, node, multiple: bool):
    """(edits, problem): the text edits that mark this example, or why it is left alone."""
    spec = {"text": example} if isinstance(example, str) else example
    if example_marks.OPEN in spec["text"] or "fix" in spec:
        return [], None  # marked already
    text = spec["text"]
    text_node = node if isinstance(node, yaml.ScalarNode) else _get(node, "text")[1]
    if text_node.style in ("|", ">"):
        return [], "a block scalar (| or >): mark it by hand"
    try:
        found = ruletest.findings(pset, rule, "bad", index, spec, text)
    except ruletest.ExampleError as exc:
        return [], f"cannot run: {exc}"
    spans = sorted({(f.offset, f.offset + f.length) for f in found})
    if not spans:
        return [], "not flagged at all"
    if len(spans) > 1 and not multiple:
        return [], "flagged more than once: " + ", ".join(repr(text[s:e]) for s, e in spans)
    for start, end in spans:
        if start < end and (_letter(text, start - 1) and _letter(text, start) or _letter(text, end - 1) and _letter(text, end)):
            return [], f"flagged span {text[start:end]!r}@{start} cuts a word"
    firsts = {f.suggestions[0] if f.suggestions else None for f in found}
    fix, problem = None, None
    if len(firsts) == 1 and None not in firsts:
        candidate = firsts.pop()
        fixed = example_marks.apply_fix(text, spans, candidate)
        if ruletest.findings(pset, rule, "bad", index, spec, fixed):
            problem = f"marked without a fix: {candidate!r} leaves the text flagged"
        else:
            fix = candidate
    marked = example_marks.mark(text, spans)
    return _edits(node, marked, fix, flow), problem


def _edits(node, marked: str, fix: str | None, flow: bool) -> list[tuple[int, int, str]]:
    """Replace the example's text scalar (and add fix) without touching anything else."""
    if isinstance(node, yaml.ScalarNode):
        if fix is None:
            return [(node.start_mark.index, node.end_mark.index, scalar(marked, flow))]
        return [(node.start_mark.index, node.end_mark.index, f"{{text: {scalar(marked, True)}, fix: {scalar(fix, True)}}}")]
    key_node, text_node = _get(node, "text")
    inner_flow = node.flow_style
    edits = [(text_node.start_mark.index, text_node.end_mark.index, scalar(marked, inner_flow))]
    if fix is not None:
        last = node.value[-1][1]
        if inner_flow:
            edits.append((last.end_mark.index, last.end_mark.index, f", fix: {scalar(fix, True)}"))
        else:
            indent = " " * key_node.start_mark.column
            edits.append((last.end_mark.index, last.end_mark.index, f"\n{indent}fix: {scalar(fix, False)}"))
    return edits


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dry-run", action="store_true", help="report, change nothing")
    parser.add_argument("--multiple", action="store_true", help="also mark examples flagged more than once")
    parser.add_argument("--rules", action="append", default=[], metavar="FILE_OR_DIR",
                        help="packs of your own to mark instead of the bundled ones")
    parser.add_argument("selectors", nargs="*", help="rule ids or prefixes (default: all)")
    args = parser.parse_args(argv)
    pset = packs.load([Path(r) for r in args.rules], include_bundled=not args.rules)
    by_place = {(str(Path(r.pack_path).resolve()), r.line): r for r in pset.rules
                if not args.selectors or any(r.id == s or r.id.startswith(s + ".") for s in args.selectors)}
    files = defaultdict(list)
    for (path, _line), rule in by_place.items():
        files[path].append(rule)
    counts = defaultdict(int)
    for path in sorted(files):
        source = Path(path).read_text(encoding="utf-8")
        edits = []
        for line, node in rule_nodes(source):
            rule = by_place.get((path, line))
            if rule is None:
                continue
            _, examples = _get(node, "examples")
            _, bad = _get(examples, "bad") if isinstance(examples, yaml.MappingNode) else (None, None)
            if not isinstance(bad, yaml.SequenceNode):
                continue
            for index, (item, example) in enumerate(zip(bad.value, rule.examples.get("bad", []))):
                change, problem = plan(pset, rule, index, example, bad.flow_style, item, args.multiple)
                edits += change
                counts["marked" if change else ("left" if problem else "already marked")] += 1
                if problem:
                    print(f"REVIEW {rule.id}:bad[{index}] ({Path(path).name}:{item.start_mark.line + 1}): {problem}")
        if edits and not args.dry_run:
            for start, end, replacement in sorted(edits, reverse=True):
                source = source[:start] + replacement + source[end:]
            Path(path).write_text(source, encoding="utf-8")
    print(", ".join(f"{k}: {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
