"""Checking many files: on several processes (``--jobs``) and through the result cache.

    result = runner.lint_paths(linter, ["articles/"], on_file=show, jobs=4, cache=ResultCache(linter))

Same files, same order, same findings as ``Linter.lint_paths``: results are reported in
input order as soon as every file before them is done, so the terminal still streams.
Memory stays bounded: at most ``WINDOW_PER_JOB`` files per worker are read ahead of the
first one not yet reported. Each worker process holds one Linter (packs loaded once,
inherited from the parent where the system forks) and checks one file at a time, so a
worker that dies (a crash in a C library, the kernel's OOM killer) costs only the file it
held: that file is reported as an internal error (exit code 3) and a new worker carries on.
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from . import api, bilingual, packs
from .api import FileResult, Linter, LintResult
from .cache import ResultCache, without_document
from .config import ConfigError
from .readers import read_file

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

# multiprocessing is imported only when files are checked on several processes (cold start).

WINDOW_PER_JOB = 4

OnFile = Callable[[FileResult, int, int], None]


def default_jobs() -> int:
    """All the cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def lint_paths(linter: Linter, paths: Iterable[str | Path], on_file: OnFile | None = None, jobs: int = 1,
               cache: ResultCache | None = None, documents: bool = True) -> LintResult:
    """``Linter.lint_paths`` with ``jobs`` processes and a result cache. ``documents``: give
    every result its Document (--fix, --diff and some reports need it), reading the file
    again where the result came from a worker or the cache."""
    result = LintResult()
    files, problems, result.skipped = api.expand_paths(paths, linter.configs, linter.options.force_exclude)
    if not linter.options.source:
        files = bilingual.drop_sources(files, linter.configs)
    total = len(files) + len(problems)
    for path, why in problems:
        result.files.append(FileResult(path, error=f"{path}: {why}"))
        if on_file:
            on_file(result.files[-1], len(result.files), total)
    run = _Run(linter, files, cache, jobs, documents)
    fail_ons = set()
    try:
        for file_result, config in run.results():
            if config is not None:
                fail_ons.add(config.fail_on)
            result.files.append(file_result)
            if on_file:
                on_file(file_result, len(result.files), total)
    except BaseException:
        run.close(abort=True)  # Ctrl-C or a broken pack: the workers' files are not waited for
        raise
    run.close()
    fail_ons.discard(None)
    result.fail_on = linter.options.fail_on or (fail_ons.pop() if len(fail_ons) == 1 else None) or "warning"
    return result


class _Run:
    """One run over a list of files: plans each (configuration error, cache hit or a check),
    hands the checks to the pool or does them here, yields the results in order."""

    def __init__(self, linter: Linter, files: list[str], cache: ResultCache | None, jobs: int, documents: bool):
        self.linter, self.files, self.cache, self.documents = linter, files, cache, documents
        # Workers that fork inherit the sources (LanguageTool: each starts its own server when it
        # first needs one); where they cannot, the sources stay in this process and so does the run.
        self.jobs = max(1, min(jobs, len(files)))
        if self.jobs > 1 and linter.sources and not _forks():
            self.jobs = 1
        self.pool: _Pool | None = None

    def results(self):
        ready: dict[int, tuple[FileResult, object]] = {}
        keys: dict[int, str | None] = {}
        configs: dict[int, object] = {}
        planned = emitted = 0
        # In this process a file is checked as it is planned: plan one, report it, go on.
        window = self.jobs * WINDOW_PER_JOB if self.jobs > 1 else 1
        while emitted < len(self.files):
            while planned < len(self.files) and planned - emitted < window:
                if not self._plan(planned, ready, keys, configs):
                    break  # every worker is busy
                planned += 1
            while emitted in ready:
                file_result, config = ready.pop(emitted)
                keys.pop(emitted, None)
                configs.pop(emitted, None)
                yield self._finished(file_result, config), config
                emitted += 1
            if emitted < len(self.files) and emitted not in ready and self.pool is not None:
                for index, file_result in self.pool.collect():
                    self._store(keys.get(index), file_result)
                    ready[index] = (file_result, configs[index])

    def _plan(self, index: int, ready: dict, keys: dict, configs: dict) -> bool:
        """Settle file ``index`` now (error, cache hit, or checked here) or give it to a
        worker; False when it must wait for a free worker."""
        path = self.files[index]
        if index not in configs:
            try:
                configs[index] = self.linter.configs.for_file(path)
            except ConfigError as exc:
                ready[index] = (FileResult(path, error=str(exc)), None)
                return True
            keys[index] = self.cache.key(path, path, configs[index]) if self.cache else None
            hit = self.cache.get(keys[index]) if self.cache else None
            if hit is not None:
                ready[index] = (hit, configs[index])
                return True
        if self.jobs <= 1:
            file_result = self.linter.lint_file(path, config=configs[index])  # type: ignore[arg-type]
            self._store(keys[index], file_result)
            ready[index] = (file_result, configs[index])
            return True
        if self.pool is None:
            self.linter.packset(configs[index])  # type: ignore[arg-type]  # loaded once, before the workers fork
            self.pool = _Pool(self.linter, self.jobs)
        return self.pool.submit(index, path)

    def _store(self, key: str | None, file_result: FileResult) -> None:
        if self.cache is not None:
            self.cache.put(key, file_result)

    def _finished(self, file_result: FileResult, config) -> FileResult:
        if self.documents and file_result.document is None and config is not None:
            attach_document(self.linter, file_result, config)
        return file_result

    def close(self, abort: bool = False) -> None:
        if self.pool is not None:
            self.pool.close(abort)
        if self.cache is not None and not abort:
            self.cache.evict()


