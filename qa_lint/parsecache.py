"""The parse cache: rule packs and data files parsed on an earlier run are not parsed again.

Every run reads the same few dozen YAML files (packs, catalogues, gazetteers, lexicons),
and building their data and positions cost more than anything else at start; the place
tables (100,000 spellings) came next. An entry holds what ``yamlmarks.load`` made of a
text (its data and the positions of its values and keys) and the schemas that data
passed, the place tables ``geodata`` built from its files, a folded word list, or a
table of a pure function's answers (Memo: literal prefilters), stored with ``marshal``:
plain values only, read back in C, nothing in it runs.

- **Key**: a BLAKE2 hash of the text (or files) itself, qa-lint's version, the reader's code and
  the Python that wrote it; so an entry is never stale, and a file of a repository you do
  not trust can only ever be served the parse of its own text.
- **Where**: ``paths.cache_dir() / "parsed"`` ($QA_LINT_CACHE, else $XDG_CACHE_HOME/qa-lint),
  one file per text, written atomically; safe to delete at any time.
- **Bad entries**: one that cannot be read, or was written for another key or version, is
  ignored and written again: never an error.
- **Size**: past LIMIT_BYTES, the entries used longest ago are removed when one is written.
- **Off**: ``QA_LINT_PARSE_CACHE=off`` parses every file (``--no-cache`` concerns results:
  a parse entry cannot be out of date).
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import sys
from pathlib import Path
from typing import Any

from . import __version__, paths

FORMAT = 1
ENV = "QA_LINT_PARSE_CACHE"
# Entries of older versions and edited files are never read again: past this size, those
# used longest ago go (a version's packs and place tables take about 10 MB).
LIMIT_BYTES = 128 * 1024 * 1024
TRIM_TO = 0.75

_SALTS: dict[str, bytes] = {}


def enabled() -> bool:
    return os.environ.get(ENV, "").strip().lower() not in ("off", "0", "false", "no")


def folder() -> Path:
    return paths.cache_dir() / "parsed"


def _salt(code: str) -> bytes:
    """What an entry depends on besides its content: the format, qa-lint's version, the code
    that builds it (module ``code`` of qa_lint: a checkout that changed it) and the Python
    whose marshal wrote it."""
    if code not in _SALTS:
        digest = hashlib.blake2b(f"{FORMAT}\0{__version__}\0{sys.implementation.cache_tag}\0{code}\0".encode(), digest_size=16)
        try:
            digest.update(Path(__file__).with_name(code).read_bytes())
        except OSError:
            pass
        _SALTS[code] = digest.digest()
    return _SALTS[code]


def key(content: str | bytes, code: str = "yamlmarks.py") -> str:
    """The entry key of what module ``code`` builds from ``content`` (a text, or files' bytes)."""
    digest = hashlib.blake2b(_salt(code), digest_size=20)
    digest.update(content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content)
    return digest.hexdigest()


def _file(entry_key: str) -> Path:
    return folder() / entry_key[:2] / f"{entry_key}.marshal"


def pack(data: Any, values: dict, keys: dict) -> bytes | None:
    """A parse as marshal bytes (kept as written: later changes to the data do not reach
    the cache), or None for what marshal cannot hold (nothing yamlmarks builds)."""
    try:
        return marshal.dumps((data, values, keys))
    except ValueError:
        return None


def _read(entry_key: str) -> tuple[bytes, tuple] | None:
    """An entry's payload (marshal bytes) and notes, when it is one written for this key."""
    entry = _file(entry_key)
    try:
        loaded = marshal.loads(entry.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not (isinstance(loaded, tuple) and len(loaded) == 4 and loaded[0] == FORMAT and loaded[1] == entry_key
            and isinstance(loaded[2], bytes) and isinstance(loaded[3], (list, tuple))):
        return None
    try:
        os.utime(entry)  # used now: trimmed last
    except OSError:
        pass
    return loaded[2], tuple(loaded[3])


def get(entry_key: str) -> tuple[Any, dict, dict, bytes, set[str]] | None:
    """A parse: (data, value positions, key positions, the parse as bytes, schemas passed), or
    None when there is no usable entry (missing, corrupt, another key, another version)."""
    found = _read(entry_key)
    if found is None:
        return None
    payload, passed = found
    try:
        data, values, keys = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None
    if not (isinstance(values, dict) and isinstance(keys, dict)):
        return None
    return data, values, keys, payload, set(passed)


def load(entry_key: str) -> Any | None:
    """What ``store`` kept under this key (None: nothing usable)."""
    found = _read(entry_key)
    if found is None:
        return None
    try:
        return marshal.loads(found[0])
    except (ValueError, EOFError, TypeError):
        return None


def store(entry_key: str, value: Any) -> None:
    """Keep plain data (dicts, lists, tuples, strings, numbers) under a key."""
    try:
        payload = marshal.dumps(value)
    except ValueError:
        return
    put(entry_key, payload, set())


def put(entry_key: str, payload: bytes, passed: set[str]) -> None:
    """Store an entry atomically; a cache that cannot be written only costs time."""
    if not enabled():
        return
    blob = marshal.dumps((FORMAT, entry_key, payload, sorted(passed)))
    entry = _file(entry_key)
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        paths.replace_file(entry, blob)
    except OSError:
        return
    trim(keep=entry)


def trim(keep: Path | None = None) -> int:
    """Remove the entries used longest ago while the folder is over LIMIT_BYTES; how many went."""
    return paths.trim_oldest(folder().glob("*/*.marshal"), LIMIT_BYTES, TRIM_TO, keep)


class Memo:
    """A pure function's answers to strings, kept across runs in one entry: for small
    answers that cost more to work out than to read (a pattern's literal prefilter). The
    entry is read on first use and written when the process ends, if it learnt anything
    (two processes ending together: the last one's table stays, the other's answers are
    worked out again)."""

    MAX = 20_000  # answers kept; beyond, new ones are worked out each run

    def __init__(self, name: str, code: str, valid):
        self.name, self.code, self.valid = name, code, valid
        self.table: dict | None = None
        self.learnt = False

    def _load(self) -> dict:
        self.table = {}
        if enabled():
            found = load(key(self.name, self.code))
            if isinstance(found, dict) and all(isinstance(k, str) and self.valid(v) for k, v in found.items()):
                self.table = found
            atexit.register(self.save)
        return self.table

    def get(self, arg: str, work_out):
        table = self.table if self.table is not None else self._load()
        try:
            return table[arg]
        except KeyError:
            pass
        value = work_out(arg)
        if len(table) < self.MAX:
            table[arg] = value
            self.learnt = True
        return value

    def save(self) -> None:
        if self.learnt and self.table is not None and enabled():
            store(key(self.name, self.code), self.table)
            self.learnt = False
