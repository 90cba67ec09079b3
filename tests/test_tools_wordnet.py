"""tools/wordnet.py: the committed WordNet data is what the script makes from Debian's wordnet-base."""

import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

WORDNET = Path("/usr/share/wordnet")
COMMITTED = ROOT / "rules" / "en-id" / "data" / "wordnet-en.jsonl"


def entry(word: str) -> dict:
    return next(json.loads(line) for line in COMMITTED.open(encoding="utf-8") if line.startswith(f'{{"word": "{word}",'))


def test_committed_data_is_regenerated_from_the_debian_package(tmp_path):
    # scripts/install-test-deps installs wordnet-base; without it this must fail, not skip.
    assert (WORDNET / "data.adj").is_file(), "apt-get install wordnet-base"
    out = tmp_path / "wordnet.jsonl"
    subprocess.run([sys.executable, str(ROOT / "tools" / "wordnet.py"), "--wordnet", str(WORDNET), "--out", str(out)], check=True, cwd=ROOT)
    assert out.read_bytes() == COMMITTED.read_bytes()


def test_what_the_pair_checks_rely_on():
    assert "high" in entry("low")["antonyms"]["a"]  # ultra-low-yield vs tinggi
    assert "rise" in entry("fall")["antonyms"]["v"]  # fell vs naik
    assert entry("fell")["lemmas"]["v"] == ["fall"]
    assert "assistance" in entry("help")["similar"]["n"]  # bantuan for assistance
    assert "arrive" not in entry("land")["similar"].get("n", [])  # parts of speech kept apart
