"""Generated neighbourhoods of wrong senses: each rendering rule's wrong rendering, taken from its
bad examples, written again in the neighbourhoods MT copy gives it, and the same neighbourhoods
with the right rendering as controls; the rules' recall and false alarms on them.

    python3 tools/nlpid_corpus.py --out /tmp/nlpid-news          # real Indonesian news (not in the repo)
    python3 tools/synth_sense_neighbourhoods.py --corpus /tmp/nlpid-news [--select id.mt.stock] [--show]

A rule's own bad examples are the sentences its author wrote; a blind article puts the same
wrong words next to other names, other modifiers and in another order. Each bad example with one
marked span ("[[Persediaan]] Lumora anjlok ...", fix "Saham") is rewritten in these ways (a kind
applies only where the sentence allows it):

- ``place``: a place the sentence names becomes another place (countries, provinces, places of
  rules/id/data);
- ``possessor``: the name right after the span (whose stock, whose board) becomes another name
  taken from the bad examples of the rules of the same domain file;
- ``nya``: the span takes the possessive -nya ("daya tariknya");
- ``clitic``: in the same places, another clitic or particle written onto the span: -lah, -kah,
  -pun, -ku or -mu, one per case ("daya tarikku", "daya tariklah"; not all natural in news,
  they measure whether the rule sees the word under it);
- ``modifier``: a modifier between the span and its neighbour ("daya tarik baru atas putusan",
  "juga mengajukan ...");
- ``fronted``: the sentence behind a connective ("Sementara itu, ..."), so a span that opened
  the sentence stands mid-sentence in lower case; an end attribution (", kata X.") moves to the
  front ("Menurut X, ...");
- ``after-real`` / ``before-real``: a real news sentence (from ``--corpus``) before or after
  it in the same paragraph, so the rule's context windows see copy its author did not write.

A variant is caught when the rule, or another rendering rule (one finding is kept per span),
reports a finding that overlaps the wrong words. Controls: the same variant with the example's
``fix`` in place of the wrong words, and the rule's good examples in the ``place`` and
real-sentence neighbourhoods; a finding of the rule anywhere on a control, or of any rendering
rule on the right words, is an alarm. The figures say how far a rule's pattern and context reach beyond its examples; --show
lists the misses (a reading list, not a verdict: a modifier can make a variant read oddly).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from qa_lint import packs  # noqa: E402
from qa_lint.api import Linter, Options  # noqa: E402

MARK = re.compile(r"\[\[(.+?)\]\]")
KINDS = ("example", "place", "possessor", "nya", "clitic", "modifier", "fronted", "after-real", "before-real")
DATA = ROOT / "rules" / "id" / "data"
COMMON_DATA = ROOT / "rules" / "common" / "data"
# Words that open a sentence without being a name (lower-cased when a connective comes before).
COMMON = DATA / "words-frequent.txt"
# The clitics of the ``clitic`` kind (-nya has its own): one is picked per case.
OTHER_CLITICS = ("lah", "kah", "pun", "ku", "mu")
VERB_PREFIX = re.compile(r"^(?:me|di|ber|ter)[a-z]", re.I)  # meN-, di-, ber-, ter-: a verb, not a noun
# What may follow the end of a noun phrase: punctuation, a preposition, a determiner, a verb.
NP_END = re.compile(r"\s*[.,;:]|\s+(?:ke|di|dari|atas|terhadap|kepada|pada|untuk|dan|yang|sejak|karena|setelah|"
                    r"telah|akan|sudah|juga|tidak|masih|menjadi|[Mm]e[a-z]+|di[a-z]+|ber[a-z]+)\b")
OBJECT_SLOT = re.compile(r"(?:\b(?:me|mem|men|meng|meny)[a-z]+|\b(?:dari|atas|terhadap|tentang|untuk))\s$")
DETERMINER = re.compile(r"\s+(?:itu|ini|tersebut)\b")
VERB_NEXT = re.compile(r"\s+(?:telah|akan|sudah|juga|me[a-z]+|di[a-z]{3,})\b")
ATTRIBUTION = re.compile(r"^(?P<body>.+?),\s+(?:kata|ujar|ucap|tutur|menurut)\s+(?P<who>[^,.]+?)\s*\.?$")
NAME = re.compile(r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}")  # a name of up to three capitalised words


@dataclass(frozen=True)
class Case:
    """One sentence (or paragraph) with the wrong words at ``left|span|right``."""

    rule: str
    kind: str
    left: str
    span: str
    right: str
    fix: str | None
    clitic: str = ""  # the clitic the variant wrote onto the span; its control writes it onto the fix

    @property
    def text(self) -> str:
        return self.left + self.span + self.right

    def control(self) -> "Case | None":
        if not self.fix:
            return None
        fix = keep_case(self.span, self.fix)
        if self.clitic and not fix.endswith(self.clitic):
            fix += self.clitic
        return replace(self, span=fix, fix=None, clitic="")


def keep_case(model: str, text: str) -> str:
    return text[:1].upper() + text[1:] if model[:1].isupper() else text[:1].lower() + text[1:]


def stable(*parts: str) -> int:
    """A number from the parts that is the same on every run (hash() is salted per process)."""
    return int(hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:8], 16)


def places() -> list[str]:
    """Place names of Indonesian copy: countries and places (their Indonesian names) and provinces."""
    names: list[str] = []
    for file in ("countries.yaml", "places.yaml"):
        data = yaml.safe_load((DATA / file).read_text(encoding="utf-8"))
        for entry in data["entries"]:
            name = entry["name"] if isinstance(entry, dict) else entry
            if not name.isupper():  # an acronym (NATO) is no place to swap
                names.append(name)
    with open(DATA / "wilayah.tsv", encoding="utf-8") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        names += [row[2] for row in rows if len(row) > 2 and row[1] == "provinsi"]
    with open(COMMON_DATA / "countries.tsv", encoding="utf-8") as handle:  # every country's Indonesian name (CLDR)
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        names += [row[3] for row in rows if len(row) > 3 and " " not in row[3]]
    return sorted(set(names))


def common_words() -> set[str]:
    return {w.strip().lower() for w in COMMON.read_text(encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")}


def bad_cases(rule) -> list[Case]:
    cases = []
    for example in rule.examples.get("bad", []):
        text = example["text"] if isinstance(example, dict) else example
        fix = example.get("fix") if isinstance(example, dict) else None
        marked = MARK.findall(text)
        if len(marked) != 1:
            continue
        left, rest = text.split("[[", 1)
        span, right = rest.split("]]", 1)
        cases.append(Case(rule.id, "example", left, span, right, fix if isinstance(fix, str) else None))
    return cases


def possessor_after(case: Case) -> re.Match | None:
    """The name right after the span ("[[Persediaan]] Tesla Inc melonjak"), if any."""
    return re.match(r"(\s+)(" + NAME.pattern + r")", case.right)


class Neighbourhoods:
    """Makes the variants of a case; the data (places, names, real sentences) is read once."""

    def __init__(self, place_names: list[str], possessors: list[str] | dict[str, list[str]], sentences: list[str],
                 common: set[str], slot_words: dict[str, str] | None = None, domain: dict[str, str] | None = None):
        self.places = place_names
        self.place_re = re.compile(r"(?<![\w-])(" + "|".join(re.escape(p) for p in sorted(place_names, key=len, reverse=True)) + r")(?![\w-])")
        self.possessors = possessors
        self.sentences = sentences
        self.common = common
        self.slot_words = slot_words or {}  # rule id -> its pattern, lower-cased
        self.domain = domain or {}  # rule id -> its pack file: possessors come from the same domain's examples

    def pick(self, pool: list[str], key: str, avoid: str) -> str | None:
        choices = [p for p in pool if p != avoid and p not in avoid and avoid not in p]
        return choices[stable(key) % len(choices)] if choices else None

    def variants(self, case: Case) -> list[Case]:
        out = [case]
        for kind, make in (("place", self.place), ("possessor", self.possessor), ("nya", self.nya), ("clitic", self.clitic),
                           ("modifier", self.modifier), ("fronted", self.fronted)):
            made = make(case)
            if made is not None and made.text != case.text:
                out.append(replace(made, kind=kind))
        if self.sentences:
            before = self.sentences[stable(case.rule, case.text, "before") % len(self.sentences)]
            after = self.sentences[stable(case.rule, case.text, "after") % len(self.sentences)]
            out.append(replace(case, kind="after-real", left=before + " " + case.left))
            out.append(replace(case, kind="before-real", right=case.right + " " + after))
        return out

    def swap_places(self, text: str, key: str) -> str:
        return self.place_re.sub(lambda m: self.pick(self.places, key + m.group(1), m.group(1)) or m.group(1), text)

    def place(self, case: Case) -> Case | None:
        left, right = self.swap_places(case.left, case.rule + "L"), self.swap_places(case.right, case.rule + "R")
        return replace(case, left=left, right=right) if (left, right) != (case.left, case.right) else None

    def possessor(self, case: Case) -> Case | None:
        m = possessor_after(case)
        if not m or m.group(2) in self.places or m.group(2).split()[0].lower() in self.slot_words.get(case.rule, ""):
            return None  # a word the rule's pattern names ("doa Jumat", "pendeta Syiah") is the slot, not a possessor
        pool = self.possessors.get(self.domain.get(case.rule, ""), []) if isinstance(self.possessors, dict) else self.possessors
        other = self.pick(pool, case.rule + case.text, m.group(2))
        if not other:
            return None
        return replace(case, right=m.group(1) + other + case.right[m.end():])

    def nya(self, case: Case) -> Case | None:
        """-nya on a common noun in object position ("menunda potongan tarifnya"): not on a name,
        a number's unit (50 titik dasar) or a verb ("menembaknya" is another construction)."""
        if (case.span.endswith("nya") or not case.span[:1].islower() or re.search(r"\d", case.span)
                or not OBJECT_SLOT.search(case.left) or not NP_END.match(case.right)
                or VERB_PREFIX.match(case.span.split()[0]) or VERB_PREFIX.match(case.span.split()[-1])):
            return None
        return replace(case, span=case.span + "nya", clitic="nya")

    def clitic(self, case: Case) -> Case | None:
        """Another clitic where -nya would go ("menunda potongan tariflah")."""
        made = self.nya(case)
        if made is None:
            return None
        clitic = OTHER_CLITICS[stable(case.rule, case.text, "clitic") % len(OTHER_CLITICS)]
        return replace(case, span=case.span + clitic, clitic=clitic)

    def modifier(self, case: Case) -> Case | None:
        """An adverb before a verb span; else a modifier after a noun span: "baru" where the noun
        phrase ends ("banding baru atas putusan"), "itu" before a verb ("Papan itu menyetujui")."""
        if VERB_PREFIX.match(case.span.split()[0]) and case.left.endswith(" "):
            return replace(case, left=case.left + "juga ")
        if VERB_PREFIX.match(case.span.split()[-1]) or case.span.endswith("nya"):
            return None
        if VERB_NEXT.match(case.right):
            return replace(case, right=" itu" + case.right)
        if NP_END.match(case.right) and not DETERMINER.match(case.right):
            return replace(case, right=" baru" + case.right)
        return None

    def opening_lower(self, text: str) -> str | None:
        """``text`` with its first word lower-cased, or None when that word is a name."""
        word = re.match(r"([\w-]+)(?:\s+([A-Z][\w-]*))?", text)
        if not word or word.group(1).lower() not in self.common or word.group(1).isupper():
            return None
        if word.group(2) and word.group(2).lower() in self.common:
            return None  # "Pengadilan Agung", "Departemen Keadilan": a title keeps its capitals ("Persediaan Boeing" does not)
        return text[:1].lower() + text[1:]

    def fronted(self, case: Case) -> Case | None:
        m = ATTRIBUTION.match(case.text)
        if m and m.end("body") >= len(case.left) + len(case.span):
            body_left = self.opening_lower(case.left + case.span)
            if body_left is not None:
                who = m.group("who")
                lead = f"Menurut {who}, "
                left = lead + body_left[:len(case.left)]
                span = body_left[len(case.left):]
                right = case.right[: m.end("body") - len(case.left) - len(case.span)] + "."
                return replace(case, left=left, span=span, right=right)
        if case.left:
            lowered = self.opening_lower(case.left)
            return replace(case, left="Sementara itu, " + lowered) if lowered is not None else None
        lowered = self.opening_lower(case.span + case.right)
        if lowered is None:
            return None
        return replace(case, left="Sementara itu, ", span=lowered[:len(case.span)])


