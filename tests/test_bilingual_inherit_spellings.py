"""A name "spelled two ways" that the source spells the same two ways (two people with
look-alike names) is inherited from the source: info, not a warning. A spelling the
source lacks is the translation's own slip and stays a warning."""

import json
import os
import subprocess
import sys

from conftest import ROOT

SOURCE = """Data centre operator Meridian will build a campus in Batam, the company said on Monday.
Meridian chief executive Daniel Koh said the first phase would start operating in late 2028.
Industry consultant Daniel {name} of Straits Digital Advisory said land prices in Batam had risen about 30% in two years.
"""
TRANSLATION = """Operator pusat data Meridian akan membangun kompleks di Batam, kata perusahaan itu pada Senin.
CEO Meridian Daniel Koh mengatakan tahap pertama akan mulai beroperasi pada akhir 2028.
Konsultan industri Daniel Kho dari Straits Digital Advisory mengatakan harga lahan di Batam telah naik sekitar 30% dalam dua tahun.
"""


def spelling_findings(tmp_path, source_name: str) -> list[dict]:
    article, source = tmp_path / "batam.txt", tmp_path / "batam.source-en.txt"
    article.write_text(TRANSLATION, encoding="utf-8")
    source.write_text(SOURCE.format(name=source_name), encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "qa_lint", "check", str(article), "--source", str(source), "--format", "json"],
                         capture_output=True, text=True, cwd=ROOT, env={**os.environ, "QA_LINT_LANGUAGETOOL": "off"})
    assert "Traceback" not in run.stderr, run.stderr
    return [f for f in json.loads(run.stdout)["findings"] if f["category"] == "name-inconsistency"]


def test_two_look_alike_names_the_source_has_are_inherited(tmp_path):
    found = spelling_findings(tmp_path, "Kho")
    assert found and all(f["severity"] == "info" for f in found), found
    assert "the source says so too" in found[0]["message"]
    assert found[0]["related"][0]["path"].endswith("batam.source-en.txt")


def test_a_spelling_the_source_lacks_stays_a_warning(tmp_path):
    found = spelling_findings(tmp_path, "Koh")
    assert found and found[0]["severity"] == "warning", found
