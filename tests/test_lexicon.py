"""Phrase lexicons (qa_lint/lexicon.py) and the lexicon rule type that serves their entries."""

import subprocess
import sys
import textwrap

import pytest

from conftest import ROOT
from qa_lint import engine, lexicon, packs, ruletest
from qa_lint.api import Linter, Options
from qa_lint.packs import PackError
from qa_lint.readers import read_text

IDIOMS = ROOT / "rules" / "en-id" / "data" / "idioms.yaml"
FALSE_FRIENDS = ROOT / "rules" / "xx-en" / "data" / "false-friends.yaml"

ENTRY = """\
  - source: kick the can down the road
    literal: ['menendang kaleng (?:\\S+ ){0,3}?jalan']
    proper: [menunda penyelesaian masalah]
    meaning: put off a problem
    note: n
    unless: [sampah]
    examples: {bad: [Kongres menendang kaleng di jalan.], good: [Anak menendang kaleng di jalan dekat sampah.]}
"""


def write_lexicon(tmp_path, entries: str = ENTRY, head: str = "") -> object:
    path = tmp_path / "lex.yaml"
    path.write_text("source_language: en\ntarget_language: id\nparticles: [out, up]\n" + head + "entries:\n" + entries, encoding="utf-8")
    return path


def write_pack(tmp_path, rule_extra: str = "") -> object:
    pack = tmp_path / "pack.yaml"
    pack.write_text(textwrap.dedent("""\
        pack: t
        language: id
        rules:
          - id: t.idiom
            type: lexicon
            entries: lex.yaml
            severity: warning
            category: mistranslation
            message: '"{match}" is "{source}" word for word: say "{proper}"'
        """) + rule_extra, encoding="utf-8")
    return pack


def doc(text, language="id"):
    d = read_text(text, "a.txt")
    d.language = language
    return d


# -- the loader --------------------------------------------------------------------


def test_bundled_lexicons_load_with_enough_entries():
    idioms = lexicon.load_entries(IDIOMS)
    false_friends = lexicon.load_entries(FALSE_FRIENDS)
    assert len(idioms) >= 150, len(idioms)
    assert len(false_friends) >= 60, len(false_friends)
    for entry in idioms + false_friends:
        assert entry.literal_patterns and entry.proper and entry.note, entry.id
        # Efficiency: every bundled entry has a prefilter anchor.
        assert entry.anchors, f"{entry.path}:{entry.line}: entry {entry.id} has no anchor substring; start its literal with a fixed word"


def test_english_source_patterns_inflect_and_let_a_phrasal_verb_take_its_object():
    entries = {e.id: e for e in lexicon.load_entries(IDIOMS)}
    assert entries["rule-out"].search_source("Putin did not rule it out on Thursday.")
    assert entries["rule-out"].search_source("He ruled out a third term.")
    assert entries["kick-the-can-down-the-road"].search_source("Congress kicked the can down the road again.")
    assert not entries["kick-the-can-down-the-road"].search_source("He kicked the ball down the road.")


def test_irregular_verbs_come_from_the_verb_forms_file():
    forms = lexicon.load_verb_forms(str(ROOT / "rules" / "en" / "data" / "verb-forms.yaml"))
    assert "broke" in lexicon.english_verb_forms("break", forms)
    pattern = lexicon.english_source_pattern("break out", frozenset({"out"}), forms)
    import regex
    assert regex.search(pattern, "war broke out in 1914") and regex.search(pattern, "fighting has broken out")


def test_foreign_source_words_match_their_inflected_forms():
    entries = {e.id: e for e in lexicon.load_entries(FALSE_FRIENDS)}
    actual = entries["actual-current"]
    assert actual.search_source("die aktuelle Regierung", "de")
    assert actual.search_source("le gouvernement actuel", "fr")
    assert not actual.search_source("die aktuelle Regierung", "fr")


def test_pair_style_both_sides_match_only_for_the_right_entry():
    """What bilingual mode will do with a sentence pair: an entry fires when its
    source expression is in the English and its literal rendering in the Indonesian."""
    entries = lexicon.load_entries(IDIOMS)
    english = "Congress has once again kicked the can down the road on the debt ceiling."
    literal = "Kongres sekali lagi menendang kaleng di jalan soal plafon utang."
    proper = "Kongres sekali lagi menunda penyelesaian masalah plafon utang."
    both = [e.id for e in entries if e.search_source(english) and e.find_literal(literal)]
    assert both == ["kick-the-can-down-the-road"]
    assert [e.id for e in entries if e.search_source(english) and e.find_literal(proper)] == []
    # The literal words in a literal story (a real can, a bin) are allowed by `unless`.
    assert not [e for e in entries if e.find_literal("Anak itu menendang kaleng di jalan dekat tempat sampah.")]


