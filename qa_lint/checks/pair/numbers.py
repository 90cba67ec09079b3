"""pair-numbers: numbers, units, currencies, dates and weekdays compared by value.

    numbers_file: data/numbers.yaml    # number words, units and currencies to compare
    report: [changed, scale, unit]     # which differences this rule reports:
        changed   a source number with no equal number in the translation, which has another instead
        scale     the same digits with another scale word ("1.5 million" -> "1,5 miliar")
        unit      the same number with another unit or currency ("3 days" -> "3 minggu")
        missing   a source number with no counterpart at all
        added     a number in the translation that the source does not have
        date      a date that differs ("June 19, 2024" -> "20/6/2024")
        weekday   a weekday that differs ("Wednesday" -> "Kamis")
        date-missing  a source date with no date in the translation

Each side is read with its own locale's conventions from CLDR: "1.5 billion" is
"1,5 miliar", "15,105" is "15.105", "Nov. 6" is "6/11". Spelled-out numbers
("two"/"dua") can stand for digits but are never reported themselves, and unit
conversions listed in the data file (miles to kilometres) are faithful.
Numbers are compared within an aligned unit, in any order.
Message placeholders: {source_value} (as the source writes it), {target_value}.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

import regex

from ...quantities import Quantity, QuantityReader
from . import LEXICON_OPTIONS, PairCheck, quote

TYPE = "pair-numbers"
PAIR = True
KINDS = ["changed", "scale", "unit", "missing", "added", "date", "weekday", "date-missing"]
PROPERTIES = {
    "numbers_file": {"type": "string", "minLength": 1},
    "report": {"type": "array", "items": {"enum": KINDS}, "minItems": 1},
    **LEXICON_OPTIONS,
}
REQUIRED = ["report"]
# What its messages may name (checked when a pack loads; docs/rule-writing.md).
PLACEHOLDERS = {"match", "kind", "source_value", "target_value"}
REGEX_KEYS = ()


@dataclass
class Issue:
    kind: str
    source: Quantity | None
    target: Quantity | None


class NumbersCheck(PairCheck):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        self.file = rule.options.get("numbers_file", "data/numbers.yaml")
        self.spec = self.data(self.file)  # the numbers file's words, units, currencies, conversions
        self.report = set(rule.options["report"])
        self.tolerance = float(self.spec.get("tolerance", 0.005))
        self.conversions = _chained(self.spec.get("conversions", []))
        self._readers: dict[str, QuantityReader] = {}

    def reader(self, locale: str) -> QuantityReader:
        if locale not in self._readers:
            self._readers[locale] = QuantityReader(locale, self.spec, count_words=True)
        return self._readers[locale]

    def issues(self, pair) -> list[tuple]:
        key = ("pair-numbers", self.env.resolve(self.file))
        if key not in pair.cache:
            src_reader = self.reader(pair.source.language or self.rule.source_language or "en")
            tgt_reader = self.reader(self.env.locale or pair.target.language)
            found: list[tuple] = []
            for unit in pair.units:
                if unit.source is None or unit.target is None:
                    continue
                src = src_reader.read(pair.source.plain, unit.source.start, unit.source.end)
                tgt = tgt_reader.read(pair.target.plain, unit.target.start, unit.target.end)
                issues = [i for i in self.compare(src, tgt) if not self._free_rewrite(i, pair, src, tgt)]
                found.extend((unit, issue) for issue in issues)
            pair.cache[key] = found
        return pair.cache[key]

    def _free_rewrite(self, issue: Issue, pair, src: list[Quantity], tgt: list[Quantity]) -> bool:
        """An added number a free translation writes faithfully: an amount converted into
        another currency in brackets after the amount ("20 miliar dolar AS (sekitar Rp325
        triliun)"), or years the source counts in decades ("two decades" -> "20 tahun")."""
        t = issue.target
        if issue.kind != "added" or t is None:
            return False
        text = pair.target.plain
        if t.currency and regex.search(r"\(\s*(?:sekitar|setara(?: dengan)?|kira-kira|kurang lebih|atau)?\s*$", text[max(0, t.start - 25) : t.start]):
            before = [q for q in tgt if q.end <= t.start and q.currency and q.currency != t.currency]
            if before and regex.fullmatch(r"\s*\(\s*\p{L}*(?:\s+\p{L}+)?\s*", text[before[-1].end : t.start]):
                return True
        multiples = {str(k).casefold(): float(v) for k, v in (self.spec.get(pair.source.language or "en", {}) or {}).get("year_multiples", {}).items()}
        if multiples and (t.unit == "duration-year" or regex.match(r"\s*(?:tahun|thn)\b", text[t.end : t.end + 8])):
            source = pair.source.plain
            for s in src:
                m = regex.match(r"\s+(\p{L}+)", source[s.end : s.end + 20])
                if s.kind == "number" and m and m.group(1).casefold() in multiples and self.same(_num(s) * multiples[m.group(1).casefold()], _num(t)):
                    return True
        return False

    # -- comparing -------------------------------------------------------------
    def same(self, a: float, b: float) -> bool:
        return abs(a - b) <= self.tolerance * max(abs(a), abs(b), 1e-9)

    def same_number(self, s: Quantity, t: Quantity) -> bool:
        """One number, or one a rounding of the other ("1.57" / "1,6"). Whole numbers written
        to the unit must be equal: "2017" is not "2019", though they differ by 0.1%; the
        relative tolerance is for scaled amounts ("20 million" / "20,1 juta")."""
        a, b = _num(s), _num(t)
        if abs(a - b) <= 0.5 * max(s.ulp, t.ulp) + 1e-9 * max(abs(a), abs(b)):
            return True
        if s.word or t.word:
            return self.same(a, b)
        return max(s.scale, t.scale) > 1 and self.same(a, b)

    def converted(self, s: Quantity, t: Quantity) -> bool:
        for c in self.conversions:
            for frm, to, forward in ((c["from"], c["to"], True), (c["to"], c["from"], False)):
                if s.unit == frm and t.unit == to:
                    factor, offset = float(c["factor"]), float(c.get("offset", 0))
                    expected = _num(s) * factor + offset if forward else (_num(s) - offset) / factor
                    # Both sides are rounded as written: "17 miles" is 26.6-28.2 km, so "28 km" fits.
                    rounding = 0.5 * s.ulp * (factor if forward else 1 / factor) + 0.5 * t.ulp
                    return abs(expected - _num(t)) <= max(0.02 * abs(_num(t)), 0.6, rounding)
        return False

    def compare(self, src: list[Quantity], tgt: list[Quantity]) -> list[Issue]:
        return _compare_dates(src, tgt) + _compare_weekdays(src, tgt) + self._compare_numbers(_without_range_days(src, tgt), tgt)

    def _compare_numbers(self, src: list[Quantity], tgt: list[Quantity]) -> list[Issue]:
        s_nums = [q for q in src if q.kind == "number"]
        t_nums = [q for q in tgt if q.kind == "number"]
        issues = self._pair_same_numbers(s_nums, t_nums)
        for s in list(s_nums):
            if s.word or s.mantissa is None:
                continue
            t = next((t for t in t_nums if not t.word and t.mantissa is not None and self.same(s.mantissa, t.mantissa) and s.scale != t.scale), None)
            if t is not None:
                s_nums.remove(s)
                t_nums.remove(t)
                issues.append(Issue("scale", s, t))
        # "23 degrees Fahrenheit, about minus 5 degrees Celsius": a source value given twice, in
        # two units, may be translated once.
        matched = [q for q in src if q.kind == "number" and q not in s_nums]
        s_nums = [q for q in s_nums if not (q.unit and any(m.unit and m.unit != q.unit and self.converted(q, m) for m in matched))]
        s_left = [q for q in s_nums if not q.word]
        t_left = [q for q in t_nums if not q.word]
        # A target word number may stand for a source digit and the other way round.
        s_left = [s for s in s_left if not any(t.word and self.same(_num(s), _num(t)) for t in t_nums)]
        t_left = [t for t in t_left if not any(s.word and self.same(_num(s), _num(t)) for s in src if s.kind == "number")]
        while s_left and t_left:
            issues.append(Issue("changed", s_left.pop(0), t_left.pop(0)))
        issues.extend(Issue("missing", s, None) for s in s_left)
        issues.extend(Issue("added", None, t) for t in t_left)
        return issues

    def _pair_same_numbers(self, s_nums: list[Quantity], t_nums: list[Quantity]) -> list[Issue]:
        """Take out numbers of the same value (or the same amount in another unit) from both
        lists; a pair whose unit or currency differs is an issue."""
        issues: list[Issue] = []
        for s in list(s_nums):
            t = next((t for t in t_nums if self.same_number(s, t)), None)
            if t is None:
                t = next((t for t in t_nums if s.unit and t.unit and s.unit != t.unit and self.converted(s, t)), None)
                if t is not None:
                    s_nums.remove(s)
                    t_nums.remove(t)
                continue
            s_nums.remove(s)
            t_nums.remove(t)
            if s.word or t.word:
                continue
            if s.unit and t.unit and s.unit != t.unit and not self.converted(s, t):
                issues.append(Issue("unit", s, t))
            elif s.currency and t.currency and s.currency != t.currency:
                issues.append(Issue("unit", s, t))
        return issues

    def run_pair(self, pair):
        for unit, issue in self.issues(pair):
            if issue.kind not in self.report:
                continue
            if issue.target is not None:
                start, end = issue.target.start, issue.target.end
            else:
                start, end = unit.target.start, unit.target.end
            source_span = unit.source
            if issue.source is not None:
                from ...span import Span

                source_span = Span(issue.source.start, issue.source.end)
            yield self.pair_finding(
                pair, start, end, source_span,
                source_note=f'source: "{quote(pair.source.plain[unit.source.start:unit.source.end])}"',
                source_value=issue.source.text if issue.source else "",
                target_value=issue.target.text if issue.target else "",
                kind=issue.kind,
            )


