"""Re-running `qa-lint check` over an unchanged corpus with the result cache, as a share
of the first run, and `--jobs N` against `--jobs 1`; every figure beside its baseline
measured in the same run. Nothing is asserted: machines are shared and noisy.

    python3 bench/cache_rerun.py                 # the fixtures, 3 copies (about 300 files)
    python3 bench/cache_rerun.py --copies 10 --jobs 4
    python3 bench/cache_rerun.py --corpus DIR    # your own articles (copied: the cache is per path)

Each run is a fresh `python3 -m qa_lint check` process (LanguageTool off, output to a
file); times are wall clock and the CPU time of the process and its workers.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_lint.readers import EXTENSIONS  # noqa: E402


def build_corpus(source: Path, copies: int, folder: Path) -> int:
    """``copies`` copies of every article under ``source``, each copy its own bytes (a marker
    line), so no two files share a cache entry; the number of files."""
    count = 0
    for copy in range(copies):
        for path in sorted(source.rglob("*")):
            if path.suffix.lower() not in EXTENSIONS or ".expected" in path.name or not path.is_file():
                continue
            target = folder / f"copy{copy}" / path.relative_to(source)
            target.parent.mkdir(parents=True, exist_ok=True)
            data = path.read_bytes()
            target.write_bytes(data + (f"\n\nSalinan {copy}.\n".encode() if path.suffix in (".txt", ".md") else b""))
            count += 1
    return count


def timed(args: list[str], env: dict) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds of the process and its children, exit code)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "qa_lint", "check", *args], cwd=ROOT, env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "fixtures")
    parser.add_argument("--copies", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="qa-lint-cache-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        files = build_corpus(options.corpus, options.copies, corpus)
        size = sum(p.stat().st_size for p in corpus.rglob("*") if p.is_file())
        env = {**os.environ, "QA_LINT_LANGUAGETOOL": "off", "QA_LINT_CACHE": str(Path(tmp) / "cache"),
               "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
        print(f"corpus: {files} files, {size / 1e6:.2f} MB ({options.copies} copies of {options.corpus})")
        runs = {}
        runs["start-up: one empty file, --no-cache"] = timed(["--no-cache", "--jobs", "1", str(_empty(Path(tmp)))], env)
        runs["first run, --jobs 1, no cache"] = timed(["--no-cache", "--jobs", "1", "-f", "jsonl", "-o", f"{tmp}/a", str(corpus)], env)
        runs[f"first run, --jobs {options.jobs}, no cache"] = timed(["--no-cache", "--jobs", str(options.jobs), "-f", "jsonl", "-o",
                                                                    f"{tmp}/b", str(corpus)], env)
        runs["filling the cache, --jobs 1"] = timed(["--jobs", "1", "-f", "jsonl", "-o", f"{tmp}/c", str(corpus)], env)
        runs["re-run from the cache, --jobs 1"] = timed(["--jobs", "1", "-f", "jsonl", "-o", f"{tmp}/d", str(corpus)], env)
        shutil.rmtree(Path(tmp) / "cache", ignore_errors=True)
        same = len({(Path(tmp) / name).read_bytes() for name in "abcd"}) == 1
    base_wall, base_cpu, _ = runs["first run, --jobs 1, no cache"]
    for name, (wall, cpu, code) in runs.items():
        print(f"{name:42s} wall {wall:7.2f} s ({wall / base_wall:6.1%})   cpu {cpu:7.2f} s ({cpu / base_cpu:6.1%})   exit {code}")
    rerun_wall, rerun_cpu, _ = runs["re-run from the cache, --jobs 1"]
    startup_wall, _, _ = runs["start-up: one empty file, --no-cache"]
    print(f"re-run with the cache: {rerun_wall / base_wall:.1%} of the first run's wall time, {rerun_cpu / base_cpu:.1%} of its CPU "
          f"(start-up alone: {startup_wall / base_wall:.1%}); target <= 5%")
    jobs_wall = runs[f"first run, --jobs {options.jobs}, no cache"][0]
    print(f"--jobs {options.jobs}: {base_wall / jobs_wall:.2f}x the speed of --jobs 1 (wall)")
    print(f"the four reports identical: {same}")


def _empty(folder: Path) -> Path:
    path = folder / "empty.txt"
    path.write_text("Halo.\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    main()
