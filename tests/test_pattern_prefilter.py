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
])
def test_required_literals(pattern, expected):
    assert required_literals(pattern) == expected


@pytest.mark.parametrize("pattern", [
    r"\b\p{Lu}\w+",          # regex-module syntax the stdlib parser cannot read
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
