"""The GitHub Action, run the way GitHub runs a composite action: each `run:`
step of action.yml with bash, its `${{ }}` expressions filled in from the
inputs (defaults from action.yml), the GITHUB_* environment of a pull request,
and a real git repository with a base commit and a pull-request commit."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

BENGAL = "Putin juga mengangkat isu bahwa Benggala Barat menembakkan senjata-senjata ini ke sasaran di tanah Rusia."
DOCTRINE = ("Putin mengatakan kepada media bahwa Rusia sedang mempertimbangkan untuk mengubah pendidikannya. "
            "Ia menyebut ambang batas penggunaan nuklir.")
INTRO = "Presiden Rusia Vladimir Putin tiba di Pyongyang dan disambut oleh Kim Jong Un."


def sh(cwd, *args):
    return subprocess.run(args, cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    """main: a.txt, b.txt, d.txt under articles/ and other/c.txt, all with problems.
    feature (the PR): a.txt gains a line, c.txt (outside `paths`) changes, d.txt is deleted."""
    path = tmp_path_factory.mktemp("content")
    sh(path, "git", "init", "-q", "-b", "main")
    sh(path, "git", "config", "user.email", "ci@example.org")
    sh(path, "git", "config", "user.name", "CI")
    (path / "articles").mkdir()
    (path / "other").mkdir()
    (path / ".qa-lint.yaml").write_text("language: id\n", encoding="utf-8")
    (path / "articles" / "a.txt").write_text(f"{INTRO}\n\n{BENGAL}\n", encoding="utf-8")
    (path / "articles" / "b.txt").write_text(f"{INTRO}\n\n{BENGAL}\n", encoding="utf-8")
    (path / "articles" / "d.txt").write_text(f"{BENGAL}\n", encoding="utf-8")
    (path / "other" / "c.txt").write_text(f"{BENGAL}\n", encoding="utf-8")
    sh(path, "git", "add", "-A")
    sh(path, "git", "commit", "-q", "-m", "base")
    base = sh(path, "git", "rev-parse", "HEAD")
    sh(path, "git", "checkout", "-q", "-b", "feature")
    (path / "articles" / "a.txt").write_text(f"{INTRO}\n\n{BENGAL}\n\n{DOCTRINE}\n", encoding="utf-8")
    (path / "other" / "c.txt").write_text(f"{INTRO}\n\n{BENGAL}\n", encoding="utf-8")
    (path / "articles" / "d.txt").unlink()
    sh(path, "git", "add", "-A")
    sh(path, "git", "commit", "-q", "-m", "edit a, c; delete d")
    return path, base


ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
EXPR = re.compile(r"\$\{\{\s*([^}]+?)\s*\}\}")


def evaluate(text: str, context: dict) -> str:
    """The few expressions action.yml uses: inputs.*, github.*, steps.*.outputs.*"""
    def lookup(m):
        value = context
        for part in m.group(1).split("."):
            value = value.get(part, "") if isinstance(value, dict) else ""  # GitHub: missing -> ""
        return str(value)
    return EXPR.sub(lookup, text)


def parse_output_file(path: Path) -> dict:
    values = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition("=")
        values[key] = value
    return values


def run_action(workspace: Path, tmp: Path, inputs: dict, event: dict, extra_env: dict, python: str | None = None):
    """Run the composite action's steps; returns (exit code, stdout, outputs, summary, step outputs)."""
    context = {
        "inputs": {name: spec.get("default", "") for name, spec in ACTION["inputs"].items()} | inputs,
        "github": {"action_path": str(ROOT), "workspace": str(workspace)},
        "steps": {},
    }
    event_path = tmp / "event.json"
    event_path.write_text(json.dumps(event), encoding="utf-8")
    summary = tmp / "summary.md"
    summary.write_text("", encoding="utf-8")
    base_env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "INPUT_", "RUNNER_"))}
    base_env |= {"GITHUB_ACTIONS": "true", "GITHUB_WORKSPACE": str(workspace), "GITHUB_EVENT_PATH": str(event_path),
                 "GITHUB_STEP_SUMMARY": str(summary), "GITHUB_ACTION_PATH": str(ROOT), "RUNNER_TEMP": str(tmp)}
    base_env |= extra_env
    stdout = ""
    code = 0
    for step in ACTION["runs"]["steps"]:
        if "uses" in step:
            continue  # actions/cache: GitHub's own action, nothing to run here
        if python and step.get("id") == "install":
            context["steps"]["install"] = {"outputs": {"python": python}}
            continue
        output = tmp / f"output-{step['id']}"
        output.write_text("", encoding="utf-8")
        step_env = base_env | {"GITHUB_OUTPUT": str(output)}
        step_env |= {k: evaluate(str(v), context) for k, v in step.get("env", {}).items()}
        assert step["shell"] == "bash"
        script = tmp / f"step-{step['id']}.sh"
        script.write_text(evaluate(step["run"], context), encoding="utf-8")
        proc = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
                              cwd=workspace, env=step_env, capture_output=True, text=True, timeout=300)
        stdout += proc.stdout
        context["steps"][step["id"]] = {"outputs": parse_output_file(output)}
        code = proc.returncode
        if code:
            assert step["id"] == "lint", f"step {step['id']} failed: {proc.stderr}"
            break
    outputs = {name: evaluate(spec["value"], context) for name, spec in ACTION["outputs"].items()}
    return code, stdout, outputs, summary.read_text(encoding="utf-8"), context["steps"]


