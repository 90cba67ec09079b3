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

import regex

from ...dictionary import SourceCoverage, Words
from . import LEXICON_OPTIONS, PairCheck, unit_pairs

TYPE = "pair-antonyms"
PAIR = True
PROPERTIES = {
    **LEXICON_OPTIONS,
    "min_length": {"type": "integer", "minimum": 2},
    "cues_file": {"type": "string", "minLength": 1},
    "function_words": {"type": "string", "pattern": r"^[a-z]{2,3}\.[a-z_]+$"},  # cue list: words no adjective stands before
    "linking_verbs": {"type": "string", "pattern": r"^[a-z]{2,3}\.[a-z_]+$"},  # cue list: verbs a predicate adjective follows
    "target_negators": {"type": "string", "pattern": r"^[a-z]{2,3}\.[a-z_]+$"},  # cue list: a negated antonym is the source's word
}
REQUIRED: list[str] = []
# What its messages may name (checked when a pack loads; docs/rule-writing.md).
PLACEHOLDERS = {"match", "antonym", "source_word"}
REGEX_KEYS = ()


class AntonymsCheck(PairCheck):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        name = rule.options.get("function_words")
        self.function_words = self.cues([name]) if name else None
        linking = rule.options.get("linking_verbs")
        self.linking = self.cues([linking]) if linking else None
        negators = rule.options.get("target_negators")
        self.negators = self.cues([negators]) if negators else None

    def negated(self, text: str, start: int, end: int | None = None) -> bool:
        """The target word follows a negator: "tidak resmi" (not official) is "unofficial";
        or a negator follows an adverb in -nya ("sepertinya tidak akan naik", seemingly not: "unlikely
        to rise"); after a verb or an adjective a negator opens a clause of its own ("naik, tidak turun")."""
        if self.negators is None:
            return False
        before = regex.search(r"([\p{L}]+)[\s-]+$", text[max(0, start - 20) : start])
        after = regex.match(r"\s+([\p{L}]+)", text[end : end + 20]) if end is not None and text[:end].endswith("nya") else None
        for near in (before, after):
            if near:
                m = self.negators.search(near.group(1))
                if m and m.start() == 0 and m.end() == len(near.group(1)):
                    return True
        return False

    def adjective_position(self, text: str, end: int, word: str) -> bool:
        """A modifier: part of a hyphenated compound ("ultra-low-yield") or followed by a
        word that is not a function word ("low yield", not "left its")."""
        if "-" in word:
            return True
        # A predicate adjective after a linking verb: "remained open", "was low", "stayed closed".
        before = regex.search(r"([\p{L}']+)\s+(?:[\p{L}']+\s+)?$", text[max(0, end - len(word) - 40) : end - len(word)])
        if before and self.linking is not None and self.linking.search(before.group(0)):
            return True
        following = regex.match(r"\s+([\p{L}']+)", text[end:])
        if not following:
            return False
        return self.function_words is None or not self.function_words.search(following.group(1))

    @staticmethod
    def renderings_as(lexicon, word: str, pos: str) -> set[str]:
        """Renderings of the antonym itself in that part of speech (no inflection guessing:
        "center" is not "cent")."""
        wanted = {"a": ("adj",), "r": ("adv",), "v": ("v",)}.get(pos, ())
        found = {r.casefold() for e in lexicon.by_head.get(word, []) if e.pos in wanted for s in e.senses for r in s.renderings}
        if not found and pos == "a":
            # A participle adjective the dictionary has only as a verb: "closed" -> close, "shut".
            for lemma in lexicon.source_morphology.forms(word):
                found |= {r.casefold() for e in lexicon.by_head.get(lemma, []) if e.pos == "v" for s in e.senses for r in s.renderings}
        return found

    def readings(self, lexicon, word: str, text: str, end: int):
        """(lemma, part of speech) readings of a source word that have antonyms: adjectives
        and adverbs in a modifier position, verbs when inflected ("fell", "rose", "raised")."""
        forms = lexicon.source_morphology.forms(word) | {p for p in word.casefold().split("-")}
        found = set()
        adjective = self.adjective_position(text, end, word)
        lower = word.casefold()
        for form in forms:
            if _plural_of(lower, form):
                continue  # "news" is no form of "new": adjectives take no plural -s
            for pos in ("a", "r"):
                if adjective and (form, pos) in lexicon.antonyms_pos:
                    found.add((form, pos))
        verbal = {lemma for lemma, pos in lexicon.irregular.get(lower, ()) if pos == "v"}
        if regex.search(r"(?:ed|es|s|ing)$", lower):
            verbal |= {f for f in forms if f != lower}
        for lemma in verbal:
            if (lemma, "v") in lexicon.antonyms_pos:
                found.add((lemma, "v"))
        return found

    def run_pair(self, pair):
        lexicon = self.lexicon()
        min_length = self.rule.options.get("min_length", 3)
        for _unit, s, t in unit_pairs(pair):
            source_text = pair.source.plain[s.start : s.end]
            coverage = SourceCoverage(lexicon, source_text)
            target = Words(pair.target.plain[t.start : t.end], lexicon.target_morphology, t.start)
            seen = set()
            loans = {_squeeze(w) for _a, _b, w in target}
            for start, end, word in Words(source_text, lexicon.source_morphology, s.start):
                readings = self.readings(lexicon, word, pair.source.plain, end)
                if readings and _kept_as_loanword(lexicon, word, loans):
                    continue  # "illegally" -> "ilegal": the word itself is there; an antonym's rendering is something else
                for form, pos in sorted(readings):
                    for antonym in sorted(lexicon.antonyms_pos.get((form, pos), ())):
                        if coverage.has(antonym):
                            continue
                        for rendering in sorted(self.renderings_as(lexicon, antonym, pos)):
                            if len(rendering) < min_length or rendering in seen:
                                continue
                            found = target.find(rendering)
                            if found is None or self.negated(pair.target.plain, found[0], found[1]) or _measure(pair.target.plain, *found):
                                continue
                            if _word_of_its_own(lexicon, pair.target.plain[found[0] : found[1]], rendering, antonym):
                                continue  # "selama" (as long as) is no affixed "lama" (old)
                            # Something else in the source it may translate, read in the antonym's
                            # part of speech ("tutup" as "cover" the noun does not explain "closed").
                            same_pos = {(h, p) for h, p in lexicon.headwords_pos(rendering) if p in ({pos, "v"} if pos == "a" else {pos})}
                            if not same_pos or coverage.explains(rendering, same_pos):
                                continue
                            seen.add(rendering)
                            yield self.pair_finding(
                                pair, found[0], found[1], s.__class__(start, end),
                                source_word=pair.source.text[start:end], antonym=antonym,
                                suggestions=[],
                            )


