"""qa-lint beside translate-toolkit's pofilter (a test dependency) on the bilingual
fixtures exported as PO: qa-lint catches every annotated problem pofilter catches
and more, and raises no false alarm on clean lines, where pofilter flags correct
Indonesian decimals. The table in docs/bilingual.md comes from bench/pofilter_compare.py."""

import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import pofilter_compare  # noqa: E402

SPECS = pofilter_compare.pairs()


@pytest.fixture(scope="module")
def outcomes(linter):
    return {spec.name: pofilter_compare.compare(spec, linter) for spec in SPECS}


def test_there_are_line_aligned_pairs_to_compare():
    assert len(SPECS) >= 10
    assert any(s.name.startswith("tribunnews-putin-korut") for s in SPECS)


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.name)
def test_qa_lint_catches_what_pofilter_catches_and_stays_quiet(outcomes, spec):
    o = outcomes[spec.name]
    assert set(o.caught("pofilter")) <= set(o.caught("qa_lint")), (o.pofilter, o.qa_lint)
    assert o.caught("qa_lint") == o.problems
    assert o.false_alarms("qa_lint") == []


def test_pofilter_is_really_run(outcomes):
    seed = outcomes["tribunnews-putin-korut.expected.yaml"]
    # pofilter sees the two changed dates (as "numbers") ...
    assert "numbers" in seed.pofilter[5] and "numbers" in seed.pofilter[10]
    # ... and flags correct Indonesian number formatting ("15,105" = "15.105") on a clean line.
    quake = outcomes["pair-gempa-angka.expected.yaml"]
    assert 6 in quake.false_alarms("pofilter") and "numbers" in quake.pofilter[6]
    assert sum(len(o.caught("qa_lint")) for o in outcomes.values()) > sum(len(o.caught("pofilter")) for o in outcomes.values())
