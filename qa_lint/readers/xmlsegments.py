"""The XML scanning the bilingual readers (XLIFF 1.2/2.x, TMX) share.

The file is first checked by expat (well-formed, no DTD: a document type
declaration is refused, so no entity can expand or reach outside the file).
Then a small scanner walks its tags with their character offsets, so segment
text can be copied into a Document's plain text at exactly the offsets it has
in the file: inline tags are blanked, inline code (``<ph>``, ``<bpt>`` ...) is
blanked with its content, and an entity is decoded in place (the character
where the entity starts, the rest blanked).
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from xml.parsers import expat

import regex

from ..document import blank

_TOKEN = regex.compile(
    r"(?P<comment><!--.*?-->)"
    r"|(?P<cdata><!\[CDATA\[.*?\]\]>)"
    r"|(?P<pi><\?.*?\?>)"
    r"|(?P<decl><![A-Za-z][^>]*>)"
    r"|(?P<tag><(?P<close>/)?(?P<name>[\p{L}_:][\p{L}\p{N}_:.\-]*)(?P<attrs>(?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)\s*(?P<empty>/)?>)",
    regex.S,
)
_ATTR = regex.compile(r"""([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_ENTITY = regex.compile(r"&(?:#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


class XmlError(ValueError):
    """Not well-formed XML (or XML this reader refuses); the message names line and column."""


@dataclass
class Element:
    name: str  # local name, namespace prefix dropped
    attrs: dict[str, str]
    start: int  # offset of "<"
    content_start: int  # just after the start tag
    content_end: int  # offset of the end tag's "<" (content_start for an empty element)
    end: int  # just after the end tag
    parent: "Element | None" = None
    children: list["Element"] = field(default_factory=list)

    def attr(self, name: str, default: str | None = None) -> str | None:
        for key, value in self.attrs.items():
            if key == name or key.split(":")[-1] == name:
                return value
        return default

    def find_all(self, name: str):
        for child in self.children:
            if child.name == name:
                yield child
            yield from child.find_all(name)

    def child(self, name: str) -> "Element | None":
        return next((c for c in self.children if c.name == name), None)


def check_well_formed(text: str, path: str) -> None:
    parser = expat.ParserCreate()

    def refuse_doctype(*_args):
        raise XmlError(f"{path}:{parser.CurrentLineNumber}:{parser.CurrentColumnNumber + 1}: a document type declaration (DTD) is not accepted in a translation file")

    parser.StartDoctypeDeclHandler = refuse_doctype
    try:
        parser.Parse(text.encode("utf-8"), True)
    except expat.ExpatError as exc:
        raise XmlError(f"{path}:{exc.lineno}:{exc.offset + 1}: not well-formed XML ({expat.errors.messages[exc.code]})") from None


def parse(text: str, path: str) -> Element:
    """The element tree with offsets; raises XmlError for bad XML."""
    check_well_formed(text, path)
    root = Element("#document", {}, 0, 0, len(text), len(text))
    stack = [root]
    for m in _TOKEN.finditer(text):
        if not m.group("tag"):
            continue
        name = m.group("name").split(":")[-1]
        if m.group("close"):
            element = stack.pop()
            element.content_end, element.end = m.start(), m.end()
            continue
        attrs = {a.group(1): html.unescape(a.group(2) if a.group(2) is not None else a.group(3)) for a in _ATTR.finditer(m.group("attrs") or "")}
        element = Element(name, attrs, m.start(), m.end(), m.end(), m.end(), stack[-1])
        stack[-1].children.append(element)
        if not m.group("empty"):
            stack.append(element)
    return root


def copy_segment(text: str, chars: list[str], element: Element, code: frozenset[str]) -> None:
    """Copy an element's content into ``chars`` (a blanked copy of ``text``) at the
    same offsets: tags blanked, elements in ``code`` blanked with their content,
    entities decoded in place, CDATA unwrapped."""
    skip = [(c.start, c.end) for c in _code_elements(element, code)]
    pos = element.content_start
    end = element.content_end
    for m in _TOKEN.finditer(text, pos, end):
        _copy_text(text, chars, pos, m.start(), skip)
        if m.group("cdata"):
            inner_start = m.start() + len("<![CDATA[")
            for i in range(inner_start, m.end() - 3):
                if not _inside(i, skip):
                    chars[i] = text[i]
        pos = m.end()
    _copy_text(text, chars, pos, end, skip)


def _code_elements(element: Element, code: frozenset[str]):
    for child in element.children:
        if child.name in code:
            yield child
        else:
            yield from _code_elements(child, code)


def _inside(offset: int, spans) -> bool:
    return any(s <= offset < e for s, e in spans)


def _copy_text(text: str, chars: list[str], start: int, end: int, skip) -> None:
    i = start
    while i < end:
        if _inside(i, skip):
            i += 1
            continue
        if text[i] == "&":
            m = _ENTITY.match(text, i, end)
            if m:
                decoded = html.unescape(m.group())
                if len(decoded) == 1:
                    chars[i] = " " if decoded.isspace() else decoded
                i = m.end()
                continue
        chars[i] = text[i]
        i += 1


def blank_chars(text: str) -> list[str]:
    return list(blank(text))
