"""role-consistency (id.names.role-changes): one person, two offices that exclude each other."""

import pytest

from qa_lint.api import Linter, Options


@pytest.fixture(scope="module")
def roles():
    return Linter(Options(select=["id.names.role-changes"]))


def found(linter, text):
    return [(f.line, f.match) for f in linter.lint_text(text, language="id").findings]


def test_a_prosecutor_later_called_judge_is_reported_on_the_later_mention(roles):
    text = "Jaksa penuntut Kim Min-seo menuntut 15 tahun.\nHakim Lee Sang-woo membacakan putusan.\nHakim Kim Min-seo akan banding."
    assert found(roles, text) == [(3, "Hakim Kim Min-seo")]


def test_two_portfolios_of_one_minister_are_reported_but_an_acronym_is_the_same_office(roles):
    other = "Menteri Sumber Daya Alam dan Kelestarian Lingkungan, Nik Azmi Rahman, bicara.\nMenteri Keuangan Nik Azmi Rahman menambahkan."
    assert found(roles, other) == [(2, "Menteri Keuangan Nik Azmi Rahman")]
    same = "Menteri BUMN Erick Thohir hadir.\nMenteri Badan Usaha Milik Negara Erick Thohir lalu pulang."
    assert found(roles, same) == []
    longer = "Menteri Keuangan Sri Mulyani hadir.\nMenteri Keuangan Indonesia Sri Mulyani lalu pulang."
    assert found(roles, longer) == []


def test_former_and_deputy_offices_and_other_people_stay_quiet(roles):
    text = ("Mantan Gubernur Jawa Barat Ridwan Kamil hadir.\nWali Kota Bandung Ridwan Kamil dulu membangun taman.\n"
            "Wakil Gubernur Jawa Barat Dedi Mulyadi dan Gubernur Jawa Barat Dedi Mulyadi... ")
    # 'Mantan' and 'Wakil' make no claim about the present office.
    assert found(roles, text) == []
    # Two people who share only a surname are not one person.
    assert found(roles, "Hakim Lee Sang-woo hadir.\nJaksa Kim Sang-woo menuntut.") == []


def test_a_shared_place_is_no_person(roles):
    # Both offices end in the same region's name: two offices, not one person's two titles.
    assert found(roles, "Gubernur Jawa Tengah hadir.\nWali Kota Jawa Tengah tidak ada.") == []


# -- issue 10: offices with an apposition, after the name, of the state and of a company --
def test_an_office_with_lowercase_words_before_an_apposition(roles):
    text = ("Direktur utama koperasi itu, Yosef Ndun, meresmikan gudang.\n"
            "Gudang itu menampung 500 ton.\n"
            "Direktur Keuangan Yosef Ndun menyebut biayanya Rp 2 miliar.")
    assert found(roles, text) == [(3, "Direktur Keuangan Yosef Ndun")]
    # A director and a commissioner of one company: the two boards exclude each other.
    text = "Direktur Utama PT Laut Biru, Robert Lay, hadir.\nKomisaris PT Laut Biru, Robert Lay, menutup rapat."
    assert found(roles, text) == [(2, "Komisaris PT Laut Biru, Robert Lay")]


def test_a_minister_is_no_governor_but_a_prime_minister_may_hold_a_portfolio(roles):
    text = "Gubernur Bank Sentral, Rudi Kartasasmita, menahan suku bunga.\nMenteri Perdagangan Rudi Kartasasmita menambahkan."
    assert found(roles, text) == [(2, "Menteri Perdagangan Rudi Kartasasmita")]
    text = "Perdana Menteri Anwar Ibrahim tiba.\nMenteri Keuangan Anwar Ibrahim lalu menyampaikan anggaran."
    assert found(roles, text) == []


def test_an_independent_role_after_the_name_excludes_an_office(roles):
    text = ("Pameran itu disusun Clara Sitompul, arsitek independen asal Medan.\n"
            "Kepala Dinas Pariwisata, Clara Sitompul, membuka pameran.")
    assert found(roles, text) == [(2, "Kepala Dinas Pariwisata, Clara Sitompul")]
    # An independent commissioner holds an office of the board: no conflict with "Komisaris".
    text = "Komisaris Independen PT Laut Biru, Robert Lay, hadir.\nKomisaris Robert Lay menutup rapat."
    assert found(roles, text) == []
    # A role after the name that is no office and not independent says nothing.
    assert found(roles, "Clara Sitompul, arsitek asal Medan, hadir.\nKepala Dinas Pariwisata Clara Sitompul membuka pameran.") == []


