"""Shared word lists ({list: FILE}), followed_by / preceded_by, replace, and former rule ids."""

import pytest

from qa_lint import packs
from qa_lint.api import Linter, Options
from qa_lint.cli import main
from qa_lint.packs import PackError

STATE_RULE = """
- id: id.mt.demo-state
  type: pattern
  severity: error
  category: mistranslation
  pattern: '\\bnegara\\b'
  followed_by: [{list: data/states.yaml}, {pattern: 'Ohio'}]
  preceded_by: [gubernur, wali kota]
  ignore_case: true
  suggestions: [negara bagian]
  message: 'a U.S. state is a "negara bagian"'
  examples:
    bad:
      - {text: 'Gubernur [[negara]] Texas berkata.', fix: negara bagian}
      - {text: 'Wali  kota [[negara]] New   York berkata.', fix: negara bagian}
      - {text: 'Gubernur [[negara]] Ohio berkata.', fix: negara bagian}
    good:
      - Gubernur negara Prancis berkata.
      - Presiden negara Texas berkata.
      - Gubernur negara Texasville berkata.
"""
STATES = """\
# two states, for the test
description: states
terms: [Texas, New York]
"""


def test_followed_and_preceded_by_term_lists_from_a_shared_file(write_pack, capsys):
    path = write_pack(STATE_RULE, files={"data/states.yaml": STATES})
    assert main(["rules", "test", "--no-bundled", "--rules", str(path)]) == 0, capsys.readouterr().out
    assert "6 passed" in capsys.readouterr().out


def test_a_word_list_may_be_a_plain_list(write_pack, capsys):
    path = write_pack(STATE_RULE, files={"data/states.yaml": "[Texas, New York]\n"})
    assert main(["rules", "test", "--no-bundled", "--rules", str(path)]) == 0


@pytest.mark.parametrize("files,message", [
    ({}, "no such word list: data/states.yaml"),
    ({"data/states.yaml": "terms: [Texas, 3]\n"}, "terms.1"),
])
def test_a_missing_or_broken_word_list_is_a_pack_error(write_pack, files, message):
    path = write_pack(STATE_RULE, files=files)
    with pytest.raises(PackError) as error:
        packs.load([path], include_bundled=False)
    assert message in str(error.value)


def test_a_word_list_outside_the_repository_is_refused(write_pack, tmp_path):
    outside = tmp_path / "elsewhere" / "states.yaml"
    outside.parent.mkdir()
    outside.write_text(STATES, encoding="utf-8")
    (tmp_path / "pack" / ".git").mkdir(parents=True)  # the pack's repository is tmp_path/pack
    path = write_pack(STATE_RULE.replace("data/states.yaml", "../elsewhere/states.yaml"))
    with pytest.raises(PackError, match="outside"):
        packs.load([path], include_bundled=False)


def test_bundled_rules_share_lists_instead_of_copies():
    pset = packs.load()
    state = pset.rule("id.mt.us-state-negara")
    assert "Texas" in [t for t in state.options["followed_by"] if isinstance(t, str)]
    assert len(state.options["pattern"]) < 20
    hedge, claim = pset.rule("id.sourcing.hedge-escalation"), pset.rule("id.sourcing.unattributed-claim")
    later = {t for t in hedge.options["later_hedges_unless"] if isinstance(t, str)}
    assert later and later <= {t for t in claim.options["attribution_cues"] if isinstance(t, str)}


def test_merged_number_rule_suggests_per_word_and_answers_to_its_former_ids(write_pack):
    linter = Linter(Options(language="en"))
    found = [f for f in linter.lint_text("Floods displaced 3 juta people and cost 5 miliar dollars.", "t.txt").findings
             if f.rule == "en.number.indonesian-scale-word"]
    assert [(f.match, f.suggestions[0]) for f in found] == [("juta", "million"), ("miliar", "billion")]
    assert 'Indonesian for "million"' in found[0].message
    quiet = Linter(Options(language="en", ignore=["en.number.indonesian-juta"]))
    left = [f.match for f in quiet.lint_text("Floods displaced 3 juta people.", "t.txt").findings
            if f.rule == "en.number.indonesian-scale-word"]
    assert left == []
    disabled = "<!-- qa-lint-disable-next-line en.number.indonesian-juta -->\nFloods displaced 3 juta people.\n"
    assert not [f for f in linter.lint_text(disabled, "t.md").findings if f.rule == "en.number.indonesian-scale-word"]


def test_conversion_tools_find_nothing_left_to_convert():
    """The lead re-runs these after merging branches; on this tree they have nothing to do."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    for tool in ("share_word_lists.py", "explicit_ignore_case.py"):
        run = subprocess.run([sys.executable, str(root / "tools" / tool), "--check"], capture_output=True, text=True, cwd=root)
        assert run.returncode == 0, run.stdout + run.stderr


def test_us_states_list_is_what_the_gazetteer_gives():
    import importlib.util
    from pathlib import Path

    from qa_lint import yamlmarks

    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("us_states", root / "tools" / "us_states.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    names = tool.state_names()
    assert "Texas" in names and "Kalifornia" in names and "Georgia" not in names and len(names) >= 49
    assert yamlmarks.safe_load(tool.TARGET.read_text(encoding="utf-8"))["terms"] == names
