"""The terms rule type finds what its regex finds: the set look-up of distinct words
(checks/terms.py) gives the same spans as ``literal_regex(terms).finditer`` on sample and
seeded random texts, with and without case, single and multi-word terms."""

from __future__ import annotations

import json
import random

import pytest

from qa_lint import packs
from qa_lint.matching import WordSet, literal_regex
from qa_lint.readers import read_text

TERMS = ["bank", "Bank Dunia", "bank dunia internasional", "dana", "dana moneter", "Straße", "ΣΟΦΙΑ", "café",
         "perang_dagang", "2024", "naik", "naik turun", "COVID19", "kata", "kata kunci", "kunci", "U.S."]

SAMPLES = [
    "Bank Dunia dan  dana moneter internasional menaikkan bank dunia internasional.",
    "BANK DUNIA\nINTERNASIONAL; bank-dunia; bankdunia; _bank; bank_; 2024bank; bank2024 bank",
    "STRASSE, strasse, Straße und straße; σοφια ΣΟΦΙΑ Σοφία",
    "cafe\u0301 café CAFÉ Café; İzmir izmir IZMIR i\u0307zmir bank",
    "perang_dagang perang dagang PERANG_DAGANG; naik turun naik\u00a0turun naik\tturun naik.turun",
    "kata kunci kata kunci kunci kata; kata  \n  kunci; (kata) [kunci] «dana»",
    "Dana, DANA dan dAnA: danaDana dana2 ‘dana’ “Dana” — dana.",
    "",
]


def terms_check(tmp_path, terms, ignore_case):
    pack = tmp_path / "terms.yaml"
    rule = {"id": "t.terms", "type": "terms", "severity": "info", "category": "style", "message": "m",
            "ignore_case": ignore_case, "terms": terms,
            "examples": {"bad": [terms[0]], "good": ["zzz"]}}
    pack.write_text(json.dumps({"pack": "t", "language": "id", "rules": [rule]}), encoding="utf-8")
    return packs.load([pack], include_bundled=False).check("t.terms")


def expected(terms, text, ignore_case):
    return [m.span() for m in literal_regex(terms, ignore_case).finditer(text)]


@pytest.mark.parametrize("ignore_case", [True, False])
@pytest.mark.parametrize("text", SAMPLES)
def test_terms_find_what_the_regex_finds(tmp_path, text, ignore_case):
    for terms in (TERMS, [t for t in TERMS if WordSet.fits([t], ignore_case)], ["dana", "bank", "kunci"]):
        check = terms_check(tmp_path, terms, ignore_case)
        assert check.spans(read_text(text, "a.txt")) == expected(terms, text, ignore_case), terms


@pytest.mark.parametrize("ignore_case", [True, False])
def test_terms_find_what_the_regex_finds_on_random_texts(tmp_path, ignore_case):
    rng = random.Random(7)
    vocabulary = ["bank", "Bank", "BANK", "dunia", "Dunia", "internasional", "dana", "Dana", "moneter", "kata",
                  "kunci", "naik", "turun", "2024", "x", "perang_dagang", "Straße", "café", "bankbank", "adana"]
    gaps = [" ", "  ", "\n", "\u00a0", ", ", "-", ".", "\t", "_", "", "’"]
    pool = [t for t in TERMS if WordSet.fits([t], ignore_case)] + ["dunia", "lain bank", "x x", "bank bank"]
    for round_ in range(150):
        terms = rng.sample(pool, rng.randint(1, 8))
        check = terms_check(tmp_path, terms, ignore_case)
        for _ in range(4):
            text = "".join(rng.choice(vocabulary) + rng.choice(gaps) for _ in range(rng.randint(0, 30)))
            assert check.spans(read_text(text, "a.txt")) == expected(terms, text, ignore_case), (terms, text)


def test_a_term_written_twice_in_two_spellings_is_found_at_each_place(tmp_path):
    text = "Dana naik. Dana turun, dana tetap; dana."
    check = terms_check(tmp_path, ["dana"], True)
    assert check.spans(read_text(text, "a.txt")) == [(0, 4), (11, 15), (23, 27), (35, 39)]
