"""The pre-commit hook: its definition as pre-commit itself reads it, which
files it selects, and a real `pre-commit try-repo` run in a content repository."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from identify import identify
from pre_commit.clientlib import load_manifest

from conftest import ROOT

BENGAL = "Putin juga mengangkat isu bahwa Benggala Barat menembakkan senjata-senjata ini ke sasaran di tanah Rusia.\n"


@pytest.fixture(scope="module")
def hook():
    hooks = load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))  # pre-commit's own schema check
    assert [h["id"] for h in hooks] == ["qa-lint"]
    return hooks[0]


def test_hook_definition(hook):
    assert hook["entry"] == "qa-lint check"
    assert hook["language"] == "python"
    assert set(hook["types_or"]) == {"markdown", "html", "plain-text"}


def selected(hook, path: Path) -> bool:
    """pre-commit's rule: a file runs when its identify tags meet types_or and include all types."""
    tags = identify.tags_from_path(str(path))
    return bool(tags & set(hook["types_or"])) and set(hook["types"]) <= tags


def test_hook_selects_articles_not_code(hook, tmp_path):
    def make(name):
        (tmp_path / name).write_text("Presiden tiba.\n", encoding="utf-8")
        return tmp_path / name

    for name in ("story.txt", "story.md", "story.markdown", "story.html", "story.htm"):
        assert selected(hook, make(name)), name
    for name in ("setup.py", "config.yaml", "data.json", "notes.rst"):
        assert not selected(hook, make(name)), name


def sh(cwd, *args, env=None):
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory):
    """This working tree's package as a git repository (try-repo needs one; CI
    may check out without .git, and uncommitted work should be what is tested)."""
    repo = tmp_path_factory.mktemp("hook-repo")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("qa_lint", "rules"):
        shutil.copytree(ROOT / name, repo / name, ignore=ignore)
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        if (ROOT / name).exists():
            shutil.copy(ROOT / name, repo / name)
    if not (repo / "README.md").exists():
        (repo / "README.md").write_text("qa-lint\n", encoding="utf-8")  # pyproject names a readme
    for args in (["git", "init", "-q", "-b", "main"], ["git", "add", "-A"],
                 ["git", "-c", "user.email=ci@example.org", "-c", "user.name=CI", "commit", "-q", "-m", "hook"]):
        assert sh(repo, *args).returncode == 0
    return repo


def test_pre_commit_try_repo_runs_the_hook(hook_repo, tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (content / ".qa-lint.yaml").write_text("language: id\n", encoding="utf-8")
    (content / "bad.txt").write_text(BENGAL, encoding="utf-8")
    (content / "clean.md").write_text("# Kunjungan\n\nPresiden Rusia tiba di Pyongyang dan disambut Kim Jong Un.\n", encoding="utf-8")
    (content / "code.py").write_text('NOTE = "Benggala Barat senjata Rusia"\n', encoding="utf-8")
    assert sh(content, "git", "init", "-q", "-b", "main").returncode == 0
    assert sh(content, "git", "add", "-A").returncode == 0
    env = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path / "cache"),
               # the hook's virtualenv reuses installed dependencies instead of downloading them
               VIRTUALENV_SYSTEM_SITE_PACKAGES="true")
    env.pop("QA_LINT_LANGUAGETOOL", None)  # the hook's own args must keep LanguageTool off
    run = sh(content, "pre-commit", "try-repo", str(hook_repo), "qa-lint", "--all-files", "--verbose", env=env)
    out = run.stdout + run.stderr
    assert run.returncode == 1, out
    assert "bad.txt:1:33: error id.mt.west-bengal" in out
    assert "Traceback" not in out
    assert "code.py" not in out  # not an article
    # a clean article passes
    run = sh(content, "pre-commit", "try-repo", str(hook_repo), "qa-lint", "--files", "clean.md", env=env)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Passed" in run.stdout
