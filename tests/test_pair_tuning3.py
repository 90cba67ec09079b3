"""Bilingual precision mechanisms added when tuning on the third en-id round
(docs/bilingual.md, "Tuning on the third held-out round"). Every case here is written
for this file; none is a held-out line."""

import pytest
from pair_util import findings, serious


# -- negation ------------------------------------------------------------------------
@pytest.mark.parametrize("source, target", [
    # Litotes: the negator of a fixed phrase says something positive.
    ("The ferry left shortly after noon.", "Kapal feri itu berangkat tak lama setelah tengah hari."),
    ("The driver was shaken but fine, police said.", "Sopir itu terguncang tetapi tidak apa-apa, kata polisi."),
    ("Many residents stayed home.", "Tidak sedikit warga yang bertahan di rumah."),
    # An exclusion in the source rendered with "tidak".
    ("The goalkeeper was left out of the squad for the final.", "Kiper itu tidak masuk skuad untuk laga final."),
    ("Fuel costs were excluded from the estimate.", "Biaya bahan bakar tidak termasuk dalam perkiraan itu."),
])
def test_negations_that_render_the_source_stay_quiet(linter, source, target):
    assert not findings(linter, source, target, "en-id.negation.added")


@pytest.mark.parametrize("source, target", [
    ("The ferry left after noon.", "Kapal feri itu tidak berangkat setelah tengah hari."),
    # A litotes phrase does not hide a real negation beside it.
    ("The ferry left shortly after noon.", "Tak lama setelah tengah hari, kapal feri itu tidak berangkat."),
    ("The goalkeeper was named in the squad.", "Kiper itu tidak masuk skuad."),
])
def test_negations_the_source_lacks_are_still_reported(linter, source, target):
    assert [f.match for f in findings(linter, source, target, "en-id.negation.added")] == ["tidak"]


# -- classifiers ---------------------------------------------------------------------
@pytest.mark.parametrize("source, target", [
    # The noun a source adjective relates to (the dictionary: "corporate", relating to a corporation).
    ("The bill raises corporate profits tax.", "RUU itu menaikkan pajak keuntungan perusahaan."),
    # A common noun the dictionary lacks, describing a name: classifier plus description.
    ("Shares of insurer Allianz fell.", "Saham perusahaan asuransi Allianz turun."),
    # An agent noun of business with no name after it (en-id-round4).
    ("Insurers in Canada paid out a record C$4.1 billion.", "Perusahaan asuransi di Kanada membayar rekor 4,1 miliar dolar Kanada."),
])
def test_classifiers_that_translate_a_source_noun_stay_quiet(linter, source, target):
    assert not findings(linter, source, target, "en-id.addition.classifier")


@pytest.mark.parametrize("source, target", [
    ("He visited his friend Kim on Monday.", "Ia mengunjungi negara teman Kim pada Senin."),
    # The described name is another one than the classifier's. (With "insurer" in the source
    # the classifier counts as its rendering, "perusahaan asuransi": a sentence-level account.)
    ("Prices at Allianz rose while Siemens fell.", "Harga di Allianz naik sementara perusahaan mobil Siemens turun."),
])
def test_classifiers_that_translate_nothing_are_still_reported(linter, source, target):
    assert [f.match for f in findings(linter, source, target, "en-id.addition.classifier")] in (["negara"], ["perusahaan"])


# -- vague groups ----------------------------------------------------------------------
def test_a_group_spoken_to_carries_no_claim(linter):
    source = "The finance chief told analysts that supply would stay tight."
    target = "Direktur keuangan itu mengatakan kepada para analis bahwa pasokan akan tetap ketat."
    assert not findings(linter, source, target, "id.sourcing.vague-group")


def test_a_group_that_speaks_is_still_reported(linter):
    source = "The finance chief told reporters that analysts at Bank Mandiri expect tight supply."
    target = "Direktur keuangan itu mengatakan kepada wartawan bahwa para analis memperkirakan pasokan ketat."
    assert serious(findings(linter, source, target, "id.sourcing.vague-group")) == [("id.sourcing.vague-group", "para analis")]


# -- attribution -----------------------------------------------------------------------
@pytest.mark.parametrize("target", [
    "Regulator itu mendenda bank tersebut karena gagal membayar iurannya, demikian disampaikan lembaga itu.",
    "Regulator itu mendenda bank tersebut karena gagal membayar iurannya, demikian pernyataan lembaga itu.",
    "Seperti dikatakan lembaga itu, regulator mendenda bank tersebut karena gagal membayar iurannya.",
])
def test_the_indonesian_closing_attribution_formula_keeps_the_holder(linter, target):
    source = "The regulator fined the bank for failing to pay its fees, the agency said."
    assert not findings(linter, source, target, "en-id.attribution.dropped")


