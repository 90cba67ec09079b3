"""Numbers, dates and weekdays in a text, read with one locale's conventions.

    reader = QuantityReader("id", data)     # data: rules/en-id/data/numbers.yaml
    reader.read("Rabu (19/6/2024) ... 1,5 miliar dolar AS")
      -> [Quantity(kind="weekday", value=2), Quantity(kind="date", value=(2024, 6, 19)),
          Quantity(kind="number", value=1.5e9, currency="USD")]

From CLDR (Babel): month and weekday names (wide and abbreviated), the order
of day and month in numeric dates (the short date pattern: "d/M/yy" in
Indonesian, "M/d/yy" in English), decimal and group symbols, scale words
("million", "juta") and unit names ("{0} days", "{0} hari"), currency symbols
and names. The data file adds number words, scale abbreviations and the lists
of units and currencies to compare.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex
from babel import Locale
from babel.dates import get_date_format, get_day_names, get_month_names
from babel.numbers import get_currency_name, get_currency_symbol, get_decimal_symbol, get_group_symbol


@dataclass
class Quantity:
    kind: str  # "number" | "date" | "weekday" | "time"
    start: int
    end: int
    text: str
    value: object  # float for numbers; (year|None, month, day|None) for dates; 0-6 for weekdays
    unit: str | None = None  # CLDR unit key, or "percent"
    currency: str | None = None  # ISO code
    mantissa: float | None = None  # the number before its scale word (1.5 in "1.5 billion")
    scale: float = 1.0
    word: bool = False  # spelled out ("two"), never reported as missing or added
    ulp: float = 1.0  # place value of the last digit written, times the scale (0.01 for "1,57"; 1e8 for "4,3 miliar")


def _alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted({w for w in words if w}, key=len, reverse=True)) or r"(?!x)x"


# The other day of a range: "Sept. 15-16" (after the date's day), "15-16 September" (before it).
# A range said in words ("Jan. 19 to 24", "3 hingga 9 Maret") is one too; after the date its
# second day must end the phrase (punctuation, a year, a preposition), so that "rose on
# March 3 to 25 percent" keeps its 25 a number.
# Two days joined by "and" ("May 12 and 13", "12 dan 13 Mei") are two dates of the month too.
_RANGE_WORDS = r"\s+(?:to|through|until|till|and|hingga|sampai|dan|s\.d\.|s/d)\s+"
_PHRASE_END = r"(?=\s*(?:[.,;:)\]]|$)|\s+(?:\d{4}\b|(?:in|at|on|and|with|when|while|di|dan|pada|lalu|mendatang|nanti|ini)\b))"
_DAY_AFTER = regex.compile(rf"(?:[-–](?P<d>[0-3]?\d)(?![\p{{N}}\p{{L}}])|{_RANGE_WORDS}(?P<d>[0-3]?\d){_PHRASE_END})")
# Not the month of a numeric date ("18/12 hingga 4 Januari": from December 18, not the 12th).
_YEAR_AFTER = regex.compile(r",?\s+(?P<y>(?:1[89]|2\d)\d\d)(?![\p{N}\p{L}])")
_DAY_BEFORE = regex.compile(rf"(?<![\p{{N}}\p{{L}}.,/])(?P<d>[0-3]?\d)(?:[-–]|{_RANGE_WORDS})$")


def _free(taken: list[tuple[int, int]], a: int, b: int) -> bool:
    """No span already read overlaps a..b."""
    return not any(a < y and x < b for x, y in taken)


def _time_zones(locale: str) -> set[str]:
    """Time zone abbreviations (CLDR metazones of this locale and English: "WIB", "WIT", "GMT")."""
    zones = {"UTC", "GMT"}
    for loc in {locale, "en"}:
        for forms in Locale.parse(loc.replace("-", "_")).meta_zones.values():
            zones |= {z for z in (forms.get("short") or {}).values() if len(z) >= 3}
    return zones


class QuantityReader:
    def __init__(self, locale: str, data: dict, count_words: bool = False):
        self.locale = locale
        lang = locale.split("_")[0].split("-")[0]
        spec = data.get(lang, {}) or {}
        self.decimal = get_decimal_symbol(locale)
        self.group = get_group_symbol(locale)
        self._read_calendar(locale)
        self._read_scales(locale, spec)
        # Ordinary words that CLDR also lists as a short unit name ("in" for inches: "aged 6 to 16 in areas").
        self.not_units = {str(w).casefold() for w in spec.get("not_units", [])}
        self._read_units(locale, data, spec)
        self._read_currencies(locale, lang, data)
        self.words: dict[str, float] = {str(k).casefold(): float(v) for k, v in (spec.get("words") or {}).items()}
        self.multipliers: dict[str, float] = {str(k).casefold(): float(v) for k, v in (spec.get("multipliers") or {}).items()}
        self.teens: dict[str, float] = {str(k).casefold(): float(v) for k, v in (spec.get("teens") or {}).items()}
        self.time_words = [str(w) for w in spec.get("time_words", [])]
        # Words glued to a number by a hyphen that keep it a number ("ke-175": 175th).
        self.ordinal_prefixes = [str(w) for w in spec.get("ordinal_prefixes", [])]
        self.zones = _time_zones(locale)
        # Fixed phrases that carry a number ("a quarter-point" is 25 basis points, "secara tahunan" 12 months).
        self.phrases: dict[str, float] = {str(k).casefold(): float(v) for k, v in (spec.get("phrases") or {}).items()}
        # Ordinals and multiplicatives ("fourth", "double") carry a count, one word each (never a
        # run); read when asked (a translation's "4 sesi" for "a fourth session").
        for key in ("ordinals", "multiplicatives") if count_words else ():
            self.phrases.update({str(k).casefold(): float(v) for k, v in (spec.get(key) or {}).items()})
        # Letters glued before a decimal that keep it a number: an earthquake's "M6,8".
        self.magnitude_prefixes = [str(w) for w in spec.get("magnitude_prefixes", [])]
        # A dash after a number, a percent sign or a bracket joins a range ("4,7%-5,5%"); it is no minus.
        self.negative = regex.compile(rf"(?:(?<![\p{{L}}])(?:{_alternation([str(w) for w in spec.get('negative', [])])})\s+|(?<![\p{{L}}\p{{N}}%)\]][\s\u00a0]*)[-−])$", regex.I)
        self._compile()

    def _read_calendar(self, locale: str) -> None:
        # Months: wide and abbreviated, an abbreviation may take a dot ("Nov.").
        self.months: dict[str, int] = {}
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=locale).items():
                self.months[name.casefold().rstrip(".")] = number
        # Abbreviations wire copy writes that CLDR does not list ("Sept."): the first letters
        # of a month name longer than five ("Marc" could be a name).
        for number, name in get_month_names("wide", locale=locale).items():
            name = name.casefold()
            for k in range(3, len(name)) if len(name) > 5 else ():
                self.months.setdefault(name[:k], number)
        self.weekdays: dict[str, int] = {name.casefold(): number for number, name in get_day_names("wide", locale=locale).items()}
        pattern = get_date_format("short", locale=locale).pattern
        self.day_first = pattern.lower().find("d") < pattern.find("M")

    def _read_scales(self, locale: str, spec: dict) -> None:
        # Scale words: CLDR's long compact forms ("0 million" -> million: 1e6) plus the data file's.
        self.scales: dict[str, float] = {}
        compact = Locale.parse(locale)._data["compact_decimal_formats"]
        for form in compact.get("long", {}).values():
            for magnitude, pat in form.items():
                word = regex.sub(r"[0\s\u00a0]+", " ", pat.pattern if hasattr(pat, "pattern") else str(pat)).strip()
                zeros = len(regex.sub(r"[^0]", "", pat.pattern if hasattr(pat, "pattern") else str(pat)))
                if word:
                    self.scales[word.casefold()] = float(magnitude) / (10 ** (zeros - 1))
        self.glued_scales: dict[str, float] = {str(k): float(v) for k, v in (spec.get("scales") or {}).items()}
        # Ordinal scale words ("the 10 millionth passenger"): the number they end is that large.
        self.scales.update({str(k).casefold(): float(v) for k, v in (spec.get("ordinal_scales") or {}).items()})

    def _read_units(self, locale: str, data: dict, spec: dict) -> None:
        # Units: CLDR long and short names, keyed to the unit.
        self.units: dict[str, str] = {}
        patterns = Locale.parse(locale)._data["unit_patterns"]
        for key in data.get("units", []):
            forms = patterns.get(key, {})
            for length in ("long", "short"):
                for count, text in (forms.get(length, {}) or {}).items():
                    if count == "per" or "{0}" not in str(text):
                        continue
                    name = str(text).replace("{0}", "").strip()
                    if (len(name) >= 2 or not name.isalpha()) and name.casefold() not in self.not_units:
                        self.units.setdefault(name.casefold(), key)
        for key, names in (spec.get("unit_names") or {}).items():
            for name in names:
                self.units.setdefault(str(name).casefold(), key)
        for word in spec.get("percent", []):
            self.units[str(word).casefold()] = "percent"

    def _read_currencies(self, locale: str, lang: str, data: dict) -> None:
        # Currencies: CLDR symbol and names, plus the data file's short forms.
        self.currency_before: dict[str, str] = {}
        self.currency_after: dict[str, str] = {}
        for code, aliases in (data.get("currencies") or {}).items():
            symbol = get_currency_symbol(code, locale)
            self.currency_before[symbol] = code
            self.currency_before[code] = code
            for count in (1, 2):
                name = get_currency_name(code, count=count, locale=locale)
                self.currency_after[name.casefold()] = code
            for alias in (aliases or {}).get(lang, []):
                self.currency_after[str(alias).casefold()] = code
        if "$" not in self.currency_before and "USD" in (data.get("currencies") or {}):
            self.currency_before["$"] = "USD"

    def _compile(self) -> None:
        month = _alternation(list(self.months))
        day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
        year = r"(?P<year>(?:1[89]|2\d)\d\d)"
        M = rf"(?P<month>{month})\.?"
        self.date_patterns = [
            regex.compile(rf"(?<![\p{{L}}\p{{N}}]){M}\s+{day}(?:,?\s+{year})?(?![\p{{L}}\p{{N}}])", regex.I),
            regex.compile(rf"(?<![\p{{L}}\p{{N}}]){day}\s+{M}(?:,?\s+{year})?(?![\p{{L}}\p{{N}}])", regex.I),
            regex.compile(rf"(?<![\p{{L}}\p{{N}}]){M}\s+{year}(?![\p{{L}}\p{{N}}])", regex.I),
        ]
        self.numeric_date = regex.compile(r"(?<![\p{L}\p{N}/.,-])(?P<a>\d{1,2})([/.-])(?P<b>\d{1,2})(?:\2(?P<y>\d{4}|\d{2}))?(?![\p{L}\p{N}]|[/.-]\d)")
        self.numeric_day_range = regex.compile(r"(?<![\p{L}\p{N}/.,-])(?P<d1>\d{1,2})[-–](?P<d2>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?(?![\p{L}\p{N}]|[/.-]\d)")
        self.weekday = regex.compile(rf"(?<![\p{{L}}])(?P<w>{_alternation([w.capitalize() for w in self.weekdays])})(?![\p{{L}}])")
        zones = _alternation(sorted(self.zones))
        # 10.30 after "pukul", 10:30, a 24-hour "1917 GMT" (a zone must follow the four digits), "9 a.m.".
        self.time = regex.compile(rf"(?:(?<![\p{{L}}])(?:{_alternation(self.time_words)})\s+\d{{1,2}}[.:]\d\d|(?<![\p{{N}}.,:])\d{{1,2}}:\d\d"
                                  rf"|(?<![\p{{N}}.,:])[0-2]?\d[.:][0-5]\d(?=\s*(?-i:{zones})\b)"
                                  rf"|(?<![\p{{N}}.,:])[0-2]\d[0-5]\d(?=\s*(?-i:{zones})\b)|(?<![\p{{N}}.,:])\d{{1,2}}(?=\s*[ap]\.?m\b))(?:\s*(?:[ap]\.?m\.?|(?-i:{zones})\b))?(?![\p{{N}}])", regex.I)
        d, g = regex.escape(self.decimal), regex.escape(self.group)
        # A number is not part of a word or code ("F-16", "G20"), except glued to a currency ("Rp2,5").
        glued = _alternation([c for c in self.currency_before if c[-1:].isalpha()])
        ordinal = _alternation(self.ordinal_prefixes)
        magnitude = _alternation(self.magnitude_prefixes)
        self.number = regex.compile(rf"(?:(?<=(?<![\p{{L}}])(?:{glued}))|(?<=(?<![\p{{L}}])(?i:{ordinal})-)|(?<=(?<![\p{{L}}])(?:{magnitude}))(?=\d[.,]\d(?![\p{{N}}]))|(?<![\p{{L}}\p{{N}}_.,/]|[\p{{L}}]-))\d+(?:[.,]\d+)*(?![\p{{N}}]|[.,]\d)")
        self.scale_after = regex.compile(rf"[\s\u00a0]*(?P<w>{_alternation(list(self.scales))})(?![\p{{L}}])", regex.I)
        self.glued_scale = regex.compile(rf"(?P<w>{_alternation(list(self.glued_scales))})(?![\p{{L}}])")
        # English writes a unit adjective with a hyphen ("a 12-mile stretch", "a 3-day visit").
        self.unit_after = regex.compile(rf"(?:[\s\u00a0]*|-)(?P<w>{_alternation(list(self.units))})(?![\p{{L}}])", regex.I)
        self.currency_pre = regex.compile(rf"(?P<w>{_alternation(list(self.currency_before))})[\s\u00a0]?$")
        self.currency_post = regex.compile(rf"[\s\u00a0]*(?P<w>{_alternation(list(self.currency_after))})(?![\p{{L}}])", regex.I)
        any_word = _alternation(list(self.words) + list(self.multipliers) + list(self.teens))
        # A run of number words: "thirty-five", "tiga puluh lima", "two hundred".
        self.phrase = regex.compile(rf"(?<![\p{{L}}])(?:{_alternation(list(self.phrases))})(?![\p{{L}}])", regex.I)
        self.word_number = regex.compile(rf"(?<![\p{{L}}])(?P<w>(?:{_alternation(list(self.words))})(?:[\s-]+(?:{any_word}))*)(?![\p{{L}}])", regex.I)
        self._readable = (regex.compile(rf"(?:\d{{1,3}}(?:{g}\d{{3}})+|\d+)(?:{d}\d+)?"),
                          regex.compile(rf"(?:\d{{1,3}}(?:{d}\d{{3}})+|\d+)(?:{g}\d+)?"))

    # -- reading ---------------------------------------------------------------
    def value(self, number: str) -> float | None:
        """The number in this locale's convention; in the other one if it only reads that way."""
        read = self.parse(number)
        return None if read is None else read[0]

    def parse(self, number: str) -> tuple[float, int] | None:
        """(value, digits after the decimal sign) in this locale's convention, else the other's."""
        for pattern, group, decimal in ((self._readable[0], self.group, self.decimal), (self._readable[1], self.decimal, self.group)):
            if pattern.fullmatch(number):
                plain = number.replace(group, "").replace(decimal, ".")
                return float(plain), len(plain.split(".")[1]) if "." in plain else 0
        return None

    def word_value(self, words: str) -> float:
        total = 0.0
        for word in regex.split(r"[\s-]+", words.casefold()):
            if word in self.multipliers:
                total = max(total, 1) * self.multipliers[word]
            elif word in self.teens:
                total += self.teens[word]
            else:
                total += self.words.get(word, 0)
        return total

    def read(self, text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
        end = len(text) if end is None else end
        found: list[Quantity] = []
        taken: list[tuple[int, int]] = []  # spans already read: a later reader skips them
        for m in self.time.finditer(text, start, end):
            taken.append((m.start(), m.end()))
            found.append(Quantity("time", m.start(), m.end(), m.group(), m.group()))
        self._read_dates(text, start, end, found, taken)
        self._read_numeric_dates(text, start, end, found, taken)
        for m in self.weekday.finditer(text, start, end):
            found.append(Quantity("weekday", m.start(), m.end(), m.group(), self.weekdays[m.group("w").casefold()]))
        self._read_numbers(text, start, end, found, taken)
        for m in self.phrase.finditer(text, start, end):
            if _free(taken, m.start(), m.end()):
                taken.append((m.start(), m.end()))
                found.append(Quantity("number", m.start(), m.end(), m.group(), self.phrases[m.group().casefold()], word=True))
        for m in self.word_number.finditer(text, start, end):
            if not _free(taken, m.start(), m.end()):
                continue
            value = self.word_value(m.group("w"))
            q = Quantity("number", m.start(), m.end(), m.group(), value, word=True)
            # "tiga juta" is 3 million: the scale word after a number word scales it as after digits.
            scale = self.scale_after.match(text, m.end(), end)
            factor = self.scales.get(scale.group("w").casefold()) if scale else None
            if scale and factor:
                q.value, q.mantissa, q.scale, q.end, q.text = value * factor, value, factor, scale.end(), text[m.start():scale.end()]
            unit = self.unit_after.match(text, q.end, end)
            if unit:  # "satu setengah jam": a duration, comparable with "90 minutes"
                q.unit = self.units[unit.group("w").casefold()]
            found.append(q)
        return sorted(found, key=lambda q: q.start)

    def _read_dates(self, text: str, start: int, end: int, found: list[Quantity], taken: list[tuple[int, int]]) -> None:
        """Dates with a month name ("15 September 2024", "Sept. 15-16")."""
        for pattern in self.date_patterns:
            for m in pattern.finditer(text, start, end):
                if not _free(taken, m.start(), m.end()):
                    continue
                word = m.group("month")
                if word[:1].islower():
                    continue  # "may 5" is not May; month names are capitalised
                month = self.months.get(word.casefold().rstrip("."))
                day = int(m.group("day")) if m.groupdict().get("day") else None
                year = int(m.group("year")) if m.group("year") else None
                if month is None or (day is not None and not 1 <= day <= 31):
                    continue
                taken.append((m.start(), m.end()))
                found.append(Quantity("date", m.start(), m.end(), m.group(), (year, month, day)))
                if day is not None:
                    self._read_day_range(text, start, end, m, (year, month), found, taken)

    @staticmethod
    def _read_day_range(text: str, start: int, end: int, m, year_month: tuple, found: list[Quantity], taken: list[tuple[int, int]]) -> None:
        # A range of days: "Sept. 15-16", "15-16 September" are two dates of one month.
        after = _DAY_AFTER.match(text, m.end("day"), end)
        before = _DAY_BEFORE.search(text, max(start, m.start() - 16), m.start())
        year = _YEAR_AFTER.match(text, after.end(), end) if after is not None and year_month[0] is None else None
        if year is not None:
            # "Jan. 19 to 24, 2027": the year after the range dates both days.
            year_month = (int(year.group("y")), year_month[1])
            found[-1].value = (*year_month, int(m.group("day")))
        for other in (after, before):
            # A day another date already holds is that date's ("Dec. 18 and Jan. 4": the 18 is December's).
            if other is not None and 1 <= int(other.group("d")) <= 31 and _free(taken, other.start("d"), other.end("d")):
                stop = year.end() if other is after and year is not None else other.end()
                taken.append((other.start(), stop))
                found.append(Quantity("date", other.start("d"), stop, text[other.start("d"):stop], (*year_month, int(other.group("d")))))

    def _read_numeric_dates(self, text: str, start: int, end: int, found: list[Quantity], taken: list[tuple[int, int]]) -> None:
        """Dates in digits ("1/6", "20.06.2024"), day or month first as the locale writes them;
        a range of days before a day-first date ("15-16/9", "19-24/1/2027") is two dates."""
        if self.day_first:
            for m in self.numeric_day_range.finditer(text, start, end):
                first, last, month = int(m.group("d1")), int(m.group("d2")), int(m.group("m"))
                if not (_free(taken, m.start(), m.end()) and 1 <= first < last <= 31 and 1 <= month <= 12):
                    continue
                year = m.group("y")
                year = (2000 + int(year) if len(year) == 2 else int(year)) if year else None
                taken.append((m.start(), m.end()))
                found.append(Quantity("date", m.start("d1"), m.end("d1"), m.group("d1"), (year, month, first)))
                found.append(Quantity("date", m.start("d2"), m.end(), text[m.start("d2"):m.end()], (year, month, last)))
        for m in self.numeric_date.finditer(text, start, end):
            if not _free(taken, m.start(), m.end()) or (m.group(2) != "/" and not m.group("y")):
                continue  # "1.5" or "10-15" is not a date; "1/6" and "20.06.2024" are
            a, b = int(m.group("a")), int(m.group("b"))
            day, month = (a, b) if self.day_first else (b, a)
            if not (1 <= month <= 12 and 1 <= day <= 31):
                day, month = month, day  # the other order is the only valid one
                if not (1 <= month <= 12 and 1 <= day <= 31):
                    continue
            year = m.group("y")
            year = (2000 + int(year) if len(year) == 2 else int(year)) if year else None
            taken.append((m.start(), m.end()))
            found.append(Quantity("date", m.start(), m.end(), m.group(), (year, month, day)))

    def _read_numbers(self, text: str, start: int, end: int, found: list[Quantity], taken: list[tuple[int, int]]) -> None:
        """Numbers in digits with what follows or precedes them: a scale word, a unit, a currency."""
        for m in self.number.finditer(text, start, end):
            if not _free(taken, m.start(), m.end()):
                continue
            read = self.parse(m.group())
            if read is None:
                continue
            value, decimals = read
            if self.negative.search(text, max(start, m.start() - 10), m.start()):
                value = -value
            q = Quantity("number", m.start(), m.end(), m.group(), value, mantissa=value, ulp=10.0 ** -decimals)
            pos = self._read_after_number(text, q, value, m.end(), end)
            before = self.currency_pre.search(text, max(start, m.start() - 4), m.start())
            if before and not q.currency:
                q.currency = self.currency_before[before.group("w")]
                q.start = before.start("w")
            q.end, q.text = pos, text[q.start:pos]
            taken.append((m.start(), pos))
            found.append(q)

    def _read_after_number(self, text: str, q: Quantity, value: float, pos: int, end: int) -> int:
        """A scale word, unit and currency after a number, set on q; where they end."""
        glued = self.glued_scale.match(text, pos, end)
        scale = glued or self.scale_after.match(text, pos, end)
        if scale:
            factor = self.glued_scales.get(scale.group("w")) if glued else self.scales.get(scale.group("w").casefold())
            if factor:
                q.scale, q.value, q.ulp, pos = factor, value * factor, q.ulp * factor, scale.end()
        unit = self.unit_after.match(text, pos, end)
        if unit:
            q.unit, pos = self.units[unit.group("w").casefold()], unit.end()
        currency = self.currency_post.match(text, pos, end)
        if currency:
            q.currency, pos = self.currency_after[currency.group("w").casefold()], currency.end()
        return pos