def test_an_office_named_more_closely_is_the_same_office(roles):
    text = ("Hakim Nani Sutri membuka sidang.\nHakim Ketua Nani Sutri menutupnya.\n"
            "Komisaris Robert Lay hadir.\nKomisaris Utama Robert Lay memimpin rapat.")
    assert found(roles, text) == []


def test_a_name_and_its_verb_before_a_comma_are_another_clause(roles):
    # "Jawa Barat Ridwan Kamil mengatakan" is no office of Dedi Mulyadi.
    text = "Gubernur Jawa Barat Ridwan Kamil mengatakan, Dedi Mulyadi siap membantu.\nBupati Purwakarta Dedi Mulyadi mengirim alat berat."
    assert found(roles, text) == []


def test_a_police_rank_is_no_board_seat(roles):
    text = "Komisaris PT Jaya Abadi, Budi Hartanto, hadir.\nDirektur Utama PT Jaya Abadi, Rudi Salim, membuka rapat.\nKomisaris Besar Rudi Salim memimpin pengamanan."
    assert found(roles, text) == []


def test_an_office_in_apposition_after_the_name(roles):
    text = "Pabrik itu dipimpin Yosef Ndun, direktur utama koperasi itu.\nKomisaris Yosef Ndun menyebut gudang itu penuh."
    assert found(roles, text) == [(2, "Komisaris Yosef Ndun")]
    # The same office before the name later: consistent.
    assert found(roles, text.replace("Komisaris Yosef", "Direktur Utama Yosef")) == []


def test_presiding_judge_vice_rector_and_a_title_before_the_name(linter):
    text = ("Ketua majelis hakim, Sri Wahyuni, membacakan vonis.\n"
            "Wakil Rektor Bidang Akademik ITS, Prof. Bambang Sukoco, membuka acara.\n"
            "Jaksa Sri Wahyuni menyebut hal yang memberatkan.\n"
            "Rektor ITS Bambang Sukoco lalu menyerahkan ijazah.\n")
    found = [f for f in linter.lint_text(text, language="id").findings if f.rule == "id.names.role-changes"]
    assert [(f.line, f.match) for f in found] == [(3, "Jaksa Sri Wahyuni"), (4, "Rektor ITS Bambang Sukoco")]
    assert 'Wakil Rektor Bidang Akademik ITS" on line 2' in found[1].message  # the title "Prof." is not the office
    # The presiding judge is a judge.
    quiet = "Ketua majelis hakim, Sri Wahyuni, membacakan vonis.\nHakim Sri Wahyuni lalu menutup sidang.\n"
    assert [f for f in linter.lint_text(quiet, language="id").findings if f.rule == "id.names.role-changes"] == []


# -- issue 10, round 8: offices in other shapes -------------------------------------------
def test_heading_a_body_is_an_office(roles):
    text = ("Majelis hakim yang diketuai Wulan Pratiwi Siregar membacakan putusan.\n"
            "Seusai sidang, jaksa Wulan Pratiwi Siregar menyatakan pikir-pikir.")
    assert found(roles, text) == [(2, "jaksa Wulan Pratiwi Siregar")]
    # The presiding judge is a judge; a team led by someone holds no office of the list.
    assert found(roles, text.replace("jaksa Wulan", "hakim Wulan")) == []
    assert found(roles, "Tim yang dipimpin Budi Santoso menemukan fosil.\nKepala Badan Geologi Budi Santoso mengumumkannya.") == []


def test_a_lowercase_office_counts_only_where_it_cannot_mean_someones(roles):
    assert found(roles, "Hakim Dodi Kurnia Putra membuka sidang.\nKata jaksa Dodi Kurnia Putra, saksi sudah siap.") == [
        (2, "jaksa Dodi Kurnia Putra")]
    # "kuasa hukum Dodi" is Dodi's lawyer, not Dodi the lawyer.
    assert found(roles, "Hakim Dodi Kurnia Putra membuka sidang.\nMenurut kuasa hukum Dodi Kurnia Putra, kliennya dirugikan.") == []


