"""quantity-consistency: one quantity stated with two values in one article.

Machine translation and rewrites change figures between the lead and the body
("menewaskan tujuh orang" ... "sembilan orang tewas"). The pack names the
quantities worth comparing as *subjects*, each with regular-expression layouts
that tie a number to what it counts:

    numerals: data/numerals.yaml          # number words -> values (tools/numerals.py)
    scale_aliases: {miliar: [milyar]}     # CLDR's long scale words (ribu, juta, ...) come free
    range_words: [hingga, sampai]         # besides dashes
    currencies: {IDR: [Rp, rupiah], USD: [US$, dolar AS]}
    bounds:                               # words before a number that make it a bound
      at_least: [sedikitnya]   more_than: [lebih dari]   about: [sekitar]
      nearly: [hampir]         at_most: [hingga]
    change_cues: [naik, bertambah, sebelumnya]   # a sentence that reports a change
    running_cues: [sejauh ini, hingga kini]      # a count still running
    until_words: [hingga, per]                   # before a day or time: a count up to then
    exclude_cues: [target, proyeksi]             # not a stated fact
    qualifiers: [harian, kumulatif]              # part of what is counted
    day_words: [kemarin, hari ini]               # the day a figure is about
    period_words: [tahun lalu, kuartal]          # the period a figure is about
    scope_pattern: '\\bdi\\s+(?P<scope>\\p{Lu}\\p{L}+)'   # a place that narrows a figure
    gap_stops: [dan, serta]                      # words {gap} never crosses
    not_after: [salah]                           # "salah satu" (one of) is no quantity
    fronted_words: [dengan]                      # "Dengan hasil 3-3 tersebut, X naik ...": the
                                                 # cue after the comma is the consequence's
    subjects:
      - name: the death toll
        layouts:
          - '{quantity}\\s+orang\\s+tewas'
          - 'menewaskan\\s+{quantity}\\s+orang'

Layout placeholders: {quantity} (an optional bound, a number in digits in the
locale's convention or in words, an optional range end and scale word),
{amount} (a quantity with a currency before or after it), {score} ("2-1"),
{name} (a capitalised name) and {gap} (up to six words with no digit, number
word but a year, clause punctuation or gap stop). A layout may capture ``holder`` and
``holder2`` (whose quantity it is: a party, a team) and ``unit``; they are
part of what is compared, so different parties' seats are never compared.
Holders are compared by their last word (a sentence opener caught in a name
does not count). Layouts are case-sensitive: write a subject word that may
open a sentence as (?i:korban).

Two statements of one subject are compared when they have the same holders,
unit, currency and qualifiers, and are reported when their values cannot
both be true: exact values differ beyond their rounding ("1,5 miliar" is
1.45-1.55 billion, "1.200" is 1,150-1,250, a round figure at most 10 % either
way: "20.000" is 18,000-22,000; "7" is 7), or a bound excludes the
other ("sedikitnya 7" and "5"). "Sekitar" allows 15 % either way, "hampir"
15 % below. Scores compare as unordered pairs (2-1 and 1-2 agree); a score that
names no team but points at the story's match ("kekalahan 1-3 ini", a layout
capturing ``this``) is compared with those that name teams.

A slip of digits is read in each figure's own clause (both plain, both under one
change cue, or both a target or forecast); a derived noun matches a compound of its
stem ("pekerja", "tenaga kerja"); three significant digits swapped in one counted
noun need no other word in common. It stays quiet for two places or parties named
after a preposition ("ke Jepang", "ke Rusia"), a past period near one figure only
("tahun lalu"), and "N noun lainnya" (restated.other_words). Two statements of a
subject that are such a slip are left to the slip's finding. One-digit measures
("hingga 4 meter") are figures too; a span of dates ("18 Desember hingga 4 Januari")
is a period, no count up to a day. A key reads past a place between a noun phrase and
its figure ("tinggi gelombang di perairan X bisa mencapai 6 meter").

Any figure with a unit (the ``transposed`` layouts) is also compared with the
figures before it that say the same thing (``restated``): three stems in
common, or a shared key (_keys: the noun phrase its clause opens with, the
counted noun with its modifier and rate, the moment a count runs ``since``),
and a figure that points back (``restated.anaphora``); units of one dimension
convert through ``measures`` (hectares and square kilometres), and
``fractions`` give words such as "setengah" their values.

Quiet, because a change is legitimate there: a statement in a sentence with a
change, running-count or exclusion cue or an until word before a day ("hingga
Rabu", "per 20/8"); in a quotation; two statements in one
sentence; statements about different days (both name one, and not the same)
or periods (months, years, period words differ); a statement narrowed to a
place the other does not name (places of the lead paragraph are the story's
own and narrow nothing).

The later statement is reported, with the earlier one as related. Message
placeholders: {subject}, {value} and {other_value} as written, {other_line}.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import regex
from babel import Locale
from babel.dates import get_day_names, get_month_names
from babel.numbers import get_decimal_symbol, get_group_symbol

from .. import regexcache, value_scan, yamlmarks
from ..matching import LEFT, RIGHT, required_literals, term_set
from ..stemming import stemmer
from ..value_scan import ValueStarts, leads_with_value
from . import TERM_LIST, Check
from .number_format import _readable, cldr_unit_names

TYPE = "quantity-consistency"
_WORDS = {"type": "array", "items": {"type": "string", "minLength": 1}}
BOUND_KINDS = ("at_least", "more_than", "about", "nearly", "at_most", "less_than")
PROPERTIES = {
    "numerals": {"type": "string", "minLength": 1},
    # Words for a fraction ("setengah": 0.5), read as numbers alone ("setengah kilometer persegi").
    "fractions": {"type": "object", "additionalProperties": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1}},
    # Units of one dimension converted through one table: a CLDR unit key -> [dimension,
    # factor to the dimension's base unit] ("area-hectare": [area, 10000]), so that "35 hektare"
    # and "setengah kilometer persegi itu" (50 hectares) are compared.
    "measures": {"type": "object", "additionalProperties": {
        "type": "array", "prefixItems": [{"type": "string", "minLength": 1}, {"type": "number", "exclusiveMinimum": 0}],
        "minItems": 2, "maxItems": 2}},
    "scale_aliases": {"type": "object", "additionalProperties": _WORDS},
    "range_words": _WORDS,
    "currencies": {"type": "object", "additionalProperties": _WORDS},
    "bounds": {"type": "object", "properties": {k: _WORDS for k in BOUND_KINDS}, "additionalProperties": False},
    "change_cues": TERM_LIST,
    # Words that report a change only when a figure follows ("bertambah menjadi sembilan",
    # "menjadi 5,5 persen"; not "menjadi alasan utama").
    "change_before_number": _WORDS,
    "running_cues": TERM_LIST,
    "until_words": _WORDS,
    "exclude_cues": TERM_LIST,
    "qualifiers": _WORDS,
    # Phrases in which a qualifier word qualifies another noun ("klasemen sementara", the
    # interim standings): read as no qualifier of a figure in the sentence.
    "not_qualifiers": _WORDS,
    "day_words": _WORDS,
    "period_words": _WORDS,
    "scope_pattern": {"type": "string", "minLength": 1},
    "gap_stops": _WORDS,
    "not_after": _WORDS,
    # Words that open a fronted phrase restating a figure ("Dengan hasil 3-3 tersebut, Persija
    # naik ke peringkat kelima"): the cues of the clause after its comma are the consequence's.
    "fronted_words": _WORDS,
    # Any figure whose digits are another figure's with two neighbouring digits swapped
    # ("Rp186,4 miliar" / "Rp168,4 miliar"), with the same unit and a word in common nearby.
    "transposed": {
        "type": "object",
        "properties": {
            "layouts": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}},
            "context_stops": _WORDS,
            # Context stops that still make a figure comparable: a duration ("12 tahun penjara").
            "units": _WORDS,
            # Context stops that count what the sentence names before them ("3.150 jiwa").
            "classifiers": _WORDS,
            "message": {"type": "string", "minLength": 1},
            # For a digit dropped or added ("17.000" / "7.000"); else `message`.
            "dropped_message": {"type": "string", "minLength": 1},
        },
        "required": ["layouts"],
        "additionalProperties": False,
    },
    # Any figure stated again with another value, whatever it counts: the same unit, the same
    # cues and time, and at least `min_shared` word stems in common near both.
    "restated": {
        "type": "object",
        "properties": {
            "message": {"type": "string", "minLength": 1},
            "min_shared": {"type": "integer", "minimum": 2},
            # Words after a figure that end what is said about it ("dan akan memperpanjang ...").
            "clause_stops": _WORDS,
            "stemmer": {"type": "string", "minLength": 2},
            # Units that order events rather than count ("menit ke-54"): never restatements.
            "skip_units": _WORDS,
            # Words after a figure that make it a rate ("1,64 gol di setiap laga"), not a total.
            "rate_words": _WORDS,
            # Words after a figure's noun that make it another set ("468.000 penumpang lainnya"):
            # never a slip of a figure named before.
            "other_words": _WORDS,
            # Words that open the moment a running count starts from ("sejak awal Desember"):
            # one count since one moment, stated twice, is one quantity (a key, below).
            "since_words": _WORDS,
            # Qualifiers that make a figure the whole ("secara keseluruhan"): beside the same
            # figure without them it may be larger, never smaller.
            "total_words": _WORDS,
            # Verbs that report or reach a figure ("mencatat", "mencapai"): no verb of what is counted.
            "general_verbs": _WORDS,
            # A verb by its form ("(?:me|di|ber|ter)\p{Ll}{3,}": "mencatat", "dibangun"): it ends a
            # noun phrase and names what is done to a counted noun. Without it, figures have no keys.
            "verb_pattern": {"type": "string", "minLength": 1},
            # Prepositions whose phrase after a figure narrows it by a name ("ke Garut", "untuk kereta Argo").
            "prepositions": _WORDS,
            # A unit with this many different values in one article is a series (samples,
            # prices, results): its figures are different things, not one restated.
            "series": {"type": "integer", "minimum": 2},
            # A figure that points back ("ke-19 kapal yang tertahan itu", "37 korban tewas
            # tersebut"): the count stated before, so it must be one of the earlier figures
            # of that noun. `not_in_phrase`: words that end the noun phrase before the
            # demonstrative ("5 orang di desa itu" points at the village, not the count).
            "anaphora": {
                "type": "object",
                "properties": {
                    "demonstratives": _WORDS,
                    # Words before a figure that make it the whole set named before ("seluruh 152 penumpang").
                    "totals": _WORDS,
                    "max_words": {"type": "integer", "minimum": 0, "maximum": 6},
                    "not_in_phrase": _WORDS,
                    # Units of ages and durations: "pemain berusia 22 tahun itu" describes, not counts.
                    "skip_units": _WORDS,
                    # Measure words ("sepanjang", "setinggi"): the words before one name the thing measured,
                    # so "jembatan sepanjang 120 meter itu" does not point back to "retakan sepanjang 1,5 meter".
                    "measure_words": _WORDS,
                    "message": {"type": "string", "minLength": 1},
                },
                "required": ["demonstratives", "message"],
                "additionalProperties": False,
            },
        },
        "required": ["message"],
        "additionalProperties": False,
    },
    "subjects": {
        "type": "array",
        "minItems": 1,
        "items": {
            "type": "object",
            "properties": {
                "name": {"type": "string", "minLength": 1},
                "layouts": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}},
            },
            "required": ["name", "layouts"],
            "additionalProperties": False,
        },
    },
}
REQUIRED = ["subjects"]
# What its messages may name (checked when a pack loads; docs/rule-writing.md).
PLACEHOLDERS = {"match", "other_line", "other_value", "subject", "value"}
REGEX_KEYS = ("scope_pattern",)

# A sentence with this many figures is a list or a table, not a statement of one figure.
TABLE_FIGURES = 5
# A figure of such a list: not a part of a date ("21/1/2026") nor a year.
_TABLE_FIGURE = regex.compile(r"(?<![\p{L}\p{N}_.,/])(?!(?:19|20)\d\d(?!\d))\d+(?:[.,]\d+)*(?![\p{N}_/]|[.,]\d)")
# How far a round figure written without "sekitar" reaches: "100" is 90-110.
ROUND_FIGURE = 0.10
# Figures in two units of one dimension further apart than this measure two things.
CONVERTED_RATIO = 3.0
# How far an approximation reaches: "sekitar 100" is 85-115, "hampir 100" 85-100.
APPROXIMATION = 0.15
_PLACEHOLDER = regex.compile(r"\{(quantity|amount|score|name|gap)\}")
# Cheap stand-ins for the value placeholders, to check a layout's own syntax at start.
_STAND_INS = {"quantity": r"(?P<quantity>\d)", "amount": r"(?P<quantity>\d)(?P<currency>\$)?", "score": r"(?P<quantity>\d)"}
_DIGITS = r"(?<![\p{L}\p{N}_.,])\d+(?:[.,]\d+)*(?![\p{N}_]|[.,]\d)"
_NAME = r"\p{Lu}[\p{L}\p{N}&-]*(?:\s+\p{Lu}[\p{L}\p{N}&-]*){0,3}"
_NAME_PATTERN = regex.compile(rf"(?<![\p{{L}}\p{{N}}]){_NAME}")
_LETTERS = regex.compile(r"\p{L}+")
# Compiled once: regex's module functions look each pattern up again on every call.
_SPACES = regex.compile(r"\s+")
_MARKS = regex.compile(r"[.,]")
_PER = regex.compile(r"[ \u00a0]+per[ \u00a0]+(\p{L}+)")
_NEXT_NOUN = regex.compile(r"\s+(\p{Ll}[\p{Ll}-]*)")
_NON_SPACE = regex.compile(r"\S+")
_CLAUSE_END = regex.compile(r"[,;:]$")
_LETTER_WORDS = regex.compile(r"\p{L}[\p{L}-]*")
_NON_DIGITS = regex.compile(r"\D")
# The verb after a counted noun: "rumah terendam", "rumah yang terendam".
_VERB_AFTER = regex.compile(r"[ \u00a0]+(?:yang[ \u00a0]+)?(\p{Ll}+)(?![\p{L}-])")
# A year of this century or the last, standing alone ("2026", not "12026").
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# The month of a date in digits, day first ("16/12/2026").
_NUMERIC_DATE = regex.compile(r"(?<![\d/])\d{1,2}/(\d{1,2})/(?:19|20)?\d\d(?![\d/])")
# "di" after a figure and its noun phrase: a place that may narrow it (not "di antaranya").
_PLACE_AFTER = regex.compile(r"(?:[ \u00a0]+\p{Ll}+){0,3}?[ \u00a0]+di[ \u00a0]+(?!antara)\p{Ll}")
_SET = regex.compile(r"(\d{1,2})\s*[-–]\s*(\d{1,2})")
_CLAUSE_MARK = regex.compile(r"[,;:]")


def _bundled(env) -> bool:
    from ..packs import is_bundled

    return is_bundled(env.pack_dir)


def _layout_literals(template: str) -> frozenset[str] | None:
    """Words every match of a layout contains (matching.required_literals of the layout
    without its placeholders), or None: no prefilter."""
    return required_literals(_PLACEHOLDER.sub("(?:)", template))


def _alternation(words) -> str:
    # Longest first; words of one length in a fixed order, so the pattern is the same each run (regexcache).
    words = sorted({w.strip() for w in words if w.strip()}, key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(regex.escape(part) for part in w.split()) for w in words) or r"(?!x)x"


def _cased(words) -> set[str]:
    """Words as written, in lower case and with a capital, as a sentence opens ("Tujuh orang tewas")."""
    return {v for w in words for v in (w, w.casefold(), w[:1].upper() + w[1:])} or {"\0"}


def _norm(text: str | None) -> str:
    return _SPACES.sub(" ", text or "").strip().casefold()


def _holder(name: str) -> tuple[str, ...]:
    """A holder's words, without a short all-capitals suffix ("Arema FC" is Arema)."""
    words = _SPACES.sub(" ", name or "").strip().casefold().split(" ")
    original = _SPACES.sub(" ", name or "").strip().split(" ")
    while len(words) > 1 and len(original[-1]) <= 3 and original[-1].isupper():
        words.pop()
        original.pop()
    return tuple(words)


