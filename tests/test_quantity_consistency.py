"""quantity-consistency: one quantity with two values in one article, and the many legitimate look-alikes."""

import pytest

from qa_lint import packs
from qa_lint.packs import PackError


def quantity_findings(linter, text, language="id"):
    result = linter.lint_text(text, language=language)
    assert result.error is None, result.error
    return [f for f in result.findings if f.rule.endswith(".number.quantity-changes")]


def test_a_death_toll_that_changes_between_lead_and_body(linter):
    text = ("Banjir bandang di Kabupaten Banjar menewaskan tujuh orang, Selasa (14/1/2025).\n"
            "Tim SAR gabungan masih menyisir sungai.\n"
            "Sebanyak 9 orang tewas dalam bencana itu, kata Kepala BPBD.\n")
    (f,) = quantity_findings(linter, text)
    assert (f.line, f.match, f.severity, f.category) == (3, "9", "warning", "mistranslation")
    assert f.message.startswith("the death toll is 9 here but tujuh on line 1;")
    assert (f.related[0].line, f.related[0].column) == (1, text.index("tujuh") + 1)


@pytest.mark.parametrize(
    "first,second",
    [
        ("Proyek itu merugikan negara. Kerugian ditaksir Rp 1,5 triliun.", None),  # no subject layout: not compared
        ("Gempa menewaskan 1.200 orang.", "Tim SAR mencatat 1.230 orang tewas."),  # a round figure agrees with what rounds to it
        ("Gempa menewaskan sekitar 100 orang.", "Badan bencana mencatat 112 orang tewas."),  # about: 15 % either way
        ("Gempa menewaskan hampir 100 orang.", "Badan bencana mencatat 97 orang tewas."),
        ("Gempa menewaskan lebih dari 100 orang.", "Badan bencana mencatat 140 orang tewas."),
        ("Gempa menewaskan 10-12 orang.", "Badan bencana mencatat 11 orang tewas."),  # a range
        ("Gempa menewaskan sebelas orang.", "Badan bencana mencatat 11 orang tewas."),  # words and digits
    ],
)
def test_compatible_values_stay_quiet(linter, first, second):
    assert quantity_findings(linter, first + "\n" + (second or "") + "\n") == []


@pytest.mark.parametrize(
    "first,second",
    [
        ("Gempa menewaskan sedikitnya tujuh orang.", "Badan bencana mencatat lima orang tewas."),  # below the bound
        ("Gempa menewaskan 1.200 orang.", "Tim SAR mencatat 1.300 orang tewas."),
        ("Ekonomi Indonesia tumbuh 5,05 persen pada kuartal itu.", "Ekonomi Indonesia tumbuh 5,5 persen pada kuartal itu."),
    ],
)
def test_incompatible_values_are_reported(linter, first, second):
    assert len(quantity_findings(linter, first + "\n" + second + "\n")) == 1


@pytest.mark.parametrize(
    "second",
    [
        "Korban tewas bertambah menjadi sembilan orang.",  # a change
        "Sebelumnya, lima orang dilaporkan tewas.",  # an earlier figure
        "Hingga Rabu pagi, sembilan orang tewas.",  # a running count up to a day
        "Pada Rabu (15/1/2025), sembilan orang tewas.",  # another day than the lead's
        "Di Kabupaten Tapin, tiga orang tewas.",  # narrowed to a place the lead does not name
        "Pada 2018, gempa serupa menewaskan 4.340 orang.",  # another period
        '"Saya melihat sembilan orang tewas," kata seorang warga.',  # the speaker's words
        "Pemerintah memperkirakan 20 orang tewas.",  # an estimate
    ],
)
def test_legitimate_differences_stay_quiet(linter, second):
    lead = "Banjir bandang di Kabupaten Banjar menewaskan tujuh orang, Selasa (14/1/2025).\n"
    assert quantity_findings(linter, lead + second + "\n") == []


def test_one_sentence_is_an_enumeration_not_a_contradiction(linter):
    text = "Di Banjar lima orang tewas, sementara tiga orang tewas di Tapin.\n"
    assert quantity_findings(linter, text) == []


def test_holders_keep_subjects_apart_and_scores_are_unordered(linter):
    seats = "Partai Buruh meraih 412 kursi.\nPartai Konservatif memperoleh 121 kursi.\n"
    assert quantity_findings(linter, seats) == []
    score = "Liverpool menang 2-1 atas Chelsea.\nChelsea kalah 1-2 dari Liverpool di Anfield.\n"
    assert quantity_findings(linter, score) == []
    (f,) = quantity_findings(linter, "Liverpool menang 2-1 atas Chelsea.\nAkhirnya Liverpool menang 3-1 atas Chelsea.\n")
    assert f.match == "3-1" and f.message.startswith("the score is 3-1 here but 2-1 on line 1")


def test_scale_words_and_locale_digits_are_one_value(linter):
    same = "Banjir merendam 1,5 juta rumah terendam.\nPemerintah mencatat 1.500.000 rumah terendam.\n"
    assert quantity_findings(linter, same) == []
    differ = "Banjir membuat 1,5 juta rumah terendam.\nPemerintah mencatat 1,8 juta rumah terendam.\n"
    (f,) = quantity_findings(linter, differ)
    assert f.match == "1,8 juta"
    # A number in the other convention has no sure value: number-format reports it instead.
    assert quantity_findings(linter, "Banjir membuat 1.5 juta rumah terendam.\nPemerintah mencatat 1,8 juta rumah terendam.\n") == []


def test_english_mirror(linter):
    text = "A flash flood killed seven people on Tuesday.\nRescuers said nine people were killed in the flood.\n"
    (f,) = quantity_findings(linter, text, "en")
    assert f.message.startswith("the death toll is nine here but seven on line 1")
    quiet = "A flash flood killed seven people on Tuesday.\nBy Wednesday the death toll had risen to nine.\n"
    assert quantity_findings(linter, quiet, "en") == []


def _pack(tmp_path, body: str):
    pack = tmp_path / "q.yaml"
    pack.write_text(
        "pack: t\nlanguage: id\nrules:\n  - id: t.q\n    type: quantity-consistency\n    severity: warning\n"
        "    category: mistranslation\n    message: m\n    examples: {bad: [x], good: [y]}\n" + body,
        encoding="utf-8",
    )
    return pack


def test_pack_errors_name_the_rule(tmp_path):
    with pytest.raises(PackError, match="needs exactly one of"):
        packs.load([_pack(tmp_path, "    subjects: [{name: s, layouts: ['orang tewas']}]\n")], include_bundled=False)
    with pytest.raises(PackError, match="not a id scale word in CLDR"):
        packs.load([_pack(tmp_path, "    scale_aliases: {jt: [juta]}\n    subjects: [{name: s, layouts: ['{quantity} tewas']}]\n")],
                   include_bundled=False)
    with pytest.raises(PackError, match=r"scope_pattern must capture"):
        packs.load([_pack(tmp_path, "    scope_pattern: 'di \\\\w+'\n    subjects: [{name: s, layouts: ['{quantity} tewas']}]\n")],
                   include_bundled=False)


