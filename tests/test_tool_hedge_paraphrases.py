"""tools/hedge_paraphrases.py: restatements in words the hedge does not use, with controls."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import hedge_paraphrases as hp  # noqa: E402

from qa_lint.stemming import stemmer  # noqa: E402

STEM = stemmer("id")
GROUPS = ([["korsleting", "hubungan arus pendek", "arus pendek"], ["PHK", "pemutusan hubungan kerja"]], [["jebol", "bobol"]])
HEDGE = "Polisi mengatakan api diduga berasal dari hubungan arus pendek di salah satu kios pakaian."


def test_other_members_share_no_word_with_the_one_written():
    finder = hp.Finder(STEM, *GROUPS)
    (start, end, key), = finder.spans(HEDGE)
    assert HEDGE[start:end] == "hubungan arus pendek"
    assert finder.others(key, "hubungan arus pendek") == ["korsleting"]  # "arus pendek" repeats "arus"


def test_a_short_form_is_made_for_a_noun_phrase_not_a_verb_phrase():
    nouns = {"kebocoran", "pipa", "kompor"}
    sentence = "Warga diduga menyalakan kompor, lalu kebocoran pipa gas terjadi di dapur."
    lo, hi, short = hp.initials_phrase(sentence, 0, nouns, STEM)
    assert (sentence[lo:hi], short) == ("kebocoran pipa gas", "KPG")  # "kompor," ends at its comma
    sentence = "Warga diduga kebocoran pipa meledakkan tabung."
    lo, hi, short = hp.initials_phrase(sentence, 0, nouns, STEM)
    assert (sentence[lo:hi], short) == ("kebocoran pipa", "KP")  # no verb form in it


def test_each_case_restates_the_claim_without_the_hedges_words():
    finder = hp.Finder(STEM, *GROUPS)
    cases = hp.build([HEDGE], finder, STEM, {"pencurian"}, {"kios"}, {}, random.Random(1))
    moves = {c.move for c in cases}
    assert moves == {"phrase", "defined"}
    for case in cases:
        hedge, _, line = case.text.strip().split("\n")
        assert case.before.casefold() not in line.casefold() and case.after.casefold() in line.casefold()
        assert case.original and case.original != case.text
        if case.move == "defined":
            assert f"({case.after})" in hedge
    assert any(not c.escalation for c in cases) and any(c.escalation for c in cases)


def test_attributed_cases_follow_the_policy():
    """--attributed: presupposing forms said are escalations, confirmed or plain ones said are not."""
    hedge = HEDGE + "\n" + hp.FILLER + "\n"
    cases = [hp.Case("phrase", "noun subject", hedge + "Korsleting membuat warga resah.\n", True),
             hp.Case("phrase", "flat", hedge + "Api berasal dari korsleting di salah satu kios pakaian.\n", True),
             hp.Case("phrase", "kept", hedge + "Polisi masih menduga korsleting.\n", False)]
    made = {c.form: c for c in hp.attributed(cases)}
    assert set(made) == {"noun subject said", "noun subject per", "noun subject confirmed", "flat said"}
    assert made["noun subject said"].escalation and made["noun subject per"].escalation
    assert not made["noun subject confirmed"].escalation and not made["flat said"].escalation
    assert made["noun subject said"].text.split("\n")[2] == f"Korsleting membuat warga resah, kata {hp.SPEAKER}."
    assert made["noun subject per"].text.split("\n")[2] == "Menurut Gregorius Tampubolon, korsleting membuat warga resah."
