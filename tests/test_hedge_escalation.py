"""hedge-escalation: a hedged claim in the headline or lead, restated later as fact."""

import textwrap

import pytest

from qa_lint import packs
from qa_lint.api import Linter
from qa_lint.readers import read_text

from conftest import FIXTURES

ID_RULE = "id.sourcing.hedge-escalation"
EN_RULE = "en.sourcing.hedge-escalation"


@pytest.fixture(scope="module")
def pset():
    return packs.load()


def run(pset, rule_id, text, fmt="txt", meta=None):
    doc = read_text(text, "<test>", fmt)
    doc.metadata.update(meta or {})
    return list(pset.check(rule_id).run(doc))


def test_seed_line_3_is_reported_with_line_1_related(linter):
    result = linter.lint_file(FIXTURES / "tribunnews-putin-korut.txt")
    found = [f for f in result.findings if f.rule == ID_RULE]
    # Line 23 ("akan mempersenjatai", annotated as an overstatement) may be reported too.
    assert 3 in [f.line for f in found] and set(f.line for f in found) <= {3, 23}
    found = [f for f in found if f.line == 3]
    assert found[0].match == "merupakan"
    assert found[0].severity == "warning" and found[0].category == "unsupported-assertion"
    assert [r.line for r in found[0].related] == [1]
    assert "kemungkinan" in found[0].related[0].message


def test_headline_in_front_matter_is_the_hedge(pset):
    text = textwrap.dedent("""\
        ---
        title: Tersangka Diduga Anggota Jaringan Penipuan Daring Internasional
        ---

        Polisi menangkap seorang pria di Batam, Selasa.

        Tersangka merupakan anggota jaringan penipuan daring internasional.
        """)
    found = run(pset, ID_RULE, text, fmt="md")
    assert len(found) == 1 and found[0].line == 7
    assert "headline" in found[0].message
    assert found[0].related and found[0].related[0].line == 2
    # The police saying so is an attributed update, not the newsroom's escalation.
    attributed = text.replace("Tersangka merupakan", "Polisi menyebut tersangka merupakan")
    assert run(pset, ID_RULE, attributed, fmt="md") == []


def test_certain_words_inside_a_quotation_are_the_speakers(pset):
    text = 'Polisi menduga pelaku kabur ke Bandung. "Pelaku sudah kabur ke Bandung sejak Senin," kata saksi.'
    assert run(pset, ID_RULE, text) == []


def test_negated_statement_is_not_an_escalation(pset):
    text = "Korea Utara diduga menerima senjata dari Rusia. Kremlin menyatakan Korea Utara bukan penerima senjata Rusia."
    assert run(pset, ID_RULE, text) == []
    text = "Moscow may supply weapons to North Korea. The Kremlin said North Korea is not receiving Russian weapons."
    assert run(pset, EN_RULE, text) == []


def test_a_sentence_that_is_itself_hedged_is_not_reported(pset):
    text = "Moskow kemungkinan akan memasok senjata ke Korea Utara. Korea Utara diduga telah menerima senjata Rusia."
    assert run(pset, ID_RULE, text) == []


def test_a_disputed_claim_is_not_stated_as_fact(pset):
    text = ("Moskow kemungkinan akan memasok senjata ke Korea Utara. Amerika Serikat mengklaim Korea Utara telah "
            "memasok peluru kepada Rusia, klaim yang dibantah Moskow.")
    assert run(pset, ID_RULE, text) == []


def test_another_actor_doing_the_same_thing_is_another_claim(pset):
    text = ("Bank Indonesia kemungkinan akan mempertahankan suku bunga acuan pekan depan. Inflasi tercatat 2,8 persen. "
            "Bank sentral AS telah mempertahankan suku bunganya sejak Juli.")
    assert run(pset, ID_RULE, text) == []
    # The same actor: reported.
    text = ("Bank Indonesia kemungkinan akan mempertahankan suku bunga acuan pekan depan. Inflasi tercatat 2,8 persen. "
            "Bank Indonesia telah mempertahankan suku bunga acuan di level 6,25 persen.")
    assert [f.match for f in run(pset, ID_RULE, text)] == ["telah"]


def test_a_later_hedge_is_settled_only_by_a_sourced_update(pset):
    lead = "Banjir merendam Semarang, Rabu. Ribuan warga mengungsi. Jalan tol ditutup. "
    hedge = "Kereta Argo Bromo kemungkinan akan dialihkan melalui jalur selatan, kata PT KAI. "
    # After the lead, an update that names who confirms it is news ...
    sourced = "Kereta Argo Bromo telah dialihkan melalui jalur selatan sejak pagi, kata juru bicara PT KAI."
    assert run(pset, ID_RULE, lead + hedge + sourced) == []
    # ... the same update on nobody's word is the hedge dropped.
    unsourced = "Kereta Argo Bromo telah dialihkan melalui jalur selatan sejak pagi."
    assert [f.match for f in run(pset, ID_RULE, lead + hedge + unsourced)] == ["telah"]
    # In the lead, the speaker who hedged now stating it with nothing new is the escalation
    # (the seed: Putin hedged, then "merupakan") ...
    same_speaker = "Kereta Argo Bromo telah dialihkan melalui jalur selatan, kata PT KAI."
    assert len(run(pset, ID_RULE, hedge + same_speaker)) == 1
    # ... an update anchored in time ("sejak pagi") is news, as is another speaker's word.
    assert run(pset, ID_RULE, hedge + sourced) == []
    other = "Kereta Argo Bromo telah dialihkan melalui jalur selatan, kata Kepala Daop Semarang Wisnu Pramudyo."
    assert run(pset, ID_RULE, hedge + other) == []


def test_affixed_forms_count_as_the_same_word(pset):
    # "pangkas"/"memangkas" (the hedged verb), "bunga"/"bunganya".
    text = "The Fed diprediksi pangkas suku bunga lagi. Rupiah menguat. The Fed akan kembali memangkas suku bunganya."
    found = run(pset, ID_RULE, text)
    assert [f.match for f in found] == ["akan"]


def test_indonesian_plain_restatement_without_a_certainty_word(pset):
    text = ("Pemerintah Inggris dikabarkan akan menaikkan pajak penghasilan dalam anggaran musim gugur. "
            "Kanselir Rachel Reeves menaikkan tarif pajak penghasilan sebesar dua poin.")
    found = run(pset, ID_RULE, text)
    assert [f.match for f in found] == ["menaikkan"]
    # Its noun ("kenaikan pajak") is not the verb restated.
    text = ("Pemerintah Inggris dikabarkan akan menaikkan pajak penghasilan. "
            "Menurut Reeves, kenaikan pajak penghasilan diperlukan untuk menutup lubang anggaran.")
    assert run(pset, ID_RULE, text) == []


def test_english_lead_may_then_is(pset):
    text = ("Putin said Moscow may supply weapons to North Korea. The pact was signed on Wednesday. "
            "Moscow is supplying North Korea with advanced weapons under the treaty.")
    found = run(pset, EN_RULE, text)
    assert [f.match for f in found] == ["is"]
    assert found[0].related[0].line == 1


def test_shared_names_alone_are_not_the_same_claim(pset):
    text = ("Presiden Rusia Vladimir Putin mengatakan Moskow kemungkinan akan memasok senjata ke Korea Utara. "
            "Putin mengatakan kerja samanya dengan Korea Utara akan menghalangi Barat.")
    assert run(pset, ID_RULE, text) == []


def write_pack(tmp_path, body: str):
    (tmp_path / "p.yaml").write_text(textwrap.dedent(body), encoding="utf-8")
    return tmp_path


def test_options_are_validated_with_their_position(tmp_path):
    write_pack(tmp_path, """\
        pack: t
        language: id
        rules:
          - id: t.hedge
            type: hedge-escalation
            severity: warning
            category: unsupported-assertion
            message: x
            hedge_cues: [mungkin]
            certainty_cues: [adalah]
            similarity: 150
            examples: {bad: [a], good: [b]}
        """)
    with pytest.raises(packs.PackError) as err:
        packs.load([tmp_path], include_bundled=False)
    assert err.value.line == 11 and "similarity" in err.value.message


def test_missing_stopwords_file_is_a_pack_error(tmp_path):
    write_pack(tmp_path, """\
        pack: t
        language: id
        rules:
          - id: t.hedge
            type: hedge-escalation
            severity: warning
            category: unsupported-assertion
            message: x
            hedge_cues: [mungkin]
            certainty_cues: [adalah]
            stopwords_file: data/nope.yaml
            examples: {bad: [a], good: [b]}
        """)
    with pytest.raises(packs.PackError) as err:
        packs.load([tmp_path], include_bundled=False)
    assert "t.hedge" in str(err.value)


def test_morphology_sees_one_verb_in_its_forms_but_not_its_noun():
    from qa_lint.checks.hedging.words import Morphology

    id_forms = Morphology.from_options({
        "verb_prefixes": ["mem>p", "men>t", "me", "di"],
        "verb_suffixes": ["kan"],
        "noun_forms": ["ke...an"],
    })
    assert id_forms.same_verb("naik", "menaikkan")
    assert id_forms.same_verb("pasok", "memasok")
    assert id_forms.same_verb("dipasok", "memasok")
    assert not id_forms.same_verb("naik", "kenaikan")
    assert not id_forms.same_verb("memasok", "menembak")
    en_forms = Morphology.from_options({"verb_suffixes": ["ies>y", "ied>y", "s", "ed", "ing"]})
    assert en_forms.same_verb("supply", "supplied") and en_forms.same_verb("supplies", "supplying")
    assert not en_forms.same_verb("supply", "support")


