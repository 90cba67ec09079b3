"""CPU time of an in-process lint of a folder's first N articles, per rule type.

    python3 bench/lint_folder.py /tmp/nlpid-news --count 200

The Linter is built and one article checked before the clock starts (start-up is
measured by ``bench/run.py --only cold-start``). Prints the CPU seconds of the loop, MB/s,
the findings, and the CPU time each rule type took (engine.run's per-rule times, read as
CPU time). Compare two checkouts by running each, interleaved, on a loaded machine.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_lint import engine  # noqa: E402
from qa_lint.api import Linter, Options  # noqa: E402


class _CpuClock:
    """engine.run times each rule with time.perf_counter: CPU time here, not wall time."""

    perf_counter = staticmethod(time.process_time)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--count", type=int, default=200)
    args = parser.parse_args(argv)
    files = sorted(args.folder.glob("*.txt"))[: args.count]
    if not files:
        print(f"no .txt files in {args.folder}", file=sys.stderr)
        return 2
    engine.time = _CpuClock  # type: ignore[assignment]
    linter = Linter(Options(timeout=None))
    linter.lint_file(files[0])
    by_rule: dict[str, float] = defaultdict(float)
    findings = 0
    started = time.process_time()
    for path in files:
        result = linter.lint_file(path)
        findings += len(result.findings)
        for rule, seconds in result.rule_seconds.items():
            by_rule[rule] += seconds
    cpu = time.process_time() - started
    size = sum(path.stat().st_size for path in files)
    print(f"{len(files)} articles, {size / 1e6:.2f} MB: {cpu:.2f} s CPU, {size / 1e6 / cpu:.3f} MB/s, {findings} findings")
    rules = linter.rules()
    by_type: dict[str, float] = defaultdict(float)
    for rule, seconds in by_rule.items():
        by_type[rules[rule].type if rule in rules else rule] += seconds
    for kind, seconds in sorted(by_type.items(), key=lambda kv: -kv[1]):
        if seconds >= 0.005:
            print(f"  {kind:28} {seconds:6.2f} s  {100 * seconds / cpu:4.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
