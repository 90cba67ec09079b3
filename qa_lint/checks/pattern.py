"""pattern: a regular expression (the regex module) that marks a problem where it matches.

    pattern: '\\bkemungkinan besar\\b'     # required
    ignore_case: false                     # or an inline (?i)
    suggestions: ['\\1 ...']               # templates expanded with the match groups
    replace: {miliar: billion, juta: million}  # or: the suggestion for each match (case-folded)
    antipatterns: ['...']                  # a match inside one of these is not reported
    followed_by: [Texas, {list: ../data/us-states.yaml}]  # reported only when a term comes next
    preceded_by: [Gubernur, ...]           # ... or right before (after whitespace)
    context: {window, require_any, forbid_any, outside_quotes}
"""

from __future__ import annotations

from functools import cached_property

from .. import value_scan
from ..matching import (
    Context,
    MatchIndex,
    adjacent,
    compile_pattern,
    literal_prefixes,
    prefixed_places,
    required_literal_groups,
    required_literals,
)
from . import CONTEXT, IGNORE_CASE, SUGGESTIONS, TERM_LIST, Check

TYPE = "pattern"
PROPERTIES = {
    "pattern": {"type": "string", "minLength": 1},
    "ignore_case": IGNORE_CASE,
    "suggestions": SUGGESTIONS,
    # One rule for several words that differ only in their fix: match (case-folded) -> suggestion,
    # also {replacement} in the message.
    "replace": {"type": "object", "additionalProperties": {"type": "string", "minLength": 1}, "minProperties": 1},
    "antipatterns": {"type": "array", "items": {"type": "string", "minLength": 1}},
    # Term lists (words, {pattern: ...}, {list: FILE}) instead of a long lookahead/lookbehind:
    # the match must be followed / preceded, across whitespace, by one of them.
    "followed_by": TERM_LIST,
    "preceded_by": TERM_LIST,
    "context": CONTEXT,
}
REQUIRED = ["pattern"]
# What a message may name: the match, and the pattern's named groups ((?P<name>...)).
PLACEHOLDERS = {"match", "replacement"}  # replacement: from `replace`
GROUP_PLACEHOLDERS = True
# Option keys whose values are regular expressions (validated with positions).
REGEX_KEYS = ("pattern", "antipatterns")


class PatternCheck(Check):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        options = rule.options
        self.ignore_case = self.option("ignore_case")
        self.pattern = compile_pattern(options["pattern"], self.ignore_case)
        self.suggestions = options.get("suggestions", [])
        self.replace = {key.casefold(): value for key, value in options.get("replace", {}).items()}

    # What is needed only once the pattern matches is built then: most of a language's hundreds
    # of pattern and rendering rules never match a given article, and building their term sets
    # at every start-up cost more than the article's check (issue 12).
    @cached_property
    def antipatterns(self) -> list:
        return [compile_pattern(p, self.ignore_case) for p in self.rule.options.get("antipatterns", [])]

    @cached_property
    def context(self) -> Context:
        return Context.from_options(self.rule.options.get("context"))

    @cached_property
    def followed_by(self):
        terms = self.rule.options.get("followed_by")
        return adjacent(terms, self.ignore_case, after=True) if terms else None

    @cached_property
    def preceded_by(self):
        terms = self.rule.options.get("preceded_by")
        return adjacent(terms, self.ignore_case, after=False) if terms else None

    @cached_property
    def literals(self) -> frozenset[str] | None:
        """Most documents contain none of a rule's words: the regex is skipped for them.
        Read off the pattern on first use, as the pattern is compiled (start-up stays short)."""
        return required_literals(self.rule.options["pattern"])

    @cached_property
    def prefixes(self) -> frozenset[str] | None:
        """What every match starts with: the pattern is tried only where one is written."""
        return literal_prefixes(self.rule.options["pattern"])

    def excluded(self, doc, start: int, end: int) -> bool:
        """Whether the match lies inside an antipattern's match in its sentence."""
        return any(self._antipattern_index(doc, anti).covers(start, end) for anti in self.antipatterns)

    @staticmethod
    def _antipattern_index(doc, anti) -> MatchIndex:
        # Each sentence searched once per document, not once per match in it.
        def find():
            return MatchIndex([(m.start(), m.end()) for s in doc.sentences for m in anti.finditer(doc.plain, s.start, s.end)])

        return doc.memo(("antipattern", id(anti)), find)

    def required_literals(self) -> frozenset[str] | None:
        return self.literals

    def required_literal_groups(self) -> tuple[frozenset[str], ...]:
        return self.literal_groups

    @cached_property
    def literal_groups(self) -> tuple[frozenset[str], ...]:
        """Every group of strings each match holds one of: the engine skips the rule for a
        document without its prefilter's strings, this test the documents that lack
        another word it needs (a "dalam ... negeri" rule in an article without "negeri")."""
        return required_literal_groups(self.rule.options["pattern"])

    def could_match(self, doc) -> bool:
        """Whether the document holds a string of the prefilter and of every literal group:
        what the engine asks of every check in one pass (required_literal_groups)."""
        folded = doc.folded
        if self.literals is not None and not any(word in folded for word in self.literals):
            return False
        return all(any(word in folded for word in group) for group in self.literal_groups)

    def matches(self, doc):
        # No could_match here: the engine runs the check only on documents that hold its
        # strings, and a pattern finds nothing where they are missing.
        for m in value_scan.finditer(self.pattern, doc.plain, prefixed_places(doc, self.prefixes)):
            if m.end() != m.start() and self.kept(doc, doc.plain, m.start(), m.end()):
                yield m

    def kept(self, doc, text: str, start: int, end: int) -> bool:
        """Whether a match of [start, end) in ``text`` (the document's plain text, or a view of
        it with the same offsets) passes followed_by, preceded_by, the antipatterns and the
        context."""
        if self.followed_by and not self.followed_by.match(text, end):
            return False
        if self.preceded_by and not self.preceded_by.match(text, start):
            return False
        return not self.excluded(doc, start, end) and self.context.allows(doc, start, end)

    def run(self, doc):
        for m in self.matches(doc):
            suggestions = [m.expand(s) for s in self.suggestions]
            replacement = self.replace.get(m.group().casefold())
            if replacement:
                suggestions.insert(0, replacement)
            yield self.finding(doc, m.start(), m.end(), suggestions=suggestions, replacement=replacement or "", **m.groupdict())


CHECK = PatternCheck