def test_a_role_joined_to_the_name_after_it(roles):
    text = "Sidang dibuka Herman Lay selaku ketua majelis hakim.\nJaksa penuntut Herman Lay membacakan tuntutan."
    assert found(roles, text) == [(2, "Jaksa penuntut Herman Lay")]
    text = "Rapat dihadiri Yusuf Rante, yang menjabat Bupati Toraja Utara.\nGubernur Sulawesi Selatan Yusuf Rante menutup rapat."
    assert found(roles, text) == [(2, "Gubernur Sulawesi Selatan Yusuf Rante")]
    # "yang kini menjabat": the office changed; a list of officials is no apposition.
    assert found(roles, text.replace("yang menjabat", "yang kini menjabat")) == []
    listed = ("Gubernur Jawa Barat Dedi Mulyadi, Bupati Bogor Rudy Susmanto, dan Wali Kota Bogor Dedie Rachim hadir.\n"
              "Gubernur Dedi Mulyadi lalu pulang.")
    assert found(roles, listed) == []


def test_an_office_with_a_possessive_before_an_apposition(roles):
    text = ("Terdakwa mengajukan banding. Kuasa hukumnya, Stevanus Manafe, menyerahkan memori banding.\n"
            "Hakim Stevanus Manafe menolak permohonan itu.")
    assert found(roles, text) == [(2, "Hakim Stevanus Manafe")]
    # Without the apposition's comma, "-nya" is another word: nothing is read.
    assert found(roles, text.replace("Kuasa hukumnya, Stevanus Manafe,", "Kuasa hukumnya Stevanus Manafe")) == []


def test_a_body_led_by_a_titled_name_keeps_the_title_as_the_office(roles):
    text = "Majelis hakim yang dipimpin Hakim Ketua Lusi Anggraini membacakan putusan.\nJaksa Lusi Anggraini menyatakan pikir-pikir."
    (f,) = Linter(Options(select=["id.names.role-changes"])).lint_text(text, language="id").findings
    assert (f.line, f.match) == (2, "Jaksa Lusi Anggraini")
    assert '"Hakim Ketua"' in f.message and f.related[0].column == 29


def test_an_office_phrase_closed_by_an_acronym_in_brackets_is_read(roles):
    text = ("Jaksa penuntut umum dari Kejaksaan Agung (Kejagung), Stefanus Lobo, membacakan tuntutan.\n\n"
            "Hakim Stefanus Lobo lalu menunda sidang.")
    assert found(roles, text) == [(3, "Hakim Stefanus Lobo")]


def test_a_head_of_a_regional_office_later_called_a_director(roles):
    text = ("Kepala Dinas Pendidikan Sulawesi Tengah, Rahmawati Lamakarate, meninjau sekolah.\n\n"
            "Direktur RSUD Undata, Rahmawati Lamakarate, meminta warga tenang.")
    assert found(roles, text) == [(3, "Direktur RSUD Undata, Rahmawati Lamakarate")]
    # Two people, and a former director, stay quiet.
    two = "Kepala Dinas Kesehatan Bali, Nyoman Sutedja, hadir.\n\nDirektur RSUP Sanglah, Komang Artawan, menjelaskan."
    assert found(roles, two) == []
    former = text.replace("Direktur RSUD", "Mantan Direktur RSUD")
    assert found(roles, former) == []


def test_a_later_office_before_the_surname_alone_is_the_person_named_in_full(roles):
    text = "Hakim Ketua Dedi Kurniawan Lubis membacakan putusan.\nJaksa Lubis menyatakan pikir-pikir."
    assert found(roles, text) == [(2, "Jaksa Lubis")]
    # The same office is no slip; a second Lubis makes the surname alone either of them.
    assert found(roles, "Hakim Ketua Dedi Lubis membacakan putusan.\nHakim Lubis menutup sidang.") == []
    two = "Hakim Ketua Dedi Lubis membacakan putusan. Jaksa Rina Lubis hadir.\nJaksa Lubis menyatakan pikir-pikir."
    assert found(roles, two) == []


def test_english_names_of_a_post_are_aliases_of_the_indonesian_office(roles):
    text = "Kepala Eksekutif (CEO) Kasira, Adrian Salim, hadir.\nAdrian Salim, yang menjabat Chief Technology Officer Kasira, bicara."
    assert [line for line, _ in found(roles, text)] == [2]
    # CEO, Chief Executive Officer and Presiden Direktur are one office: no conflict among them.
    same = "CEO Lumbung Pay, Rudi Hartono, hadir.\nPresiden Direktur Lumbung Pay, Rudi Hartono, bicara.\nChief Executive Officer Lumbung Pay, Rudi Hartono, pulang."
    assert found(roles, same) == []


