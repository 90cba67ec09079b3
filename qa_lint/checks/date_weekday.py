"""date-weekday: a weekday written next to a date it does not fall on.

Weekday and month names come from CLDR (Babel) for the pack's locale, so a
new language needs only YAML. The pack describes how its newsrooms write a
weekday with a date as regular-expression *layouts* with placeholders:

    layouts:                                  # weekday + date, in the house order
      - '{weekday}\\s*\\(\\s*{day}/{mnum}(?:/{year})?\\s*\\)'    # Rabu (20/6/2024), Rabu (20/6)
      - '{weekday},?\\s+{day}\\s+{month}(?:\\s+{year})?'         # Rabu, 20 Juni 2024
    full_dates:                               # dates without a weekday, for year inference
      - '{day}\\s+{month}\\s+{year}'
    weekday_widths: [wide, abbreviated]       # CLDR widths accepted (default: wide)
    month_widths: [wide, abbreviated]
    weekday_aliases: {Jumat: ["Jum'at"], Minggu: [Ahad]}   # keyed by the CLDR wide name
    month_aliases: {Agustus: [Agt]}
    metadata_keys: [date]                     # where the article's own date is
    invalid_message: '{date} is not a calendar date ({reason})'

Placeholders: {weekday}, {day}, {month} (a month name), {mnum} (a month
number), {year} (four digits, or two meaning 20xx). The order of the
placeholders in a layout is the order of the date: day/month/year layouts
and month/day/year layouts are both just layouts.

A date written without a year takes it from the article's date in its
metadata, otherwise from the nearest full date in the text (a dateline is
one); of the year before, that year and the year after, the one that puts the
date closest to that reference wins (an article of 2 January about "Rabu
(31/12)" means last December). Without any reference the pair is left alone.

Message placeholders: {weekday} as written, {date} as written, {right} the
weekday that date falls on (CLDR wide name in the pack's locale), {right_en}
the same in English, {year_note} where the year came from when it was not
written. A date that does not exist (31/2) is reported with invalid_message:
a weekday next to it shows a date was meant, and the editor must fix it.
"""

from __future__ import annotations

import calendar
import datetime as dt

import regex
from babel.dates import get_day_names, get_month_names

from ..matching import LEFT, RIGHT
from ..budget import BoundedPattern
from . import Check

TYPE = "date-weekday"
_LAYOUT_LIST = {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}}
_ALIASES = {
    "type": "object",
    "additionalProperties": {"type": "array", "items": {"type": "string", "minLength": 1}},
}
_WIDTHS = {"type": "array", "items": {"enum": ["wide", "abbreviated", "short"]}, "minItems": 1}
PROPERTIES = {
    "layouts": _LAYOUT_LIST,
    "full_dates": _LAYOUT_LIST,
    "weekday_widths": _WIDTHS,
    "month_widths": _WIDTHS,
    "weekday_aliases": _ALIASES,
    "month_aliases": _ALIASES,
    "metadata_keys": {"type": "array", "items": {"type": "string", "minLength": 1}},
    "invalid_message": {"type": "string", "minLength": 1},
}
REQUIRED = ["layouts"]
REGEX_KEYS = ()  # layouts hold placeholders; they are compiled (and errors reported) after expansion

DEFAULT_INVALID = "{date} is not a calendar date ({reason})"
_PLACEHOLDER = regex.compile(r"\{(weekday|day|month|mnum|year)\}")
_LEAP_YEAR = 2000  # has every day any year has
_ISO_DATE = regex.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def _alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _variants(name: str) -> set[str]:
    # Title case as CLDR writes it and all capitals for headlines; never lower
    # case ("minggu" is also "week", "sen" a cent, "may" a verb).
    first = name[:1].upper() + name[1:]
    return {first, name.upper()}


