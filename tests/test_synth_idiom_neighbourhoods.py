"""tools/synth_idiom_neighbourhoods.py: the clauses it takes from real sentences, the cases it
writes around a marked rendering, and what it counts (a lexicon without a subject gap misses
the relative clauses; real sentences that an entry fires on are counted as false alarms)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import synth_idiom_neighbourhoods as synth  # noqa: E402

from qa_lint import lexicon  # noqa: E402

ENTRY = """\
source_language: en
target_language: id
{head}entries:
  - source: throw out
    objects: [gugatan, kasus, perkara]
    literal: ['dibuang keluar(?= {{objects}})', '(?<={{objects}}(?: itu)?{gap} )dibuang keluar']
    proper: [ditolak]
    meaning: dismiss
    note: n
    examples:
      bad:
        - {{text: 'Gugatan itu [[dibuang keluar]] oleh hakim.', fix: ditolak}}
        - Hakim menyebut [[dibuang keluar]] gugatan itu.
      good: [Gugatan itu ditolak oleh hakim.]
"""
GAP = r"target_subject_gap: '(?:\s+yang(?:\s+\S+){1,6}?\s+itu)?(?:\s+(?:telah|sudah|akan|sempat|baru saja))?'" + "\n"
REAL = ["Rumah yang dibangun warga desa itu diresmikan bupati.", "Jembatan itu telah diperbaiki.", "Kasus itu telah dibuang keluar oleh jaksa."]


def entries(tmp_path, gap: bool):
    text = ENTRY.format(head=GAP if gap else "", gap="{subject_gap}" if gap else "")
    path = tmp_path / ("gap.yaml" if gap else "plain.yaml")
    path.write_text(text, encoding="utf-8")
    return lexicon.load_entries(path)


def test_relative_clauses_come_from_real_sentences_of_varied_lengths():
    got = synth.clauses(REAL + ["Mobil yang baru itu dijual.", "Buku yang dia tulis yang lain itu dibaca."], 3, seed=0)
    assert "yang baru itu" in got and "yang dibangun warga desa itu" in got
    assert all(c.startswith("yang ") and c.endswith(" itu") and "yang" not in c.split()[1:] for c in got)


def test_cases_put_aspect_words_and_clauses_before_a_verb_and_swap_its_objects(tmp_path):
    (entry,) = entries(tmp_path, gap=True)
    out = list(synth.cases(entry, entry.examples["bad"][0], ["yang diajukan warga itu"]))
    assert {kind for kind, _, _ in out} == {"aspect", "relative"}  # no object follows this rendering
    assert ("relative", "Gugatan yang diajukan warga itu dibuang keluar oleh hakim.", "Gugatan yang diajukan warga itu ditolak oleh hakim.") in out
    assert ("aspect", "Gugatan itu telah dibuang keluar oleh hakim.", "Gugatan itu telah ditolak oleh hakim.") in out
    # The second example's object follows the rendering: swapped for the entry's other objects;
    # after the verb "menyebut" no aspect word is put.
    second = list(synth.cases(entry, entry.examples["bad"][1], []))
    assert [kind for kind, _, _ in second] == ["objects", "objects"]
    assert ("objects", "Hakim menyebut dibuang keluar kasus itu.", "Hakim menyebut ditolak kasus itu.") in second


def test_a_lexicon_without_the_subject_gap_misses_the_relative_clauses_and_controls_count_real_firings(tmp_path):
    clauses = ["yang diajukan warga itu", "yang dibangun warga desa itu"]
    plain = synth.measure(entries(tmp_path, gap=False), REAL, clauses)
    widened = synth.measure(entries(tmp_path, gap=True), REAL, clauses)
    assert plain["kinds"]["relative"] == {"found": 0, "total": 2}
    assert widened["kinds"]["relative"] == {"found": 2, "total": 2}
    assert widened["kinds"]["aspect"]["found"] == widened["kinds"]["aspect"]["total"] > 0
    # The real sentences all have a neighbourhood and one of them is a literal idiom: one alarm.
    assert widened["controls"]["real_sentences"] == 3
    assert widened["controls"]["fired"] == 1
