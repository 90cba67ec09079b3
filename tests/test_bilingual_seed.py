"""The issue's acceptance command: the seed checked against its English source finds
every must-problem of the seed, text and source, each on its line, and nothing at
error or warning on the clean lines."""

import json
import subprocess
import sys

import yaml

from conftest import FIXTURES, ROOT

SEED = FIXTURES / "tribunnews-putin-korut.txt"
SOURCE = FIXTURES / "tribunnews-putin-korut.source-en.txt"
MUST_LINES = [3, 4, 5, 10, 11, 12, 13, 15, 17, 23, 24, 26]


def check(*args):
    run = subprocess.run([sys.executable, "-m", "qa_lint", "check", *args], capture_output=True, text=True, cwd=ROOT)
    assert "Traceback" not in run.stderr, run.stderr
    return run


def test_seed_with_source_finds_every_must_line_and_keeps_clean_lines_clean():
    run = check(str(SEED), "--source", str(SOURCE), "--format", "json")
    assert run.returncode == 1, run.stderr
    findings = json.loads(run.stdout)["findings"]
    serious = [f for f in findings if f["severity"] in ("error", "warning")]
    # A problem the source has too (line 12: "some Russian military analysts" is just as vague
    # in the English) is inherited: still reported on its line, at info (see the next test).
    inherited = [f for f in findings if f["severity"] == "info" and "the source says so too" in f["message"]]
    missing = [line for line in MUST_LINES if not any(f["line"] == line for f in serious + inherited)]
    assert not missing, f"no finding on lines {missing}"
    assert {f["line"] for f in inherited} <= {12, 22}, inherited  # only the source's own vague sourcing
    clean = set(yaml.safe_load((FIXTURES / "tribunnews-putin-korut.expected.yaml").read_text(encoding="utf-8"))["clean_lines"])
    assert not [(f["line"], f["rule"]) for f in serious if f["line"] in clean]


def test_vague_source_the_source_shares_is_inherited_not_dropped(tmp_path):
    """Line 12's "beberapa analis militer Rusia" renders "some Russian military analysts": the
    English packs flag the source the same way, so bilingual mode reports it at info, quoting
    the source; the article alone still gets the warning."""
    run = check(str(SEED), "--source", str(SOURCE), "--format", "json")
    found = [f for f in json.loads(run.stdout)["findings"] if f["line"] == 12 and f["category"] == "vague-source"]
    assert found and found[0]["severity"] == "info"
    assert 'the source says so too: "some Russian military analysts"' in found[0]["message"]
    assert found[0]["related"][0]["path"].endswith("tribunnews-putin-korut.source-en.txt") and found[0]["related"][0]["line"] == 12
    article = tmp_path / "seed.txt"  # away from its source, which the naming convention would find
    article.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    alone = check(str(article), "--format", "json")
    mono = [f for f in json.loads(alone.stdout)["findings"] if f["line"] == 12 and f["category"] == "vague-source"]
    assert mono and mono[0]["severity"] == "warning"


def test_source_only_problems_need_the_source():
    """Lines 11, 15 and 17 are found only with the source; each finding quotes it."""
    run = check(str(SEED), "--source", str(SOURCE), "--format", "json")
    findings = json.loads(run.stdout)["findings"]
    for line, rule in ((11, "en-id.addition.classifier"), (15, "en-id.sense.antonym"), (17, "en-id.attribution.changed")):
        found = [f for f in findings if f["line"] == line and f["rule"] == rule]
        assert found, (line, rule)
        related = found[0]["related"][0]
        assert related["path"].endswith("tribunnews-putin-korut.source-en.txt")
        assert related["line"] == line  # the source is line-aligned
        assert found[0]["mqm_severity"] in ("major", "critical")


def test_mqm_score_per_document():
    run = check(str(SEED), "--source", str(SOURCE), "--format", "json")
    summary = json.loads(run.stdout)["summary"]
    mqm = summary["mqm"]["files"][0]
    assert mqm["words"] > 400
    assert mqm["penalty"] == sum({"info": 1, "warning": 5, "error": 25}[f["severity"]] for f in json.loads(run.stdout)["findings"])
    assert mqm["per_1000_words"] == round(mqm["penalty"] * 1000 / mqm["words"], 2)
    assert "accuracy" in mqm["by_dimension"]


def test_source_with_two_targets_is_a_usage_error():
    run = check(str(SEED), str(SEED), "--source", str(SOURCE))
    assert run.returncode == 2 and "exactly one file" in run.stderr


def test_unalignable_pair_is_a_clear_error(tmp_path):
    target = tmp_path / "story.txt"
    source = tmp_path / "other.txt"
    target.write_text("Satu kalimat pendek.\n", encoding="utf-8")
    source.write_text("\n".join(f"Sentence number {i} of a long and unrelated English source text about something else." for i in range(30)), encoding="utf-8")
    run = check(str(target), "--source", str(source), "--source-lang", "en")
    assert run.returncode == 2
    assert "cannot align" in run.stderr
