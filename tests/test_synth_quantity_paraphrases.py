"""tools/synth_quantity_paraphrases.py: the paraphrases it makes (numbers in words, a
classifier, an acronym, a toll in other words) and its controls, on sentences written here."""

import random
import sys

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import synth_quantity_paraphrases as paraphrases  # noqa: E402


@pytest.mark.parametrize("value,words", [
    (6, "enam"),
    (320, "tiga ratus dua puluh"),
    (1340, "seribu tiga ratus empat puluh"),
    (3000, "tiga ribu"),
    (2400, None),  # "dua ribu empat ratus": no short spelling the rule reads
])
def test_numbers_in_words(value, words):
    assert paraphrases.in_words(value) == words


def test_acronym_replaces_the_name_and_its_bracket():
    sentence = "Badan Pusat Statistik (BPS) mencatat 1.245 warga miskin baru."
    start, end, short = paraphrases.acronym_form(sentence)
    assert (sentence[start:end], short) == ("Badan Pusat Statistik (BPS)", "BPS")


def _later(case):
    a, b = case["later"]
    return case["text"].rstrip("\n").rsplit("\n", 1)[-1], case["text"][a:b]


def test_figure_cases_paraphrase_the_later_statement():
    sentence = "Badan Pusat Statistik (BPS) mencatat 1.340 warga mengungsi ke balai desa."
    cases = paraphrases.figure_cases(sentence, ["Isi satu.", "Isi dua."], {}, random.Random(1))
    ways = {(c["way"], "slip" in c) for c in cases}
    assert {("words", True), ("words", False), ("classifier", True), ("acronym", True), ("words-revised", False)} <= ways
    classifier = next(c for c in cases if c["way"] == "classifier" and c.get("slip") == "digit")
    assert _later(classifier) == ("Badan Pusat Statistik (BPS) mencatat 2.340 orang mengungsi ke balai desa.", "2.340")
    words = next(c for c in cases if c["way"] == "words" and "slip" not in c)
    assert _later(words)[1] == "seribu tiga ratus empat puluh"
    acronym = next(c for c in cases if c["way"] == "acronym" and c.get("slip") == "digit")
    assert _later(acronym) == ("BPS mencatat 2.340 warga mengungsi ke balai desa.", "2.340")


def test_a_bounded_figure_is_not_restated():
    assert paraphrases.figure_cases("Petugas mencatat lebih dari 3.500 warga mengungsi.", ["a.", "b."], {}, random.Random(1)) == []


def test_toll_slips_respect_a_lower_bound():
    sentence = "Banjir bandang menewaskan sedikitnya 21 orang di Bima."
    m = paraphrases.TOLL.search(sentence)
    cases = paraphrases.toll_cases(sentence, m, 21, ["a.", "b."], random.Random(1))
    slipped = [int(_later(c)[1]) for c in cases if c.get("slip") and _later(c)[1].isdigit()]
    assert slipped and all(v < 21 for v in slipped)
    assert {c["way"] for c in cases if "slip" not in c} == {"toll", "toll-injured", "toll-revised", "toll-last-days"}