class DateWeekdayCheck(Check):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        options = rule.options
        self.locale = env.locale or env.language
        self.weekdays: dict[str, tuple[int, str]] = {}  # casefolded spelling -> (weekday, width)
        for width in options.get("weekday_widths", ["wide"]):
            for number, name in get_day_names(width, locale=self.locale).items():
                self.weekdays.setdefault(name.casefold(), (number, width))
        wide_days = {name.casefold(): number for number, name in get_day_names("wide", locale=self.locale).items()}
        for canonical, aliases in options.get("weekday_aliases", {}).items():
            if canonical.casefold() not in wide_days:
                raise ValueError(f"weekday_aliases: {canonical!r} is not a {self.locale} weekday name in CLDR ({', '.join(get_day_names('wide', locale=self.locale).values())})")
            for alias in aliases:
                self.weekdays[alias.casefold()] = (wide_days[canonical.casefold()], "alias")

        self.months: dict[str, int] = {}
        for width in options.get("month_widths", ["wide"]):
            for number, name in get_month_names(width, locale=self.locale).items():
                self.months.setdefault(name.casefold(), number)
        wide_months = {name.casefold(): n for n, name in get_month_names("wide", locale=self.locale).items()}
        for canonical, aliases in options.get("month_aliases", {}).items():
            if canonical.casefold() not in wide_months:
                raise ValueError(f"month_aliases: {canonical!r} is not a {self.locale} month name in CLDR")
            for alias in aliases:
                self.months[alias.casefold()] = wide_months[canonical.casefold()]

        self.fragments = {
            "weekday": f"{LEFT}(?P<weekday>{self._names(self.weekdays)}){RIGHT}",
            "month": f"{LEFT}(?P<month_name>{self._names(self.months)}){RIGHT}",
            "mnum": r"(?<!\d)(?P<month>[01]?\d)(?!\d)",
            "day": r"(?<!\d)(?P<day>[0-3]?\d)(?!\d)",
            "year": r"(?<!\d)(?P<year>\d{4}|\d{2})(?!\d)",
        }
        self.layouts = [self._compile(t, "layouts", needs_weekday=True) for t in options["layouts"]]
        self.full_dates = [self._compile(t, "full_dates", needs_year=True) for t in options.get("full_dates", [])]
        self.metadata_keys = options.get("metadata_keys", ["date"])
        self.invalid_message = options.get("invalid_message", DEFAULT_INVALID)
        self.english_days = get_day_names("wide", locale="en")
        self.locale_days = {w: get_day_names(w, locale=self.locale) for w in ("wide", "abbreviated", "short")}

    @staticmethod
    def _names(table) -> str:
        return _alternation(v for name in table for v in _variants(name))

    def _compile(self, template: str, key: str, needs_weekday=False, needs_year=False) -> BoundedPattern:
        used = _PLACEHOLDER.findall(template)
        missing = [p for p in (["weekday"] if needs_weekday else []) + ["day"] + (["year"] if needs_year else []) if p not in used]
        if "month" not in used and "mnum" not in used:
            missing.append("month or mnum")
        if missing:
            raise ValueError(f"{key}: layout {template!r} lacks {{{'}, {'.join(missing)}}}")
        if len(used) != len(set(used)):
            raise ValueError(f"{key}: layout {template!r} uses a placeholder twice")
        expanded = _PLACEHOLDER.sub(lambda m: self.fragments[m.group(1)], template)
        try:
            return BoundedPattern(regex.compile(expanded))
        except regex.error as exc:
            raise ValueError(f"{key}: layout {template!r} is not a valid regular expression: {exc}") from None

    # -- reading dates ------------------------------------------------------
    def _parts(self, m) -> tuple[int, int, int | None]:
        day = int(m.group("day"))
        groups = m.groupdict()
        month = int(groups["month"]) if groups.get("month") else self.months[groups["month_name"].casefold()]
        year = groups.get("year")
        if year is None:
            return day, month, None
        year_number = int(year)
        return day, month, year_number + 2000 if len(year) == 2 else year_number

    @staticmethod
    def _date_span(m) -> tuple[int, int]:
        names = [g for g in ("day", "month", "month_name", "year") if g in m.groupdict() and m.group(g) is not None]
        return min(m.start(g) for g in names), max(m.end(g) for g in names)

    def _metadata_date(self, doc) -> dt.date | None:
        for key in self.metadata_keys:
            value = doc.metadata.get(key)
            if isinstance(value, dt.datetime):
                return value.date()
            if isinstance(value, dt.date):
                return value
            if isinstance(value, str):
                m = _ISO_DATE.search(value)
                if m:
                    try:
                        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                    except ValueError:
                        continue
        return None

    def _full_dates(self, doc, mentions) -> list[tuple[int, int, dt.date]]:
        """(start, end, date) of every complete, real date in the text."""
        found = []
        for start, end, m in mentions:
            day, month, year = self._parts(m)
            if year is not None and _valid(year, month, day):
                found.append((start, end, dt.date(year, month, day)))
        for pattern in self.full_dates:
            for m in pattern.finditer(doc.plain):
                day, month, year = self._parts(m)
                if _valid(year, month, day):
                    start, end = self._date_span(m)
                    found.append((start, end, dt.date(year, month, day)))
        return found

    def _mentions(self, doc):
        """Weekday+date matches, one per weekday word (the longest layout wins)."""
        best: dict[int, regex.Match] = {}
        for pattern in self.layouts:
            for m in pattern.finditer(doc.plain):
                start = m.start("weekday")
                if start not in best or m.end() - m.start() > best[start].end() - best[start].start():
                    best[start] = m
        return [(*self._date_span(m), m) for _, m in sorted(best.items())]

    # -- checking -------------------------------------------------------------
    def run(self, doc):
        mentions = self._mentions(doc)
        if not mentions:
            return
        meta_date = self._metadata_date(doc)
        full = None  # computed only when a year is missing
        for date_start, date_end, m in mentions:
            day, month, year = self._parts(m)
            date_text = doc.text[date_start:date_end]
            year_note, related = "", []
            if year is None:
                if meta_date is not None:
                    reference, where = meta_date, "the article's date"
                else:
                    full = self._full_dates(doc, mentions) if full is None else full
                    if not full:
                        # No year anywhere: only a day no year has (30/2) can be wrong.
                        if not _valid(_LEAP_YEAR, month, day):
                            yield self._invalid(doc, m, date_text, day, month, None)
                        continue
                    ref_start, ref_end, reference = min(full, key=lambda f: abs(f[0] - date_start))
                    where = f"{doc.text[ref_start:ref_end]} on line {doc.line_of(ref_start)}"
                    related = [(ref_start, ref_end, "the year was taken from this date")]
                year = _nearest_year(day, month, reference)
                if year is None:
                    yield self._invalid(doc, m, date_text, day, month, None)
                    continue
                year_note = f" (year {year} taken from {where})"
            if not _valid(year, month, day):
                yield self._invalid(doc, m, date_text, day, month, year)
                continue
            actual = dt.date(year, month, day).weekday()
            written, width = self.weekdays[m.group("weekday").casefold()]
            if written == actual:
                continue
            weekday_text = m.group("weekday")
            yield self.finding(
                doc,
                m.start("weekday"),
                m.end("weekday"),
                suggestions=[self._spell(actual, width, weekday_text)],
                related=[(date_start, date_end, "the date"), *related],
                weekday=weekday_text,
                date=date_text,
                right=self.locale_days["wide"][actual],
                right_en=self.english_days[actual],
                year_note=year_note,
            )

    def _spell(self, weekday: int, width: str, written: str) -> str:
        """The right weekday in the width and letter case the writer used."""
        name = self.locale_days.get(width, self.locale_days["wide"])[weekday]
        return name.upper() if written.isupper() and len(written) > 1 else name

    def _invalid(self, doc, m, date_text, day, month, year):
        start, end = self._date_span(m)
        return self.finding(
            doc,
            start,
            end,
            message=self.invalid_message,
            date=date_text,
            reason=_why_invalid(day, month, year),
        )


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _why_invalid(day: int, month: int, year: int | None) -> str:
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    if day < 1:
        return "there is no day 0"
    name = get_month_names("wide", locale="en")[month]
    if year is None:
        return f"{name} never has {day} days"
    return f"{name} {year} has {calendar.monthrange(year, month)[1]} days"


def _nearest_year(day: int, month: int, reference: dt.date) -> int | None:
    """Of the reference year and its neighbours, the year that puts day/month closest to it."""
    candidates = [y for y in (reference.year - 1, reference.year, reference.year + 1) if _valid(y, month, day)]
    if not candidates:
        return None
    return min(candidates, key=lambda y: abs((dt.date(y, month, day) - reference).days))


CHECK = DateWeekdayCheck
