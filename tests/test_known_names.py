"""known-names: near misses of known names (people, outlets, places, CLDR
countries, the newsroom's staff roster) and the gazetteers behind them."""

import os
import shutil

import pytest

from conftest import FIXTURES
from qa_lint import names, packs
from qa_lint.api import Linter, Options
from qa_lint.packs import PackError

SEED = FIXTURES / "tribunnews-putin-korut.txt"


@pytest.fixture(scope="module")
def known():
    return Linter(Options(select=["id.names.known", "en.names.known"]))


def found(linter, text, lang="id"):
    return [(f.match, f.suggestions) for f in linter.lint_text(text, language=lang).findings]


def test_seed_outlet_near_miss_is_found_and_nothing_else(known):
    result = known.lint_file(SEED)
    assert [(f.line, f.match, f.suggestions) for f in result.findings] == [(26, "TribuneNews.com", ["Tribunnews.com"])]
    assert result.findings[0].category == "name-inconsistency"


def test_roster_from_config_flags_the_misspelt_byline(tmp_path):
    (tmp_path / "staff.yaml").write_text("staff:\n  - Andari Wulan Nugrahani\n  - Hasanudin Aco\n", encoding="utf-8")
    (tmp_path / ".qa-lint.yaml").write_text("settings:\n  roster: staff.yaml\n", encoding="utf-8")
    article = tmp_path / "artikel.txt"
    shutil.copy(SEED, article)
    result = Linter(Options(select=["id.names.known"])).lint_file(article)
    assert result.error is None
    byline = [f for f in result.findings if f.line == 26 and f.match == "Andriy Wulan Nagrahani"]
    assert len(byline) == 1
    assert byline[0].suggestions == ["Andari Wulan Nugrahani"]
    assert "staff member" in byline[0].message


def test_roster_spelling_itself_is_accepted(tmp_path):
    (tmp_path / "staff.yaml").write_text("- Andari Wulan Nugrahani\n", encoding="utf-8")
    (tmp_path / ".qa-lint.yaml").write_text("settings: {roster: staff.yaml}\n", encoding="utf-8")
    article = tmp_path / "artikel.txt"
    article.write_text("Presiden Joko Widodo meresmikan bendungan.\n\n(Tribunnews.com, Andari Wulan Nugrahani)\n", encoding="utf-8")
    assert Linter(Options(select=["id.names"])).lint_file(article).findings == []


def test_an_edited_roster_is_read_again(tmp_path):
    roster = tmp_path / "staff.yaml"
    roster.write_text("- Andari Wulan Nugrahani\n", encoding="utf-8")
    assert names.build([], None, str(roster)).get("andari wulan nugrahani") is not None
    roster.write_text("- Hasanudin Aco\n", encoding="utf-8")
    os.utime(roster, (1, 2_000_000_000))  # a later modification time, whatever the clock resolution
    gazetteer = names.build([], None, str(roster))
    assert gazetteer.get("hasanudin aco") is not None and gazetteer.get("andari wulan nugrahani") is None


def test_broken_roster_is_a_clear_error(tmp_path):
    (tmp_path / "staff.yaml").write_text("staff: 42\n", encoding="utf-8")
    (tmp_path / ".qa-lint.yaml").write_text("settings: {roster: staff.yaml}\n", encoding="utf-8")
    with pytest.raises(PackError, match="staff.yaml: expected a list"):
        Linter().packset(Linter().configs.for_file(tmp_path / "x.txt"))


