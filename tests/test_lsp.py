"""The language server, driven by a real LSP client (pytest-lsp) over stdio."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from qa_lint.lsp import Positions

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "tribunnews-putin-korut.txt"
SERVER = ClientServerConfig(
    server_command=[sys.executable, "-m", "qa_lint", "lsp"],
    server_env={**os.environ, "PYTHONPATH": str(ROOT)},
)
# A sentence that fires id.mt.west-bengal (see rules/id/mt-renderings/diplomacy-government.yaml).
WEST_BENGAL = "Putin juga mengangkat isu bahwa Benggala Barat menembakkan senjata ke sasaran di tanah Rusia."
TIMEOUT = 20

async def _start(client: LanguageClient, spec: str) -> types.InitializeResult:
    return await client.initialize_session(
        types.InitializeParams(capabilities=pytest_lsp.client_capabilities(spec), root_uri=ROOT.as_uri())
    )


# One server for the tests that speak as VS Code (each opens its own documents): starting
# a server costs about a second.
@pytest_lsp.fixture(config=SERVER, scope="module")
async def client(lsp_client: LanguageClient):
    await _start(lsp_client, "visual-studio-code")
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=SERVER, params=["visual-studio-code", "emacs", "neovim@v0.11.0"])
async def any_client(lsp_client: LanguageClient, request):
    result = await _start(lsp_client, request.param)
    lsp_client.encoding = result.capabilities.position_encoding
    yield
    await lsp_client.shutdown_session()


@pytest.fixture
def article_dir(tmp_path):
    """A folder whose .qa-lint.yaml says the articles are Indonesian (found via the document's path)."""
    (tmp_path / ".qa-lint.yaml").write_text("language: id\n", encoding="utf-8")
    return tmp_path


async def _open(client: LanguageClient, path: Path, text: str, language_id: str = "plaintext") -> list[types.Diagnostic]:
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id=language_id, version=1, text=text)
        )
    )
    return await _diagnostics(client, uri)


async def _diagnostics(client: LanguageClient, uri: str) -> list[types.Diagnostic]:
    while True:
        params = await asyncio.wait_for(client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), TIMEOUT)
        if params.uri == uri:
            return list(params.diagnostics)


def _change(client: LanguageClient, path: Path, text: str, version: int) -> None:
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=path.as_uri(), version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )


def _utf16_slice(line: str, start: int, end: int) -> str:
    """What an LSP (UTF-16) range covers on a line, computed independently of the server."""
    return line.encode("utf-16-le")[start * 2 : end * 2].decode("utf-16-le")


@pytest.mark.asyncio(loop_scope="module")
async def test_seed_diagnostics_at_the_annotated_positions(client: LanguageClient):
    text = SEED.read_text(encoding="utf-8")
    diagnostics = await _open(client, SEED, text)
    by_rule = {d.code: d for d in diagnostics}
    # Other rules may also fire on the seed; these two are the annotated mistranslations.
    assert {"id.mt.west-bengal", "id.mt.doctrine-education"} <= set(by_rule)
    lines = text.split("\n")

    bengal = by_rule["id.mt.west-bengal"]
    assert bengal.range.start.line == bengal.range.end.line == 23  # line 24 in the editor
    assert bengal.range.start.character == lines[23].index("Benggala Barat") == 32
    assert _utf16_slice(lines[23], bengal.range.start.character, bengal.range.end.character) == "Benggala Barat"
    assert bengal.severity == types.DiagnosticSeverity.Error
    assert bengal.source == "qa-lint"
    assert "West Bengal" in bengal.message and '"Barat"' in bengal.message

    doctrine = by_rule["id.mt.doctrine-education"]
    assert doctrine.range.start.line == 12
    assert _utf16_slice(lines[12], doctrine.range.start.character, doctrine.range.end.character) == "pendidikannya"
    assert '"doktrinnya"' in doctrine.message

    # Related locations travel as relatedInformation: the weekday on line 5 points at its date.
    (weekday,) = [d for d in diagnostics if d.code == "id.date.weekday-mismatch" and d.range.start.line == 4]
    (date,) = weekday.related_information
    assert date.location.uri == SEED.as_uri() and date.location.range.start.line == 4
    assert _utf16_slice(lines[4], date.location.range.start.character, date.location.range.end.character) == "20/6/2024"


