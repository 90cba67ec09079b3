"""rendering: a suspicious machine-translation rendering, with what was probably meant.

    pattern: '\\bBenggala Barat\\b'
    meant: Barat                 # offered as the suggestion; {meant} in the message
    context: {window, require_any, forbid_any, outside_quotes}
    antipatterns: [...]
    clitics: true                # the match's last word may carry a clitic (tarifnya)

A rendering is only suspicious in the wrong context, so ``context`` is required:
"Benggala Barat" is right in a story about India.

A pattern names the bare wrong words, and the match's last word may also carry one of the
language's clitics (its profile's ``clitics``, qa_lint/clitics.py): ``\\bpotongan\\s+tarif\\b``
finds "menunda potongan tarifnya" too. The finding covers the bare words, so the fix keeps the
clitic ("pemangkasan suku bunganya"). Where a word with a clitic is no longer the wrong
rendering, ``clitics: false`` turns this off for the rule.
"""

from __future__ import annotations

from functools import cached_property

from .. import value_scan
from ..clitics import PatternWords
from ..matching import prefixed_places
from .pattern import PROPERTIES as PATTERN_PROPERTIES
from .pattern import PatternCheck

TYPE = "rendering"
PROPERTIES = {
    **PATTERN_PROPERTIES,
    "meant": {"oneOf": [{"type": "string", "minLength": 1}, {"type": "array", "items": {"type": "string"}, "minItems": 1}]},
    "source": {"type": "string"},  # the source-language term, for the explanation
    "clitics": {"type": "boolean", "default": True,
                "description": "also match when the last word carries one of the language's clitics (tarifnya, "
                               "tarifnyalah); the finding covers the bare words"},
}
REQUIRED = ["pattern", "meant", "context"]
# What a message may name: the match, the meant rendering(s), the source term, and the
# pattern's named groups.
PLACEHOLDERS = {"match", "meant", "source"}
GROUP_PLACEHOLDERS = True
REGEX_KEYS = ("pattern", "antipatterns")


class RenderingCheck(PatternCheck):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        meant = rule.options["meant"]
        self.meant = [meant] if isinstance(meant, str) else list(meant)

    def spans(self, doc):
        """(match, start, end) of every match, in order: the pattern's own, then (merged in
        order) those whose last word carries a clitic, cut at the bare word."""
        found = [(m, m.start(), m.end()) for m in self.matches(doc)]
        clitics = self.env.clitics
        if not clitics or not self._clitics_on or not self.could_match(doc):
            return found
        view = clitics.view(doc)
        if not view.may_end_in(self._written):
            return found
        taken = sorted((start, end) for _, start, end in found)
        more = []
        for m in value_scan.finditer(self.pattern, view.text, prefixed_places(doc, self.prefixes)):
            end = view.last_word_end(m.start(), m.end())
            if end is None or _overlaps(taken, m.start(), end) or self._spells(doc, view, end):
                continue
            if self.kept(doc, view.text, m.start(), end):
                more.append((m, m.start(), end))
        return sorted(found + more, key=lambda item: item[1]) if more else found

    @cached_property
    def _clitics_on(self) -> bool:
        return bool(self.option("clitics"))

    @cached_property
    def _written(self) -> PatternWords:
        return PatternWords.of(self.rule.options["pattern"])

    @cached_property
    def _folded_pattern(self) -> str:
        return self.rule.options["pattern"].casefold()

    def _spells(self, doc, view, end: int) -> bool:
        """Whether the pattern writes the word with its clitic itself ("tujuannya(?=...)"):
        its author then said where that form is the wrong rendering, and the bare word's
        wider context ("tujuan(?= disahkan)") is not meant for it. The word's first letter
        is left out, as a pattern may write it as a class ([Tt]ujuannya)."""
        start, word_end = view.words[end]
        return doc.plain[start + 1:word_end].casefold() in self._folded_pattern

    def run(self, doc):
        for m, start, end in self.spans(doc):
            # A pattern that eats the space after a word ("[Mm]ayor\s+(?:kota\s+)?") flags and
            # replaces the word, not the space: a fix must not glue it to the next one.
            while end > start and doc.text[end - 1].isspace():
                end -= 1
            while start < end and doc.text[start].isspace():
                start += 1
            suggestions = [m.expand(s).strip() for s in self.meant]
            yield self.finding(
                doc,
                start,
                end,
                suggestions=suggestions,
                meant=" / ".join(suggestions),
                source=self.rule.options.get("source", ""),
                **m.groupdict(),
            )


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted spans (the pattern's own matches, which
    already report these words: "minat(?:nya)?" names its clitic itself)."""
    return any(s < end and start < e for s, e in spans)


CHECK = RenderingCheck
