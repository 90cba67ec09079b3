"""name-consistency: one name spelled two ways in an article, and the many
look-alikes that are not one name spelled two ways."""

import random

import pytest

from conftest import FIXTURES
from qa_lint import packs
from qa_lint.api import Linter, Options
from qa_lint.readers import read_text


@pytest.fixture(scope="module")
def names_linter():
    return Linter(Options(select=["id.names.consistency", "en.names.consistency"]))


def found(linter, text, lang="id"):
    return linter.lint_text(text, language=lang).findings


def test_seed_outlet_spelt_two_ways_is_reported_on_the_byline(names_linter):
    result = names_linter.lint_file(FIXTURES / "tribunnews-putin-korut.txt")
    assert result.error is None
    assert [(f.line, f.match) for f in result.findings] == [(26, "TribuneNews.com")]
    finding = result.findings[0]
    assert finding.category == "name-inconsistency"
    assert finding.severity == "warning"
    assert finding.suggestions == ["Tribunnews.com"]  # the outlet's own spelling, not the dateline's capitals
    assert finding.related[0].line == 1 and finding.related[0].column == 1
    assert "TRIBUNNEWS.COM" in finding.message


def test_rarer_spelling_is_reported_with_the_other_as_suggestion(names_linter):
    text = (
        "Gubernur Arsjad Rasjid meninjau banjir.\n\n"
        "Arsjad Rasjid mengatakan air surut.\n\n"
        "Menurut Arsjad Rasyid, bantuan sudah tiba.\n\n"
        "Rasjid meminta warga waspada."
    )
    findings = found(names_linter, text)
    assert [(f.line, f.match, f.suggestions) for f in findings] == [(5, "Rasyid", ["Rasjid"])]
    assert findings[0].related[0].line == 1


def test_tie_reports_the_later_spelling_at_every_occurrence(names_linter):
    text = "Kapolda Karyoto Sudarmanto memimpin apel.\n\nKaryoto Sudarmonto meminta anggota bersiaga."
    findings = found(names_linter, text)
    assert [(f.line, f.match) for f in findings] == [(3, "Sudarmonto")]


def test_the_unknown_spelling_is_reported_even_when_it_is_more_frequent(names_linter):
    text = (
        "Jens Stoltenberg tiba di Kyiv.\n\n"
        "Stoltenburg bertemu Zelensky. Menurut Stoltenburg, bantuan akan datang."
    )
    findings = found(names_linter, text)
    assert {f.match for f in findings} == {"Stoltenburg"}
    assert len(findings) == 2
    assert all(f.suggestions == ["Stoltenberg"] for f in findings)


def test_the_same_first_name_lets_a_surname_carry_a_second_edit(names_linter):
    text = "Ekonom Dimas Prasetyo mengatakan suku bunga turun.\n\nMenurut Dimas Prasetia, inflasi terkendali."
    assert [(f.line, f.match) for f in found(names_linter, text)] == [(3, "Prasetia")]
    # Without the anchor two edits are too many: another word, or another person.
    assert found(names_linter, "Prasetyo tiba.\n\nKata Prasetia, rapat ditunda.") == []


def test_institution_names_sharing_words_are_not_one_name(names_linter):
    text = (
        "Menteri Sekretaris Negara Prasetyo Hadi menerima Menteri Luar Negeri AS.\n\n"
        "Kementerian Sekretariat Negara dan Kementerian Luar Negeri RI menyiapkan jamuan."
    )
    assert found(names_linter, text) == []


def test_case_and_diacritics_do_not_make_two_spellings(names_linter):
    text = "Perdana Menteri Ingrida Šimonytė tiba. INGRIDA SIMONYTE disambut. Simonyte tersenyum."
    assert found(names_linter, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # Different people and places that share words or look alike.
        "Kim Jong Un menerima Putin, didampingi Kim Yo Jong dan Kim Ju Ae.",
        "Korea Utara mengecam Korea Selatan. Korea Utara menembakkan rudal.",
        "Banjir melanda Jakarta Barat dan Jakarta Timur, juga Jakarta Utara.",
        "Joe Biden dan Hunter Biden tidak berkomentar.",
        # A word of a longer known name is no standalone name to pair a short word with.
        "Emir Qatar Tamim bin Hamad Al Thani menerima delegasi Hamas. Hamas siap berunding.",
        "Pelatih Hendra Setiawan memuji gelandang Hendro Wibowo.",
        # Accepted variants of one entity (gazetteer).
        "Putin tiba di Moskow. Kantor berita di Moscow tidak berkomentar.",
        "Volodymyr Zelensky tiba di Washington. Zelenskyy meminta bantuan.",
        # Word forms, not spellings.
        "Rusia menyerang. Rusianya sendiri membantah. Putin bicara; Putinnya tidak hadir.",
        # Ordinary words: lowercase elsewhere, or capitalised only because they open a sentence.
        "Berkata demikian, ia pergi. Berkaca dari pengalaman, ia diam.",
        "Pernyataan itu keliru. Pertanyaan wartawan tidak dijawab.",
        # An ALL-CAPS headline capitalises ordinary words.
        "KATA POLISI: PARANG\n\nPERANG DAGANG BERLANJUT",
    ],
)
def test_look_alikes_that_are_not_one_name_stay_quiet(names_linter, text):
    assert found(names_linter, text) == []


