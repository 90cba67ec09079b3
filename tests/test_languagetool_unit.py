"""LanguageTool backend without Java: offset mapping, requests and CLI behaviour.

A tiny fake LanguageTool HTTP server on loopback stands in for the real one
here (tests/test_languagetool.py uses the real one); it records each request
and answers with matches at the UTF-16 offsets a real server would use.
"""

import json
import re
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from qa_lint import cli
from qa_lint.api import Linter, Options
from qa_lint.findings import Finding
from qa_lint.languagetool import LanguageToolSource, install
from qa_lint.languagetool.dynamic import NoiseFilter
from qa_lint.languagetool.source import compact
from qa_lint.units import Utf16Index
from qa_lint.readers import read_text


def utf16_index(text: str, sub: str) -> int:
    return len(text[: text.index(sub)].encode("utf-16-le")) // 2


class FakeLanguageTool(BaseHTTPRequestHandler):
    requests: list = []

    def log_message(self, *args):
        pass

    def _json(self, data):
        body = json.dumps(data).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path.startswith("/v2/languages"):
            self._json([{"name": "English (US)", "code": "en", "longCode": "en-US"},
                        {"name": "English (GB)", "code": "en", "longCode": "en-GB"}])
        else:
            self.send_error(404)

    def do_POST(self):
        form = dict(urllib.parse.parse_qsl(self.rfile.read(int(self.headers["Content-Length"])).decode()))
        type(self).requests.append(form)
        text = form.get("text", "")
        matches = []
        for found in re.finditer(" go ", text):
            offset = len(text[: found.start()].encode("utf-16-le")) // 2 + 1
            matches.append({"message": "Agreement", "offset": offset, "length": 2,
                            "replacements": [{"value": "goes"}, {"value": "went"}],
                            "rule": {"id": "HE_VERB_AGR", "issueType": "grammar", "category": {"id": "GRAMMAR"}}})
        if "recieve" in text:
            matches.append({"message": "Spelling", "offset": utf16_index(text, "recieve"), "length": 7,
                            "replacements": [{"value": "receive"}],
                            "rule": {"id": "MORFOLOGIK_RULE_EN_US", "issueType": "misspelling", "category": {"id": "TYPOS"}}})
        self._json({"software": {"version": "6.6-fake"}, "matches": matches, "sentenceRanges": [[0, len(text)]]})


@pytest.fixture()
def fake():
    FakeLanguageTool.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeLanguageTool)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", FakeLanguageTool.requests
    server.shutdown()
    server.server_close()


@pytest.fixture()
def no_install(tmp_path, monkeypatch):
    """An empty qa-lint cache: LanguageTool is not installed."""
    monkeypatch.setenv("QA_LINT_DATA", str(tmp_path / "empty-data"))
    monkeypatch.delenv("QA_LINT_LANGUAGETOOL", raising=False)
    return tmp_path


def lint(text, url, path="a.txt", language="en", settings=None):
    source = LanguageToolSource(mode="on", url=url)
    linter = Linter(Options(), [source])
    config = linter.configs.for_file(".")
    config.languagetool = {"cache": False, **(settings or {})}
    try:
        doc = read_text(text, path)
        return linter.lint_document(doc, config, language).findings, source
    finally:
        source.close()


def test_utf16_offsets_become_code_points():
    text = "a😀b🎉🎉c"
    to_cp = Utf16Index(text).codepoint
    for sub in "abc":
        assert to_cp(utf16_index(text, sub)) == text.index(sub)
    assert to_cp(2) == 2  # inside the surrogate pair of 😀: the next character
    assert Utf16Index("plain").codepoint(3) == 3


def test_compact_drops_markup_and_keeps_origins():
    text = "---\ntitle: x\n---\nSome **bold** and `code` words [link](http://x.org) end.\n"
    doc = read_text(text, "a.md")
    block = doc.blocks[0]
    piece = compact(doc, block.start, block.end)
    assert piece.text == "Some bold and words link end."
    for i, c in enumerate(piece.text):
        assert text[piece.origin[i]] == c