# The holder of a statement that points at the story's own event ("kekalahan 1-3 ini"): any.
THIS = ("\0this",)


def _score_before(text: str, statement: Statement) -> bool:
    """Every set of a score written before the statement, in any sentence ("3-0" or "0-3")."""
    before = {tuple(sorted((int(a), int(b)))) for a, b in _SET.findall(text, 0, statement.start)}
    sets = statement.value if statement.value and isinstance(statement.value[0], tuple) else (statement.value,)
    return all(s in before for s in sets)


def _same_holder(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Holders agree by their last word ("Partai Buruh" and "Buruh"; a capitalised sentence
    opener caught in a name, "Akhirnya Liverpool", does not count), or a one-word name by the
    first word of the other ("Persik" and "Persik Kediri"; not "Manchester United" and
    "Manchester City"); the story's own event (THIS) agrees with any."""
    return THIS in (a, b) or a[-1] == b[-1] or (min(len(a), len(b)) == 1 and a[0] == b[0])


def _headlines(text: str) -> str:
    """The text with every title-case line ("Sembilan Orang Tewas dalam Banjir Bima") in
    lower case, so that layouts written for running text read headlines too; other
    lines, and lines whose lower case changes their length, are left as they are."""
    out = []
    for line in text.splitlines(keepends=True):
        words = _LETTERS.findall(line)
        capital = sum(1 for w in words if w[0].isupper())
        lowered = line.lower()
        if len(words) >= 4 and capital >= 0.7 * len(words) and len(lowered) == len(line):
            out.append(lowered)
        else:
            out.append(line)
    return "".join(out)


@dataclass
class Statement:
    subject: int
    key: tuple
    start: int  # the quantity as written
    end: int
    value: tuple  # (low, high) or a sorted score pair
    sentence: int
    day: frozenset
    period: frozenset
    scope: frozenset


@dataclass
class Figure:
    start: int
    end: int
    number: str  # as written
    unit: tuple  # (noun, currency, scale)
    sentence: int
    words: set
    day: frozenset
    period: frozenset
    counted: bool  # a classifier's count ("3.150 jiwa")
    value: tuple = ()  # (low, high)
    # Guards: a figure in a sentence with a change, running-count or exclusion cue is "held"
    # (no slip is reported on it); `cues` are the change and exclusion cues its sentence
    # names, `running` a count up to a moment, and the scope, period and qualifiers are
    # read near the figure (its clause), not in the whole sentence.
    held: bool = False
    running: bool = False
    cues: frozenset = frozenset()
    scope: frozenset = frozenset()
    near_period: frozenset = frozenset()
    qualifiers: frozenset = frozenset()
    holder: tuple = ()  # the name nearest before it in its clause ("Deposit Facility ... 5,00 persen")
    stems: frozenset = frozenset()  # stems of the lower-case content words near it (names are holders)
    rate: bool = False  # "1,64 gol di setiap laga": a rate, not the total
    exact: tuple = ()  # the value without "sedikitnya"/"lebih dari": the count an anaphor restates
    bounded: bool = False  # written with a bound ("sekitar", "lebih dari"): an estimate, no known set
    phrase: tuple = ()  # stems of "korban tewas" in "37 korban tewas tersebut": it points back
    measured: frozenset = frozenset()  # stems of "pipa transmisi" in "pipa transmisi sepanjang 12 km": what it measures
    dimension: str = ""  # "area" for a figure in hectares or square kilometres (measures)
    factor: float = 1.0  # its unit in the dimension's base unit
    # What names the quantity, beyond a few words in common (see _keys): the noun phrase the
    # clause opens with ("cadangan devisa ... 152,4 miliar"), the counted noun with its modifier
    # and rate ("kursi tambahan per hari"), or the moment a count runs from ("kasus sejak awal Desember").
    keys: frozenset = frozenset()
    clause_cues: frozenset = frozenset()  # the change and exclusion cues of its own clause
    clause_change: frozenset = frozenset()  # the change cues of its own clause
    clause_exclude: bool = False  # an exclusion cue in its own clause: a target, a forecast
    modifier: str = ""  # stem of the word after its noun ("kerja" in "3.500 tenaga kerja")
    predicates: frozenset = frozenset()  # stems of the verbs near it ("mencatat", "dibangun")
    names: frozenset = frozenset()  # words of the names before it in its clause
    lead_scope: frozenset = frozenset()  # its scope but for the places of the headline and first paragraph
    names_after: frozenset = frozenset()  # words of a name after it, in a phrase of a preposition ("ke Garut")
    place_names: frozenset = frozenset()  # words of the names before it that a preposition opens ("ke Jepang")
    other: bool = False  # "468.000 penumpang lainnya": another set than the one named before
    short: bool = False  # one digit ("4 meter"): compared through a key only, never an anaphor
    part: bool = False  # "N rumah yang terendam": maybe some of them, never more than all
    narrowed: bool = False  # "N ton ... di lima kabupaten" after the lead: maybe a part too
    agent: str = ""  # stem of the first word before "VERB N noun" ("tim" in "Tim itu mencetak 21 gol")

    @property
    def currency_or_scale(self) -> bool:
        return bool(self.unit[1] or self.unit[2])


class QuantityConsistencyCheck(Check):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        o = rule.options
        locale = env.locale or env.language
        self.decimal, self.group = get_decimal_symbol(locale), get_group_symbol(locale)
        self.numerals: dict[str, float] = {**self._load_numerals(o.get("numerals")),
                                           **{_norm(w): float(v) for w, v in (o.get("fractions") or {}).items()}}
        self.fractions = {_norm(w) for w in (o.get("fractions") or {})}
        self.scales = self._scales(locale, o.get("scale_aliases", {}))
        self.currencies = {_norm(s): code for code, spellings in o.get("currencies", {}).items() for s in spellings}
        self.bounds = {_norm(w): kind for kind in BOUND_KINDS for w in o.get("bounds", {}).get(kind, [])}
        self.change = term_set(o["change_cues"]) if o.get("change_cues") else None
        self.change_before_number = None
        if o.get("change_before_number"):
            numerals = "|".join(regex.escape(w) for w in sorted(self.numerals, key=len, reverse=True))
            self.change_before_number = regexcache.compile(
                rf"(?i){LEFT}(?:{_alternation(o['change_before_number'])})\s+(?:[\p{{L}}-]+\s+){{0,2}}?(?=(?:\p{{Sc}}|Rp\.?\s*)?(?:\d|(?:{numerals}){RIGHT}))")
        self.running = term_set(o["running_cues"]) if o.get("running_cues") else None
        self.fronted = regexcache.compile(rf"(?i)\s*(?:{_alternation(o['fronted_words'])}){RIGHT}") if o.get("fronted_words") else None
        self.exclude = term_set(o["exclude_cues"]) if o.get("exclude_cues") else None
        self.qualifiers = regexcache.compile(rf"{LEFT}(?:{_alternation(o['qualifiers'])}){RIGHT}", regex.I) if o.get("qualifiers") else None
        self.not_qualifiers = regexcache.compile(rf"{LEFT}(?:{_alternation(o['not_qualifiers'])}){RIGHT}", regex.I) if o.get("not_qualifiers") else None
        self.scope = regexcache.compile(o["scope_pattern"]) if o.get("scope_pattern") else None
        if self.scope is not None and "scope" not in self.scope.groupindex:
            raise ValueError("scope_pattern must capture (?P<scope>...)")
        self._time_patterns(locale, o.get("day_words", []), o.get("period_words", []))
        until = o.get("until_words", [])
        # "hingga Rabu", "per 20/8", "sampai pukul ..." count up to a moment: a running count.
        self.until = regexcache.compile(
            rf"{LEFT}(?i:{_alternation(until)})\s+(?:{self.dates.pattern}|{self.day_names.pattern}"
            + (rf"|{self.day_words.pattern}" if self.day_words else "") + ")") if until else None
        # The first day of a span of dates, right before its until word: "Senin (8/2/2027) hingga".
        self.span_start = regexcache.compile(rf"(?:{self.dates.pattern}|{self.day_names.pattern})(?:\s*\([^()]*\))?\s*$")

        # Number words as a named list (a set: compiles and matches fast); a phrase of them
        # ("dua puluh satu", "twenty-one") is read whole and must be in the numerals file.
        pieces = {w for phrase in self.numerals for w in regex.split(r"[\s-]+", phrase) if w}
        stop_words = set(o.get("gap_stops", [])) | pieces | set(self.bounds)
        self.named_lists = {"numeral": _cased(pieces), "stop": _cased(stop_words)}
        # A currency that ends in a letter may be glued to the number ("Rp1,5 miliar").
        glued = [c for spellings in o.get("currencies", {}).values() for c in spellings if c[-1:].isalpha() or c[-1:] == "."]
        digits = _DIGITS if not glued else rf"(?:(?<=(?<!\p{{L}})(?:{_alternation(glued)}))\d+(?:[.,]\d+)*(?![\p{{N}}_]|[.,]\d)|{_DIGITS})"
        number = rf"(?:{digits}|{LEFT}\L<numeral>(?:(?:\s+|-)\L<numeral>){{0,3}}{RIGHT})"
        if o.get("not_after"):
            number = rf"(?<!{LEFT}(?i:{_alternation(o['not_after'])})\s+){number}"
        bound = r"(?:(?P<bound>\L<bound>)\s+)?" if self.bounds else ""
        joiners = r"\s*[-–—]\s*" + (r"|\s+\L<joiner>\s+" if o.get("range_words") else "")
        scale = rf"(?:\s*(?P<scale>\L<scale>){RIGHT})?"
        # The range's end is the same pattern, called by name: compiling it once halves the cost.
        quantity = rf"(?P<quantity>{bound}(?P<number>{number})(?:(?:{joiners})(?P<number2>(?&number)))?{scale})"
        currency = r"\L<currency>"
        # Word lists match as sets (fast to compile, whatever their length), in the case
        # written, in lower case and with a capital (a sentence may open with them).
        self.named_lists.update(
            bound=_cased(self.bounds), joiner=_cased(o.get("range_words", [])), scale=_cased(self.scales),
            currency=_cased(s for spellings in o.get("currencies", {}).values() for s in spellings),
        )
        # Layouts that open with their value are tried only where a value can start.
        self.value_starts = ValueStarts(self.named_lists["numeral"], self.named_lists["bound"] | self.named_lists["currency"])
        self._value_led: set[regex.Pattern] = set()
        self.fragments = {
            "quantity": quantity,
            # A currency before or after; run() skips an amount that has neither.
            "amount": rf"(?:(?P<currency>{currency})\s*)?{quantity}(?:\s+(?P<currency>{currency}){RIGHT})?",
            # A score, or the sets of a match ("6-4, 7-5"): a list of games is one result.
            "score": r"(?P<quantity>(?P<score_a>\d{1,2})\s*[-–]\s*(?P<score_b>\d{1,2})(?P<sets>(?:,\s*\d{1,2}\s*[-–]\s*\d{1,2}(?![\d/]|[.,]\d))*))(?![\d/]|[.,]\d)",
            "name": _NAME,
            # A year may stand in a gap ("inflasi Juli 2025 tercatat 2,37 persen"), no other number.
            "gap": rf"(?:(?:(?!\L<stop>{RIGHT})[^\s\d.,;:!?()\[\]\"“”]+|(?:19|20)\d\d)\s+){{0,6}}?",
        }
        # Layouts of your own packs are checked now (a broken one is a pack error at start; the
        # bundled ones are compiled by the test suite) and compiled in full on first use: the
        # number patterns make each one slow to compile, and most articles need few layouts.
        self.templates = [(subject["name"], list(subject["layouts"])) for subject in o["subjects"]]
        for name, templates in self.templates if not _bundled(env) else ():
            for template in templates:
                self._compile(template, name, stand_in=True)
        self._subjects: list[list[tuple[frozenset[str] | None, regex.Pattern | None]]] | None = None
        transposed = o.get("transposed") or {}
        self.transposed_templates = list(transposed.get("layouts", []))
        for template in self.transposed_templates if not _bundled(env) else ():
            self._compile(template, "transposed", stand_in=True)
        self._transposed: list | None = None
        # "12 kilometer" and "15 km" measure one thing: units compare by their CLDR key.
        self.unit_keys = cldr_unit_names(locale)
        restated = o.get("restated") or {}
        self.restated_message = restated.get("message")
        self.min_shared = int(restated.get("min_shared", 3))
        self.clause_stops = {_norm(w) for w in restated.get("clause_stops", o.get("gap_stops", []))}
        self.stem = stemmer(restated.get("stemmer", env.language))
        self.skip_units = {self._unit_key(w) for w in restated.get("skip_units", [])}
        rate_words = restated.get("rate_words", [])
        self.rate = regexcache.compile(rf"(?i)\W*(?:\p{{L}}+\s+){{0,3}}?(?:{_alternation(rate_words)})\s+(?P<per>\p{{L}}+)") if rate_words else None
        self.rate_words = {_norm(w) for w in rate_words}
        since = restated.get("since_words", [])
        self.since = regexcache.compile(rf"(?i){LEFT}(?:{_alternation(since)})\s+(?P<phrase>[^\d.,;:!?()]+)") if since else None
        self.total_words = {_norm(w) for w in restated.get("total_words", [])}
        self.general_verbs = {_norm(w) for w in restated.get("general_verbs", [])}
        try:
            self.verb = regexcache.compile(restated["verb_pattern"]) if restated.get("verb_pattern") else None
            # A name in a phrase of a preposition right after a figure ("500 ton beras ke Garut").
            prepositions = restated.get("prepositions", [])
            self.prepositions = {_norm(w) for w in prepositions}
            self.place_after = regexcache.compile(
                rf"(?:[ \u00a0]+\p{{Ll}}+){{0,3}}?[ \u00a0]+(?:{_alternation(prepositions)})(?:[ \u00a0]+\p{{Ll}}+){{0,2}}[ \u00a0]+(?P<name>{_NAME})") if prepositions else None
        except regex.error as exc:
            raise ValueError(f"restated.verb_pattern is not a valid regular expression: {exc}") from None
        self.series = int(restated.get("series", 3))
        other = restated.get("other_words", [])
        # "468.000 penumpang lainnya": after the noun, within two words, "lain": another set.
        self.other_after = regexcache.compile(rf"(?i)(?:[ \u00a0]+\p{{L}}+){{0,2}}?[ \u00a0]+(?:{_alternation(other)}){RIGHT}") if other else None
        self.measures = {str(k): (str(v[0]), float(v[1])) for k, v in (o.get("measures") or {}).items()}
        anaphora = restated.get("anaphora") or {}
        self.anaphora_message = anaphora.get("message")
        self.anaphor = None
        self.total_before = None
        self.anaphor_skip = {self._unit_key(w) for w in anaphora.get("skip_units", [])}
        measures = anaphora.get("measure_words", [])
        # Up to three words before the measure word, and at most two (an approximation) after it.
        self.measured_before = regexcache.compile(
            rf"(?i)(?P<thing>(?:\p{{L}}+[ \u00a0]+){{1,3}}){LEFT}(?:{_alternation(measures)})(?:[ \u00a0]+\p{{L}}+){{0,2}}[ \u00a0]+$"
        ) if measures else None
        if self.anaphora_message:
            stops = set(anaphora.get("not_in_phrase", [])) | set(o.get("gap_stops", [])) | set(anaphora["demonstratives"])
            word = rf"(?!(?:{_alternation(stops)}){RIGHT})\p{{Ll}}[\p{{Ll}}-]*"
            totals = anaphora.get("totals", [])
            self.total_before = regexcache.compile(rf"(?i){LEFT}(?:{_alternation(totals)})\s+$") if totals else None
            self.anaphor = regexcache.compile(
                rf"[ \u00a0]+(?P<phrase>{word}(?:[ \u00a0]+{word}){{0,{int(anaphora.get('max_words', 3))}}})"
                rf"[ \u00a0]+(?:{_alternation(anaphora['demonstratives'])}){RIGHT}")
        self.transposed_message = transposed.get("message")
        self.dropped_message = transposed.get("dropped_message")
        self.units = {_norm(w) for w in transposed.get("units", [])}
        self.classifiers = {_norm(w) for w in transposed.get("classifiers", [])}
        self.context_stops = {_norm(w) for w in transposed.get("context_stops", [])} | set(env.stopwords) \
            | {_norm(w) for w in o.get("gap_stops", [])} | set(self.numerals) | set(self.scales) | set(self.bounds)

    def _unit_key(self, word: str) -> str:
        """A unit's CLDR key ("km", "kilometer": length-kilometer), or the word itself."""
        word = _norm(word)
        return self.unit_keys.get(word, word)

    @property
    def transposed_layouts(self) -> list[regex.Pattern]:
        if self._transposed is None:
            self._transposed = [self._compile(t, "transposed") for t in self.transposed_templates]
        return self._transposed

    def _text_starts(self, doc) -> list[int] | None:
        return doc.memo(("quantity-starts", id(self)), lambda: self.value_starts.find(doc.plain))

    def _finditer(self, layout: regex.Pattern, view: str, places: list[int] | None, endpos: int | None = None):
        """``layout.finditer(view, 0, endpos)``, tried only at ``places`` (ValueStarts.find
        of ``view``) when the layout opens with its value."""
        return value_scan.finditer(layout, view, places if layout in self._value_led else None, 0, endpos)

    def layouts_for(self, folded: str):
        """(subject index, compiled layout) of the layouts that can match a text whose
        case-folded form is ``folded``: a layout's own words (outside its placeholders)
        must be in it, so most layouts are neither run nor even compiled for most articles."""
        if self._subjects is None:
            self._subjects = [[(_layout_literals(t), None) for t in templates] for _, templates in self.templates]
        for index, layouts in enumerate(self._subjects):
            for k, (literals, compiled) in enumerate(layouts):
                if literals is not None and not any(word in folded for word in literals):
                    continue
                if compiled is None:
                    name, templates = self.templates[index]
                    compiled = self._compile(templates[k], name)
                    layouts[k] = (literals, compiled)
                yield index, compiled

    # -- set-up ------------------------------------------------------------------
    def _load_numerals(self, relative: str | None) -> dict[str, float]:
        if not relative:
            return {}
        data = yamlmarks.safe_load(self.env.resolve(relative).read_text(encoding="utf-8"), cache=True)
        numerals = data.get("numerals") if isinstance(data, dict) else None
        if not isinstance(numerals, dict):
            raise ValueError(f"numerals: {relative} has no 'numerals' mapping")
        return {_norm(str(word)): float(value) for word, value in numerals.items()}

    @staticmethod
    def _scales(locale: str, aliases: dict) -> dict[str, int]:
        """Scale words and their magnitudes: CLDR's long compact forms ("0 juta") plus the pack's spellings."""
        scales: dict[str, int] = {}
        patterns = Locale.parse(locale).compact_decimal_formats.get("long", {}).get("other", {})
        for magnitude, pattern in patterns.items():
            word = regex.sub(r"[0#.,\s]", " ", pattern.pattern).strip()
            if word and regex.fullmatch(r"\p{L}+", word):
                zeros = str(pattern.pattern).count("0") - 1
                scales.setdefault(_norm(word), int(magnitude) // 10 ** zeros)
        for canonical, spellings in aliases.items():
            if _norm(canonical) not in scales:
                raise ValueError(f"scale_aliases: {canonical!r} is not a {locale} scale word in CLDR ({', '.join(scales)})")
            for spelling in spellings:
                scales[_norm(spelling)] = scales[_norm(canonical)]
        return scales

    def _time_patterns(self, locale: str, day_words: list[str], period_words: list[str]) -> None:
        days = list(get_day_names("wide", locale=locale).values())
        months = [n for w in ("wide", "abbreviated") for n in get_month_names(w, locale=locale).values()]
        self.month_numbers = {_norm(n).rstrip("."): k for w in ("wide", "abbreviated") for k, n in get_month_names(w, locale=locale).items()}
        month = rf"(?:{_alternation(m[:1].upper() + m[1:] for m in months)})\.?"
        # Dates name a day ("20 Agustus 2025", "Agustus 20", "20/8/2025"); their years are not periods.
        self.dates = regexcache.compile(
            rf"{LEFT}(?:\d{{1,2}}\s+{month}(?:\s+\d{{4}})?|{month}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?){RIGHT}")
        self.day_names = regexcache.compile(rf"{LEFT}(?:{_alternation(d[:1].upper() + d[1:] for d in days)}){RIGHT}")
        self.day_words = regexcache.compile(rf"{LEFT}(?:{_alternation(day_words)}){RIGHT}", regex.I) if day_words else None
        self.periods = regexcache.compile(
            rf"{LEFT}(?:{month}|(?:19|20)\d\d" + (rf"|(?i:{_alternation(period_words)})" if period_words else "") + rf"){RIGHT}")

    def _compile(self, template: str, name: str, stand_in: bool = False) -> regex.Pattern:
        used = _PLACEHOLDER.findall(template)
        values = [p for p in used if p in ("quantity", "amount", "score")]
        if len(values) != 1:
            raise ValueError(f"subject {name!r}: layout {template!r} needs exactly one of {{quantity}}, {{amount}}, {{score}}")
        fragments = {**self.fragments, **_STAND_INS} if stand_in else self.fragments
        expanded = _PLACEHOLDER.sub(lambda m: fragments[m.group(1)], template)
        try:
            lists = {k: v for k, v in self.named_lists.items() if f"\\L<{k}>" in expanded}
            compiled = regexcache.compile(expanded, **lists)
        except regex.error as exc:
            raise ValueError(f"subject {name!r}: layout {template!r} is not a valid regular expression: {exc}") from None
        if leads_with_value(template) and not stand_in:
            self._value_led.add(compiled)
        return compiled

    # -- reading values ---------------------------------------------------------
    def _words_value(self, text: str) -> float | None:
        """A number in words: one entry of the numerals file, or entries in falling order
        summed ("seribu lima ratus" = seribu + lima ratus = 1500); else None."""
        whole = self.numerals.get(_norm(text))
        if whole is not None:
            return whole
        words = _norm(text).replace("-", " ").split()
        total, last, k = 0.0, math.inf, 0
        while k < len(words):
            for n in range(len(words) - k, 0, -1):
                value = self.numerals.get(" ".join(words[k:k + n]))
                if value is not None:
                    break
            else:
                return None
            if last != math.inf and (value >= last or last % 10 ** len(str(int(value)))):
                return None  # "lima ratus seribu", "lima dua" are no numbers
            total, last, k = total + value, value, k + n
        return total if words else None

    def _number(self, text: str) -> tuple[float, float] | None:
        """(value, rounding tolerance) of a number in digits or words."""
        word = self._words_value(text)
        if word is not None:
            return float(word), 0.5
        if not _readable(text, self.decimal, self.group):
            return None  # the other convention: number-format's business, and no sure value
        whole, _, fraction = text.replace(self.group, "").partition(self.decimal)
        value = float(f"{whole}.{fraction or 0}")
        if fraction:
            return value, 0.5 * 10 ** -len(fraction)
        zeros = len(whole) - len(whole.rstrip("0"))
        # A round figure (1.200, 5.000) is rounded: it agrees with what rounds to it, within
        # ROUND_FIGURE of itself ("20.000" is 18.000-22.000, not anything from 15.000 to 25.000).
        return value, min(0.5 * 10 ** zeros, ROUND_FIGURE * value) if zeros >= 2 and value else 0.5

    def _value(self, m, open_bounds: bool = True) -> tuple | None:
        groups = m.groupdict()
        if groups.get("score_a") is not None:
            score = tuple(sorted((int(m.group("score_a")), int(m.group("score_b")))))
            if not groups.get("sets"):
                return score
            sets = [tuple(sorted(int(x) for x in pair)) for pair in _SET.findall(m.group("sets"))]
            return (score, *sets)  # each set unordered: the loser's "4-6, 5-7" is the winner's "6-4, 7-5"
        first = self._number(m.group("number"))
        last = self._number(m.group("number2")) if groups.get("number2") else first
        if first is None or last is None:
            return None
        scale = self.scales[_norm(m.group("scale"))] if groups.get("scale") else 1
        low, high = (first[0] - first[1]) * scale, (last[0] + last[1]) * scale
        kind = self.bounds.get(_norm(groups.get("bound")))
        if kind in ("at_least", "more_than") and open_bounds:
            high = math.inf
        elif kind in ("at_most", "less_than"):
            low = 0.0
        elif kind == "about":
            # An approximation already rounds: "sekitar 8.000" is 6.800-9.200, not 8.000's
            # rounding (7.500-8.500) widened again.
            low, high = first[0] * scale * (1 - APPROXIMATION), last[0] * scale * (1 + APPROXIMATION)
        elif kind == "nearly":
            low, high = first[0] * scale * (1 - APPROXIMATION), last[0] * scale
        return (low, high)

    @staticmethod
    def _agree(a: tuple, b: tuple) -> bool:
        if a and isinstance(a[0], tuple) or b and isinstance(b[0], tuple):
            # Sets agree set by set; a score beside a list of sets is not comparable.
            return a == b or not (a and b and isinstance(a[0], tuple) and isinstance(b[0], tuple))
        if len(a) == 2 and isinstance(a[0], int):
            return a == b
        # 1.200 (1,150-1,250) and 1.300 (1,250-1,350) only touch; so do 9,81 and 9,82 once
        # the float noise of 9.81 + 0.005 is allowed for.
        slack = 1e-9 * max(abs(a[0]), abs(b[0]), 1.0)
        return a[0] < b[1] - slack and b[0] < a[1] - slack

    # -- what a statement is about ----------------------------------------------------
    def _times(self, text: str) -> tuple[frozenset, frozenset]:
        """Days (weekdays, dates, day words) and periods (months, years, period words) a sentence names."""
        day = {_norm(m.group()) for m in self.dates.finditer(text)}
        rest = self.dates.sub(lambda m: " " * len(m.group()), text)
        day |= {_norm(m.group()) for m in self.day_names.finditer(rest)}
        if self.day_words:
            day |= {_norm(m.group()) for m in self.day_words.finditer(rest)}
        period = {_norm(m.group()).rstrip(".") for m in self.periods.finditer(rest)}
        return frozenset(day), frozenset(period)

    def _scopes(self, text: str, story: set[str]) -> frozenset:
        if self.scope is None:
            return frozenset()
        return frozenset(s for s in (_norm(m.group("scope")) for m in self.scope.finditer(text)) if s not in story)

    def _statements(self, doc) -> list[Statement]:
        text = doc.plain
        sentences = doc.sentences
        # Places of the headline and the first paragraph are the story's own.
        story = self._lead_places(doc)
        found: dict[tuple[int, int], Statement] = {}
        skipped: dict[int, bool] = {}
        headlines = _headlines(text)
        views = [(text, self._text_starts(doc))] if headlines == text else \
            [(text, self._text_starts(doc)), (headlines, self.value_starts.find(headlines))]
        for index, layout in self.layouts_for(doc.folded):
            for view, places in views:
                for m in self._finditer(layout, view, places):
                    start, end = m.span("quantity")
                    if (index, start) in found or doc.in_quotation(start, end):
                        continue
                    i = doc._index(sentences, start)
                    if i is None:
                        continue
                    if i not in skipped:
                        skipped[i] = self._cued(text, sentences[i])
                    # A statement in a fronted phrase is read up to its comma: the rest is its
                    # consequence. A final score does not change: a cue after it is about something
                    # else ("Kemenangan 3-1 itu membawa Persija naik ke peringkat kelima").
                    fronted = self._fronted_end(text, sentences[i], m.start(), end)
                    upto = m.end() if m.groupdict().get("score_a") is not None else fronted
                    if (skipped[i] and not (upto and not self._cued(text, sentences[i], upto))) or self._changed_to(text, start):
                        continue
                    value = self._value(m)
                    if value is None or ("currency" in layout.groupindex and not m.group("currency")):
                        continue
                    sentence = text[sentences[i].start:sentences[i].end]
                    groups = m.groupdict()
                    holders = tuple(_holder(groups.get(g)) for g in ("holder", "holder2") if groups.get(g)) or ((THIS,) if groups.get("this") else ())
                    currency = self.currencies.get(_norm(groups.get("currency")), "")
                    qualifiers = self._qualifiers(sentence)
                    # The day from the sentence ("..., Selasa (14/1/2025)"); the period of a fronted
                    # phrase from the sentence up to its comma: "dengan suku bunga yang tetap di
                    # 5,5 persen, BI ... pada paruh pertama 2027" names when a cut may come.
                    day = self._times(sentence)[0]
                    period = self._times(text[sentences[i].start:fronted] if fronted else sentence)[1]
                    found[(index, start)] = Statement(
                        subject=index,
                        key=(index, holders, _norm(groups.get("unit")), currency, qualifiers),
                        start=start,
                        end=end if groups.get("currency") is None else max(end, m.end("currency")),
                        value=value,
                        sentence=i,
                        day=day,
                        period=period,
                        scope=self._scopes(sentence, story),
                    )
        return sorted(found.values(), key=lambda s: s.start)

    def _qualifiers(self, sentence: str) -> frozenset:
        """The qualifier words of a sentence, but for those inside a phrase that qualifies another noun."""
        if self.qualifiers is None:
            return frozenset()
        if self.not_qualifiers is not None:
            sentence = self.not_qualifiers.sub(lambda m: " " * len(m.group()), sentence)
        return frozenset(_norm(q.group()) for q in self.qualifiers.finditer(sentence))

    def _cued(self, text: str, sentence, end: int | None = None) -> bool:
        """A sentence (up to `end`) that reports a change, a running count or a figure that is not a fact."""
        stop = sentence.end if end is None else end
        return any(cues is not None and cues.search(text, sentence.start, stop)
                   for cues in (self.change, self.running, self.exclude)) or self._counts_until(text, sentence.start, stop)

    def _counts_until(self, text: str, start: int, end: int) -> bool:
        """An until word before a day ("hingga Rabu", "per 20/8"): a count up to then; not the
        end of a span of dates ("18 Desember 2026 hingga 4 Januari 2027"), which is a period."""
        if self.until is None:
            return False
        return any(not self.span_start.search(text, max(start, m.start() - 40), m.start())
                   for m in self.until.finditer(text, start, end))

    def _fronted_end(self, text: str, sentence, start: int, end: int) -> int:
        """The comma that ends the fronted phrase a statement is in ("Dengan hasil 3-3 tersebut,"
        before "Persija naik ke peringkat kelima"; "Arief menambahkan, dengan suku bunga ... 5,5
        persen, BI ..."), or 0: what follows that comma is a consequence, with its own cues and times."""
        if self.fronted is None:
            return 0
        opening = max(sentence.start, text.rfind(",", sentence.start, start) + 1)
        comma = text.find(",", end, sentence.end)
        return comma if comma > 0 and self.fronted.match(text, opening, start) else 0

    def _changed_to(self, text: str, start: int) -> bool:
        """The figure at `start` follows a word that makes it the new value ("menjadi sembilan")."""
        if self.change_before_number is None:
            return False
        return any(start - 4 <= m.end() <= start + 4 for m in self.change_before_number.finditer(text, max(0, start - 60), start + 40))

    @staticmethod
    def _comparable(a: Statement, b: Statement, text: str, sentences) -> bool:
        if a.sentence == b.sentence:
            return False  # an enumeration ("5 di Banjar, 3 di Tapin") or a change within one sentence
        if a.day and b.day and not a.day & b.day:
            return False
        if a.period != b.period and not (THIS in a.key[1] + b.key[1] and all(p.endswith(" ini") for p in a.period ^ b.period)):
            return False  # "musim ini" beside "kekalahan 1-3 ini" is the story's own season
        return _scopes_agree(a, b, text, sentences)

    def run(self, doc):
        statements = self._statements(doc)
        # Earlier statements by what _same_quantity needs equal (subject, unit, currency,
        # qualifiers), in order: each is compared with those only, not with every one before it.
        seen: dict[tuple, list[Statement]] = {}
        reported: set[int] = set()
        # Two statements that are a slip of digits ("24 Korban Tewas" in the headline, "42
        # orang tewas" below) are left to the slip's finding, which names the likelier slip.
        slips = list(self.transpositions(doc, set())) if self.transposed_templates and self.transposed_message else []
        slip_pairs = {frozenset((f.offset, r.offset)) for f in slips for r in f.related}
        for statement in statements:
            bucket = seen.setdefault((statement.key[0], statement.key[2:]), [])
            alike = [e for e in bucket if _same_quantity(e.key, statement.key) and self._comparable(e, statement, doc.plain, doc.sentences)]
            if statement.key[1] == (THIS,) and (any(self._agree(e.value, statement.value) for e in alike)
                                                or _score_before(doc.plain, statement)):
                alike = []  # "kemenangan 2-1 ini" fits one of the matches named before, even in a
                # sentence that is no statement ("Pada laga sebelumnya, Persija menang 3-0 atas Persik")
            for earlier in alike:
                if self._agree(earlier.value, statement.value):
                    continue
                if frozenset((statement.start, earlier.start)) in slip_pairs:
                    break
                yield self.finding(
                    doc,
                    statement.start,
                    statement.end,
                    related=[(earlier.start, earlier.end, "the same quantity with another value")],
                    subject=self.templates[statement.subject][0],
                    value=doc.text[statement.start:statement.end],
                    other_value=doc.text[earlier.start:earlier.end],
                    other_line=doc.line_of(earlier.start),
                )
                reported.add(statement.start)
                break
            bucket.append(statement)
        # A statement a subject found compatible ("sedikitnya 23" and "32") may still be a
        # slip of the digits; one it reported is not reported twice.
        for finding in slips:
            if finding.offset not in reported:
                reported.add(finding.offset)
                yield finding
        if self.transposed_templates and self.restated_message:
            for finding in self.restatements(doc, reported):
                reported.add(finding.offset)
                yield finding
        if self.transposed_templates and self.anaphora_message:
            yield from self.anaphors(doc, reported)

    # -- digits swapped or dropped ------------------------------------------------------
    def transpositions(self, doc, reported: set[int]):
        """A figure written again with two of its digits swapped ("80,2" / "82,0 persen",
        "1.350" / "3.150 kematian") or a digit dropped ("17.000" / "7.000 personel"), in the
        same unit, with two words in common near both: a typing slip whatever the quantity
        is, and no listed subject is needed. The guards of the subjects hold (change cues,
        quotations, days and periods, one sentence). The slip is the figure the article
        writes once when the other is written more often, else the headline's, else the
        later one."""
        # A figure under a cue (a forecast, an average, a change) is compared only with figures
        # under the same cue: "akan diterapkan di 4.200 sekolah" and "2.400 sekolah ... akan".
        figures = [f for f in self._figures(doc) if not f.running]
        headline_end = _headline_end(doc)
        groups: dict[str, list[Figure]] = {}
        for figure in figures:
            groups.setdefault(figure.number, []).append(figure)
        for figure in figures:
            if figure.start in reported or len(groups[figure.number]) > 1:
                continue
            match = self._slip_of(figure, groups, headline_end)
            if match is None:
                continue
            other, dropped = match
            message = self.dropped_message if dropped and self.dropped_message else self.transposed_message
            yield self.finding(
                doc, figure.start, figure.end, message=message,
                related=[(other.start, other.end, "the same figure written differently")],
                subject="the figure", value=doc.text[figure.start:figure.end], other_value=doc.text[other.start:other.end],
                other_line=doc.line_of(other.start),
            )

    def _slip_of(self, figure: Figure, groups: dict[str, list[Figure]], headline_end: int) -> tuple[Figure, bool] | None:
        """The figure this one is a slip of, and whether a digit was dropped or added."""
        for number, members in groups.items():
            kind = _slip(figure.number, number, self.decimal)
            if kind is None:
                continue
            if len(members) == 1 and not _first_is_slip(figure, members[0], headline_end):
                continue  # one each: the other one is the slip
            others = [o for o in members if o.sentence != figure.sentence and _same_time(o, figure) and _slip_cues(o, figure)
                      and not _places_apart(o, figure) and not self._other_period(o, figure) and not (o.other or figure.other)]
            # Two classifier counts ("23 orang", "32 orang") need the stronger agreement below.
            same = [o for o in others if (_same_unit(o.unit, figure.unit) or self._kindred(o, figure))
                    and not (o.counted and figure.counted)]
            alike = [o for o in others if _counted_alike(o, figure)]
            # The words near every statement of the other figure ("23 orang tewas" in the
            # headline, "23 korban jiwa" in the body).
            words = set().union(*(o.words for o in same + alike)) & figure.words
            if same and len(words) >= 2:
                return same[0], kind == "dropped"
            # Three significant digits swapped in one counted noun ("486.000 penumpang", "468.000
            # penumpang"; no percent, measure or currency, which many things share): a coincidence
            # is unlikely enough that the noun alone joins them.
            exact = [o for o in same if o.unit == figure.unit and not o.counted and not o.unit[1] and _LETTERS.fullmatch(o.unit[0])]
            if exact and kind == "swapped" and len(_NON_DIGITS.sub("", figure.number).rstrip("0")) >= 3:
                return exact[0], False
            if alike and len(words) >= 3:
                return alike[0], kind == "dropped"
        return None

    def _after_preposition(self, text: str, start: int, at: int) -> bool:
        """A preposition is the word right before `at` (not before `start`)."""
        words = _LETTER_WORDS.findall(text, max(start, at - 20), at)
        return bool(words) and _norm(words[-1]) in self.prepositions and text[at - 1:at].isspace()

    def _other_period(self, a: Figure, b: Figure) -> bool:
        """A period word near one figure only ("tahun lalu", "periode yang sama"): another time
        than the other's. A year or a month on one side only is no guard (the story's, a plan's),
        nor "tahun ini" (the story's own, as in _comparable)."""
        def named(periods: frozenset) -> set[str]:
            return {p for p in periods if p not in self.month_numbers and not _YEAR.fullmatch(p) and not p.endswith(" ini")}
        # Near one figure, and nowhere in the other's sentence (its clause may be cut short).
        return bool(named(a.near_period) - named(b.period) or named(b.near_period) - named(a.period))

    def _kindred(self, a: Figure, b: Figure) -> bool:
        """Nouns of one thing in two forms: a derived noun and a compound whose modifier is its
        stem ("5.300 pekerja", "3.500 tenaga kerja"); not the same word ("rumah warga", "warga")."""
        if a.unit[1:] != b.unit[1:] or not (a.unit[0] and b.unit[0]):
            return False
        for one, other in ((a, b), (b, a)):
            stem = self.stem(one.unit[0])
            if stem != one.unit[0] and stem == other.modifier:
                return True
        return False

    def _figures(self, doc) -> list[Figure]:
        """Every figure with a unit, in the text and in a title-case headline (the first line
        only: an address or a table row in title case is no headline)."""
        return doc.memo(("quantity-figures", id(self)), lambda: self._read_figures(doc))

    def _read_figures(self, doc) -> list[Figure]:
        text = doc.plain
        first_line = text.find("\n") if "\n" in text else len(text)
        headline = _headlines(text[:first_line])
        views = [(text, len(text), self._text_starts(doc))]
        if headline != text[:first_line]:
            views.append((headline, first_line, self.value_starts.find(headline)))
        figures: list[Figure] = []
        taken: set[int] = set()
        for layout in self.transposed_layouts:
            for view, end, places in views:
                for m in self._finditer(layout, view, places, end):
                    figure = self._figure(doc, m, layout, taken)
                    if figure is not None:
                        taken.add(figure.start)
                        figures.append(figure)
        return sorted(figures, key=lambda f: f.start)

    def _figure(self, doc, m, layout, taken: set[int]) -> Figure | None:
        text = doc.plain
        start, end = m.span("quantity")
        if start in taken or doc.in_quotation(start, end) or m.groupdict().get("number2"):
            return None  # a range is not one written figure
        number = m.group("number")
        digits = _MARKS.sub("", number)
        word = self._words_value(number) if not digits.isdigit() else None
        if not digits.isdigit() and word is not None and float(word).is_integer():
            # A number in words stands for its digits: "empat puluh dua kapal" for 24 swaps them too.
            number = digits = str(int(word))
        fraction = _norm(number) in self.fractions  # "setengah": no digits to swap, but a value
        groups = m.groupdict()
        written = _norm(groups.get("unit"))
        # One digit has none to swap, but a measure ("hingga 4 meter") may be restated.
        measured = digits.isdigit() and self._unit_key(written) in self.measures
        if not (fraction or measured or digits.isdigit() and len(digits) >= 2) or self._value(m) is None:
            return None
        if "currency" in layout.groupindex and not m.group("currency"):
            return None
        i = doc._index(doc.sentences, start)
        if i is None:
            return None
        sentence = doc.sentences[i]
        if len(_TABLE_FIGURE.findall(text, sentence.start, sentence.end)) >= TABLE_FIGURES:
            return None  # a list of prices or results: a slip between its rows is a coincidence
        noun = "" if written in self.context_stops and written not in self.units else written
        noun = self._unit_key(noun)
        currency = self.currencies.get(_norm(groups.get("currency")), "")
        counted = written in self.classifiers  # "3.150 jiwa": a count of the noun before it
        if not (noun or currency or groups.get("scale") or counted):
            return None  # a bare number: a year, a day, an ordinal
        per = _PER.match(text[m.end():m.end() + 40])
        if per:
            noun = f"{noun} per {per.group(1).casefold()}"  # a price per kilogram is not one per bunch
        day, period = self._times(text[sentence.start:sentence.end])
        words = self._context(text, sentence.start, sentence.end, min(start, m.start()), m.end())
        if written and written not in self.context_stops:
            words.add(written)  # the counted noun itself ("2,3 juta pemegang polis")
        figure = Figure(start, end if not groups.get("currency") else max(end, m.end("currency")), number,
                        (noun, currency, _norm(groups.get("scale"))), i, words, day, period, counted, self._value(m) or ())
        figure.exact = self._value(m, open_bounds=False) or ()
        figure.short = not fraction and len(digits) < 2
        figure.bounded = bool(groups.get("bound"))
        figure.dimension, figure.factor = self.measures.get(noun, ("", 1.0))
        self._guard(doc, figure, min(start, m.start()), m.end())
        return figure

    def _guard(self, doc, figure: Figure, start: int, end: int) -> None:
        """Fill in what may make a figure incomparable: its sentence's cues and a count up to a
        moment, and the place, period and qualifiers named in its own clause."""
        text = doc.plain
        sentence = doc.sentences[figure.sentence]
        changed = self._changed_to(text, figure.start)
        figure.held = changed or self._cued(text, sentence)
        figure.running = changed or bool(self.running and self.running.search(text, sentence.start, sentence.end)) \
            or self._counts_until(text, sentence.start, sentence.end)
        figure.cues = frozenset(self.stem(_norm(m.group())) for cues in (self.change, self.exclude) if cues is not None
                                for m in cues.finditer(text, sentence.start, sentence.end))
        clause_start, clause = self._clause(text, sentence.start, sentence.end, start, end)
        figure.scope = self._scopes(clause, self._story(doc))
        lead = self._lead_places(doc)  # "di Stadion Nasional" cut short of "... Bangkok" is the lead's too
        figure.lead_scope = frozenset(p for p in figure.scope if not any(p in place for place in lead))
        figure.near_period = self._times(clause)[1]
        if self.qualifiers is not None:
            figure.qualifiers = frozenset(_norm(q.group()) for q in self.qualifiers.finditer(clause))
        # A name not at the sentence's start, the last before the figure, says whose figure it is.
        names = [n for n in _NAME_PATTERN.finditer(text, max(clause_start, sentence.start + 1), start)
                 if not self._is_time_word(n.group())]
        figure.holder = _holder(names[-1].group()) if names else ()
        near = _near_words(text, sentence.start, sentence.end, start, end)
        figure.rate = bool(self.rate and self.rate.match(text, end, sentence.end))
        figure.phrase = self._pointing(text, figure, sentence)
        if self.measured_before is not None and (thing := self.measured_before.search(text, max(sentence.start, start - 80), start)):
            figure.measured = frozenset(self.stem(w.casefold()) for w in thing.group("thing").split())
        figure.stems = frozenset(self.stem(w) for w in near
                                 if w[0].islower() and len(w) >= 4 and w not in self.context_stops and w != figure.unit[0] and w.casefold() not in self.unit_keys)
        clause_end = clause_start + len(clause)
        figure.clause_change = frozenset(self.stem(_norm(m.group())) for m in self.change.finditer(text, clause_start, clause_end)) \
            if self.change is not None else frozenset()
        excluded = frozenset(self.stem(_norm(m.group())) for m in self.exclude.finditer(text, clause_start, clause_end)) \
            if self.exclude is not None else frozenset()
        figure.clause_cues = figure.clause_change | excluded
        figure.clause_exclude = bool(excluded)
        following = _NEXT_NOUN.match(text, end, sentence.end)
        figure.modifier = self.stem(following.group(1)) if following and self._content(following.group(1)) else ""
        figure.other = bool(self.other_after and self.other_after.match(text, end, sentence.end))
        figure.predicates = frozenset(self.stem(w) for w in _LETTER_WORDS.findall(clause)
                                      if self._is_verb(w) and w not in self.context_stops)
        figure.names = frozenset(w for n in names for w in _norm(n.group()).split())
        # The names a preposition opens ("ekspor kopi ke Jepang"): where or to whom, not who says it.
        figure.place_names = frozenset(w for n in names if self._after_preposition(text, clause_start, n.start())
                                       for w in _norm(n.group()).split())
        place = self.place_after.match(text, end, clause_start + len(clause)) if self.place_after is not None else None
        figure.names_after = frozenset(_norm(place.group("name")).split()) if place else frozenset()
        figure.keys = self._keys(doc, sentence, figure, start, end, clause_end)

    def _keys(self, doc, sentence, figure: Figure, start: int, end: int, clause_end: int) -> frozenset:
        """What names a figure's quantity beyond shared words, in the same unit:
        ("subject", noun phrase): the noun phrase its clause opens with, the figure at most a
        few words on ("Cadangan devisa pada akhir November tercatat sebesar 152,4 miliar",
        "Dengan cadangan devisa sekitar 125 miliar"); ("rate", modifier, period): the counted
        noun's modifier and its rate, "per" and "setiap" alike ("28.000 kursi tambahan per
        hari", "20.000 kursi tambahan setiap hari"); ("since", moment): where a count runs
        from, years aside ("2.315 kasus ... sejak awal Desember 2026")."""
        if self.verb is None:
            return frozenset()
        text = doc.plain
        keys: set[tuple] = set()
        rate = self.rate.match(text, end, sentence.end) if self.rate is not None else None
        # The rate is part of every key: "per minggu" and "per hari" are two quantities.
        unit = (*figure.unit, rate.group("per").casefold() if rate else "")
        for subject in (self._subject_phrase(text, sentence.start, start), self._phrase_before(text, sentence.start, start)):
            if subject:
                keys.add(("subject", subject, unit))
        modifier = _NEXT_NOUN.match(text, end, sentence.end)
        if rate and figure.unit[0] and modifier and self._content(modifier.group(1)) and modifier.end() < rate.start("per") \
                and _norm(modifier.group(1)) not in self.rate_words:
            keys.add(("rate", unit, self.stem(modifier.group(1))))
        verb = self._verb(text, sentence, start, end) if figure.unit[0] and not figure.unit[1] else None
        if verb:
            keys.add(("verb", unit, *verb[:2]))
            figure.agent, figure.part = verb[2], verb[3]
        # A place after it narrows it to a part ("... di lima kabupaten", "... di bantaran sungai"),
        # but in the lead, where the story's figures are its whole ("1.250 rumah di lima kecamatan").
        figure.narrowed = start >= self._lead_end(doc) and bool(_PLACE_AFTER.match(text, end, clause_end))
        if self.since is not None and figure.unit[0]:
            # The moment in the figure's own stretch of the sentence, between commas.
            before = text[sentence.start:start]
            after = _CLAUSE_MARK.search(text, end, sentence.end)
            segment_start = sentence.start + max(before.rfind(","), before.rfind(";"), before.rfind(":")) + 1
            for m in self.since.finditer(text, segment_start, after.start() if after else sentence.end):
                moment = tuple(itertools.takewhile(lambda w: w not in self.env.stopwords,
                                                   (w.casefold() for w in _LETTER_WORDS.findall(m.group("phrase"))[:3])))
                if moment:
                    keys.add(("since", unit, moment))
        return frozenset(keys)

    def _verb(self, text: str, sentence, start: int, end: int) -> tuple[str, str, str, bool] | None:
        """(stem of the verb said of a counted noun, the noun's modifier), either way round:
        "merendam 1.250 rumah" and "1.500 rumah yang terendam" are the houses flooded;
        "3 tersangka lain" are other suspects ("lain" is kept). Verbs that only report or
        reach a figure ("mencatat", "mencapai") say nothing of what is counted."""
        before = _LETTER_WORDS.findall(text, max(sentence.start, start - 30), start)
        after = _VERB_AFTER.match(text, end, sentence.end)
        verbs = [w for w in (before[-1:] if before and text[start - 1:start].isspace() else []) + ([after.group(1)] if after else [])
                 if self._is_verb(w) and _norm(w) not in self.general_verbs and _norm(w) not in self.context_stops]
        if not verbs:
            return None
        next_word = _NEXT_NOUN.match(text, end, sentence.end)
        modifier = next_word.group(1) if next_word else ""
        if not modifier or modifier in self.env.stopwords or self._is_verb(modifier) or modifier in self.rate_words:
            modifier = ""
        # Who does it, when the verb comes first: the first word of its stretch of the sentence
        # ("Tim tuan rumah mencetak 21 gol", "Lawannya mencetak 17 gol": two agents).
        agent = ""
        if before and verbs[0] == before[-1]:
            segment = text[sentence.start:start]
            words = _LETTER_WORDS.findall(segment[max(segment.rfind(","), segment.rfind(";")) + 1:])
            agent = self.stem(words[0].casefold()) if len(words) >= 2 else ""
        # "300 rumah yang terendam berada di bantaran sungai" may be some of the houses flooded.
        part = not agent and bool(after) and verbs[0] == after.group(1) and after.group().split()[0] == "yang"
        return self.stem(verbs[0]), modifier, agent, part

    def _is_verb(self, word: str) -> bool:
        return self.verb is not None and bool(self.verb.fullmatch(word))

    def _content(self, word: str) -> bool:
        """A lower-case word of content: no function word, verb, number or bound."""
        return len(word) >= 3 and word.islower() and word not in self.context_stops and not self._is_verb(word)

    def _phrase_before(self, text: str, sentence_start: int, start: int) -> tuple:
        """Stems of the noun phrase (two words or more) right before a figure, past a word or
        two that only reach it ("dengan catatan waktu 9,82 detik", "nilai ekspor sebesar ...")."""
        before = text[sentence_start:start]
        cut = max(before.rfind(","), before.rfind(";"), before.rfind(":"))
        words = _NON_SPACE.findall(before[cut + 1:])
        if cut < 0 and words and words[0][1:].islower():
            words[0] = words[0].casefold()
        # Past the words that only reach it and a time ("utang pemerintah pada akhir Februari
        # 2026 sebesar Rp 8.500 triliun"): "akhir" opens the month after it.
        popped = ""
        for _ in range(6):
            word = words[-1].strip("(),") if words else ""
            timed = self._is_time_word(word) or bool(_YEAR.fullmatch(word))
            if not word or not (timed or _norm(word) in self.context_stops and not self._content(word)
                                or _norm(word) in self.env.stopwords and popped
                                or self._content(word) and popped and (self._is_time_word(popped) or _YEAR.fullmatch(popped))):
                break
            popped = words.pop().strip("(),")
        # Past a place named between them ("tinggi gelombang di perairan Pangandaran bisa
        # mencapai 6 meter"): the figure's names keep two places apart.
        del words[len(words) - self._place_tail(words):]
        phrase: list[str] = []
        while words and self._content(words[-1]):
            phrase.insert(0, words.pop())
        return tuple(self.stem(w) for w in phrase) if len(phrase) >= 2 else ()

    def _place_tail(self, words: list[str]) -> int:
        """How many of the last words are a phrase of a preposition ending in a name ("di
        perairan Pangandaran", "ke Garut"): a preposition, at most two lower-case words and
        a name of one to four words; 0 if they are not."""
        k = len(words)
        while k > 0 and len(words) - k < 4 and words[k - 1][:1].isupper() and not self._is_time_word(words[k - 1]):
            k -= 1
        if k == len(words):
            return 0
        for lower in range(3):
            at = k - lower - 1
            if at < 0 or (lower and not words[at + 1].islower()):
                return 0
            if _norm(words[at]) in self.prepositions:
                return len(words) - at
        return 0

    def _subject_phrase(self, text: str, sentence_start: int, start: int) -> tuple:
        """Stems of the noun phrase (two words or more) that opens the clause of a figure, when
        at most six words (no other figure but a year) stand between it and the figure; ()."""
        before = text[sentence_start:start]
        cut = max(before.rfind(","), before.rfind(";"), before.rfind(":"))
        words = _NON_SPACE.findall(before[cut + 1:])
        if cut < 0 and words and words[0][1:].islower():
            words[0] = words[0].casefold()  # the sentence's capital is no name
        while words and _norm(words[0]) in self.env.stopwords:
            words.pop(0)
        phrase: list[str] = []
        while len(phrase) < len(words) and self._content(words[len(phrase)]):
            phrase.append(words[len(phrase)])
        rest = words[len(phrase):]
        if len(phrase) < 2 or len(rest) > 6 or any(_NON_DIGITS.sub("", w) and not _YEAR.fullmatch(w.strip("()")) for w in rest):
            return ()
        # A name between them is part of what is named ("suku bunga Deposit Facility ... 5,00
        # persen"), a month or a weekday is not; so is a word of content ("harga emas untuk
        # pembelian kembali" is not "harga emas"), but for one that opens a time ("akhir
        # November") and the verbs ("tercatat", "dijual").
        named = []
        for k, word in enumerate(rest):
            bare = word.strip("(),")
            following = rest[k + 1].strip("(),") if k + 1 < len(rest) else ""
            if bare[:1].isupper() and not self._is_time_word(bare):
                named.append(bare.casefold())
            elif self._content(bare) and not (following and (self._is_time_word(following) or _YEAR.fullmatch(following))):
                named.append(self.stem(bare))
        return tuple(self.stem(w) for w in phrase) + tuple(named)

    def _pointing(self, text: str, figure: Figure, sentence) -> tuple:
        """Stems of the noun phrase of a figure that points back: "6.000 buruh yang mogok itu",
        "seluruh 152 penumpang" (its noun only); () for any other figure."""
        if self.anaphor is None:
            return ()
        pointing = self.anaphor.match(text, figure.end, sentence.end)
        if pointing:
            return tuple(self.stem(w) for w in pointing.group("phrase").split())
        # "seluruh 152 penumpang" names a known set; "dengan total sekitar 5,8 juta barel" a sum
        # or an estimate, which points back to nothing.
        if not figure.bounded and self.total_before is not None and self.total_before.search(text, max(sentence.start, figure.start - 20), figure.start):
            noun = _NEXT_NOUN.match(text[figure.end:sentence.end])
            return (self.stem(noun.group(1)),) if noun else ()
        return ()

    def _is_time_word(self, word: str) -> bool:
        """A weekday or month name: capitalised, but no holder."""
        return bool(self.day_names.fullmatch(word) or self.periods.fullmatch(word))

    def _story(self, doc) -> set[str]:
        """Places the lead paragraph names: the story's own, they narrow no figure."""
        if self.scope is None or not doc.blocks:
            return set()
        lead = doc.blocks[0]
        return doc.memo(("quantity-story", id(self)), lambda: {
            _norm(m.group("scope")) for m in self.scope.finditer(doc.plain, lead.start, lead.end)})

    def _lead_end(self, doc) -> int:
        """Where the headline (if any) and the first paragraph end."""
        return doc.blocks[min(1 if _headline_end(doc) else 0, len(doc.blocks) - 1)].end if doc.blocks else 0

    def _lead_places(self, doc) -> set[str]:
        """Places the headline and the first paragraph name (_story reads the first block only,
        the headline when there is one): for keyed figures, the story's own too."""
        if self.scope is None or not doc.blocks:
            return set()
        # Block by block: a name at the end of the headline does not run on into the lead.
        blocks = doc.blocks[:min(1 if _headline_end(doc) else 0, len(doc.blocks) - 1) + 1]
        return doc.memo(("quantity-lead-places", id(self)), lambda: {
            _norm(m.group("scope")) for block in blocks for m in self.scope.finditer(doc.plain, block.start, block.end)})

    def _clause(self, text: str, sentence_start: int, sentence_end: int, start: int, end: int) -> tuple[int, str]:
        """The words a figure is said with: up to twelve words before it, and after it up to
        clause punctuation or a clause stop ("dan", "sedangkan"), at most eight words."""
        before = list(_NON_SPACE.finditer(text[sentence_start:start]))[-12:]
        begin = sentence_start + before[0].start() if before else start
        stop = end
        for k, word in enumerate(_NON_SPACE.finditer(text[end:sentence_end])):
            bare = _norm(word.group().strip(",;:()\"“”"))
            if k >= 8 or bare in self.clause_stops:
                break
            stop = end + word.end()
            if _CLAUSE_END.search(word.group()):
                break
        return begin, text[begin:stop]

    def _context(self, text: str, sentence_start: int, sentence_end: int, start: int, end: int) -> set[str]:
        """Content words near a figure: up to twelve words before it and eight after, in its sentence."""
        near = _near_words(text, sentence_start, sentence_end, start, end)
        return {w for w in (_norm(w) for w in near) if len(w) >= 4 and w not in self.context_stops}


    # -- a figure stated again with another value -------------------------------------
    def restatements(self, doc, reported: set[int]):
        """A figure stated again later with a value the first cannot be (18.000 and 13.000
        wisatawan tiba melalui bandara Komodo pada November), whatever it counts: the same
        unit, the same cues (both plain, or both "diperkirakan", both "rata-rata"), the same
        days, periods, places and qualifiers near both, and at least `min_shared` word stems
        in common near both. No subject needs to be listed; the guards are the subjects'.
        The later figure is reported; one already reported is not reported again."""
        headline = _headline_end(doc)
        values = _series(self._figures(doc))
        # A figure of a series is compared only through a key it shares (see _keys).
        figures = [f for f in self._figures(doc)
                   if not f.running and f.value and f.start >= headline and f.unit[0] not in self.skip_units
                   and (f.keys or len(values[(f.unit, f.rate)]) < self.series)]
        # Two figures of one unit in a sentence are a list ("5,00 persen dan ... 6,50 persen"):
        # each is about something else.
        per_sentence: dict[tuple, int] = {}
        for f in figures:
            per_sentence[(f.sentence, f.unit)] = per_sentence.get((f.sentence, f.unit), 0) + 1
        figures = [f for f in figures if per_sentence[(f.sentence, f.unit)] == 1]
        for k, figure in enumerate(figures):
            if figure.start in reported:
                continue
            for earlier in figures[:k]:
                keyed = self._keyed(figure, earlier)
                if keyed is None and (len(values[(figure.unit, figure.rate)]) >= self.series or figure.short or earlier.short):
                    continue
                if not (self._restates_keyed(figure, earlier, keyed, doc) if keyed is not None else self._restates(figure, earlier, doc)):
                    continue
                yield self.finding(
                    doc, figure.start, figure.end, message=self.restated_message,
                    related=[(earlier.start, earlier.end, "the same figure with another value")],
                    subject="the figure", value=doc.text[figure.start:figure.end],
                    other_value=doc.text[earlier.start:earlier.end], other_line=doc.line_of(earlier.start),
                )
                reported.add(figure.start)
                break

    def anaphors(self, doc, reported: set[int]):
        """A figure that points back ("6.000 buruh yang mogok itu") to a count no earlier figure
        of that noun gave: with "sekitar 8.000 buruh" before it, one of them is wrong. Quiet
        when any earlier figure of the noun fits ("bertambah menjadi 37 orang" before "37
        korban tewas tersebut"), and when none was given."""
        headline = _headline_end(doc)
        figures = [f for f in self._figures(doc) if f.start >= headline and f.exact and not f.short]
        for k, figure in enumerate(figures):
            if not figure.phrase or figure.start in reported or figure.unit[0] in self.anaphor_skip:
                continue
            # The series a count of a noun could point among is written before it: figures after
            # it (a past year's count in a closing line) are not what it points back to. Percents,
            # measures and money, which many things share, keep the whole article's series.
            noun = not figure.unit[1] and bool(_LETTERS.fullmatch(figure.unit[0]))
            if len(_series(figures[: k + 1] if noun else figures)[(figure.unit, figure.rate)]) >= self.series:
                continue  # "Dari 16 gol tersebut" among 21, 17 and 8 goals: a series, not one count
            antecedents = [e for e in figures[:k] if e.sentence != figure.sentence and self._antecedent(e, figure)
                           and not self._measures_apart(e, figure)]
            if not antecedents or any(self._agree(_base(e.exact, e.factor), _base(figure.exact, figure.factor)) for e in antecedents):
                continue
            earlier = antecedents[-1]
            yield self.finding(
                doc, figure.start, figure.end, message=self.anaphora_message,
                related=[(earlier.start, earlier.end, "the count stated before")],
                subject="the figure", value=doc.text[figure.start:figure.end],
                other_value=doc.text[earlier.start:earlier.end], other_line=doc.line_of(earlier.start),
            )

    @staticmethod
    def _measures_apart(earlier: Figure, figure: Figure) -> bool:
        """Two things measured, named with no word in common and an order of magnitude apart
        ("retakan sepanjang 1,5 meter", "jembatan sepanjang 120 meter itu"); "satelit seberat 320
        kilogram" and "wahana seberat 230 kg itu" may be one thing in other words, with a slip."""
        if not earlier.measured or not figure.measured or earlier.measured & figure.measured:
            return False
        a, b = sorted((_middle(_base(earlier.exact, earlier.factor)), _middle(_base(figure.exact, figure.factor))))
        return a <= 0 or b / a > CONVERTED_RATIO

    def _antecedent(self, earlier: Figure, figure: Figure) -> bool:
        """A figure of the noun the anaphor names ("14 kapal tanker" for "ke-19 kapal ... itu"),
        or a classifier's count whose words share one of the anaphor's ("menewaskan 27 orang"
        for "37 korban tewas tersebut"), in the same currency and scale."""
        if earlier.unit[1:] != figure.unit[1:] or earlier.rate != figure.rate:
            return False
        if earlier.unit[0] and earlier.unit[0] == figure.unit[0]:
            return True
        if earlier.dimension and earlier.dimension == figure.dimension:
            # Another unit of the same dimension restates a figure roughly ("35 hektare" and
            # "setengah kilometer persegi itu"); an order of magnitude apart, it measures another
            # thing ("kolom abu setinggi 18 kilometer", "gunung setinggi 1.584 meter itu").
            a, b = sorted((_middle(_base(earlier.exact, earlier.factor)), _middle(_base(figure.exact, figure.factor))))
            return 0 < a and b / a <= CONVERTED_RATIO
        return earlier.counted and bool({self.stem(w) for w in earlier.words} & set(figure.phrase))

    def _keyed(self, figure: Figure, earlier: Figure) -> frozenset | None:
        """The kinds of key ("subject", "rate", "since") two figures share, or None."""
        shared = figure.keys & earlier.keys
        return frozenset(k[0] for k in shared) if shared and earlier.sentence != figure.sentence else None

    def _restates_keyed(self, figure: Figure, earlier: Figure, kinds: frozenset, doc) -> bool:
        """Two figures that name one quantity by a key (_keys) with values that cannot both be
        true. The guards of _restates, but read in each figure's own clause (a comparison later
        in the sentence is about another figure), a period named on one side only (the other
        is the story's time), names that share a word, and for a count since a moment alone,
        verbs that agree ("dibangun" and "direnovasi" are two counts)."""
        if earlier.rate != figure.rate or not (earlier.clause_cues == figure.clause_cues or earlier.clause_cues & figure.clause_cues):
            return False
        if _names_apart(earlier, figure):
            return False  # other names before it, or after it ("... beras ke Garut", "... ke Cianjur")
        if (earlier.day and figure.day and not earlier.day & figure.day) \
                or not self._periods_fit(earlier.near_period, figure.near_period, doc):
            return False
        if kinds == {"verb"} and earlier.agent and figure.agent and earlier.agent != figure.agent:
            return False  # two agents ("Tim itu mencetak 21 gol", "Lawannya mencetak 17 gol")
        parts = [f for f in (earlier, figure) if f.part or f.narrowed]
        if len(parts) == 1:
            # "N rumah yang terendam", "20.000 ton ... di lima kabupaten": maybe a part of the
            # other figure, wrong only when larger than the whole.
            whole = figure if parts[0] is earlier else earlier
            return parts[0].value[0] > whole.value[1] and _scopes_agree(earlier, figure, doc.plain, doc.sentences, lead=True)
        if len(parts) == 2 and (earlier.part, earlier.narrowed) != (figure.part, figure.narrowed):
            return False  # two parts of different kinds: which is whose part is unknown
        if kinds == {"since"} and earlier.predicates and figure.predicates and not earlier.predicates & figure.predicates:
            return False
        if not _scopes_agree(earlier, figure, doc.plain, doc.sentences, lead=True):
            return False
        return self._disagree(earlier, figure)

    def _periods_fit(self, a: frozenset, b: frozenset, doc) -> bool:
        """The same periods, or a period named on one side only that is the story's own time:
        a year the lead names, the lead's month or the month before it (a monthly figure
        reported now: "pada akhir November" in a story of December). "pada Januari 2021" in a
        story of 2026 is another event."""
        if a == b:
            return True
        if not (a <= b or b <= a):
            return False
        years, months = self._story_time(doc)
        for period in a ^ b:
            month = self.month_numbers.get(period)
            if period in years or month is not None and any(month in (m, (m - 2) % 12 + 1) for m in months):
                continue
            return False
        return True

    def _story_time(self, doc) -> tuple[set[str], set[int]]:
        """The story's years and months: of the dates in digits in the headline and lead, else
        the years and months they name."""
        def read() -> tuple[set[str], set[int]]:
            # The headline (when the first block is one) and the first paragraph.
            lead = doc.plain[:doc.blocks[min(1 if _headline_end(doc) else 0, len(doc.blocks) - 1)].end] if doc.blocks else ""
            # The date of the story ("Jumat (13/3/2026)") when the lead gives one; else the years
            # and months it names ("sejak awal Desember 2026").
            dates = [m for m in _NUMERIC_DATE.finditer(lead) if 1 <= int(m.group(1)) <= 12]
            if dates:
                return set(_YEAR.findall(" ".join(m.group() for m in dates))), {int(m.group(1)) for m in dates}
            years = set(_YEAR.findall(lead))
            months = {self.month_numbers[_norm(m.group()).rstrip(".")] for m in self.periods.finditer(lead)
                      if _norm(m.group()).rstrip(".") in self.month_numbers}
            return years, months
        return doc.memo(("quantity-story-time", id(self)), read)

    def _disagree(self, earlier: Figure, figure: Figure) -> bool:
        """Values that cannot both be true; with the same qualifiers but a total word on one side
        ("secara keseluruhan"), only a total smaller than the other."""
        own = self.rate_words | self.total_words
        plain = {q for q in earlier.qualifiers ^ figure.qualifiers if not any(w in own for w in q.split())}
        if plain:
            return False
        total = [f for f in (earlier, figure) if f.qualifiers & self.total_words]
        if len(total) == 1:
            part = figure if total[0] is earlier else earlier
            return total[0].value[1] < part.value[0]
        return not self._agree(earlier.value, figure.value)

    def _restates(self, figure: Figure, earlier: Figure, doc) -> bool:
        if earlier.sentence == figure.sentence or self._agree(earlier.value, figure.value):
            return False
        # "13.000 orang" restates "18.000 wisatawan" when its own words name the wisatawan.
        alike = _counted_alike(earlier, figure) and any(
            f.unit[0] in g.words for f, g in ((earlier, figure), (figure, earlier)) if not f.counted)
        if not (_same_unit(earlier.unit, figure.unit) and not (earlier.counted and figure.counted)) and not alike:
            return False
        if earlier.holder and figure.holder and not _same_name(earlier.holder, figure.holder):
            return False
        if earlier.rate != figure.rate:
            return False
        if not _same_cues(earlier, figure):
            return False
        if (earlier.day and figure.day and not earlier.day & figure.day) or earlier.near_period != figure.near_period:
            return False
        if earlier.qualifiers != figure.qualifiers or not _scopes_agree(earlier, figure, doc.plain, doc.sentences):
            return False
        return len(earlier.stems & figure.stems) >= self.min_shared + (1 if alike else 0)


def _base(value: tuple, factor: float) -> tuple:
    """(low, high) in the base unit of its dimension."""
    return (value[0] * factor, value[1] * factor)


def _middle(value: tuple) -> float:
    return (value[0] + value[1]) / 2


def _near_words(text: str, sentence_start: int, sentence_end: int, start: int, end: int) -> list[str]:
    """The words as written around a figure: up to twelve before it and eight after, in its sentence."""
    return _LETTER_WORDS.findall(text[sentence_start:start])[-12:] + _LETTER_WORDS.findall(text[end:sentence_end])[:8]


def _series(figures: list[Figure]) -> dict[tuple, set]:
    """The values each unit takes in an article: three or more make a series (samples,
    prices, results), whose figures are different things."""
    values: dict[tuple, set] = {}
    for f in figures:
        # A rate is its own series: "lebih dari 90.000 kapal setiap tahun" is no third count of ships.
        values.setdefault((f.unit, f.rate), set()).add(f.value)
    return values


def _same_name(a: tuple, b: tuple) -> bool:
    """One name, or a shorter form of it ("Partai Buruh" and "Buruh"; not "Deposit Facility"
    and "Lending Facility", which only share their last word)."""
    short, long = sorted((a, b), key=len)
    return long[:len(short)] == short or long[len(long) - len(short):] == short


def _names_apart(a: Figure, b: Figure) -> bool:
    """Both name someone or somewhere near the figure, before it or after it, and no word of
    the names is shared ("beras ke Garut" and "beras ke Cianjur")."""
    return any(x and y and not x & y for x, y in ((a.names, b.names), (a.names_after, b.names_after)))


def _places_apart(a: Figure, b: Figure) -> bool:
    """Both name a place or party in a phrase of a preposition, and no word of them is shared:
    "ekspor kopi ke Jepang" and "ekspor kopi ke Amerika Serikat" (who reports it does not count)."""
    return any(x and y and not x & y for x, y in ((a.place_names, b.place_names), (a.names_after, b.names_after)))


def _slip_cues(a: Figure, b: Figure) -> bool:
    """For a slip of digits, read in each figure's own clause: both plain, both under a change
    cue they share, or both a target or forecast ("ditargetkan ... 3.500", "yang akan ... 5.300")."""
    return (a.clause_change == b.clause_change or bool(a.clause_change & b.clause_change)) and a.clause_exclude == b.clause_exclude


def _same_cues(a: Figure, b: Figure) -> bool:
    """Both plain statements, or both under a cue they share ("diperkirakan", "rata-rata"): a
    change or a forecast beside a plain statement is about another moment."""
    return a.cues == b.cues or bool(a.cues & b.cues)


def _scopes_agree(a: Statement | Figure, b: Statement | Figure, text: str, sentences, lead: bool = False) -> bool:
    """Neither statement is narrowed to a place the other's sentence does not name (with
    `lead`, places of the headline and first paragraph narrow nothing: Figure.lead_scope)."""
    for one, other in ((a, b), (b, a)):
        sentence = sentences[other.sentence]
        other_text = _norm(text[sentence.start:sentence.end])
        places = one.lead_scope if lead and isinstance(one, Figure) else one.scope
        if any(place not in other_text for place in places):
            return False
    return True


def _same_quantity(a: tuple, b: tuple) -> bool:
    """Statement keys that count the same thing: the same subject, unit, currency and
    qualifiers, and holders that agree - or one holder that is one of the other's pair
    ("kemenangan 3-1 atas Arema" and "Persebaya mengalahkan Arema 2-1")."""
    if a[0] != b[0] or a[2:] != b[2:]:
        return False
    x, y = sorted((a[1], b[1]), key=len)
    if len(x) != len(y):
        return len(x) == 1 and any(_same_holder(x[0], h) for h in y)
    if len(x) == 2:
        return (_same_holder(x[0], y[0]) and _same_holder(x[1], y[1])) or (_same_holder(x[0], y[1]) and _same_holder(x[1], y[0]))
    return all(_same_holder(h, k) for h, k in zip(x, y))


def _same_unit(a: tuple, b: tuple) -> bool:
    """(noun, currency, scale) of two figures: the same, or a bare count with a scale word
    ("3,2 juta orang") beside the same scale before a noun ("2,3 juta pemegang polis")."""
    if a == b:
        return True
    return a[1:] == b[1:] and bool(a[2]) and not (a[0] and b[0])


def _headline_end(doc) -> int:
    """The end of the first block when it is a headline (more blocks follow, and it does
    not end a sentence), else 0."""
    if len(doc.blocks) < 2:
        return 0
    first = doc.blocks[0]
    return 0 if regex.search(r"[.!?:;\"”’)]\s*$", doc.plain[first.start:first.end]) else first.end


def _first_is_slip(first: Figure, other: Figure, headline_end: int) -> bool:
    """Of two figures written once each, the slip: a headline's (the body states the figure
    in its sentence, the headline restates it), else the later one."""
    if (first.start < headline_end) != (other.start < headline_end):
        return first.start < headline_end
    return first.start > other.start


def _same_time(a: Figure, b: Figure) -> bool:
    """Not about two different days or periods (both name one, and none is the same): a
    slip of digits is the stronger evidence, so a period named on one side only is no guard."""
    return not (a.day and b.day and not a.day & b.day) and not (a.period and b.period and not a.period & b.period)


def _counted_alike(a: Figure, b: Figure) -> bool:
    """A classifier count ("3.150 jiwa") beside a count of a noun ("1.350 kematian"), with the
    same currency and scale: the same thing counted, if their words agree."""
    return (a.counted or b.counted) and a.unit[1:] == b.unit[1:] and not (a.currency_or_scale or b.currency_or_scale)


def _slip(a: str, b: str, decimal: str) -> str | None:
    """How two numbers are one figure mistyped: "swapped" (two digits the other way round,
    the marks in the same places: "186,4"/"168,4", "1.350"/"3.150"), "dropped" (a digit
    other than 0 left out of a whole number of three digits or more: "17.000"/"7.000"), or None."""
    if _swapped(a, b):
        return "swapped"
    if decimal in a or decimal in b:
        return None
    x, y = sorted((_NON_DIGITS.sub("", a), _NON_DIGITS.sub("", b)), key=len)
    if len(y) != len(x) + 1 or len(y) < 3:
        return None
    for k, digit in enumerate(y):
        if digit != "0" and y[:k] + y[k + 1:] == x:
            return "dropped"
    return None


def _swapped(a: str, b: str) -> bool:
    """Two numbers written alike but for two neighbouring digits the other way round
    (the marks in the same places): "186,4"/"168,4", "80,2"/"82,0", "2,3"/"3,2"."""
    if len(a) != len(b) or a == b:
        return False
    digits = [k for k, (x, y) in enumerate(zip(a, b)) if x != y]
    if any(not a[k].isdigit() or not b[k].isdigit() for k in digits):
        return False
    if len(digits) != 2:
        return False
    i, j = digits
    if a[i] != b[j] or a[j] != b[i]:
        return False
    # Neighbouring digits, or any two of a figure of three digits or more ("1.350"/"3.150").
    return j == i + 1 or (j == i + 2 and a[i + 1] in ".,") or sum(c.isdigit() for c in a) >= 3


CHECK = QuantityConsistencyCheck
