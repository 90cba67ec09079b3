"""terms: a list of literal terms, each word-bounded, compiled together.

    terms:
      - beberapa analis                     # plain term: the rule's message
      - term: sumber yang enggan disebutkan namanya
        message: 'Anonymous source: ...'   # per-term message
        suggestions: [...]
        severity: info
    ignore_case: true                       # default false, as for every rule type
    context: {window, require_any, forbid_any, outside_quotes}
"""

from __future__ import annotations

from ..matching import Context, WordIndex, WordSet, literal_regex, normalize
from . import CONTEXT, IGNORE_CASE, SUGGESTIONS, Check

TYPE = "terms"
PROPERTIES = {
    "terms": {
        "type": "array",
        "minItems": 1,
        "items": {
            "oneOf": [
                {"type": "string", "minLength": 1},
                {
                    "type": "object",
                    "properties": {
                        "term": {"type": "string", "minLength": 1},
                        "message": {"type": "string"},
                        "suggestion": {"type": "string"},
                        "suggestions": SUGGESTIONS,
                        "severity": {"enum": ["error", "warning", "info"]},
                    },
                    "required": ["term"],
                    "additionalProperties": False,
                },
            ]
        },
    },
    "ignore_case": IGNORE_CASE,
    "suggestions": SUGGESTIONS,
    "context": CONTEXT,
}
REQUIRED = ["terms"]
# What a message (the rule's or an entry's) may name.
PLACEHOLDERS = {"match", "term"}
REGEX_KEYS = ()


class TermsCheck(Check):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        self.ignore_case = self.option("ignore_case")
        self.entries: dict[str, dict] = {}
        for item in rule.options["terms"]:
            entry = {"term": item} if isinstance(item, str) else dict(item)
            if "suggestion" in entry:
                entry["suggestions"] = [entry.pop("suggestion")]
            self.entries[self.key(entry["term"])] = entry
        terms = [e["term"] for e in self.entries.values()]
        self.pattern = literal_regex(terms, self.ignore_case)
        # Terms of whole words: looked up word by word (cost independent of their number).
        self.words = WordSet(terms, self.ignore_case) if WordSet.fits(terms, self.ignore_case) else None
        self.context = Context.from_options(rule.options.get("context"))

    def spans(self, doc) -> list[tuple[int, int]]:
        text = doc.plain
        if self.words is not None and self.words.serves(text):
            # Looked up in the document's word index, shared by every terms rule (and the
            # context term sets): no scan of the text per rule.
            return self.words.indexed_spans(text, WordIndex.of(doc, self.ignore_case))
        return [m.span() for m in self.pattern.finditer(text)]

    def key(self, term: str) -> str:
        return normalize(term) if self.ignore_case else " ".join(term.split())

    def run(self, doc):
        for start, end in self.spans(doc):
            if not self.context.allows(doc, start, end):
                continue
            matched = doc.plain[start:end]
            entry = self.entries.get(self.key(matched), {})
            yield self.finding(
                doc,
                start,
                end,
                message=entry.get("message"),
                suggestions=entry.get("suggestions", self.rule.options.get("suggestions", [])),
                severity=entry.get("severity"),
                term=entry.get("term", matched),
            )


CHECK = TermsCheck