def test_a_dated_plain_statement_reports_an_event(pset):
    # The headline predicts another cut; the body reports the cut that happened on a given day.
    text = "The Fed memangkas suku bunga acuan 25 basis poin dalam rapat Rabu (17/9/2025) waktu Washington."
    assert run(pset, ID_RULE, text, meta={"title": "The Fed Diprediksi Pangkas Suku Bunga Lagi"}) == []
    undated = "The Fed memangkas suku bunga acuan 25 basis poin."
    assert [f.match for f in run(pset, ID_RULE, undated, meta={"title": "The Fed Diprediksi Pangkas Suku Bunga Lagi"})] == ["memangkas"]


# -- meaning, not wording (issue 11) -------------------------------------------

@pytest.mark.parametrize("later,match", [
    # another verb form of the hedged verb, and its noun
    ("Rudal balistik itu dipasok melalui pelabuhan Rajin di Korea Utara.", "dipasok"),
    ("Pasokan rudal balistik Rusia tiba di Korea Utara lewat pelabuhan Rajin.", "Pasokan"),
    # the claim taken as given in a premise
    ("Ribuan warga mengungsi karena Moskow memasok rudal ke Korea Utara.", "memasok"),
])
def test_indonesian_restatement_in_another_form(pset, later, match):
    text = "Moskow kemungkinan akan memasok rudal balistik ke Korea Utara. Harga minyak naik. " + later
    assert [f.match for f in run(pset, ID_RULE, text)] == [match]


@pytest.mark.parametrize("later", [
    "Ribuan warga mengungsi karena tanggul Sungai Wulan jebol.",
    "Akibat jebolnya tanggul Sungai Wulan, ribuan warga mengungsi.",
    "Tanggul Sungai Wulan jebol sehingga ribuan rumah terendam.",
])
def test_indonesian_premise_restates_the_hedge(pset, later):
    text = "Tanggul Sungai Wulan diduga jebol setelah hujan deras. Jalan desa terputus. " + later
    found = run(pset, ID_RULE, text)
    assert len(found) == 1 and found[0].match.casefold().startswith("jebol"), found
    assert found[0].related[0].line == 1


@pytest.mark.parametrize("later", [
    "Thousands of residents fled because the Brantas levee failed.",
    "After the Brantas levee failed, thousands of residents fled.",
    "The failure of the Brantas levee led to flooding in three villages.",
])
def test_english_premise_and_nominalisation_restate_the_hedge(pset, later):
    text = "The Brantas levee may have failed after days of heavy rain. Roads were closed. " + later
    found = run(pset, EN_RULE, text)
    assert len(found) == 1 and found[0].match.casefold().startswith("fail"), found


def test_an_accusation_restated_without_its_accuser(pset):
    text = ("Menurut polisi, Budi diduga menyuap pejabat dinas perhubungan. Sidang digelar pekan depan. "
            "Budi menyuap pejabat dinas perhubungan agar memenangi tender.")
    assert [f.match for f in run(pset, ID_RULE, text)] == ["menyuap"]
    text = ("Kyiv accused Moscow of shelling the Zaporizhzhia nuclear plant. Moscow denied it. "
            "Moscow shelled the Zaporizhzhia nuclear plant again, cutting power to the region.")
    assert [f.match for f in run(pset, EN_RULE, text)] == ["shelled"]
    # Restated with its accuser, it is still the accuser's claim.
    text = ("Kyiv accused Moscow of shelling the Zaporizhzhia nuclear plant. Moscow denied it. "
            "Moscow shelled the Zaporizhzhia nuclear plant again, Ukrainian officials said.")
    assert run(pset, EN_RULE, text) == []


@pytest.mark.parametrize("rule,text", [
    # attributed updates
    (ID_RULE, "Tanggul Sungai Wulan diduga jebol. Warga mengungsi karena tanggul Sungai Wulan jebol, kata polisi."),
    (ID_RULE, "Tanggul Sungai Wulan diduga jebol. Menurut BPBD, warga mengungsi karena tanggul Sungai Wulan jebol."),
    (EN_RULE, "The Brantas levee may have failed. Residents fled because the Brantas levee failed, police said."),
    # decided events and counts
    (ID_RULE, "Jumlah kasus demam berdarah diperkirakan akan naik. Jumlah kasus demam berdarah telah naik 40 persen dalam tujuh hari terakhir."),
    (EN_RULE, "Dengue cases are expected to rise. Dengue cases have risen by 40% in the last seven days."),
    (ID_RULE, "DPR kemungkinan akan mengesahkan RUU Penyiaran. DPR telah mengesahkan RUU Penyiaran dengan 310 suara."),
    (EN_RULE, "The Senate could pass the budget bill. The Senate passed the budget bill, which voted 51-49 in its favour."),
    # a later sentence that hedges itself
    (ID_RULE, "Tanggul Sungai Wulan diduga jebol. Warga mengungsi karena tanggul Sungai Wulan kemungkinan jebol."),
    (EN_RULE, "The Brantas levee may have failed. Residents fled because the Brantas levee might have failed."),
    # negated restatements
    (ID_RULE, "Tanggul Sungai Wulan diduga jebol. Warga tetap bertahan karena tanggul Sungai Wulan tidak jebol."),
    (EN_RULE, "The Brantas levee may have failed. Residents stayed because the Brantas levee had not failed."),
    # questions
    (ID_RULE, "Tanggul Sungai Wulan diduga jebol. Apakah warga mengungsi karena tanggul Sungai Wulan jebol?"),
    (EN_RULE, "The Brantas levee may have failed. Did residents flee because the Brantas levee failed?"),
])
def test_quiet_cases(pset, rule, text):
    assert run(pset, rule, text) == []


def test_the_last_time_it_was_done_is_an_earlier_event(pset):
    """hedges-round12 bi-suku-bunga-oktober 11: "terakhir <verb> ... pada <time>" dates an earlier
    occurrence, not the forecast one; the same sentence without "terakhir" still states the forecast."""
    hedge = "Bank sentral diperkirakan akan menurunkan suku bunga acuan pada rapat pekan depan. Inflasi melambat. "
    assert run(pset, ID_RULE, hedge + "Bank sentral terakhir menurunkan suku bunga acuan pada Juni.") == []
    assert run(pset, ID_RULE, hedge + "Gunung Merapi terakhir kali meletus pada Maret.") == []
    assert [f.match for f in run(pset, ID_RULE, hedge + "Bank sentral menurunkan suku bunga acuan pada rapat pekan ini.")] \
        == ["menurunkan"]
    # "untuk terakhir kalinya" is this time, the last: no earlier event.
    later = "Bank sentral menurunkan suku bunga acuan untuk terakhir kalinya pada rapat pekan ini."
    assert [f.match for f in run(pset, ID_RULE, hedge + later)] == ["menurunkan"]


def test_stems_see_one_claim_in_its_forms():
    from qa_lint.stemming import stemmer

    stem_id, stem_en = stemmer("id"), stemmer("en")
    assert stem_id("memasok") == stem_id("pasokan") == stem_id("dipasok") == "pasok"
    assert stem_id("memangkas") == stem_id("pangkas") == stem_id("pemangkasan")
    assert stem_id("mempertahankan") != stem_id("menahan")
    assert stem_en("supplied") == stem_en("supplies") == stem_en("supply")
    assert stem_en("failure") == stem_en("failed") == stem_en("fail")
    assert stem_en("supply") != stem_en("support")


def _many_stories(count: int) -> str:
    """``count`` short stories, each a hedged lead and a later sentence on its own topic."""
    def word(n: int, base: str) -> str:
        letters = ""
        while True:
            n, r = divmod(n, 20)
            letters += "bcdfghjklmnprstvwxyz"[r]
            if not n:
                return base + letters
    parts = []
    for n in range(count):
        thing, place = word(n, "barang"), word(n, "kota")
        parts.append(f"Pabrik {thing} kemungkinan akan dibangun di {place}. Warga {place} menyambut rencana itu.")
    return "\n\n".join(parts)


def test_each_sentence_is_compared_only_with_claims_that_share_a_stem(pset):
    check = pset.check(ID_RULE)
    counts = []
    for stories in (50, 100, 200):
        doc = read_text(_many_stories(stories), "<test>", "txt")
        list(check.run(doc))
        counts.append(check.comparisons)
    # Every hedge after the lead counts, so all claims are held; comparing each later sentence
    # with every claim would grow with the square of the length. Indexed, it grows linearly.
    assert counts[1] <= 2 * counts[0] + 2 and counts[2] <= 2 * counts[1] + 2, counts
    assert counts[2] <= 200, counts


# -- issue 11, tuning round 2: presuppositions, headlines, feared premises ----------------------