# -- digits swapped, headlines, one named team, a change only before its figure ------------
@pytest.mark.parametrize(
    "first, second, match",
    [
        ("Tingkat hunian hotel di Bali mencapai 76,4 persen pada Juli.",
         "Pengusaha menyebut hunian hotel 74,6 persen pada Juli cukup baik.", "74,6"),
        ("Nilai ekspor kopi Lampung mencapai Rp1,57 triliun.",
         "Gubernur menyebut ekspor kopi senilai Rp1,75 triliun itu menopang petani.", "1,75 triliun"),
        ("Sekitar 1,4 juta pelanggan listrik terdampak pemadaman.",
         "Jumlah pelanggan yang terdampak mencapai 4,1 juta orang.", "4,1 juta"),
    ],
)
def test_two_neighbouring_digits_swapped_in_any_unit(linter, first, second, match):
    (f,) = quantity_findings(linter, first + "\n\n" + second + "\n")
    assert (f.line, f.match) == (3, match)
    assert "two digits the other way round" in f.message and f.related[0].line == 1


@pytest.mark.parametrize(
    "first, second",
    [
        # No word in common near the figures: two different things.
        ("Tingkat hunian hotel mencapai 76,4 persen.", "Sebanyak 67,4 persen wisatawan datang dari Australia."),
        # Other units, other periods, a change.
        ("Harga cabai Rp45.000 per kilogram di pasar.", "Harga bawang di pasar Rp54.000 per ikat."),
        ("Inflasi Juli tercatat 2,37 persen.", "Inflasi Juni tercatat 2,73 persen."),
        ("Pangsa pasar naik menjadi 23 persen.", "Pangsa pasar sebelumnya 32 persen."),
    ],
)
def test_look_alike_swaps_stay_quiet(linter, first, second):
    assert quantity_findings(linter, first + "\n\n" + second + "\n") == []


def test_a_title_case_headline_is_a_statement(linter):
    text = "Tujuh Orang Tewas dalam Longsor di Cianjur\n\nBPBD mencatat korban meninggal berjumlah 12 orang.\n"
    (f,) = quantity_findings(linter, text)
    assert (f.line, f.match) == (3, "12")
    assert quantity_findings(linter, text.replace("12 orang", "tujuh orang")) == []


def test_one_named_team_is_compared_with_the_pair_it_belongs_to(linter):
    text = ("PSIS Semarang mengalahkan Persik Kediri 3-0 di Stadion Jatidiri.\n\n"
            "Kemenangan 2-0 atas Persik membawa PSIS ke posisi kelima.\n")
    (f,) = quantity_findings(linter, text)
    assert f.match == "2-0"
    # Another opponent, or last season's match: not the same score.
    assert quantity_findings(linter, text.replace("atas Persik", "atas Persija")) == []
    assert quantity_findings(linter, text.replace("Kemenangan 2-0 atas Persik", "Musim lalu, kemenangan 2-0 atas Persik")) == []


def test_menjadi_marks_only_the_figure_after_it(linter):
    text = ("Vaksin itu menunjukkan efikasi 80,2 persen.\n\n"
            "Efikasi 82,0 persen itu menjadi alasan utama pemerintah.\n")
    assert [f.match for f in quantity_findings(linter, text)] == ["82,0"]
    text = "Banjir menewaskan tujuh orang.\n\nKorban tewas kini menjadi sembilan orang.\n"
    assert quantity_findings(linter, text) == []


# -- round-2 tuning: any two digits swapped, a digit dropped, the figure written more often --
@pytest.mark.parametrize(
    "first, second, match, message",
    [
        # Two digits swapped that are not neighbours.
        ("Sebanyak 1.350 kematian akibat campak tercatat di Sulawesi sepanjang tahun lalu.",
         "Jumlah kematian akibat campak di Sulawesi sepanjang tahun lalu mencapai 3.150 jiwa.", "3.150", "other way round"),
        # A digit other than 0 dropped.
        ("Latihan militer itu melibatkan sekitar 17.000 personel, jumlah terbesar sejak latihan pertama.",
         "Markas besar menyatakan sekitar 7.000 personel ikut dalam latihan, jumlah terbesar selama ini.", "sekitar 7.000", "one dropped or added"),
        # A duration in years, and a minute of a match.
        ("Hakim menjatuhkan hukuman 12 tahun penjara kepada pendiri perusahaan kripto Whitmore.",
         "Dengan vonis 21 tahun itu, Whitmore menjadi pendiri perusahaan kripto dengan hukuman terberat.", "21", "other way round"),
        ("Gol kedua Fernandes lahir dari tendangan keras pada menit ke-67.",
         "Gol kedua Fernandes pada menit ke-76 itu menjadi gol kesembilannya.", "76", "other way round"),
    ],
)
def test_digits_swapped_or_dropped_in_one_figure(linter, first, second, match, message):
    (f,) = quantity_findings(linter, first + "\n\n" + second + "\n")
    assert (f.line, f.match) == (3, match)
    assert message in f.message and f.related[0].line == 1


def test_the_figure_written_once_is_the_slip_even_when_it_comes_first(linter):
    text = ("Gempa Magnitudo 6,9 Guncang Papua Nugini, Sedikitnya 23 Orang Tewas\n\n"
            "Sebagian besar dari 32 korban tewas tertimpa bangunan yang runtuh.\n\n"
            "Dengan 23 korban jiwa, gempa ini menjadi yang paling mematikan sejak 2018.\n")
    (f,) = quantity_findings(linter, text)
    assert (f.line, f.match) == (3, "32") and f.related[0].line in (1, 5)


@pytest.mark.parametrize(
    "first, second",
    [
        # A zero dropped is a different order of magnitude, not a slip (100 / 10 orang).
        ("Sebanyak 100 orang hadir dalam rapat warga di balai desa.", "Sebanyak 10 orang hadir dalam rapat warga di balai desa."),
        # An age is no duration.
        ("Whitmore, 41 tahun, dinyatakan bersalah oleh juri atas penipuan.", "Hakim menjatuhkan hukuman 14 tahun penjara atas penipuan kepada Whitmore."),
        # Decimals rounded are not a dropped digit.
        ("Inflasi tahunan tercatat 2,45 persen menurut data BPS.", "Inflasi tahunan tercatat 2,5 persen menurut data BPS yang dibulatkan."),
        # Two classifier counts with little in common.
        ("Sebanyak 23 orang tewas dalam banjir di Bima.", "Polisi menangkap 32 orang dalam razia narkoba di Mataram."),
    ],
)
def test_look_alike_slips_stay_quiet(linter, first, second):
    assert quantity_findings(linter, first + "\n\n" + second + "\n") == []


