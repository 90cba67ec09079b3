"""hedge-escalation: a hedged claim restated in other words or other units (issue 11, hedges-round12)."""

import pytest

from qa_lint import packs
from qa_lint.readers import read_text

ID_RULE = "id.sourcing.hedge-escalation"
EN_RULE = "en.sourcing.hedge-escalation"


@pytest.fixture(scope="module")
def pset():
    return packs.load()


def run(pset, rule_id, text):
    return list(pset.check(rule_id).run(read_text(text, "<test>", "txt")))


def test_an_estimate_made_exact_in_another_unit_of_its_dimension(pset):
    estimate = "Petugas memperkirakan kapal itu membawa sekitar 20 ton ikan beku.\nNakhoda diperiksa.\n"
    assert [f.match for f in run(pset, ID_RULE, estimate + "Kapal itu mengangkut tepat 21.700 kilogram ikan beku.\n")] \
        == ["21.700 kilogram"]
    # A more exact figure in another unit that the estimate does not round to is another weight.
    assert run(pset, ID_RULE, estimate + "Kapal itu mengangkut tepat 2.700 kilogram ikan beku.\n") == []
    # Another dimension (kilometres) is another measure, whatever the digits.
    assert run(pset, ID_RULE, estimate + "Kapal itu berlayar tepat 21.700 meter dari pantai dengan ikan beku.\n") == []
    # A kilogram estimate made exact in tonnes, by nobody named, is the same escalation.
    grams = "Warga memperkirakan sekitar 3.000 kilogram beras rusak terendam.\nGudang ditutup.\n"
    assert "3,1 ton" in [f.match for f in run(pset, ID_RULE, grams + "Sebanyak 3,1 ton beras rusak terendam.\n")]
    assert "3,9 ton" not in [f.match for f in run(pset, ID_RULE, grams + "Sebanyak 3,9 ton beras rusak terendam.\n")]
