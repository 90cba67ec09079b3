"""XLIFF 1.2/2.x, PO and TMX read into a Pair: findings and related source
locations carry the exact line and column of the original file."""

import subprocess
import sys

import pytest

from qa_lint.api import Linter, Options
from qa_lint.readers import ReadError
from qa_lint.readers.bilingual import read_pair_text

XLIFF12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en" target-language="id" datatype="plaintext" original="story.txt">
    <body>
      <trans-unit id="1">
        <source>On Wednesday (June 19, 2024) Putin and Kim Jong Un signed a treaty.</source>
        <target>Pada Rabu (19/6/2024) Putin dan Kim Jong Un menandatangani perjanjian.</target>
      </trans-unit>
      <trans-unit id="2">
        <source>Putin warned that Russia <g id="b">could</g> arm the West&apos;s enemies.</source>
        <target>Putin &amp; Lavrov mengancam bahwa Rusia <g id="b">akan</g> mempersenjatai musuh-musuh Barat.</target>
      </trans-unit>
      <trans-unit id="3">
        <source>The ministry said the talks would continue next week.</source>
        <target/>
      </trans-unit>
    </body>
  </file>
</xliff>
"""

XLIFF20 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="id">
 <file id="f1">
  <unit id="u1">
   <segment>
    <source>The quake killed 1,250 people<ph id="1"/>, officials said.</source>
    <target>Gempa itu menewaskan 1.520 orang<ph id="1"/>, kata pejabat.</target>
   </segment>
  </unit>
 </file>
</xliff>
"""

PO = r'''msgid ""
msgstr ""
"Language: id\n"
"Content-Type: text/plain; charset=UTF-8\n"

#: story.txt:1
msgid "The quake killed 1,250 people, "
"officials said."
msgstr "Gempa itu menewaskan "
"1.520 orang, kata pejabat."

msgid "He spoke on \"Thursday\"."
msgstr "Ia berbicara pada \"Jumat\"."

msgid "Not translated yet."
msgstr ""
'''

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="none" creationtool="test" creationtoolversion="1"/>
  <body>
    <tu tuid="7">
      <tuv xml:lang="en"><seg>Earlier this month, Putin warned that Russia could arm the West's enemies.</seg></tuv>
      <tuv xml:lang="id-ID"><seg>Awal bulan ini, Putin mengancam bahwa Rusia <bpt i="1">&lt;b&gt;</bpt>akan<ept i="1">&lt;/b&gt;</ept> mempersenjatai musuh-musuh Barat.</seg></tuv>
    </tu>
  </body>
</tmx>
"""


def position(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """1-based line and column of the n-th occurrence of needle."""
    at = -1
    for _ in range(occurrence):
        at = text.index(needle, at + 1)
    line = text.count("\n", 0, at) + 1
    return line, at - (text.rfind("\n", 0, at) + 1) + 1


def lint(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return Linter(Options()).lint_file(path)


def test_xliff12_units_and_languages():
    pair = read_pair_text(XLIFF12, "story.xlf")
    assert pair.method == "xliff"
    assert [u.id for u in pair.units] == ["1", "2", "3"]
    assert pair.source.metadata["lang"] == "en" and pair.target.metadata["lang"] == "id"
    # Inline tags are blanked, entities decoded in place, text kept at its offsets.
    second = pair.target_text(pair.units[1])
    assert second.startswith("Putin &     Lavrov mengancam")
    assert "akan" in second and "<g" not in second
    assert pair.units[2].target is None  # <target/> is no translation


def test_xliff12_findings_point_into_the_file(tmp_path):
    result = lint(tmp_path, "story.xlf", XLIFF12)
    assert result.error is None, result.error
    by_rule = {f.rule: f for f in result.findings}
    hedge = by_rule["en-id.modality.hedge-dropped"]
    assert (hedge.line, hedge.column) == position(XLIFF12, "akan</g>")
    assert hedge.match == "akan"
    related = hedge.related[0]
    assert related.path == result.path
    assert (related.line, related.column) == position(XLIFF12, "Putin warned")
    empty = by_rule["en-id.untranslated"]
    assert (empty.line, empty.column) == position(XLIFF12, "<target/>")


def test_xliff20_findings_point_into_the_file(tmp_path):
    result = lint(tmp_path, "story.xlf", XLIFF20)
    assert result.error is None, result.error
    changed = next(f for f in result.findings if f.rule == "en-id.numbers.changed")
    assert (changed.line, changed.column) == position(XLIFF20, "1.520")
    assert changed.related[0].line == position(XLIFF20, "1,250")[0]


def test_po_findings_point_into_the_file(tmp_path):
    result = lint(tmp_path, "story.po", PO)
    assert result.error is None, result.error
    changed = next(f for f in result.findings if f.rule == "en-id.numbers.changed")
    # msgstr continues on the next line: the number is on line 10, column 2.
    assert (changed.line, changed.column) == position(PO, "1.520") == (10, 2)
    weekday = next(f for f in result.findings if f.rule == "en-id.dates.changed")
    assert (weekday.line, weekday.column) == position(PO, "Jumat")
    assert weekday.match == "Jumat"
    empty = next(f for f in result.findings if f.rule == "en-id.untranslated")
    assert empty.line == position(PO, 'msgstr ""', 2)[0]


def test_po_escapes_keep_offsets():
    pair = read_pair_text(PO, "story.po")
    unit = next(u for u in pair.units if "Thursday" in pair.source_text(u))
    text = pair.target_text(unit)
    # \" becomes a quote where the backslash was, the rest blanked: offsets unchanged.
    assert text.replace(" ", "") == 'Iaberbicarapada"Jumat".'
    assert pair.target.plain.index("Jumat") == PO.index("Jumat")


def test_tmx_findings_point_into_the_file(tmp_path):
    result = lint(tmp_path, "memory.tmx", TMX)
    assert result.error is None, result.error
    pair = result.pair
    assert pair.method == "tmx" and pair.target.language == "id"
    hedge = next(f for f in result.findings if f.rule == "en-id.modality.hedge-dropped")
    assert (hedge.line, hedge.column) == position(TMX, "akan<ept")
    # Inline code (<bpt>) is not text.
    assert "&lt;b&gt;" not in pair.target_text(pair.units[0])


@pytest.mark.parametrize("name,text,message", [
    ("bad.xlf", "<xliff version='1.2'><file><body><trans-unit id='1'><source>a</source></body></file></xliff>", "not well-formed XML"),
    ("dtd.xlf", "<?xml version='1.0'?>\n<!DOCTYPE x [<!ENTITY a 'b'>]>\n<xliff version='1.2'/>", "document type declaration"),
    ("old.xlf", "<xliff version='1.0'><file/></xliff>", "XLIFF version 1.0 is not supported"),
    ("notx.xlf", "<html/>", "not an XLIFF file"),
    ("bad.po", 'msgid "a"\nmsgstr "b\n', "PO string"),
    ("bad.tmx", "<tmx version='1.4'><header/><body/></tmx>", "srclang"),
])
def test_bad_bilingual_files_are_clear_errors(tmp_path, name, text, message):
    result = lint(tmp_path, name, text)
    assert result.error and message in result.error, result.error
    with pytest.raises(ReadError):
        read_pair_text(text, name)


def test_cli_bad_pair_exits_2_without_traceback(tmp_path):
    (tmp_path / "bad.xlf").write_text("<xliff version='1.2'><file>", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "qa_lint", "check", str(tmp_path / "bad.xlf")], capture_output=True, text=True)
    assert run.returncode == 2
    assert "not well-formed XML" in run.stderr and "Traceback" not in run.stderr
