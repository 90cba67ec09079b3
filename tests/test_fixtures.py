"""Every annotated fixture: must-find problems are found on their line, clean lines stay clean."""

from pathlib import Path

import pytest
import yaml

from conftest import FIXTURES

ANNOTATIONS = sorted(FIXTURES.glob("*.expected.yaml"))


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def bilingual(spec: dict) -> bool:
    """A fixture checked against a source: a `source:` beside it, or an XLIFF/PO/TMX file."""
    return bool(spec.get("source")) or Path(spec["file"]).suffix in (".xlf", ".xliff", ".po", ".tmx")


def cases():
    for path in ANNOTATIONS:
        spec = load(path)
        for problem in spec.get("problems", []):
            # `detect: source` problems count where the fixture has its source (bilingual mode).
            if problem.get("must") and (problem.get("detect") == "text" or (problem.get("detect") == "source" and bilingual(spec))):
                yield pytest.param(path, problem, id=f"{spec['file']}:{problem['line']}:{problem['category']}")


@pytest.fixture(scope="module")
def results(linter):
    cache = {}

    def get(spec_path: Path):
        if spec_path not in cache:
            spec = load(spec_path)
            cache[spec_path] = linter.lint_file(FIXTURES / spec["file"])
        return cache[spec_path]

    return get


def test_there_are_fixtures():
    assert any(p.name.startswith("tribunnews-putin-korut") for p in ANNOTATIONS)


@pytest.mark.parametrize("spec_path,problem", list(cases()))
def test_problem_is_found_on_its_line(results, spec_path, problem):
    result = results(spec_path)
    assert result.error is None, result.error
    on_line = [f for f in result.findings if f.line == problem["line"]]
    assert any(f.category == problem["category"] for f in on_line), (
        f"expected a {problem['category']} finding on line {problem['line']} ({problem.get('note', '').strip()}); "
        f"got {[(f.rule, f.category) for f in on_line]}"
    )


@pytest.mark.parametrize("spec_path", ANNOTATIONS, ids=[p.name for p in ANNOTATIONS])
def test_clean_lines_stay_clean(results, spec_path):
    spec = load(spec_path)
    result = results(spec_path)
    assert result.error is None, result.error
    serious = [f for f in result.findings if f.severity in ("error", "warning")]
    if spec.get("clean"):
        clean = None  # every line
    else:
        clean = set(spec.get("clean_lines", []))
    offending = [f for f in serious if clean is None or f.line in clean]
    assert not offending, [(f.line, f.rule, f.match, f.message) for f in offending]


@pytest.mark.parametrize("spec_path", ANNOTATIONS, ids=[p.name for p in ANNOTATIONS])
def test_language_is_detected(results, spec_path):
    spec = load(spec_path)
    assert results(spec_path).language == spec["language"]


@pytest.mark.parametrize("spec_path", [p for p in ANNOTATIONS if bilingual(load(p))], ids=lambda p: p.name)
def test_bilingual_fixtures_are_checked_as_pairs(results, spec_path):
    spec = load(spec_path)
    result = results(spec_path)
    assert result.pair is not None, f"{spec['file']} was not paired with its source"
    if spec.get("source"):
        assert result.pair.source.path.endswith(spec["source"])
