"""Aligning a translation with its source: Documents in, a Pair out.

1. Same number of paragraphs (a line-aligned pair, one paragraph per line, or the
   same paragraphing): paragraph i translates paragraph i, if their lengths agree.
2. Otherwise sentences are aligned by length, Gale & Church (1993) style: a
   dynamic programme over 1-1, 1-2, 2-1, 2-2, 1-0 and 0-1 beads whose cost is how
   unlikely the length difference is, made cheaper by anchors the two sentences
   share (the same numbers, names that start alike) and dearer by numbers that
   disagree. The expected length ratio is the documents' own.
3. When too much stays unaligned the pair is refused with AlignError: a clear
   message (exit 2 in the CLI), not findings built on a wrong alignment.
"""

from __future__ import annotations

import math
from typing import cast

import regex

from .document import Document
from .pair import Pair, Unit
from .span import Span

# Gale & Church's prior probabilities of each bead and variance per character.
BEADS = {(1, 1): 0.89, (1, 0): 0.0099, (0, 1): 0.0099, (2, 1): 0.089, (1, 2): 0.089, (2, 2): 0.011}
VARIANCE = 6.8
# A paragraph pair whose length difference is this many standard deviations off is implausible.
MAX_DELTA = 3.5
# Share of paragraph pairs that must look plausible to trust paragraph i = paragraph i.
MIN_PLAUSIBLE = 0.75
# Share of source or target text that may stay unaligned before alignment is refused.
MAX_UNALIGNED = 0.34

_NUMBER = regex.compile(r"\d[\d.,]*\d|\d")
_NAME = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}]{3,}")


class AlignError(Exception):
    """The source and the translation cannot be aligned; the message says why."""


def align(source: Document, target: Document) -> Pair:
    src_blocks, tgt_blocks = source.blocks, target.blocks
    if not src_blocks or not tgt_blocks:
        empty = "source" if not src_blocks else "translation"
        raise AlignError(f"cannot align {target.path} with {source.path}: the {empty} has no text")
    ratio = _ratio(source, target)
    if len(src_blocks) == len(tgt_blocks):
        pair = _by_paragraph(source, target, ratio)
        if pair is not None:
            return pair
    return _by_sentence(source, target, ratio)


def _ratio(source: Document, target: Document) -> float:
    s = sum(b.end - b.start for b in source.blocks)
    t = sum(b.end - b.start for b in target.blocks)
    return max(0.3, min(3.0, t / s)) if s else 1.0


def delta(source_len: int, target_len: int, ratio: float) -> float:
    """Gale & Church's normalised length difference."""
    mean = (source_len + target_len / ratio) / 2
    return (target_len - source_len * ratio) / math.sqrt(max(mean, 1) * VARIANCE)


def _confidence(d: float) -> float:
    # Two-sided normal tail: 1.0 for equal lengths, falling off with the difference.
    return round(math.erfc(abs(d) / math.sqrt(2)), 3)


def _by_paragraph(source: Document, target: Document, ratio: float) -> Pair | None:
    units: list[Unit] = []
    plausible = 0
    for s, t in zip(source.blocks, target.blocks):
        d = delta(s.end - s.start, t.end - t.start, ratio)
        conflict = _anchor_score(source, s, target, t) < 0
        if abs(d) <= MAX_DELTA and not conflict:
            plausible += 1
        units.append(Unit(s, t, _confidence(d)))
    if plausible < MIN_PLAUSIBLE * len(units):
        return None
    one_line = all("\n" not in source.text[s.start : s.end] for s, _ in zip(source.blocks, target.blocks))
    return Pair(source, target, units, "lines" if one_line else "paragraphs")


def _anchors(doc: Document, span: Span) -> tuple[set[str], set[str]]:
    text = doc.plain[span.start : span.end]
    numbers = {regex.sub(r"[.,]", "", n) for n in _NUMBER.findall(text)}
    names = {n.casefold()[:4] for n in _NAME.findall(text)}
    return numbers, names


def _anchor_score(source: Document, s: Span, target: Document, t: Span) -> float:
    """Positive when the spans share numbers and names, negative when their numbers disagree."""
    sn, sw = _anchors(source, s)
    tn, tw = _anchors(target, t)
    shared = len(sn & tn) + 0.5 * len(sw & tw)
    if sn and tn and not (sn & tn):
        return -1.0
    return shared


def _by_sentence(source: Document, target: Document, ratio: float) -> Pair:
    units = sentence_units(source, source.sentences, target, target.sentences, ratio)
    _refuse_if_poor(source, target, units)
    return Pair(source, target, units, "sentences")


