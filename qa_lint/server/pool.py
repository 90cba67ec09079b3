"""`qa-lint serve --workers N`: requests checked on N processes, one Linter each.

Checks are pure Python and hold the interpreter lock, so threads would still take turns;
processes do not. The workers fork from the server after its packs are loaded (they
share the compiled packs until they write to them) and before it serves, so no thread
of the web server is running when they are made. Each worker builds the whole answer of
a request (the JSON the API returns), so the answer is the same as in one process.
A worker that dies answers its request with a 500; the pool is then made again.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import multiprocessing
import multiprocessing.util
import os
import signal
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable

log = logging.getLogger("qa_lint.server")

# The one request handler of this worker process, set before the fork.
_HANDLER: Callable[[dict, str | None], tuple] | None = None
_ON_EXIT: Callable[[], None] | None = None


def _start_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which stops the workers
    if _ON_EXIT is not None:
        # Pool workers leave without atexit; multiprocessing's finalizers still run (a LanguageTool server stopped).
        multiprocessing.util.Finalize(None, _ON_EXIT, exitpriority=10)


def _ping(_: int) -> int:
    return os.getpid()


def _run(body: dict, ui_lang: str | None) -> tuple:
    assert _HANDLER is not None, "a worker without a handler"
    return _HANDLER(body, ui_lang)


class WorkerPool:
    """``pool.check(body, ui_lang)`` -> what ``handler(body, ui_lang)`` returns, on a worker process."""

    def __init__(self, handler: Callable[[dict, str | None], tuple], workers: int, on_exit: Callable[[], None] | None = None):
        self.handler, self.workers, self.on_exit = handler, workers, on_exit
        self._lock = threading.Lock()
        self._executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        global _HANDLER, _ON_EXIT
        methods = multiprocessing.get_all_start_methods()
        if "fork" not in methods:
            raise RuntimeError("--workers needs a system where processes fork (Linux, macOS)")
        _HANDLER, _ON_EXIT = self.handler, self.on_exit
        gc.freeze()  # the loaded rules stay shared: the workers' collector does not touch (and copy) them
        executor = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("fork"),
                                       initializer=_start_worker)
        # Every worker now, while this process has no other thread: forking later could copy a held lock.
        list(executor.map(_ping, range(self.workers * 4)))
        return executor

    def check(self, body: dict, ui_lang: str | None) -> tuple:
        executor = self._executor
        try:
            return executor.submit(_run, body, ui_lang).result()
        except BrokenProcessPool:
            return self._restart(executor)

    async def check_async(self, body: dict, ui_lang: str | None) -> tuple:
        """``check`` for the event loop: the request waits on the worker's future, not in
        a thread of the server's thread pool."""
        executor = self._executor
        try:
            return await asyncio.wrap_future(executor.submit(_run, body, ui_lang))
        except BrokenProcessPool:
            # Starting the workers forks and waits for them: not on the event loop.
            return await asyncio.to_thread(self._restart, executor)

    def _restart(self, executor: ProcessPoolExecutor) -> tuple:
        log.error("a worker process died while it checked a request; starting the workers again")
        with self._lock:
            if self._executor is executor:
                executor.shutdown(wait=False, cancel_futures=True)
                self._executor = self._start()
        return (500, {"error": "internal error in qa-lint: the worker checking this request stopped; the server log has the details"})

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
