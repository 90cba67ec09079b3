"""Helpers for the hostile-input tests: the real CLI in a subprocess, small repositories."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BAD_ID = "Putin juga mengangkat isu bahwa Benggala Barat menembakkan senjata ke sasaran di tanah Rusia.\n"


def run(*args, cwd=None, env=None, stdin=None, timeout=300):
    """`qa-lint ARGS` as a user runs it: exit code, stdout, stderr (and never a traceback)."""
    proc = subprocess.run(
        [sys.executable, "-m", "qa_lint", *map(str, args)],
        capture_output=True, text=True, cwd=cwd or ROOT, env={**os.environ, **(env or {})},
        input=stdin, timeout=timeout,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.returncode, proc.stdout, proc.stderr


def repository(folder: Path, config: str | None = None, article: str = BAD_ID, name: str = "a.txt") -> Path:
    """A content repository: a .git folder, an optional .qa-lint.yaml and one article."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ".git").mkdir(exist_ok=True)
    if config is not None:
        (folder / ".qa-lint.yaml").write_text(config, encoding="utf-8")
    path = folder / name
    path.write_text(article, encoding="utf-8")
    return path
