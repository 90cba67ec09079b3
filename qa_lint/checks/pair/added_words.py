"""pair-added-words: a target word that renders no word of the source sentence.

    words: {negara: [country], kota: [town]}   # the target words judged (a closed list; see below),
                                              # with English words each renders besides the dictionary's
    unless_before_name: true          # quiet when the word introduces a name ("negara Vietnam")

A word is accounted for when a word of the aligned source sentence is one of
the English headwords the dictionary gives for it, or a word WordNet puts close
to one of them in the same part of speech ("assistance" for "bantuan", which
the dictionary gives only for "help"). The rule judges a closed list of words
because the dictionary is small: for words outside it, a missing entry would
look like an addition. Classifier nouns ("negara", "kota") are the useful case:
MT inserts them ("mengunjungi negara teman Korea Utara Kim Jong Un" for
"visiting his friend, North Korea's Kim Jong Un"), and Indonesian adds them
faithfully only right before a name ("negara Vietnam"), which
``unless_before_name`` keeps quiet, or as the predicate after a copula ("Jerman
merupakan negara dengan perekonomian terbesar" for "Germany is the largest
economy"), which ``unless_after`` keeps quiet. A classifier may also translate a source
noun itself: the noun a source adjective relates to ("corporate taxes" -> "pajak
perusahaan": the dictionary glosses "corporate" as "relating to a corporation"), or a
common noun the dictionary lacks that describes a name, which Indonesian renders as classifier
plus description before the same name ("insurer Allianz" -> "perusahaan asuransi Allianz"). Placeholders: {match}, {english} (what the
word means).
"""

from __future__ import annotations

import regex

from ...dictionary import SourceCoverage, Words
from . import LEXICON_OPTIONS, PairCheck, unit_pairs

TYPE = "pair-added-words"
PAIR = True
PROPERTIES = {
    # The words judged, each with English words that it also renders (beyond the dictionary's).
    "words": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string", "minLength": 1}}, "minProperties": 1},
    "unless_before_name": {"type": "boolean"},
    # Words after which the classifier restates the subject ("Jerman merupakan negara dengan ...").
    "unless_after": {"type": "array", "items": {"type": "string", "minLength": 1}},
    **LEXICON_OPTIONS,
}
REQUIRED = ["words"]
# What its messages may name (checked when a pack loads; docs/rule-writing.md).
PLACEHOLDERS = {"match", "english"}
REGEX_KEYS = ()

_NAME_AFTER = regex.compile(r"(?:-\p{L}+)*\s+(?:\p{Lu}|\p{Ll}{1,3}-\p{Lu})")
# A dictionary gloss naming the noun an adjective relates to ("of, or relating to a corporation").
_RELATING = regex.compile(r"\brelating to (?:an? |the )?(\p{L}+)")
# A common noun right before a name describes it ("pollster Cadem", "utility Kitakami Power").
_DESCRIBED_NAME = regex.compile(r"(?<![\p{L}-])(\p{Ll}{4,})\s+(\p{Lu}[\p{L}\p{M}]+)")


def _source_nouns(lexicon, text: str) -> tuple[set[str], set[str]]:
    """The nouns the source's adjectives relate to, and the names the source describes
    with a common noun the dictionary lacks (Indonesian may render that noun as a
    classifier plus description before the same name)."""
    related: set[str] = set()
    for word in regex.findall(r"\p{Ll}{4,}", text):
        for entry in lexicon.lookup(word):
            for sense in entry.senses:
                related.update(m.casefold() for g in sense.glosses for m in _RELATING.findall(g))
    described = {name for noun, name in _DESCRIBED_NAME.findall(text) if not lexicon.lookup(noun)}
    return related, described


def _describes(text: str, end: int, names: set[str]) -> bool:
    """The classifier at ``end`` opens a description (up to three words) of one of ``names``."""
    m = regex.match(r"(?:\s+\p{Ll}[\p{L}-]*){0,3}\s+(\p{Lu}[\p{L}\p{M}]+)", text[end : end + 80])
    return bool(m) and m.group(1) in names


class AddedWordsCheck(PairCheck):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        self.words = {w.casefold(): [e.casefold() for e in extra] for w, extra in rule.options["words"].items()}
        self.before_name = rule.options.get("unless_before_name", True)
        after = [regex.escape(w) for w in rule.options.get("unless_after", [])]
        self.after = regex.compile(rf"(?<![\p{{L}}])(?:{'|'.join(after)})\s+$", regex.I) if after else None

    def run_pair(self, pair):
        lexicon = self.lexicon()
        for _unit, s, t in unit_pairs(pair):
            coverage = None
            nouns: tuple[set[str], set[str]] | None = None
            for start, end, word in Words(pair.target.plain[t.start : t.end], lexicon.target_morphology, t.start):
                base = word.split("-")[0]
                if base not in self.words:
                    continue
                if self.before_name and _NAME_AFTER.match(pair.target.plain, end):
                    continue
                if self.after is not None and self.after.search(pair.target.plain, max(t.start, start - 20), start):
                    continue  # "X merupakan negara ...": the classifier is the predicate, it names X
                if coverage is None:
                    coverage = SourceCoverage(lexicon, pair.source.plain[s.start : s.end])
                heads = lexicon.headwords_pos(base) | {(e, "n") for e in self.words[base]}
                if not heads or coverage.explains(base, heads):
                    continue
                if nouns is None:
                    nouns = _source_nouns(lexicon, pair.source.plain[s.start : s.end])
                if any(h in nouns[0] for h, _ in heads) or _describes(pair.target.plain, end, nouns[1]):
                    continue  # the classifier translates a source noun
                english = ", ".join(sorted({h for h, _ in heads})[:3])
                yield self.pair_finding(pair, start, end, s, english=english)


CHECK = AddedWordsCheck
