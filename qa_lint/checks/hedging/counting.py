"""Counts in a sentence, in digits or in words, with the noun each counts: "7 awak", "tujuh
orang", "dua belas penumpang", and the collective "Ketujuh awak" (all seven: a set already known).
Read by questions.py to find the answer to "belum jelas berapa orang ..."."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .words import FIGURE, WORD

_DIGITS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9}
_DIGIT = "|".join(_DIGITS)
# "dua belas", "tiga puluh lima", "sepuluh", "seratus", with "ke" before it for the collective
# ("ketujuh", "kedua belas"). Ordinals follow their noun ("hari ketujuh"); a collective comes first.
COUNT_WORDS = regex.compile(
    rf"(?i)\b(ke)?(?:(sepuluh|sebelas|seratus)|({_DIGIT})(?:\s+(belas|puluh|ratus))?(?:\s+({_DIGIT}))?)\b")
# The classifier between a count and its noun: "tujuh orang awak", "14 ekor sapi".
CLASSIFIERS = frozenset({"orang", "ekor", "buah", "unit"})


@dataclass
class Count:
    start: int
    end: int  # end of the counted noun
    value: int
    noun: str  # the counted word, lower case ("awak"; "orang" when nothing follows the classifier)
    collective: bool  # "Ketujuh awak": the whole known set


def _word_value(m) -> int:
    fixed = {"sepuluh": 10, "sebelas": 11, "seratus": 100}
    if m.group(2):
        return fixed[m.group(2).casefold()]
    value = _DIGITS[m.group(3).casefold()]
    scale = (m.group(4) or "").casefold()
    if scale == "belas":
        value += 10
    elif scale == "puluh":
        value *= 10
    elif scale == "ratus":
        value *= 100
    return value + (_DIGITS[m.group(5).casefold()] if m.group(5) else 0)


def counts(text: str, lo: int, hi: int) -> list[Count]:
    """The counts between lo and hi, each with the noun right after it (past a classifier)."""
    found = []
    words = list(WORD.finditer(text, lo, hi))
    for m, value, collective in [(m, int(m.group(1).replace(".", "")), False) for m in FIGURE.finditer(text, lo, hi)
                                 if not m.group(2)] + [(m, _word_value(m), bool(m.group(1))) for m in COUNT_WORDS.finditer(text, lo, hi)]:
        after = [w for w in words if w.start() >= m.end()][:2]
        if not after or text[m.end():after[0].start()].strip():
            continue  # "12 %", "pukul 06.30", "(47)": no counted word right after it
        noun = after[0]
        if noun.group().casefold() in CLASSIFIERS and len(after) > 1 and not text[noun.end():after[1].start()].strip():
            noun = after[1] if after[1].group()[:1].islower() else noun
        found.append(Count(m.start(), noun.end(), value, noun.group().casefold(), collective))
    return sorted(found, key=lambda c: c.start)
