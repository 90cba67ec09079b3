"""How the hedge-escalation check scales with article length (not a timed test).

    python3 bench/hedge_scaling.py [--kb 500] [--language id]

Builds one long text from the clean sourcing articles (tests/data/sourcing/clean-<lang>-*.txt),
each copy with its words varied so that the topics do not all repeat, and runs the rule on
the first ``kb`` kilobytes and on half of them: seconds, and the number of sentence/claim
comparisons the check made (``comparisons``, when the check counts them). Near-linear
means the full text costs about twice the half.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_lint import packs  # noqa: E402
from qa_lint.readers import read_text  # noqa: E402


def corpus(language: str, size: int, check=None) -> str:
    cues = [t for t in (getattr(check, n, None) for n in ("hedges", "certain", "exempt", "later_unless")) if t is not None]
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/data/sourcing").glob(f"clean-{language}-*.txt"))]
    parts: list[str] = []
    total, copy = 0, 0
    while total < size:
        for text in texts:
            # A different suffix per copy on long words: a long file is many stories, not one repeated.
            tag = "".join(chr(ord("a") + int(d)) for d in str(copy))
            varied = " ".join(w + tag if vary(w, cues) else w for w in text.split(" "))
            parts.append(varied)
            total += len(varied.encode("utf-8")) + 2
            copy += 1
    return "\n\n".join(parts)[:size]


def vary(word: str, cues) -> bool:
    """Names and long words take the copy's tag; cue words stay as they are."""
    if not word.isalpha() or any(c.search(word) for c in cues):
        return False
    return word[0].isupper() or len(word) >= 8


def run(check, text: str) -> tuple[float, float, int, int]:
    doc = read_text(text, "<bench>", "txt")
    _ = doc.sentences
    start, cpu = time.perf_counter(), time.process_time()
    found = list(check.run(doc))
    return time.perf_counter() - start, time.process_time() - cpu, getattr(check, "comparisons", -1), len(found)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kb", type=int, default=500)
    parser.add_argument("--language", default="id")
    args = parser.parse_args(argv)
    check = packs.load().check(f"{args.language}.sourcing.hedge-escalation")
    text = corpus(args.language, args.kb * 1000, check)
    for label, part in (("half", text[: len(text) // 2]), ("full", text)):
        seconds, cpu, comparisons, findings = run(check, part)
        # CPU seconds beside the wall clock: on a shared machine the wall clock counts the others' load.
        print(f"{label}: {len(part.encode('utf-8')) / 1000:.0f} KB, {seconds:.2f} s ({cpu:.2f} s CPU), "
              f"comparisons {comparisons}, findings {findings}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
