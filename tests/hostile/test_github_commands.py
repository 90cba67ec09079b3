"""The github reporter prints text from the repository (file names, matched words,
messages) into the workflow log: none of it may become a workflow command."""

import subprocess
import sys

from hostile_util import BAD_ID, ROOT

EVIL = "x\n::error file=owned.txt::injected\n::add-mask::y"


def github_report(tmp_path, name):
    folder = tmp_path / "articles"
    folder.mkdir()
    path = folder / name
    path.write_text("\n".join([BAD_ID] * 25) + "\n", encoding="utf-8")  # more than 10 per kind: some are plain log lines
    proc = subprocess.run([sys.executable, "-m", "qa_lint", "check", "--format", "github", "--lang", "id", folder],
                          capture_output=True, text=True, cwd=ROOT)
    assert "Traceback" not in proc.stderr
    return proc.stdout.splitlines()


def live_commands(lines):
    """Lines the runner would execute: those starting with :: outside a stop-commands block."""
    live, stopped_until = [], None
    for line in lines:
        if stopped_until is not None:
            if line == stopped_until:
                stopped_until = None
            continue
        if line.startswith("::stop-commands::"):
            stopped_until = "::" + line.split("::")[2] + "::"
            continue
        if line.startswith("::"):
            live.append(line)
    return live


def test_a_file_name_with_newlines_and_commands_stays_data(tmp_path):
    lines = github_report(tmp_path, f"{EVIL}.txt")
    live = live_commands(lines)
    assert len(live) == 11  # the real annotations: 10 errors and the "more findings" notice
    for line in live:
        assert line.split("::")[1].split(" ")[0] in {"error", "warning", "notice"}, line
        assert "x%0A%3A%3Aerror file=owned.txt%3A%3Ainjected" in line or line.startswith("::notice")  # escaped as data
    assert not any(line.startswith("::error file=owned.txt") for line in lines)
    assert not any(line.startswith("::add-mask::") for line in lines)


def test_the_plain_lines_past_the_annotation_cap_are_inside_stopped_commands(tmp_path):
    lines = github_report(tmp_path, "story.txt")
    start = next(i for i, line in enumerate(lines) if line.startswith("::stop-commands::"))
    token = lines[start].split("::")[2]
    end = lines.index(f"::{token}::")
    assert len(token) >= 32 and end - start - 1 >= 10
    assert all(":" in line and "\n" not in line for line in lines[start + 1:end])
