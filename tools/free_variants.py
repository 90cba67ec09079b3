"""Faithful free-translation variants, and slipped ones, of the clean lines of the
line-aligned English->Indonesian pairs (fixtures/heldout/en-id-round*/ and
fixtures/pair-bebas-*), to measure the pair checks on many more faithful renderings
than the tuning sets hold, and to check that a precision fix costs no recall.

    python3 tools/free_variants.py [--corpus DIR ...] [--only NAME,...] [--jobs 2] [--json] [-v]
    python3 tools/free_variants.py --write-sample tests/data/free-variants-sample.jsonl

A FAITHFUL transformation rewrites a clean line the way a desk does and keeps its
meaning: a date written as numbers, a number in words, "persen" for "%", a scale
written out ("2,5 juta" -> "2.500.000"), a unit spelled out or converted (the source
given in miles), a WIB time given in GMT too, an acronym expanded from the repository's
organisation list, a country given its short Indonesian form (rules/id/data/countries.yaml),
an honorific added, "X, kata Y." turned into "Menurut Y, X." or indirect speech, a
trailing "pada Senin" moved to the front, a name transliterated. A SLIP changes what the
line says: a number, a scale word, a day, month or weekday, a name, a negation or a hedge.
Month and weekday names come from CLDR (Babel), number words from num2words.

Each article is linted with the pair rules only (select en-id), once as it is and once
per variant; a variant gives every clean line at most one transformation (the k-th
applicable one), so a finding on that line is the transformation's. A false alarm is an
error or warning on a faithfully transformed line that the unchanged article does not
have there; a slip is found when a new finding (any severity) lands on its line, and
found by its own check when the rule is of the slip's family.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Optional

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_lint import yamlmarks  # noqa: E402

# Slipped variants of an article: at most this many rounds (each line one slip a round).
SLIP_ROUNDS = 2
DEFAULT_CORPUS = ["fixtures/heldout/en-id-round*", "fixtures/pair-bebas-*"]

# Honorifics an Indonesian desk may put before a person's name the source gives bare.
HONORIFICS = ["Dr.", "Prof."]
# Spelling variants of a transliterated name (Russian, Arabic, Ukrainian names in
# English wire copy): one rule applied, the name keeps its other letters.
TRANSLITERATIONS = [(r"yy\b", "y"), (r"iy\b", "y"), (r"ij\b", "y"), ("kh", "h"), ("ou", "u")]
REPORTING_VERBS = "kata|ujar|ucap|tutur|ungkap|jelas|tambah|imbuh"
FIRST_PERSON = regex.compile(r"\b(saya|aku|kami|kita|Anda|kamu|ku)\b", regex.I)
SOURCE_HEDGES = regex.compile(r"\b(could|may|might|likely|expected|reportedly|possibly|probably|would|appear(?:s|ed)?)\b", regex.I)
SOURCE_NEGATION = regex.compile(r"\b(not|no|never|n't|without|nor|none)\b|n't\b", regex.I)


@dataclass(frozen=True)
class Transform:
    name: str
    kind: str  # faithful | slip
    family: str  # the rule family a slip must be reported by ("" for a faithful one)
    apply: Callable[[str, str], Optional[tuple[str, str]]]  # (source line, target line) -> new pair or None


# -- CLDR and repository data ----------------------------------------------------------------
@lru_cache(maxsize=None)
def months(locale: str, width: str = "wide") -> dict[int, str]:
    from babel.dates import get_month_names

    return dict(get_month_names(width, locale=locale))


@lru_cache(maxsize=None)
def weekdays(locale: str) -> list[str]:
    from babel.dates import get_day_names

    names = get_day_names("wide", locale=locale)
    return [names[i] for i in range(7)]  # Monday first


@lru_cache(maxsize=None)
def number_word(value: int, lang: str = "id") -> str:
    from num2words import num2words

    return num2words(value, lang=lang)


@lru_cache(maxsize=None)
def named_variants(kind: str) -> list[tuple[str, list[str]]]:
    """(name, variants) of rules/id/data/<kind>.yaml (organisations, countries)."""
    data = yamlmarks.safe_load((ROOT / "rules/id/data" / f"{kind}.yaml").read_text(encoding="utf-8"))
    entries = [e for e in data["entries"] if isinstance(e, dict)]  # a bare string is a name with no variants
    return [(e["name"], [str(v) for v in e.get("variants") or []]) for e in entries]


def _acronyms() -> list[tuple[str, str]]:
    """(long Indonesian name, acronym) of the organisation list."""
    pairs = []
    for name, variants in named_variants("organisations"):
        for v in variants:
            if regex.fullmatch(r"\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}[\p{Lu}]*|\p{Lu}{2,}", v) and " " not in v and len(v) <= 8:
                pairs.append((name, v))
                break
    return pairs


def _country_short_forms() -> list[tuple[str, str]]:
    """(Indonesian country name, a shorter form copy uses) from the country list."""
    out = []
    for name, variants in named_variants("countries"):
        short = [v for v in variants if len(v) < len(name) and v.split()[0] != name.split()[0] or v.isupper()]
        if short:
            out.append((name, short[0]))
    return out


# -- helpers -----------------------------------------------------------------------------------
def _sub_once(pattern: str, repl, text: str, flags=0) -> Optional[str]:
    new, n = regex.subn(pattern, repl, text, count=1, flags=flags)
    return new if n and new != text else None


def _target(fn: Callable[[str], Optional[str]]) -> Callable[[str, str], Optional[tuple[str, str]]]:
    def apply(source: str, target: str) -> Optional[tuple[str, str]]:
        new = fn(target)
        return None if new is None else (source, new)

    return apply


def _id_month_alternation() -> str:
    return "|".join(months("id").values())


def _en_month_alternation() -> str:
    return "|".join(months("en").values())


NUMBER = r"(?<![\d/.,:])(\d+(?:,\d+)?)(?![\d/:]|[.,]\d)"


def _not_date_or_year(target: str, m) -> bool:
    after = target[m.end():m.end() + 12]
    value = m.group(1)
    if regex.match(r"\s*(" + _id_month_alternation() + r")\b", after):
        return False
    if regex.fullmatch(r"(19|20)\d\d", value):
        return False
    before = target[max(0, m.start() - 6):m.start()]
    return not regex.search(r"(pukul|jam)\s*$", before)


# -- faithful transformations ------------------------------------------------------------------
def date_numeric(target: str) -> Optional[str]:
    """"19 Juni 2024" -> "19/6/2024" (CLDR Indonesian month names)."""
    index = {name: i for i, name in months("id").items()}

    def repl(m):
        day, month, year = m.group(1), index[m.group(2)], m.group(4)
        return f"{day}/{month}/{year}" if year else f"{day}/{month}"

    return _sub_once(r"\b(\d{1,2}) (" + _id_month_alternation() + r")\b( (\d{4}))?", repl, target)


def month_abbreviated_source(source: str, target: str) -> Optional[tuple[str, str]]:
    """The source's "January 19" written the AP way, "Jan. 19" (CLDR abbreviations; short months stay)."""
    abbreviated = months("en", "abbreviated")

    def repl(m):
        number = next(i for i, n in months("en").items() if n == m.group(1))
        short = abbreviated[number]
        return m.group(0) if len(m.group(1)) <= 5 else f"{short}. {m.group(2)}"

    new = _sub_once(r"\b(" + _en_month_alternation() + r") (\d{1,2})\b", repl, source)
    return None if new is None else (new, target)


