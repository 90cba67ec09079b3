"""gettext PO: a Pair whose units are the catalogue's messages (msgid -> msgstr).

Both Documents hold the whole PO file: the source Document's plain text keeps
only the msgid strings, the target's only the msgstr strings (msgstr[0] for
plural forms), so positions are the PO file's own lines and columns. Quotes
are blanked; an escape (\\n, \\", \\t, \\\\) becomes its character where the
backslash is, the rest blanked. The header entry and obsolete (#~) entries are
skipped; a message with an empty msgstr has no target (untranslated).

The target language is the header's Language; the source language is
X-Source-Language if the header has it, else unknown (detected).
"""

from __future__ import annotations

import regex

from ..span import Span
from .xliff import XliffError, build

_KEYWORD = regex.compile(r"^(?P<key>msgctxt|msgid_plural|msgid|msgstr(?:\[(?P<n>\d+)\])?)[ \t]+(?=\")", regex.M)
_STRING = regex.compile(r'"((?:[^"\\\n]|\\.)*)"')
_ESCAPES = {"n": " ", "t": " ", "r": " ", '"': '"', "\\": "\\", "'": "'", "a": " ", "b": " ", "f": " ", "v": " "}


class PoError(XliffError):
    pass


def read(text: str, path: str):
    src_chars = [c if c in "\r\n" else " " for c in text]
    tgt_chars = list(src_chars)
    entries: list[dict] = []
    current: dict = {}
    lines = text.split("\n")
    offset = 0
    key = None
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        start = offset
        offset += len(line) + 1
        if not stripped or stripped.startswith("#"):
            if stripped.startswith("#~"):
                key = None
            if not stripped and current:
                entries.append(current)
                current = {}
                key = None
            continue
        m = _KEYWORD.match(line)
        if m:
            key = m.group("key")
            if key in ("msgid", "msgctxt") and current.get("msgstr") is not None:
                entries.append(current)
                current = {}
            if key.startswith("msgstr") and (m.group("n") or "0") != "0":
                key = "msgstr-other"
            current.setdefault(key, [])
            rest = start + m.end()
        elif stripped.startswith('"') and key:
            rest = start + len(line) - len(line.lstrip())
        else:
            raise PoError(f"{path}:{number}:1: not a PO line (expected msgid, msgstr, a quoted string or a comment)")
        s = _STRING.match(text, rest)
        if not s or text[s.end():start + len(line)].strip():
            raise PoError(f"{path}:{number}:{rest - start + 1}: a PO string must be one quoted string on the line")
        current.setdefault(key, []).append((s.start() + 1, s.end() - 1))
    if current:
        entries.append(current)
    header: dict[str, str] = {}
    pairs = []
    for entry in entries:
        if "msgid" not in entry:
            continue
        msgid = entry["msgid"]
        msgstr = entry.get("msgstr", [])
        if _value(text, msgid) == "":
            header = _header(_value(text, msgstr))
            continue
        src = _copy(text, src_chars, msgid)
        tgt = _copy(text, tgt_chars, msgstr) if _value(text, msgstr).strip() else None
        at = msgstr[0][0] - 1 if tgt is None and msgstr else None  # the empty msgstr's opening quote
        pairs.append((src, tgt, _value(text, entry.get("msgctxt", [])) or "", at))
    source_language = header.get("x-source-language")
    target_language = header.get("language") or None
    return build(text, path, "po", src_chars, tgt_chars, pairs, source_language, target_language)


def _value(text: str, pieces) -> str:
    return "".join(_unescape(text[a:b]) for a, b in pieces)


def _unescape(s: str) -> str:
    return regex.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else _ESCAPES.get(m.group(1), m.group(1)), s)


def _copy(text: str, chars: list[str], pieces) -> Span | None:
    if not pieces:
        return None
    for a, b in pieces:
        i = a
        while i < b:
            if text[i] == "\\" and i + 1 < b:
                chars[i] = _ESCAPES.get(text[i + 1], text[i + 1])
                i += 2
                continue
            chars[i] = text[i]
            i += 1
    return Span(pieces[0][0], pieces[-1][1])


def _header(value: str) -> dict[str, str]:
    fields = {}
    for line in value.split("\n"):
        if ":" in line:
            k, v = line.split(":", 1)
            fields[k.strip().lower()] = v.strip()
    return fields
