"""number-format: numbers written with the other convention's decimal and group marks.

    scale_words: [ribu, juta, miliar, triliun]       # a number before these is a quantity
    unit_words: [persen, '%', km, kg, ton]           # likewise
    currency_symbols: [Rp, US$, $]                   # a number after these is an amount
    message: '... {number} ... {right} ...'          # a decimal written with the group mark
    convention_message: '...'                        # a number fully in the other convention

The decimal and group symbols are CLDR's for the pack's locale (Babel), so
Indonesian gets "," and "." and English "." and ",". A number is reported
when it cannot be read in the locale's convention but can in the swapped one:

- with two or more marks ("1,200,000" or "1,234.5" in Indonesian copy), always:
  no reading in the locale's convention exists;
- with one mark ("1.5"), only before a scale or unit word or after a currency
  symbol ("1.5 miliar", "US$1.5"), because a lone dot or comma is also a time
  ("pukul 15.00"), a version ("versi 1.5") or a score.

A number that is valid both ways ("1.200 guru": twelve hundred teachers in
Indonesian) is left alone: the locale's reading is the normal one.

Message placeholders: {number} as written, {right} the number in the
locale's convention, {decimal} and {group} the locale's symbols, {word} the
scale or unit word (or currency symbol) that showed it is a quantity.
"""

from __future__ import annotations

import regex
from babel.numbers import get_decimal_symbol, get_group_symbol

from . import Check

TYPE = "number-format"
_WORDS = {"type": "array", "items": {"type": "string", "minLength": 1}}
PROPERTIES = {
    "scale_words": _WORDS,
    "unit_words": _WORDS,
    "currency_symbols": _WORDS,
    "convention_message": {"type": "string", "minLength": 1},
}
REQUIRED = ["scale_words"]
REGEX_KEYS = ()

# A digit run with at least one inner dot or comma, not part of a longer token
# (v1.5, 1.2.3.4 or a date's 20.06 inside 20.06.2024 are someone else's business).
# Letters may follow only as a glued unit ("$1,5bn"), which run() checks.
_NUMBER = regex.compile(r"(?<![\p{L}\p{N}_.,])\d+(?:[.,]\d+)+(?![\p{N}_]|[.,]\d)")


def _alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _readable(number: str, decimal: str, group: str) -> bool:
    """Whether ``number`` is well formed with these decimal and group marks."""
    d, g = regex.escape(decimal), regex.escape(group)
    return bool(regex.fullmatch(rf"(?:\d{{1,3}}(?:{g}\d{{3}})+|\d+)(?:{d}\d+)?", number))


class NumberFormatCheck(Check):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        options = rule.options
        locale = env.locale or env.language
        self.decimal = get_decimal_symbol(locale)
        self.group = get_group_symbol(locale)
        if {self.decimal, self.group} != {".", ","}:
            raise ValueError(f"number-format handles locales that use '.' and ',' ({locale} uses {self.decimal!r} and {self.group!r})")
        words = list(options["scale_words"]) + list(options.get("unit_words", []))
        # Units like % follow the number directly; words need a word end.
        self.after = regex.compile(rf"\s*(?P<word>{_alternation(words)})(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)
        symbols = options.get("currency_symbols", [])
        self.before = regex.compile(rf"(?P<word>{_alternation(symbols)})\s*$") if symbols else None
        self.convention_message = options.get("convention_message", rule.message)

    def _swap(self, number: str) -> str:
        return number.translate(str.maketrans({self.decimal: self.group, self.group: self.decimal}))

    def _quantity_word(self, doc, start: int, end: int) -> str | None:
        m = self.after.match(doc.plain, end)
        if m:
            return m.group("word")
        if self.before:
            m = self.before.search(doc.plain, max(0, start - 8), start)
            if m:
                return m.group("word")
        return None

    def run(self, doc):
        for m in _NUMBER.finditer(doc.plain):
            number = m.group()
            glued = m.end() < len(doc.plain) and doc.plain[m.end()].isalpha()
            if glued and not self.after.match(doc.plain, m.end()):
                continue  # part of a code or model name ("1.5x", "2,0L"), not a quantity
            if _readable(number, self.decimal, self.group) or not _readable(number, self.group, self.decimal):
                continue
            values = dict(number=number, right=self._swap(number), decimal=self.decimal, group=self.group)
            marks = sum(number.count(c) for c in ".,")
            if marks >= 2:
                yield self.finding(doc, m.start(), m.end(), message=self.convention_message,
                                   suggestions=[values["right"]], word="", **values)
                continue
            word = self._quantity_word(doc, m.start(), m.end())
            if word:
                yield self.finding(doc, m.start(), m.end(), suggestions=[values["right"]], word=word, **values)


CHECK = NumberFormatCheck
