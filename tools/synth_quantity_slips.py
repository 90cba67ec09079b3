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
    headline  the clause in title case as the headline, the sentence in the body.

Slips of the later statement (the body's, for a headline), the unit kept:
    swap       two neighbouring digits swapped (2.400 -> 4.200);
    digit      the first digit changed (2.400 -> 3.400);
    neighbour  one more in the last digit written (5,25 -> 5,26; 2.400 -> 2.500);
    shift      ten times the value, the marks moved (1.500 -> 15.000; 5,25 -> 52,5);
    dropped    a digit left out, the length kept (1.150 -> 1.500).

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
WAYS = ("repeat", "synonym", "clause", "headline")


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


def restatement(sentence: str, fillers: list[str], way: str, words: dict[str, str]) -> dict | None:
    """An article stating the sentence's figure twice, `way` as in the module's docstring."""
    m = figures(sentence)[0]
    if way == "repeat":
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
    body = [sentence, fillers[0], fillers[1]]
    prefix = "\n\n".join(body) + "\n\n"
    n = figures(later)
    if not n or n[0].group(1) != m.group(1):
        return None
    return {"way": way, "text": prefix + later + "\n", "first": [m.start(1), m.end(1)],
            "later": [len(prefix) + n[0].start(1), len(prefix) + n[0].end(1)]}


def slipped(case: dict, kind: str) -> dict | None:
    a, b = case["later"]
    number = case["text"][a:b]
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
        if f.rule != RULE:
            continue
        for start, end in [(f.offset, f.offset + f.length)] + [(r.offset, r.offset + r.length) for r in f.related]:
            if any(start < b and a < end for a, b in spans):
                return True
    return False


def build(args) -> tuple[list[dict], list[dict]]:
    rng = random.Random(args.seed)
    originals = real_repeats(args.fixtures)
    news = [folder for folder in args.news if folder.exists()]
    if news:
        with_figure, fillers = news_sentences(news)
        words = synonyms(ROOT / "rules/en-id/data/freedict-eng-ind.jsonl", ROOT / "rules/id/data/words-frequent.txt")
        rng.shuffle(with_figure)
        for sentence in with_figure[:args.limit]:
            for way in WAYS:
                case = restatement(sentence, rng.sample(fillers, 2), way, words)
                if case is not None:
                    originals.append(case)
        controls = originals + unrelated(with_figure, fillers, rng, args.limit)
    else:
        controls = list(originals)
    slips = [s for case in originals for kind in SLIPS if (s := slipped(case, kind)) is not None]
    return slips, controls


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
    linter = Linter(Options(select=[RULE], timeout=None))
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
                  f"{case['text'][max(0, a - 80):b + 40]!r}")
    for case in controls:
        alarm = touches(linter, case)
        case["alarm"] = alarm
        checked[case["way"]] += 1
        alarms[case["way"]] += alarm
        if args.verbose and alarm:
            print(f"FALSE ALARM {case['way']}: {case['text'][:300]!r}")
    print(f"slips found: {found[('all', '')]}/{total[('all', '')]}")
    for kind in SLIPS:
        print(f"  slip {kind:10} {found[('slip', kind)]:4}/{total[('slip', kind)]}")
    for way in ("real", *WAYS):
        print(f"  way  {way:10} {found[('way', way)]:4}/{total[('way', way)]}")
    print(f"false alarms on controls: {sum(alarms.values())}/{sum(checked.values())}")
    for way in ("real", *WAYS, "unrelated"):
        print(f"  {way:10} {alarms[way]:4}/{checked[way]}")
    if args.sample:
        rng = random.Random(args.seed)
        chosen = rng.sample(slips, min(args.sample_size // 2, len(slips)))
        chosen += rng.sample(controls, min(args.sample_size - len(chosen), len(controls)))
        with args.sample.open("w", encoding="utf-8") as out:
            for case in chosen:
                kind = "slip" if "slip" in case else "control"
                row = {"kind": kind, "way": case["way"], "slip": case.get("slip", ""), "text": case["text"],
                       "first": case["first"], "later": case["later"],
                       "flagged": case["found"] if kind == "slip" else case["alarm"]}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