def attach_document(linter: Linter, file_result: FileResult, config) -> None:
    """Read the file again for what needs its text (fixes, reports that show it); its
    findings came from elsewhere. Left without one when it cannot be read as one article."""
    if file_result.error or bilingual.is_bilingual(file_result.path):
        return
    try:
        doc = read_file(file_result.path, max_bytes=linter.options.max_bytes)
    except Exception:  # noqa: BLE001 - the findings stand; only the text is missing
        return
    doc.language = file_result.language
    doc.ui_lang = api.ui_language(linter.options.ui_lang or config.ui_lang) or doc.language
    file_result.document = doc


# ---- the worker processes ---------------------------------------------------------

# The parent's Linter, inherited by workers where processes fork (packs already compiled).
_INHERITED: Linter | None = None


def _worker(conn: Connection, options: api.Options) -> None:
    """Check files one at a time until told to stop (None); one Linter for the process's life."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    linter = _INHERITED if _INHERITED is not None else Linter(options)
    try:
        _serve(conn, linter)
    finally:
        linter.close()  # this process's copy of the sources (a LanguageTool server it started)


def _serve(conn: Connection, linter: Linter) -> None:
    # What the worker would print on stderr (a source's notes, such as "LanguageTool is not
    # installed") goes back with each answer: the parent prints each line once, where its
    # own stderr is, not once per worker.
    notes = io.StringIO()
    for source in linter.sources:
        if hasattr(source, "stderr"):
            source.stderr = notes
    with contextlib.redirect_stderr(notes):
        while True:
            try:
                task = conn.recv()
            except EOFError:
                return
            if task is None:
                return
            index, path = task
            try:
                outcome: object = without_document(linter.lint_file(path, config=linter.configs.for_file(path)))
            except packs.PackError as exc:  # a broken pack stops the whole run, as it does in-process
                outcome = RemotePackError(str(exc))
            except ConfigError as exc:
                outcome = FileResult(path, error=str(exc))
            conn.send((index, outcome, notes.getvalue()))
            notes.seek(0)
            notes.truncate()


class _Worker:
    def __init__(self, context, linter: Linter):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker, args=(child, linter.options), daemon=True)
        self.process.start()
        child.close()
        self.task: tuple[int, str] | None = None


def _forks() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


class _Pool:
    """Worker processes, each with at most one file."""

    def __init__(self, linter: Linter, jobs: int):
        global _INHERITED
        import multiprocessing

        methods = multiprocessing.get_all_start_methods()
        self.context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self.linter = linter
        self.printed: set[str] = set()
        _INHERITED = linter
        try:
            self.workers = [_Worker(self.context, linter) for _ in range(jobs)]
        finally:
            _INHERITED = None

    def submit(self, index: int, path: str) -> bool:
        idle = next((w for w in self.workers if w.task is None), None)
        if idle is None:
            return False
        idle.task = (index, path)
        idle.conn.send(idle.task)
        return True

    def collect(self) -> list[tuple[int, FileResult]]:
        """Wait for at least one busy worker to answer or die; what they gave back."""
        busy = [w for w in self.workers if w.task is not None]
        if not busy:
            return []
        waiting: list = [w.conn for w in busy] + [w.process.sentinel for w in busy]
        from multiprocessing.connection import wait

        ready = set(wait(waiting))
        done = []
        for worker in busy:
            assert worker.task is not None
            index, path = worker.task
            if worker.conn in ready:
                try:
                    answer_index, outcome, notes = worker.conn.recv()
                except (EOFError, OSError):
                    done.append((index, self._replace(worker)))
                    continue
                self._print_once(notes)
                if isinstance(outcome, BaseException):
                    raise outcome
                worker.task = None
                done.append((answer_index, outcome))
            elif worker.process.sentinel in ready:
                done.append((index, self._replace(worker)))
        return done

    def _print_once(self, notes: str) -> None:
        for line in notes.splitlines(keepends=True):
            if line not in self.printed:
                self.printed.add(line)
                sys.stderr.write(line)
        if notes:
            sys.stderr.flush()

    def _replace(self, worker: _Worker) -> FileResult:
        """The dead worker's file as an internal error; a fresh worker in its place."""
        assert worker.task is not None
        _, path = worker.task
        worker.process.join(timeout=5)
        code = worker.process.exitcode
        how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit code {code}"
        worker.conn.close()
        position = self.workers.index(worker)
        self.workers[position] = _Worker(self.context, self.linter)
        return FileResult(path, error=api.internal_error(path, WorkerDied(f"the process checking it stopped, {how}")),
                          internal=True)

    def close(self, abort: bool = False) -> None:
        for worker in self.workers:
            if abort:
                worker.process.terminate()
                continue
            try:
                worker.conn.send(None)
            except OSError:
                pass
        for worker in self.workers:
            worker.process.join(timeout=5)
            if worker.process.is_alive():
                worker.process.terminate()
                worker.process.join(timeout=5)
            worker.conn.close()


class RemotePackError(packs.PackError):
    """A worker's PackError, as its message (PackError itself does not survive pickling)."""

    def __init__(self, text: str):
        Exception.__init__(self, text)
        self.text = text
        self.path, self.line, self.column, self.message = "", 0, 0, text

    def __reduce__(self):
        return (RemotePackError, (self.text,))

    def __str__(self) -> str:
        return self.text


class WorkerDied(Exception):
    """A worker process ended while it checked a file."""
