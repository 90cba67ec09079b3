import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"
# LanguageTool for the tests, installed (and checksum-verified) by scripts/install-test-deps;
# the tests never use an installation from the user's own data folder.
TEST_DATA = Path(os.environ.get("QA_LINT_TEST_DATA") or ROOT / ".qa-lint-test" / "data").absolute()

# Hermetic: nothing is read from or written to the user's caches, data or configuration.
# These are set before qa_lint is imported; a per-test fixture below gives every test
# fresh cache and config folders, so no test depends on what an earlier one left behind.
# One folder per test run, shared by pytest-xdist's workers (they inherit the variable from
# the process that made it), so pack parses are made once per run, not once per worker.
if os.environ.get("QA_LINT_TEST_SESSION"):
    _SESSION = Path(os.environ["QA_LINT_TEST_SESSION"])
else:
    _SESSION = Path(tempfile.mkdtemp(prefix="qa-lint-tests-"))
    os.environ["QA_LINT_TEST_SESSION"] = str(_SESSION)
    atexit.register(shutil.rmtree, _SESSION, ignore_errors=True)
for _variable in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
    os.environ[_variable] = str(_SESSION / _variable.lower())
os.environ["XDG_DATA_HOME"] = str(_SESSION / "xdg_data_home")
os.environ["QA_LINT_CACHE"] = str(_SESSION / "cache")
os.environ["QA_LINT_DATA"] = str(TEST_DATA)
# Bytecode goes to this run's folder (never the checkout or the user's cache), even where
# PYTHONDONTWRITEBYTECODE is set: without it, every `python -m qa_lint` a test starts
# compiles qa-lint's modules again, about 0.3 s of CPU each, and each xdist worker rewrites
# every test module's assertions again.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
os.environ["PYTHONPYCACHEPREFIX"] = str(_SESSION / "pycache")
sys.dont_write_bytecode = False
sys.pycache_prefix = os.environ["PYTHONPYCACHEPREFIX"]
for _variable in ("QA_LINT_USER_CONFIG", "QA_LINT_LANGUAGETOOL_URL", "GITHUB_STEP_SUMMARY"):
    os.environ.pop(_variable, None)
# `qa-lint check` uses LanguageTool when it is installed (--languagetool auto), which
# starts a Java server per CLI run; tests that do not ask for it run without it.
# tests/test_languagetool.py turns it on explicitly.
os.environ["QA_LINT_LANGUAGETOOL"] = "off"
# Subprocesses (python -m qa_lint from another folder) import this checkout's qa_lint,
# not whichever one is installed.
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))


# Pack parses are shared by the tests of one session, in a folder this run made (never the
# user's): a parse entry is keyed by the hash of its text and of qa-lint's code, so it can
# never be stale, while without it every `python -m qa_lint` a test starts re-parses all
# packs and place tables (about 2 s of CPU, most of the suite's time). Tests of the parse
# cache itself start with an empty one: mark them `own_parse_cache`.
# It is also the parse folder of the session-wide QA_LINT_CACHE above, so the packs the
# test modules load while they are collected are parsed into it, not into a second folder.
SHARED_PARSES = _SESSION / "cache" / "parsed"
SHARED_PARSES.mkdir(parents=True, exist_ok=True)


def pytest_configure(config):
    config.addinivalue_line("markers", "own_parse_cache: the test starts with an empty parse cache of its own")


@pytest.fixture(scope="session")
def user_folders_root(tmp_path_factory):
    # Under pytest's own temporary folder, which pytest prunes at a later run (it keeps the
    # last three): removing some 14,000 user folders at exit held the end of a run for
    # minutes, and a server a test module starts may still use its first test's folder.
    root = tmp_path_factory.getbasetemp() / "users"
    root.mkdir(exist_ok=True)
    return root


@pytest.fixture(autouse=True)
def fresh_user_folders(request, monkeypatch, user_folders_root):
    """Every test starts with empty caches and no user configuration (the parse cache
    excepted, see SHARED_PARSES)."""
    # mkdtemp, not tmp_path_factory.mktemp: the latter numbers its folders by listing the
    # ones made so far, which grows with every test of the run.
    home = Path(tempfile.mkdtemp(prefix="user-", dir=user_folders_root))
    if request.node.get_closest_marker("own_parse_cache") is None:
        (home / "cache").mkdir()
        (home / "cache" / "parsed").symlink_to(SHARED_PARSES, target_is_directory=True)
    monkeypatch.setenv("QA_LINT_CACHE", str(home / "cache"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "xdg-cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    return home


@pytest.fixture(scope="session")
def linter():
    from qa_lint.api import Linter, Options

    # Messages in the packs' own English, which the assertions quote; the default (the
    # article's language) and the catalogues are tested in tests/test_ui_language.py.
    return Linter(Options(ui_lang="en"))


@pytest.fixture
def write_pack(tmp_path):
    """Write a rule pack (and any data files) into a fresh folder; returns the pack's path.

        path = write_pack(rules_yaml, language="id", files={"data/words.yaml": "terms: [a]"})
    """
    import textwrap

    def write(rules: str, language: str = "id", name: str = "test", files: dict | None = None, folder: str = "pack"):
        root = tmp_path / folder
        root.mkdir(exist_ok=True)
        for relative, text in (files or {}).items():
            (root / relative).parent.mkdir(parents=True, exist_ok=True)
            (root / relative).write_text(textwrap.dedent(text), encoding="utf-8")
        path = root / f"{name}.yaml"
        body = textwrap.indent(textwrap.dedent(rules).strip("\n"), "  ")
        path.write_text(f"pack: {name}\nlanguage: {language}\nrules:\n{body}\n", encoding="utf-8")
        return path

    return write
