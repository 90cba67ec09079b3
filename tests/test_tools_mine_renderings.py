"""tools/mine_renderings.py: the committed candidate list is what the script makes, and it covers the lexicon."""

import csv
import subprocess
import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import mine_renderings  # noqa: E402

COMMITTED = ROOT / "rules" / "en-id" / "data" / "rendering-candidates.tsv"


def rows(path):
    with path.open(encoding="utf-8") as lines:
        return list(csv.DictReader((l for l in lines if not l.startswith("#")), delimiter="\t"))


def test_senses_sharing_no_word_are_separate_groups():
    entries = [{"pos": "n", "senses": [
        {"id": ["lapangan"], "glosses": ["courtyard"]},
        {"id": ["pengadilan", "mahkamah"], "glosses": ["tribunal"]},
        {"id": ["sidang", "pengadilan"], "glosses": ["persons assembled"]},
    ]}]
    groups = mine_renderings.sense_groups(entries)
    assert sorted(len(g) for g in groups) == [1, 2]


def test_literal_rendering_is_head_first():
    dictionary = {"war": [{"pos": "n", "senses": [{"id": ["perang"], "glosses": []}]}],
                  "head": [{"pos": "n", "senses": [{"id": ["kepala"], "glosses": []}]}]}
    assert mine_renderings.literal_rendering(["war", "head"], dictionary) == "kepala perang"


def test_committed_candidates_are_regenerated_exactly(tmp_path):
    out = tmp_path / "candidates.tsv"
    subprocess.run([sys.executable, str(ROOT / "tools" / "mine_renderings.py"), "--out", str(out)], check=True, capture_output=True)
    assert out.read_text(encoding="utf-8") == COMMITTED.read_text(encoding="utf-8")


def test_every_rendering_rule_is_an_accepted_candidate():
    accepted = {rid for r in rows(COMMITTED) if r["status"].startswith("accepted") for rid in r["status"].split()[1:]}
    rules = mine_renderings.accepted_rules()
    assert {rid for ids in rules.values() for rid in ids} <= accepted
    # The mining found real cases by itself, not only the curated additions.
    mined = [r for r in rows(COMMITTED) if r["status"].startswith("accepted") and r["kind"] != "curated"]
    assert {"court", "turkey", "strike"} <= {r["term"] for r in mined}
