"""en-id.omission.untranslated-word: one English word left in a translated sentence,
judged by a list of frequent English words Indonesian text never uses."""

import pytest
from pair_util import findings, serious

from qa_lint.names import word_list
from qa_lint.packs import bundled_rules_dir

RULE = "en-id.omission.untranslated-word"
NOT_KEPT = bundled_rules_dir() / "en-id" / "data" / "english-not-kept.txt"


@pytest.mark.parametrize("source, target, left", [
    ("Investors remained cautious ahead of the Federal Reserve meeting.",
     "Meski demikian, investor tetap cautious menjelang rapat Federal Reserve.", "cautious"),
    ("Indonesia will play without two injured defenders.",
     "Indonesia akan tampil tanpa dua bek yang sedang injured.", "injured"),
    ("The minister said the plan was feasible.",
     "Menteri mengatakan rencana itu feasible.", "feasible"),
])
def test_a_word_indonesian_never_uses_is_left_in_english(linter, source, target, left):
    assert serious(findings(linter, source, target, RULE)) == [(RULE, left)]


@pytest.mark.parametrize("source, target", [
    # Loanwords Indonesian copy keeps as they are are in wordfreq's Indonesian list.
    ("Sales through online platforms rose 12 percent.", "Penjualan melalui platform online naik 12 persen."),
    ("Analysts expect a rebound in the second quarter.", "Analis memperkirakan rebound pada kuartal kedua."),
    # A gloss in brackets after the translation.
    ("Investors remained cautious.", "Investor tetap berhati-hati (cautious)."),
    # The word is not in the source sentence: not copied from it.
    ("Investors stayed on the sidelines.", "Investor tetap cautious."),
    # Capitalised: a name or a title.
    ("Cautious Optimism is the report's title.", "Laporan itu berjudul Cautious Optimism."),
])
def test_kept_loanwords_glosses_and_names_are_not_judged(linter, source, target):
    assert serious(findings(linter, source, target, RULE)) == []


def test_the_list_keeps_out_what_indonesian_copy_keeps():
    words = word_list(str(NOT_KEPT))
    assert {"cautious", "injured", "feasible"} <= words
    assert not {"online", "startup", "trading", "outlook", "rebound", "update"} & words
