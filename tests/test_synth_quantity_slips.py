"""tools/synth_quantity_slips.py: its slips of a number, and a committed sample of its cases
(tests/data/quantity-slips.jsonl, written with --sample) that id.number.quantity-changes
still decides as it did when the sample was written: every slip found then is found,
and no control (the unaltered article, or two unrelated sentences) raises a finding."""

import json
import sys

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import synth_quantity_slips as synth  # noqa: E402

SAMPLE = [json.loads(line) for line in (ROOT / "tests" / "data" / "quantity-slips.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("number,kind,slipped", [
    ("2.400", "swap", "4.200"),
    ("2.400", "digit", "3.400"),
    ("5,25", "neighbour", "5,26"),
    ("2.400", "neighbour", "2.500"),
    ("1.500", "shift", "15.000"),
    ("5,25", "shift", "52,5"),
    ("2.400", "dropped", "2.000"),
    ("18", "dropped", None),  # too few digits
    ("11", "swap", None),  # nothing to swap
])
def test_slips_keep_the_marks_in_place(number, kind, slipped):
    assert synth.slip(number, kind) == slipped


def test_the_sample_holds_slips_and_controls():
    kinds = {row["kind"] for row in SAMPLE}
    assert kinds == {"slip", "control"}
    assert any(row["flagged"] for row in SAMPLE if row["kind"] == "slip")


@pytest.mark.parametrize("row", [r for r in SAMPLE if r["kind"] == "control" or r["flagged"]],
                         ids=lambda r: f"{r['kind']}-{r['way']}-{r['slip']}")
def test_sample_decided_as_recorded(linter, row):
    case = {"text": row["text"], "first": row["first"], "later": row["later"]}
    assert synth.touches(linter, case) == (row["kind"] == "slip")