def good_controls(rule, hood: Neighbourhoods) -> list[Case]:
    out = []
    for example in rule.examples.get("good", []):
        text = example["text"] if isinstance(example, dict) else example
        case = Case(rule.id, "good", text, "", "", None)
        out.append(case)
        placed = hood.place(case)
        if placed is not None:
            out.append(replace(placed, kind="good-place"))
        if hood.sentences:
            out.append(replace(case, kind="good-real", left=hood.sentences[stable(rule.id, text) % len(hood.sentences)] + " " + text))
    return out


def read_sentences(folder: Path | None, limit: int = 4000) -> list[str]:
    if folder is None:
        return []
    lines: list[str] = []
    for path in sorted(folder.glob("*.txt")):
        lines += [line.strip() for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
                  if 40 <= len(line.strip()) <= 220 and line.strip().endswith(".")]
        if len(lines) >= limit:
            break
    return lines[:limit]


def rendering_rules(prefixes: list[str]):
    return [r for r in packs.load().rules if r.type == "rendering" and r.id.startswith(tuple(prefixes))]


def measure(rules, hood: Neighbourhoods, show=None) -> dict:
    """Lint every variant and control; tallies per kind and per rule."""
    linter = Linter(Options(select=["id.mt"]))
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    per_rule: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    alarms: list[tuple[str, str]] = []
    controls = 0
    try:
        for rule in rules:
            tally = per_rule[rule.id]
            checks: list[Case] = []
            for case in bad_cases(rule):
                checks += hood.variants(case)
            for case in checks:
                start, end = len(case.left), len(case.left) + len(case.span)
                # Another rule may report the same words (ore-deposit and mineral-deposit): one
                # finding is kept per span, and an editor sees the wrong words flagged either way.
                found = [f for f in linter.lint_text(case.text, language="id").findings if f.rule.startswith("id.mt")]
                ok = any(f.offset < end and f.offset + f.length > start for f in found)
                per_kind[case.kind][0] += ok
                per_kind[case.kind][1] += 1
                tally[0] += ok
                tally[1] += 1
                if show is not None and not ok:
                    show(f"miss {rule.id} [{case.kind}]: {case.left}[[{case.span}]]{case.right}")
            control_cases = [c for c in (case.control() for case in checks) if c is not None] + good_controls(rule, hood)
            for case in dict.fromkeys(control_cases):
                controls += 1
                start, end = len(case.left), len(case.left) + len(case.span)
                findings = linter.lint_text(case.text, language="id").findings
                if any(f.rule == rule.id or (f.rule.startswith("id.mt") and f.offset < end and f.offset + f.length > start)
                       for f in findings):
                    tally[2] += 1
                    alarms.append((rule.id, case.text))
                    if show is not None:
                        show(f"alarm {rule.id} [{case.kind}]: {case.text}")
    finally:
        linter.close()
    return {"per_kind": dict(per_kind), "per_rule": dict(per_rule), "alarms": alarms, "controls": controls}


