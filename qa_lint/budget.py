"""Time budgets: no file, and no regular expression from a rule pack, runs unbounded.

A rule pack may hold a pattern that backtracks catastrophically (``(a|aa)+$`` takes
tens of seconds on forty characters), and a hostile article may be built to trigger
one. Every pattern compiled from a pack is a :class:`BoundedPattern`: each matching
call gets the regex module's ``timeout`` (at most ``per_pattern`` seconds, never past
the file's deadline). The engine opens a :func:`budget` per file; checks with long
pure-Python loops call :func:`check` now and then. Running out raises a TimeoutError
(:class:`BudgetExceeded` from here, the regex module's own from a pattern), which the
engine turns into a finding.
"""

from __future__ import annotations

import contextlib
import threading
import time

import regex

from . import backtracking, regexcache

# Defaults; the CLI's --timeout and the front ends change the per-file one.
FILE_SECONDS = 120.0
PATTERN_SECONDS = 3.0

_state = threading.local()


class BudgetExceeded(TimeoutError):
    """The file's (or a pattern's) time ran out."""


@contextlib.contextmanager
def budget(seconds: float | None = FILE_SECONDS, per_pattern: float | None = PATTERN_SECONDS):
    """Limit the work done inside this block (per thread). None means no limit."""
    previous = getattr(_state, "limits", None)
    deadline = time.monotonic() + seconds if seconds else None
    _state.limits = (deadline, per_pattern)
    try:
        yield
    finally:
        _state.limits = previous


@contextlib.contextmanager
def cancellable(event: threading.Event | None):
    """Work in this block stops (as if its budget ran out) once ``event`` is set: a lint
    that a newer edit of the same document made pointless."""
    previous = getattr(_state, "cancel", None)
    _state.cancel = event
    try:
        yield
    finally:
        _state.cancel = previous


def _cancelled() -> bool:
    event = getattr(_state, "cancel", None)
    return event is not None and event.is_set()


def remaining() -> float | None:
    """Seconds left for this file, or None when unbounded."""
    limits = getattr(_state, "limits", None)
    if not limits or limits[0] is None:
        return None
    return limits[0] - time.monotonic()


def check() -> None:
    """Raise BudgetExceeded when the file's time is up or its work was cancelled (for long Python loops)."""
    if _cancelled():
        raise BudgetExceeded("cancelled")
    left = remaining()
    if left is not None and left <= 0:
        raise BudgetExceeded("the file's time budget is used up")


def pattern_timeout() -> float | None:
    if _cancelled():
        raise BudgetExceeded("cancelled")
    limits = getattr(_state, "limits", None)
    if not limits:
        return None
    deadline, per_pattern = limits
    if deadline is None:
        return per_pattern
    left = deadline - time.monotonic()
    if left <= 0:
        raise BudgetExceeded("the file's time budget is used up")
    return min(left, per_pattern) if per_pattern else left


class BoundedPattern:
    """A ``regex`` pattern whose matching calls respect the current budget.

    Compiled on first use: a run loads thousands of rule patterns and, thanks to
    the rules' literal prefilters, most documents need few of them. Built from a
    compiled pattern, or from what ``regex.compile`` takes (the pack loader has
    already checked that it compiles, or, for bundled packs, the test suite has)."""

    __slots__ = ("_compiled", "_source", "_bounded")

    def __init__(self, compiled: regex.Pattern | None = None, *, pattern: str | None = None, flags: int = 0, **named_lists):
        self._compiled = compiled
        self._source = None if compiled is not None else (pattern, flags, named_lists)
        self._bounded: bool | None = None

    @property
    def compiled(self) -> regex.Pattern:
        if self._compiled is None:
            assert self._source is not None  # one of the two is always set
            pattern, flags, named_lists = self._source
            self._compiled = regexcache.compile(pattern, flags, **named_lists)
        return self._compiled

    @property
    def bounded(self) -> bool:
        """Whether the pattern's work per attempt is bounded (backtracking.py): it is then
        matched without the regex module's timeout, which costs more than most calls' match."""
        if self._bounded is None:
            compiled = self.compiled
            self._bounded = backtracking.is_bounded(compiled.pattern, compiled.flags, compiled.named_lists)
        return self._bounded

    def _timeout(self) -> float | None:
        """The timeout to pass: None for a bounded pattern (the file's deadline and
        cancellation are still checked first)."""
        timeout = pattern_timeout()
        return None if self.bounded else timeout

    @property
    def pattern(self) -> str:
        if self._compiled is None:
            assert self._source is not None and self._source[0] is not None
            return self._source[0]
        return self._compiled.pattern

    # Each call passes the regex module's own timeout; running out raises TimeoutError
    # from inside the matcher (also while a finditer is being iterated), which the
    # engine reports. No wrapper per match: this is on the hot path of every rule.
    def search(self, *args, **kwargs):
        return self.compiled.search(*args, timeout=self._timeout(), **kwargs)

    def match(self, *args, **kwargs):
        return self.compiled.match(*args, timeout=self._timeout(), **kwargs)

    def fullmatch(self, *args, **kwargs):
        return self.compiled.fullmatch(*args, timeout=self._timeout(), **kwargs)

    def finditer(self, *args, **kwargs):
        return self.compiled.finditer(*args, timeout=self._timeout(), **kwargs)

    def sub(self, *args, **kwargs):
        return self.compiled.sub(*args, timeout=self._timeout(), **kwargs)

    def __repr__(self) -> str:
        return f"BoundedPattern({self.pattern!r})"