def test_matches_map_to_original_line_and_column_through_emoji(fake):
    url, _ = fake
    text = "Title line.\n\n🎉🎉 Breaking 😀: He go to school. We recieve it.\n"
    found, source = lint(text, url)
    by_rule = {f.rule: f for f in found}
    line = text.splitlines()[2]
    verb = by_rule["LT:HE_VERB_AGR"]
    assert (verb.line, verb.column, verb.match, verb.category, verb.severity) == (3, line.index(" go ") + 2, "go", "grammar", "warning")
    assert verb.suggestions == ["goes", "went"]
    spell = by_rule["LT:MORFOLOGIK_RULE_EN_US"]
    assert (spell.match, spell.column, spell.end_column, spell.category) == ("recieve", line.index("recieve") + 1, line.index("recieve") + 8, "spelling")
    assert source.timings["languagetool"] > 0


def test_settings_reach_the_server_as_request_parameters(fake):
    url, requests = fake
    lint("He go home.\n", url, settings={
        "variants": {"en": "en-GB"}, "picky": True, "disabled_rules": ["EN_QUOTES"],
        "enabled_categories": ["STYLE"], "mother_tongue": "en-US",
    })
    form = requests[-1]
    assert form["language"] == "en-GB"
    assert form["level"] == "picky"
    # The user's rule plus the English defaults from rules/en/data/languagetool.yaml.
    assert set(form["disabledRules"].split(",")) == {"EN_QUOTES", "JONG_UN"}
    assert form["enabledCategories"] == "STYLE"
    assert form["motherTongue"] == "en-US"


def test_many_paragraphs_are_batched_into_few_requests(fake):
    url, requests = fake
    text = "\n\n".join(f"Paragraph {i} says he go to work." for i in range(60)) + "\n"
    found, source = lint(text, url)
    checks = [r for r in requests if "text" in r and r["text"] != "a"]
    assert 1 < len(checks) < 60
    assert len([f for f in found if f.rule == "LT:HE_VERB_AGR"]) == 60
    assert {f.line for f in found} == {1 + 2 * i for i in range(60)}


def test_unsupported_language_is_skipped_with_a_note(fake, capsys):
    url, requests = fake
    found, _ = lint("Er geht nach Hause.\n", url, language="de")
    # Nothing from LanguageTool; the packs (none for German) say the text was not checked.
    assert [f.rule for f in found] == ["qa-lint.language"] and "no module for 'de-DE'" in capsys.readouterr().err


def test_on_without_languagetool_is_a_usage_error(no_install, capsys):
    path = no_install / "a.txt"
    path.write_text("He go home.\n", encoding="utf-8")
    assert cli.main(["check", str(path), "--languagetool", "on"]) == 2
    assert "LanguageTool is not installed" in capsys.readouterr().err


def test_auto_without_languagetool_says_so_once_and_packs_still_run(no_install, capsys):
    for name in ("a.txt", "b.txt"):
        (no_install / name).write_text("Rabu (20/6/2024) Putin dan Kim Jong Un menandatangani perjanjian.\n", encoding="utf-8")
    code = cli.main(["check", str(no_install / "a.txt"), str(no_install / "b.txt"), "--lang", "id"])
    captured = capsys.readouterr()
    assert captured.err.count("LanguageTool is not installed") == 1
    assert code == 1 and "date" in captured.out  # the weekday/date pack still found line 1


def test_config_mode_off_is_respected(fake, tmp_path, monkeypatch, capsys):
    url, requests = fake
    monkeypatch.delenv("QA_LINT_LANGUAGETOOL", raising=False)
    (tmp_path / ".qa-lint.yaml").write_text(yaml.safe_dump({"languagetool": {"mode": "off", "url": url}}), encoding="utf-8")
    (tmp_path / "a.txt").write_text("He go home.\n", encoding="utf-8")
    cli.main(["check", str(tmp_path / "a.txt"), "--lang", "en"])
    assert "LT:" not in capsys.readouterr().out and requests == []


def test_install_without_java_or_maven_is_a_clear_error(no_install, monkeypatch, capsys):
    monkeypatch.setenv("PATH", str(no_install))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    assert cli.main(["languagetool", "install", "--languages", "en"]) == 2
    err = capsys.readouterr().err
    assert "Java was not found" in err and "apt-get install" in err