@pytest.mark.parametrize(
    "text,match,suggestion",
    [
        # Only the misspelt word is marked, so the fix keeps the rest of the name as written.
        ("Presiden Rusia Vladimir Puttin tiba di Pyongyang.", "Puttin", "Putin"),
        ("Sekjen NATO Stoltenburg mengatakan aliansi siap.", "Stoltenburg", "Stoltenberg"),
        ("Pasukan Rusia menyerang kota-kota di Ukriana timur.", "Ukriana", "Ukraina"),
        ("Presiden Pilipina tiba di Jakarta.", "Pilipina", "Filipina"),
        ("Kantor berita Antara dan Detik.com mengutip Kompass.com.", "Kompass.com", "Kompas.com"),
        ("TRIBUNEWS.COM – Presiden Joko Widodo tiba.", "TRIBUNEWS.COM", "TRIBUNNEWS.COM"),
        ("Menteri Luar Negeri Sergey Lavrof berbicara.", "Lavrof", "Lavrov"),
        # Lowercase particles are part of the name.
        ("Putra Mahkota Mohammed bin Salmon tiba.", "Salmon", "Salman"),
        # An accepted short form ("Sri Mulyani", "Prabowo") anchors the full name, even when
        # the misspelt word is another person's correct surname (Agus Subiyanto).
        ("Menteri Keuangan Sri Mulyani Indrawaty hadir.", "Indrawaty", "Indrawati"),
        ("Presiden Prabowo Subiyanto tiba di Balikpapan.", "Subiyanto", "Subianto"),
    ],
)
def test_near_misses_get_the_known_spelling(known, text, match, suggestion):
    assert found(known, text) == [(match, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        # Listed variants and CLDR names.
        "Presiden Volodymyr Zelenskiy dan Presiden Perancis Emmanuel Macron bertemu di Filipina.",
        "Kantor berita di Moscow dan Moskow, Kiev dan Kyiv, melaporkan hal yang sama.",
        "Presiden Recep Tayyip Erdoğan dan Erdogan adalah orang yang sama.",
        # Different people and places with similar names.
        "Kim Jong Un, Kim Jong Il, Kim Il Sung dan Kim Yo Jong dikenang di Pyongyang.",
        "Joe Biden, Hunter Biden dan Jill Biden hadir. Lawrence Wong bertemu Lawrence Wang.",
        "Jakarta Barat, Jakarta Timur, Korea Utara dan Korea Selatan.",
        # Short single names are not guessed at; ordinary words are not names.
        "Haris dan Harris, Schulz dan Scholz, berlatih bersama.",
        "Berita Kompas pagi ini: jalan ke Austria dan Australia ditutup.",
        # A word inside another name; a one-word outlet name that is also a word.
        "Kandidat Partai Republik menang; kubu Republik bersorak.",
        # A short form next to another known name, or next to words that are no near miss.
        "Presiden Prabowo bertemu Panglima TNI Agus Subiyanto. Prabowo Tower dan Trump Tower dibuka.",
    ],
)
def test_known_spellings_and_look_alikes_stay_quiet(known, text):
    assert found(known, text) == []


def test_markup_between_the_words_of_a_name_stays_out_of_the_fix(known):
    result = known.lint_text("<p>Presiden <b>Joko</b> Widodu meresmikan jalan tol.</p>", "<html>", fmt="html", language="id")
    assert [(f.match, f.suggestions) for f in result.findings] == [("Widodu", ["Widodo"])]
    assert "Joko Widodo" in result.findings[0].message


def test_english_near_miss_and_quiet_demonyms(known):
    assert found(known, "Shelling continued across eastern Ukriane.", "en") == [("Ukriane", ["Ukraine"])]
    # Swapped neighbouring letters in a short first name, anchored by the surname.
    assert found(known, "Kier Starmer's spokesman declined to comment.", "en") == [("Kier", ["Keir"])]
    # Other short-name differences are other people (Wong/Wang), however anchored.
    assert found(known, "Lawrence Wang and Kerr Starmer were not available.", "en") == []
    assert found(known, "Ukrainian and Russian officials met Ukrainians in Russia's capital.", "en") == []


def test_fold_ignores_case_and_diacritics():
    assert names.fold("Erdoğan") == names.fold("ERDOGAN") == "erdogan"
    assert names.fold("Nguyễn  Phú Trọng") == "nguyen phu trong"


def test_cldr_countries_are_distinct_entities():
    gazetteer = names.build([], "id", None)
    north, south = gazetteer.entry_id("korea utara"), gazetteer.entry_id("korea selatan")
    assert north is not None and south is not None and north != south
    # The English name is a variant of the same entity.
    assert gazetteer.entry_id("north korea") == north
    assert gazetteer.get("filipina").kind == "country"


@pytest.mark.parametrize("locale", ["id", "en", "es", "ru", "fr", "ar"])
def test_cldr_names_load_for_any_locale(locale):
    # CLDR itself shares some display words between territories (es: "China"
    # in "RAE de Hong Kong (China)"): those are left out, not an error.
    gazetteer = names.build([], locale, None)
    assert len(gazetteer.entries) > 200


def test_gazetteer_files_merge_and_the_first_source_names_the_entity():
    pack_dir = packs.bundled_rules_dir() / "id"
    files = [str(pack_dir / "data/places.yaml"), str(pack_dir.parent / "common/data/places.yaml")]
    gazetteer = names.build(files, None, None)
    entry = gazetteer.get("moscow")
    assert entry is gazetteer.get("moskow")
    assert entry.canonical == "Moskow"


def test_duplicate_spelling_within_one_file_is_an_error(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "people.yaml").write_text("entries:\n  - {name: Joe Biden, variants: [Biden]}\n  - {name: Hunter Biden, variants: [Biden]}\n")
    pack = tmp_path / "pack.yaml"
    pack.write_text(
        "pack: test-names\nlanguage: en\nrules:\n"
        "  - id: test.names.known\n    type: known-names\n    severity: warning\n    category: name-inconsistency\n"
        "    message: m\n    gazetteers: [data/people.yaml]\n"
        "    examples: {bad: [Joe Bidden], good: [Joe Biden]}\n"
    )
    with pytest.raises(PackError, match="'Biden' is listed under both 'Joe Biden' and 'Hunter Biden'") as caught:
        packs.load([pack], include_bundled=False)
    assert caught.value.path.endswith("pack.yaml") and caught.value.line == 4