def test_a_phrase_closed_by_a_demonstrative_presupposes_the_hedged_claim(pset):
    text = ("Jembatan gantung di Desa Karangsari diduga retak akibat getaran truk tambang. "
            "Kepala desa mengatakan pemeriksaan masih berlangsung. "
            "Retaknya jembatan itu membuat warga memutar sejauh tiga kilometer.")
    found = run(pset, ID_RULE, text)
    assert [f.match for f in found] == ["Retaknya"]
    assert found[0].related and "diduga" in found[0].related[0].message
    # Attributed, the crack is still presupposed: the policy of issue 11 is that a phrase lets the
    # hedged claim pass as settled whoever speaks (the village head says what it caused, not that
    # the bridge cracked). The phrase that only points at a place is no restatement.
    assert [f.match for f in run(pset, ID_RULE, text.replace("kilometer.", "kilometer, kata kepala desa."))] == ["Retaknya"]
    # ... unless the speaker confirms it or leaves it open: news, not the claim let pass.
    assert run(pset, ID_RULE, text.replace("Retaknya jembatan itu membuat", "Kepala desa memastikan retaknya jembatan itu membuat")) == []
    assert run(pset, ID_RULE, text.replace("kilometer.", "kilometer, kata kepala desa, yang masih menunggu hasil pemeriksaan.")) == []
    pointing = text.replace("Retaknya jembatan itu membuat", "Truk dari tambang tersebut membuat")
    assert run(pset, ID_RULE, pointing) == []


def test_a_relative_clause_presupposes_the_hedged_claim(pset):
    text = ("Dua nelayan dikhawatirkan hanyut saat badai menerjang Teluk Bayur. "
            "Perahu nelayan yang hanyut itu ditemukan terbalik di dekat muara.")
    assert [f.match for f in run(pset, ID_RULE, text)] == ["hanyut"]
    negated = text.replace("Perahu nelayan yang hanyut itu ditemukan", "Perahu nelayan yang tidak hanyut itu ditemukan")
    assert run(pset, ID_RULE, negated) == []


def test_a_premise_of_two_governed_words_is_taken_as_given(pset):
    text = ("Longsor di jalur Puncak diduga dipicu ambrolnya dinding penahan tebing. "
            "Karena dinding penahan ambrol, jalur itu ditutup bagi kendaraan.")
    assert [f.match for f in run(pset, ID_RULE, text)] == ["ambrol"]


def test_a_feared_premise_is_not_taken_as_given(pset):
    text = ("Gempa susulan kemungkinan terjadi dalam sepekan. "
            "Warga memilih tidur di tenda karena takut terjadi gempa susulan.")
    assert run(pset, ID_RULE, text) == []
    assert run(pset, ID_RULE, text.replace("karena takut terjadi", "karena terjadi")) != []


def test_a_plain_text_headline_stating_what_the_body_hedges(pset):
    text = ("Kapal Nelayan Tenggelam di Selat Alas\n"
            "SUMBAWA — Kapal nelayan KM Sinar Laut dikabarkan tenggelam di Selat Alas pada Senin malam.\n"
            "Tim SAR masih mencari empat awak kapal.\n")
    found = run(pset, ID_RULE, text)
    assert [(f.line, f.match) for f in found] == [(1, "Tenggelam")]
    assert "body" in found[0].message and found[0].related[0].line == 2
    # The body states it too (attributed): the headline has its source.
    confirmed = text + "Basarnas memastikan kapal nelayan itu tenggelam setelah dihantam ombak.\n"
    assert [f.line for f in run(pset, ID_RULE, confirmed)] == []
    # A headline that attributes ("Basarnas: ...") or hedges itself is not the writer's fact.
    assert run(pset, ID_RULE, text.replace("Kapal Nelayan Tenggelam", "Basarnas: Kapal Nelayan Tenggelam")) == []
    assert run(pset, ID_RULE, text.replace("Kapal Nelayan Tenggelam", "Kapal Nelayan Diduga Tenggelam")) == []


def test_accusation_reads_past_an_appositive_name(pset):
    text = ("Warga menuding Kepala Desa Sukamaju, Darto Wiyono, menjual tanah kas desa kepada pengembang. "
            "Darto membantah tudingan itu. "
            "Penjualan tanah kas desa itu merugikan warga.")
    assert [f.match for f in run(pset, ID_RULE, text)] == ["Penjualan"]


def test_sastrawi_misstems_are_corrected():
    from qa_lint.stemming import indonesian

    assert indonesian("mencemari") == indonesian("pencemaran") == "cemar"
    assert indonesian("memakan") == "makan" and indonesian("memasak") == indonesian("dimasak") == "masak"
    assert indonesian("memangkas") == "pangkas" and indonesian("memasok") == "pasok"


def test_a_presupposed_phrase_survives_a_modal_but_other_restatements_do_not(pset):
    text = ("Puluhan pekerja pabrik diduga menghirup gas amonia dari tangki yang bocor. "
            "Penghirupan gas amonia itu membuat para pekerja harus dirawat di rumah sakit.")
    assert [f.match for f in run(pset, ID_RULE, text)] == ["Penghirupan"]
    # Without the presupposed phrase, "harus" still says what must happen, not what happened.
    plain = text.replace("Penghirupan gas amonia itu membuat para pekerja harus dirawat",
                         "Para pekerja yang menghirup gas amonia harus dirawat")
    assert run(pset, ID_RULE, plain) == []


def test_a_negated_cue_is_no_hedge_but_a_double_negation_is(pset):
    hedged = ("Gempa di Selat Sunda berpotensi memicu tsunami. "
              "Gelombang tsunami yang dipicu gempa itu merendam pantai Anyer.")
    assert len(run(pset, ID_RULE, hedged)) == 1
    # "tidak berpotensi" denies; the next line is then no escalation of a hedge.
    assert run(pset, ID_RULE, hedged.replace("berpotensi", "tidak berpotensi")) == []
    assert len(run(pset, ID_RULE, hedged.replace("berpotensi", "bukan tidak mungkin"))) == 1


def test_a_decimal_comma_does_not_end_the_accused_clause(pset):
    text = ("Jaksa menuding bendahara itu menggelapkan dana Rp 2,5 miliar milik koperasi nelayan. "
            "Penggelapan dana koperasi nelayan itu berlangsung selama tiga tahun.")
    assert [f.match for f in run(pset, ID_RULE, text)] == ["Penggelapan"]


def test_an_opening_role_presupposes_the_rumoured_role(pset):
    text = ("Rina Hapsari dikabarkan akan ditunjuk sebagai direktur utama bank daerah. "
            "Sebagai direktur utama, Rina langsung merombak jajaran komisaris.")
    assert [f.match for f in run(pset, ID_RULE, text)] == ["direktur"]
    # A role that the hedge did not name, or one the sentence attributes, is not the rumour stated.
    assert run(pset, ID_RULE, text.replace("Sebagai direktur utama,", "Sebagai ekonom senior,")) == []
    # Attributed, the opening role is still presupposed (issue 11's policy: whoever speaks, the
    # rumoured appointment is let pass as settled).
    assert [f.match for f in run(pset, ID_RULE, text.replace("komisaris.", "komisaris, kata juru bicara bank."))] == ["direktur"]


PLAN = "Dinas kesehatan akan menggelar vaksinasi campak bagi 12.000 balita di tiga kecamatan mulai pekan depan.\n"


@pytest.mark.parametrize(
    "later,expected",
    [
        ("Vaksinasi campak bagi 12.000 balita di tiga kecamatan itu telah rampung.", "telah"),
        # a modal in a consequence clause does not hide the report as done
        ("Vaksinasi campak bagi 12.000 balita di tiga kecamatan itu selesai sehingga penularan dapat ditekan.", "selesai"),
        # restated as a plan, or done with who says so: no escalation
        ("Vaksinasi campak bagi 12.000 balita di tiga kecamatan itu akan digelar di puskesmas.", None),
        ("Vaksinasi campak bagi 12.000 balita di tiga kecamatan itu telah rampung, kata Kepala Dinas Rina.", None),
    ],
)
def test_a_plan_for_a_coming_day_is_escalated_only_when_reported_done(pset, later, expected):
    found = run(pset, ID_RULE, PLAN + "Petugas mendata balita.\n" + later + "\n")
    assert [f.match for f in found] == ([expected] if expected else [])


def test_a_headline_states_a_plan_in_the_present_without_escalating_it(pset):
    text = "Maskapai Buka Rute Langsung Bali-Darwin\nMaskapai itu akan membuka rute langsung Bali-Darwin mulai bulan depan.\n"
    assert run(pset, ID_RULE, text) == []


def test_a_plan_sentence_can_itself_state_an_earlier_hedge_as_fact(pset):
    # "akan dipanggil pekan depan" makes the sentence a plan, but its first clause is the writer's fact.
    text = ("Lonjakan kasus itu diduga dipicu genangan air di proyek drainase Tamalate.\n"
            "Petugas memeriksa lokasi.\n"
            "Genangan air di proyek drainase Tamalate itulah yang menyebabkan lonjakan kasus, sehingga kontraktor akan dipanggil pekan depan.\n")
    assert run(pset, ID_RULE, text) != []


def test_a_premise_opening_the_sentence_is_the_writers_even_when_someone_speaks_after_it(pset):
    hedge = "Para siswa diduga keracunan nasi dan lauk ayam yang dibagikan pada jam istirahat.\nPemerintah menghentikan kerja sama.\n"
    found = run(pset, ID_RULE, hedge + "Akibat keracunan nasi dan lauk ayam itu, orang tua siswa meminta pengawasan diperketat.\n")
    assert [f.match for f in found] == ["keracunan"]
    # said inside the premise's own clause: the speaker's, not the writer's
    quiet = hedge + "Orang tua siswa mengatakan, akibat keracunan nasi dan lauk ayam itu, anak mereka harus dirawat.\n"
    assert run(pset, ID_RULE, quiet) == []


# -- issue 11, tuning round 5: estimates made exact, open questions answered, headlines -----------

