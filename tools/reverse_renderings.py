"""List wrong-sense renderings covered in one direction only, for curation.

    python3 tools/reverse_renderings.py [--all]

A confusion of two senses goes both ways: MT writes "gerbong" (a rail car) for a
team's coach, and "pelatih" (a trainer) for a train's coach. For every English term
of rules/en-id/data/rendering-candidates.tsv with two or more groups of Indonesian
renderings (the dictionary's senses) and at least one rule in rules/id/mt-renderings/,
this prints which groups the rules' `meant` renderings belong to: a term whose rules
all mean one group is covered in one direction, and the other group's words in the
first group's domain are the next rule to consider (the forward rule's context lists
name both domains). Held-out round 5 missed four such reverse confusions.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CANDIDATES = ROOT / "rules" / "en-id" / "data" / "rendering-candidates.tsv"
LEXICON = ROOT / "rules" / "id" / "mt-renderings"


def sense_groups(row: dict) -> list[set[str]]:
    """The Indonesian rendering groups of a candidate row ("everyday: gerbong | everyday: pelatih")."""
    groups = []
    for part in (row.get("sense_domains") or "").split(" | "):
        words = part.split(": ", 1)[-1]
        group = {w.strip().casefold() for w in words.split(",") if w.strip()}
        if group:
            groups.append(group)
    return groups


def rules_by_term() -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for path in sorted(LEXICON.glob("*.yaml")):
        for rule in yaml.safe_load(path.read_text(encoding="utf-8")).get("rules", []):
            if rule.get("source"):
                term = rule["source"].casefold()
                found.setdefault(term.removeprefix("the "), []).append(rule)
    return found


def directions(groups: list[set[str]], rules: list[dict]) -> set[int]:
    """Indices of the sense groups that some rule's `meant` rendering falls in."""
    covered = set()
    for rule in rules:
        meant = rule["meant"] if isinstance(rule["meant"], list) else [rule["meant"]]
        words = {w.casefold() for m in meant for w in [m, *m.split()]}
        for i, group in enumerate(groups):
            if words & group or any(w in m.casefold() for w in group for m in meant):
                covered.add(i)
    return covered


def report(all_terms: bool = False) -> list[tuple[str, str, str, str]]:
    """(term, rule ids, groups meant, groups never meant) for terms with rules."""
    with CANDIDATES.open(encoding="utf-8") as lines:
        rows = list(csv.DictReader((line for line in lines if not line.startswith("#")), delimiter="\t"))
    rules = rules_by_term()
    out = []
    for row in rows:
        groups = sense_groups(row)
        term_rules = rules.get(row["term"].casefold(), [])
        if len(groups) < 2 or not term_rules:
            continue
        covered = directions(groups, term_rules)
        missing = [g for i, g in enumerate(groups) if i not in covered]
        if missing and (all_terms or len(covered) == 1):
            out.append((row["term"], " ".join(r["id"] for r in term_rules),
                        " | ".join(", ".join(sorted(groups[i])) for i in sorted(covered)),
                        " | ".join(", ".join(sorted(g)) for g in missing)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--all", action="store_true", help="also terms whose rules mean two or more groups")
    args = parser.parse_args(argv)
    rows = report(args.all)
    writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    writer.writerow(["term", "rules", "meant_groups", "never_meant"])
    writer.writerows(rows)
    print(f"# {len(rows)} terms whose rules mean one sense group only", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
