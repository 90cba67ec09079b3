"""Bilingual precision on free but faithful translation, and the recall mechanisms added
with it (docs/bilingual.md, "Tuning on the first held-out round"). Every case here is
written for this file; none is a held-out line."""


import pytest
from pair_util import findings, serious

from qa_lint.api import Linter, Options
from qa_lint.dictionary import Lexicon
from qa_lint.entities import LoanSpelling, abbreviates, definitions
from qa_lint.packs import bundled_rules_dir

DATA = bundled_rules_dir() / "en-id" / "data"


# -- names a free translation writes its own way ------------------------------------
@pytest.mark.parametrize("source, target", [
    # A long form defined with its short form, the short form used later for "the agency".
    ("The National Food Agency said rice stocks were sufficient. The agency will release 1 million tonnes.",
     "Badan Pangan Nasional (Bapanas) menyatakan stok beras mencukupi. Bapanas akan melepas 1 juta ton."),
    # A short form kept from the source after a translated long form.
    ("The Coral Triangle Initiative (CTI) met in Manado.", "Inisiatif Segitiga Terumbu Karang (CTI) bertemu di Manado."),
    # Loanword spellings: Pacific / Pasifik, Islands / Kepulauan by the dictionary.
    ("Leaders of the Pacific Islands Forum met in Tonga.", "Para pemimpin Forum Kepulauan Pasifik bertemu di Tonga."),
    # An Indonesian acronym for what the source says in words, no source name missing.
    ("PLN plans to build three solar power plants in Bali.", "PLN berencana membangun tiga PLTS di Bali."),
    # A time zone (CLDR metazone) is no name.
    ("The market opened at 9 a.m. local time.", "Pasar dibuka pukul 09.00 WIB."),
    # A translated name with a word the dictionary lacks: "Piala" of "Piala Asia".
    ("Japan won the Asian Cup in 2011.", "Jepang menjuarai Piala Asia pada 2011."),
    # An Indonesian state body by the English name the source gives it.
    ("Parliament passed the bill on Tuesday.", "DPR mengesahkan RUU itu pada Selasa."),
])
def test_faithful_free_renderings_of_names_stay_quiet(linter, source, target):
    assert serious(findings(linter, source, target, "en-id.")) == []


def test_an_unknown_acronym_standing_where_a_source_name_went_missing_is_reported(linter):
    found = serious(findings(linter, '"We need action now," said Greenpeace.', '"Kami butuh tindakan sekarang," kata WALHI.', "en-id.entity"))
    assert ("en-id.entity.added", "WALHI") in found
    assert any(rule == "en-id.entity.missing" for rule, _ in found)


def test_two_names_with_different_short_forms_are_not_one_name(linter):
    found = serious(findings(linter, "Rizal of the Institute for Policy Studies (IPS) said the plan was sound.",
                             "Rizal dari Lembaga Kajian Strategis (LKS) menilai rencana itu tepat.", "en-id.entity"))
    assert any(rule == "en-id.entity.missing" for rule, _ in found)


def test_a_place_word_does_not_account_for_a_different_place():
    """'Barat' renders 'West', but 'Benggala Barat' is a place the source does not name (only
    the pair rules: id.mt.west-bengal would report the same text first)."""
    only_entities = Linter(Options(select=["en-id.entity"]))
    found = serious(findings(only_entities, "Putin also raised the issue of the West firing these weapons at targets on Russian soil.",
                             "Putin juga mengangkat isu bahwa Benggala Barat menembakkan senjata ke sasaran di tanah Rusia.", "en-id.entity"))
    assert found


def test_definitions_and_abbreviations():
    connectors = {"dan", "yang", "untuk", "of", "for", "and", "the"}
    text = "Menurut Badan Meteorologi, Klimatologi, dan Geofisika (BMKG), hujan turun. Kejaksaan Agung (Kejagung) menahan dua orang."
    found = {d.short: (d.words, d.initials_match) for d in definitions(text, connectors)}
    assert found["BMKG"] == (["Badan", "Meteorologi", "Klimatologi", "dan", "Geofisika"], True)
    assert found["Kejagung"] == (["Kejaksaan", "Agung"], True)  # a syllabic short form
    assert not abbreviates("BNPB", ["Badan", "Pusat", "Statistik"], connectors)


