"""Generated office changes: one person given two offices that exclude each other, in every
shape the news writes an office, for every pair of offices of the pack's `exclusive` groups.

    python3 tools/synth_role_changes.py [--per-pair 1] [--seed 0] [--pack rules/id/names.yaml] [--verbose] [--json]

The blind held-out sets keep bringing pairs of offices the pack did not list (Kepala Dinas /
Sekretaris Dinas, Direktur Utama / Direktur Teknologi) and shapes the check did not read. This
tool measures both at once on many cases: each case is a short article where a person is
introduced with office A and named later with office B of the same group, written in one of
the shapes below; its controls must stay quiet.

    before      office, place, name              "Kapolda Jawa Timur Budi Santoso mengatakan"
    apposition  office and place, name in commas  "Kapolda Jawa Timur, Budi Santoso, mengatakan"
    ranked      office, place, rank, name         "Kapolda Jawa Timur Irjen Budi Santoso"
    selaku      name "selaku" office              "Budi Santoso selaku Kapolda Jawa Timur"

Controls: `same-office` (the office repeated), `two-people` (office B given to another
person) and `former` (the first office said to be past: "mantan"). Recall counts a finding
of id.names.role-changes on the changed line; a false alarm is such a finding in a control.
Names and places are invented from short lists; the offices are the pack's, so the tool
measures the check's shapes across all the offices it knows, not which offices it knows.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_lint import yamlmarks  # noqa: E402

RULE = "id.names.role-changes"
GIVEN = ["Budi", "Agnes", "Hendra", "Wulan", "Yosef", "Ratna", "Dedi", "Sri", "Bagus", "Maria"]
SURNAMES = ["Santoso", "Kelen", "Wiralaksana", "Sekarsari", "Ndun", "Siregar", "Kurniawan", "Wahyuni", "Pratama", "Lamo"]
PLACES = ["Jawa Timur", "Malang", "Sulawesi Selatan", "Bone", "Flores Timur", "Natuna", "Banyumas"]
RANKS = ["Irjen", "Kombes", "AKBP", "Brigjen", "Kolonel", "Letkol"]
FILLER = "Petugas memeriksa tujuh saksi dan mengamankan barang bukti di lokasi."
SHAPES = ("before", "apposition", "ranked", "selaku")


def groups(pack: Path) -> list[list[str]]:
    rules = yamlmarks.safe_load(pack.read_text(encoding="utf-8"))["rules"]
    return [list(g) for g in next(r for r in rules if r["id"] == RULE)["exclusive"]]


def mention(shape: str, office: str, place: str, name: str, rank: str, first: bool) -> str:
    verb = "mengatakan pemeriksaan berlanjut." if first else "menambahkan hasilnya diumumkan pekan depan."
    if shape == "before":
        return f"{office} {place} {name} {verb}"
    if shape == "apposition":
        return f"{office} {place}, {name}, {verb}"
    if shape == "ranked":
        return f"{office} {place} {rank} {name} {verb}"
    return f"Menurut {name} selaku {office} {place}, pemeriksaan berlanjut." if first else f"{office} {place} {name} {verb}"


def article(first: str, later: str) -> str:
    return f"{first}\n\n{FILLER}\n\n{later}\n"


def cases(pack: Path, per_pair: int, rnd: random.Random):
    """(kind, shape, pair, text): the slips, then their controls."""
    seen = set()
    for group in groups(pack):
        for a, b in itertools.permutations(group, 2):
            if (a, b) in seen or a.lower().startswith(b.lower() + " ") or b.lower().startswith(a.lower() + " "):
                continue  # one office named closer ("Hakim" / "Hakim Ketua") is no change
            seen.add((a, b))
            for _ in range(per_pair):
                shape = rnd.choice(SHAPES)
                name, other = (f"{rnd.choice(GIVEN)} {s}" for s in rnd.sample(SURNAMES, 2))
                place, place2 = rnd.sample(PLACES, 2)
                rank = rnd.choice(RANKS)
                first = mention(shape, a, place, name, rank, True)
                later_shape = "before" if shape == "selaku" else shape
                yield "slip", shape, (a, b), article(first, mention(later_shape, b, place2, name, rank, False))
                yield "same-office", shape, (a, a), article(first, mention(later_shape, a, place, name, rank, False))
                yield "two-people", shape, (a, b), article(first, mention(later_shape, b, place2, other, rank, False))
                if shape != "selaku":
                    yield "former", shape, (a, b), article("Mantan " + first, mention(later_shape, b, place2, name, rank, False))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-pair", type=int, default=1)
    parser.add_argument("--pack", type=Path, default=ROOT / "rules/id/names.yaml",
                        help="the names pack whose offices the cases use (another version's, to measure the check before a change)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    os.environ.setdefault("QA_LINT_LANGUAGETOOL", "off")
    from qa_lint.api import Linter, Options

    linter = Linter(Options(select=[RULE]))
    total: Counter = Counter()
    hits: Counter = Counter()
    missed = []
    for kind, shape, pair, text in cases(args.pack, args.per_pair, random.Random(args.seed)):
        findings = [f for f in linter.lint_text(text, language="id").findings if f.rule == RULE]
        key = (kind, shape)
        total[key] += 1
        fired = any(f.line == 5 for f in findings) if kind == "slip" else bool(findings)
        hits[key] += fired
        if (kind == "slip") != fired:
            missed.append((kind, shape, pair, text.replace("\n\n", " / ").strip()))
    linter.close()
    report = {f"{kind} {shape}": {"hits": hits[(kind, shape)], "total": n} for (kind, shape), n in sorted(total.items())}
    slips = [k for k in total if k[0] == "slip"]
    summary = {
        "recall": round(sum(hits[k] for k in slips) / max(1, sum(total[k] for k in slips)), 3),
        "slips": sum(total[k] for k in slips),
        "false_alarms": sum(hits[k] for k in total if k[0] != "slip"),
        "controls": sum(total[k] for k in total if k[0] != "slip"),
    }
    if args.json:
        print(json.dumps({"summary": summary, "by_kind": report, "wrong": missed}, ensure_ascii=False, indent=1))
        return 0
    for key, value in report.items():
        print(f"{key:24} {value['hits']:4}/{value['total']}")
    print(f"recall {summary['recall']} on {summary['slips']} slips; {summary['false_alarms']} false alarms on {summary['controls']} controls")
    if args.verbose:
        for kind, shape, pair, text in missed:
            print(f"  {'missed' if kind == 'slip' else 'ALARM'} {shape} {pair}: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
