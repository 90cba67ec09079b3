"""tools/precision_scan.py: --pack scans another pack's rule."""

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))

import precision_scan  # noqa: E402

LINES = ["Warga menyebut pengurus koperasi menggelapkan dana bantuan sosial.",
         "Pengurus koperasi menggelapkan dana bantuan sosial untuk kepentingan pribadi."]


def test_another_pack_is_loaded_only_when_named():
    rule = ["id.sourcing.hedge-escalation"]
    assert precision_scan.scan(LINES, rule) == []  # the default packs do not hold it
    assert precision_scan.scan(LINES, rule, ["id-sourcing"]) == [(rule[0], "menggelapkan", LINES[1])]