def test_unquoted_comma_in_a_gazetteer_name_is_a_clear_error(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "orgs.yaml").write_text("entries:\n  - {name: Badan Meteorologi, Klimatologi, variants: [BMKG]}\n")
    pack = tmp_path / "pack.yaml"
    pack.write_text(
        "pack: test-names\nlanguage: en\nrules:\n"
        "  - id: test.names.known\n    type: known-names\n    severity: warning\n    category: name-inconsistency\n"
        "    message: m\n    gazetteers: [data/orgs.yaml]\n"
        "    examples: {bad: [Joe Bidden], good: [Joe Biden]}\n"
    )
    with pytest.raises(PackError, match="unknown key 'Klimatologi'"):
        packs.load([pack], include_bundled=False)


def test_missing_gazetteer_file_is_a_clear_error(tmp_path):
    pack = tmp_path / "pack.yaml"
    pack.write_text(
        "pack: test-names\nlanguage: en\nrules:\n"
        "  - id: test.names.known\n    type: known-names\n    severity: warning\n    category: name-inconsistency\n"
        "    message: m\n    gazetteers: [data/nowhere.yaml]\n"
        "    examples: {bad: [Joe Bidden], good: [Joe Biden]}\n"
    )
    with pytest.raises(PackError, match="cannot read gazetteer"):
        packs.load([pack], include_bundled=False)


def test_bundled_gazetteers_are_modest_and_unique():
    root = packs.bundled_rules_dir()
    for path in sorted(root.glob("*/data/*.yaml")):
        if path.name in ("people.yaml", "outlets.yaml", "places.yaml", "countries.yaml", "organisations.yaml"):
            items = names.read_gazetteer_file(str(path))
            names.Gazetteer().add_source(list(items), str(path))  # raises on a spelling listed twice
            assert 10 <= len(items) <= 400, path


def test_names_with_several_particles_are_one_name(known):
    # "von der" joins the words into one span, so the misspelt surname is compared
    # with the whole known name; correct particle names stay quiet.
    text = "Ursula von der Leyden spoke in Brussels on Monday, officials said."
    assert found(known, text, "en") == [("Leyden", ["Leyen"])]
    quiet = "Ursula von der Leyen met Mohammed bin Salman and fans of Ludwig van Beethoven, officials said."
    assert found(known, quiet, "en") == []


def test_a_full_name_used_in_the_article_anchors_a_garbled_word(known):
    # Three edits are too many for a name in general, but the article names the person in full.
    text = ("Presiden Turki Recep Tayyip Erdoğan menerima Presiden Prabowo Subianto di Ankara.\n\n"
            "Dalam jamuan makan malam, Recep Tayfun Erdoğan memuji hubungan kedua negara.")
    assert found(known, text) == [("Tayfun", ["Tayyip"])]
    assert found(known, "Dalam jamuan makan malam, Recep Tayfun Erdoğan memuji hubungan kedua negara.") == []


def test_a_full_name_in_the_article_does_not_pull_in_other_people(known):
    text = ("Kim Jong Un menerima Presiden Rusia Vladimir Putin.\n\n"
            "Kim Jong Il, ayahnya, dan Kim Il Sung dikenang di Pyongyang.")
    assert found(known, text) == []


def test_a_person_the_article_introduces_is_not_a_misspelt_famous_name(known):
    # "Suharti Wulandari" is introduced in full: "kata Suharti" later is her, not Suharto.
    text = ("Kepala dinas, Suharti Wulandari, mengatakan panen naik.\n\n"
            "\"Kondisi tanaman baik,\" kata Suharti.")
    assert found(known, text) == []
    # Without the introduction the lone near miss is still reported.
    assert found(known, "\"Kondisi tanaman baik,\" kata Suharti.") == [("Suharti", ["Suharto"])]


def test_a_misspelt_full_name_is_still_found_when_the_article_repeats_it(known):
    text = "Presiden Rusia Vladimir Puttin tiba di Pyongyang. Menurut Vladimir Puttin, kunjungan itu penting."
    assert ("Puttin", ["Putin"]) in found(known, text)


def test_an_institution_named_by_other_ordinary_words_is_another_institution(known):
    # Pertanian (agriculture) and Pertahanan (defence) are both ordinary words: two ministries.
    assert found(known, "Pejabat Kementerian Pertanian meninjau sawah di Grobogan.") == []
    # A misspelling that is no word is still reported.
    assert found(known, "Pejabat Kementerian Pertahnan meninjau pangkalan di Natuna.") != []