def test_lists_of_figures_and_title_case_addresses_are_not_statements(linter):
    # A list of prices: a slip between its rows is a coincidence.
    prices = ("Biaya Pendaftaran: Rp 250.000 Uang Buku: Rp 2.850.000 Uang Seragam: Rp 670.000 SPP: Rp 750.000 Komite: Rp 300.000.\n\n"
              "Biaya sekolah lain: Rp 400.000 Uang Bulanan: Rp 2.750.000 Seragam: Rp 2.800.000 Tahunan: Rp 2.300.000.\n")
    assert quantity_findings(linter, prices) == []
    # An address in title case is no headline: its postal code has no unit.
    addresses = ("Toko Buku Murah\n\nJembatan Lima, Kecamatan Tambora, Kota Jakarta Barat, Jakarta 11250 No. 4.\n\n"
                 "Kedoya Selatan, Kecamatan Kebon Jeruk, Kota Jakarta Barat, Jakarta 11520 No. 7.\n")
    assert quantity_findings(linter, addresses) == []


def test_a_headline_figure_written_once_is_the_slip_against_one_body_figure(linter):
    text = ("Kementerian Konfirmasi 24 Korban Tewas Setelah Tanah Longsor\n\n"
            "Kementerian kesehatan mengatakan 42 orang tewas ketika tanah longsor mengubur desa di Jawa Barat.\n")
    (f,) = quantity_findings(linter, text)
    assert (f.line, f.match) == (1, "24")


def test_any_figure_restated_in_nearly_the_same_words(linter):
    # No subject lists water-table drops: the unit, the cue ("rata-rata" in both) and the
    # words around both figures say it is one figure stated twice.
    text = ("Tim mencatat penurunan muka air tanah rata-rata 40 sentimeter di lokasi pengamatan.\n"
            "Warga menanam sagu di tepi kanal.\n"
            "Ketua tim mengatakan penurunan muka air tanah di lokasi pengamatan rata-rata mencapai 60 sentimeter.\n")
    (f,) = quantity_findings(linter, text)
    assert (f.line, f.match, f.severity) == (3, "60", "warning")
    assert "said of the same thing" in f.message and "40 on line 1" in f.message
    assert (f.related[0].line, f.related[0].message) == (1, "the same figure with another value")


@pytest.mark.parametrize(
    "first,second",
    [
        # a forecast beside a plain statement: the cues differ
        ("Dinas memperkirakan 5.000 wisatawan tiba melalui bandara Komodo pada Desember.",
         "Sebanyak 4.200 wisatawan tiba melalui bandara Komodo pada Desember."),
        # two words in common are not enough
        ("Sebanyak 120 kanal disekat tahun ini.", "Petani membuka 300 kanal baru di hulu sungai."),
        # another holder
        ("Suku bunga Deposit Facility tetap dipertahankan sebesar 5,00 persen.",
         "Suku bunga Lending Facility tetap dipertahankan sebesar 6,50 persen."),
        # a rate beside a total
        ("Dalam 20 laga tandang, tim asuhan Widodo mampu mencetak 30 gol.",
         "Tim asuhan Widodo mampu mencetak 1,5 gol di setiap laga tandang."),
        # a count up to a moment
        ("Sekitar 9.000 penumpang tiba melalui pelabuhan penyeberangan Ketapang.",
         "Hingga Rabu, penumpang yang tiba melalui pelabuhan penyeberangan Ketapang mencapai 12.000 orang."),
    ],
)
def test_restatement_look_alikes_stay_quiet(linter, first, second):
    assert quantity_findings(linter, first + "\n" + second + "\n") == []


def test_a_unit_with_three_values_is_a_series_not_a_restatement(linter):
    text = ("Sampel cat merah mengandung timbal sebesar 1.336 ppm menurut hasil uji laboratorium.\n"
            "Sampel cat kuning mengandung timbal sebesar 3.987 ppm menurut hasil uji laboratorium.\n")
    assert len(quantity_findings(linter, text)) == 1  # two values: one restated
    assert quantity_findings(linter, text + "Sampel cat biru mengandung timbal sebesar 250 ppm.\n") == []


def test_a_figure_that_points_back_must_be_a_count_stated_before(linter):
    text = ("Sekitar 8.000 buruh di tiga pabrik memulai mogok kerja pada Kamis.\n"
            "Manajemen menyebut produksi berhenti.\n"
            "Menurut serikat pekerja, 6.000 buruh yang mogok itu berasal dari bagian produksi.\n")
    (f,) = quantity_findings(linter, text)
    assert (f.line, f.match) == (3, "6.000")
    assert "points back to a count stated before" in f.message and "Sekitar 8.000" in f.message
    assert f.related[0].line == 1


@pytest.mark.parametrize(
    "text",
    [
        "Sekitar 8.000 buruh memulai mogok kerja.\nSebanyak 7.500 buruh yang mogok itu berasal dari bagian produksi.\n",  # about 8.000
        "Pabrik mempekerjakan 8.000 buruh.\nLima orang di pabrik itu terluka.\n",  # "itu" is the factory's
        "Tim itu mencetak 21 gol.\nLawannya mencetak 17 gol.\nDari 16 gol tersebut, delapan dicetak Haaland.\n",  # a series
        "Ia dikontrak 5 tahun.\nPemain berusia 22 tahun itu mencetak dua gol.\n",  # an age, not a count
        "Ke-12 kecamatan itu menggelar pemungutan suara ulang.\n",  # nothing stated before
    ],
)
def test_pointing_back_look_alikes_stay_quiet(linter, text):
    assert quantity_findings(linter, text) == []


def test_an_approximation_reaches_fifteen_percent_of_its_value_not_of_its_rounding(linter):
    # "sekitar 100" is 85-115: 120 is another figure (it used to pass as 100's rounding widened).
    text = "Gempa menewaskan sekitar 100 orang.\nBadan bencana mencatat 120 orang tewas.\n"
    (f,) = quantity_findings(linter, text)
    assert f.match == "120"


def test_units_compare_by_their_cldr_key_and_a_total_points_back(linter):
    # "km" and "kilometer" are one unit (CLDR length-kilometer); "seluruh 152 penumpang" is the whole set.
    text = ("Pemerintah membangun pipa transmisi sepanjang 12 kilometer.\n"
            "Pipa sepanjang 15 km itu ditargetkan rampung tahun depan.\n"
            "Pesawat itu membawa 148 penumpang dan enam awak.\n"
            "Seluruh 152 penumpang selamat, kata maskapai.\n")
    assert [(f.line, f.match) for f in quantity_findings(linter, text)] == [(2, "15"), (4, "152")]
    assert quantity_findings(linter, text.replace("15 km", "12 km").replace("Seluruh 152", "Seluruh 148")) == []


def test_a_collective_ke_opening_a_sentence_points_back(linter):
    # "Ke-18 proyek ... itu" is all 18 projects: the set named before, however long its phrase.
    text = ("Pemerintah menawarkan 15 proyek energi terbarukan senilai total 12 miliar dolar AS kepada investor global.\n"
            "Ke-18 proyek energi terbarukan yang ditawarkan itu tersebar di sembilan provinsi.\n")
    assert [(f.line, f.match) for f in quantity_findings(linter, text)] == [(2, "18")]
    assert quantity_findings(linter, text.replace("Ke-18", "Ke-15")) == []
    # Look-alike: after a noun "ke-" is an ordinal ("hari ke-18 ..."), no set named before.
    ordinal = text.replace("Ke-18 proyek", "Pada hari ke-18 proyek")
    assert quantity_findings(linter, ordinal) == []