def test_anchor_is_a_fixed_substring_every_match_contains():
    assert lexicon.anchor_of(r"(?:menendang|ditendang) kaleng (?:\S+ ){0,3}jalan") == ("menendang", "ditendang")
    assert lexicon.anchor_of(r"the actual (?:president|government)") == ("president", "government")  # its shortest is longest
    assert lexicon.anchor_of(r"kalengs? (?:di )?jalan") == ("kaleng",)  # "kalengs?": the "s" is optional
    assert lexicon.anchor_of(r"(?:menimbang|timbang) (?:masuk|di dalam)(?= pada)") == ("menimbang", "timbang")  # meN- drops the t
    assert lexicon.anchor_of(r"(?:dalam|pada) (?:lari|berlari|larian) jauh") == ("lari",)  # as short as "pada", but one string
    assert lexicon.anchor_of(r"(?:memecah|dipecah)? es") == ()  # an optional group, and "es" is too short
    assert lexicon.anchor_of(r"(?:a|b) (?:c|d)") == ()
    assert lexicon.anchor_of(r"menendang|ditendang") == ()  # a top-level alternative


def test_required_parts_are_every_part_the_anchor_is_chosen_from():
    assert lexicon.required_parts(r"(?:menendang|ditendang) kaleng (?:\S+ ){0,3}jalan") == (
        ("menendang", "ditendang"), ("kaleng",), ("jalan",))
    assert lexicon.required_parts(r"kalengs? (?:di )?Jalan") == (("kaleng",), ("jalan",))  # case-folded
    assert lexicon.required_parts(r"(?:dalam|pada) (?:lari|berlari|larian) jauh") == (("dalam", "pada"), ("lari",), ("jauh",))
    assert lexicon.required_parts(r"(?:menimbang|timbang) masuk(?= pada)") == (("menimbang", "timbang"), ("masuk",))
    assert lexicon.required_parts(r"menendang|ditendang") == ()


def test_every_bundled_literal_match_holds_its_patterns_required_parts():
    """The lexicon check skips a pattern in a sentence that lacks one of its required parts:
    each match of each entry's bad examples must hold a string of every part."""
    from qa_lint.checks.lexicon import _holds_parts

    checked = 0
    for path in (IDIOMS, FALSE_FRIENDS):
        for entry in lexicon.load_entries(path):
            assert len(entry.literal_parts) == len(entry.literal_patterns)
            for example in entry.examples.get("bad", []):
                text = example if isinstance(example, str) else example.get("text", "")
                for pattern, parts in zip(entry.literal_patterns, entry.literal_parts):
                    for m in pattern.finditer(text):
                        assert _holds_parts(m.group().casefold(), parts), (entry.id, m.group(), parts)
                        checked += 1
    assert checked > 300


def test_a_space_in_a_pattern_matches_any_whitespace_and_a_clitic_may_follow(tmp_path):
    (entry,) = lexicon.load_entries(write_lexicon(tmp_path, head="target_clitics: [nya]\n"))
    assert [m.group() for m in entry.find_literal("Kongres menendang   kaleng\ndi jalannya.")] == ["menendang   kaleng\ndi jalannya"]
    assert not entry.find_literal("Kongres menendang kaleng di jalanan.")  # whole words only


def test_inner_clitics_fillers_and_passives_widen_a_literal_rendering(tmp_path):
    head = "target_clitics: [nya]\ntarget_inner_clitics: [nya]\ntarget_fillers: [itu, sebuah]\ntarget_passive: true\n"
    (entry,) = lexicon.load_entries(write_lexicon(tmp_path, head=head))
    found = lambda text: [m.group() for m in entry.find_literal(text)]  # noqa: E731
    assert found("Kongres menendang kalengnya di jalan.") == ["menendang kalengnya di jalan"]
    assert found("Kongres menendang sebuah kaleng itu di jalan.") == ["menendang sebuah kaleng itu di jalan"]
    assert found("Kaleng ditendang kaleng di jalan.") == ["ditendang kaleng di jalan"]
    assert found("Kongres menendang kaleng kosong di jalan.") == ["menendang kaleng kosong di jalan"]  # the entry's own gap
    assert not found("Kongres tendang kaleng di jalan.")  # the root alone is not a passive
    # Without the keys (the false-friend lexicon, user lexicons): as written.
    (tmp_path / "plain").mkdir()
    (plain,) = lexicon.load_entries(write_lexicon(tmp_path / "plain", head="target_clitics: [nya]\n"))
    assert not plain.find_literal("Kongres menendang kalengnya di jalan.")
    assert not plain.find_literal("Kaleng ditendang kaleng di jalan.")


