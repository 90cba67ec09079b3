"""Pair: a translation and its source, as two Documents and the units that align them.

    pair = Pair(source_doc, target_doc, units=[Unit(Span(...), Span(...), 1.0), ...], method="lines")

A unit is a stretch of the source (a line, paragraph, sentence or an XLIFF/PO/TMX
segment) and the stretch of the target that translates it, each a Span of its own
Document's original text, with the aligner's confidence. Pair checks read units and
report on the TARGET; the source span goes into the finding's ``related``.

For XLIFF, PO and TMX both Documents hold the same original file: the source
Document's plain text keeps only the source segments, the target's only the
target segments, so positions on either side are positions in that file.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .document import Document
from .span import Span


@dataclass(frozen=True)
class Unit:
    source: Span | None  # None: target text with no source (an addition)
    target: Span | None  # None: source text with no target (an omission)
    confidence: float = 1.0
    id: str = ""  # the segment's id in XLIFF/PO/TMX, else empty
    # Offset of an empty or missing target's place in a bilingual file (<target/>, msgstr ""), if known.
    target_at: int | None = None


@dataclass
class Pair:
    source: Document
    target: Document
    units: list[Unit] = field(default_factory=list)
    method: str = "lines"  # lines | paragraphs | sentences | xliff | po | tmx
    # What pair checks compute once and share (numbers read on both sides ...).
    cache: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def source_language(self) -> str | None:
        return self.source.language

    @property
    def target_language(self) -> str | None:
        return self.target.language

    def source_text(self, unit: Unit) -> str:
        return "" if unit.source is None else self.source.plain[unit.source.start : unit.source.end]

    def target_text(self, unit: Unit) -> str:
        return "" if unit.target is None else self.target.plain[unit.target.start : unit.target.end]

    def sentence_pairs(self, unit: Unit) -> list[tuple[Span, Span]]:
        """The sentences of a unit paired one to one when both sides have as many;
        otherwise the whole unit as one pair (a merged or split sentence is compared whole)."""
        if unit.source is None or unit.target is None:
            return []
        src = sentences_in(self.source, unit.source)
        tgt = sentences_in(self.target, unit.target)
        if len(src) == len(tgt) and len(src) > 1:
            return list(zip(src, tgt))
        return [(unit.source, unit.target)]

    def unit_at(self, target_offset: int) -> Unit | None:
        for unit in self.units:
            if unit.target is not None and unit.target.start <= target_offset < max(unit.target.end, unit.target.start + 1):
                return unit
        return None


def sentences_in(doc: Document, span: Span) -> list[Span]:
    """The document's sentences inside a span (clipped to it); the span itself if none."""
    found = [Span(max(s.start, span.start), min(s.end, span.end)) for s in doc.sentences if s.end > span.start and s.start < span.end]
    return [s for s in found if s.end > s.start] or [span]


_WORDS = regex.compile(r"[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*")


def word_count(text: str) -> int:
    return len(_WORDS.findall(text))