def weekday_hari(target: str) -> Optional[str]:
    return _sub_once(r"\bpada (" + "|".join(weekdays("id")) + r")\b", r"pada hari \1", target)


def digits_to_words(target: str) -> Optional[str]:
    for m in regex.finditer(r"(?<![\d/.,:\p{L}-])([2-9]|1[0-2])(?= (?!(?:km|kg|cm|mm|m|ha)\b)\p{Ll}{2,})", target):
        if _not_date_or_year(target, m) and not target[m.end():].startswith((" persen",)):
            return target[:m.start()] + number_word(int(m.group(1))) + target[m.end():]
    return None


def words_to_digits(target: str) -> Optional[str]:
    words = {number_word(v): v for v in range(2, 13)}
    pattern = r"\b(" + "|".join(sorted(words, key=len, reverse=True)) + r")(?= \p{Ll})"
    return _sub_once(pattern, lambda m: str(words[m.group(1).lower()]), target, regex.I)


def scale_to_digits(target: str) -> Optional[str]:
    """"2,5 juta" -> "2.500.000"."""
    scales = {"ribu": 3, "juta": 6, "miliar": 9}

    def repl(m):
        whole, _, frac = m.group(1).partition(",")
        digits = whole + frac
        zeros = scales[m.group(2)] - len(frac)
        if zeros < 0:
            return m.group(0)
        value = int(digits + "0" * zeros)
        return f"{value:,}".replace(",", ".")

    return _sub_once(r"(?<![\d.,])(\d{1,3}(?:,\d{1,2})?) (ribu|juta|miliar)\b", repl, target)


def percent_word(target: str) -> Optional[str]:
    """"5,5%" -> "5,5 persen" (every one in the line, as a desk's style does), or back."""
    for pattern, repl in ((r"(\d)\s?%", r"\1 persen"), (r"(\d) persen\b", r"\1%")):
        new = regex.sub(pattern, repl, target)
        if new != target:
            return new
    return None


UNIT_WORDS = {"km": "kilometer", "kg": "kilogram", "mm": "milimeter", "cm": "sentimeter", "ha": "hektare"}


def unit_spelled(target: str) -> Optional[str]:
    return _sub_once(r"(\d) ?(" + "|".join(UNIT_WORDS) + r")\b", lambda m: f"{m.group(1)} {UNIT_WORDS[m.group(2)]}", target)


def unit_converted_source(source: str, target: str) -> Optional[tuple[str, str]]:
    """The source gives in miles what the translation gives in kilometres (the desk converted)."""
    def repl(m):
        km = float(m.group(1).replace(",", ""))
        miles = km / 1.609344
        written = f"{miles:.0f}" if miles >= 10 else f"{miles:.1f}"
        return f"{written} miles"

    if regex.search(r"\bmiles?\b", source):
        return None  # the source gives both already
    new = _sub_once(r"(\d[\d,]*(?:\.\d+)?)[ -]?(?:km|kilometres|kilometers|kilometre|kilometer)\b", repl, source)
    return None if new is None else (new, target)


def time_gmt(target: str) -> Optional[str]:
    """"pukul 10.00 WIB" -> "pukul 10.00 WIB (03.00 GMT)" (WIB is UTC+7)."""
    def repl(m):
        hour = (int(m.group(2)) - 7) % 24
        return f"{m.group(0)} ({hour:02d}.{m.group(3)} GMT)"

    return _sub_once(r"\b(pukul|jam) (\d{1,2})[.:](\d\d) WIB\b(?! \()", repl, target)


def acronym_expanded(target: str) -> Optional[str]:
    for name, acronym in _acronyms():
        if regex.search(rf"\b{regex.escape(name)} \({regex.escape(acronym)}\)", target):
            return target.replace(f"{name} ({acronym})", acronym, 1)
        if name not in target:
            new = _sub_once(rf"(?<![\p{{L}}(]){regex.escape(acronym)}\b(?!\))", f"{name} ({acronym})", target)
            if new:
                return new
    return None


def country_short(target: str) -> Optional[str]:
    for name, short in _country_short_forms():
        new = _sub_once(rf"\b{regex.escape(name)}\b", short, target)
        if new:
            return new
    return None


