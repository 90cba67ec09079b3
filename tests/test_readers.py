"""Readers keep prose at its original offsets: line/column of a finding is the original file's."""

import pytest

from qa_lint.readers import ReadError, decode, read_text


def locate(doc, needle):
    """Line/column (1-based, code points) of needle as found in the masked prose."""
    start = doc.plain.index(needle)
    assert doc.text[start:start + len(needle)] == needle
    return doc.position(start)


def test_plain_text_columns_count_unicode_characters():
    text = "“Kutipan” – kata “Benggala Barat” di sini\nBaris dua “x” Benggala Barat"
    doc = read_text(text, "a.txt")
    assert locate(doc, "Benggala") == (1, 19)
    # second line: the curly quotes and en dash are single characters each
    second = doc.plain.index("Benggala", doc.line_starts[1])
    assert doc.position(second) == (2, 15)


def test_crlf_lines_and_columns():
    doc = read_text("Satu\r\nDua Barat\r\n\r\nTiga", "a.txt")
    start = doc.plain.index("Barat")
    assert doc.position(start) == (2, 5)
    assert doc.line_text(2) == "Dua Barat"
    assert [doc.text[b.start:b.end] for b in doc.blocks] == ["Satu\r\nDua Barat", "Tiga"]


def test_bom_is_not_a_column():
    assert decode("\ufeffBarat".encode("utf-8"), "a.txt") == "Barat"
    doc = read_text("\ufeffBarat", "a.txt")
    assert doc.position(doc.plain.index("Barat")) == (1, 1)


def test_invalid_utf8_is_a_clear_error():
    with pytest.raises(ReadError, match="not valid UTF-8"):
        decode(b"caf\xe9", "bad.txt")


def test_tabs_count_as_one_column():
    doc = read_text("\tBarat", "a.txt")
    assert doc.position(doc.plain.index("Barat")) == (1, 2)


MARKDOWN = """---
title: Putin di Hanoi
lang: id
date: 2024-06-20
---
# Judul dengan `kode` dan Barat

Paragraf dengan [tautan Barat](https://example.com/Benggala-Barat) dan `Benggala Barat` dalam kode.

```
Benggala Barat di blok kode
```

    Benggala Barat indentasi

- butir **Benggala Barat** tebal
"""


def test_markdown_front_matter_becomes_metadata_and_is_not_prose():
    doc = read_text(MARKDOWN, "a.md")
    assert doc.metadata["title"] == "Putin di Hanoi"
    assert doc.metadata["lang"] == "id"
    assert "title" not in doc.plain and "Putin di Hanoi" not in doc.plain
    assert len(doc.plain) == len(doc.text)


def test_markdown_code_and_urls_are_masked_but_prose_keeps_its_position():
    doc = read_text(MARKDOWN, "a.md")
    occurrences = [i for i in range(len(doc.plain)) if doc.plain.startswith("Benggala Barat", i)]
    # only the bold list item is prose; fenced, indented, inline code and the URL are not
    assert len(occurrences) == 1
    assert doc.position(occurrences[0]) == (16, 11)
    link = doc.plain.index("tautan Barat")
    assert doc.position(link) == (8, 18)


def test_markdown_blocks_split_headings_and_list_items():
    doc = read_text("# Judul\nParagraf satu.\n- butir satu\n- butir dua\n", "a.md")
    texts = [doc.plain[b.start:b.end].strip() for b in doc.blocks]
    assert texts == ["Judul", "Paragraf satu.", "butir satu", "butir dua"]



WEST_BENGAL = "Putin juga mengangkat isu bahwa Benggala Barat menembakkan senjata ke sasaran di tanah Rusia."


def test_markdown_indented_paragraph_continuing_a_list_item_is_prose_not_code():
    # CommonMark: after "- " the item's content starts at column 3, so four spaces after a
    # blank line continue the item (a paragraph); only deeper indentation is a code block.
    text = f"- Butir pertama.\n\n    {WEST_BENGAL}\n\n          kode Benggala Barat\n\nAkhir.\n\n    kode lagi Benggala Barat\n"
    doc = read_text(text, "a.md")
    assert doc.plain.count("Benggala Barat") == 1
    assert locate(doc, "Putin juga") == (3, 5)
    assert "kode" not in doc.plain
    blocks = [doc.plain[b.start:b.end] for b in doc.blocks]
    assert blocks == ["Butir pertama.", WEST_BENGAL, "Akhir."]
    from qa_lint.api import lint_text

    found = lint_text(text, "a.md", language="id").findings
    assert [(f.rule, f.line, f.column) for f in found if f.rule == "id.mt.west-bengal"] == [("id.mt.west-bengal", 3, 37)]


