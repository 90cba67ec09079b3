"""XLIFF 1.2 and 2.x: a Pair whose units are the file's translation units.

XLIFF 1.2: <file source-language target-language> / <trans-unit id> / <source>, <target>
XLIFF 2.x: <xliff srcLang trgLang> / <unit id> / <segment> / <source>, <target>

Both Documents hold the whole file; the source Document's plain text keeps only
the <source> contents and the target's only the <target> contents, so every
finding and every related source location is a line and column of the XLIFF
file itself. Inline code (<ph>, <bpt>, <ept>, <it>, <x/>, <sc/> ...) is blanked;
text inside <g>, <pc> and <mrk> is kept. A unit with no or an empty <target> is
a unit with no target (reported as untranslated by the pair checks).
"""

from __future__ import annotations

from ..document import Document
from ..pair import Pair, Unit
from ..span import Span
from . import xmlsegments

CODE = frozenset({"ph", "bpt", "ept", "it", "ut", "x", "bx", "ex", "sc", "ec", "sm", "em", "cp"})


class XliffError(ValueError):
    pass


def read(text: str, path: str) -> Pair:
    try:
        root = xmlsegments.parse(text, path)
    except xmlsegments.XmlError as exc:
        raise XliffError(str(exc)) from None
    xliff = root.child("xliff")
    if xliff is None:
        raise XliffError(f"{path}: not an XLIFF file (no <xliff> root element)")
    version = xliff.attr("version") or ""
    src_chars = xmlsegments.blank_chars(text)
    tgt_chars = xmlsegments.blank_chars(text)
    pairs: list[tuple[Span | None, Span | None, str]] = []
    source_language = target_language = None
    if version in ("1.1", "1.2"):
        for file in xliff.find_all("file"):
            source_language = source_language or file.attr("source-language")
            target_language = target_language or file.attr("target-language")
            for unit in file.find_all("trans-unit"):
                if unit.attr("translate") == "no":
                    continue
                pairs.append(_segment(text, unit.child("source"), unit.child("target"), unit.attr("id", ""), src_chars, tgt_chars))
    elif version.startswith("2"):
        source_language = xliff.attr("srcLang")
        target_language = xliff.attr("trgLang")
        for unit in xliff.find_all("unit"):
            if unit.attr("translate") == "no":
                continue
            for n, segment in enumerate(unit.find_all("segment"), 1):
                seg_id = unit.attr("id", "") + (f"/{segment.attr('id') or n}")
                pairs.append(_segment(text, segment.child("source"), segment.child("target"), seg_id, src_chars, tgt_chars))
    else:
        raise XliffError(f"{path}: XLIFF version {version or '(none)'} is not supported (1.2 and 2.x are)")
    return build(text, path, "xliff", src_chars, tgt_chars, pairs, source_language, target_language)


def _segment(text, source, target, unit_id, src_chars, tgt_chars):
    src = tgt = at = None
    if source is not None:
        xmlsegments.copy_segment(text, src_chars, source, CODE)
        src = Span(source.content_start, source.content_end)
    if target is not None:
        xmlsegments.copy_segment(text, tgt_chars, target, CODE)
        tgt = Span(target.content_start, target.content_end)
        if not "".join(tgt_chars[tgt.start : tgt.end]).strip():
            tgt, at = None, target.start  # an empty target is no translation
    return src, tgt, unit_id, at


def build(text, path, fmt, src_chars, tgt_chars, pairs, source_language, target_language) -> Pair:
    """The two Documents over one file, and their units (spans trimmed to the text)."""
    src_plain, tgt_plain = "".join(src_chars), "".join(tgt_chars)
    units = []
    for src, tgt, unit_id, *rest in pairs:
        src = _trim(src_plain, src)
        tgt = _trim(tgt_plain, tgt)
        if src is None and tgt is None:
            continue
        units.append(Unit(src, tgt, 1.0, unit_id, rest[0] if rest else None))
    source = Document(path=path, text=text, plain=src_plain, format=fmt, block_spans=[u.source for u in units if u.source])
    target = Document(path=path, text=text, plain=tgt_plain, format=fmt, block_spans=[u.target for u in units if u.target])
    source.metadata["lang"] = source_language
    target.metadata["lang"] = target_language
    return Pair(source, target, units, fmt)


def _trim(plain: str, span: Span | None) -> Span | None:
    if span is None:
        return None
    start, end = span.start, span.end
    while start < end and plain[start].isspace():
        start += 1
    while end > start and plain[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None
