"""Generate rewordings of the hedge tuning sets and score the hedge-escalation rule on them.

    python3 tools/hedge_variants.py [fixtures/heldout/hedges-round*] [--synonyms FILE ...] [--show N]

A blind set words its escalations in new ways; the tuning sets' own wordings are learnt by
heart. This rewrites every marked escalation (family hedge) of the sets in other words and
checks that the rule still finds it, and rewrites every clean line that carries a hedge cue
(the hedges the controls keep) and checks that nothing new is reported on a clean line:

- synonym: one content word replaced by a synonym of the same form (bare root, root+nya,
  root+an, di-/ter-/ber- + root) from the synonym files: the rule's own
  (data/hedge-synonyms.yaml) and data/hedge-thesaurus.yaml (mined by tools/id_thesaurus.py);
  ``--synonyms`` names others, or none (``--synonyms``) for a fixed rewording set;
- affix: a passive di-root made ter-root and back ("diduga ... terbakar" / "dibakar");
- premise: the escalated sentence made the premise of another ("Karena ..., warga diminta
  tetap waspada.").

Only the rule id.sourcing.hedge-escalation runs. Output: variants found / variants made
(and of those whose original line is found), and findings on clean lines of rewritten
controls; --show lists missed variants. ``--rule-synonyms FILE`` runs the rule with these
synonym files instead of its own (to compare data before and after).
"""

from __future__ import annotations

import argparse
import copy
import sys
from dataclasses import dataclass
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_lint import packs, yamlmarks  # noqa: E402
from qa_lint.readers import read_text  # noqa: E402
from qa_lint.stemming import stemmer  # noqa: E402

RULE = "id.sourcing.hedge-escalation"
DATA = ROOT / "rules/id/data"
WORD = regex.compile(r"\p{L}+(?:-\p{L}+)*")
# Forms of a root whose affixes can be moved to another root as they stand (no nasal change).
PREFIXES = ("", "di", "ter", "ber")
SUFFIXES = ("", "nya", "an")
PREMISE_TAIL = ", warga diminta tetap waspada."


@dataclass
class Variant:
    kind: str  # synonym | affix | premise
    article: str
    line: int  # the rewritten line (1-based)
    text: str  # the whole rewritten article
    before: str
    after: str
    escalation: bool  # a marked escalation (must be found) or a control's hedge (must stay quiet)
    clean_lines: frozenset[int] = frozenset()


def synonym_table(files: list[Path]) -> dict[str, list[str]]:
    """stem -> the other roots of its groups."""
    stem = stemmer("id")
    table: dict[str, list[str]] = {}
    for path in files:
        data = yamlmarks.safe_load(path.read_text(encoding="utf-8")) or {}
        for group in data.get("synonyms", []):
            words = [str(w).casefold() for w in group]
            for w in words:
                table.setdefault(stem(w), []).extend(o for o in words if o != w and stem(o) != stem(w))
    return table


def reworded(word: str, table, stem) -> list[str]:
    """The word with its root replaced by each synonym, affixes kept (only forms that carry
    the root unchanged: "rembesan" -> "bocoran", "diduga" is never a content root here)."""
    key = word.casefold()
    root = stem(key)
    out = []
    for prefix in PREFIXES:
        for suffix in SUFFIXES:
            if key == prefix + root + suffix:
                out += [prefix + other + suffix for other in table.get(root, [])]
    if word[:1].isupper():
        out = [w[:1].upper() + w[1:] for w in out]
    return list(dict.fromkeys(out))


