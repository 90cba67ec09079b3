"""LanguageTool backend against a REAL LanguageTool server (installed by scripts/install-test-deps).

One server is started for this module and shared through --languagetool-url;
one test lets `qa-lint check --languagetool on` start (and stop) its own.
"""

import json
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest
import yaml

from conftest import FIXTURES, ROOT
from qa_lint import cli
from qa_lint.api import Linter, Options
from qa_lint.languagetool import LanguageToolSource, install
from qa_lint.languagetool.server import LocalServer

EN_BAD = "He go to the summit every years."


@pytest.fixture(scope="module")
def installation():
    found = install.find()
    if found is None:
        # A missing LanguageTool fails these tests: a skip would pass CI without the feature.
        pytest.fail(f"LanguageTool is not installed in {install.lt_root()}: run scripts/install-test-deps")
    return found


@pytest.fixture(scope="module")
def server(installation):
    with LocalServer(installation, heap="768m", threads=2) as running:
        yield running
    assert running.process is None


def write(folder, name, text, config=None):
    """A file plus a .qa-lint.yaml beside it (results cache off unless the config says otherwise)."""
    settings = {"cache": False}
    settings.update(config or {})
    (folder / ".qa-lint.yaml").write_text(yaml.safe_dump({"languagetool": settings}), encoding="utf-8")
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def check(capsys, server, *args):
    code = cli.main(["check", *map(str, args), "--languagetool", "on", "--languagetool-url", server.url, "--format", "json"])
    captured = capsys.readouterr()
    assert captured.out.startswith("{"), (code, captured.err)
    return code, [f for f in json.loads(captured.out)["findings"] if f["rule"].startswith("LT:")]


def test_english_grammar_on_its_line_via_cli_started_server(tmp_path, capsys, installation):
    path = write(tmp_path, "en.txt", "The minister arrived on Monday.\n" + EN_BAD + "\n")
    code = cli.main(["check", str(path), "--languagetool", "on", "--stats"])
    out = capsys.readouterr().out
    assert code == 1, out
    lines = [line for line in out.splitlines() if ":2:" in line and "LT:" in line]
    # "go" is column 4 on line 2; LanguageTool's rule id and its suggestions are shown.
    assert any(line.startswith(f"{path}:2:4: warning LT:HE_VERB_AGR") and "goes" in line for line in lines), out
    assert any("LT:EVERY_EACH_SINGULAR" in line and "[year]" in line for line in lines), out
    assert "time languagetool server start" in out and "time languagetool requests" in out


def test_english_findings_have_rule_ids_categories_and_exact_spans(tmp_path, capsys, server):
    path = write(tmp_path, "en.txt", "Intro line.\n\n" + EN_BAD + "\n")
    code, found = check(capsys, server, path)
    assert code == 1
    verb = next(f for f in found if f["rule"] == "LT:HE_VERB_AGR")
    assert (verb["line"], verb["column"], verb["end_column"], verb["match"]) == (3, 4, 6, "go")
    assert verb["category"] == "grammar" and verb["severity"] == "warning"
    assert "goes" in verb["suggestions"]


def test_indonesian_spelling_at_line_and_column(tmp_path, capsys, server):
    text = "Putin berbicara di Hanoi.\nPresiden Rusia mengatakan Moskow kemungkinan akan paasok senjata ke Ukraaina.\n"
    path = write(tmp_path, "berita.txt", text)
    code, found = check(capsys, server, path, "--lang", "id")
    spelled = {f["match"]: f for f in found if f["category"] == "spelling"}
    assert set(spelled) == {"paasok", "Ukraaina"}, found
    line2 = text.splitlines()[1]
    assert (spelled["Ukraaina"]["line"], spelled["Ukraaina"]["column"]) == (2, line2.index("Ukraaina") + 1)
    assert (spelled["paasok"]["line"], spelled["paasok"]["column"]) == (2, line2.index("paasok") + 1)
    assert "Ukraina" in spelled["Ukraaina"]["suggestions"] and "pasok" in spelled["paasok"]["suggestions"]
    assert spelled["paasok"]["severity"] == "warning"


def test_seed_clean_lines_get_no_languagetool_warnings(server):
    spec = yaml.safe_load((FIXTURES / "tribunnews-putin-korut.expected.yaml").read_text(encoding="utf-8"))
    source = LanguageToolSource(mode="on", url=server.url)
    try:
        result = Linter(Options(), [source]).lint_file(FIXTURES / spec["file"])
    finally:
        source.close()
    assert result.error is None and result.language == "id"
    # LanguageTool did read every paragraph of the article.
    assert source.stats["blocks_checked"] + source.stats["blocks_cached"] == 26
    serious = [f for f in result.findings if f.rule.startswith("LT:") and f.severity in ("error", "warning")]
    assert not [(f.line, f.match) for f in serious if f.line in set(spec["clean_lines"])]


