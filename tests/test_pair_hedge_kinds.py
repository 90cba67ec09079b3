"""A source hedge is kept only by a target word of its own kind (pair-cues'
unless_target_for): the generated slips (tools/free_variants.py, modality-dropped and
hedge-dropped) showed a "reportedly" lost beside a "bisa", a "could" lost beside a
"menurut", and an "is expected to" stated as a certainty. Every sentence is written for
this file."""

import pytest
from pair_util import findings, serious

RULE = "en-id.modality.hedge-dropped"


def _dropped(linter, source, target):
    return [f for f in serious(findings(linter, source, target, "en-id.modality")) if f[0] == RULE]


@pytest.mark.parametrize("source, target", [
    # "menurut" keeps the attribution, not the possibility.
    ("The merger could close in June, the bank said.", "Menurut bank itu, merger tersebut akan rampung pada Juni."),
    # "bisa" keeps the "could", not the "allegedly".
    ("The official allegedly took bribes and could lose his post.", "Pejabat itu menerima suap dan bisa kehilangan jabatannya."),
    # A forecast stated as a certainty, or as a plain fact.
    ("Fuel prices are expected to rise in April.", "Harga bahan bakar dipastikan naik pada April."),
    ("The talks are expected to last until Friday.", "Perundingan berlangsung hingga Jumat."),
])
def test_a_hedge_lost_beside_a_word_of_another_kind_is_reported(linter, source, target):
    assert _dropped(linter, source, target)


@pytest.mark.parametrize("source, target", [
    ("The merger could close in June, the bank said.", "Menurut bank itu, merger tersebut bisa rampung pada Juni."),
    ("The official allegedly took bribes and could lose his post.", "Pejabat itu diduga menerima suap dan bisa kehilangan jabatannya."),
    ("The official reportedly resigned.", "Pejabat itu dikabarkan mengundurkan diri."),
    ("The official reportedly resigned.", "Menurut laporan, pejabat itu mengundurkan diri."),
    ("Fuel prices are expected to rise in April.", "Harga bahan bakar diperkirakan naik pada April."),
    ("Fuel prices are expected to rise in April.", "Harga bahan bakar akan naik pada April."),
    ("The minister is expected to visit the port on Monday.", "Menteri itu dijadwalkan mengunjungi pelabuhan pada Senin."),
])
def test_a_hedge_kept_by_its_own_kind_is_quiet(linter, source, target):
    assert _dropped(linter, source, target) == []
