"""The parse cache: packs and data files parsed once, read back as they were, never trusted blindly."""

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

from qa_lint import geodata, packs, parsecache, paths, yamlmarks

# These tests watch what is parsed and cached: they start from an empty parse cache.
pytestmark = pytest.mark.own_parse_cache

ROOT = Path(__file__).resolve().parent.parent
TEXT = "pack: x\nlanguage: id\nrules:\n  - id: a.b\n    type: terms\n    flag: yes\n    n: 1.5\n    when: 2024-02-30\n"


def entries() -> list[Path]:
    return sorted((paths.cache_dir() / "parsed").glob("*/*.marshal"))


def no_parsing(monkeypatch):
    """From here on, a text that is parsed (not read from the cache) fails the test."""
    def refuse(text):
        raise AssertionError("parsed again instead of read from the cache")
    monkeypatch.setattr(yamlmarks, "_parse", refuse)


def test_a_miss_stores_the_parse_and_a_hit_gives_it_back_unchanged(monkeypatch):
    first = yamlmarks.load(TEXT, cache=True)
    assert first == yamlmarks.load(TEXT)  # the same data and positions as without the cache
    assert len(entries()) == 1 and entries()[0].stem == parsecache.key(TEXT)
    no_parsing(monkeypatch)
    again = yamlmarks.load(TEXT, cache=True)
    assert again == first
    assert again.data["rules"][0]["flag"] is True and again.data["rules"][0]["when"] == "2024-02-30"
    assert again.where(("rules", 0, "type"), key=True) == (5, 5)
    # A text that differs by one character is another entry, parsed on its own.
    with pytest.raises(AssertionError, match="parsed again"):
        yamlmarks.load(TEXT + "# edited\n", cache=True)


def test_changes_to_the_loaded_data_do_not_reach_the_cache():
    yamlmarks.load(TEXT, cache=True).data["rules"].clear()
    assert yamlmarks.load(TEXT, cache=True).data["rules"][0]["id"] == "a.b"


@pytest.mark.parametrize("content", [
    b"",  # empty
    b"\x00garbage that marshal cannot read",
    marshal.dumps(42),  # readable, but not an entry
    marshal.dumps((parsecache.FORMAT + 1, "key", marshal.dumps(({}, {}, {})), [])),  # another format or version
    marshal.dumps((parsecache.FORMAT, "another key", marshal.dumps(({}, {}, {})), [])),  # another text's entry
    marshal.dumps((parsecache.FORMAT, "KEY", b"not marshal", [])),
])
def test_a_corrupt_or_foreign_entry_is_ignored_and_written_again(content):
    key = parsecache.key(TEXT)
    entry = paths.cache_dir() / "parsed" / key[:2] / f"{key}.marshal"
    entry.parent.mkdir(parents=True)
    entry.write_bytes(content.replace(b"KEY", key.encode()))
    assert parsecache.get(key) is None
    assert yamlmarks.load(TEXT, cache=True) == yamlmarks.load(TEXT)
    assert parsecache.get(key) is not None  # rewritten: the next run reads it


def test_an_entry_written_by_another_version_of_qa_lint_is_not_read(monkeypatch):
    yamlmarks.load(TEXT, cache=True)
    monkeypatch.setattr(parsecache, "_SALTS", {})
    monkeypatch.setattr(parsecache, "__version__", "999.0")
    assert parsecache.get(parsecache.key(TEXT)) is None  # another key: the old entry is not found
    yamlmarks.load(TEXT, cache=True)
    assert len(entries()) == 2


def test_a_text_that_does_not_parse_is_not_stored():
    with pytest.raises(yamlmarks.YamlError):
        yamlmarks.load("pack: x\npack: y\n", cache=True)
    assert entries() == []


def test_switched_off_and_unwritable_caches_only_cost_time(monkeypatch, tmp_path):
    monkeypatch.setenv(parsecache.ENV, "off")
    assert yamlmarks.load(TEXT, cache=True) == yamlmarks.load(TEXT)
    assert entries() == []
    monkeypatch.delenv(parsecache.ENV)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("QA_LINT_CACHE", str(blocker))
    assert yamlmarks.load(TEXT, cache=True) == yamlmarks.load(TEXT)


