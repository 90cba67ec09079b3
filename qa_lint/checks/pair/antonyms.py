"""pair-antonyms: the translation has the opposite of a source word ("ultra-low-yield"
-> "berdaya ledak tinggi", high).

    related: data/wordnet-en.jsonl       # English antonyms (WordNet), default
    dictionary: data/freedict-eng-ind.jsonl   # their Indonesian renderings

For each source word with a direct antonym in WordNet ("low" <-> "high"), the
renderings of the antonym in the dictionary ("tinggi") are looked for in the
aligned target sentence. A rendering that is there and that no word of the
source sentence accounts for (the source has no "high", "tall" or a close
word) is the source's meaning inverted. Placeholders: {source_word}, {antonym},
{match} (the target word).
"""

from __future__ import annotations

from ...lexicon import SourceCoverage, Words
from . import LEXICON_OPTIONS, PairCheck, unit_pairs

TYPE = "pair-antonyms"
PAIR = True
PROPERTIES = {**LEXICON_OPTIONS, "min_length": {"type": "integer", "minimum": 2}}
REQUIRED = []
REGEX_KEYS = ()


class AntonymsCheck(PairCheck):
    def run_pair(self, pair):
        lexicon = self.lexicon()
        min_length = self.rule.options.get("min_length", 3)
        for unit, s, t in unit_pairs(pair):
            source_text = pair.source.plain[s.start : s.end]
            coverage = SourceCoverage(lexicon, source_text)
            target = Words(pair.target.plain[t.start : t.end], lexicon.target_morphology, t.start)
            seen = set()
            for start, end, word in Words(source_text, lexicon.source_morphology, s.start):
                for form in sorted(lexicon.source_morphology.forms(word)):
                    for antonym in sorted(lexicon.antonym_table.get(form, ())):
                        if coverage.has(antonym):
                            continue
                        for rendering in sorted(lexicon.renderings(antonym)):
                            if len(rendering) < min_length or rendering in seen:
                                continue
                            found = target.find(rendering)
                            if found is None or coverage.explains(rendering):
                                continue
                            seen.add(rendering)
                            yield self.pair_finding(
                                pair, found[0], found[1], s.__class__(start, end),
                                source_word=pair.source.text[start:end], antonym=antonym,
                                suggestions=[],
                            )


CHECK = AntonymsCheck
