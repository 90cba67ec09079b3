"""The fixed strings of the HTML report and the editor page come from gettext catalogues
(qa_lint/locale, made with Babel from babel.cfg): every string the code marks is
translated into Indonesian, the committed .mo matches its .po, and the report speaks
the messages' language."""

from __future__ import annotations

import gettext
import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po

from qa_lint import i18n
from qa_lint.api import Linter, LintResult, Options
from qa_lint.reporters import ReportContext, registry

ROOT = Path(__file__).resolve().parent.parent
PO = ROOT / "qa_lint" / "locale" / "id" / "LC_MESSAGES" / "qa_lint.po"
BENGAL = "Putin juga mengangkat isu bahwa Benggala Barat menembakkan senjata ke sasaran di tanah Rusia."


def test_every_marked_string_has_an_indonesian_translation(tmp_path):
    pot = tmp_path / "qa_lint.pot"
    done = subprocess.run([sys.executable, "-m", "babel.messages.frontend", "extract", "-F", "babel.cfg", "-k", "N_plural:1,2",
                           "-o", str(pot), "--no-location", "."], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    wanted = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(pot.open("rb")) if m.id}
    assert len(wanted) > 90  # the report's and the page's strings (html.py, editor.js, index.html)
    assert {"Ready to publish", "Why?", "Files", "Messages in", "Not ready: findings at or above {threshold}"} <= wanted
    catalogue = {m.id if isinstance(m.id, str) else m.id[0]: m.string for m in read_po(PO.open("rb")) if m.id}
    untranslated = sorted(w for w in wanted if not (catalogue.get(w) if isinstance(catalogue.get(w), str) else any(catalogue.get(w) or ())))
    assert untranslated == []


def test_the_committed_mo_is_the_compiled_po():
    compiled = gettext.GNUTranslations((PO.with_suffix(".mo")).open("rb"))
    for message in read_po(PO.open("rb")):
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            assert compiled.ngettext(message.id[0], message.id[1], 5) == message.string[0], message.id
        else:
            assert compiled.gettext(message.id) == message.string, message.id


def render_html(result) -> str:
    return registry()["html"].render(result, ReportContext(version="test"))


def test_the_report_speaks_the_language_of_its_messages():
    indonesian = LintResult(files=[Linter().lint_text(BENGAL, "a.txt", language="id")])
    page = render_html(indonesian)
    assert '<html lang="id">' in page and "<h1>Laporan qa-lint</h1>" in page
    assert "Belum siap: ada temuan peringatan atau lebih berat" in page and "Berkas" in page
    assert "negara bagian di India" in page
    english = LintResult(files=[Linter(Options(ui_lang="en")).lint_text(BENGAL, "a.txt", language="id")])
    page = render_html(english)
    assert '<html lang="en">' in page and "<h1>qa-lint report</h1>" in page and "Not ready: findings at or above warning" in page
    assert i18n.languages() == ["en", "id"]
