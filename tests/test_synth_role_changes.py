"""tools/synth_role_changes.py: the office changes it writes, their controls, and the check on a
few of them (a slip fires on the later line; its controls stay quiet)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import synth_role_changes as synth  # noqa: E402

from qa_lint.api import Linter, Options  # noqa: E402

PACK = ROOT / "rules/id/names.yaml"


def test_every_shape_puts_the_office_and_the_name_in_the_mention():
    for shape in synth.SHAPES:
        text = synth.mention(shape, "Kapolda", "Jawa Timur", "Budi Santoso", "Irjen", True)
        assert "Kapolda Jawa Timur" in text and "Budi Santoso" in text


def test_a_longer_form_of_one_office_is_no_change():
    pairs = {pair for kind, _, pair, _ in synth.cases(PACK, 1, random.Random(0)) if kind == "slip"}
    assert ("Kapolda", "Kapolres") in pairs
    assert ("Hakim", "Hakim Ketua") not in pairs and ("Komisaris", "Komisaris Utama") not in pairs


def test_each_slip_has_its_controls_and_the_check_tells_them_apart():
    rnd = random.Random(1)
    wanted = {("Kapolda", "Kapolres"), ("Camat", "Kepala Desa"), ("Kajati", "Kajari")}
    chosen = [c for c in synth.cases(PACK, 1, rnd) if c[2] in wanted or (c[0] == "same-office" and c[2][0] in {"Kapolda", "Camat"})]
    kinds = {c[0] for c in chosen}
    assert {"slip", "same-office", "two-people"} <= kinds
    linter = Linter(Options(select=[synth.RULE]))
    try:
        for kind, shape, pair, text in chosen:
            lines = {f.line for f in linter.lint_text(text, language="id").findings}
            if kind == "slip":
                assert 5 in lines, (shape, pair, text)
            else:
                assert not lines, (kind, shape, pair, text)
    finally:
        linter.close()
