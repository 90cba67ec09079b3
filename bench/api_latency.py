"""Latency of `POST /v1/check` on the seed article, with 1 and 8 clients on kept-alive
connections, beside a trivial endpoint (`GET /healthz`) measured the same way in the
same run: p50/p95/p99 and their ratio to the baseline's. Nothing is asserted.

    python3 bench/api_latency.py                       # --workers 1 and --workers <cores>
    python3 bench/api_latency.py --workers 1 4 --requests 200

Each configuration is a real `qa-lint serve` process (LanguageTool off) on a free port;
the clients are threads of this process, each with its own connection.

Latency is wall time, and on a machine shared with other jobs it mostly measures the
queue for a core. So each line also gives the CPU time the server (with its workers)
spent per request, read from /proc, beside the CPU time of the lint alone in this process:
their difference is what the HTTP layer costs, whatever the load.
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


def in_process(repeat: int) -> tuple[float, float]:
    """The lint of the seed alone in this process: median wall ms, and CPU ms per lint."""
    sys.path.insert(0, str(ROOT))
    from qa_lint.api import Linter

    linter = Linter()
    linter.lint_text(SEED, language="id")
    times = []
    cpu = time.process_time()
    for _ in range(repeat):
        began = time.perf_counter()
        linter.lint_text(SEED, language="id")
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times), (time.process_time() - cpu) * 1000 / repeat


def tree_cpu(pid: int) -> float | None:
    """CPU seconds (user + system) of a process and its live descendants (Linux /proc), None elsewhere."""
    tick = os.sysconf("SC_CLK_TCK")
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total = (int(fields[11]) + int(fields[12])) / tick  # utime, stime
        for task in Path(f"/proc/{pid}/task").iterdir():
            for child in (task / "children").read_text().split():
                total += tree_cpu(int(child)) or 0.0
    except (OSError, IndexError, ValueError):
        return None
    return total


def cpu_per_request(proc: subprocess.Popen, url: str, clients: int, requests: int) -> tuple[list[float], float | None]:
    """Latencies of a /v1/check load, and the server's CPU ms per request during it."""
    before = tree_cpu(proc.pid)
    times = load(url, clients, requests, check=True)
    after = tree_cpu(proc.pid)
    warm_requests = clients * 3  # load() sends 3 before it starts timing
    cpu = None if before is None or after is None else (after - before) * 1000 / (clients * requests + warm_requests)
    return times, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, nargs="+", default=sorted({1, default_workers()}))
    parser.add_argument("--requests", type=int, default=60, help="requests per client (default: 60)")
    options = parser.parse_args()
    print(f"seed article: {len(SEED)} characters; {options.requests} requests per client; times in ms")
    wall, cpu = in_process(options.requests)
    print(f"the lint alone, in this process (the floor of /v1/check): p50 {wall:.1f} ms wall, {cpu:.1f} ms CPU per lint")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    for workers in options.workers:
        proc, url, log = start(workers)
        try:
            for clients in (1, 8):
                base = percentiles(load(url, clients, options.requests, check=False))
                times, server_cpu = cpu_per_request(proc, url, clients, options.requests)
                found = percentiles(times)
                cells = "  ".join(f"{name} {value:7.1f} ({value / b:5.1f}x)" for name, value, b in zip(("p50", "p95", "p99"), found, base))
                spent = f"{server_cpu:.1f}" if server_cpu is not None else "?"
                print(f"--workers {workers}, {clients} client{'s' if clients > 1 else ' '}: /v1/check {cells}   "
                      f"| /healthz p50 {base[0]:.1f} p95 {base[1]:.1f} p99 {base[2]:.1f}   | server CPU {spent} ms/request")
        finally:
            proc.send_signal(signal.SIGINT)
            proc.wait(timeout=30)
            log.unlink(missing_ok=True)
    print("targets (issue 12): p95 <= 20 ms with 1 client, <= 60 ms with 8 clients")


if __name__ == "__main__":
    main()