# A person in the source: two or three capitalised words that say or are something
# ("said Keiko Sasaki", "Meera Iyer, a lawyer", "Slamet Riyadi said").
PERSON = (r"(?:\b(?:said|told|by)\s+|\b(?:minister|spokesman|spokeswoman|spokesperson|official|director|chief|analyst|economist|lawyer|coach|president|governor|head)\s+)"
          r"(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2})(?! \p{Lu})|(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2})(?=,? (?:said|told|who|an?|the) )")


def honorific(source: str, target: str) -> Optional[tuple[str, str]]:
    for m in regex.finditer(PERSON, source):
        name = m.group(1) or m.group(2)
        if any(words_known(w.lower()) for w in name.split()):
            continue
        at = regex.search(rf"(?<![\p{{L}}.] ?){regex.escape(name)}\b", target)
        if at:
            title = HONORIFICS[len(name) % len(HONORIFICS)]
            return source, target[:at.start()] + f"{title} " + target[at.start():]
    return None


def _lower_first(text: str) -> str:
    first = text.split(" ", 1)[0]
    return text if regex.match(r"\p{Lu}{2}|\p{Lu}\p{Ll}*\p{Lu}", first) else text[:1].lower() + text[1:]


def attribution_front(target: str) -> Optional[str]:
    """"X, kata Y." -> "Menurut Y, x." (not a quotation)."""
    m = regex.fullmatch(rf"([^“”\"]+?), (?:{REPORTING_VERBS}) ([^,.“”\"]+)\.(\s*)", target)
    if not m or regex.match(r"\p{Lu}+.{0,40} [-–—] ", target):  # a dateline stays first
        return None
    return f"Menurut {m.group(2)}, {_lower_first(m.group(1))}.{m.group(3)}"


def indirect_speech(target: str) -> Optional[str]:
    """'“X,” kata Y.' -> 'Y mengatakan bahwa x.' when X is in the third person."""
    m = regex.fullmatch(rf"[“\"]([^“”\"]+?)[,.]?[”\"],? (?:{REPORTING_VERBS}) ([^,.“”\"]+)\.(\s*)", target)
    if not m or FIRST_PERSON.search(m.group(1)):
        return None
    return f"{m.group(2)} mengatakan bahwa {_lower_first(m.group(1))}.{m.group(3)}"


def time_adverbial_front(target: str) -> Optional[str]:
    """"..., pada Senin (20/1)." -> "Pada Senin (20/1), ...": the clause order of Indonesian copy."""
    m = regex.fullmatch(r"(.+?),? (pada (?:hari )?(?:" + "|".join(weekdays("id")) + r")(?: \(\d{1,2}/\d{1,2}(?:/\d{4})?\))?)\.(\s*)", target)
    if not m or "“" in m.group(1):
        return None
    return f"{m.group(2)[0].upper()}{m.group(2)[1:]}, {_lower_first(m.group(1))}.{m.group(3)}"


def transliterated(source: str, target: str) -> Optional[tuple[str, str]]:
    for m in regex.finditer(r"\b\p{Lu}\p{Ll}{4,}\b", target):
        word = m.group(0)
        if word not in source or m.start() == 0:
            continue
        if words_known(word.lower()):
            continue
        for pattern, repl in TRANSLITERATIONS:
            new = regex.sub(pattern, repl, word, count=1)
            if new != word:
                return source, target[:m.start()] + new + target[m.end():]
    return None


@lru_cache(maxsize=None)
def _common_words() -> frozenset[str]:
    words = set()
    for path in ("rules/id/data/words.txt",):
        for line in (ROOT / path).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                words.add(line.split()[0].lower())
    return frozenset(words)


def words_known(word: str) -> bool:
    return word in _common_words()


# Subordinate conjunctions whose clause an Indonesian desk moves to the front of its
# sentence ("..., setelah X." -> "Setelah X, ...").
SUBORDINATORS = "setelah|sesudah|karena|saat|ketika|meskipun|meski|walaupun|sebelum|jika|seiring|usai|sejak"


def clause_reordered(target: str) -> Optional[str]:
    """"A, setelah B." / "A setelah B." -> "Setelah B, a." (the subordinate clause first)."""
    m = regex.fullmatch(rf"(.{{12,}}?),? ({SUBORDINATORS}) ([^,;:“”\"]{{8,}})\.(\s*)", target)
    if not m or regex.search(r"[“”\"]| [-–—] |:", m.group(1)) or regex.match(r"\p{Lu}{3,}", target):
        return None
    sub = m.group(2)
    return f"{sub[0].upper()}{sub[1:]} {m.group(3)}, {_lower_first(m.group(1))}.{m.group(4)}"


# Offices of rules/common/data/leaders.tsv, as Indonesian copy writes them before a name.
OFFICES = {"president": "Presiden", "prime-minister": "Perdana Menteri", "foreign-minister": "Menteri Luar Negeri",
           "chancellor": "Kanselir", "vice-president": "Wakil Presiden"}


