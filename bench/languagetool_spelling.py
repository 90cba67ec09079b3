"""LanguageTool's Indonesian spelling warnings on real news: how many, which words, and why others were dropped.

    python3 tools/nlpid_corpus.py --out /tmp/nlpid-news          # real news, not in the repo
    python3 bench/languagetool_spelling.py /tmp/nlpid-news [--files 200] [--words 60]

Needs LanguageTool (qa-lint languagetool install) and hunspell-id. Prints the
spelling warnings per 10,000 sentences, the flagged words (most frequent
first, to review by hand: real typos or not) and the noise filter's drop
reasons. Published news has few typos, so most warnings here are false alarms.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_lint.api import Linter, Options  # noqa: E402
from qa_lint.languagetool import LanguageToolSource  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--words", type=int, default=60)
    args = parser.parse_args(argv)
    files = sorted(args.folder.glob("*.txt"))[: args.files]
    source = LanguageToolSource(mode="on")
    linter = Linter(Options(select=["spelling"]), [source])
    sentences = 0
    words: Counter = Counter()
    try:
        for path in files:
            text = path.read_text(encoding="utf-8")
            sentences += sum(1 for line in text.splitlines() if line.strip())
            result = linter.lint_text(text, path=str(path), language="id")
            for f in result.findings:
                if f.category == "spelling":
                    words[f.match] += 1
    finally:
        source.close()
    total = sum(words.values())
    print(f"{len(files)} files, {sentences} sentences: {total} spelling warnings "
          f"({total / max(1, sentences) * 10000:.0f} per 10,000 sentences), {len(words)} distinct words")
    print("dropped by the noise filter:", dict(sorted(source.dropped.items(), key=lambda kv: -kv[1])))
    for word, count in words.most_common(args.words):
        print(f"  {count:4d} {word}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
