"""unattributed-claim: a contestable claim with no source, in a story that sources its other claims.

    claims:                                  # what needs a source; first match per sentence
      - kind: casualty figure
        pattern: '\\bmenewaskan\\s+\\d+\\s+orang\\b'
        severity: info                       # optional; the rule's severity otherwise
    attribution_cues: [mengatakan, menurut, {pattern: '...'}]
    min_attributions: 2      # cues the rest of the article must have to count as sourced copy
    following: 1             # also accept a cue this many sentences later ("..., katanya.")
    preceding: 0             # ... or this many sentences earlier
    exempt_cues: [diduga]    # hedged sentences assert nothing

An opinion column or an explainer states things in its own voice and is not
reported on: the check only runs on copy that attributes elsewhere, where a
lone unsourced death toll, loss figure, "proven" or "largest ever" stands out.
A claim inside a quotation is the speaker's and is attributed by the quote.
"""

from __future__ import annotations

from ..matching import compile_pattern, term_set
from . import TERM_LIST, Check

TYPE = "unattributed-claim"
PROPERTIES = {
    "claims": {
        "type": "array",
        "minItems": 1,
        "items": {
            "type": "object",
            "properties": {
                "kind": {"type": "string", "minLength": 1},
                "pattern": {"type": "string", "minLength": 1},
                "severity": {"enum": ["warning", "info"]},
                "ignore_case": {"type": "boolean"},
            },
            "required": ["kind", "pattern"],
            "additionalProperties": False,
        },
    },
    "attribution_cues": TERM_LIST,
    "exempt_cues": TERM_LIST,
    "min_attributions": {"type": "integer", "minimum": 0},
    "following": {"type": "integer", "minimum": 0, "maximum": 3},
    "preceding": {"type": "integer", "minimum": 0, "maximum": 3},
}
REQUIRED = ["claims", "attribution_cues"]
# What its messages may name (checked when a pack loads; docs/rule-writing.md).
PLACEHOLDERS = {"match", "kind"}
REGEX_KEYS = ()


class UnattributedClaimCheck(Check):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        o = rule.options
        self.claims = [
            (c["kind"], compile_pattern(c["pattern"], c.get("ignore_case", True)), c.get("severity")) for c in o["claims"]
        ]
        self.attribution = term_set(o["attribution_cues"])
        self.exempt = term_set(o["exempt_cues"]) if o.get("exempt_cues") else None
        self.min_attributions = o.get("min_attributions", 2)
        self.following = o.get("following", 0)
        self.preceding = o.get("preceding", 0)

    def attributed(self, doc, index: int) -> bool:
        """A cue in the claim's sentence, its paragraph, or the allowed neighbouring sentences."""
        sentences = doc.sentences
        sentence = sentences[index]
        paragraph = doc.window("paragraph", sentence.start)
        # Looked up in the document's one list of cues: a paragraph of many claims is not rescanned per claim.
        if self.attribution.occurs(doc, paragraph.start, paragraph.end):
            return True
        lo = max(0, index - self.preceding)
        hi = min(len(sentences) - 1, index + self.following)
        return self.attribution.occurs(doc, sentences[lo].start, sentences[hi].end)

    def run(self, doc):
        if len(self.attribution.index(doc).starts) < self.min_attributions:
            return  # not reported copy: nothing to compare against
        for index, sentence in enumerate(doc.sentences):
            found = self.first_claim(doc, sentence)
            if found is None:
                continue
            kind, m, severity = found
            # Sourced copy means cues outside this very claim's reach.
            if self.attributed(doc, index):
                continue
            yield self.finding(doc, m.start(), m.end(), severity=severity, kind=kind)

    def first_claim(self, doc, sentence):
        if self.exempt and self.exempt.search(doc.plain, sentence.start, sentence.end):
            return None
        best = None
        for kind, pattern, severity in self.claims:
            for m in pattern.finditer(doc.plain, sentence.start, sentence.end):
                if m.end() == m.start() or doc.in_quotation(m.start(), m.end()):
                    continue
                if best is None or m.start() < best[1].start():
                    best = (kind, m, severity)
                break
        return best


CHECK = UnattributedClaimCheck
