"""Measure id.number.quantity-changes on PARAPHRASED restatements of a figure: the later
statement says the same quantity in other words than the first, the way the blind held-out
writers do (tools/synth_quantity_slips.py restates with the first statement's own words and
digits, so it did not predict their misses).

    QA_LINT_LANGUAGETOOL=off python3 tools/synth_quantity_paraphrases.py [--news /tmp/nlpid-news]
        [--limit 300] [--seed 1] [--verbose]

Sources: sentences of real news (tools/nlpid_corpus.py; or any folders of articles such as
fixtures/heldout) with one figure and the noun it counts, and news sentences that give a
death toll ("menewaskan 12 orang", "tiga orang tewas"). Each is stated first, two unrelated
news sentences follow, then the figure is stated again in one of these ways:

    words       the sentence again, the number spelt in words (rules/id/data/numerals.yaml:
                "enam", "tiga ratus dua puluh", "seribu lima ratus", "tiga ribu");
    classifier  the counted noun replaced by its classifier ("1.245 warga mengungsi" ->
                "1.245 orang mengungsi"; orang, unit, ekor by the noun's kind);
    noun        the counted noun replaced by a word of the same sense (FreeDict's
                English-Indonesian dictionary, as tools/synth_quantity_slips.py does);
    acronym     a name defined with its acronym ("Badan Pusat Statistik (BPS) mencatat ...")
                said again by the acronym alone ("BPS mencatat ...");
    toll        a death toll restated with another subject wording and a counted noun
                ("Jumlah kematian akibat peristiwa itu mencapai enam orang", "Korban jiwa
                ... tercatat 14 orang", "Peristiwa itu merenggut nyawa 14 warga"), the number
                in words below twenty as news writes it.

The later value is changed (tools/synth_quantity_slips.py's slips of the digits, then spelt
in words where the way does) for a slip, and kept for a control. Further controls, each
with a changed value that must stay quiet: the restatement as a correction attributed
("... kemudian direvisi menjadi N"), as a count of the last days ("dalam tiga hari
terakhir"), a toll beside the injured ("korban luka-luka ... N orang"), and two unrelated
news sentences (synth_quantity_slips.unrelated).

A slip counts as found when a finding of the rule, or one of its related spans, touches
one of the two statements; a control with a finding there is a false alarm.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import synth_quantity_slips as slips_tool  # noqa: E402

RULE = slips_tool.RULE
WAYS = ("words", "classifier", "noun", "acronym", "toll")
SLIP_KINDS = ("swap", "digit", "neighbour", "shift", "dropped")
# What a count of a noun of each kind is said with when the noun is left out.
CLASSIFIERS = {
    "orang": ("warga", "pasien", "siswa", "penumpang", "pekerja", "karyawan", "buruh", "peserta", "korban", "anak",
              "penonton", "wisatawan", "pengungsi", "personel", "petugas", "relawan", "tersangka", "mahasiswa", "guru",
              "jemaah", "pemudik", "atlet", "pemain", "pengunjung", "pendaki", "nelayan", "petani", "pelajar", "santri",
              "prajurit", "tentara", "polisi", "pengemudi", "calon", "pendukung", "anggota", "balita", "narapidana"),
    "unit": ("rumah", "kendaraan", "mobil", "motor", "bus", "truk", "kapal", "pesawat", "sepeda", "bangunan",
             "gedung", "toko", "kios", "sekolah", "apartemen", "mesin", "komputer", "ponsel"),
    "ekor": ("sapi", "kambing", "domba", "ayam", "babi", "kerbau", "ikan", "burung", "kuda", "anjing", "kucing"),
}
CLASSIFIER_OF = {noun: classifier for classifier, nouns in CLASSIFIERS.items() for noun in nouns}
# A bound before a figure: its restatements are slips only on one side, which these ways ignore.
BOUND_BEFORE = re.compile(r"(?i)\b(?:lebih dari|kurang dari|sedikitnya|setidaknya|sekitar|hampir|di atas|di bawah|minimal|maksimal|paling sedikit)\s+$")
# A name and its acronym in brackets ("Indeks Harga Saham Gabungan (IHSG)"); the acronym must
# be the initials of the name's last words.
ACRONYM = re.compile(r"\b((?:[A-Za-z][a-z]+ ){1,5}[A-Za-z][a-z]+) \(([A-Z][A-Za-z]{1,6})\)")
# A death toll in a news sentence: the verb and the number, or the number and the state.
_TOLL_NOUNS = "|".join(("orang", "jiwa", *CLASSIFIERS["orang"]))
_TOLL_NUMBER = r"\d[\d.]*|[a-z]+(?: (?:belas|puluh|ratus)(?: [a-z]+)?)?"
TOLL = re.compile(rf"\b(?:menewaskan|merenggut nyawa)\s+(?:(?:sedikitnya|setidaknya|sekitar)\s+)?(?P<n>{_TOLL_NUMBER})\s+(?:{_TOLL_NOUNS})\b"
                  rf"|\b(?P<m>{_TOLL_NUMBER})\s+(?:{_TOLL_NOUNS})\s+(?:(?:dilaporkan|dikabarkan|telah|yang|ditemukan)\s+)?(?:tewas|meninggal dunia|meninggal)\b")
TOLL_LATER = (
    "Jumlah korban meninggal dunia dalam peristiwa itu mencapai {n} orang.",
    "Korban jiwa akibat kejadian tersebut tercatat {n} orang.",
    "Jumlah kematian akibat peristiwa itu sudah mencapai {n} orang.",
    "Sebanyak {n} warga dilaporkan meninggal dunia dalam peristiwa itu.",
    "Peristiwa itu merenggut nyawa {n} warga.",
)
# Controls of a toll, with another value: another quantity, a correction, a count of a span.
TOLL_CONTROLS = {
    "toll-injured": "Korban luka-luka dalam peristiwa itu tercatat {n} orang.",
    "toll-revised": "Jumlah korban meninggal dunia kemudian direvisi menjadi {n} orang.",
    "toll-last-days": "Dalam tiga hari terakhir, {n} orang lainnya meninggal dunia akibat penyakit yang sama.",
}


# -- numbers ------------------------------------------------------------------------------
def _numerals() -> dict[int, str]:
    """Value -> words, from the numerals file the rule reads (the shortest spelling of each)."""
    import yaml
    data = yaml.safe_load((ROOT / "rules/id/data/numerals.yaml").read_text(encoding="utf-8"))["numerals"]
    words: dict[int, str] = {}
    for word, value in data.items():
        if float(value).is_integer() and (int(value) not in words or len(str(word)) < len(words[int(value)])):
            words[int(value)] = str(word)
    return words


NUMERALS = _numerals()


def in_words(value: int) -> str | None:
    """A whole number in Indonesian words as news writes it ("tiga ratus dua puluh", "seribu
    lima ratus", "tiga ribu"), or None when it has no short spelling here."""
    def below_thousand(n: int) -> str | None:
        if n in NUMERALS:
            return NUMERALS[n]
        hundreds, rest = divmod(n, 100)
        if hundreds and rest and hundreds * 100 in NUMERALS and rest in NUMERALS:
            return f"{NUMERALS[hundreds * 100]} {NUMERALS[rest]}"
        tens, units = divmod(n, 10)
        if not hundreds and tens * 10 in NUMERALS and units in NUMERALS:
            return f"{NUMERALS[tens * 10]} {NUMERALS[units]}"
        return None
    if 0 < value < 1000:
        return below_thousand(value)
    if 1000 < value < 2000:
        rest = below_thousand(value - 1000)
        return f"seribu {rest}" if rest else None
    if value % 1000 == 0 and 1 < value // 1000 < 1000:
        head = below_thousand(value // 1000)
        return f"{head} ribu" if head else None
    return NUMERALS.get(value)


def _digits_value(number: str) -> int | None:
    """The value of a whole number in Indonesian digits ("1.245"), None for a decimal."""
    return int(number.replace(".", "")) if re.fullmatch(r"\d{1,3}(?:\.\d{3})*|\d+", number) else None


def _spelt(number: str) -> str:
    """Indonesian digits for a value (1245 -> "1.245")."""
    return f"{int(number):,}".replace(",", ".")


# -- cases --------------------------------------------------------------------------------
def acronym_form(sentence: str) -> tuple[int, int, str] | None:
    """(start, end, acronym) of the first name defined with its acronym in the sentence: the
    span of the name and the bracket, which the acronym alone replaces."""
    for m in ACRONYM.finditer(sentence):
        words = m.group(1).split()
        for k in range(len(words) - 1):
            if "".join(w[0] for w in words[k:]).upper() == m.group(2).upper():
                start = m.start(1) + len(" ".join(words[:k])) + (1 if k else 0)
                return start, m.end(), m.group(2)
    return None


def _case(way: str, first: str, span: tuple[int, int], fillers: list[str], later: str, at: tuple[int, int], **extra) -> dict:
    prefix = "\n\n".join([first, *fillers]) + "\n\n"
    return {"way": way, "text": prefix + later + "\n", "first": list(span),
            "later": [len(prefix) + at[0], len(prefix) + at[1]], **extra}


def _replaced(sentence: str, m: re.Match, number: str, noun: str | None = None) -> tuple[str, tuple[int, int]]:
    """The sentence with its figure written as `number` (and its counted noun as `noun`)."""
    end = m.end(2) if noun is not None else m.end(1)
    text = sentence[:m.start(1)] + number + (" " + noun if noun is not None else "") + sentence[end:]
    return text, (m.start(1), m.start(1) + len(number))


def _restated(way: str, sentence: str, m: re.Match, n: str, acronym: tuple[int, int, str] | None,
              words: dict[str, str]) -> tuple[str, tuple[int, int]] | None:
    """The sentence's figure stated again as `n` in `way`, with the span of the number."""
    number, noun = m.group(1), m.group(2)
    if way == "words":
        v = _digits_value(n)
        spelt = in_words(v) if v is not None else None
        return _replaced(sentence, m, spelt) if spelt else None
    if way == "acronym" and acronym is not None:
        a, b, short = acronym
        text, at = _replaced(sentence, m, n)
        shift = len(n) - len(number) if a > m.start(1) else 0
        a, b = a + shift, b + shift
        text = text[:a] + short + text[b:]
        return text, at if at[0] < a else (at[0] - (b - a - len(short)), at[1] - (b - a - len(short)))
    return _replaced(sentence, m, n, CLASSIFIER_OF[noun] if way == "classifier" else words[noun])


def figure_cases(sentence: str, fillers: list[str], words: dict[str, str], rng: random.Random) -> list[dict]:
    """Slips and controls of one news sentence with one figure, restated in each general way."""
    m = slips_tool.figures(sentence)[0]
    number, noun = m.group(1), m.group(2)
    if BOUND_BEFORE.search(sentence[:m.start(1)]):
        return []  # "lebih dari 3.500": a higher value restated is no slip
    value = _digits_value(number)
    cases = []
    acronym = acronym_form(sentence)
    for way in ("words", "classifier", "noun", "acronym"):
        if way == "acronym" and (acronym is None or acronym[0] <= m.end() <= acronym[1]):
            continue
        if way == "words" and (value is None or in_words(value) is None):
            continue
        if way == "classifier" and noun not in CLASSIFIER_OF:
            continue
        if way == "noun" and noun not in words:
            continue
        same = _restated(way, sentence, m, number, acronym, words)
        if same is None:
            continue
        cases.append(_case(way, sentence, m.span(1), fillers, *same, control=True))
        for kind in SLIP_KINDS:
            other = slips_tool.slip(number, kind)
            restated = _restated(way, sentence, m, other, acronym, words) if other and other != number else None
            if restated is not None:
                cases.append(_case(way, sentence, m.span(1), fillers, *restated, slip=kind, original=number))
        # Controls with another value: a correction attributed, a count of the last days.
        other = slips_tool.slip(number, "digit")
        if other and other != number:
            revised = f"Angka itu kemudian direvisi menjadi {other} {noun}."
            cases.append(_case(f"{way}-revised", sentence, m.span(1), fillers, revised,
                               (revised.index(other), revised.index(other) + len(other)), control=True))
            last_days = f"Dalam tiga hari terakhir, tercatat {other} {noun} lainnya."
            cases.append(_case(f"{way}-last-days", sentence, m.span(1), fillers, last_days,
                               (last_days.index(other), last_days.index(other) + len(other)), control=True))
    return cases


def toll_sentences(folders: list[Path]) -> list[tuple[str, re.Match, int]]:
    """News sentences with one death toll whose value is read (digits or words)."""
    found = []
    for path in sorted(p for folder in folders for p in folder.rglob("*.txt") if ".source-" not in p.name):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not 5 <= len(line.split()) <= 45 or '"' in line or "“" in line:
                continue
            matches = list(TOLL.finditer(line))
            # One toll, and no count of the injured beside it (the "injured" control would
            # then restate a figure of the sentence).
            if len(matches) != 1 or re.search(r"\bluka|\bsalah satu", line, re.I):
                continue
            m = matches[0]
            written = m.group("n") or m.group("m")
            value = _digits_value(written) if written[0].isdigit() else {w: v for v, w in NUMERALS.items()}.get(written)
            if value:
                found.append((line, m, value))
    return found


def _toll_number(value: int) -> str:
    """A toll as news writes it: words below twenty, digits above."""
    return NUMERALS[value] if value < 20 and value in NUMERALS else _spelt(str(value))


def toll_cases(sentence: str, m: re.Match, value: int, fillers: list[str], rng: random.Random) -> list[dict]:
    group = "n" if m.group("n") else "m"
    span = m.span(group)
    # Other values the first statement rules out: below a lower bound ("sedikitnya 23"),
    # beyond an approximation's reach ("sekitar 100" is 85-115).
    bound = re.search(r"(sedikitnya|setidaknya|sekitar)\s+$", sentence[:span[0]].lower())
    others = sorted({v for v in (value + 1, value + 2, value - 1, value * 2, value + 10, value // 2) if v > 0 and v != value
                     and not (bound and bound.group(1) != "sekitar" and v > value)
                     and not (bound and bound.group(1) == "sekitar" and abs(v - value) <= 0.15 * value)})
    if not others:
        return []
    cases = []
    template = rng.choice(TOLL_LATER)
    for v, kind in [(value, None), *[(o, "toll") for o in rng.sample(others, min(3, len(others)))]]:
        n = _toll_number(v)
        later = template.format(n=n)
        at = later.index(n)
        extra = {"control": True} if kind is None else {"slip": "toll", "original": str(value)}
        cases.append(_case("toll", sentence, span, fillers, later, (at, at + len(n)), **extra))
    other = _toll_number(value + 2)
    for way, control in TOLL_CONTROLS.items():
        later = control.format(n=other)
        at = later.index(other)
        cases.append(_case(way, sentence, span, fillers, later, (at, at + len(other)), control=True))
    return cases


def build(args) -> tuple[list[dict], list[dict]]:
    rng = random.Random(args.seed)
    folders = [folder for folder in args.news if folder.exists()]
    with_figure, fillers = slips_tool.news_sentences(folders)
    words = slips_tool.synonyms(ROOT / "rules/en-id/data/freedict-eng-ind.jsonl", ROOT / "rules/id/data/words-frequent.txt")
    rng.shuffle(with_figure)
    # Each way from its own pool, up to --limit sentences: few news figures count a noun that
    # has a classifier or a synonym, and all of them are wanted.
    chosen = set(with_figure[:args.limit])
    for fits in (lambda n: n in CLASSIFIER_OF, lambda n: n in words):
        chosen |= set([s for s in with_figure if fits(slips_tool.figures(s)[0].group(2))][:args.limit])
    chosen |= set([s for s in with_figure if acronym_form(s)][:args.limit])
    cases: list[dict] = []
    for sentence in [s for s in with_figure if s in chosen]:
        cases += figure_cases(sentence, rng.sample(fillers, 2), words, rng)
    tolls = toll_sentences(folders)
    rng.shuffle(tolls)
    for sentence, m, value in tolls[:args.limit]:
        cases += toll_cases(sentence, m, value, rng.sample(fillers, 2), rng)
    cases += [{**c, "control": True} for c in slips_tool.unrelated(with_figure, fillers, rng, args.limit)]
    return [c for c in cases if not c.get("control")], [c for c in cases if c.get("control")]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--news", type=Path, nargs="+", default=[Path("/tmp/nlpid-news"), *sorted((ROOT / "fixtures/heldout").glob("id-round*[0-9]"))],
                        help="folders of news text (*.txt, one paragraph a line): the news corpus and the committed id-round sets")
    parser.add_argument("--limit", type=int, default=300, help="news sentences to restate (and unrelated pairs)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--verbose", action="store_true", help="print every missed slip and false alarm")
    args = parser.parse_args(argv)
    os.environ["QA_LINT_LANGUAGETOOL"] = "off"
    from qa_lint.api import Linter, Options
    linter = Linter(Options(select=[RULE], timeout=None))
    slips, controls = build(args)
    found: Counter = Counter()
    total: Counter = Counter()
    alarms: Counter = Counter()
    checked: Counter = Counter()
    for case in slips:
        hit = slips_tool.touches(linter, case)
        for key in (("slip", case["slip"]), ("way", case["way"]), ("all", "")):
            total[key] += 1
            found[key] += hit
        if args.verbose and not hit:
            a, b = case["later"]
            print(f"MISS {case['way']}/{case['slip']} {case['original']}->{case['text'][a:b]}: "
                  f"{case['text'][max(0, case['first'][0] - 80):case['first'][1] + 40]!r} ... {case['text'][max(0, a - 80):b + 40]!r}")
    for case in controls:
        alarm = slips_tool.touches(linter, case)
        checked[case["way"]] += 1
        alarms[case["way"]] += alarm
        if args.verbose and alarm:
            print(f"FALSE ALARM {case['way']}: {case['text'][:400]!r}")
    print(f"paraphrased slips found: {found[('all', '')]}/{total[('all', '')]}")
    for kind in (*SLIP_KINDS, "toll"):
        print(f"  slip {kind:10} {found[('slip', kind)]:4}/{total[('slip', kind)]}")
    for way in WAYS:
        print(f"  way  {way:10} {found[('way', way)]:4}/{total[('way', way)]}")
    print(f"false alarms on controls: {sum(alarms.values())}/{sum(checked.values())}")
    for way in sorted(checked):
        print(f"  {way:18} {alarms[way]:4}/{checked[way]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
