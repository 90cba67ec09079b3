"""Measure id.number.quantity-changes on generated slips of figures: a figure stated twice
in one article, the later statement changed the way machine translation and careless
editing change figures, beside the unaltered article as a control.

    python3 tools/synth_quantity_slips.py [--news /tmp/nlpid-news] [--fixtures fixtures/heldout]
        [--limit 300] [--seed 1] [--verbose]
    # the committed test sample, from committed text only (the news corpus is not in the repository):
    python3 tools/synth_quantity_slips.py --news fixtures/heldout --limit 60 \
        --sample tests/data/quantity-slips.jsonl --sample-size 40

Two sources of an article with one quantity stated twice:

* real repeats: committed Indonesian fixture articles (fixtures/heldout/*/NAME.txt, the
  target side of the bilingual sets too) where one figure with one unit noun ("1.250
  rumah") is written in two sentences, neither on an annotated problem line;
* restatements made by method from real news (--news, tools/nlpid_corpus.py; or any folders
  of articles, such as the fixtures): a sentence
  with one figure and its unit noun, two unrelated sentences of the corpus, then the figure
  stated again, in one of these ways:
    repeat    the sentence again, word for word;
    synonym   the sentence again with its nouns replaced by words of the same sense in
              FreeDict's English-Indonesian dictionary (rules/en-id/data/freedict-eng-ind.jsonl:
              Indonesian words that render one English sense), a common word (words-frequent.txt);
    clause    only the figure's clause (from the comma before it to the comma after it);
    headline  the clause in title case as the headline, the sentence in the body;
    result    the first statement as the value after a change ("... menjadi 1.245 kasus"),
              the sentence restated plainly after it;
    quoted    the sentence again inside a quotation ('"...," kata seorang pejabat.');
    fronted   the clause again as a fronted phrase ("Dengan ... 1.245 kasus, <a news sentence>");
    reordered the counted noun and the words after it put first, the figure last
              ("Jumlah kasus DBD di Banyumas mencapai 1.245 kasus.");
    score     a news sentence with a score, pointed at later with words between the score and
              its pointer ("Kemenangan 2-1 atas lawannya itu menjadi sorotan.").

Slips of the later statement (the body's, for a headline), the unit kept:
    swap       two neighbouring digits swapped (2.400 -> 4.200);
    digit      the first digit changed (2.400 -> 3.400);
    neighbour  one more in the last digit written (5,25 -> 5,26; 2.400 -> 2.500);
    shift      ten times the value, the marks moved (1.500 -> 15.000; 5,25 -> 52,5);
    dropped    a digit left out, the length kept (1.150 -> 1.500).

Event dates (id.date.weekday-mismatch, "one event, two dates"): the start of an event read
from real news (the noun phrase after "memulai" in the corpus), dated in one sentence and
pointed back to later ("<Event> yang dimulai pada <weekday> (<date>) itu ...") with the date
a day or two on (the slip, weekday right) or the same (a control); a third kind of control
starts another event on the other date without pointing back.

A slip counts as found when an id.number.quantity-changes finding, or one of its related
spans, touches one of the two statements; a control (the same article unaltered) counts a
false alarm the same way. A third kind of control pairs two unrelated news sentences with
the same unit noun and different values ("unrelated"): any finding there is a false alarm.
Output: recall per slip and per way, false alarms per way. --sample writes a few cases
(deterministic with --seed) as JSON lines for tests/test_synth_quantity_slips.py.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RULE = "id.number.quantity-changes"
# A figure in Indonesian digits (1.250; 5,25; 18) and the lower-case noun after it.
FIGURE = re.compile(r"(?<![\w.,/-])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d{2,})(?![\w/-]|[.,]\d)(?= ([a-z][a-z-]+))")
YEAR = re.compile(r"(?:19|20)\d\d")
SLIPS = ("swap", "digit", "neighbour", "shift", "dropped")
WAYS = ("repeat", "synonym", "clause", "headline", "result", "quoted", "fronted", "reordered", "score")
# A score in a sentence (not a date, a time or a range of years): "2-1", "21-14".
SCORE = re.compile(r"(?<![\w/.,-])(\d{1,2})-(\d{1,2})(?![\w/-]|[.,]\d)")
# Words of a match result: a number pair beside them is a score, not a range ("20-25 tahun").
MATCH_WORDS = re.compile(r"\b(?:menang|kalah|mengalahkan|menundukkan|menaklukkan|membantai|menekuk|imbang|skor|unggul|takluk|tumbang|kemenangan|kekalahan)\b")
# A score during a match or of one game of it ("skor jadi 8-9", "gim pertama 21-18"): not the
# result a later sentence would point back to.
INTERIM_WORDS = re.compile(r"\b(?:gim|game|set|interval|babak|kuarter|jadi|menjadi|sempat|unggul|keunggulan|sementara)\b")
# Slips that make sense of a score: one side changed (a swap of sides is the same result).
SCORE_SLIPS = ("digit", "neighbour")
# Words before a figure that the change's "menjadi" takes the place of.
LEADS = {"sebanyak", "sebesar", "mencapai", "tercatat", "berjumlah", "sekitar", "hanya", "total"}
# Words after a figure that are no counted noun: scale words, units of time and rate, function words.
NOT_COUNTED = {"ribu", "juta", "miliar", "triliun", "persen", "tahun", "bulan", "hari", "jam", "menit", "detik", "kali",
               "per", "selama", "adalah", "dan", "di", "ke", "dari", "yang", "untuk", "pada", "dengan", "cc"}
SPEAKERS = ("kata seorang pejabat", "ujar juru bicara itu", "kata ketua panitia", "ujar seorang petugas")
DATE_RULE = "id.date.weekday-mismatch"
WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


# -- slips of a number as written ---------------------------------------------------------
def _swap(number: str, places: list[int]) -> str | None:
    chars = list(number)
    for a, b in zip(places, places[1:]):
        if chars[a] != chars[b] and not (a == places[0] and chars[b] == "0"):
            chars[a], chars[b] = chars[b], chars[a]
            return "".join(chars)
    return None


def _digit(number: str, places: list[int]) -> str | None:
    first = places[0]
    return number[:first] + str(int(number[first]) % 9 + 1) + number[first + 1:]


def _neighbour(number: str, places: list[int]) -> str | None:
    """One more in the last digit written that is not a trailing zero of a whole number."""
    digits = "".join(number[k] for k in places)
    last = len(digits.rstrip("0")) - 1 if "," not in number else len(digits) - 1
    text = str(int(digits) + 10 ** (len(digits) - 1 - max(last, 0))).rjust(len(digits), "0")
    if len(text) != len(digits):
        return None
    chars = list(number)
    for k, c in zip(places, text):
        chars[k] = c
    return "".join(chars)


def _shift(number: str, places: list[int]) -> str | None:
    """Ten times the value: the decimal mark one place on, or one more zero."""
    if "," in number:
        whole, fraction = number.split(",")
        return whole + fraction if len(fraction) < 2 else whole + fraction[0] + "," + fraction[1:]
    return f"{int(number.replace('.', '')) * 10:,}".replace(",", ".")


def _dropped(number: str, places: list[int]) -> str | None:
    """A digit other than the first left out, the length kept with a zero at the end."""
    if "," in number or len(places) < 3:
        return None
    digits = [number[k] for k in places]
    for k in range(1, len(digits)):
        if digits[k] != "0" and digits[k] != digits[k - 1]:
            chars = list(number)
            for place, c in zip(places, digits[:k] + digits[k + 1:] + ["0"]):
                chars[place] = c
            text = "".join(chars)
            return text if text != number else None
    return None


SLIP_MAKERS = {"swap": _swap, "digit": _digit, "neighbour": _neighbour, "shift": _shift, "dropped": _dropped}


def slip(number: str, kind: str) -> str | None:
    """The number with a slip of `kind`, the marks kept in their places; None when the slip
    does not apply (no two different neighbouring digits to swap, too few digits)."""
    return SLIP_MAKERS[kind](number, [k for k, c in enumerate(number) if c.isdigit()])


# -- synonyms from the bilingual dictionary -------------------------------------------------
def synonyms(freedict: Path, frequent: Path) -> dict[str, str]:
    """A common Indonesian word of the same sense for each Indonesian noun of the dictionary:
    words that render one sense of one English noun are synonyms."""
    common = {w.strip() for w in frequent.read_text(encoding="utf-8").splitlines() if w and not w.startswith("#")}
    groups: dict[str, set[str]] = defaultdict(set)
    for line in freedict.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        if entry.get("pos") != "n":
            continue
        for sense in entry.get("senses", []):
            words = [w for w in sense.get("id", []) if re.fullmatch(r"[a-z]+", w)]
            for w in words:
                groups[w] |= {v for v in words if v != w and v in common}
    return {w: sorted(others)[0] for w, others in groups.items() if others and w in common}


# -- articles ----------------------------------------------------------------------------
def figures(sentence: str) -> list[re.Match]:
    return [m for m in FIGURE.finditer(sentence) if not YEAR.fullmatch(m.group(1))
            and len(m.group(1).replace(".", "").replace(",", "").strip("0")) >= 2]


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+(?:[.!?]+(?=\s|$)|(?=\n)|$)", text)]


def real_repeats(folder: Path) -> list[dict]:
    """Articles of the fixtures with one figure and unit written in two sentences, neither
    on a problem line of the annotation."""
    import yaml
    cases = []
    for path in sorted(folder.glob("*/*.txt")):
        if ".source-" in path.name:
            continue
        annotation = path.with_name(path.stem + ".expected.yaml")
        if not annotation.exists():
            continue
        data = yaml.safe_load(annotation.read_text(encoding="utf-8")) or {}
        if data.get("language", "id") != "id" and "en-id" not in str(path):
            continue
        problems = {p.get("line") for p in data.get("problems") or []}
        text = path.read_text(encoding="utf-8")
        seen: dict[tuple[str, str], tuple[int, int, int]] = {}
        for start, end in _sentences(text):
            for m in figures(text[start:end]):
                line = text.count("\n", 0, start + m.start()) + 1
                key = (m.group(1), m.group(2))
                if line in problems:
                    continue
                if key in seen and seen[key][2] != start:
                    first = seen[key]
                    cases.append({"source": path.name, "way": "real", "text": text,
                                  "first": [first[0], first[1]], "later": [start + m.start(1), start + m.end(1)]})
                    break
                seen.setdefault(key, (start + m.start(1), start + m.end(1), start))
    return cases


def news_sentences(folders: list[Path]) -> tuple[list[str], list[str]]:
    """Sentences of real news with exactly one figure and its noun; sentences with no digit (filler)."""
    with_figure, plain = [], []
    for path in sorted(p for folder in folders for p in folder.rglob("*.txt") if ".source-" not in p.name):
        for line in path.read_text(encoding="utf-8").splitlines():
            words = line.split()
            if not 8 <= len(words) <= 40 or '"' in line or "“" in line:
                continue
            if not re.search(r"\d", line):
                plain.append(line)
            elif len(figures(line)) == 1 and len(re.findall(r"\d+(?:[.,]\d+)*", line)) == 1:
                with_figure.append(line)
    return with_figure, plain


def _clause(sentence: str, m: re.Match) -> str:
    start = sentence.rfind(",", 0, m.start()) + 1
    end = sentence.find(",", m.end())
    clause = sentence[start:end if end >= 0 else len(sentence)].strip().rstrip(".")
    return clause[:1].upper() + clause[1:] + "."


def _reword(sentence: str, words: dict[str, str]) -> str | None:
    out, changed = [], False
    for token in re.split(r"(\W+)", sentence):
        if token in words:
            out.append(words[token])
            changed = True
        else:
            out.append(token)
    return "".join(out) if changed else None


def _lower_first(text: str, common: set[str]) -> str:
    """The text with its first word in lower case when that word is a common word, not a name."""
    first = text.split(" ", 1)[0]
    return text[:1].lower() + text[1:] if first.lower() in common else text


def _as_result(sentence: str, m: re.Match) -> str:
    """The sentence with its figure as the value after a change: "menjadi" before it, in place
    of a word such as "sebanyak" or "mencapai"."""
    before = sentence[:m.start(1)].rstrip()
    words = before.split(" ")
    if words and words[-1].lower() in LEADS:
        before = " ".join(words[:-1])
    if not before:
        return "Jumlahnya menjadi " + sentence[m.start(1):]
    return before + " menjadi " + sentence[m.start(1):]


def _other_form(sentence: str, m: re.Match, way: str, fillers: list[str], common: set[str], nouns: set[str],
                rng: random.Random) -> str | None:
    """The sentence's figure said again in another form of sentence: quoted, fronted, reordered."""
    if way == "quoted":
        return '"' + sentence.rstrip().rstrip(".") + f'," {rng.choice(SPEAKERS)}.'
    if way == "fronted":
        clause = _clause(sentence, m).rstrip(".")
        if len(clause.split()) < 4:
            return None
        return "Dengan " + _lower_first(clause, common) + ", " + _lower_first(fillers[1], common)
    # "Sebanyak 1.245 kasus DBD tercatat di Banyumas" -> "Jumlah kasus DBD tercatat di
    # Banyumas mencapai 1.245 kasus."
    rest = sentence[m.end(2):].split(",")[0].strip().rstrip(".").split(" ")[:6]
    # Only a count of a noun ("1.400 orang", "120 rumah"): no amount, scale, rate or measure.
    if len(rest) < 2 or m.group(2) not in nouns or m.group(2) in NOT_COUNTED or "," in m.group(1) \
            or re.search(r"(?:Rp\.?|\$)\s*$", sentence[:m.start(1)]) or rest[0] in ("per", "ribu", "juta"):
        return None
    return f"Jumlah {m.group(2)} {' '.join(rest)} mencapai {m.group(1)} {m.group(2)}."