ANNOTATION = re.compile(r"^::(error|warning|notice) file=([^,]*),line=(\d+),col=(\d+)", re.M)


def test_action_steps_use_no_expressions_in_scripts():
    """Expressions reach scripts through env only, so an input cannot inject shell code."""
    for step in ACTION["runs"]["steps"]:
        assert "${{" not in step.get("run", ""), step.get("name")
    assert ACTION["runs"]["using"] == "composite"
    assert set(ACTION["inputs"]) == {"paths", "changed-only", "filter_mode", "fail_on", "fail-on", "version", "rules",
                                     "args", "config", "languagetool", "sarif-file", "rdjson-file"}
    assert ACTION["inputs"]["filter_mode"]["default"] == "added"
    assert set(ACTION["outputs"]) == {"findings", "sarif-file", "rdjson-file"}
    assert ACTION["inputs"]["languagetool"]["default"] == "false"


@pytest.fixture(scope="module")
def pull_request_run(repo, tmp_path_factory):
    workspace, base = repo
    tmp = tmp_path_factory.mktemp("runner")
    event = {"pull_request": {"number": 7, "base": {"ref": "main", "sha": base}, "head": {"ref": "feature"}}}
    env = {"GITHUB_EVENT_NAME": "pull_request", "GITHUB_BASE_REF": "main", "GITHUB_HEAD_REF": "feature"}
    return (tmp,) + run_action(workspace, tmp, {"paths": "articles"}, event, env)


def test_pull_request_annotates_only_the_lines_it_added(pull_request_run, repo):
    """The base already has Benggala Barat on line 3 of a.txt; the pull request adds line 5.
    Only line 5 is annotated, counted and able to fail the step (filter_mode: added)."""
    workspace, base = repo
    tmp, code, stdout, outputs, summary, steps = pull_request_run
    assert code == 1, stdout  # errors found, default fail-on warning
    annotations = ANNOTATION.findall(stdout)
    assert annotations, stdout
    assert {a[1] for a in annotations} == {"articles/a.txt"}  # b unchanged, c outside paths, d deleted
    lines = {(a[0], int(a[2])) for a in annotations}
    assert ("error", 5) in lines  # pendidikannya, the line the PR added
    assert {line for _, line in lines} == {5}  # not Benggala Barat on line 3, which the base had
    assert "on lines this pull request did not change are not shown (filter_mode: added)" in stdout
    assert f"1 changed article(s) against {base}" in stdout
    # the job summary: what was compared, and a table of the findings
    assert f"Checked 1 article(s) changed against `{base}`" in summary
    rows = [line for line in summary.splitlines() if line.startswith("| error |")]
    assert len(rows) == len(annotations)
    assert all("articles/a.txt" in row for row in rows)
    assert any("| 5:" in row for row in rows) and not any("Benggala Barat" in row for row in rows)
    # outputs: written by the step to its GITHUB_OUTPUT and mapped by the action
    assert steps["lint"]["outputs"] == {"findings": str(len(annotations)), "sarif-file": "qa-lint.sarif"}
    assert outputs == {"findings": str(len(annotations)), "sarif-file": "qa-lint.sarif", "rdjson-file": ""}
    sarif = json.loads((workspace / "qa-lint.sarif").read_text(encoding="utf-8"))
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]}
    assert uris == {"articles/a.txt"}
    # SARIF keeps every finding of the changed article: code scanning compares with the base itself.
    assert len(sarif["runs"][0]["results"]) == len(annotations) + 1
    # qa-lint was installed from the action's own checkout into its own environment
    assert Path(steps["install"]["outputs"]["python"]).is_relative_to(tmp)