def test_an_estimate_made_an_exact_count_on_the_writers_word(pset):
    text = ("Banjir merendam sekitar 400 rumah di Kecamatan Baleendah.\n"
            "Petugas membagikan makanan.\n"
            "Sebanyak 412 rumah terendam hingga atap.\n")
    assert [f.match for f in run(pset, ID_RULE, text)] == ["412 rumah"]
    # With its source it is an update; a figure far from the estimate, or under a bound, is another figure.
    assert run(pset, ID_RULE, text.replace("atap.", "atap, kata Kepala BPBD.")) == []
    assert run(pset, ID_RULE, text.replace("412 rumah", "40 rumah")) == []
    assert run(pset, ID_RULE, text.replace("Sebanyak 412", "Bantuan untuk hingga 412")) == []
    # Both approximate: no figure was made exact.
    assert run(pset, ID_RULE, text.replace("Sebanyak 412", "Sekitar 410")) == []


def test_figures_rounding_and_significant_digits():
    from qa_lint.checks.hedging.claims import _rounded, _significant

    assert _significant("300", "") == 1 and _significant("312", "") == 3 and _significant("12", "4") == 3
    assert _significant("4.200", "") == 2
    assert _rounded(312, 1) == 300 and _rounded(12.4, 2) == 12 and _rounded(348, 1) == 300
    assert _rounded(0.46, 1) == 0.5


def test_an_open_question_answered_either_way_by_nobody(pset):
    text = ("Polisi belum dapat memastikan apakah bus itu masih laik jalan.\n"
            "Sopir bus selamat dan kini menjalani pemeriksaan.\n"
            "Bus pariwisata itu tidak laik jalan.\n")
    found = run(pset, ID_RULE, text)
    # "Sopir bus ... menjalani" shares two words from across the sentence: no answer.
    assert [(f.line, f.match) for f in found] == [(3, "Bus")]
    assert run(pset, ID_RULE, text.replace("tidak laik jalan.", "tidak laik jalan, kata Kapolres.")) == []
    # A real question asks nothing open of the article.
    assert run(pset, ID_RULE, text.replace("masih laik jalan.", "masih laik jalan?")) == []


def test_a_headline_is_not_confirmed_by_an_unattributed_body_line(pset):
    text = ("Bakteri dari Lauk Ayam Sebabkan Siswa Keracunan\n"
            "GARUT — Keracunan itu kemungkinan disebabkan bakteri pada lauk ayam katering.\n"
            "Sampel masih diperiksa di laboratorium.\n"
            "Penyebab keracunan kini dipastikan bakteri pada lauk ayam.\n")
    assert 1 in [f.line for f in run(pset, ID_RULE, text)]
    confirmed = text.replace("kini dipastikan bakteri pada lauk ayam.", "adalah bakteri pada lauk ayam, kata Kepala Dinas Kesehatan.")
    assert 1 not in [f.line for f in run(pset, ID_RULE, confirmed)]
    # "Terancam" states what may happen.
    threatened = ("Pabrik Garmen di Karawang Tutup\n"
                  "KARAWANG — Pabrik garmen PT Sinar Jaya dikabarkan tutup di Karawang pada Senin malam.\nBuruh menunggu.\n")
    assert [f.line for f in run(pset, ID_RULE, threatened)] == [1]
    threatened = threatened.replace("Karawang Tutup", "Karawang Terancam Tutup")
    assert run(pset, ID_RULE, threatened) == []


def test_a_partys_claim_escalates_only_when_taken_as_given(pset):
    claim = "Fraksi PNB mengklaim fraksinya sejak awal menolak mata anggaran lampu jalan dalam pembahasan APBD.\nDinas membantah.\n"
    given = claim + "Fraksi PNB, yang sejak awal menolak mata anggaran lampu jalan itu, kini mendesak audit.\n"
    assert [f.line for f in run(pset, ID_RULE, given)] == [3]
    # More about the same thing with "akan" or "telah" is how such stories go on, not an escalation.
    more = claim + "Mata anggaran lampu jalan itu akan dibahas lagi dalam APBD perubahan.\n"
    assert run(pset, ID_RULE, more) == []
    # The same line after a hedge ("diduga") is an escalation: only claims are held to the narrower reading.
    assert run(pset, ID_RULE, more.replace("mengklaim", "diduga")) != []


def test_a_negated_predicate_taken_as_given_keeps_its_negation(pset):
    hedge = "Kecelakaan itu diduga dipicu rem bus yang tidak berfungsi di turunan.\nPolisi memeriksa sopir.\n"
    found = run(pset, ID_RULE, hedge + "Rem yang tidak berfungsi membuat bus terguling di turunan itu.\n")
    assert [f.match for f in found] == ["berfungsi"]
    # The brakes working is the opposite claim, not the suspicion taken as given.
    assert run(pset, ID_RULE, hedge + "Rem yang berfungsi baik membuat bus sempat melambat.\n") == []


def test_the_clause_before_a_hedged_consequence_is_stated(pset):
    hedge = "Tanggul Sungai Wulan diduga jebol akibat hujan deras.\nPetugas memeriksa lokasi.\n"
    found = run(pset, ID_RULE, hedge + "Tanggul Sungai Wulan telah jebol, sehingga ribuan rumah diperkirakan terendam.\n")
    assert [f.match for f in found] == ["telah"]
    # The hedged clause itself, and a hedge that closes its sentence, state nothing.
    assert run(pset, ID_RULE, hedge + "Hujan turun, sehingga tanggul Sungai Wulan kemungkinan telah jebol.\n") == []
    assert run(pset, ID_RULE, hedge + "Tanggul Sungai Wulan telah jebol, namun kabar itu belum dikonfirmasi.\n") == []


def test_a_figure_said_to_be_exact_makes_the_estimate_exact(pset):
    text = ("Petugas memperkirakan sekitar 20 orang masih tertimbun longsor.\nPencarian berlanjut.\n"
            "Data akhir mencatat tepat 20 warga tertimbun longsor.\n")
    # Another counted word, but the same thing said of it ("tertimbun").
    assert [f.match for f in run(pset, ID_RULE, text)] == ["20 warga"]
    # Without "tepat" the same figure is the estimate repeated; "tepat 20 relawan" counts something else.
    assert run(pset, ID_RULE, text.replace("tepat 20", "20")) == []
    assert run(pset, ID_RULE, text.replace("tepat 20 warga tertimbun longsor", "tepat 20 relawan tiba di lokasi")) == []


def test_a_plan_taken_as_done_in_a_premise_that_names_its_place(pset):
    plan = "Klub berencana memindahkan laga kandang ke Stadion Sultan Agung mulai putaran kedua.\nPelatih mengeluhkan lini depan.\n"
    found = run(pset, ID_RULE, plan + "Setelah memindahkan markas ke Stadion Sultan Agung, klub itu kini menanggung biaya sewa.\n")
    assert [f.match for f in found] == ["memindahkan"]
    # Another thing moved, or the plan's place without its verb, is not the plan done.
    assert run(pset, ID_RULE, plan + "Setelah memindahkan pemain muda ke tim kedua, klub itu kini menanggung biaya gaji.\n") == []
    assert run(pset, ID_RULE, plan + "Setelah berlatih di Stadion Sultan Agung, para pemain kembali ke hotel.\n") == []


def test_a_past_anchor_reports_a_plan_done_but_dates_only_its_own_clause(pset):
    plan = "Dinas berencana mengadakan ujian ulang matematika bagi 8.000 siswa pada pertengahan Desember.\nOrang tua mengeluh.\n"
    done = plan + "Ujian ulang matematika yang digelar pekan lalu diikuti oleh seluruh siswa tanpa kendala.\n"
    assert [f.match for f in run(pset, ID_RULE, done)] == ["pekan lalu"]
    # A hedge is not escalated by background anchored in the past ...
    hedge = "Korea Utara kemungkinan akan melakukan uji coba nuklir ketujuh.\n"
    assert run(pset, ID_RULE, hedge + "Korea Utara telah melakukan enam uji coba nuklir pada tahun lalu.\n") == []
    # ... but an anchor inside a premise after the claim dates the premise only.
    question = "Polisi belum dapat memastikan apakah bus itu masih laik jalan.\nSopir diperiksa.\n"
    answer = question + "Bus tersebut terbukti tidak laik jalan karena uji KIR-nya telah kedaluwarsa sejak Maret 2026.\n"
    assert [f.line for f in run(pset, ID_RULE, answer)] == [3]
    assert run(pset, ID_RULE, answer.replace("karena uji KIR-nya telah kedaluwarsa sejak", "sejak")) == []


def test_a_planned_thing_named_as_done_in_a_presupposed_phrase(pset):
    plan = ("Perusahaan akan meresmikan pabrik perakitan di Kawasan Industri Kabil pada pertengahan Desember.\n"
            "Saat ini semua unit dirakit di Cikarang.\n")
    found = run(pset, ID_RULE, plan + "Pabrik di Kabil yang telah beroperasi itu kini menyerap 900 pekerja.\n")
    assert [f.match for f in found] == ["telah"]
    # Something else done at the plan's place, or the plan restated with "akan", is no report of it done.
    assert run(pset, ID_RULE, plan + "Jalan di Kabil yang telah diperbaiki itu kini dilalui truk.\n") == []
    assert run(pset, ID_RULE, plan + "Pabrik di Kabil itu akan menyerap 900 pekerja.\n") == []


