"""role-consistency (id.names.role-changes): one person, two offices that exclude each other."""

import pytest

from qa_lint.api import Linter, Options


@pytest.fixture(scope="module")
def roles():
    return Linter(Options(select=["id.names.role-changes"]))


def found(linter, text):
    return [(f.line, f.match) for f in linter.lint_text(text, language="id").findings]


def test_a_prosecutor_later_called_judge_is_reported_on_the_later_mention(roles):
    text = "Jaksa penuntut Kim Min-seo menuntut 15 tahun.\nHakim Lee Sang-woo membacakan putusan.\nHakim Kim Min-seo akan banding."
    assert found(roles, text) == [(3, "Hakim Kim Min-seo")]


def test_two_portfolios_of_one_minister_are_reported_but_an_acronym_is_the_same_office(roles):
    other = "Menteri Sumber Daya Alam dan Kelestarian Lingkungan, Nik Azmi Rahman, bicara.\nMenteri Keuangan Nik Azmi Rahman menambahkan."
    assert found(roles, other) == [(2, "Menteri Keuangan Nik Azmi Rahman")]
    same = "Menteri BUMN Erick Thohir hadir.\nMenteri Badan Usaha Milik Negara Erick Thohir lalu pulang."
    assert found(roles, same) == []
    longer = "Menteri Keuangan Sri Mulyani hadir.\nMenteri Keuangan Indonesia Sri Mulyani lalu pulang."
    assert found(roles, longer) == []


def test_former_and_deputy_offices_and_other_people_stay_quiet(roles):
    text = ("Mantan Gubernur Jawa Barat Ridwan Kamil hadir.\nWali Kota Bandung Ridwan Kamil dulu membangun taman.\n"
            "Wakil Gubernur Jawa Barat Dedi Mulyadi dan Gubernur Jawa Barat Dedi Mulyadi... ")
    # 'Mantan' and 'Wakil' make no claim about the present office.
    assert found(roles, text) == []
    # Two people who share only a surname are not one person.
    assert found(roles, "Hakim Lee Sang-woo hadir.\nJaksa Kim Sang-woo menuntut.") == []


def test_a_shared_place_is_no_person(roles):
    # Both offices end in the same region's name: two offices, not one person's two titles.
    assert found(roles, "Gubernur Jawa Tengah hadir.\nWali Kota Jawa Tengah tidak ada.") == []
