"""Terminal manners (issue 13, point 3): colour and grouped output on a terminal, plain when
piped or NO_COLOR, a progress bar on stderr, one finding per line, --statistics, and
--fix/--diff that apply only safe suggestions, atomically, keeping mode and encoding."""

import os
import pty
import re
import select
import stat
import subprocess
import sys
import textwrap

import pytest

from conftest import ROOT

from qa_lint import fixes
from qa_lint.findings import Finding
from qa_lint.reporters import text

ESC = "\x1b["
# Two safe fixes (number-format) and one that is not (a rendering's "probably meant").
ARTICLE = ("Rusia menganggarkan 1.5 miliar dolar untuk proyek itu di Benggala Barat, kata Putin.\r\n"
           "Sebanyak 1,500 orang mengungsi ke tempat yang lebih tinggi.\r\n")


def run(*args, cwd=None, env=None):
    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    proc = subprocess.run([sys.executable, "-m", "qa_lint", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd or ROOT, env={**environment, **(env or {})}, timeout=300)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.returncode, proc.stdout, proc.stderr


def run_in_terminal(*args, env=None, stderr_piped=False):
    """The CLI with stdout (and stderr unless piped) on a pseudo-terminal: exit code,
    what the terminal showed, and stderr when piped."""
    leader, follower = pty.openpty()
    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    environment.update({"TERM": "xterm-256color", "COLUMNS": "120"}, **(env or {}))
    proc = subprocess.Popen([sys.executable, "-m", "qa_lint", *map(str, args)], cwd=ROOT, env=environment,
                            stdin=subprocess.DEVNULL, stdout=follower,
                            stderr=subprocess.PIPE if stderr_piped else follower)
    os.close(follower)
    shown = b""
    while True:
        ready, _, _ = select.select([leader], [], [], 120)
        if not ready:
            break
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed (Linux: EIO)
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    err = proc.stderr.read().decode() if stderr_piped else ""
    return proc.wait(timeout=120), shown.decode("utf-8", "replace"), err


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "berita.txt"
    path.write_bytes(ARTICLE.encode("utf-8"))
    return path


def test_a_terminal_gets_colour_and_findings_grouped_by_file(article):
    code, shown, _ = run_in_terminal("check", article)
    assert code == 1
    assert ESC + "1;31m" in shown and ESC + "1;33m" in shown  # error red, warning yellow
    lines = [line for line in shown.replace("\r\n", "\n").split("\n") if line]
    # The path once, on its own line, then the findings indented under it.
    assert sum(str(article) in line for line in lines) == 1
    assert lines[0].startswith(ESC) and str(article) in lines[0]
    assert all(line.startswith("  ") for line in lines[1:4])
    assert "2 fixable with --fix" in lines[-1]


def test_no_color_keeps_the_layout_without_escape_codes(article):
    code, shown, _ = run_in_terminal("check", article, env={"NO_COLOR": "1"})
    assert code == 1 and ESC not in shown
    assert shown.splitlines()[0] == str(article)
    code, shown, _ = run_in_terminal("check", article, "--no-color")
    assert ESC not in shown


def test_piped_output_is_plain_one_line_per_finding_with_its_path(article):
    code, out, _ = run("check", article)
    assert code == 1 and ESC not in out
    findings = out.splitlines()[:-1]
    assert len(findings) == 3 and all(line.startswith(f"{article}:") for line in findings)
    # Asked for, colour comes through a pipe too; JSON never gets any.
    assert ESC in run("check", article, "--color", "always")[1]
    assert ESC not in run("check", article, "--color", "always", "--format", "json")[1]


def test_a_progress_bar_on_the_terminal_for_long_runs(tmp_path):
    for i in range(4):
        (tmp_path / f"item{i}.txt").write_text(ARTICLE, encoding="utf-8")
    code, shown, _ = run_in_terminal("check", tmp_path)
    assert code == 1
    # rich draws "checking ━━━ 2/4" on stderr while files remain; findings stay grouped above it.
    assert "checking" in shown and "/4" in shown
    plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown).replace("\r", "\n")
    assert any(line.strip() == str(tmp_path / "item0.txt") for line in plain.split("\n"))  # the file's heading


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path):
    for i in range(4):
        (tmp_path / f"item{i}.txt").write_text(ARTICLE, encoding="utf-8")
    code, shown, err = run_in_terminal("check", tmp_path, stderr_piped=True)
    assert code == 1 and "checking" not in err and "checking" not in shown
    code, shown, _ = run_in_terminal("check", tmp_path, "--no-progress")
    assert "checking" not in shown


def finding(message, match="x", suggestions=(), fix=None):
    return Finding(path="a.txt", line=3, column=5, end_line=4, end_column=2, offset=10, length=len(match),
                   rule="id.test", severity="warning", category="style", mqm="other", message=message,
                   match=match, suggestions=list(suggestions), fix=fix)


def test_a_match_across_a_line_break_stays_one_line():
    f = finding('"Benggala\n  Barat" is West Bengal', match="Benggala\n  Barat", suggestions=["Ba\r\nrat"])
    line = text.format_finding(f)
    assert "\n" not in line and "\r" not in line
    assert line == 'a.txt:3:5: warning id.test "Benggala Barat" is West Bengal [Ba rat]'

    class FileResult:
        path, findings = "a.txt", [f]

    grouped = text.grouped_lines(FileResult())
    assert len(grouped) == 3 and grouped[0] == "a.txt" and grouped[2] == ""