def test_a_file_that_passed_its_schema_is_not_validated_again(monkeypatch, tmp_path):
    pack = tmp_path / "words.yaml"
    pack.write_text("description: words\nterms: [satu, dua]\n", encoding="utf-8")
    marked = packs.read_yaml(pack)
    packs.validate(marked.data, packs.WORD_LIST_SCHEMA, marked, str(pack))
    calls = []
    real = packs.schema_problems
    monkeypatch.setattr(packs, "schema_problems", lambda *a, **k: calls.append(a[1]) or real(*a, **k))
    again = packs.read_yaml(pack)
    packs.validate(again.data, packs.WORD_LIST_SCHEMA, again, str(pack))
    assert calls == []
    # Another schema is checked; a failure is reported with its position and never recorded.
    with pytest.raises(packs.PackError, match=r"words.yaml:1:1: .*'language' is a required"):
        packs.validate(again.data, packs.LANGUAGE_SCHEMA, again, str(pack))
    with pytest.raises(packs.PackError):
        packs.validate(packs.read_yaml(pack).data, packs.LANGUAGE_SCHEMA, packs.read_yaml(pack), str(pack))
    assert len(calls) == 2


def test_an_edited_file_is_validated_again(tmp_path):
    pack = tmp_path / "words.yaml"
    pack.write_text("terms: [satu]\n", encoding="utf-8")
    marked = packs.read_yaml(pack)
    packs.validate(marked.data, packs.WORD_LIST_SCHEMA, marked, str(pack))
    pack.write_text("terms: [satu]\nextra: 1\n", encoding="utf-8")
    edited = packs.read_yaml(pack)
    with pytest.raises(packs.PackError, match=r"words.yaml:2:1: unknown key 'extra'"):
        packs.validate(edited.data, packs.WORD_LIST_SCHEMA, edited, str(pack))


