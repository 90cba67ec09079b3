"""Linting a repository never runs, reads, writes or sends anything outside it unless
the user allows it (docs/security.md): a pull request's .qa-lint.yaml is hostile."""

import json

import pytest

from hostile_util import BAD_ID, run, repository
from qa_lint.config import ConfigCache, ConfigError
from qa_lint.languagetool import install
from qa_lint.languagetool.install import Installation, InstallError
from qa_lint.languagetool.server import LocalServer


@pytest.mark.parametrize("setting", [
    "url: http://collector.example.org:8081",
    "data_dir: .cache-evil",
    "results_dir: /tmp/anywhere",
    "heap: 200g",
])
def test_project_config_cannot_choose_what_runs_or_where_text_goes(tmp_path, setting):
    article = repository(tmp_path / "repo", f"languagetool:\n  {setting}\n")
    code, out, err = run("check", article, "--languagetool", "auto")
    assert code == 2
    key = setting.split(":")[0]
    assert f"languagetool.{key} may not be set in a project configuration" in err


def test_planted_languagetool_in_the_repository_never_runs(tmp_path):
    """The reported attack: a config pointing LanguageTool's folder at a planted install."""
    repo = tmp_path / "repo"
    planted = repo / ".cache-evil" / "languagetool" / "6.6"
    (planted / "jars").mkdir(parents=True)
    (planted / "jars" / "evil.jar").write_bytes(b"PK\x03\x04 not really")
    (planted / "installed.json").write_text(json.dumps({"version": "6.6", "languages": ["en"]}), encoding="utf-8")
    article = repository(repo, "languagetool: {data_dir: .cache-evil/languagetool}\n")
    code, _, err = run("check", article)
    assert code == 2 and "may not be set in a project configuration" in err
    # Without the config the planted folder is just files in the repository.
    (repo / ".qa-lint.yaml").unlink()
    code, out, err = run("check", article, env={"QA_LINT_LANGUAGETOOL": "auto"})
    assert code == 1 and "id.mt.west-bengal" in out


def test_user_configuration_may_set_them_and_relative_paths_follow_its_folder(tmp_path, monkeypatch):
    user = tmp_path / "home" / "qa-lint" / "config.yaml"
    user.parent.mkdir(parents=True)
    user.write_text("languagetool: {url: 'http://127.0.0.1:8081', data_dir: lt, results_dir: results}\n", encoding="utf-8")
    monkeypatch.setenv("QA_LINT_USER_CONFIG", str(user))
    article = repository(tmp_path / "repo", "languagetool: {mode: 'on', disabled_rules: [X]}\n")
    monkeypatch.chdir(tmp_path)  # a relative folder follows the config file, not the current directory
    config = ConfigCache().for_file(article)
    assert config.languagetool["url"] == "http://127.0.0.1:8081"
    assert config.languagetool["data_dir"] == str(user.parent / "lt")
    assert install.lt_root(config.languagetool) == user.parent / "lt"
    assert install.results_root(config.languagetool) == user.parent / "results"
    # The project's own choices still apply on top.
    assert config.languagetool["mode"] == "on" and config.languagetool["disabled_rules"] == ["X"]


@pytest.mark.parametrize("settings", [
    "settings: {roster: ../../../../../../etc/passwd}",
    "settings: {roster: /etc/passwd}",
    "rules: [/]",
    "rules: [../outside]",
])
def test_project_config_paths_must_stay_inside_the_repository(tmp_path, settings):
    (tmp_path / "outside").mkdir()
    article = repository(tmp_path / "repo", settings + "\n")
    code, _, err = run("check", article)
    assert code == 2 and "is outside the repository" in err
    assert "root:" not in err  # nothing of /etc/passwd is echoed


def test_a_symlink_out_of_the_repository_is_outside_too(tmp_path):
    (tmp_path / "secret.yaml").write_text("staff: [Top Secret]\n", encoding="utf-8")
    repo = tmp_path / "repo"
    article = repository(repo, "settings: {roster: staff.yaml}\n")
    (repo / "staff.yaml").symlink_to(tmp_path / "secret.yaml")
    code, _, err = run("check", article)
    assert code == 2 and "is outside the repository" in err


def test_paths_inside_the_repository_still_work(tmp_path):
    repo = tmp_path / "repo"
    (repo / "newsroom").mkdir(parents=True)
    (repo / "newsroom" / "staff.yaml").write_text("staff: [Andari Wulan Nugrahani]\n", encoding="utf-8")
    article = repository(repo / "articles", article="Penulis: Andari Wulan Nugrahni\n" + BAD_ID)
    (repo / "articles" / ".git").rmdir()
    (repo / ".git").mkdir()
    (repo / ".qa-lint.yaml").write_text("settings: {roster: newsroom/staff.yaml}\nlanguage: id\n", encoding="utf-8")
    code, out, err = run("check", article)
    assert code == 1, err
    assert "Andari Wulan Nugrahani" in out


