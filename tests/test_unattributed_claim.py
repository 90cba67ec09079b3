"""unattributed-claim: contestable claims with no source, in copy that sources its other claims."""

import textwrap

import pytest

from qa_lint import packs
from qa_lint.readers import read_text

ID_RULE = "id.sourcing.unattributed-claim"
EN_RULE = "en.sourcing.unattributed-claim"


@pytest.fixture(scope="module")
def pset():
    return packs.load()


def run(pset, rule_id, text):
    return list(pset.check(rule_id).run(read_text(text, "<test>", "txt")))


SOURCED_ID = "Kepala BNPB Suharyanto mengatakan tim masih mencari korban.\n\n{claim}\n\n“Kami fokus pada evakuasi,” ujarnya.\n"
SOURCED_EN = "Rescue chief Ahmad Yani said teams were still searching.\n\n{claim}\n\n\"We are focused on evacuation,\" he said.\n"


@pytest.mark.parametrize("claim,kind,severity", [
    ("Gempa itu menewaskan 200 orang di tiga kabupaten.", "casualty figure", "info"),
    ("Sedikitnya 35 warga sipil tewas dalam serangan itu.", "casualty figure", "info"),
    ("Kasus itu menyebabkan kerugian negara Rp 5 triliun.", "loss figure", "info"),
    ("Hamas terbukti menggunakan rumah sakit sebagai pusat komando.", "accusation stated as proven", "warning"),
    ("Strategi itu terbukti efektif menekan inflasi.", "claim stated as proven", "info"),
    ("Rusia telah mengerahkan 50.000 tentara ke Zaporizhzhia.", "troop figure", "info"),
    ("Ini merupakan banjir terparah dalam sejarah kota itu.", "record or first", "info"),
])
def test_indonesian_claims_without_a_source(pset, claim, kind, severity):
    found = run(pset, ID_RULE, SOURCED_ID.format(claim=claim))
    assert len(found) == 1, found
    assert found[0].line == 3 and kind in found[0].message and found[0].severity == severity


@pytest.mark.parametrize("claim,kind", [
    ("The earthquake killed 200 people in three districts.", "casualty figure"),
    ("Hundreds of civilians were killed in the strikes.", "casualty figure"),
    ("The fraud caused losses of $5 billion.", "loss figure"),
    ("The group has been proven to use hospitals as command centres.", "claim stated as proven"),
    ("There is undeniable proof that the group used hospitals.", "accusation stated as proven"),
    ("It was the deadliest earthquake on record in the region.", "record or first"),
])
def test_english_claims_without_a_source(pset, claim, kind):
    found = run(pset, EN_RULE, SOURCED_EN.format(claim=claim))
    assert len(found) == 1 and found[0].line == 3 and kind in found[0].message


def test_attribution_in_the_same_paragraph_is_enough(pset):
    assert run(pset, ID_RULE, SOURCED_ID.format(claim="Gempa itu menewaskan 200 orang, kata Suharyanto.")) == []
    assert run(pset, ID_RULE, SOURCED_ID.format(claim="Menurut BNPB, gempa itu menewaskan 200 orang.")) == []
    assert run(pset, EN_RULE, SOURCED_EN.format(claim="The quake killed 200 people, according to the agency.")) == []


def test_a_claim_inside_a_quotation_is_the_speakers(pset):
    assert run(pset, ID_RULE, SOURCED_ID.format(claim="“Gempa itu menewaskan 200 orang.”")) == []


def test_hedged_claims_assert_nothing(pset):
    assert run(pset, ID_RULE, SOURCED_ID.format(claim="Gempa itu diduga menewaskan 200 orang.")) == []
    assert run(pset, EN_RULE, SOURCED_EN.format(claim="The quake may have killed 200 people.")) == []


def test_copy_that_attributes_nothing_is_not_checked(pset):
    # An explainer or a column speaks in its own voice.
    text = "Gempa Cianjur menewaskan 200 orang.\n\nItu gempa terparah dalam sejarah Jawa Barat.\n"
    assert run(pset, ID_RULE, text) == []


def test_one_finding_per_sentence_at_its_first_claim(pset):
    claim = "Gempa terbesar dalam sejarah itu menewaskan 200 orang."
    found = run(pset, ID_RULE, SOURCED_ID.format(claim=claim))
    assert len(found) == 1 and found[0].match.startswith("terbesar")


def test_rankings_are_not_superlative_claims(pset):
    assert run(pset, EN_RULE, SOURCED_EN.format(claim="Kharkiv, the second-largest city, was hit again.")) == []
    assert run(pset, ID_RULE, SOURCED_ID.format(claim="Surabaya, kota terbesar kedua, kembali banjir.")) == []


def test_a_broken_claim_pattern_is_a_pack_error(tmp_path):
    (tmp_path / "p.yaml").write_text(textwrap.dedent("""\
        pack: t
        language: en
        rules:
          - id: t.unattributed
            type: unattributed-claim
            severity: warning
            category: unsupported-assertion
            message: x
            attribution_cues: [said]
            claims:
              - {kind: figure, pattern: 'killed (\\d+'}
            examples: {bad: [a], good: [b]}
        """), encoding="utf-8")
    with pytest.raises(packs.PackError) as err:
        packs.load([tmp_path], include_bundled=False)
    # Named where the pattern is written (the claim's line), not only by its rule.
    assert "invalid regular expression 'killed (" in str(err.value) and err.value.line == 11


def test_claim_severity_cannot_exceed_warning(tmp_path):
    (tmp_path / "p.yaml").write_text(textwrap.dedent("""\
        pack: t
        language: en
        rules:
          - id: t.unattributed
            type: unattributed-claim
            severity: warning
            category: unsupported-assertion
            message: x
            attribution_cues: [said]
            claims:
              - {kind: figure, pattern: 'killed', severity: error}
            examples: {bad: [a], good: [b]}
        """), encoding="utf-8")
    with pytest.raises(packs.PackError):
        packs.load([tmp_path], include_bundled=False)
