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

A weekday and a date that disagree are one mistake in either half, so the
finding covers both and offers both readings: the weekday that date falls on
("Kamis (20/6/2024)") and the date of the written weekday in the same week
("Rabu (19/6/2024)"). The weekday reading comes first unless the article
itself backs the date reading (another mention pairs that weekday with that
date correctly, and none pairs the date with its weekday).

Message placeholders: {weekday} as written, {date} as written, {right} the
weekday that date falls on (CLDR wide name in the pack's locale), {right_en}
the same in English, {other_date} the nearest date of the written weekday (as
the writer wrote dates), {year_note} where the year came from when it was not
written. A date that does not exist (31/2) is reported with invalid_message:
a weekday next to it shows a date was meant, and the editor must fix it.

With no year anywhere a lone pair cannot be checked, but two pairs can
contradict each other in any year: one weekday with two dates less than four
weeks apart that are not whole weeks apart ("Senin (3/6)" ... "Senin (4/6)",
same_weekday_message), or one date with two weekdays (same_date_message).
The later one is reported, with the earlier as related; the message says
that without a year it cannot be told which is right, and no fix is guessed.
Placeholders: {other_date}, {other_weekday} and {other_line} of the earlier one.

An event that happens once, dated twice: "panen perdana ... Kamis (4/2/2027)"
and later "Dalam panen perdana pada Kamis (11/2/2027) itu" are one first
harvest on two dates, both weekdays right. ``unique_events`` names the words
that make an event happen once: ``before`` words follow the event's noun
("panen perdana", "sidang pertama"), ``after`` words precede it ("puncak
perayaan", "peresmian jembatan"). The event is read in the clause before the
weekday (nearest to it); nouns of time ("hari pertama", "tahap pertama") and
a clause that says it is another occurrence (``other_occurrence``: "kedua",
"lanjutan", "ulang") are not compared. same_event_message, with {event},
{other_date} and {other_line}.

An event pointed back to with another date: "bertemu ... di Ljubljana, Selasa (2/2)" and
later "Pertemuan bilateral di Ljubljana pada Rabu (3/2) itu". ``referred_events`` lists
the event words (``forms``, groups of one event's noun and verbs), the ``pointers``
("itu", "tersebut": after the event's word or after the date) and ``pointers_before``
("hari": "pada hari pengumuman PHK" is the day it was announced), the words that make a
date an end (``ends``: "hingga") or a start (``starts``) and those that say the event
moved (``changed``: "ditunda", "semula"). The event must have one earlier date in the
same role, at most ``max_days`` away, and share a word with it (the word after the
event's, or a capitalised one; a clause that names nothing else of the event needs none), and
no word of ``other_times`` ("sebelum") may stand between the event's word and the date.
An event that happens once where it happens (``placed_forms``: a landslide, a collision)
needs no pointer: the place it happened at (the last word of capitalised words after the
event's word, before or just after the date: "di Kecamatan Wera", "menerjang Wera") names it,
when the earlier clause names that place too ("tanah longsor ... di Kecamatan Wera ... Selasa (9/3)" and "korban yang tertimbun
longsor pada Rabu (10/3) di Wera").
referred_event_message, with the same fields.

The start of one event dated twice (``started_events``): "memulai mogok kerja pada Senin
(15/2)" and "Mogok kerja yang dimulai pada Selasa (16/2) itu". The event is the noun phrase
after an ``active`` start verb or before a ``passive`` one, read from the text (no list of
events); the later clause must point back (``pointers``), no word of ``other_occurrence``
or ``changed`` may stand in either clause, and the dates lie at most ``max_days`` apart.
Reported with same_event_message.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
from dataclasses import dataclass

import regex
from babel.dates import get_day_names, get_month_names

from .. import regexcache
from ..budget import BoundedPattern
from ..i18n import N_
from ..matching import LEFT, RIGHT
from . import Check

TYPE = "date-weekday"
_LAYOUT_LIST = {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}}
_ALIASES = {
    "type": "object",
    "additionalProperties": {"type": "array", "items": {"type": "string", "minLength": 1}},
}
_WORDS = {"type": "array", "items": {"type": "string", "minLength": 1}}
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
    "same_weekday_message": {"type": "string", "minLength": 1},
    "same_date_message": {"type": "string", "minLength": 1},
    "same_event_message": {"type": "string", "minLength": 1},
    "unique_events": {
        "type": "object",
        "properties": {"before": _WORDS, "after": _WORDS, "not_events": _WORDS},
        "additionalProperties": False,
    },
    "other_occurrence": _WORDS,
    "referred_event_message": {"type": "string", "minLength": 1},
    # The start of an event, dated twice: "memulai mogok kerja pada Senin (15/2)" and "Mogok kerja
    # yang dimulai pada Selasa (16/2) itu". Reported with same_event_message.
    "started_events": {
        "type": "object",
        "properties": {
            "active": _WORDS, "passive": _WORDS, "pointers": _WORDS, "changed": _WORDS,
            "max_days": {"type": "integer", "minimum": 1, "maximum": 31},
        },
        "required": ["active", "passive", "pointers"],
        "additionalProperties": False,
    },
    "referred_events": {
        "type": "object",
        "properties": {
            "forms": {"type": "array", "items": {**_WORDS, "minItems": 1}},
            "pointers": _WORDS, "pointers_before": _WORDS, "ends": _WORDS, "starts": _WORDS, "changed": _WORDS,
            "other_times": _WORDS, "placed_forms": {"type": "array", "items": {**_WORDS, "minItems": 1}},
            "max_days": {"type": "integer", "minimum": 1, "maximum": 31},
        },
        "required": ["forms", "pointers"],
        "additionalProperties": False,
    },
}
REQUIRED = ["layouts"]
# What each message may name (qa-lint rules explain shows them filled in).
PLACEHOLDERS = {
    "message": {"match", "weekday", "date", "right", "right_en", "other_date", "year_note"},
    "invalid_message": {"match", "date", "reason"},
    "same_weekday_message": {"match", "weekday", "date", "other_weekday", "other_date", "other_line"},
    "same_date_message": {"match", "weekday", "date", "other_weekday", "other_date", "other_line"},
    "same_event_message": {"match", "weekday", "date", "event", "other_date", "other_line"},
    "referred_event_message": {"match", "weekday", "date", "event", "other_date", "other_line"},
}
REGEX_KEYS = ()  # layouts hold placeholders; they are compiled (and errors reported) after expansion

DEFAULT_INVALID = "{date} is not a calendar date ({reason})"
DEFAULT_SAME_WEEKDAY = "{weekday} is {date} here but {other_date} on line {other_line}; without a year it cannot be told which is right"
DEFAULT_SAME_EVENT = "{event} is dated {date} here but {other_date} on line {other_line}; one of the two dates is wrong"
DEFAULT_REFERRED_EVENT = "{event} points back to the event dated {other_date} on line {other_line}, but is dated {date} here; one of the two dates is wrong"
DEFAULT_SAME_DATE = "{date} is a {weekday} here but a {other_weekday} on line {other_line}; without a year it cannot be told which is right"
# Two dates of one weekday with no year: only this close are they surely in the same year.
_SAME_YEAR_DAYS = 27
_PLACEHOLDER = regex.compile(r"\{(weekday|day|month|mnum|year)\}")
_LEAP_YEAR = 2000  # has every day any year has
_ISO_DATE = regex.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def _alternation(words) -> str:
    # Longest first; words of one length in a fixed order, so the pattern is the same each run (regexcache).
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _variants(name: str) -> set[str]:
    # Title case and all capitals (headlines) always. Lower case only where CLDR writes
    # the name so, because the language does (Spanish "martes", French "mardi"); where
    # names are capitalised, a lower-case word is something else ("minggu" is also
    # "week", "sen" a cent, "may" a verb).
    first = name[:1].upper() + name[1:]
    return {first, name.upper()} | ({name} if name[:1].islower() else set())


class DateWeekdayCheck(Check):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        options = rule.options
        self.locale = env.locale or env.language
        self.weekdays: dict[str, tuple[int, str]] = {}  # casefolded spelling -> (weekday, width)
        # The names as CLDR and the aliases write them: their case tells which variants to read.
        day_spellings: set[str] = set()
        month_spellings: set[str] = set()
        for width in options.get("weekday_widths", ["wide"]):
            for number, name in get_day_names(width, locale=self.locale).items():
                self.weekdays.setdefault(name.casefold(), (number, width))
                day_spellings.add(name)
        wide_days = {name.casefold(): number for number, name in get_day_names("wide", locale=self.locale).items()}
        for canonical, aliases in options.get("weekday_aliases", {}).items():
            if canonical.casefold() not in wide_days:
                raise ValueError(f"weekday_aliases: {canonical!r} is not a {self.locale} weekday name in CLDR ({', '.join(get_day_names('wide', locale=self.locale).values())})")
            for alias in aliases:
                self.weekdays[alias.casefold()] = (wide_days[canonical.casefold()], "alias")
                day_spellings.add(alias)

        self.months: dict[str, int] = {}
        for width in options.get("month_widths", ["wide"]):
            for number, name in get_month_names(width, locale=self.locale).items():
                self.months.setdefault(name.casefold(), number)
                month_spellings.add(name)
        wide_months = {name.casefold(): n for n, name in get_month_names("wide", locale=self.locale).items()}
        for canonical, aliases in options.get("month_aliases", {}).items():
            if canonical.casefold() not in wide_months:
                raise ValueError(f"month_aliases: {canonical!r} is not a {self.locale} month name in CLDR")
            for alias in aliases:
                self.months[alias.casefold()] = wide_months[canonical.casefold()]
                month_spellings.add(alias)

        self.fragments = {
            "weekday": f"{LEFT}(?P<weekday>{self._names(day_spellings)}){RIGHT}",
            "month": f"{LEFT}(?P<month_name>{self._names(month_spellings)}){RIGHT}",
            "mnum": r"(?<!\d)(?P<month>[01]?\d)(?!\d)",
            "day": r"(?<!\d)(?P<day>[0-3]?\d)(?!\d)",
            "year": r"(?<!\d)(?P<year>\d{4}|\d{2})(?!\d)",
        }
        self.layouts = [self._compile(t, "layouts", needs_weekday=True) for t in options["layouts"]]
        self.full_dates = [self._compile(t, "full_dates", needs_year=True) for t in options.get("full_dates", [])]
        self.metadata_keys = options.get("metadata_keys", ["date"])
        self.invalid_message = options.get("invalid_message", DEFAULT_INVALID)
        self.same_weekday_message = options.get("same_weekday_message", DEFAULT_SAME_WEEKDAY)
        self.same_date_message = options.get("same_date_message", DEFAULT_SAME_DATE)
        self.same_event_message = options.get("same_event_message", DEFAULT_SAME_EVENT)
        self.events = _EventReader(options.get("unique_events"), options.get("other_occurrence", []), env.stopwords)
        self.referred_event_message = options.get("referred_event_message", DEFAULT_REFERRED_EVENT)
        self.referred = _ReferenceReader(options.get("referred_events"), self.events.other, env.stopwords,
                                         set(self.weekdays) | set(self.months)) if options.get("referred_events") else None
        self.started = _StartReader(options["started_events"], self.events.other, env.stopwords) \
            if options.get("started_events") else None
        self.english_days = get_day_names("wide", locale="en")
        self.locale_days = {w: get_day_names(w, locale=self.locale) for w in ("wide", "abbreviated", "short")}
        self.locale_months = {w: get_month_names(w, locale=self.locale) for w in ("wide", "abbreviated")}

    @staticmethod
    def _names(spellings) -> str:
        return _alternation(v for name in spellings for v in _variants(name))

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
            return BoundedPattern(regexcache.compile(expanded))
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
                if year is not None and _valid(year, month, day):  # {year} may sit in an optional group
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
        dated = []  # (match, date start, date end, date, year note, related) of checkable pairs
        undated = []  # (match, date start, date end, day, month) with no year anywhere
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
                        # No year anywhere: only a day no year has (30/2) can be wrong on its own.
                        if _valid(_LEAP_YEAR, month, day):
                            undated.append((m, date_start, date_end, day, month))
                        else:
                            yield self._invalid(doc, m, date_text, day, month, None)
                        continue
                    ref_start, ref_end, reference = min(full, key=lambda f: abs(f[0] - date_start))
                    where = f"{doc.text[ref_start:ref_end]} on line {doc.line_of(ref_start)}"
                    related = [(ref_start, ref_end, N_("the year was taken from this date"))]
                year = _nearest_year(day, month, reference)
                if year is None:
                    yield self._invalid(doc, m, date_text, day, month, None)
                    continue
                if meta_date is None and _far_from(dt.date(year, month, day), reference):
                    # A year guessed from a date more than a month away (often an earlier
                    # event: "diteken 7 April 2019" in a story of November) is no evidence:
                    # the pair counts as one without a year.
                    undated.append((m, date_start, date_end, day, month))
                    continue
                year_note = f" (year {year} taken from {where})"
            if not _valid(year, month, day):
                yield self._invalid(doc, m, date_text, day, month, year)
                continue
            dated.append((m, date_start, date_end, dt.date(year, month, day), year_note, related))
        yield from self._mismatches(doc, dated)
        yield from self._contradictions(doc, undated)
        reported: set[int] = set()  # weekdays already reported as a once-only event's second date
        yield from self._event_dates(doc, dated, reported)
        yield from self._referred_dates(doc, dated, reported)
        yield from self._started_dates(doc, dated, reported)

    def _mismatches(self, doc, dated):
        """Pairs whose weekday is not their date's, with both readings."""
        right_pairs = {}  # (date, weekday) -> where the article writes that pair correctly
        for m, _date_start, date_end, date, _, _ in dated:
            if self.weekdays[m.group("weekday").casefold()][0] == date.weekday():
                right_pairs.setdefault((date, date.weekday()), (m.start("weekday"), max(m.end(), date_end)))
        for m, date_start, date_end, date, year_note, related in dated:
            written, width = self.weekdays[m.group("weekday").casefold()]
            actual = date.weekday()
            if written == actual:
                continue
            weekday_text = m.group("weekday")
            shift = (written - actual) % 7
            other = date + dt.timedelta(days=shift if shift <= 3 else shift - 7)
            start, end = m.start("weekday"), max(m.end(), date_end)
            weekday_reading = self._rewrite(doc, m, start, end, weekday=self._spell(actual, width, weekday_text))
            date_reading = self._rewrite(doc, m, start, end, date=other)
            other_date = self._rewrite(doc, m, date_start, date_end, date=other)
            readings = [weekday_reading, date_reading]
            backing = []
            if (other, written) in right_pairs:
                backing.append((*right_pairs[(other, written)], N_("the weekday is written with its right date here")))
            if (date, actual) in right_pairs:
                backing.append((*right_pairs[(date, actual)], N_("this date is written with its right weekday here")))
            elif backing:
                readings.reverse()  # the article backs the date reading only
            yield self.finding(
                doc,
                start,
                end,
                suggestions=readings,
                related=[(date_start, date_end, N_("the date")), *related, *backing],
                weekday=weekday_text,
                date=doc.text[date_start:date_end],
                right=self.locale_days["wide"][actual],
                right_en=self.english_days[actual],
                other_date=other_date,
                year_note=year_note,
            )

    def _contradictions(self, doc, undated):
        """Without a year: one weekday with two dates, or one date with two weekdays."""
        for i, (m, date_start, date_end, day, month) in enumerate(undated):
            weekday = self.weekdays[m.group("weekday").casefold()][0]
            for prior, prior_start, prior_end, prior_day, prior_month in undated[:i]:
                prior_weekday = self.weekdays[prior.group("weekday").casefold()][0]
                same_date = (day, month) == (prior_day, prior_month)
                if same_date and weekday != prior_weekday:
                    message, why = self.same_date_message, N_("the same date with another weekday")
                elif not same_date and weekday == prior_weekday and _not_whole_weeks(day, month, prior_day, prior_month):
                    message, why = self.same_weekday_message, N_("the same weekday with another date")
                else:
                    continue
                yield self.finding(
                    doc,
                    m.start("weekday"),
                    max(m.end(), date_end),
                    message=message,
                    related=[(prior.start("weekday"), max(prior.end(), prior_end), why)],
                    weekday=m.group("weekday"),
                    date=doc.text[date_start:date_end],
                    other_weekday=prior.group("weekday"),
                    other_date=doc.text[prior_start:prior_end],
                    other_line=doc.line_of(prior_start),
                )
                break

    def _event_dates(self, doc, dated, reported: set[int]):
        """One event that happens once, dated twice (both weekdays right or not)."""
        if not self.events.enabled:
            return
        seen: dict[tuple[str, str], tuple] = {}  # event key -> its first dated mention
        for m, date_start, date_end, date, _, _ in dated:
            event = self.events.read(doc.plain, m.start("weekday"))
            if event is None:
                continue
            key, text, another = event
            first = seen.setdefault(key, (m, date_start, date_end, date))
            if first[3] == date or another:
                continue
            prior, prior_start, prior_end, _ = first
            reported.add(m.start("weekday"))
            yield self.finding(
                doc,
                m.start("weekday"),
                max(m.end(), date_end),
                message=self.same_event_message,
                related=[(prior.start("weekday"), max(prior.end(), prior_end), N_("the same event with another date"))],
                weekday=m.group("weekday"),
                date=doc.text[date_start:date_end],
                event=text,
                other_date=doc.text[prior_start:prior_end],
                other_line=doc.line_of(prior_start),
            )

    def _referred_dates(self, doc, dated, reported: set[int]):
        """An event dated once, pointed back to later ("Pertemuan ... pada Rabu (3/2) itu",
        "Peringatan dini itu berlaku hingga ...") with another date."""
        if self.referred is None:
            return
        sentences = doc.sentences
        starts = [sp.start for sp in sentences]
        earlier: list[tuple] = []  # (sentence, event, role, date, words of the clause, match, date end)
        for m, date_start, date_end, date, _, _ in dated:
            at = m.start("weekday")
            k = bisect.bisect_right(starts, at) - 1
            if k < 0:
                continue
            sentence = sentences[k]
            prefix = doc.plain[sentence.start : at]
            end = max(m.end(), date_end)
            read = self.referred.read(prefix, doc.plain[end : min(sentence.end, end + 30)], doc.plain[sentence.start : sentence.end])
            for event, role, anchors, pointed, phrase in read.events:
                if pointed and at not in reported and not read.changed:
                    prior = self.referred.prior(earlier, k, event, role, anchors, date)
                    if prior is not None:
                        reported.add(at)
                        yield self._referred_finding(doc, m, date_start, date_end, phrase, prior)
                earlier.append((k, event, role, date, read.words, m, max(m.end(), date_end), read.changed))

    def _started_dates(self, doc, dated, reported: set[int]):
        """The start of one event dated twice: a later start of the same event that points back
        ("Mogok kerja yang dimulai pada Selasa (16/2) itu") to one dated a few days apart."""
        if self.started is None:
            return
        earlier: list[tuple] = []  # (event words, date, match, date start, date end)
        for m, date_start, date_end, date, _, _ in dated:
            at = m.start("weekday")
            end = max(m.end(), date_end)
            event = self.started.read(doc.plain, at, doc.plain[end:end + 30])
            if event is None:
                continue
            words, phrase, points = event
            prior = [e for e in earlier if self.started.same_event(e[0], words)]
            if points and prior and at not in reported and len({e[1] for e in prior}) == 1:
                first = prior[0]
                if first[1] != date and abs((first[1] - date).days) <= self.started.max_days:
                    reported.add(at)
                    first_m, first_start, first_end = first[2], first[3], first[4]
                    yield self.finding(
                        doc, at, end, message=self.same_event_message,
                        related=[(first_m.start("weekday"), max(first_m.end(), first_end), N_("the same start with another date"))],
                        weekday=m.group("weekday"), date=doc.text[date_start:date_end], event=phrase,
                        other_date=doc.text[first_start:first_end], other_line=doc.line_of(first_start),
                    )
            earlier.append((words, date, m, date_start, date_end))

    def _referred_finding(self, doc, m, date_start: int, date_end: int, phrase: str, prior: tuple):
        prior_m, prior_end = prior[5], prior[6]
        prior_date_start = self._date_span(prior_m)[0]
        return self.finding(
            doc,
            m.start("weekday"),
            max(m.end(), date_end),
            message=self.referred_event_message,
            related=[(prior_m.start("weekday"), prior_end, N_("the event is dated here"))],
            weekday=m.group("weekday"),
            date=doc.text[date_start:date_end],
            event=phrase,
            other_date=doc.text[prior_date_start:self._date_span(prior_m)[1]],
            other_line=doc.line_of(prior_date_start),
        )

    def _rewrite(self, doc, m, start: int, end: int, weekday: str | None = None, date: dt.date | None = None) -> str:
        """doc.text[start:end] with the weekday and/or the date's parts replaced, written as the writer wrote them."""
        edits = []
        if weekday is not None:
            edits.append((m.start("weekday"), m.end("weekday"), weekday))
        if date is not None:
            groups = m.groupdict()
            edits.append((m.start("day"), m.end("day"), _like(date.day, m.group("day"))))
            if groups.get("month"):
                edits.append((m.start("month"), m.end("month"), _like(date.month, m.group("month"))))
            elif self.months[m.group("month_name").casefold()] != date.month:
                edits.append((m.start("month_name"), m.end("month_name"), self._month(date.month, m.group("month_name"))))
            if groups.get("year"):
                year = m.group("year")
                edits.append((m.start("year"), m.end("year"), str(date.year)[-len(year):]))
        text = doc.text[start:end]
        for edit_start, edit_end, new in sorted(edits, reverse=True):
            if start <= edit_start and edit_end <= end:
                text = text[: edit_start - start] + new + text[edit_end - start:]
        return text

    def _month(self, number: int, written: str) -> str:
        """A month name in the width and letter case the writer used."""
        short = any(written.casefold() == n.casefold() for n in self.locale_months["abbreviated"].values())
        name = self.locale_months["abbreviated" if short else "wide"][number]
        return name.upper() if written.isupper() and len(written) > 1 else name

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


class _EventReader:
    """The once-only event a clause dates: "panen perdana" in "dengan panen perdana digelar di
    Sidrap pada Kamis (4/2/2027)"."""

    _CLAUSE_END = regexcache.compile(r"[.;:!?,\u2014\n]|\s-\s")
    _WINDOW = 120  # characters before the weekday: one clause

    def __init__(self, options: dict | None, other: list[str], stopwords) -> None:
        options = options or {}
        before, after = options.get("before", []), options.get("after", [])
        self.enabled = bool(before or after)
        self.not_events = {w.casefold() for w in options.get("not_events", [])} | {w.casefold() for w in stopwords}
        self.other = {w.casefold() for w in other}
        word = r"(\p{L}[\p{L}\-]*)"
        self.before = regexcache.compile(rf"(?i){LEFT}{word}\s+({_alternation(before)}){RIGHT}") if before else None
        self.after = regexcache.compile(rf"(?i){LEFT}({_alternation(after)})\s+{word}{RIGHT}") if after else None

    def read(self, text: str, at: int) -> tuple[tuple[str, str], str, bool] | None:
        """(event key, event as written, whether the clause calls it another occurrence)."""
        start = max(0, at - self._WINDOW)
        clause_starts = [m.end() for m in self._CLAUSE_END.finditer(text, start, at)]
        clause = text[clause_starts[-1] if clause_starts else start : at]
        found = []
        for pattern, noun in ((self.before, 1), (self.after, 2)):
            if pattern is None:
                continue
            for m in pattern.finditer(clause):
                if m.group(noun).casefold() not in self.not_events:
                    found.append(m)
        if not found:
            return None
        m = max(found, key=lambda x: x.end())  # nearest the date
        key = (m.group(1).casefold(), m.group(2).casefold())
        another = any(w.casefold() in self.other for w in regex.findall(r"\p{L}+", clause))
        return key, m.group(0), another


class _StartReader:
    """The event whose start a clause dates: the noun phrase after an active start verb
    ("memulai mogok kerja pada Senin (15/2)") or before a passive one ("Mogok kerja yang dimulai
    pada Selasa (16/2) itu"), read from the text, no list of events needed; and whether the
    clause points back (a pointer after the date or the phrase). An event starts once."""

    _CLAUSE_END = regexcache.compile(r"[.;:!?,\u2014\n]|\s-\s")
    _WINDOW = 120
    # A verb by its prefix ends the noun phrase before a passive start verb ("Warga mengatakan pembangunan dimulai").
    _VERB = regexcache.compile(r"(?:me|di|ber|ter)\p{Ll}{3,}")

    def __init__(self, options: dict, other: set[str], stopwords) -> None:
        self.active = {w.casefold() for w in options["active"]}
        self.passive = {w.casefold() for w in options["passive"]}
        self.pointers = {w.casefold() for w in options["pointers"]}
        self.changed = {w.casefold() for w in options.get("changed", [])}
        self.max_days = int(options.get("max_days", 7))
        self.other = other
        self.stop = {w.casefold() for w in stopwords} | self.pointers | {"yang"}

    def read(self, text: str, at: int, after: str) -> tuple[tuple[str, ...], str, bool] | None:
        """(the event's words, as written, whether the clause points back), or None."""
        start = max(0, at - self._WINDOW)
        ends = [m.end() for m in self._CLAUSE_END.finditer(text, start, at)]
        clause = text[ends[-1] if ends else start: at]
        tokens = [m for m in _WORD.finditer(clause)]
        folded = [t.group().casefold() for t in tokens]
        if any(w in self.other or w in self.changed for w in folded):
            return None  # another start ("dimulai kembali"), or one that moved ("semula dimulai")
        words: list[int] = []
        for i, word in enumerate(folded):
            if word in self.active:
                for k in range(i + 1, min(i + 4, len(folded))):
                    if folded[k] in self.stop or self._VERB.fullmatch(folded[k]):
                        break
                    words.append(k)
                break
            if word in self.passive:
                k = i - 1
                while k >= 0 and folded[k] in self.stop:
                    k -= 1  # "mogok kerja yang dimulai", "pembangunan itu dimulai"
                phrase: list[int] = []
                while k >= 0 and len(phrase) < 3 and folded[k] not in self.stop and not self._VERB.fullmatch(folded[k]):
                    phrase.insert(0, k)
                    k -= 1
                words = phrase
                break
        if not words:
            return None
        following = _NEXT_WORD.match(after)
        points = bool(following) and following.group(1).casefold() in self.pointers \
            or any(w in self.pointers for w in folded[words[-1] + 1:])
        return tuple(folded[k] for k in words), " ".join(tokens[k].group() for k in words), points

    @staticmethod
    def same_event(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
        """One event named twice: the same head noun, and the shorter name opens the longer."""
        short, long = sorted((a, b), key=len)
        return long[: len(short)] == short


@dataclass
class _Read:
    # (event, role, anchor words, whether it points back, the event as written) per event form
    events: list[tuple[int, str, set[str], bool, str]]
    words: set[str]  # the clause's words before the date, folded
    changed: bool  # the sentence says the event moved ("ditunda", "semula")


class _ReferenceReader:
    """Events a dated clause names (`forms`: "pertemuan", "bertemu"), whether the clause points
    back to one named before (a `pointer` after the event's word or after the date: "Pertemuan
    ... pada Rabu (3/2) itu"), the date's role (an end after `ends`: "hingga"; a start after
    `starts`; else the day it happens) and the words that anchor it to an earlier clause (the
    word after the event's: "peringatan dini"; capitalised words: "di Ljubljana")."""

    def __init__(self, options: dict, other: set[str], stopwords, calendar_words: set[str]) -> None:
        self.forms = {w.casefold(): k for k, group in enumerate(options["forms"]) for w in group}
        self.pointers = {w.casefold() for w in options["pointers"]}
        self.pointers_before = {w.casefold() for w in options.get("pointers_before", [])}
        self.ends = {w.casefold() for w in options.get("ends", [])}
        self.starts = {w.casefold() for w in options.get("starts", [])}
        self.changed = {w.casefold() for w in options.get("changed", [])}
        # Between the event's word and the date, a word that dates another moment ("Sesi latihan
        # itu digelar sebelum tim berangkat, Kamis (19/12)"): the date is not the event's.
        self.other_times = {w.casefold() for w in options.get("other_times", [])}
        self.max_days = int(options.get("max_days", 7))
        # Events that happen once at a place: the place, not a pointer, says it is the same one.
        count = len(options["forms"])
        self.forms.update({w.casefold(): count + k for k, group in enumerate(options.get("placed_forms", [])) for w in group})
        self.placed = set(range(count, count + len(options.get("placed_forms", []))))
        # A place is the last word of a run of capitalised words: "Kecamatan Wera" is at Wera.
        self.place = regex.compile(r"(?<![\p{L}\p{M}])(?:\p{Lu}[\p{L}\p{M}-]*[ \t]+)*(\p{Lu}[\p{L}\p{M}-]{2,})(?![ \t]*\p{Lu})")
        self.other = other
        self.skip = {w.casefold() for w in stopwords} | calendar_words | self.pointers

    def read(self, prefix: str, after: str, sentence: str) -> _Read:
        tokens = [(m.group(), m.start()) for m in _WORD.finditer(prefix)]
        folded = [w.casefold() for w, _ in tokens]
        last = folded[-1] if folded else ""
        role = "end" if last in self.ends else "start" if last in self.starts else "on"
        next_word = _NEXT_WORD.match(after)
        date_points = bool(next_word) and next_word.group(1).casefold() in self.pointers
        capitals = {w.casefold() for i, (w, _) in enumerate(tokens) if i and w[:1].isupper() and len(w) >= 4 and w.casefold() not in self.skip}
        events = []
        for i, word in enumerate(folded):
            event = self.forms.get(word)
            if event is None or any(w in self.other_times for w in folded[i + 1 :]):
                continue
            following = folded[i + 1 : i + 4]
            points = date_points or any(w in self.pointers for w in following) or (i > 0 and folded[i - 1] in self.pointers_before)
            anchors = set(capitals)
            if following and following[0] not in self.skip:
                anchors.add(following[0])
            phrase = tokens[i][0] if not following or following[0] in self.skip else f"{tokens[i][0]} {tokens[i + 1][0]}"
            if event in self.placed and not points:
                # "... tertimbun longsor pada Rabu (10/3) di Wera", "Banjir bandang yang menerjang
                # Wera pada ...": the place after the event's word or right after the date is the
                # anchor, and the only one.
                places = {w.casefold() for w in self.place.findall(prefix[tokens[i][1] + len(tokens[i][0]):] + " " + after)} - self.skip - set(self.forms)
                points, anchors = bool(places), places
            another = any(w in self.other for w in folded)
            events.append((event, role, anchors, points and not another, phrase))
        words_in = set(folded)
        changed = any(w.casefold() in self.changed for w in _WORD.findall(sentence))
        return _Read(events, words_in, changed)

    def prior(self, earlier: list[tuple], sentence: int, event: int, role: str, anchors: set[str], date: dt.date):
        """The one earlier dated mention of the event in that role the clause points back to,
        when its date differs by a few days; None when there is none, or several dates."""
        found = [e for e in earlier if e[0] != sentence and e[1] == event and e[2] == role]
        if not found or len({e[3] for e in found}) != 1 or any(e[7] for e in found):
            return None
        first = found[0]
        if first[3] == date or abs((first[3] - date).days) > self.max_days:
            return None
        # A clause that names nothing else of the event ("Dalam latihan yang dimulai Selasa (26/1)
        # itu") can only point back to the one dated before; one that names more must share a word.
        if anchors and not anchors & first[4]:
            return None
        return first


_WORD = regex.compile(r"\p{L}[\p{L}\p{M}-]*")
_NEXT_WORD = regex.compile(r"[ \t]*(\p{L}+)")


def _like(number: int, written: str) -> str:
    """A day or month number with the leading zero the writer used (05 or 5)."""
    return str(number).zfill(len(written)) if written.startswith("0") else str(number)


def _not_whole_weeks(day: int, month: int, other_day: int, other_month: int) -> bool:
    """Whether two dates close enough to be in one year are not a whole number of weeks apart
    in any year (leap or not, or across New Year)."""
    gaps = []
    for year in (2023, 2024):  # a common year and a leap year
        for a_year, b_year in ((year, year), (year, year + 1), (year + 1, year)):
            if _valid(a_year, month, day) and _valid(b_year, other_month, other_day):
                gaps.append(abs((dt.date(a_year, month, day) - dt.date(b_year, other_month, other_day)).days))
    close = [g for g in gaps if g <= _SAME_YEAR_DAYS]
    return bool(close) and all(g % 7 for g in close)


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


# How far (in days) another date of the story may lie and still tell a weekday's year.
_SAME_STORY_DAYS = 31


def _far_from(date: dt.date, reference: dt.date) -> bool:
    return abs((date - reference).days) > _SAME_STORY_DAYS


def _nearest_year(day: int, month: int, reference: dt.date) -> int | None:
    """Of the reference year and its neighbours, the year that puts day/month closest to it."""
    candidates = [y for y in (reference.year - 1, reference.year, reference.year + 1) if _valid(y, month, day)]
    if not candidates:
        return None
    return min(candidates, key=lambda y: abs((dt.date(y, month, day) - reference).days))


CHECK = DateWeekdayCheck
