"""Fixed strings of the HTML report and the editor page in the reader's language (gettext).

    _ = i18n.gettext_for("id")
    _("Not ready: findings at or above {threshold}").format(threshold="warning")

Catalogues: qa_lint/locale/<lang>/LC_MESSAGES/qa_lint.po, made and kept with Babel
(babel.cfg at the top of the repository; docs/messages.md, "Translating the interface"):

    pybabel extract -F babel.cfg -o qa_lint/locale/qa_lint.pot .
    pybabel update -i qa_lint/locale/qa_lint.pot -d qa_lint/locale -D qa_lint
    pybabel compile -d qa_lint/locale -D qa_lint      # the .mo files are committed

The command line's own notices on stderr and the language server's messages use
``notice`` (imported as ``_``) in the language cli.main chose for the command:
--ui-lang, else the configuration's ui_lang (the user's over the project's), else English.

The editor page gets its language's catalogue as JSON (GET /v1/ui-strings?lang=id).
Rule messages are not here: they live in the packs' message catalogues (packs.py). The
checks' short notes on related locations ("the same quantity with another value") are
fixed strings of the code, so they are here (marked N_ in qa_lint/checks).
"""

from __future__ import annotations

import gettext
from functools import cache
from pathlib import Path

DOMAIN = "qa_lint"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"


@cache
def translation(language: str | None) -> gettext.NullTranslations:
    if not language:
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[language.split("-")[0].lower()], fallback=True)


def N_(text: str) -> str:
    """Marks a string for extraction only (pybabel's default keywords include N_); the
    checks mark their notes on related locations with it, translated in checks._related."""
    return text


def gettext_for(language: str | None):
    return translation(language).gettext


def ngettext_for(language: str | None):
    return translation(language).ngettext


# The language of qa-lint's own notices for this command (set once by cli.main); None: English.
_notice_language: str | None = None


def set_notice_language(language: str | None) -> None:
    global _notice_language
    _notice_language = language


def notice_language() -> str | None:
    return _notice_language


def notice(message: str) -> str:
    """A fixed notice (stderr line, language server message) in the command's UI language."""
    return translation(_notice_language).gettext(message)


def languages() -> list[str]:
    """UI languages with a compiled catalogue, besides English (the source strings)."""
    found = {"en"}
    if LOCALE_DIR.is_dir():
        found.update(p.parent.parent.name for p in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.mo"))
    return sorted(found)


def catalogue(language: str | None) -> dict:
    """msgid -> translation of a language, for the editor page's script; a plural
    message maps to the list of its forms."""
    found: dict = {}
    for key, value in getattr(translation(language), "_catalog", {}).items():
        if isinstance(key, tuple):
            forms = found.setdefault(key[0], [])
            forms.extend([""] * (key[1] + 1 - len(forms)))
            forms[key[1]] = value
        elif key and value:
            found[key] = value
    return found


def extract_html(fileobj, keywords, comment_tags, options):
    """Babel extractor for the editor page's HTML: the text of every element with a
    data-i18n attribute, and every data-i18n-placeholder / data-i18n-title value."""
    from html.parser import HTMLParser

    found: list[tuple[int, str, str, list]] = []

    class Parser(HTMLParser):
        # data-i18n goes on elements holding text only (no child elements).
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.open: list[tuple[str, int, list[str]]] = []

        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            line = self.getpos()[0]
            for key in ("data-i18n-placeholder", "data-i18n-title"):
                if a.get(key):
                    found.append((line, "gettext", a[key], []))
            if "data-i18n" in a:
                self.open.append((tag, line, []))

        def handle_data(self, data):
            if self.open:
                self.open[-1][2].append(data)

        def handle_endtag(self, tag):
            if self.open and self.open[-1][0] == tag:
                _, line, parts = self.open.pop()
                text = " ".join("".join(parts).split())
                if text:
                    found.append((line, "gettext", text, []))

    Parser().feed(fileobj.read().decode("utf-8"))
    return iter(found)
