"""Free-translation mechanisms found with the pair-bebas-* precision corpus (fixtures/):
a faithful free rendering that must stay quiet beside a look-alike that must still be
reported. Every case is written for this file; none is a held-out line."""

import pytest
from pair_util import findings, serious


# -- classifiers ------------------------------------------------------------------------------
@pytest.mark.parametrize("source, target", [
    # A compound the dictionary gives for a source word, or for the word it is built on.
    ("The mayor of Surabaya resigned on Friday.", "Wali kota Surabaya mengundurkan diri pada Jumat."),
    ("Voters chose mayoral candidates in 40 districts.", "Pemilih memilih calon wali kota di 40 distrik."),
    # Counting what the source counts.
    ("The 27-nation bloc agreed on sanctions.", "Blok beranggotakan 27 negara itu menyepakati sanksi."),
    # A description of a name, as the source describes it.
    ("Flooding also hit neighbouring Malaysia.", "Banjir juga melanda negara tetangga Malaysia."),
    # A pronoun spelled out as the noun the source named before.
    ("The firm reported a loss. It will cut 300 jobs.", "Perusahaan itu melaporkan kerugian. Perusahaan akan memangkas 300 pekerjaan."),
])
def test_free_classifiers_stay_quiet(linter, source, target):
    assert serious(findings(linter, source, target, "en-id.addition.classifier")) == []


@pytest.mark.parametrize("source, target, word", [
    # A numeral, but the source counts nothing.
    ("Diplomats met in Geneva.", "Diplomat dari tiga negara bertemu di Jenewa.", "negara"),
    # A pronoun, but nothing of the kind was named before.
    ("Rain fell all week. It will stop on Sunday.", "Hujan turun sepanjang pekan. Perusahaan akan berhenti pada Minggu.", "Perusahaan"),
    # A description whose words render nothing the source puts before the name.
    ("He thanked his friend, Malaysia's prime minister.", "Ia berterima kasih kepada negara teman Malaysia.", "negara"),
])
def test_added_classifiers_are_still_reported(linter, source, target, word):
    found = findings(linter, source, target, "en-id.addition.classifier")
    assert [f.match for f in found] == [word]
