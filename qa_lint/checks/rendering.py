"""rendering: a suspicious machine-translation rendering, with what was probably meant.

    pattern: '\\bBenggala Barat\\b'
    meant: Barat                 # offered as the suggestion; {meant} in the message
    context: {window, require_any, forbid_any, outside_quotes}
    antipatterns: [...]

A rendering is only suspicious in the wrong context, so ``context`` is required:
"Benggala Barat" is right in a story about India.
"""

from __future__ import annotations

from .pattern import PROPERTIES as PATTERN_PROPERTIES
from .pattern import PatternCheck

TYPE = "rendering"
PROPERTIES = {
    **PATTERN_PROPERTIES,
    "meant": {"oneOf": [{"type": "string", "minLength": 1}, {"type": "array", "items": {"type": "string"}, "minItems": 1}]},
    "source": {"type": "string"},  # the source-language term, for the explanation
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

    def run(self, doc):
        for m in self.matches(doc):
            # A pattern that eats the space after a word ("[Mm]ayor\s+(?:kota\s+)?") flags and
            # replaces the word, not the space: a fix must not glue it to the next one.
            start, end = m.start(), m.end()
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


CHECK = RenderingCheck
