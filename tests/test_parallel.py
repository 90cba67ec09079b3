"""`qa-lint check --jobs N` and the result cache: the same findings, in the same order,
whichever way they were computed; a dead worker costs only its file."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from qa_lint import api, cache, cli, runner
from qa_lint.api import Linter, Options
from qa_lint.cache import ResultCache

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
# A handful of articles: Indonesian and English, plain text, Markdown and HTML.
ARTICLES = ["tribunnews-putin-korut.txt", "banjir-kalsel.txt", "bi-rate-agustus.txt", "ekonomi-the-fed.md",
            "en-ferry-toll.txt", "en-teachers-conference.html"]


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ARTICLES:
        shutil.copy(FIXTURES / name, folder / name)
    return folder


def check(capsys, *args: str) -> tuple[int, str]:
    code = cli.main(["check", "--no-progress", "--color", "never", *args])
    return code, capsys.readouterr().out


def cache_entries() -> list[Path]:
    return sorted((Path(os.environ["QA_LINT_CACHE"]) / "results").glob("*/*.json"))


def test_jobs_and_cache_give_identical_output(corpus, capsys):
    runs = {}
    for fmt in ("jsonl", "text"):
        runs[fmt, "jobs 1, no cache"] = check(capsys, str(corpus), "-f", fmt, "--jobs", "1", "--no-cache")
        runs[fmt, "jobs 2, no cache"] = check(capsys, str(corpus), "-f", fmt, "--jobs", "2", "--no-cache")
    assert not cache_entries()  # --no-cache writes nothing either
    runs["jsonl", "jobs 2, cache filled"] = check(capsys, str(corpus), "-f", "jsonl", "--jobs", "2")
    assert len(cache_entries()) == len(ARTICLES)
    runs["jsonl", "jobs 2, from the cache"] = check(capsys, str(corpus), "-f", "jsonl", "--jobs", "2")
    runs["jsonl", "jobs 1, from the cache"] = check(capsys, str(corpus), "-f", "jsonl", "--jobs", "1")
    runs["text", "from the cache"] = check(capsys, str(corpus), "-f", "text")
    for fmt in ("jsonl", "text"):
        outputs = {name: out for (f, name), out in runs.items() if f == fmt}
        first = outputs.pop("jobs 1, no cache")
        assert first[0] == 1 and first[1].strip()
        for name, out in outputs.items():
            assert out == first, name
    findings = [json.loads(line) for line in runs["jsonl", "jobs 1, no cache"][1].splitlines()]
    assert {Path(f["path"]).name for f in findings} >= {"tribunnews-putin-korut.txt", "en-ferry-toll.txt"}
    assert any(f["rule"] == "id.mt.west-bengal" for f in findings)


def test_results_come_in_input_order_as_they_finish(corpus):
    seen: list[tuple[str, int, int]] = []
    one = runner.lint_paths(Linter(Options(ui_lang="en")), [corpus], jobs=1)
    two = runner.lint_paths(Linter(Options(ui_lang="en")), [corpus], lambda r, done, total: seen.append((r.path, done, total)),
                            jobs=2, documents=False)
    assert [r.path for r in two.files] == [r.path for r in one.files] == [p for p, _, _ in seen]
    assert [(done, total) for _, done, total in seen] == [(i, len(ARTICLES)) for i in range(1, len(ARTICLES) + 1)]
    assert [[f.to_dict() for f in r.findings] for r in two.files] == [[f.to_dict() for f in r.findings] for r in one.files]
    assert all(r.document is None for r in two.files)  # not asked for: not read again
    assert two.fail_on == one.fail_on == "warning"


def test_fix_and_diff_work_on_several_processes(tmp_path, capsys):
    copies = {}
    for jobs in ("1", "2"):
        folder = tmp_path / f"jobs{jobs}"
        folder.mkdir()
        for name in ("banjir-kalsel.txt", "ekonomi-the-fed.md", "en-ferry-toll.txt"):
            shutil.copy(FIXTURES / name, folder / name)
        code, diff = check(capsys, str(folder), "--diff", "--jobs", jobs, "--no-cache")
        assert code == 1 and "+Pemerintah pusat mengalokasikan dana siap pakai sebesar Rp 1,5 miliar" in diff
        check(capsys, str(folder), "--fix", "--jobs", jobs)
        copies[jobs] = {p.name: p.read_text(encoding="utf-8") for p in folder.iterdir()}
    assert copies["1"] == copies["2"]
    assert copies["2"]["banjir-kalsel.txt"] != (FIXTURES / "banjir-kalsel.txt").read_text(encoding="utf-8")


def test_a_dead_worker_costs_only_its_file(corpus, monkeypatch, capsys):
    (corpus / "crash.txt").write_text("Putin juga mengangkat isu bahwa Benggala Barat menembakkan senjata.\n", encoding="utf-8")
    checked = api.Linter.lint_file

    def lint_file(self, path, display=None, config=None):
        if Path(path).name == "crash.txt":
            os._exit(9)  # as a segfault in a C extension would: no exception, no answer
        return checked(self, path, display, config)

    # The workers fork from this process, so they inherit the patched method.
    monkeypatch.setattr(api.Linter, "lint_file", lint_file)
    result = runner.lint_paths(Linter(Options(ui_lang="en")), [corpus], jobs=2)
    by_name = {Path(r.path).name: r for r in result.files}
    assert set(by_name) == set(ARTICLES) | {"crash.txt"}
    crashed = by_name.pop("crash.txt")
    assert crashed.internal and "internal error" in crashed.error and "exit code 9" in crashed.error
    assert all(not r.error for r in by_name.values())
    assert by_name["tribunnews-putin-korut.txt"].findings  # the files after it were still checked
    assert cli.exit_code(result) == cli.EXIT_INTERNAL
    code = cli.main(["check", "--no-progress", str(corpus), "--jobs", "2", "--no-cache", "-f", "json"])
    printed = capsys.readouterr()
    assert code == cli.EXIT_INTERNAL
    assert "crash.txt: internal error in qa-lint" in printed.err
    assert len(json.loads(printed.out)["summary"]["errors"]) == 1


def _keys(linter: Linter, path: Path) -> str | None:
    return ResultCache(linter).key(str(path), str(path), linter.configs.for_file(path))


def test_cache_key_changes_with_file_pack_option_source_and_version(tmp_path, write_pack, monkeypatch):
    article = tmp_path / "a.txt"
    article.write_text("Putin juga mengangkat isu bahwa Benggala Barat menembakkan senjata.\n", encoding="utf-8")
    pack = write_pack("""
