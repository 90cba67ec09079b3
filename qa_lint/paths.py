"""Where qa-lint keeps things outside a checked repository (see docs/security.md).

    cache_dir()         results caches; safe to delete    $QA_LINT_CACHE, else $XDG_CACHE_HOME/qa-lint
    data_dir()          installed tools (LanguageTool)     $QA_LINT_DATA,  else $XDG_DATA_HOME/qa-lint
    user_config_file()  the user's own configuration       $QA_LINT_USER_CONFIG, else $XDG_CONFIG_HOME/qa-lint/config.yaml

Only the user (environment, user-level configuration, command line) chooses these;
a repository's .qa-lint.yaml cannot.
"""

from __future__ import annotations

import os
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
