"""number-format and the number packs: CLDR decimal/group marks per locale."""

from pathlib import Path

import pytest

from qa_lint.checks import PackEnv, Rule
from qa_lint.checks.number_format import NumberFormatCheck, _readable
from qa_lint.readers import read_text


def findings(linter, text, language, category=None):
    result = linter.lint_text(text, language=language)
    assert result.error is None, result.error
    return [f for f in result.findings if category is None or f.category == category]


def make_check(locale, **options):
    options.setdefault("scale_words", ["juta", "miliar"])
    rule = Rule(
        id="test.number", type="number-format", severity="warning", category="number-format",
        message="{number} -> {right} ({word})", options=options, pack="t", pack_path="t.yaml", language=locale,
    )
    return NumberFormatCheck(rule, PackEnv(locale, Path("."), {}, locale))


def test_readable_follows_the_marks_given():
    assert _readable("1.200", ",", ".") and _readable("1,5", ",", ".") and _readable("1.200.000,75", ",", ".")
    assert not _readable("1.5", ",", ".") and not _readable("15.00", ",", ".") and not _readable("1,234.5", ",", ".")
    assert _readable("1,234.5", ".", ",") and not _readable("1.2.3", ".", ",")


def test_indonesian_decimal_point_before_a_scale_word(linter):
    text = "Rusia menganggarkan 1.5 miliar dolar."
    (f,) = findings(linter, text, "id", "number-format")
    assert (f.match, f.column, f.suggestions, f.severity) == ("1.5", 21, ["1,5"], "warning")
    assert f.message.startswith('"1.5" uses the English decimal point before "miliar"; Indonesian writes "1,5"')


@pytest.mark.parametrize(
    "text",
    [
        "Rapat dimulai pukul 15.00 WIB.",
        "Sebanyak 1.200 guru diangkat.",
        "Anggaran Rp 1.500.000 per keluarga dan 2,5 persen bunga.",
        "Aplikasi versi 2.1 dirilis pada 2024.",
        "Tanggal 20.06.2024 dan alamat 10.0.0.1 tetap.",
        "Rusia menganggarkan 1,5 miliar dolar.",
    ],
)
def test_indonesian_correct_numbers_stay_quiet(linter, text):
    assert findings(linter, text, "id", "number-format") == []


def test_foreign_grouping_is_reported_without_a_scale_word(linter):
    (f,) = findings(linter, "Sebanyak 1,200,000 warga mengungsi.", "id", "number-format")
    assert f.suggestions == ["1.200.000"] and "English digit grouping" in f.message
    (f,) = findings(linter, "Nilainya 1,234.5 dolar.", "id", "number-format")
    assert f.suggestions == ["1.234,5"]


def test_currency_symbol_marks_an_amount():
    check = make_check("id", currency_symbols=["US$", "Rp"])
    (f,) = check.run(read_text("Harga minyak US$82.5 per barel.", "a.txt"))
    assert f.suggestions == ["82,5"] and f.message == "82.5 -> 82,5 (US$)"
    assert list(make_check("id").run(read_text("Harga minyak US$82.5 per barel.", "a.txt"))) == []


def test_english_is_the_mirror_image(linter):
    (f,) = findings(linter, "Russia set aside 1,5 billion dollars.", "en", "number-format")
    assert f.suggestions == ["1.5"] and f.column == 18
    (f,) = findings(linter, "Some 1.200.000 people fled.", "en", "number-format")
    assert f.suggestions == ["1,200,000"]
    assert findings(linter, "Some 1,200 teachers; rooms 1,2 and 3; at 10.30 today.", "en", "number-format") == []


def test_symbols_come_from_cldr():
    # German (CLDR: decimal comma) flags "1.5 Millionen" without any German in the project's Python.
    check = make_check("de", scale_words=["Millionen"])
    (f,) = check.run(read_text("Es kostet 1.5 Millionen Euro.", "a.txt"))
    assert f.suggestions == ["1,5"]
    with pytest.raises(ValueError, match="uses"):
        make_check("fr")  # French groups with a narrow space: not this check's business


@pytest.mark.parametrize(
    "text,rule,suggestion",
    [
        ("Kerugian ditaksir Rp 2 milyar.", "id.number.scale-spelling", "miliar"),
        ("Utang itu bernilai 3 trilyun rupiah.", "id.number.scale-spelling", "triliun"),
        ("Perusahaan itu bernilai 20 biliun dolar.", "id.number.biliun", "miliar"),
        ("Dana mencapai 5 billion dolar.", "id.number.english-scale-word", "miliar"),
        ("Sebanyak 3 million warga terdampak.", "id.number.english-scale-word", "juta"),
    ],
)
def test_indonesian_scale_words(linter, text, rule, suggestion):
    found = [f for f in findings(linter, text, "id") if f.rule == rule]
    assert [f.suggestions for f in found] == [[suggestion]]


def test_biliun_message_explains_the_ambiguity(linter):
    (f,) = [f for f in findings(linter, "Nilainya 20 biliun dolar.", "id") if f.rule == "id.number.biliun"]
    assert "miliar" in f.message and "10^9" in f.message


@pytest.mark.parametrize(
    "text,match,suggestion",
    [
        ("Bunga diperkirakan 2.25-2.5 persen tahun ini.", "2.25-2.5", "2,25-2,5"),
        ("Bunga diperkirakan 2.25–2,5 persen tahun ini.", "2.25", "2,25"),  # only the English one
        ("Nilainya 1.5 hingga 2 miliar dolar.", "1.5", "1,5"),
        ("Nilainya 1 hingga 1.5 miliar dolar.", "1.5", "1,5"),
    ],
)
def test_a_range_is_one_quantity(linter, text, match, suggestion):
    (f,) = findings(linter, text, "id", "number-format")
    assert (f.match, f.suggestions) == (match, [suggestion])
    assert text[f.column - 1:].startswith(match)


