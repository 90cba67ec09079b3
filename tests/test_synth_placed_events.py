"""tools/synth_placed_events.py: the districts it draws, the dates it writes, and the date rule
on a few of its cases (a slip fires on the restating line; its controls stay quiet)."""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import synth_placed_events as synth  # noqa: E402

from qa_lint.api import Linter, Options  # noqa: E402


def test_districts_come_with_their_regency_and_other_districts_not_named_like_it():
    pool = synth.districts()
    assert len(pool) > 1000
    wera = [row for row in pool if row[0] == "Wera"]
    assert wera and wera[0][1] == "Kabupaten Bima" and "Donggo" in wera[0][2]
    for place, regency, others in pool[:500]:
        assert place not in others and not set(others) & set(regency.split())


def test_dates_carry_their_own_weekday():
    assert synth.dated(dt.date(2027, 3, 9)) == "Selasa (9/3/2027)"


def test_the_rule_finds_the_slips_and_leaves_the_controls():
    chosen = list(synth.cases(4, random.Random(2)))
    assert {kind for kind, _, _ in chosen} >= {"slip", *synth.CONTROLS} - {"aftershock"}
    linter = Linter(Options(select=[synth.RULE]))
    try:
        for kind, shape, text in chosen:
            lines = {f.line for f in linter.lint_text(text, language="id").findings}
            assert (5 in lines) if kind == "slip" else not lines, (kind, shape, text)
    finally:
        linter.close()
