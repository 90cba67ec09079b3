"""tools/freedict.py: the committed sense data is what the script makes from Debian's dictionary."""

import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

DICT_DIR = Path("/usr/share/dictd")
COMMITTED = ROOT / "rules" / "en-id" / "data" / "freedict-eng-ind.jsonl"

sys.path.insert(0, str(ROOT / "tools"))
import freedict  # noqa: E402


def test_entry_with_numbered_senses_and_several_glosses():
    entry = freedict.parse_entry(
        "court //kɔːt// <n>\n1. lapangan\nenclosed space; a courtyard\n2. pengadilan, mahkamah 2.\n"
        "hall where justice is administered\n 3.\ntribunal\n3. istana\nresidence of a sovereign\n"
    )
    assert entry["headword"] == "court" and entry["pos"] == "n"
    assert [s["id"] for s in entry["senses"]] == [["lapangan"], ["pengadilan", "mahkamah"], ["istana"]]
    assert entry["senses"][1]["glosses"] == ["hall where justice is administered", "tribunal"]


def test_committed_data_is_regenerated_from_the_debian_package(tmp_path):
    # scripts/install-test-deps installs dict-freedict-eng-ind; without it this must fail, not skip.
    assert (DICT_DIR / "freedict-eng-ind.index").is_file(), "apt-get install dict-freedict-eng-ind"
    out = tmp_path / "senses.jsonl"
    subprocess.run([sys.executable, str(ROOT / "tools" / "freedict.py"), "--dict", str(DICT_DIR), "--out", str(out)], check=True)
    assert out.read_bytes() == COMMITTED.read_bytes()
    court = next(json.loads(line) for line in COMMITTED.open(encoding="utf-8") if '"headword": "court"' in line)
    assert any("pengadilan" in s["id"] for s in court["senses"])