def test_an_ordinal_after_a_noun_of_order_points_back_to_no_count(linter):
    # "Pada hari ke-18 proyek itu" is the project's 18th day; the pointing-back reading took
    # "ke-18 proyek itu" for "the 18 projects" and reported 18 against 15.
    text = ("Sebanyak 15 proyek jalan tol diresmikan Presiden pada Senin (3/1/2028).\n"
            "Pada hari ke-18 proyek itu dikunjungi ribuan warga.\n")
    assert quantity_findings(linter, text) == []
    assert quantity_findings(linter, text.replace("hari ke-18", "menit ke-18")) == []
    # Look-alike: after a noun that orders nothing, "ke-18 proyek itu" is still the set of 18.
    fate = text.replace("Pada hari ke-18 proyek itu dikunjungi ribuan warga.", "Nasib ke-18 proyek itu kini belum jelas.")
    assert [(f.line, f.match) for f in quantity_findings(linter, fate)] == [(2, "18")]


def test_a_measure_of_another_thing_does_not_point_back(linter):
    # The crack and the dam are two things measured; "itu" points at the dam, not at the crack's length.
    text = ("Petugas menemukan rekahan sepanjang kira-kira 2,5 meter di tubuh bendungan.\n"
            "Warga diminta menjauh.\n"
            "Bendungan setinggi 40 meter itu dibangun pada 1985.\n")
    assert quantity_findings(linter, text) == []
    # Look-alike: the same thing measured again with another value is still a slip.
    same = text.replace("Bendungan setinggi 40 meter itu", "Rekahan sepanjang 4,5 meter itu")
    assert [(f.line, f.match) for f in quantity_findings(linter, same)] == [(3, "4,5")]
    # ... and so is one thing named in other words with a close value (an order of magnitude apart it is another thing).
    other_words = text.replace("Bendungan setinggi 40 meter itu", "Celah sepanjang 3,5 meter itu")
    assert [(f.line, f.match) for f in quantity_findings(linter, other_words)] == [(3, "3,5")]


# -- one quantity named by a key (quant9): the noun phrase a clause opens with, a counted noun
# with its modifier and rate, a count since one moment; and a match pointed at with "ini".
@pytest.mark.parametrize(
    "first,second,match",
    [
        # The clause opens with the same noun phrase; a period on one side only is the story's time.
        ("Utang luar negeri swasta pada akhir Juni 2025 tercatat sebesar 198,3 miliar dolar AS.",
         "Dengan utang luar negeri swasta sekitar 168 miliar dolar AS, perusahaan dinilai masih aman.", "sekitar 168 miliar dolar AS"),
        # "per minggu" and "setiap minggu" are one rate; "sekitar" tolerates a modest difference only.
        ("Pemerintah kota menyediakan sekitar 1.400 porsi makanan gratis per minggu.",
         "Secara rinci, dapur umum membagikan sekitar 900 porsi makanan gratis setiap minggu.", "sekitar 900"),
        # One count since one moment ("sejak awal Maret"), the year said once.
        ("Polisi mencatat 1.870 pelanggaran lalu lintas sejak awal Maret 2025 di jalur mudik.",
         "Dengan lebih dari 2.600 pelanggaran sejak awal Maret, polisi menambah pos pemeriksaan.", "lebih dari 2.600"),
        # A total smaller than a part of it.
        ("Operator menambah sekitar 12.000 tiket tambahan per hari untuk rute selatan.",
         "Secara keseluruhan, operator menjual sekitar 8.000 tiket tambahan per hari selama libur sekolah.", "sekitar 8.000"),
    ],
)
def test_a_quantity_named_by_its_key_is_compared(linter, first, second, match):
    (f,) = quantity_findings(linter, first + "\n" + second + "\n")
    assert (f.line, f.match) == (2, match)


@pytest.mark.parametrize(
    "first,second",
    [
        # "sekitar" covers a nearby exact figure.
        ("Utang luar negeri swasta pada akhir Juni 2025 tercatat sebesar 198,3 miliar dolar AS.",
         "Dengan utang luar negeri swasta sekitar 200 miliar dolar AS, perusahaan dinilai masih aman."),
        # Two periods named: two moments.
        ("Utang luar negeri swasta pada akhir Juni 2025 tercatat sebesar 198,3 miliar dolar AS.",
         "Utang luar negeri swasta pada akhir Maret 2025 sebesar 189 miliar dolar AS."),
        # Another noun phrase: another quantity.
        ("Utang luar negeri swasta tercatat sebesar 198,3 miliar dolar AS.",
         "Utang luar negeri pemerintah tercatat sebesar 210 miliar dolar AS."),
        # Another organisation's seats.
        ("Operator Selatan menyediakan 12.000 kursi tambahan per hari.",
         "Perusahaan Utara menyediakan 5.000 kursi tambahan per hari."),
        # A total larger than the part is no contradiction.
        ("Operator menambah sekitar 12.000 tiket tambahan per hari untuk rute selatan.",
         "Secara keseluruhan, operator menjual sekitar 20.000 tiket tambahan per hari selama libur sekolah."),
        # Since one moment, but two different things counted (the verbs differ).
        ("Sejak awal 2024, sebanyak 500 rumah dibangun di kawasan itu.",
         "Sejak awal 2024, sebanyak 300 rumah direnovasi di kawasan itu."),
        # Since another moment.
        ("Polisi mencatat 1.870 pelanggaran sejak awal Maret.",
         "Polisi mencatat 2.600 pelanggaran sejak awal Februari."),
        # A count since a moment, updated up to a day: a running count.
        ("Polisi mencatat 1.870 pelanggaran sejak awal Maret.",
         "Hingga Minggu, polisi mencatat 2.600 pelanggaran sejak awal Maret."),
        # A rate per day beside the same noun per week.
        ("Dapur umum membagikan 1.400 porsi makanan gratis per minggu.",
         "Dapur umum membagikan 200 porsi makanan gratis per hari."),
    ],
)
def test_keyed_look_alikes_stay_quiet(linter, first, second):
    assert quantity_findings(linter, first + "\n" + second + "\n") == []


def test_a_score_pointed_at_with_ini_is_the_story_match(linter):
    text = ("Borneo FC Tundukkan PSM Makassar 3-1 di Samarinda\n"
            "Borneo FC mengalahkan PSM Makassar 3-1 di Stadion Segiri, Minggu (12/1/2025).\n"
            "Kemenangan 3-2 ini mengangkat Borneo FC ke puncak klasemen.\n")
    (f,) = quantity_findings(linter, text)
    assert (f.line, f.match) == (3, "3-2")
    # The same score, unordered ("kekalahan 1-3" for the losing side), is quiet.
    for quiet in ("Kekalahan 1-3 ini membuat PSM turun ke peringkat ketujuh.\n",
                  "Kemenangan 3-1 itu mengangkat Borneo FC ke puncak klasemen.\n"):
        assert quantity_findings(linter, text.rsplit("\n", 2)[0] + "\n" + quiet) == []
    # A match of another season named with "ini" is not the story's.
    other = text.rsplit("\n", 2)[0] + "\nPada putaran pertama musim lalu, kemenangan 2-0 ini diraih PSM.\n"
    assert quantity_findings(linter, other) == []


