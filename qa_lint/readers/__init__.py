"""Readers: one module per input format, each turning text into a Document.

A reader knows nothing of rules; it only separates prose from markup.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path

from ..document import Document

# Format -> its reader module, imported when a file of that format is read: a check of
# plain text does not import the Markdown and HTML readers (cold start, issue 12).
READERS = {
    "txt": "text",
    "md": "markdown",
    "html": "html",
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
        raise ReadError(f"{path}: not valid UTF-8 (byte {exc.start}){_encoding_hint(data)}; save the file as UTF-8") from None
    if "\x00" in text:
        # Valid UTF-8 but not text: UTF-16 without a byte-order mark, or a binary file.
        raise ReadError(f"{path}: contains zero bytes, so it is not a text file{_encoding_hint(data)}; save it as UTF-8")
    # A BOM is not part of the article; editors do not count it as a column.
    return text[1:] if text.startswith("\ufeff") else text


def _encoding_hint(data: bytes) -> str:
    """A guess at what the file is instead, from its byte-order mark or its zero bytes."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return ": it looks like UTF-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return ": it looks like UTF-16 (a byte-order mark says so)"
    sample = data[:4096]
    if sample and sample.count(0) * 4 >= len(sample):
        return ": it looks like UTF-16 (every other byte is zero)"
    return ""


def read_text(text: str, path: str = "<text>", fmt: str | None = None) -> Document:
    fmt = fmt or format_for(path)
    if fmt not in READERS:
        raise ReadError(f"{path}: unsupported format {fmt!r} (supported: {', '.join(READERS)})")
    if text.startswith("\ufeff"):
        text = text[1:]
    return importlib.import_module(f"{__name__}.{READERS[fmt]}").read(text, path)


def check_size(size: int, path: str | Path, max_bytes: int | None) -> None:
    """Refuse an article larger than ``max_bytes`` (bytes of UTF-8) with a message that says how to allow it."""
    if max_bytes and size > max_bytes:
        raise ReadError(f"{path}: too large to check ({human_size(size)}; the limit is {human_size(max_bytes)}, "
                        "set with --max-file-size)")


def human_size(size: int) -> str:
    for unit, factor in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if size >= factor:
            return f"{size / factor:.1f} {unit}".replace(".0 ", " ")
    return f"{size} bytes"


def read_file(path: str | Path, fmt: str | None = None, max_bytes: int | None = None) -> Document:
    try:
        with open(path, "rb") as handle:
            # Read one byte past the limit: a file that grows meanwhile is still refused.
            data = handle.read(max_bytes + 1 if max_bytes else -1)
            size = max(len(data), os.fstat(handle.fileno()).st_size)
    except OSError as exc:
        raise ReadError(f"{path}: cannot read ({exc.strerror or exc})") from None
    check_size(size if len(data) > (max_bytes or len(data)) else len(data), path, max_bytes)
    return read_text(decode(data, str(path)), str(path), fmt or format_for(path))