def test_statistics_count_findings_per_rule(article, tmp_path):
    other = tmp_path / "lagi.txt"
    other.write_text("Sebanyak 2,500 orang dan 1,750 kasus tercatat di kota itu pada pekan lalu.\n", encoding="utf-8")
    code, out, _ = run("check", article, other, "--statistics")
    assert code == 1
    rows = out.splitlines()
    assert rows[0].split()[:4] == ["4", "id.number.decimal-mark", "warning", "[*]"]
    assert rows[1].split()[:3] == ["1", "id.mt.west-bengal", "error"] and "[*]" not in rows[1]
    assert "{" not in out and rows[-1].startswith("5 findings in 2 files")


def test_diff_shows_the_safe_fixes_and_changes_nothing(article):
    before = article.read_bytes()
    code, out, err = run("check", article, "--diff")
    assert code == 1 and article.read_bytes() == before
    assert "-Rusia menganggarkan 1.5 miliar" in out and "+Rusia menganggarkan 1,5 miliar" in out
    assert "+Sebanyak 1.500 orang" in out
    assert "Benggala Barat" in out and "+Rusia menganggarkan 1,5 miliar dolar untuk proyek itu di Benggala Barat" in out
    assert "would fix 2 finding(s) in 1 file(s)" in err


def test_fix_applies_only_safe_fixes_keeping_mode_line_ends_and_bom(article):
    article.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    article.chmod(0o640)
    code, out, _ = run("check", article, "--fix")
    data = article.read_bytes()
    assert data == b"\xef\xbb\xbf" + ARTICLE.replace("1.5", "1,5").replace("1,500", "1.500").encode("utf-8")
    assert stat.S_IMODE(article.stat().st_mode) == 0o640
    # What is left is reported where it now is; exit code 1 for the error still there.
    assert code == 1 and out.splitlines()[0].startswith(f"{article}:1:58: error id.mt.west-bengal")
    assert "2 fixed" in out.splitlines()[-1]
    assert not [p for p in article.parent.iterdir() if p.name.startswith(".")]  # no temporary file left


def test_unsafe_fixes_are_opt_in(article):
    code, out, _ = run("check", article, "--fix", "--unsafe-fixes")
    assert "di Barat, kata Putin" in article.read_text(encoding="utf-8")
    assert code == 0 and "3 fixed" in out
    assert run("check", article, "--unsafe-fixes")[0] == 2


def test_fix_refuses_standard_input():
    code, _, err = run("check", "-", "--fix")
    assert code == 2 and "standard input" in err


def test_rule_and_pack_level_fix_settings(tmp_path):
    pack = tmp_path / "pack.yaml"
    pack.write_text(textwrap.dedent("""\
        pack: house
        language: id
        fix: safe
        rules:
          - id: house.spelling
            type: pattern
            severity: warning
            category: spelling
            message: 'Tulis "{match}" sebagai "Jakarta"'
            pattern: '\\bJakrta\\b'
            suggestions: [Jakarta]
            examples: {bad: [Banjir di Jakrta.], good: [Banjir di Jakarta.]}
          - id: house.never
            type: pattern
            severity: warning
            category: spelling
            fix: never
            message: 'Periksa "{match}"'
            pattern: '\\bSurbaya\\b'
            suggestions: [Surabaya]
            examples: {bad: [Banjir di Surbaya.], good: [Banjir di Surabaya.]}
        """), encoding="utf-8")
    item = tmp_path / "item.txt"
    item.write_text("Banjir besar melanda Jakrta dan Surbaya pada hari Senin, kata pejabat setempat.\n", encoding="utf-8")
    # The pack says safe: --fix alone applies it; the rule that says never is left, even with --unsafe-fixes.
    code, out, err = run("check", item, "--rules", pack, "--fix", "--select", "house")
    assert "Jakarta dan Surbaya" in item.read_text(encoding="utf-8"), err
    code, out, err = run("check", item, "--rules", pack, "--fix", "--unsafe-fixes", "--select", "house")
    assert "Jakarta dan Surbaya" in item.read_text(encoding="utf-8"), err
    assert code == 1 and "house.never" in out and "fixed" not in out


def test_a_file_changed_since_it_was_checked_is_not_overwritten(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Nilainya 1.5 miliar.\n", encoding="utf-8")
    plan = fixes.FilePlan(str(path), "Nilainya 1.5 miliar.\n", [fixes.Edit(9, 3, "1,5", None)])
    path.write_text("Nilainya 1.5 miliar rupiah.\n", encoding="utf-8")
    with pytest.raises(fixes.Changed):
        fixes.write(plan)
    assert path.read_text(encoding="utf-8") == "Nilainya 1.5 miliar rupiah.\n"


def test_explain_says_what_fix_does_with_a_rule():
    assert "fix: safe (--fix applies it)" in run("rules", "explain", "id.number.decimal-mark")[1]
    assert "fix: unsafe (--fix applies it only with --unsafe-fixes)" in run("rules", "explain", "id.mt.west-bengal")[1]