def test_a_headline_over_the_events_report_and_a_past_premise_stay_quiet(pset):
    # The body reports the cut before it hedges a further one: the headline states the report.
    text = ("BI Pangkas Suku Bunga Acuan ke 4,50 Persen\n"
            "JAKARTA – Bank Indonesia memangkas suku bunga acuan menjadi 4,50 persen pada Rabu (18/2/2026).\n"
            "Rupiah melemah.\n"
            "Menurut ekonom, BI masih berpeluang memangkas suku bunga acuan satu kali lagi.\n")
    assert run(pset, ID_RULE, text) == []
    # A premise dated in the past is background, not the suspicion taken as given.
    hedge = "Serangan itu diduga dilakukan kelompok peretas ransomware yang sebelumnya menyerang rumah sakit.\nPolisi menyelidiki.\n"
    later = "Insiden ini terjadi setelah serangan ransomware terhadap pusat data di Surabaya pada Juni 2024.\n"
    assert run(pset, ID_RULE, hedge + later) == []


def test_a_light_verb_hands_the_suspicion_to_its_complement(pset):
    hedge = "Mobil boks itu diduga mengalami pecah ban di jalan layang.\nPolisi memeriksa sopir.\n"
    assert [f.match for f in run(pset, ID_RULE, hedge + "Karena pecah ban di jalan layang itu, mobil menabrak tiang.\n")] == ["pecah"]
    # Kept hedged, or attributed, it stays quiet.
    assert run(pset, ID_RULE, hedge + "Karena diduga pecah ban di jalan layang itu, mobil menabrak tiang.\n") == []


def test_an_accused_party_with_the_event_noun_presupposes_the_accusation(pset):
    text = ("Militer menuding kelompok Alfa berada di balik penembakan di desa itu.\n"
            "Kelompok Alfa membantah.\n"
            "Penembakan kelompok Alfa di desa itu menewaskan tiga warga.\n")
    assert [f.match for f in run(pset, ID_RULE, text)] == ["Penembakan"]
    # The event noun alone, without the accused, is the established event.
    assert run(pset, ID_RULE, text.replace("Penembakan kelompok Alfa di desa itu", "Penembakan itu")) == []


def test_a_date_settles_a_prediction_but_not_a_suspicion(pset):
    suspicion = "Warga menduga pabrik kulit membuang limbah cair ke sungai.\nDinas mengambil sampel.\n"
    stated = "Pabrik kulit membuang limbah cair ke sungai sejak Senin malam.\n"
    assert [f.match for f in run(pset, ID_RULE, suspicion + stated)] == ["membuang"]
    prediction = "Pabrik kulit diperkirakan membuang limbah cair ke sungai.\nDinas mengambil sampel.\n"
    assert run(pset, ID_RULE, prediction + stated) == []


def test_a_word_after_a_dateline_is_no_name():
    from qa_lint.checks.hedging.words import Names
    doc = read_text("MEDAN — Serangan itu terjadi pada malam hari. Warga melihat operasi Serangan Fajar di pasar.\n", "<t>", "txt")
    names = Names.of(doc)
    assert "fajar" in names.anywhere and "serangan" not in names.alone


def test_a_premise_attributed_by_a_closing_speech_tag_is_the_speakers(pset):
    hedge = "Minibus itu diduga mengalami rem blong di tanjakan.\nPolisi memeriksa sopir.\n"
    assert [f.match for f in run(pset, ID_RULE, hedge + "Karena rem blong, minibus mundur dan menabrak pagar.\n")] == ["rem"]
    assert run(pset, ID_RULE, hedge + "Karena rem blong, minibus mundur dan menabrak pagar, kata Kapolsek.\n") == []


def test_a_partys_claim_taken_as_given_in_an_opening_relative_clause(pset):
    claim = "Produsen mengklaim panel surya itu mampu menghasilkan 500 watt saat mendung.\nPengamat belum menguji.\n"
    found = run(pset, ID_RULE, claim + "Panel surya yang mampu menghasilkan 500 watt saat mendung kini dijual di 40 kota.\n")
    assert [f.match for f in found] == ["Panel"]
    # Another thing said of the product is no escalation.
    assert run(pset, ID_RULE, claim + "Panel surya yang dijual di 40 kota dibanderol Rp 6 juta.\n") == []


def test_a_verb_of_saying_in_a_relative_clause_attributes_nothing(pset):
    hedge = "Dinas kesehatan menduga campak telah menyebar ke tiga desa di Garut.\nPetugas mengambil sampel.\n"
    found = run(pset, ID_RULE, hedge + "Campak menyebar ke tiga desa di Garut yang melaporkan kasus baru.\n")
    assert [f.match for f in found] == ["Campak"]
    assert run(pset, ID_RULE, hedge + "Campak menyebar ke tiga desa di Garut, kata bupati yang melaporkan kasus baru.\n") == []
    # The office that hedged ("Dinas kesehatan menduga") stating it with nothing new is the hedger
    # reaffirming it as fact (issue 11's policy: an office is a named holder), as PT KAI is above.
    found = run(pset, ID_RULE, hedge + "Campak menyebar ke tiga desa di Garut, kata dinas yang melaporkan kasus baru.\n")
    assert [f.match for f in found] == ["Campak"]


# -- issue 11, round 10: the restatement joined to the hedged claim on meaning ----------------

def matches(pset, text):
    return [f.match for f in run(pset, ID_RULE, text)]


def test_a_rumoured_move_restated_in_another_word_of_the_same_event(pset):
    rumour = ("Di media sosial beredar kabar bahwa penyerang andalan klub, Dodi Saputra, akan hengkang ke klub Thailand.\n"
              "Manajer belum menerima tawaran resmi.\n")
    assert matches(pset, rumour + "Kepindahan Dodi ke Thailand membuat pelatih mencari penyerang baru.\n") == ["Kepindahan"]
    # Attributed, the move is still presupposed: issue 11's policy, whoever speaks (the manager
    # says what the move caused, not that it happened). About another player, it stays quiet.
    assert matches(pset, rumour + "Kepindahan Dodi ke Thailand membuat pelatih mencari penyerang baru, kata manajer.\n") == ["Kepindahan"]
    assert matches(pset, rumour + "Pelatih mencari penyerang baru untuk putaran kedua.\n") == []


def test_a_rumour_however_it_circulates(pset):
    rumour = ("Beredar video yang menyebut seorang petugas parkir memukul pengendara ojek di depan pasar.\n"
              "Polisi masih memeriksa rekaman itu.\n")
    assert matches(pset, rumour + "Pemukulan pengendara ojek itu kini menjadi bahan evaluasi dinas perhubungan.\n") == ["Pemukulan"]
    assert matches(pset, rumour + "Dugaan pemukulan pengendara ojek itu kini diselidiki polisi.\n") == []


def test_a_verb_of_the_hedge_made_a_noun_in_a_premise(pset):
    hedge = "Polisi memeriksa kemungkinan angkot itu mengangkut penumpang melebihi kapasitas.\nSopir masih dirawat.\n"
    assert matches(pset, hedge + "Karena kelebihan penumpang, angkot terguling di tikungan.\n") == ["kelebihan"]
    # A feared premise is not taken as given.
    assert matches(pset, hedge + "Karena khawatir kelebihan penumpang, sopir lain menolak penumpang tambahan.\n") == []


def test_a_light_verbs_complement_taken_as_given_before_a_modal(pset):
    hedge = "Dinas kesehatan menyebut mual itu diduga berasal dari sayur santan yang dimasak sejak subuh.\nSampel dikirim ke laboratorium.\n"
    assert matches(pset, hedge + "Akibat sayur santan yang basi itu, tiga warga harus dirawat inap.\n") == ["sayur"]
    # The complement named without being the premise, or another premise, stays quiet.
    assert matches(pset, hedge + "Akibat muntah berulang, tiga warga harus dirawat inap.\n") == []
    assert matches(pset, hedge + "Sayur santan itu dibagikan kepada warga menjelang siang.\n") == []


def test_an_either_or_question_answered_by_picking_one(pset):
    question = ("Polisi masih menyelidiki apakah kebakaran bermula dari dapur restoran atau dari gudang bahan bakar di belakang pasar.\n"
                "Petugas memeriksa lokasi.\n")
    found = matches(pset, question + "Kebakaran itu bermula dari gudang bahan bakar di belakang pasar.\n")
    assert found and found[0] in {"Kebakaran", "gudang", "bahan"}
    assert matches(pset, question + "Kebakaran itu bermula dari gudang bahan bakar di belakang pasar, kata Kapolsek.\n") == []
    # One word of an alternative is no answer.
    assert matches(pset, question + "Warga membantu memadamkan api dengan ember dari gudang.\n") == []


def test_an_estimate_opening_a_premise_is_taken_as_a_count(pset):
    estimate = "Petugas memperkirakan sekitar 60 orang berada di dalam gedung saat api membesar.\nPemadam tiba 20 menit kemudian.\n"
    assert matches(pset, estimate + "Dengan 60 orang di dalam gedung, evakuasi berlangsung hampir tiga jam.\n") == ["60 orang"]
    # Kept an estimate, or another figure, it stays quiet.
    assert matches(pset, estimate + "Dengan sekitar 60 orang di dalam gedung, evakuasi berlangsung hampir tiga jam.\n") == []
    assert matches(pset, estimate + "Dengan 12 mobil pemadam, api dipadamkan dalam tiga jam.\n") == []