def test_without_changed_only_everything_is_linted(pull_request_run, repo, tmp_path):
    workspace, _ = repo
    python = pull_request_run[-1]["install"]["outputs"]["python"]
    env = {"GITHUB_EVENT_NAME": "pull_request", "GITHUB_BASE_REF": "main"}
    code, stdout, outputs, summary, _ = run_action(
        workspace, tmp_path, {"paths": "articles other", "changed-only": "false", "fail-on": "never",
                              "sarif-file": "reports/all.sarif"}, {}, env, python=python)
    assert code == 0, stdout  # fail-on never
    assert {a[1] for a in ANNOTATION.findall(stdout)} == {"articles/a.txt", "articles/b.txt", "other/c.txt"}
    assert outputs["sarif-file"] == "reports/all.sarif"
    assert (workspace / "reports" / "all.sarif").is_file()
    assert "Checked" not in summary and "articles/b.txt" in summary


def test_base_from_github_base_ref_without_payload(pull_request_run, repo, tmp_path):
    """No event payload: the base branch name alone (GITHUB_BASE_REF) is enough."""
    workspace, base = repo
    python = pull_request_run[-1]["install"]["outputs"]["python"]
    env = {"GITHUB_EVENT_NAME": "pull_request", "GITHUB_BASE_REF": "main"}
    code, stdout, outputs, _, _ = run_action(workspace, tmp_path, {"filter_mode": "file"}, {}, env, python=python)
    assert code == 1
    # paths "." covers other/c.txt too, still only changed files (whole, with filter_mode file)
    assert {a[1] for a in ANNOTATION.findall(stdout)} == {"articles/a.txt", "other/c.txt"}
    assert "changed article(s) against main" in stdout


def test_bad_input_is_a_clear_error(pull_request_run, repo, tmp_path):
    workspace, _ = repo
    python = pull_request_run[-1]["install"]["outputs"]["python"]
    code, stdout, _, _, _ = run_action(workspace, tmp_path, {"changed-only": "sometimes"}, {},
                                       {"GITHUB_EVENT_NAME": "push"}, python=python)
    assert code == 2
    assert "::error title=qa-lint::input changed-only must be true or false or auto, not 'sometimes'" in stdout


def test_pull_request_that_changes_no_article_checks_nothing(pull_request_run, repo, tmp_path):
    workspace, base = repo
    python = pull_request_run[-1]["install"]["outputs"]["python"]
    event = {"pull_request": {"base": {"sha": base}}}
    code, stdout, outputs, summary, _ = run_action(
        workspace, tmp_path, {"paths": "articles/b.txt", "sarif-file": "none.sarif"}, event,
        {"GITHUB_EVENT_NAME": "pull_request", "GITHUB_BASE_REF": "main"}, python=python)
    assert code == 0, stdout
    assert ANNOTATION.findall(stdout) == []
    assert outputs == {"findings": "0", "sarif-file": "none.sarif", "rdjson-file": ""}
    assert "Checked 0 article(s)" in summary and "0 findings in 0 files" in summary
    sarif = json.loads((workspace / "none.sarif").read_text(encoding="utf-8"))
    assert sarif["runs"][0]["results"] == []


def test_unwritable_sarif_file_is_a_clear_error(pull_request_run, repo, tmp_path):
    workspace, _ = repo
    python = pull_request_run[-1]["install"]["outputs"]["python"]
    code, stdout, _, _, _ = run_action(workspace, tmp_path, {"changed-only": "false", "sarif-file": "articles/b.txt/out.sarif"},
                                       {}, {"GITHUB_EVENT_NAME": "push"}, python=python)
    assert code == 2 and "Traceback" not in stdout
    assert "::error title=qa-lint::cannot write the SARIF report to articles/b.txt/out.sarif" in stdout


def test_without_git_on_path_the_base_is_unknown_not_a_traceback(tmp_path, monkeypatch):
    from qa_lint import action

    monkeypatch.setenv("PATH", str(tmp_path))  # an empty folder: no git
    monkeypatch.setenv("GITHUB_BASE_REF", "main")
    assert action.git("status").returncode != 0
    assert action.resolve_base() is None
    assert action.changed_files("main", ["."], None) is None


