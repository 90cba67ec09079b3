"""tools/rendering_coverage.py: the committed coverage list is what the script makes, ranked by method."""

import subprocess
import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import rendering_coverage  # noqa: E402

COMMITTED = ROOT / "rules" / "en-id" / "data" / "rendering-coverage.tsv"


def test_committed_coverage_is_regenerated_exactly(tmp_path):
    out = tmp_path / "coverage.tsv"
    subprocess.run([sys.executable, str(ROOT / "tools" / "rendering_coverage.py"), "--out", str(out)],
                   check=True, capture_output=True)
    assert out.read_text(encoding="utf-8") == COMMITTED.read_text(encoding="utf-8")


def test_a_rule_for_the_word_or_its_inflection_covers_it():
    sources = {"bonds": ["id.mt.bond-ikatan"], "bomb disposal": ["id.mt.bomb-disposal"], "the fed": ["id.mt.fed"]}
    assert rendering_coverage.coverage("bond", sources) == "covered: id.mt.bond-ikatan"
    assert rendering_coverage.coverage("bomb", sources) == "covered (phrase): id.mt.bomb-disposal"
    assert rendering_coverage.coverage("fed", sources) == "covered: id.mt.fed"
    assert rendering_coverage.coverage("disposal unit", sources) == ""


def test_a_confusion_is_plausible_when_both_renderings_are_ordinary_indonesian():
    frequency = {"obligasi": 4.0, "ikatan": 4.6, "skak": 1.0, "pemeriksaan": 5.0}.get
    assert rendering_coverage.plausibility([["obligasi"], ["ikatan"]], frequency) == 4.0
    assert rendering_coverage.plausibility([["skak"], ["pemeriksaan"]], frequency) == 1.0


def test_watchlist_words_join_the_dictionary_words_and_rank_by_frequency():
    candidates = [{"term": "court", "kind": "polysemy", "domain": "courts-crime", "zipf_en": "5.4",
                   "sense_domains": "courts-crime: pengadilan | sport: lapangan", "evidence": "senses split: ..."},
                  {"term": "warhead", "kind": "compound", "domain": "", "zipf_en": "3.0", "sense_domains": "",
                   "evidence": ""}]
    watchlist = {"topics": {"agriculture": [{"term": "palm oil", "meant": "minyak sawit", "wrong": ["minyak telapak tangan"]}]}}
    ordered = rendering_coverage.rows(candidates, watchlist, {}, {"court": ["id.mt.court-lapangan"]},
                                      {"palm oil": 4.0}.get, lambda w: 4.0)
    assert [r["term"] for r in ordered] == ["court", "palm oil"]  # compounds are not polysemy rows
    assert ordered[0]["status"] == "covered: id.mt.court-lapangan" and ordered[1]["status"] == "open"
    assert ordered[1]["origin"] == "watchlist" and ordered[1]["zipf_en"] == 3.0  # a phrase counts one less per extra word