def article_variants(path: Path, spec: dict, table, stem, hedge_cue, known: set[str], stopwords) -> list[Variant]:
    """The rewordings of an article's marked escalations and of its clean hedged lines; a hedge
    cue is never reworded (a control's line keeps its hedge), and an affix swap makes only a
    word of the word lists ("tersebut" is no ter- form of "sebut": no "disebut" made of it)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    clean = frozenset(range(1, len(lines) + 1)) if spec.get("clean") else frozenset(spec.get("clean_lines") or [])
    targets = [(p["line"], True) for p in spec.get("problems") or [] if p.get("family") == "hedge" and p.get("must")]
    targets += [(n, False) for n in sorted(clean) if n <= len(lines) and hedge_cue.search(lines[n - 1])]
    found = []
    for number, escalation in targets:
        line = lines[number - 1]

        def variant(kind, new, before, after, number=number, escalation=escalation):
            text = "\n".join(lines[: number - 1] + [new] + lines[number:])
            return Variant(kind, path.name, number, text, before, after, escalation, clean)

        cues = [(c.start(), c.end()) for c in hedge_cue.finditer(line)]
        words = [m for m in WORD.finditer(line)
                 if not any(a <= m.start() < b for a, b in cues) and m.group().casefold() not in stopwords]
        for m in words:
            if m.start() == 0 and number == 1:
                continue  # a headline's first word
            for other in reworded(m.group(), table, stem)[:2]:
                found.append(variant("synonym", line[: m.start()] + other + line[m.end():], m.group(), other))
        for m in words:
            key = m.group()
            for a, b in (("di", "ter"), ("ter", "di")):
                if key.startswith(a) and len(key) > len(a) + 3 and stem(key) == key[len(a):] and b + key[len(a):] in known:
                    found.append(variant("affix", line[: m.start()] + b + key[len(a):] + line[m.end():], key, b + key[len(a):]))
        body = line.strip()
        if escalation and number > 1 and "," not in body and body.endswith(".") and not body.startswith('"'):
            # "Karena tanggul jebol, warga diminta tetap waspada.": the claim taken as given.
            opening = body.split(" ", 1)[0]
            lowered = body[:-1] if opening.isupper() or opening[1:].lower() != opening[1:] else body[0].lower() + body[1:-1]
            found.append(variant("premise", "Karena " + lowered + PREMISE_TAIL, body, "Karena ..."))
    return found


def check_with(synonyms: list[Path] | None):
    """The rule's check, with its own synonym files or with these."""
    pset = packs.load()
    check = pset.check(RULE)
    if synonyms is None:
        return pset, check
    rule = copy.copy(check.rule)
    rule.options = dict(rule.options, synonyms_file=[str(p.resolve()) for p in synonyms])
    return pset, type(check)(rule, check.env)


def fires(pset, check, text: str) -> list:
    doc = read_text(text, "<variant>", "txt")
    pset.settle_language(doc, "id")
    return [f for f in check.run(doc) if f.severity in ("error", "warning")]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--synonyms", nargs="*", type=Path,
                        default=[DATA / "hedge-synonyms.yaml", DATA / "hedge-thesaurus.yaml"])
    parser.add_argument("--rule-synonyms", nargs="*", type=Path, default=None,
                        help="run the rule with these synonym files instead of its own")
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args(argv)
    folders = args.folders or sorted((ROOT / "fixtures/heldout").glob("hedges-round*/"))
    stem = stemmer("id")
    table = synonym_table([p for p in args.synonyms if p.is_file()])
    pset, check = check_with(args.rule_synonyms)
    hedge_cue = check.hedges
    # Roots (words.txt) and the frequent word forms of news and web text (words-frequent.txt).
    known = {w.strip() for name in ("words.txt", "words-frequent.txt")
             for w in (DATA / name).read_text(encoding="utf-8").splitlines() if w and not w.startswith("#")}
    tally = {}  # kind -> [found, made, found where the original is found, original found]
    alarms, quiet, misses, noisy = 0, 0, [], []
    for folder in folders:
        for spec_path in sorted(folder.glob("*.expected.yaml")):
            spec = yamlmarks.safe_load(spec_path.read_text(encoding="utf-8"))
            path = folder / spec["file"]
            original_lines = {f.line for f in fires(pset, check, path.read_text(encoding="utf-8"))}
            for v in article_variants(path, spec, table, stem, hedge_cue, known, check.stopwords):
                lines = {f.line for f in fires(pset, check, v.text)}
                if v.escalation:
                    t = tally.setdefault(v.kind, [0, 0, 0, 0])
                    hit = v.line in lines
                    t[0] += hit
                    t[1] += 1
                    if v.line in original_lines:
                        t[2] += hit
                        t[3] += 1
                    if not hit:
                        misses.append(v)
                else:
                    new = {n for n in lines - original_lines if n in v.clean_lines}
                    alarms += bool(new)
                    quiet += 1
                    if new:
                        noisy.append((v, sorted(new)))
    for kind, (hit, made, kept, base) in sorted(tally.items()):
        print(f"{kind:8} escalations found {hit}/{made} ({hit / made:.2f}); "
              f"of those whose original is found {kept}/{base} ({kept / max(base, 1):.2f})")
    hit, made = sum(t[0] for t in tally.values()), sum(t[1] for t in tally.values())
    print(f"all      escalations found {hit}/{made} ({hit / max(made, 1):.2f})")
    print(f"controls: {alarms} of {quiet} rewritten hedged clean lines gave a new warning on a clean line")
    for v in misses[: args.show]:
        print(f"MISS {v.kind} {v.article}:{v.line} {v.before!r} -> {v.after!r}")
    for v, new in noisy[: args.show]:
        print(f"ALARM {v.kind} {v.article}:{v.line} {v.before!r} -> {v.after!r}: new warning on line(s) {new}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
