"""Reporters: one module per output format, each a view of the same findings.

A module defines ``NAME`` and ``render(result, context) -> str``. ``context``
carries what a format may need beyond findings (rule metadata, base folder).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from ..plugins import discover


@dataclass
class ReportContext:
    rules: dict = field(default_factory=dict)  # rule id -> checks.Rule (metadata only)
    base: Path = field(default_factory=Path.cwd)  # paths are shown relative to this
    stats: bool = False
    version: str = ""
    # The text formats: "concise" (one line per finding with its path) or "grouped"
    # (the path once), and whether to colour them (ANSI); see reporters/text.py.
    style: str = "concise"
    colour: bool = False
    # Language of the report's fixed strings (html); None: the messages' language.
    ui_lang: str | None = None


@cache
def registry() -> dict:
    """format name -> reporter module."""
    return discover(__name__, __path__, "NAME")
