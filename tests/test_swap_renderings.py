"""tools/swap_renderings.py: a rule's wrong words swapped into real copy where its right words stand."""

import sys
from types import SimpleNamespace

from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import swap_renderings  # noqa: E402


def rule_with(*bad):
    return SimpleNamespace(examples={"bad": list(bad)})


def test_anchors_are_the_right_words_with_a_telling_neighbour():
    rule = rule_with({"text": "Pemerintah membangun [[taman]] industri baru di Batang.", "fix": "kawasan"},
                     {"text": "Investor menyewa lahan di [[taman]] industri Morowali.", "fix": "kawasan"})
    # "membangun kawasan" and "kawasan industri"; "di kawasan" says nothing about the slot.
    assert swap_renderings.swap_pairs(rule) == [("membangun kawasan", "kawasan", "taman"),
                                                ("kawasan industri", "kawasan", "taman")]


def test_a_neighbour_behind_punctuation_is_no_anchor():
    rule = rule_with({"text": "Film itu sangat [[bergerak]], kata kritikus.", "fix": "menyentuh"}, "Not a dict.")
    assert swap_pairs_anchors(rule) == []


def swap_pairs_anchors(rule):
    return [anchor for anchor, _, _ in swap_renderings.swap_pairs(rule)]


def test_swaps_in_real_copy_are_caught_and_the_copy_itself_stays_quiet(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Pemerintah membangun kawasan industri baru di Batang, Jawa Tengah.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Warga bermain di taman kota setiap sore.\n", encoding="utf-8")
    assert swap_renderings.main([str(tmp_path), "--select", "id.mt.industrial-park-taman"]) == 0
    out = capsys.readouterr().out
    assert "swaps caught: 2/2 (1.00); findings on the unaltered articles: 0" in out


def test_case_of_the_first_letter_is_kept():
    assert swap_renderings.keep_case("Kawasan", "taman") == "Taman"
    assert swap_renderings.keep_case("kawasan", "Taman") == "taman"
