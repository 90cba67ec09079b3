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


def _finding(rule, offset, length, severity="warning", category="vague-source"):
    from qa_lint.findings import Finding

    return Finding("a.txt", 1, offset + 1, 1, offset + length + 1, offset, length, rule, severity, category,
                   "", "m", "x" * length)


def test_overlapping_findings_of_one_category_are_one_problem():
    from qa_lint.engine import one_per_problem

    group = _finding("r.group", 0, 11)            # "Para ekonom"
    expert = _finding("r.expert", 5, 20)          # "ekonom memperkirakan"
    elsewhere = _finding("r.group", 40, 5)
    other_category = _finding("r.date", 3, 4, category="date-inconsistency")
    kept = one_per_problem([expert, group, elsewhere, other_category])
    assert sorted((f.rule, f.offset) for f in kept) == [("r.date", 3), ("r.group", 0), ("r.group", 40)]
    # a more severe finding wins over an earlier one
    severe = _finding("r.severe", 5, 20, severity="error")
    assert [f.rule for f in one_per_problem([group, severe])] == ["r.severe"]


class Needing(Flagging):
    """A check that needs "putin" and, besides, one of each of its groups."""

    def __init__(self, rule, env, groups):
        super().__init__(rule, env)
        self.groups = groups

    def required_literals(self):
        return frozenset({"putin"})

    def required_literal_groups(self):
        return self.groups


def test_a_check_runs_only_where_every_group_of_strings_it_needs_is_written():
    def needing(rule_id, groups, category):  # categories apart: their findings are not one problem
        rule = Rule(rule_id, "test", "warning", category, "m", {}, "pack", "pack.yaml", "id")
        return Needing(rule, PackEnv("id", None), groups)

    checks = [needing("x.all", (frozenset({"tiba", "pergi"}), frozenset({"pyongyang"})), "style"),
              needing("x.one-missing", (frozenset({"tiba"}), frozenset({"seoul", "beijing"})), "grammar"),
              needing("x.none", (), "spelling"),
              check(Exploding, "x.boom")]
    checks[-1].required_literals = lambda: frozenset({"pergi"})  # not written: never run
    found = engine.run(DOC, checks, engine.Selection())
    assert sorted(f.rule for f in found) == ["x.all", "x.none"]
