"""The free-translation variant generator (tools/free_variants.py) on a small committed
sample (tests/data/free-variants-sample.jsonl, written by `--write-sample`): every
transformation still makes the variant recorded from its line, and the pair rules say of
each variant what they said when the sample was written: nothing serious on a faithful
variant unless the record lists the rule, the slip's own family on a slipped one unless
the record says it was missed. A change either way fails here; rewrite the sample with
`python3 tools/free_variants.py --write-sample tests/data/free-variants-sample.jsonl` and
say why in the commit."""

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import free_variants  # noqa: E402

SAMPLE = [json.loads(line) for line in (ROOT / "tests/data/free-variants-sample.jsonl").read_text(encoding="utf-8").splitlines()]
TRANSFORMS = {t.name: t for t in free_variants.TRANSFORMS}


def _id(record):
    return f"{record['transform']}-{record['line']}"


def test_the_sample_covers_every_transformation():
    assert {r["transform"] for r in SAMPLE} == set(TRANSFORMS)


@pytest.mark.parametrize("record", SAMPLE, ids=_id)
def test_the_transformation_makes_the_recorded_variant(record):
    made = TRANSFORMS[record["transform"]].apply(record["source_before"], record["target_before"])
    assert made == (record["source"], record["target"])


@pytest.fixture(scope="module")
def pair_linter():
    from qa_lint.api import Linter, Options

    return Linter(Options(select=["en-id"], ui_lang="en"))


@pytest.mark.parametrize("record", SAMPLE, ids=_id)
def test_the_pair_rules_say_what_was_recorded(pair_linter, record):
    found = free_variants.line_findings(pair_linter, record["source"], record["target"])
    assert free_variants.outcome(record, found) == record["outcome"]


def test_the_recorded_outcomes_are_mostly_right():
    """Not a snapshot only: most faithful variants are quiet and most slips are found."""
    faithful = [r for r in SAMPLE if r["kind"] == "faithful"]
    slips = [r for r in SAMPLE if r["kind"] == "slip"]
    assert sum(not r["outcome"] for r in faithful) >= 0.8 * len(faithful)
    assert sum(bool(r["outcome"]) for r in slips) >= 0.6 * len(slips)


def test_a_slip_changes_what_the_line_says():
    made = TRANSFORMS["number-changed"].apply("About 120 people died.", "Sekitar 120 orang tewas.")
    assert made == ("About 120 people died.", "Sekitar 123 orang tewas.")
    made = TRANSFORMS["date-changed"].apply("on June 19", "pada 19 Juni")
    assert made == ("on June 19", "pada 19 Juli")


def test_faithful_rewrites_keep_the_meaning():
    assert free_variants.date_numeric("pada 19 Juni 2024.") == "pada 19/6/2024."
    assert free_variants.scale_to_digits("sebanyak 2,5 juta orang") == "sebanyak 2.500.000 orang"
    assert free_variants.attribution_front("Harga naik, kata Budi Santoso.") == "Menurut Budi Santoso, harga naik."
    assert free_variants.time_gmt("pukul 10.00 WIB.") == "pukul 10.00 WIB (03.00 GMT)."


def test_desk_moves_keep_the_meaning():
    assert free_variants.clause_reordered("Kereta dihentikan setelah rel di dekat stasiun terendam.") == \
        "Setelah rel di dekat stasiun terendam, kereta dihentikan."
    assert free_variants.office_added("Hal itu, kata Putin.") == "Hal itu, kata Presiden Rusia Putin."
    assert free_variants.time_wib("pada pukul 19.00 GMT.") == "pada pukul 02.00 WIB."
    assert free_variants.scale_converted("senilai Rp3 miliar.") == "senilai Rp3.000 juta."
    assert free_variants.scale_converted("sebesar 4,5 miliar dolar AS") == "sebesar 4.500 juta dolar AS"
    assert free_variants.rupiah_added("menjanjikan 20 miliar dolar AS pada 2022.") == \
        "menjanjikan 20 miliar dolar AS (sekitar Rp320 triliun) pada 2022."
    assert free_variants.rupiah_added("Rp1,5 triliun (92 juta dolar AS).") is None  # already a conversion
    assert free_variants.classifier_added("ribuan warga di Jawa Tengah mengungsi") == "ribuan warga di Provinsi Jawa Tengah mengungsi"
    assert free_variants.negative_rendered("Tim itu gagal lolos.") == "Tim itu tidak berhasil lolos."
    assert free_variants.negative_source("The court did not say.", "Pengadilan tidak menyebutkan.") == \
        ("The court failed to say.", "Pengadilan tidak menyebutkan.")


def test_slips_of_meaning_change_what_the_line_says():
    assert free_variants.modality_dropped("The plant will close in March.", "Pabrik itu akan ditutup pada Maret.") == \
        ("The plant could close in March.", "Pabrik itu akan ditutup pada Maret.")
    assert free_variants.modality_dropped("The plant may close.", "Pabrik itu mungkin ditutup.") is None  # hedged already
    swapped = free_variants.entity_swapped("in Central Java", "di Jawa Tengah.")
    assert swapped and "Jawa Tengah" not in swapped[1]
    added = TRANSFORMS["cause-added"].apply("Prices rose.", "Harga naik.")
    assert added and added[1].startswith("Harga naik ") and added[1] != "Harga naik."
    assert TRANSFORMS["cause-added"].apply("Prices rose because of the drought.", "Harga naik karena kemarau.") is None