def restatement(sentence: str, fillers: list[str], way: str, words: dict[str, str],
                common: set[str] | None = None, rng: random.Random | None = None, nouns: set[str] | None = None) -> dict | None:
    """An article stating the sentence's figure twice, `way` as in the module's docstring;
    `common` words open a sentence in lower case, `nouns` are what a figure can count."""
    common = common or set()
    nouns = nouns or set()
    m = figures(sentence)[0]
    if way == "result":
        first = _as_result(sentence, m)
        f = figures(first)
        if not f or f[0].group(1) != m.group(1):
            return None
        prefix = "\n\n".join([first, fillers[0], fillers[1]]) + "\n\n"
        return {"way": way, "text": prefix + sentence + "\n", "first": [f[0].start(1), f[0].end(1)],
                "later": [len(prefix) + m.start(1), len(prefix) + m.end(1)]}
    if way in ("quoted", "fronted", "reordered"):
        later = _other_form(sentence, m, way, fillers, common, nouns, rng or random.Random(0))
    elif way == "repeat":
        later = sentence
    elif way == "synonym":
        later = _reword(sentence, words)
    elif way == "clause":
        later = _clause(sentence, m)
        if len(later.split()) < 4:
            return None
    else:
        clause = _clause(sentence, m).rstrip(".")
        if len(clause.split()) < 4:
            return None
        headline = " ".join(w[:1].upper() + w[1:] for w in clause.split())
        text = f"{headline}\n\n{sentence}\n\n{fillers[0]}\n"
        h = headline.find(f" {m.group(1)} ") + 1 if not headline.startswith(m.group(1) + " ") else 0
        if h < 0 or (h == 0 and not headline.startswith(m.group(1))):
            return None
        at = len(headline) + 2
        return {"way": way, "text": text, "first": [h, h + len(m.group(1))],
                "later": [at + m.start(1), at + m.end(1)]}
    if later is None:
        return None
    body = [sentence, fillers[0], fillers[1]] if way != "fronted" else [sentence, fillers[0]]
    prefix = "\n\n".join(body) + "\n\n"
    n = figures(later)
    if not n or n[0].group(1) != m.group(1):
        return None
    return {"way": way, "text": prefix + later + "\n", "first": [m.start(1), m.end(1)],
            "later": [len(prefix) + n[0].start(1), len(prefix) + n[0].end(1)]}


