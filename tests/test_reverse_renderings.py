"""tools/reverse_renderings.py: terms whose rendering rules cover one sense direction only."""

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import reverse_renderings  # noqa: E402


def test_sense_groups_come_from_the_candidate_row():
    row = {"sense_domains": "everyday: gerbong | everyday: pelatih, instruktur"}
    assert reverse_renderings.sense_groups(row) == [{"gerbong"}, {"pelatih", "instruktur"}]


def test_a_rule_covers_the_group_its_meant_rendering_is_in():
    groups = [{"gerbong"}, {"pelatih"}]
    assert reverse_renderings.directions(groups, [{"meant": "pelatih"}]) == {1}
    assert reverse_renderings.directions(groups, [{"meant": "pelatih"}, {"meant": ["gerbong"]}]) == {0, 1}


def test_the_committed_lexicon_report():
    terms = {row[0]: row for row in reverse_renderings.report()}
    # coach is covered both ways (gerbong for a trainer, pelatih for a rail car): not listed.
    assert "coach" not in terms
    # mine was one-way until its reverse rule; tank still is (tangki for the armoured vehicle only).
    assert "mine" not in terms
    assert "tank" in terms and "tangki" in terms["tank"][3]