@pytest.mark.parametrize(
    "second,count",
    [
        # 0,5 km2 is 50 ha: "itu" points back to the 20 hectares, converted through `measures`.
        ("Penghijauan di lahan seluas sekitar setengah kilometer persegi itu melibatkan warga.", 1),
        ("Penghijauan di lahan seluas 0,2 kilometer persegi itu melibatkan warga.", 0),  # 20 ha
        ("Penghijauan di lahan seluas 200.000 meter persegi itu melibatkan warga.", 0),  # 20 ha
        ("Penghijauan di lahan seluas 2 kilometer itu melibatkan warga.", 0),  # a length, not an area
        ("Penghijauan di kawasan seluas 90 hektare itu melibatkan warga.", 1),
    ],
)
def test_areas_compare_through_one_table_of_units(linter, second, count):
    text = "Dinas kehutanan menanami kembali 20 hektare lahan kritis di lereng gunung.\n" + second + "\n"
    assert len(quantity_findings(linter, text)) == count


def test_two_lengths_an_order_of_magnitude_apart_measure_two_things(linter):
    text = ("Gunung itu melontarkan kolom abu setinggi sekitar 12 kilometer ke udara.\n"
            "Gunung setinggi 2.400 meter itu sudah meletus tiga kali tahun ini.\n")
    assert quantity_findings(linter, text) == []


LEAD = "Longsor melanda Kabupaten Bogor, Senin (9/3/2026).\n"


@pytest.mark.parametrize(
    "first,second,count",
    [
        # The verb said of the counted noun, active or passive: one count of houses buried.
        ("Longsor menimbun 240 rumah di tiga desa.", "Menurut camat, sekitar empat ratus rumah yang tertimbun berada di lereng.", 1),
        ("Longsor menimbun 240 rumah di tiga desa.", "Menurut camat, sekitar dua ratus lima puluh rumah yang tertimbun berada di lereng.", 0),
        # "N rumah yang tertimbun" and "N rumah ... di lereng" may be some of them: quiet when fewer than all.
        ("Longsor menimbun 240 rumah di tiga desa.", "Sebanyak 90 rumah yang tertimbun berada di lereng.", 0),
        ("Longsor menimbun 240 rumah di tiga desa.", "Longsor juga menimbun 90 rumah di lereng selatan.", 0),
        ("Longsor menimbun 240 rumah di tiga desa.", "Longsor juga menimbun 390 rumah di lereng selatan.", 1),
        # Another verb, another modifier ("lain"), another event years before: other counts.
        ("Longsor menimbun 240 rumah di tiga desa.", "Sebanyak 400 rumah terendam air di hilir.", 0),
        ("Polisi menyita 14 senjata api pada Senin.", "Sehari kemudian polisi menyita 30 senjata lain.", 0),
        # Two agents of one verb ("mencetak"): two counts.
        ("Tim tuan rumah mencetak 21 gol musim ini.", "Lawannya mencetak 17 gol musim ini.", 0),
        ("Longsor menimbun 240 rumah di tiga desa.", "Longsor serupa pada Januari 2021 menimbun lebih dari 900 rumah.", 0),
        # A verb that only reports a figure says nothing of what is counted.
        ("Petugas mencatat 240 rumah di tiga desa.", "Tim pendata mencatat 400 rumah di lereng.", 0),
    ],
)
def test_the_verb_said_of_a_counted_noun_is_a_key(linter, first, second, count):
    # The first figure in the lead paragraph: the story's whole.
    assert len(quantity_findings(linter, LEAD.rstrip("\n") + " " + first + "\n" + second + "\n")) == count


@pytest.mark.parametrize(
    "first,second,count",
    [
        # A monthly figure reported now: the lead's month or the month before, named on one side only.
        ("Cadangan beras pemerintah pada akhir Februari 2026 tercatat sebesar 2,1 juta ton.",
         "Dengan cadangan beras pemerintah sekitar 1,4 juta ton, stok dinilai aman.", 1),
        # A month long before the story's: another moment.
        ("Cadangan beras pemerintah pada akhir Juni tercatat sebesar 2,1 juta ton.",
         "Dengan cadangan beras pemerintah sekitar 1,4 juta ton, stok dinilai aman.", 0),
    ],
)
def test_a_period_on_one_side_only_must_be_the_story_time(linter, first, second, count):
    assert len(quantity_findings(linter, LEAD + first + "\n" + second + "\n")) == count


@pytest.mark.parametrize(
    "first,second",
    [
        # Content words between the noun phrase and the figure name another price.
        ("Harga emas Antam dijual Rp1,2 juta per gram pada Senin.", "Harga emas Antam untuk pembelian kembali Rp1,1 juta per gram."),
        # Other places named after the figure.
        ("Pemerintah menyalurkan 500 ton beras ke Garut.", "Pemerintah menyalurkan 300 ton beras ke Cianjur."),
        ("Operator menyediakan 12.000 kursi tambahan per hari untuk kereta Argo.",
         "Operator menyediakan 5.000 kursi tambahan per hari untuk kereta Parahyangan."),
    ],
)
def test_keyed_figures_of_other_things_stay_quiet(linter, first, second):
    assert quantity_findings(linter, first + "\n" + second + "\n") == []


def test_the_noun_phrase_right_before_a_figure_is_a_key_and_decimals_only_touch(linter):
    # A series of times (three or more values of "detik") is no guard for a keyed figure:
    # "catatan waktu" names the record both times, and 12,47 and 12,48 only touch.
    text = ("Perenang Jepang Aiko Tanaka memecahkan rekor nasional dengan catatan waktu 52,48 detik di Tokyo, Senin (2/6/2025).\n"
            "Rekor sebelumnya, 52,61 detik, dipegang perenang senior.\n"
            "Perenang Korea Min-ji Park finis kedua dengan 53,10 detik.\n"
            "Catatan waktu 52,47 detik itu menempatkan Tanaka di peringkat lima dunia.\n")
    (f,) = quantity_findings(linter, text)
    assert (f.line, f.match) == (4, "52,47")
    assert quantity_findings(linter, text.replace("52,47", "52,48")) == []
    # Another swimmer's time named in the phrase is another record.
    other = text.replace("Catatan waktu 52,47 detik itu menempatkan Tanaka", "Catatan waktu Park 52,47 detik membuatnya")
    assert quantity_findings(linter, other) == []