def test_english_possessives_and_demonyms_are_not_spellings(names_linter):
    text = (
        "Russia's Putin spoke to Russian reporters. Putin's remarks were echoed by Russians abroad.\n\n"
        "Jon Stewart and John Steward spoke. Mary Johnson and Marie Johnston were named to the board."
    )
    assert found(names_linter, text, "en") == []


def test_english_misspelling_is_found(names_linter):
    text = "Governor Kathy Hochul visited the site.\n\nHochul said the state would help.\n\nHochel promised more."
    findings = found(names_linter, text, "en")
    assert [(f.line, f.match, f.suggestions) for f in findings] == [(5, "Hochel", ["Hochul"])]


def long_article(words_wanted: int = 5000, planted: str | None = None) -> str:
    """The seed's lines, each followed by an invented three-word name (many distinct names)."""
    rng = random.Random(7)
    syllables = ["ka", "ri", "to", "man", "su", "wi", "jo", "na", "de", "la", "pra", "ti", "yo", "ha", "bu", "wan"]
    base = (FIXTURES / "tribunnews-putin-korut.txt").read_text(encoding="utf-8").split("\n")
    lines, words = [], 0
    while words < words_wanted:
        invented = " ".join("".join(rng.choice(syllables) for _ in range(3)).capitalize() for _ in range(3))
        line = f"{base[len(lines) % len(base)]} Menurut {invented}, hal itu benar."
        lines.append(line)
        words += len(line.split())
    if planted:
        lines.append(planted)
    return "\n\n".join(lines)


def test_five_thousand_word_article_still_finds_a_planted_misspelling():
    # Speed on long articles is measured in bench/names_bench.py, not asserted here.
    check = packs.load().check("id.names.consistency")
    doc = read_text(long_article(planted="Jens Stoltenberg tiba. Stoltenburg lalu pergi."), "<long>", "txt")
    doc.language = "id"
    matches = [f.match for f in check.run(doc)]
    assert "Stoltenburg" in matches


@pytest.fixture(scope="module")
def variants_linter():
    return Linter(Options(select=["id.names.variant-mix", "en.names.variant-mix"]))


def test_mixed_accepted_spellings_are_an_info_on_the_minority_spelling(variants_linter):
    text = (
        "Presiden Volodymyr Zelensky tiba di Kyiv.\n\n"
        "Zelensky bertemu Putin. Menurut Zelenskyy, pasukan Rusia mundur.\n\n"
        "Zelenskyy menutup pertemuan."
    )
    findings = variants_linter.lint_text(text, language="id").findings
    # "Volodymyr Zelensky" and "Zelensky" both spell it one way (2 votes) against 2 for
    # "Zelenskyy": tied, so the later spelling is reported, at each occurrence.
    assert [(f.line, f.match, f.severity) for f in findings] == [(3, "Zelenskyy", "info"), (5, "Zelenskyy", "info")]
    assert findings[0].suggestions == ["Zelensky"]  # the surname, not the full name
    assert findings[0].related[0].line == 1


def test_hyphenation_style_is_a_variant_but_short_forms_and_other_names_are_not(variants_linter):
    en = "Putin met Kim Jong Un. Kim Jong Un and Kim Yo Jong watched.\n\nKim Jong-un saw Putin off."
    assert [(f.line, f.match) for f in variants_linter.lint_text(en, language="en").findings] == [(3, "Kim Jong-un")]
    quiet = "Presiden Vladimir Putin tiba. Putin disambut. Tiongkok, atau China, dan Korea Utara alias Korut."
    assert variants_linter.lint_text(quiet, language="id").findings == []


