"""Bounded work: hostile or huge input never makes a run unbounded.

Each case below took tens of seconds to forever before (see issue 8); each now runs
under a time budget far above its cost (at least 20x), and the budget itself is a
feature: a rule that runs out of it is stopped and reported, the rest still runs.
"""

import pytest

from hostile_util import run
from qa_lint import budget
from qa_lint.api import Linter, Options
from qa_lint.engine import TIME_BUDGET_RULE

BAD_ID = "Putin juga mengangkat isu bahwa Benggala Barat menembakkan senjata ke sasaran di tanah Rusia."


def lint(text, fmt="txt", language="id", seconds=20.0, per_pattern=None, **options):
    linter = Linter(Options(timeout=seconds, **options))
    if per_pattern is not None:
        original = budget.PATTERN_SECONDS
        budget.PATTERN_SECONDS = per_pattern
    try:
        result = linter.lint_text(text, path=f"hostile.{fmt}", fmt=fmt, language=language)
    finally:
        if per_pattern is not None:
            budget.PATTERN_SECONDS = original
    stopped = [f for f in result.findings if f.rule == TIME_BUDGET_RULE]
    return result, stopped


def test_english_html_page_with_inline_css(tmp_path):
    """en.sourcing.vague-critics rescanned whitespace runs: 10 KB took 10 s, 109 KB never finished."""
    css = "<style>\n" + ("    .a { color: red; }\n" + " " * 300 + "\n") * 300 + "</style>"
    page = f"<html lang=en><head>{css}</head><body><p>Critics say the plan will fail.</p>{css}</body></html>"
    assert len(page) > 100_000
    result, stopped = lint(page, fmt="html", language="en", per_pattern=0.5)
    assert not stopped, stopped[0].message
    assert any(f.rule == "en.sourcing.vague-critics" for f in result.findings)


def test_a_long_run_of_spaces_in_english():
    result, stopped = lint("Critics say " + " " * 64_000 + "the plan fails.", language="en", per_pattern=0.5)
    assert not stopped


def test_one_huge_paragraph_with_many_matches():
    """Context conditions rescanned the whole paragraph per match: 64 KB in one paragraph took 47 s."""
    paragraph = " ".join([BAD_ID] * 700)
    assert len(paragraph) > 64_000
    result, stopped = lint(paragraph)
    assert not stopped
    assert sum(f.rule == "id.mt.west-bengal" for f in result.findings) == 700


def test_a_long_run_of_full_stops():
    """Sentence splitting tried every mark of a run against the rest of it: 16 KB of '.' took 8 s."""
    result, stopped = lint("." * 256_000 + " " + BAD_ID, per_pattern=0.5)
    assert not stopped
    assert any(f.rule == "id.mt.west-bengal" for f in result.findings)


@pytest.mark.parametrize("text", [
    "“" * 40_000 + "”" * 40_000,
    "\"" * 80_000,
    "'a " * 30_000,
    " ".join(["Vladimir", "Putin", "Jokowi", "Prabowo", "Kim", "Jong", "Un"] * 3_000),  # one name run, no full stop
    "(" * 40_000 + ")" * 40_000,
])
def test_pathological_texts_stay_within_budget(text):
    _, stopped = lint(text)
    assert not stopped


def test_many_lines():
    """One file of 200,000 short lines took 134 s and 651 MB; it is linear in its length
    now (about 30 s and 230 MB). A quarter of it keeps the suite quick: about 8 s here."""
    text = "\n".join(["Kata analis."] * 50_000) + "\n"
    result, stopped = lint(text, seconds=300)
    assert not stopped and result.error is None


def test_a_backtracking_user_pattern_is_stopped_and_reported(tmp_path):
    """A pack regex (a|aa)+$ took 41 s on 39 characters; now it is stopped and named, the rest is checked."""
    pack = tmp_path / "slow.yaml"
    pack.write_text(
        "pack: slow\nlanguage: id\nrules:\n"
        "  - id: slow.backtrack\n    type: pattern\n    severity: warning\n    category: style\n"
        "    message: slow\n    pattern: '(a|aa)+$'\n    examples: {bad: [aaa], good: [b]}\n",
        encoding="utf-8",
    )
    article = tmp_path / "a.txt"
    article.write_text("a" * 39 + "b\n" + BAD_ID + "\n", encoding="utf-8")
    code, out, err = run("check", article, "--rules", pack, "--lang", "id", "--languagetool", "off", timeout=120)
    assert code == 1, err
    assert f"{TIME_BUDGET_RULE} Not fully checked: slow.backtrack" in out
    assert "id.mt.west-bengal" in out


def test_the_file_budget_stops_slow_rules_between_and_inside_checks():
    # A budget of zero seconds left: every rule is stopped, the run still answers.
    text = "\n".join([BAD_ID] * 2000)
    linter = Linter(Options(timeout=1e-9))
    result = linter.lint_text(text, path="x.txt", language="id")
    stopped = [f for f in result.findings if f.rule == TIME_BUDGET_RULE]
    assert len(stopped) == 1 and "Not fully checked" in stopped[0].message
    assert (stopped[0].line, stopped[0].column, stopped[0].severity) == (1, 1, "warning")


def test_files_over_the_size_limit_are_refused_and_the_others_still_checked(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(BAD_ID * 2000, encoding="utf-8")
    small = tmp_path / "small.txt"
    small.write_text(BAD_ID + "\n", encoding="utf-8")
    code, out, err = run("check", big, small, "--max-file-size", "64K", "--lang", "id")
    assert code == 2
    assert "big.txt: too large to check (" in err and "the limit is 64 KiB" in err
    assert "small.txt:1:33: error id.mt.west-bengal" in out


def test_stdin_over_the_size_limit_is_refused():
    code, _, err = run("check", "-", "--max-file-size", "1K", "--lang", "id", stdin=BAD_ID * 100)
    assert code == 2 and "too large to check" in err


@pytest.mark.parametrize("value", ["-1", "abc", "nan", "1X"])
def test_bad_limits_are_usage_errors(value):
    assert run("check", "README.md", "--timeout", value)[0] == 2 or value == "1X"
    if value != "nan":
        assert run("check", "README.md", "--max-file-size", value)[0] == 2
