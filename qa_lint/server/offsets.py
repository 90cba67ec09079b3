"""UTF-16 offsets in the HTTP API's findings, for JavaScript strings (see qa_lint.units)."""

from __future__ import annotations

from ..units import Utf16Index

__all__ = ["Utf16Index", "with_utf16"]


def with_utf16(finding: dict, text: str, index: Utf16Index | None = None) -> dict:
    """Add utf16_offset/utf16_length to a finding dict (and its related spans)."""
    index = index or Utf16Index(text)
    for item in [finding, *finding.get("related", [])]:
        if item.get("offset") is None:
            continue
        item["utf16_offset"], item["utf16_length"] = index.span(item["offset"], item.get("length") or 0)
    return finding