@pytest.mark.parametrize(
    "text,language,match,suggestion",
    [
        ("Setiap korban menerima 250,000 dolar.", "id", "250,000", "250.000"),
        ("Harga tiket Rp 2,500 per orang.", "id", "2,500", "2.500"),
        ("Sebanyak 1,500 orang mengungsi.", "id", "1,500", "1.500"),
        ("Each family receives 250.000 dollars.", "en", "250.000", "250,000"),
        ("Tickets cost $2.500 each.", "en", "2.500", "2,500"),
        # Two trailing zeros of three decimals before a unit of measure: nobody writes 12,5 so.
        ("Sekitar 12,500 ton gabah berpotensi hilang.", "id", "12,500", "12.500"),
    ],
)
def test_three_decimals_of_a_whole_unit_are_thousands(linter, text, language, match, suggestion):
    (f,) = findings(linter, text, language, "number-format")
    assert (f.match, f.suggestions) == (match, [suggestion])
    assert "group" in f.message


@pytest.mark.parametrize(
    "text,language",
    [
        ("Jadwal pukul 09.30-11.45 WIB dan skor akhir 2-1.", "id"),
        ("Obligasi bernilai Rp 1,250 triliun; kurs 16.200 per dolar.", "id"),  # three decimals before a scale word
        ("Sebanyak 1.200-1.500 orang mengungsi, dan suku bunga 2,25-2,5 persen.", "id"),
        ("Inflasi 1,125 persen dan alamat 10.0.0.1.", "id"),  # percent is not a whole unit
        ("The bond pays 1.125 percent; 1,200-1,500 people left at 10.30-11.45.", "en"),
        ("The deal is worth $1.500 billion.", "en"),
        ("Gasoline averaged $3.499 a gallon.", "en"),  # three decimals after a bare symbol: a price
        ("Pebalap itu tertinggal 1,660 detik; jaraknya 1,250 km.", "id"),  # one trailing zero: a measurement may have it
        ("Nilai obligasi Rp 1,500 triliun.", "id"),  # before a scale word only three zeros are grouping
    ],
)
def test_ranges_times_scores_and_fractions_stay_quiet(linter, text, language):
    assert findings(linter, text, language, "number-format") == []


# -- counted nouns, glued and whole-only currency symbols ------------------------
@pytest.mark.parametrize(
    "text, match, fix",
    [
        ("Puskesmas mencatat 2,340 kasus baru sejak Maret.", "2,340", "2.340"),
        ("Laga itu disaksikan 52,000 suporter tuan rumah.", "52,000", "52.000"),
        ("Sebanyak 4,125 peserta mengikuti ujian itu.", "4,125", "4.125"),
    ],
)
def test_english_grouping_before_any_counted_noun(linter, text, match, fix):
    (f,) = findings(linter, text, "id", "number-format")
    assert (f.match, f.suggestions) == (match, [fix])


@pytest.mark.parametrize(
    "text",
    [
        "Pebalap itu tertinggal 1,660 detik dari pemimpin lomba.",  # a CLDR unit: decimals are possible
        "Jarak tempuhnya 2,125 km dan kadar timbalnya 9,977 ppm.",
        "Angka kelahiran total 2,125 anak per perempuan.",  # a rate
        "Rata-rata tim itu mencetak 1,375 gol setiap laga.",  # an average
        "Koefisiennya 0,125 dan nilai p-nya kecil.",  # a whole part of 0 is a decimal
        "Skornya 3,125 dari lima juri.",  # a function word after the number
        "Aplikasi versi 2.1 dirilis pada 2024.",  # one mark before a verb: no quantity word
    ],
)
def test_decimals_before_units_rates_and_function_words_stay_quiet(linter, text):
    assert findings(linter, text, "id", "number-format") == []


def test_currency_glued_to_the_number(linter):
    (f,) = findings(linter, "Uang pengganti yang dibebankan Rp31.8 miliar.", "id", "number-format")
    assert (f.match, f.suggestions) == ("31.8", ["31,8"])
    assert findings(linter, "Uang pengganti yang dibebankan Rp31,8 miliar.", "id", "number-format") == []


def test_rupiah_has_no_fraction_so_three_decimals_are_thousands(linter):
    (f,) = findings(linter, "Rupiah ditutup melemah ke Rp15,935 per dolar AS.", "id", "number-format")
    assert (f.match, f.suggestions) == ("15,935", ["15.935"])
    # Other currencies keep the round-figure rule: "$3,499" could be a price per gallon.
    assert findings(linter, "Harga bensin di AS rata-rata US$3,499 per galon.", "id", "number-format") == []
    assert findings(linter, "Rupiah ditutup menguat ke Rp15.935 per dolar AS.", "id", "number-format") == []


def test_counted_nouns_are_off_unless_the_pack_asks(linter):
    check = make_check("id", unit_words=["persen"])
    doc = read_text("Tercatat 1,250 kasus baru.", "t.txt")
    assert list(check.run(doc)) == []
    check = make_check("id", unit_words=["persen"], counted_nouns=True)
    (f,) = list(check.run(doc))
    assert f.suggestions == ["1.250"]
