"""LiteralIndex answers, for every group of strings, what searching the text for each
string of the group answers: which checks and lexicon entries a document can concern."""

from __future__ import annotations

import random

from qa_lint.matching import LiteralIndex


def searched(groups, text):
    return {i for i, group in enumerate(groups) if group is None or any(s in text for s in group)}


def test_groups_found_as_a_search_finds_them():
    groups = [frozenset({"benggala barat"}), frozenset({"api", "pertukaran"}), None, frozenset({"di"}),
              frozenset({"ekonom"}), frozenset({"ab", "xyz"}), frozenset({"kata kunci", "kunci"})]
    text = "pertukaran api di benggala. para ekonomi menolak kunci"
    assert LiteralIndex(groups).present(text) == searched(groups, text) == {1, 2, 3, 4, 6}
    assert LiteralIndex(groups).present("") == {2}


def test_random_groups_and_texts():
    rng = random.Random(12)
    alphabet = "abcde fg"
    for _ in range(300):
        groups = [None if rng.random() < 0.05 else
                  frozenset("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 6))) for _ in range(rng.randint(1, 4)))
                  for _ in range(rng.randint(1, 12))]
        index = LiteralIndex(groups)
        for _ in range(5):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
            assert index.present(text) == searched(groups, text), (groups, text)


def test_long_strings_filed_under_long_pieces_are_found_as_a_search_finds_them():
    """Strings of LiteralIndex.LONG characters or more are filed under a long piece, shorter
    ones under a short piece: both kinds, overlapping and repeated, in one index."""
    rng = random.Random(20261204)
    alphabet = "aab cd"
    for _ in range(300):
        groups = [None if rng.random() < 0.05 else
                  frozenset("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) for _ in range(rng.randint(1, 5)))
                  for _ in range(rng.randint(1, 12))]
        index = LiteralIndex(groups)
        assert index.filed[LiteralIndex.LONG] or not any(len(s) >= LiteralIndex.LONG for g in groups for s in g or ())
        for _ in range(5):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
            assert index.present(text) == searched(groups, text), (groups, text)


def test_a_term_sets_patterns_skipped_only_where_they_cannot_match():
    from qa_lint.matching import term_set

    terms = term_set(["dana", {"pattern": r"\bbelum\s+(?:dapat|bisa)\s+dipastikan\b"}, {"pattern": r"(?<=\bkata\s)\w+"},
                      {"pattern": r"\d+\s+(?=orang)"}, {"pattern": r"[A-Z]\w+"}])
    text = "Dana itu belum dapat dipastikan, kata Ani. 12 orang tewas. BELUM BISA DIPASTIKAN; kata ia 3 orang"
    rng = random.Random(3)
    for _ in range(300):
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        every = sorted([*terms.literal.finditer(text, start, end),
                        *(m for p in terms.patterns for m in p.finditer(text, start, end))], key=lambda m: m.start())
        assert [m.span() for m in terms.finditer(text, start, end)] == [m.span() for m in every], (start, end)
        first = terms.search(text, start, end)
        expected = terms.literal.search(text, start, end) or next(
            (m for p in terms.patterns if (m := p.search(text, start, end))), None)
        assert (first and first.span()) == (expected and expected.span())
