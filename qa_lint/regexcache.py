"""Compiled regular expressions that a start-up reads back instead of compiling (issue 12).

The regex module parses and compiles a pattern in Python: checking one short article spent
about a quarter of its CPU compiling the few hundred patterns its rules run. What that hands
the module's C part (``_regex.compile``: the pattern's code as a list of ints, its groups, its
required characters) is plain data. It is kept in the parse cache, one table for all patterns,
keyed by the pattern and its flags, the table by the regex module's version and this file; the
next start builds the pattern from it directly. A pattern with named lists is keyed by their words too.
"""

from __future__ import annotations

import atexit
import itertools
import threading

import regex
from regex import _main

from . import parsecache

_SWAP = threading.Lock()


class _Table:
    """The kept compilations, read on first use and written when the process ends if it compiled
    anything new. What this run used is written first, then older entries up to MAX: a pattern no
    longer built (a rule changed) is dropped in time instead of growing the file."""

    MAX = 3000

    def __init__(self, name: str):
        self.name = name
        self.entries: dict[str, tuple] | None = None
        self.used: dict[str, tuple] = {}
        self.learnt = False

    def _load(self) -> dict[str, tuple]:
        found = parsecache.load(parsecache.key(self.name, "regexcache.py"))
        entries: dict[str, tuple] = {}
        if isinstance(found, dict) and all(isinstance(k, str) and _valid(v) for k, v in found.items()):
            entries = found
        self.entries = entries
        atexit.register(self.save)
        return entries

    def get(self, key: str) -> tuple | None:
        entries = self.entries if self.entries is not None else self._load()
        found = entries.get(key)
        if found is not None:
            self.used[key] = found
        return found

    def put(self, key: str, args: tuple) -> None:
        entries = self.entries if self.entries is not None else self._load()
        # Kept for this process too: a second Linter (a test, a server's pack reload) builds
        # the pattern from the table instead of compiling it again.
        entries[key] = args
        self.used[key] = args
        self.learnt = True

    def save(self) -> None:
        if not (self.learnt and parsecache.enabled()):
            return
        kept = dict(itertools.islice(self.used.items(), self.MAX))
        for key, args in (self.entries or {}).items():
            if len(kept) >= self.MAX:
                break
            kept.setdefault(key, args)
        parsecache.store(parsecache.key(self.name, "regexcache.py"), kept)
        self.entries, self.learnt = kept, False


def _valid(value) -> bool:
    return isinstance(value, tuple) and len(value) > 3 and isinstance(value[0], str)


_TABLE = _Table(f"compiled patterns {regex.__version__}")


def compile(pattern: str | None, flags: int = 0, **named_lists) -> regex.Pattern:
    """``regex.compile(pattern, flags, **named_lists)``, from the parse cache when it is there."""
    table_key = _key(pattern, flags, named_lists) if parsecache.enabled() else None
    if table_key is None or pattern is None:
        return regex.compile(pattern, flags, **named_lists)
    args = _TABLE.get(table_key)
    if args is not None:
        try:
            return _main._regex.compile(*args)
        except Exception:  # noqa: BLE001 - an entry the C part refuses: compile as usual
            pass
    compiled, args = _compile_recording(pattern, flags, named_lists)
    if args is not None:
        _TABLE.put(table_key, args)
    return compiled


def _key(pattern: str | None, flags: int, named_lists: dict) -> str | None:
    """The table's key: the pattern, its flags and its named lists' words (None: not kept)."""
    if not isinstance(pattern, str):
        return None
    parts = [str(int(flags)), pattern]
    for name in sorted(named_lists):
        words = named_lists[name]
        if not all(isinstance(w, str) for w in words):
            return None
        parts.append(name + "\x1f" + "\x1f".join(sorted(words)))
    return "\0".join(parts)


class _Recorder:
    """Stands for the regex module's C part while one thread compiles: keeps what it is given."""

    def __init__(self, real):
        self.real = real
        self.owner = threading.get_ident()
        self.args: tuple | None = None

    def compile(self, *args):
        if threading.get_ident() == self.owner:
            # Flags come as RegexFlag: kept as the ints they are, which marshal writes.
            self.args = tuple(int(a) if isinstance(a, int) and not isinstance(a, bool) else a for a in args)
        return self.real.compile(*args)

    def __getattr__(self, name):
        return getattr(self.real, name)


def _compile_recording(pattern: str, flags: int, named_lists: dict) -> tuple[regex.Pattern, tuple | None]:
    """Compile as regex.compile does, and what it gave the C part (None: not to be kept)."""
    with _SWAP:
        recorder = _Recorder(_main._regex)
        _main._regex = recorder
        try:
            # Not from (nor into) the regex module's own cache, so that its C part is called.
            compiled = regex.compile(pattern, flags, cache_pattern=False, **named_lists)
        finally:
            _main._regex = recorder.real
    # A locale's pattern depends on more than its text: not kept.
    return compiled, None if compiled.flags & regex.LOCALE else recorder.args
