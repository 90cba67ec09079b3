"""packs.load remembers what it loaded: the same files give the same PackSet, any change a new one."""

import threading

from qa_lint import packs, parsecache
from qa_lint.api import Linter

PACK = """pack: own
language: id
rules:
  - id: own.word.{word}
    type: pattern
    severity: warning
    category: style
    message: "hindari {word}"
    pattern: '\\b{word}\\b'
    examples:
      good: ["kata lain"]
      bad: ["ada {word} di sini"]
"""


def write(folder, word):
    folder.mkdir(exist_ok=True)
    (folder / "own.yaml").write_text(PACK.format(word=word), encoding="utf-8")
    return folder


def test_the_same_files_give_the_same_packset_and_findings(tmp_path):
    packs.forget_loaded()
    first = packs.load([write(tmp_path / "rules", "galat")])
    again = packs.load([tmp_path / "rules"])
    assert again is first
    found = Linter().lint_text("ada galat di sini", language="id").findings
    assert found == Linter().lint_text("ada galat di sini", language="id").findings


def test_an_edited_pack_of_your_own_is_read_again_even_within_one_clock_tick(tmp_path):
    packs.forget_loaded()
    folder = write(tmp_path / "rules", "galat")
    first = packs.load([folder])
    write(folder, "salah")  # same size, possibly the same modification time: the bytes differ
    second = packs.load([folder])
    assert second is not first
    assert {r.id for r in second.rules} >= {"own.word.salah"}
    assert "own.word.galat" not in {r.id for r in second.rules}


def test_strict_loads_settings_and_a_switched_off_parse_cache_are_never_shared(tmp_path, monkeypatch):
    packs.forget_loaded()
    folder = write(tmp_path / "rules", "galat")
    assert packs.load([folder], strict=True) is not packs.load([folder], strict=True)
    roster = {"roster": str(tmp_path / "staff.yaml")}
    assert packs.load([folder], settings=roster) is not packs.load([folder], settings=roster)
    monkeypatch.setenv(parsecache.ENV, "off")
    assert packs.load([folder]) is not packs.load([folder])


def test_at_most_a_few_packsets_are_kept(tmp_path):
    packs.forget_loaded()
    loaded = [packs.load([write(tmp_path / f"rules{i}", f"kata{i}")]) for i in range(packs.LOADED_MAX + 2)]
    assert len(packs._LOADED) == packs.LOADED_MAX
    assert packs.load([tmp_path / "rules0"]) is not loaded[0]  # the oldest was dropped
    assert packs.load([tmp_path / f"rules{packs.LOADED_MAX + 1}"]) is loaded[-1]


def test_threads_sharing_one_packset_compile_each_language_once(tmp_path):
    packs.forget_loaded()
    pset = packs.load([write(tmp_path / "rules", "galat")])
    results, errors = [], []

    def compile_id():
        try:
            results.append(pset.checks_for("id"))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=compile_id) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len({tuple(map(id, r)) for r in results}) == 1
