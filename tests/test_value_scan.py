"""value_scan: a layout tried only where a value can start finds what finditer finds."""

import regex

from qa_lint import value_scan
from qa_lint.value_scan import ValueStarts, leads_with_value


def test_leads_with_value_after_lookbehinds_only():
    assert leads_with_value(r"{quantity}\s+orang")
    assert leads_with_value(r"{amount}")
    assert leads_with_value(r"(?<![,(]\s?)(?<!\b(?:usia|umur)\s){quantity}\s+(?P<unit>tahun)")
    assert not leads_with_value(r"(?i:menewaskan)\s+{quantity}")
    assert not leads_with_value(r"(?<!(?:{name})\s+)\b(?:mengalahkan)\s+{score}")
    assert not leads_with_value(r"(?P<unit>menit\s+ke)-{quantity}")


STARTS = ValueStarts(["tujuh", "sembilan", "puluh"], ["sekitar", "lebih dari", "Rp", "US$"])
LAYOUT = regex.compile(
    r"(?:(?:Rp|US\$)\s*)?(?:(?:sekitar|lebih dari)\s+)?(?<!salah\s)(?:(?<![\p{L}\p{N}_])\d+(?:[.,]\d+)*"
    r"|(?<![\p{L}\p{N}_])(?:tujuh|sembilan|puluh)(?:\s+(?:tujuh|sembilan|puluh))*(?!\p{L}))\s+(?:orang|juta)", regex.I)
TEXTS = [
    "Banjir menewaskan tujuh orang. Kemudian Sembilan orang tewas, dan sekitar 1.200 orang mengungsi.",
    "Lebih dari 30 orang; salah 4 orang; Rp 5 juta; US$12 juta; disekitar 7 orang, x12 orang, 2025 12 orang.",
    "Tujuh puluh orang hadir. tujuhbelas orang. 9,5 juta",
]


def test_finditer_matches_what_finditer_finds():
    for text in TEXTS:
        places = STARTS.find(text)
        assert places is not None
        expected = [m.span() for m in LAYOUT.finditer(text)]
        assert expected  # the texts do hold matches
        assert [m.span() for m in value_scan.finditer(LAYOUT, text, places)] == expected
        end = len(text) // 2
        assert [m.span() for m in value_scan.finditer(LAYOUT, text, places, 0, end)] == \
            [m.span() for m in LAYOUT.finditer(text, 0, end)]


def test_places_skip_letters_that_cannot_start_a_value():
    text = "Warga tujuh kota"
    assert STARTS.find(text) == [text.index("tujuh")]


def test_a_text_whose_lower_case_changes_length_is_scanned_in_full():
    assert STARTS.find("İstanbul 7 orang") is None
    assert [m.group() for m in value_scan.finditer(LAYOUT, "İstanbul 7 orang", None)] == ["7 orang"]


def test_a_very_long_text_is_scanned_in_full():
    text = "Tujuh orang tewas. " * (value_scan.LONG_TEXT // 19 + 1)
    assert STARTS.find(text) is None
    assert STARTS.find(text[:1000]) is not None
