"""Bilingual files (XLIFF, PO, TMX): read into a Pair, not a Document.

    is_bilingual("story.xlf") -> True
    read_pair_file("story.xlf") -> Pair (source and target Documents over the one file)
"""

from __future__ import annotations

from pathlib import Path

from . import ReadError, decode

PAIR_EXTENSIONS = {".xlf": "xliff", ".xliff": "xliff", ".xlf2": "xliff", ".po": "po", ".pot": "po", ".tmx": "tmx"}


def is_bilingual(path) -> bool:
    return Path(str(path)).suffix.lower() in PAIR_EXTENSIONS


def read_pair_text(text: str, path: str, fmt: str | None = None, target_language: str | None = None):
    from . import po, tmx, xliff  # read a bilingual file only: most runs check none

    fmt = fmt or PAIR_EXTENSIONS.get(Path(path).suffix.lower())
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        if fmt == "xliff":
            return xliff.read(text, path)
        if fmt == "po":
            return po.read(text, path)
        if fmt == "tmx":
            return tmx.read(text, path, target_language)
    except xliff.XliffError as exc:
        raise ReadError(str(exc)) from None
    raise ReadError(f"{path}: unsupported bilingual format {fmt!r} (xliff, po, tmx)")


def read_pair_file(path, target_language: str | None = None):
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ReadError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return read_pair_text(decode(data, str(path)), str(path), None, target_language)
