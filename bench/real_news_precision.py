"""How often rules fire on real news: findings per 10,000 sentences, with samples to review.

    python3 tools/nlpid_corpus.py --out /tmp/nlpid-news      # real Indonesian news (not in the repo)
    python3 bench/real_news_precision.py /tmp/nlpid-news [--select id.number,id.date] [--samples 20]

Every finding on correct copy is a false alarm, so on published news the
rate should be near zero; the samples say what fires and why. LanguageTool
is off (bench/languagetool_spelling.py measures it).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_lint.api import Linter, Options  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--select", default="id.number,id.date")
    parser.add_argument("--language", default="id")
    parser.add_argument("--samples", type=int, default=20)
    args = parser.parse_args(argv)
    os.environ["QA_LINT_LANGUAGETOOL"] = "off"
    linter = Linter(Options(select=args.select.split(",")))
    files = sorted(args.folder.glob("*.txt"))
    sentences = 0
    by_rule: Counter = Counter()
    found = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        result = linter.lint_text(text, language=args.language, path=str(path))
        sentences += sum(1 for line in text.splitlines() if line.strip())  # tools/nlpid_corpus.py: a sentence a line
        for f in result.findings:
            by_rule[f.rule] += 1
            found.append((path, f))
    print(f"{len(files)} files, {sentences} sentences")
    for rule, count in by_rule.most_common():
        print(f"  {rule}: {count} ({count / sentences * 10000:.1f} per 10,000 sentences)")
    random.Random(0).shuffle(found)
    for path, f in found[: args.samples]:
        line = path.read_text(encoding="utf-8").splitlines()[f.line - 1]
        print(f"\n{path.name}:{f.line}:{f.column} {f.rule} {f.message}\n    {line}")
        for r in f.related:
            print(f"    related line {r.line}: {path.read_text(encoding='utf-8').splitlines()[r.line - 1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
