"""Free-translation mechanisms found with the pair-bebas-* precision corpus (fixtures/):
a faithful free rendering that must stay quiet beside a look-alike that must still be
reported. Every case is written for this file; none is a held-out line."""

import pytest
from pair_util import findings, serious


# -- classifiers ------------------------------------------------------------------------------
@pytest.mark.parametrize("source, target", [
    # A compound the dictionary gives for a source word, or for the word it is built on.
    ("The mayor of Surabaya resigned on Friday.", "Wali kota Surabaya mengundurkan diri pada Jumat."),
    ("Voters chose mayoral candidates in 40 districts.", "Pemilih memilih calon wali kota di 40 distrik."),
    # Counting what the source counts.
    ("The 27-nation bloc agreed on sanctions.", "Blok beranggotakan 27 negara itu menyepakati sanksi."),
    # A description of a name, as the source describes it.
    ("Flooding also hit neighbouring Malaysia.", "Banjir juga melanda negara tetangga Malaysia."),
    # A pronoun spelled out as the noun the source named before.
    ("The firm reported a loss. It will cut 300 jobs.", "Perusahaan itu melaporkan kerugian. Perusahaan akan memangkas 300 pekerjaan."),
])
def test_free_classifiers_stay_quiet(linter, source, target):
    assert serious(findings(linter, source, target, "en-id.addition.classifier")) == []


@pytest.mark.parametrize("source, target, word", [
    # A numeral, but the source counts nothing.
    ("Diplomats met in Geneva.", "Diplomat dari tiga negara bertemu di Jenewa.", "negara"),
    # A pronoun, but nothing of the kind was named before.
    ("Rain fell all week. It will stop on Sunday.", "Hujan turun sepanjang pekan. Perusahaan akan berhenti pada Minggu.", "Perusahaan"),
    # A description whose words render nothing the source puts before the name.
    ("He thanked his friend, Malaysia's prime minister.", "Ia berterima kasih kepada negara teman Malaysia.", "negara"),
])
def test_added_classifiers_are_still_reported(linter, source, target, word):
    found = findings(linter, source, target, "en-id.addition.classifier")
    assert [f.match for f in found] == [word]


# -- names: initials, abbreviated titles, Indonesian short names -------------------------------
@pytest.mark.parametrize("source, target", [
    # A name of the source sentence written as its initials, with or without its connectors.
    ("Bank Mandiri and Bank Syariah Indonesia led the gains.", "Bank Mandiri dan BSI memimpin penguatan."),
    ("Shares of Perusahaan Gas Negara fell.", "Saham PGN turun."),
    # An abbreviated office title ("Menlu"), "RI" for Indonesia, "AS" for the United States.
    ("Indonesian Foreign Minister Sugiono flew to Tokyo.", "Menlu RI Sugiono terbang ke Tokyo."),
    ("Talks with the United States resume in May.", "Perundingan dengan AS dilanjutkan pada Mei."),
])
def test_free_names_stay_quiet(linter, source, target):
    assert serious(findings(linter, source, target, "en-id.entity")) == []


def test_initials_of_no_source_name_are_still_reported(linter):
    found = findings(linter, "Shares of Bank Syariah Indonesia rose.", "Saham BNI naik.", "en-id.entity")
    assert ("en-id.entity.added", "BNI") in serious(found)


def test_a_name_changed_beside_a_title_is_still_reported(linter):
    found = findings(linter, "Indonesian Foreign Minister Sugiono flew to Tokyo.", "Menlu RI Sugiono terbang ke Seoul.", "en-id.entity")
    assert ("en-id.entity.added", "Seoul") in serious(found)


def test_a_currency_sign_named_by_its_country_stays_quiet(linter):
    found = findings(linter, "Sales rose to T$410 billion from T$380 billion.",
                     "Penjualan naik menjadi 410 miliar dolar Taiwan dari 380 miliar dolar Taiwan.", "en-id.entity")
    assert serious(found) == []


def test_a_currency_of_another_country_is_still_reported(linter):
    found = findings(linter, "Sales rose to T$410 billion.", "Penjualan naik menjadi 410 miliar dolar Singapura.", "en-id.entity")
    assert ("en-id.entity.added", "Singapura") in serious(found)


# -- negation: the opposite of a source word, negated -------------------------------------------
@pytest.mark.parametrize("source, target", [
    ("The coach said he would keep the same team.", "Pelatih mengatakan tidak akan mengubah susunan timnya."),
    ("The shop stayed open all night.", "Toko itu tidak tutup sepanjang malam."),
])
def test_negated_opposites_stay_quiet(linter, source, target):
    assert serious(findings(linter, source, target, "en-id.negation.added")) == []


@pytest.mark.parametrize("source, target", [
    ("The coach changed the team.", "Pelatih tidak mengubah susunan timnya."),
    ("The shop closed at night.", "Toko itu tidak tutup pada malam hari."),
])
def test_negations_the_source_lacks_are_still_reported(linter, source, target):
    assert [r for r, _ in serious(findings(linter, source, target, "en-id.negation.added"))] == ["en-id.negation.added"]


# -- numbers: conversions in brackets, ordinal scales, decades ----------------------------------
@pytest.mark.parametrize("source, target", [
    ("The fund pledged $4 billion.", "Dana itu menjanjikan 4 miliar dolar AS (sekitar Rp65 triliun)."),
    ("The fund pledged 65 trillion rupiah.", "Dana itu menjanjikan Rp65 triliun (4 miliar dolar AS)."),
    ("The museum welcomed its 2 millionth visitor.", "Museum itu menyambut pengunjung ke-2 juta."),
    ("The dispute has lasted three decades.", "Sengketa itu telah berlangsung 30 tahun."),
])
def test_free_numbers_stay_quiet(linter, source, target):
    assert serious(findings(linter, source, target, "en-id.numbers")) == []


