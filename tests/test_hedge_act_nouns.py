"""hedge-escalation, cue families: the hedged act's noun as a later subject (hedging/act_nouns.py),
an act noun denied, accusations by a neutral verb of saying (data/hedge-accusations.yaml), and
the curated claim, rumour and commitment cues."""

import pytest

from qa_lint import packs
from qa_lint.readers import read_text

RULE = "id.sourcing.hedge-escalation"
FILLER = "Petugas gabungan berjaga di lokasi sejak pagi."


@pytest.fixture(scope="module")
def check():
    return packs.load().check(RULE)


def found(check, hedge: str, later: str) -> list[tuple[int, str]]:
    doc = read_text(f"{hedge}\n{FILLER}\n{later}\n", "<test>", "txt")
    return [(f.line, f.match) for f in check.run(doc)]


@pytest.mark.parametrize("hedge, later, match", [
    # A rumour's act named by its noun as the subject.
    ("Beredar gosip bahwa pemkot akan memperbaiki pasar induk.", "Perbaikan pasar induk menuai protes warga.", "Perbaikan"),
    # ... where the word after the cue is no verb ("Rumor di media sosial menyebut ..."): the first verb it governs.
    ("Rumor di media sosial menyebut Kovacic akan mengirimkan umpan lambung.",
     "Pengiriman umpan lambung oleh Kovacic menuai protes warga.", "Pengiriman"),
    # An accusation's act.
    ("Warga menuding pengurus koperasi menggelapkan dana bantuan sosial.",
     "Penggelapan dana bantuan sosial merugikan warga.", "Penggelapan"),
])
def test_the_act_noun_as_subject_restates_the_hedged_act(check, hedge, later, match):
    assert found(check, hedge, later) == [(3, match)]


@pytest.mark.parametrize("hedge, later", [
    # The act denied: the known false alarm of the first cue-family round.
    ("Beredar kabar PT Sinar Jaya akan dijual kepada investor asing.", "Penjualan PT Sinar Jaya tidak terbukti."),
    ("Pemain itu dikabarkan akan memakai atribut merah putih.", "Pemakaian atribut merah putih tidak terbukti."),
    # ... past a ber- word that describes the noun.
    ("Haikal Bekti dikabarkan akan memberikan tips berbelanja online.", "Pemberian tips berbelanja online tidak terbukti."),
    # The noun repeated as the rumour had it: the story goes on about the same thing.
    ("Kabarnya penjualan saham perusahaan akan ditunda.", "Penjualan saham perusahaan dibuka pada Senin."),
    # A verb of a relative clause in the hedge is not its act.
    ("Kebakaran gudang diduga berasal dari puntung rokok yang dibuang di dekat tumpukan kardus bekas.",
     "Pembuangan kardus bekas di gudang itu kini dilarang pengelola."),
])
def test_act_nouns_that_do_not_restate_the_claim_stay_quiet(check, hedge, later):
    assert found(check, hedge, later) == []


def test_a_negation_after_a_verb_of_the_predicate_is_another_claim(check):
    # "membuat warga tidak bisa ..." negates what the act did, not the act.
    assert found(check, "Beredar gosip bahwa pemkot akan memperbaiki pasar induk.",
                 "Perbaikan pasar induk membuat pedagang tidak berjualan.") == [(3, "Perbaikan")]


def test_a_neutral_verb_of_saying_with_a_loaded_predicate_is_an_accusation(check):
    hedge = "Warga menyebut pengurus koperasi menggelapkan dana bantuan sosial."
    assert found(check, hedge, "Pengurus koperasi menggelapkan dana bantuan sosial untuk kepentingan pribadi.") == \
        [(3, "menggelapkan")]
    # ... attributed to someone else, or denied, it is news.
    assert found(check, hedge, "Menurut polisi, pengurus koperasi menggelapkan dana bantuan sosial.") == []
    assert found(check, hedge, "Pengurus koperasi membantah menggelapkan dana bantuan sosial.") == []


@pytest.mark.parametrize("hedge", [
    # Reported speech with an ordinary predicate is no accusation.
    "Warga menyebut pengurus koperasi membagikan dana bantuan sosial.",
    # A negation between: a denial reported.
    "Warga menyebut pengurus koperasi tidak menggelapkan dana bantuan sosial.",
])
def test_reported_speech_without_a_loaded_predicate_is_no_hedge(check, hedge):
    predicate = "membagikan" if "membagikan" in hedge else "menggelapkan"
    assert found(check, hedge, f"Pengurus koperasi {predicate} dana bantuan sosial pada pagi hari.") == []


