"""HTML: text content stays at its offsets; tags, comments, scripts and code are masked.

Entities are decoded in place: the decoded character sits where the entity
starts and the rest of the entity is blanked, so a finding on "caf&eacute;"
still points at the entity in the original file.
"""

from __future__ import annotations

import html as htmllib

import regex

from .. import segment
from ..document import Document
from ..span import Span
from . import comments
from .mask import Mask

_token_re = regex.compile(
    r"(?P<comment><!--.*?-->)"
    r"|(?P<raw><(?P<rawtag>script|style|pre|code|textarea|template)\b[^>]*>.*?</(?P=rawtag)\s*>)"
    r"|(?P<tag></?(?P<name>[A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?/?>)"
    r"|(?P<decl><![^>]*>|<\?.*?\?>)"
    r"|(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)",
    regex.S | regex.I,
)

BLOCK_TAGS = frozenset(
    "address article aside blockquote body br dd div dl dt figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 head header hr html li main nav ol p section table tbody td tfoot th "
    "thead title tr ul".split()
)

_attr_re = regex.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")


def _attrs(tag: str) -> dict[str, str]:
    return {m.group(1).lower(): htmllib.unescape(m.group(2) or m.group(3) or m.group(4) or "") for m in _attr_re.finditer(tag)}


def read(text: str, path: str) -> Document:
    mask = Mask(text)
    metadata: dict = {}
    cuts: list[int] = []
    found = comments.Comments(text)

    title_start = None
    for m in _token_re.finditer(text):
        if m.group("entity"):
            decoded = htmllib.unescape(m.group("entity"))
            mask.blank(m.start(), m.end())
            if len(decoded) == 1:
                mask.put(m.start(), " " if decoded.isspace() else decoded)
            continue
        mask.blank(m.start(), m.end())
        cuts.extend((m.start(), m.end()))
        if m.group("comment"):
            found.add(m.start(), m.end())
        elif m.group("tag"):
            name = m.group("name").lower()
            closing = m.group().startswith("</")
            attrs = {} if closing else _attrs(m.group())
            if name == "html" and "lang" in attrs:
                metadata.setdefault("lang", attrs["lang"])
            elif name == "meta":
                key = (attrs.get("name") or attrs.get("property") or "").lower()
                if key in ("date", "article:published_time", "dc.date", "pubdate"):
                    metadata.setdefault("date", attrs.get("content", ""))
                elif key in ("language", "dc.language") and attrs.get("content"):
                    metadata.setdefault("lang", attrs["content"])
            elif name == "title":
                if closing and title_start is not None:
                    metadata.setdefault("title", htmllib.unescape(text[title_start:m.start()]).strip())
                title_start = None if closing else m.end()
            if name not in BLOCK_TAGS:
                cuts.pop(), cuts.pop()  # inline tags do not break blocks
    plain = mask.text()

    spans: list[Span] = []
    bounds = sorted(set([0, len(plain)] + cuts))
    for start, end in zip(bounds, bounds[1:]):
        spans.extend(segment.paragraphs(plain, start, end))

    return Document(
        path=path,
        text=text,
        plain=plain,
        format="html",
        metadata=metadata,
        block_spans=spans,
        suppressions=found.suppressions(),
    )