@pytest.mark.parametrize("source, target, kind", [
    # A bracketed amount in the same currency is no conversion.
    ("The fund pledged $4 billion.", "Dana itu menjanjikan 4 miliar dolar AS (sekitar 6 miliar dolar AS).", "en-id.numbers.added"),
    # The wrong number of years for the decades.
    ("The dispute has lasted three decades.", "Sengketa itu telah berlangsung 20 tahun.", "en-id.numbers.added"),
    # An ordinal scale changed.
    ("The museum welcomed its 2 millionth visitor.", "Museum itu menyambut pengunjung ke-2 ribu.", "en-id.numbers.scale"),
])
def test_numbers_still_reported(linter, source, target, kind):
    assert kind in [r for r, _ in serious(findings(linter, source, target, "en-id.numbers"))]


# -- hedges rendered freely --------------------------------------------------------------------
@pytest.mark.parametrize("source, target", [
    ("Palm oil output seen rising 4% next year", "Produksi minyak sawit diperkirakan naik 4 persen tahun depan"),
    ("The city is studying whether to ban older buses.", "Pemerintah kota tengah mengkaji kemungkinan melarang bus tua."),
    ("The opposition could win in the capital.", "Oposisi berpeluang menang di ibu kota."),
])
def test_free_hedges_stay_quiet(linter, source, target):
    assert serious(findings(linter, source, target, "en-id.modality")) == []


@pytest.mark.parametrize("source, target, rule", [
    ("Palm oil output rose 4% last year.", "Produksi minyak sawit diperkirakan naik 4 persen tahun lalu.", "en-id.modality.hedge-added"),
    ("The city will ban older buses.", "Pemerintah kota kemungkinan melarang bus tua.", "en-id.modality.hedge-added"),
    ("The opposition could win in the capital.", "Oposisi akan menang di ibu kota.", "en-id.modality.hedge-dropped"),
])
def test_hedges_changed_are_still_reported(linter, source, target, rule):
    assert rule in [r for r, _ in serious(findings(linter, source, target, "en-id.modality"))]


# -- antonyms: a word of its own is no affixed form ----------------------------------------------
def test_a_word_of_its_own_is_no_affixed_antonym(linter):
    found = findings(linter, "The gang is not new; police watched it for months.",
                     "Geng itu bukan geng baru; polisi mengawasinya selama berbulan-bulan.", "en-id.sense.antonym")
    assert serious(found) == []


def test_the_antonym_itself_is_still_reported(linter):
    found = findings(linter, "The gang is new.", "Geng itu sudah lama.", "en-id.sense.antonym")
    assert [m for _, m in serious(found)] == ["lama"]


# -- attribution: a definite holder given the name of the body it refers back to ---------------
def test_a_holder_referring_back_to_a_named_body_stays_quiet(linter):
    source = "The statistics bureau said exports rose.\n\nThe bureau said imports fell."
    target = "Badan Pusat Statistik (BPS) menyatakan ekspor naik.\n\nMenurut BPS, impor turun."
    assert serious(findings(linter, source, target, "en-id.attribution")) == []


def test_a_holder_given_another_body_is_still_reported(linter):
    # The bureau of the first paragraph, given the ministry of the second.
    source = "The statistics bureau said exports rose.\n\nThe trade ministry expects more.\n\nThe bureau said imports fell."
    target = ("Badan Pusat Statistik (BPS) menyatakan ekspor naik.\n\nKementerian Perdagangan (Kemendag) memperkirakan lebih banyak."
              "\n\nMenurut Kemendag, impor turun.")
    assert [r for r, _ in serious(findings(linter, source, target, "en-id.attribution"))] == ["en-id.attribution.changed"]


# -- a place swapped for another place of the story ---------------------------------------------
def test_a_place_swapped_for_another_of_the_story_is_reported(linter):
    source = "The deal was signed in Makassar.\n\nA new port will open near Manado."
    target = "Kesepakatan itu ditandatangani di Manado.\n\nPelabuhan baru akan dibuka di dekat Manado."
    found = findings(linter, source, target, "en-id.entity.place-changed")
    assert [f.match for f in found] == ["Manado"]


@pytest.mark.parametrize("target", [
    # Both places kept, in another order.
    "Kesepakatan itu ditandatangani di Makassar.\n\nPelabuhan baru akan dibuka di dekat Manado.",
    # The city left out, its country said instead (countries are not compared).
    "Kesepakatan itu ditandatangani di Indonesia.\n\nPelabuhan baru akan dibuka di dekat Manado.",
])
def test_places_kept_or_generalised_stay_quiet(linter, target):
    source = "The deal was signed in Makassar.\n\nA new port will open near Manado."
    assert findings(linter, source, target, "en-id.entity.place-changed") == []


# -- a dictionary-only proper noun the text also writes in lower case ---------------------------
def test_a_sentence_opening_common_noun_is_no_missing_name(linter):
    source = "Judges at the court found him guilty.\n\nThe judges said he showed no remorse."
    target = "Majelis hakim menyatakan dia bersalah.\n\nMenurut hakim, dia tidak menunjukkan penyesalan."
    assert serious(findings(linter, source, target, "en-id.entity.missing")) == []


def test_a_country_written_in_lower_case_elsewhere_is_still_a_name(linter):
    source = "Turkey sent aid on Monday.\n\nA turkey farm nearby was closed."
    target = "Bantuan dikirim pada Senin.\n\nSebuah peternakan kalkun di dekatnya ditutup."
    assert ("en-id.entity.missing", "Bantuan dikirim pada Senin.") in serious(findings(linter, source, target, "en-id.entity.missing"))