def test_heads_of_two_dinas_conflict_but_a_region_word_or_longer_name_does_not(roles):
    two = "Kepala Dinas Pertanian Indramayu, Sugeng Haryadi, hadir.\nKepala Dinas Ketahanan Pangan Indramayu, Sugeng Haryadi, bicara."
    assert [line for line, _ in found(roles, two)] == [2]
    region = "Kepala Dinas Kesehatan Lebak, Nurlaela Hasanah, hadir.\nKepala Dinas Kesehatan Kabupaten Lebak, Nurlaela Hasanah, bicara."
    assert found(roles, region) == []
    merged = "Kepala Dinas Pertanian Indramayu, Sugeng Haryadi, hadir.\nKepala Dinas Pertanian dan Ketahanan Pangan Indramayu, Sugeng Haryadi, bicara."
    assert found(roles, merged) == []


def test_a_hospital_named_after_a_doctor_stays_inside_the_office(roles):
    text = "Kepala Dinas Kesehatan Lebak, dr. Nurlaela Hasanah, hadir.\nDirektur RSUD dr. Adjidarmo, dr. Nurlaela Hasanah, bicara."
    assert [line for line, _ in found(roles, text)] == [2]
    other = "Kepala Dinas Kesehatan Lebak, dr. Nurlaela Hasanah, hadir.\nDirektur RSUD dr. Adjidarmo, dr. Budi Santoso, bicara."
    assert found(roles, other) == []


# -- a body's head and deputy (ranks): one body only --
@pytest.mark.parametrize(
    "first,later",
    [
        ("Ketua DPRD Jawa Tengah, Sumanto Wibowo, menerima buruh.", "Wakil Ketua DPRD Jawa Tengah, Sumanto Wibowo, berjanji menindaklanjuti."),
        ("Kepala BPBD Kabupaten Garut, Satria Budi, mengatakan 40 rumah rusak.", "Wakil Kepala BPBD Garut Satria Budi menyebut bantuan sudah dikirim."),
        # The body's acronym right before the name is no part of the name.
        ("Ketua KPK Nawawi Pomolango membuka acara itu.", "Wakil Ketua KPK Nawawi Pomolango menyebut tersangka segera ditahan."),
    ],
)
def test_a_head_later_called_the_deputy_of_the_same_body(roles, first, later):
    text = f"{first}\n\nRapat berlangsung tertutup.\n\n{later}\n"
    assert [line for line, _ in found(roles, text)] == [5]


@pytest.mark.parametrize(
    "first,later",
    [
        # Two bodies: a party's chair may be the parliament's deputy speaker; two commissions.
        ("Ketua Umum Partai Gerindra, Sufmi Dasco Ahmad, hadir.", "Wakil Ketua DPR Sufmi Dasco Ahmad menyebut RUU itu segera disahkan."),
        ("Ketua Komisi III DPR, Habiburokhman Said, membuka rapat.", "Wakil Ketua Komisi II DPR Habiburokhman Said menutup rapat."),
        ("Ketua serikat pekerja, Teguh Santosa, mengatakan pekerja khawatir.", "Teguh Santosa, yang juga Wakil Ketua DPC Partai Buruh Cilacap, menolak berkomentar."),
        # A body named on one side only; similar names of two people; a former office.
        ("Ketua, Sumanto Wibowo, membuka rapat.", "Wakil Ketua DPRD Jawa Tengah, Sumanto Wibowo, berjanji menindaklanjuti."),
        ("Ketua DPRD Jawa Tengah, Sumanto Wibowo, menerima buruh.", "Wakil Ketua DPRD Jawa Tengah, Sumarno Wibowo, berjanji menindaklanjuti."),
        ("Ketua DPRD Jawa Tengah, Sumanto Wibowo, menerima buruh.", "Mantan Wakil Ketua DPRD Jawa Tengah Sumanto Wibowo ikut hadir."),
    ],
)
def test_head_and_deputy_look_alikes_stay_quiet(roles, first, later):
    assert found(roles, f"{first}\n\nRapat berlangsung tertutup.\n\n{later}\n") == []
