"""Option defaults are declared once, in each rule type's schema, and shown to pack authors."""

import pytest

from qa_lint import packs
from qa_lint.checks import defaults, hedge_escalation, pattern, registry, terms
from qa_lint.cli import main
from qa_lint.readers import read_text


def test_ignore_case_has_one_default_for_pattern_and_terms():
    assert defaults(pattern)["ignore_case"] is False
    assert defaults(terms)["ignore_case"] is False
    assert pattern.PROPERTIES["ignore_case"] is terms.PROPERTIES["ignore_case"]


def test_terms_match_case_as_written_unless_asked(write_pack):
    rules = """
        - id: id.test.term
          type: terms
          severity: info
          category: style
          message: m
          terms: [Jokowi]
          examples: {bad: ['[[Jokowi]] datang.'], good: [jokowi datang.]}
    """
    pset = packs.load([write_pack(rules)], include_bundled=False)
    doc = read_text("jokowi dan Jokowi datang.", "t.txt")
    doc.language = "id"
    assert [f.match for f in pset.check("id.test.term").run(doc)] == ["Jokowi"]
    pset = packs.load([write_pack(rules.replace("terms: [Jokowi]", "terms: [Jokowi]\n          ignore_case: true"), name="t2")],
                      include_bundled=False)
    assert [f.match for f in pset.check("id.test.term").run(doc)] == ["jokowi", "Jokowi"]


def test_every_bundled_terms_rule_says_how_it_treats_case():
    """Written explicitly (tools/explicit_ignore_case.py) since the default changed from true."""
    loose = [r.id for r in packs.load().rules if r.type == "terms" and "ignore_case" not in r.options]
    assert not loose


# Options of hedge-escalation that no bundled pack sets: each is declared with its default and
# a description, and the check uses exactly the declared default when a pack leaves it out.
UNSET_HEDGE_OPTIONS = {"enough_common": "enough_common", "lead_sentences": "lead_sentences",
                       "negation_reach": "negation_reach", "premise_reach": "premise_reach",
                       "phrase_reach": "phrase_reach", "estimate_reach": "estimate_reach"}


def test_hedge_escalation_options_no_pack_sets_are_documented_and_used_as_declared(write_pack):
    pset = packs.load()
    used = {k for r in pset.rules if r.type == "hedge-escalation" for k in r.options}
    unset = set(hedge_escalation.PROPERTIES) - used
    assert unset == set(UNSET_HEDGE_OPTIONS) | {"stopwords"}
    for key in unset:
        spec = hedge_escalation.PROPERTIES[key]
        assert spec.get("description"), key
    path = write_pack("""
        - id: id.test.hedge
          type: hedge-escalation
          severity: warning
          category: unsupported-assertion
          message: m
          hedge_cues: [kemungkinan]
          certainty_cues: [merupakan]
          examples: {bad: [x], good: [y]}
    """)
    check = packs.load([path], include_bundled=False).check("id.test.hedge")
    for key, attribute in UNSET_HEDGE_OPTIONS.items():
        assert getattr(check, attribute) == hedge_escalation.PROPERTIES[key]["default"], key
    assert check.stopwords >= set()  # "stopwords": extra words, none by default


@pytest.mark.parametrize("type_name", sorted(registry()))
def test_rules_schema_type_lists_every_option(type_name, capsys):
    assert main(["rules", "schema", type_name]) == 0
    out = capsys.readouterr().out
    module = registry()[type_name]
    for key in module.PROPERTIES:
        assert f"\n  {key}" in out
    for key, value in defaults(module).items():
        shown = str(value).lower() if isinstance(value, bool) else f"'{value}'" if isinstance(value, str) else str(value)
        assert f"default: {shown}" in out


def test_rules_schema_unknown_type_is_an_error(capsys):
    assert main(["rules", "schema", "no-such-type"]) == 2
    assert "unknown rule type" in capsys.readouterr().err


def test_explain_shows_the_defaults_a_rule_runs_with(capsys):
    assert main(["rules", "explain", "en.number.indonesian-scale-word"]) == 0
    out = capsys.readouterr().out
    assert "ignore_case: true" in out
    assert main(["rules", "explain", "id.mt.us-state-negara"]) == 0
    assert "ignore_case: false (default)" in capsys.readouterr().out
