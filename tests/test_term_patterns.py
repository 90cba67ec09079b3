"""TermSet tries a pattern on a slice only where one of its prefilter strings is written in it."""

from __future__ import annotations

import random

from qa_lint.matching import required_literals, term_set

PATTERNS = [r"\bkata\s+dia\b", r"\b(?:ujar|ucap)nya\b", r"men(?:urut|yebut)", r"\d+\s*persen", r"\bdia\b", r"ia(?=\s)"]
WORDS = ["kata", "dia", "ujarnya", "ucapnya", "menurut", "menyebut", "5", "persen", "ia", "itu", "Kata", "DIA", "diam"]


def _expected(terms, text: str, start: int, end: int) -> list:
    folded = text.casefold()
    return [p for p in terms.patterns
            if required_literals(p.pattern) is None or any(folded.find(w, start, end) >= 0 for w in required_literals(p.pattern))]


def test_the_patterns_tried_are_those_whose_strings_the_slice_holds():
    rng = random.Random(12)
    terms = term_set([{"pattern": p} for p in PATTERNS] + ["itu"])
    for _ in range(200):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 30)))
        for _ in range(10):
            start = rng.randint(0, len(text))
            end = rng.randint(start, len(text))
            assert terms._patterns_to_try(text, start, end) == _expected(terms, text, start, end)
            assert sorted(m.span() for m in terms.finditer(text, start, end)) == sorted(
                [m.span() for p in terms.patterns for m in p.finditer(text, start, end)]
                + [m.span() for m in terms.literal.finditer(text, start, end)])


def test_a_text_whose_folding_moves_offsets_tries_every_pattern():
    terms = term_set([{"pattern": p} for p in PATTERNS])
    text = "Straße kata dia"
    assert terms._patterns_to_try(text, 0, len(text)) == terms.patterns