def test_seed_with_typos_gets_them_flagged(tmp_path, server):
    """The noise filter must not hide real misspellings in the same article."""
    seed = (FIXTURES / "tribunnews-putin-korut.txt").read_text(encoding="utf-8")
    typoed = seed.replace("menghalangi Barat", "menghalagi Barat").replace("Korea Utara merupakan", "Koera Utara merupakan")
    source = LanguageToolSource(mode="on", url=server.url)
    try:
        result = Linter(Options(), [source]).lint_text(typoed, "seed-typos.txt", language="id")
    finally:
        source.close()
    flagged = {(f.line, f.match) for f in result.findings if f.rule.startswith("LT:")}
    assert {(7, "menghalagi"), (3, "Koera")} <= flagged


def test_emoji_before_a_match_keeps_exact_columns(tmp_path, capsys, server):
    line = "🎉🎉 Breaking 😀: " + EN_BAD
    path = write(tmp_path, "emoji.txt", "Top story.\n" + line + "\n")
    _, found = check(capsys, server, path)
    verb = next(f for f in found if f["rule"] == "LT:HE_VERB_AGR")
    assert (verb["line"], verb["column"], verb["match"]) == (2, line.index(" go ") + 2, "go")
    years = next(f for f in found if f["rule"] == "LT:EVERY_EACH_SINGULAR")
    assert years["match"] == "years" and years["column"] == line.index("years") + 1


def test_markdown_front_matter_code_and_inline_markup_map_back(tmp_path, capsys, server):
    text = textwrap.dedent("""\
        ---
        title: He go to the summit every years.
        lang: en-GB
        ---
        # Summit news

        ```
        He go to the summit every years.
        ```

        The **summit** opened with `code` and [a link](https://example.org) today. He go to the summit every years.
        """)
    path = write(tmp_path, "news.md", text)
    _, found = check(capsys, server, path)
    verbs = [f for f in found if f["rule"] == "LT:HE_VERB_AGR"]
    assert len(verbs) == 1, found  # nothing from the front matter or the code block
    last = text.splitlines()[10]
    assert (verbs[0]["line"], verbs[0]["column"], verbs[0]["match"]) == (11, last.index("He go") + 4, "go")


def test_results_are_cached_so_reruns_do_not_call_the_server(tmp_path, installation):
    path = write(tmp_path, "en.txt", EN_BAD + "\n", {"cache": True})  # results go to the per-test QA_LINT_CACHE
    runs = []
    for _ in range(2):
        source = LanguageToolSource(mode="on")
        try:
            result = Linter(Options(), [source]).lint_file(path)
            runs.append(([(f.rule, f.line, f.column) for f in result.findings if f.rule.startswith("LT:")], dict(source.stats),
                         [b.server for b in source._backends.values()]))
        finally:
            source.close()
    (first, first_stats, _), (second, second_stats, second_servers) = runs
    assert first and first == second
    assert first_stats["requests"] >= 1
    assert second_stats["requests"] == 0 and second_stats["blocks_cached"] == 1
    assert second_servers == [None]  # no server was even started


def test_server_stops_when_qa_lint_is_terminated(installation, tmp_path):
    script = textwrap.dedent(f"""
        import sys, time
        from qa_lint.languagetool import install
        from qa_lint.languagetool.server import LocalServer
        server = LocalServer(install.find(), heap="512m", threads=1).start()
        print(server.process.pid, flush=True)
        time.sleep(120)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        java_pid = int(proc.stdout.readline())
        os.kill(java_pid, 0)  # running
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                os.kill(java_pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.1)
        else:
            pytest.fail("the LanguageTool server outlived qa-lint")
    finally:
        if proc.poll() is None:
            proc.kill()


def test_british_spelling_passes_unless_a_variant_is_chosen(tmp_path, capsys, server):
    path = write(tmp_path, "uk.txt", "The defence ministry said the organisers agreed.\n")
    _, found = check(capsys, server, path)
    assert not [f for f in found if f["category"] == "spelling"], found
    write(tmp_path, "uk.txt", "The defence ministry said the organisers agreed.\n", {"variants": {"en": "en-US"}})
    _, found = check(capsys, server, path)
    assert {f["match"] for f in found if f["category"] == "spelling"} == {"defence", "organisers"}
