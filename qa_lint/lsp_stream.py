"""The language server's transport: LSP base-protocol framing over stdio or one TCP
connection, robust to what a client (or a broken one) sends.

pygls parses and dispatches messages; this module only reads frames and says what was
wrong with the ones it cannot pass on:

- a header block without Content-Length is skipped, and the reader finds the next
  ``Content-Length:`` header even when the broken body ran into it (no desync);
- a body that is not JSON gets a JSON-RPC Parse error (-32700); a request whose params
  do not fit its method gets Invalid params (-32602) with the request's id, so the
  client is never left waiting for an answer;
- a frame larger than MAX_MESSAGE_BYTES is read past and refused;
- after the ``exit`` notification the server stops at once (0 after shutdown, else 1):
  frames are read on a daemon thread, so a blocked read never keeps the process alive.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import socket
import sys
import threading
from typing import BinaryIO

log = logging.getLogger(__name__)

MAX_MESSAGE_BYTES = 64 * 1024 * 1024  # a 10 MiB article as JSON, with room to spare
MAX_HEADER_LINE = 8192
# search, not match: a broken body without a newline runs into the next frame's header.
_CONTENT_LENGTH = re.compile(rb"Content-Length:[ \t]*(\d+)[ \t]*\r?\n$", re.IGNORECASE)

PARSE_ERROR, INVALID_REQUEST, INVALID_PARAMS = -32700, -32600, -32602


class TooLarge:
    """A frame that was read past instead of passed on."""

    def __init__(self, size: int):
        self.size = size


def read_frame(stream) -> bytes | TooLarge | None:
    """The next message body, a TooLarge marker, or None at the end of the stream."""
    length: int | None = None
    while True:
        line = stream.readline(MAX_HEADER_LINE)
        if not line:
            return None
        found = _CONTENT_LENGTH.search(line)
        if found:
            length = int(found.group(1))
            continue
        if line.strip():
            continue  # Content-Type, or the rest of a broken message: not a frame boundary
        if length is None:
            log.warning("a message without Content-Length was skipped")
            continue
        if length > MAX_MESSAGE_BYTES:
            _skip(stream, length)
            return TooLarge(length)
        body = _read_exactly(stream, length)
        return body if body is not None else None


def _read_exactly(stream: BinaryIO, length: int) -> bytes | None:
    chunks, left = [], length
    while left:
        chunk = stream.read(left)
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _skip(stream: BinaryIO, length: int) -> None:
    left = length
    while left:
        chunk = stream.read(min(left, 1 << 20))
        if not chunk:
            return
        left -= len(chunk)


class FdReader:
    """readline()/read() over a file descriptor with a buffer of its own. Python's buffered
    files hold a lock while a read blocks, and a daemon thread blocked in one at exit
    makes the interpreter abort; os.read holds nothing."""

    def __init__(self, fd: int):
        self.fd = fd
        self.buffer = bytearray()
        self.eof = False

    def _fill(self) -> bool:
        if self.eof:
            return False
        chunk = os.read(self.fd, 1 << 16)
        if not chunk:
            self.eof = True
            return False
        self.buffer += chunk
        return True

    def readline(self, limit: int = -1) -> bytes:
        while True:
            end = self.buffer.find(b"\n")
            if end >= 0 and (limit < 0 or end < limit):
                return self._take(end + 1)
            if 0 <= limit <= len(self.buffer) or not self._fill():
                return self._take(len(self.buffer) if limit < 0 else min(limit, len(self.buffer)))

    def read(self, n: int) -> bytes:
        while len(self.buffer) < n and self._fill():
            pass
        return self._take(min(n, len(self.buffer)))

    def _take(self, n: int) -> bytes:
        data = bytes(self.buffer[:n])
        del self.buffer[:n]
        return data


class SocketWriter:
    """pygls' writer interface over a connected socket."""

    def __init__(self, connection: socket.socket):
        self.connection = connection

    def write(self, data: bytes) -> None:
        self.connection.sendall(data)

    def close(self) -> None:
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.connection.close()


class StreamWriter:
    """pygls' writer interface over a binary stream (stdout)."""

    def __init__(self, stream: BinaryIO):
        self.stream = stream

    def write(self, data: bytes) -> None:
        self.stream.write(data)
        self.stream.flush()

    def close(self) -> None:
        try:
            self.stream.flush()
        except (OSError, ValueError):
            pass


def serve(server, reader, writer) -> int:
    """Run ``server`` (a pygls LanguageServer) on one connection until ``exit`` or the end
    of input; return the exit code the LSP specification asks for."""
    protocol = server.protocol
    protocol.set_writer(writer)
    return asyncio.run(_loop(server, protocol, reader))


async def _loop(server, protocol, reader) -> int:
    loop = asyncio.get_running_loop()
    frames: asyncio.Queue = asyncio.Queue()

    def read_all():
        try:
            while True:
                frame = read_frame(reader)
                loop.call_soon_threadsafe(frames.put_nowait, frame)
                if frame is None:
                    return
        except (OSError, ValueError):
            loop.call_soon_threadsafe(frames.put_nowait, None)

    threading.Thread(target=read_all, name="qa-lint-lsp-reader", daemon=True).start()
    server._stop_event = threading.Event()
    while True:
        frame = await frames.get()
        if frame is None:
            # The client went away without `exit`: the specification's exit code 1.
            return 1
        if isinstance(frame, TooLarge):
            _error(protocol, None, INVALID_REQUEST, f"message of {frame.size} bytes refused: the limit is {MAX_MESSAGE_BYTES}")
            continue
        try:
            _dispatch(protocol, frame)
        except SystemExit as stop:  # pygls' handler of the `exit` notification
            return stop.code if isinstance(stop.code, int) else 0
        except BrokenPipeError:
            return 1


def _dispatch(protocol, body: bytes) -> None:
    from pygls.exceptions import JsonRpcException

    try:
        raw = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        _error(protocol, None, PARSE_ERROR, f"the message is not valid JSON: {exc}")
        return
    if not isinstance(raw, dict) or raw.get("jsonrpc") != "2.0":
        _error(protocol, raw.get("id") if isinstance(raw, dict) else None, INVALID_REQUEST, "not a JSON-RPC 2.0 message")
        return
    try:
        message = json.loads(body, object_hook=protocol.structure_message)
    except JsonRpcException as exc:
        # A request gets its error answer; a notification has nobody waiting (it is logged).
        if "id" in raw and "method" in raw:
            _error(protocol, raw["id"], exc.code, f"{raw['method']}: {exc.message or 'invalid message'}")
        else:
            log.warning("%s: %s", raw.get("method", "message"), exc.message)
        return
    protocol.handle_message(message)


def _error(protocol, message_id, code: int, text: str) -> None:
    # Written as a plain object: a parse error's "id" must be null, which a typed
    # response message would leave out.
    protocol._send_data({"jsonrpc": "2.0", "id": message_id, "error": {"code": code, "message": text}})


def serve_stdio(server) -> int:
    return serve(server, FdReader(sys.stdin.fileno()), StreamWriter(sys.stdout.buffer))


def serve_tcp(server, host: str, port: int, ready=None) -> int:
    """Accept one client on HOST:PORT (as editors connect to a language server) and serve it."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as listener:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((host, port))
        listener.listen(1)
        if ready:
            ready(listener.getsockname())
        connection, _ = listener.accept()
    connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    with connection:
        return serve(server, FdReader(connection.fileno()), SocketWriter(connection))
