"""hedge-escalation: a hedged claim restated in other words or other units (issue 11, hedges-round12)."""

from pathlib import Path

import pytest

from qa_lint import packs
from qa_lint.readers import read_text

ID_RULE = "id.sourcing.hedge-escalation"
HELDOUT = Path(__file__).resolve().parent.parent / "fixtures" / "heldout"


@pytest.fixture(scope="module")
def pset():
    return packs.load()


def run(pset, rule_id, text):
    return list(pset.check(rule_id).run(read_text(text, "<test>", "txt")))


def test_an_estimate_made_exact_in_another_unit_of_its_dimension(pset):
    estimate = "Petugas memperkirakan kapal itu membawa sekitar 20 ton ikan beku.\nNakhoda diperiksa.\n"
    assert [f.match for f in run(pset, ID_RULE, estimate + "Kapal itu mengangkut tepat 21.700 kilogram ikan beku.\n")] \
        == ["21.700 kilogram"]
    # A more exact figure in another unit that the estimate does not round to is another weight.
    assert run(pset, ID_RULE, estimate + "Kapal itu mengangkut tepat 2.700 kilogram ikan beku.\n") == []
    # Another dimension (kilometres) is another measure, whatever the digits.
    assert run(pset, ID_RULE, estimate + "Kapal itu berlayar tepat 21.700 meter dari pantai dengan ikan beku.\n") == []
    # A kilogram estimate made exact in tonnes, by nobody named, is the same escalation.
    grams = "Warga memperkirakan sekitar 3.000 kilogram beras rusak terendam.\nGudang ditutup.\n"
    assert "3,1 ton" in [f.match for f in run(pset, ID_RULE, grams + "Sebanyak 3,1 ton beras rusak terendam.\n")]
    assert "3,9 ton" not in [f.match for f in run(pset, ID_RULE, grams + "Sebanyak 3,9 ton beras rusak terendam.\n")]


def test_a_partys_claim_repeated_nearly_word_for_word_in_the_writers_voice(pset):
    claim = ("PT Sawit Hijau, pengelola konsesi di hulu, mengklaim seluruh kegiatan pembukaan lahannya telah sesuai izin "
             "dan tidak menyentuh kawasan lindung.\nKementerian akan mengirim tim pekan ini.\n")
    restated = claim + "Kegiatan pembukaan lahan oleh Sawit Hijau berlangsung sesuai izin dan tidak pernah menyentuh kawasan lindung.\n"
    assert [f.match for f in run(pset, ID_RULE, restated)] == ["Kegiatan"]
    # Attributed, it is the party's word again; negated the other way, a contradiction; said to be
    # still checked, an open point.
    assert run(pset, ID_RULE, restated.replace("pernah menyentuh kawasan lindung.", "pernah menyentuh kawasan lindung, kata Budi.")) == []
    assert run(pset, ID_RULE, restated.replace("tidak pernah menyentuh", "ternyata menyentuh")) == []
    assert run(pset, ID_RULE, restated.replace("berlangsung sesuai", "masih diperiksa apakah sesuai")) == []
    # A line that goes on about the same clearing with a word or two of the claim is how the story goes on.
    assert run(pset, ID_RULE, claim + "Kegiatan pembukaan lahan itu dimulai tiga tahun lalu di lereng bukit.\n") == []


def test_a_never_in_the_claim_is_no_past_anchor(pset):
    # "tidak pernah" (never) dates nothing: the restatement above is not background.
    claim = "Perusahaan mengklaim limbah pabriknya tidak pernah dibuang ke sungai dan selalu diolah di instalasi sendiri.\nWarga protes.\n"
    found = run(pset, ID_RULE, claim + "Limbah pabrik itu tidak pernah dibuang ke sungai dan selalu diolah di instalasi sendiri.\n")
    assert [f.line for f in found] == [3]


def test_a_prosecutors_charge_is_an_accusation_until_a_court_rules(pset):
    charge = ("Jaksa mendakwa Bambang menerima suap dari rekanan proyek jalan desa senilai Rp2 miliar.\n"
              "Bambang membantah.\n")
    assert [f.match for f in run(pset, ID_RULE, charge + "Bambang telah menerima suap dari rekanan proyek jalan desa itu.\n")] \
        == ["telah"]
    # The judges' ruling, attributed, is news; the denial is a denial.
    assert run(pset, ID_RULE, charge + "Majelis hakim menyatakan Bambang terbukti menerima suap dari rekanan proyek jalan desa itu.\n") == []
    # The status noun "terdakwa" is no charge: a defendant's plea is not hedged by it.
    assert run(pset, ID_RULE, "Terdakwa Bambang menerima putusan hakim.\nSidang ditutup.\nBambang telah menerima putusan itu.\n") == []


