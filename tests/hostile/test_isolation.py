"""One bad file never costs the run: an unexpected error is that file's error (exit
code 3, distinct from findings and from bad input), and every other file is still
checked and reported, SARIF included. Nothing unreadable passes in silence."""

import json
import os

import pytest

from hostile_util import BAD_ID, run
from qa_lint import api, cli
from qa_lint.checks.rendering import RenderingCheck


@pytest.fixture()
def two_files(tmp_path):
    bad = tmp_path / "crash.txt"
    bad.write_text(BAD_ID + "\n", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(BAD_ID + "\n", encoding="utf-8")
    return bad, good


@pytest.fixture()
def rendering_crashes_on_crash_txt(monkeypatch):
    original = RenderingCheck.run

    def run(self, doc):
        if doc.path.endswith("crash.txt"):
            raise ZeroDivisionError("a bug")
        return original(self, doc)

    monkeypatch.setattr(RenderingCheck, "run", run)


def test_a_crashing_rule_is_that_files_internal_error(two_files, rendering_crashes_on_crash_txt, capsys):
    bad, good = two_files
    code = cli.main(["check", str(bad), str(good), "--lang", "id", "--format", "sarif"])
    captured = capsys.readouterr()
    assert code == cli.EXIT_INTERNAL == 3
    sarif = json.loads(captured.out)
    results = sarif["runs"][0]["results"]
    assert any(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("good.txt") for r in results)
    assert "crash.txt" in captured.err and "ZeroDivisionError" in captured.err


def test_an_unexpected_exception_outside_the_rules_is_isolated_too(two_files, monkeypatch):
    bad, good = two_files
    original = api.Linter.lint_document

    def lint_document(self, doc, config=None, language=None):
        if doc.path.endswith("crash.txt"):
            raise KeyError("surprise")
        return original(self, doc, config, language)

    monkeypatch.setattr(api.Linter, "lint_document", lint_document)
    result = api.Linter(api.Options(language="id")).lint_paths([bad, good])
    crashed, fine = result.files
    assert crashed.internal and "internal error in qa-lint (KeyError" in crashed.error
    assert fine.error is None and fine.findings
    assert cli.exit_code(result) == 3


def test_input_errors_are_2_and_findings_are_1(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(BAD_ID + "\n", encoding="utf-8")
    assert run("check", good, "--lang", "id")[0] == 1
    assert run("check", good, tmp_path / "missing.txt", "--lang", "id")[0] == 2


def test_an_error_outside_any_file_is_one_line_and_exit_3(monkeypatch, capsys):
    monkeypatch.setattr(cli, "cmd_check", lambda args: 1 / 0)
    assert cli.main(["check", "x.txt"]) == 3
    err = capsys.readouterr().err
    assert err.startswith("qa-lint: internal error (ZeroDivisionError") and "Traceback" not in err


def test_a_file_symlinked_to_itself(tmp_path):
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    good = tmp_path / "good.txt"
    good.write_text(BAD_ID + "\n", encoding="utf-8")
    for args in ([tmp_path], [tmp_path / "loop.txt", good]):
        code, out, err = run("check", *args, "--lang", "id")
        assert code == 2
        assert "loop.txt: a symbolic link that points back to itself" in out
        assert "good.txt:1:33: error id.mt.west-bengal" in out


def test_a_dangling_symlink(tmp_path):
    (tmp_path / "gone.md").symlink_to(tmp_path / "nowhere.md")
    code, out, _ = run("check", tmp_path)
    assert code == 2 and "gone.md: a symbolic link to nothing" in out


def test_an_unreadable_folder_is_an_error_not_zero_files(tmp_path, monkeypatch):
    """As a normal user a chmod 000 folder is unreadable; as root nothing is, so the
    walk's error is simulated the way os.walk reports it."""
    good = tmp_path / "good.txt"
    good.write_text(BAD_ID + "\n", encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    real_walk = os.walk

    def walk(top, onerror=None, **kwargs):
        for root, dirs, files in real_walk(top, onerror=onerror, **kwargs):
            if os.path.basename(root) == "locked":
                onerror(PermissionError(13, "Permission denied", root))
                continue
            yield root, dirs, files

    monkeypatch.setattr(os, "walk", walk)
    result = api.Linter(api.Options(language="id")).lint_paths([tmp_path])
    assert any("locked: cannot read this folder (Permission denied)" in e for e in result.errors)
    assert cli.exit_code(result) == 2
    assert any(f.path.endswith("good.txt") for f in result.findings)


@pytest.mark.parametrize("data,hint", [
    ("Benggala Barat".encode("utf-16"), "it looks like UTF-16 (a byte-order mark says so)"),
    ("Benggala Barat".encode("utf-16-le"), "it looks like UTF-16 (every other byte is zero)"),
    ("Benggala Barat".encode("utf-32"), "it looks like UTF-32"),
])
def test_other_encodings_get_a_hint(tmp_path, data, hint):
    path = tmp_path / "u.txt"
    path.write_bytes(data)
    code, out, _ = run("check", path)
    assert code == 2 and hint in out and "as UTF-8" in out
