"""tools/id_thesaurus.py (synonym groups mined from Debian's mythes-id) and tools/hedge_variants.py
(rewordings of the hedge tuning sets), and what the hedge-escalation rule gains from the groups."""

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT))

from tools import hedge_variants, id_thesaurus  # noqa: E402

MYTHES = Path("/usr/share/mythes/th_id_ID_v2.dat")
COMMITTED = ROOT / "rules" / "id" / "data" / "hedge-thesaurus.yaml"
HAND_WRITTEN = ROOT / "rules" / "id" / "data" / "hedge-synonyms.yaml"


def test_committed_groups_are_regenerated_from_the_debian_package(tmp_path):
    # scripts/install-test-deps installs mythes-id; without it this must fail, not skip.
    assert MYTHES.is_file(), "apt-get install mythes-id"
    out = tmp_path / "thesaurus.yaml"
    subprocess.run([sys.executable, str(ROOT / "tools" / "id_thesaurus.py"), "--out", str(out)], check=True, cwd=ROOT)
    assert out.read_bytes() == COMMITTED.read_bytes()


def thesaurus(tmp_path, text: str) -> Path:
    path = tmp_path / "th.dat"
    path.write_text("ISO-8859-1\n" + text, encoding="iso-8859-1")
    return path


def test_only_mutual_entries_of_one_sense_are_paired(tmp_path):
    path = thesaurus(tmp_path, "\n".join([
        "runtuh|1", "[v]|ambruk|roboh|rubuh",
        "ambruk|1", "[v]|runtuh|roboh",
        "roboh|1", "[v]|runtuh|ambruk",
        # "bisa" lists "racun" in a sense of its own (the venom): a homonym, not the same sense.
        "bisa|2", "[adv]|dapat|mampu", "[n]|racun",
        "racun|1", "[n]|bisa|toksin",
        # One direction only.
        "hancur|1", "[v]|runtuh|remuk",
    ]) + "\n")
    entries = id_thesaurus.read_thesaurus(path)
    known = {"runtuh", "ambruk", "roboh", "bisa", "racun", "hancur", "remuk", "toksin", "rubuh"}
    pairs = id_thesaurus.mutual_pairs(entries, known)
    assert set(pairs) == {("ambruk", "runtuh"), ("ambruk", "roboh"), ("roboh", "runtuh")}
    groups = id_thesaurus.cliques(pairs, lambda w: w)
    assert [sorted(g) for g in groups] == [["ambruk", "roboh", "runtuh"]]


def test_a_group_grows_only_while_every_two_words_are_paired(tmp_path):
    pairs = {("a", "b"): 1.0, ("b", "c"): 0.9, ("a", "c"): 0.0, ("c", "d"): 0.8}
    groups = id_thesaurus.cliques(pairs, lambda w: w)
    # a-c agree too little: c cannot join a-b, and pairs with d instead.
    assert sorted(sorted(g) for g in groups) == [["a", "b"], ["c", "d"]]


@pytest.mark.parametrize("text, stated", [
    # Each restates the hedged claim in a word only the mined thesaurus pairs with it.
    ("Kelompok bersenjata diduga menyerbu pos polisi di Distrik Ilaga pada Senin malam.\n"
     "Warga mengungsi ke gereja terdekat.\n"
     "Karena kelompok itu menyerang pos polisi, aparat menambah pasukan di Ilaga.\n", "menyerang"),
    ("Tiang jembatan Batang Merangin diduga retak akibat banjir.\n"
     "Dinas PU memasang rambu di kedua ujung jembatan.\n"
     "Karena tiang jembatan rengkah, kendaraan berat dilarang melintas.\n", "rengkah"),
    ("Konser di Stadion Kanjuruhan kemungkinan batal karena cuaca buruk.\n"
     "Panitia masih menunggu keputusan polisi.\n"
     "Pembeli tiket konser yang urung itu meminta uang kembali.\n", "urung"),
])
def test_a_restatement_in_a_thesaurus_synonym_is_found_and_only_with_the_groups(text, stated):
    pset, check = hedge_variants.check_with(None)
    assert [f.match for f in hedge_variants.fires(pset, check, text)] == [stated]
    pset, hand_only = hedge_variants.check_with([HAND_WRITTEN])
    assert hedge_variants.fires(pset, hand_only, text) == []


def test_variants_reword_claims_but_never_a_hedge_cue(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Jembatan itu diduga ambruk karena banjir.\nWarga diminta menjauh.\n"
                       "Jembatan yang ambruk itu dibangun pada 2010.\n", encoding="utf-8")
    spec = {"file": "a.txt", "problems": [{"line": 3, "family": "hedge", "must": True}], "clean_lines": [1, 2]}
    pset, check = hedge_variants.check_with(None)
    table = hedge_variants.synonym_table([HAND_WRITTEN])
    stem = hedge_variants.stemmer("id")
    known = {"terbangun", "dibangun"}
    variants = hedge_variants.article_variants(article, spec, table, stem, check.hedges, known, check.stopwords)
    escalations = {(v.kind, v.after) for v in variants if v.escalation}
    assert ("synonym", "runtuh") in escalations and ("affix", "terbangun") in escalations
    assert ("premise", "Karena ...") in escalations
    controls = [v for v in variants if not v.escalation]
    assert controls and all(v.before != "diduga" for v in controls)  # the hedge stays
    assert all("diduga" in v.text.split("\n")[0] for v in controls)