def _compare_dates(src: list[Quantity], tgt: list[Quantity]) -> list[Issue]:
    """Source dates with no fitting target date: changed (paired with a target date that
    shares its month or day, else the first left) or missing."""
    issues: list[Issue] = []
    t_dates = [q for q in tgt if q.kind == "date"]
    left: list[Quantity] = []
    for s in (q for q in src if q.kind == "date"):
        match = next((t for t in t_dates if _date_fits(_date(s), _date(t))), None)
        if match is not None:
            t_dates.remove(match)
        else:
            left.append(s)
    for s in left:
        other = next((t for t in t_dates if _date(t)[1] == _date(s)[1] or _date(t)[2] == _date(s)[2]), t_dates[0] if t_dates else None)
        if other is not None:
            t_dates.remove(other)
            issues.append(Issue("date", s, other))
        else:
            issues.append(Issue("date-missing", s, None))
    return issues


def _without_range_days(src: list[Quantity], tgt: list[Quantity]) -> list[Quantity]:
    """The source without the second day of a date range it writes with a word ("May 12 and
    13", read as a date and a number) when the target has that day in the same month as a
    date ("12-13 Mei"): the day is translated, as a date."""
    s_dates = [q for q in src if q.kind == "date"]
    t_days = {(_date(t)[1], _date(t)[2]) for t in tgt if t.kind == "date"}

    def range_day(q: Quantity) -> bool:
        if q.kind != "number" or q.unit or q.currency or not float(_num(q)).is_integer() or not 1 <= _num(q) <= 31:
            return False
        before = [d for d in s_dates if d.end <= q.start and q.start - d.end <= 8]  # " and ", " or ", ", "
        return any((_date(d)[1], int(_num(q))) in t_days for d in before)

    return [q for q in src if not range_day(q)]


