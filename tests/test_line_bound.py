"""line_bound / finditer_by_line: a pattern that cannot read past a line break, searched only
on the lines holding one of its literals, finds what a search of the whole text finds."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from qa_lint.matching import finditer_by_line, line_bound, required_literals
from qa_lint.readers import read_text

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
LED_BY = (r"(?P<body>\p{L}+(?:[ \t]+\p{L}+){0,2})[ \t]+(?i:yang[ \t]+(?:diketuai|dipimpin)(?:[ \t]+oleh)?)"
          r"[ \t]+(?P<name>\p{Lu}[\p{L}\p{M}-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}-]*)+)")


@pytest.mark.parametrize("pattern", [LED_BY, r"\bab\b", r"a.b", r"[\w-]+ kota", r"a(?=\S)", r"(?<![\p{L}\p{M}])x",
                                     r"(a)\1", r"[\d.,]+ persen", r"(?i:\p{Lu}\p{Ll}+)"])
def test_line_bound(pattern):
    assert line_bound(pattern)


@pytest.mark.parametrize("pattern, flags", [
    (r"a\s+b", 0), (r"(?s)a.b", 0), (r"a.b", regex.DOTALL), (r"^ab", 0), (r"ab$", 0), (r"(?m)^ab", 0),
    (r"a[^x]b", 0), (r"\P{L}x", 0), (r"\p{Cc}", 0), (r"[\p{C}a]", 0), (r"a\nb", 0), (r"(?<=\s)ab", 0),
    (r"a\Wb", 0), (r"a\Db", 0), (r"\L<words>", 0), (r"a(?=[\s\S])", 0), (r"\Xa", 0), (r"(?(1)a|b)", 0),
])
def test_not_line_bound(pattern, flags):
    assert not line_bound(pattern, flags)


def _same(pattern: str, text: str):
    compiled = regex.compile(pattern)
    doc = read_text(text, "t.txt")
    expected = [(m.span(), m.groups()) for m in compiled.finditer(doc.plain)]
    found = [(m.span(), m.groups()) for m in finditer_by_line(compiled, doc, required_literals(pattern))]
    assert found == expected
    return found


def test_matches_at_a_lines_edges_are_those_of_the_whole_text():
    text = "Sidang itu\nmajelis hakim yang diketuai Ratna Dewi\nlalu\nBadan yang dipimpin Budi Santoso"
    found = _same(LED_BY, text)
    assert [text[a:b] for (a, b), _ in found] == ["majelis hakim yang diketuai Ratna Dewi", "Badan yang dipimpin Budi Santoso"]
    # Look-behinds read the line before; look-aheads read the line break.
    assert _same(r"(?<![\p{L}])kota(?![ \t]*[\p{L}])", "kota\nkota x\nakota\nkota") != []
    assert len(_same(r"\bkota\b", "kota\nkotak kota\n\nkota")) == 3


def test_a_text_whose_case_folding_changes_length_is_searched_whole():
    assert len(_same(r"stra(?:ss|ß)e", "STRAßE\nstraße")) == 1


def test_fixtures_give_the_same_matches():
    patterns = [LED_BY, r"\b\p{Lu}\p{Ll}+ (?:Utara|Selatan)\b", r"(?<![\p{L}\p{N}])\d+[.,]?\d* persen\b"]
    assert all(line_bound(p) for p in patterns)
    matched = 0
    for path in sorted(FIXTURES.glob("*.txt"))[:80]:
        text = path.read_text(encoding="utf-8")
        for pattern in patterns:
            matched += len(_same(pattern, text))
    assert matched > 20