@lru_cache(maxsize=None)
def _leaders() -> list[tuple[str, str, str]]:
    """(name or variant, country code, first office) of the leaders table."""
    out = []
    for line in (ROOT / "rules/common/data/leaders.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        office = cols[2].split(";")[0].strip()
        if office in OFFICES:
            for name in [cols[0]] + [v for v in cols[4].split("|") if v]:
                out.append((name, cols[1], office))
    return sorted(out, key=lambda row: -len(row[0]))


@lru_cache(maxsize=None)
def country_name(code: str) -> str:
    from babel import Locale

    return str(Locale("id").territories.get(code, code))


def office_added(target: str) -> Optional[str]:
    """A head of state or government named bare gets the office and country a desk adds
    ("Putin" -> "Presiden Rusia Putin"; the office is the leaders table's)."""
    leaders = {name: (code, office) for name, code, office in _leaders()}
    at = regex.search(rf"(?<!\p{{Lu}}[\p{{L}}.]* )\b({_alternation(tuple(leaders))})\b", target)
    if not at:
        return None
    code, office = leaders[at.group(1)]
    title = f"{OFFICES[office]} {country_name(code)}"
    return None if title in target else target[:at.start()] + f"{title} " + target[at.start():]


def time_wib(target: str) -> Optional[str]:
    """A GMT time given in WIB, as Indonesian copy does: "pukul 03.00 GMT" -> "pukul 10.00 WIB"."""
    def repl(m):
        return f"{(int(m.group(1)) + 7) % 24:02d}.{m.group(2)} WIB"

    return _sub_once(r"\b(\d{1,2})[.:](\d\d) GMT\b", repl, target)


def acronym_shortened(target: str) -> Optional[str]:
    """An organisation's long name, written bare, shortened to its acronym ("Bank Dunia" stays;
    "Komisi Pemberantasan Korupsi" -> "KPK")."""
    for name, acronym in _acronyms():
        if acronym in target:
            continue
        new = _sub_once(rf"(?<![\p{{L}}]){regex.escape(name)}\b(?! \()", acronym, target)
        if new:
            return new
    return None


def rupiah_added(target: str) -> Optional[str]:
    """A dollar amount converted into rupiah in brackets, as desks do (Rp16.000 a dollar)."""
    scales = {"juta": 6, "miliar": 9, "triliun": 12}
    m = regex.search(r"(?<![\d,.(])(?:(?:US\$|\$)\s?(\d+(?:,\d+)?) (juta|miliar|triliun)\b|(\d+(?:,\d+)?) (juta|miliar|triliun) dolar(?: AS)?+)(?![\p{L}(]| \()", target)
    if not m:
        return None
    number, scale = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    rupiah = float(number.replace(",", ".")) * 10 ** scales[scale] * 16_000
    for word, power in (("triliun", 12), ("miliar", 9), ("juta", 6)):
        if rupiah >= 10 ** power:
            written = f"{rupiah / 10 ** power:.1f}".rstrip("0").rstrip(".").replace(".", ",")
            return target[:m.end()] + f" (sekitar Rp{written} {word})" + target[m.end():]
    return None


def scale_converted(target: str) -> Optional[str]:
    """"1,5 miliar" -> "1.500 juta", "2 triliun" -> "2.000 miliar": the same amount one scale down."""
    lower = {"miliar": "juta", "triliun": "miliar"}

    def repl(m):
        whole, _, frac = m.group(1).partition(",")
        value = int(whole + frac.ljust(3, "0")) if len(frac) <= 3 else None
        if value is None:
            return m.group(0)
        return f"{value:,}".replace(",", ".") + f" {lower[m.group(2)]}"

    return _sub_once(r"(?<![\d.,])(\d(?:,\d{1,2})?) (miliar|triliun)\b", repl, target)


@lru_cache(maxsize=None)
def _provinces_and_cities() -> tuple[list[str], list[str]]:
    provinces, cities = [], []
    for line in (ROOT / "rules/id/data/wilayah.tsv").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) >= 3 and cols[1] == "provinsi":
            provinces.append(cols[2])
        elif len(cols) >= 3 and cols[1] == "kota":
            cities.append(cols[2])
    return sorted(provinces, key=len, reverse=True), sorted(cities, key=len, reverse=True)


@lru_cache(maxsize=None)
def _alternation(names: tuple[str, ...]) -> str:
    return "|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True))


def classifier_added(target: str) -> Optional[str]:
    """The kind of a place said before it, as Indonesian copy often does: "di Jawa Tengah" ->
    "di Provinsi Jawa Tengah", "Semarang" -> "Kota Semarang" (the Kemendagri regions)."""
    provinces, cities = _provinces_and_cities()
    for names, word in ((provinces, "Provinsi"), (cities, "Kota")):
        new = _sub_once(rf"(?<=\b(?:di|ke|dari|warga|wilayah) )\b({_alternation(tuple(names))})\b(?! (?:Utara|Selatan|Barat|Timur|Tengah|Raya)\b)",
                        rf"{word} \1", target)
        if new:
            return new
    return None


# English negatives an Indonesian desk renders with "tidak": the negative word of the
# translation written as "tidak" + its opposite (a litotes that keeps the meaning).
NEGATIVE_RENDERINGS = {"gagal": "tidak berhasil", "sulit": "tidak mudah", "enggan": "tidak mau", "absen": "tidak hadir",
                       "menolak berkomentar": "tidak bersedia berkomentar", "belum jelas": "tidak jelas",
                       "kekurangan": "tidak memiliki cukup", "minim": "tidak banyak"}


def negative_rendered(target: str) -> Optional[str]:
    for word, rendering in sorted(NEGATIVE_RENDERINGS.items(), key=lambda kv: -len(kv[0])):
        new = _sub_once(rf"\b{regex.escape(word)}\b", rendering, target)
        if new:
            return new
    return None


# English negatives said without "not", which the translation's "tidak"/"belum" renders faithfully.
SOURCE_NEGATIVES = [(r"\bdid not\b", "failed to"), (r"\bcould not\b", "was unable to"), (r"\bis not\b", "isn't"),
                    (r"\bwill not\b", "won't"), (r"\bwas not\b", "wasn't"), (r"\bdoes not\b", "doesn't")]


def negative_source(source: str, target: str) -> Optional[tuple[str, str]]:
    """The source's negation said another way ("did not" -> "failed to", "could not" -> "was unable
    to", "is not" -> "isn't"), the translation's "tidak" kept."""
    for pattern, repl in SOURCE_NEGATIVES:
        new = _sub_once(pattern, repl, source)
        if new:
            return new, target
    return None


FUNCTION_WORDS_ID = {"di", "ke", "dari", "dan", "atau", "yang", "untuk", "pada", "dengan", "dalam", "oleh", "atas", "bagi", "kepada", "sebagai", "akan", "itu", "ini"}


