"""date-weekday: weekday/date pairs in Indonesian and English copy."""

from pathlib import Path

import pytest

from qa_lint import packs
from qa_lint.checks import PackEnv, Rule
from qa_lint.checks.date_weekday import DateWeekdayCheck
from qa_lint.packs import PackError
from qa_lint.readers import read_text


def weekday_findings(linter, text, language, fmt="txt"):
    result = linter.lint_text(text, fmt=fmt, language=language)
    assert result.error is None, result.error
    return [f for f in result.findings if f.category == "date-inconsistency"]


def make_check(locale="id", **options):
    options.setdefault("layouts", [r"{weekday}\s*\(\s*{day}/{mnum}(?:/{year})?\s*\)"])
    rule = Rule(
        id="test.date", type="date-weekday", severity="error", category="date-inconsistency",
        message="{date} was a {right} ({right_en}), not {weekday}{year_note}", options=options,
        pack="test", pack_path="test.yaml", language=locale,
    )
    return DateWeekdayCheck(rule, PackEnv(locale, Path("."), {}, locale))


def run(check, text, fmt="txt", meta=None):
    doc = read_text(text, "a.txt", fmt)
    doc.metadata.update(meta or {})
    return list(check.run(doc))


def test_seed_lines_5_and_10_name_the_right_weekday(linter):
    result = linter.lint_file(Path(__file__).resolve().parent.parent / "fixtures" / "tribunnews-putin-korut.txt")
    found = {f.line: f for f in result.findings if f.rule == "id.date.weekday-mismatch"}
    assert sorted(found) == [5, 10]
    assert found[5].message == "20/6/2024 was a Kamis (Thursday), not Rabu; if Rabu is right, the date is 19/6/2024"
    # Both readings: the weekday that date was, and the date of that weekday in the same week
    # (the seed's signing really was on Wednesday 19 June).
    assert (found[5].column, found[5].match) == (6, "Rabu (20/6/2024)")
    assert found[5].suggestions == ["Kamis (20/6/2024)", "Rabu (19/6/2024)"]
    assert found[10].message == "21/6/2024 was a Jumat (Friday), not Kamis; if Kamis is right, the date is 20/6/2024"
    assert found[10].suggestions == ["Jumat (21/6/2024)", "Kamis (20/6/2024)"]
    # The date is given as the related location, so an editor sees both halves.
    assert found[5].related[0].column == 12 and found[5].related[0].message == "the date"


@pytest.mark.parametrize(
    "text",
    [
        "Pada Rabu (19/6/2024) perjanjian ditandatangani.",
        "Rapat digelar Senin, 3 Juni 2024, di Jakarta.",
        "Pengumuman disampaikan di Istana (Kamis, 20/6/2024).",
        "Pengumuman disampaikan Kamis (20 Juni 2024).",
        "Salat Jum'at (21/6/2024) dan kerja bakti Ahad (23/6/2024).",
        "KAMIS (20/6/2024) PUTIN TIBA DI HANOI.",
    ],
)
def test_correct_indonesian_pairs_stay_quiet(linter, text):
    assert weekday_findings(linter, text, "id") == []


@pytest.mark.parametrize(
    "text,match,suggestions",
    [
        ("Pada Rabu (20/6/2024) perjanjian ditandatangani.", "Rabu (20/6/2024)", ["Kamis (20/6/2024)", "Rabu (19/6/2024)"]),
        ("Rapat digelar Selasa, 3 Juni 2024, di Jakarta.", "Selasa, 3 Juni 2024", ["Senin, 3 Juni 2024", "Selasa, 4 Juni 2024"]),
        ("Pengumuman disampaikan di Istana (Kamis, 19/6/2024).", "Kamis, 19/6/2024", ["Rabu, 19/6/2024", "Kamis, 20/6/2024"]),
        ("Rapat digelar Rabu, 20 Agt 2024.", "Rabu, 20 Agt 2024", ["Selasa, 20 Agt 2024", "Rabu, 21 Agt 2024"]),
        ("Salat Jum'at (20/6/2024) berlangsung khidmat.", "Jum'at (20/6/2024)", ["Kamis (20/6/2024)", "Jum'at (21/6/2024)"]),
        ("Kerja bakti Ahad (22/6/2024).", "Ahad (22/6/2024)", ["Sabtu (22/6/2024)", "Ahad (23/6/2024)"]),
        ("Jadwal: Sen (20/6/2024).", "Sen (20/6/2024)", ["Kam (20/6/2024)", "Sen (17/6/2024)"]),  # abbreviated stays abbreviated
        ("RABU (20/6/2024) PUTIN TIBA.", "RABU (20/6/2024)", ["KAMIS (20/6/2024)", "RABU (19/6/2024)"]),  # capitals stay capitals
        # The date reading crosses months and years as the writer writes them.
        ("Rapat Minggu malam (01/07/24).", "Minggu malam (01/07/24)", ["Senin malam (01/07/24)", "Minggu malam (30/06/24)"]),
        ("Rapat Rabu, 1 Agustus 2024.", "Rabu, 1 Agustus 2024", ["Kamis, 1 Agustus 2024", "Rabu, 31 Juli 2024"]),
        ("Pesta Selasa (1/1/2025).", "Selasa (1/1/2025)", ["Rabu (1/1/2025)", "Selasa (31/12/2024)"]),
    ],
)
def test_wrong_indonesian_pairs_are_found_with_both_readings(linter, text, match, suggestions):
    found = weekday_findings(linter, text, "id")
    assert [(f.match, f.suggestions, f.severity) for f in found] == [(match, suggestions, "error")]
    assert text[found[0].column - 1:].startswith(match)