@pytest.mark.asyncio
async def test_characters_outside_the_bmp_are_counted_in_negotiated_units(any_client: LanguageClient, article_dir):
    # The emoji is one code point, two UTF-16 units, four UTF-8 bytes; "é" is one, one, two.
    prefix = "😀 Café: "
    diagnostics = await _open(any_client, article_dir / "emoji.txt", prefix + WEST_BENGAL + "\n")
    (bengal,) = [d for d in diagnostics if d.code == "id.mt.west-bengal"]
    code_points = len(prefix) + WEST_BENGAL.index("Benggala Barat")
    extra = {"utf-16": 1, "utf-32": 0, "utf-8": 3 + 1}[any_client.encoding]
    assert bengal.range.start == types.Position(line=0, character=code_points + extra)
    assert bengal.range.end == types.Position(line=0, character=code_points + extra + len("Benggala Barat"))


@pytest.mark.asyncio(loop_scope="module")
async def test_a_byte_order_mark_counts_as_the_editor_counts_it(client: LanguageClient, article_dir):
    # The reader drops the BOM; the editor's text still has it (one UTF-16 unit on line 0).
    diagnostics = await _open(client, article_dir / "bom.txt", "\ufeff" + WEST_BENGAL + "\n")
    (bengal,) = [d for d in diagnostics if d.code == "id.mt.west-bengal"]
    start = 1 + WEST_BENGAL.index("Benggala Barat")
    assert bengal.range.start == types.Position(line=0, character=start)
    assert bengal.range.end == types.Position(line=0, character=start + len("Benggala Barat"))


@pytest.mark.asyncio(loop_scope="module")
async def test_editing_the_text_clears_the_diagnostic(client: LanguageClient, article_dir):
    path = article_dir / "edit.txt"
    assert [d.code for d in await _open(client, path, WEST_BENGAL)] == ["id.mt.west-bengal"]
    _change(client, path, WEST_BENGAL.replace("Benggala Barat", "Barat"), version=2)
    assert await _diagnostics(client, path.as_uri()) == []
    # And back: the server lints each new version, not a cached answer.
    _change(client, path, WEST_BENGAL, version=3)
    assert [d.code for d in await _diagnostics(client, path.as_uri())] == ["id.mt.west-bengal"]


@pytest.mark.asyncio(loop_scope="module")
async def test_save_relints_and_close_clears(client: LanguageClient, article_dir):
    path = article_dir / "save.txt"
    await _open(client, path, WEST_BENGAL)
    client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=path.as_uri())))
    assert [d.code for d in await _diagnostics(client, path.as_uri())] == ["id.mt.west-bengal"]
    client.text_document_did_close(types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=path.as_uri())))
    assert await _diagnostics(client, path.as_uri()) == []


@pytest.mark.asyncio(loop_scope="module")
async def test_code_action_replaces_the_finding_with_its_suggestion(client: LanguageClient, article_dir):
    path = article_dir / "fix.txt"
    text = "Laporan 🇷🇺 hari ini.\n" + "🙂 " + WEST_BENGAL + "\n"
    (diagnostic,) = await _open(client, path, text)
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=path.as_uri()),
            range=types.Range(start=diagnostic.range.start, end=diagnostic.range.start),  # a cursor at the word
            context=types.CodeActionContext(diagnostics=[diagnostic]),
        )
    )
    assert len(actions) == 1
    action = actions[0]
    assert action.kind == types.CodeActionKind.QuickFix
    assert action.is_preferred is True
    (edit,) = action.edit.changes[path.as_uri()]
    assert edit.new_text == "Barat"
    assert edit.range == diagnostic.range

    # Apply the edit as an editor would (UTF-16 units) and send it back: the finding is gone.
    lines = text.split("\n")
    units = lines[1].encode("utf-16-le")
    fixed_line = (units[: edit.range.start.character * 2] + edit.new_text.encode("utf-16-le") + units[edit.range.end.character * 2 :]).decode("utf-16-le")
    assert fixed_line == "🙂 " + WEST_BENGAL.replace("Benggala Barat", "Barat")
    _change(client, path, "\n".join([lines[0], fixed_line, *lines[2:]]), version=2)
    assert await _diagnostics(client, path.as_uri()) == []