def _findings(env: dict) -> list:
    articles = [str(ROOT / "fixtures" / name) for name in ("benggala-barat-pemilu.txt", "banjir-kalsel.txt")]
    run = subprocess.run([sys.executable, "-m", "qa_lint", "check", "--format", "json", "--no-cache", "--jobs", "1",
                          "--languagetool", "off", *articles],
                         cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    assert run.returncode in (0, 1), run.stderr
    return json.loads(run.stdout)["findings"]


def test_cached_packs_give_the_same_findings():
    env = dict(os.environ)
    cold = _findings(env)
    stored = entries()
    assert len(stored) > 10  # the packs and data files the article needed
    inodes = {p: p.stat().st_ino for p in stored}
    warm = _findings(env)
    assert {p: p.stat().st_ino for p in entries()} == inodes  # read, not written again
    off = _findings({**env, parsecache.ENV: "off"})
    assert cold and cold == warm == off


PLACE_FILES = tuple(str(ROOT / "rules" / part) for part in (
    "common/data/countries.tsv", "common/data/subdivisions.tsv", "common/data/cities.tsv", "id/data/wilayah.tsv"))


def test_cached_place_data_answers_as_freshly_read_data(monkeypatch):
    fresh = geodata._read_places(PLACE_FILES)
    stored = geodata._cached_places(PLACE_FILES)  # a miss: read, indexed and stored
    assert len(entries()) == 1

    def refuse(paths):
        raise AssertionError("read again instead of loaded from the cache")
    monkeypatch.setattr(geodata, "_read_places", refuse)
    cached = geodata._cached_places(PLACE_FILES)
    for key in ("georgia", "jawa barat", "munchen", "tapin", "no such place"):
        assert cached.get(key) == fresh.get(key)
        assert all(type(p) is geodata.Place for p in cached.get(key))
    assert cached.get("tapin")[0].kind == "kabupaten"
    assert cached.near("tapim", ["ID"], 1) == fresh.near("tapim", ["ID"], 1) == stored.near("tapim", ["ID"], 1)
    assert cached.country_names == fresh.country_names
    assert cached.code_names() == fresh.code_names()
    assert cached.admin1_provinces() == fresh.admin1_provinces()
    town = next(p for p in fresh.get("cikarang") if p.kind == geodata.CITY)
    assert cached.possible_provinces(town) == fresh.possible_provinces(town)
    assert cached.entry_id("tapin") == "tapin" and cached.entry_id("no such place") is None


def test_edited_place_data_is_read_again(tmp_path, monkeypatch):
    table = tmp_path / "countries.tsv"
    table.write_text("# code\talpha3\tenglish\tindonesian\nDE\tDEU\tGermany\tJerman\n", encoding="utf-8")
    assert geodata._cached_places((str(table),)).country_names["indonesian"] == {"DE": "Jerman"}
    table.write_text("# code\talpha3\tenglish\tindonesian\nDE\tDEU\tGermany\tJerman|Djerman\nFR\tFRA\tFrance\tPrancis\n",
                     encoding="utf-8")
    edited = geodata._cached_places((str(table),))
    assert edited.country_names["indonesian"] == {"DE": "Jerman", "FR": "Prancis"}
    assert edited.get("djerman")[0].code == "DE"
    # A corrupt entry is ignored: the file is read again.
    for entry in entries():
        entry.write_bytes(b"\x00not an entry")
    assert geodata._cached_places((str(table),)).get("prancis")[0].code == "FR"


def test_the_folder_is_trimmed_to_its_limit_keeping_what_was_used_last(monkeypatch):
    texts = [f"n: {i}\nwords: [{'x' * 2000}]\n" for i in range(6)]
    for i, text in enumerate(texts):
        yamlmarks.load(text, cache=True)
        entry = paths.cache_dir() / "parsed" / parsecache.key(text)[:2] / f"{parsecache.key(text)}.marshal"
        os.utime(entry, ns=(i * 10**9, i * 10**9))  # written in this order
    yamlmarks.load(texts[0], cache=True)  # a hit: used now
    size = max(p.stat().st_size for p in entries())
    monkeypatch.setattr(parsecache, "LIMIT_BYTES", size * 4)
    yamlmarks.load("n: new\n", cache=True)  # a miss: stored, then the folder trimmed
    kept = {p.stem for p in entries()}
    assert len(kept) <= 3
    assert parsecache.key("n: new\n") in kept and parsecache.key(texts[0]) in kept
    assert parsecache.key(texts[1]) not in kept  # used longest ago


def test_a_cached_word_list_is_the_folded_file(tmp_path, monkeypatch):
    from qa_lint import names

    words = tmp_path / "words.txt"
    words.write_bytes("# comment\nErdoğan\r\nJAKARTA\n\n  kota  \rSão Paulo\n".encode())
    names.word_list.cache_clear()
    fresh = names.word_list(str(words))
    assert fresh == {"erdogan", "jakarta", "kota", "sao paulo"}
    assert len(entries()) == 1
    names.word_list.cache_clear()
    monkeypatch.setattr(names, "fold", lambda text: pytest.fail("folded again instead of read from the cache"))
    assert names.word_list(str(words)) == fresh
    names.word_list.cache_clear()


def test_a_memo_remembers_answers_across_runs_and_ignores_a_foreign_table(monkeypatch):
    monkeypatch.setattr(parsecache.atexit, "register", lambda f: None)  # saved by hand below
    valid = lambda v: v is None or isinstance(v, frozenset)  # noqa: E731
    worked = []

    def work_out(arg):
        worked.append(arg)
        return frozenset({arg.lower()}) if arg else None

    first = parsecache.Memo("test memo", "matching.py", valid)
    assert first.get("Kata", work_out) == {"kata"} and first.get("", work_out) is None
    assert first.get("Kata", work_out) == {"kata"} and worked == ["Kata", ""]
    first.save()
    again = parsecache.Memo("test memo", "matching.py", valid)  # the next run
    assert again.get("Kata", lambda arg: pytest.fail("worked out again")) == {"kata"}
    assert again.get("", lambda arg: pytest.fail("worked out again")) is None
    # A table whose answers are not what the function gives (another kind of value) is not used.
    parsecache.store(parsecache.key("test memo", "matching.py"), {"Kata": "kata"})
    third = parsecache.Memo("test memo", "matching.py", valid)
    assert third.get("Kata", work_out) == {"kata"} and worked == ["Kata", "", "Kata"]


def test_literal_prefilters_come_from_the_memo_unchanged():
    from qa_lint import matching

    pattern = r"(?<![\p{L}\p{N}_])Benggala\s+Barat-test(?!\p{L})"
    assert matching.required_literals(pattern) == matching._read_literals(pattern) == {"barat-test"}
    assert matching._LITERALS.table[pattern] == {"barat-test"}


def test_literal_prefixes_come_from_the_memo_unchanged():
    from qa_lint import matching

    pattern = r"\b(?:[Pp]ertukaran-test|[Bb]aku)\s+api\b"
    assert matching.literal_prefixes(pattern) == matching._read_prefixes(pattern) == {"pertukaran-test", "baku"}
    assert matching._PREFIXES.table[pattern] == {"pertukaran-test", "baku"}


def test_indonesian_stems_are_remembered_as_sastrawi_gives_them(monkeypatch):
    from qa_lint import stemming

    memo = stemming._remembered_stems()
    for word in ("memasok", "pasokan", "dipasok", "mempertahankan", "AS-nya", "memakan"):
        assert stemming.indonesian_remembered(word) == stemming.indonesian(word)
        assert memo.table[word] == stemming.indonesian(word)
    # Read back, Sastrawi is not asked again.
    monkeypatch.setattr(stemming, "indonesian", lambda word: pytest.fail("stemmed again"))
    assert stemming.indonesian_remembered("memasok") == "pasok"
