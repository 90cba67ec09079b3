"""Messages in the reader's language: rule texts from message catalogues
(rules/<folder>/messages.<lang>.yaml), chosen by --ui-lang, config ui_lang, a request's
ui_lang or Accept-Language, else the article's own language."""

from __future__ import annotations

import json
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from qa_lint import packs
from qa_lint.api import Linter, Options, accepted_language, lint_text

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message=".*httpx2")
    from fastapi.testclient import TestClient

from qa_lint.server.app import create_app

ROOT = Path(__file__).resolve().parent.parent
BENGAL = "Putin juga mengangkat isu bahwa Benggala Barat menembakkan senjata ke sasaran di tanah Rusia."
IDIOM = "Kongres kembali menendang kaleng di jalan soal plafon utang."
NO_LANGUAGETOOL = {"QA_LINT_LANGUAGETOOL": "off"}


def only(result, rule):
    found = [f for f in result.findings if f.rule == rule]
    assert len(found) == 1, [f.rule for f in result.findings]
    return found[0]


def test_an_indonesian_article_gets_indonesian_messages_by_default_with_placeholders_filled():
    finding = only(lint_text(BENGAL, language="id"), "id.mt.west-bengal")
    assert finding.message == ('"Benggala Barat" adalah negara bagian di India (West Bengal); '
                               'dalam konteks ini mungkin maksudnya "Barat" (dunia Barat)')


def test_ui_lang_english_keeps_the_pack_text():
    finding = only(lint_text(BENGAL, language="id", options=Options(ui_lang="en")), "id.mt.west-bengal")
    assert finding.message.startswith('"Benggala Barat" is West Bengal, a state of India')


def test_an_english_article_read_by_an_indonesian_desk():
    text = "Officials said on Tuesday that the economy grew 5,1 percent in the first quarter."
    english = only(lint_text(text, language="en"), "en.number.decimal-mark")
    indonesian = only(lint_text(text, language="en", options=Options(ui_lang="id-ID")), "en.number.decimal-mark")
    assert "uses a decimal comma" in english.message
    assert indonesian.message.startswith('"5,1" memakai koma desimal sebelum "percent"; bahasa Inggris menulis "5.1"')


def test_a_lexicon_rule_is_translated_once_for_all_its_entries():
    finding = only(lint_text(IDIOM, language="id"), "id.idiom.kick-the-can-down-the-road")
    assert finding.message.startswith('"menendang kaleng di jalan" menerjemahkan ungkapan Inggris "kick the can down the road" kata demi kata')


def test_a_quantity_is_named_in_the_readers_language():
    # The quantity's name is read inside the message: an Indonesian message must not say
    # "the death toll di sini 15".
    text = ("Korban tewas akibat banjir di Bekasi mencapai 12 orang pada Senin.\n"
            "Banjir itu menewaskan 15 orang, kata polisi.\n")
    indonesian = only(lint_text(text, language="id"), "id.number.quantity-changes")
    english = only(lint_text(text, language="id", options=Options(ui_lang="en")), "id.number.quantity-changes")
    assert indonesian.message.startswith("jumlah korban tewas di sini 15, tetapi 12 di baris 1")
    assert english.message.startswith("the death toll is 15 here but 12 on line 1")
    report = "Officials said 12 people were killed on Monday.\nThe storm killed 15 people, police said.\n"
    read_by_a_desk = only(lint_text(report, language="en", options=Options(ui_lang="id")), "en.number.quantity-changes")
    assert read_by_a_desk.message.startswith("jumlah korban tewas di sini 15")


def test_notes_on_related_locations_are_in_the_readers_language():
    # A finding's related location carries a short note from the check's code; an Indonesian
    # report must not mix "jumlah korban tewas di sini 15" with "the same quantity with another value".
    text = ("Korban tewas akibat banjir di Bekasi mencapai 12 orang pada Senin.\n"
            "Banjir itu menewaskan 15 orang, kata polisi.\n")
    indonesian = only(lint_text(text, language="id"), "id.number.quantity-changes")
    english = only(lint_text(text, language="id", options=Options(ui_lang="en")), "id.number.quantity-changes")
    assert [r.message for r in indonesian.related] == ["jumlah yang sama dengan nilai lain"]
    assert [r.message for r in english.related] == ["the same quantity with another value"]
    assert indonesian.related[0].line == 1
    # A note with a value: the name as spelled first, inside the translated note.
    names = "Menteri Rizky Ardiansyah tiba di Bandung.\nRizki Ardiansyah mengatakan proyek itu selesai.\n"
    notes = [r.message for f in lint_text(names, language="id").findings for r in f.related]
    assert notes == ['ditulis "Rizky" di sini']


