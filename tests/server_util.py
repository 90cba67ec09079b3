"""`qa-lint serve` as a real process for tests: started on a free port, its URL read
from what it prints, stopped with Ctrl-C (SIGINT) and its exit code and log returned."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STARTUP_SECONDS = 60


class Served:
    def __init__(self, proc: subprocess.Popen, log: Path):
        self.proc, self.log = proc, log
        self.url = ""
        self.exit_code: int | None = None
        self.output = ""

    def wait_for_url(self) -> str:
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            found = re.search(r"serving on (http://\S+/)", self.log.read_text())
            if found:
                self.url = found.group(1)
                return self.url
            if self.proc.poll() is not None:
                raise AssertionError(f"qa-lint serve exited with {self.proc.returncode}:\n{self.log.read_text()}")
            time.sleep(0.05)
        raise AssertionError(f"qa-lint serve did not start in {STARTUP_SECONDS} s:\n{self.log.read_text()}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)  # Ctrl-C
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.exit_code = self.proc.returncode
        self.output = self.log.read_text()
        self.log.unlink(missing_ok=True)


def start(*args: str, env: dict | None = None) -> Served:
    """Start `qa-lint serve ARGS` (LanguageTool off unless env says otherwise); call .stop() after."""
    log = tempfile.NamedTemporaryFile("w+", suffix=".log", delete=False)
    log.close()
    with open(log.name, "w") as handle:
        proc = subprocess.Popen([sys.executable, "-m", "qa_lint", "serve", *args], cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=handle, text=True,
                                env={**os.environ, "QA_LINT_LANGUAGETOOL": "off", **(env or {})})
    return Served(proc, Path(log.name))


@contextlib.contextmanager
def serving(*args: str, env: dict | None = None):
    """The server's URL while the block runs; stopped (and its log read) after."""
    served = start(*args, env=env)
    try:
        served.wait_for_url()
        yield served
    finally:
        served.stop()