def test_year_from_front_matter_date(linter):
    text = "---\ndate: 2024-06-21\n---\nMenteri itu tiba di Hanoi pada Rabu (20/6) pagi.\n"
    (f,) = weekday_findings(linter, text, "id", fmt="md")
    assert f.message == "20/6 was a Kamis (Thursday), not Rabu (year 2024 taken from the article's date); if Rabu is right, the date is 19/6"
    assert (f.line, f.column, f.suggestions) == (4, 32, ["Kamis (20/6)", "Rabu (19/6)"])
    ok = "---\ndate: 2024-06-21\n---\nMenteri itu tiba di Hanoi pada Kamis (20/6) pagi.\n"
    assert weekday_findings(linter, ok, "id", fmt="md") == []


def test_metadata_date_as_string_and_year_boundary():
    check = make_check()
    # 31/12 in an article of 2 January is last December: 31 Dec 2024 was a Tuesday.
    assert run(check, "Pesta pada Selasa (31/12) malam.", meta={"date": "2025-01-02T08:00:00+07:00"}) == []
    (f,) = run(check, "Pesta pada Rabu (31/12) malam.", meta={"date": "2025-01-02"})
    assert "year 2024" in f.message


def test_year_from_nearest_full_date_in_the_text():
    check = make_check(full_dates=[r"{day}\s+{month}\s+{year}"])
    # 19 June was a Monday in 2023 and a Wednesday in 2024.
    near_2024 = "Perjanjian lama diteken 19 Juni 2023.\n\n" + "Kalimat pengisi. " * 10 + "Pertemuan 19 Juni 2024 dan Senin (19/6) itu."
    (f,) = run(check, near_2024)
    assert f.match == "Senin (19/6)" and "(year 2024 taken from 19 Juni 2024 on line 3)" in f.message
    assert f.related[-1].message == "the year was taken from this date"
    near_2023 = "Perjanjian diteken 19 Juni 2023, Senin (19/6).\n\n" + "Kalimat pengisi. " * 10 + "Lalu 19 Juni 2024."
    assert run(check, near_2023) == []
    # A weekday mention with its own year is a full date for its neighbours too.
    assert [f.match for f in run(check, "Rabu (19/6/2024) dan Senin (19/6).")] == ["Senin (19/6)"]


def test_a_year_guessed_from_a_distant_date_judges_no_weekday():
    check = make_check(full_dates=[r"{day}\s+{month}\s+{year}"])
    # 12 November was a Monday in 2018 (the year nearest 7 April 2019) and a Tuesday in
    # 2019: an earlier event's date says little about the year of the story.
    assert run(check, "Perjanjian diteken 7 April 2019. Sidang lanjutan digelar Selasa (12/11).") == []
    # Within a month of the other date the year holds: 6 March 2025 was a Thursday.
    (f,) = run(check, "Gempa terjadi 5 Maret 2025. Pada Jumat (6/3) warga mengungsi.")
    assert f.match == "Jumat (6/3)"
    # Guessed from afar, the year judges no weekday, but two pairs may still contradict.
    assert run(check, "Diteken 7 April 2019. Sidang digelar Minggu (12/11).") == []
    (f,) = run(check, "Diteken 7 April 2019. Sidang digelar Minggu (12/11).\n\nMinggu (13/11) putusan dibacakan.")
    assert f.match == "Minggu (13/11)"


def test_no_year_anywhere_is_left_alone():
    assert run(make_check(), "Pada Rabu (20/6) mereka bertemu.") == []