def test_transliterations_of_a_place_are_variants(variants_linter):
    text = "Drones hit Kyiv overnight. Residents of Kyiv sheltered.\n\nThe mayor of Kiev said power was restored."
    findings = variants_linter.lint_text(text, language="en").findings
    assert [(f.line, f.match, f.suggestions) for f in findings] == [(3, "Kiev", ["Kyiv"])]


def test_seed_mixes_no_accepted_spellings(variants_linter):
    assert variants_linter.lint_file(FIXTURES / "tribunnews-putin-korut.txt").findings == []


NAMES_DATA = FIXTURES.parent / "tests" / "names_data"
ARTICLES = sorted(p for p in NAMES_DATA.iterdir() if p.suffix in (".txt", ".md"))


@pytest.fixture(scope="module")
def all_name_rules():
    return Linter(Options(select=["id.names", "en.names"]))


@pytest.mark.parametrize("path", ARTICLES, ids=[p.name for p in ARTICLES])
def test_name_dense_articles_stay_quiet(all_name_rules, path):
    lang = path.name[:2]
    result = all_name_rules.lint_text(path.read_text(encoding="utf-8"), path.name, fmt=path.suffix[1:], language=lang)
    assert [(f.line, f.rule, f.match) for f in result.findings] == []


@pytest.mark.parametrize(
    "name,replace,expected",
    [
        ("id-mudik-natal.txt", [("Fatmawati meminta", "Fatmawaty meminta"), ("Koster mengatakan", "Kostre mengatakan")], {"Fatmawaty", "Kostre"}),
        ("en-putin-korea.md", [("Yermak met", "Yermack met"), ("Lankov said", "Lankow said")], {"Yermack", "Lankow"}),
    ],
)
def test_planted_misspellings_are_found_and_only_they(all_name_rules, name, replace, expected):
    text = (NAMES_DATA / name).read_text(encoding="utf-8")
    for old, new in replace:
        assert old in text
        text = text.replace(old, new, 1)
    findings = all_name_rules.lint_text(text, name, fmt=name.rsplit(".", 1)[1], language=name[:2]).findings
    assert {f.match for f in findings} == expected


# -- the same surname after two first names, and three-word names with one word off ------
def test_letters_swapped_before_the_same_surname(names_linter):
    text = ("Direktur Utama PT Sinar Laut, Hendrik Wiratama, mengundurkan diri.\n\n"
            "Dalam suratnya, Hendirk Wiratama meminta maaf kepada karyawan.")
    (f,) = found(names_linter, text)
    assert (f.line, f.match, f.suggestions) == (3, "Hendirk", ["Hendrik"])


def test_two_first_names_before_one_surname_may_be_two_people(names_linter):
    # Two edits that are not a reordering of the same letters: siblings are possible.
    text = "Andika Pratama mencetak gol. Adiknya, Andini Pratama, menonton dari tribune."
    assert found(names_linter, text) == []


def test_three_word_name_with_one_word_garbled(names_linter):
    text = ("Kepala Dinas Kesehatan Sumatera Utara, Teguh Setyabudi Santoso, meninjau posko.\n\n"
            "Menurut Teguh Setyaji Santoso, stok obat cukup untuk sepekan.")
    (f,) = found(names_linter, text)
    assert (f.line, f.match, f.suggestions) == (3, "Setyaji", ["Setyabudi"])


@pytest.mark.parametrize(
    "text",
    [
        # One word shared, or words that do not begin alike: different names.
        "Agus Salim Siregar dan Agus Salman Harahap berbicara bergantian.",
        "Dinas Pendidikan Kota Bandung dan Dinas Pendapatan Kota Bandung berbagi gedung.",
        "Banjir melanda Nusa Tenggara Barat dan Nusa Tenggara Timur.",
        "Muhammad Ali Akbar dan Muhammad Ali Rahman sama-sama hadir.",
    ],
)
def test_three_word_look_alikes_stay_apart(names_linter, text):
    assert [f.match for f in found(names_linter, text)] == []


_WHITMORE = (
    "Hakim menjatuhkan hukuman kepada Daniel Whitmore, pendiri platform kripto, pada Rabu.\n\n"
    "Whitmore dinyatakan bersalah oleh juri atas tujuh dakwaan.\n\n"
    "Pengacara Whitmore mengatakan kliennya akan mengajukan banding.\n\n"
    "{later} diperintahkan menyerahkan diri ke penjara federal paling lambat Mei.\n"
)