def possessor_pool(rules, excluded: set[str] | None = None) -> list[str]:
    """Names that stand after a wrong rendering in the rules' own bad examples (Tesla, Trump ...)."""
    excluded = excluded if excluded is not None else excluded_words(rules)
    names = set()
    for rule in rules:
        for case in bad_cases(rule):
            m = possessor_after(case)
            if m:
                names.add(m.group(2))
    # Names of people and firms only: no digits (F-16), no short acronym (AS, RI: a country, a bank), no place, no common word capitalised (Teluk,
    # Komite), no word a pattern names (Jumat, Syiah: the slot of a rule, not whose it is).
    return sorted(n for n in names if not re.search(r"\d", n) and n not in excluded and not re.fullmatch(r"[A-Z]{1,3}", n.split()[0])
                  and not any(w.lower() in excluded for w in n.split()))


def possessor_pools(rules) -> dict[str, list[str]]:
    """The possessor names of each domain file: a firm's board gets another firm, a minister's
    title another minister (names from another domain make odd variants: "Sekretaris Negara Nvidia")."""
    by_file: dict[str, list] = defaultdict(list)
    for rule in rules:
        by_file[rule.pack_path].append(rule)
    excluded = excluded_words(rules)
    return {path: possessor_pool(members, excluded) for path, members in by_file.items()}