def test_objects_and_subject_gap_placeholders_fill_every_shape_of_a_rendering(tmp_path):
    entry = """\
  - source: throw out
    objects: [gugatan, kerja sama]
    literal: ['membuang keluar(?= {objects})', '(?<={objects}(?: itu)?{subject_gap} )dibuang keluar']
    proper: [menolak]
    meaning: dismiss
    note: n
    examples: {bad: [Hakim membuang keluar gugatan itu.], good: [Hakim menolak gugatan itu.]}
"""
    head = "target_subject_gap: '(?:\\s+yang(?:\\s+\\S+){1,4}?\\s+itu)?(?:\\s+telah)?'\n"
    (lex,) = lexicon.load_entries(write_lexicon(tmp_path, entry, head))
    found = lambda text: [m.group() for m in lex.find_literal(text)]  # noqa: E731
    assert found("Hakim membuang keluar kerja sama itu.") == ["membuang keluar"]  # an object of the list
    assert not found("Hakim membuang keluar sampah.")
    assert found("Gugatan itu dibuang keluar.") == ["dibuang keluar"]
    assert found("Gugatan yang diajukan warga desa itu dibuang keluar.") == ["dibuang keluar"]  # a relative clause
    assert found("Gugatan itu telah dibuang keluar.") == ["dibuang keluar"]  # an aspect word
    assert not found("Gugatan yang diajukan oleh warga dari desa sebelah itu dibuang keluar.")  # longer than the gap allows
    # Without its list or the file's gap, a placeholder is an error at the entry.
    (tmp_path / "bad").mkdir()
    with pytest.raises(PackError, match=r"\{subject_gap\} needs"):
        lexicon.load_entries(write_lexicon(tmp_path / "bad", entry))
    with pytest.raises(PackError, match=r"\{objects\} needs"):
        lexicon.load_entries(write_lexicon(tmp_path / "bad", entry.replace("    objects: [gugatan, kerja sama]\n", ""), head))


def test_bundled_subject_gap_reaches_past_a_relative_clause_and_an_aspect_word():
    entries = {e.id: e for e in lexicon.load_entries(IDIOMS)}
    throw_out, bring_forward = entries["throw-out"], entries["bring-forward"]
    assert throw_out.find_literal("Gugatan warga yang diajukan ke pengadilan negeri itu dilempar keluar karena kurang bukti.")
    assert throw_out.find_literal("Kasus itu telah dibuang keluar oleh hakim.")
    assert not throw_out.find_literal("Kasus itu dibuang keluar dari daftar prioritas.")  # removed from a list
    assert bring_forward.find_literal("Pemilu yang semula dijadwalkan pada Juni itu akan dibawa ke depan.")
    assert entries["pull-the-plug"].find_literal("Perusahaan mencabut colokan pada layanan kripto itu.")


def test_a_word_is_widened_only_where_it_ends_outside_a_class_or_escape():
    widen = lambda p: lexicon.widen_between_words(p, ["nya"], ["itu"])  # noqa: E731
    assert widen("menendang kaleng") == "menendang(?:nya)? (?:(?:itu) )?kaleng"
    assert widen("(?:a|b) kaleng") == "(?:a|b) (?:(?:itu) )?kaleng"  # after a group: a filler, no clitic
    assert widen(r"\S+ kaleng") == r"\S+ kaleng"  # after a quantifier: as written
    assert widen(r"ke\w kaleng") == r"ke\w kaleng"  # \w is not a word's end
    assert widen("[a b]x") == "[a b]x"  # a space in a character class
    assert lexicon.widen_between_words("a b", [], []) == "a b"


