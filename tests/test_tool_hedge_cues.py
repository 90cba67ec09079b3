"""tools/hedge_cues.py: candidate hedge cues from a thesaurus, a stemmer and a corpus."""

import sys
from collections import Counter

from conftest import ROOT

sys.path.insert(0, str(ROOT))

from tools import hedge_cues  # noqa: E402

# A stemmer for the test: strips the few affixes the words below carry.
AFFIXES = ("di", "men", "me", "ter", "ke")


def stem(word: str) -> str:
    for prefix in AFFIXES:
        if word.startswith(prefix) and len(word) > len(prefix) + 3:
            word = word[len(prefix):]
            break
    return word[:-2] if word.endswith("an") and len(word) > 5 else word


def test_thesaurus_senses_are_read_without_their_tags(tmp_path):
    path = tmp_path / "th.dat"
    path.write_text("ISO-8859-1\nduga|2\n(v)|sangka|kira\n(n)|tebak\nkabar|1\n(n)|berita|desas-desus\n",
                    encoding="iso-8859-1")
    assert hedge_cues.read_thesaurus(path) == {"duga": ["sangka", "kira", "tebak"], "kabar": ["berita", "desas-desus"]}


def test_candidates_are_the_seeds_their_neighbours_and_every_affixed_form():
    vocabulary = ["diduga", "menduga", "dugaan", "disangka", "tersangka", "kabar", "rumah"]
    by_stem = hedge_cues.forms_by_stem(vocabulary, stem)
    forms = hedge_cues.candidate_forms(["duga"], {"duga": ["sangka", "kabar burung"]}, by_stem, stem)
    # A phrase of the thesaurus is kept as it stands; a word brings its forms; "rumah" is no neighbour.
    assert forms == {"duga", "diduga", "menduga", "dugaan", "sangka", "disangka", "tersangka", "kabar burung"}


def test_phrases_hold_one_candidate_and_are_counted():
    words = "beredar kabar bahwa dia hengkang lalu beredar kabar lagi dan kabar duka".split()
    pairs = hedge_cues.collocations(words, {"kabar"}, min_count=2)
    assert pairs == Counter({"beredar kabar": 2})


def test_new_only_leaves_out_what_the_rule_already_matches():
    terms = hedge_cues.rule_cues()
    assert hedge_cues.covered("diduga", terms) and hedge_cues.covered("beredar kabar", terms)
    assert not hedge_cues.covered("rumah", terms)
    # A cue inside a longer phrase does not cover it: the phrase is a candidate of its own.
    assert not hedge_cues.covered("yang diduga", terms)


def test_the_tool_prints_candidates_by_kind(tmp_path, capsys):
    corpus = tmp_path / "news"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Polisi menduga korsleting. Dugaan itu diselidiki. Tersiar desas-desus baru.",
                                  encoding="utf-8")
    th = tmp_path / "th.dat"
    th.write_text("ISO-8859-1\nduga|1\n(v)|sangka\n", encoding="iso-8859-1")
    assert hedge_cues.main(["--corpus", str(corpus), "--thesaurus", str(th)]) == 0
    out = capsys.readouterr().out
    suspicion = out.split("## suspicion")[1].split("##")[0]
    assert "menduga" in suspicion and "dugaan" in suspicion
    assert "desas-desus" in out.split("## rumour")[1].split("##")[0]


def test_person_nouns_follow_people_markers_or_are_shared_neighbours():
    words = "para nelayan dan seorang penumpang melihat para lengan".split()
    thesaurus = {"nelayan": ["awak", "tubuh"], "penumpang": ["awak"], "lengan": ["awak", "tubuh"]}
    nouns = {"nelayan", "penumpang", "awak", "tubuh", "lengan"}
    found = hedge_cues.person_nouns(words, nouns, thesaurus)
    assert found["nelayan"] == 1 and found["penumpang"] == 1
    assert "awak" in found and found["awak"] == 0  # three of them list it
    assert "tubuh" not in found  # only two do
    assert "melihat" not in found  # not in the noun list


def _corpus(tmp_path):
    corpus = tmp_path / "news"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Beredar pesan berantai soal banjir. Beredar pesan berantai lagi. Pesan berantai itu hoaks. "
                                  "Pengelola bersikukuh jembatan aman. Pemkab berkomitmen memperbaiki jalan. "
                                  "Warga menyebut pengurus menggelapkan dana.", encoding="utf-8")
    th = tmp_path / "th.dat"
    th.write_text("ISO-8859-1\nkabar|1\n(n)|berita\n", encoding="iso-8859-1")
    return corpus, th


def test_families_are_written_by_family_marked_rule_or_new(tmp_path):
    corpus, th = _corpus(tmp_path)
    out = tmp_path / "families.txt"
    assert hedge_cues.main(["--corpus", str(corpus), "--thesaurus", str(th), "--families", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    families = {block.split("\n")[0]: block for block in text.split("## ")[1:]}
    assert set(hedge_cues.FAMILIES) <= set(families)
    rows = {line.split()[2]: line.split()[3:] for line in families["rumour"].splitlines()[1:]
            if len(line.split()) == 5}
    # A seed form and a phrase of one; "berantai" alone is new (the rule's cue is the phrase).
    assert rows["berantai"] == ["new", "seed"]
    assert any(line.endswith("pesan berantai  rule  phrase") for line in families["rumour"].splitlines())
    assert "bersikukuh  rule  seed" in families["claim"] and "berkomitmen  rule  seed" in families["promise"]


def test_loaded_lists_the_forms_of_wrongdoing_roots(tmp_path, capsys):
    corpus, th = _corpus(tmp_path)
    assert hedge_cues.main(["--corpus", str(corpus), "--thesaurus", str(th), "--loaded"]) == 0
    rows = [line.split() for line in capsys.readouterr().out.splitlines()]
    assert ["-", "1", "menggelapkan", "seed"] in rows
    assert not any(r[2] == "memperbaiki" for r in rows)
