"""regexcache: a pattern built from the parse cache's kept compilation behaves as regex.compile's."""

import pytest
import regex

from qa_lint import parsecache, regexcache

# These tests watch what is parsed and cached: they start from an empty parse cache.
pytestmark = pytest.mark.own_parse_cache

CASES = [
    (r"(?<![\p{L}\p{N}_])(?P<day>Senin|Selasa)\s+(?P<n>\d{1,2})\b", 0, {}, "Pada Senin 12 Mei, selasa 3"),
    (r"\bkemungkinan\s+besar\b", regex.IGNORECASE | regex.FULLCASE, {}, "KEMUNGKINAN  besar ... Kemungkinan besar"),
    (r"(?<!\w)(?:harga\s+beras|\L<singles>)(?!\w)", regex.IGNORECASE, {"singles": ["cabai", "bawang"]}, "Harga  beras, CABAI dan bawang"),
]


def fresh_table(monkeypatch):
    table = regexcache._Table(regexcache._TABLE.name)
    monkeypatch.setattr(regexcache, "_TABLE", table)
    return table


@pytest.mark.parametrize(("pattern", "flags", "lists", "text"), CASES)
def test_a_pattern_read_back_matches_as_the_compiled_one(pattern, flags, lists, text, monkeypatch):
    expected = regex.compile(pattern, flags, **lists)
    fresh_table(monkeypatch)
    regexcache.compile(pattern, flags, **lists)
    regexcache._TABLE.save()
    table = fresh_table(monkeypatch)  # as the next process: the entry comes from the parse cache
    assert table.get(regexcache._key(pattern, flags, lists)) is not None
    again = regexcache.compile(pattern, flags, **lists)
    assert (again.pattern, again.flags, again.groupindex) == (expected.pattern, expected.flags, expected.groupindex)
    assert [(m.span(), m.groupdict()) for m in again.finditer(text)] == [(m.span(), m.groupdict()) for m in expected.finditer(text)]
    assert [m.span() for m in again.finditer(text)]  # each case matches something


def test_named_lists_are_part_of_the_key(monkeypatch):
    fresh_table(monkeypatch)
    first = regexcache.compile(r"\L<w>", 0, w=["cabai"])
    regexcache._TABLE.save()
    fresh_table(monkeypatch)
    assert regexcache.compile(r"\L<w>", 0, w=["bawang"]).findall("cabai bawang") == ["bawang"]
    assert first.findall("cabai bawang") == ["cabai"]


def test_a_bad_pattern_raises_as_regex_does(monkeypatch):
    fresh_table(monkeypatch)
    with pytest.raises(regex.error):
        regexcache.compile(r"(unclosed")
    assert regexcache.compile(r"x").match("x")  # the regex module is left as it was


def test_without_the_parse_cache_nothing_is_kept(monkeypatch):
    monkeypatch.setenv(parsecache.ENV, "off")
    table = fresh_table(monkeypatch)
    assert regexcache.compile(r"tanpa\s+cache").match("tanpa  cache")
    assert table.entries is None and not table.used


def test_the_table_keeps_what_this_run_used_first_and_stays_bounded(monkeypatch):
    table = fresh_table(monkeypatch)
    monkeypatch.setattr(regexcache._Table, "MAX", 3)
    for word in ("satu", "dua", "tiga", "empat"):
        regexcache.compile(word)
    table.save()
    assert len(table.entries) == 3  # bounded
    table = fresh_table(monkeypatch)
    regexcache.compile("lima")
    regexcache.compile("satu")
    table.save()
    kept = parsecache.load(parsecache.key(table.name, "regexcache.py"))
    assert list(kept)[:2] == [regexcache._key("lima", 0, {}), regexcache._key("satu", 0, {})]
    assert len(kept) == 3


def test_a_pattern_compiled_once_is_not_compiled_again_in_the_same_process(monkeypatch):
    # A second Linter of the same process (a test, a server's reload) reads it from the table.
    fresh_table(monkeypatch)
    calls = []
    real = regexcache._compile_recording
    monkeypatch.setattr(regexcache, "_compile_recording", lambda *a: calls.append(a[0]) or real(*a))
    first = regexcache.compile(r"sekali\s+saja")
    again = regexcache.compile(r"sekali\s+saja")
    assert calls == [r"sekali\s+saja"]
    assert first.match("sekali  saja") and again.match("sekali  saja")