def test_config_ui_lang_and_cli_flag(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(BENGAL + "\n", encoding="utf-8")
    env = {**NO_LANGUAGETOOL, "PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "cfg")}

    def run(*args):
        out = subprocess.run([sys.executable, "-m", "qa_lint", "check", "--lang", "id", "-f", "json", *args, str(article)],
                             cwd=ROOT, capture_output=True, text=True, env=env)
        assert out.returncode == 1, out.stderr
        return json.loads(out.stdout)["findings"][0]["message"]

    assert "negara bagian di India" in run()
    (tmp_path / ".qa-lint.yaml").write_text("ui_lang: en\n", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    assert "a state of India" in run()
    assert "negara bagian di India" in run("--ui-lang", "id")


def test_the_text_summary_line_follows_ui_lang(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(BENGAL + "\n", encoding="utf-8")
    env = {**NO_LANGUAGETOOL, "PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "cfg")}

    def summary(*args):
        out = subprocess.run([sys.executable, "-m", "qa_lint", "check", "--lang", "id", "--color", "never", *args, str(article)],
                             cwd=ROOT, capture_output=True, text=True, env=env)
        return out.stdout.strip().splitlines()[-1]

    assert summary("--ui-lang", "en").startswith("1 finding in 1 file: 1 error, 0 warning, 0 info")
    assert summary("--ui-lang", "id").startswith("1 temuan di 1 berkas: 1 galat, 0 peringatan, 0 info")


def test_a_catalogue_may_use_only_the_placeholders_of_the_text_it_translates(tmp_path):
    (tmp_path / "pack.yaml").write_text(
        "pack: desk\nlanguage: id\nrules:\n"
        "  - id: desk.kata\n    type: pattern\n    severity: warning\n    category: style\n"
        "    pattern: '\\bkata\\b'\n    message: '\"{match}\" is a word'\n"
        "    examples: {bad: [kata], good: [kalimat]}\n", encoding="utf-8")
    (tmp_path / "messages.id.yaml").write_text("desk.kata:\n  message: '\"{matched}\" adalah kata'\n", encoding="utf-8")
    with pytest.raises(packs.PackError) as error:
        packs.load([tmp_path], include_bundled=False)
    assert error.value.path.endswith("messages.id.yaml") and error.value.line == 2
    assert "{matched}" in error.value.message and "{match}" in error.value.message
    (tmp_path / "messages.id.yaml").write_text("desk.kata:\n  message: '\"{match}\" adalah kata'\n", encoding="utf-8")
    pset = packs.load([tmp_path], include_bundled=False)
    assert [p.name for p in pset.packs] == ["desk"]  # the catalogue is not read as a pack
    result = Linter(Options(rules=[tmp_path])).lint_text("Satu kata saja di sini untuk diuji dengan baik.", language="id")
    assert only(result, "desk.kata").message == '"kata" adalah kata'


def test_accept_language_picks_the_first_language_there_are_messages_in():
    assert accepted_language("fr-FR, en;q=0.8, id;q=0.9", ["en", "id"]) == "id"
    assert accepted_language("en-US,en;q=0.9", ["en", "id"]) == "en"
    assert accepted_language("fr, de;q=0.5", ["en", "id"]) is None
    assert accepted_language("", ["en", "id"]) is None


def test_the_http_api_answers_in_the_reader_s_language():
    client = TestClient(create_app(Linter()))
    default = client.post("/v1/check", json={"text": BENGAL, "language": "id"}).json()
    assert default["ui_lang"] == "id" and "negara bagian di India" in default["findings"][0]["message"]
    english = client.post("/v1/check", json={"text": BENGAL, "language": "id"}, headers={"Accept-Language": "en-GB,en;q=0.9"}).json()
    assert english["ui_lang"] == "en" and "a state of India" in english["findings"][0]["message"]
    asked = client.post("/v1/check", json={"text": BENGAL, "language": "id", "ui_lang": "id"}, headers={"Accept-Language": "en"}).json()
    assert "negara bagian di India" in asked["findings"][0]["message"]
    rules = {r["id"]: r for r in client.get("/v1/rules", params={"ui_lang": "id"}).json()["rules"]}
    assert rules["id.mt.west-bengal"]["message"].startswith('"{match}" adalah negara bagian di India')
    assert rules["common.quote.balance"]["message"].startswith("tanda kutip")
    assert rules["id.sourcing.anonymous"]["description"].startswith("Sumber anonim kadang perlu")
    english = {r["id"]: r for r in client.get("/v1/rules").json()["rules"]}
    assert english["id.sourcing.anonymous"]["description"].startswith("Anonymous sources are sometimes necessary")


def test_every_bundled_rule_text_has_an_indonesian_translation():
    out = subprocess.run([sys.executable, "tools/messages.py", "--lang", "id"], cwd=ROOT, capture_output=True, text=True)
    assert "stray:" not in out.stdout
    assert "missing: 0 messages, 0 descriptions" in out.stdout, out.stdout
    assert out.returncode == 0


def test_messages_quote_the_words_as_read_not_the_markup():
    html = ("<p>Putin juga mengangkat isu bahwa <b>Benggala</b> <i>Barat</i> menembakkan senjata ke sasaran di tanah Rusia.</p>\n"
            "<p>Putin juga mengangkat isu bahwa Benggala&nbsp;Barat menembakkan senjata ke sasaran di tanah Rusia.</p>\n")
    found = [f for f in lint_text(html, "a.html", language="id", options=Options(ui_lang="en")).findings if f.rule == "id.mt.west-bengal"]
    assert [f.match for f in found] == ["Benggala</b> <i>Barat", "Benggala&nbsp;Barat"]  # the span itself is the file's
    assert all(f.message.startswith('"Benggala Barat" is West Bengal') for f in found), [f.message for f in found]


def test_rules_explain_in_the_reader_s_language():
    out = subprocess.run([sys.executable, "-m", "qa_lint", "rules", "explain", "id.sourcing.anonymous", "--ui-lang", "id"],
                         cwd=ROOT, capture_output=True, text=True, env={**NO_LANGUAGETOOL, "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    assert 'message: "{match}": sumber anonim;' in out.stdout and "Sumber anonim kadang perlu" in out.stdout