@pytest.mark.asyncio(loop_scope="module")
async def test_code_action_outside_any_finding_offers_nothing(client: LanguageClient, article_dir):
    path = article_dir / "elsewhere.txt"
    await _open(client, path, "Judul berita.\n" + WEST_BENGAL + "\n")

    async def actions_for(line: int, start: int, end: int):
        return list(
            await client.text_document_code_action_async(
                types.CodeActionParams(
                    text_document=types.TextDocumentIdentifier(uri=path.as_uri()),
                    range=types.Range(start=types.Position(line=line, character=start), end=types.Position(line=line, character=end)),
                    context=types.CodeActionContext(diagnostics=[]),
                )
            )
        )

    assert await actions_for(0, 0, 5) == []
    assert await actions_for(1, 0, 5) == []  # same line, before the match
    assert [a.edit.changes[path.as_uri()][0].new_text for a in await actions_for(1, 0, 40)] == ["Barat"]


@pytest.mark.asyncio(loop_scope="module")
async def test_markdown_and_html_documents_map_back_to_the_source(client: LanguageClient, article_dir):
    markdown = "# Berita\n\n**Putin** juga mengangkat isu bahwa [Benggala Barat](https://example.com) menembakkan senjata ke sasaran di tanah Rusia.\n"
    html = "<p><b>Putin</b> juga mengangkat isu bahwa <i>Benggala Barat</i> menembakkan senjata ke sasaran di tanah Rusia.</p>\n"
    # Language ids decide the reader even when the file name says nothing.
    cases = (("a.article", markdown, "markdown"), ("b.article", html, "html"), ("c.article", WEST_BENGAL, "text"))
    for name, text, language_id in cases:
        (diagnostic,) = await _open(client, article_dir / name, text, language_id)
        line = text.split("\n")[diagnostic.range.start.line]
        assert _utf16_slice(line, diagnostic.range.start.character, diagnostic.range.end.character) == "Benggala Barat"


@pytest.mark.asyncio(loop_scope="module")
async def test_other_languages_and_excluded_files_are_left_alone(client: LanguageClient, article_dir):
    assert await _open(client, article_dir / "script.py", f"# {WEST_BENGAL}\n", "python") == []
    (article_dir / ".qa-lint.yaml").write_text("language: id\nexclude: ['drafts/*']\n", encoding="utf-8")
    assert await _open(client, article_dir / "drafts" / "a.txt", WEST_BENGAL) == []
    assert len(await _open(client, article_dir / "final.txt", WEST_BENGAL)) == 1


@pytest.mark.asyncio(loop_scope="module")
async def test_an_article_no_pack_can_read_gets_a_diagnostic_saying_so(client: LanguageClient, tmp_path):
    """No silent pass in the editor either: the language notice is a warning on line 1."""
    (tmp_path / ".git").mkdir()  # a repository of its own: no configuration above it
    (diagnostic,) = await _open(client, tmp_path / "short.txt", "Putin tiba.\n")
    assert diagnostic.code == "qa-lint.language" and diagnostic.severity == types.DiagnosticSeverity.Warning
    assert diagnostic.range.start.line == 0 and "could not be told" in diagnostic.message and "--lang" in diagnostic.message
    (tmp_path / ".qa-lint.yaml").write_text("language: id\n", encoding="utf-8")
    assert await _open(client, tmp_path / "short2.txt", "Putin tiba.\n") == []


@pytest.mark.asyncio(loop_scope="module")
async def test_a_broken_config_is_reported_not_crashed_on(client: LanguageClient, tmp_path):
    (tmp_path / ".qa-lint.yaml").write_text("fail_on: sometimes\n", encoding="utf-8")
    assert await _open(client, tmp_path / "bad.txt", WEST_BENGAL) == []
    assert any(".qa-lint.yaml" in m.message and m.type == types.MessageType.Error for m in client.messages)
    # The server is still alive and answering.
    assert [d.code for d in await _open(client, SEED, SEED.read_text(encoding="utf-8"))]


def test_positions_follow_lsp_line_breaks_and_units():
    text = "a\r\nb😀c\rd\u2028e\n"
    utf16 = Positions(text, "utf-16")
    # \r\n and \r end lines; U+2028 does not (LSP counts only \n, \r\n, \r).
    assert utf16.position(text.index("c")) == types.Position(line=1, character=3)
    assert utf16.position(text.index("e")) == types.Position(line=2, character=2)
    assert Positions(text, "utf-8").position(text.index("c")) == types.Position(line=1, character=5)
    assert Positions(text, "utf-32").position(text.index("c")) == types.Position(line=1, character=2)
    for offset in range(len(text) + 1):
        if text[offset - 1 : offset + 1] != "\r\n":  # the middle of a line break is not a position
            assert utf16.offset(utf16.position(offset)) == offset
    # A character past the end of a line clamps to the line's end, not into the next line.
    assert utf16.offset(types.Position(line=0, character=99)) == 1