def test_a_planned_thing_in_use_now(pset):
    plan = "Pemerintah kecamatan berencana membuka posko kesehatan darurat di Desa Sukarame.\nWarga mengungsi ke masjid.\n"
    assert matches(pset, plan + "Posko kesehatan darurat di Desa Sukarame kini melayani 300 warga per hari.\n") == ["kini"]
    # Not finished yet, or attributed, it stays quiet.
    assert matches(pset, plan + "Posko kesehatan darurat di Desa Sukarame kini masih menunggu tenaga medis.\n") == []
    assert matches(pset, plan + "Posko kesehatan darurat di Desa Sukarame kini melayani 300 warga per hari, kata camat.\n") == []


def test_a_negation_the_accusation_has_too_is_restated_not_denied(pset):
    accusation = "Ketua paguyuban menuding pengelola lalai karena tidak memeriksa kabel lift selama setahun.\nPengelola belum menjawab.\n"
    found = matches(pset, accusation + "Kelalaian pengelola yang tidak memeriksa kabel lift membuat lift jatuh dari lantai lima.\n")
    assert found == ["Kelalaian"]
    assert matches(pset, accusation + "Lift itu jatuh dari lantai lima pada Senin pagi.\n") == []


def test_a_cause_named_after_the_hedge_suspects_the_subject(pset):
    hedge = "Kepala dinas pemadam mengatakan korsleting pada panel listrik diduga menjadi penyebab kebakaran.\nGedung itu kosong.\n"
    found = matches(pset, hedge + "Korsleting panel listrik yang memicu kebakaran itu merupakan kejadian kedua tahun ini.\n")
    assert found and found[0] in {"Korsleting", "merupakan"}
    assert matches(pset, hedge + "Gedung itu merupakan bekas kantor pos.\n") == []


def test_a_suspicion_presupposed_in_a_relative_clause_after_the_name(pset):
    hedge = "Jaksa menduga uang suap mengalir ke rekening seorang kontraktor, Budi Santosa, namun hal itu belum dibuktikan.\n"
    assert matches(pset, hedge + "Budi Santosa, yang menerima aliran uang suap itu, belum diperiksa penyidik.\n") == ["aliran"]
    assert matches(pset, hedge + "Budi Santosa, yang tinggal di Bekasi, belum diperiksa penyidik.\n") == []
    assert matches(pset, hedge + "Budi Santosa, yang membantah menerima aliran uang suap itu, belum diperiksa penyidik.\n") == []


def test_a_partys_description_of_itself_is_its_claim(pset):
    claim = "Presiden klub menyebut klubnya sebagai klub dengan akademi muda terbaik di Jawa.\nKlub itu promosi musim lalu.\n"
    assert matches(pset, claim + "Sebagai klub dengan akademi muda terbaik, klub itu menjual tiga pemain ke Eropa.\n") == ["klub"]
    assert matches(pset, claim + "Sebagai klub promosi, klub itu menjual tiga pemain ke Eropa.\n") == []


def test_the_hedged_verb_is_no_feared_premise_but_an_act_in_response_is(pset):
    hedge = "Peneliti mengatakan obat itu mungkin dapat mencegah komplikasi ginjal pada pasien lansia.\nDatanya masih sedikit.\n"
    assert matches(pset, hedge + "Karena obat itu mencegah komplikasi ginjal, dokter meresepkannya kepada pasien lansia.\n") == ["mencegah"]
    assert matches(pset, hedge + "Karena ingin mencegah komplikasi ginjal, dokter memantau pasien lansia.\n") == []


def test_synonym_groups_stem_to_one_word(pset):
    check = pset.check(ID_RULE)
    assert check.stem("hengkang") == check.stem("kepindahan")
    assert check.stem("tercemar") == check.stem("keracunan")
    assert check.stem("hengkang") != check.stem("tercemar")


def test_a_suspected_cause_after_its_effect_is_the_claim(pset):
    hedge = ("Warga menduga matinya ternak itu disebabkan racun tikus yang ditabur di sawah.\n"
             "Dinas peternakan mengambil sampel.\n")
    found = matches(pset, hedge + "Racun tikus yang ditabur di sawah itu juga membunuh puluhan ayam warga.\n")
    assert found == ["Racun"]
    # The effect itself, an established event, stays quiet.
    assert matches(pset, hedge + "Bangkai ternak dikuburkan di pinggir desa pada Selasa sore.\n") == []


def test_a_headline_that_keeps_the_bare_hedge_is_no_escalation(pset):
    text = ("Ratusan Ayam Mati di Blitar, Peternak Duga Akibat Pakan Oplosan\n"
            "BLITAR – Ratusan ayam ditemukan mati di kandang warga.\n"
            "Peternak menduga kematian ayam itu disebabkan pakan oplosan dari pemasok baru.\n"
            "Dinas belum memastikan penyebabnya.\n")
    assert 1 not in [f.line for f in run(pset, ID_RULE, text)]
    stated = text.replace("Peternak Duga Akibat Pakan Oplosan", "Pakan Oplosan Bunuh Ratusan Ayam")
    assert 1 in [f.line for f in run(pset, ID_RULE, stated)]


def test_a_rumoured_deal_taken_as_done_in_a_later_opening(pset):
    rumour = ("Klub Persiba dikabarkan tengah membidik bek asal Jepang, Kenta Mori, pada bursa transfer Januari.\n"
              "Manajemen belum mau berkomentar.\n")
    found = run(pset, ID_RULE, rumour + "Setelah resmi bergabung dengan Persiba, Kenta Mori akan mengisi posisi bek kiri.\n")
    assert [f.match for f in found] == ["resmi bergabung"] and found[0].related[0].line == 1
    assert matches(pset, rumour + "Kedatangan Kenta Mori pada Januari membuat lini belakang lebih lengkap.\n") == ["Kedatangan"]
    # Someone else's arrival, the rumour's spreader, a later attributed report, or the rumour kept: quiet.
    assert matches(pset, rumour + "Kedatangan pelatih fisik baru membuat latihan lebih teratur.\n") == []
    assert matches(pset, rumour + "Setelah resmi bergabung dengan Persiba, Kenta Mori akan mengisi posisi bek kiri, kata manajer.\n") == []
    assert matches(pset, rumour + "Jika resmi bergabung, Kenta Mori akan mengisi posisi bek kiri.\n") == []


def test_the_hedges_own_time_is_part_of_the_claim_not_background(pset):
    hedge = "Menteri menyebut pemerintah kemungkinan akan membuka impor gula pada awal 2027 jika panen tebu gagal.\nHarga gula stabil.\n"
    found = matches(pset, hedge + "Keputusan impor gula pada awal 2027 itu diambil untuk menahan harga.\n")
    assert found and found[0] in {"Keputusan", "impor"}
    # Another anchor in the past is still background.
    assert matches(pset, hedge + "Impor gula terakhir dibuka pada awal 2019 saat panen gagal.\n") == []


def test_an_opening_cue_framed_off_by_a_comma_hedges_the_clause_after_it(pset):
    hedge = ('"Dugaan sementara kami, panggung itu kelebihan muatan karena penonton naik ke atasnya.\n'
             'Tim teknis masih memeriksa rangka," kata kepala BPBD.\n')
    found = matches(pset, hedge + "Beban penonton jauh melampaui daya dukung rangka panggung.\n")
    assert found == ["melampaui"]
    # The reason's verb is not the claim: a line about the audience climbing says nothing of the overload.
    assert matches(pset, hedge + "Penonton naik ke pagar untuk melihat pertunjukan.\n") == []
    # A bare opening adverb ("Kabarnya,") stays as it was: it governs nothing after its comma.
    bare = "Kabarnya, panggung itu kelebihan muatan.\nTim teknis memeriksa rangka.\n"
    assert matches(pset, bare + "Beban penonton jauh melampaui daya dukung rangka panggung.\n") == []


def test_a_headlines_word_of_settled_fact_over_a_body_that_hedges(pset):
    text = ("Kiper Asal Jepang Resmi Perkuat Persiba Musim Depan\n"
            "SURABAYA – Manajemen Persiba membuka kemungkinan merekrut kiper asal Jepang, Kenta Mori, untuk musim depan.\n"
            "Pembicaraan dengan agennya masih berlangsung.\n")
    found = run(pset, ID_RULE, text)
    assert [(f.line, f.match) for f in found] == [(1, "Resmi")]
    # A named source that confirms it in the body, or a headline without the word of settled fact: quiet.
    confirmed = text + "Direktur klub memastikan Kenta Mori resmi bergabung, Senin.\n"
    assert 1 not in [f.line for f in run(pset, ID_RULE, confirmed)]
    assert run(pset, ID_RULE, text.replace("Resmi Perkuat", "Dikabarkan Dekati")) == []
    # A denial in the body ("belum ... resmi") confirms nothing.
    denied = text + "Manajer mengatakan klub belum menerima tawaran resmi.\n"
    assert [(f.line, f.match) for f in run(pset, ID_RULE, denied)] == [(1, "Resmi")]


# -- issue 11, tuning round 8: headlines and plans that only look like escalations ---------------

def test_a_headline_restated_by_the_lead_in_a_doubly_prefixed_form_is_stated_in_the_body(pset):
    # Analysts forecast the hold; the lead reports the central bank's decision ("mempertahankan").
    text = ("OJK Tahan Batas Bunga Pinjaman Daring di 0,3%\n"
            "JAKARTA - Otoritas Jasa Keuangan (OJK) mempertahankan batas bunga pinjaman daring di level 0,3% per hari pada Selasa.\n"
            "Sebelas analis yang ditanya redaksi memperkirakan batas bunga itu akan ditahan hingga akhir tahun.\n")
    assert run(pset, ID_RULE, text) == []
    # Look-alike: the lead only reports the forecast, so the headline's "Tahan" is the writer's fact.
    forecast = text.replace("mempertahankan batas bunga pinjaman daring di level 0,3% per hari",
                            "mengumumkan aturan baru bagi penyelenggara pinjaman daring")
    assert [(f.line, f.match) for f in run(pset, ID_RULE, forecast)] == [(1, "Tahan")]


