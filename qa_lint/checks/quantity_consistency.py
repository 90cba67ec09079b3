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
noun need no other word in common, and the noun of an act counts as those said to do it
("3.450 pengungsi", "4.350 warga mengungsi"). It stays quiet for two places or parties named
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
``fractions`` give words such as "setengah" their values. Two stems in common
suffice when the numbers look like one slip of the other (quantity_figures._shaped_alike)
or one statement's words are all the other's; a title-case headline's figure is an
earlier statement, read in lower case with no names (tools/synth_quantity_slips.py
measures these on generated slips).

Quiet, because a change is legitimate there: a statement in a sentence with a
change, running-count or exclusion cue or an until word before a day ("hingga
Rabu", "per 20/8"); a count in a quotation (a witness's own account; a quoted
rate, amount or score is compared); two statements in one
sentence; statements about different days (both name one, and not the same)
or periods (months, years, period words differ); a statement narrowed to a
place the other does not name (places of the lead paragraph are the story's
own and narrow nothing).

A subject with ``exact: true`` (a rate set by decision) reads a whole number as exact ("6
persen" is not "5,75"). ``transposed.classified_nouns`` says what each classifier counts: "146
orang Rohingya" restates "146 pengungsi Rohingya", never "146 unit". A figure named by what was
done to it ("4.300 hektare sawah yang terendam") under a plan of another act ("akan mendata
ulang") is compared with the figure of that act (tools/synth_quantity_paraphrases.py measures
these on restatements in other words).

One count in two verb frames is one key: the verb before it, the relative clause after its noun
(past a modifier: "melibatkan 18 kapal perang", "22 kapal perang yang terlibat"), or what the
noun does past a name and a place in apposition ("1.100 pekerja PLTU di Cilacap, Jawa Tengah,
mogok kerja", "1.400 pekerja yang mogok"); ``restated.nouns_file`` tells a modifier (a noun)
from what is said of the noun. Two keyed estimates ("sekitar") round one number: they are
compared by half the approximation each.

The figure after a change ("menjadi 1.200 penerima") is the value from then on: it is
compared with plain statements after it, not with one before it nor with another result.

The later statement is reported, with the earlier one as related. Message
placeholders: {subject}, {value} and {other_value} as written, {other_line}.
"""

from __future__ import annotations

import regex
from babel import Locale
from babel.dates import get_day_names, get_month_names
from babel.numbers import get_decimal_symbol, get_group_symbol

from .. import regexcache, value_scan, yamlmarks
from ..i18n import N_
from ..matching import LEFT, RIGHT, required_literals, term_set
from ..quantity_figures import (
    _LETTERS,
    _NAME,
    _NAME_PATTERN,
    _NON_DIGITS,
    _NUMERIC_DATE,
    _YEAR,
    APPROXIMATION,
    CONVERTED_RATIO,
    THIS,
    Figure,
    Statement,
    _base,
    _counted_alike,
    _first_is_slip,
    _headline_end,
    _headlines,
    _heads_apart,
    _holder,
    _middle,
    _names_apart,
    _norm,
    _places_apart,
    _result_first,
    _same_cues,
    _same_name,
    _same_quantity,
    _same_time,
    _same_unit,
    _scopes_agree,
    _score_before,
    _series,
    _shaped_alike,
    _slip,
    _slip_cues,
)
from ..quantity_keys import FigureReader
from ..stemming import stemmer
from ..value_scan import ValueStarts, leads_with_value
from . import TERM_LIST, Check
from .number_format import cldr_unit_names

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
            # The nouns each classifier counts ("orang": warga, pasien, pengungsi; "unit": rumah,
            # kendaraan): "146 orang Rohingya" restates "146 pengungsi Rohingya", never "146 unit".
            "classified_nouns": {"type": "object", "additionalProperties": _WORDS},
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
            # A list of nouns, one a line (a file beside the pack): a word of content after a
            # counted noun that is none of them is said of it ("1.100 pekerja ... mogok kerja",
            # "1.400 pekerja yang mogok"), one that is one modifies it ("18 kapal perang").
            "nouns_file": {"type": "string", "minLength": 1},
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
                    # Prefixes written onto a figure that opens its sentence and make it the whole set
                    # named before ("Ke-18 proyek ... itu", all 18 projects). Only at the opening:
                    # after a noun the same prefix is an ordinal ("hari ke-3", "menit ke-54").
                    "collective_openers": _WORDS,
                    # Nouns that order events or things ("hari", "menit", "babak"): one written before
                    # an opener makes the figure an ordinal ("hari ke-18 proyek itu", the project's
                    # 18th day), which points back to no count ("Nasib ke-19 kapal itu" still does).
                    "ordinal_nouns": _WORDS,
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
    # One game (set) of a match closed with a score ("menutup gim ketiga dengan skor 21-13"),
    # compared with that game in the match's result by games ("21-17, 19-21, 21-15").
    # Layouts hold {score} and a group (?P<game>...) with an ordinal word of `ordinals`.
    "games": {
        "type": "object",
        "properties": {
            "ordinals": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 1}},
            "layouts": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}},
            "message": {"type": "string", "minLength": 1},
            # Rounds of a tournament ("semifinal", "final"): a game of a round the result's
            # sentence does not name is another match's.
            "rounds": _WORDS,
        },
        "required": ["ordinals", "layouts", "message"],
        "additionalProperties": False,
    },
    "subjects": {
        "type": "array",
        "minItems": 1,
        "items": {
            "type": "object",
            "properties": {
                "name": {"type": "string", "minLength": 1},
                # A quantity set by a decision (a policy rate): a whole number written is exact
                # ("6 persen" is 6,00, not anything from 5,5 to 6,5).
                "exact": {"type": "boolean"},
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

_PLACEHOLDER = regex.compile(r"\{(quantity|amount|score|name|gap)\}")
# Cheap stand-ins for the value placeholders, to check a layout's own syntax at start.
_STAND_INS = {"quantity": r"(?P<quantity>\d)", "amount": r"(?P<quantity>\d)(?P<currency>\$)?", "score": r"(?P<quantity>\d)"}
_DIGITS = r"(?<![\p{L}\p{N}_.,])\d+(?:[.,]\d+)*(?![\p{N}_]|[.,]\d)"


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


# The holder of a statement that points at the story's own event ("kekalahan 1-3 ini"): any.


_RATE_OR_AMOUNT = regex.compile(r"(?i)persen|%")


def _measured(m) -> bool:
    """A statement that is a rate, an amount or a score: quoted, it is the story's figure said
    again (\"Dengan inflasi November sebesar 3,2 persen, kami ...\"), unlike a count in a
    witness's words (\"Saya melihat sembilan orang tewas\"), which is their own account."""
    groups = m.groupdict()
    return bool(groups.get("currency") or groups.get("score_a") or _RATE_OR_AMOUNT.search(m.group()))


def _estimates(a: Figure, b: Figure) -> tuple[tuple, tuple]:
    """The values of two keyed figures to compare. Two estimates of one quantity ("sekitar
    1.100 pekerja", "sekitar 1.400 pekerja yang mogok") are the writer's rounding of one number:
    each stands for half the approximation either way, not the whole (which would let any two
    estimates up to a third apart agree). An estimate beside an exact figure keeps its whole width."""
    if not (a.about and b.about):
        return a.value, b.value
    half = APPROXIMATION / 2
    return tuple((f.about * (1 - half), f.about * (1 + half)) for f in (a, b))  # type: ignore[return-value]


class QuantityConsistencyCheck(FigureReader, Check):
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
        # A phrase may open with a comma (", sementara": a conjunction), which a letter precedes.
        self.not_qualifiers = regexcache.compile(rf"(?:{LEFT}|(?=,))(?:{_alternation(o['not_qualifiers'])}){RIGHT}", regex.I) \
            if o.get("not_qualifiers") else None
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
        number = rf"(?:{digits}|{LEFT}\L<numeral>(?:(?:\s+|-)\L<numeral>){{0,5}}{RIGHT})"
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
        self.exact_subjects = {k for k, subject in enumerate(o["subjects"]) if subject.get("exact")}
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
        self.nouns = self._load_nouns(restated.get("nouns_file"))
        self.other_words = {_norm(w) for w in restated.get("other_words", [])}
        try:
            self.verb = regexcache.compile(restated["verb_pattern"]) if restated.get("verb_pattern") else None
            # A name in a phrase of a preposition right after a figure ("500 ton beras ke Garut").
            prepositions = restated.get("prepositions", [])
            self.prepositions = {_norm(w) for w in prepositions}
            self.place_after = regexcache.compile(
                rf"(?:[ \u00a0]+\p{{Ll}}+){{0,3}}?[ \u00a0]+(?:{_alternation(prepositions)})(?:[ \u00a0]+\p{{Ll}}+){{0,2}}[ \u00a0]+(?P<name>{_NAME})") if prepositions else None
            # A name or a place in apposition after a counted noun, before what it does: capitalised
            # words, an acronym in brackets, a preposition before a name, commas around a province
            # ("pekerja Pembangkit Listrik Tenaga Uap (PLTU) di Cilacap, Jawa Tengah, mogok kerja").
            # Read with the noun list only (which tells what the noun does from a modifier).
            self.apposition = regexcache.compile(
                rf"(?:,?[ \u00a0]+(?:\p{{Lu}}[\p{{L}}\p{{N}}&-]*|\([^()\d]{{1,30}}\)|(?:{_alternation(prepositions)})(?=[ \u00a0]+\p{{Lu}})))+,?"
            ) if self.nouns else None
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
        self.collective_opening = None
        self.ordinal_before = None
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
            openers = anaphora.get("collective_openers", [])
            self.collective_opening = regexcache.compile(rf"(?i)^\W*(?:{_alternation(openers)})$") if openers else None
            ordinal_nouns = anaphora.get("ordinal_nouns", [])
            self.ordinal_before = regexcache.compile(
                rf"(?i){LEFT}(?:{_alternation(ordinal_nouns)})[ \u00a0]+(?:{_alternation(openers)})$"
            ) if ordinal_nouns and openers else None
            self.anaphor = regexcache.compile(
                rf"[ \u00a0]+(?P<phrase>{word}(?:[ \u00a0]+{word}){{0,{int(anaphora.get('max_words', 3))}}})"
                rf"[ \u00a0]+(?:{_alternation(anaphora['demonstratives'])}){RIGHT}")
        games = o.get("games") or {}
        self.game_ordinals = {_norm(w): int(n) for w, n in (games.get("ordinals") or {}).items()}
        self.game_message = games.get("message")
        self.game_templates = list(games.get("layouts", []))
        self.game_rounds = regexcache.compile(rf"(?i){LEFT}(?:{_alternation(games['rounds'])}){RIGHT}") if games.get("rounds") else None
        for template in self.game_templates if not _bundled(env) else ():
            self._compile(template, "games", stand_in=True)
        self._games: list[regex.Pattern] | None = None
        self.transposed_message = transposed.get("message")
        self.dropped_message = transposed.get("dropped_message")
        self.units = {_norm(w) for w in transposed.get("units", [])}
        self.classifiers = {_norm(w) for w in transposed.get("classifiers", [])}
        self.classified = {_norm(c): {_norm(n) for n in nouns} for c, nouns in (transposed.get("classified_nouns") or {}).items()}
        self.context_stops = {_norm(w) for w in transposed.get("context_stops", [])} | set(env.stopwords) \
            | {_norm(w) for w in o.get("gap_stops", [])} | set(self.numerals) | set(self.scales) | set(self.bounds)

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

    def _load_nouns(self, relative: str | None) -> frozenset[str]:
        if not relative:
            return frozenset()
        lines = self.env.resolve(relative).read_text(encoding="utf-8").splitlines()
        return frozenset(w.strip().casefold() for w in lines if w.strip() and not w.startswith("#"))

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

    # -- what a statement is about ----------------------------------------------------

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
                    if (index, start) in found or (doc.in_quotation(start, end) and not _measured(m)):
                        continue  # a count in a speaker's words is their own account (see _measured)
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
                    if index in self.exact_subjects:
                        value = self._exact(m, value)
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

    def _exact(self, m, value: tuple) -> tuple:
        """A whole number of a quantity set by a decision, with no bound nor range, as written
        to two decimals ("6 persen" is 5,995-6,005): it does not round to "5,75"."""
        groups = m.groupdict()
        number = groups.get("number") or ""
        if groups.get("bound") or groups.get("number2") or groups.get("scale") or not number.isdigit():
            return value
        return (int(number) - 0.005, int(number) + 0.005)

    @staticmethod
    def _comparable(a: Statement, b: Statement, text: str, sentences) -> bool:
        if a.sentence == b.sentence:
            return False  # an enumeration ("5 di Banjar, 3 di Tapin") or a change within one sentence
        if a.day and b.day and not a.day & b.day:
            return False
        if a.period != b.period and not (THIS in a.key[1] + b.key[1] and all(p.endswith(" ini") for p in a.period ^ b.period)):
            return False  # "musim ini" beside "kekalahan 1-3 ini" is the story's own season
        # A subject's statement names its place in its sentence or the one before it.
        return _scopes_agree(a, b, text, sentences, before=True)

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
                    related=[(earlier.start, earlier.end, N_("the same quantity with another value"))],
                    subject=self.rule.localize(self.templates[statement.subject][0], doc.ui_lang),
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
        if self.game_templates:
            yield from self.game_scores(doc, reported)

    # -- one game of a match -------------------------------------------------------------
    def game_scores(self, doc, reported: set[int]):
        """A game closed with a score ("Raka menutup gim ketiga dengan skor 21-13") that is not
        that game in the match's result by games, stated in another sentence ("mengalahkan
        Mikkel Sørvang dengan skor 21-17, 19-21, 21-15"). Only a game closed is read (a score
        within a game, "tertinggal 11-15 pada gim ketiga", is no result of it), and only when
        one result has that game and names the player or team named before the game (a
        doubles pair's "18-21, 16-21" is not the singles player's result), in a sentence of
        the same day, period and round (_same_match)."""
        if self._games is None:
            self._games = [self._compile(t, "games") for t in self.game_templates]
            self._result_scores = self._compile("{score}", "games")
        text = doc.plain
        results = []
        for m in self._finditer(self._result_scores, text, self._text_starts(doc)):
            value = self._value(m)
            if value and isinstance(value[0], tuple) and not (m.start() and text[m.start() - 1] in "-–/.,0123456789"):
                results.append((m, value, doc._index(doc.sentences, m.start())))
        if not results:
            return
        for layout in self._games:
            for m in self._finditer(layout, text, self._text_starts(doc)):
                start, end = m.span("quantity")
                game = self.game_ordinals.get(_norm(m.group("game")))
                i = doc._index(doc.sentences, start)
                if game is None or i is None or start in reported or doc.in_quotation(start, end):
                    continue
                score = self._value(m)
                # The player or team named before the game ("Raka menutup gim ketiga"; not "Di" opening
                # "Di laga lain, Ginting ..."): the result must name them too.
                names = [n.group().split()[0] for n in _NAME_PATTERN.finditer(text, doc.sentences[i].start, m.start())
                         if n.group().split()[0].casefold() not in self.env.stopwords]
                candidates = [r for r in results if r[2] != i and len(r[1]) >= game and (not names or regex.search(
                    rf"(?<!\p{{L}}){regex.escape(names[-1])}(?!\p{{L}})", text[doc.sentences[r[2]].start:doc.sentences[r[2]].end]))]
                if len(candidates) != 1 or not score or isinstance(score[0], tuple):
                    continue
                result, sets, k = candidates[0]
                if sets[game - 1] == score or not self._same_match(text, doc.sentences[k], doc.sentences[i]):
                    continue
                reported.add(start)
                yield self.finding(
                    doc, start, end, message=self.game_message,
                    related=[(result.start("quantity"), result.end("quantity"), N_("the same quantity with another value"))],
                    subject="the score", value=doc.text[start:end],
                    other_value=doc.text[result.start("quantity"):result.end("quantity")], other_line=doc.line_of(result.start()),
                )

    def _same_match(self, text: str, result, game) -> bool:
        """The game's sentence names no other day, period ("musim lalu", "pertemuan pertama")
        or round ("Di semifinal, ...") than the result's sentence: else it is another match."""
        (result_days, result_periods), (days, periods) = (self._times(text[s.start:s.end]) for s in (result, game))
        rounds = [{_norm(m.group()) for m in self.game_rounds.finditer(text, s.start, s.end)} if self.game_rounds else set()
                  for s in (result, game)]
        return days <= result_days and periods <= result_periods and rounds[1] <= rounds[0]

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
                related=[(other.start, other.end, N_("the same figure written differently"))],
                subject="the figure", value=doc.text[figure.start:figure.end], other_value=doc.text[other.start:other.end],
                other_line=doc.line_of(other.start),
            )

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

    def _slip_of(self, figure: Figure, groups: dict[str, list[Figure]], headline_end: int) -> tuple[Figure, bool] | None:
        """The figure this one is a slip of, and whether a digit was dropped or added."""
        for number, members in groups.items():
            kind = _slip(figure.number, number, self.decimal)
            if kind is None:
                continue
            if len(members) == 1 and not _first_is_slip(figure, members[0], headline_end):
                continue  # one each: the other one is the slip
            others = [o for o in members if o.sentence != figure.sentence and _same_time(o, figure) and _slip_cues(o, figure)
                      and _result_first(*sorted((o, figure), key=lambda f: f.start))
                      and not ((o.result or figure.result) and _heads_apart(o, figure))
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
            # ... or the noun of the act the other's noun did ("3.450 pengungsi", "4.350 warga mengungsi").
            exact += [o for o in others if self._doers(o, figure)]
            if exact and kind == "swapped" and len(_NON_DIGITS.sub("", figure.number).rstrip("0")) >= 3:
                return exact[0], False
            if alike and len(words) >= 3:
                return alike[0], kind == "dropped"
        return None

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

    def _doers(self, a: Figure, b: Figure) -> bool:
        """One side counts a derived noun of a verb's stem, the other a noun doing that verb
        ("3.450 pengungsi" / "4.350 warga mengungsi"; "pekerja" / "buruh bekerja"): one group."""
        if a.unit[1:] != b.unit[1:] or a.counted or b.counted or not (a.unit[0] and b.unit[0]):
            return False
        for one, other in ((a, b), (b, a)):
            stem = self.stem(one.unit[0])
            if other.act and stem != one.unit[0] and stem == other.act and _LETTERS.fullmatch(one.unit[0]):
                return True
        return False

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
        # A headline's figure is compared as an earlier statement only: the body states it in full.
        figures = [f for f in self._figures(doc)
                   if not f.running and f.value and f.unit[0] not in self.skip_units
                   and (f.keys or len(values[(f.unit, f.rate)]) < self.series)]
        # Two figures of one unit in a sentence are a list ("5,00 persen dan ... 6,50 persen"):
        # each is about something else.
        per_sentence: dict[tuple, int] = {}
        for f in figures:
            per_sentence[(f.sentence, f.unit)] = per_sentence.get((f.sentence, f.unit), 0) + 1
        figures = [f for f in figures if per_sentence[(f.sentence, f.unit)] == 1]
        for k, figure in enumerate(figures):
            if figure.start in reported or figure.start < headline:
                continue
            for earlier in figures[:k]:
                if earlier.start < headline and earlier.start in reported:
                    continue  # the headline's figure is already reported (a slip of this one's digits)
                if not _result_first(earlier, figure):
                    continue  # a value after a change, stated after the value before it
                keyed = self._keyed(figure, earlier)
                if keyed is None and (len(values[(figure.unit, figure.rate)]) >= self.series or figure.short or earlier.short):
                    continue
                if not (self._restates_keyed(figure, earlier, keyed, doc) if keyed is not None else self._restates(figure, earlier, doc)):
                    continue
                yield self.finding(
                    doc, figure.start, figure.end, message=self.restated_message,
                    related=[(earlier.start, earlier.end, N_("the same figure with another value"))],
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
                related=[(earlier.start, earlier.end, N_("the count stated before"))],
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
        if earlier.rate != figure.rate or not (earlier.clause_cues == figure.clause_cues or earlier.clause_cues & figure.clause_cues
                                               or self._cue_of_the_act(earlier, figure, kinds)):
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
            part_value, whole_value = _estimates(parts[0], whole)
            return part_value[0] > whole_value[1] and _scopes_agree(earlier, figure, doc.plain, doc.sentences, lead=True)
        if len(parts) == 2 and (earlier.part, earlier.narrowed) != (figure.part, figure.narrowed):
            return False  # two parts of different kinds: which is whose part is unknown
        if kinds == {"since"} and earlier.predicates and figure.predicates and not earlier.predicates & figure.predicates:
            return False
        if not _scopes_agree(earlier, figure, doc.plain, doc.sentences, lead=True):
            return False
        return self._disagree(earlier, figure)

    @staticmethod
    def _cue_of_the_act(earlier: Figure, figure: Figure, kinds: frozenset) -> bool:
        """A figure named by what was done to it, in a relative clause ("akan mendata ulang
        4.300 hektare sawah yang terendam"), beside the figure of that act ("merendam 3.400
        hektare sawah"): a plan or forecast there is about the new act (the survey), not the
        set, which already exists. Only exclusion cues ("akan"), never a change."""
        if "verb" not in kinds:
            return False
        cued = [f for f in (earlier, figure) if f.clause_cues]
        return len(cued) == 1 and cued[0].part and not cued[0].clause_change

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
        return not self._agree(*_estimates(earlier, figure))

    def _restates(self, figure: Figure, earlier: Figure, doc) -> bool:
        if earlier.sentence == figure.sentence or self._agree(earlier.value, figure.value):
            return False
        # "13.000 orang" restates "18.000 wisatawan" when its own words name the wisatawan.
        alike = _counted_alike(earlier, figure) and any(
            f.unit[0] in g.words or f.unit[0] in self.classified.get(g.classifier, ())
            for f, g in ((earlier, figure), (figure, earlier)) if not f.counted)
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
        shared = earlier.stems & figure.stems
        if len(shared) >= self.min_shared + (1 if alike else 0):
            return True
        # Fewer words suffice when the figures look like one slip of the other ("2.400" and
        # "4.200", "5,25" and "52,5"), or when one statement's words are all the other's: the
        # figure said again in fewer words ("... berkapasitas 220 megawatt di wilayah Garissa").
        shaped = _shaped_alike(earlier.number, figure.number, self.decimal)
        within = bool(figure.stems) and (figure.stems <= earlier.stems or earlier.stems <= figure.stems)
        return not alike and len(shared) >= self.min_shared - 1 and (shaped or within)


CHECK = QuantityConsistencyCheck
