"""Language server: `qa-lint lsp` puts findings into any LSP editor.

Diagnostics on open, change (debounced) and save; quick fixes for suggestions;
the nearest .qa-lint.yaml of each document's path. One api.Linter lives as long
as the server, so rule packs (and a LanguageTool source) load once.

pygls is imported inside functions: the CLI works without it installed.
"""

from __future__ import annotations

import bisect
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import regex

from . import __version__, budget
from .findings import Finding, shift_offsets
from .i18n import notice as _
from .readers import EXTENSIONS
from .units import code_units

if TYPE_CHECKING:
    # Imported where used (with concurrent.futures): `qa-lint check` builds this command's parser, never runs it.
    import asyncio

# Editor language ids we lint, and the reader each one needs.
LANGUAGE_FORMATS = {"markdown": "md", "html": "html", "plaintext": "txt", "text": "txt"}
# Wait this long after a keystroke before linting, so typing is not linted per character.
DEBOUNCE_SECONDS = 0.2
DOCUMENT_SECONDS = 10.0
# LSP knows three line endings; Unicode's other line separators are ordinary characters to it.
LSP_NEWLINE = regex.compile(r"\r\n|\r|\n")


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("lsp", help="run the language server (stdio by default)")
    parser.add_argument("--tcp", metavar="HOST:PORT", help="listen on a TCP socket instead of stdio")
    parser.add_argument("--jobs", type=int, default=min(4, max(2, os.cpu_count() or 2)), metavar="N",
                        help="documents checked at the same time (default: 2 to 4, by cores)")
    parser.set_defaults(handler=run)
    from .cli import add_lint_options

    # Diagnostics are wanted while typing: a document's rules get less time than a batch run's.
    add_lint_options(parser, backends=True, timeout=DOCUMENT_SECONDS)


def run(args) -> int:
    try:
        import pygls  # noqa: F401
    except ImportError:
        print("qa-lint: " + _("the language server needs pygls: {command}").format(command="pip install 'qa-lint[lsp]'"), file=sys.stderr)
        return 2
    from . import lsp_stream
    from .api import Linter
    from .cli import make_options, make_sources

    tcp: tuple[str, int] | None = None  # (host, port)
    if args.tcp:
        host, port_text = args.tcp.rpartition(":")[::2]
        if not host or not port_text.isdigit() or int(port_text) > 65535:
            print("qa-lint: " + _("--tcp expects HOST:PORT, got {value}").format(value=repr(args.tcp)), file=sys.stderr)
            return 2
        tcp = (host, int(port_text))
    options, sources = make_options(args), make_sources(args)
    workers = LintWorkers(lambda: Linter(options, sources), args.jobs)
    server = build_server(workers)
    try:
        if tcp is not None:
            return lsp_stream.serve_tcp(server, *tcp)
        return lsp_stream.serve_stdio(server)
    except OSError as exc:
        print("qa-lint: " + _("the language server stopped: {reason}").format(reason=exc.strerror or exc), file=sys.stderr)
        return 2
    finally:
        workers.close()
        for source in sources:
            close = getattr(source, "close", None)
            if close:
                close()


class LintWorkers:
    """Threads that lint open documents, each with its own api.Linter (a Linter's caches
    are not shared across threads); all share the finding sources (one LanguageTool
    server). A slow document (a 5 MB paragraph) holds one worker, not the editor's every
    other file; a lint that a newer edit supersedes is cancelled through the time budget."""

    def __init__(self, make_linter, workers: int = 2):
        from concurrent.futures import ThreadPoolExecutor

        self.make_linter = make_linter
        self.pool = ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="qa-lint-lint")
        self.local = threading.local()
        self.running: set[threading.Event] = set()

    def linter(self):
        """This worker thread's Linter, made on first use."""
        linter = getattr(self.local, "linter", None)
        if linter is None:
            linter = self.local.linter = self.make_linter()
        return linter

    async def run(self, cancel: threading.Event, job, *args):
        def work():
            with budget.cancellable(cancel):
                return job(self.linter(), *args)

        import asyncio

        self.running.add(cancel)
        try:
            return await asyncio.get_running_loop().run_in_executor(self.pool, work)
        finally:
            self.running.discard(cancel)

    def close(self) -> None:
        for cancel in list(self.running):
            cancel.set()
        self.pool.shutdown(wait=False, cancel_futures=True)


