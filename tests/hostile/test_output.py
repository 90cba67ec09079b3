"""--output writes reports without harming what is there (devices, FIFOs, symlinks,
hard links, permissions), and the Action's SARIF file goes through the same code."""

import json
import os
import stat
import threading

import pytest

from hostile_util import repository, run
from qa_lint.output import current_umask, write_report


@pytest.fixture()
def article(tmp_path):
    return repository(tmp_path / "repo")


def test_a_fifo_is_written_to_not_replaced(tmp_path, article):
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    code, _, err = run("check", article, "--format", "json", "--output", fifo)
    reader.join(timeout=60)
    assert code == 1, err
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # still a FIFO
    assert json.loads(received[0])["findings"]


def test_a_character_device_is_written_to_not_replaced(article):
    code, _, err = run("check", article, "--output", "/dev/null")
    assert code == 1, err
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_full_device_is_a_clear_error(article):
    code, _, err = run("check", article, "--output", "/dev/full")
    assert code == 2 and "cannot write the report to /dev/full" in err
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_dash_means_standard_output(article):
    code, out, _ = run("check", article, "--format", "json", "--output", "-")
    assert code == 1 and json.loads(out)["findings"]


def test_a_symlink_is_followed_and_kept(tmp_path, article):
    real = tmp_path / "reports" / "latest.json"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "report.json"
    link.symlink_to(real)
    code, _, _ = run("check", article, "--format", "json", "--output", link)
    assert code == 1
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert json.loads(real.read_text(encoding="utf-8"))["findings"]


def test_hard_links_all_see_the_new_report(tmp_path, article):
    first = tmp_path / "a.json"
    first.write_text("old", encoding="utf-8")
    second = tmp_path / "b.json"
    os.link(first, second)
    run("check", article, "--format", "json", "--output", first)
    assert os.stat(first).st_ino == os.stat(second).st_ino
    assert json.loads(second.read_text(encoding="utf-8"))["findings"]


def test_an_existing_files_mode_is_kept(tmp_path, article):
    report = tmp_path / "shared.txt"
    report.write_text("old", encoding="utf-8")
    report.chmod(0o644)
    run("check", article, "--output", report)
    assert stat.S_IMODE(os.stat(report).st_mode) == 0o644
    assert "id.mt.west-bengal" in report.read_text(encoding="utf-8")


def test_a_new_file_gets_the_umask_mode_not_0600(tmp_path):
    target = tmp_path / "new" / "report.txt"
    write_report(target, "report\n")
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o666 & ~current_umask()
    assert [p.name for p in target.parent.iterdir()] == ["report.txt"]  # no temporary file left


def test_a_folder_is_refused(tmp_path, article):
    code, _, err = run("check", article, "--output", tmp_path)
    assert code == 2 and "cannot write the report" in err


def test_the_actions_sarif_file_keeps_its_symlink(tmp_path, article):
    real = tmp_path / "out" / "qa-lint.sarif"
    real.parent.mkdir()
    real.write_text("{}", encoding="utf-8")
    link = tmp_path / "qa-lint.sarif"
    link.symlink_to(real)
    env = {"INPUT_PATHS": str(article), "INPUT_SARIF_FILE": str(link), "GITHUB_OUTPUT": str(tmp_path / "gh-output"),
           "GITHUB_EVENT_NAME": "push", "GITHUB_WORKSPACE": str(article.parent)}
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "qa_lint.action"], capture_output=True, text=True,
                          env={**os.environ, **env}, cwd=article.parent)
    assert "Traceback" not in proc.stderr, proc.stderr
    assert link.is_symlink()
    assert json.loads(real.read_text(encoding="utf-8"))["version"] == "2.1.0"


@pytest.mark.parametrize("mode", [0o664, 0o640, 0o604])
def test_an_existing_report_keeps_a_mode_the_umask_would_not_give(tmp_path, article, mode):
    """A report on a shared drive stays as readable (or private) as it was, whatever the umask."""
    report = tmp_path / "shared.txt"
    report.write_text("old", encoding="utf-8")
    report.chmod(mode)
    run("check", article, "--output", report)
    assert stat.S_IMODE(os.stat(report).st_mode) == mode


@pytest.mark.parametrize("umask", [0o002, 0o027, 0o077])
def test_a_new_report_follows_the_callers_umask(tmp_path, article, umask):
    import subprocess
    import sys

    report = tmp_path / f"report-{umask:o}.txt"
    code = (f"import os, sys; os.umask({umask}); from qa_lint.cli import main; "
            f"sys.exit(main(['check', {str(article)!r}, '--output', {str(report)!r}]))")
    subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=300)
    assert stat.S_IMODE(os.stat(report).st_mode) == 0o666 & ~umask
