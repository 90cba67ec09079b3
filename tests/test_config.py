"""Configuration discovery and merging, inline suppression, language selection."""

import json
import subprocess
import sys
import textwrap

import pytest

from conftest import ROOT

from qa_lint.api import Linter, Options
from qa_lint.config import ConfigCache, ConfigError, discover, load_file

BENGAL = "Putin juga mengangkat isu bahwa Benggala Barat menembakkan senjata ke sasaran di tanah Rusia.\n"
EDUCATION = "Rusia sedang mempertimbangkan untuk mengubah pendidikannya, kata pejabat itu tentang senjata nuklir.\n"


def check_json(*args, cwd):
    proc = subprocess.run([sys.executable, "-m", "qa_lint", "check", "--format", "json", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd)
    return proc.returncode, json.loads(proc.stdout) if proc.stdout else None, proc.stderr


def test_nearest_config_wins(tmp_path):
    (tmp_path / ".qa-lint.yaml").write_text("disable: [mistranslation]\n")
    nested = tmp_path / "desk" / "world"
    nested.mkdir(parents=True)
    # By category: "Benggala Barat" is caught by id.mt.west-bengal and by id.places.region-context (one finding).
    (tmp_path / "desk" / ".qa-lint.yaml").write_text("severity: {mistranslation: info}\n")
    (nested / "a.txt").write_text(BENGAL, encoding="utf-8")
    (tmp_path / "b.txt").write_text(BENGAL, encoding="utf-8")
    assert discover(nested / "a.txt") == tmp_path / "desk" / ".qa-lint.yaml"
    code, payload, _ = check_json(nested / "a.txt", cwd=tmp_path)
    assert [f["severity"] for f in payload["findings"]] == ["info"]
    assert code == 0  # info is below the default fail-on (warning)
    code, payload, _ = check_json(tmp_path / "b.txt", cwd=tmp_path)
    assert payload["findings"] == [] and code == 0


def test_pyproject_tool_section(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.qa-lint]\nfail_on = "never"\nlanguage = "id"\n')
    (tmp_path / "a.txt").write_text(BENGAL, encoding="utf-8")
    code, payload, _ = check_json(tmp_path / "a.txt", cwd=tmp_path)
    assert payload["findings"] and code == 0
    assert load_file(tmp_path / "pyproject.toml").language == "id"


def test_pyproject_without_section_is_skipped(tmp_path):
    (tmp_path / ".qa-lint.yaml").write_text("fail_on: error\n")
    inner = tmp_path / "pkg"
    inner.mkdir()
    (inner / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    assert discover(inner / "a.txt") == tmp_path / ".qa-lint.yaml"


def test_per_glob_language_extra_packs_and_settings_paths(tmp_path):
    rules = tmp_path / "newsroom"
    rules.mkdir()
    (rules / "house.yaml").write_text(textwrap.dedent("""\
        pack: house
        language: id
        rules:
          - id: house.style.milyar
            type: terms
            severity: warning
            category: spelling
            message: 'Tulis "miliar", bukan "{match}"'
            terms: [{term: milyar, suggestion: miliar}]
            examples: {bad: [Rp 5 milyar], good: [Rp 5 miliar]}
        """), encoding="utf-8")
    (tmp_path / ".qa-lint.yaml").write_text(
        "rules: [newsroom]\nlanguages: {'id/*': id}\nsettings: {roster: staff.yaml}\n", encoding="utf-8")
    (tmp_path / "id").mkdir()
    (tmp_path / "id" / "a.txt").write_text("Anggaran Rp 5 milyar.\n", encoding="utf-8")
    config = ConfigCache().for_file(tmp_path / "id" / "a.txt")
    assert config.language_for(tmp_path / "id" / "a.txt") == "id"
    assert config.settings["roster"] == str((tmp_path / "staff.yaml").resolve())
    code, payload, _ = check_json(tmp_path / "id" / "a.txt", cwd=tmp_path)
    finding = next(f for f in payload["findings"] if f["rule"] == "house.style.milyar")
    assert finding["suggestions"] == ["miliar"] and finding["column"] == 15


def test_only_named_packs(tmp_path):
    (tmp_path / ".qa-lint.yaml").write_text("packs: [id-names]\n")
    (tmp_path / "a.txt").write_text(BENGAL, encoding="utf-8")
    # the rendering pack is not among those named, so Benggala Barat is not reported
    code, payload, _ = check_json(tmp_path / "a.txt", cwd=tmp_path)
    assert code == 0 and not [f for f in payload["findings"] if f["rule"].startswith("id.mt.")]


def test_unknown_pack_name_is_a_configuration_error(tmp_path):
    (tmp_path / ".qa-lint.yaml").write_text("packs: [id-mt-rendering]\n")
    (tmp_path / "a.txt").write_text(BENGAL, encoding="utf-8")
    code, _, err = check_json(tmp_path / "a.txt", cwd=tmp_path)
    assert code == 2 and "unknown rule pack 'id-mt-rendering'" in err and "id-mt-renderings" in err
    assert "Traceback" not in err


def test_bad_config_exits_2_with_its_path(tmp_path):
    (tmp_path / ".qa-lint.yaml").write_text("fail_on: sometimes\n")
    (tmp_path / "a.txt").write_text(BENGAL, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "qa_lint", "check", "a.txt"], capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 2 and ".qa-lint.yaml" in proc.stderr and "Traceback" not in proc.stderr
    with pytest.raises(ConfigError):
        load_file(tmp_path / ".qa-lint.yaml")


MD = """---
lang: id
---
<!-- qa-lint-disable-next-line id.mt.west-bengal -->
Putin juga mengangkat isu bahwa Benggala Barat menembakkan senjata ke Rusia.

Putin juga mengangkat isu bahwa Benggala Barat menembakkan senjata ke Rusia.

<!-- qa-lint-disable id.mt -->
Putin juga mengangkat isu bahwa Benggala Barat menembakkan senjata ke Rusia.

Rusia sedang mempertimbangkan untuk mengubah pendidikannya soal senjata nuklir.
<!-- qa-lint-enable id.mt -->

Rusia sedang mempertimbangkan untuk mengubah pendidikannya soal senjata nuklir.

<!-- qa-lint-disable -->
Putin juga mengangkat isu bahwa Benggala Barat menembakkan senjata ke Rusia.
"""


def test_suppression_comments():
    result = Linter().lint_text(MD, "a.md")
    lines = sorted(f.line for f in result.findings if f.rule.startswith("id.mt."))
    assert lines == [7, 15]


def test_suppression_in_html():
    html = ("<p>Putin: Benggala Barat menembakkan senjata ke Rusia.</p>\n"
            "<!-- qa-lint-disable-next-line -->\n"
            "<p>Putin: Benggala Barat menembakkan senjata ke Rusia.</p>\n")
    result = Linter(Options(language="id")).lint_text(html, "a.html")
    assert [f.line for f in result.findings if f.rule == "id.mt.west-bengal"] == [1]


def test_language_from_option_front_matter_and_detection():
    linter = Linter()
    assert linter.lint_text(BENGAL, "a.txt").language == "id"
    english = ("Russian President Vladimir Putin said on Thursday that Moscow might supply weapons to North Korea, "
               "in response to Western actions arming Ukraine. He made the remarks to reporters in Hanoi.")
    assert linter.lint_text(english, "b.txt").language == "en"
    assert linter.lint_text("---\nlang: en-GB\n---\nBenggala Barat\n", "c.md").language == "en"
    assert Linter(Options(language="id")).lint_text(english, "d.txt").language == "id"
    assert linter.lint_text("12345 !!!", "e.txt").language is None


def test_language_detection_is_deterministic_on_fixtures():
    from conftest import FIXTURES

    linter = Linter()
    seed = linter.lint_file(FIXTURES / "tribunnews-putin-korut.txt")
    source = linter.lint_file(FIXTURES / "tribunnews-putin-korut.source-en.txt")
    assert (seed.language, source.language) == ("id", "en")


def test_setting_of_the_wrong_type_is_a_config_error_not_a_traceback(tmp_path):
    (tmp_path / ".qa-lint.yaml").write_text("settings: {roster: 5}\n")
    (tmp_path / "a.txt").write_text(BENGAL, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "qa_lint", "check", "a.txt"], capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "settings.roster" in proc.stderr and ".qa-lint.yaml" in proc.stderr


def test_an_edited_config_is_read_again(tmp_path):
    import os

    config = tmp_path / ".qa-lint.yaml"
    config.write_text("language: id\n", encoding="utf-8")
    cache = ConfigCache()
    first = cache.for_file(tmp_path / "a.txt")
    assert first.language == "id" and cache.for_file(tmp_path / "b.txt") is first  # loaded once
    config.write_text("language: en\n", encoding="utf-8")
    os.utime(config, ns=(0, config.stat().st_mtime_ns + 10**9))  # file times can be coarser than two writes
    assert cache.for_file(tmp_path / "a.txt").language == "en"


def content_repo(tmp_path, config: str):
    """A content repository: articles/, drafts/, README.md files, one config at the top."""
    (tmp_path / ".git").mkdir()
    (tmp_path / ".qa-lint.yaml").write_text("language: id\n" + config, encoding="utf-8")
    for name in ("articles/a.txt", "articles/README.md", "drafts/d.txt", "articles/drafts/e.txt", "README.md", "notes/n.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(BENGAL, encoding="utf-8")
    return tmp_path


def checked(payload_or_result) -> set[str]:
    return {f["path"].replace("\\\\", "/") for f in payload_or_result["findings"]}


def test_exclude_is_gitignore_style(tmp_path):
    """`README.md` is every README.md, `drafts/` every drafts folder, `/notes/` only the top one."""
    repo = content_repo(tmp_path, "exclude: [README.md, drafts/, /notes/]\n")
    code, payload, err = check_json(".", cwd=repo)
    assert checked(payload) == {"articles/a.txt"}, payload
    assert "skipped" not in err  # folders walked: leaving files out is what exclude is for


def test_include_picks_the_articles(tmp_path):
    repo = content_repo(tmp_path, "include: ['articles/**']\nexclude: ['**/drafts/']\n")
    _, payload, _ = check_json(".", cwd=repo)
    assert checked(payload) == {"articles/a.txt", "articles/README.md"}


def test_files_named_on_the_command_line_are_excluded_too_and_said(tmp_path):
    """pre-commit names every changed file: exclude must apply to them (ruff's --force-exclude)."""
    repo = content_repo(tmp_path, "exclude: [README.md, drafts/]\n")
    code, payload, err = check_json("articles/README.md", "drafts/d.txt", "articles/a.txt", cwd=repo)
    assert checked(payload) == {"articles/a.txt"} and code == 1
    assert "skipped articles/README.md: excluded by `exclude`" in err and "skipped drafts/d.txt" in err
    code, payload, err = check_json("--no-force-exclude", "articles/README.md", cwd=repo)
    assert checked(payload) == {"articles/README.md"} and "skipped" not in err


def test_pre_commit_hook_respects_exclude(tmp_path):
    """The hook's own command line (entry + args from .pre-commit-hooks.yaml) with the file names pre-commit passes."""
    import yaml

    hook = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))[0]
    repo = content_repo(tmp_path, "exclude: [drafts/]\n")
    argv = hook["entry"].split()[1:] + hook["args"] + ["--format", "json", "drafts/d.txt"]
    proc = subprocess.run([sys.executable, "-m", "qa_lint", *argv], capture_output=True, text=True, cwd=repo)
    assert proc.returncode == 0 and json.loads(proc.stdout)["findings"] == []