def test_a_suspicion_cue_between_keeps_its_own_claim(check):
    """"mengatakan sindikat itu diduga memalsukan": "diduga" is the cue, as before."""
    doc = read_text("Kepala Satreskrim mengatakan sindikat itu diduga telah memalsukan 300 paspor.\n", "<t>", "txt")
    cue, kind = check._cue(doc, doc.sentences[0])
    assert (cue.group(), kind) == ("diduga", "hedge")


@pytest.mark.parametrize("hedge, later, match", [
    ("Pengelola bersikukuh telah memperbaiki jembatan gantung di Desa Sukamaju.",
     "Karena pengelola sudah memperbaiki jembatan gantung, warga kembali melintas.", "memperbaiki"),
    ("Pengelola berkeras telah memperbaiki jembatan gantung di Desa Sukamaju.",
     "Karena pengelola sudah memperbaiki jembatan gantung, warga kembali melintas.", "memperbaiki"),
    ("Pesan berantai menyebut Pemkot akan menaikkan tarif parkir di pusat kota.",
     "Pemkot telah menaikkan tarif parkir di pusat kota.", "telah"),
    ("Pemkab berkomitmen memperbaiki jalan desa yang rusak di Kecamatan Cibeber.",
     "Pemkab telah memperbaiki jalan desa yang rusak di Kecamatan Cibeber.", "telah"),
])
def test_curated_cues_hedge_their_claim(check, hedge, later, match):
    assert found(check, hedge, later) == [(3, match)]


def test_a_commitment_is_a_plan_and_not_escalated_by_akan(check):
    assert found(check, "Pemkab berkomitmen memperbaiki jalan desa yang rusak di Kecamatan Cibeber.",
                 "Pemkab akan memperbaiki jalan desa yang rusak di Kecamatan Cibeber sesuai jadwal.") == []


def test_an_insurance_claim_exempts_nothing_but_a_disputed_claim_does(check):
    hedge = "Kebakaran gudang di Jalan Ahmad Yani diduga dipicu korsleting listrik di ruang panel."
    assert found(check, hedge, "Pemilik gudang mengajukan klaim asuransi setelah korsleting listrik di ruang panel "
                               "menghanguskan gudang.") == [(3, "korsleting")]
    assert found(check, hedge, "Pemilik gudang mengajukan klaim bahwa korsleting listrik di ruang panel "
                               "menghanguskan gudang.") == []


def test_the_act_past_an_apposition_and_a_name_of_its_clause(check):
    """hedges-round11 ikan-mati-cileungsi: the clause the cue governs ends at the names."""
    assert found(check, "Di grup percakapan warga beredar kabar bahwa PT Tirta Kimia Lestari, salah satu pabrik di hulu, "
                        "sudah disegel oleh DLH.",
                 "Penyegelan PT Tirta Kimia Lestari membuat sekitar 400 buruhnya dirumahkan sementara.") == [(3, "Penyegelan")]


def test_a_claim_for_payment_does_not_exempt_the_act_taken_as_given(check):
    """hedges-round11 rush-bpr-semarang: "pembayaran klaim" disputes nothing."""
    assert found(check, "Nasabah menerima pesan berantai yang menyebut izin usaha BPR tersebut akan dicabut oleh OJK.",
                 "Pencabutan izin BPR Mitra Sejahtera membuat nasabahnya harus menunggu proses pembayaran klaim.") == \
        [(3, "Pencabutan")]


def test_intent_and_bias_are_loaded(check):
    """hedges-round11 wasit-liga-2-sidoarjo: "menyebut wasit ... sengaja memihak" is an accusation."""
    assert found(check, "Pelatih tim tamu, Rudy Hartawan, menyebut wasit Andi Saputra sengaja memihak tuan rumah.",
                 "Keberpihakan wasit Andi Saputra kepada tuan rumah tampak dari tiga keputusan krusial.") == \
        [(3, "Keberpihakan")]


def test_a_negation_in_a_relative_clause_of_the_subject_denies_nothing(check):
    """hedges-round6 kebocoran-data-kantongpay: the hedge's own negation, kept."""
    assert found(check, "Ketua KKDI menuding perusahaan lalai karena tidak memperbarui sistem keamanan servernya.",
                 "Kelalaian perusahaan yang tidak memperbarui sistem keamanan server membuat data pengguna mudah "
                 "diakses pihak luar.") == [(3, "Kelalaian")]
