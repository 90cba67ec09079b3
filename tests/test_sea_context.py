"""sea-context (id.places.sea-context): a sea that is a shortened form of another sea the
article names and lies off none of its countries ("Laut Utara" for "Laut Natuna Utara")."""

import pytest

from conftest import ROOT
from qa_lint.api import Linter, Options
from qa_lint.checks import sea_context

SEAS = ROOT / "rules" / "id" / "data" / "seas.yaml"
RULE = "id.places.sea-context"


@pytest.fixture(scope="module")
def linter():
    return Linter(Options(select=[RULE]))


def found(linter, text):
    return [(f.match, f.suggestions) for f in linter.lint_text(text, language="id").findings if f.rule == RULE]


def test_the_sea_data_reads_every_name_and_country():
    table = sea_context.seas(str(SEAS))
    assert table["Laut Utara"].english == "North Sea" and "NO" in table["Laut Utara"].countries
    assert table["Laut Tiongkok Selatan"] == table["Laut China Selatan"]
    assert all(len(c) == 2 and c.isupper() for sea in table.values() for c in sea.countries)


def test_a_country_code_yaml_turns_into_a_boolean_is_a_clear_error(tmp_path):
    bad = tmp_path / "seas.yaml"
    bad.write_text("seas:\n  - {names: [Laut Norwegia], english: Norwegian Sea, countries: [NO, IS]}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="quote NO"):
        sea_context.seas(str(bad))


def test_the_shortened_name_of_the_storys_sea_is_reported(linter):
    text = ("TNI AL menggelar latihan tempur di perairan Laut Natuna Utara, dekat Ranai.\n\n"
            "Kementerian Luar Negeri China belum memberikan tanggapan.\n\n"
            "Kapal-kapal yang berlayar di Laut Utara akan tetap siaga hingga Jumat.")
    assert found(linter, text) == [("Laut Utara", ["Laut Natuna Utara"])]


@pytest.mark.parametrize("text", [
    # The short sea borders a country the story names.
    "Kapal Indonesia berlatih di Laut Natuna Utara. Kapal Norwegia berlatih di Laut Utara dekat Bergen.",
    # A far sea named alone, with no longer name to have been cut.
    "Harga minyak Brent dari Laut Utara naik, kata Kementerian ESDM di Jakarta dan Surabaya.",
    # The short name is a sea of the story's own coasts (Laut Natuna, inside Laut Natuna Utara's name).
    "Latihan di Laut Natuna Utara berlanjut ke Laut Natuna, dekat Ranai, Kabupaten Natuna.",
    # Two seas whose words do not nest.
    "Kapal berlayar dari Laut Jawa ke Laut China Selatan, lalu ke Laut Utara, kata Jakarta.",
])
def test_right_seas_stay_quiet(linter, text):
    assert found(linter, text) == []
