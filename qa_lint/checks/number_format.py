"""number-format: numbers written with the other convention's decimal and group marks.

    scale_words: [ribu, juta, miliar, triliun]       # a number before these is a quantity
    unit_words: [persen, '%', km, kg, ton]           # likewise
    whole_units: [dolar, rupiah, orang, warga]       # counted in whole numbers (money: at most cents); units too
    counted_nouns: true                              # any other noun after a number counts whole too
    not_counted: [per, kali]                         # ... but not these words (nor units, scale or function words)
    rate_cues: [rata-rata, per]                      # an average or a rate may have decimals
    currency_symbols: [Rp, US$, $]                   # a number after these is an amount (a whole unit)
    whole_symbols: [Rp]                              # currencies whose amounts have no fraction at all
    range_words: [hingga, sampai]                    # besides dashes, what joins the ends of a range
    exchange_rate: {currency: [rupiah], per: [dolar, euro]}  # "rupiah ... 15,940 per dolar": a whole-currency amount
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
Indonesian) is left alone: the locale's reading is the normal one. One case
is not: the locale's decimal mark followed by exactly three digits before a
whole unit or after a currency symbol ("250,000 dolar", "Rp 2,500" in
Indonesian; "250.000 dollars" in English). Money has at most cents and people
come whole, so the mark groups thousands in the other convention. With
``counted_nouns`` any noun counts whole that is not a unit of measure (CLDR's
unit names for the locale plus ``unit_words``), a scale word, a function word
of the language profile or in ``not_counted``: "1,250 kasus", "38,000
penonton" - unless a rate cue ("rata-rata", "per") makes it an average
("2,125 anak per perempuan"), and never with a whole part of 0 ("0,125").
After a bare currency symbol only a round figure counts ("$2.500"; "$3.499" a
gallon is a price), except for ``whole_symbols``, currencies that have no
fraction in use ("Rp16,180" is sixteen thousand rupiah). Before a scale word
("1,250 miliar") three decimals are possible and stay quiet. A currency symbol
may be glued to the number ("Rp42.7 miliar", "US$1.5").

A range ("2.25-2.5 persen", "1.5 hingga 2 miliar") is one quantity: the word
after its last number shows that the first is a quantity too, and the range
is reported once, with every number in it written the locale's way.

With ``exchange_rate``, a bare number followed by "per" and a foreign currency, in a
clause that names one of the ``currency`` words before it ("Rupiah melemah ke level
15,940 per dolar AS"), is an amount of that currency, read like one after a whole
symbol: the rupiah has no fraction, so the comma groups thousands.

Message placeholders: {number} as written, {right} the number in the
locale's convention, {decimal} and {group} the locale's symbols, {word} the
scale or unit word (or currency symbol) that showed it is a quantity.
"""

from __future__ import annotations

import functools

import regex
from babel.numbers import get_decimal_symbol, get_group_symbol

from .. import regexcache
from . import Check

TYPE = "number-format"
_WORDS = {"type": "array", "items": {"type": "string", "minLength": 1}}
PROPERTIES = {
    "scale_words": _WORDS,
    "unit_words": _WORDS,
    "currency_symbols": _WORDS,
    "whole_units": _WORDS,
    "counted_nouns": {"type": "boolean"},
    "not_counted": _WORDS,
    "rate_cues": _WORDS,
    "whole_symbols": _WORDS,
    "range_words": _WORDS,
    "exchange_rate": {"type": "object", "properties": {"currency": _WORDS, "per": _WORDS},
                      "required": ["currency", "per"], "additionalProperties": False},
    "convention_message": {"type": "string", "minLength": 1},
}
REQUIRED = ["scale_words"]
# What its messages may name (checked when a pack loads; docs/rule-writing.md).
PLACEHOLDERS = {"match", "decimal", "group", "number", "right", "word"}
REGEX_KEYS = ()

# A digit run with any inner dots or commas, not part of a longer token
# (v1.5 is a version; 1.2.3.4 or 20.06.2024 are read whole and fit no convention).
# Letters may follow only as a glued unit ("$1,5bn"), which run() checks.
# Plain integers are matched too: they can end a range ("1.5-2 miliar").
_NUMBER = r"(?<![\p{L}\p{N}_.,])\d+(?:[.,]\d+)*(?![\p{N}_]|[.,]\d)"
# The word after a number, to tell a counted noun ("1,250 kasus") from a unit ("1,250 km"),
# and the one after that ("2,125 anak per perempuan" is a rate).
_NEXT_WORDS = regex.compile(r"[ \u00a0]+(?P<noun>\p{L}[\p{L}-]*)(?:[ \u00a0]+(?P<next>\p{L}+))?")


def _alternation(words) -> str:
    # Longest first; words of one length in a fixed order, so the pattern is the same each run (regexcache).
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _readable(number: str, decimal: str, group: str) -> bool:
    """Whether ``number`` is well formed with these decimal and group marks."""
    return bool(_well_formed(decimal, group).fullmatch(number))


