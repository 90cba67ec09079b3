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


# A run of terminal marks is tried once, from its first mark, and taken whole
# (possessively): trying every mark of a long run ("....") against the rest of
# the run would be quadratic.
_boundary_re = regex.compile(
    r"(?<![.!?…])[.!?…]++[\"'”’»)\]]*+(?=\s+[\"'“‘«(\[]?[\p{Lu}\p{N}])"
)
# Searched backwards from the boundary: a forward search would rescan the
# block from its start for every boundary (quadratic in a one-line article).
_word_before_re = regex.compile(r"(?r)(\S+)$")


_INITIALS = regex.compile(r"(?:\p{Lu}\.)+")


def _is_abbreviation(token: str, abbreviations: frozenset[str]) -> bool:
    word = token.lstrip(OPENERS)
    if not word:
        return False
    if word.casefold() in abbreviations:
        return True
    # Initials ("J.", "A.S.", "U.S.") do not end sentences.
    return bool(_INITIALS.fullmatch(word))


# A lower-case dotted abbreviation ("a.m.", "p.m.") followed by a parenthesis that the
# sentence goes on after ("at 10:42 a.m. (0142 GMT) on Saturday"): no boundary there.
_DOTTED_LOWER = regex.compile(r"\p{Ll}(?:\.\p{Ll})+\.")
_PARENTHESIS_GOES_ON = regex.compile(r"\s+\([^()\n]{1,60}\)\s*[,;]?\s*\p{Ll}")


def _continues(plain: str, word: str, end: int) -> bool:
    return bool(_DOTTED_LOWER.fullmatch(word) and _PARENTHESIS_GOES_ON.match(plain, end))


def sentences(plain: str, block: Span, abbreviations: frozenset[str] = frozenset()) -> list[Span]:
    spans: list[Span] = []
    start = block.start
    for m in _boundary_re.finditer(plain, block.start, block.end):
        before = _word_before_re.search(plain, block.start, m.start() + 1)
        if before and m.group().startswith(".") and _is_abbreviation(before.group(1), abbreviations):
            continue
        if before and m.group() == "." and _continues(plain, before.group(1), m.end()):
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


SINGLE_MARKS = "‘’‚'"
DOUBLE_MARKS = "“”„«»\""
_MARKS = regex.compile("[" + regex.escape(SINGLE_MARKS + DOUBLE_MARKS) + "]")


def neighbour(plain: str, i: int, step: int, text: str | None = None) -> str:
    """The character next to i (step -1 or +1), passing over masked markup:
    with the original ``text``, a space in ``plain`` where the original has
    something else is markup or entity padding ("don&rsquo;t" -> "don’      t")."""
    j = i + step
    while text is not None and 0 <= j < len(plain) and plain[j] == " " and text[j] != " ":
        j += step
    return plain[j] if 0 <= j < len(plain) else " "


def is_apostrophe(plain: str, i: int, text: str | None = None) -> bool:
    """’ or ' inside a word (don't, Jum'at), after a plural s (the editors’ note)
    or eliding a year's century ('90s, ’24)."""
    before = neighbour(plain, i, -1, text)
    after = neighbour(plain, i, 1, text)
    if before.isalnum() and after.isalnum():
        return True
    # Elision: '90s, and ’24 with the typographic apostrophe (an opening ‘24
    # or '24 jam' is a quote of a number).
    if not before.isalnum() and plain[i] in "’'" and regex.match(r"\d\ds(?![\p{L}\d])", plain[i + 1:i + 5]):
        return True
    if not before.isalnum() and plain[i] == "’" and regex.match(r"\d\d(?!\d)", plain[i + 1:i + 4]):
        return True
    return _after_plural_s(plain, i, text)


def _after_plural_s(plain: str, i: int, text: str | None = None) -> bool:
    after = neighbour(plain, i, 1, text)
    return i > 1 and plain[i - 1] in "sS" and plain[i - 2].isalpha() and not after.isalnum()


def straight_opens(plain: str, i: int, text: str | None = None) -> bool | None:
    """Whether a straight quote at i opens (True) or closes (False) a quotation,
    judged by its neighbours; None when they do not tell."""
    before = neighbour(plain, i, -1, text)
    after = neighbour(plain, i, 1, text)
    opening_side = before.isspace() or before in OPENERS + "-–—/"
    closing_side = after.isspace() or after in CLOSERS + TERMINAL + ",;:-–—"
    if opening_side and not after.isspace() and not closing_side:
        return True
    if closing_side and not before.isspace():
        return False
    return None


def quote_marks(plain: str, block: Span, text: str | None = None):
    """Yield (offset, char) for quotation marks in a block, apostrophes excluded."""
    for i, ch, _ in quote_events(plain, block, text):
        yield i, ch


def quote_events(plain: str, block: Span, text: str | None = None):
    """Yield (offset, char, opens) for quotation marks in a block, apostrophes
    excluded; ``opens`` says whether the mark opens or closes a quotation.

    Knows what is open so far: a ’ after a plural s closes an open single
    quotation ('the Mass’) instead of being read as a possessive, and a " right
    after a digit with no double quotation open is an inch mark."""
    open_single = open_double = 0
    # Only the marks are visited: a block is thousands of characters and holds a few.
    for mark in _MARKS.finditer(plain, block.start, block.end):
        i, ch = mark.start(), mark.group()
        if ch in DOUBLE_MARKS:
            if ch == "\"":
                if not open_double and i > 0 and plain[i - 1].isdigit():
                    continue  # 5'10" - an inch mark
                opens = straight_opens(plain, i, text)
                opens = (not open_double) if opens is None else opens
            else:
                opens = ch in "“„«"
            open_double = open_double + 1 if opens else max(0, open_double - 1)
            yield i, ch, opens
        elif ch in SINGLE_MARKS:
            if ch in "’'" and open_single and _after_plural_s(plain, i, text):
                open_single -= 1
                yield i, ch, False
                continue
            if is_apostrophe(plain, i, text):
                continue
            if ch == "'":
                opens = straight_opens(plain, i, text)
                opens = (not open_single) if opens is None else opens
            else:
                opens = ch in "‘‚"
            open_single = open_single + 1 if opens else max(0, open_single - 1)
            yield i, ch, opens


def quotations(plain: str, block: Span, text: str | None = None) -> list[Span]:
    """Outermost quoted spans in a block. An unclosed quote runs to the block end."""
    spans: list[Span] = []
    stack: list[tuple[int, str]] = []  # (offset, expected closer)
    for i, ch in quote_marks(plain, block, text):
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
