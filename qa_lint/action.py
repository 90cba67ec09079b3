"""The GitHub Action's work (see action.yml): lint, annotate, write SARIF and outputs.

Run as ``python -m qa_lint.action`` with the action's inputs in INPUT_*
variables and GitHub's own GITHUB_* variables. Kept out of action.yml so it
can be tested anywhere (tests/test_github_action.py).

On pull requests (``changed-only: auto``) only articles changed against the
base branch are linted: ``git diff --name-only --diff-filter=ACMR base...HEAD``
with the base from the event payload or GITHUB_BASE_REF.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

from . import __version__, api, bilingual, cli
from .config import ConfigError
from .output import write_report
from .packs import PackError
from .readers import EXTENSIONS
from .readers.bilingual import PAIR_EXTENSIONS
from .reporters import ReportContext, github, registry

PR_EVENTS = {"pull_request", "pull_request_target"}
TRUE, FALSE = {"true", "yes", "1", "on"}, {"false", "no", "0", "off"}


class ActionError(Exception):
    """A wrong input; reported as one ::error line and exit code 2."""


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def flag(name: str, value: str, auto: bool | None = None) -> bool:
    value = value.lower()
    if value in TRUE:
        return True
    if value in FALSE:
        return False
    if value in ("", "auto") and auto is not None:
        return auto
    raise ActionError(f"input {name} must be true or false{' or auto' if auto is not None else ''}, not {value!r}")


def git(*args: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(["git", *args], capture_output=True, text=True)
    except OSError as exc:  # no git on PATH: the same as git failing, so all files are checked
        return subprocess.CompletedProcess(["git", *args], 127, "", str(exc))


def event_payload() -> dict:
    path = env("GITHUB_EVENT_PATH")
    try:
        return json.loads(Path(path).read_text(encoding="utf-8")) if path else {}
    except (OSError, ValueError):
        return {}


def base_candidates() -> list[str]:
    """Where the pull request (or push) started, most exact first."""
    payload = event_payload()
    found = [
        (payload.get("pull_request") or {}).get("base", {}).get("sha"),
        payload.get("before") if env("GITHUB_EVENT_NAME") == "push" else None,
    ]
    base_ref = env("GITHUB_BASE_REF")
    if base_ref:
        found += [f"origin/{base_ref}", base_ref]
    return [c for c in found if c and set(c) != {"0"}]  # a new branch's "before" is all zeros


def resolve_base() -> str | None:
    for candidate in base_candidates():
        if git("rev-parse", "--verify", "--quiet", f"{candidate}^{{commit}}").returncode == 0:
            return candidate
    # A shallow checkout may lack the base: fetch it once, then try again.
    base_ref = env("GITHUB_BASE_REF")
    if base_ref and git("remote", "get-url", "origin").returncode == 0:
        git("fetch", "--no-tags", "--quiet", "origin", f"+refs/heads/{base_ref}:refs/remotes/origin/{base_ref}")
        for candidate in base_candidates():
            if git("rev-parse", "--verify", "--quiet", f"{candidate}^{{commit}}").returncode == 0:
                return candidate
    return None


def changed_files(base: str, paths: list[str], configs) -> list[str] | None:
    """Supported files changed since ``base`` under ``paths`` (relative to the
    working folder), or None when git cannot tell."""
    top = git("rev-parse", "--show-toplevel")
    diff = git("diff", "--name-only", "--diff-filter=ACMR", "-z", f"{base}...HEAD")
    if top.returncode or diff.returncode:
        return None
    root = Path(top.stdout.strip())
    scopes = [Path(p).resolve() for p in paths]
    cwd = Path.cwd()
    files = []
    for name in filter(None, diff.stdout.split("\0")):
        path = (root / name).resolve()
        if (path.suffix.lower() not in EXTENSIONS and path.suffix.lower() not in PAIR_EXTENSIONS) or not path.is_file():
            continue
        if not any(path == s or s in path.parents for s in scopes):
            continue
        if configs.for_file(path).excluded(path):
            continue
        files.append(os.path.relpath(path, cwd))
    # A changed source (story.en.md) is checked through its translation (story.id.md).
    return sorted(bilingual.with_targets(files, configs))


def write_output(**values) -> None:
    target = env("GITHUB_OUTPUT")
    if not target:
        return
    with open(target, "a", encoding="utf-8") as handle:
        for key, value in values.items():
            handle.write(f"{key}={value}\n")


def append_summary(text: str) -> None:
    target = env("GITHUB_STEP_SUMMARY")
    if target:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(text)


def check_args(files: list[str]) -> list[str]:
    """The same options `qa-lint check` takes, from the action's inputs."""
    argv = ["check", *files]
    fail_on = env("INPUT_FAIL_ON")
    if fail_on:
        argv += ["--fail-on", fail_on]
    if env("INPUT_CONFIG"):
        argv += ["--config", env("INPUT_CONFIG")]
    return argv + ["--languagetool", languagetool_mode()]


def languagetool_mode() -> str:
    """The input as the CLI's --languagetool mode: off unless asked for."""
    value = env("INPUT_LANGUAGETOOL", "false").lower()
    if value == "auto":
        return "auto"
    return "on" if flag("languagetool", value) else "off"


def run() -> int:
    paths = shlex.split(env("INPUT_PATHS", ".") or ".")
    sarif_file = env("INPUT_SARIF_FILE", "qa-lint.sarif") or "qa-lint.sarif"
    changed_only = flag("changed-only", env("INPUT_CHANGED_ONLY", "auto"), auto=env("GITHUB_EVENT_NAME") in PR_EVENTS)
    args = cli.build_parser().parse_args(check_args(paths))
    linter = cli.make_linter(args)
    try:
        files = paths
        if changed_only:
            base = resolve_base()
            found = changed_files(base, paths, linter.configs) if base else None
            if found is None:
                print("::warning title=qa-lint::cannot find the base commit to compare with "
                      "(use actions/checkout with fetch-depth: 0); checking all files")
            else:
                files = found
                print(f"qa-lint: {len(files)} changed article(s) against {base}")
                append_summary(f"Checked {len(files)} article(s) changed against `{base}`.\n\n")
        result = linter.lint_paths(files) if files else api.LintResult(fail_on=linter.fail_on())
    finally:
        linter.close()
    context = ReportContext(rules=linter.rules(), version=__version__)
    sys.stdout.write(registry()["github"].render(result, context))
    try:
        write_report(sarif_file, registry()["sarif"].render(result, context))
    except OSError as exc:
        raise ActionError(f"cannot write the SARIF report to {sarif_file}: {exc.strerror or exc}") from None
    write_output(findings=len(result.findings), **{"sarif-file": sarif_file})
    return cli.exit_code(result)


def main() -> int:
    try:
        return run()
    except (ActionError, ConfigError, PackError) as exc:
        print(github.command("error", str(exc), title="qa-lint"))
        return cli.EXIT_ERROR
    except SystemExit as exc:  # argparse rejected an input (e.g. fail-on: bogus) and said why
        return exc.code if isinstance(exc.code, int) else cli.EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
