"""Precision mechanisms found with the en-id rounds' faithful-but-free lines (round 10 first):
a faithful rendering that must stay quiet beside a look-alike that must still be reported.
Every sentence is written for this file; none is a line of a set."""

import pytest
from pair_util import findings, serious


# -- a unit after a number is no name ---------------------------------------------------------
def test_a_unit_symbol_after_a_number_is_no_missing_name(linter):
    found = findings(linter, "The ministry said capacity had reached 2,900 MW, up from 2,600 MW a year earlier.",
                     "Kementerian itu menyebutkan kapasitas telah mencapai 2.900 megawatt, naik dari 2.600 megawatt setahun sebelumnya.",
                     "en-id.entity")
    assert serious(found) == []


def test_the_same_letters_as_a_name_are_still_a_name(linter):
    # "MW" not after a number: a company's name, which the translation must keep.
    found = findings(linter, "Shares of MW rose after the results.", "Saham perusahaan itu naik setelah laporan keuangan dirilis.",
                     "en-id.entity")
    assert ("en-id.entity.missing") in [f.rule for f in found if f.severity == "warning"]


def test_a_name_added_beside_a_converted_unit_is_still_reported(linter):
    found = findings(linter, "The company is considering a second unit of 55 MW.",
                     "Perusahaan itu di Medan sedang mempertimbangkan unit kedua berkapasitas 55 megawatt.", "en-id.entity")
    assert ("en-id.entity.added", "Medan") in serious(found)


# -- a minister named by the ministry's name -------------------------------------------------
@pytest.mark.parametrize("source", [
    "Manpower Minister Yuliani Saragih said the formula would be announced next month.",
    "Minister of Manpower Yuliani Saragih said the formula would be announced next month.",
])
def test_a_minister_named_by_the_ministry_is_rendered_by_menteri(linter, source):
    found = findings(linter, source, "Menteri Ketenagakerjaan Yuliani Saragih mengatakan formula itu akan diumumkan bulan depan.",
                     "en-id.entity")
    assert serious(found) == []


def test_another_ministry_s_minister_is_still_reported(linter):
    found = findings(linter, "Manpower Minister Yuliani Saragih said the formula would be announced next month.",
                     "Menteri Keuangan Yuliani Saragih mengatakan formula itu akan diumumkan bulan depan.", "en-id.entity")
    assert "en-id.entity.missing" in [f.rule for f in found if f.severity == "warning"]


# -- a hedge escalation the source makes just the same ----------------------------------------
ESCALATION_SOURCE = """{headline}
The flooding has forced more than 20,000 people from their homes, the disaster agency said on Saturday.
The weather agency said heavy rain could keep falling on Sulawesi until at least Wednesday.
"""
ESCALATION_TARGET = """Banjir paksa ribuan warga mengungsi setelah hujan lebat berhari-hari
Banjir telah memaksa lebih dari 20.000 orang meninggalkan rumah mereka, kata badan penanggulangan bencana pada Sabtu.
Badan cuaca memperkirakan hujan lebat masih akan mengguyur Sulawesi hingga setidaknya Rabu.
"""


def _escalations(linter, headline):
    found = findings(linter, ESCALATION_SOURCE.format(headline=headline), ESCALATION_TARGET, "id.sourcing.hedge-escalation")
    assert found, "the monolingual check should see the escalation"
    return found


def test_an_escalation_the_source_states_as_flatly_is_inherited(linter):
    found = _escalations(linter, "Floods displace thousands after days of heavy rain")
    assert [f.severity for f in found] == ["info"] * len(found)
    assert "the source says so too" in found[0].message


def test_an_escalation_whose_source_hedges_stays_a_warning(linter):
    found = _escalations(linter, "Floods could displace thousands after days of heavy rain")
    assert "warning" in [f.severity for f in found]
