"""Markdown: prose stays, syntax, code, URLs and front matter are masked.

Not a full CommonMark parser: it masks what would make a news-copy check
misfire (code, link targets, markers, HTML) and leaves prose at its offsets.
"""

from __future__ import annotations

import regex

from .. import segment, yamlmarks
from ..document import Document
from ..span import Span
from . import comments
from .mask import Mask

_front_matter_re = regex.compile(r"\A---[ \t]*\r?\n(.*?)(?:\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", regex.S)
_fence_open_re = regex.compile(r"^[ ]{0,3}(`{3,}|~{3,})")
_heading_re = regex.compile(r"^[ ]{0,3}(#{1,6})(?=[ \t]|$)")
_setext_re = regex.compile(r"^[ ]{0,3}(=+|-+)[ \t]*$")
_list_re = regex.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])(?=[ \t])")
_quote_re = regex.compile(r"^[ ]{0,3}(?:>[ ]?)+")
_ref_def_re = regex.compile(r"^[ ]{0,3}\[[^\]]+\]:\s*\S+.*$")
_thematic_re = regex.compile(r"^[ ]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")

# Inline constructs, masked in order.
_comment_re = regex.compile(r"<!--.*?-->", regex.S)
_inline_code_re = regex.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", regex.S)
_image_re = regex.compile(r"!\[[^\]]*\]\([^)]*\)")
_link_re = regex.compile(r"\[(?P<text>[^\]]*)\](?P<target>\([^)]*\)|\[[^\]]*\])")
_autolink_re = regex.compile(r"<(?:https?|ftp|mailto):[^>\s]*>")
_url_re = regex.compile(r"\b(?:https?://|www\.)[^\s<>()\[\]]+")
_html_tag_re = regex.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_emphasis_re = regex.compile(r"(?<![\\\w])(\*{1,3}|_{1,3})(?=\S)|(?<=\S)(\*{1,3}|_{1,3})(?![\w])")
_escape_re = regex.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!>])")


def _lines(text: str):
    pos = 0
    for line in text.splitlines(keepends=True):
        yield pos, line.rstrip("\r\n")
        pos += len(line)


def read(text: str, path: str) -> Document:
    mask = Mask(text)
    metadata, body_start, problems = _front_matter(text, mask)
    found = comments.Comments(text)
    for m in _comment_re.finditer(text, body_start):
        found.add(m.start(), m.end())
        mask.blank(m.start(), m.end())
    hard_breaks, single_blocks = _block_structure(text, body_start, mask)
    _inline_markup(mask, body_start)
    plain = mask.text()
    return Document(
        path=path,
        text=text,
        plain=plain,
        format="md",
        metadata=metadata,
        block_spans=_blocks(plain, body_start, hard_breaks, single_blocks),
        suppressions=found.suppressions(),
        problems=problems,
    )


def _front_matter(text: str, mask: Mask) -> tuple[dict, int, list[tuple[int, int, str]]]:
    """YAML front matter: its metadata, where the body starts, and a problem if it is broken."""
    metadata: dict = {}
    problems: list[tuple[int, int, str]] = []
    fm = _front_matter_re.match(text)
    if not fm:
        return metadata, 0, problems
    try:
        loaded = yamlmarks.safe_load(fm.group(1))
        if isinstance(loaded, dict):
            metadata = {str(k): v for k, v in loaded.items()}
    except yamlmarks.YamlError as exc:
        # Broken front matter is still not prose; say so where it breaks (its date or
        # language may be what the checks would have used).
        lines = fm.group(1).split("\n")
        at = fm.start(1) + sum(len(line) + 1 for line in lines[: exc.line - 1]) + exc.column - 1
        problems.append((min(at, fm.end(1)), 0, f"front matter not read: {exc.message}"))
    mask.blank(0, fm.end())
    return metadata, fm.end(), problems


def _block_structure(text: str, body_start: int, mask: Mask) -> tuple[list[int], list[Span]]:
    """Blank code, rules, markers of quotes, headings and list items, line by line; return the
    offsets where a new block starts and the headings (a block of their own)."""
    hard_breaks: list[int] = []  # offsets where a new block starts
    single_blocks: list[Span] = []  # headings: a block of their own
    fence: str | None = None
    previous_blank = True
    for start, line in _lines(text):
        if start < body_start:
            continue
        end = start + len(line)
        if fence:
            mask.blank(start, end)
            if regex.match(rf"^[ ]{{0,3}}{regex.escape(fence[0])}{{{len(fence)},}}[ \t]*$", line):
                fence = None
            continue
        opened = _fence_open_re.match(line)
        if opened:
            fence = opened.group(1)
            mask.blank(start, end)
            continue
        if previous_blank and regex.match(r"^(?: {4}|\t)", line) and line.strip():
            mask.blank(start, end)  # indented code block
            continue
        previous_blank = not line.strip()
        _block_line(line, start, end, mask, hard_breaks, single_blocks)
    return hard_breaks, single_blocks


def _block_line(line: str, start: int, end: int, mask: Mask, hard_breaks: list[int], single_blocks: list[Span]) -> None:
    """One line outside code: rules and definitions go, quote and list markers go, headings stand alone."""
    if _thematic_re.match(line) or _ref_def_re.match(line) or _setext_re.match(line):
        mask.blank(start, end)
        hard_breaks.append(start)
        return
    quote = _quote_re.match(line)
    if quote:
        mask.blank(start, start + quote.end())
    heading = _heading_re.match(line)
    if heading:
        mask.blank(start, start + heading.end())
        single_blocks.append(Span(start, end))
        return
    item = _list_re.match(line)
    if item:
        mask.blank(start, start + item.end())
        hard_breaks.append(start)


def _inline_markup(mask: Mask, body_start: int) -> None:
    """Blank inline code, images, links' markup, URLs, escapes and emphasis markers, in that
    order (each pass sees the text the earlier ones left)."""
    plain_so_far = mask.text()
    for pattern in (_inline_code_re, _image_re, _autolink_re, _html_tag_re):
        for m in pattern.finditer(plain_so_far, body_start):
            mask.blank(m.start(), m.end())
    plain_so_far = mask.text()
    for m in _link_re.finditer(plain_so_far, body_start):
        mask.blank(m.start(), m.start() + 1)  # "["
        mask.blank(m.start("text") + len(m.group("text")), m.end())  # "](url)"
    plain_so_far = mask.text()
    for pattern in (_url_re, _escape_re):
        for m in pattern.finditer(plain_so_far, body_start):
            mask.blank(m.start(), m.end())
    plain_so_far = mask.text()
    for m in _emphasis_re.finditer(plain_so_far, body_start):
        mask.blank(m.start(), m.end())


def _blocks(plain: str, body_start: int, hard_breaks: list[int], headings: list[Span]) -> list[Span]:
    """Paragraphs between headings and list items; headings are blocks of their own."""
    heading_starts = {h.start: h for h in headings}
    bounds = sorted({body_start, len(plain), *hard_breaks, *(h.start for h in headings), *(h.end for h in headings)})
    spans: list[Span] = []
    for start, end in zip(bounds, bounds[1:]):
        if start in heading_starts:
            spans.extend(segment.paragraphs(plain, start, heading_starts[start].end))
        else:
            spans.extend(segment.paragraphs(plain, start, end))
    return spans
