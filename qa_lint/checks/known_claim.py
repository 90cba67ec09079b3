"""known-claim: a sentence that repeats a claim fact-checkers have rated (docs/claims.md).

    threshold: 80            # similarity of the stemmed content words, 0-100 (rapidfuzz token_set_ratio)
    coverage: 0.7            # share of the claim's content words the sentence must have
    negation_cues: [tidak, bukan]      # polarity must agree between claim and sentence
    debunk_cues: [hoaks, keliru]       # a sentence calling it false reports the debunk
    ratings:                           # rating -> severity, first match wins; ignore: not reported
      - {severity: info, terms: [menyesatkan, sebagian benar]}
      - {severity: warning, terms: [salah, hoaks]}
      - {severity: ignore, terms: [benar]}
    examples_index: data/claims-examples.jsonld   # only for the rule's own examples

The claims come from the index `qa-lint claims import` builds (--claims-index, the
configuration's `claims: {index}`, else qa-lint's data folder). It is opened once per
process, when the first article in the rule's language comes; with no index file the
rule finds nothing and costs one stat per article. The rule's examples run against
``examples_index`` (a small bundled ClaimReview file, loaded into memory): a rule's
examples must not depend on what the user imported, and articles are never matched
against that file.
"""

from __future__ import annotations

import threading
from pathlib import Path

from ..claims import default_index
from ..claims.match import Matcher, Settings
from ..claims.store import ClaimStore, StoredClaim, shared
from . import Check

TYPE = "known-claim"
_CUES = {"type": "array", "items": {"type": "string", "minLength": 1}}
PROPERTIES = {
    "threshold": {"type": "number", "minimum": 0, "maximum": 100, "default": 80,
                  "description": "least similarity (0-100) of the sentence's and the claim's stemmed content words"},
    "coverage": {"type": "number", "minimum": 0, "maximum": 1, "default": 0.7,
                 "description": "least share of the claim's content words the sentence must contain"},
    "candidates": {"type": "integer", "minimum": 1, "maximum": 50, "default": 12,
                   "description": "claims (best BM25 first) compared with each sentence"},
    "min_words": {"type": "integer", "minimum": 1, "maximum": 10, "default": 3,
                  "description": "content words a sentence, and a claim, need to be compared at all"},
    "stopwords": {**_CUES, "description": "function words ignored besides the language profile's stopwords"},
    "negation_cues": {**_CUES, "description": "words that reverse a statement: claim and sentence must agree on them"},
    "debunk_cues": {**_CUES, "description": "words with which a sentence reports a claim as false (then it is not repeated)"},
    "ratings": {
        "type": "array",
        "description": "rating words -> severity, first match wins (whole words of the rating, case-folded); "
                       "severity ignore: claims so rated are not reported",
        "items": {
            "type": "object",
            "properties": {"severity": {"enum": ["error", "warning", "info", "ignore"]}, "terms": {**_CUES, "minItems": 1}},
            "required": ["severity", "terms"],
            "additionalProperties": False,
        },
    },
    "other_severity": {"enum": ["error", "warning", "info", "ignore"], "default": "info",
                       "description": "severity for a rating no entry of ratings names"},
    "examples_index": {"type": "string", "minLength": 1,
                       "description": "a ClaimReview file (relative to the pack) the rule's own examples are matched against; "
                                      "never used for articles"},
}
REQUIRED: list[str] = []
PLACEHOLDERS = {"match", "rating", "publisher", "date", "claim", "url", "score"}
REGEX_KEYS = ()


class KnownClaimCheck(Check):
    def __init__(self, rule, env, store: ClaimStore | None = None):
        super().__init__(rule, env)
        self.settings = Settings(
            threshold=float(self.option("threshold")), coverage=float(self.option("coverage")),
            candidates=int(self.option("candidates")), min_words=int(self.option("min_words")),
            stopwords=frozenset(w.casefold() for w in self.option("stopwords") or []) | env.stopwords,
            negation_cues=frozenset(" ".join(w.casefold().split()) for w in self.option("negation_cues") or []),
            debunk_cues=frozenset(" ".join(w.casefold().split()) for w in self.option("debunk_cues") or []),
        )
        self.ratings = [(r["severity"], [" ".join(t.casefold().split()) for t in r["terms"]]) for r in self.option("ratings") or []]
        self.index = Path(env.settings.get("claims_index") or default_index())
        self._store = store
        self._matcher: Matcher | None = None
        self._examples: KnownClaimCheck | None = None
        self._lock = threading.Lock()
        if "examples_index" in rule.options:
            self.examples_file = env.resolve(rule.options["examples_index"])
            if not self.examples_file.is_file():
                raise ValueError(f"examples_index {rule.options['examples_index']!r}: no such file")

    def for_examples(self) -> "KnownClaimCheck":
        """This rule matched against its bundled examples file instead of the user's index."""
        if "examples_index" not in self.rule.options or self._store is not None:
            return self
        with self._lock:
            if self._examples is None:
                self._examples = KnownClaimCheck(self.rule, self.env, self._example_store())
            return self._examples

    def _example_store(self) -> ClaimStore:
        from ..claims import importer  # only for the rule's own examples: not at start-up

        store = ClaimStore.open(":memory:", create=True)
        try:
            store.upsert(importer.read(self.examples_file, self.env.language), source=self.examples_file.name)
        except importer.ImportProblem as exc:
            raise ValueError(f"{self.examples_file}: {exc}") from None
        return store

    def store(self) -> ClaimStore | None:
        return self._store if self._store is not None else shared(self.index)

    def matcher(self) -> Matcher:
        with self._lock:
            if self._matcher is None:
                self._matcher = Matcher(self.env.language, self.settings)
            return self._matcher

    def severity(self, claim: StoredClaim) -> str:
        words = " " + " ".join(claim.rating.casefold().replace("-", " ").split()) + " "
        for severity, terms in self.ratings:
            if any(f" {t} " in words for t in terms):
                return severity
        if claim.rating_value is not None and claim.best_rating not in (None, claim.worst_rating):
            worst = claim.worst_rating if claim.worst_rating is not None else 1.0
            share = (claim.rating_value - worst) / (claim.best_rating - worst)
            return "warning" if share <= 0.34 else "info" if share <= 0.67 else "ignore"
        return self.option("other_severity")

    def run(self, doc):
        store = self.store()
        if store is None:
            return
        matcher = self.matcher()
        for span in doc.sentences:
            text = doc.plain[span.start:span.end]
            found = matcher.best(store, text)
            if found is None:
                continue
            severity = self.severity(found.claim)
            if severity == "ignore":
                continue
            start = span.start + (len(text) - len(text.lstrip()))
            end = span.end - (len(text) - len(text.rstrip()))
            c = found.claim
            yield self.finding(doc, start, end, severity=severity, rating=c.rating, publisher=c.publisher or "a fact-checker",
                               date=c.date or "an unknown date", claim=c.claim, url=c.url, score=f"{found.score:.0f}")


CHECK = KnownClaimCheck