def test_impossible_dates_are_reported_clearly():
    check = make_check(invalid_message="{date} is not a calendar date ({reason})")
    (f,) = run(check, "Rapat digelar Rabu (31/2/2024).")
    assert f.message == "31/2/2024 is not a calendar date (February 2024 has 29 days)"
    assert f.match == "31/2/2024"
    (f,) = run(check, "Rapat digelar Rabu (30/2).")
    assert f.message == "30/2 is not a calendar date (February never has 30 days)"
    (f,) = run(check, "Rapat digelar Rabu (3/13/2024).")
    assert "there is no month 13" in f.message
    # 29/2 exists in 2024, so with the article's year it is an ordinary date (a Thursday).
    assert run(check, "Rapat Kamis (29/2).", meta={"date": "2024-03-01"}) == []


def test_lower_case_minggu_means_week_not_sunday():
    assert run(make_check(), "Selama dua minggu (20/6/2024) harga naik.") == []


@pytest.mark.parametrize(
    "text,found",
    [
        ("The treaty was signed on Wednesday, June 19, 2024.", []),
        ("The treaty was signed on Wednesday, June 20, 2024.",
         ["June 20, 2024 was a Thursday, not a Wednesday; if Wednesday is right, the date is June 19, 2024"]),
        ("The talks ended on Tuesday, 20 June 2024.",
         ["20 June 2024 was a Thursday, not a Tuesday; if Tuesday is right, the date is 18 June 2024"]),
        ("The talks ended on Thursday, 20th June 2024.", []),
        ("He arrived on Thursday, June 20, 2024, and left on Friday (June 20).",
         ["June 20 was a Thursday, not a Friday (year 2024 taken from June 20, 2024 on line 1); if Friday is right, the date is June 21"]),
        ("The vote is set for Monday, Sept. 16, 2024.", []),
    ],
)
def test_english_forms(linter, text, found):
    assert [f.message for f in weekday_findings(linter, text, "en")] == found


def test_names_come_from_cldr_for_any_locale():
    # No Malay names are written anywhere in the project: CLDR supplies them.
    check = make_check(locale="ms", layouts=[r"{weekday},\s+{day}\s+{month}\s+{year}"])
    (f,) = run(check, "Mesyuarat pada Rabu, 20 Jun 2024.")
    assert f.suggestions == ["Khamis, 20 Jun 2024", "Rabu, 19 Jun 2024"]
    assert run(check, "Mesyuarat pada Khamis, 20 Jun 2024.") == []


def test_pack_errors_name_the_rule(tmp_path):
    pack = tmp_path / "dates.yaml"
    base = (
        "pack: t\nlanguage: id\nrules:\n  - id: t.date\n    type: date-weekday\n    severity: error\n"
        "    category: date-inconsistency\n    message: m\n    examples: {bad: [x], good: [y]}\n"
    )
    pack.write_text(base + "    layouts: ['{weekday} ({day})']\n", encoding="utf-8")
    with pytest.raises(PackError, match="lacks {month or mnum}"):
        packs.load([pack], include_bundled=False)
    pack.write_text(base + "    layouts: ['{weekday} ({day}/{mnum})']\n    weekday_aliases: {Friday: [Jumaat]}\n", encoding="utf-8")
    with pytest.raises(PackError, match="'Friday' is not a id weekday name"):
        packs.load([pack], include_bundled=False)


def test_broken_layout_regex_is_a_pack_error(tmp_path):
    pack = tmp_path / "dates.yaml"
    pack.write_text(
        "pack: t\nlanguage: en\nrules:\n  - id: t.date\n    type: date-weekday\n    severity: error\n"
        "    category: date-inconsistency\n    message: m\n    examples: {bad: [x], good: [y]}\n"
        "    layouts: ['{weekday} ({month} {day}']\n",
        encoding="utf-8",
    )
    with pytest.raises(PackError) as error:
        packs.load([pack], include_bundled=False)
    assert error.value.line == 4 and "not a valid regular expression" in error.value.message


def test_year_from_html_published_time(linter):
    page = (
        '<html lang="id"><head><meta property="article:published_time" content="2024-06-21T10:00:00+07:00"></head>'
        "<body><p>Menteri itu tiba di Hanoi pada Rabu (20/6) pagi.</p></body></html>"
    )
    (f,) = weekday_findings(linter, page, "id", fmt="html")
    assert f.suggestions == ["Kamis (20/6)", "Rabu (19/6)"] and "taken from the article's date" in f.message