def within(pair: Pair, unit: Unit, overlap=None) -> list[Unit]:
    """A paragraph unit aligned sentence by sentence (to find a sentence left out of it).

    ``overlap(source_span, target_span)`` -> None (nothing known) or the share of the
    source sentence's known words rendered in the target sentence: a sentence that
    shares nothing with the sentences it is beaded with is better left unaligned."""
    from .pair import sentences_in

    if unit.source is None or unit.target is None:
        raise ValueError("align.within needs a unit with a source and a target span")
    src = sentences_in(pair.source, unit.source)
    tgt = sentences_in(pair.target, unit.target)
    if len(src) == len(tgt):
        return [Unit(s, t, unit.confidence) for s, t in zip(src, tgt)]
    table = None
    ratio = _ratio(pair.source, pair.target)
    if overlap is not None:
        table = [[overlap(s, t) for t in tgt] for s in src]
        # The length ratio of sentences that clearly translate each other: the
        # document's own ratio is skewed by the very sentence that is missing.
        ratios = sorted(_group_ratios(src, tgt, table))
        if ratios:
            ratio = max(0.3, min(3.0, ratios[len(ratios) // 2]))
    return sentence_units(pair.source, src, pair.target, tgt, ratio, table)


def _group_ratios(src: list[Span], tgt: list[Span], table) -> list[float]:
    """Length ratios of the groups of sentences that clearly translate each other (overlap
    0.5 or more), joined where one sentence renders several: two short source sentences of
    a quote merged into one target sentence are one group of ratio 1.3, not a 20-character
    sentence "translated" by 167 characters (8.4), which would make every bead look short."""
    parent = list(range(len(src) + len(tgt)))

    def root(k: int) -> int:
        while parent[k] != k:
            k = parent[k]
        return k

    linked = set()
    for i, row in enumerate(table):
        for j, o in enumerate(row):
            if o is not None and o >= 0.5:
                parent[root(i)] = root(len(src) + j)
                linked |= {i, len(src) + j}
    sizes: dict[int, list[int]] = {}
    for k in linked:
        lengths = sizes.setdefault(root(k), [0, 0])
        lengths[k >= len(src)] += _len(src[k]) if k < len(src) else _len(tgt[k - len(src)])
    return [t / max(s, 1) for s, t in sizes.values()]


def sentence_units(source: Document, src: list[Span], target: Document, tgt: list[Span], ratio: float, overlap=None) -> list[Unit]:
    n, m = len(src), len(tgt)
    if n * m > 4_000_000:
        raise AlignError(f"cannot align {target.path} with {source.path}: too long to align by sentence ({n} x {m} sentences); split it or align it by paragraph")
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if cost[i][j] == inf:
                continue
            for (a, b), prior in BEADS.items():
                if i + a > n or j + b > m:
                    continue
                c = cost[i][j] + _bead_cost(source, src[i : i + a], target, tgt[j : j + b], ratio, prior)
                if overlap is not None and a and b:
                    c += _lexical_penalty(overlap, range(i, i + a), range(j, j + b))
                if c < cost[i + a][j + b]:
                    cost[i + a][j + b] = c
                    back[i + a][j + b] = (a, b)
    units: list[Unit] = []
    i, j = n, m
    while i or j:
        # Every cell on the way back from (n, m) was reached: (1, 0) and (0, 1) beads reach them all.
        a, b = cast(tuple[int, int], back[i][j])
        s_span = Span(src[i - a].start, src[i - 1].end) if a else None
        t_span = Span(tgt[j - b].start, tgt[j - 1].end) if b else None
        d = delta(_len(s_span), _len(t_span), ratio) if a and b else 9.0
        units.append(Unit(s_span, t_span, _confidence(d) if a and b else 0.0))
        i, j = i - a, j - b
    units.reverse()
    return units


def _lexical_penalty(overlap, rows, cols) -> float:
    """Cost for a bead in which a sentence shares no known word with the other side."""
    penalty = 0.0
    for r in rows:
        known = [overlap[r][c] for c in cols if overlap[r][c] is not None]
        if known:
            penalty += 12.0 * max(0.0, 1 - max(known) / 0.4)
    for c in cols:
        known = [overlap[r][c] for r in rows if overlap[r][c] is not None]
        if known:
            penalty += 12.0 * max(0.0, 1 - max(known) / 0.4)
    return penalty


def _len(span: Span | None) -> int:
    return 0 if span is None else span.end - span.start


def _bead_cost(source, s_spans, target, t_spans, ratio, prior) -> float:
    s_len = sum(_len(s) for s in s_spans)
    t_len = sum(_len(t) for t in t_spans)
    cost = -math.log(prior)
    if s_spans and t_spans:
        d = delta(s_len, t_len, ratio)
        # -log of the two-sided tail probability of the length difference.
        cost += -math.log(max(math.erfc(abs(d) / math.sqrt(2)), 1e-12))
        anchor = _anchor_score(source, Span(s_spans[0].start, s_spans[-1].end), target, Span(t_spans[0].start, t_spans[-1].end))
        cost -= min(anchor, 3.0) * 1.5 if anchor > 0 else 0.0
        cost += 4.0 if anchor < 0 else 0.0
    else:
        # Leaving a sentence out costs as if its length had to be explained away.
        cost += 2.0 + (s_len + t_len) / 80
    return cost


def _refuse_if_poor(source: Document, target: Document, units: list[Unit]) -> None:
    src_total = sum(_len(u.source) for u in units) or 1
    tgt_total = sum(_len(u.target) for u in units) or 1
    src_alone = sum(_len(u.source) for u in units if u.target is None) / src_total
    tgt_alone = sum(_len(u.target) for u in units if u.source is None) / tgt_total
    paired = [u for u in units if u.source is not None and u.target is not None]
    weak = sum(1 for u in paired if u.confidence < 0.01) / max(len(paired), 1)
    if src_alone > MAX_UNALIGNED or tgt_alone > MAX_UNALIGNED or weak > 0.5:
        raise AlignError(
            f"cannot align {target.path} with {source.path}: {round(src_alone * 100)}% of the source and "
            f"{round(tgt_alone * 100)}% of the translation have no counterpart ({len(source.sentences)} source "
            f"sentences, {len(target.sentences)} translated); is this the right source? "
            "Line the two files up paragraph by paragraph, or use XLIFF/PO"
        )