def test_loanword_spelling_is_strict_enough_for_names():
    import yaml

    loans = LoanSpelling(yaml.safe_load((DATA / "entities.yaml").read_text(encoding="utf-8"))["loan_spelling"])
    assert loans.cognate("Transition", "Transisi") and loans.cognate("Pacific", "Pasifik") and loans.cognate("national", "nasional")
    assert loans.cognate("economic", "perekonomian")  # a derivation
    assert not loans.cognate("Lavrov", "Lavrenov")  # a misspelt name stays a misspelt name


# -- inherited problems ---------------------------------------------------------------
def test_a_vague_source_the_source_shares_is_info_and_says_so(linter):
    found = findings(linter, "Analysts said the ruling could delay the project.", "Para analis mengatakan putusan itu bisa menunda proyek.", "id.sourcing")
    assert [f.severity for f in found] == ["info"]
    assert 'the source says so too: "Analysts said"' in found[0].message
    assert found[0].related[0].path == "<source>"


def test_a_vague_source_the_translation_made_vaguer_stays_a_warning(linter):
    found = findings(linter, "Analysts at Bank Mandiri said the ruling could delay the project.",
                     "Para analis mengatakan putusan itu bisa menunda proyek.", "id.sourcing")
    assert [f.severity for f in found] == ["warning"]


def test_inheritance_can_be_switched_off_by_category(tmp_path):
    (tmp_path / ".qa-lint.yaml").write_text("bilingual:\n  inherit: []\n", encoding="utf-8")
    (tmp_path / "story.txt").write_text("Para analis mengatakan putusan itu bisa menunda proyek.\n", encoding="utf-8")
    (tmp_path / "story.source-en.txt").write_text("Analysts said the ruling could delay the project.\n", encoding="utf-8")
    made = Linter(Options(config=str(tmp_path / ".qa-lint.yaml")))
    try:
        result = made.lint_file(tmp_path / "story.txt")
    finally:
        made.close()
    assert [f.severity for f in result.findings if f.rule.startswith("id.sourcing")] == ["warning"]


# -- numbers -------------------------------------------------------------------------
@pytest.mark.parametrize("source, target, expected", [
    ("Growth is seen at 4.9% to 5.3% this year.", "Pertumbuhan diperkirakan 4,9%-5,3% tahun ini.", []),
    ("The quake struck at 0412 GMT.", "Gempa terjadi pukul 04.12 GMT.", []),
    ("Inflation was 1.57% in May.", "Inflasi tercatat 1,6% pada Mei.", []),  # a rounding
    ("The dam was completed in 2017.", "Bendungan itu selesai pada 2019.", [("en-id.numbers.changed", "2019")]),
    ("The river rose 5 centimetres an hour.", "Sungai naik 5 milimeter per jam.", [("en-id.numbers.unit", "5 milimeter")]),
])
def test_numbers(linter, source, target, expected):
    assert serious(findings(linter, source, target, "en-id.")) == expected


# -- a partly untranslated sentence ------------------------------------------------------
def test_a_clause_left_in_english_is_untranslated(linter):
    found = serious(findings(linter, "On Monday several dock workers' unions at Tanjung Priok and Belawan have threatened to strike over the new labour rules.",
                             "Pada Senin sejumlah serikat pekerja pelabuhan di Tanjung Priok dan Belawan have threatened to strike over the new labour rules.",
                             "en-id.untranslated"))
    assert found == [("en-id.untranslated", "have threatened to strike over the new labour rules")]


# -- speed -----------------------------------------------------------------------------
def test_wordnet_rows_are_parsed_only_when_asked_for():
    lexicon = Lexicon.load(DATA / "freedict-eng-ind.jsonl", DATA / "morphology.yaml", "en", "id", DATA / "wordnet-en.jsonl")
    rows = lexicon.similar_pos.rows
    assert len(rows.lines) + len(rows.parsed) > 50_000
    before = len(rows.parsed)
    assert "close" in lexicon.antonyms("open") and ("open", "a") in lexicon.antonyms_pos
    assert len(rows.parsed) <= before + 3  # only the rows asked about were parsed
    assert lexicon.irregular.get("fell") == {("fall", "v")}
