"""Bilingual mechanisms added when tuning on the fifth en-id round (docs/bilingual.md,
"Tuning on the fifth held-out round"). Every case here is written for this file; none
is a held-out line. Each faithful rendering that must stay quiet has beside it an
unfaithful one that must still be reported."""

import pytest
from pair_util import findings, serious


# -- numbers ----------------------------------------------------------------------------------
@pytest.mark.parametrize("source, target", [
    # A local time converted to WIB is a time, not an added number.
    ("The eruption began at 4:05 p.m. local time.", "Letusan dimulai pukul 16.05 waktu setempat atau 14.05 WITA."),
    # An earthquake's magnitude glued to its letter.
    ("Magnitude 5.9 quake hits Crete\n\nThe quake struck at dawn, officials said.",
     "Gempa M5,9 guncang Kreta\n\nGempa terjadi saat fajar, kata pejabat."),
    # A quarter-point, a half-point in basis points.
    ("The bank cut rates by half a percentage point.", "Bank itu memangkas suku bunga sebesar 50 basis poin."),
    ("Markets expect a quarter-point hike.", "Pasar memperkirakan kenaikan 25 basis poin."),
    # A year-on-year change.
    ("Exports grew 3.4% in the 12 months to May.", "Ekspor tumbuh 3,4 persen secara tahunan pada Mei."),
    # "in" after a number is no inch.
    ("The clinic treats children aged 2 to 9 in remote villages.", "Klinik itu merawat anak usia 2-9 tahun di desa terpencil."),
])
def test_faithful_numbers_stay_quiet(linter, source, target):
    assert serious(findings(linter, source, target, "en-id.numbers")) == []


def test_a_changed_magnitude_is_still_reported(linter):
    found = findings(linter, "A magnitude 5.9 quake hit Crete.", "Gempa M6,9 mengguncang Kreta.", "en-id.numbers.changed")
    assert [f.match for f in found] == ["6,9"]


def test_a_quarter_point_given_as_another_amount_is_still_reported(linter):
    found = findings(linter, "Markets expect a quarter-point hike.", "Pasar memperkirakan kenaikan 50 basis poin.", "en-id.numbers.added")
    assert [f.match for f in found] == ["50"]


def test_inches_written_out_are_still_compared(linter):
    found = findings(linter, "Snow piled up 16 inches deep.", "Salju menumpuk setebal 16 sentimeter.", "en-id.numbers.unit")
    assert [f.rule for f in found] == ["en-id.numbers.unit"]


# -- attribution ------------------------------------------------------------------------------
@pytest.mark.parametrize("source, target", [
    # A passive subject is what was said, not who says it.
    ("The new tariffs were announced late on Friday.", "Tarif baru itu diumumkan pada Jumat malam."),
    # A headline verb without its prefix.
    ("Ministry says flights resume", "Kementerian katakan penerbangan kembali normal"),
    # A holder noun the dictionary lacks.
    ("Power will return by Monday, the utility's spokesman said.", "Juru bicara perusahaan listrik Hawaii mengatakan listrik akan pulih pada Senin."),
    # An abbreviation the translation defined names its long form later on.
    ("The Indonesian consulate in Perth is open.\n\nAbout 900 Indonesians live in the city, according to the consulate.",
     "Konsulat Jenderal Republik Indonesia (KJRI) di Perth tetap buka.\n\nMenurut KJRI, sekitar 900 WNI tinggal di kota itu."),
])
def test_faithful_attributions_stay_quiet(linter, source, target):
    assert serious(findings(linter, source, target, "en-id.attribution")) == []


def test_a_passive_with_its_agent_dropped_is_still_reported(linter):
    found = findings(linter, "The new tariffs were announced by the ministry.", "Tarif baru itu berlaku pada Jumat.", "en-id.attribution.dropped")
    assert [f.rule for f in found] == ["en-id.attribution.dropped"]


def test_an_abbreviation_of_another_body_is_still_another_holder(linter):
    source = "The Indonesian consulate in Perth is open.\n\nAbout 900 Indonesians live in the city, according to the ministry."
    target = ("Konsulat Jenderal Republik Indonesia (KJRI) di Perth tetap buka.\n\n"
              "Menurut KJRI, sekitar 900 WNI tinggal di kota itu.")
    assert [f.match for f in findings(linter, source, target, "en-id.attribution.changed")] == ["Menurut"]


# -- antonyms and negation --------------------------------------------------------------------
@pytest.mark.parametrize("source, target, prefix", [
    ("The board chair told a news conference that the merger was off.",
     "Dalam konferensi pers, Ketua dewan mengatakan merger itu batal.", "en-id.sense.antonym"),
    ("Tougher enforcement against illegally logged timber is working, the minister said.",
     "Menurut menteri, penegakan hukum yang diperketat terhadap kayu hasil tebangan ilegal mulai berhasil.", "en-id.sense.antonym"),
    ("Government rules out new taxes this year", "Pemerintah pastikan tak ada pajak baru tahun ini", "en-id.negation.added"),
])
def test_faithful_senses_stay_quiet(linter, source, target, prefix):
    assert serious(findings(linter, source, target, prefix)) == []


def test_an_inverted_adjective_is_still_reported(linter):
    found = findings(linter, "The party won a small majority.", "Partai itu meraih mayoritas besar.", "en-id.sense.antonym")
    assert [f.match for f in found] == ["besar"]


# -- entities ---------------------------------------------------------------------------------
def test_treasuries_described_are_not_missing(linter):
    source = "Yields on 30-year Treasuries rose 4 basis points."
    target = "Imbal hasil obligasi pemerintah AS bertenor 30 tahun naik 4 basis poin."
    assert not findings(linter, source, target, "en-id.entity.missing")
