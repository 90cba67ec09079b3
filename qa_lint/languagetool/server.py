"""One local LanguageTool HTTP server, owned by qa-lint.

Started from the installed (and verified) jars on a free loopback port, waited for
until it answers, and stopped when qa-lint exits: on a normal exit, Ctrl-C, SIGTERM
or SIGHUP its process group is stopped; if qa-lint dies without a chance to clean
up (SIGKILL, a crash), the watchdog that started Java sees qa-lint's end of a pipe
close and stops the server and removes its temporary files (see watchdog.py).
"""

from __future__ import annotations

import atexit
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import IO

from . import dynamic
from .install import Installation, InstallError, require_java

DEFAULT_HEAP = "1g"
DEFAULT_THREADS = max(2, min(8, os.cpu_count() or 2))
READY_TIMEOUT = 120.0

_running: set["LocalServer"] = set()
_lock = threading.Lock()


class ServerError(InstallError):
    """The server did not start or died: a clear message, exit code 2."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _stop_all() -> None:
    for server in list(_running):
        server.stop()


def _on_signal(signum, frame):
    # Turn SIGTERM and SIGHUP into a normal exit so atexit handlers (and the server stop) run.
    raise SystemExit(128 + signum)


_handlers_installed = False


def _install_handlers() -> None:
    global _handlers_installed
    if _handlers_installed:
        return
    _handlers_installed = True
    atexit.register(_stop_all)
    # Ctrl-C arrives as KeyboardInterrupt (the CLI returns 130, then atexit runs);
    # the Java process does not see it, being in its own session.
    if threading.current_thread() is threading.main_thread():
        for signum in (signal.SIGTERM, signal.SIGHUP):
            if signal.getsignal(signum) in (signal.SIG_DFL, None):
                signal.signal(signum, _on_signal)


def _watchdog_env() -> dict:
    """The environment for the watchdog: qa_lint importable from where this process has it."""
    env = dict(os.environ)
    package_parent = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    env["PYTHONPATH"] = package_parent + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


class LocalServer:
    """A LanguageTool server process. ``start()`` returns once it answers; ``stop()`` is idempotent."""

    def __init__(self, installation: Installation, heap: str = DEFAULT_HEAP, threads: int = DEFAULT_THREADS,
                 extra_properties: dict | None = None, ready_timeout: float = READY_TIMEOUT):
        self.installation = installation
        self.heap = heap
        self.threads = threads
        self.extra_properties = dict(extra_properties or {})
        self.ready_timeout = ready_timeout
        self.port: int | None = None
        self.process: subprocess.Popen | None = None
        self.dynamic_languages: list[dynamic.DynamicLanguage] = []
        self.startup_seconds = 0.0
        self._log: IO[bytes] | None = None
        self._config_file: Path | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def properties(self) -> dict[str, str]:
        props = {
            # Keep analysed pipelines between requests: the first check of a language
            # pays for loading its rules, later ones do not.
            "pipelineCaching": "true",
            "maxPipelinePoolSize": str(max(50, self.threads * 8)),
            "pipelineExpireTimeInSeconds": "3600",
            "cacheSize": "2000",
            "cacheTTLSeconds": "3600",
            "maxCheckThreads": str(self.threads),
            "maxWorkQueueSize": "200",
            "maxTextLength": "200000",
            "maxCheckTimeMillis": "120000",
        }
        for lang in self.dynamic_languages:
            props.update(lang.server_properties())
        props.update({k: str(v) for k, v in self.extra_properties.items()})
        return props

    def start(self) -> "LocalServer":
        if self.process and self.process.poll() is None:
            return self
        java = require_java()
        self.installation.verify()  # never run jars that changed since they were installed
        started = time.perf_counter()
        self.dynamic_languages = dynamic.prepare(self.installation.folder)
        self._log = tempfile.TemporaryFile(prefix="qa-lint-languagetool-", suffix=".log")
        _install_handlers()
        for _attempt in range(3):  # another process may take the free port before Java binds it
            self.port = free_port()
            # A file per attempt: the watchdog of a failed attempt removes its own.
            self._config_file = self._write_properties()
            command = [
                sys.executable, "-m", "qa_lint.languagetool.watchdog", "--remove", str(self._config_file), "--",
                java, f"-Xmx{self.heap}", "-XX:+UseSerialGC", "-Xss2m",
                "-cp", self.installation.classpath, "org.languagetool.server.HTTPServer",
                "--port", str(self.port), "--config", str(self._config_file),
            ]
            with _lock:
                # stdin is the watchdog's lifeline: it closes when this process ends, however it ends.
                process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=self._log, stderr=subprocess.STDOUT,
                                           start_new_session=True, env=_watchdog_env())
                self.process = process
                _running.add(self)
            if self._wait_ready(process):
                self.startup_seconds = time.perf_counter() - started
                return self
            if "BindException" not in self.log_tail():
                break
        tail = self.log_tail()
        exit_code = self.process.poll() if self.process else None
        self.stop()
        if exit_code is not None:
            why = f"exited at once with code {exit_code}"
        else:
            why = f"did not answer within {self.ready_timeout:.0f} s on port {self.port}"
        raise ServerError(
            f"the LanguageTool server (from {self.installation.jars}) {why}."
            + (f" Its last output:\n{tail}" if tail else " It printed nothing.")
        )

    def _write_properties(self) -> Path:
        fd, name = tempfile.mkstemp(prefix="qa-lint-languagetool-", suffix=".properties")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            for key, value in self.properties().items():
                handle.write(f"{key}={value}\n")
        return Path(name)

    def _wait_ready(self, process: subprocess.Popen) -> bool:
        deadline = time.monotonic() + self.ready_timeout
        probe = f"{self.url}v2/languages"
        while time.monotonic() < deadline:
            if process.poll() is not None:
                return False
            try:
                with urllib.request.urlopen(probe, timeout=2) as response:
                    if response.status == 200:
                        return True
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.1)
        return False

    def log_tail(self, lines: int = 12) -> str:
        if not self._log:
            return ""
        try:
            self._log.seek(0)
            text = self._log.read().decode("utf-8", errors="replace")
        except (OSError, ValueError):
            return ""
        keep = [line for line in text.splitlines() if not line.lstrip().startswith("at ")]
        return "\n".join(keep[-lines:])

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is not None and process.stdin is not None:
            try:
                process.stdin.close()  # the watchdog stops Java too, should the group kill below miss
            except OSError:
                pass
        if process is not None and process.poll() is None:
            try:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(timeout=5)
            except (ProcessLookupError, PermissionError):
                pass
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(process.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                process.wait(timeout=5)
        with _lock:
            _running.discard(self)
        if self._config_file:
            self._config_file.unlink(missing_ok=True)
            self._config_file = None
        if self._log:
            self._log.close()
            self._log = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
