"""Reporters: one module per output format, each a view of the same findings.

A module defines ``NAME`` and ``render(result, context) -> str``. ``context``
carries what a format may need beyond findings (rule metadata, base folder).
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path


@dataclass
class ReportContext:
    rules: dict = field(default_factory=dict)  # rule id -> checks.Rule (metadata only)
    base: Path = field(default_factory=Path.cwd)  # paths are shown relative to this
    stats: bool = False
    version: str = ""
    # Language of the report's fixed strings (html); None: the messages' language.
    ui_lang: str | None = None


@cache
def registry() -> dict:
    formats = {}
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "NAME"):
            formats[module.NAME] = module
    return formats
