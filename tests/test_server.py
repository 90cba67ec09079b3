"""The pre-publish HTTP service: every status path through FastAPI's TestClient,
then the real `qa-lint serve` over loopback HTTP."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import warnings
from pathlib import Path

import httpx
import pytest
from server_util import serving

from qa_lint import packs
from qa_lint.api import Linter, Options
from qa_lint.config import ConfigError

with warnings.catch_warnings():
    # Starlette nudges towards httpx2; the httpx-based TestClient still works.
    warnings.filterwarnings("ignore", message=".*httpx2")
    from fastapi.testclient import TestClient

from qa_lint.server.app import create_app

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "fixtures" / "tribunnews-putin-korut.txt").read_text(encoding="utf-8")
# The LanguageTool backend has its own tests; here it would only add a JVM start.
NO_LANGUAGETOOL = {"QA_LINT_LANGUAGETOOL": "off"}
BENGAL = "Putin juga mengangkat isu bahwa Benggala Barat menembakkan senjata-senjata ini ke sasaran di tanah Rusia."


@pytest.fixture(scope="module")
def app():
    return create_app(Linter(), max_bytes=20_000)


@pytest.fixture(scope="module")
def client(app):
    return TestClient(app)


def bengal(findings):
    found = [f for f in findings if f["rule"] == "id.mt.west-bengal"]
    assert len(found) == 1, findings
    return found[0]


# ---- service endpoints ---------------------------------------------------------


def test_healthz(client):
    body = client.get("/healthz").json()
    assert body["status"] == "ok"
    assert body["rules"] > 0 and "id" in body["languages"]
    assert body["fail_on"] == "warning"


def test_openapi_schema_served_and_no_cdn_docs(client):
    schema = client.get("/openapi.json").json()
    check = schema["paths"]["/v1/check"]["post"]
    assert "requestBody" in check
    props = schema["components"]["schemas"]["CheckRequest"]["properties"]
    assert {"text", "format", "language", "source_text", "fail_on"} <= set(props)
    # The interactive docs would load scripts from a CDN: not served.
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404


def test_rules_listing(client):
    rules = client.get("/v1/rules").json()["rules"]
    rule = next(r for r in rules if r["id"] == "id.mt.west-bengal")
    assert set(rule) == {"id", "type", "severity", "category", "message", "description", "language", "pack"}
    assert rule["language"] == "id" and rule["severity"] == "error" and rule["category"] == "mistranslation"


def test_editor_page_and_assets_are_self_contained(client):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assets = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert "/static/editor.js" in assets and "/static/editor.css" in assets
    for asset in assets:
        assert asset.startswith(("/static/", "data:")), asset
    for name, kind in (("editor.js", "javascript"), ("editor.css", "css")):
        response = client.get(f"/static/{name}")
        assert response.status_code == 200 and kind in response.headers["content-type"]
        assert not re.search(r"https?://|@import|//cdn", response.text), name
    assert client.get("/static/app.py").status_code == 404
    assert client.get("/static/..%2Fapp.py").status_code == 404


def test_sample_is_the_seed(client):
    body = client.get("/v1/sample").json()
    assert body["text"] == SEED and body["language"] == "id"


# ---- POST /v1/check ------------------------------------------------------------


def test_check_seed(client):
    response = client.post("/v1/check", json={"text": SEED, "language": "id"})
    assert response.status_code == 200
    body = response.json()
    f = bengal(body["findings"])
    assert (f["line"], f["column"], f["end_line"], f["end_column"]) == (24, 33, 24, 47)
    assert SEED[f["offset"]:f["offset"] + f["length"]] == "Benggala Barat" == f["match"]
    assert (f["utf16_offset"], f["utf16_length"]) == (f["offset"], f["length"])  # no astral characters
    assert f["suggestions"] == ["Barat"] and f["severity"] == "error"
    assert body["blocking"] is True and body["fail_on"] == "warning" and body["language"] == "id"
    assert body["summary"]["total"] == len(body["findings"]) >= 2
    assert body["summary"]["by_severity"]["error"] >= 2
    assert "notes" not in body


def test_utf16_offsets_count_astral_characters_twice(client):
    text = "Catatan 😀🇮🇩: " + BENGAL
    f = bengal(client.post("/v1/check", json={"text": text, "language": "id"}).json()["findings"])
    assert text[f["offset"]:f["offset"] + f["length"]] == "Benggala Barat"
    assert f["utf16_offset"] == f["offset"] + 3  # three characters outside the BMP before it
    units = text.encode("utf-16-le")
    assert units[2 * f["utf16_offset"]:2 * (f["utf16_offset"] + f["utf16_length"])].decode("utf-16-le") == "Benggala Barat"


def test_offsets_count_from_the_text_as_sent_with_bom(client):
    text = "\ufeff" + BENGAL
    f = bengal(client.post("/v1/check", json={"text": text, "language": "id"}).json()["findings"])
    assert text[f["offset"]:f["offset"] + f["length"]] == "Benggala Barat"
    assert f["column"] == 33  # columns are as an editor shows them: no BOM


@pytest.mark.parametrize("fmt,text", [
    ("md", "# Putin di Pyongyang\n\n" + BENGAL + "\n"),
    ("html", "<article><h1>Putin</h1><p>" + BENGAL + "</p></article>"),
])
def test_check_markup_formats_point_into_the_original(client, fmt, text):
    body = client.post("/v1/check", json={"text": text, "format": fmt, "language": "id"}).json()
    f = bengal(body["findings"])
    assert text[f["offset"]:f["offset"] + f["length"]] == "Benggala Barat"
    assert body["format"] == fmt


def test_fail_on_decides_blocking(client):
    for fail_on, blocking in (("error", True), ("warning", True), ("never", False)):
        body = client.post("/v1/check", json={"text": BENGAL, "language": "id", "fail_on": fail_on}).json()
        assert body["fail_on"] == fail_on and body["blocking"] is blocking


def test_default_fail_on_comes_from_the_server_options():
    client = TestClient(create_app(Linter(Options(fail_on="never"))))
    body = client.post("/v1/check", json={"text": BENGAL, "language": "id"}).json()
    assert bengal(body["findings"]) and body["blocking"] is False and body["fail_on"] == "never"


def test_language_tag_is_normalised_and_respected(client):
    assert client.post("/v1/check", json={"text": BENGAL, "language": "id-ID"}).json()["language"] == "id"
    body = client.post("/v1/check", json={"text": BENGAL, "language": "en"}).json()
    assert body["language"] == "en"
    assert not [f for f in body["findings"] if f["rule"].startswith("id.")]


def test_source_text_checks_the_article_against_its_source(client):
    source = "“Earlier” this month, Putin warned that Russia could arm the West's enemies."
    text = "Awal bulan ini, Putin mengancam bahwa Rusia akan mempersenjatai musuh-musuh Barat."
    body = client.post("/v1/check", json={"text": text, "language": "id", "source_text": source, "source_language": "en"}).json()
    hedge = next(f for f in body["findings"] if f["rule"] == "en-id.modality.hedge-dropped")
    assert hedge["match"] == "akan" and hedge["mqm_severity"] == "major"
    related = hedge["related"][0]
    assert related["path"] == "<source>"
    # Offsets of the related span count in the source text (UTF-16 for the page: “ is one unit).
    assert source[related["offset"]:related["offset"] + related["length"]] == source
    assert related["utf16_offset"] == 0 and related["utf16_length"] == len(source.encode("utf-16-le")) // 2
    assert body["source"] == {"language": "en", "alignment": "lines", "units": 1}
    assert body["mqm"]["words"] == 11  # "musuh-musuh" is one word


def test_source_text_that_cannot_be_aligned_is_a_clear_422(client):
    source = "\n".join(f"Sentence {i} of a long English text about something else entirely, with many words." for i in range(30))
    response = client.post("/v1/check", json={"text": BENGAL, "language": "id", "source_text": source, "source_language": "en"})
    assert response.status_code == 422
    assert "cannot align" in response.json()["error"]


def test_empty_article_is_clean(client):
    body = client.post("/v1/check", json={"text": ""}).json()
    assert body["findings"] == [] and body["blocking"] is False and body["summary"]["total"] == 0


# ---- client errors are 4xx with a message, never 500 ---------------------------


@pytest.mark.parametrize("payload,status,words", [
    (b'{"text": ', 400, "not valid JSON"),
    (b"\xff\xfe{}", 400, "not valid JSON"),
    (b'{"text": 5}', 422, "text"),
    (b"{}", 422, "text"),
    (b'{"text": "x", "format": "docx"}', 422, "format"),
    (b'{"text": "x", "fail_on": "fatal"}', 422, "fail_on"),
    (b'{"text": "x", "language": "not a tag"}', 422, "language"),
    (b'{"text": "x", "fail-on": "error"}', 422, "fail-on"),
    (b'["text"]', 422, "JSON object"),
    (b"", 422, "JSON object"),
])
def test_bad_requests(client, payload, status, words):
    response = client.post("/v1/check", content=payload, headers={"Content-Type": "application/json"})
    assert response.status_code == status, response.text
    assert words in response.json()["error"]


def test_wrong_content_type_is_415(client):
    response = client.post("/v1/check", content=b'{"text": "x"}', headers={"Content-Type": "text/plain"})
    assert response.status_code == 415 and "application/json" in response.json()["error"]


def test_size_limit_by_content_length_and_while_reading(client):
    big = json.dumps({"text": "a" * 25_000}).encode()
    response = client.post("/v1/check", content=big, headers={"Content-Type": "application/json"})
    assert response.status_code == 413 and "20000 bytes" in response.json()["error"]

    def chunks():  # no Content-Length: counted as it arrives
        for _ in range(30):
            yield b"a" * 1000

    response = client.post("/v1/check", content=chunks(), headers={"Content-Type": "application/json"})
    assert response.request.headers.get("transfer-encoding") == "chunked"
    assert response.status_code == 413

    at_limit = json.dumps({"text": "a" * (20_000 - 12)}).encode()
    assert len(at_limit) == 20_000
    assert client.post("/v1/check", content=at_limit, headers={"Content-Type": "application/json"}).status_code == 200


def test_unknown_path_and_method(client):
    missing = client.get("/v2/check")
    assert missing.status_code == 404 and missing.json()["error"]
    wrong = client.get("/v1/check")
    assert wrong.status_code == 405 and wrong.json()["error"]


def test_bearer_token():
    client = TestClient(create_app(Linter(), token="s3cret", max_bytes=1000))
    good = {"Authorization": "Bearer s3cret"}
    for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": "Basic s3cret"}):
        response = client.post("/v1/check", json={"text": BENGAL}, headers=headers)
        assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
        assert "token" in response.json()["error"]
    assert client.get("/v1/rules").status_code == 401
    # The token is checked before the body is even read.
    assert client.post("/v1/check", content=b"x" * 5000, headers={"Content-Type": "application/json"}).status_code == 401
    assert client.post("/v1/check", json={"text": BENGAL, "language": "id"}, headers=good).status_code == 200
    assert client.get("/v1/rules", headers=good).status_code == 200
    # Health and the page itself stay open; the page asks for the token.
    assert client.get("/healthz").status_code == 200
    assert client.get("/").status_code == 200


def test_packs_are_loaded_once(monkeypatch):
    calls = []
    real = packs.load
    monkeypatch.setattr(packs, "load", lambda *a, **k: calls.append(1) or real(*a, **k))
    client = TestClient(create_app(Linter()))
    assert len(calls) == 1  # at start, before any request
    for _ in range(3):
        assert client.post("/v1/check", json={"text": BENGAL, "language": "id"}).status_code == 200
    client.get("/v1/rules")
    assert len(calls) == 1


def test_backend_unavailable_is_503():
    def gone(doc, config):  # what a required LanguageTool source raises when its server is gone
        raise ConfigError("LanguageTool server at http://127.0.0.1:9 did not answer")

    client = TestClient(create_app(Linter(sources=[gone])))
    response = client.post("/v1/check", json={"text": BENGAL})
    assert response.status_code == 503 and "LanguageTool" in response.json()["error"]


def test_serve_takes_the_backend_options():
    # Backends register their options on `serve` through the same hook as on `check`.
    from qa_lint import cli

    parser = cli.build_parser()
    args = parser.parse_args(["serve", "--languagetool", "off", "--port", "0"])
    assert args.languagetool == "off" and args.handler.__module__ == "qa_lint.server"


def test_server_fault_is_a_json_500_without_details():
    def broken_source(doc, config):  # a backend failing in a way nobody foresaw
        raise RuntimeError("secret internals")

    client = TestClient(create_app(Linter(sources=[broken_source])), raise_server_exceptions=False)
    response = client.post("/v1/check", json={"text": BENGAL})
    assert response.status_code == 500
    assert "internal error" in response.json()["error"] and "secret" not in response.text


# ---- the real command ----------------------------------------------------------


def test_real_server_over_http():
    with serving("--host", "127.0.0.1", "--port", "0", "--max-bytes", "5000", "--log-level", "warning",
                 env={"QA_LINT_TOKEN": "t0ken"}) as served:
        with httpx.Client(base_url=served.url, timeout=30) as http:
            assert http.get("/healthz").json()["status"] == "ok"
            assert http.post("/v1/check", json={"text": SEED}).status_code == 401
            auth = {"Authorization": "Bearer t0ken"}
            body = http.post("/v1/check", json={"text": SEED}, headers=auth).json()
            f = bengal(body["findings"])
            assert (f["line"], f["column"]) == (24, 33) and body["blocking"] is True and body["language"] == "id"
            too_big = http.post("/v1/check", content=b"{" + b" " * 6000 + b"}", headers={**auth, "Content-Type": "application/json"})
            assert too_big.status_code == 413
            assert http.post("/v1/check", content=b"{oops", headers={**auth, "Content-Type": "application/json"}).status_code == 400
            assert "qa-lint" in http.get("/").text
    assert served.exit_code == 0, served.output
    assert "server stopped" in served.output and "Traceback" not in served.output


def test_busy_port_and_broken_pack_are_clear_errors(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = subprocess.run([sys.executable, "-m", "qa_lint", "serve", "--port", str(port)], cwd=ROOT,
                                capture_output=True, text=True, timeout=60, env={**os.environ, **NO_LANGUAGETOOL})
    assert result.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr and "Traceback" not in result.stderr

    bad = tmp_path / "bad.yaml"
    bad.write_text("pack: broken\nlanguage: id\nrules:\n  - id: x\n    type: no-such-type\n")
    result = subprocess.run([sys.executable, "-m", "qa_lint", "serve", "--port", "0", "--rules", str(bad)], cwd=ROOT,
                            capture_output=True, text=True, timeout=60, env={**os.environ, **NO_LANGUAGETOOL})
    assert result.returncode == 2 and "bad.yaml" in result.stderr and "Traceback" not in result.stderr


def test_port_out_of_range_is_a_usage_error():
    result = subprocess.run([sys.executable, "-m", "qa_lint", "serve", "--port", "99999"], cwd=ROOT,
                            capture_output=True, text=True, timeout=60, env={**os.environ, **NO_LANGUAGETOOL})
    assert result.returncode == 2 and "0 to 65535" in result.stderr and "Traceback" not in result.stderr


def test_check_command_does_not_import_the_server_stack():
    code = ("import sys; from qa_lint import cli; rc = cli.main(['check', '-q', 'fixtures/tribunnews-putin-korut.txt']);"
            "print(rc, sorted(m for m in ('fastapi', 'uvicorn', 'starlette') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                            env={**os.environ, **NO_LANGUAGETOOL})
    assert result.stdout.split("\n")[0] == "1 []", result.stdout + result.stderr


def test_rules_listing_shows_severity_overrides_as_findings_get_them(tmp_path):
    # Overrides by id prefix and by category, not only by exact id.
    config = tmp_path / ".qa-lint.yaml"
    # id.places.region-context also reports "Benggala Barat" (as an error, so it would be the one
    # finding kept for that text); switched off here so the overridden id.mt rule's finding shows.
    config.write_text("severity: {id.mt: info, quotation: error}\ndisable: [id.places]\n", encoding="utf-8")
    client = TestClient(create_app(Linter(Options(config=config))))
    rules = {r["id"]: r for r in client.get("/v1/rules").json()["rules"]}
    assert rules["id.mt.west-bengal"]["severity"] == "info"
    assert {r["severity"] for r in rules.values() if r["category"] == "quotation"} == {"error"}
    finding = next(f for f in client.post("/v1/check", json={"text": BENGAL, "language": "id"}).json()["findings"]
                   if f["rule"] == "id.mt.west-bengal")
    assert finding["severity"] == rules["id.mt.west-bengal"]["severity"]