def test_an_established_surname_later_written_with_another_ending(names_linter):
    (f,) = found(names_linter, _WHITMORE.format(later="Whitman"))
    assert (f.line, f.match, f.suggestions) == (7, "Whitman", ["Whitmore"])


@pytest.mark.parametrize(
    "later",
    [
        "Whitney Houston",  # a second person, with a name of her own
        "Whitlock",  # four letters in common only
    ],
)
def test_other_endings_that_are_other_people_stay_quiet(names_linter, later):
    assert found(names_linter, _WHITMORE.format(later=later)) == []


def test_a_surname_used_twice_is_not_an_ending_slip(names_linter):
    text = _WHITMORE.format(later="Whitman") + "\nWhitman juga hadir di sidang itu.\n"
    assert found(names_linter, text) == []


def test_a_longer_name_that_begins_with_an_established_one_is_another_name(names_linter):
    text = ("Hujan deras merendam Kabupaten Banjar sejak Rabu.\n\nBupati Banjar meninjau lokasi.\n\n"
            "Warga Banjar mengungsi.\n\nPresiden dijadwalkan tiba di Banjarbaru pada Jumat.\n")
    assert found(names_linter, text) == []


# -- issue 10: whole names, not single words ------------------------------------------------
def test_a_short_word_one_letter_off_inside_a_longer_name(names_linter):
    text = ("Ketua kelompok tani, Markus Lende, memimpin panen.\n\n"
            "\"Hasilnya bagus,\" kata Markus Lende.\n\nMarkus Lendi berharap harga gabah naik.")
    (f,) = found(names_linter, text)
    assert (f.line, f.match, f.suggestions, f.related[0].line) == (5, "Lendi", ["Lende"], 1)
    # A middle word, with the same words on both sides.
    text = "Maskapai Garuda Biru Airways membuka rute.\n\nPesawat Garuda Birru Airways mendarat."
    assert [f.match for f in found(names_linter, text)] == ["Birru"]


@pytest.mark.parametrize(
    "text",
    [
        # The whole name is short: one letter in fewer than ten may be another name.
        "Ali Osei tiba.\n\nAli Oseni pergi.",
        # Ordinary words a letter apart: two teams.
        "Tim Ganda Putra menang di final.\n\nTim Ganda Putri kalah.",
        # Both spellings in one sentence are deliberate.
        "Namanya Lim Chee Keong, ada yang menulis Lim Chee Kiong.",
        # Two first names before one surname, not the same letters respelt: siblings.
        "Putra Wijaya mencetak gol.\n\nPutri Wijaya menonton dari tribune.",
        # A word that is not a letter ("U-13") anchors nothing.
        "Pemain U-13 Bagas tampil.\n\nPemain U-13 Bagus juga tampil.",
    ],
)
def test_short_look_alikes_inside_names_stay_quiet(names_linter, text):
    assert [f.match for f in found(names_linter, text)] == []


def test_the_same_letters_respelt_before_one_surname(names_linter):
    text = "Pebulu tangkis Rizky Pratamaputra menang.\n\nRizky Pratamaputra, 23, bersyukur.\n\nRizki Pratamaputra lalu pulang."
    (f,) = found(names_linter, text)
    assert (f.line, f.match, f.suggestions) == (5, "Rizki", ["Rizky"])


_TANOTO = ("Pemilik bengkel, Samuel Tanoto, memperbaiki mesin kapal nelayan.\n\n"
           "\"Suku cadangnya sulit,\" kata Samuel Tanoto.\n\n{later}")


def test_a_bare_back_reference_with_the_surname_changed(names_linter):
    (f,) = found(names_linter, _TANOTO.format(later="Samuel Tandiono mengatakan ongkos naik."))
    assert (f.line, f.match, f.suggestions, f.related[0].line) == (5, "Samuel Tandiono", ["Samuel Tanoto"], 1)
    # After "kata", as at the head of a sentence, the name refers back to someone.
    (f,) = found(names_linter, _TANOTO.format(later="\"Ongkos naik,\" kata Samuel Tandiono."))
    assert (f.line, f.match) == (5, "Samuel Tandiono")