def test_a_sentence_without_the_formula_still_drops_the_holder(linter):
    source = "The regulator fined the bank for failing to pay its fees, the agency said."
    target = "Regulator itu mendenda bank tersebut karena gagal membayar iurannya, demikian pula bank lain."
    assert [f.rule for f in findings(linter, source, target, "en-id.attribution.dropped")] == ["en-id.attribution.dropped"]


# -- antonyms --------------------------------------------------------------------------
def test_a_measure_with_se_is_no_antonym(linter):
    source = "Shortly after noon, waves of 2 metres hit the pier."
    target = "Tak lama setelah tengah hari, ombak setinggi 2 meter menghantam dermaga."
    assert not findings(linter, source, target, "en-id.sense.antonym")


def test_the_same_adjective_as_a_modifier_is_still_an_antonym(linter):
    source = "The short wall collapsed after noon."
    target = "Tembok tinggi itu runtuh setelah tengah hari."
    assert [f.match for f in findings(linter, source, target, "en-id.sense.antonym")] == ["tinggi"]


# -- sense renderings --------------------------------------------------------------------
def test_a_rendering_beside_the_words_of_its_own_sense_is_faithful(linter):
    # id.mt.bill-tagihan's forbid_any (listrik, air, rumah sakit ...) marks the invoice sense.
    source = "Lawmakers said the plan could raise electricity bills for poor households."
    target = "Anggota parlemen mengatakan rencana itu dapat menaikkan tagihan listrik rumah tangga miskin."
    assert not findings(linter, source, target, "en-id.sense.rendering")


def test_the_rendering_in_the_other_sense_is_still_reported(linter):
    # No legislative context: the monolingual rule stays quiet, the source's "bill" decides.
    source = "The bill could raise costs for 9 million people."
    target = "Tagihan itu dapat menaikkan biaya bagi 9 juta orang."
    assert [f.match for f in findings(linter, source, target, "en-id.sense.rendering")] == ["Tagihan"]


# -- names -----------------------------------------------------------------------------
def test_a_word_of_the_story_countrys_language_is_no_added_name(linter):
    source = "Fans queued outside the stadium in Osaka, Japan, for the final of the sumo tournament."
    target = "Para penggemar mengantre di luar stadion di Osaka, Jepang, untuk final turnamen sumo Hakuhokai."
    assert not findings(linter, source, target, "en-id.entity.added")


@pytest.mark.parametrize("source, target", [
    # The same word in a story that names no place of Japan.
    ("Fans queued outside the stadium for the final of the sumo tournament.",
     "Para penggemar mengantre di luar stadion untuk final turnamen sumo Hakuhokai."),
    # A name that does not fit Japanese syllables, in a Japanese story.
    ("Fans queued outside the stadium in Osaka, Japan, for the final.",
     "Para penggemar mengantre di luar stadion di Osaka, Jepang, untuk final Pakistan."),
])
def test_added_names_are_still_reported(linter, source, target):
    assert [f.rule for f in findings(linter, source, target, "en-id.entity.added")] == ["en-id.entity.added"]


# -- sentences and omission ------------------------------------------------------------
def test_a_parenthesis_after_a_m_continues_the_sentence():
    from qa_lint.segment import sentences
    from qa_lint.span import Span

    text = "It struck at 10:42 a.m. (0142 GMT) on Saturday, the agency said. It ended at 9 a.m. (Nobody was hurt.)"
    found = [text[s.start : s.end] for s in sentences(text, Span(0, len(text)))]
    assert found == ["It struck at 10:42 a.m. (0142 GMT) on Saturday, the agency said.", "It ended at 9 a.m.", "(Nobody was hurt.)"]


_QUAKE = ("MANILA, Oct 3 - A magnitude 6.1 earthquake struck off the coast of the southern Philippines at 8:20 a.m. "
          "(0020 GMT) on Friday, triggering landslides in two villages but causing no deaths, the national seismology "
          "institute said.")


def test_a_time_conversion_left_out_is_no_omitted_sentence(linter):
    target = ("MANILA, 3 Oktober - Gempa bermagnitudo 6,1 mengguncang lepas pantai Filipina selatan pada Jumat pukul "
              "07.20 WIB, memicu tanah longsor di dua desa tetapi tidak menimbulkan korban jiwa, kata lembaga "
              "seismologi nasional.")
    assert not findings(linter, _QUAKE, target, "en-id.omission")


def test_a_sentence_left_out_is_still_reported(linter):
    source = _QUAKE + " Landslides buried two villages in the mountains of Mindanao and killed at least four farmers."
    target = ("MANILA, 3 Oktober - Gempa bermagnitudo 6,1 mengguncang lepas pantai Filipina selatan pada Jumat pukul "
              "07.20 WIB, memicu tanah longsor di dua desa tetapi tidak menimbulkan korban jiwa, kata lembaga "
              "seismologi nasional.")
    assert "en-id.omission.sentence" in [f.rule for f in findings(linter, source, target, "en-id.omission")]
