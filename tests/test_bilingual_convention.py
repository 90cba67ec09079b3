"""The content-repository convention: story.en.md beside story.id.md is its source;
checking the folder checks the pair once, and a changed source checks its translation."""

import subprocess
import sys

from qa_lint import bilingual
from qa_lint.api import Linter, Options
from qa_lint.config import Config, ConfigCache

from conftest import ROOT

SOURCE = "Earlier this month, Putin warned that Russia could arm the West's enemies.\n"
TARGET = "Awal bulan ini, Putin mengancam bahwa Rusia akan mempersenjatai musuh-musuh Barat.\n"


def write_pair(folder, target="story.id.md", source="story.en.md"):
    (folder / source).write_text(SOURCE, encoding="utf-8")
    (folder / target).write_text(TARGET, encoding="utf-8")


def test_source_for_default_templates(tmp_path):
    write_pair(tmp_path)
    (tmp_path / "article.txt").write_text(TARGET, encoding="utf-8")
    (tmp_path / "article.source-en.txt").write_text(SOURCE, encoding="utf-8")
    assert bilingual.source_for(tmp_path / "story.id.md", Config()) == tmp_path / "story.en.md"
    assert bilingual.source_for(tmp_path / "article.txt", Config()) == tmp_path / "article.source-en.txt"
    assert bilingual.source_for(tmp_path / "story.en.md", Config()) is None  # a source is not its own source


def test_configured_templates_and_switch(tmp_path):
    (tmp_path / "berita.md").write_text(TARGET, encoding="utf-8")
    (tmp_path / "berita.en.md").write_text(SOURCE, encoding="utf-8")
    config = Config(bilingual={"sources": ["{name}.{source_language}{ext}"], "source_language": "en"})
    assert bilingual.source_for(tmp_path / "berita.md", config) == tmp_path / "berita.en.md"
    assert bilingual.source_for(tmp_path / "berita.md", Config(bilingual={"enabled": False})) is None


def test_folder_checks_each_pair_once(tmp_path):
    write_pair(tmp_path)
    result = Linter(Options()).lint_paths([tmp_path])
    assert [r.path for r in result.files] == [str(tmp_path / "story.id.md")]
    assert result.files[0].pair is not None
    assert any(f.rule == "en-id.modality.hedge-dropped" for f in result.findings)


def test_changed_source_checks_its_translation(tmp_path):
    write_pair(tmp_path)
    changed = [str(tmp_path / "story.en.md")]
    assert bilingual.with_targets(changed, ConfigCache()) == [str(tmp_path / "story.id.md")]


def test_cli_folder_exit_code_and_mqm_line(tmp_path):
    write_pair(tmp_path)
    run = subprocess.run([sys.executable, "-m", "qa_lint", "check", str(tmp_path)], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 1, run.stderr
    assert "en-id.modality.hedge-dropped" in run.stdout
    assert "MQM " in run.stdout and "per 1,000 words" in run.stdout


def test_mqm_threshold_from_config_blocks(tmp_path):
    (tmp_path / ".qa-lint.yaml").write_text("mqm: {threshold: 10}\nfail_on: never\n", encoding="utf-8")
    write_pair(tmp_path)
    run = subprocess.run([sys.executable, "-m", "qa_lint", "check", str(tmp_path)], capture_output=True, text=True, cwd=ROOT)
    assert "threshold 10: FAIL" in run.stdout
    assert run.returncode == 1  # over the MQM threshold, although fail_on is never
