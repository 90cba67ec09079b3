"""TMX 1.4: a Pair whose units are the translation units (<tu>) of a memory.

The source language is the header's srclang; the target is the other <tuv>
language of each unit (the first one that is not the source, or the one asked
for). As with XLIFF, both Documents hold the whole file, so positions are the
TMX file's own lines and columns. Inline code (<bpt>, <ept>, <ph>, <it>, <ut>)
is blanked; text in <hi> is kept.
"""

from __future__ import annotations

from . import xmlsegments
from .xliff import XliffError, build

CODE = frozenset({"bpt", "ept", "ph", "it", "ut"})


class TmxError(XliffError):
    pass


def _lang(tuv) -> str:
    return (tuv.attr("lang") or "").replace("_", "-")


def _base(tag: str | None) -> str:
    return (tag or "").split("-")[0].lower()


def read(text: str, path: str, target_language: str | None = None):
    try:
        root = xmlsegments.parse(text, path)
    except xmlsegments.XmlError as exc:
        raise TmxError(str(exc)) from None
    tmx = root.child("tmx")
    if tmx is None:
        raise TmxError(f"{path}: not a TMX file (no <tmx> root element)")
    header = tmx.child("header")
    source_language = header.attr("srclang") if header is not None else None
    if not source_language or source_language == "*all*":
        raise TmxError(f"{path}: the TMX header has no srclang, so the source of each unit is unknown")
    src_chars = xmlsegments.blank_chars(text)
    tgt_chars = xmlsegments.blank_chars(text)
    pairs = []
    chosen = _base(target_language) if target_language else None
    for tu in tmx.find_all("tu"):
        tuvs = list(tu.find_all("tuv"))
        src = next((t for t in tuvs if _base(_lang(t)) == _base(source_language)), None)
        others = [t for t in tuvs if _base(_lang(t)) != _base(source_language)]
        tgt = next((t for t in others if chosen is None or _base(_lang(t)) == chosen), None)
        if tgt is not None and chosen is None:
            chosen = _base(_lang(tgt))
        src_seg = src.child("seg") if src is not None else None
        tgt_seg = tgt.child("seg") if tgt is not None else None
        if src_seg is None and tgt_seg is None:
            continue
        from .xliff import _segment

        pairs.append(_segment(text, src_seg, tgt_seg, tu.attr("tuid", ""), src_chars, tgt_chars))
    return build(text, path, "tmx", src_chars, tgt_chars, pairs, source_language, chosen)