def test_status_reports_missing_install(no_install, capsys):
    assert cli.main(["languagetool", "status"]) == 1
    assert "not installed" in capsys.readouterr().out


def test_pom_gets_only_the_languages_asked_for():
    pom = install.render_pom(install.module_list(["en", "de"]))
    assert "<artifactId>language-de</artifactId>" in pom and "<artifactId>language-fr</artifactId>" not in pom
    assert "<artifactId>language-all</artifactId>" in pom.split("<exclusions>")[1].split("</exclusions>")[0]
    with pytest.raises(install.InstallError):
        install.module_list(["en; rm -rf /"])


def test_compact_reads_html_references_as_their_characters():
    text = "<p>We don&rsquo;t go.</p>\n"
    doc = read_text(text, "a.html")
    piece = compact(doc, doc.blocks[0].start, doc.blocks[0].end)
    assert piece.text == "We don’t go."
    i = piece.text.index("’")
    assert text[piece.origin[i]:piece.end(i)] == "&rsquo;"


# -- English names in context (rules/en/data/languagetool.yaml: names_in_context) --
def _spelling(doc, word, suggestions, nth=0):
    """A MORFOLOGIK-style finding on the nth occurrence of word."""
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(word, start + 1)
    return Finding(path="<t>", line=1, column=1, end_line=1, end_column=1, offset=start, length=len(word),
                   rule="LT:MORFOLOGIK_RULE_EN_US", severity="warning", category="spelling", mqm="fluency/spelling",
                   message="Possible spelling mistake found.", match=word, suggestions=suggestions)


def _english_filter(**extra):
    # Stands in for the speller's batched lookup: these lower-case words are English.
    english = {"opener", "orator", "roman", "by", "hospital", "barrage", "the"}
    return NoiseFilter(names_in_context=True, tag="en-US",
                       accepted=lambda words, tag: {w for w in words if w in english}, **extra)


def test_english_names_in_context_are_not_spelling_mistakes():
    text = ("Chief Executive Priya Raman said sales rose. Haluk Ozener, a seismologist, agreed.\n\n"
            "Averon shares rose. Analysts said Averon had gained share. Premier David Eby spoke.")
    doc = read_text(text, "a.txt")
    doc.language = "en"
    findings = [_spelling(doc, "Raman", ["Roman", "Ramon"]), _spelling(doc, "Haluk", ["Halo"]),
                _spelling(doc, "Ozener", ["Opener"]), _spelling(doc, "Averon", ["Aveyron"]),
                _spelling(doc, "Averon", ["Aveyron"], nth=1), _spelling(doc, "Eby", ["By", "Ely"])]
    noise = _english_filter()
    assert noise.select(doc, findings) == []
    assert noise.dropped == {"name-in-context": 6}


def test_english_misspellings_that_look_like_names_are_kept():
    text = ("Vladimir Puttin arrived. The storm hit the Carribean coast. Teh minister left.\n\n"
            "Minister Promises New Hosptial Wing For City\n\nMr Farrage said nothing.")
    doc = read_text(text, "a.txt")
    doc.language = "en"
    findings = [
        _spelling(doc, "Puttin", ["Putting", "Putin"]),  # one edit from a name the speller knows ("putin" is no word)
        _spelling(doc, "Carribean", ["Caribbean"]),  # mid-sentence but beside no capitalised word
        _spelling(doc, "Teh", ["The"]),  # a sentence opener beside no unknown word
        _spelling(doc, "Hosptial", ["Hospital"]),  # a title-case headline: every word is capitalised
        _spelling(doc, "Farrage", ["Barrage"]),  # only a sentence-initial "Mr" beside it
    ]
    assert _english_filter().select(doc, findings) == findings


def test_names_in_context_is_off_unless_the_language_data_asks():
    doc = read_text("Chief Executive Priya Raman said sales rose.", "a.txt")
    doc.language = "en"
    finding = _spelling(doc, "Raman", ["Roman"])
    assert NoiseFilter(tag="en-US", accepted=lambda words, tag: set()).select(doc, [finding]) == [finding]
    assert yaml.safe_load((Path(__file__).parent.parent / "rules/en/data/languagetool.yaml").read_text())["names_in_context"] is True


