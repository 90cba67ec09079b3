"""The engine: which rules run on a document, and which findings survive."""

import pytest

from qa_lint import engine
from qa_lint.checks import Check, PackEnv, Rule
from qa_lint.readers import read_text


class Exploding(Check):
    """A rule type that fails on every document: shows whether the engine ran it."""

    def run(self, doc):
        raise RuntimeError("ran")


class Flagging(Check):
    def run(self, doc):
        yield self.finding(doc, 0, 5)


def check(cls, rule_id, category="style"):
    rule = Rule(rule_id, "test", "warning", category, "m", {}, "pack", "pack.yaml", "id")
    return cls(rule, PackEnv("id", None))


DOC = read_text("Putin tiba di Pyongyang.", "a.txt")


@pytest.mark.parametrize("selection", [
    engine.Selection(ignore=["x.boom"]),
    engine.Selection(ignore=["x"]),  # an id prefix
    engine.Selection(ignore=["grammar"]),  # a category
    engine.Selection(select=["x.flag"]),
])
def test_rules_the_selection_drops_are_not_run(selection):
    checks = [check(Exploding, "x.boom", "grammar"), check(Flagging, "x.flag")]
    found = engine.run(DOC, checks, selection)
    assert [f.rule for f in found] == ([] if selection.ignore == ["x"] else ["x.flag"])


def test_a_rule_that_runs_and_fails_is_reported_with_its_id():
    with pytest.raises(engine.CheckFailed, match="x.boom failed on a.txt: RuntimeError: ran"):
        engine.run(DOC, [check(Exploding, "x.boom")], engine.Selection())


def test_severity_overrides_by_prefix_and_category():
    selection = engine.Selection(severity={"style": "info", "x.flag": "error"})
    (finding,) = engine.run(DOC, [check(Flagging, "x.flag")], selection)
    assert finding.severity == "error"  # the later override wins
    assert selection.severity_of("x.other", "style", "warning") == "info"
