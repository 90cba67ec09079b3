"""LanguageTool backend benchmark: cold start, throughput, parallelism and the result cache.

    python3 bench/languagetool_bench.py [--repeat 4] [--threads N]

Needs an installed LanguageTool (qa-lint languagetool install). The corpus is
every fixture article (English and Indonesian), repeated; the server's own
result cache is turned off so repeated paragraphs are really checked again.
Printed, not asserted: machines are shared and noisy.

1. cold start: the first check of a run = starting the server + the first
   request of a language (pipeline build). Reported in seconds, and as a ratio
   to one warm check of the same document.
2. throughput: sentences per second over the corpus on a warm server, with
   requests in parallel up to the server's threads, and with one thread
   (the ratio is what batching + parallel requests buy).
3. cached re-run: the same corpus again with qa-lint's result cache filled;
   no request reaches the server.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_lint.api import Linter, Options  # noqa: E402
from qa_lint.config import Config  # noqa: E402
from qa_lint.languagetool import LanguageToolSource, install  # noqa: E402
from qa_lint.languagetool.server import DEFAULT_THREADS, LocalServer  # noqa: E402
from qa_lint.readers import read_file  # noqa: E402


def corpus(repeat: int):
    docs = []
    for path in sorted((ROOT / "fixtures").glob("*")):
        if path.suffix in (".txt", ".md", ".html") and ".source-" not in path.name:
            docs.append((path, path.read_text(encoding="utf-8")))
    return [(f"{path.name}#{i}", path) for i in range(repeat) for path, _ in docs]


def run(source: LanguageToolSource, config: Config, items) -> tuple[float, int]:
    linter = Linter(Options(), [source])
    started = time.perf_counter()
    for name, path in items:
        doc = read_file(path)
        doc.path = name
        linter.lint_document(doc, config)
    return time.perf_counter() - started, source.stats["sentences_checked"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=4, help="copies of the fixture corpus (default 4)")
    parser.add_argument("--threads", type=int, default=DEFAULT_THREADS, help=f"server threads (default {DEFAULT_THREADS})")
    args = parser.parse_args()
    found = install.find()
    if found is None:
        print("LanguageTool is not installed: qa-lint languagetool install", file=sys.stderr)
        return 2
    items = corpus(args.repeat)
    print(f"LanguageTool {found.version}; corpus: {len(items)} documents ({args.repeat} copies of the fixtures); "
          f"server threads: {args.threads}")

    with tempfile.TemporaryDirectory() as tmp:
        uncached = Config(languagetool={"cache": False})

        # 1. Cold start: a fresh qa-lint run, first document.
        first = items[0][1]
        source = LanguageToolSource(mode="on")
        cold_config = Config(languagetool={"cache": False, "threads": args.threads})
        cold, _ = run(source, cold_config, [("cold", first)])
        warm_one, _ = run(source, cold_config, [("warm", first)])
        source.close()
        start = source.timings.get("languagetool server start", 0.0)
        print(f"cold start: first check {cold:.2f} s (server start {start:.2f} s), "
              f"a warm check of the same file {warm_one * 1000:.0f} ms: ratio {cold / max(warm_one, 1e-9):.0f}x")

        # 2. Throughput on one warm server (its own cache off), parallel vs one thread.
        with LocalServer(found, threads=args.threads, extra_properties={"cacheSize": "0"}) as server:
            results = {}
            for threads in (args.threads, 1):
                source = LanguageToolSource(mode="on", url=server.url)
                # Requests per document are spread over this many client threads.
                source._backend({}, "on").threads = threads
                run(source, uncached, items[:len(items) // args.repeat])  # warm every language's pipelines
                source.stats.update(sentences_checked=0)
                seconds, sentences = run(source, uncached, items)
                source.close()
                results[threads] = (seconds, sentences)
                print(f"throughput, {threads} thread(s): {sentences} sentences in {seconds:.2f} s = "
                      f"{sentences / seconds:.0f} sentences/s")
            if args.threads != 1:
                print(f"parallel speed-up: {results[1][0] / results[args.threads][0]:.2f}x")

            # 3. Cached re-run: fill qa-lint's result cache with one copy of the corpus, then run it again.
            once = items[:len(items) // args.repeat]
            cached = Config(languagetool={"cache": True, "results_dir": str(Path(tmp) / "results")})
            source = LanguageToolSource(mode="on", url=server.url)
            fill, _ = run(source, cached, once)
            source.close()
            source = LanguageToolSource(mode="on", url=server.url)
            again, _ = run(source, cached, once)
            source.close()
            print(f"cached re-run: {again:.2f} s vs {fill:.2f} s to fill ({fill / max(again, 1e-9):.1f}x), "
                  f"requests on re-run: {source.stats['requests']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
