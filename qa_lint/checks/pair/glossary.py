"""pair-glossary: a term of the desk's term list rendered as the list says.

    glossaries: [data/glossary.yaml]   # TBX, CSV or YAML (qa_lint/glossary.py), relative to the pack
    setting: glossary                  # plus the file named by this key of the config's settings
    report: [forbidden, missing]
        forbidden  the source has the term and the translation a forbidden rendering of it
        missing    the source has the term and the translation none of its approved renderings

Terms are found in their inflected forms on both sides ("press conferences",
"konferensi persnya"). Placeholders: {term}, {approved}, {match}.
"""

from __future__ import annotations

from ...dictionary import Words
from ...glossary import GlossaryError, read_glossary
from ...span import Span
from . import LEXICON_OPTIONS, PairCheck, unit_pairs

TYPE = "pair-glossary"
PAIR = True
PROPERTIES = {
    "glossaries": {"type": "array", "items": {"type": "string", "minLength": 1}},
    "setting": {"type": "string", "minLength": 1},
    "report": {"type": "array", "items": {"enum": ["forbidden", "missing"]}, "minItems": 1},
    **LEXICON_OPTIONS,
}
REQUIRED = ["report"]
# What its messages may name (checked when a pack loads; docs/rule-writing.md).
PLACEHOLDERS = {"match", "approved", "kind", "term"}
REGEX_KEYS = ()


class GlossaryCheck(PairCheck):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        o = rule.options
        self.report = set(o["report"])
        self.files = [str(env.resolve(p)) for p in o.get("glossaries", [])]
        if o.get("setting") and env.settings.get(o["setting"]):
            self.files.append(str(env.settings[o["setting"]]))
        self.terms()  # a broken glossary fails when packs load, naming the rule

    def terms(self):
        found = []
        for path in self.files:
            try:
                found.extend(read_glossary(path, self.rule.source_language or "en", self.rule.language))
            except GlossaryError as exc:
                raise ValueError(str(exc)) from None
        return found

    def run_pair(self, pair):
        lexicon = self.lexicon()
        terms = self.terms()
        for _unit, s, t in unit_pairs(pair):
            source = Words(pair.source.plain[s.start : s.end], lexicon.source_morphology, s.start)
            target = Words(pair.target.plain[t.start : t.end], lexicon.target_morphology, t.start)
            for term in terms:
                at = source.find(term.source)
                if at is None:
                    continue
                bad = next((f for f in (target.find(x) for x in term.forbidden) if f), None)
                approved = " / ".join(term.target)
                if bad is not None:
                    if "forbidden" in self.report:
                        yield self.pair_finding(pair, bad[0], bad[1], Span(*at), kind="forbidden", term=term.source,
                                                approved=approved, suggestions=term.target[:3])
                    continue
                if "missing" in self.report and term.target and not any(target.has(x) for x in term.target):
                    yield self.pair_finding(pair, t.start, t.end, Span(*at), kind="missing", term=term.source, approved=approved)


CHECK = GlossaryCheck