@pytest.mark.parametrize("mode,expected", [("file", {3, 5}), ("diff_context", {3, 5}), ("added", {5})])
def test_filter_modes(pull_request_run, repo, tmp_path, mode, expected):
    workspace, base = repo
    python = pull_request_run[-1]["install"]["outputs"]["python"]
    event = {"pull_request": {"base": {"sha": base}}}
    code, stdout, outputs, _, _ = run_action(workspace, tmp_path, {"paths": "articles", "filter_mode": mode}, event,
                                             {"GITHUB_EVENT_NAME": "pull_request"}, python=python)
    assert {int(a[2]) for a in ANNOTATION.findall(stdout)} == expected
    assert outputs["findings"] == str(len(ANNOTATION.findall(stdout)))


def test_an_untouched_old_finding_does_not_fail_the_step(tmp_path):
    """A pull request that only adds a clean line to an article with an old error passes."""
    sh(tmp_path, "git", "init", "-q", "-b", "main")
    sh(tmp_path, "git", "config", "user.email", "ci@example.org")
    sh(tmp_path, "git", "config", "user.name", "CI")
    (tmp_path / ".qa-lint.yaml").write_text("language: id\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(f"{BENGAL}\n", encoding="utf-8")
    sh(tmp_path, "git", "add", "-A")
    sh(tmp_path, "git", "commit", "-q", "-m", "base")
    base = sh(tmp_path, "git", "rev-parse", "HEAD")
    article.write_text(f"{BENGAL}\n\n{INTRO}\n", encoding="utf-8")
    sh(tmp_path, "git", "commit", "-q", "-am", "add a clean line")
    runner = tmp_path / "runner"
    runner.mkdir()
    import sys

    code, stdout, outputs, _, _ = run_action(tmp_path, runner, {"rdjson-file": "qa-lint.rdjson"},
                                             {"pull_request": {"base": {"sha": base}}},
                                             {"GITHUB_EVENT_NAME": "pull_request"}, python=sys.executable)
    assert code == 0 and ANNOTATION.findall(stdout) == [] and outputs["findings"] == "0", stdout
    # The rdjson report keeps the old finding: reviewdog applies its own -filter-mode.
    rdjson = json.loads((tmp_path / "qa-lint.rdjson").read_text(encoding="utf-8"))
    assert [d["code"]["value"] for d in rdjson["diagnostics"]] == ["id.mt.west-bengal"]
    assert outputs["rdjson-file"] == "qa-lint.rdjson"


def test_rules_args_and_fail_on_inputs(pull_request_run, repo, tmp_path):
    workspace, _ = repo
    python = pull_request_run[-1]["install"]["outputs"]["python"]
    pack = tmp_path / "house.yaml"
    pack.write_text("""pack: house
language: id
rules:
  - id: house.putin
    type: pattern
    severity: info
    category: style
    message: 'Nama "{match}" perlu gelar'
    pattern: '\\bPutin\\b'
    examples: {bad: [Putin tiba.], good: [Presiden tiba.]}
""", encoding="utf-8")
    code, stdout, _, _, _ = run_action(
        workspace, tmp_path, {"paths": "other", "filter_mode": "nofilter", "rules": str(pack),
                              "args": "--select house", "fail_on": "info"}, {}, {"GITHUB_EVENT_NAME": "push"}, python=python)
    annotations = ANNOTATION.findall(stdout)
    assert annotations and {a[0] for a in annotations} == {"notice"}, stdout  # only house.putin (info)
    assert "house.putin" in stdout and code == 1  # fail_on info


def test_bad_filter_mode_is_a_clear_error(pull_request_run, repo, tmp_path):
    workspace, _ = repo
    python = pull_request_run[-1]["install"]["outputs"]["python"]
    code, stdout, _, _, _ = run_action(workspace, tmp_path, {"filter_mode": "lines"}, {},
                                       {"GITHUB_EVENT_NAME": "pull_request"}, python=python)
    assert code == 2 and "input filter_mode must be one of added, diff_context, file, nofilter, not 'lines'" in stdout


def test_the_install_is_pinned():
    """Every run-time dependency in pyproject.toml has an exact version in the action's constraints."""
    import tomllib

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    pinned = {}
    for line in (ROOT / "action" / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            pinned[canonicalize_name(name)] = version
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    for requirement in map(Requirement, dependencies):
        assert canonicalize_name(requirement.name) in pinned, f"run tools/action_constraints.py ({requirement.name})"
        assert requirement.specifier.contains(pinned[canonicalize_name(requirement.name)])
    install = next(step for step in ACTION["runs"]["steps"] if step.get("id") == "install")
    assert "--constraint" in install["run"] and "PIP_CACHE_DIR" in install["env"]
    assert any(step.get("uses", "").startswith("actions/cache@") for step in ACTION["runs"]["steps"])
