"""Where qa-lint keeps things outside a checked repository (see docs/security.md).

    cache_dir()         results caches; safe to delete    $QA_LINT_CACHE, else $XDG_CACHE_HOME/qa-lint
    data_dir()          installed tools (LanguageTool)     $QA_LINT_DATA,  else $XDG_DATA_HOME/qa-lint
    user_config_file()  the user's own configuration       $QA_LINT_USER_CONFIG, else $XDG_CONFIG_HOME/qa-lint/config.yaml

Only the user (environment, user-level configuration, command line) chooses these;
a repository's .qa-lint.yaml cannot.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def _xdg(variable: str, fallback: str) -> Path:
    value = os.environ.get(variable)
    # The XDG spec: a relative path in these variables is invalid and must be ignored.
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / fallback


def cache_dir() -> Path:
    if os.environ.get("QA_LINT_CACHE"):
        return Path(os.environ["QA_LINT_CACHE"]).expanduser().absolute()
    return _xdg("XDG_CACHE_HOME", ".cache") / "qa-lint"


def data_dir() -> Path:
    if os.environ.get("QA_LINT_DATA"):
        return Path(os.environ["QA_LINT_DATA"]).expanduser().absolute()
    return _xdg("XDG_DATA_HOME", ".local/share") / "qa-lint"


def user_config_file() -> Path:
    if os.environ.get("QA_LINT_USER_CONFIG"):
        return Path(os.environ["QA_LINT_USER_CONFIG"]).expanduser().absolute()
    return _xdg("XDG_CONFIG_HOME", ".config") / "qa-lint" / "config.yaml"


def replace_file(path: Path, data: bytes) -> None:
    """Write a file whole or not at all (a temporary file beside it, renamed over it): another
    qa-lint process reading the folder never sees half an entry. OSError is the caller's."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def trim_oldest(files: Iterable[Path], limit: int, trim_to: float, keep: Path | None = None) -> int:
    """While the files take more than ``limit`` bytes, remove those used longest ago (by
    modification time) until they take ``limit * trim_to``; ``keep`` stays. How many went."""
    entries = []
    for path in files:
        try:
            info = path.stat()
        except OSError:
            continue
        entries.append((info.st_mtime_ns, info.st_size, path))
    total = sum(size for _, size, _ in entries)
    if total <= limit:
        return 0
    removed = 0
    for _, size, path in sorted(entries):
        if total <= limit * trim_to:
            break
        if path == keep:
            continue
        try:
            path.unlink()
        except OSError:
            continue
        total -= size
        removed += 1
    return removed

