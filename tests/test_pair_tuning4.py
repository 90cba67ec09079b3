"""Bilingual mechanisms added when tuning on the fourth en-id round (docs/bilingual.md,
"Tuning on the fourth held-out round"). Every case here is written for this file; none
is a held-out line."""

import pytest
from pair_util import findings


# -- a plain-word name inside a translated title ------------------------------------------
def test_a_title_translated_with_a_head_the_dictionary_lacks_is_not_missing(linter):
    source = "Sabah's Water Resources and Environment Board closed the mill in May."
    target = "Lembaga Sumber Daya Air dan Lingkungan Sabah menutup pabrik itu pada Mei."
    assert not findings(linter, source, target, "en-id.entity.missing")


def test_a_proper_name_inside_a_title_is_still_missing(linter):
    source = "Bank Indonesia Governor Perry Warjiyo spoke on Monday."
    target = "Gubernur Bank Indonesia berbicara pada Senin."
    assert [f.rule for f in findings(linter, source, target, "en-id.entity.missing")] == ["en-id.entity.missing"]


# -- a statement moved to a name of another sentence ---------------------------------------
MOVED_SOURCE = ("The Ministry of Health said it would send a team to the site.\n\n"
                "\"We are cooperating fully,\" company spokesperson Rina Wahyuni said.")


def test_a_name_moved_into_a_sentence_that_does_not_name_it_is_reported(linter):
    target = ("Kementerian Kesehatan mengatakan akan mengirim tim ke lokasi.\n\n"
              "\"Kami bekerja sama sepenuhnya,\" kata juru bicara Kementerian Kesehatan, Rina Wahyuni.")
    assert [f.match for f in findings(linter, MOVED_SOURCE, target, "en-id.attribution.moved-to-name")] == ["Kementerian Kesehatan"]


@pytest.mark.parametrize("second_source, second_target", [
    ("\"We are cooperating fully,\" company spokesperson Rina Wahyuni said.",
     "\"Kami bekerja sama sepenuhnya,\" kata juru bicara perusahaan, Rina Wahyuni."),
    # The sentence refers back: "the ministry", "it".
    ("The ministry said inspectors would arrive on Monday.", "Kementerian Kesehatan mengatakan inspektur akan tiba pada Senin."),
    ("It said inspectors would arrive on Monday.", "Kementerian Kesehatan mengatakan inspektur akan tiba pada Senin."),
])
def test_a_name_the_sentence_refers_to_stays_quiet(linter, second_source, second_target):
    source = "The Ministry of Health said it would send a team to the site.\n\n" + second_source
    target = "Kementerian Kesehatan mengatakan akan mengirim tim ke lokasi.\n\n" + second_target
    assert not findings(linter, source, target, "en-id.attribution.moved-to-name")


# -- outlets ----------------------------------------------------------------------------------
def test_an_outlet_cited_in_prose_and_replaced_is_reported(linter):
    found = findings(linter, "All 30 analysts polled by Reuters expected a hold.",
                     "Seluruh 30 analis yang disurvei Bloomberg memperkirakan suku bunga ditahan.", "en-id.entity.outlet-swapped")
    assert [f.match for f in found] == ["Bloomberg"]


@pytest.mark.parametrize("source, target", [
    ("All 30 analysts polled by Reuters expected a hold.", "Seluruh 30 analis yang disurvei Reuters memperkirakan suku bunga ditahan."),
    ("JAKARTA (Reuters) - Exports rose 4% in May.", "JAKARTA (Antara) - Ekspor naik 4% pada Mei."),
])
def test_an_outlet_kept_or_in_a_dateline_stays_quiet(linter, source, target):
    assert not findings(linter, source, target, "en-id.entity.outlet-swapped")


# -- added consequences and comparisons ---------------------------------------------------------
@pytest.mark.parametrize("source, target, rule, cue", [
    ("Fares on the line rose by a tenth in June.", "Tarif di jalur itu naik sepersepuluh pada Juni, sehingga penumpang beralih ke bus.",
     "en-id.addition.consequence", "sehingga"),
    ("The bank will pay a dividend of 120 rupiah per share.", "Bank itu akan membagikan dividen 120 rupiah per saham, naik dibandingkan tahun lalu.",
     "en-id.addition.comparison", "dibandingkan"),
])
def test_an_added_consequence_or_comparison_is_reported(linter, source, target, rule, cue):
    assert [f.match for f in findings(linter, source, target, rule)] == [cue]


@pytest.mark.parametrize("source, target", [
    ("Fares rose by a tenth in June, forcing commuters onto buses.", "Tarif naik sepersepuluh pada Juni sehingga penumpang beralih ke bus."),
    ("Fares rose by a tenth in June, pushing commuters onto buses.", "Tarif naik sepersepuluh pada Juni sehingga penumpang beralih ke bus."),
    ("The virus could mutate to spread faster.", "Virus itu dapat bermutasi sehingga menyebar lebih cepat."),
    ("Fares were 10% higher than a year earlier.", "Tarif 10% lebih tinggi dibandingkan tahun sebelumnya."),
    ("The dividend doubled to 120 rupiah per share.", "Dividen naik dua kali lipat menjadi 120 rupiah per saham."),
])
def test_a_consequence_or_comparison_the_source_has_stays_quiet(linter, source, target):
    assert not findings(linter, source, target, "en-id.addition.c")
