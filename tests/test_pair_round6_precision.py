"""Precision mechanisms found with the en-id-round6 tuning set: a faithful rendering that
must stay quiet beside a look-alike that must still be reported. Every sentence is written
for this file; none is a line of the set."""

import pytest
from pair_util import findings, serious


# -- a country in the possessive, dropped before a place of that country ---------------------
def test_country_possessive_dropped_before_its_own_place_is_quiet(linter):
    found = findings(linter, "Floods hit Indonesia's West Java province on Friday.",
                     "Banjir melanda Provinsi Jawa Barat pada Jumat.", "en-id.entity")
    assert serious(found) == []


def test_country_possessive_before_a_place_of_another_country_is_reported(linter):
    found = findings(linter, "Floods hit Malaysia's Sabah state on Friday.",
                     "Banjir melanda Provinsi Jawa Barat pada Jumat.", "en-id.entity")
    assert ("en-id.entity.added", "Jawa Barat") in serious(found)
    assert any(f.rule == "en-id.entity.missing" for f in found)


def test_a_country_named_as_an_actor_must_still_be_there(linter):
    found = findings(linter, "Indonesia and Malaysia signed the deal in Bandung.",
                     "Malaysia menandatangani kesepakatan itu di Bandung.", "en-id.entity")
    assert [f.rule for f in found if f.severity == "warning"] == ["en-id.entity.missing"]


# -- landform names translated word by word --------------------------------------------------
@pytest.mark.parametrize("source, target", [
    ("The quake was caused by a rupture along the Java Trough.", "Gempa dipicu patahan di sepanjang Palung Jawa."),
    ("Divers mapped corals on the Flores Ridge last year.", "Penyelam memetakan karang di Punggungan Flores tahun lalu."),
])
def test_landform_names_rendered_word_by_word_are_quiet(linter, source, target):
    assert serious(findings(linter, source, target, "en-id.entity")) == []


def test_a_landform_of_another_place_is_reported(linter):
    found = findings(linter, "The quake was caused by a rupture along the Java Trough.",
                     "Gempa dipicu patahan di sepanjang Palung Sumatra.", "en-id.entity")
    assert ("en-id.entity.added", "Sumatra") in serious(found)


# -- Indonesian coinages for things the source describes in words ----------------------------
@pytest.mark.parametrize("source, target", [
    ("Trucks were diverted from the north coast highway near Cirebon.", "Truk dialihkan dari jalur Pantura di dekat Cirebon."),
    ("Regulators fined three online lenders last year.", "Regulator mendenda tiga Pinjol tahun lalu."),
])
def test_coinages_for_a_described_thing_are_quiet(linter, source, target):
    assert serious(findings(linter, source, target, "en-id.entity")) == []


@pytest.mark.parametrize("source, target, word", [
    ("Trucks were diverted from the southern highway near Cirebon.", "Truk dialihkan dari jalur Pantura di dekat Cirebon.", "Pantura"),
    ("Regulators fined three banks last year.", "Regulator mendenda tiga Pinjol tahun lalu.", "Pinjol"),
])
def test_coinages_the_source_does_not_describe_are_reported(linter, source, target, word):
    assert ("en-id.entity.added", word) in serious(findings(linter, source, target, "en-id.entity"))


# -- a potential denied is no hedge ----------------------------------------------------------
def test_a_denied_potential_is_no_added_hedge(linter):
    found = findings(linter, "Tremor strikes off Bali, no tidal wave threat",
                     "Gempa Guncang Perairan Bali, Tidak Berpotensi Gelombang Pasang", "en-id.modality")
    assert serious(found) == []


def test_an_affirmed_potential_is_still_an_added_hedge(linter):
    found = findings(linter, "The landslide blocked the only road to the village.",
                     "Longsor itu berpotensi menutup satu-satunya jalan ke desa tersebut.", "en-id.modality")
    assert serious(found) == [("en-id.modality.hedge-added", "berpotensi")]


# -- a range of days said in words -----------------------------------------------------------
@pytest.mark.parametrize("source, target", [
    ("The festival runs from Aug. 12 to 17.", "Festival itu berlangsung pada 12-17 Agustus."),
    ("The festival runs from 12 to 17 August.", "Festival itu berlangsung 12 hingga 17 Agustus."),
])
def test_a_day_range_in_words_is_one_range(linter, source, target):
    assert serious(findings(linter, source, target, "en-id")) == []


def test_a_changed_end_of_a_day_range_is_reported(linter):
    found = findings(linter, "The festival runs from Aug. 12 to 17.", "Festival itu berlangsung pada 12-15 Agustus.", "en-id")
    assert [rule for rule, _ in serious(found)] == ["en-id.dates.changed"]


def test_a_number_after_a_date_and_to_stays_a_number(linter):
    found = findings(linter, "Sales rose on Aug. 12 to 17 percent.", "Penjualan naik pada 12 Agustus menjadi 19 persen.", "en-id")
    assert ("en-id.numbers.changed", "19 persen") in serious(found)


# -- a copied run of words the target language shares ----------------------------------------
def test_a_price_in_words_both_languages_share_is_translated(linter):
    found = findings(linter, "Traders paid 4,200 rupiah per kilogram of maize.",
                     "Pedagang membayar 4.200 rupiah per kilogram jagung.", "en-id")
    assert serious(found) == []


def test_english_left_after_a_shared_price_is_still_untranslated(linter):
    found = findings(linter, "Traders paid 4,200 rupiah per kilogram for shelled maize on Monday.",
                     "Pedagang membayar 4.200 rupiah per kilogram for shelled maize pada Senin.", "en-id.untranslated")
    assert [rule for rule, _ in serious(found)] == ["en-id.untranslated"]
