"""Term lists in TBX, CSV and YAML, and a newsroom glossary named in the configuration."""

import subprocess
import sys

import pytest

from qa_lint.glossary import GlossaryError, read_glossary

from conftest import ROOT

TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en">
  <text><body>
    <termEntry id="t1">
      <langSet xml:lang="en"><tig><term>press conference</term></tig></langSet>
      <langSet xml:lang="id">
        <tig><term>konferensi pers</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        <tig><term>konferensi tekan</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
      </langSet>
    </termEntry>
  </body></text>
</martif>
"""

TBX3 = """<?xml version="1.0" encoding="UTF-8"?>
<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <text><body>
    <conceptEntry id="c1">
      <langSec xml:lang="en"><termSec><term>polling station</term></termSec></langSec>
      <langSec xml:lang="id-ID">
        <termSec><term>TPS</term></termSec>
        <termSec><term>stasiun pemungutan suara</term><termNote type="administrativeStatus">notRecommended</termNote></termSec>
      </langSec>
    </conceptEntry>
  </body></text>
</tbx>
"""


def test_tbx_2_and_3(tmp_path):
    (tmp_path / "a.tbx").write_text(TBX, encoding="utf-8")
    (tmp_path / "b.tbx").write_text(TBX3, encoding="utf-8")
    [term] = read_glossary(tmp_path / "a.tbx")
    assert (term.source, term.target, term.forbidden) == ("press conference", ["konferensi pers"], ["konferensi tekan"])
    [term] = read_glossary(tmp_path / "b.tbx")
    assert (term.source, term.target, term.forbidden) == ("polling station", ["TPS"], ["stasiun pemungutan suara"])


def test_csv_and_yaml(tmp_path):
    (tmp_path / "t.csv").write_text("source,target,forbidden\nceasefire,gencatan senjata|jeda tembak,api berhenti\n", encoding="utf-8")
    [term] = read_glossary(tmp_path / "t.csv")
    assert term.target == ["gencatan senjata", "jeda tembak"] and term.forbidden == ["api berhenti"]
    (tmp_path / "t.yaml").write_text("terms:\n  - {source: death toll, target: [jumlah korban tewas], forbidden: [tol kematian]}\n", encoding="utf-8")
    assert read_glossary(tmp_path / "t.yaml")[0].forbidden == ["tol kematian"]


@pytest.mark.parametrize("name,text", [("x.csv", "a,b\n1,2\n"), ("x.yaml", "- just a list\n"), ("x.tbx", "<martif><text>"), ("x.doc", "?")])
def test_bad_glossaries_are_clear_errors(tmp_path, name, text):
    (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(GlossaryError):
        read_glossary(tmp_path / name)


def test_newsroom_glossary_from_the_configuration(tmp_path):
    # A rendering no bundled rule knows (the bundled lexicon has its own rule for "petugas kembali").
    (tmp_path / "terms.csv").write_text("source,target,forbidden\nreturning officer,petugas pemilihan,pejabat pengembalian\n", encoding="utf-8")
    (tmp_path / "story.en.txt").write_text("The returning officer read the result.\n", encoding="utf-8")
    (tmp_path / "story.id.txt").write_text("Pejabat pengembalian membacakan hasilnya.\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "qa_lint", "check", str(tmp_path)], capture_output=True, text=True, cwd=ROOT)
    assert "en-id.term" not in run.stdout  # not a term of the bundled list
    (tmp_path / ".qa-lint.yaml").write_text("settings: {glossary: terms.csv}\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "qa_lint", "check", str(tmp_path)], capture_output=True, text=True, cwd=ROOT)
    assert "story.id.txt:1:1: error en-id.term.forbidden" in run.stdout and "[petugas pemilihan]" in run.stdout, run.stdout + run.stderr
