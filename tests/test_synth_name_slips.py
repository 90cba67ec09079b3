"""tools/synth_name_slips.py: the slips it writes, and the name checks on its committed sample
(cases built from the held-out fixtures' clean lines: fixtures/synth-names/sample.json)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import synth_name_slips as synth  # noqa: E402

SAMPLE = ROOT / "fixtures/synth-names/sample.json"


def test_vowel_and_letter_slips_change_one_letter_after_the_first():
    rnd = random.Random(3)
    for word in ["Hartono", "Bagus", "Wibisono", "Kusumawati"]:
        for slip in (synth.slip_vowel, synth.slip_letter):
            new = slip(word, rnd)
            assert new is not None and new != word and len(new) == len(word) and new[0] == word[0]
            assert sum(a != b for a, b in zip(new, word)) == 1


def test_syllables_split_an_indonesian_name():
    assert synth.syllables("Wibisono") == ["wi", "bi", "so", "no"]
    assert "".join(synth.syllables("Kurniawan")) == "kurniawan"


def test_pack_siblings_come_from_the_role_data():
    pack = synth.Pack()
    assert "Jaksa" in pack.siblings("Hakim Ketua")
    assert "Dekan" in pack.siblings("Rektor")
    # A longer form of the same office is the same office.
    assert "Hakim Ketua" not in pack.siblings("Hakim")


@pytest.fixture(scope="module")
def report():
    return synth.score(synth.load_sample(SAMPLE))["kinds"]


def test_respellings_are_the_ways_indonesian_names_are_written():
    assert "Rizki" in synth.respellings_of("Rizky")
    assert "Ardiansah" in synth.respellings_of("Ardiansyah")
    assert "Rizky" in synth.respellings_of("Rizki")  # a final i as y
    assert "Muhamad" in synth.respellings_of("Muhammad")  # a doubled letter once
    assert synth.respellings_of("Budi") == ["Budy"]
    assert synth.respellings_of("Agus") == []


def test_wrong_provinces_come_from_the_regions_data():
    regions = synth.Regions(ROOT / "rules/id/data/wilayah.tsv")
    code = regions.unique("Rokan Hilir")
    assert regions.provinces[code] == "Riau"
    wrong = regions.wrong_provinces("Rokan Hilir", code)
    assert "Jambi" in wrong and "Riau" not in wrong
    assert "Jawa Barat" not in wrong  # another island group
    # A province split from the right one was right before the split.
    assert "Papua" not in regions.wrong_provinces("Merauke", regions.unique("Merauke"))
    assert regions.unique("Bogor") is not None and regions.unique("Jambi") is None  # Jambi is a province too


def test_sample_covers_every_kind(report):
    assert set(report) == set(synth.KINDS) | set(synth.CONTROL_KINDS)


def test_no_false_alarm_on_the_controls(report):
    assert all(row["false_alarms"] == 0 for row in report.values())


def test_one_letter_name_slips_are_found(report):
    # A first name or surname one letter off after the person was introduced with a title.
    # An office later swapped for one that excludes it, before the full name or the surname alone.
    for kind in ("name-vowel", "name-letter", "given-name", "respelt-both", "wrong-province"):
        assert report[kind]["found"] == report[kind]["cases"] > 0
    # "Hakim Ketua Kevin Hapsari" ... "Jaksa Penuntut Umum Hapsari" is still missed.
    assert report["role-sibling"]["found"] >= report["role-sibling"]["cases"] - 1 > 0
