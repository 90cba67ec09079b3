"""The lexicon tools: committed data is what the scripts make, and the miners' pieces work."""

import subprocess
import sys
from pathlib import Path

from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import corpora  # noqa: E402
import idiom_variants  # noqa: E402
import mine_false_friends  # noqa: E402
import mine_idioms  # noqa: E402

VERB_EXC = Path("/usr/share/wordnet/verb.exc")
VERB_FORMS = ROOT / "rules" / "en" / "data" / "verb-forms.yaml"


def test_verb_forms_are_regenerated_from_wordnet(tmp_path):
    # scripts/install-test-deps installs wordnet-base; without it this must fail, not skip.
    assert VERB_EXC.is_file(), "apt-get install wordnet-base"
    out = tmp_path / "verb-forms.yaml"
    subprocess.run([sys.executable, str(ROOT / "tools" / "verb_forms.py"), "--exc", str(VERB_EXC), "--out", str(out)], check=True)
    assert out.read_bytes() == VERB_FORMS.read_bytes()
    assert "  take: [taken, took]" in VERB_FORMS.read_text(encoding="utf-8")


def test_literal_guess_is_word_by_word_in_english_order():
    renderings = {("kick", "v"): "menendang", ("can", "n"): "kaleng", ("can", "v"): "bisa",
                  ("road", "n"): "jalan", ("down", "adv"): "turun", ("out", "preposition"): "keluar"}
    assert mine_idioms.literal_guess("kick the can down the road", renderings, {"down", "out"}) == "menendang kaleng turun jalan"
    assert mine_idioms.literal_guess("rule out", renderings, {"out"}) == "[rule] keluar"


def test_wordnet_multiword_verbs_are_candidates(tmp_path):
    index = tmp_path / "index.verb"
    index.write_text("  1 header line\nrule_out v 3 1 @ 3 3 02629390\nrun v 41 7 @ 41 30 0\nbite_the_bullet v 1 1 @ 1 0 0\n", encoding="utf-8")
    assert mine_idioms.wordnet_multiword_verbs(index) == ["rule out", "bite the bullet"]


def test_a_multiword_verb_is_non_compositional_when_a_sense_does_not_mean_its_verb(tmp_path):
    (tmp_path / "data.verb").write_text(
        "  1 licence header\n"
        "00000001 31 v 02 rule_out 0 eliminate 0 000 01 + 08 00 | dismiss from consideration\n"
        "00000002 34 v 01 live_in 0 001 @ 00000003 v 0000 01 + 02 00 | reside where one works\n"
        "00000003 42 v 01 live 0 000 01 + 02 00 | have one's home\n"
        "00000004 42 v 01 work_on 0 000 01 + 02 00 | work at something\n", encoding="utf-8")
    # live_in's hypernym is "live"; work_on's definition says "work"
    assert mine_idioms.wordnet_noncompositional_verbs(tmp_path) == {"rule out"}


def test_the_coverage_list_ranks_idioms_from_sources_independent_of_the_lexicon():
    row = lambda source, origin, hits, rarest, entry="": (hits, 5.0, source, origin, "", 0, entry, "", rarest)  # noqa: E731
    rows = [row("rule out", "wordnet-v", 9, 4.0, "rule-out"), row("as well", "wordnet-r", 99, 7.0),
            row("cherry-pick", "hand", 50, 3.0, "cherry-pick"), row("live in", "wordnet", 80, 6.0),
            row("red tape", "wordnet-n", 9, 4.5), row("under the weather", "freedict", 1, 5.0)]
    assert [r[2] for r in mine_idioms.ranked_idioms(rows, 3)] == ["red tape", "rule out", "under the weather"]


def test_adjective_and_adverb_idioms_of_common_words_are_kept_by_their_unused_literal_guess():
    def row(source, origin, hits, id_hits, rarest_content, curated=""):
        return (hits, 5.0, source, origin, "guess", -1, curated, "", 5.0, rarest_content, id_hits)

    rows = [row("by heart", "wordnet-r", 0, 0, 5.3), row("for a song", "wordnet-r", 0, 0, 5.2),
            row("just about", "wordnet-r", 0, 12, 6.0),  # its word-for-word guess is Indonesian
            row("mutatis mutandis", "wordnet-r", 0, 0, 1.4), row("red tape", "wordnet-n", 0, 0, 5.0),
            row("under the weather", "wordnet-a", 3, 0, 4.9), row("on the fence", "wordnet-a", 0, 0, 4.2, "on-the-fence")]
    kept = mine_idioms.word_for_word_phrases(rows, {"under the weather"}, 3)
    assert [r[2] for r in kept] == ["by heart", "for a song", "mutatis mutandis"]


def test_idiom_variants_rewrite_a_literal_rendering_one_change_at_a_time():
    from qa_lint.stemming import stemmer

    kinds = idiom_variants.variants("menendang kaleng di jalan", stemmer("id"))
    assert ("possessive", "menendang kalengnya di jalan") in kinds
    assert ("determiner", "menendang kaleng itu di jalan") in kinds
    assert ("article", "menendang sebuah kaleng di jalan") in kinds
    assert ("passive", "ditendang kaleng di jalan") in kinds and ("bare", "tendang kaleng di jalan") in kinds
    assert ("ter", "tertendang kaleng di jalan") in kinds
    assert ("clitic", "menendang kaleng di jalanlah") in kinds and ("clitic", "menendang kaleng di jalanku") in kinds


def test_false_friend_spellings_are_compared_without_accents():
    assert mine_false_friends.plain("Éventuel") == "eventuel"
    assert mine_false_friends.b64("B") == 1 and mine_false_friends.b64("BA") == 64


def test_candidate_lists_mark_the_curated_entries():
    """The committed candidate lists were made after the last entries were curated."""
    from qa_lint import lexicon

    idioms = {e.id for e in lexicon.load_entries(ROOT / "rules" / "en-id" / "data" / "idioms.yaml")}
    rows = (ROOT / "rules" / "en-id" / "data" / "idiom-candidates.tsv").read_text(encoding="utf-8").splitlines()
    marked = {line.split("\t")[6] for line in rows if not line.startswith("#") and line.split("\t")[6] not in ("", "curated")}
    assert marked == idioms, sorted(idioms ^ marked)[:10]
    friends = {e.id for e in lexicon.load_entries(ROOT / "rules" / "xx-en" / "data" / "false-friends.yaml")}
    rows = (ROOT / "rules" / "xx-en" / "data" / "false-friend-candidates.tsv").read_text(encoding="utf-8").splitlines()
    marked = {line.split("\t")[6] for line in rows if not line.startswith("#") and line.split("\t")[6] not in ("", "curated")}
    assert marked and marked <= friends, sorted(marked - friends)


def test_detokenized_indonesian_joins_clitics_and_punctuation():
    assert corpora._detokenize(["ada", "nya", "18", "kotak", "(", "Kemenkeu", ")", "."]) == "adanya 18 kotak (Kemenkeu)."
