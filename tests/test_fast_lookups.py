"""The optimised look-ups give the same answers as a plain scan.

Speed work replaced regex alternations and scans with indexes (matching.WordSet for
literal terms, the layout prefilter of quantity-consistency); each is checked here
against the plain way on sample and seeded random inputs.
"""

from __future__ import annotations

import random

import pytest

from qa_lint.matching import WordSet, literal_regex

TERMS = ["bank", "Bank Dunia", "bank dunia internasional", "dana", "dana moneter", "Straße", "ΣΟΦΙΑ", "café",
         "İzmir", "perang_dagang", "2024", "naik", "naik turun", "COVID19", "kata", "kata kunci", "kunci"]

SAMPLES = [
    "Bank Dunia dan  dana moneter internasional menaikkan bank dunia internasional.",
    "BANK DUNIA\nINTERNASIONAL; bank-dunia; bankdunia; _bank; bank_; 2024bank; bank2024",
    "STRASSE, strasse, Straße und straße; σοφια ΣΟΦΙΑ Σοφία",
    "cafe\u0301 café CAFÉ Café; İzmir izmir IZMIR i\u0307zmir",
    "perang_dagang perang dagang PERANG_DAGANG; naik turun naik\u00a0turun naik\tturun naik.turun",
    "kata kunci kata kunci kunci kata; kata  \n  kunci; (kata) [kunci] «dana»",
    "",
    "   ",
]


def regex_spans(terms, text, ignore_case):
    return [m.span() for m in literal_regex(terms, ignore_case).finditer(text)]


def usable(terms, ignore_case):
    return [t for t in terms if WordSet.fits([t], ignore_case)]


@pytest.mark.parametrize("ignore_case", [True, False])
@pytest.mark.parametrize("text", SAMPLES)
def test_word_set_matches_like_the_alternation(text, ignore_case):
    terms = usable(TERMS, ignore_case)
    words = WordSet(terms, ignore_case)
    if words.serves(text):
        assert words.spans(text) == regex_spans(terms, text, ignore_case)
    else:
        assert ignore_case and not text.isascii()  # the regex reads it (terms.TermsCheck.spans)


def test_word_set_defers_to_the_regex_where_case_folding_differs():
    assert not WordSet.fits(["İzmir"], ignore_case=True) and WordSet.fits(["İzmir"], ignore_case=False)
    assert not WordSet(["izmir"]).serves("İzmir") and WordSet(["izmir"]).serves("“izmir” — kata")
    assert WordSet(["izmir"], ignore_case=False).serves("İzmir")


@pytest.mark.parametrize("ignore_case", [True, False])
def test_word_set_matches_like_the_alternation_on_random_texts(ignore_case):
    rng = random.Random(12)
    vocabulary = ["bank", "Bank", "BANK", "dunia", "Dunia", "internasional", "dana", "moneter", "kata", "kunci",
                  "naik", "turun", "lain", "2024", "x", "perang_dagang", "Straße", "STRASSE", "café", "CAFÉ"]
    gaps = [" ", "  ", "\n", "\u00a0", ", ", "-", ".", "\t", "_", ""]
    for _ in range(400):
        terms = usable(rng.sample(TERMS + ["dunia", "lain bank", "x x", "bank bank"], rng.randint(1, 8)), ignore_case)
        text = "".join(rng.choice(vocabulary) + rng.choice(gaps) for _ in range(rng.randint(0, 30)))
        words = WordSet(terms, ignore_case)
        if words.serves(text):
            assert words.spans(text) == regex_spans(terms, text, ignore_case), (terms, text)


def test_word_set_serves_only_terms_of_whole_words():
    assert WordSet.fits(["bank", "bank dunia", "perang_dagang", "2024"])
    assert not WordSet.fits(["U.S."]) and not WordSet.fits(["COVID-19"]) and not WordSet.fits(["Rp"] + ["(kata)"])


def test_a_span_within_bounds():
    text = "dana bank dana"
    assert WordSet(["dana"]).spans(text, 2, 14) == [(10, 14)]
    assert WordSet(["dana"]).spans(text, 0, 9) == [(0, 4)]


def _mutations(rng: random.Random, key: str) -> str:
    """A known name with one or two typing slips: what near() is asked about."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    chars = list(key)
    for _ in range(rng.randint(1, 2)):
        i = rng.randrange(len(chars))
        op = rng.choice("sdit")
        if op == "s":
            chars[i] = rng.choice(letters)
        elif op == "d" and len(chars) > 2:
            del chars[i]
        elif op == "i":
            chars.insert(i, rng.choice(letters))
        elif op == "t" and i + 1 < len(chars):
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
    return "".join(chars)


def test_indexed_gazetteer_look_up_gives_the_scan_answer():
    from qa_lint import names
    from qa_lint.packs import bundled_rules_dir

    data = bundled_rules_dir()
    files = [str(data / p) for p in ("id/data/countries.yaml", "id/data/places.yaml", "id/data/organisations.yaml",
                                     "common/data/places.yaml", "common/data/people.yaml", "common/data/outlets.yaml")]
    gazetteer = names.build(files, "id", None)
    suffixes = ("nya", "lah", "an", "n", "s", "es", "ian")
    rng = random.Random(7)
    known = sorted(gazetteer.index)
    keys = [_mutations(rng, rng.choice(known)) for _ in range(1500)] + rng.sample(known, 200)
    keys += ["kmpas.com", "jokowidodo", "prabowo subianto", "zelenskyy", "amerika serikta", "rusiya", "indonsia"]
    keys = [" ".join(k.split()) for k in keys if k.strip()]
    answered = 0
    for key in keys:
        expected = gazetteer.near_scan(key, suffixes)
        assert gazetteer.near(key, suffixes) == expected, key
        answered += expected is not None
    assert answered > 100  # the sample holds many real near misses, not only misses of everything


def test_bundled_packs_of_other_languages_are_read_only_when_needed():
    from qa_lint import packs

    # The process keeps the pack sets it loaded; an earlier test in this worker may already
    # have read English packs into the remembered set, so start from a fresh one.
    packs.forget_loaded()
    lazy = packs.load()
    ids = [c.rule.id for c in lazy.checks_for("id")]
    assert {p.language for p in lazy._packs} <= {"id", "any"}  # nothing of en or en-id read yet
    eager = packs.load(strict=True)  # strict reads (and checks) every pack at once
    assert ids == [c.rule.id for c in eager.checks_for("id")]  # same checks, same order
    assert lazy.language_codes() == eager.language_codes()
    translated = {r.id: r.translations for r in eager.rules}
    assert {r.id: r.translations for r in lazy.rules} == translated  # catalogues attached as packs are read
    assert any(translated.values())