def test_a_men_verbs_passive_comes_from_its_root():
    from qa_lint.stemming import stemmer

    stem = stemmer("id")
    assert lexicon.passive_form("menendang", stem) == "ditendang"  # the nasal hid the t
    assert lexicon.passive_form("mengambil", stem) == "diambil"
    assert lexicon.passive_form("memberikan", stem) == "diberikan"
    assert lexicon.passive_form("menguasai", stem) == "dikuasai"
    assert lexicon.passive_form("kaleng", stem) is None
    assert lexicon.with_passives("(?:menendang|tendang) kaleng", stem) == "(?:menendang|ditendang|tendang) kaleng"
    assert lexicon.with_passives("menendang kaleng", stem) == "(?:menendang|ditendang) kaleng"
    assert lexicon.with_passives(r"\bmenendang?", stem) == r"\bmenendang?"  # a quantifier: left alone
    assert lexicon.ber_verb("pertempuran", stem) == "bertempur" and lexicon.ber_verb("perjuangan", stem) == "berjuang"
    assert lexicon.ber_verb("perundingan", stem) is None  # per- + runding + -an is not the word
    assert lexicon.with_passives("(?:pertempuran|perang) naik(?= perusahaan)", stem, ber_verbs=True) == (
        "(?:pertempuran|bertempur|perang) naik(?= perusahaan)")  # the head only


@pytest.mark.parametrize("entries,where,message", [
    (ENTRY.replace("menendang kaleng", "menendang (kaleng"), (6, 15), "invalid regular expression"),
    (ENTRY.replace("    note: n\n", "    note: n\n    colour: red\n"), (10, 5), "unknown key 'colour'"),
    (ENTRY.replace("    proper: [menunda penyelesaian masalah]\n", ""), (5, 5), "'proper' is a required"),
    (ENTRY + ENTRY, (12, 13), "duplicate entry id 'kick-the-can-down-the-road' (first at line 5)"),
    (ENTRY.replace("[sampah]", "[{pattern: 'samp(ah'}]"), (10, 24), "invalid regular expression"),
])
def test_errors_name_the_data_file_line_and_column(tmp_path, entries, where, message):
    path = write_lexicon(tmp_path, entries)
    with pytest.raises(PackError) as info:
        lexicon.load_entries(path)
    error = info.value
    assert error.path == str(path) and (error.line, error.column) == where and message in error.message, str(error)


