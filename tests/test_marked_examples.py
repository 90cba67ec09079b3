"""Marked examples: rules test asserts the marked span, the fix, and that the fixed text is quiet."""

import subprocess
import sys
from pathlib import Path

import pytest

from qa_lint import example_marks, packs, ruletest
from qa_lint.cli import explain, main

ROOT = Path(__file__).resolve().parent.parent

PACK = """\
pack: demo
language: id
rules:
  - id: id.mt.demo-state
    type: rendering
    severity: error
    category: mistranslation
    source: state
    pattern: '\\bnegara(?=\\s+Texas\\b)'
    meant: negara bagian
    message: 'a U.S. state is a "negara bagian"'
    context: {{window: sentence}}
    examples:
      bad:
        - {bad}
      good:
        - Gubernur negara bagian Texas berkata.
"""


def run_rules_test(tmp_path, bad: str, capsys) -> tuple[int, str]:
    (tmp_path / "demo.yaml").write_text(PACK.format(bad=bad), encoding="utf-8")
    code = main(["rules", "test", "--no-bundled", "--rules", str(tmp_path / "demo.yaml")])
    return code, capsys.readouterr().out


def test_parse_removes_markers_and_counts_offsets_without_them():
    assert example_marks.parse("a [[bc]] d [[e]]") == ("a bc d e", [(2, 4), (7, 8)])
    assert example_marks.parse("omitted here[[]].") == ("omitted here.", [(12, 12)])
    for broken in ("a [[b", "a ]]b", "[[a [[b]] c]]"):
        with pytest.raises(example_marks.MarkError):
            example_marks.parse(broken)
    assert example_marks.display("a [[bc]] d") == "a «bc» d"


def test_the_right_span_and_fix_pass(tmp_path, capsys):
    code, out = run_rules_test(tmp_path, "{text: 'Gubernur [[negara]] Texas berkata.', fix: negara bagian}", capsys)
    assert code == 0, out
    assert "2 passed, 0 failed" in out


def test_a_different_span_fails(tmp_path, capsys):
    code, out = run_rules_test(tmp_path, "'[[Gubernur negara]] Texas berkata.'", capsys)
    assert code == 1
    assert "marked 'Gubernur negara'@0, but the rule flagged 'negara'@9" in out


def test_a_different_fix_fails(tmp_path, capsys):
    code, out = run_rules_test(tmp_path, "{text: 'Gubernur [[negara]] Texas berkata.', fix: provinsi}", capsys)
    assert code == 1
    assert "fix is 'provinsi', but the rule suggests 'negara bagian'" in out


def test_a_fix_that_leaves_the_text_flagged_fails(tmp_path, capsys):
    # The rule's own suggestion, but a pattern that still matches after it is applied.
    pack = PACK.replace("(?=\\s+Texas\\b)", "(?=\\s+(?:bagian\\s+)?Texas\\b)")
    assert pack != PACK
    (tmp_path / "demo.yaml").write_text(pack.format(bad="{text: 'Gubernur [[negara]] Texas.', fix: negara bagian}"), encoding="utf-8")
    code = main(["rules", "test", "--no-bundled", "--rules", str(tmp_path / "demo.yaml")])
    out = capsys.readouterr().out
    assert code == 1
    assert "still flagged after the fix" in out


def test_good_examples_may_not_mark(tmp_path, capsys):
    pack = PACK.replace("- Gubernur negara bagian Texas berkata.", "- Gubernur [[negara bagian]] Texas berkata.")
    (tmp_path / "demo.yaml").write_text(pack.format(bad="'Gubernur [[negara]] Texas.'"), encoding="utf-8")
    assert main(["rules", "test", "--no-bundled", "--rules", str(tmp_path / "demo.yaml")]) == 1
    assert "a good example marks nothing" in capsys.readouterr().out


BUNDLED = packs.load()


def _with(example, **changes):
    spec = {"text": example} if isinstance(example, str) else dict(example)
    spec.update(changes)
    return spec


@pytest.mark.parametrize("rule_id", ["id.mt.us-state-negara", "en-id.attribution.changed",
                                     "id.idiom.kick-the-can-down-the-road"])
def test_bundled_pack_pair_and_lexicon_examples_fail_when_span_or_fix_differ(rule_id):
    rule = BUNDLED.rule(rule_id)
    assert rule is not None, rule_id
    example = rule.examples["bad"][0]
    assert ruletest.run_example(BUNDLED, rule, "bad", 0, example).ok
    text, spans = example_marks.parse(example["text"])
    start, end = spans[0]
    shifted = example_marks.mark(text, [(start, end + 1)])
    assert not ruletest.run_example(BUNDLED, rule, "bad", 0, _with(example, text=shifted)).ok
    if "fix" in example:
        wrong = ruletest.run_example(BUNDLED, rule, "bad", 0, _with(example, fix=example["fix"] + "x"))
        assert not wrong.ok and "the rule suggests" in wrong.detail


def test_every_bundled_bad_example_is_marked():
    unmarked = [f"{r.id}:bad[{i}]" for r in BUNDLED.rules for i, e in enumerate(r.examples.get("bad", []))
                if example_marks.OPEN not in (e if isinstance(e, str) else e["text"])]
    assert not unmarked


def test_explain_never_shows_the_markers():
    shown = explain(BUNDLED.rule("id.mt.us-state-negara"))
    assert "[[" not in shown and "]]" not in shown
    assert "«negara»" in shown and "-> negara bagian" in shown


def test_mark_examples_rewrites_only_the_example_scalars(tmp_path):
    pack = PACK.format(bad="Gubernur negara Texas berkata.  # the classic").replace(
        "      good:", "        - text: Kemarin negara Texas diguyur hujan.\n          format: txt\n      good:")
    path = tmp_path / "demo.yaml"
    path.write_text(pack, encoding="utf-8")
    tool = subprocess.run([sys.executable, str(ROOT / "tools" / "mark_examples.py"), "--rules", str(path)],
                          capture_output=True, text=True, cwd=ROOT)
    assert tool.returncode == 0, tool.stderr
    assert "marked: 2" in tool.stdout
    assert path.read_text(encoding="utf-8") == pack.replace(
        "- Gubernur negara Texas berkata.  # the classic",
        "- {text: 'Gubernur [[negara]] Texas berkata.', fix: negara bagian}  # the classic").replace(
        "- text: Kemarin negara Texas diguyur hujan.\n          format: txt",
        "- text: Kemarin [[negara]] Texas diguyur hujan.\n          format: txt\n          fix: negara bagian")
    assert main(["rules", "test", "--no-bundled", "--rules", str(path)]) == 0


def test_reports_show_examples_without_markers():
    from qa_lint.reporters.common import example_texts

    rule = BUNDLED.rule("id.mt.us-state-negara")
    texts = example_texts(rule.examples, "bad")
    assert texts and all("[[" not in t and "]]" not in t for t in texts)
    assert texts[0].startswith("Gubernur negara Texas")
