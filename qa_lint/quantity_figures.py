"""What quantity-consistency reads and compares: a subject's statement of a quantity, a
figure with a unit and what names it (its keys, cues, times and places), and the tests
that say whether two figures are one quantity and whether two values can both be true.

The check (qa_lint/checks/quantity_consistency.py) reads them with the reader of
qa_lint/quantity_keys.py; these are plain data and functions of them.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

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

THIS = ("\0this",)


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
    result: bool = False  # the value after a change ("menjadi 1.200"): compared only with plain statements after it
    cues: frozenset = frozenset()
    scope: frozenset = frozenset()
    near_period: frozenset = frozenset()
    qualifiers: frozenset = frozenset()
    holder: tuple = ()  # the name nearest before it in its clause ("Deposit Facility ... 5,00 persen")
    stems: frozenset = frozenset()  # stems of the lower-case content words near it (names are holders)
    rate: bool = False  # "1,64 gol di setiap laga": a rate, not the total
    exact: tuple = ()  # the value without "sedikitnya"/"lebih dari": the count an anaphor restates
    bounded: bool = False  # written with a bound ("sekitar", "lebih dari"): an estimate, no known set
    about: float = 0.0  # the number an "about" bound rounds ("sekitar 1.100": 1100), else 0
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
    act: str = ""  # stem of the verb right after its noun ("ungsi" in "4.350 warga mengungsi")
    predicates: frozenset = frozenset()  # stems of the verbs near it ("mencatat", "dibangun")
    names: frozenset = frozenset()  # words of the names before it in its clause
    lead_scope: frozenset = frozenset()  # its scope but for the places of the headline and first paragraph
    names_after: frozenset = frozenset()  # words of a name after it, in a phrase of a preposition ("ke Garut") or in apposition ("pekerja PLTU Cilacap")
    place_names: frozenset = frozenset()  # words of the names before it that a preposition opens ("ke Jepang")
    other: bool = False  # "468.000 penumpang lainnya": another set than the one named before
    short: bool = False  # one digit ("4 meter"): compared through a key only, never an anaphor
    part: bool = False  # "N rumah yang terendam": maybe some of them, never more than all
    narrowed: bool = False  # "N ton ... di lima kabupaten" after the lead: maybe a part too
    classifier: str = ""  # the classifier of a classifier's count ("orang" in "3.150 orang")
    agent: str = ""  # stem of the first word before "VERB N noun" ("tim" in "Tim itu mencetak 21 gol")

    @property
    def currency_or_scale(self) -> bool:
        return bool(self.unit[1] or self.unit[2])


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
    if a.names and b.names and not a.names & b.names:
        return True
    # After it, two names that share a word are still two when neither holds the other
    # ("pekerja PLTU Cilacap" and "pekerja PLTU Rembang"; not "PLTU" and "PLTU Cilacap").
    x, y = a.names_after, b.names_after
    if x and y and not (x <= y or y <= x):
        return True
    # A place a preposition names, before the figure on one side and after it on the other
    # ("3.000 relawan ikut di Jakarta", "Di Bandung, 2.400 relawan ikut"): two places.
    x, y = a.place_names | a.names_after, b.place_names | b.names_after
    return bool(x and y and not x & y)


def _places_apart(a: Figure, b: Figure) -> bool:
    """Both name a place or party in a phrase of a preposition, and no word of them is shared:
    "ekspor kopi ke Jepang" and "ekspor kopi ke Amerika Serikat" (who reports it does not count)."""
    return any(x and y and not x & y for x, y in ((a.place_names, b.place_names), (a.names_after, b.names_after)))


def _slip_cues(a: Figure, b: Figure) -> bool:
    """For a slip of digits, read in each figure's own clause: both plain, both under a change
    cue they share, or both a target or forecast ("ditargetkan ... 3.500", "yang akan ... 5.300")."""
    return (a.clause_change == b.clause_change or bool(a.clause_change & b.clause_change)) and a.clause_exclude == b.clause_exclude


def _result_first(earlier: Figure, later: Figure) -> bool:
    """A value after a change ("bertambah menjadi 1.200") is what the quantity is from then on:
    a plain statement after it restates it, one before it is the value before the change, and
    two results are two steps of the change."""
    if later.result:
        return False
    return not earlier.result or not later.clause_cues


def _heads_apart(a: Figure, b: Figure) -> bool:
    """Noun phrases of one head with two modifiers open the figures' clauses ("Harga cabai ...
    Rp45.000", "Harga bawang Rp54.000"; "utang swasta", "utang pemerintah"): two quantities,
    however alike their digits; none of their phrases is the other's."""
    phrases = [{k[1] for k in f.keys if k[0] == "subject"} for f in (a, b)]
    if phrases[0] & phrases[1]:
        return False
    return any(len(p) >= 2 and len(q) >= 2 and p[0] == q[0] and p[1] != q[1] for p in phrases[0] for q in phrases[1])


def _same_cues(a: Figure, b: Figure) -> bool:
    """Both plain statements, or both under a cue they share ("diperkirakan", "rata-rata"): a
    change or a forecast beside a plain statement is about another moment."""
    return a.cues == b.cues or bool(a.cues & b.cues)


def _scopes_agree(a: Statement | Figure, b: Statement | Figure, text: str, sentences, lead: bool = False,
                  before: bool = False) -> bool:
    """Neither statement is narrowed to a place the other's sentence does not name (with
    `lead`, places of the headline and first paragraph narrow nothing: Figure.lead_scope).
    With `before`, the sentence before the other's counts too: "longsor ... di Kecamatan
    Wera" then "BPBD mencatat tiga warga meninggal dunia" is a toll of Wera."""
    for one, other in ((a, b), (b, a)):
        sentence = sentences[other.sentence]
        opening = sentences[other.sentence - 1].start if before and other.sentence > 0 else sentence.start
        other_text = _norm(text[opening:sentence.end])
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


def _shaped_alike(a: str, b: str, decimal: str) -> bool:
    """Two numbers as written that one slip of a key or a mark turns into each other: two
    digits swapped or one dropped (_slip), the same digits with a mark moved ("1.500"/
    "15.000", "5,25"/"52,5"), or a digit dropped and the length kept ("1.150"/"1.500").
    Each needs two significant digits: "100" and "1.000" are round figures that differ, no
    slip. One digit changed ("14"/"17") is no such evidence: unrelated figures of one unit
    differ so too often (real news, tools/synth_quantity_slips.py)."""
    if a == b:
        return False
    if _slip(a, b, decimal):
        return True
    x, y = _NON_DIGITS.sub("", a), _NON_DIGITS.sub("", b)
    if min(len(x.strip("0")), len(y.strip("0"))) < 2:
        return False
    if len(a) == len(b) and [k for k, c in enumerate(a) if not c.isdigit()] == [k for k, c in enumerate(b) if not c.isdigit()]:
        # A digit dropped and the length kept by a zero ("1.150"/"1.500").
        return any(x[:k] + x[k + 1:] == y[:-1] and y[-1] == "0" or y[:k] + y[k + 1:] == x[:-1] and x[-1] == "0"
                   for k in range(len(x)))
    return x.strip("0") == y.strip("0")