def score_sentences(folders: list[Path]) -> list[str]:
    """Sentences of real news with one score and a capitalised word before it (a team, a player)."""
    found = []
    for path in sorted(p for folder in folders for p in folder.rglob("*.txt") if ".source-" not in p.name):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not 6 <= len(line.split()) <= 40 or '"' in line or "“" in line:
                continue
            scores = SCORE.findall(line)
            if len(scores) == 1 and len(re.findall(r"\d+", line)) == 2 and re.search(r"\b[A-Z][a-z]+\b.*\d{1,2}-\d", line) \
                    and MATCH_WORDS.search(line) and not INTERIM_WORDS.search(line):
                found.append(line)
    return found


def score_restatement(sentence: str, fillers: list[str]) -> dict:
    """The match's score pointed at later, words between the score and its pointer."""
    m = SCORE.search(sentence)
    prefix = "\n\n".join([sentence, fillers[0]]) + "\n\n"
    later = f"Kemenangan {m.group()} atas lawannya itu menjadi sorotan."
    at = len(prefix) + later.index(m.group())
    return {"way": "score", "text": prefix + later + "\n", "first": [m.start(), m.end()], "later": [at, at + len(m.group())]}


def event_phrases(folders: list[Path], common: set[str]) -> list[str]:
    """Events whose start real news reports: the two words after "memulai", common words that
    are no verb by their prefix ("memulai laga", "memulai balapan")."""
    phrases: Counter = Counter()
    for path in sorted(p for folder in folders for p in folder.rglob("*.txt") if ".source-" not in p.name):
        for m in re.finditer(r"\bmemulai ([a-z]+)(?: ([a-z]+))?", path.read_text(encoding="utf-8")):
            head, second = m.group(1), m.group(2) or ""
            if head in common and not re.match(r"(?:me|di|ber|ter)[a-z]{3}", head) and len(head) >= 4:
                phrases[head + (" " + second if second in common and not re.match(r"(?:me|di|ber|ter|ke|pada|untuk|dan|dengan|di|yang)", second) else "")] += 1
    return sorted(phrases)