def excluded_words(rules) -> set[str]:
    words = common_words() | set(places())
    for pattern in slot_words(rules).values():
        words |= set(re.findall(r"[a-z]{3,}", pattern))
    return words


def slot_words(rules) -> dict[str, str]:
    return {r.id: str(r.options.get("pattern", "")).lower() for r in rules}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, help="a folder of real Indonesian news (.txt, a sentence a line) for the real-sentence neighbourhoods")
    parser.add_argument("--select", action="append", default=[], help="rule id or prefix (default: id.mt)")
    parser.add_argument("--show", action="store_true", help="print every missed variant and every alarm")
    parser.add_argument("--worst", type=int, default=15, help="list the N rules with the lowest recall")
    args = parser.parse_args(argv)
    all_rules = rendering_rules(["id.mt"])
    rules = rendering_rules(args.select or ["id.mt"])
    hood = Neighbourhoods(places(), possessor_pools(all_rules), read_sentences(args.corpus), common_words(), slot_words(all_rules),
                          {r.id: r.pack_path for r in all_rules})
    result = measure(rules, hood, show=print if args.show else None)
    caught = sum(v[0] for v in result["per_kind"].values())
    tried = sum(v[1] for v in result["per_kind"].values())
    print(f"{len(rules)} rendering rules; generated: caught {caught}/{tried} ({caught / max(tried, 1):.0%}); "
          f"controls: {len(result['alarms'])} alarms on {result['controls']}")
    for kind in KINDS:
        if kind in result["per_kind"]:
            got, n = result["per_kind"][kind]
            print(f"  {kind:12} {got}/{n} ({got / n:.0%})")
    ranked = sorted((v[0] / v[1], rid, v) for rid, v in result["per_rule"].items() if v[1])
    if args.worst:
        print("lowest recall: " + ", ".join(f"{rid} {v[0]}/{v[1]}" for _, rid, v in ranked[: args.worst]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
