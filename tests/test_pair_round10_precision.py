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


# -- a classifier inside a long form its acronym spells ---------------------------------------
def test_a_classifier_inside_a_long_form_its_acronym_spells_is_the_term_s(linter):
    found = findings(linter, "The finance minister will present the 2028 budget bill to parliament on Monday.",
                     "Menteri Keuangan akan menyampaikan Rancangan Anggaran Pendapatan dan Belanja Negara (RAPBN) 2028 kepada DPR pada Senin.",
                     "en-id.addition.classifier")
    assert serious(found) == []


@pytest.mark.parametrize("target", [
    # The acronym does not spell this long form: the classifier is the translation's own.
    "Menteri Keuangan akan menyampaikan Rancangan Anggaran Belanja Negara (RAPBN) 2028 kepada DPR pada Senin.",
    "Menteri Keuangan akan menyampaikan rancangan anggaran negara 2028 kepada DPR pada Senin.",
])
def test_a_classifier_no_acronym_accounts_for_is_reported(linter, target):
    found = findings(linter, "The finance minister will present the 2028 budget bill to parliament on Monday.", target,
                     "en-id.addition.classifier")
    assert [f.match.casefold() for f in found if f.severity == "warning"] == ["negara"]


# -- Indonesian institutions that wire copy describes ------------------------------------------
@pytest.mark.parametrize("source, target", [
    ("A Surabaya anti-graft court on Monday sentenced a former harbourmaster to nine years in prison.",
     "Pengadilan Tindak Pidana Korupsi (Tipikor) Surabaya pada Senin menjatuhkan hukuman sembilan tahun penjara kepada mantan syahbandar."),
    ("Some 600 U.S. Marines rotating through Darwin will take part as observers.",
     "Sekitar 600 personel Korps Marinir AS yang bertugas bergiliran di Darwin akan ikut serta sebagai peninjau."),
    ("The navy said the exercise would involve 20 warships.", "TNI Angkatan Laut mengatakan latihan itu akan melibatkan 20 kapal perang."),
    ("The Indonesian Navy said the exercise would involve 20 warships.", "TNI AL mengatakan latihan itu akan melibatkan 20 kapal perang."),
])
def test_an_institution_described_in_the_source_is_named_in_full(linter, source, target):
    assert serious(findings(linter, source, target, "en-id.entity")) == []


@pytest.mark.parametrize("source, target, added", [
    ("A Surabaya district court on Monday sentenced a former harbourmaster to nine years in prison.",
     "Pengadilan Tindak Pidana Korupsi (Tipikor) Surabaya pada Senin menjatuhkan hukuman sembilan tahun penjara kepada mantan syahbandar.",
     "Pengadilan Tindak Pidana Korupsi"),
    ("Some 600 U.S. soldiers rotating through Darwin will take part as observers.",
     "Sekitar 600 personel Korps Marinir AS yang bertugas bergiliran di Darwin akan ikut serta sebagai peninjau.",
     "Korps Marinir"),
    ("The army said the exercise would involve 20 warships.", "TNI Angkatan Laut mengatakan latihan itu akan melibatkan 20 kapal perang.",
     "TNI Angkatan Laut"),
])
def test_another_institution_is_still_added(linter, source, target, added):
    assert ("en-id.entity.added", added) in serious(findings(linter, source, target, "en-id.entity"))


# -- a rendering rule's term in its everyday sense, and the meant rendering itself --------------
def test_the_everyday_sense_of_a_polysemous_term_is_quiet(linter):
    found = findings(linter, "Timor-Leste proposed hosting a maritime security workshop next year.",
                     "Timor-Leste mengusulkan diri menjadi tuan rumah lokakarya keamanan maritim tahun depan.", "en-id.sense")
    assert serious(found) == []
    found = findings(linter, "The company said drilling would start in the second half of 2027.",
                     "Perusahaan itu mengatakan pengeboran akan dimulai pada semester II 2027.", "en-id.sense")
    assert serious(found) == []


def test_the_rule_s_sense_in_its_domain_is_still_reported(linter):
    found = findings(linter, "Bats are thought to be the natural host of the virus.",
                     "Kelelawar diduga menjadi tuan rumah alami virus itu.", "")
    assert any(f.match == "tuan rumah" and f.severity == "error" for f in found)
    # The domain may be elsewhere in the story: the drills of a story about warships.
    found = findings(linter, "China sent 20 warships around Taiwan.\nTaiwan condemned the drills.",
                     "China mengerahkan 20 kapal perang di sekitar Taiwan.\nTaiwan mengecam bor tersebut.", "")
    assert any(f.match == "bor" and f.severity == "error" for f in found)


def test_a_rendering_inside_the_meant_rendering_is_quiet(linter):
    source = "The sell-off could extend into next week if bond yields keep rising, he said."
    assert serious(findings(linter, source, "Aksi jual bisa berlanjut hingga pekan depan jika imbal hasil obligasi terus naik, katanya.",
                            "en-id.sense")) == []
    found = findings(linter, source, "Aksi jual bisa berlanjut hingga pekan depan jika hasil obligasi terus naik, katanya.", "en-id.sense")
    assert ("en-id.sense.rendering", "hasil obligasi") in serious(found)


# -- an unnamed group the source leaves unnamed too ---------------------------------------------
VAGUE_TARGET = "Junta menyatakan pemilu itu akan memulihkan pemerintahan sipil, sementara para pengkritik menyebutnya pemilu palsu."


def test_critics_the_source_leaves_unnamed_are_inherited(linter):
    found = findings(linter, "The junta says the vote will restore civilian rule; critics call it a sham.", VAGUE_TARGET,
                     "id.sourcing.vague-group")
    assert found and [f.severity for f in found] == ["info"]


def test_critics_the_source_names_stay_a_warning(linter):
    found = findings(linter, "The junta says the vote will restore civilian rule; critics at Human Rights Watch call it a sham.",
                     VAGUE_TARGET, "id.sourcing.vague-group")
    assert [f.severity for f in found] == ["warning"]


ESTIMATE_TARGET = "Petugas menyebut kapal itu membawa sekitar 40 penumpang.\nPendataan masih berlangsung.\nSeluruh 40 penumpang kapal telah dievakuasi.\n"


def test_an_exact_figure_the_source_gives_exactly_is_inherited(linter):
    source = "Officials said the boat carried about 40 passengers.\nThe count is still under way.\nAll 40 passengers of the boat have been evacuated.\n"
    found = findings(linter, source, ESTIMATE_TARGET, "id.sourcing.hedge-escalation")
    assert found and [f.severity for f in found] == ["info"]


def test_an_estimate_the_source_keeps_and_the_translation_makes_exact_stays_a_warning(linter):
    source = "Officials said the boat carried about 40 passengers.\nThe count is still under way.\nAll of the roughly 40 passengers have been evacuated.\n"
    found = findings(linter, source, ESTIMATE_TARGET, "id.sourcing.hedge-escalation")
    assert [f.severity for f in found] == ["warning"]