def test_cli_runs_without_importing_pygls():
    code = "import sys, qa_lint.cli as c; c.build_parser(); print('pygls' in sys.modules, 'lsprotocol' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _frame(message: dict) -> bytes:
    body = json.dumps(message).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def _read_frame(stream) -> dict:
    length = None
    while (header := stream.readline().strip()) != b"":
        name, _, value = header.partition(b":")
        if name.lower() == b"content-length":
            length = int(value)
    return json.loads(stream.read(length))


def test_tcp_transport_answers_initialize():
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "qa_lint", "lsp", "--tcp", f"127.0.0.1:{port}"],
        env=SERVER.server_env, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + TIMEOUT
        while True:
            try:
                connection = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
                break
            except ConnectionRefusedError:
                assert time.monotonic() < deadline, "the server never listened"
                time.sleep(0.1)
        with connection, connection.makefile("rb") as stream:
            connection.sendall(_frame({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": None, "rootUri": None, "capabilities": {}}}))
            reply = _read_frame(stream)
        assert reply["id"] == 1
        assert reply["result"]["serverInfo"]["name"] == "qa-lint"
        assert reply["result"]["capabilities"]["positionEncoding"] == "utf-16"
        assert reply["result"]["capabilities"]["codeActionProvider"]["codeActionKinds"] == ["quickfix"]
    finally:
        server.kill()
        server.wait()


def test_bad_tcp_address_is_a_usage_error():
    done = subprocess.run([sys.executable, "-m", "qa_lint", "lsp", "--tcp", "nowhere"], env=SERVER.server_env, capture_output=True, text=True, timeout=TIMEOUT)
    assert done.returncode == 2
    assert "HOST:PORT" in done.stderr and "Traceback" not in done.stderr


def test_port_out_of_range_is_a_usage_error():
    done = subprocess.run([sys.executable, "-m", "qa_lint", "lsp", "--tcp", "127.0.0.1:99999"], env=SERVER.server_env,
                          capture_output=True, text=True, timeout=TIMEOUT)
    assert done.returncode == 2
    assert "HOST:PORT" in done.stderr and "Traceback" not in done.stderr


LT_OFFLINE = ClientServerConfig(
    # LanguageTool required, at an address where nothing listens: the LSP must pass the
    # backend options through to its one LanguageTool source and report the failure.
    server_command=[sys.executable, "-m", "qa_lint", "lsp", "--languagetool", "on", "--languagetool-url", f"http://127.0.0.1:{_free_port()}"],
    server_env=SERVER.server_env,
)


@pytest_lsp.fixture(config=LT_OFFLINE)
async def lt_offline_client(lsp_client: LanguageClient):
    await _start(lsp_client, "visual-studio-code")
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio
async def test_languagetool_options_reach_the_server(lt_offline_client: LanguageClient, tmp_path):
    (tmp_path / ".qa-lint.yaml").write_text("language: en\n", encoding="utf-8")
    assert await _open(lt_offline_client, tmp_path / "en.txt", "This are a test.\n") == []
    (shown,) = [m for m in lt_offline_client.messages if "LanguageTool" in m.message]
    assert shown.type == types.MessageType.Error and "internal error" not in shown.message, shown.message


@pytest.mark.asyncio(loop_scope="module")
async def test_a_translation_is_checked_against_its_source_beside_it(client: LanguageClient, article_dir):
    """story.en.txt beside story.id.txt (the content-repository convention): diagnostics
    compare the buffer with the source, and related information points into the source file."""
    source = article_dir / "story.en.txt"
    source.write_text("Earlier this month, Putin warned that Russia could arm the West's enemies.\n", encoding="utf-8")
    target = article_dir / "story.id.txt"
    text = "Awal bulan ini, Putin mengancam bahwa Rusia akan mempersenjatai musuh-musuh Barat.\n"
    diagnostics = await _open(client, target, text)
    hedge = next(d for d in diagnostics if d.code == "en-id.modality.hedge-dropped")
    assert hedge.range.start == types.Position(line=0, character=text.index("akan"))
    related = hedge.related_information[0]
    assert related.location.uri == source.as_uri()
    assert related.location.range.start == types.Position(line=0, character=0)