def test_restatements_of_a_hedged_sentence_by_kind():
    stem = hedge_variants.stemmer("id")
    sentence = "Warga menduga pabrik itu membuang limbah ke sungai pada malam hari."
    cue = hedge_variants.NEWS_CUES.search(sentence)
    made = {r.kind: r.text.split("\n")[2] for r in hedge_variants.restatements(sentence, cue, stem, {"pembuangan"})}
    assert made["flat"] == "Pabrik itu membuang limbah ke sungai pada malam hari."
    assert made["premise"].endswith("pabrik itu membuang limbah ke sungai pada malam hari, sekolah di kecamatan itu diliburkan.")
    # The verb made a noun, with its object, in a phrase closed by a demonstrative.
    assert made["presupposed"] in ("Sejak pembuangan limbah itu, sekolah di kecamatan itu diliburkan.",
                                   "Pasca-pembuangan limbah itu, sekolah di kecamatan itu diliburkan.")
    assert made["kept"].startswith("Hingga kini pihak berwenang masih menduga pabrik itu membuang")
    assert {"attributed", "denied", "conditional", "relative"} <= set(made)


def test_a_subject_is_needed_and_a_premise_is_none():
    stem = hedge_variants.stemmer("id")
    for sentence in ("Polisi menangkap tiga orang karena diduga mencuri sepeda motor warga.",
                     "Panitia mengamankan peserta yang diduga membawa contekan ke ruang ujian."):
        cue = hedge_variants.NEWS_CUES.search(sentence)
        assert hedge_variants.restatements(sentence, cue, stem, set()) == []


def test_nouns_of_verbs_follow_the_nasal_rules_and_the_word_list():
    stem = hedge_variants.stemmer("id")
    known = {"pembuangan", "penahanan", "pertahanan", "kebocoran", "penyuapan"}
    assert hedge_variants.nominal("membuang", stem, known) == "pembuangan"
    assert hedge_variants.nominal("menahan", stem, known) == "penahanan"  # not "pertahanan"
    assert hedge_variants.nominal("bocor", stem, known) == "kebocoran"
    assert hedge_variants.nominal("menyuap", stem, known) == "penyuapan"
    assert hedge_variants.nominal("jebol", stem, known) == "jebolnya"


def test_the_restatement_tally_counts_escalations_found_and_control_alarms():
    pset, check = hedge_variants.check_with(None)
    stem = hedge_variants.stemmer("id")
    sentences = ["Polisi menduga pompa air di rumah pompa itu berhenti bekerja ketika hujan deras turun."]
    result = hedge_variants.score_restatements(pset, check, sentences, stem, set())
    tally = result["tally"]
    assert tally[("premise", "suspicion")] == [1, 1]
    assert tally[("flat", "suspicion")] == [1, 1]
    assert all(tally[(kind, "suspicion")][0] == 0 for kind in ("kept", "attributed", "denied", "conditional"))


def test_committed_act_nouns_are_regenerated_from_the_debian_package(tmp_path):
    assert MYTHES.is_file(), "apt-get install mythes-id"
    out = tmp_path / "acts.yaml"
    subprocess.run([sys.executable, str(ROOT / "tools" / "id_thesaurus.py"), "--out", str(tmp_path / "th.yaml"),
                    "--acts-out", str(out)], check=True, cwd=ROOT)
    assert out.read_bytes() == (ROOT / "rules" / "id" / "data" / "hedge-act-nouns.yaml").read_bytes()


def test_act_nouns_pair_only_mutual_common_pe_an_nouns():
    entries = {"pemindahan": {"pengalihan", "transportasi"}, "pengalihan": {"pemindahan", "pemberian"},
               "pemberian": {"hadiah"},  # one direction only
               "perpindahan": {"pemindahan"}, "pemindahan ": set()}
    stem = hedge_variants.stemmer("id")
    common = {"pemindahan", "pengalihan", "pemberian", "perpindahan"}
    assert id_thesaurus.act_noun_pairs(entries, common, stem) == [("alih", "pindah")]
    assert id_thesaurus.act_noun_pairs(entries, common - {"pengalihan"}, stem) == []


@pytest.mark.parametrize("later, found", [
    # The act in another root's noun heads a phrase with what the accusation governs.
    ("Pengalihan dua bidang tanah koperasi kepada adik Sutrisno dilakukan tanpa sepengetahuan anggota.", True),
    # ... not when the phrase is about something else.
    ("Pengalihan arus lalu lintas di depan kantor koperasi dilakukan sejak pagi.", False),
])
def test_a_phrase_headed_by_the_noun_of_the_same_act_presupposes_the_accusation(later, found):
    text = ("Kuasa hukum anggota menuding ketua koperasi, Sutrisno, memindahkan dua bidang tanah koperasi atas nama adiknya.\n"
            "Sutrisno membantah.\n" + later + "\n")
    pset, check = hedge_variants.check_with(None)
    assert bool([f for f in hedge_variants.fires(pset, check, text) if f.line == 3]) == found
