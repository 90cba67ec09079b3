"""The LanguageTool modes (auto, on, off), apart from the client: ``qa-lint check`` reads the
mode on every run and imports the client (HTTP, the server, the filters) only to use it."""

from __future__ import annotations

import os

from ..config import ConfigError

MODES = ("auto", "on", "off")


def env_mode() -> str | None:
    """QA_LINT_LANGUAGETOOL=auto|on|off: the mode when --languagetool is not given (over the config file)."""
    value = os.environ.get("QA_LINT_LANGUAGETOOL", "").strip().lower()
    if value and value not in MODES:
        raise ConfigError(f"QA_LINT_LANGUAGETOOL must be one of {', '.join(MODES)}, not {value!r}")
    return value or None
