"""Document: the original text plus what checks need to read it as prose.

Every reader produces a Document whose ``plain`` text has exactly the same
length as the original ``text``: markup, code, URLs and front matter are
blanked to spaces (newlines kept). Checks search ``plain``, so every match
offset is already an offset into the original file, and line/column mapping
is a lookup in one line index. No offset translation tables to get wrong.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property

import regex

from . import segment
from .span import Span


@dataclass(frozen=True)
class Suppression:
    """An inline ``qa-lint-disable`` comment, already resolved to a line range."""

    rules: tuple[str, ...]  # empty = every rule
    first_line: int
    last_line: int  # inclusive; a huge number for "to the end"

    def applies(self, rule_id: str, line: int) -> bool:
        if not (self.first_line <= line <= self.last_line):
            return False
        return not self.rules or any(rule_matches(rule_id, r) for r in self.rules)


# Ids a rule had before it was renamed or merged (its pack's ``former_ids:``) -> its id now,
# so a configuration or a qa-lint-disable comment naming the old id keeps working.
FORMER_IDS: dict[str, str] = {}


def rule_matches(rule_id: str, selector: str) -> bool:
    """A selector is a rule id (or a former id of it) or an id prefix ending at a dot boundary."""
    selector = FORMER_IDS.get(selector, selector)
    return rule_id == selector or rule_id.startswith(selector.rstrip(".") + ".")


@dataclass
class Document:
    path: str
    text: str
    plain: str
    format: str = "txt"
    metadata: dict = field(default_factory=dict)
    language: str | None = None
    block_spans: list[Span] = field(default_factory=list)
    suppressions: list[Suppression] = field(default_factory=list)
    # What the reader could not read in the document: (offset, length, message);
    # reported as findings (engine.INPUT_RULE), not silently dropped.
    problems: list[tuple[int, int, str]] = field(default_factory=list)
    # The language findings' messages are written in (the reader's, not the article's):
    # set by the linter from --ui-lang / ui_lang / the request, else the article's language.
    ui_lang: str | None = None
    # Abbreviations that do not end a sentence; set from the language profile.
    abbreviations: frozenset[str] = frozenset()
    # id(span list) -> (that list, its start offsets); see _index.
    _starts: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    # Derived data that checks compute once per document (see memo).
    _memo: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self):
        if len(self.plain) != len(self.text):
            raise ValueError("reader bug: plain text must be as long as the original")

    @cached_property
    def folded(self) -> str:
        """The plain text case-folded once, for cheap "does it contain this word at all" tests."""
        return self.plain.casefold()

    # -- positions ---------------------------------------------------------
    @cached_property
    def line_starts(self) -> list[int]:
        starts = [0]
        starts.extend(m.end() for m in regex.finditer(r"\n", self.text))
        return starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset; columns count code points."""
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def line_of(self, offset: int) -> int:
        return self.position(offset)[0]

    def line_text(self, line: int) -> str:
        start = self.line_starts[line - 1]
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")

    def memo(self, key, compute):
        """``compute()`` once per document and key: an analysis shared by every match
        (and every check) instead of repeated per match, which would be quadratic."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    # -- structure ---------------------------------------------------------
    @cached_property
    def blocks(self) -> list[Span]:
        """Paragraph-like blocks (paragraphs, headings, list items), in order."""
        return self.block_spans or segment.paragraphs(self.plain)

    @cached_property
    def sentences(self) -> list[Span]:
        spans: list[Span] = []
        for block in self.blocks:
            spans.extend(segment.sentences(self.plain, block, self.abbreviations))
        return spans

    @cached_property
    def quoted(self) -> list[Span]:
        """Spans inside quotation marks (quote marks included)."""
        spans: list[Span] = []
        for block in self.blocks:
            spans.extend(segment.quotations(self.plain, block, self.text))
        return spans

    def _index(self, spans: list[Span], offset: int) -> int | None:
        """Index in ``spans`` (sorted, non-overlapping) of the span holding ``offset``.

        Checks ask this once per match, so the start offsets of each span list
        (sentences, blocks, quotations) are computed once, not per call."""
        cached = self._starts.get(id(spans))
        if cached is None or cached[0] is not spans or len(cached[1]) != len(spans):
            cached = self._starts[id(spans)] = (spans, [s.start for s in spans])
        i = bisect.bisect_right(cached[1], offset) - 1
        return i if i >= 0 and offset < spans[i].end else None

    def enclosing(self, spans: list[Span], offset: int) -> Span | None:
        i = self._index(spans, offset)
        return None if i is None else spans[i]

    def window(self, kind: str, start: int, neighbours: int = 0) -> Span:
        """The sentence, paragraph or whole document around an offset,
        widened by ``neighbours`` sentences/paragraphs on each side."""
        if kind == "document":
            return Span(0, len(self.text))
        spans = self.sentences if kind == "sentence" else self.blocks
        i = self._index(spans, start)
        if i is None:
            return Span(0, len(self.text))
        return Span(spans[max(0, i - neighbours)].start, spans[min(len(spans) - 1, i + neighbours)].end)

    def in_quotation(self, start: int, end: int) -> bool:
        span = self.enclosing(self.quoted, start)
        return span is not None and span.covers(start, end)

    def suppressed(self, rule_id: str, line: int) -> bool:
        return any(s.applies(rule_id, line) for s in self.suppressions)


def blank(text: str) -> str:
    """Replace every character but newlines with spaces (for masking)."""
    return regex.sub(r"[^\r\n]", " ", text)
