"""Core benchmarks, reported as ratios against a baseline measured in the same run.

    python3 bench/core_bench.py

1. terms scaling: a `terms` rule with 1,000 terms vs the same rule with 10
   terms over the same text (target: ratio close to 1, i.e. cost does not grow
   with the number of terms).
2. lint throughput: the whole bundled rule set over the fixtures, against a
   baseline of reading + segmenting the same documents (what any linter pays).
3. one-line article: 500 vs 4,000 sentences in a single paragraph (target:
   ratio close to 8, i.e. linear).
Nothing here asserts a time; machines are shared and noisy.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_lint import packs  # noqa: E402
from qa_lint.api import Linter  # noqa: E402
from qa_lint.readers import read_file, read_text  # noqa: E402


def best_of(fn, repeat=7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def terms_pack(n: int, folder: Path) -> packs.PackSet:
    terms = "\n".join(f"      - istilah{i:05d}" for i in range(n))
    path = folder / f"terms{n}.yaml"
    path.write_text(
        "pack: bench\nlanguage: id\nrules:\n  - id: bench.terms.x\n    type: terms\n    severity: info\n"
        "    category: style\n    message: m\n    terms:\n" + terms + "\n    examples: {bad: [istilah00001], good: [kata]}\n",
        encoding="utf-8",
    )
    return packs.load([path], include_bundled=False)


def bench_terms() -> None:
    text = (ROOT / "fixtures" / "tribunnews-putin-korut.txt").read_text(encoding="utf-8") * 50
    doc = read_text(text, "bench.txt")
    with tempfile.TemporaryDirectory() as tmp:
        small, large = terms_pack(10, Path(tmp)), terms_pack(1000, Path(tmp))
        t_small = best_of(lambda: list(small.check("bench.terms.x").run(doc)))
        t_large = best_of(lambda: list(large.check("bench.terms.x").run(doc)))
    print(f"terms: 10 terms {t_small * 1000:.2f} ms, 1000 terms {t_large * 1000:.2f} ms over {len(text)} chars;"
          f" ratio 1000/10 = {t_large / t_small:.2f}")


def bench_lint() -> None:
    files = sorted(p for p in (ROOT / "fixtures").iterdir() if p.suffix in (".txt", ".md", ".html") and ".source-" not in p.name)
    linter = Linter()
    linter.lint_file(files[0])  # load packs once, outside the timing

    def baseline():
        for f in files:
            doc = read_file(f)
            doc.sentences  # noqa: B018 - segmentation is part of the baseline

    def lint():
        for f in files:
            linter.lint_file(f)

    t_base, t_lint = best_of(baseline), best_of(lint)
    words = sum(len(read_file(f).text.split()) for f in files)
    print(f"lint: {len(files)} files, {words} words; read+segment {t_base * 1000:.1f} ms, full lint {t_lint * 1000:.1f} ms;"
          f" ratio lint/baseline = {t_lint / t_base:.1f}; {words / t_lint:,.0f} words/s")


def bench_long_paragraph() -> None:
    """Whole-document lint of an article that is one long line (a CMS export
    without line breaks): time should grow linearly with its sentences."""
    linter = Linter()
    sentence = "Putin mengatakan bahwa Dr. Kim tiba pukul 15.00 WIB. "
    linter.lint_text(sentence, "warm.txt", language="id")
    t_small = best_of(lambda: linter.lint_text(sentence * 500, "one-line.txt", language="id"), repeat=3)
    t_large = best_of(lambda: linter.lint_text(sentence * 4000, "one-line.txt", language="id"), repeat=3)
    print(f"one-line article: 500 sentences {t_small * 1000:.0f} ms, 4000 sentences {t_large * 1000:.0f} ms;"
          f" ratio = {t_large / t_small:.1f} (8 = linear)")


if __name__ == "__main__":
    bench_terms()
    bench_lint()
    bench_long_paragraph()
