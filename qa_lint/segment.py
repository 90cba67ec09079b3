"""Paragraph, sentence and quotation segmentation over masked plain text.

Written for news copy in Indonesian and English: one paragraph per line is
common in CMS exports, hard-wrapped paragraphs in wire copy; decimal commas
(1,5), times (15.00), abbreviations (Dr., Jl., U.S.) and quotes that close
after the full stop must not break sentences in the wrong place.
"""

from __future__ import annotations

import regex

from .span import Span

# A hard-wrapped line is short; a CMS paragraph line usually is not.
WRAP_WIDTH = 80
TERMINAL = ".!?…"
CLOSERS = "\"'”’»)]"
OPENERS = "\"'“‘«(["

def _lines(plain: str, start: int = 0, end: int | None = None):
    """(start, end) of each line's content, without the newline."""
    end = len(plain) if end is None else end
    pos = start
    while pos < end:
        nl = plain.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        content_end = line_end
        if content_end > pos and plain[content_end - 1] == "\r":
            content_end -= 1
        yield pos, content_end
        pos = line_end + 1


def _trim(plain: str, start: int, end: int) -> Span | None:
    while start < end and plain[start].isspace():
        start += 1
    while end > start and plain[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None


def _looks_hard_wrapped(plain: str, lines: list[tuple[int, int]]) -> bool:
    body = lines[:-1]
    if not body:
        return False
    if any(e - s > WRAP_WIDTH for s, e in body):
        return False
    open_ends = sum(1 for s, e in body if plain[s:e].rstrip()[-1:] not in TERMINAL + CLOSERS + ":")
    return open_ends * 2 >= len(body)


def paragraphs(plain: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Blank-line separated blocks; in a block of long lines each line is a paragraph."""
    spans: list[Span] = []
    group: list[tuple[int, int]] = []

    def flush():
        if not group:
            return
        if len(group) > 1 and not _looks_hard_wrapped(plain, group):
            for s, e in group:
                span = _trim(plain, s, e)
                if span:
                    spans.append(span)
        else:
            span = _trim(plain, group[0][0], group[-1][1])
            if span:
                spans.append(span)
        group.clear()

    for s, e in _lines(plain, start, end):
        if plain[s:e].strip():
            group.append((s, e))
        else:
            flush()
    flush()
    return spans


_boundary_re = regex.compile(
    r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[\p{Lu}\p{N}])"
)
_word_before_re = regex.compile(r"(\S+)$")


def _is_abbreviation(token: str, abbreviations: frozenset[str]) -> bool:
    word = token.lstrip(OPENERS)
    if not word:
        return False
    if word.casefold() in abbreviations:
        return True
    # Initials ("J.", "A.S.", "U.S.") do not end sentences.
    return bool(regex.fullmatch(r"(?:\p{Lu}\.)+", word))


def sentences(plain: str, block: Span, abbreviations: frozenset[str] = frozenset()) -> list[Span]:
    spans: list[Span] = []
    start = block.start
    for m in _boundary_re.finditer(plain, block.start, block.end):
        before = _word_before_re.search(plain, block.start, m.start() + 1)
        if before and m.group().startswith(".") and _is_abbreviation(before.group(1), abbreviations):
            continue
        span = _trim(plain, start, m.end())
        if span:
            spans.append(span)
        start = m.end()
    span = _trim(plain, start, block.end)
    if span:
        spans.append(span)
    return spans


# Quotation marks: the curly pairs are unambiguous; straight " toggles.
PAIRS = {"“": "”", "„": "”", "«": "»", "‘": "’", "‚": "’"}


def is_apostrophe(plain: str, i: int) -> bool:
    """’ or ' between letters (don't, Jum'at) or after a plural s (the editors’ note)."""
    before = plain[i - 1] if i > 0 else " "
    after = plain[i + 1] if i + 1 < len(plain) else " "
    if before.isalnum() and after.isalnum():
        return True
    return before in "sS" and not after.isalnum() and i > 1 and plain[i - 2].isalpha()


def quote_marks(plain: str, block: Span):
    """Yield (offset, char) for quotation marks in a block, apostrophes excluded."""
    for i in range(block.start, block.end):
        ch = plain[i]
        if ch in "“”„«»\"" or (ch in "‘’‚'" and not is_apostrophe(plain, i)):
            yield i, ch


def quotations(plain: str, block: Span) -> list[Span]:
    """Outermost quoted spans in a block. An unclosed quote runs to the block end."""
    spans: list[Span] = []
    stack: list[tuple[int, str]] = []  # (offset, expected closer)
    for i, ch in quote_marks(plain, block):
        if stack and ch == stack[-1][1]:
            opened, _ = stack.pop()
            if not stack:
                spans.append(Span(opened, i + 1))
        elif ch == "\"":
            stack.append((i, "\""))
        elif ch == "'":
            stack.append((i, "'"))
        elif ch in PAIRS:
            # A second opener of the same kind at top level: the previous quote
            # was never closed (two remarks fused); close it here.
            if stack and len(stack) == 1 and ch == plain[stack[0][0]]:
                spans.append(Span(stack[0][0], i))
                stack.clear()
            stack.append((i, PAIRS[ch]))
        # A stray closer with nothing open is ignored here (quote-balance reports it).
    if stack:
        spans.append(Span(stack[0][0], block.end))
    return spans