# -- positions ------------------------------------------------------------


class Positions:
    """Character offsets <-> LSP positions (line, column in the negotiated code units)."""

    def __init__(self, text: str, encoding: str = "utf-16"):
        self.text = text
        self.encoding = encoding
        self.starts = [0] + [m.end() for m in LSP_NEWLINE.finditer(text)]
        # Findings count lines by "\n" only (Document.position); related locations come that way.
        self.nl_starts = [0] + [m.end() for m in regex.finditer(r"\n", text)]

    def position(self, offset: int):
        from lsprotocol import types

        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        return types.Position(line=line, character=code_units(self.text[self.starts[line] : offset], self.encoding))

    def range(self, offset: int, length: int):
        from lsprotocol import types

        return types.Range(start=self.position(offset), end=self.position(offset + length))

    def offset(self, position) -> int:
        """The character offset of an LSP position (clamped to its line, as the spec asks)."""
        if position.line >= len(self.starts):
            return len(self.text)
        start = self.starts[position.line]
        end = self.starts[position.line + 1] if position.line + 1 < len(self.starts) else len(self.text)
        line = LSP_NEWLINE.sub("", self.text[start:end])
        units = 0
        for index, char in enumerate(line):
            if units >= position.character:
                return start + index
            units += code_units(char, self.encoding)
        return start + len(line)

    def offset_of_line_column(self, line: int, column: int) -> int:
        """1-based line and code-point column as findings count them -> character offset."""
        line = max(1, min(line, len(self.nl_starts)))
        return min(self.nl_starts[line - 1] + max(column, 1) - 1, len(self.text))


# -- findings -> LSP ------------------------------------------------------


def document_format(language_id: str | None, path: str | None) -> str | None:
    """The reader for an open document, or None when it is not something we lint."""
    if language_id in LANGUAGE_FORMATS:
        return LANGUAGE_FORMATS[language_id]
    if path:
        return EXTENSIONS.get(Path(path).suffix.lower())
    return None


def describe(finding: Finding) -> str:
    if not finding.suggestions:
        return finding.message
    shown = (" " + _("or") + " ").join(f'"{s}"' for s in finding.suggestions[:3])
    return _("{message} (suggestion: {shown})").format(message=finding.message, shown=shown)


def to_diagnostic(finding: Finding, positions: Positions, uri: str, other: dict | None = None):
    """``other``: path -> (uri, Positions) of files that related locations point into (a source)."""
    from lsprotocol import types

    severity = {
        "error": types.DiagnosticSeverity.Error,
        "warning": types.DiagnosticSeverity.Warning,
        "info": types.DiagnosticSeverity.Information,
    }[finding.severity]
    related = []
    for rel in finding.related:
        if rel.path and rel.path != finding.path and other and rel.path in other:
            # A span of the source this document translates (bilingual mode).
            other_uri, other_positions = other[rel.path]
            related.append(types.DiagnosticRelatedInformation(
                location=types.Location(uri=other_uri, range=other_positions.range(rel.offset or 0, rel.length or 0)), message=rel.message))
            continue
        if rel.offset is not None:
            start, length = rel.offset, rel.length or 0
        else:
            start = positions.offset_of_line_column(rel.line, rel.column)
            end = positions.offset_of_line_column(rel.end_line or rel.line, rel.end_column or rel.column)
            length = max(0, end - start)
        related.append(
            types.DiagnosticRelatedInformation(
                location=types.Location(uri=uri, range=positions.range(start, length)), message=rel.message
            )
        )
    return types.Diagnostic(
        range=positions.range(finding.offset, finding.length),
        severity=severity,
        code=finding.rule,
        source="qa-lint",
        message=describe(finding),
        related_information=related or None,
        data={"category": finding.category, "suggestions": finding.suggestions},
    )


