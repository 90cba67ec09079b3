"""One test per rule example: bad examples must fire their rule, good ones must not."""

import pytest

from qa_lint import packs, ruletest

PACKSET = packs.load()
CASES = [
    pytest.param(rule, kind, index, example, id=f"{rule.id}:{kind}[{index}]")
    for rule in PACKSET.rules
    for kind, index, example in ruletest.examples(rule)
]


def test_every_rule_has_good_and_bad_examples():
    for rule in PACKSET.rules:
        assert rule.examples.get("bad") and rule.examples.get("good"), rule.id


@pytest.mark.parametrize("rule,kind,index,example", CASES)
def test_rule_example(rule, kind, index, example):
    outcome = ruletest.run_example(PACKSET, rule, kind, index, example)
    assert outcome.ok, f"{outcome.name}: {outcome.detail}\n{outcome.text}"


def test_bundled_packs_validate_in_full():
    """A run trusts the bundled packs (schema and regexes are checked lazily); this is where
    they are checked in full: every rule against its schema, every regex compiled."""
    from qa_lint import packs

    pset = packs.load(strict=True)
    pset.compile_all()
    assert len(pset.rules) > 500
