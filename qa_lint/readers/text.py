"""Plain text: everything is prose."""

from __future__ import annotations

from ..document import Document


def read(text: str, path: str) -> Document:
    return Document(path=path, text=text, plain=text, format="txt")