def test_a_config_above_the_repository_root_is_not_used(tmp_path):
    (tmp_path / ".qa-lint.yaml").write_text("disable: [mistranslation]\nfail_on: never\n", encoding="utf-8")
    article = repository(tmp_path / "repo")
    code, out, _ = run("check", article)
    assert code == 1 and "id.mt.west-bengal" in out
    assert ConfigCache().for_file(article).path is None


def _fake_installation(folder):
    jars = folder / "jars"
    jars.mkdir(parents=True)
    (jars / "languagetool-server-6.6.jar").write_bytes(b"original bytes")
    checksums = {"languagetool-server-6.6.jar": install.sha256_of(jars / "languagetool-server-6.6.jar")}
    return Installation("6.6", folder, ["en"], checksums)


def test_a_changed_jar_is_never_run(tmp_path):
    found = _fake_installation(tmp_path / "lt")
    found.verify()  # unchanged: fine
    (found.jars / "languagetool-server-6.6.jar").write_bytes(b"tampered bytes")
    with pytest.raises(InstallError, match="changed since it was installed"):
        found.verify()
    server = LocalServer(found)
    with pytest.raises(InstallError, match="changed since it was installed"):
        server.start()
    assert server.process is None  # Java was never started


def test_an_install_without_checksums_is_not_run_and_the_classpath_names_only_installed_jars(tmp_path):
    found = _fake_installation(tmp_path / "lt")
    (found.jars / "dropped-in.jar").write_bytes(b"extra")
    assert "dropped-in.jar" not in found.classpath and "*" not in found.classpath
    found.checksums = {}
    with pytest.raises(InstallError, match="no checksums"):
        found.verify()


def test_install_checks_copied_jars_against_mavens_sha1(tmp_path):
    repo_jar = tmp_path / "m2" / "org" / "x" / "1" / "x-1.jar"
    repo_jar.parent.mkdir(parents=True)
    repo_jar.write_bytes(b"jar bytes")
    import hashlib

    (repo_jar.parent / "x-1.jar.sha1").write_text(hashlib.sha1(b"jar bytes").hexdigest() + "\n", encoding="ascii")
    staging = tmp_path / "staging"
    staging.mkdir()
    (staging / "x-1.jar").write_bytes(b"jar bytes")
    listing = tmp_path / "deps.txt"
    listing.write_text(f"The following files have been resolved:\n   org.x:x:jar:1:compile:{repo_jar}\n", encoding="utf-8")
    assert install.verify_against_maven(staging, listing) == {"x-1.jar": install.sha256_of(staging / "x-1.jar")}
    (staging / "x-1.jar").write_bytes(b"other bytes")
    with pytest.raises(InstallError, match="does not match Maven"):
        install.verify_against_maven(staging, listing)
    (staging / "y-2.jar").write_bytes(b"unlisted")
    with pytest.raises(InstallError):
        install.verify_against_maven(staging, listing)


def test_config_errors_are_config_errors_in_process(tmp_path):
    article = repository(tmp_path / "repo", "languagetool: {url: 'http://x'}\n")
    with pytest.raises(ConfigError):
        ConfigCache().for_file(article)


@pytest.mark.parametrize("option", [
    "gazetteers: [/etc/hostname]",
    "gazetteers: ['../../../../../../../etc/hostname']",
])
def test_a_packs_data_files_stay_in_its_repository(tmp_path, option):
    """A pack in the repository names a data file outside it: refused, never read."""
    repo = tmp_path / "repo"
    (repo / "packs").mkdir(parents=True)
    (repo / "packs" / "names.yaml").write_text(
        "pack: x-names\nlanguage: id\nrules:\n  - id: x.names.known\n    type: known-names\n    severity: warning\n"
        f"    category: name-inconsistency\n    message: m\n    {option}\n"
        "    examples: {bad: [Vladimir Puttin datang.], good: [Vladimir Putin datang.]}\n",
        encoding="utf-8",
    )
    article = repository(repo, "rules: [packs]\nlanguage: id\n")
    code, _, err = run("check", article)
    assert code == 2 and "is outside" in err and "x.names.known" in err


def test_a_lexicon_file_outside_the_repository_is_refused(tmp_path):
    (tmp_path / "outside.yaml").write_text("entries: []\n", encoding="utf-8")
    repo = tmp_path / "repo"
    (repo / "packs").mkdir(parents=True)
    (repo / "packs" / "idioms.yaml").write_text(
        "pack: x-idioms\nlanguage: id\nrules:\n  - id: x.idiom\n    type: lexicon\n    severity: warning\n"
        "    category: mistranslation\n    message: m\n    entries: ../../outside.yaml\n",
        encoding="utf-8",
    )
    article = repository(repo, "rules: [packs]\n")
    code, _, err = run("check", article)
    assert code == 2 and "is outside" in err