def _dated(day) -> str:
    return f"{WEEKDAYS[day.weekday()]} ({day.day}/{day.month}/{day.year})"


def event_dates(events: list[str], fillers: list[str], rng: random.Random, count: int) -> tuple[list[dict], list[dict]]:
    """One event's start dated twice (a slip: one or two days on) and controls (the same date;
    another event started on the other date, nothing pointing back)."""
    import datetime as dt
    slips, controls = [], []
    for _ in range(count):
        if not events:
            break
        event = rng.choice(events)
        day = dt.date(2027, 1, 1) + dt.timedelta(days=rng.randrange(330))
        other = day + dt.timedelta(days=rng.choice((1, 2)))
        first = f"Panitia memulai {event} pada {_dated(day)} di Jakarta."
        body = "\n\n".join([first, *rng.sample(fillers, 2)]) + "\n\n"
        at = first.index(WEEKDAYS[day.weekday()])
        span = [at, at + len(_dated(day))]
        cap = event[:1].upper() + event[1:]
        for kind, when, later in (("slip", other, f"{cap} yang dimulai pada {_dated(other)} itu berlangsung lancar."),
                                  ("same", day, f"{cap} yang dimulai pada {_dated(day)} itu berlangsung lancar."),
                                  ("another", other, f"Panitia lain memulai {event} di Bandung pada {_dated(other)}.")):
            k = len(body) + later.index(WEEKDAYS[when.weekday()])
            case = {"way": "event-date", "text": body + later + "\n", "first": span, "later": [k, k + len(_dated(when))],
                    "rule": DATE_RULE}
            if kind == "slip":
                slips.append({**case, "slip": "date", "original": _dated(day)})
            else:
                controls.append({**case, "way": f"event-date-{kind}"})
    return slips, controls