@dataclass
class Linted:
    """The last lint of a document: what code actions answer from."""

    version: int | None
    text: str
    positions: Positions
    findings: list[Finding]
    other: dict | None = None  # path -> (uri, Positions) of the source, in bilingual mode
    error: str | None = None  # what could not be checked (e.g. LanguageTool required but unreachable)


def build_server(workers: "LintWorkers"):
    """A pygls server whose documents are checked by ``workers``."""
    from lsprotocol import types
    from pygls.lsp.server import LanguageServer

    # Full sync: an article is small, and the whole text avoids any disagreement about line breaks.
    server = LanguageServer("qa-lint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full)
    session = Session(server, workers)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    async def did_open(ls, params: types.DidOpenTextDocumentParams):
        session.schedule(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    async def did_change(ls, params: types.DidChangeTextDocumentParams):
        session.schedule(params.text_document.uri, DEBOUNCE_SECONDS)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    async def did_save(ls, params: types.DidSaveTextDocumentParams):
        session.schedule(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    async def did_close(ls, params: types.DidCloseTextDocumentParams):
        session.close(params.text_document.uri)

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    async def code_action(ls, params: types.CodeActionParams):
        if not asks_for_quick_fixes(params.context.only):
            return []
        return await session.quick_fixes(params.text_document.uri, params.range)

    return server


class Session:
    """What the server knows between requests: the last lint of each open document, the lints
    waiting or running, and the errors already shown."""

    def __init__(self, server, workers: "LintWorkers"):
        self.server = server
        self.workers = workers
        self.linted: dict[str, Linted] = {}
        self.pending: dict[str, tuple[asyncio.Task, threading.Event]] = {}
        self.reported: set[str] = set()

    def encoding(self) -> str:
        # Negotiated by pygls from the client's general.positionEncodings; UTF-16 is the LSP default.
        kind = self.server.workspace.position_encoding or "utf-16"
        return getattr(kind, "value", kind)

    def lint(self, linter, uri: str, text: str, language_id: str | None, version: int | None) -> Linted | None:
        """In a worker thread, with that worker's Linter."""
        return lint_document(linter, uri, text, language_id, version, self.encoding())

    def show_error(self, message: str) -> None:
        from lsprotocol import types

        # Tell the user once per distinct problem (a broken config would otherwise pop up per keystroke).
        self.server.window_log_message(types.LogMessageParams(type=types.MessageType.Error, message=message))
        if message not in self.reported:
            self.reported.add(message)
            self.server.window_show_message(types.ShowMessageParams(type=types.MessageType.Error, message=message))

    async def refresh(self, uri: str, delay: float, cancel: threading.Event) -> None:
        import asyncio

        from lsprotocol import types

        from .config import ConfigError
        from .engine import CheckFailed
        from .packs import PackError
        from .readers import ReadError

        if delay:
            await asyncio.sleep(delay)
        document = self.server.workspace.get_text_document(uri)
        text, version = document.source, document.version
        try:
            state = await self.workers.run(cancel, self.lint, uri, text, document.language_id, version)
            if cancel.is_set():
                return  # superseded by a newer edit: its own lint publishes
        except (ReadError, ConfigError, PackError, CheckFailed) as exc:
            self.show_error(f"qa-lint: {exc}")
            state = None
        except Exception as exc:  # a bug in a check must not take the editor's server down
            self.show_error("qa-lint: " + _("internal error while checking {uri}: {error}").format(uri=uri, error=repr(exc)))
            state = None
        if state is not None and state.error:
            self.show_error(f"qa-lint: {state.error}")  # the findings that could be made are still shown
        if state is None:
            self.linted.pop(uri, None)
        else:
            self.linted[uri] = state
        self.server.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics_of(state, uri), version=version)
        )

    def cancel_pending(self, uri: str) -> None:
        if uri in self.pending:
            task, cancel = self.pending.pop(uri)
            cancel.set()  # a lint already running in a worker stops at its next budget check
            task.cancel()

    def schedule(self, uri: str, delay: float = 0.0) -> None:
        # A newer edit supersedes a lint still waiting or running: its result would be stale.
        import asyncio

        self.cancel_pending(uri)
        cancel = threading.Event()
        task = asyncio.get_running_loop().create_task(self.refresh(uri, delay, cancel))
        self.pending[uri] = (task, cancel)
        task.add_done_callback(lambda t: self.pending.pop(uri, None) if self.pending.get(uri, (None,))[0] is t else None)

    def close(self, uri: str) -> None:
        from lsprotocol import types

        self.cancel_pending(uri)
        self.linted.pop(uri, None)
        self.server.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    async def quick_fixes(self, uri: str, where) -> list:
        from .config import ConfigError
        from .engine import CheckFailed
        from .packs import PackError
        from .readers import ReadError

        document = self.server.workspace.get_text_document(uri)
        state = self.linted.get(uri)
        if state is None or state.text != document.source:
            # Asked before the debounced lint ran: lint now so the edit matches the text.
            try:
                state = await self.workers.run(
                    threading.Event(), self.lint, uri, document.source, document.language_id, document.version
                )
            except (ReadError, ConfigError, PackError, CheckFailed):
                return []
            if state is None:
                return []
        start = state.positions.offset(where.start)
        end = state.positions.offset(where.end)
        return quick_fixes(state, uri, start, end)

def lint_document(linter, uri: str, text: str, language_id: str | None, version: int | None, encoding: str) -> Linted | None:
    """One document's findings (None: not a format qa-lint reads), with its source beside it
    in bilingual mode; positions counted in the client's ``encoding``."""
    from pygls.uris import from_fs_path, to_fs_path

    from . import bilingual
    from .readers import decode

    path = to_fs_path(uri)
    fmt = document_format(language_id, path)
    if fmt is None:
        return None
    if path and linter.configs.for_file(path).excluded(path):
        return Linted(version, text, Positions(text, encoding), [])
    # The reader drops a byte-order mark; offsets then start one character later in the editor.
    bom = 1 if text.startswith("\ufeff") else 0
    source = bilingual.source_for(path, linter.configs.for_file(path)) if path else None
    if source is not None and path:  # a source is only looked for beside a file
        # The file's source beside it by the naming convention (story.en.md for story.id.md).
        source_text = decode(source.read_bytes(), str(source))
        result = bilingual.lint_texts(linter, text[bom:], source_text, path, fmt, config=linter.configs.for_file(path),
                                      source_path=str(source),
                                      source_language=bilingual.source_language_of(linter.configs.for_file(path)))
        other = {str(source): (from_fs_path(str(source)), Positions(source_text, encoding))}
        return Linted(version, text, Positions(text, encoding), shift_offsets(result.findings, bom), other, result.error)
    result = linter.lint_text(text[bom:], path=path or "<untitled>", fmt=fmt)
    return Linted(version, text, Positions(text, encoding), shift_offsets(result.findings, bom), error=result.error)


def quick_fixes(state: Linted, uri: str, start: int, end: int) -> list:
    """A code action per suggestion of each finding that touches [start, end]; the first preferred."""
    from lsprotocol import types

    actions = []
    for finding in state.findings:
        # Touching counts: a cursor right after the word still offers the fix.
        if not finding.suggestions or finding.offset > end or finding.offset + finding.length < start:
            continue
        diagnostic = to_diagnostic(finding, state.positions, uri, state.other)
        for index, suggestion in enumerate(finding.suggestions):
            edit = types.TextEdit(range=diagnostic.range, new_text=suggestion)
            actions.append(
                types.CodeAction(
                    title=_('Replace "{match}" with "{suggestion}" ({rule})').format(match=finding.match, suggestion=suggestion,
                                                                                      rule=finding.rule),
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[diagnostic],
                    edit=types.WorkspaceEdit(changes={uri: [edit]}),
                    is_preferred=index == 0,
                )
            )
    return actions


def diagnostics_of(state: Linted | None, uri: str) -> list:
    """The diagnostics to publish for a document's last lint (none when it could not be linted)."""
    return [] if state is None else [to_diagnostic(f, state.positions, uri, state.other) for f in state.findings]


def asks_for_quick_fixes(only) -> bool:
    """Whether a code action request's ``only`` kinds (None: any) include quick fixes."""
    from lsprotocol import types

    return not only or any(types.CodeActionKind.QuickFix.value.startswith(str(getattr(k, "value", k))) for k in only)