def test_a_number_word_is_no_claim_and_a_bare_estimate_keeps_a_headline_hedged(pset):
    body = ("SEMARANG - Dinas Perhubungan memperkirakan 2,4 juta pemudik akan melintasi jalur tol selama libur Lebaran.\n"
            "Di Terminal Terboyo, pengelola memperkirakan 300 ribu penumpang selama sepekan.\n")
    # "Perkirakan" is the headline form of "memperkirakan": the headline hedges too.
    assert run(pset, ID_RULE, "Dishub Perkirakan 2,4 Juta Pemudik Lewat Tol\n" + body) == []
    # Without the hedge, "Juta" in a headline is still a count, never the verb that states the claim.
    found = [f.match for f in run(pset, ID_RULE, "Dua Juta Pemudik Lewat Tol Semarang\n" + body)]
    assert "Juta" not in found


def test_a_plan_denied_is_no_plan_carried_out_later(pset):
    denied = ("Pemerintah tidak berencana mengimpor gula pada tahun ini karena stok cukup, kata menteri.\n"
              "Harga gula stabil.\n"
              "Indonesia mengimpor sekitar 5 juta ton gula pada 2023.\n")
    assert run(pset, ID_RULE, denied) == []
    # Look-alike: the same plan, not denied, reported done with a past anchor still fires.
    planned = ("Pemerintah berencana mengimpor gula mentah dari Thailand, kata menteri.\n"
               "Harga gula stabil.\n"
               "Gula mentah dari Thailand yang diimpor pekan lalu sudah tiba di Surabaya.\n")
    assert [f.match for f in run(pset, ID_RULE, planned)] == ["pekan lalu"]


def test_a_headline_that_names_a_cause_the_body_gives_only_as_possible(pset):
    body = ("SLEMAN – Atap aula SD Negeri Tegalrejo ambruk pada Kamis pagi, sebelum siswa masuk kelas.\n"
            "Kepala dinas pendidikan mengatakan penyebabnya masih diselidiki.\n"
            "Salah satu kemungkinan yang diperiksa adalah kayu penyangga yang lapuk, kata dia.\n"
            "Tidak ada korban dalam kejadian itu.\n")
    found = run(pset, ID_RULE, "Kayu Lapuk Sebabkan Atap Aula Sekolah Ambruk\n" + body)
    assert [(f.line, f.match) for f in found] == [(1, "Sebabkan")]
    # Look-alikes: a headline that keeps the hedge, or one that names only the event, stays quiet.
    assert run(pset, ID_RULE, "Kayu Lapuk Diduga Sebabkan Atap Aula Sekolah Ambruk\n" + body) == []
    assert run(pset, ID_RULE, "Atap Aula Sekolah Ambruk Sebelum Siswa Masuk\n" + body) == []
    # A hedge about something other than a cause (a forecast) is not what the headline names as cause.
    forecast = ("Hujan Deras Picu Banjir di Kemang\n"
                "JAKARTA – Banjir setinggi 60 sentimeter merendam jalan di Kemang setelah hujan deras semalam.\n"
                "BMKG memperkirakan hujan deras masih akan turun hingga akhir pekan.\n")
    assert run(pset, ID_RULE, forecast) == []


def test_a_quoted_estimate_taken_as_given_in_an_opening_dari_premise(pset):
    text = ("Camat mengatakan jumlah warga di pengungsian kemungkinan bertambah.\n"
            '"Perkiraan kami ada sekitar 300 jiwa," katanya.\n'
            "Dari 300 jiwa yang mengungsi di balai desa, 40 di antaranya balita.\n")
    assert [(f.line, f.match) for f in run(pset, ID_RULE, text)] == [(3, "300 jiwa")]
    # Look-alikes: another figure, or a quoted count without an estimate cue, is no estimate made given.
    assert run(pset, ID_RULE, text.replace("Dari 300 jiwa", "Dari 120 jiwa")) == []
    counted = text.replace('"Perkiraan kami ada sekitar 300 jiwa," katanya.', '"Kami mencatat 300 jiwa," katanya.')
    assert run(pset, ID_RULE, counted) == []



def test_the_indonesian_message_says_where_in_indonesian():
    """A hedge in an earlier sentence and a headline over a body that hedges have their own
    messages, so an Indonesian reader gets no English words for where the hedge stands."""
    from qa_lint.api import Linter, Options

    earlier = ("Banjir Rendam Kampung Pulo\n"
               "Petugas menduga tanggul Kali Ciliwung jebol akibat hujan deras, Senin.\n"
               "Tanggul Kali Ciliwung jebol akibat hujan deras dan merendam 300 rumah.\n")
    body = ("Pelatih Asal Brasil Resmi Tangani Tim Sepak Bola Kota Medan\n"
            "MEDAN – Pengurus klub membuka kemungkinan merekrut pelatih asal Brasil, Paulo Mendes, untuk musim depan.\n"
            "Pembicaraan masih berjalan.\n")
    for text, place, english_place in ((earlier, "kalimat sebelumnya", "an earlier sentence"), (body, "isi berita", "the body")):
        for ui in ("id", "en"):
            linter = Linter(Options(ui_lang=ui, select=["id.sourcing.hedge-escalation"]))
            found = linter.lint_text(text, language="id").findings
            assert found, (ui, text)
            if ui == "id":
                assert place in found[0].message and english_place not in found[0].message, found[0].message
            else:
                assert english_place in found[0].message and "reports it only as possible" in found[0].message


def test_the_related_note_is_in_the_readers_language(pset):
    # The note on the hedged sentence is a pack message (related_message) the catalogue translates.
    text = "Moskow kemungkinan akan memasok senjata ke Korea Utara. Korea Utara merupakan salah satu penerima senjata Rusia."
    doc = read_text(text, "<test>", "txt")
    doc.ui_lang = "id"
    found = list(pset.check(ID_RULE).run(doc))
    assert [r.message for f in found for r in f.related] == ['di sini baru disebut kemungkinan ("kemungkinan")']
    english = run(pset, ID_RULE, text)
    assert [r.message for f in english for r in f.related] == ['reported as possible here ("kemungkinan")']


SEEPAGE = "Petugas menduga cairan pelarut dari drum yang pecah sempat merembes ke saluran drainase.\nGudang ditutup sementara.\n"


def test_an_event_made_a_noun_with_an_is_presupposed():
    # "rembesan" is "merembes" made a noun (root + -an), as "penundaan" is with pe-an.
    pset = packs.load()
    found = run(pset, ID_RULE, SEEPAGE + "Sejak rembesan pelarut itu, warga mengeluhkan bau menyengat.\n")
    assert [(f.line, f.match) for f in found] == [(3, "rembesan")]


@pytest.mark.parametrize("later", [
    "Sejak jalan di depan gudang itu ditutup, warga memutar lewat desa tetangga.",  # "jalan" is a root, no -an noun
    "Petugas memeriksa apakah cairan pelarut itu beracun.",  # the solvent named, nothing said of it as seeped
])
def test_a_root_ending_in_an_or_a_named_participant_is_no_presupposed_event(later):
    pset = packs.load()
    assert run(pset, ID_RULE, SEEPAGE + later + "\n") == []


def test_a_pe_noun_is_not_the_hedged_verb(pset):
    # "pelarut" (solvent) is what seeps, not what is suspected; without the pe- rule it was taken for the verb.
    from qa_lint.checks.hedging.words import Names

    check = pset.check(ID_RULE)
    text = "Petugas menduga pelarut merembes ke saluran drainase."
    claim = check.claim(text, Names(set(), set()), check.hedges.finditer(text)[0])
    assert claim.verb == check.stem("merembes")
    assert check._agent_noun("pelarut") and check._agent_noun("petugas")
    assert not check._agent_noun("pecah") and not check._agent_noun("perketat") and not check._agent_noun("penundaan")


def test_an_an_noun_the_hedge_has_as_it_is_is_a_thing_not_an_event(pset):
    # Real news: "mungkin ragu untuk mulai merawat tanaman hias" then "Tanaman hias ini ...": the
    # plant is named, no event is presupposed ("tanaman" is not the hedge's verb made a noun).
    text = ("Sebagian dari Anda mungkin ragu untuk mulai merawat tanaman hias di dalam rumah.\n"
            "Keraguan itu bisa datang dari berbagai hal.\n"
            "Tanaman hias ini memiliki bentuk bunga yang lucu dan berwarna cerah.\n")
    assert run(pset, ID_RULE, text) == []


def test_a_name_inside_the_premise_phrase_does_not_part_it(pset):
    # "gangguan di saluran transmisi" taken as given in "saluran transmisi Gilimanuk–Celukan Bawang
    # terganggu": the place name says which line; the phrase around it is still the hedged one.
    text = ("Indikasi awal mengarah ke gangguan di saluran transmisi antara Gilimanuk dan Celukan Bawang. "
            "Lampu lalu lintas mati di Denpasar. "
            "Lantaran saluran transmisi Gilimanuk–Celukan Bawang terganggu, pasokan dari Jawa tidak bisa disalurkan.")
    found = run(pset, ID_RULE, text)
    assert [f.match for f in found] == ["terganggu"]
    # Still hedged in the premise: nothing stated as fact.
    assert run(pset, ID_RULE, text.replace("Bawang terganggu", "Bawang diduga terganggu")) == []
    # Two phrases parted by a name are not one: the line is fine, the fault is elsewhere.
    other = text.replace("Lantaran saluran transmisi Gilimanuk–Celukan Bawang terganggu",
                         "Lantaran saluran distribusi di Denpasar normal, gardu Celukan Bawang terganggu")
    assert run(pset, ID_RULE, other) == []