def slipped(case: dict, kind: str) -> dict | None:
    a, b = case["later"]
    number = case["text"][a:b]
    if case["way"] == "score" and kind not in SCORE_SLIPS:
        return None
    other = slip(number, kind)
    if other is None or other == number:
        return None
    text = case["text"][:a] + other + case["text"][b:]
    return {**case, "slip": kind, "text": text, "later": [a, a + len(other)], "original": number}


def unrelated(with_figure: list[str], fillers: list[str], rng: random.Random, count: int) -> list[dict]:
    """Two unrelated news sentences with the same unit noun and different values."""
    by_unit: dict[str, list[str]] = defaultdict(list)
    for s in with_figure:
        by_unit[figures(s)[0].group(2)].append(s)
    cases = []
    units = sorted(u for u, ss in by_unit.items() if len(ss) >= 2)
    for _ in range(count):
        if not units:
            break
        first, second = rng.sample(by_unit[rng.choice(units)], 2)
        m, n = figures(first)[0], figures(second)[0]
        if m.group(1) == n.group(1):
            continue
        prefix = f"{first}\n\n{rng.choice(fillers)}\n\n"
        cases.append({"way": "unrelated", "text": prefix + second + "\n", "first": [m.start(1), m.end(1)],
                      "later": [len(prefix) + n.start(1), len(prefix) + n.end(1)]})
    return cases


# -- scoring --------------------------------------------------------------------------------
def touches(linter, case: dict) -> bool:
    result = linter.lint_text(case["text"], language="id")
    spans = [tuple(case["first"]), tuple(case["later"])]
    for f in result.findings:
        if f.rule != case.get("rule", RULE):
            continue
        for start, end in [(f.offset, f.offset + f.length)] + [(r.offset, r.offset + r.length) for r in f.related]:
            if any(start < b and a < end for a, b in spans):
                return True
    return False


