"""pair-idioms: an English idiom or phrasal verb of the source rendered word for word.

    lexicon: data/idioms.yaml      # the idiom lexicon (qa_lint/lexicon.py), relative to the pack

The monolingual id.idiom.* rules guess from the Indonesian alone and must stay quiet
where the literal sense could be meant ("menendang kaleng" near "sampah"). With the
source at hand no guess is needed: when the aligned source sentence has the idiom
("kick the can down the road", "rule it out") and the translation has the entry's
literal rendering, the rendering is wrong whatever the context. Placeholders:
{source} (the English expression), {meaning}, {proper} (the right Indonesian), {match}.
"""

from __future__ import annotations

from ...lexicon import load_entries
from ...span import Span
from . import LEXICON_OPTIONS, PairCheck, unit_pairs

TYPE = "pair-idioms"
PAIR = True
PROPERTIES = {
    "lexicon": {"type": "string", "minLength": 1},
    **LEXICON_OPTIONS,
}
REQUIRED = ["lexicon"]
# What its messages may name (checked when a pack loads; docs/rule-writing.md).
PLACEHOLDERS = {"match", "meaning", "proper", "source"}
REGEX_KEYS = ()


class IdiomsCheck(PairCheck):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        self.entries = load_entries(env.resolve(rule.options["lexicon"]))

    def run_pair(self, pair):
        source_language = pair.source.language or self.rule.source_language
        for _unit, s, t in unit_pairs(pair):
            source_text = pair.source.plain[s.start : s.end]
            target_fold = pair.target.plain[t.start : t.end].casefold()
            for entry in self.entries:
                if not entry.may_occur(target_fold):
                    continue
                said = entry.search_source(source_text, source_language)
                if said is None:
                    continue
                # The source says the idiom: the literal sense is not meant, whatever the context
                # (the entry's unless/require guess it from the Indonesian; here it is known).
                found = sorted((m for p in entry.literal_patterns for m in p.finditer(pair.target.plain, t.start, t.end) if m.end() > m.start()),
                               key=lambda m: m.start())
                for m in found[:1]:
                    yield self.pair_finding(
                        pair, m.start(), m.end(), Span(s.start + said.start(), s.start + said.end()),
                        suggestions=entry.proper, source=said.group(), meaning=entry.meaning, proper=entry.proper[0],
                    )


CHECK = IdiomsCheck