def test_the_article_decides_which_reading_comes_first():
    check = make_check()
    # Another mention pairs 17/1/2025 with its right weekday: the weekday is the slip.
    (f,) = run(check, "Banjir melanda Kamis (17/1/2025).\n\nBantuan tiba Jumat (17/1/2025).")
    assert f.suggestions == ["Jumat (17/1/2025)", "Kamis (16/1/2025)"]
    assert f.related[-1].line == 3 and "right weekday" in f.related[-1].message
    # Another mention pairs Rabu with 19/6/2024, the date of that Wednesday: the date is the slip.
    (f,) = run(check, "Perjanjian diteken Rabu (19/6/2024).\n\nPada Rabu (20/6/2024) Putin berpidato.")
    assert f.match == "Rabu (20/6/2024)" and f.suggestions == ["Rabu (19/6/2024)", "Kamis (20/6/2024)"]
    assert f.related[-1].line == 1


def test_without_a_year_contradicting_mentions_are_reported_without_a_guess():
    check = make_check()
    (f,) = run(check, "Rapat pertama Senin (3/6).\n\nRapat kedua Senin (4/6) ricuh.")
    assert (f.line, f.match, f.suggestions) == (3, "Senin (4/6)", [])
    assert f.message == "Senin is 4/6 here but 3/6 on line 1; without a year it cannot be told which is right"
    assert f.related[0].line == 1 and f.related[0].message == "the same weekday with another date"
    (f,) = run(check, "Gempa Jumat (7/6).\n\nWarga mengungsi Sabtu (7/6).")
    assert (f.match, f.related[0].message) == ("Sabtu (7/6)", "the same date with another weekday")
    assert "7/6 is a Sabtu here but a Jumat on line 1" in f.message


@pytest.mark.parametrize(
    "text",
    [
        "Rapat Senin (3/6). Rapat lagi Senin (10/6) dan Senin (17/6).",  # whole weeks apart
        "Pesta Selasa (31/12). Kerja lagi Selasa (7/1).",  # a week apart across New Year
        "Rapat Senin (3/6) dan Selasa (4/6).",  # consecutive days
        "Rapat Senin (3/6). Rapat ulang Senin (3/6) sore.",  # the same pair twice
        "Rapat Senin (3/2). Sidang Senin (12/8).",  # months apart: any year may fit
    ],
)
def test_consistent_undated_mentions_stay_quiet(text):
    assert run(make_check(), text) == []


def test_lower_case_languages_are_checked_with_their_lower_case_names():
    """Spanish writes weekdays and months in lower case (CLDR does too): "martes" is read."""
    check = make_check("es", layouts=[r"{weekday}\s+{day}\s+de\s+{month}(?:\s+de\s+{year})?"], month_widths=["wide"])
    found = run(check, "El tratado se firmó el martes 20 de junio de 2024 en Pyongyang.\n")
    assert [f.match for f in found] == ["martes 20 de junio de 2024"]
    assert "jueves" in found[0].message  # 20 June 2024 was a Thursday
    assert run(check, "El tratado se firmó el jueves 20 de junio de 2024 en Pyongyang.\n") == []
    # Sentence-initial and headline capitals are the same names.
    assert len(run(check, "Martes 20 de junio de 2024: firma del tratado.\n")) == 1


def test_capitalised_languages_still_ignore_lower_case_words():
    """Indonesian capitalises day names; "minggu" in lower case is "week", not Sunday."""
    check = make_check("id", layouts=[r"{weekday}\s+{day}\s+{month}\s+{year}"], month_widths=["wide"])
    assert len(run(check, "Perjanjian ditandatangani Rabu 20 Juni 2024.\n")) == 1
    assert run(check, "Perjanjian ditandatangani rabu 20 juni 2024.\n") == []


@pytest.mark.parametrize("text", [
    # A meeting pointed back to by "itu" after its date, anchored by the place.
    "Rapat koordinasi di Balai Kota Surabaya digelar Kamis (4/3/2027).\n\nCamat diminta menyiapkan data.\n\n"
    "Rapat di Balai Kota pada Jumat (5/3/2027) itu dihadiri 31 camat.",
    # A warning's end date given again, one day later.
    "BPBD mengeluarkan peringatan banjir rob mulai Senin (1/3/2027) hingga Kamis (4/3/2027).\n\nWarga diminta waspada.\n\n"
    "Peringatan banjir itu berlaku hingga Jumat (5/3/2027).",
    # "pada hari pengumuman ...": the day of the announcement made on line 1.
    "Koperasi itu mengumumkan pembubaran unit simpan pinjam, Kamis (4/3/2027).\n\nNasabah antre.\n\n"
    "Anggota berkumpul di kantor pada hari pengumuman pembubaran, Jumat (5/3/2027).",
])
def test_an_event_pointed_back_to_with_another_date_is_reported(linter, text):
    found = weekday_findings(linter, text, "id")
    assert [(f.line, f.match) for f in found] == [(5, "Jumat (5/3/2027)")]
    assert "line 1" in found[0].message


