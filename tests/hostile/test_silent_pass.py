"""No silent pass: an article that no rule pack can read is reported as not checked
(a warning, so the exit code and 'ready to publish' say so), in every front end."""

import json

import pytest

from hostile_util import run
from qa_lint.api import Linter, Options
from qa_lint.engine import LANGUAGE_RULE


@pytest.mark.parametrize("text,language", [
    ("Putin tiba.", None),                                # too short to tell
    ("Hola amigos, ¿cómo están hoy en la ciudad de Madrid?", "es"),  # a language without packs
])
def test_an_article_nobody_can_read_is_a_warning(tmp_path, text, language):
    path = tmp_path / "item.txt"
    path.write_text(text + "\n", encoding="utf-8")
    args = ["check", path, "--format", "json"] + (["--lang", language] if language else [])
    code, out, _ = run(*args)
    found = json.loads(out)["findings"]
    assert code == 1 and [f["rule"] for f in found] == [LANGUAGE_RULE]
    assert found[0]["severity"] == "warning" and "Not checked" in found[0]["message"]
    assert (f"'{language}'" in found[0]["message"]) if language else "could not be told" in found[0]["message"]


def test_front_matter_language_without_packs_too(tmp_path):
    path = tmp_path / "item.md"
    path.write_text("---\nlang: xx\n---\n\nSome words that nobody checks here today.\n", encoding="utf-8")
    code, out, _ = run("check", path, "--format", "json")
    assert code == 1 and json.loads(out)["findings"][0]["rule"] == LANGUAGE_RULE


def test_one_sentence_items_are_told_by_their_words():
    linter = Linter(Options())
    item = linter.lint_text("Hujan deras merendam ratusan rumah warga di Benggala Barat, kata Putin.\n", path="x.txt")
    assert item.language == "id"
    assert LANGUAGE_RULE not in {f.rule for f in item.findings}
    assert "id.mt.west-bengal" in {f.rule for f in item.findings}
    assert linter.lint_text("Heavy rain flooded hundreds of homes overnight.\n", path="y.txt").language == "en"


def test_an_empty_article_is_not_a_warning():
    assert Linter(Options()).lint_text("\n\n  \n", path="empty.txt").findings == []


def test_the_api_is_blocking_for_an_unreadable_item():
    from fastapi.testclient import TestClient

    from qa_lint.server.app import create_app

    client = TestClient(create_app(Linter(Options())))
    body = client.post("/v1/check", json={"text": "Putin tiba."}).json()
    assert body["blocking"] is True and body["findings"][0]["rule"] == LANGUAGE_RULE
    # The API says so in a field of its own, with the way to set the language.
    assert body["checked"] is False and body["language"] is None
    assert body["language_notice"]["reason"] == "undetected" and body["language_notice"]["languages"] == ["en", "id"]
    assert '"language"' in body["language_notice"]["message"]
    # A caller that blocks only at errors still learns that nothing was checked.
    body = client.post("/v1/check", json={"text": "Putin tiba.", "fail_on": "error"}).json()
    assert body["blocking"] is False and body["checked"] is False
    body = client.post("/v1/check", json={"text": "Hola amigos, hoy en Madrid.", "language": "xx"}).json()
    assert body["language_notice"]["reason"] == "no-packs" and "'xx'" in body["language_notice"]["message"]
    # With the language named, the same item is checked; empty text needs no language.
    body = client.post("/v1/check", json={"text": "Benggala Barat menembakkan senjata ke Rusia.", "language": "id"}).json()
    assert body["checked"] is True and body["language_notice"] is None
    assert client.post("/v1/check", json={"text": "  \n"}).json()["checked"] is True
