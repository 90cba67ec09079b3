"""qa-lint's own notices (usage errors and other lines on stderr, the language server's
messages and the fixed text it adds to diagnostics) in the reader's language: --ui-lang,
else the configuration's ui_lang, else English (gettext, qa_lint/locale)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from qa_lint import i18n
from qa_lint.lsp import Session

ROOT = Path(__file__).resolve().parent.parent
WEST_BENGAL = "Putin juga mengangkat isu bahwa Benggala Barat menembakkan senjata ke sasaran di tanah Rusia."
TIMEOUT = 20


def run_cli(*args: str, home: Path, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "XDG_CONFIG_HOME": str(home / "cfg"), "PYTHONPATH": str(ROOT),
           "QA_LINT_LANGUAGETOOL": "off"}
    return subprocess.run([sys.executable, "-m", "qa_lint", *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=60)


def test_a_usage_error_in_indonesian_with_ui_lang_id(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(WEST_BENGAL + "\n", encoding="utf-8")
    done = run_cli("check", "--ui-lang", "id", "--unsafe-fixes", str(article), home=tmp_path)
    assert done.returncode == 2
    assert done.stderr == "qa-lint: --unsafe-fixes hanya dipakai bersama --fix atau --diff\n"
    # Without --ui-lang (and no config ui_lang) the notice stays English, word for word.
    done = run_cli("check", "--unsafe-fixes", str(article), home=tmp_path)
    assert done.returncode == 2
    assert done.stderr == "qa-lint: --unsafe-fixes goes with --fix or --diff\n"


def test_the_configurations_ui_lang_chooses_the_notices_language_and_the_flag_wins(tmp_path):
    project = tmp_path / "project"
    project.mkdir()
    (project / ".git").mkdir()
    (project / ".qa-lint.yaml").write_text("ui_lang: id\n", encoding="utf-8")
    done = run_cli("rules", "explain", "no.such-rule", home=tmp_path, cwd=project)
    assert done.returncode == 2 and done.stderr == "qa-lint: tidak ada aturan 'no.such-rule' (lihat: qa-lint rules list)\n"
    done = run_cli("rules", "explain", "no.such-rule", "--ui-lang", "en", home=tmp_path, cwd=project)
    assert done.stderr == "qa-lint: no rule 'no.such-rule' (see: qa-lint rules list)\n"


def test_the_language_servers_usage_error_in_indonesian(tmp_path):
    done = run_cli("lsp", "--ui-lang", "id", "--tcp", "nowhere", home=tmp_path)
    assert done.returncode == 2
    assert done.stderr == "qa-lint: --tcp mengharapkan HOST:PORT, bukan 'nowhere'\n"


SERVER_ID = ClientServerConfig(
    server_command=[sys.executable, "-m", "qa_lint", "lsp", "--ui-lang", "id"],
    server_env={**os.environ, "PYTHONPATH": str(ROOT)},
)


@pytest_lsp.fixture(config=SERVER_ID)
async def indonesian_client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(
        types.InitializeParams(capabilities=pytest_lsp.client_capabilities("visual-studio-code"), root_uri=ROOT.as_uri())
    )
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio
async def test_the_language_servers_own_text_in_indonesian(indonesian_client: LanguageClient, tmp_path):
    (tmp_path / ".qa-lint.yaml").write_text("language: id\n", encoding="utf-8")
    path = tmp_path / "a.txt"
    indonesian_client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=path.as_uri(), language_id="plaintext", version=1, text=WEST_BENGAL + "\n")))
    while True:
        params = await asyncio.wait_for(indonesian_client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), TIMEOUT)
        if params.uri == path.as_uri():
            break
    (diagnostic,) = params.diagnostics
    assert diagnostic.message.endswith(' (saran: "Barat")') and "(suggestion:" not in diagnostic.message
    (action,) = await indonesian_client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=path.as_uri()), range=diagnostic.range,
        context=types.CodeActionContext(diagnostics=[diagnostic])))
    assert action.title == 'Ganti "Benggala Barat" dengan "Barat" (id.mt.west-bengal)'


class RecordingServer:
    """Just enough of a pygls server for Session.refresh: one open document; what is sent is kept."""

    def __init__(self):
        self.shown: list[str] = []
        document = SimpleNamespace(source=WEST_BENGAL, version=1, language_id="plaintext")
        self.workspace = SimpleNamespace(get_text_document=lambda uri: document, position_encoding="utf-16")

    def window_log_message(self, params):
        pass

    def window_show_message(self, params):
        self.shown.append(params.message)

    def text_document_publish_diagnostics(self, params):
        pass


class BrokenWorkers:
    async def run(self, cancel, job, *args):
        raise RuntimeError("boom")


@pytest.mark.parametrize(("language", "expected"), [
    ("id", "qa-lint: galat internal saat memeriksa file:///a.txt: RuntimeError('boom')"),
    (None, "qa-lint: internal error while checking file:///a.txt: RuntimeError('boom')"),
])
def test_the_language_servers_show_message_follows_the_notice_language(language, expected):
    server = RecordingServer()
    i18n.set_notice_language(language)
    try:
        asyncio.run(Session(server, BrokenWorkers()).refresh("file:///a.txt", 0, threading.Event()))
    finally:
        i18n.set_notice_language(None)
    assert server.shown == [expected]


def test_the_http_services_notice_in_indonesian(tmp_path):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        done = run_cli("serve", "--ui-lang", "id", "--port", str(port), home=tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith(f"qa-lint: tidak dapat menerima sambungan di 127.0.0.1:{port}: "), done.stderr
