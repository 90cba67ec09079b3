"""Code points (Python offsets) in other code units: UTF-16 (JavaScript, LSP's
default, LanguageTool), UTF-8 (reviewdog, some LSP clients), UTF-32.

A character outside the Basic Multilingual Plane (an emoji, some CJK) is one
code point, two UTF-16 units and four UTF-8 bytes, so every such character
before a position moves it further in those units.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right


def code_units(text: str, encoding: str = "utf-16") -> int:
    """Length of ``text`` in code units of ``encoding`` (utf-8, utf-16 or utf-32)."""
    if encoding == "utf-32":
        return len(text)
    if encoding == "utf-8":
        return len(text.encode("utf-8"))
    return len(text.encode("utf-16-le")) // 2


class Utf16Index:
    """Code-point offsets <-> UTF-16 offsets for one text, without re-encoding it per lookup."""

    def __init__(self, text: str):
        # Positions of astral characters; usually none, so lookups are trivial.
        self.astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        # UTF-16 offset just after each astral character (its two units).
        self._astral_ends = [p + k + 2 for k, p in enumerate(self.astral)]

    def codepoint(self, utf16: int) -> int:
        """The code-point offset of a UTF-16 offset (inside a surrogate pair: the next character)."""
        return utf16 - bisect_right(self._astral_ends, utf16)

    def offset(self, codepoints: int) -> int:
        return codepoints + bisect_left(self.astral, codepoints)

    def span(self, offset: int, length: int) -> tuple[int, int]:
        start = self.offset(offset)
        return start, self.offset(offset + length) - start
