"""The parse cache: rule packs and data files parsed on an earlier run are not parsed again.

Every run reads the same few dozen YAML files (packs, catalogues, gazetteers, lexicons),
and building their data and positions cost more than anything else at start. An entry
holds what ``yamlmarks.load`` made of a text (its data and the positions of its values
and keys) and the schemas that data passed, stored with ``marshal``: plain values only,
read back in C, nothing in it runs.

- **Key**: a BLAKE2 hash of the text itself, qa-lint's version, the parser's own code and
  the Python that wrote it; so an entry is never stale, and a file of a repository you do
  not trust can only ever be served the parse of its own text.
- **Where**: ``paths.cache_dir() / "parsed"`` ($QA_LINT_CACHE, else $XDG_CACHE_HOME/qa-lint),
  one file per text, written atomically; safe to delete at any time.
- **Bad entries**: one that cannot be read, or was written for another key or version, is
  ignored and written again: never an error.
- **Off**: ``QA_LINT_PARSE_CACHE=off`` parses every file (``--no-cache`` concerns results:
  a parse entry cannot be out of date).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from . import __version__, paths

FORMAT = 1
ENV = "QA_LINT_PARSE_CACHE"

_SALT: bytes | None = None


def enabled() -> bool:
    return os.environ.get(ENV, "").strip().lower() not in ("off", "0", "false", "no")


def folder() -> Path:
    return paths.cache_dir() / "parsed"


def _salt() -> bytes:
    """What an entry depends on besides the text: the format, qa-lint's version, the
    parser's code (a checkout that changed it) and the Python whose marshal wrote it."""
    global _SALT
    if _SALT is None:
        digest = hashlib.blake2b(f"{FORMAT}\0{__version__}\0{sys.implementation.cache_tag}\0".encode(), digest_size=16)
        try:
            digest.update(Path(__file__).with_name("yamlmarks.py").read_bytes())
        except OSError:
            pass
        _SALT = digest.digest()
    return _SALT


def key(text: str) -> str:
    digest = hashlib.blake2b(_salt(), digest_size=20)
    digest.update(text.encode("utf-8", "surrogatepass"))
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


def get(entry_key: str) -> tuple[Any, dict, dict, bytes, set[str]] | None:
    """(data, value positions, key positions, the parse as bytes, schemas passed), or None
    when there is no usable entry (missing, corrupt, another key, another version)."""
    try:
        loaded = marshal.loads(_file(entry_key).read_bytes())
        if not (isinstance(loaded, tuple) and len(loaded) == 4 and loaded[0] == FORMAT and loaded[1] == entry_key):
            return None
        _, _, payload, passed = loaded
        data, values, keys = marshal.loads(payload)
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not (isinstance(values, dict) and isinstance(keys, dict) and isinstance(passed, (list, tuple))):
        return None
    return data, values, keys, payload, set(passed)


def put(entry_key: str, payload: bytes, passed: set[str]) -> None:
    """Store an entry atomically; a cache that cannot be written only costs time."""
    blob = marshal.dumps((FORMAT, entry_key, payload, sorted(passed)))
    entry = _file(entry_key)
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=entry.parent, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(blob)
            os.replace(tmp, entry)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        return
