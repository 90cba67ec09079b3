"""capital-city (id.places.wrong-capital): a city given as the capital of a country it is
not the capital of, from GeoNames' capitals (capitals.tsv, tools/geodata.py)."""

import pytest

from conftest import ROOT
from qa_lint.api import Linter, Options
from qa_lint.checks import capital_city

COMMON = ROOT / "rules" / "common" / "data"
RULE = "id.places.wrong-capital"


@pytest.fixture(scope="module")
def linter():
    return Linter(Options(select=[RULE]))


def found(linter, text):
    return [(f.match, f.suggestions) for f in linter.lint_text(text, language="id").findings if f.rule == RULE]


def test_capitals_are_folded_geonames_names():
    table = capital_city.capitals(str(COMMON / "capitals.tsv"))
    assert table["SI"] == "ljubljana" and table["SK"] == "bratislava"
    assert len(table) > 200


def test_a_malformed_capitals_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "capitals.tsv"
    bad.write_text("# code\tname\nSI\tLjubljana\n", encoding="utf-8")
    with pytest.raises(ValueError, match="expected columns country, capital"):
        capital_city.capitals(str(bad))


@pytest.mark.parametrize("text, country, fix", [
    # A sentence that opens with the country (the shared reading skips a lone opener).
    ("Pekan lalu menteri itu ke Eropa. Slowakia, negara berpenduduk 5.400.000 jiwa yang beribu kota di Ljubljana, menyambutnya.",
     "Slowakia", "Slovenia"),
    ("Tim voli putri berlaga di ibu kota Swedia adalah Oslo, bukan Stockholm.", "Swedia", "Norwegia"),
    ("Kontingen menginap di Tallinn (ibu kota negara Latvia) selama sepekan.", "Latvia", "Estonia"),
])
def test_a_capital_given_to_another_country(linter, text, country, fix):
    assert found(linter, text) == [(country, [fix])]


@pytest.mark.parametrize("text", [
    "Kontingen menginap di Tallinn (ibu kota Estonia) selama sepekan.",
    "Slowakia, negara berpenduduk 5.400.000 jiwa yang beribu kota di Bratislava, menyambutnya.",
    # A former capital, a plan, a disputed capital.
    "Slowakia, yang dahulu beribu kota di Praha bersama Ceko, merdeka pada 1993.",
    "Warga Palestina menyebut Yerusalem (ibu kota Palestina) dalam unjuk rasa itu.",
    # "ibu kota" after free text: another country's capital.
    "Keluarga itu meninggalkan Suriah, lalu menetap di ibu kota Amman sejak 2013.",
    # Not capitals at all, or no country named.
    "Rombongan singgah di Krakow (ibu kota Provinsi Polandia Kecil) sebelum ke Warsawa.",
    "Kontingen menginap di Tallinn selama sepekan, lalu ke Riga dan Vilnius.",
])
def test_quiet(linter, text):
    assert found(linter, text) == []
