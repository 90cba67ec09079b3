"""A wheel built from the repo carries the rule packs inside the package."""

import subprocess
import sys
import zipfile

from conftest import ROOT


def test_wheel_contains_rule_packs(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True, capture_output=True,
    )
    wheel = next(tmp_path.glob("qa_lint-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "qa_lint/rules/id/mt-renderings/diplomacy-government.yaml" in names
    assert "qa_lint/rules/id/language.yaml" in names
    assert "qa_lint/cli.py" in names
    packs_in_repo = {p.relative_to(ROOT).as_posix() for p in (ROOT / "rules").rglob("*.yaml")}
    assert {n.removeprefix("qa_lint/") for n in names if n.startswith("qa_lint/rules/")} >= packs_in_repo


def test_installed_wheel_finds_its_packs(tmp_path):
    """Unpacked wheel on sys.path (no source tree): packs load from inside the package."""
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True, capture_output=True,
    )
    wheel = next(tmp_path.glob("qa_lint-*.whl"))
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    code = "from qa_lint import packs; print(packs.bundled_rules_dir()); print(len(packs.load().rules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"}, cwd=tmp_path).stdout.split()
    assert out[0] == str(target / "qa_lint" / "rules")
    assert int(out[1]) >= 2