# -- issue 11, the attribution policy: a presupposition is an escalation whoever speaks -----------

def test_a_presupposition_in_an_attributed_sentence_is_an_escalation(pset):
    hedge = ("Kebakaran di Pasar Kemiri diduga dipicu kebocoran pipa gas di los makanan.\n"
             "Petugas masih berada di lokasi hingga sore hari.\n")
    said = "Kebocoran pipa gas itu membuat 40 pedagang kehilangan lapak, kata Kapolsek Kemiri Andi Saputra.\n"
    assert matches(pset, hedge + said) == ["Kebocoran"]
    # Stated plainly by another speaker, it is an update, not a presupposition.
    assert matches(pset, hedge + "Api berasal dari pipa gas yang bocor, kata Kapolsek Kemiri Andi Saputra.\n") == []


@pytest.mark.parametrize("said", [
    # a confirmation is news
    "Kapolsek Kemiri Andi Saputra memastikan kebocoran pipa gas itu membuat 40 pedagang kehilangan lapak.\n",
    "Berdasarkan hasil laboratorium, kebocoran pipa gas itu membuat 40 pedagang kehilangan lapak, kata Andi.\n",
    # a point left open
    "Kebocoran pipa gas itu masih diselidiki penyebabnya, kata Kapolsek Kemiri Andi Saputra.\n",
    # an update dated
    "Sejak Senin pagi kebocoran pipa gas itu membuat 40 pedagang kehilangan lapak, kata Andi.\n",
    # an argument about what is needed or at risk
    "Kebocoran pipa gas itu perlu dicegah dengan pemeriksaan rutin, kata Kapolsek Kemiri Andi Saputra.\n",
    "Menurut Andi, kebocoran pipa gas itu berisiko terulang di los lain.\n",
    # a denial
    "Kapolsek Kemiri Andi Saputra membantah kebocoran pipa gas itu membuat pedagang kehilangan lapak.\n",
])
def test_an_attributed_presupposition_that_is_news_or_argument_stays_quiet(pset, said):
    hedge = ("Kebakaran di Pasar Kemiri diduga dipicu kebocoran pipa gas di los makanan.\n"
             "Petugas masih berada di lokasi hingga sore hari.\n")
    assert matches(pset, hedge + said) == []


def test_the_reeves_argument_stays_quiet_because_it_argues(pset):
    hedge = "Pemerintah Inggris dikabarkan akan menaikkan pajak penghasilan. "
    argued = "Menurut Reeves, kenaikan pajak penghasilan diperlukan untuk menutup lubang anggaran."
    assert matches(pset, hedge + argued) == []
    # Without the argument cue the same phrase lets the rumoured rise pass as settled.
    assert matches(pset, hedge + argued.replace("diperlukan untuk menutup", "menutup")) == ["kenaikan"]


def test_an_office_that_hedged_and_restates_later_is_the_hedger(pset):
    lead = "Banjir merendam Semarang, Rabu. Ribuan warga mengungsi. Jalan tol ditutup.\n"
    hedge = "Polisi menduga sopir truk itu mengantuk saat menabrak pagar jembatan.\n"
    # A later hedge (after the lead) reaffirmed as fact by the office that hedged it.
    same = "Sopir truk itu mengantuk saat menabrak pagar jembatan, kata polisi.\n"
    assert len(matches(pset, lead + hedge + same)) == 1
    # Another speaker: an update; the hedger with a confirmation: news.
    assert matches(pset, lead + hedge + same.replace("kata polisi", "kata saksi")) == []
    assert matches(pset, lead + hedge + "Polisi memastikan sopir truk itu mengantuk saat menabrak pagar jembatan.\n") == []


def test_sejak_before_an_event_is_a_premise_not_a_dated_update(pset):
    hedge = ("Kebakaran di Pasar Kemiri diduga dipicu kebocoran pipa gas di los makanan.\n"
             "Petugas masih berada di lokasi hingga sore hari.\n")
    said = "Sejak kebocoran pipa gas itu, 40 pedagang berjualan di tenda darurat, kata Kapolsek Kemiri Andi Saputra.\n"
    assert matches(pset, hedge + said) == ["kebocoran"]
    # "sejak" before a time dates the sentence: an update.
    assert matches(pset, hedge + said.replace("Sejak kebocoran pipa gas itu,", "Sejak Senin pagi, kebocoran pipa gas itu membuat")) == []


def test_an_attributed_phrase_that_turns_a_negation_of_the_claim_is_a_denial(pset):
    hedge = "Sejumlah pedagang mencurigai pengelola pasar menaikkan tarif retribusi tanpa peraturan daerah. "
    denial = "Menurut Kepala Dinas Perdagangan, kenaikan tarif retribusi oleh pengelola pasar itu sesuai peraturan daerah."
    assert matches(pset, hedge + denial) == []
    assert matches(pset, hedge + denial.replace("sesuai peraturan daerah", "membuat pedagang resah")) == ["kenaikan"]


def test_a_demonstrative_the_hedge_already_had_names_nothing_new_in_speech(pset):
    hedge = ("Selama persidangan, jaksa juga menduga ada pihak lain yang ikut menikmati dana tersebut.\n"
             "Sidang ditunda hingga pekan depan.\n")
    said = "Karena ada pihak lain yang ikut menikmati dana tersebut, sidang diperpanjang, kata hakim ketua.\n"
    assert matches(pset, hedge + said) == []
    # Unattributed, the same line takes the claim as given.
    assert matches(pset, hedge + said.replace(", kata hakim ketua", "")) != []


def test_the_hedger_must_restate_the_claim_not_only_share_its_own_name(pset):
    text = ("KPU menggelar penghitungan ulang di 12 TPS. Bawaslu menemukan selisih suara. Saksi hadir.\n"
            "Tim pemenangan pasangan nomor urut 2 menuding terjadi penggelembungan suara untuk pasangan nomor urut 1.\n"
            "Tim pemenangan pasangan nomor urut 2 menyatakan akan mengajukan gugatan ke Mahkamah Konstitusi.\n")
    assert matches(pset, text) == []


def test_a_title_is_no_presupposition(pset):
    text = ("Dinas Lingkungan Hidup Kabupaten Serang menyatakan air sisa pemadaman yang mengalir ke Sungai Ciujung "
            "berpotensi mencemari sawah warga di hilir.\n"
            "Kepala Bidang Pengendalian Pencemaran DLH Serang, Maya Puspitasari, mengatakan timnya telah mengambil "
            "sampel air di tiga titik.\n")
    assert matches(pset, text) == []


def test_a_defined_short_form_in_speech_is_no_title(pset):
    text = ("Ledakan diduga berasal dari kebocoran pipa gas (KPG) di ruang boiler.\n"
            "Petugas masih berada di lokasi hingga sore hari.\n"
            "Menurut Gregorius, KPG itu membuat 40 pekerja dievakuasi.\n")
    assert matches(pset, text) == ["KPG"]


WHY = "Mengapa jumlah kasus campak tahun ini jauh lebih tinggi masih menjadi tanda tanya bagi dinas kesehatan. Petugas membuka posko. "


def test_a_why_question_is_answered_by_a_cause_on_nobodys_word(pset):
    found = run(pset, ID_RULE, WHY + "Kasus campak tahun ini tinggi karena cakupan imunisasi anjlok selama pandemi.")
    assert [f.match for f in found] == ["Kasus"]


@pytest.mark.parametrize("later", [
    # a named speaker gives the cause: news, not the writer's answer
    "Kasus campak tahun ini tinggi karena cakupan imunisasi anjlok selama pandemi, kata Kepala Dinas Kesehatan, Rina.",
    # the cause of another thing
    "Kasus demam berdarah juga naik karena musim hujan datang lebih awal.",
    # a cause still hedged
    "Kasus campak tahun ini mungkin tinggi karena cakupan imunisasi anjlok selama pandemi.",
    # a cause with nothing of the thing explained but one word
    "Posko dibuka karena kasus bertambah.",
])
def test_a_why_question_stays_open_without_such_a_cause(pset, later):
    assert run(pset, ID_RULE, WHY + later) == []


@pytest.mark.parametrize("text", [
    "Bank sentral berpeluang menurunkan suku bunga acuan bulan depan. Inflasi melandai. "
    "Penurunan suku bunga acuan biasanya membutuhkan waktu enam bulan untuk sampai ke bunga kredit.",
    "Kebakaran gudang di Jalan Ahmad Yani diduga dipicu korsleting listrik di ruang panel. Petugas memeriksa lokasi. "
    "Kebakaran gudang akibat korsleting listrik lazimnya menghanguskan seluruh isi gudang.",
])
def test_what_usually_happens_is_said_of_the_kind_not_the_hedged_event(pset, text):
    assert run(pset, ID_RULE, text) == []
    # the same sentence without the habitual word states the hedged event
    plain = text.replace(" biasanya", "").replace(" lazimnya", "")
    assert run(pset, ID_RULE, plain) != []
