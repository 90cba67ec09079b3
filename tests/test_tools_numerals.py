"""tools/numerals.py: the committed number words are what the script makes from num2words."""

import subprocess
import sys

import yaml

from conftest import ROOT


def test_committed_numerals_are_regenerated(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "tools" / "numerals.py"), "--rules", str(tmp_path)], check=True,
                   capture_output=True)
    for language in ("id", "en"):
        made = (tmp_path / language / "data" / "numerals.yaml").read_bytes()
        assert made == (ROOT / "rules" / language / "data" / "numerals.yaml").read_bytes()


def test_numerals_cover_the_words_news_uses():
    ids = yaml.safe_load((ROOT / "rules" / "id" / "data" / "numerals.yaml").read_text(encoding="utf-8"))["numerals"]
    assert (ids["tujuh"], ids["sebelas"], ids["dua belas"], ids["dua puluh satu"], ids["seratus"], ids["seribu"]) == (7, 11, 12, 21, 100, 1000)
    ens = yaml.safe_load((ROOT / "rules" / "en" / "data" / "numerals.yaml").read_text(encoding="utf-8"))["numerals"]
    assert (ens["seven"], ens["twenty-one"], ens["twenty one"], ens["a hundred"]) == (7, 21, 21, 100)
