"""literal_prefixes: a pattern tried only where one of its prefixes is written finds what a
full scan finds (checks.pattern); what cannot be read gives None (a full scan)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_lint import value_scan
from qa_lint.matching import compile_pattern, literal_prefixes, prefixed_places
from qa_lint.readers import read_text

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.mark.parametrize("pattern, prefixes", [
    (r"\bBenggala Barat\b", {"benggala barat"}),
    (r"(?i)\b(?:depan|bagian\s+depan)\s+(dingin|hangat)\b", {"depan", "bagian"}),
    (r"(?<!\b(?:kepada|di\s+depan)\s+)\b(?:beberapa|para)\s+analis", {"beberapa", "para"}),
    (r"\b[Jj]alan\s+[Tt]embok\b", {"jalan"}),
    (r"\b(?:[Kk]epala\s+)?[Pp]etugas\b", {"kepala", "petugas"}),
    (r"x(?=y)", {"x"}),
    (r"(?<name>x)y", {"xy"}),  # a named group (regex module syntax), read as a plain group
])
def test_prefixes_read_off_a_pattern(pattern, prefixes):
    assert literal_prefixes(pattern) == frozenset(prefixes)


@pytest.mark.parametrize("pattern", [r"[A-Z]\w+", r"(?:a|b)?", r"a?", r"\p{Lu}\w+ Barat", r"[Jk]alan", r"\d+\s+poin",
                                     r"(?<name>x)y(?P=name)", r"\Gx"])
def test_no_prefixes_where_a_match_may_start_otherwise(pattern):
    assert literal_prefixes(pattern) is None


def test_bundled_patterns_find_the_same_matches_from_their_prefixes():
    from qa_lint.api import Linter, Options
    from qa_lint.checks.pattern import PatternCheck

    linter = Linter(Options(timeout=None))
    checks = [c for lang in ("id", "en") for c in linter.packset(linter.configs.for_file(".")).checks_for(lang)
              if isinstance(c, PatternCheck) and c.prefixes is not None]
    assert len(checks) > 100
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))[:40]]
    tried = 0
    for text in texts:
        doc = read_text(text, "t.txt")
        for check in checks:
            places = prefixed_places(doc, check.prefixes)
            if places is None:
                continue
            tried += 1
            expected = [m.span() for m in check.pattern.finditer(doc.plain)]
            assert [m.span() for m in value_scan.finditer(check.pattern, doc.plain, places)] == expected, check.rule.id
    assert tried > 1000


def test_places_are_where_a_prefix_is_written_in_any_case():
    doc = read_text("Jalan Tembok, JALAN tembok dan jalanan. " * 2, "t.txt")
    places = prefixed_places(doc, frozenset({"jalan"}))
    assert places is not None and len(places) == 6
    pattern = compile_pattern(r"\b[Jj]alan\s+[Tt]embok\b")
    assert [m.span() for m in value_scan.finditer(pattern, doc.plain, places)] == [m.span() for m in pattern.finditer(doc.plain)]
    assert prefixed_places(read_text("Straße Jalan", "t.txt"), frozenset({"jalan"})) is None  # offsets move when folded


def test_literal_groups_are_every_requirement_of_a_pattern():
    from qa_lint.matching import required_literal_groups, required_literals

    groups = required_literal_groups(r"\b(?:[Aa]rus|[Aa]liran)\s+(?:keluar|masuk)\s+ibu\s+kota\b")
    assert set(groups) == {frozenset({"rus", "liran"}), frozenset({"keluar", "masuk"}), frozenset({"ibu"}), frozenset({"kota"})}
    assert set(required_literal_groups(r"x(?=\s+Dasi)")) == {frozenset({"x"}), frozenset({"dasi"})}  # a lookahead's text too
    assert required_literal_groups(r"(?:kalengs?)?\s+jalan(?!\s+raya)") == (frozenset({"jalan"}),)  # optional, negative: none
    assert required_literal_groups(r"\p{L}+\s+\L<words>") == ()
    # A name reused by alternatives (the regex module allows it) is read as a plain group.
    reused = r"\b(?P<office>Menteri|Kantor)\s+Asing\b|\b(?P<office>menteri|kantor)\s+luar\s+negeri\b"
    assert required_literals(reused) == frozenset({"menteri", "kantor", "negeri"})  # each branch's best
    assert literal_prefixes(reused) == frozenset({"menteri", "kantor"})
    assert required_literals(r"(?P<a>x)(?P=a)yy") is None  # a backreference to a name no longer there: nothing read


def test_bundled_patterns_skipped_for_a_missing_word_would_not_have_matched():
    """PatternCheck.could_match (every literal group) is False only where the pattern finds nothing."""
    from qa_lint.api import Linter, Options
    from qa_lint.checks.pattern import PatternCheck

    linter = Linter(Options(timeout=None))
    checks = [c for lang in ("id", "en") for c in linter.packset(linter.configs.for_file(".")).checks_for(lang)
              if isinstance(c, PatternCheck) and len(c.literal_groups) > 1]
    assert len(checks) > 100
    skipped = matched = 0
    for path in sorted(FIXTURES.glob("*.txt"))[:60]:
        doc = read_text(path.read_text(encoding="utf-8"), "t.txt")
        for check in checks:
            found = any(True for _ in check.pattern.finditer(doc.plain))
            matched += found
            if not check.could_match(doc):
                skipped += 1
                assert not found, (check.rule.id, path.name)
    assert skipped > 1000 and matched > 10
