"""grouped: the text format's layout for people, each path once and its findings under it, always."""

from __future__ import annotations

from dataclasses import replace

from . import text

NAME = "grouped"


def render(result, context) -> str:
    return text.render(result, replace(context, style="grouped"))
