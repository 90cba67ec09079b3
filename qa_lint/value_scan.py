"""Run a quantity layout only where a quantity can start, instead of at every character.

A layout that opens with its number (``{quantity}\\s+orang\\s+tewas``) gives the regex
engine no literal to look for, so ``finditer`` tries the whole number pattern (its word
lists and look-behinds) at every character of the article. Yet such a match can only start
at a digit, at a word that is a number word, or where a bound or currency word ("sekitar",
"Rp") is written. ValueStarts lists those places once per text (the same for every layout
of the rule), and ``finditer`` tries the layout there only, in order, as ``finditer`` would:
the matches are the same, found in a fraction of the time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from .budget import BoundedPattern

_DIGIT = regex.compile(r"\d")
_WORD = regex.compile(r"(?<![\p{L}\p{N}_])\p{L}+")
# Look-behinds a layout may open with: zero-width, so the match still starts at its value.
_LOOKBEHIND = regex.compile(r"\(\?<[!=](?:\[(?:\\.|[^\]\\])*\]|\\.|\((?:\\.|[^()\\])*\)|[^()\[\\])*\)")
_VALUES = ("{quantity}", "{amount}", "{score}")
# Beyond this length a text is scanned in full: each call of a pattern with word lists
# (\L<...>) costs regex more the longer the string, so trying the places of a very long text
# grows with its square (quantity-consistency on the 1 MB bench file: 7.1 s CPU with places,
# 9.3 s scanned in full; a 5 MB one would cost several times its scan).
LONG_TEXT = 2_000_000


def leads_with_value(template: str) -> bool:
    """Whether every match of a layout starts where its value starts: the template opens with
    {quantity}, {amount} or {score}, after nothing but look-behinds."""
    rest = template
    while (m := _LOOKBEHIND.match(rest)) is not None:
        rest = rest[m.end():]
    return rest.startswith(_VALUES)


class ValueStarts:
    """Where a value can start, given the number words (matched only as whole words at a
    word's start) and the words that may open a value anywhere (bounds, currencies).

    Places are found in lower case, a superset of what the layouts' case-sensitive word
    lists match; a text whose lower case has another length is scanned in full instead."""

    def __init__(self, number_words: Iterable[str], openers: Iterable[str]):
        self.number_words = {w.lower() for w in number_words}
        self.openers = sorted({w.lower() for w in openers if w})
        # A number word that is not all letters could start inside a longer run: not handled.
        self.usable = all(_WORD.fullmatch(w) for w in self.number_words)

    def find(self, text: str) -> list[int] | None:
        """Sorted places where a value may start in ``text``; None: try every place."""
        if not self.usable or len(text) > LONG_TEXT:
            return None
        lowered = text.lower()
        if len(lowered) != len(text):
            return None
        places = {m.start() for m in _DIGIT.finditer(text)}
        places.update(m.start() for m in _WORD.finditer(lowered) if m.group() in self.number_words)
        for word in self.openers:
            at = lowered.find(word)
            while at >= 0:
                places.add(at)
                at = lowered.find(word, at + 1)
        return sorted(places)


def finditer(pattern: regex.Pattern | BoundedPattern, text: str, places: list[int] | None, pos: int = 0,
             endpos: int | None = None) -> Iterator[regex.Match]:
    """``pattern.finditer(text, pos, endpos)`` for a pattern whose matches start only at
    ``places`` (None: a plain finditer). After an empty match the next is tried one place on."""
    if places is None:
        yield from pattern.finditer(text, pos, endpos)
        return
    end = len(text) if endpos is None else endpos
    after = pos
    for place in places:
        if place < after:
            continue
        if place >= end:
            break
        m = pattern.match(text, place, end)
        if m is not None:
            yield m
            after = max(m.end(), place + 1)
