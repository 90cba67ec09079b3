"""Markdown: prose stays, syntax, code, URLs and front matter are masked.

Block structure comes from a CommonMark parser (markdown-it-py): only the lines
of its paragraphs, headings, table rows and HTML blocks are prose, so code
blocks (fenced or indented, also inside list items), reference definitions,
thematic breaks and setext underlines are masked, and an indented paragraph
that continues a list item stays prose. Inline syntax (code spans, links,
emphasis, tags) is masked with patterns over that prose. Masking blanks
characters in place, so every offset of the plain text is the original's.
"""

from __future__ import annotations

from functools import cache

import regex

from .. import segment, yamlmarks
from ..document import Document
from ..span import Span
from . import comments
from .mask import Mask

_front_matter_re = regex.compile(r"\A---[ \t]*\r?\n(.*?)(?:\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", regex.S)
# markdown-it splits lines at these (it normalises \r\n and \r to \n first).
_line_end_re = regex.compile(r"\r\n|\r|\n")
_list_marker_re = regex.compile(r"(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)")
_atx_open_re = regex.compile(r"#{1,6}(?=[ \t]|$)")
_atx_close_re = regex.compile(r"[ \t]+#+[ \t]*$|^#+[ \t]*$")

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

# CommonMark plus GFM tables (common in content repositories); no HTML rendering is done.
@cache
def _parser():
    """The CommonMark parser, made (and its library imported) when a Markdown file is read."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


def _line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line as markdown-it counts them, end before the line break."""
    spans = []
    pos = 0
    for m in _line_end_re.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return spans


class _Structure:
    """What the parser says about each line: prose or not, and which syntax opens it."""

    def __init__(self, text: str):
        self.prose_blocks: list[tuple[int, int]] = []  # line ranges [first, last)
        self.headings: set[int] = set()  # first lines of heading blocks
        self.atx_lines: set[int] = set()
        self.item_starts: set[int] = set()  # lines where a list item's marker is
        self.quoted: set[int] = set()  # lines inside a block quote
        seen: set[tuple[int, int]] = set()
        for token in _parser().parse(text):
            if token.map is None:
                continue
            first, last = token.map
            if token.type == "inline" or token.type == "html_block":
                if (first, last) not in seen:  # table cells of one row share a map
                    seen.add((first, last))
                    self.prose_blocks.append((first, last))
            elif token.type == "heading_open":
                self.headings.add(first)
                if token.markup.startswith("#"):
                    self.atx_lines.add(first)
            elif token.type == "list_item_open":
                self.item_starts.add(first)
            elif token.type == "blockquote_open":
                self.quoted.update(range(first, last))


def _container_prefix(line: str, quoted: bool, item_start: bool) -> int:
    """Length of the block-quote markers, list marker and indentation opening a prose line."""
    pos = 0
    while True:
        while pos < len(line) and line[pos] in " \t":
            pos += 1
        if quoted and line.startswith(">", pos):
            pos += 1
            continue
        marker = _list_marker_re.match(line, pos) if item_start else None
        if marker:
            pos = marker.end()
            continue
        return pos


def read(text: str, path: str) -> Document:
    mask = Mask(text)
    metadata, body_start, problems = _front_matter(text, mask)
    # The parser reads the text with the front matter blanked (same lines), so a "---"
    # fence is not taken for a thematic break or a setext underline.
    blocks = _blank_outside_prose(text, mask, _Structure(mask.text()))
    found = comments.Comments(text)
    for m in _comment_re.finditer(text, body_start):
        found.add(m.start(), m.end())
        mask.blank(m.start(), m.end())
    _blank_inline_markup(mask, body_start)
    plain = mask.text()
    return Document(
        path=path,
        text=text,
        plain=plain,
        format="md",
        metadata=metadata,
        block_spans=_blocks(plain, blocks),
        suppressions=found.suppressions(),
        problems=problems,
    )


def _front_matter(text: str, mask: Mask) -> tuple[dict, int, list[tuple[int, int, str]]]:
    """YAML front matter read into metadata and blanked: (metadata, where the body starts, problems)."""
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


def _blank_outside_prose(text: str, mask: Mask, structure: "_Structure") -> list[tuple[int, int, bool]]:
    """Blank container markers, heading marks and every line outside prose blocks; the
    prose blocks as (start, end, is_heading) offsets."""
    lines = _line_spans(text)
    prose_lines: set[int] = set()
    blocks: list[tuple[int, int, bool]] = []
    for first, last in structure.prose_blocks:
        for number in range(first, last):
            start, end = lines[number]
            line = text[start:end]
            prose_lines.add(number)
            prefix = _container_prefix(line, number in structure.quoted, number in structure.item_starts)
            mask.blank(start, start + prefix)
            if number in structure.atx_lines:
                _blank_atx_marks(line, start, end, prefix, mask)
        blocks.append((lines[first][0], lines[last - 1][1], first in structure.headings))
    for number, (start, end) in enumerate(lines):
        if number not in prose_lines:
            mask.blank(start, end)  # code, reference definitions, breaks, underlines, blank lines
    return blocks


def _blank_atx_marks(line: str, start: int, end: int, prefix: int, mask: Mask) -> None:
    """The "## " opening and any closing "##" of an ATX heading."""
    opening = _atx_open_re.match(line, prefix)
    if opening:
        mask.blank(start, start + opening.end())
        closing = _atx_close_re.search(line, opening.end())
        if closing:
            mask.blank(start + closing.start(), end)


def _blank_inline_markup(mask: Mask, body_start: int) -> None:
    """Code spans, images, autolinks, tags, link brackets and targets, bare URLs, escapes
    and emphasis marks; each pass reads what the previous ones left."""
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


def _blocks(plain: str, blocks: list[tuple[int, int, bool]]) -> list[Span]:
    """Each parsed paragraph, table row or HTML block, split further where its lines are
    separate paragraphs (long unwrapped lines); a heading is always one block."""
    spans: list[Span] = []
    for start, end, is_heading in blocks:
        if is_heading:
            stripped = plain[start:end].strip()
            if stripped:
                lead = start + plain[start:end].index(stripped[0])
                spans.append(Span(lead, lead + len(stripped)))
        else:
            spans.extend(segment.paragraphs(plain, start, end))
    return sorted(spans, key=lambda span: span.start)