def _compare_weekdays(src: list[Quantity], tgt: list[Quantity]) -> list[Issue]:
    """A source weekday the target does not have, paired with a weekday the source does not have."""
    s_days = {q.value: q for q in src if q.kind == "weekday"}
    t_days = {q.value: q for q in tgt if q.kind == "weekday"}
    extra = [q for v, q in t_days.items() if v not in s_days]
    return [Issue("weekday", s, extra.pop(0)) for value, s in s_days.items() if value not in t_days and extra]


def _num(q: Quantity) -> float:
    """A number's value (the reader gives numbers float values; Quantity.value is typed for all kinds)."""
    return cast(float, q.value)


def _date(q: Quantity) -> tuple:
    """A date's (year, month, day), any of year and day None."""
    return cast(tuple, q.value)


def _date_fits(a: tuple, b: tuple) -> bool:
    """Two (year, month, day) dates agree on every part both give."""
    return all(x is None or y is None or x == y for x, y in zip(a, b))


def _chained(conversions: list[dict]) -> list[dict]:
    """The listed conversions and those made of two or more of them: "inch -> centimetre"
    and "centimetre -> millimetre" give "inch -> millimetre" ("8 inches" = "200 milimeter")."""
    found = {(c["from"], c["to"]): (float(c["factor"]), float(c.get("offset", 0))) for c in conversions}
    # Each one backwards too ("centimetre -> metre" from "metre -> centimetre"), so that
    # "inch -> metre" goes through centimetres.
    found |= {(b, a): (1 / f, -o / f) for (a, b), (f, o) in list(found.items()) if (b, a) not in found}
    changed = True
    while changed:
        changed = False
        for (a, b), (f1, o1) in list(found.items()):
            for (c, d), (f2, o2) in list(found.items()):
                if b == c and a != d and (a, d) not in found:
                    found[(a, d)] = (f1 * f2, o1 * f2 + o2)
                    changed = True
    return [{"from": a, "to": b, "factor": f, "offset": o} for (a, b), (f, o) in found.items()]


CHECK = NumbersCheck
