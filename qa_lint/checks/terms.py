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

from functools import cached_property

from ..matching import WORD_CHAR, WORD_RUN, Context, WordSet, literal_regex, normalize
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



def written_words(doc) -> tuple[list[str], list[str], frozenset[str]]:
    """The document's distinct words as written, the same words case-folded (in the same
    order), and the set of folded ones: made once per document for every terms rule.
    Each word is folded on its own (a word cannot fold into a newline), in one call."""

    def compute():
        written = list(set(WORD_RUN.findall(doc.plain)))
        folded = "\n".join(written).casefold().split("\n") if written else []
        return written, folded, frozenset(folded)

    return doc.memo("terms-written-words", compute)


def occurrences(text: str, word: str) -> list[tuple[int, int]]:
    """Where ``word`` (as written) stands in ``text`` as a whole word."""
    found = []
    size = len(word)
    at = text.find(word)
    while at >= 0:
        if (at == 0 or not WORD_CHAR.match(text, at - 1)) and not WORD_CHAR.match(text, at + size):
            found.append((at, at + size))
        at = text.find(word, at + 1)
    return found


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
        self.terms = [e["term"] for e in self.entries.values()]
        # Terms of whole words: looked up in a set (cost independent of their number).
        self.words = WordSet(self.terms, self.ignore_case) if WordSet.fits(self.terms, self.ignore_case) else None
        self.context = Context.from_options(rule.options.get("context"))

    @cached_property
    def pattern(self):
        """The terms as one regex: for terms that are not whole words, and texts a set cannot read."""
        return literal_regex(self.terms, self.ignore_case)

    def spans(self, doc) -> list[tuple[int, int]]:
        text = doc.plain
        if self.words is None or not self.words.serves(text):
            return [m.span() for m in self.pattern.finditer(text)]
        written, folded, present = written_words(doc)
        if not self.ignore_case:
            folded, present = written, frozenset(written)
        words = self.words
        if any(all(w in present for w in term) for first in words.multis.keys() & present for term in words.multis[first]):
            # Every word of a multi-word term is written somewhere: read the text word by word
            # (which also decides between a multi-word term and a single word it starts with).
            return words.spans(text)
        # Only single words can match: the terms written are found from the set of distinct
        # words, then located with str.find. Most documents have none, and no Python loop
        # runs over their words.
        found = words.singles & present
        if not found:
            return []
        spellings = [w for w, f in zip(written, folded) if f in found]
        return sorted(span for word in spellings for span in occurrences(text, word))

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
