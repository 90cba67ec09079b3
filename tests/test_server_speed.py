"""The HTTP service's speed fixes: TCP_NODELAY on every connection, and `--workers N`
answering exactly as one process does."""

from __future__ import annotations

import asyncio
import socket
import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from server_util import serving

from qa_lint.api import Linter
from qa_lint.server import _bind

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message=".*httpx2")
    from fastapi.testclient import TestClient

from qa_lint.server.app import create_app

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "fixtures" / "tribunnews-putin-korut.txt").read_text(encoding="utf-8")
SOURCE = (ROOT / "qa_lint" / "server" / "static" / "sample-en.txt").read_text(encoding="utf-8")


def test_accepted_connections_have_tcp_nodelay():
    """uvicorn serves the socket `qa-lint serve` binds through asyncio, which switches Nagle
    off only on sockets that say they are TCP: look at the server's end of a connection."""
    listener = _bind("127.0.0.1", 0)
    seen: list[int] = []

    class Record(asyncio.Protocol):
        def connection_made(self, transport):
            seen.append(transport.get_extra_info("socket").getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            transport.close()

    async def accept_one():
        server = await asyncio.get_running_loop().create_server(Record, sock=listener)
        reader, writer = await asyncio.open_connection(*listener.getsockname()[:2])
        await reader.read()  # closed by the server once it has looked
        writer.close()
        server.close()
        await server.wait_closed()

    try:
        asyncio.run(accept_one())
    finally:
        listener.close()
    assert len(seen) == 1 and seen[0] != 0


def test_the_bound_socket_says_it_is_tcp():
    listener = _bind("127.0.0.1", 0)
    try:
        assert listener.proto == socket.IPPROTO_TCP
        assert listener.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
    finally:
        listener.close()


REQUESTS = [
    {"text": SEED, "language": "id"},
    {"text": SEED, "language": "id", "ui_lang": "id", "fail_on": "error"},
    {"text": SEED, "source_text": SOURCE, "source_language": "en"},
    {"text": "Putin juga mengangkat isu bahwa Benggala Barat menembakkan senjata-senjata ini ke sasaran di tanah Rusia."},
    {"text": SEED, "source_text": "x"},  # a source that cannot be read: the same 422
]


def test_workers_answer_as_one_process_does():
    expected = []
    client = TestClient(create_app(Linter()))
    for body in REQUESTS:
        response = client.post("/v1/check", json=body)
        expected.append((response.status_code, response.json()))
    assert expected[0][0] == 200 and expected[0][1]["findings"] and expected[-1][0] == 422
    with serving("--port", "0", "--workers", "2", "--log-level", "warning") as served:
        url = served.url + "v1/check"

        def post(body):
            with httpx.Client(timeout=120) as http:
                response = http.post(url, json=body)
                return response.status_code, response.json()

        # Two at a time, twice over: both workers answer, in any order.
        with ThreadPoolExecutor(2) as threads:
            answers = list(threads.map(post, REQUESTS + REQUESTS))
    assert answers == expected + expected
    assert served.exit_code == 0 and "server stopped" in served.output


def _answer_or_die(body: dict, ui_lang):
    import os

    if body.get("die"):
        os._exit(9)
    return 200, {"pid": os.getpid(), "echo": body, "ui_lang": ui_lang}


def test_a_dead_server_worker_costs_one_request():
    from qa_lint.server.pool import WorkerPool

    pool = WorkerPool(_answer_or_die, 2)
    try:
        status, first = pool.check({"n": 1}, "id")
        assert status == 200 and first["echo"] == {"n": 1} and first["ui_lang"] == "id"
        status, answer = pool.check({"die": True}, None)
        assert status == 500 and "worker" in answer["error"]
        status, after = pool.check({"n": 2}, None)  # the pool was made again
        assert status == 200 and after["echo"] == {"n": 2}
    finally:
        pool.close()


def test_a_dead_server_worker_costs_one_request_on_the_event_loop():
    """The server awaits its workers (check_async): a worker that dies is one 500 there too."""
    import asyncio

    from qa_lint.server.pool import WorkerPool

    async def three_requests(pool):
        return [await pool.check_async(body, None) for body in ({"n": 1}, {"die": True}, {"n": 2})]

    pool = WorkerPool(_answer_or_die, 2)
    try:
        (ok, first), (failed, answer), (again, after) = asyncio.run(three_requests(pool))
    finally:
        pool.close()
    assert (ok, failed, again) == (200, 500, 200)
    assert first["echo"] == {"n": 1} and "worker" in answer["error"] and after["echo"] == {"n": 2}


def test_the_answer_is_the_json_fastapi_would_have_sent():
    """/v1/check encodes its answer itself (on the worker): the bytes FastAPI's own encoding gives."""
    from fastapi.encoders import jsonable_encoder
    from fastapi.responses import JSONResponse

    from qa_lint.server.app import _json

    payload = {"findings": [{"message": "“Benggala Barat” ≠ Barat", "offset": 3, "related": [], "fix": None}],
               "blocking": True, "summary": {"error": 1}, "mqm": {"score": 97.5}}
    assert _json(payload) == JSONResponse(jsonable_encoder(payload)).body


CLI_ARTICLES = ["tribunnews-putin-korut.txt", "banjir-kalsel.txt", "en-malatya-quake.txt", "en-hanoi-remarks.txt",
                "en-ferry-toll.txt"]


def _comparable(finding: dict) -> dict:
    """A finding without what differs by front end only: the path it names, UTF-16 offsets."""
    return {k: v for k, v in finding.items() if k != "path" and not k.startswith("utf16_")} | {
        "related": [{k: v for k, v in r.items() if k != "path" and not k.startswith("utf16_")} for r in finding["related"]]}


def test_concurrent_requests_on_two_workers_find_what_the_cli_finds():
    """Eight requests at a time on 2 workers (the default on a 2-core machine): each answer has
    the findings `qa-lint check` reports for the same article (with its source when the CLI
    finds one beside it), whichever worker checked it."""
    import json
    import os
    import subprocess
    import sys

    paths = [ROOT / "fixtures" / name for name in CLI_ARTICLES]
    out = subprocess.run([sys.executable, "-m", "qa_lint", "check", "--format", "json", "--no-cache", "--languagetool", "off",
                          "--fail-on", "never", *map(str, paths)], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={**os.environ, "QA_LINT_LANGUAGETOOL": "off"})
    by_path: dict[str, list[dict]] = {str(p): [] for p in paths}
    for finding in json.loads(out.stdout)["findings"]:
        by_path[str(ROOT / finding["path"])].append(_comparable(finding))
    expected = [by_path[str(p)] for p in paths]
    assert all(expected) and len({json.dumps(e) for e in expected}) == len(paths)  # each article has its own findings

    with serving("--port", "0", "--workers", "2", "--log-level", "warning") as served:
        url = served.url + "v1/check"

        def post(path: Path) -> list[dict]:
            with httpx.Client(timeout=120) as http:
                body = {"text": path.read_text(encoding="utf-8")}
                source = path.with_name(path.stem + ".source-en.txt")
                if source.is_file():  # the CLI checks the article against it: so does the API
                    body |= {"source_text": source.read_text(encoding="utf-8"), "source_language": "en"}
                response = http.post(url, json=body)
                assert response.status_code == 200, response.text
                return [_comparable(f) for f in response.json()["findings"]]

        with ThreadPoolExecutor(8) as threads:
            answers = list(threads.map(post, paths * 3))
    for got, want in zip(answers, expected * 3):
        assert got == want, [(g, w) for g, w in zip(got, want) if g != w][:1] or (len(got), len(want))
    assert served.exit_code == 0