@pytest.mark.parametrize(
    "second,count",
    [
        ("Tim SAR mencatat 20.400 orang mengungsi ke balai desa.", 0),  # rounds to 20.000
        ("Tim SAR mencatat 24.500 orang mengungsi ke balai desa.", 1),  # "20.000" reaches 10 %, not 25 %
        ("Tim SAR mencatat sekitar 23.000 orang mengungsi ke balai desa.", 0),  # "sekitar" reaches 15 %
    ],
)
def test_a_round_figure_reaches_a_tenth_of_itself(linter, second, count):
    assert len(quantity_findings(linter, "Banjir membuat 20.000 orang mengungsi.\n" + second + "\n")) == count


def test_the_sets_of_a_match_are_one_result(linter):
    text = ("Pebulu tangkis Indonesia Rina Wulandari menjuarai turnamen itu setelah mengalahkan pemain Jepang, Aya Tanaka, 21-17, 21-15 di final, Minggu (6/12/2026).\n"
            "Kemenangan dua gim langsung 21-17, 21-18 itu menjadi gelar kedua Rina musim ini.\n")
    (f,) = quantity_findings(linter, text)
    assert (f.line, f.match) == (2, "21-17, 21-18")
    # The same sets agree; a semifinal against another player is another match.
    assert quantity_findings(linter, text.replace("21-17, 21-18 itu", "21-17, 21-15 itu")) == []
    semifinal = text.replace("Kemenangan dua gim langsung 21-17, 21-18 itu menjadi gelar kedua Rina musim ini.",
                             "Di semifinal, Rina mengalahkan pemain Korea, Kim Min-ji, 21-12, 21-10.")
    assert quantity_findings(linter, semifinal) == []


def test_a_score_pointed_at_may_be_a_match_named_in_a_change_sentence(linter):
    text = ("Persija Tahan Imbang Bali United 1-1\n\n"
            "Persija ditahan imbang Bali United 1-1 di Jakarta, Minggu (13/12/2026).\n\n"
            "Pada laga sebelumnya, Persija menang 3-0 atas Persik.\n\n"
            "Kemenangan 3-0 itu menjadi yang terbesar musim ini.\n")
    assert quantity_findings(linter, text) == []


def test_a_noun_phrase_before_a_time_and_its_figure_is_a_key(linter):
    text = ("Kementerian Keuangan mencatat utang pemerintah pada akhir Februari 2026 sebesar Rp 8.500 triliun, Jumat (13/3/2026).\n\n"
            "Rasio utang terhadap PDB tercatat 39 persen.\n\n"
            "Dengan utang pemerintah sekitar Rp 9.800 triliun, ruang fiskal dinilai makin sempit.\n")
    (f,) = quantity_findings(linter, text)
    assert f.line == 5
    # Another month long before the story's: another moment.
    assert quantity_findings(linter, text.replace("akhir Februari 2026", "akhir Juni 2025")) == []


# -- quant10: one quantity restated where its clause, its score wording, a one-digit measure,
# a date span or another form of its noun kept the two mentions apart.
@pytest.mark.parametrize(
    "text,line,match",
    [
        # A period later in the sentence is about another clause (a cut to come), not the rate held.
        ("Bank Sentral Tahan Suku Bunga Acuan di 6,25 Persen\n\n"
         "Bank sentral mempertahankan suku bunga acuan di level 6,25 persen, sesuai perkiraan para analis.\n\n"
         "Dengan suku bunga acuan yang tetap di 6,5 persen, bank sentral masih bisa memangkasnya pada kuartal kedua 2027.\n",
         5, "6,5"),
        # A draw named in the passive, restated in a fronted phrase whose main clause reports a climb.
        ("Arema Ditahan Imbang Persebaya 1-1 di Malang\n\n"
         "Arema FC ditahan imbang Persebaya Surabaya 1-1 di Stadion Kanjuruhan, Minggu (17/1/2027).\n\n"
         "Dengan hasil 0-0 itu, Arema naik ke peringkat keenam.\n",
         5, "0-0"),
        # A one-digit measure of one place, restated with the same words.
        ("Gelombang setinggi hingga 3 meter berpotensi terjadi di perairan Sumbawa, Selasa (9/2/2027).\n\n"
         "Nelayan diminta tidak melaut selama gelombang setinggi hingga 5 meter masih berpotensi terjadi di perairan Sumbawa.\n",
         3, "5"),
        # Three significant digits swapped in one noun; the lead's span of dates is a period, and
        # the rise it reports belongs to the figure after the comma.
        ("Bandara itu melayani 275.000 penumpang selama 20 Desember 2026 hingga 3 Januari 2027, naik 9 persen dari tahun sebelumnya.\n\n"
         "Pengelola menyebut capaian 257.000 penumpang selama musim liburan itu sebagai rekor.\n",
         3, "257.000"),
        # One workforce, a derived noun and a compound of its stem, both a plan.
        ("Smelter itu ditargetkan beroperasi penuh pada 2029 dengan menyerap 2.400 tenaga kerja.\n\n"
         "Pemerintah daerah akan melatih 4.200 pekerja yang akan diserap smelter itu saat beroperasi penuh.\n",
         3, "4.200"),
    ],
)
def test_one_quantity_restated_across_wording_clauses_and_forms(linter, text, line, match):
    (f,) = quantity_findings(linter, text)
    assert (f.line, f.match) == (line, match)


@pytest.mark.parametrize(
    "text",
    [
        # A rate before and after a cut.
        "Bank sentral memangkas suku bunga acuan dari 6,25 persen menjadi 6 persen.\n\nDengan suku bunga acuan 6 persen, kredit diharapkan tumbuh.\n",
        # A period after the rate's own clause, with no fronted phrase: still the rate's time.
        ("Bank sentral menahan suku bunga acuan di 5,5 persen.\n\n"
         "Suku bunga acuan sempat berada di 6 persen, level tertinggi sejak 2016, pada Juni 2024.\n"),
        # A fronted phrase that names its own year.
        ("Bank sentral menahan suku bunga acuan di 5,5 persen.\n\n"
         "Dengan suku bunga acuan 6 persen pada 2024, kredit perumahan sempat melambat.\n"),
        # The same draw restated.
        "Arema FC ditahan imbang Persebaya Surabaya 1-1 di Malang.\n\nDengan hasil 1-1 itu, Arema naik ke peringkat keenam.\n",
        # Another match's score, written before the one pointed at.
        ("Arema FC ditahan imbang Persebaya Surabaya 1-1 di Malang.\n\nPekan lalu, Arema dikalahkan Bali United 0-2.\n\n"
         "Hasil 0-2 itu membuat pelatih dievaluasi.\n"),
        # Two places, each with its own wave height.
        ("Gelombang setinggi hingga 3 meter berpotensi terjadi di perairan Sumbawa.\n\n"
         "Gelombang setinggi hingga 5 meter berpotensi terjadi di perairan Lombok.\n"),
        # A range first, then its upper end.
        ("Gelombang setinggi 2,5 hingga 4 meter berpotensi terjadi di perairan Sumbawa.\n\n"
         "Gelombang setinggi hingga 4 meter masih berpotensi terjadi di perairan Sumbawa.\n"),
        # Swapped digits, but last year's figure and this year's.
        ("Bandara itu melayani 275.000 penumpang pada libur akhir tahun lalu.\n\n"
         "Tahun ini, bandara itu melayani 257.000 penumpang pada libur akhir tahun ini.\n"),
        # Swapped digits, but the new figure after a change.
        ("Bandara itu melayani 275.000 penumpang selama libur.\n\n"
         "Angka itu kemudian direvisi menjadi 257.000 penumpang.\n"),
        # A plan beside a fact: the target is no slip of the workforce today.
        ("Smelter itu ditargetkan menyerap 2.400 tenaga kerja pada 2029.\n\n"
         "Saat ini smelter itu mempekerjakan 4.200 pekerja kontrak di lokasi proyek.\n"),
        # Percents share no noun: swapped digits of two shares need words in common.
        ("Tingkat keterisian kereta mencapai 84,6 persen selama libur.\n\nSebanyak 48,6 persen penumpang membeli tiket secara daring.\n"),
        # Swapped digits, a past period near one of them only.
        ("Pelabuhan Bakauheni melayani 274.000 pemudik selama arus balik, Senin (6/4/2026).\n\n"
         "Pada periode yang sama tahun lalu, pelabuhan itu melayani 247.000 pemudik.\n"),
        # Swapped digits, but "lainnya": another set of the same noun.
        ("Terminal Pulo Gebang melayani 274.000 pemudik selama arus balik.\n\n"
         "Sementara itu, 247.000 pemudik lainnya berangkat dari Terminal Kampung Rambutan.\n"),
        # Houses of residents and residents are two counts.
        ("Banjir merendam 1.250 rumah warga di tiga desa.\n\nPetugas mengevakuasi 2.150 warga dari tiga desa itu.\n"),
    ],
)
def test_look_alikes_of_restated_quantities_stay_quiet(linter, text):
    assert quantity_findings(linter, text) == []


