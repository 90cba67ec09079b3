"""Generated dates of events that happen once where they happen: a landslide or a flash flood
dated once at a district, then restated a few days off at the same district.

    python3 tools/synth_placed_events.py [--cases 200] [--seed 0] [--verbose] [--json]

The blind held-out sets date one event twice in shapes the date rule's pointers ("itu",
"tersebut") do not cover: "tanah longsor menimbun empat rumah di Kecamatan Wera ... pada
Selasa (9/3/2027)" and later "korban yang tertimbun longsor pada Rabu (10/3/2027) di Wera".
This tool measures id.date.weekday-mismatch on many such cases: the districts and their
regencies are drawn from the Kemendagri regions the project ships (rules/id/data/wilayah.tsv),
the dates from a calendar (every weekday right, so only the second date can be wrong), and
the later clause is written in one of three shapes:

    place-after   "korban yang tertimbun longsor pada Rabu (10/3/2027) di Wera"
    place-before  "Longsor di Wera pada Rabu (10/3/2027) menewaskan ..."
    flash-flood   "Banjir bandang yang menerjang Wera pada Rabu (10/3/2027) ..."

Each case has four controls that must stay quiet: `same-date` (the date restated right),
`other-place` (another district of the same regency), `aftershock` (a "longsor susulan", a
second event) and `weeks-later` (fifteen days apart: another event). Recall counts a finding
of the date rule on the restating line; a false alarm is any finding of it in a control.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RULE = "id.date.weekday-mismatch"
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
SHAPES = ("place-after", "place-before", "flash-flood")
CONTROLS = ("same-date", "other-place", "aftershock", "weeks-later")
MIDDLE = "Badan Penanggulangan Bencana Daerah (BPBD) mencatat puluhan warga mengungsi ke rumah kerabat."


def districts() -> list[tuple[str, str, list[str]]]:
    """(district, its regency as written, the other districts of that regency), one-word names only."""
    regencies: dict[str, str] = {}
    by_regency: dict[str, list[str]] = {}
    with (ROOT / "rules/id/data/wilayah.tsv").open(encoding="utf-8") as handle:
        for row in csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t"):
            if len(row) < 3:
                continue
            code, level, name = row[:3]
            if level in ("kabupaten", "kota"):
                regencies[code] = f"{'Kabupaten' if level == 'kabupaten' else 'Kota'} {name}"
            elif level == "kecamatan" and name.isalpha() and name[:1].isupper():
                by_regency.setdefault(code.rsplit(".", 1)[0], []).append(name)
    out = []
    for code, names in by_regency.items():
        if code in regencies and len(names) >= 3:
            # Another district is another place only when its name is no word of the regency's
            # ("Kecamatan Kepahiang" lies in "Kabupaten Kepahiang": naming either is the same place).
            regency = regencies[code]
            out.extend((n, regency, [o for o in names if o != n and o not in regency.split()]) for n in names)
    return out


def dated(day: dt.date) -> str:
    return f"{WEEKDAYS[day.weekday()]} ({day.day}/{day.month}/{day.year})"


def later(shape: str, place: str, day: dt.date, event: str = "longsor") -> str:
    if shape == "place-after":
        return f"Tim SAR gabungan masih mencari dua korban yang tertimbun {event} pada {dated(day)} di {place}."
    if shape == "place-before":
        return f"{event.capitalize()} di {place} pada {dated(day)} menewaskan tiga warga dan merusak jalan desa."
    return f"Banjir bandang yang menerjang {place} pada {dated(day)} juga memutus jembatan penghubung antardesa."


def first(shape: str, place: str, regency: str, day: dt.date) -> str:
    if shape == "flash-flood":
        return f"Banjir bandang menerjang permukiman di Kecamatan {place}, {regency}, pada {dated(day)} dini hari."
    return f"Tanah longsor menimbun empat rumah di Kecamatan {place}, {regency}, pada {dated(day)} dini hari."


def cases(count: int, rnd: random.Random):
    """(kind, shape, text) for `count` slips, each followed by its controls."""
    pool = districts()
    for _ in range(count):
        place, regency, others = rnd.choice(pool)
        shape = rnd.choice(SHAPES)
        day = dt.date(2027, 1, 1) + dt.timedelta(days=rnd.randrange(700))
        shifted = day + dt.timedelta(days=rnd.choice([-3, -2, -1, 1, 2, 3]))
        opening = first(shape, place, regency, day)

        def article(line: str, opening: str = opening) -> str:
            return f"{opening}\n\n{MIDDLE}\n\n{line}\n"

        yield "slip", shape, article(later(shape, place, shifted))
        yield "same-date", shape, article(later(shape, place, day))
        yield "other-place", shape, article(later(shape, rnd.choice(others), shifted))
        if shape != "flash-flood":
            yield "aftershock", shape, article(later(shape, place, shifted, "longsor susulan"))
        yield "weeks-later", shape, article(later(shape, place, day + dt.timedelta(days=15)))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    os.environ.setdefault("QA_LINT_LANGUAGETOOL", "off")
    sys.path.insert(0, str(ROOT))
    from qa_lint.api import Linter, Options

    linter = Linter(Options(select=[RULE]))
    total: Counter = Counter()
    hits: Counter = Counter()
    wrong = []
    for kind, shape, text in cases(args.cases, random.Random(args.seed)):
        lines = {f.line for f in linter.lint_text(text, language="id").findings if f.rule == RULE}
        fired = 5 in lines if kind == "slip" else bool(lines)
        total[(kind, shape)] += 1
        hits[(kind, shape)] += fired
        if fired != (kind == "slip"):
            wrong.append((kind, shape, text.replace("\n\n", " / ").strip()))
    linter.close()
    slips = [k for k in total if k[0] == "slip"]
    summary = {
        "recall": round(sum(hits[k] for k in slips) / max(1, sum(total[k] for k in slips)), 3),
        "slips": sum(total[k] for k in slips),
        "false_alarms": sum(hits[k] for k in total if k[0] != "slip"),
        "controls": sum(total[k] for k in total if k[0] != "slip"),
    }
    by_kind = {f"{kind} {shape}": {"hits": hits[(kind, shape)], "total": n} for (kind, shape), n in sorted(total.items())}
    if args.json:
        print(json.dumps({"summary": summary, "by_kind": by_kind, "wrong": wrong}, ensure_ascii=False, indent=1))
        return 0
    for key, value in by_kind.items():
        print(f"{key:26} {value['hits']:4}/{value['total']}")
    print(f"recall {summary['recall']} on {summary['slips']} slips; {summary['false_alarms']} false alarms on {summary['controls']} controls")
    if args.verbose:
        for kind, shape, text in wrong:
            print(f"  {'missed' if kind == 'slip' else 'ALARM'} {kind} {shape}: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