def headline_title_case(source: str, target: str) -> Optional[tuple[str, str]]:
    """A headline (line 1: no final stop) in Title Case, as many outlets write it."""
    if target.rstrip().endswith((".", "”", '"')) or len(target.split()) < 4 or not source.strip():
        return None
    words = target.split(" ")
    cased = [w if i and w.lower() in FUNCTION_WORDS_ID else (w[:1].upper() + w[1:]) for i, w in enumerate(words)]
    new = " ".join(cased)
    return None if new == target else (source, new)


@lru_cache(maxsize=None)
def _verb_idioms() -> list[tuple[str, str]]:
    """(English idiom in its base form, its proper Indonesian rendering) for the verb idioms of
    rules/en-id/data/idioms.yaml: those whose proper rendering is an Indonesian verb."""
    data = yamlmarks.safe_load((ROOT / "rules/en-id/data/idioms.yaml").read_text(encoding="utf-8"))
    out = []
    for e in data["entries"]:
        proper = e["proper"][0] if isinstance(e["proper"], list) else e["proper"]
        first = e["source"].split()[0]
        if e.get("require") or first.lower() in ("the", "a", "an", "all", "when", "in", "on", "at", "out", "no", "not"):
            continue
        if regex.fullmatch(r"(?:me|ber|ter|di)\p{Ll}{3,}", proper.split()[0]):
            out.append((e["source"].replace("one's", "its").replace("someone", "them").replace("something", "it"), proper))
    return out


def idiom_rendered(source: str, target: str) -> Optional[tuple[str, str]]:
    """A sentence with an idiom of the lexicon, rendered by its proper Indonesian equivalent,
    appended to the line ("The company will pave the way." / "Perusahaan itu akan membuka jalan bagi ...")."""
    idioms = _verb_idioms()
    if not idioms or not target.rstrip().endswith((".", "”")):
        return None
    idiom, proper = idioms[len(target) % len(idioms)]
    return f"{source} The company will {idiom}.", f"{target} Perusahaan itu akan {proper}."


# -- slips -------------------------------------------------------------------------------------
def number_changed(target: str) -> Optional[str]:
    for m in regex.finditer(NUMBER, target):
        if not _not_date_or_year(target, m):
            continue
        value = m.group(1)
        last = int(value[-1])
        return target[:m.start(1)] + value[:-1] + str((last + 3) % 10) + target[m.end(1):]
    return None


def scale_changed(target: str) -> Optional[str]:
    swap = {"ribu": "juta", "juta": "miliar", "miliar": "triliun", "triliun": "miliar"}
    return _sub_once(r"(?<=\d )(ribu|juta|miliar|triliun)\b", lambda m: swap[m.group(1)], target)


def date_changed(target: str) -> Optional[str]:
    names = months("id")
    index = {name: i for i, name in names.items()}
    new = _sub_once(r"\b(\d{1,2}) (" + _id_month_alternation() + r")\b",
                    lambda m: f"{m.group(1)} {names[index[m.group(2)] % 12 + 1]}", target)
    if new:
        return new
    days = weekdays("id")
    return _sub_once(r"\b(" + "|".join(days) + r")\b", lambda m: days[(days.index(m.group(1)) + 1) % 7], target)


def name_changed(source: str, target: str) -> Optional[tuple[str, str]]:
    """A name the source has too, one vowel changed ("Lavrov" -> "Levrov"): a look-alike name."""
    for m in regex.finditer(r"(?<=\p{L}\p{Ll}* )\p{Lu}\p{Ll}{3,}\b", target):
        word = m.group(0)
        if word not in source or words_known(word.lower()):
            continue
        vowels = [i for i, c in enumerate(word) if c in "aeiou" and i > 0]
        if vowels:
            i = vowels[0]
            new = word[:i] + {"a": "o", "e": "a", "i": "e", "o": "a", "u": "i"}[word[i]] + word[i + 1:]
            return source, target[:m.start()] + new + target[m.end():]
    return None


def negation_dropped(source: str, target: str) -> Optional[tuple[str, str]]:
    if not SOURCE_NEGATION.search(source):
        return None
    new = _sub_once(r"\b(tidak|tak|belum|bukan) (?=\p{Ll})", "", target)
    return None if new is None else (source, new)


def negation_added(source: str, target: str) -> Optional[tuple[str, str]]:
    if SOURCE_NEGATION.search(source):
        return None
    new = _sub_once(r"(?<=\p{Ll} )(?=(?:me|ber|di)\p{Ll}{4,}\b)", "tidak ", target)
    return None if new is None else (source, new)


def hedge_dropped(source: str, target: str) -> Optional[tuple[str, str]]:
    if not SOURCE_HEDGES.search(source):
        return None
    new = (_sub_once(r"\b(kemungkinan besar|kemungkinan|mungkin|diperkirakan|dilaporkan|diduga) (?=\p{Ll})", "", target)
           or _sub_once(r"\b(bisa|dapat|berpotensi)\b", "akan", target))
    return None if new is None else (source, new)


# Hedges a source may carry where the translation states a plain fact: inserted before
# the source's first past-tense verb, or "will" weakened to "could".
SOURCE_HEDGE_WORDS = ["reportedly", "allegedly", "likely", "possibly"]
ID_HEDGES = regex.compile(r"\b(mungkin|kemungkinan|diduga|dikabarkan|kabarnya|konon|disebut|dilaporkan|diperkirakan|diyakini|berpotensi|berpeluang|bisa|dapat|tampaknya|sepertinya)\b", regex.I)


def modality_dropped(source: str, target: str) -> Optional[tuple[str, str]]:
    """The source hedges ("could", "reportedly", "is expected to") what the translation states as
    fact: the hedge added to the source, the translation, which has none, kept."""
    if SOURCE_HEDGES.search(source) or ID_HEDGES.search(target):
        return None
    new = _sub_once(r"\bwill\b", "could", source) or _sub_once(r"\bwould\b", "might", source)
    if new is None:
        m = regex.search(r"(?<=\b(?:\p{Lu}\p{L}+|it|they|he|she|which|who) )(\p{Ll}{3,}ed)\b", source)
        if m:
            hedge = SOURCE_HEDGE_WORDS[len(source) % len(SOURCE_HEDGE_WORDS)]
            new = source[:m.start()] + f"{hedge} " + source[m.start():]
    if new is None:
        new = _sub_once(r"\b(is|are)\b(?= \p{Ll})", lambda m: f"{m.group(1)} expected to be", source)
    return None if new is None else (new, target)