@pytest.mark.parametrize(
    "later",
    [
        # Introduced with a role or an apposition: another person with that first name.
        "Montir Samuel Tandiono membantunya.",
        "Samuel Tandiono, montir senior, membantunya.",
        "\"Ongkos naik,\" kata Samuel Tandiono, montir senior.",
        # Named twice: a person of the story, not a slip.
        "Samuel Tandiono membantunya. Samuel Tandiono juga montir.",
        # A third Samuel: the first name does not say who is meant.
        "Samuel Tandiono membantunya.\n\nKapten kapal, Samuel Lewi, menunggu.",
        # The surname appears elsewhere: a known family name in the story.
        "Samuel Tandiono membantunya. Keluarga Tandiono memiliki toko.",
    ],
)
def test_other_people_with_the_same_first_name_stay_quiet(names_linter, later):
    assert [f.match for f in found(names_linter, _TANOTO.format(later=later))] == []


def test_a_company_with_an_inner_word_changed(names_linter):
    text = ("PT Sinar Bahari Nusantara membuka galangan. Menurut PT Sinar Bahari Nusantara, 300 pekerja direkrut.\n\n"
            "PT Sinar Buana Nusantara menyatakan izin sudah terbit.")
    (f,) = found(names_linter, text)
    assert (f.line, f.match, f.suggestions) == (3, "Sinar Buana Nusantara", ["Sinar Bahari Nusantara"])
    # A sister company differs in its last word.
    assert found(names_linter, text.replace("PT Sinar Buana Nusantara", "PT Sinar Bahari Logistik")) == []
    # An inner word that does not look alike counts only where the company speaks ("menyatakan"):
    # a sister company is named for what it does, or related to the first in its sentence.
    (f,) = found(names_linter, text.replace("PT Sinar Buana Nusantara", "PT Sinar Kencana Nusantara"))
    assert f.match == "Sinar Kencana Nusantara"
    for other in ("PT Sinar Kencana Nusantara memasok baja.", "PT Sinar Kencana Nusantara, anak usahanya, menyatakan izin sudah terbit.",
                  "Anak usahanya, PT Sinar Kencana Nusantara, menyatakan izin sudah terbit."):
        assert found(names_linter, text.replace("PT Sinar Buana Nusantara menyatakan izin sudah terbit.", other)) == []


def test_namesakes_each_introduced_stay_apart(names_linter):
    slip = "Irjen Dedi Kurniawan meninjau pos.\n\nKurniawan mengatakan arus lancar.\n\nIrjen Dedy Kurniawan menambahkan, jalur dialihkan."
    assert [f.match for f in found(names_linter, slip)] == ["Dedy"]
    # Another title or rank, another place in the title, or an apposition that does not name the title.
    for later in ("Bupati Dedy Kurniawan", "Letnan Kolonel Dedy Kurniawan", "Kapolda Jambi Irjen Dedy Kurniawan",
                  "Ketua majelis hakim, Dedy Kurniawan,"):
        first = "Kolonel Dedi" if "Letnan" in later else "Kapolda Riau Irjen Dedi"
        text = f"{first} Kurniawan meninjau pos.\n\nKurniawan mengatakan arus lancar.\n\n{later} menambahkan, jalur dialihkan."
        assert found(names_linter, text) == [], later
    # A form of address says nothing; a contraction is the same rank.
    for later in ("Bapak Dedy Kurniawan", "Brigadir Jenderal Dedy Kurniawan"):
        text = f"Brigjen Dedi Kurniawan meninjau pos.\n\nKurniawan mengatakan arus lancar.\n\n{later} menambahkan, jalur dialihkan."
        assert [f.match for f in found(names_linter, text)] == ["Dedy"], later


def test_both_words_respelt_are_one_name(names_linter):
    text = ("Pencetak gol, Rizky Ardiansyah, dipuji pelatih.\n\nPelatih memuji Rizky Ardiansyah.\n\n"
            "Rizki Ardiansah mengatakan timnya siap.")
    assert "Ardiansah" in [f.match for f in found(names_linter, text)]
    # One word respelt, the other another name: two people.
    assert found(names_linter, text.replace("Rizki Ardiansah", "Rizki Hartanto")) == []


def test_an_organisation_designator_anchors_like_a_first_name(names_linter):
    text = "Perusahaan logistik Karanta Group membuka gudang. Saham Karanta naik.\n\nKaranta Group menambah armada.\n\nKarenti Group lalu merekrut 200 sopir."
    assert [(f.line, f.match, f.suggestions) for f in found(names_linter, text)] == [(5, "Karenti", ["Karanta"])]
    # Two edits after a shared surname are another first name (siblings), not a slip.
    assert found(names_linter, "Karanta Wijaya membuka gudang.\n\nKarenti Wijaya merekrut sopir.") == []