def build(args) -> tuple[list[dict], list[dict]]:
    rng = random.Random(args.seed)
    originals = real_repeats(args.fixtures)
    news = [folder for folder in args.news if folder.exists()]
    date_slips: list[dict] = []
    date_controls: list[dict] = []
    if news:
        with_figure, fillers = news_sentences(news)
        frequent = ROOT / "rules/id/data/words-frequent.txt"
        words = synonyms(ROOT / "rules/en-id/data/freedict-eng-ind.jsonl", frequent)
        common = {w.strip() for path in (frequent, ROOT / "rules/id/data/words.txt")
                  for w in path.read_text(encoding="utf-8").splitlines() if w and not w.startswith("#")}
        nouns = {w.strip() for w in (ROOT / "rules/id/data/nouns.txt").read_text(encoding="utf-8").splitlines()
                 if w and not w.startswith("#")}
        rng.shuffle(with_figure)
        for sentence in with_figure[:args.limit]:
            for way in WAYS:
                if way == "score":
                    continue
                case = restatement(sentence, rng.sample(fillers, 2), way, words, common, rng, nouns)
                if case is not None:
                    originals.append(case)
        scores = score_sentences(news)
        rng.shuffle(scores)
        originals += [score_restatement(sentence, rng.sample(fillers, 1)) for sentence in scores[:args.limit]]
        controls = originals + unrelated(with_figure, fillers, rng, args.limit)
        date_slips, date_controls = event_dates(event_phrases(news, common), fillers, rng, args.limit // 3)
    else:
        controls = list(originals)
    slips = [s for case in originals for kind in SLIPS if (s := slipped(case, kind)) is not None]
    return slips + date_slips, controls + date_controls


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--news", type=Path, nargs="+", default=[Path("/tmp/nlpid-news")],
                        help="folders of news text (*.txt, one paragraph a line); the sample for the tests is made from committed fixtures")
    parser.add_argument("--fixtures", type=Path, default=ROOT / "fixtures/heldout")
    parser.add_argument("--limit", type=int, default=300, help="news sentences to restate (and unrelated pairs)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--sample", type=Path, help="write a sample of the cases here (JSON lines)")
    parser.add_argument("--sample-size", type=int, default=40)
    parser.add_argument("--verbose", action="store_true", help="print every missed slip and false alarm")
    args = parser.parse_args(argv)
    os.environ["QA_LINT_LANGUAGETOOL"] = "off"
    from qa_lint.api import Linter, Options
    linter = Linter(Options(select=[RULE, DATE_RULE], timeout=None))
    slips, controls = build(args)
    found: Counter = Counter()
    total: Counter = Counter()
    alarms: Counter = Counter()
    checked: Counter = Counter()
    for case in slips:
        hit = touches(linter, case)
        case["found"] = hit
        for key in (("slip", case["slip"]), ("way", case["way"]), ("all", "")):
            total[key] += 1
            found[key] += hit
        if args.verbose and not hit:
            a, b = case["later"]
            print(f"MISS {case['way']}/{case['slip']} {case['original']}->{case['text'][a:b]}: "
                  f"{case['text'][max(0, case['first'][0] - 80):case['first'][1] + 40]!r} ... {case['text'][max(0, a - 80):b + 40]!r}")
    for case in controls:
        alarm = touches(linter, case)
        case["alarm"] = alarm
        checked[case["way"]] += 1
        alarms[case["way"]] += alarm
        if args.verbose and alarm:
            print(f"FALSE ALARM {case['way']}: {case['text'][:300]!r}")
    print(f"slips found: {found[('all', '')]}/{total[('all', '')]}")
    for kind in (*SLIPS, "date"):
        print(f"  slip {kind:10} {found[('slip', kind)]:4}/{total[('slip', kind)]}")
    for way in ("real", *WAYS, "event-date"):
        print(f"  way  {way:10} {found[('way', way)]:4}/{total[('way', way)]}")
    print(f"false alarms on controls: {sum(alarms.values())}/{sum(checked.values())}")
    for way in ("real", *WAYS, "unrelated", "event-date-same", "event-date-another"):
        print(f"  {way:18} {alarms[way]:4}/{checked[way]}")
    if args.sample:
        rng = random.Random(args.seed)
        chosen = rng.sample(slips, min(args.sample_size // 2, len(slips)))
        chosen += rng.sample(controls, min(args.sample_size - len(chosen), len(controls)))
        with args.sample.open("w", encoding="utf-8") as out:
            for case in chosen:
                kind = "slip" if "slip" in case else "control"
                row = {"kind": kind, "way": case["way"], "slip": case.get("slip", ""), "text": case["text"],
                       "first": case["first"], "later": case["later"], "rule": case.get("rule", RULE),
                       "flagged": case["found"] if kind == "slip" else case["alarm"]}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