# Clauses a translation adds that its source does not have, by what they add.
ADDED_FIGURES = [" senilai Rp4,7 triliun", " yang melibatkan sekitar 3.200 orang", ", naik 14 persen dibandingkan tahun lalu"]
ADDED_CAUSES = [" karena cuaca buruk", " akibat kenaikan harga bahan bakar", " lantaran kekurangan anggaran"]
ADDED_CLAIMS = [", yang sebelumnya telah ditolak oleh parlemen", " dan menyebutnya sebagai langkah yang keliru",
                ", sesuatu yang belum pernah terjadi sebelumnya", " dan akan segera diikuti oleh daerah lain"]
ADDED_NAMES = [", kata Menteri Keuangan Sri Mulyani Indrawati", " bersama Bank Dunia", " di Surabaya"]


def _before_final_stop(target: str, clause: str) -> Optional[str]:
    m = regex.fullmatch(r"(.*[^.”\"\s])\.(\s*)", target, flags=regex.S)
    if not m or regex.search(r"[“”\"]", m.group(1)[-40:]):
        return None
    return f"{m.group(1)}{clause}.{m.group(2)}"


def _adder(clauses: list[str], absent: Callable[[str, str], bool]) -> Callable[[str, str], Optional[tuple[str, str]]]:
    def apply(source: str, target: str) -> Optional[tuple[str, str]]:
        clause = clauses[len(target) % len(clauses)]
        if not absent(source, clause):
            return None
        new = _before_final_stop(target, clause)
        return None if new is None else (source, new)

    return apply


def _no_figure(source: str, clause: str) -> bool:
    return True


def _no_cause(source: str, clause: str) -> bool:
    return not regex.search(r"\b(because|due to|owing to|after|amid|as|since|for)\b", source, regex.I)


def _name_absent(source: str, clause: str) -> bool:
    return not any(w in source for w in ("Mulyani", "World Bank", "Surabaya"))


@lru_cache(maxsize=None)
def _swappable() -> list[list[str]]:
    """Groups of names of one kind (organisations, countries, provinces, Indonesian cities):
    a name may be swapped for the next one of its group."""
    orgs = [name for name, _ in named_variants("organisations") if len(name.split()) >= 2]
    countries = [name for name, _ in named_variants("countries")]
    provinces, cities = _provinces_and_cities()
    return [orgs, countries, provinces, [c for c in cities if " " not in c]]


def entity_swapped(source: str, target: str) -> Optional[tuple[str, str]]:
    """A name of the translation replaced by another real one of the same kind (the next of
    its list): "Kejaksaan Agung" -> "Komisi Pemberantasan Korupsi", "Jawa Tengah" -> "Jawa Timur"."""
    for group in _swappable():
        m = regex.search(rf"(?<![\p{{L}}])({_alternation(tuple(group))})(?![\p{{L}}])(?! (?:Utara|Selatan|Barat|Timur|Tengah|Raya)\b)", target)
        if not m:
            continue
        i = group.index(m.group(1))
        other = next(o for o in group[i + 1:] + group[:i] if o not in target and o not in source)
        return source, target[:m.start()] + other + target[m.end():]
    return None


@lru_cache(maxsize=None)
def _people() -> list[str]:
    data = yamlmarks.safe_load((ROOT / "rules/common/data/people.yaml").read_text(encoding="utf-8"))
    return [e["name"] for e in data["entries"] if isinstance(e, dict) and len(e["name"].split()) == 2]


def person_swapped(source: str, target: str) -> Optional[tuple[str, str]]:
    """A person of the source (two capitalised words the source has too, not dictionary words)
    replaced by another real person (rules/common/data/people.yaml)."""
    for m in regex.finditer(r"(?<![\p{L}] ?)\b(\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)\b(?! \p{Lu})", target):
        name = m.group(1)
        if m.start() == 0 or name not in source or any(words_known(w.lower()) for w in name.split()):
            continue
        people = _people()
        other = people[sum(map(ord, name)) % len(people)]
        return source, target[:m.start()] + other + target[m.end():]
    return None