_SPOKESWOMAN = ("Juru bicara dinas itu, Rosmawati Siregar, mengatakan sekolah dibuka Senin.\n\n"
                "Rosmawati menyebut 40 ruang kelas sudah diperbaiki.\n\n{later}")


def test_a_surname_changed_after_one_introduction_and_a_first_name_reference(names_linter):
    # Named once in full, once by the first name: the bare full name with another surname is her.
    (f,) = found(names_linter, _SPOKESWOMAN.format(later="Rosmawati Simanjuntak menambahkan, guru honorer ikut dilatih."))
    assert (f.line, f.match, f.suggestions) == (5, "Rosmawati Simanjuntak", ["Rosmawati Siregar"])


@pytest.mark.parametrize(
    "later",
    [
        # Another woman of that first name, introduced by a title or an apposition.
        "Guru honorer Rosmawati Simanjuntak menambahkan, kelas masih kurang.",
        "Rosmawati Simanjuntak, guru honorer di Sibolga, menambahkan, kelas masih kurang.",
    ],
)
def test_a_second_person_with_the_first_name_who_is_introduced_stays_quiet(names_linter, later):
    assert found(names_linter, _SPOKESWOMAN.format(later=later)) == []


def test_a_first_name_reference_counts_only_for_a_person_introduced_first(names_linter):
    # A brand named alone before its model ("Avanza ... Avanza Veloz") is no person referred back to.
    text = ("Avanza tetap laris. Mobil ini dikenal juga sebagai Avanza Veloz.\n\n"
            "Avanza kembali diperbarui tahun ini.\n\nAvanza Gelora dibekali transmisi otomatis.")
    assert found(names_linter, text) == []


def test_a_short_form_of_a_name_counts_as_a_mention_of_it(names_linter):
    text = ("Menteri Perumahan, Tengku Faisal Harun, membela rencana itu.\n\n"
            "\"Rumah murah harus dibangun,\" kata Tengku Faisal.\n\n{later}")
    (f,) = found(names_linter, text.format(later="Tengku Fauzan Harun mengatakan lahan sudah tersedia."))
    assert (f.line, f.match, f.suggestions) == (5, "Tengku Fauzan Harun", ["Tengku Faisal Harun"])
    assert found(names_linter, text.format(later="Tengku Fauzan Harun, anggota dewan, menolak rencana itu.")) == []


def test_a_name_after_menurut_is_named_bare(names_linter):
    text = "Kepala balai itu, Yohana Bate Lela, mengatakan panen naik.\n\nMenurut Yohana Beta Lela, {rest}"
    (f,) = found(names_linter, text.format(rest="harga gabah naik sepanjang bulan ini."))
    assert (f.line, f.match) == (3, "Yohana Beta Lela")
    # A short phrase closed by a comma after the name is an apposition: someone introduced.
    assert found(names_linter, text.format(rest="petani di Ende, harga gabah naik.")) == []


def test_a_first_name_changed_where_the_article_refers_back_by_the_surname(names_linter):
    text = ("Perenang Australia Lachlan Brewer memecahkan rekor.\n\n"
            "Brewer unggul sejak putaran pertama. \"Saya puas,\" kata Brewer.\n\n{later}")
    (f,) = found(names_linter, text.format(later="Lachie Brewer kini bersiap untuk kejuaraan dunia."))
    assert (f.line, f.match, f.suggestions) == (5, "Lachie Brewer", ["Lachlan Brewer"])
    # A relative is introduced; a sister with another first name is someone else.
    for later in ("Kakaknya, Lachie Brewer, kini bersiap untuk kejuaraan dunia.",
                  "Pelatih Lachie Brewer memujinya.",
                  "Emily Brewer kalah di final gaya bebas."):
        assert found(names_linter, text.format(later=later)) == [], later


@pytest.mark.parametrize("later", ["\"Guru honorer ikut dilatih,\" jelas Rosmawati Simanjuntak.",
                                   "Hal itu disampaikan Rosmawati Simanjuntak di Medan."])
def test_speech_verbs_name_the_speaker_bare(names_linter, later):
    (f,) = found(names_linter, _SPOKESWOMAN.format(later=later))
    assert (f.line, f.match) == (5, "Rosmawati Simanjuntak")
    # With an apposition she is introduced: someone else.
    assert found(names_linter, _SPOKESWOMAN.format(later=later.replace(" di Medan.", ", guru di Medan.").replace(
        "jelas Rosmawati Simanjuntak.", "jelas Rosmawati Simanjuntak, guru di Medan."))) == []


