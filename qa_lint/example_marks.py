"""Marked rule examples: ``[[...]]`` around the text a bad example expects its rule to flag.

    bad:
      - {text: "Gubernur [[negara]] Texas berkata", fix: "negara bagian"}
      - "Gubernur [[negara]] Texas berkata"        # the span only

An empty ``[[]]`` marks a place rather than text (where a sentence of the source went
missing, say). Offsets of the marked spans are counted in the text with the markers removed; that text is
what the rule runs on. Markers are test data: they never reach a reader (``plain`` removes
them, ``display`` shows them as «...»).
"""

from __future__ import annotations

OPEN, CLOSE = "[[", "]]"


class MarkError(ValueError):
    """Markers that do not pair up."""


def parse(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text without markers and the (start, end) of every marked span in it."""
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    rest = text
    while True:
        opened = rest.find(OPEN)
        closed = rest.find(CLOSE)
        if opened < 0:
            if closed >= 0:
                raise MarkError(f"{CLOSE!r} without an opening {OPEN!r}")
            plain.append(rest)
            break
        if 0 <= closed < opened:
            raise MarkError(f"{CLOSE!r} without an opening {OPEN!r}")
        end = rest.find(CLOSE, opened + len(OPEN))
        if end < 0:
            raise MarkError(f"{OPEN!r} without a closing {CLOSE!r}")
        inner = rest[opened + len(OPEN):end]
        if OPEN in inner:
            raise MarkError(f"marked spans may not nest: {inner!r}")
        plain.append(rest[:opened])
        length += opened
        spans.append((length, length + len(inner)))
        plain.append(inner)
        length += len(inner)
        rest = rest[end + len(CLOSE):]
    return "".join(plain), spans


def plain(text: str) -> str:
    """The example as the rule sees it (markers removed; unpaired markers left as they are)."""
    try:
        return parse(text)[0]
    except MarkError:
        return text


def display(text: str) -> str:
    """The example for a reader, the marked spans shown as «...»."""
    try:
        stripped, spans = parse(text)
    except MarkError:
        return text
    for start, end in reversed(spans):
        stripped = f"{stripped[:start]}«{stripped[start:end]}»{stripped[end:]}"
    return stripped


def mark(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the given spans marked (the inverse of parse)."""
    for start, end in sorted(spans, reverse=True):
        text = f"{text[:start]}{OPEN}{text[start:end]}{CLOSE}{text[end:]}"
    return text


def apply_fix(text: str, spans: list[tuple[int, int]], fix: str) -> str:
    """``text`` with every span replaced by ``fix``."""
    for start, end in sorted(spans, reverse=True):
        text = f"{text[:start]}{fix}{text[end:]}"
    return text
