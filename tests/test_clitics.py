"""Clitics on a rendering's last word (qa_lint/clitics.py, the rendering check's `clitics` option):
"menunda potongan tarifnya" is the wrong "potongan tarif" with the possessive written on."""

import pytest

from qa_lint import packs
from qa_lint.checks import PackEnv, Rule
from qa_lint.checks.rendering import RenderingCheck
from qa_lint.clitics import Clitics, CliticView, PatternWords
from qa_lint.readers import read_text

CLITICS = Clitics(["nya", "lah", "kah", "pun", "ku", "mu"], lambda: frozenset({"masalah", "buku", "sekolah", "telah"}))


def view(text: str) -> CliticView:
    return CliticView.of(text, CLITICS)


@pytest.mark.parametrize("word, bare", [
    ("tarifnya", "tarif"),
    ("tarifnyalah", "tarif"),  # the possessive, then a particle
    ("Tarifku", "Tarif"),
    ("siapapun", "siapa"),
    ("masalah", "masalah"),  # a root word that only ends like -lah
    ("masalahnya", "masalah"),  # the root keeps its -lah once -nya is off
    ("buku", "buku"),
    ("dia", "dia"),
    ("amu", "amu"),  # what is left must have two letters: no "a" + -mu
])
def test_a_word_is_split_only_into_a_bare_word_and_its_clitics(word, bare):
    assert word[: len(word) - CLITICS.split(word)] == bare


def test_the_view_keeps_offsets_and_blanks_only_the_clitics():
    text = "Bank menunda potongan tarifnya, masalahnya serius."
    seen = view(text)
    assert len(seen.text) == len(text)
    assert seen.text == "Bank menunda potongan tarif   , masalah    serius."
    assert seen.starts == (text.index("nya,"), text.index("nya serius"))


def test_a_match_may_end_on_the_bare_word_only_when_it_is_the_last():
    text = "potongan tarifnya naik dan potongannya tarif turun"
    seen = view(text)
    first = text.index("potongan")
    assert seen.last_word_end(first, text.index("nya")) == text.index("nya")
    # A pattern that eats the blanks after the word ("tarif\s+") is cut back to the word.
    assert seen.last_word_end(first, text.index("naik")) == text.index("nya")
    # The clitic inside the match (potongannya tarif) is no clitic on the last word.
    second = text.index("potongannya")
    assert seen.last_word_end(second, text.index(" turun")) is None
    # A match that stops short of a word with a clitic is the pattern's own business.
    assert seen.last_word_end(first, first + len("potongan")) is None


def rendering(pattern: str, clitics=True, **options) -> RenderingCheck:
    options = {"pattern": pattern, "meant": "pemangkasan suku bunga", "context": {"window": "sentence"}, **options}
    if not clitics:
        options["clitics"] = False
    rule = Rule("id.mt.test", "rendering", "error", "mistranslation", '"{match}"', options, "p", "p.yaml", "id")
    return RenderingCheck(rule, PackEnv("id", None, clitics=CLITICS))


def spans(check, text):
    doc = read_text(text, "a.txt")
    return [(doc.text[f.offset:f.offset + f.length], f.suggestions) for f in check.run(doc)]


def test_the_last_word_may_carry_a_clitic_and_the_finding_keeps_it_outside():
    check = rendering(r"\bpotongan\s+tarif\b")
    assert spans(check, "The Fed menunda potongan tarifnya.") == [("potongan tarif", ["pemangkasan suku bunga"])]
    assert spans(check, "The Fed menunda potongan tariflah.") == [("potongan tarif", ["pemangkasan suku bunga"])]
    assert spans(check, "The Fed menunda potongannya tarif.") == []  # not the last word
    assert spans(check, "The Fed menunda potongan tarifan.") == []  # no clitic: word boundaries hold


def test_a_rule_may_turn_clitics_off():
    assert spans(rendering(r"\bpotongan\s+tarif\b", clitics=False), "The Fed menunda potongan tarifnya.") == []


def test_a_listed_word_is_not_its_stem_with_a_clitic():
    # "masalah" is a root word, not "masa" + -lah: "masa" patterns stay off it.
    assert spans(rendering(r"\bmasa\b"), "Itu masalah besar.") == []
    assert spans(rendering(r"\bmasa\b"), "Itu masanya.") == [("masa", ["pemangkasan suku bunga"])]


def test_lookaheads_read_past_the_clitic():
    check = rendering(r"\btarif\b(?=\s+sebesar\s+\d+\s+basis\s+poin)")
    assert spans(check, "BI memangkas tarifnya sebesar 25 basis poin.") == [("tarif", ["pemangkasan suku bunga"])]
    assert spans(check, "BI memangkas tarifnya untuk impor.") == []


def test_a_pattern_that_writes_the_clitic_itself_decides_where_it_counts():
    # The author allowed "tujuannya" only before "dianulir"; the bare word's wider context is not for it.
    check = rendering(r"\btujuannya(?=\s+dianulir)|\btujuan(?=\s+disahkan)")
    assert spans(check, "Wasit: tujuannya dianulir.") == [("tujuannya", ["pemangkasan suku bunga"])]
    assert spans(check, "Wasit: tujuan disahkan.") == [("tujuan", ["pemangkasan suku bunga"])]
    assert spans(check, "Pelatih menjelaskan tujuannya disahkan federasi.") == []


def test_a_clitic_the_pattern_names_is_reported_once():
    check = rendering(r"\bminat(?:nya)?\b")
    assert spans(check, "Bank menaikkan minatnya.") == [("minatnya", ["pemangkasan suku bunga"])]


def test_the_indonesian_profile_names_its_clitics_and_their_exceptions():
    profile = packs.load_language(packs.bundled_rules_dir() / "id" / "language.yaml")
    assert profile.clitics is not None
    assert {"nya", "lah", "kah", "pun", "ku", "mu"} <= set(profile.clitics.clitics)
    assert {"masalah", "sekolah", "buku", "telah"} <= profile.clitics.exceptions
    assert profile.clitics.split("tarifnya") == 3 and profile.clitics.split("masalah") == 0


def test_the_view_is_searched_only_for_a_pattern_that_writes_a_word_that_carried_a_clitic():
    written = PatternWords.of(r"\b[Kk]olom\s+(?:lapis\s+baja|tanks?)(?P<x>\p{Lu})")
    assert {"olom", "lapis", "baja", "tanks", "tank"} <= written.words and written.after_class == {"olom"}
    assert "x" not in written.words and "lu" not in written.words  # group names and escapes are no words
    assert view("menghantam kolom tanknya").may_end_in(written)
    assert view("menghantam Kolomnya").may_end_in(written)  # [Kk]olom: by its letters after the class
    assert not view("menghantam rumahnya").may_end_in(written)
    check = rendering(r"\b[Kk]olom\s+tanks?\b")
    assert spans(check, "Drone menghantam kolom tanknya.") == [("kolom tank", ["pemangkasan suku bunga"])]