def test_an_uncommon_first_name_with_another_surname_is_one_person(names_linter):
    # "Yehezkiel" is no ordinary or frequent word: a second Yehezkiel would be introduced.
    text = ("Koordinator relawan, Yehezkiel Tarigan, membagikan masker.\n\nStok masker menipis sejak pekan lalu.\n\n"
            "Yehezkiel Purba menyebut stok baru tiba besok.")
    assert [(f.line, f.match) for f in found(names_linter, text)] == [(5, "Yehezkiel Purba")]
    # A frequent first name may be two people; a second person introduced is one.
    common = text.replace("Yehezkiel", "Agus")
    assert found(names_linter, common) == []
    introduced = text.replace("Yehezkiel Purba menyebut", "Yehezkiel Purba, warga Desa Lau Gumba, menyebut")
    assert found(names_linter, introduced) == []


def test_the_same_title_before_a_look_alike_surname_is_one_person(names_linter):
    text = ("Sidang dipimpin hakim ketua Wulandari Setyaningsih.\n\nTerdakwa hadir didampingi pengacara.\n\n"
            "Hakim ketua Wulandari Setyawati menolak eksepsi itu.")
    assert [(f.line, f.match) for f in found(names_linter, text)] == [(5, "Wulandari Setyawati")]
    # Another title is another person; so is a surname that does not look alike.
    assert found(names_linter, text.replace("Hakim ketua Wulandari", "Hakim anggota Wulandari")) == []
    two = "Tuntutan dibacakan jaksa penuntut Dewi Lestari.\n\nJaksa penuntut Dewi Anggraini menambahkan barang bukti."
    assert found(names_linter, two) == []


def test_a_name_blending_two_people_is_reported_with_the_first_names_owner(names_linter):
    text = ("Gol pertama dicetak Fajar Kurniadi pada menit ke-10.\n\nBek lawan, Fikri Kurniawan, sempat menyamakan kedudukan.\n\n"
            "Bagi Fajar Kurniawan, gol itu yang pertama musim ini.")
    findings = found(names_linter, text)
    assert [(f.line, f.match) for f in findings] == [(5, "Fajar Kurniawan")]
    assert findings[0].suggestions == ["Fajar Kurniadi"]
    # An apposition introduces a third person; surnames that do not look alike blend nobody.
    assert found(names_linter, text.replace("Bagi Fajar Kurniawan, gol itu", "Fajar Kurniawan, kiper cadangan, tidak dimainkan; gol itu")) == []
    other = "Gol pertama dicetak Andi Wijaya.\n\nBek lawan, Budi Santoso, sempat menyamakan kedudukan.\n\nBagi Andi Santoso, laga itu yang terakhir."
    assert found(names_linter, other) == []


def test_the_introduced_company_speaking_with_its_last_word_changed(names_linter):
    text = ("Gudang itu dikelola PT Bumi Sarana Logistik, pengelola pergudangan terbesar di Cikarang.\n\n"
            "Manajemen PT Bumi Sarana Niaga menyatakan stok aman.")
    assert [(f.line, f.match) for f in found(names_linter, text)] == [(3, "Bumi Sarana Niaga")]
    # A sister company related in its sentence or introduced, one listed with the first, or
    # a first company never introduced: quiet.
    for quiet in (text.replace("Niaga menyatakan", "Niaga, anak usaha perusahaan itu, menyatakan"),
                  text.replace("Niaga menyatakan", "Niaga, pemilik gedung, menyatakan"),
                  text.replace("Niaga menyatakan", "Niaga dan PT Bumi Sarana Logistik menyatakan"),
                  text.replace(", pengelola pergudangan terbesar di Cikarang.", "."),
                  text.replace("Manajemen PT Bumi Sarana Niaga menyatakan stok aman.", "PT Bumi Sarana Niaga mengangkut barangnya.")):
        assert found(names_linter, quiet) == [], quiet


def test_a_first_name_changed_under_the_same_rank_is_one_person(names_linter):
    text = (
        "Kepala operasi, Kolonel Laut Yudha Hartono, memimpin pencarian sejak pagi.\n\n"
        "Tim gabungan menyisir perairan sejauh 20 mil.\n\n"
        "Kolonel Laut Yudhi Hartono memastikan pencarian berlanjut besok.\n"
    )
    assert [f.match for f in found(names_linter, text)] == ["Yudhi Hartono"]