# -- Indonesian: a large word list and its affixed forms ---------------------------

def _indonesian():
    """The bundled Indonesian dynamic language, without a dictionary on this machine
    (the word lists and affix rules are repository data)."""
    from qa_lint.languagetool import dynamic

    data = yaml.safe_load((ROOT_DIR / "rules/id/data/languagetool.yaml").read_text(encoding="utf-8"))
    return dynamic.DynamicLanguage(
        code="id", name="Indonesian", dictionary=Path("/nonexistent/id_ID.dic"),
        words=dynamic.known_words("id"),
        word_lists=tuple(ROOT_DIR / "rules/id/data" / name for name in data["word_list"]),
        morphology=dynamic.Morphology.from_data(data["morphology"]),
    )


ROOT_DIR = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("word", [
    "fitur", "dulu", "ponsel", "narkoba",  # common words hunspell-id lacks (word lists)
    "unggahannya", "pengereman", "pelonggaran", "mengedukasi", "dipercantik", "memperburuk",  # affixed forms
    "menulis", "memukul", "mengirim", "menyapu", "mengambil", "membawa", "memproduksi", "mengklaim",  # meN- allomorphs
    "berenang", "dikesampingkan", "antiradikal",
    "fitur-fitur", "berjalan-jalan", "anti-inflamasi",  # reduplication and hyphenated prefixes
])
def test_indonesian_words_and_their_affixed_forms_are_known(word):
    assert _indonesian().knows(word)


@pytest.mark.parametrize("word", [
    "sepert", "karea", "bedasarkan", "pemerinta", "mengatakn", "berlarri", "bernegosisi", "pramusin",  # typos
    "terinpirasi", "memepertimbangkan", "rekanrekan",
    "mengkonsumsi", "memposting", "meminimalisir",  # non-standard: the standard forms drop k and p, or use -kan
])
def test_indonesian_typos_and_non_standard_forms_are_not(word):
    assert not _indonesian().knows(word)


def test_indonesian_filter_drops_known_words_and_keeps_typos():
    text = "Fitur pengereman mobil itu memperburuk keadaan, sepert yang dikatakan karea hujan."
    doc = read_text(text, "a.txt")
    doc.language = "id"
    findings = [_spelling(doc, w, []) for w in ("pengereman", "memperburuk", "sepert", "karea")]
    # The speller accepts nothing here: only the word lists and affix rules speak.
    noise = NoiseFilter(language=_indonesian(), accepted=lambda words, tag: set(), tag="id")
    assert [f.match for f in noise.select(doc, findings)] == ["sepert", "karea"]
    assert noise.dropped == {"word-list": 2}


def test_word_lists_record_their_source_and_licence():
    roots = (ROOT_DIR / "rules/id/data/words.txt").read_text(encoding="utf-8")
    frequent = (ROOT_DIR / "rules/id/data/words-frequent.txt").read_text(encoding="utf-8")
    assert "nlp-id" in roots and "MIT" in roots and "tools/id_words.py" in roots
    assert "wordfreq" in frequent and "CC BY-SA 4.0" in frequent and "tools/id_words.py" in frequent
    words = [w for w in frequent.splitlines() if w and not w.startswith("#")]
    assert len(words) > 3000 and words == sorted(words)
    assert "mengkonsumsi" not in words and "sepert" not in words


def test_id_words_tool_keeps_words_and_drops_kept_consonants():
    import sys

    sys.path.insert(0, str(ROOT_DIR / "tools"))
    import id_words

    assert id_words.roots("Abadi\nah\noper \"v,\"\nanti-virus\n") == ["abadi", "anti-virus"]
    assert id_words.KEPT_CONSONANT.match("mengkonsumsi") and id_words.KEPT_CONSONANT.match("memposting")
    assert not id_words.KEPT_CONSONANT.match("mengklaim") and not id_words.KEPT_CONSONANT.match("memproduksi")
