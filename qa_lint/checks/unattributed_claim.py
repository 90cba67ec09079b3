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
    window: paragraph        # where a cue attributes the claim: paragraph (default) or sentence
    unsourced_severity: warning   # also check copy with fewer than min_attributions cues, at this severity
    headline_cues: [{pattern: '^Klaim\b'}]   # a headline that attributes ("... Kata Polisi") sources the lead
    metadata_keys: [title, headline]          # where the headline is

An opinion column or an explainer states things in its own voice and is not
reported on: the check only runs on copy that attributes elsewhere, where a
lone unsourced death toll, loss figure, "proven" or "largest ever" stands out.
A claim inside a quotation is the speaker's and is attributed by the quote.
"""

from __future__ import annotations

from ..matching import compile_pattern, required_literals, sentences_with, term_set
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
    "window": {"enum": ["paragraph", "sentence"], "default": "paragraph"},
    "unsourced_severity": {"enum": ["warning", "info"],
                           "description": "check copy that attributes nothing too, at this severity (default: skip it)"},
    "headline_cues": TERM_LIST,
    "metadata_keys": {"type": "array", "items": {"type": "string"}},
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
        # Words one of which every match of a claim contains (None: no prefilter).
        self.claim_literals = [required_literals(c["pattern"]) for c in o["claims"]]
        self.attribution = term_set(o["attribution_cues"])
        self.exempt = term_set(o["exempt_cues"]) if o.get("exempt_cues") else None
        self.min_attributions = o.get("min_attributions", 2)
        self.following = o.get("following", 0)
        self.preceding = o.get("preceding", 0)
        self.window = o.get("window", "paragraph")
        self.unsourced_severity = o.get("unsourced_severity")
        self.headline_cues = term_set(o["headline_cues"]) if o.get("headline_cues") else None
        self.metadata_keys = o.get("metadata_keys", ["title", "headline"])

    def attributed(self, doc, index: int) -> bool:
        """A cue in the claim's sentence, its paragraph, or the allowed neighbouring sentences."""
        sentences = doc.sentences
        sentence = sentences[index]
        paragraph = doc.window(self.window, sentence.start)
        # Looked up in the document's one list of cues: a paragraph of many claims is not rescanned per claim.
        if self.attribution.occurs(doc, paragraph.start, paragraph.end):
            return True
        lo = max(0, index - self.preceding)
        hi = min(len(sentences) - 1, index + self.following)
        return self.attribution.occurs(doc, sentences[lo].start, sentences[hi].end)

    def headline_attributes(self, doc) -> bool:
        """A headline that says who claims it ("Klaim ...", "... Kata Polisi", "..., Police Say")."""
        if self.headline_cues is None:
            return False
        for key in self.metadata_keys:
            value = doc.metadata.get(key)
            if isinstance(value, str) and (self.headline_cues.search(value) or self.attribution.search(value)):
                return True
        return False

    def run(self, doc):
        severity_override = None
        if len(self.attribution.index(doc).starts) < self.min_attributions:
            if self.unsourced_severity is None:
                return  # not reported copy: nothing to compare against
            # A story that attributes nothing at all: each such claim is the bigger problem.
            severity_override = self.unsourced_severity
        lead_end = -1
        if doc.sentences and self.headline_attributes(doc):
            lead_end = doc.window("paragraph", doc.sentences[0].start).end
        # A claim can only match in a sentence that holds one of its words (its literal prefilter).
        where = [sentences_with(doc, literals) for literals in self.claim_literals]
        for index, sentence in enumerate(doc.sentences):
            claims = [claim for claim, held in zip(self.claims, where) if held is None or index in held]
            found = self.first_claim(doc, sentence, claims) if claims else None
            if found is None:
                continue
            kind, m, severity = found
            # Sourced copy means cues outside this very claim's reach; the headline's for the lead.
            if sentence.start < lead_end or self.attributed(doc, index):
                continue
            # The kind is named in the reader's language too ("jumlah korban tewas"), from the catalogue.
            yield self.finding(doc, m.start(), m.end(), severity=severity_override or severity,
                               kind=self.rule.localize(kind, doc.ui_lang))

    def first_claim(self, doc, sentence, claims: list | None = None):
        """The first claim in the sentence (of ``claims``, default all): (kind, match, severity), or None."""
        if self.exempt and self.exempt.search(doc.plain, sentence.start, sentence.end):
            return None
        best = None
        for kind, pattern, severity in self.claims if claims is None else claims:
            for m in pattern.finditer(doc.plain, sentence.start, sentence.end):
                if m.end() == m.start() or doc.in_quotation(m.start(), m.end()):
                    continue
                if best is None or m.start() < best[1].start():
                    best = (kind, m, severity)
                break
        return best


CHECK = UnattributedClaimCheck