@functools.cache
def _well_formed(decimal: str, group: str) -> regex.Pattern:
    """A number with these marks: compiled once per pair (a locale has one), not per number."""
    d, g = regex.escape(decimal), regex.escape(group)
    return regexcache.compile(rf"(?:\d{{1,3}}(?:{g}\d{{3}})+|\d+)(?:{d}\d+)?")


class NumberFormatCheck(Check):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        options = rule.options
        locale = env.locale or env.language
        self.decimal = get_decimal_symbol(locale)
        self.group = get_group_symbol(locale)
        if {self.decimal, self.group} != {".", ","}:
            raise ValueError(f"number-format handles locales that use '.' and ',' ({locale} uses {self.decimal!r} and {self.group!r})")
        words = list(options["scale_words"]) + list(options.get("unit_words", [])) + list(options.get("whole_units", []))
        # Units like % follow the number directly; words need a word end. CLDR's units of measure
        # ("megawatt", "hektopascal") are quantity words too, but not durations: "pukul 10.30
        # hari Senin" is a time.
        # Short symbols ("L", "m") stay out: "2,0L" is a model name, glued to its number.
        measured = words + sorted(u for u in _cldr_units(locale, durations=False) if len(u) >= 4 and u.isalpha())
        self.after = regexcache.compile(rf"\s*(?P<word>{_alternation(measured)})(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)
        symbols = options.get("currency_symbols", [])
        self.before = regexcache.compile(rf"(?P<word>{_alternation(symbols)})\s*$") if symbols else None
        # A number may be glued to a currency symbol that ends in a letter ("Rp42.7").
        glued = [s for s in symbols if s[-1:].isalpha() or s[-1:] == "."]
        glued_branch = rf"(?<=(?<![\p{{L}}])(?:{_alternation(glued)}))\d+(?:[.,]\d+)*(?![\p{{N}}_]|[.,]\d)|" if glued else ""
        self.number = regexcache.compile(glued_branch + _NUMBER)
        self.whole_symbols = {w.casefold() for w in options.get("whole_symbols", [])}
        self.scale_words = {w.casefold() for w in options["scale_words"]}
        self.counted_nouns = bool(options.get("counted_nouns", False))
        measures = {w.casefold() for w in words} | _cldr_units(locale) | set(env.stopwords)
        self.not_counted = measures | {w.casefold() for w in options.get("not_counted", [])}
        rate_cues = options.get("rate_cues", [])
        self.rate_cues = {w.casefold() for w in rate_cues}
        self.rate_before = regexcache.compile(rf"(?i)(?<![\p{{L}}])(?:{_alternation(rate_cues)})(?![\p{{L}}])[^.!?;\n]{{0,30}}$") if rate_cues else None
        self.convention_message = options.get("convention_message", rule.message)
        self.whole_units = {w.casefold() for w in options.get("whole_units", [])}
        range_words = options.get("range_words", [])
        words_branch = rf"|\s+(?:{_alternation(range_words)})\s+" if range_words else ""
        self.joiner = regexcache.compile(rf"\s*[-–—]\s*{words_branch}", regex.IGNORECASE)
        rate = options.get("exchange_rate")
        self.rate_after = regexcache.compile(rf"(?i)[ \u00a0]+per[ \u00a0]+(?:{_alternation(rate['per'])})(?![\p{{L}}])") if rate else None
        # The currency named last before the number: "rupiah ..., sementara ringgit di 4,125 per dolar" is ringgit's.
        others = rf"(?!(?<![\p{{L}}])(?:{_alternation(rate['per'])})(?![\p{{L}}]))" if rate else ""
        self.rate_currency = regexcache.compile(rf"(?i)(?<![\p{{L}}])(?P<word>{_alternation(rate['currency'])})(?![\p{{L}}])(?:{others}[^.!?;\n]){{0,60}}$") if rate else None

    def _swap(self, number: str) -> str:
        return number.translate(str.maketrans({self.decimal: self.group, self.group: self.decimal}))

    def _problem(self, number: str, word: str | None, whole: str) -> str | None:
        """Why ``number`` is in the other convention: "convention" (no reading here),
        "decimal" (a lone mark before a quantity word), "grouping" (three decimals
        of a whole unit), or None."""
        if _readable(number, self.group, self.decimal) and not _readable(number, self.decimal, self.group):
            if sum(number.count(c) for c in ".,") >= 2:
                return "convention"
            if whole and regex.search(r"[.,]\d{3}$", number):
                return None  # "Rp 2000.000": thousands grouped badly, not a decimal point
            return "decimal" if word else None
        zeros = "000" if word and word.casefold() in self.scale_words else r"\d00"
        if regex.fullmatch(r"[1-9]\d{0,2}" + regex.escape(self.decimal) + zeros, number) and (word or whole or self.counted_nouns):
            # "12,000 ton", "12,500 ton", "rata-rata 45,000 penumpang": nobody writes three
            # decimals that end in two zeros (12,5 ton is written "12,5"; a timing may end in one:
            # "1,660 detik"). Before a scale word they may ("$1.500 billion"), but not three zeros.
            return "grouping"
        if whole and number.count(self.decimal) == 1 and number.count(self.group) == 0 \
                and regex.fullmatch(r"[1-9]\d{0,2}" + regex.escape(self.decimal) + r"\d{3}", number) \
                and (whole in ("unit", "whole symbol") or number.endswith("0")):
            # After a bare currency symbol only a round figure: "$3.499" a gallon is a price.
            return "grouping"
        return None

    def run(self, doc):
        text = doc.plain
        numbers = list(self.number.finditer(text))
        i = 0
        while i < len(numbers):
            # A range: numbers joined by a dash or a range word share the word after the last one.
            group = [numbers[i]]
            while i + 1 < len(numbers) and self.joiner.fullmatch(text, group[-1].end(), numbers[i + 1].start()):
                i += 1
                group.append(numbers[i])
            i += 1
            last = group[-1]
            if last.end() < len(text) and text[last.end()].isalpha() and not self.after.match(text, last.end()):
                continue  # part of a code or model name ("1.5x", "2,0L"), not a quantity
            after = self.after.match(text, last.end())
            before = self.before.search(text, max(0, group[0].start() - 8), group[0].start()) if self.before else None
            word = after.group("word") if after else before.group("word") if before else None
            whole = "unit" if after and after.group("word").casefold() in self.whole_units else "symbol" if before and not after else ""
            if whole == "symbol" and before.group("word").casefold() in self.whole_symbols:
                whole = "whole symbol"
            if not after and not before and self.rate_after and self.rate_after.match(text, last.end()):
                currency = self.rate_currency.search(text, max(0, group[0].start() - 80), group[0].start())
                if currency:
                    word, whole = currency.group("word"), "whole symbol"  # "rupiah ... 15,940 per dolar"
            if not after and not before and not whole and self.counted_nouns:
                noun = self.counted_noun(text, group[0].start(), last.end())
                if noun:
                    whole = "unit"  # a grouping slip only: "versi 2.1 dirilis" is no decimal before a quantity
            problems = [(m, self._problem(m.group(), word, whole)) for m in group]
            flagged = [(m, kind) for m, kind in problems if kind]
            if not flagged:
                continue
            start, end = flagged[0][0].start(), flagged[-1][0].end()
            number = text[start:end]
            right = number
            for m, _kind in reversed(flagged):
                right = right[: m.start() - start] + self._swap(m.group()) + right[m.end() - start:]
            values = dict(number=number, right=right, decimal=self.decimal, group=self.group, word=word or "")
            kinds = {kind for _, kind in flagged}
            message = self.rule.message if kinds == {"decimal"} else self.convention_message
            yield self.finding(doc, start, end, message=message, suggestions=[right], **values)

    def counted_noun(self, text: str, start: int, end: int) -> str | None:
        """The noun after a number when it counts things that come whole ("1,250 kasus"):
        not a unit, scale or function word, and not a rate or an average."""
        m = _NEXT_WORDS.match(text, end)
        if not m:
            return None
        noun = m.group("noun")
        if len(noun) < 3 or not noun[0].islower() or noun.casefold() in self.not_counted or noun.split("-")[0].casefold() in self.not_counted:
            return None
        if m.group("next") and m.group("next").casefold() in self.rate_cues:
            return None  # "2,125 anak per perempuan"
        if self.rate_before and self.rate_before.search(text, max(0, start - 40), start):
            return None  # "rata-rata 2,125 gol"
        return noun


def _cldr_unit_forms(locale: str):
    """(CLDR key, name) for every name of a unit of measure in the locale ("length-kilometer",
    "km"); nothing for a locale Babel does not know."""
    from babel import Locale

    try:
        patterns = Locale.parse(locale.replace("-", "_"))._data["unit_patterns"]
    except Exception:  # an unknown locale has no units; the pack's unit_words remain
        return
    for key, forms in patterns.items():
        for length in ("long", "short", "narrow"):
            for count, text in (forms.get(length, {}) or {}).items():
                name = str(text).replace("{0}", "").strip().casefold()
                if count != "per" and "{0}" in str(text) and name:
                    yield key, name


def cldr_unit_names(locale: str) -> dict[str, str]:
    """Each name of a unit of measure in the locale -> its CLDR key: "km" and "kilometer" are
    both "length-kilometer", so "12 kilometer" and "15 km" measure one thing."""
    names: dict[str, str] = {}
    for key, name in _cldr_unit_forms(locale):
        names.setdefault(name, key)  # the first unit to claim a name keeps it
    return names


def _cldr_units(locale: str, durations: bool = True) -> set[str]:
    """Names of units of measure in the locale (CLDR through Babel): "detik", "km", "hektare";
    a number before one of them may have decimals. Without ``durations``: no units of time."""
    found: set[str] = set()
    for key, name in _cldr_unit_forms(locale):
        if durations or not key.startswith("duration-"):
            found.update((name, name.split(" ")[0]))
    return found


CHECK = NumberFormatCheck
