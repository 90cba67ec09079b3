"""tools/hedge_mined_cues.py: articles per curated cue of each family, with controls."""

import random
import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))

import hedge_mined_cues  # noqa: E402

ROW = ("Pemkot membangun jembatan gantung.", "Pemkot", "membangun", "bangun", "", "jembatan gantung")


def test_families_are_read_from_the_rule_data():
    families = hedge_mined_cues.families(ROOT)
    assert "pesan berantai" in families["rumour"] and "belum dikonfirmasi" not in families["rumour"]
    assert {"bersikukuh", "mengeklaim"} <= set(families["claim"])
    assert {"berkomitmen", "berjanji"} <= set(families["promise"])
    # Every loaded predicate and every verb of saying is tried at least once.
    pairs = [c.split("|") for c in families["accusation"]]
    assert {"menggelapkan", "sengaja"} <= {p for _, p in pairs} and "melaporkan" in {s for s, _ in pairs}


def test_each_cue_gives_escalations_on_line_4_and_controls():
    rng = random.Random(1)
    cases = hedge_mined_cues.rumour_cases("pesan berantai", None, rng, [ROW])
    made = {c.form.split("/")[1]: c for c in cases}
    assert made["done"].lines[1] == "Pesan berantai menyebut Pemkot akan membangun jembatan gantung."
    assert made["done"].escalated == 4 and made["done"].lines[3] == "Pemkot telah membangun jembatan gantung."
    assert made["not-proven"].escalated is None and made["not-proven"].lines[3] == "Pembangunan jembatan gantung tidak terbukti."
    accused = hedge_mined_cues.accusation_cases("menyebut|menggelapkan", None, rng, [ROW])
    assert any(c.form.endswith("/neutral") and c.escalated is None for c in accused)


def test_the_rule_reads_the_cues_and_keeps_the_controls_quiet():
    rng = random.Random(1)
    cases = hedge_mined_cues.claim_cases("bersikukuh", None, rng, [ROW])
    hedge_mined_cues.run(cases)
    for case in cases:
        lines = {f.line for f in case.findings}
        assert (case.escalated in lines) if case.escalated else not lines, case.form
