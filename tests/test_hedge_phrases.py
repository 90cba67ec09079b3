"""hedging/phrases.py: words and phrases that name one thing (a listed group, a short form the
article defines), so that a restatement in other words meets its hedge, and nothing else does."""

import pytest

from qa_lint import packs
from qa_lint.checks.hedging.phrases import CACHE, PhraseKeys, PhraseTable
from qa_lint.readers import read_text
from qa_lint.stemming import stemmer

RULE = "id.sourcing.hedge-escalation"


@pytest.fixture(scope="module")
def pset():
    return packs.load()


@pytest.fixture(scope="module")
def table():
    t = PhraseTable(stemmer("id"))
    t.add_group(["korsleting", "hubungan arus pendek", "arus pendek"])
    t.add_group(["PHK", "pemutusan hubungan kerja"])
    t.add_group(["KLB", "kejadian luar biasa"])
    return t


def words_at(text: str, keys: dict[int, str]) -> dict[str, str]:
    return {text[at:].split()[0]: group for at, group in keys.items()}


def test_a_phrase_is_its_group_on_its_first_word_only(table):
    text = "api berasal dari hubungan arus pendek di kios"
    assert words_at(text, table.keys(text)) == {"hubungan": "korsleting"}


def test_a_one_word_member_is_read_on_its_stem(table):
    text = "korsletingnya terjadi malam hari"
    assert words_at(text, table.keys(text)) == {"korsletingnya": "korsleting"}


def test_a_longer_member_is_matched_as_written_not_on_stems(table):
    # "menjadi" and "kejadian" share a stem; "menjadi luar biasa" is no outbreak.
    assert table.keys("hasilnya menjadi luar biasa") == {}
    assert words_at("status kejadian luar biasa", table.keys("status kejadian luar biasa")) == {"kejadian": "klb"}


def test_a_short_form_only_in_capitals(table):
    assert table.keys("gelombang phk massal") == {}
    assert words_at("gelombang PHK massal", table.keys("gelombang PHK massal")) == {"PHK": "phk"}


def test_a_short_form_the_article_defines_joins_the_table(table):
    text = "Pabrik itu tidak menyalakan instalasi pengolahan air limbah (IPAL) miliknya. IPAL itu mati."
    keys = table.with_definitions(text).keys(text)
    assert sorted(words_at(text, keys).values()) == ["ipal", "ipal", "ipal"]
    assert table.keys(text) == {}  # the table itself is left as it was


def test_a_short_form_defined_for_a_listed_phrase_joins_its_group(table):
    text = "api berasal dari hubungan arus pendek (HAP) di kios. HAP itu"
    keys = table.with_definitions(text).keys(text)
    assert set(keys.values()) == {"korsleting"}


def test_a_defined_name_is_left_to_the_names(table):
    text = "Badan Gizi Nasional (BGN) menduga dapur itu lalai."
    assert table.with_definitions(text) is table


def lines(pset, text: str) -> list[int]:
    doc = read_text(text, "<test>", "txt")
    return [f.line for f in pset.check(RULE).run(doc)]


HEDGE = "Api diduga berasal dari hubungan arus pendek di salah satu kios pakaian.\nPetugas masih di lokasi.\n"


@pytest.mark.parametrize("later", [
    "Karena korsleting di kios pakaian itu, pasar ditutup.",
    "Lantaran korsleting, pasar ditutup sepekan.",
    "Korsleting itu membuat pedagang merugi.",
])
def test_a_suspected_cause_restated_by_its_other_name(pset, later):
    assert lines(pset, HEDGE + later + "\n") == [3]


@pytest.mark.parametrize("later", [
    "Polisi masih menduga korsleting di kios pakaian itu penyebabnya.",  # still hedged
    "Korsleting di kios pakaian itu memicu api, kata Kapolsek.",  # attributed
    "Korsleting juga pernah terjadi di pasar lain pada 2019.",  # dated background, another event
])
def test_the_other_name_kept_hedged_or_attributed_is_quiet(pset, later):
    assert lines(pset, HEDGE + later + "\n") == []


def test_a_short_form_defined_in_the_hedge_is_the_claim(pset):
    text = ("Perusahaan dikabarkan akan melakukan pemutusan hubungan kerja (PHK) terhadap 300 karyawan pabrik.\n"
            "Manajemen belum berkomentar.\n"
            "PHK terhadap 300 karyawan pabrik itu dimulai dari divisi pengemasan.\n")
    assert lines(pset, text) == [3]


def test_an_unrelated_mention_of_the_group_is_not_the_claim(pset):
    text = ("Perusahaan dikabarkan akan melakukan pemutusan hubungan kerja terhadap 300 karyawan pabrik.\n"
            "Manajemen belum berkomentar.\n"
            "Angka PHK nasional telah turun dibanding tahun lalu.\n")
    assert lines(pset, text) == []


def test_the_article_is_read_once_a_run_however_many_other_texts_are():
    class Counting(PhraseTable):
        def keys(self, text):
            read.append(text)
            return super().keys(text)

    read: list[str] = []
    t = Counting(stemmer("id"))
    t.add_group(["korsleting", "hubungan arus pendek"])
    article = " ".join(f"Kios {n} terbakar akibat hubungan arus pendek." for n in range(3 * CACHE))
    expected = t.keys(article)
    read.clear()
    keys = PhraseKeys(t, article)
    for n in range(3 * CACHE):
        # A sentence's text, then a word of the article (what check.key reads through m.string).
        assert keys.of(f"Kios {n} terbakar.") == {}
        assert keys.of(article) == expected
    # More texts than the cache holds would push the article out, and a long article re-read
    # each time is quadratic in its length.
    assert read.count(article) == 1