def test_markdown_structure_from_commonmark_reference_definitions_fences_in_lists_setext():
    text = (
        "Judul Barat\n===========\n\n[ref]: https://example.com/Benggala-Barat\n\n"
        "1. Butir\n\n   ```\n   Benggala Barat dalam kode\n   ```\n\n"
        "> kutipan Barat\nlanjutan malas\n\n| Kolom | Isi |\n|---|---|\n| a | Barat |\n\n## Akhir ##\n"
    )
    doc = read_text(text, "a.md")
    assert "Benggala" not in doc.plain and "=" not in doc.plain and "---" not in doc.plain
    assert "#" not in doc.plain and ">" not in doc.plain and "1." not in doc.plain
    assert locate(doc, "kutipan Barat") == (12, 3)
    assert locate(doc, "Akhir") == (19, 4)
    blocks = [doc.plain[b.start:b.end] for b in doc.blocks]
    assert blocks[0] == "Judul Barat" and "Butir" in blocks and "kutipan Barat\nlanjutan malas" in blocks
    assert blocks[-1] == "Akhir"
    assert len(doc.plain) == len(doc.text)


HTML = """<!DOCTYPE html>
<html lang="id"><head><title>Judul &amp; isi</title>
<meta name="date" content="2024-06-20">
<style>p { color: red } /* Benggala Barat */</style>
<script>var x = "Benggala Barat";</script></head>
<body>
<p>Putin menyebut <b>Benggala&nbsp;Barat</b> menembakkan senjata.</p>
<!-- Benggala Barat dalam komentar -->
<pre>Benggala Barat</pre>
<p>caf&eacute; Barat</p>
</body></html>"""


def test_html_tags_scripts_comments_are_masked_and_entities_decoded_in_place():
    doc = read_text(HTML, "a.html")
    assert doc.metadata == {"lang": "id", "title": "Judul & isi", "date": "2024-06-20"}
    assert doc.plain.count("Benggala") == 1
    start = doc.plain.index("Benggala")
    assert doc.position(start) == (7, 22)
    # &nbsp; decodes to a space at the entity's first character
    assert doc.plain[start:start + 20].split() == ["Benggala", "Barat"]
    cafe = doc.plain.index("café")
    assert doc.text[cafe:cafe + 8] == "caf&eacu"
    assert doc.position(doc.plain.index("Barat", cafe)) == (10, 16)


def test_html_block_tags_make_blocks():
    doc = read_text(HTML, "a.html")
    texts = [" ".join(doc.plain[b.start:b.end].split()) for b in doc.blocks]
    assert "Putin menyebut Benggala Barat menembakkan senjata." in texts
    assert "café Barat" in texts


def test_sentences_respect_abbreviations_decimals_and_quotes():
    from qa_lint.document import Document

    text = "Dr. Andi tiba pukul 15.00 WIB. Harga naik 1,5 persen. “Kami siap.” Ia pergi. U.S. officials agreed."
    doc = Document(path="a", text=text, plain=text, abbreviations=frozenset({"dr."}))
    sentences = [text[s.start:s.end] for s in doc.sentences]
    assert sentences == [
        "Dr. Andi tiba pukul 15.00 WIB.",
        "Harga naik 1,5 persen.",
        "“Kami siap.”",
        "Ia pergi.",
        "U.S. officials agreed.",
    ]


def test_one_line_paragraphs_vs_hard_wrapped_text():
    cms = "Kalimat pertama yang panjang sekali dan terus berlanjut sampai melewati batas delapan puluh karakter.\nKalimat kedua.\n"
    assert len(read_text(cms, "a.txt").blocks) == 2
    wrapped = "This paragraph is wrapped at a fixed width by the wire\nservice and continues on the next line until it\nends here.\n"
    assert len(read_text(wrapped, "b.txt").blocks) == 1


def test_quotations_apostrophes_are_not_quotes():
    text = "Ia berkata, “Salat Jum'at di masjid.” Don't worry, it's the editors' note."
    doc = read_text(text, "a.txt")
    quoted = [text[q.start:q.end] for q in doc.quoted]
    assert quoted == ["“Salat Jum'at di masjid.”"]


def test_html_entity_apostrophes_are_not_quotes():
    html = "<p>&ldquo;We don&rsquo;t want applause,&rdquo; said the union&rsquo;s chair.</p>"
    doc = read_text(html, "a.html")
    quoted = [doc.plain[q.start:q.end].replace(" ", "") for q in doc.quoted]
    assert quoted == ["“Wedon’twantapplause,”"]


def test_suppression_lines_after_multiline_comments_in_both_markup_readers():
    md = "Satu.\n<!-- catatan\npanjang -->\nDua.\n<!-- qa-lint-disable-next-line id.mt -->\nTiga.\n"
    html = "<p>Satu.</p>\n<!-- catatan\npanjang -->\n<p>Dua.</p>\n<!-- qa-lint-disable-next-line id.mt -->\n<p>Tiga.</p>\n"
    for text, name in ((md, "a.md"), (html, "a.html")):
        doc = read_text(text, name)
        assert [(s.rules, s.first_line, s.last_line) for s in doc.suppressions] == [(("id.mt",), 6, 6)], name