@pytest.mark.parametrize(
    "text,line,match",
    [
        # A match named by its two teams that "berakhir" with a score.
        ("Laga PSM Makassar kontra Bali United berakhir imbang 1-1 di Parepare, Jumat (5/3/2027).\n\n"
         "Dengan hasil 2-2 tersebut, PSM turun ke peringkat kesembilan.\n", 3, "2-2"),
        # A later cue about the table ("naik ke peringkat") is not about the final score.
        ("Bali United menang 2-0 atas Persik Kediri di Gianyar, Jumat (5/3/2027).\n\n"
         "Kemenangan 3-0 tersebut membawa Bali United naik ke peringkat kedua.\n", 3, "3-0"),
        # A headline without a place, a lead with one: the lead's place is the story's own.
        ("Arema Imbangi PSIS 0-0\n\nArema FC menahan imbang PSIS Semarang 0-0 di Malang, Minggu (7/3/2027).\n\n"
         "Skor 1-1 itu membuat Arema tertahan di papan tengah.\n", 5, "1-1"),
        # A place between the noun phrase and its figure.
        ("Tinggi muka air di Bendung Katulampa mencapai 2 meter, Senin (8/2/2027).\n\n"
         "Warga bantaran diminta waspada karena tinggi muka air di Bendung Katulampa bisa mencapai 3 meter.\n", 3, "3"),
    ],
)
def test_scores_and_measures_restated_in_other_words(linter, text, line, match):
    (f,) = quantity_findings(linter, text)
    assert (f.line, f.match) == (line, match)


@pytest.mark.parametrize(
    "text",
    [
        # Two markets, two prices: the place skipped for the key still keeps them apart.
        "Harga bawang merah di Pasar Beringharjo mencapai Rp 38.000 per kilogram.\n\nHarga bawang merah di Pasar Gede mencapai Rp 42.000 per kilogram.\n",
        # Swapped digits, but two trading partners.
        "Nilai ekspor teh ke Pakistan mencapai 130 juta dolar AS pada 2025.\n\nNilai ekspor teh ke Rusia mencapai 310 juta dolar AS pada 2025.\n",
        # Another match of the round ends with the score pointed at later.
        ("Bali United menang 2-0 atas Persik Kediri di Gianyar.\n\nDi laga lain, Arema FC mengalahkan PSIS Semarang 3-1.\n\n"
         "Kemenangan 3-1 itu membawa Arema naik ke peringkat keempat.\n"),
        # A one-digit length that points back ("3 km itu") is a part, compared through a key only.
        "Pemerintah membangun jalan tol sepanjang 12 kilometer di Jawa Barat.\n\nJembatan sepanjang 3 km itu menjadi bagian tersulit proyek.\n",
        # An earlier meeting of the same teams.
        ("Bali United ditahan imbang PSM Makassar 1-1 di Gianyar, Jumat (5/3/2027).\n\n"
         "Pada pertemuan pertama musim ini, laga PSM kontra Bali United berakhir 2-2 di Parepare.\n"),
    ],
)
def test_look_alikes_of_restated_scores_and_measures_stay_quiet(linter, text):
    assert quantity_findings(linter, text) == []


def test_a_slip_between_two_statements_is_reported_once_on_the_likelier_slip(linter):
    # The lead's place is the story's own, so the death tolls are compared; the slip of
    # digits names the headline's figure, and the subject does not report the body's too.
    text = ("31 Orang Tewas dalam Banjir Bandang Agam\n\n"
            "Banjir bandang di Kabupaten Agam menewaskan 13 orang, Kamis (4/3/2027).\n")
    findings = quantity_findings(linter, text)
    assert [(f.line, f.match) for f in findings] == [(1, "31")]


# -- blind-set kinds: the value after a change, a quotation, a score pointed at with words between --
def test_the_value_after_a_change_is_restated_by_a_plain_statement_after_it(linter):
    lead = "Kementerian menambah kuota beasiswa bagi dosen menjadi 1.200 penerima pada 2027.\n\nProgram itu dibiayai LPDP.\n\n"
    text = lead + "Dengan kuota 2.100 penerima pada 2027, kampus menyiapkan pembimbing.\n"
    assert [f.match for f in quantity_findings(linter, text)] == ["2.100"]
    # The same value: quiet. A plain value before the change, or a second step of it: quiet.
    assert quantity_findings(linter, lead + "Dengan kuota 1.200 penerima pada 2027, kampus menyiapkan pembimbing.\n") == []
    text = "Kuota beasiswa bagi dosen tercatat 2.100 penerima.\n\nProgram itu dibiayai LPDP.\n\nKuota beasiswa bagi dosen ditambah menjadi 1.200 penerima.\n"
    assert quantity_findings(linter, text) == []


def test_a_quoted_rate_is_compared_but_a_witness_count_is_not(linter):
    lead = "Inflasi November tercatat 2,9 persen, kata BPS.\n\nGubernur BI berbicara di Jakarta.\n\n"
    text = lead + '"Dengan inflasi November sebesar 3,2 persen, kami masih memiliki ruang," kata Arief.\n'
    assert [f.match for f in quantity_findings(linter, text)] == ["3,2"]
    text = "Banjir menewaskan tujuh orang.\n\n\"Saya melihat sembilan orang tewas,\" kata seorang warga.\n"
    assert quantity_findings(linter, text) == []


