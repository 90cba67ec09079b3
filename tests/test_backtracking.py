"""Which patterns are matched without the regex module's timeout (qa_lint/backtracking.py)."""

from __future__ import annotations

import pytest
import regex

from qa_lint import backtracking, budget


@pytest.fixture(autouse=True)
def _no_parse_cache(monkeypatch):
    monkeypatch.setenv("QA_LINT_PARSE_CACHE", "off")
    monkeypatch.setattr(backtracking._ANSWERS, "table", {})


# Patterns that can backtrack out of control, or whose work grows faster than the text: they
# keep their timeout.
UNBOUNDED = [
    r"(a|aa)+$",                 # the classic: exponential
    r"(\s+)+x",                  # nested unbounded repeats
    r"\s+\s+x",                  # two whitespace runs that share characters
    r"\w+x",                     # a run of letters, rescanned from each of its letters
    r"(x+x+)+y",
    r"(a)\1",                    # a back-reference
    r"\s+b",                     # may start inside a run of whitespace
    r"kata\s+(?:a|\s)",          # what follows the run may be whitespace
    r"(?:a|aa){0,40}b",          # bounded, but 2^40 ways
    r"(?<=\s+)a",                # a run in a look-behind (matched backwards)
    r"a[^x]+",
    r"foo\s+.bar",               # "." may be whitespace
    r"\d+",
    r"(?:\s+x)?y",               # may start with whitespace
    r"a\s+\P{L}",                # \P{L} holds whitespace
    r"(?V1)a\s+b",               # regex-only syntax
    r"a\s+b{e<=1}",              # fuzzy matching
]

BOUNDED = [
    r"a\s+b",
    r"(?<![\p{L}\p{N}_])(?:bermain\s+peran)(?![\p{L}\p{N}_])",
    r"kata\s*",
    r"foo\s+\w{0,3}bar",
    r"(?:x\s+)?y",
    r"a\s+(?=b)",
    r"a(?:b|c){3}\s+d",
    r"(?i)\bkata\s+lain\b",
    r"\b(?:[Dd]i|[Pp]ada)\s+(?:pinggir|sisi|tepi)\s+lapangan\b",
]


@pytest.mark.parametrize("pattern", UNBOUNDED)
def test_patterns_that_can_run_away_keep_their_timeout(pattern):
    assert not backtracking.is_bounded(pattern)


@pytest.mark.parametrize("pattern", BOUNDED)
def test_patterns_with_bounded_work_need_none(pattern):
    regex.compile(pattern)
    assert backtracking.is_bounded(pattern)


def test_named_lists_are_read_by_their_words():
    pattern = r"(?<!\w)(?:a\s+b|\L<singles>)(?!\w)"
    assert backtracking.is_bounded(pattern, 0, {"singles": ["abc", "de"]})
    # A word that starts with whitespace, or an empty one, is not read.
    assert not backtracking.is_bounded(pattern, 0, {"singles": [" abc"]})
    assert not backtracking.is_bounded(pattern, 0, {"singles": [""]})
    assert not backtracking.is_bounded(r"\L<unknown>\s+a", 0, {})


def test_regex_whitespace_is_what_the_reader_calls_whitespace():
    space = regex.compile(r"\s")
    assert {chr(c) for c in range(0x3001) if space.match(chr(c))} <= backtracking._WHITESPACE


def test_a_bounded_pattern_is_called_without_the_timeout(monkeypatch):
    seen = []

    class Spy:
        pattern, flags, named_lists = r"a\s+b", 0, {}

        def search(self, *args, timeout=None):
            seen.append(timeout)

    bounded, unbounded = budget.BoundedPattern(pattern=r"a\s+b"), budget.BoundedPattern(pattern=r"(a|aa)+$")
    assert bounded.bounded and not unbounded.bounded
    bounded._compiled = Spy()
    with budget.budget(10.0):
        bounded.search("a b")
    assert seen == [None]


def test_the_file_deadline_still_stops_a_bounded_pattern():
    pattern = budget.BoundedPattern(pattern=r"a\s+b")
    assert pattern.bounded
    with budget.budget(1e-9), pytest.raises(TimeoutError):
        import time

        time.sleep(0.001)
        pattern.search("a b")


def test_a_runaway_pattern_is_still_stopped():
    pattern = budget.BoundedPattern(pattern=r"(a|aa)+$")
    with budget.budget(60.0, per_pattern=0.05), pytest.raises(TimeoutError):
        pattern.search("a" * 40 + "b")
