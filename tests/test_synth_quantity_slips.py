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
    case = {"text": row["text"], "first": row["first"], "later": row["later"], "rule": row.get("rule", synth.RULE)}
    assert synth.touches(linter, case) == (row["kind"] == "slip")


def test_result_puts_menjadi_in_place_of_a_lead_word():
    sentence = "Dinas mencatat sebanyak 1.245 kasus DBD di Banyumas."
    m = synth.figures(sentence)[0]
    assert synth._as_result(sentence, m) == "Dinas mencatat menjadi 1.245 kasus DBD di Banyumas."
    sentence = "Sebanyak 1.245 kasus DBD tercatat di Banyumas."
    assert synth._as_result(sentence, synth.figures(sentence)[0]) == "Jumlahnya menjadi 1.245 kasus DBD tercatat di Banyumas."


def test_reordered_only_restates_a_count_of_a_noun():
    fillers = ["Warga diminta waspada.", "Petugas terus berjaga."]
    case = synth.restatement("Petugas mencatat 1.245 kasus demam berdarah di Banyumas.", fillers, "reordered", {},
                             nouns={"kasus"})
    assert case["text"].endswith("Jumlah kasus demam berdarah di Banyumas mencapai 1.245 kasus.\n")
    assert synth.restatement("Harga tiket Rp 250 ribu saja untuk dewasa.", fillers, "reordered", {}, nouns={"ribu"}) is None


def test_event_dates_slip_is_found_and_controls_stay_quiet(linter):
    import random
    fillers = ["Warga diminta waspada.", "Petugas terus berjaga.", "Cuaca cerah sepanjang hari."]
    slips, controls = synth.event_dates(["mogok kerja", "pembangunan jembatan"], fillers, random.Random(3), 4)
    assert len(slips) == 4 and len(controls) == 8
    assert all(synth.touches(linter, case) for case in slips)
    assert not any(synth.touches(linter, case) for case in controls)
