"""The literal prefilter of pattern and rendering rules: a document that contains
none of the words every match needs is skipped without running the regex, and
no document that could match is ever skipped."""

import pytest
import regex

from qa_lint import packs
from qa_lint.matching import required_literals


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\bBenggala\s+Barat\b", {"benggala"}),
    (r"\b(?:pendidikan|ajaran)(?P<suffix>nya|mu|ku)?\b", {"pendidikan", "ajaran"}),
    (r"(?i)\bTembakan\s+(?:vaksin|flu)\b", {"tembakan"}),
    (r"\bapi\s+(?=artileri\b)", {"artileri"}),  # a lookahead's text must be there too
    (r"(?i)\b\d+\s+topi\b|\btopi\s+internasional\b", {"topi", "internasional"}),  # each branch its longest
    # Unicode properties and named lists are classes of characters, never literals.
    (r"(?<![\p{L}\p{N}_])tidak\s+menutup\s+kemungkinan(?!\p{L})", {"kemungkinan"}),  # the longest run
    (r"\bBenggala\s+\p{Lu}\pL+", {"benggala"}),
    (r"ab\p{L}cd", {"ab"}),  # a property breaks a run of literal text
    (r"[\p{L}]x", {"x"}),  # also inside a set
    (r"\b(?:kata|\L<words>)\s+sumber\b", {"sumber"}),
    (r"\\p{L}abc", {"\\p{l}abc"}),  # an escaped backslash: literal text
])
def test_required_literals(pattern, expected):
    assert required_literals(pattern) == expected


@pytest.mark.parametrize("pattern", [
    r"\b\p{Lu}\w+",          # a property requires no literal text
    r"(?:bar|\L<words>)",     # a named list may be any of its words
    r"[[:alpha:]]+foo",       # regex-module syntax the stdlib parser would take for literal text
    r"(?:Jakarta){e<=1}",
    r"(?V1)[[a-z]--[aeiou]]+",
    r"\mkata",                # regex-module syntax the stdlib parser cannot read
    r"(?:kerang)?\s+\d+",    # nothing literal is required
    r"kerang|\d+",           # one branch requires nothing
    r"\s+",
])
def test_no_prefilter_when_nothing_is_required(pattern):
    assert required_literals(pattern) is None


def test_skips_documents_without_the_words():
    from qa_lint.readers import read_text

    rule = packs.load(only_packs=["id-mt-renderings"]).check("id.mt.west-bengal")
    document = read_text("Harga cabai naik di pasar tradisional Jakarta pada Senin.\n", path="a.txt", fmt="txt")
    assert rule.could_match(document) is False
    document = read_text("Putin menyebut Benggala Barat.\n", path="b.txt", fmt="txt")
    assert rule.could_match(document) is True


def test_prefilter_never_hides_a_match_of_a_bundled_rule():
    """For every pattern rule shipped, each bad example (which the rule matches)
    contains one of the pattern's required literals."""
    checked = 0
    packset = packs.load()
    packset.compile_all()
    for check in [c for checks in packset._checks.values() for c in checks]:
        literals = getattr(check, "literals", None)
        if not literals:
            continue
        pattern = regex.compile(check.rule.options["pattern"])
        for example in check.rule.examples.get("bad", []):
            text = example if isinstance(example, str) else example["text"]
            if pattern.search(text):
                assert any(word in text.casefold() for word in literals), (check.rule.id, text)
                checked += 1
    assert checked > 500
