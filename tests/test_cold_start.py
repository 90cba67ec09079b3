"""What a plain `qa-lint check` of one language leaves unimported or unread (docs/performance.md):
the rule types are named after their modules and imported when used, the LanguageTool client
and the language server's asyncio only when they run, PyYAML only when something is parsed
(not read from the parse cache), pathspec only for include/exclude patterns, the aligner and the XLIFF/PO readers only for pairs, multiprocessing only for several jobs, the
XML reporters' ElementTree and the ClaimReview importer (html.parser) only when they are used."""

import subprocess
import sys

import pytest
from conftest import ROOT

from qa_lint import checks
from qa_lint.checks import registry
from qa_lint.plugins import discover

# These tests watch what is parsed and cached: they start from an empty parse cache.
pytestmark = pytest.mark.own_parse_cache


def test_every_module_that_defines_a_rule_type_is_registered_under_that_type():
    found = discover(checks.__name__, checks.__path__, "TYPE", recursive=True)
    assert sorted(registry()) == sorted(found)
    assert all(registry()[name] is module for name, module in found.items())
    assert "no-such-type" not in registry()


def test_a_monolingual_check_leaves_the_pair_types_and_frontends_unimported(tmp_path):
    article = tmp_path / "one.txt"
    article.write_text("Presiden tiba di Jakarta pada Senin pagi untuk membahas anggaran.\n", encoding="utf-8")
    probe = (
        "import sys\n"
        "from qa_lint.cli import main\n"
        f"code = main(['check', '--no-cache', '--languagetool', 'off', {str(article)!r}])\n"
        "print(sorted(m for m in sys.modules if m.startswith('qa_lint.checks.pair.') or m in\n"
        "             ('asyncio', 'qa_lint.languagetool.source', 'qa_lint.languagetool.server', 'yaml', 'pathspec',\n"
        "              'concurrent.futures', 'qa_lint.align', 'qa_lint.readers.po', 'qa_lint.readers.xliff',\n"
        "              'multiprocessing', 'xml.etree.ElementTree', 'qa_lint.claims.importer', 'html.parser',\n"
        "              'qa_lint.readers.markdown', 'qa_lint.readers.html')))\n"
    )
    # The first run fills the parse cache (and parses YAML); the second finds every pack there.
    for _ in range(2):
        out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_a_language_word_list_is_read_back_from_the_parse_cache(tmp_path, monkeypatch):
    from qa_lint import packs, parsecache

    words = tmp_path / "words.txt"
    words.write_text("# comment\nRumah\n  Jalan \n\nrumah\n", encoding="utf-8")

    def profile():
        return packs.LanguageProfile("xx", "Test", "xx", frozenset(), frozenset(), word_files=(words,))

    assert profile().words == frozenset({"rumah", "jalan"})
    # The next start reads the folded set back instead of splitting the file again.
    parsecache.store(parsecache.key(words.read_bytes(), "packs.py"), frozenset({"from-the-cache"}))
    assert profile().words == frozenset({"from-the-cache"})
    monkeypatch.setenv(parsecache.ENV, "off")
    assert profile().words == frozenset({"rumah", "jalan"})
    words.write_text("Kota\n", encoding="utf-8")  # a changed file is read again
    monkeypatch.delenv(parsecache.ENV)
    assert profile().words == frozenset({"kota"})
