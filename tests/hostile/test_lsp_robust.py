"""The language server survives what clients send: broken frames, bad JSON, wrong
params get answers (never silence or a desynchronised stream), `exit` ends the
process, and one huge document does not hold up the others."""

import json
import os
import select
import subprocess
import sys
import time

import pytest

from hostile_util import BAD_ID, ROOT

TIMEOUT = 60


class RawClient:
    """A language client that speaks the base protocol by hand, so it can also speak it badly."""

    def __init__(self, *args):
        env = {**os.environ, "QA_LINT_LANGUAGETOOL": "off"}
        self.proc = subprocess.Popen([sys.executable, "-m", "qa_lint", "lsp", *args], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
        self.buffer = b""

    def send(self, message: dict) -> None:
        self.raw(self.frame(message))

    @staticmethod
    def frame(message: dict) -> bytes:
        body = json.dumps(message).encode()
        return b"Content-Length: %d\r\n\r\n" % len(body) + body

    def raw(self, data: bytes) -> None:
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def receive(self, predicate, timeout=TIMEOUT):
        """Messages until one satisfies ``predicate``; returns (it, all seen)."""
        seen = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            message = self._next(deadline)
            if message is None:
                break
            seen.append(message)
            if predicate(message):
                return message, seen
        raise AssertionError(f"no such message; got {[m.get('method', m.get('id')) for m in seen]}")

    def _next(self, deadline):
        while True:
            head, sep, rest = self.buffer.partition(b"\r\n\r\n")
            if sep:
                length = int(next(l for l in head.split(b"\r\n") if l.lower().startswith(b"content-length")).split(b":")[1])
                if len(rest) >= length:
                    self.buffer = rest[length:]
                    return json.loads(rest[:length])
            ready, _, _ = select.select([self.proc.stdout], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                return None
            chunk = os.read(self.proc.stdout.fileno(), 1 << 16)
            if not chunk:
                return None
            self.buffer += chunk

    def initialize(self):
        self.send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": None, "rootUri": None, "capabilities": {}}})
        self.receive(lambda m: m.get("id") == 1)
        self.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})

    def open(self, path, text, version=1):
        self.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": path.as_uri(), "languageId": "plaintext", "version": version, "text": text}}})

    def close(self):
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()


@pytest.fixture()
def client():
    c = RawClient()
    c.initialize()
    yield c
    c.close()


def test_invalid_params_get_an_error_answer(client):
    client.send({"jsonrpc": "2.0", "id": 7, "method": "textDocument/codeAction", "params": {"bogus": 1}})
    answer, _ = client.receive(lambda m: m.get("id") == 7)
    assert answer["error"]["code"] == -32602


def test_a_body_that_is_not_json_gets_a_parse_error(client):
    client.raw(b"Content-Length: 9\r\n\r\n{not json")
    answer, _ = client.receive(lambda m: "error" in m)
    assert answer["error"]["code"] == -32700 and answer["id"] is None


def test_a_header_without_content_length_does_not_desynchronise_the_stream(client):
    client.raw(b'Content-Type: application/vscode-jsonrpc\r\n\r\n{"jsonrpc":"2.0","id":8,"method":"shutdown"}')
    client.send({"jsonrpc": "2.0", "id": 9, "method": "shutdown"})
    answer, seen = client.receive(lambda m: m.get("id") == 9)
    assert answer["result"] is None and not any(m.get("id") == 8 for m in seen)


def test_shutdown_then_exit_ends_the_process_with_0(client):
    client.send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
    client.receive(lambda m: m.get("id") == 2)
    client.send({"jsonrpc": "2.0", "method": "exit"})
    assert client.proc.wait(timeout=TIMEOUT) == 0


def test_exit_without_shutdown_is_1_and_so_is_a_closed_stream():
    first = RawClient()
    first.initialize()
    first.send({"jsonrpc": "2.0", "method": "exit"})
    assert first.proc.wait(timeout=TIMEOUT) == 1
    second = RawClient()
    second.initialize()
    second.proc.stdin.close()
    assert second.proc.wait(timeout=TIMEOUT) == 1


def test_a_huge_document_does_not_hold_up_a_small_one(client, tmp_path):
    big = tmp_path / "big.txt"
    small = tmp_path / "small.txt"
    paragraph = " ".join([BAD_ID] * 60_000)  # one 5.6 MB paragraph
    client.open(big, paragraph)
    time.sleep(0.5)  # the big one is being checked
    client.open(small, BAD_ID + "\n")
    published, seen = client.receive(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                                      and m["params"]["uri"] == small.as_uri(), timeout=120)
    assert published["params"]["diagnostics"]
    big_first = [m for m in seen if m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == big.as_uri()]
    assert not big_first, "the small document waited for the huge one"
