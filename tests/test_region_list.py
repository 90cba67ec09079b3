"""region-list: a regency listed with regencies of the article's province but lying in
another province the article never names (id.places.listed-region)."""

import pytest

from qa_lint.api import Linter, Options


@pytest.fixture(scope="module")
def linter():
    return Linter(Options(select=["id.places.listed-region"]))


def found(linter, text):
    return [(f.match, f.line) for f in linter.lint_text(text, language="id").findings]


@pytest.mark.parametrize(
    "text, match",
    [
        # Two items, the article's province named by name; the odd one far across the sea.
        ("Wabah diare di Nusa Tenggara Barat meluas.\nKasus terbanyak ada di Kabupaten Lombok Timur dan Kabupaten Ende.\n",
         "Kabupaten Ende"),
        # One region word for the whole list.
        ("Gubernur Jawa Timur meninjau jalan rusak di Kabupaten Tuban, Bojonegoro, dan Brebes.\n", "Brebes"),
        # A city by its region word, after regencies.
        ("Pemerintah Provinsi Sulawesi Selatan menyalurkan beras ke Kabupaten Maros dan Kabupaten Bima.\n", "Kabupaten Bima"),
    ],
)
def test_an_item_of_another_province_is_reported(linter, text, match):
    assert [m for m, _ in found(linter, text)] == [match]


@pytest.mark.parametrize(
    "text",
    [
        # Every item in the article's province.
        "Wabah diare di Nusa Tenggara Barat meluas.\nKasus terbanyak ada di Kabupaten Lombok Timur dan Kabupaten Bima.\n",
        # The article names the other province too.
        "Wabah diare di Nusa Tenggara Barat dan Nusa Tenggara Timur meluas.\nKasus terbanyak ada di Kabupaten Lombok Timur dan Kabupaten Ende.\n",
        # ... or by a short form.
        "Wabah diare di Nusa Tenggara Barat dan NTT meluas.\nKasus terbanyak ada di Kabupaten Lombok Timur dan Kabupaten Ende.\n",
        "Gubernur Jawa Timur dan Pemprov Jateng meninjau banjir di Kabupaten Tuban, Bojonegoro, dan Brebes.\n",
        # ... or another region of it.
        "Wabah diare di Nusa Tenggara Barat meluas hingga Kupang.\nKasus terbanyak ada di Kabupaten Lombok Timur dan Kabupaten Ende.\n",
        # No province named by name: nothing says what the story is about.
        "Kasus terbanyak ada di Kabupaten Lombok Timur dan Kabupaten Ende.\n",
        # A neighbour across the border (the data puts their towns 30 km apart).
        "Luapan Bengawan Solo di Jawa Timur merendam Kabupaten Bojonegoro dan Kabupaten Blora.\n",
        # Items the data cannot place decide nothing.
        "Pemerintah Provinsi Sumatera Barat melaporkan gagal panen di Kabupaten Agam dan Kabupaten Kampar.\n",
        # Not a list: two sentences.
        "Wabah diare di Nusa Tenggara Barat meluas di Kabupaten Lombok Timur. Kabupaten Ende di provinsi tetangga aman.\n",
        # Items spread over three provinces.
        "Rapat di Jawa Timur dihadiri Kabupaten Tuban, Kabupaten Brebes, dan Kabupaten Bima.\n",
    ],
)
def test_lists_the_article_explains_stay_quiet(linter, text):
    assert found(linter, text) == []


def test_short_forms_of_province_names():
    from qa_lint.checks.region_list import abbreviates

    assert abbreviates("NTT", ["nusa", "tenggara", "timur"]) and abbreviates("Jateng", ["jawa", "tengah"])
    assert abbreviates("Babel", ["kepulauan", "bangka", "belitung"]) and abbreviates("Kalsel", ["kalimantan", "selatan"])
    assert not abbreviates("Bima", ["nusa", "tenggara", "barat"]) and not abbreviates("Bali", ["bali"])


def test_the_finding_names_both_provinces(linter):
    text = "Wabah diare di Nusa Tenggara Barat meluas.\nKasus terbanyak ada di Kabupaten Lombok Timur dan Kabupaten Ende.\n"
    (finding,) = linter.lint_text(text, language="id").findings
    assert "Nusa Tenggara Timur" in finding.message and "Nusa Tenggara Barat" in finding.message
    assert finding.line == 2