def test_a_suspicion_repeated_nearly_word_for_word_in_other_verbs(pset):
    charge = ("Menurut dakwaan, selisih harga itu mengalir ke dua perusahaan rekanan yang dimiliki kerabat terdakwa.\n"
              "Sidang ditunda.\n")
    found = run(pset, ID_RULE, charge + "Selisih harga itu dinikmati dua perusahaan rekanan milik kerabatnya.\n")
    assert [f.line for f in found] == [3]
    # Attributed, or with only a word or two of the charge, it is reporting.
    assert run(pset, ID_RULE, charge + "Selisih harga itu dinikmati dua perusahaan rekanan milik kerabatnya, kata jaksa.\n") == []
    assert run(pset, ID_RULE, charge + "Kedua perusahaan itu kini tidak lagi mengikuti lelang.\n") == []
    # "Menurut polisi, ..." names a speaker, not a hedge: nothing is indexed from it.
    said = "Menurut polisi, selisih harga itu mengalir ke dua perusahaan rekanan milik kerabat terdakwa.\nSidang ditunda.\n"
    assert run(pset, ID_RULE, said + "Selisih harga itu dinikmati dua perusahaan rekanan milik kerabatnya.\n") == []


def test_a_plans_own_figure_reported_done_in_other_words(pset):
    plan = ("Perusahaan mengatakan berencana mengurangi sekitar 350 posisi, atau hampir seperlima dari total karyawannya, "
            "hingga akhir September.\nSerikat pekerja meminta pertemuan.\n")
    found = run(pset, ID_RULE, plan + "Sebanyak 350 karyawan telah diberhentikan dan menerima pesangon.\n")
    assert [f.match for f in found] == ["karyawan"]
    # Another figure, a figure of something the plan does not name, a report attributed, or not done.
    assert run(pset, ID_RULE, plan + "Sebanyak 120 karyawan telah diberhentikan dan menerima pesangon.\n") == []
    assert run(pset, ID_RULE, plan + "Sebanyak 350 pengemudi telah menerima bonus akhir tahun.\n") == []
    assert run(pset, ID_RULE, plan + "Sebanyak 350 karyawan telah diberhentikan, kata serikat pekerja.\n") == []
    assert run(pset, ID_RULE, plan + "Sebanyak 350 karyawan belum diberhentikan hingga kini.\n") == []


def test_a_clitic_the_stemmer_leaves_on_is_read_past(pset):
    check = pset.check(ID_RULE)
    # Sastrawi knows no "karyawan", so it leaves "karyawannya" whole; the rule reads past "-nya".
    assert check.stem("karyawannya") == check.stem("karyawan")
    assert check.stem("hanya") == "hanya"


def test_a_suspicions_figure_words_are_not_what_is_suspected(pset):
    # id-round3: the court's order shares only "aset", "senilai", "won" and the number word with the suspicion.
    text = ("Park ditangkap karena diduga menyelewengkan aset kripto senilai sekitar 180 miliar won milik nasabah.\n"
            "Hakim membacakan putusan.\nPengadilan juga memerintahkan penyitaan aset senilai 95 miliar won milik Park.\n")
    assert run(pset, ID_RULE, text) == []


def test_a_headline_root_that_names_a_thing_beside_its_predicate(pset):
    body = ("KENDARI – Jaksa menuntut Ronald Siregar sembilan tahun penjara, Selasa (13/4/2027).\n"
            "Ronald didakwa menambang nikel di luar wilayah izin usaha seluas 157 hektare.\n")
    # "Perusahaan Tambang Nikel Dituntut": the predicate is "Dituntut"; "Tambang" names the company's trade.
    assert run(pset, ID_RULE, "Mantan Direktur Perusahaan Tambang Nikel Dituntut 9 Tahun Penjara\n" + body) == []
    # With no other predicate, the bare root is the act stated: "Ronald Tambang Nikel di Luar Izin".
    assert [f.line for f in run(pset, ID_RULE, "Ronald Tambang Nikel di Luar Wilayah Izin\n" + body)] == [1]
    # After the predicate the root is the hedged act's own word: "Ditutup Total" over "Penutupan total
    # adalah salah satu kemungkinan" (hedges-round11).
    closed = (HELDOUT / "hedges-round11" / "retakan-tol-cipularang.txt").read_text(encoding="utf-8")
    assert 1 in [f.line for f in run(pset, ID_RULE, closed)]


def test_a_partys_claim_is_not_restated_by_another_party(pset):
    # Real news (nlp-id): another maker's product in the claim's words is not the claim taken as fact.
    claim = ("Xiaomi mengklaim teknologinya ini bisa mengisi daya baterai smartphone berkapasitas 4.000 mAh dalam waktu 17 menit.\n"
             "Harga belum diumumkan.\n")
    assert run(pset, ID_RULE, claim + "Selain Xiaomi, produsen smartphone seperti Vivo juga mengembangkan teknologi pengisian "
                                      "daya cepat.\n") == []
    assert [f.line for f in run(pset, ID_RULE, claim + "Teknologi itu mengisi daya baterai smartphone berkapasitas 4.000 mAh "
                                                       "dalam waktu 17 menit.\n")] == [3]
