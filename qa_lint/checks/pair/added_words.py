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
plus description before the same name ("insurer Allianz" -> "perusahaan asuransi Allianz").

Free translations use a classifier in four more ways, each quiet:
- inside a compound that renders a source word ("wali kota" for "mayor" or "mayoral",
  "ibu kota" for "capital"): the dictionary gives the two words together;
- describing a name as the source does ("neighbouring Afghanistan" -> "negara
  tetangga Afganistan"): a word of the description renders the source's word before the name;
- counting what the source counts ("ten-member bloc" -> "beranggotakan sepuluh
  negara"): right after a numeral, when the source sentence has a number too;
- standing for a pronoun ("It plans ..." -> "Perusahaan berencana ..."): the source
  sentence has "it"/"they" and the source before it names that kind of thing
  ("the company said").
Placeholders: {match}, {english} (what the word means).
"""

from __future__ import annotations

import regex

from ...dictionary import SourceCoverage, Words
from ...entities import definitions
from ...names import fold
from . import LEXICON_OPTIONS, PairCheck, unit_pairs

TYPE = "pair-added-words"
PAIR = True
PROPERTIES = {
    # The words judged, each with English words that it also renders (beyond the dictionary's).
    "words": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string", "minLength": 1}}, "minProperties": 1},
    "unless_before_name": {"type": "boolean"},
    # Words after which the classifier restates the subject ("Jerman merupakan negara dengan ...").
    "unless_after": {"type": "array", "items": {"type": "string", "minLength": 1}},
    # The entity file whose name_connectors (dan, untuk ...) an acronym may leave out: a
    # classifier inside a long form its acronym spells ("... Belanja Negara (RAPBN)") is the term's.
    "entities_file": {"type": "string", "minLength": 1},
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
# A numeral right before the classifier: it counts ("sepuluh negara", "27 negara").
_NUMERAL_BEFORE = regex.compile(r"(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|\p{L}+(?:belas|puluh|ratus|ribu))\s+$", regex.I)
_SOURCE_NUMBER = regex.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|hundred|thousand|dozen)\b", regex.I)
# A name the source describes by where it is based ("Singapore-based Straits Digital"), which
# Indonesian says with a classifier: "perusahaan asal Singapura", "perusahaan yang berbasis di".
_SOURCE_BASED = regex.compile(r"\p{Lu}[\p{L}.]*-based\b")
_BASED_AFTER = regex.compile(r"\s+(?:asal|yang\s+berbasis\s+di|berbasis\s+di|yang\s+bermarkas\s+di|bermarkas\s+di)\s+\p{Lu}")
# A long form written with its acronym right after it ("upah minimum provinsi (UMP)").
_ACRONYM_AFTER = regex.compile(r"((?:\s+\p{L}+){0,3})\s*\((\p{Lu}{2,6})\)")
# A pronoun standing for a thing or a body, which a translation may spell out as a noun.
_THING_PRONOUN = regex.compile(r"\b(?:it|its|they|their|them)\b", regex.I)


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


def _in_long_form(text: str, sentence_start: int, start: int, end: int) -> bool:
    """The classifier at start..end is a word of a long form that the acronym in brackets
    right after it spells ("Upah minimum provinsi (UMP)"): a term, not an added word."""
    m = _ACRONYM_AFTER.match(text, end)
    if not m:
        return False
    after, acronym = m.group(1).split(), m.group(2)
    needed = len(acronym) - 1 - len(after)
    before = regex.findall(r"\p{L}+", text[max(sentence_start, start - 80) : start])
    if needed < 0 or len(before) < needed:
        return False
    words = (before[len(before) - needed :] if needed else []) + [text[start:end]] + after
    return "".join(w[0] for w in words).casefold() == acronym.casefold()


# A name of several capitalised words (joined by "of", "for", "and" ...), or an acronym followed by
# such a name in brackets ("CSIS (Center for Strategic and International Studies)").
_KEPT_NAME = regex.compile(r"(?:\p{Lu}[\p{L}\p{M}-]*\s+\(\s*)?(\p{Lu}[\p{L}\p{M}-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*\p{Lu}[\p{L}\p{M}-]*)+)")


def _describes_kept_name(text: str, end: int, source: str) -> bool:
    """The classifier opens a description (one to three lowercase words) of a name the source
    has word for word ("lembaga kajian Center for Policy Research" for "the Center for Policy
    Research"): the desk says what kind of thing an English name kept as it is names."""
    m = regex.match(r"(?:\s+\p{Ll}[\p{L}-]*){1,3}\s+", text[end : end + 40])
    if not m:
        return False
    name = _KEPT_NAME.match(text, end + m.end())
    return bool(name) and regex.search(rf"(?<![\p{{L}}]){regex.escape(name.group(1))}(?![\p{{L}}])", source) is not None


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
        entities = self.data(rule.options["entities_file"]) if rule.options.get("entities_file") else {}
        self.connectors = {fold(w) for words in (entities.get("name_connectors") or {}).values() for w in words}

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
                if self._free_use(pair, s, t, start, end, base, heads, coverage):
                    continue
                english = ", ".join(sorted({h for h, _ in heads})[:3])
                yield self.pair_finding(pair, start, end, s, english=english)

    def _free_use(self, pair, s, t, start: int, end: int, base: str, heads: set[tuple[str, str]], coverage) -> bool:
        """A classifier a free translation uses faithfully: in a compound that renders a
        source word, counting what the source counts, or standing for a source pronoun."""
        text, source = pair.target.plain, pair.source.plain[s.start : s.end]
        lexicon = self.lexicon()
        before = regex.search(r"(\p{L}+)\s+$", text[max(t.start, start - 30) : start])
        after = regex.match(r"\s+(\p{L}+)", text[end : min(t.end, end + 30)])
        compounds = [f"{before.group(1).casefold()} {base}"] if before else []
        compounds += [f"{base} {after.group(1).casefold()}"] if after else []
        source_words = [w.casefold() for w in regex.findall(r"\p{L}+", source)]
        for compound in compounds:
            for head in lexicon.headwords(compound):
                # "wali kota" renders "mayor", and "mayoral" is built on it.
                if coverage.has(head) or any(len(head) >= 4 and w.startswith(head) for w in source_words):
                    return True
        if after and self._plural_kind_of_source_noun(text[start:end], base, after.group(1), text[end + after.end() : end + after.end() + 3], source_words, lexicon):
            return True  # "negara-negara tetangga" for "neighbours": the kind of the neighbours said
        if self._describes_like_source(text[end : min(t.end, end + 80)], source, lexicon):
            return True  # "negara tetangga Afganistan" for "neighbouring Afghanistan"
        if _BASED_AFTER.match(text, end) and _SOURCE_BASED.search(source):
            return True  # "perusahaan asal Singapura, Straits Digital" for "Singapore-based Straits Digital"
        if _describes_kept_name(text, end, source):
            return True  # "lembaga kajian Center for Policy Research": what an English name kept names
        if _in_long_form(text, t.start, start, end) or self._in_defined_long_form(text, t, start, end):
            return True  # "upah minimum provinsi (UMP)": a term's long form, its acronym after it
        if _NUMERAL_BEFORE.search(text[max(t.start, start - 30) : start]) and _SOURCE_NUMBER.search(source):
            return True  # "beranggotakan sepuluh negara" for "ten-member bloc"
        if _THING_PRONOUN.search(source):
            earlier = SourceCoverage(lexicon, pair.source.plain[max(0, s.start - 1500) : s.start])
            return any(earlier.has(h) for h, _ in heads)  # "the company said ... It plans" -> "Perusahaan berencana"
        return False

    def _in_defined_long_form(self, text: str, t, start: int, end: int) -> bool:
        """The classifier is a word of a capitalised long form that its short form in brackets
        abbreviates, connectors left out or syllable by syllable ("Rancangan Anggaran Pendapatan
        dan Belanja Negara (RAPBN)", "Badan Pengawas Pemilu (Bawaslu)"): the name of a term
        or body, whose words the translation does not choose one by one."""
        if "(" not in text[end : t.end]:
            return False
        line = text.rfind("\n", 0, start) + 1
        return any(d.initials_match and d.start <= start - line and end - line <= d.end
                   for d in definitions(text[line : t.end], self.connectors))

    @staticmethod
    def _plural_kind_of_source_noun(word: str, base: str, next_word: str, after_next: str, source_words: list[str], lexicon) -> bool:
        """A reduplicated classifier before a noun that renders a plural noun of the source
        ("negara-negara tetangga" for "neighbours", "negara-negara anggota" for "members"):
        Indonesian says what kind the neighbours or members are. A name right after the
        noun ("negara teman Korea Utara") is the garbled case and stays loud."""
        if word.casefold() != f"{base}-{base}" or regex.match(r"\s+\p{Lu}", after_next):
            return False
        plurals = {lemma for w in source_words for lemma in lexicon.lemmas(w)
                   if lemma != w and any(e.pos == "n" for e in lexicon.lookup(lemma))}
        return bool(lexicon.headwords(next_word.casefold()) & plurals)

    @staticmethod
    def _describes_like_source(after: str, source: str, lexicon) -> bool:
        """The classifier opens a description of a name (up to three words) one of whose
        words renders the modifier the source puts right before a name ("neighbouring
        Afghanistan" -> "negara tetangga Afganistan"); "his friend, North Korea's" has
        no word right before the name, "his friend Kim" a noun, no modifier."""
        m = regex.match(r"((?:\s+\p{Ll}[\p{L}-]*){1,3})\s+\p{Lu}", after)
        if not m:
            return False
        modifiers = {w.casefold() for w in regex.findall(r"(?<![\p{L}'’])(\p{Ll}{3,})\s+\p{Lu}", source)}
        # A modifier, not a noun in apposition ("his friend Kim": "negara teman Kim" is garbled).
        modifiers = {w for w in modifiers if (w, "n") not in lexicon.similar_pos
                     and not any(e.headword == w and e.pos == "n" for e in lexicon.lookup(w))}
        lemmas = set().union(*(lexicon.lemmas(w) | {w} for w in modifiers)) if modifiers else set()
        return any(lexicon.headwords(w) & lemmas for w in m.group(1).split())


CHECK = AddedWordsCheck
