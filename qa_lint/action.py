"""The GitHub Action's work (see action.yml): lint, annotate, write SARIF and outputs.

Run as ``python -m qa_lint.action`` with the action's inputs in INPUT_*
variables and GitHub's own GITHUB_* variables. Kept out of action.yml so it
can be tested anywhere (tests/test_github_action.py).

On pull requests (``changed-only: auto``) only articles changed against the
base branch are linted: ``git diff --name-only --diff-filter=ACMR base...HEAD``
with the base from the event payload or GITHUB_BASE_REF. Of their findings, the
annotations, the job summary, the ``findings`` output and the exit code keep those
``filter_mode`` lets through, as reviewdog's filter modes do:

- ``added`` (default): findings on lines the pull request added or changed;
- ``diff_context``: on those lines and the three unchanged lines around each change;
- ``file``: anywhere in a changed article;
- ``nofilter``: every article under ``paths``, changed or not.

An old finding elsewhere in an edited article is not the pull request's doing,
and is not shown. The SARIF file keeps every finding of the checked articles
(code scanning compares it with the base branch itself); the rdjson file too
(reviewdog filters it with its own -filter-mode).
"""

from __future__ import annotations

import copy
import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

from . import __version__, api, bilingual, cli
from .config import ConfigError
from .engine import LANGUAGE_RULE, TIME_BUDGET_RULE
from .output import write_report
from .packs import PackError
from .readers import EXTENSIONS
from .readers.bilingual import PAIR_EXTENSIONS
from .reporters import ReportContext, github, registry

PR_EVENTS = {"pull_request", "pull_request_target"}
FILTER_MODES = ("added", "diff_context", "file", "nofilter")
# About the whole article (it was not checked, or not fully): shown whatever lines changed.
WHOLE_FILE_RULES = {LANGUAGE_RULE, TIME_BUDGET_RULE}
CONTEXT_LINES = 3  # git's default, and what reviewdog's diff_context means
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


def changed_lines(base: str, path: str, context: int) -> set[int] | None:
    """Line numbers (in the pull request's version of ``path``) that the diff against
    ``base`` shows as added, plus ``context`` unchanged lines around them; None when
    git cannot tell."""
    diff = git("-c", "core.quotePath=false", "diff", "--no-color", "--no-ext-diff", f"--unified={context}",
               f"{base}...HEAD", "--", path)
    if diff.returncode:
        return None
    lines: set[int] = set()
    for hunk in HUNK.finditer(diff.stdout):
        # The new side of a hunk: its added lines and its context lines (none with --unified=0).
        start, count = int(hunk.group(1)), int(hunk.group(2) or 1)
        lines.update(range(start, start + count))
    return lines


HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", re.M)


def filter_findings(result, mode: str, base: str | None, changed: set[str]) -> int:
    """Keep the findings ``mode`` lets through (see the module's docstring); returns how
    many were left out."""
    if mode in ("file", "nofilter") or base is None:
        return 0
    dropped = 0
    for file_result in result.files:
        if os.path.normpath(file_result.path) not in changed:
            continue  # checked for another reason (a translation whose source changed): shown whole
        lines = changed_lines(base, file_result.path, CONTEXT_LINES if mode == "diff_context" else 0)
        if lines is None:
            continue
        kept = [f for f in file_result.findings
                if f.rule in WHOLE_FILE_RULES or any(n in lines for n in range(f.line, f.end_line + 1))]
        dropped += len(file_result.findings) - len(kept)
        file_result.findings = kept
    return dropped


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
    """The same options `qa-lint check` takes, from the action's inputs: ``args`` (extra
    options, shell-quoted), ``rules`` (extra rule packs, separated by spaces), ``fail_on``."""
    argv = ["check", *files]
    fail_on = env("INPUT_FAIL_ON") or env("INPUT_FAIL_ON_OLD")  # fail_on, else the older fail-on
    if fail_on:
        argv += ["--fail-on", fail_on]
    if env("INPUT_CONFIG"):
        argv += ["--config", env("INPUT_CONFIG")]
    for pack in shlex.split(env("INPUT_RULES")):
        argv += ["--rules", pack]
    try:
        extra = shlex.split(env("INPUT_ARGS"))
    except ValueError as exc:
        raise ActionError(f"input args: {exc}") from None
    return argv + ["--languagetool", languagetool_mode()] + extra


def filter_mode(pull_request: bool) -> str:
    """filter_mode, where changed-only (older input) still decides whether to filter at all."""
    changed_only = flag("changed-only", env("INPUT_CHANGED_ONLY", "auto"), auto=pull_request)
    mode = env("INPUT_FILTER_MODE", "added").lower() or "added"
    if mode not in FILTER_MODES:
        raise ActionError(f"input filter_mode must be one of {', '.join(FILTER_MODES)}, not {mode!r}")
    return mode if changed_only else "nofilter"


def languagetool_mode() -> str:
    """The input as the CLI's --languagetool mode: off unless asked for."""
    value = env("INPUT_LANGUAGETOOL", "false").lower()
    if value == "auto":
        return "auto"
    return "on" if flag("languagetool", value) else "off"


def run() -> int:
    paths = shlex.split(env("INPUT_PATHS", ".") or ".")
    sarif_file = env("INPUT_SARIF_FILE", "qa-lint.sarif") or "qa-lint.sarif"
    rdjson_file = env("INPUT_RDJSON_FILE")
    mode = filter_mode(env("GITHUB_EVENT_NAME") in PR_EVENTS)
    args = cli.build_parser().parse_args(check_args(paths))
    linter = cli.make_linter(args)
    base, changed = None, set()
    try:
        files = paths
        if mode != "nofilter":
            base = resolve_base()
            found = changed_files(base, paths, linter.configs) if base else None
            if found is None:
                base = None
                print("::warning title=qa-lint::cannot find the base commit to compare with "
                      "(use actions/checkout with fetch-depth: 0); checking all files")
            else:
                files, changed = found, {os.path.normpath(f) for f in found}
                print(f"qa-lint: {len(files)} changed article(s) against {base}")
                append_summary(f"Checked {len(files)} article(s) changed against `{base}`.\n\n")
        result = linter.lint_paths(files) if files else api.LintResult(fail_on=linter.fail_on())
    finally:
        linter.close()
    context = ReportContext(rules=linter.rules(), version=__version__)
    everything = copy.copy(result)
    everything.files = [copy.copy(r) for r in result.files]
    dropped = filter_findings(result, mode, base, changed)
    if dropped:
        print(f"qa-lint: {dropped} finding(s) on lines this pull request did not change are not shown (filter_mode: {mode})")
        append_summary(f"{dropped} finding(s) on lines this pull request did not change are not shown "
                       f"(`filter_mode: {mode}`; `file` shows them).\n\n")
    sys.stdout.write(registry()["github"].render(result, context))
    for destination, name in ((sarif_file, "sarif"), (rdjson_file, "rdjson")):
        if not destination:
            continue
        try:
            write_report(destination, registry()[name].render(everything, context))
        except OSError as exc:
            raise ActionError(f"cannot write the {name.upper()} report to {destination}: {exc.strerror or exc}") from None
    write_output(findings=len(result.findings), **{"sarif-file": sarif_file}, **({"rdjson-file": rdjson_file} if rdjson_file else {}))
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