def test_a_pack_whose_lexicon_has_an_error_fails_with_the_data_files_position(tmp_path):
    write_lexicon(tmp_path, ENTRY.replace("menendang kaleng", "menendang (kaleng"))
    pack = write_pack(tmp_path)
    result = subprocess.run([sys.executable, "-m", "qa_lint", "rules", "validate", "--no-bundled", "--rules", str(pack)],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2
    assert f"{tmp_path / 'lex.yaml'}:6:15: invalid regular expression" in result.stderr


def test_lexicon_rule_checks_its_pack_keys(tmp_path):
    write_lexicon(tmp_path)
    pack = write_pack(tmp_path, "    examples: {bad: [x], good: [y]}\n")
    with pytest.raises(PackError, match="takes no examples"):
        packs.load([pack], include_bundled=False)
    pack.write_text(pack.read_text().replace("entries: lex.yaml", "entries: missing.yaml").replace("    examples: {bad: [x], good: [y]}\n", ""))
    with pytest.raises(PackError) as info:
        packs.load([pack], include_bundled=False)
    assert (info.value.line, info.value.column) == (6, 14) and "no such lexicon file" in info.value.message


# -- the rule type -----------------------------------------------------------------


def test_each_entry_is_a_rule_with_its_own_id_message_and_suggestion(tmp_path):
    write_lexicon(tmp_path)
    pset = packs.load([write_pack(tmp_path)], include_bundled=False)
    assert [r.id for r in pset.rules] == ["t.idiom.kick-the-can-down-the-road"]
    rule = pset.rules[0]
    assert rule.pack_path == str(tmp_path / "lex.yaml") and rule.line == 5
    found = list(pset.check(rule.id).run(doc("Lagi-lagi Kongres menendang kaleng ke jalan.")))
    assert [(f.rule, f.match, f.suggestions) for f in found] == [
        ("t.idiom.kick-the-can-down-the-road", "menendang kaleng ke jalan", ["menunda penyelesaian masalah"])]
    assert found[0].message == '"menendang kaleng ke jalan" is "kick the can down the road" word for word: say "menunda penyelesaian masalah"'
    assert not list(pset.check(rule.id).run(doc("Anak menendang kaleng di jalan dekat sampah.")))


def test_selecting_one_entry_runs_the_shared_check_and_ignoring_it_drops_it(tmp_path):
    write_lexicon(tmp_path)
    pset = packs.load([write_pack(tmp_path)], include_bundled=False)
    checks = pset.checks_for("id")
    text = doc("Kongres menendang kaleng di jalan.")
    assert [f.rule for f in engine.run(text, checks, engine.Selection(select=["t.idiom.kick-the-can-down-the-road"]))] == [
        "t.idiom.kick-the-can-down-the-road"]
    assert engine.run(text, checks, engine.Selection(ignore=["t.idiom.kick-the-can-down-the-road"])) == []
    overridden = engine.run(text, checks, engine.Selection(severity={"t.idiom.kick-the-can-down-the-road": "error"}))
    assert [f.severity for f in overridden] == ["error"]


def test_examples_run_per_entry_and_a_good_example_must_not_fire_any_entry(tmp_path):
    other = ENTRY.replace("kick the can down the road", "rule out").replace("menendang kaleng (?:\\S+ ){0,3}?jalan", "memerintah keluar")
    # The second entry's good example contains the first entry's literal rendering.
    other = other.replace("good: [Anak menendang kaleng di jalan dekat sampah.]", "good: [Kongres menendang kaleng di jalan.]")
    write_lexicon(tmp_path, ENTRY + other.replace("bad: [Kongres menendang kaleng di jalan.]", "bad: [Raja memerintah keluar.]"))
    pset = packs.load([write_pack(tmp_path)], include_bundled=False)
    results = {r.name: r for r in ruletest.run_all(pset)}
    assert results["t.idiom.kick-the-can-down-the-road:bad[0]"].ok
    assert results["t.idiom.rule-out:bad[0]"].ok
    failed = results["t.idiom.rule-out:good[0]"]
    assert not failed.ok and "t.idiom.kick-the-can-down-the-road" in failed.detail


def test_rules_explain_shows_an_entry_and_the_family(tmp_path):
    write_lexicon(tmp_path)
    pack = write_pack(tmp_path)
    run = lambda *a: subprocess.run([sys.executable, "-m", "qa_lint", "rules", "explain", *a, "--rules", str(pack)],  # noqa: E731
                                    capture_output=True, text=True, cwd=ROOT)
    one = run("t.idiom.kick-the-can-down-the-road")
    assert one.returncode == 0 and "Source (en): kick the can down the road" in one.stdout and "menunda penyelesaian masalah" in one.stdout
    family = run("t.idiom")
    assert family.returncode == 0 and "t.idiom.kick-the-can-down-the-road" in family.stdout and "1 rules" in family.stdout


def test_lexicon_schema_is_printed():
    result = subprocess.run([sys.executable, "-m", "qa_lint", "rules", "schema", "--lexicon"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0 and '"literal"' in result.stdout and '"entries"' in result.stdout


def test_round_four_source_patterns_take_objects_and_hyphens_and_pair_with_their_literal():
    """Bilingual mode finds an idiom whose English puts an object inside it or spells it
    with or without a hyphen, and pairs it with the word-for-word Indonesian."""
    entries = {e.id: e for e in lexicon.load_entries(IDIOMS)}
    pairs = [
        ("put-on-the-map", "The jazz festival put the small town on the map.", "Festival jazz itu menempatkan kota kecil tersebut di peta."),
        ("take-for-granted", "We must never take this peace for granted.", "Kita tidak boleh mengambil untuk diberikan perdamaian ini."),
        ("knock-on-effect", "Oil prices have knock on effects for food.", "Harga minyak punya efek ketukan pada pangan."),
        ("keep-ones-powder-dry", "The central bank kept its powder dry.", "Bank sentral menjaga bubuknya tetap kering."),
        ("throw-ones-weight-behind", "He threw his weight behind the candidate.", "Ia melemparkan bobotnya di belakang kandidat itu."),
    ]
    for entry_id, english, indonesian in pairs:
        entry = entries[entry_id]
        assert entry.search_source(english), entry_id
        assert entry.find_literal(indonesian), entry_id
    # The literal sense stays quiet: a finger on a real map, a leather ball in a game.
    assert not entries["put-on-the-map"].find_literal("Pemandu meletakkan jarinya di peta.")
    assert not entries["skin-in-the-game"].find_literal("Bola kulit dalam permainan itu diganti.")
    assert not entries["put-on-the-map"].search_source("She put the map on the table.")


# Placeholders of an entry's English, filled as a news sentence would fill them.
_FILLED = {"one's": "their", "someone's": "the minister's", "someone": "the minister", "oneself": "themselves"}
# Entries whose English pattern needs an object inside the idiom ("put the town on the map").
_OBJECT_INSIDE = {"on-the-table", "throw-under-the-bus", "put-on-the-map", "green-shoots"}


def test_every_idiom_is_found_in_english_as_its_entry_writes_it():
    """Bilingual mode reads the same entries: each entry's English expression, placeholders
    filled, is found by the entry's source pattern (derived or written)."""
    missed = []
    for entry in lexicon.load_entries(IDIOMS):
        if entry.id in _OBJECT_INSIDE:
            continue
        expression = " ".join(_FILLED.get(w.casefold(), w) for w in entry.source["en"][0].split())
        if not entry.search_source(f"Officials said that {expression} was the point."):
            missed.append(entry.id)
    assert missed == []


# English as news writes these idioms (inflected, plural, an object inside), and the
# word-for-word Indonesian of each: both sides must match for bilingual mode to flag it.
ROUND_SEVEN_PAIRS = [
    ("dodge-a-bullet", "With the merger cancelled, the company dodged a bullet.", "Dengan batalnya merger, perusahaan menghindari peluru."),
    ("take-ones-eye-off-the-ball", "The government took its eye off the ball on rice prices.", "Pemerintah mengalihkan mata dari bola soal harga beras."),
    ("the-odds-are-stacked-against", "The odds were stacked against the small party.", "Menurut analis, peluang ditumpuk melawan partai kecil itu."),
    ("take-by-storm", "The drama took the world by storm last month.", "Drama itu mengambil dunia dengan badai sejak bulan lalu."),
    ("battle-lines-are-drawn", "The battle lines have been drawn ahead of the vote.", "Garis pertempuran telah ditarik menjelang pemungutan suara."),
    ("chickens-come-home-to-roost", "The chickens have come home to roost for cheap debt.", "Ayam-ayam pulang untuk bertengger bagi utang murah itu."),
    ("grasp-at-straws", "The defence team is clutching at straws.", "Tim kuasa hukum terdakwa tampak menggenggam jerami."),
    ("with-ones-back-to-the-wall", "With their backs to the wall, the visitors attacked.", "Dengan punggung ke dinding, tim tamu menyerang."),
    ("bring-to-its-knees", "The pandemic brought the tourism industry to its knees.", "Pandemi membawa industri pariwisata ke lututnya."),
    ("against-the-clock", "Rescuers are racing against the clock to reach survivors.", "Tim penyelamat berpacu melawan jam untuk menjangkau korban."),
    ("burst-its-banks", "The Bekasi River burst its banks on Tuesday.", "Sungai Bekasi memecahkan tepiannya pada Selasa."),
    ("strike-while-the-iron-is-hot", "Investors should strike while the iron is hot.", "Investor sebaiknya memukul selagi besi masih panas."),
]


def test_round_seven_idioms_pair_their_english_with_their_literal_indonesian():
    entries = {e.id: e for e in lexicon.load_entries(IDIOMS)}
    for entry_id, english, indonesian in ROUND_SEVEN_PAIRS:
        entry = entries[entry_id]
        assert entry.search_source(english), entry_id
        assert entry.find_literal(indonesian), entry_id
    # The English of another sense stays quiet: a literal clock, a real bank of a company.
    assert not entries["against-the-clock"].search_source("The clock on the wall was broken.")
    assert not entries["burst-its-banks"].search_source("The crisis burst the bubble of its banks' profits.")


def test_bilingual_mode_flags_a_new_idiom_from_its_english_source(tmp_path):
    """End to end: the pair rule flags a literal rendering when the aligned English sentence
    has the idiom, even where the monolingual rule's context would keep quiet (a river)."""
    (tmp_path / "story.en.md").write_text("The Bekasi River burst its banks on Tuesday, flooding 300 homes.\n", encoding="utf-8")
    (tmp_path / "story.id.md").write_text("Sungai Bekasi memecahkan tepiannya pada Selasa dan merendam 300 rumah.\n", encoding="utf-8")
    result = Linter(Options()).lint_paths([tmp_path])
    rules = {f.rule for f in result.findings}
    assert "en-id.idiom.literal" in rules
