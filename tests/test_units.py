"""Code-unit counting shared by the LSP, the HTTP API and the rdjson reporter."""

from qa_lint.units import Utf16Index, code_units

TEXT = "😀 Café 𝔸 Benggala Barat"


def test_code_units_per_encoding():
    assert [code_units("😀é", e) for e in ("utf-32", "utf-16", "utf-8")] == [2, 3, 6]


def test_utf16_index_agrees_with_encoding_the_prefix():
    index = Utf16Index(TEXT)
    for offset in range(len(TEXT) + 1):
        assert index.offset(offset) == code_units(TEXT[:offset], "utf-16")
    start = TEXT.index("Benggala")
    assert index.span(start, 8) == (code_units(TEXT[:start]), 8)