def test_a_first_name_changed_after_the_person_was_called_by_it(names_linter):
    text = (
        "Penyerang muda Wahyu Kurniawan mencetak gol tunggal pada menit ke-60.\n\n"
        '"Wahyu bermain sangat disiplin," kata pelatihnya.\n\n'
        "Wahid Kurniawan kini mengoleksi delapan gol musim ini.\n"
    )
    assert [f.match for f in found(names_linter, text)] == ["Wahid Kurniawan"]


def test_a_sibling_under_another_title_stays_quiet(names_linter):
    text = (
        "Penyerang muda Wahyu Kurniawan mencetak gol tunggal pada menit ke-60.\n\n"
        "Adiknya, Wahid Kurniawan, menonton dari tribun bersama keluarga.\n"
    )
    assert found(names_linter, text) == []


def test_a_company_speaking_with_its_last_word_one_letter_off(names_linter):
    text = (
        "Sebuah truk tangki milik PT Sinar Bahari Mulia terbalik di jalan tol pada Senin pagi.\n\n"
        "Polisi mengalihkan arus kendaraan selama tiga jam.\n\n"
        "Manajemen PT Sinar Bahari Mulya menyatakan akan menanggung biaya perbaikan jalan.\n"
    )
    assert [f.match for f in found(names_linter, text)] == ["Sinar Bahari Mulya"]


def test_a_two_word_company_with_its_long_last_word_finished_otherwise(names_linter):
    text = (
        "PT Kelana Elektronika membuka pabrik baru di Cikarang.\n\n"
        "Pabrik itu menyerap sekitar 800 pekerja.\n\n"
        "PT Kelana Elektronindo menargetkan ekspor perdana tahun depan.\n"
    )
    assert [f.match for f in found(names_linter, text)] == ["Kelana Elektronindo"]


def test_two_word_sister_companies_stay_quiet(names_linter):
    text = (
        "PT Kelana Elektronika membuka pabrik baru di Cikarang.\n\n"
        "PT Kelana Logistik mengangkut mesin-mesinnya dari pelabuhan.\n\n"
        "Manajemen PT Sinar Bahari Mulia dan PT Sinar Bahari Niaga menandatangani kontrak.\n"
    )
    assert found(names_linter, text) == []


def test_a_rank_inside_a_span_starts_another_person(names_linter):
    # Two officers under one command's name: the words before the rank are not neighbours.
    text = ("Panglima Kodam Jaya Mayjen Fajar Shakur membuka latihan.\n\n"
            "Kepala Staf Kodam Jaya Brigjen Fejar Morishita memimpin apel.")
    assert found(names_linter, text) == []


def test_a_first_name_a_letter_or_a_syllable_off_named_bare_after_the_introduction(names_linter):
    letter = ("Komandan Lanal Sabang, Kolonel Laut Yudi Sudiro, meninjau dermaga.\n\n"
              "Sudiro mengatakan kapal patroli ditambah.\n\nYodi Sudiro menambahkan, latihan digelar pekan depan.")
    assert [(f.line, f.match) for f in found(names_linter, letter)] == [(5, "Yodi Sudiro")]
    syllable = "Kepala balai, Hafiz Rambe, membuka pelatihan.\n\nRambe mengatakan pesertanya 40 petani.\n\nHari Rambe berharap panen naik."
    assert [(f.line, f.match) for f in found(names_linter, syllable)] == [(5, "Hari Rambe")]
    # A sibling is introduced.
    sibling = "Kepala balai, Hafiz Rambe, membuka pelatihan.\n\nRambe mengatakan pesertanya 40 petani.\n\nAdiknya, Hari Rambe, ikut hadir."
    assert found(names_linter, sibling) == []


def test_a_company_word_finished_otherwise_or_a_letter_off(names_linter):
    cut = "PT Dharma Otoparts membuka pabrik di Batam.\n\nPT Dharma Otopatama menargetkan 2.000 pekerja."
    assert [f.match for f in found(names_linter, cut)] == ["Dharma Otopatama"]
    rhyme = ("PO Bintang Utara Raya terguling. PO Bintang Utara Raya menanggung biaya.\n\n"
             "PO Bintang Utara Jaya menyatakan sopirnya selamat.")
    assert [f.match for f in found(names_linter, rhyme)] == ["Bintang Utara Jaya"]
    # One word inside the other is another name ("Farma" / "Farmasi").
    other = "PT Kimia Farma membuka apotek. PT Kimia Farma menambah gerai.\n\nPT Kimia Farmasi memasok bahan bakunya."
    assert found(names_linter, other) == []
