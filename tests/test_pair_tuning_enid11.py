"""Bilingual precision mechanisms added when tuning on en-id-round11
(fixtures/heldout/en-id-round11.diagnosis.md). Every case here is written for this file;
none is a held-out line."""

import pytest
from pair_util import findings, serious


# -- a quote of two short sentences merged into one target sentence --------------------
def test_two_source_sentences_merged_into_one_are_neither_dropped_nor_added(linter):
    source = ('"Patients come first. We would rather close the ward than put anyone at risk," said Rina Wati, '
              "the hospital's director in Bogor.")
    target = ("Direktur rumah sakit di Bogor Rina Wati mengatakan pasien adalah yang utama dan pihaknya lebih memilih "
              "menutup bangsal daripada membahayakan siapa pun.")
    assert not serious(findings(linter, source, target, "en-id.omission.sentence"))
    assert not serious(findings(linter, source, target, "en-id.addition.sentence"))


def test_a_sentence_really_left_out_of_a_line_is_still_reported(linter):
    source = ("The ward was closed on Monday after a fire broke out in the kitchen. "
              "Three nurses were treated for smoke inhalation at a nearby clinic, the hospital said.")
    target = "Bangsal itu ditutup pada Senin setelah kebakaran terjadi di dapur."
    assert serious(findings(linter, source, target, "en-id.omission"))


# -- a place that only names a clock -------------------------------------------------
@pytest.mark.parametrize("source, target", [
    ("The match starts at 3 p.m. local time, or 2 p.m. in Jakarta.",
     "Pertandingan dimulai pukul 15.00 waktu setempat atau pukul 14.00 WIB."),
    ("The launch is set for 8 a.m. Makassar time on Friday.",
     "Peluncuran dijadwalkan pukul 08.00 WITA pada Jumat."),
])
def test_a_place_given_as_the_time_zone_is_not_missing(linter, source, target):
    assert not findings(linter, source, target, "en-id.entity.missing")


def test_a_place_of_the_event_is_still_required_beside_a_time_zone(linter):
    source = "Thousands of workers rallied in Surabaya at 2 p.m. on Friday."
    target = "Ribuan buruh berunjuk rasa pukul 14.00 WIB pada Jumat."
    assert [f.match for f in findings(linter, source, target, "en-id.entity.missing")]


# -- staying put said as "not going out" ---------------------------------------------
@pytest.mark.parametrize("source, target", [
    ("Fishermen were told to stay ashore.", "Nelayan diminta tidak melaut."),
    ("Residents were urged to stay indoors during the haze.", "Warga diimbau tidak keluar rumah selama kabut asap."),
])
def test_staying_put_rendered_with_a_negation_is_no_added_negation(linter, source, target):
    assert not findings(linter, source, target, "en-id.negation.added")


def test_a_negation_beside_a_plain_stay_is_still_reported(linter):
    source = "The minister stayed for the whole meeting."
    target = "Menteri itu tidak hadir selama rapat."
    assert [f.match for f in findings(linter, source, target, "en-id.negation.added")] == ["tidak"]


# -- a possibility or an expectation made certain --------------------------------------
@pytest.mark.parametrize("source, target", [
    ("Shoppers may have to queue longer at the new market.", "Pembeli harus mengantre lebih lama di pasar baru itu."),
    ("The bridge should be ready by March, the contractor said.", "Jembatan itu dipastikan siap pada Maret, kata kontraktor."),
])
def test_a_weak_modal_made_certain_is_reported(linter, source, target):
    assert findings(linter, source, target, "en-id.modality.hedge-dropped")


@pytest.mark.parametrize("source, target", [
    ("Shoppers may have to queue longer at the new market.", "Pembeli mungkin harus mengantre lebih lama di pasar baru itu."),
    ("The bridge should be ready by March, the contractor said.", "Jembatan itu diharapkan siap pada Maret, kata kontraktor."),
    ("The bridge should be ready by March, the contractor said.", "Jembatan itu seharusnya siap pada Maret, kata kontraktor."),
    ("Drivers should avoid the toll road on Friday.", "Pengemudi sebaiknya menghindari jalan tol pada Jumat."),
    ("The city should build more flood barriers, experts said.", "Kota itu perlu membangun lebih banyak tanggul, kata para ahli."),
])
def test_a_weak_modal_kept_is_quiet(linter, source, target):
    assert not findings(linter, source, target, "en-id.modality.hedge-dropped")
