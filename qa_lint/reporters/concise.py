"""concise: the text format's one-line layout, ``path:line:col: severity rule message``, always."""

from __future__ import annotations

from dataclasses import replace

from . import text

NAME = "concise"


def render(result, context) -> str:
    return text.render(result, replace(context, style="concise"))