@pytest.mark.parametrize("text", [
    # A series of meetings: which one "itu" means cannot be told.
    "Delegasi bertemu wali kota di Medan, Senin (1/3/2027), lalu bertemu gubernur di Medan, Selasa (2/3/2027).\n\n"
    "Pertemuan di Medan pada Rabu (3/3/2027) itu membahas investasi.",
    # A warning extended; an event moved from its planned date.
    "Peringatan dini berlaku hingga Minggu (7/3/2027).\n\nHujan masih turun.\n\nPeringatan dini itu diperpanjang hingga Rabu (10/3/2027).",
    "Sidang perdana dijadwalkan Senin (1/3/2027).\n\nSidang tersebut akhirnya digelar Selasa (2/3/2027) karena hakim sakit.",
    # Another meeting, sharing no word with the first; the same date again.
    "Menteri bertemu Wali Kota Medan, Senin (1/3/2027).\n\nPertemuan dengan investor Jepang pada Rabu (3/3/2027) itu berlangsung tertutup.",
    "Menteri bertemu Wali Kota Medan, Senin (1/3/2027).\n\nPertemuan di Medan pada Senin (1/3/2027) itu berlangsung tertutup.",
    # The day of another announcement; another occurrence said as such.
    "Koperasi itu mengumumkan pembubaran unit simpan pinjam, Kamis (4/3/2027).\n\nHarga naik pada hari pengumuman inflasi, Jumat (5/3/2027).",
    "Koperasi itu mengumumkan pembubaran unit, Kamis (4/3/2027).\n\nAnggota datang pada hari pengumuman pembubaran berikutnya, Jumat (5/3/2027).",
])
def test_other_events_and_moved_ones_stay_quiet(linter, text):
    assert weekday_findings(linter, text, "id") == []


def test_the_start_of_one_event_dated_twice(linter):
    lead = "Buruh sawit di Rokan Hulu memulai mogok kerja pada Senin (15/2/2027).\n\nPerusahaan menyebut produksi turun.\n\n"
    found = weekday_findings(linter, lead + "Mogok kerja yang dimulai pada Selasa (16/2/2027) itu berlangsung damai.\n", "id")
    assert [f.match for f in found] == ["Selasa (16/2/2027)"]
    # The same date; a start that does not point back; a start said to be another.
    assert weekday_findings(linter, lead + "Mogok kerja yang dimulai pada Senin (15/2/2027) itu berlangsung damai.\n", "id") == []
    assert weekday_findings(linter, lead + "Buruh pelabuhan memulai mogok kerja pada Selasa (16/2/2027).\n", "id") == []
    assert weekday_findings(linter, lead + "Mogok kerja yang dimulai kembali pada Selasa (16/2/2027) itu berlangsung damai.\n", "id") == []


def test_an_event_that_happens_once_where_it_happens_is_tied_by_its_place(linter):
    lead = "Tanah longsor menimbun empat rumah di Kecamatan Wera, Kabupaten Bima, pada Selasa (9/3/2027) dini hari.\n\nBPBD mencatat tiga warga meninggal.\n\n"
    found = weekday_findings(linter, lead + "Tim SAR mencari dua korban yang tertimbun longsor pada Rabu (10/3/2027) di Wera.\n", "id")
    assert [(f.line, f.match) for f in found] == [(5, "Rabu (10/3/2027)")]
    assert "line 1" in found[0].message
    # Another district, an aftershock slide, a place the first clause does not name, a flood
    # (which lasts: not an event of one day), fifteen days later: other events.
    for later in ["Longsor di Donggo pada Rabu (10/3/2027) menutup jalan.",
                  "Longsor susulan di Wera pada Rabu (10/3/2027) menutup jalan.",
                  "Tim SAR mencari korban yang tertimbun longsor pada Rabu (10/3/2027).",
                  "Banjir di Wera pada Rabu (10/3/2027) merendam sawah.",
                  "Longsor di Wera pada Rabu (24/3/2027) menutup jalan."]:
        assert weekday_findings(linter, lead + later + "\n", "id") == [], later