def _word_of_its_own(lexicon, matched: str, rendering: str, antonym: str) -> bool:
    """The target word matched an affixed form of the rendering, but the dictionary has
    it as a word of its own whose senses are not the antonym nor close to it ("selama",
    as long as, is no "se-" + "lama", old)."""
    word = matched.casefold()
    if word == rendering or " " in rendering:
        return False
    own = lexicon.reverse.get(word)
    if not own:
        return False
    near = lexicon.close(antonym)
    return not any(h in near or antonym in lexicon.close(h) for h in own)


def _plural_of(word: str, form: str) -> bool:
    """word is form with a plural -s or -es ("news" / "new")."""
    return word != form and word in (form + "s", form + "es")


def _squeeze(word: str) -> str:
    """A word with doubled letters single, as Indonesian spells loanwords ("illegal" -> "ilegal")."""
    return regex.sub(r"(\p{L})\1+", r"\1", word.casefold())


def _kept_as_loanword(lexicon, word: str, loans: set[str]) -> bool:
    """The target has the source word, or its stem ("illegally" -> "illegal"), as a loanword."""
    forms = lexicon.source_morphology.forms(word) | {word.casefold()}
    return any(len(f) >= 5 and _squeeze(f) in loans for f in forms)


# "se-" + adjective before an amount is a measure, not a judgement: "setinggi 30 cm" is
# "(a tsunami) of 30 cm", "sepanjang 5 km" "5 km long", whatever the source's adjectives.
_MEASURE = regex.compile(r"se\p{L}+\s+(?:sekitar\s+|hampir\s+|lebih\s+dari\s+)?\d")


def _measure(text: str, start: int, end: int) -> bool:
    """The target word at start..end is the adjective of such a measure."""
    word_start = start
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    m = _MEASURE.match(text, word_start)
    return m is not None and m.end() > end


CHECK = AntonymsCheck
