"""Latency of `POST /v1/check` on the seed article, with 1 and 8 clients on kept-alive
connections, beside a trivial endpoint (`GET /healthz`) measured the same way in the
same run: p50/p95/p99 and their ratio to the baseline's. Nothing is asserted.

    python3 bench/api_latency.py                       # --workers 1 and --workers <cores>
    python3 bench/api_latency.py --workers 1 4 --requests 200

Each configuration is a real `qa-lint serve` process (LanguageTool off) on a free port;
the clients are threads of this process, each with its own connection.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "fixtures" / "tribunnews-putin-korut.txt").read_text(encoding="utf-8")


def default_workers() -> int:
    """The workers `qa-lint serve` starts without --workers."""
    sys.path.insert(0, str(ROOT))
    from qa_lint.server import default_workers as serve_default

    return serve_default()


def start(workers: int) -> tuple[subprocess.Popen, str, Path]:
    log = Path(tempfile.mkstemp(suffix=".log")[1])
    env = {**os.environ, "QA_LINT_LANGUAGETOOL": "off",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    with open(log, "w") as handle:
        proc = subprocess.Popen([sys.executable, "-m", "qa_lint", "serve", "--port", "0", "--workers", str(workers),
                                 "--log-level", "warning"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=handle)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        found = re.search(r"serving on (http://\S+/)", log.read_text())
        if found:
            return proc, found.group(1), log
        if proc.poll() is not None:
            break
        time.sleep(0.1)
    proc.kill()
    raise SystemExit(f"qa-lint serve did not start:\n{log.read_text()}")


def percentiles(samples: list[float]) -> tuple[float, float, float]:
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return cuts[49], cuts[94], cuts[98]


def load(url: str, clients: int, requests: int, check: bool) -> list[float]:
    """Latencies (ms) of ``requests`` requests per client, ``clients`` at once."""
    times: list[float] = []
    lock = threading.Lock()
    start_line = threading.Barrier(clients)

    def client() -> None:
        mine = []
        with httpx.Client(timeout=60) as http:
            send = (lambda: http.post(url + "v1/check", json={"text": SEED, "language": "id"})) if check else \
                   (lambda: http.get(url + "healthz"))
            for _ in range(3):
                send().raise_for_status()  # warm: connection open, first-use costs paid
            start_line.wait()
            for _ in range(requests):
                began = time.perf_counter()
                send().raise_for_status()
                mine.append((time.perf_counter() - began) * 1000)
        with lock:
            times.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return times


def in_process(repeat: int) -> float:
    sys.path.insert(0, str(ROOT))
    from qa_lint.api import Linter

    linter = Linter()
    linter.lint_text(SEED, language="id")
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        linter.lint_text(SEED, language="id")
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, nargs="+", default=sorted({1, default_workers()}))
    parser.add_argument("--requests", type=int, default=60, help="requests per client (default: 60)")
    options = parser.parse_args()
    print(f"seed article: {len(SEED)} characters; {options.requests} requests per client; times in ms")
    print(f"the lint alone, in this process (the floor of /v1/check): p50 {in_process(options.requests):.1f} ms")
    for workers in options.workers:
        proc, url, log = start(workers)
        try:
            for clients in (1, 8):
                base = percentiles(load(url, clients, options.requests, check=False))
                found = percentiles(load(url, clients, options.requests, check=True))
                cells = "  ".join(f"{name} {value:7.1f} ({value / b:5.1f}x)" for name, value, b in zip(("p50", "p95", "p99"), found, base))
                print(f"--workers {workers}, {clients} client{'s' if clients > 1 else ' '}: /v1/check {cells}   "
                      f"| /healthz p50 {base[0]:.1f} p95 {base[1]:.1f} p99 {base[2]:.1f}")
        finally:
            proc.send_signal(signal.SIGINT)
            proc.wait(timeout=30)
            log.unlink(missing_ok=True)
    print("targets (issue 12): p95 <= 20 ms with 1 client, <= 60 ms with 8 clients")


if __name__ == "__main__":
    main()
