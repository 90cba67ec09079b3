"""Code-point offsets (Python) to UTF-16 offsets (JavaScript, LSP).

A character outside the Basic Multilingual Plane (an emoji, some CJK) is one
code point but two UTF-16 units, so every such character before a finding
moves its browser offset one further.
"""

from __future__ import annotations

from bisect import bisect_left


class Utf16Index:
    def __init__(self, text: str):
        # Positions of astral characters; usually none, so lookups are trivial.
        self.astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def offset(self, codepoints: int) -> int:
        return codepoints + bisect_left(self.astral, codepoints)

    def span(self, offset: int, length: int) -> tuple[int, int]:
        start = self.offset(offset)
        return start, self.offset(offset + length) - start


def with_utf16(finding: dict, text: str, index: Utf16Index | None = None) -> dict:
    """Add utf16_offset/utf16_length to a finding dict (and its related spans)."""
    index = index or Utf16Index(text)
    for item in [finding, *finding.get("related", [])]:
        if item.get("offset") is None:
            continue
        item["utf16_offset"], item["utf16_length"] = index.span(item["offset"], item.get("length") or 0)
    return finding
