"""pair-cues: a kind of cue (a hedge, a negation) that one side has and the other lacks.

    cues_file: data/cues.yaml          # named cue lists (en.hedges, id.negators ...)
    when_source: [en.hedges]           # the source sentence has one of these ...
    unless_target: [id.hedges, id.modals]   # ... and the target sentence none of these: dropped
    unless_target_for:                 # a source cue of one of these lists is kept only by its own
      en.reported_hedges: [id.hedges, id.reported]   # words: "reportedly" by "dilaporkan", not by "bisa"
    # or the other way round:
    when_target: [id.hedges]           # the target sentence has one of these ...
    unless_source: [en.hedges, en.modals]   # ... and the source none of these: added
    ignore: [en.negation_exempt]       # cues inside these phrases do not count ("not only")
    mark_target: [id.certainty]        # where to mark a dropped cue: the first of these, else the sentence
    unless_antonym: true               # when_target: a negator before the opposite of a source word
                                       # is a paraphrase ("would keep" -> "tidak akan mengubah")
    unless_idioms: data/idioms.yaml    # when_target: quiet when the source sentence has an idiom whose
                                       # proper rendering itself has such a cue ("a drop in the
                                       # bucket" -> "tidak seberapa")

Sentences are compared one to one inside an aligned unit when both sides have
as many; otherwise the whole unit is compared, so a split or merged sentence
cannot make a cue look dropped. Message placeholders: {cue} (the cue found),
{source} (the source sentence, quoted).
"""

from __future__ import annotations

import regex

from ...dictionary import SourceCoverage
from . import LEXICON_OPTIONS, PairCheck, quote, unit_pairs

# Words a negator may stand before its verb with ("tidak akan mengubah", "tak pernah menyerah").
_AUXILIARIES = {"akan", "pernah", "lagi", "perlu", "bisa", "dapat", "mau", "ingin", "sempat", "juga", "pula", "terlalu", "begitu", "banyak"}

TYPE = "pair-cues"
PAIR = True
_NAMES = {"type": "array", "items": {"type": "string", "pattern": r"^[a-z]{2,3}\.[a-z_]+$"}, "minItems": 1}
PROPERTIES = {
    "cues_file": {"type": "string", "minLength": 1},
    "when_source": _NAMES,
    "unless_target": _NAMES,
    "when_target": _NAMES,
    "unless_source": _NAMES,
    "ignore": _NAMES,
    "mark_target": _NAMES,
    "unless_target_for": {"type": "object", "propertyNames": {"pattern": r"^[a-z]{2,3}\.[a-z_]+$"}, "additionalProperties": _NAMES},
    # when_target only: a finding when the translation has more of these cues than the source
    # has of unless_source (a second cause added to the one the source gives).
    "count": {"type": "boolean"},
    "unless_antonym": {"type": "boolean"},
    "unless_idioms": {"type": "string", "minLength": 1},
    **LEXICON_OPTIONS,
}
REQUIRED: list[str] = []
# What its messages may name (checked when a pack loads; docs/rule-writing.md).
PLACEHOLDERS = {"match", "cue", "source"}
REGEX_KEYS = ()


