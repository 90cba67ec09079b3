"""Pair rule types: each reads a Pair (a source, its translation and the units that
align them) and reports on the TRANSLATION, with the source words quoted in the
message and the source span in ``related``.

A pair rule type module defines TYPE, PROPERTIES, REQUIRED and CHECK like any rule
type, plus ``PAIR = True``; its rules live in packs with a ``source_language``
(rules/en-id/). Cue lists and lexicons are YAML/JSON data beside those packs.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterable

from ... import yamlmarks
from ...dictionary import Lexicon, Words
from ...findings import Finding, Related
from ...matching import term_set
from ...pair import Pair, Unit
from ...span import Span
from .. import Check

# Options every pair rule type accepts.
LEXICON_OPTIONS = {
    "dictionary": {"type": "string", "minLength": 1},  # JSON lines of headwords and senses
    "morphology": {"type": "string", "minLength": 1},  # affixes of both languages (YAML)
    "related": {"type": "string", "minLength": 1},  # close words and antonyms of source headwords (JSON lines)
}
DEFAULT_DICTIONARY = "data/freedict-eng-ind.jsonl"
DEFAULT_MORPHOLOGY = "data/morphology.yaml"
DEFAULT_RELATED = "data/wordnet-en.jsonl"


class PairCheck(Check):
    """Base class of pair rule types: ``run_pair(pair)`` yields findings on the target."""

    def run(self, doc):
        return []  # a pair rule has nothing to say about one text alone

    def run_pair(self, pair: Pair) -> Iterable[Finding]:
        raise NotImplementedError

    # -- data ---------------------------------------------------------------
    def data(self, relative: str) -> dict:
        return load_yaml(str(self.env.resolve(relative)))

    def lexicon(self) -> Lexicon:
        o = self.rule.options
        return Lexicon.load(
            self.env.resolve(o.get("dictionary", DEFAULT_DICTIONARY)),
            self.env.resolve(o.get("morphology", DEFAULT_MORPHOLOGY)),
            self.rule.source_language or "en",
            self.rule.language,
            self.env.resolve(o.get("related", DEFAULT_RELATED)),
        )

    def cues(self, names: list[str], file: str | None = None):
        """A TermSet of the named cue lists in a cue file ("en.hedges" -> file[en][hedges])."""
        data = self.data(file or self.rule.options.get("cues_file", "data/cues.yaml"))
        items: list = []
        for name in names:
            node = data
            for part in name.split("."):
                if not isinstance(node, dict) or part not in node:
                    raise ValueError(f"cue list {name!r} is not in {file or self.rule.options.get('cues_file', 'data/cues.yaml')}")
                node = node[part]
            for item in node:
                # YAML reads a bare no/yes/on as a boolean: a cue must be a string or {pattern}.
                if not isinstance(item, (str, dict)):
                    raise ValueError(f"cue list {name!r}: {item!r} is not a word or {{pattern: ...}} (quote it)")
                items.append(item)
        return term_set(items) if items else None

    # -- findings ------------------------------------------------------------
    def pair_finding(
        self,
        pair: Pair,
        start: int,
        end: int,
        source_span: Span | None,
        source_note: str = "",
        **kwargs,
    ) -> Finding:
        """A finding on the target [start, end), with the source span as its first related location."""
        finding = self.finding(pair.target, start, end, **kwargs)
        if source_span is not None:
            finding.related.insert(0, source_related(pair, source_span, source_note))
        return finding


def source_related(pair: Pair, span: Span, note: str = "") -> Related:
    doc = pair.source
    line, column = doc.position(span.start)
    end_line, end_column = doc.position(span.end)
    text = " ".join(doc.text[span.start : span.end].split())
    message = note or f'source: "{_short(text)}"'
    return Related(line, column, message, end_line, end_column, span.start, span.end - span.start, path=doc.path)


def _short(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def quote(text: str, limit: int = 80) -> str:
    return _short(" ".join(text.split()), limit)


@lru_cache(maxsize=64)
def _read_yaml(path: str, mtime: float) -> dict:
    try:
        return yamlmarks.safe_load(Path(path).read_text(encoding="utf-8"), cache=True) or {}
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"cannot read {path}: {exc}") from None
    except yamlmarks.YamlError as exc:
        raise ValueError(f"{path}: invalid YAML: {exc}") from None


def load_yaml(path: str) -> dict:
    try:
        mtime = Path(path).stat().st_mtime
    except OSError as exc:
        raise ValueError(f"cannot read {path}: {exc.strerror or exc}") from None
    return _read_yaml(path, mtime)


def unit_pairs(pair: Pair) -> Iterable[tuple[Unit, Span, Span]]:
    """(unit, source sentence(s), target sentence(s)) for every unit with both sides."""
    for unit in pair.units:
        for s, t in pair.sentence_pairs(unit):
            yield unit, s, t


__all__ = ["PairCheck", "LEXICON_OPTIONS", "Words", "unit_pairs", "quote", "source_related", "load_yaml"]
