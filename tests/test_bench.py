"""bench/run.py: the report's structure on a tiny corpus (no timing is asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SECTIONS = {"throughput", "memory", "cold-start", "linearity", "terms", "api", "cache"}


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("bench")
    out = folder / "report.json"
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--tiny", "--corpus-dir", str(folder / "corpus"),
                          "--json", str(out)], capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    data["stdout"] = run.stdout
    data["folder"] = folder
    return data


def test_every_section_reports_a_figure_beside_its_baseline(report):
    figures = report["figures"]
    assert {f["section"] for f in figures} == SECTIONS
    for figure in figures:
        if figure["value"] is None:
            assert figure["note"], figure  # a figure not measured says why
            continue
        assert figure["value"] > 0 and figure["unit"]
        assert figure["baseline"] is not None and figure["baseline_name"], figure
        assert figure["ratio"] is not None and figure["ratio"] > 0, figure


def test_the_corpus_is_generated_deterministically_in_both_languages(report, tmp_path):
    corpus = report["corpus"]
    assert corpus["articles"] == 6 and corpus["bytes"]["id"] > 0 and corpus["bytes"]["en"] > 0
    assert corpus["singles"] and all(s["pieces"] >= 1 for s in corpus["singles"].values())
    sys.path.insert(0, str(ROOT / "bench"))
    import run as bench

    first = bench.build_corpus(tmp_path / "again", bench.TINY, lambda _: None)
    built = sorted(p.read_text(encoding="utf-8") for p in (tmp_path / "again" / "articles").rglob("*.txt"))
    cached = sorted(p.read_text(encoding="utf-8") for p in (report["folder"] / "corpus").rglob("articles/*/*.txt"))
    assert first["bytes"] == corpus["bytes"] and built == cached  # same seed, same corpus


def test_the_text_report_prints_each_ratio(report):
    lines = [line for line in report["stdout"].splitlines() if "|  ratio" in line]
    assert any(line.startswith("throughput") for line in lines)
    assert any(line.startswith("cold-start") for line in lines)
    assert any(line.startswith("api") for line in lines)
    assert any(line.startswith("cache") for line in lines)


def test_stats_give_the_time_of_each_rule():
    from qa_lint.api import Linter, Options
    from qa_lint.reporters import ReportContext
    from qa_lint.reporters import json as json_report
    from qa_lint.reporters import text as text_report

    result = Linter(Options(timeout=None)).lint_paths([ROOT / "fixtures" / "tribunnews-putin-korut.txt"])
    spent = result.files[0].rule_seconds
    assert "id.names.known" in spent and all(seconds >= 0 for seconds in spent.values())
    summary = json.loads(json_report.render(result, ReportContext(stats=True)))["summary"]
    assert set(summary["rule_timings_ms"]) == set(spent)
    assert "rule_timings_ms" not in json.loads(json_report.render(result, ReportContext()))["summary"]
    lines = text_report.stats_lines(result)
    assert any(line.startswith("  time rule id.names.known: ") and line.endswith("%)") for line in lines)
