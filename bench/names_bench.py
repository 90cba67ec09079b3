"""Name-consistency cost on a long article, as a ratio against segmentation in the same run.

    python3 bench/names_bench.py

The article is the seed repeated with thousands of distinct invented names,
the worst case for pairwise name comparison.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "bench")]

from core_bench import best_of  # noqa: E402
from test_name_consistency import long_article  # noqa: E402

from qa_lint import packs  # noqa: E402
from qa_lint.readers import read_text  # noqa: E402


def main() -> None:
    check = packs.load().check("id.names.consistency")
    for words in (1000, 5000):
        text = long_article(words)

        def segment(text=text):
            doc = read_text(text, "<long>", "txt")
            return doc.sentences

        def names(text=text):
            doc = read_text(text, "<long>", "txt")
            doc.language = "id"
            doc.sentences  # noqa: B018
            list(check.run(doc))

        base, full = best_of(segment), best_of(names)
        print(f"{words} words: read+segment {base * 1000:.1f} ms, +name-consistency {full * 1000:.1f} ms; ratio {full / base:.1f}")


if __name__ == "__main__":
    main()