rules:
  - id: id.test.kata
    type: pattern
    severity: info
    category: style
    pattern: '\\bsenjata\\b'
    message: a word
    examples:
      bad: ['[[senjata]]']
      good: ['tidak']
""", language="id")
    base = _keys(Linter(Options(rules=[pack])), article)
    assert base is not None and base == _keys(Linter(Options(rules=[pack])), article)
    assert _keys(Linter(Options(rules=[pack], select=["id.mt"])), article) != base
    assert _keys(Linter(Options(rules=[pack], language="en")), article) != base
    source = tmp_path / "source.txt"
    source.write_text("Putin also said that the West fires weapons.\n", encoding="utf-8")
    with_source = _keys(Linter(Options(rules=[pack], source=str(source))), article)
    source.write_text("Putin also said that the West fired weapons.\n", encoding="utf-8")
    assert with_source not in (base, _keys(Linter(Options(rules=[pack], source=str(source))), article))
    Path(pack).write_text(Path(pack).read_text(encoding="utf-8").replace("severity: info", "severity: warning"), encoding="utf-8")
    changed_pack = _keys(Linter(Options(rules=[pack])), article)
    assert changed_pack != base
    article.write_text("Putin juga mengangkat isu bahwa Benggala Barat menembakkan senjata!\n", encoding="utf-8")
    changed_file = _keys(Linter(Options(rules=[pack])), article)
    assert changed_file not in (base, changed_pack)
    monkeypatch.setattr(cache, "__version__", "99.0")
    monkeypatch.setattr(cache, "_CODE", None)
    assert _keys(Linter(Options(rules=[pack])), article) not in (base, changed_pack, changed_file)


def test_a_changed_file_is_checked_again_the_others_come_from_the_cache(corpus):
    first = ResultCache(Linter())
    runner.lint_paths(first.linter, [corpus], cache=first)
    assert (first.hits, first.stored) == (0, len(ARTICLES))
    seed = corpus / "tribunnews-putin-korut.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("Benggala Barat", "Barat"), encoding="utf-8")
    again = ResultCache(Linter())
    result = runner.lint_paths(again.linter, [corpus], cache=again)
    assert (again.hits, again.misses) == (len(ARTICLES) - 1, 1)
    findings = next(r for r in result.files if r.path == str(seed)).findings
    assert not any(f.rule == "id.mt.west-bengal" for f in findings)
    fresh = runner.lint_paths(Linter(), [corpus])
    assert [[f.to_dict() for f in r.findings] for r in result.files] == [[f.to_dict() for f in r.findings] for r in fresh.files]


def test_a_corrupt_entry_is_ignored_and_rewritten(corpus):
    store = ResultCache(Linter())
    expected = runner.lint_paths(store.linter, [corpus], cache=store)
    entries = cache_entries()
    entries[0].write_text('{"format": 1, "key": "', encoding="utf-8")  # cut short
    entries[1].write_bytes(b"\x00\xff not json")
    entries[2].write_text(json.dumps({"format": 1, "key": entries[2].stem, "result": {"findings": [{"x": 1}]}}))
    again = ResultCache(Linter())
    result = runner.lint_paths(again.linter, [corpus], cache=again)
    assert (again.hits, again.misses, again.stored) == (len(ARTICLES) - 3, 3, 3)
    assert [[f.to_dict() for f in r.findings] for r in result.files] == [[f.to_dict() for f in r.findings] for r in expected.files]
    json.loads(entries[0].read_text(encoding="utf-8"))  # whole again


def test_the_cache_keeps_to_its_size_dropping_the_oldest_first(corpus, monkeypatch):
    store = ResultCache(Linter())
    runner.lint_paths(store.linter, [corpus], cache=store)
    entries = cache_entries()
    sizes = {e: e.stat().st_size for e in entries}
    for age, entry in enumerate(entries):  # the first listed is the oldest
        os.utime(entry, ns=(10**18 + age * 10**9, 10**18 + age * 10**9))
    limit = sum(sizes.values()) - 1  # one byte too many: the oldest go until under 90 % of it
    small = ResultCache(Linter(), limit=limit)
    small.stored = 1  # as after a run that wrote
    removed = small.evict()
    kept = cache_entries()
    assert removed >= 1 and kept == entries[removed:]
    assert sum(sizes[e] for e in kept) <= limit * cache.TRIM_TO
    monkeypatch.setenv("QA_LINT_CACHE_MB", "0")
    assert ResultCache(Linter()).limit == 0


def test_jobs_must_be_a_positive_number(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["check", "--jobs", "0", "x.txt"])
    assert exit_info.value.code == 2
    assert "--jobs" in capsys.readouterr().err


def test_a_broken_pack_met_by_a_worker_stops_the_run_as_in_one_process(tmp_path, capsys):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copy(FIXTURES / "banjir-kalsel.txt", tmp_path / folder / "banjir-kalsel.txt")
    shutil.copy(FIXTURES / "bi-rate-agustus.txt", tmp_path / "b" / "bi-rate-agustus.txt")
    # Only b/'s configuration loads the broken pack: the run meets it on a worker.
    (tmp_path / "b" / "broken.yaml").write_text("pack: broken\nlanguage: id\nrules:\n  - id: x\n    type: nope\n", encoding="utf-8")
    (tmp_path / "b" / ".qa-lint.yaml").write_text("rules: [broken.yaml]\n", encoding="utf-8")
    errors = []
    for jobs in ("1", "2"):
        assert cli.main(["check", "--no-progress", "--no-cache", "--jobs", jobs, str(tmp_path)]) == cli.EXIT_ERROR
        errors.append(capsys.readouterr().err)
    assert errors[0] == errors[1] and "broken.yaml:5:11: unknown rule type 'nope'" in errors[1]


def test_in_one_process_each_file_is_reported_before_the_next_is_checked(corpus, monkeypatch):
    events = []
    checked = api.Linter.lint_file

    def lint_file(self, path, display=None, config=None):
        events.append("check")
        return checked(self, path, display, config)

    monkeypatch.setattr(api.Linter, "lint_file", lint_file)
    runner.lint_paths(Linter(), [corpus], lambda r, done, total: events.append("report"), jobs=1)
    assert events == ["check", "report"] * len(ARTICLES)


def test_a_file_named_in_the_settings_is_part_of_the_key(tmp_path):
    roster = tmp_path / "roster.yaml"
    roster.write_text("names: [Mamata Banerjee]\n", encoding="utf-8")
    (tmp_path / ".qa-lint.yaml").write_text("settings:\n  names_roster: roster.yaml\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Mamata Banerjee berbicara di Kolkata.\n", encoding="utf-8")
    before = _keys(Linter(), article)
    roster.write_text("names: [Mamata Banerjee, Abhishek Banerjee]\n", encoding="utf-8")
    assert before is not None and _keys(Linter(), article) not in (before, None)


def test_a_pack_files_data_is_part_of_the_key(tmp_path, write_pack):
    article = tmp_path / "a.txt"
    article.write_text("Putin menembakkan senjata.\n", encoding="utf-8")
    pack = write_pack("""
rules:
  - id: id.test.kata
    type: terms
    severity: info
    category: style
    terms_file: data/words.yaml
    message: a word
    examples:
      bad: ['[[senjata]]']
      good: ['tidak']
""", language="id", files={"data/words.yaml": "terms: [senjata]\\n"})
    before = _keys(Linter(Options(rules=[pack])), article)
    words = Path(pack).parent / "data" / "words.yaml"
    words.write_text("terms: [senjata, rudal]\n", encoding="utf-8")
    assert before is not None and _keys(Linter(Options(rules=[pack])), article) not in (before, None)
