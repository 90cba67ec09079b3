"""tools/free_moves.py on a few of its generated pairs (those built from the repository's
data only; the speech verbs need the system thesaurus): the faithful moves are quiet and
the slips are found, as the full run measures on all of them."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import free_moves  # noqa: E402


def _frame(cases, frame):
    chosen = [c for c in cases if c.frame == frame]
    assert chosen, frame
    return chosen


@pytest.fixture(scope="module")
def pair_linter():
    from qa_lint.api import Linter, Options

    return Linter(Options(select=["en-id"], ui_lang="en"))


SAMPLE = (
    _frame(free_moves.date_range_cases(), "range:5:12")
    + _frame(free_moves.entity_forms(), "entity:Constitutional Court")
    + _frame(free_moves.english_name_cases(), "inst:Center for Policy Research")
    + [c for c in free_moves.classifier_cases() if c.frame.startswith("company:Straits")]
    # The moves of en-id-round10: a unit symbol, a minister by the ministry's name, an
    # inverted attribution, negation carried by a word.
    + _frame(free_moves.unit_cases(), "unit:power-megawatt:2900")
    + [c for c in free_moves.minister_cases() if c.frame.endswith(":Manpower Minister")]
    + _frame(free_moves.inverted_speech_cases(), "inverted:0:added")
    + _frame(free_moves.negation_word_cases(), "inability:0")
    + _frame(free_moves.negation_word_cases(), "inability:1")
)


def test_each_move_builds_faithful_pairs_and_slips():
    kinds = {(c.move, c.kind) for c in SAMPLE}
    assert ("date-ranges", "faithful") in kinds and ("date-ranges", "slip") in kinds
    assert ("entity-forms", "faithful") in kinds and ("entity-forms", "slip") in kinds


@pytest.mark.parametrize("case", [c for c in SAMPLE if c.kind != "plain"], ids=lambda c: f"{c.move}-{c.kind}-{c.target[:40]}")
def test_faithful_pairs_are_quiet_and_slips_found(pair_linter, case):
    from free_variants import line_findings

    found = line_findings(pair_linter, case.source, case.target)
    if case.kind == "faithful":
        assert not free_moves.serious(found), found
    else:
        assert any(rule.startswith(case.family) for rule, _ in found), found
