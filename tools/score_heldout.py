"""Score qa-lint on a folder of annotated articles (held-out sets: written by people who
never read rules/ or the checks' code).

    python3 tools/score_heldout.py FOLDER [--no-source] [--verbose] [--json]

FOLDER holds NAME.txt (or .md/.html) with NAME.expected.yaml in the seed's format
(problems with line, category, family, detect, must; clean_lines; or clean: true).
When the annotation names a `source` beside the article, bilingual mode pairs it by the
naming convention (NAME.source-en.txt); --no-source lints the target alone.

A must problem counts as found when a finding lands on its line (any severity: the editor
is told), and is also counted by whether a finding of its own category is there. A false
alarm is an error or warning on a clean line, or anywhere in a clean article.
Output: recall per family and overall, false alarms, and with --verbose every miss.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_lint import yamlmarks  # noqa: E402
from qa_lint.api import Linter, Options  # noqa: E402


def score(folder: Path, use_source: bool = True, severities=("error", "warning", "info")) -> dict:
    linter = Linter(Options())
    families: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # found, found with category, total
    misses, alarms = [], []
    clean_lines = clean_articles = 0
    for spec_path in sorted(folder.glob("*.expected.yaml")):
        spec = yamlmarks.safe_load(spec_path.read_text(encoding="utf-8"))
        article = folder / spec["file"]
        result = linter.lint_file(article) if use_source else _monolingual(linter, article)
        if result.error:
            print(f"{article.name}: {result.error}", file=sys.stderr)
        by_line = defaultdict(list)
        for f in result.findings:
            if f.severity in severities:
                by_line[f.line].append(f)
        for problem in spec.get("problems") or []:
            if not problem.get("must"):
                continue
            family = problem.get("family", problem["category"])
            on_line = by_line.get(problem["line"], [])
            tally = families[family]
            tally[2] += 1
            if on_line:
                tally[0] += 1
            if any(f.category == problem["category"] for f in on_line):
                tally[1] += 1
            if not on_line:
                misses.append((article.name, problem["line"], family, problem.get("note", "").strip()))
        serious = [f for f in result.findings if f.severity in ("error", "warning")]
        if spec.get("clean"):
            clean_articles += 1
            clean_lines += len(result.document.line_starts) if result.document else 0
            alarms += [(article.name, f.line, f.rule, f.match) for f in serious]
        else:
            lines = set(spec.get("clean_lines") or [])
            clean_lines += len(lines)
            alarms += [(article.name, f.line, f.rule, f.match) for f in serious if f.line in lines]
    linter.close()
    total = [sum(t[i] for t in families.values()) for i in range(3)]
    return {
        "families": {k: {"found": v[0], "found_same_category": v[1], "total": v[2], "recall": round(v[0] / v[2], 2)}
                     for k, v in sorted(families.items())},
        "overall": {"found": total[0], "found_same_category": total[1], "total": total[2],
                    "recall": round(total[0] / total[2], 2) if total[2] else None},
        "false_alarms": len(alarms),
        "clean_lines": clean_lines,
        "clean_articles": clean_articles,
        "misses": misses,
        "alarms": alarms,
    }


def _monolingual(linter: Linter, article: Path):
    """The article alone, even when its source lies beside it."""
    from qa_lint.readers import read_file

    doc = read_file(article)
    return linter.lint_document(doc, linter.configs.for_file(article))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--no-source", action="store_true", help="lint the targets alone (no bilingual pairing)")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss and false alarm")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    report = score(args.folder, use_source=not args.no_source)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0
    print(f"{'family':18s} found  same-cat  total  recall")
    for family, row in report["families"].items():
        print(f"{family:18s} {row['found']:5d} {row['found_same_category']:9d} {row['total']:6d}  {row['recall']:.2f}")
    o = report["overall"]
    recall = "   -" if o["recall"] is None else f"{o['recall']:.2f}"  # a set of clean controls only
    print(f"{'overall':18s} {o['found']:5d} {o['found_same_category']:9d} {o['total']:6d}  {recall}")
    print(f"false alarms (error/warning on {report['clean_lines']} clean lines, {report['clean_articles']} clean articles): "
          f"{report['false_alarms']}")
    if args.verbose:
        for name, line, family, note in report["misses"]:
            print(f"MISS  {name}:{line} [{family}] {note[:140]}")
        for name, line, rule, match in report["alarms"]:
            print(f"ALARM {name}:{line} {rule} {match!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
