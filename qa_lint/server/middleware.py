"""ASGI middleware: the bearer token, then the request body size limit.

Both answer before the app reads anything, so an unauthorised or oversized
request costs the server next to nothing.

Content-Length is checked first (cheap, before reading anything); bodies sent
without it (chunked) are counted while they are read, so neither way lets a
client push more than ``max_bytes`` into the server.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import time


class BearerToken:
    """Require ``Authorization: Bearer <token>`` on paths under ``prefix``."""

    def __init__(self, app, token: str, prefix: str = "/v1/"):
        self.app = app
        self.token = token.encode()
        self.prefix = prefix

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope["path"].startswith(self.prefix):
            header = dict(scope.get("headers") or []).get(b"authorization", b"")
            scheme, _, given = header.partition(b" ")
            if scheme.lower() != b"bearer" or not hmac.compare_digest(given.strip(), self.token):
                await drain(receive)
                return await reply(send, 401, "missing or wrong access token: send 'Authorization: Bearer <token>'",
                                   [(b"www-authenticate", b"Bearer")])
        await self.app(scope, receive, send)


class BodySizeLimit:
    def __init__(self, app, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                return await reply(send, 400, "Content-Length is not a number")
            if size > self.max_bytes:
                await drain(receive)
                return await self._too_large(send)
        # Read the whole (bounded) body now, then replay it to the app.
        chunks, received, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            received += len(chunk)
            if received > self.max_bytes:
                if message.get("more_body", False):
                    await drain(receive)
                return await self._too_large(send)
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _too_large(self, send):
        await reply(send, 413, f"request body too large: the limit is {self.max_bytes} bytes (qa-lint serve --max-bytes)")


# An early answer reads at most this much of the body it refuses, for at most this long.
DRAIN_BYTES = 1 << 20
DRAIN_SECONDS = 1.0


async def drain(receive, limit: int = DRAIN_BYTES, seconds: float = DRAIN_SECONDS) -> None:
    """Read and drop the rest of a refused request's body before answering.

    The answer closes the connection, and closing a socket with unread data
    makes the kernel reset it: the client would see "connection reset" instead
    of the 401 or 413 that says what is wrong. Past ``limit`` bytes or ``seconds``
    we stop reading: a client that announces a huge body (Content-Length: 10**12)
    and sends it slowly, or not at all, gets its answer now, not never."""
    read = 0
    deadline = time.monotonic() + seconds
    while read <= limit:
        try:
            message = await asyncio.wait_for(receive(), timeout=max(0.0, deadline - time.monotonic()))
        except asyncio.TimeoutError:
            return
        if message["type"] != "http.request":
            return
        read += len(message.get("body", b""))
        if not message.get("more_body", False):
            return


async def reply(send, status: int, message: str, headers: list | None = None):
    payload = json.dumps({"error": message}).encode()
    await send({
        "type": "http.response.start",
        "status": status,
        # Whatever is left of the request body is not read; the connection is closed.
        "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode()),
                    (b"connection", b"close"), *(headers or [])],
    })
    await send({"type": "http.response.body", "body": payload})