def test_a_score_pointed_at_with_its_opponent_described(linter):
    lead = "Persib Bandung mengalahkan Persija Jakarta 2-1 di Bandung.\n\nPersib akan menjamu PSM pekan depan.\n\n"
    assert [f.match for f in quantity_findings(linter, lead + "Kemenangan 3-1 atas rival abadinya itu disambut suporter.\n")] == ["3-1"]
    assert quantity_findings(linter, lead + "Kemenangan 2-1 atas rival abadinya itu disambut suporter.\n") == []
    # A result with "dengan skor" and one team named.
    text = "Milan takluk dengan skor 1-2 dari Lazio di San Siro.\n\nPelatih kecewa.\n\nKekalahan 1-3 ini membuat Milan turun ke posisi tujuh.\n"
    assert [f.match for f in quantity_findings(linter, text)] == ["1-3"]


# -- one count in two verb frames (id-round14: "melibatkan 18 kapal perang" / "22 kapal perang yang
# terlibat"; "1.100 pekerja ... mogok kerja" / "1.400 pekerja yang mogok") --
_FRAMES_LEAD = "Sekitar 2.300 buruh PT Sinar Kulit di Tangerang, Banten, mogok kerja sejak Senin.\n\nMereka menuntut kenaikan upah.\n\n"


@pytest.mark.parametrize(
    "text,match",
    [
        # The verb before it, the relative clause after its modifier; a plan of what the set does next.
        ("Latihan itu melibatkan 18 kapal perang, Senin (8/3/2027).\n\nSebanyak 22 kapal perang yang terlibat akan kembali ke pangkalan.\n", "22"),
        ("Operasi itu mengerahkan 18 kapal perang.\n\nSebanyak 22 kapal perang yang dikerahkan kembali ke pangkalan.\n", "22"),
        # A bare verb past a name and a place in apposition, and after "yang"; two estimates.
        (_FRAMES_LEAD + "Sekitar 3.000 buruh yang mogok berkumpul di halaman pabrik.\n", "Sekitar 3.000"),
        ("Sebanyak 2.300 buruh mogok kerja sejak Senin.\n\nSebanyak 3.000 buruh mogok berkumpul di halaman pabrik.\n", "3.000"),
    ],
)
def test_one_count_in_two_verb_frames(linter, text, match):
    assert [f.match for f in quantity_findings(linter, text)] == [match]


@pytest.mark.parametrize(
    "text",
    [
        # Fewer in the relative clause: some of them.
        _FRAMES_LEAD + "Sekitar 400 buruh yang mogok berkumpul di halaman pabrik.\n",
        # Two estimates that round one number (within the approximation).
        _FRAMES_LEAD + "Sekitar 2.500 buruh yang mogok berkumpul di halaman pabrik.\n",
        # Another verb, another modifier ("buruh lain"), a count up to a day (an update).
        _FRAMES_LEAD + "Sekitar 3.000 buruh yang berunjuk rasa berkumpul di halaman pabrik.\n",
        _FRAMES_LEAD + "Sekitar 3.000 buruh lain yang mogok berkumpul di halaman pabrik.\n",
        _FRAMES_LEAD + "Menurut data terbaru serikat, hingga Jumat sekitar 3.000 buruh yang mogok berkumpul di halaman pabrik.\n",
        # Two factories named in apposition; a place before one figure and after the other.
        "Sekitar 2.300 buruh PT Sinar Kulit Tangerang mogok kerja.\n\nSekitar 3.000 buruh PT Sinar Kulit Serang mogok kerja.\n",
        "Sebanyak 3.000 relawan bergabung di Jakarta. Di Bandung, 2.400 relawan bergabung.\n",
        # A noun modifies the counted noun ("kapal perang"): no verb, no key; a plan of the set itself.
        "Latihan itu mengerahkan 18 kapal perang.\n\nTahun depan, latihan serupa akan mengerahkan 25 kapal perang.\n",
        "Pelabuhan itu menampung 18 kapal perang.\n\nSebanyak 22 kapal perang Malaysia bersandar di Johor.\n",
    ],
)
def test_look_alikes_of_one_count_in_two_frames_stay_quiet(linter, text):
    assert quantity_findings(linter, text) == []



# -- one game of a match (id-round14: "menutup gim ketiga dengan skor 21-13" after "21-17, 19-21, 21-15") --
_MATCH = "Raka mengalahkan Mikkel Sørvang dengan skor 21-17, 19-21, 21-15 di final.\n\nRaka sempat tertinggal 11-15 pada gim ketiga.\n\n"


def test_a_game_closed_with_another_score_than_the_result_gives_it(linter):
    (f,) = quantity_findings(linter, _MATCH + "Raka menutup gim ketiga dengan skor 21-13 lewat smes.\n")
    assert (f.line, f.match) == (5, "21-13")
    assert "21-17, 19-21, 21-15" in f.message and f.related[0].line == 1
    # Games in other layouts: the game as subject, won "di gim ...".
    text = "Tim voli putri menang 3-1 (25-20, 22-25, 25-18, 25-23) atas Thailand.\n\nSet keempat berakhir 25-21.\n"
    assert [f.match for f in quantity_findings(linter, text)] == ["25-21"]
    assert [f.match for f in quantity_findings(linter, _MATCH + "Raka menang 21-16 di gim kedua.\n")] == ["21-16"]


@pytest.mark.parametrize(
    "text",
    [
        _MATCH + "Raka menutup gim ketiga dengan skor 21-15 lewat smes.\n",  # the result's game (the interim 11-15 is no game score)
        _MATCH + "Raka memenangi gim pertama dengan skor 17-21.\n",  # unordered, as the loser writes it
        "Raka mengalahkan Mikkel Sørvang dengan skor 21-17, 19-21, 21-15 di final.\n\nDi semifinal, Raka menutup gim ketiga dengan skor 21-10.\n",
        "Raka mengalahkan Mikkel Sørvang dengan skor 21-17, 19-21, 21-15.\n\nPekan lalu, Raka menutup gim ketiga dengan skor 21-10.\n",
        "Raka mengalahkan Mikkel Sørvang dengan skor 21-17, 19-21, 21-15.\n\nDi laga lain, Ginting menutup gim ketiga dengan skor 21-18.\n",
        # Two results: the game is the one of the player named before it.
        "Raka mengalahkan Mikkel Sørvang dengan skor 21-17, 19-21, 21-15.\n\nPasangan Salsa/Putri kalah 18-21, 16-21.\n\nRaka merebut gim kedua dengan skor 21-19.\n",
        # A result with fewer games than the one named; a game in the result's own sentence.
        "Rina mengalahkan Aya Tanaka 6-4, 6-3.\n\nRina menutup set ketiga 6-2.\n",
        "Rina mengalahkan Aya Tanaka 6-4, 6-3 dan menutup set kedua 6-1.\n",
    ],
)
def test_look_alikes_of_a_game_score_stay_quiet(linter, text):
    assert quantity_findings(linter, text) == []
