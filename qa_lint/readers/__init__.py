"""Readers: one module per input format, each turning text into a Document.

A reader knows nothing of rules; it only separates prose from markup.
"""

from __future__ import annotations

from pathlib import Path

from ..document import Document
from . import html, markdown, text

READERS = {
    "txt": text.read,
    "md": markdown.read,
    "html": html.read,
}

EXTENSIONS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
}


class ReadError(Exception):
    """A file that cannot be read as text; the message is for the user."""


def format_for(path: str | Path, default: str = "txt") -> str:
    return EXTENSIONS.get(Path(str(path)).suffix.lower(), default)


def decode(data: bytes, path: str) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReadError(f"{path}: not valid UTF-8 (byte {exc.start}); save the file as UTF-8") from None
    # A BOM is not part of the article; editors do not count it as a column.
    return text[1:] if text.startswith("\ufeff") else text


def read_text(text: str, path: str = "<text>", fmt: str | None = None) -> Document:
    fmt = fmt or format_for(path)
    if fmt not in READERS:
        raise ReadError(f"{path}: unsupported format {fmt!r} (supported: {', '.join(READERS)})")
    if text.startswith("\ufeff"):
        text = text[1:]
    return READERS[fmt](text, path)


def read_file(path: str | Path, fmt: str | None = None) -> Document:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ReadError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return read_text(decode(data, str(path)), str(path), fmt or format_for(path))