TRANSFORMS = [
    Transform("date-numeric", "faithful", "", _target(date_numeric)),
    Transform("month-abbreviated-source", "faithful", "", month_abbreviated_source),
    Transform("weekday-hari", "faithful", "", _target(weekday_hari)),
    Transform("digits-to-words", "faithful", "", _target(digits_to_words)),
    Transform("words-to-digits", "faithful", "", _target(words_to_digits)),
    Transform("scale-to-digits", "faithful", "", _target(scale_to_digits)),
    Transform("percent-word", "faithful", "", _target(percent_word)),
    Transform("unit-spelled", "faithful", "", _target(unit_spelled)),
    Transform("unit-converted-source", "faithful", "", unit_converted_source),
    Transform("time-gmt", "faithful", "", _target(time_gmt)),
    Transform("acronym-expanded", "faithful", "", _target(acronym_expanded)),
    Transform("country-short", "faithful", "", _target(country_short)),
    Transform("honorific", "faithful", "", honorific),
    Transform("attribution-front", "faithful", "", _target(attribution_front)),
    Transform("indirect-speech", "faithful", "", _target(indirect_speech)),
    Transform("time-adverbial-front", "faithful", "", _target(time_adverbial_front)),
    Transform("transliterated", "faithful", "", transliterated),
    Transform("clause-reordered", "faithful", "", _target(clause_reordered)),
    Transform("office-added", "faithful", "", _target(office_added)),
    Transform("time-wib", "faithful", "", _target(time_wib)),
    Transform("acronym-shortened", "faithful", "", _target(acronym_shortened)),
    Transform("rupiah-added", "faithful", "", _target(rupiah_added)),
    Transform("scale-converted", "faithful", "", _target(scale_converted)),
    Transform("classifier-added", "faithful", "", _target(classifier_added)),
    Transform("negative-rendered", "faithful", "", _target(negative_rendered)),
    Transform("negative-source", "faithful", "", negative_source),
    Transform("headline-title-case", "faithful", "", headline_title_case),
    Transform("idiom-rendered", "faithful", "", idiom_rendered),
    Transform("number-changed", "slip", "en-id.numbers", _target(number_changed)),
    Transform("scale-changed", "slip", "en-id.numbers", _target(scale_changed)),
    Transform("date-changed", "slip", "en-id.dates", _target(date_changed)),
    Transform("name-changed", "slip", "en-id.entity", name_changed),
    Transform("negation-dropped", "slip", "en-id.negation", negation_dropped),
    Transform("negation-added", "slip", "en-id.negation", negation_added),
    Transform("hedge-dropped", "slip", "en-id.modality", hedge_dropped),
    Transform("modality-dropped", "slip", "en-id.modality", modality_dropped),
    Transform("figure-added", "slip", "en-id.numbers", _adder(ADDED_FIGURES, _no_figure)),
    Transform("cause-added", "slip", "en-id.addition", _adder(ADDED_CAUSES, _no_cause)),
    Transform("claim-added", "slip", "en-id.addition", _adder(ADDED_CLAIMS, _no_figure)),
    Transform("name-added", "slip", "en-id.entity", _adder(ADDED_NAMES, _name_absent)),
    Transform("entity-swapped", "slip", "en-id.entity", entity_swapped),
    Transform("person-swapped", "slip", "en-id.entity", person_swapped),
]


# -- corpus and variants -----------------------------------------------------------------------
@dataclass
class Article:
    name: str
    source: list[str]  # lines with their ends
    target: list[str]
    clean: list[int]  # 1-based clean line numbers


def corpus(patterns: list[str]) -> list[Article]:
    articles = []
    for pattern in patterns:
        for spec_path in sorted(ROOT.glob(pattern + ".expected.yaml")) + sorted(ROOT.glob(pattern + "/*.expected.yaml")):
            spec = yamlmarks.safe_load(spec_path.read_text(encoding="utf-8"))
            folder = spec_path.parent
            if not spec.get("source") or not str(spec["file"]).endswith(".txt"):
                continue
            source = (folder / spec["source"]).read_text(encoding="utf-8").splitlines(keepends=True)
            target = (folder / spec["file"]).read_text(encoding="utf-8").splitlines(keepends=True)
            if len(source) != len(target):
                continue  # not line-aligned
            clean = list(range(1, len(target) + 1)) if spec.get("clean") else list(spec.get("clean_lines") or [])
            articles.append(Article(str(spec_path.relative_to(ROOT)).removesuffix(".expected.yaml"), source, target, clean))
    return articles


def line_variants(article: Article, transforms: list[Transform]) -> dict[int, list[tuple[Transform, str, str]]]:
    """For each clean line, the transformations that apply and what they make of it."""
    out: dict[int, list] = {}
    for number in article.clean:
        src, tgt = article.source[number - 1], article.target[number - 1]
        applied = []
        for t in transforms:
            made = t.apply(src.rstrip("\n"), tgt.rstrip("\n"))
            if made is not None:
                ends_s, ends_t = src[len(src.rstrip("\n")):], tgt[len(tgt.rstrip("\n")):]
                applied.append((t, made[0] + ends_s, made[1] + ends_t))
        if applied:
            out[number] = applied
    return out


def _lint(linter, source: str, target: str) -> dict[int, set[tuple[str, str, str]]]:
    from qa_lint import bilingual

    result = bilingual.lint_texts(linter, target, source, source_language="en", language="id")
    by_line: dict[int, set] = defaultdict(set)
    for f in result.findings:
        by_line[f.line].add((f.rule, f.severity, f.match))
    return by_line


def measure_article(article: Article, transforms: list[Transform], linter=None) -> list[dict]:
    """One record per (line, transformation): the new findings on the line."""
    from qa_lint.api import Linter, Options

    linter = linter or Linter(Options(select=["en-id"]))
    variants = line_variants(article, transforms)
    if not variants:
        return []
    base = _lint(linter, "".join(article.source), "".join(article.target))
    records = []
    for kind, cap in (("faithful", None), ("slip", SLIP_ROUNDS)):
        rounds = max((len([v for v in vs if v[0].kind == kind]) for vs in variants.values()), default=0)
        for k in range(min(rounds, cap or rounds)):
            source, target = list(article.source), list(article.target)
            changed = {}
            for number, vs in variants.items():
                of_kind = [v for v in vs if v[0].kind == kind]
                if k < len(of_kind):
                    # Capped rounds start each line at another slip, so every kind is tried somewhere.
                    t, src, tgt = of_kind[(k + number) % len(of_kind)] if cap else of_kind[k]
                    source[number - 1], target[number - 1] = src, tgt
                    changed[number] = t
            found = _lint(linter, "".join(source), "".join(target))
            for number, t in changed.items():
                before = {(r, m) for r, _, m in base.get(number, set())}
                new = sorted((r, s, m) for r, s, m in found.get(number, set()) if (r, m) not in before)
                records.append({"article": article.name, "line": number, "transform": t.name, "kind": t.kind,
                                "family": t.family, "source": source[number - 1].rstrip("\n"),
                                "target": target[number - 1].rstrip("\n"), "new": new})
    return records


def _measure_one(args):
    article, names = args
    return measure_article(article, [t for t in TRANSFORMS if t.name in names])


