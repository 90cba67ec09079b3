"""scripts/test's install step is idempotent: run again on a machine where it already ran
(as it has before this test), it installs nothing and calls neither apt-get nor Maven."""

import os
import subprocess

from conftest import ROOT, TEST_DATA


def test_install_step_runs_again_without_installing_anything(tmp_path):
    stubs = tmp_path / "bin"
    stubs.mkdir()
    for tool in ("apt-get", "mvn"):
        stub = stubs / tool
        stub.write_text(f"#!/bin/sh\ntouch {tmp_path}/{tool}.called\nexit 1\n", encoding="utf-8")
        stub.chmod(0o755)
    env = {**os.environ, "PATH": f"{stubs}{os.pathsep}{os.environ['PATH']}", "QA_LINT_TEST_DATA": str(TEST_DATA)}
    done = subprocess.run(["bash", "scripts/install-test-deps"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert "Python packages already installed" in output
    assert "Debian packages already installed" in output
    assert "LanguageTool 6.6 is already installed" in output
    assert not list(tmp_path.glob("*.called")), "the second run called apt-get or Maven"
