"""A document's WordIndex answers a word set's look-up as its scan of the text does, and a
TermSet's matches in a document are the same read from the index or from the regex."""

from __future__ import annotations

import random

import pytest

from qa_lint.matching import TermSet, WordIndex, WordSet, term_set
from qa_lint.readers import read_text
from test_fast_lookups import SAMPLES, TERMS, regex_spans, usable


@pytest.mark.parametrize("ignore_case", [True, False])
@pytest.mark.parametrize("text", SAMPLES)
def test_indexed_spans_are_the_spans(text, ignore_case):
    terms = usable(TERMS, ignore_case)
    words = WordSet(terms, ignore_case)
    assert words.indexed_spans(text, WordIndex(text, ignore_case)) == words.spans(text)


@pytest.mark.parametrize("ignore_case", [True, False])
def test_indexed_spans_on_random_texts(ignore_case):
    rng = random.Random(7)
    vocabulary = ["bank", "Bank", "dunia", "internasional", "dana", "moneter", "kata", "kunci", "naik", "turun", "x"]
    gaps = [" ", "  ", "\n", ", ", "-", ".", "_", ""]
    found = 0
    for _ in range(400):
        terms = usable(rng.sample(TERMS + ["dunia", "x x", "bank bank", "kunci kata"], rng.randint(1, 8)), ignore_case)
        text = "".join(rng.choice(vocabulary) + rng.choice(gaps) for _ in range(rng.randint(0, 30)))
        words = WordSet(terms, ignore_case)
        spans = words.indexed_spans(text, WordIndex(text, ignore_case))
        assert spans == words.spans(text), (terms, text)
        found += len(spans)
    assert found  # the texts did hold terms


def test_a_term_sets_document_index_is_the_regex_answer():
    items = ["bank dunia", "dana", "kata kunci", {"pattern": r"\bnaik\s+\d+"}]
    terms = term_set(items)
    assert terms.words is not None
    scanned = TermSet(terms.literal, terms.patterns)  # no word set: the regex alone
    for text in SAMPLES + ["Dana naik 5 persen, kata kunci Bank  Dunia; bank dunia\ndana."]:
        doc = read_text(text, "t.txt")
        assert terms.index(doc).starts == scanned.index(read_text(text, "t.txt")).starts
        assert terms.index(doc).ends == scanned.index(read_text(text, "t.txt")).ends


def test_sentences_with_a_patterns_words():
    from qa_lint.matching import sentences_with

    doc = read_text("Banjir menewaskan tujuh orang. Hujan turun. Longsor MENEWASKAN dua orang.", "t.txt")
    assert len(doc.sentences) == 3
    assert sentences_with(doc, frozenset({"menewaskan"})) == {0, 2}
    assert sentences_with(doc, frozenset({"orang. hujan"})) == set()  # across sentences: in neither
    assert sentences_with(doc, None) is None
    assert sentences_with(read_text("Straße menewaskan.", "t.txt"), frozenset({"menewaskan"})) is None


def test_the_characters_that_fold_to_ascii_are_all_listed():
    from qa_lint.matching import FOLDS_TO_ASCII

    found = [chr(cp) for cp in range(0x80, 0x110000)
             if any(c.isascii() and c.isalpha() for c in chr(cp).casefold() + chr(cp).lower() + chr(cp).upper() + chr(cp).title())]
    assert "".join(found) == FOLDS_TO_ASCII


@pytest.mark.parametrize("text", ["Pokémon bank café", "σοφια bank", "naïve BANK dunia", "Straße bank", "ſtraße", "bank ﬁnal"])
def test_a_word_set_serves_texts_with_other_letters_as_the_regex_would(text):
    terms = ["bank", "bank dunia", "final", "strasse", "pok"]
    words = WordSet(terms)
    if words.serves(text):
        assert words.spans(text) == regex_spans(terms, text, True)
    else:
        assert any(c in text for c in "ßſﬁ")


@pytest.mark.parametrize("ignore_case", [True, False])
def test_a_term_sets_search_in_a_slice_is_the_regexs_answer(ignore_case):
    """TermSet.finditer / search over a slice (a sentence) skip the regex where the whole
    text's matches show none can be there: the answers are still the regex's own, also for
    a multi-word term across the slice's edge and a term the slice cuts off from its end."""
    rng = random.Random(12)
    vocabulary = ["bank", "Bank", "dunia", "dana", "moneter", "kata", "kunci", "naik", "turun", "danau", "x"]
    gaps = [" ", "\n", "\n\n", ", ", ". ", "-", ""]
    items = ["bank dunia", "dana", "kata kunci", "naik", "Dunia"]
    skipped = 0
    for _ in range(300):
        terms = term_set(items, ignore_case)
        assert terms.words is not None
        text = "".join(rng.choice(vocabulary) + rng.choice(gaps) for _ in range(rng.randint(1, 40)))
        for _ in range(10):
            start = rng.randint(0, len(text))
            end = rng.randint(start, min(len(text), start + len(text) // 2))
            assert terms.literal is not None
            want = [m.span() for m in terms.literal.finditer(text, start, end)]
            skipped += terms._literal_absent(text, start, end)
            assert [m.span() for m in terms.finditer(text, start, end)] == want, (text, start, end)
            found = terms.search(text, start, end)
            assert (found.span() if found else None) == (want[0] if want else None)
    assert skipped > 300  # the shortcut was taken, and often