def summarise(records: list[dict]) -> dict:
    faithful = [r for r in records if r["kind"] == "faithful"]
    slips = [r for r in records if r["kind"] == "slip"]
    per_transform: dict[str, Counter] = defaultdict(Counter)
    per_rule: Counter = Counter()
    for r in faithful:
        per_transform[r["transform"]]["variants"] += 1
        serious = {rule for rule, severity, _ in r["new"] if severity in ("error", "warning")}
        if serious:
            per_transform[r["transform"]]["alarmed"] += 1
        for rule in serious:
            per_rule[rule] += 1
    recall: dict[str, Counter] = defaultdict(Counter)
    for r in slips:
        c = recall[r["transform"]]
        c["variants"] += 1
        if r["new"]:
            c["found"] += 1
        if any(rule.startswith(r["family"]) for rule, _, _ in r["new"]):
            c["found_by_family"] += 1
    return {
        "faithful_variants": len(faithful),
        "faithful_alarmed": sum(c["alarmed"] for c in per_transform.values()),
        "false_alarms_per_transform": {k: dict(v) for k, v in sorted(per_transform.items())},
        "false_alarms_per_rule": dict(per_rule.most_common()),
        "slips": len(slips),
        "slips_found": sum(c["found"] for c in recall.values()),
        "slips_found_by_family": sum(c["found_by_family"] for c in recall.values()),
        "recall_per_slip": {k: dict(v) for k, v in sorted(recall.items())},
    }


def print_summary(s: dict) -> None:
    print(f"faithful variants: {s['faithful_variants']}, with an error/warning: {s['faithful_alarmed']}")
    print(f"{'transformation':26s} variants  alarmed")
    for name, c in s["false_alarms_per_transform"].items():
        print(f"{name:26s} {c.get('variants', 0):8d} {c.get('alarmed', 0):8d}")
    print("false alarms per rule (variants):")
    for rule, n in s["false_alarms_per_rule"].items():
        print(f"  {rule:40s} {n}")
    print(f"slipped variants: {s['slips']}, found: {s['slips_found']}, found by their own check: {s['slips_found_by_family']}")
    print(f"{'slip':26s} variants  found  by-family")
    for name, c in s["recall_per_slip"].items():
        print(f"{name:26s} {c.get('variants', 0):8d} {c.get('found', 0):6d} {c.get('found_by_family', 0):10d}")


def line_findings(linter, source: str, target: str) -> list[tuple[str, str]]:
    """(rule, severity) of the pair findings of one line pair checked alone."""
    from qa_lint import bilingual

    result = bilingual.lint_texts(linter, target, source, source_language="en", language="id")
    return sorted({(f.rule, f.severity) for f in result.findings if f.rule.startswith("en-id.")})


def outcome(record: dict, findings: list[tuple[str, str]]) -> list[str]:
    """What the sample test compares: for a faithful variant the rules that raise an error or
    warning; for a slip the rules of its family that report it (empty: missed)."""
    if record["kind"] == "faithful":
        return sorted({rule for rule, severity in findings if severity in ("error", "warning")})
    return sorted({rule for rule, _ in findings if rule.startswith(record["family"])})


def write_sample(articles: list[Article], transforms: list[Transform], path: Path, per_transform: int = 2) -> None:
    """A few variants per transformation (the first lines, in corpus order), each with the
    line before the change and what the pair rules say of the line pair checked alone; the
    test runs them again (tests/test_pair_free_variants.py)."""
    from qa_lint.api import Linter, Options

    linter = Linter(Options(select=["en-id"]))
    taken: Counter = Counter()
    with path.open("w", encoding="utf-8") as out:
        for a in articles:
            for number, vs in sorted(line_variants(a, transforms).items()):
                for t, src, tgt in vs:
                    if taken[t.name] >= per_transform:
                        continue
                    taken[t.name] += 1
                    record = {"article": a.name, "line": number, "transform": t.name, "kind": t.kind, "family": t.family,
                              "source_before": a.source[number - 1].rstrip("\n"), "target_before": a.target[number - 1].rstrip("\n"),
                              "source": src.rstrip("\n"), "target": tgt.rstrip("\n")}
                    record["outcome"] = outcome(record, line_findings(linter, record["source"], record["target"]))
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", action="append", help="glob of annotated pairs, relative to the repository (repeatable)")
    parser.add_argument("--only", help="transformations to apply, comma-separated (default: all)")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("--records", type=Path, help="write every variant and its new findings (JSON lines)")
    parser.add_argument("--write-sample", type=Path, help="write a few variants per transformation (JSON lines)")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every alarmed faithful variant and missed slip")
    args = parser.parse_args(argv)
    names = set(args.only.split(",")) if args.only else {t.name for t in TRANSFORMS}
    articles = corpus(args.corpus or DEFAULT_CORPUS)
    if args.write_sample:
        write_sample(articles, [t for t in TRANSFORMS if t.name in names], args.write_sample)
        return 0
    jobs = [(a, names) for a in articles]
    if args.jobs > 1:
        import multiprocessing

        with multiprocessing.Pool(args.jobs) as pool:
            results = pool.map(_measure_one, jobs, chunksize=1)
    else:
        results = [_measure_one(j) for j in jobs]
    records = [r for rs in results for r in rs]
    if args.records:
        with args.records.open("w", encoding="utf-8") as out:
            for r in records:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
    s = summarise(records)
    if args.json:
        print(json.dumps(s, indent=2))
    else:
        print_summary(s)
    if args.verbose:
        for r in records:
            serious = [x for x in r["new"] if x[1] in ("error", "warning")]
            if r["kind"] == "faithful" and serious:
                print(f"ALARM {r['article']}:{r['line']} [{r['transform']}] {serious}\n    S: {r['source']}\n    T: {r['target']}")
            if r["kind"] == "slip" and not any(x[0].startswith(r["family"]) for x in r["new"]):
                print(f"MISS  {r['article']}:{r['line']} [{r['transform']}]\n    S: {r['source']}\n    T: {r['target']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