class CuesCheck(PairCheck):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        o = rule.options
        if bool(o.get("when_source")) == bool(o.get("when_target")):
            raise ValueError("give either when_source (with unless_target) or when_target (with unless_source)")
        self.dropped = bool(o.get("when_source"))
        self.when = self.cues(o.get("when_source") or o["when_target"])
        self.unless = self.cues(o.get("unless_target") or o.get("unless_source") or [])
        self.ignore = self.cues(o["ignore"]) if o.get("ignore") else None
        self.mark = self.cues(o["mark_target"]) if o.get("mark_target") else None
        # Source cues of a kind that only its own kind of target word keeps: a "reportedly" is
        # not kept by a "bisa" (can), nor a "could" by a "menurut" (according to).
        self.kept_by = [(self.cues([kind]), self.cues(keepers)) for kind, keepers in (o.get("unless_target_for") or {}).items()]
        self.count = bool(o.get("count"))
        self.antonym = bool(o.get("unless_antonym"))
        # Idioms the target language renders with one of the cues: "a drop in the bucket" is
        # "tidak seberapa", "tidak ada artinya"; its negator renders the idiom, not a "not".
        self.idioms = []
        if o.get("unless_idioms"):
            from ...lexicon import load_entries

            self.idioms = [e for e in load_entries(env.resolve(o["unless_idioms"]))
                           if any(self._found(self.when, p, 0, len(p)) for p in e.proper)]

    def _found(self, terms, text: str, start: int, end: int, ignore=None):
        if terms is None:
            return None
        ignored = [(m.start(), m.end()) for m in ignore.finditer(text, start, end)] if ignore else []
        for m in terms.finditer(text, start, end):
            if not any(a <= m.start() and m.end() <= b for a, b in ignored):
                return m
        return None

    def run_pair(self, pair):
        src, tgt = pair.source.plain, pair.target.plain
        for _unit, s, t in unit_pairs(pair):
            if self.dropped:
                cue = self._dropped_cue(src, s, tgt, t)
                if cue is None:
                    continue
                mark = self._found(self.mark, tgt, t.start, t.end)
                start, end = (mark.start(), mark.end()) if mark else (t.start, t.end)
                yield self.pair_finding(pair, start, end, s, cue=cue.group(), source=quote(src[s.start:s.end]))
            elif self.count:
                added = self.when.finditer(tgt, t.start, t.end)
                given = self.unless.finditer(src, s.start, s.end) if self.unless is not None else []
                if len(added) > len(given):
                    cue = added[len(given)]
                    yield self.pair_finding(pair, cue.start(), cue.end(), s, cue=cue.group(), source=quote(src[s.start:s.end]))
            else:
                cue = self._found(self.when, tgt, t.start, t.end, self.ignore)
                if cue is None or self._found(self.unless, src, s.start, s.end):
                    continue
                if self.antonym and self._opposite_of_source(tgt, cue.end(), t.end, src[s.start : s.end]):
                    continue
                language = pair.source.language or self.rule.source_language
                if any(e.search_source(src[s.start : s.end], language) is not None for e in self.idioms):
                    continue  # "a drop in the bucket" -> "tidak ada artinya"
                yield self.pair_finding(pair, cue.start(), cue.end(), s, cue=cue.group(), source=quote(src[s.start:s.end]))

    def _dropped_cue(self, src: str, s, tgt: str, t):
        """The first source cue of the sentence the target sentence does not keep, if any: each
        cue is kept by the target words of its kind (unless_target_for), else by unless_target."""
        ignored = [(m.start(), m.end()) for m in self.ignore.finditer(src, s.start, s.end)] if self.ignore else []
        for cue in self.when.finditer(src, s.start, s.end):
            if any(a <= cue.start() and cue.end() <= b for a, b in ignored):
                continue
            keepers = next((k for kind, k in self.kept_by if kind is not None and _is_cue(kind, src, cue)), self.unless)
            if not self._found(keepers, tgt, t.start, t.end):
                return cue
        return None

    def _opposite_of_source(self, tgt: str, after: int, end: int, source: str) -> bool:
        """The negated word renders the opposite of a source word (WordNet antonyms, or a
        word close to one): "tidak akan mengubah" (not change) for "would keep"."""
        lexicon = self.lexicon()
        words = [w.casefold() for w in regex.findall(r"\p{L}+", tgt[after:end])[:3]]
        verb = next((w for w in words if w not in _AUXILIARIES), None)
        if verb is None:
            return False
        opposites: set[str] = set()
        for head in lexicon.headwords(verb):
            opposites |= lexicon.antonyms(head)
        if not opposites:
            return False
        coverage = SourceCoverage(lexicon, source)
        return any(coverage.has(a) for a in opposites) or any(lexicon.close(f) & opposites for f in coverage.forms)


def _is_cue(terms, text: str, cue) -> bool:
    """Whether one of these terms matches exactly the span of a cue found by another list."""
    return any(m.start() == cue.start() and m.end() == cue.end() for m in terms.finditer(text, cue.start(), cue.end()))


CHECK = CuesCheck
