"""hedge-escalation: a claim reported as possible in one place and stated as fact later.

    hedge_cues: [kemungkinan akan, diduga, {pattern: ...}]   # marks a claim as possible
    certainty_cues: [merupakan, telah, adalah]               # marks a claim as fact
    negation_cues: [tidak, bukan]        # "X is not Y" contradicts, it does not escalate
    exempt_cues: [jika, mengklaim]       # conditionals and distanced claims are not facts
    stopwords_file: data/sourcing-stopwords.yaml   # extra words that carry no content
    metadata_keys: [title, headline]     # metadata that can carry the hedge (a headline)
    similarity: 70                       # rapidfuzz token-set score over content words
    min_shared: 2                        # content words both sentences must share ...
    min_shared_common: 1                 # ... at least this many not names
    enough_common: 4                     # this many shared non-names match whatever the score
    lead_sentences: 3                    # hedges count in the headline and this many first sentences (0: all)
    later_hedges_unless: [kata, menurut] # ... and later hedges too, against a statement with none of these
    verb_prefixes: [mem>p, me]  # affixes that make forms of one verb ("mem>p": memasok -> pasok)
    verb_suffixes: [kan, i]
    noun_forms: [ke...an]       # circumfixes that make a noun, not a restated verb
    bare_statements: false   # also report a plain restatement of the hedged verb, with no
    bare_common: 3           # certainty cue, sharing this many ordinary words with the hedged clause
    bare_exempt: [...]       # ... unless the sentence has one of these (a dated event report)

"The same thing" is decided on content words (language-profile stopwords,
the extra list and the cue words removed), not on wording: the hedged lead
"Moskow kemungkinan akan memasok senjata ke Korea Utara" and the later
"Korea Utara merupakan salah satu penerima senjata Rusia" share names and
"senjata". Shared names alone (Putin, Korea Utara) are not enough: a story
about one country talks about it in every line, so at least one ordinary
content word must be shared too.

A hedge inside a quotation still counts as hedged speech, but a certainty cue
inside a quotation is the speaker's, not the writer's, and is not reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex
from rapidfuzz import fuzz

from .. import budget, yamlmarks
from ..matching import term_set
from ..span import Span
from . import TERM_LIST, Check

TYPE = "hedge-escalation"
PROPERTIES = {
    "hedge_cues": TERM_LIST,
    "certainty_cues": TERM_LIST,
    "negation_cues": TERM_LIST,
    "exempt_cues": TERM_LIST,
    "stopwords": {"type": "array", "items": {"type": "string"}, "default": [],
                  "description": "extra words without content, besides the language profile's (no bundled pack needs any)"},
    "stopwords_file": {"type": "string"},
    "metadata_keys": {"type": "array", "items": {"type": "string"}},
    "similarity": {"type": "number", "minimum": 0, "maximum": 100},
    "token_similarity": {"type": "number", "minimum": 50, "maximum": 100, "default": 80,
                         "description": "rapidfuzz score at which two words count as one (a typo or an inflection)"},
    "min_shared": {"type": "integer", "minimum": 1},
    "min_shared_common": {"type": "integer", "minimum": 0},
    "enough_common": {"type": "integer", "minimum": 1, "default": 4,
                      "description": "shared ordinary words that make two sentences one claim whatever the similarity"},
    "lead_sentences": {"type": "integer", "minimum": 0, "default": 3,
                       "description": "hedges count in the headline and this many first sentences (0: all)"},
    "later_hedges_unless": TERM_LIST,
    "bare_statements": {"type": "boolean"},
    "bare_common": {"type": "integer", "minimum": 1},
    "bare_exempt": TERM_LIST,
    "negation_reach": {"type": "integer", "minimum": 0, "maximum": 10, "default": 3,
                       "description": "words either side of a certainty cue in which a negation makes it a denial"},
    "verb_prefixes": {"type": "array", "items": {"type": "string", "minLength": 1}},
    "verb_suffixes": {"type": "array", "items": {"type": "string", "minLength": 1}},
    "noun_forms": {"type": "array", "items": {"type": "string", "pattern": "^[^.]*\\.\\.\\.[^.]*$"}},
}
REQUIRED = ["hedge_cues", "certainty_cues"]
# What its messages may name (checked when a pack loads; docs/rule-writing.md).
PLACEHOLDERS = {"match", "hedge", "where"}
REGEX_KEYS = ()

WORD = regex.compile(r"\p{L}[\p{L}\p{N}]*(?:[-'’]\p{L}+)*")
# A later sentence is compared with at most this many of the latest hedged claims: an
# article has a handful, and a pathological text of thousands must not cost
# sentences x claims comparisons.
MAX_CLAIMS_COMPARED = 64
CLAUSE = regex.compile(r"[,;:()\[\]–—]|\s-\s")


@dataclass
class Names:
    """Words the body capitalises mid-sentence (``anywhere``), and those it also uses
    on their own, not as the first part of a longer name (``alone``)."""

    anywhere: set[str]
    alone: set[str]

    @classmethod
    def of(cls, doc) -> "Names":
        anywhere: set[str] = set()
        alone: set[str] = set()
        for s in doc.sentences:
            words = [m.group() for m in WORD.finditer(doc.plain, s.start, s.end)]
            if _title_case(words):
                continue
            for i, word in enumerate(words[1:], 1):
                if word[0].isupper():
                    anywhere.add(word.casefold())
                    following = words[i + 1] if i + 1 < len(words) else ""
                    if not following[:1].isupper():
                        alone.add(word.casefold())
        return cls(anywhere, alone)


@dataclass
class Morphology:
    """Just enough affix knowledge (from the pack) to see one verb in its forms:
    "naik"/"menaikkan", "pasok"/"memasok", "supply"/"supplied", but not the noun "kenaikan".

    An affix "mem>p" strips "mem" and puts back "p" (Indonesian nasal assimilation).
    A noun form "ke...an" is a circumfix that makes a noun of a verb."""

    prefixes: list[tuple[str, str]] = field(default_factory=list)
    suffixes: list[tuple[str, str]] = field(default_factory=list)
    nouns: list[tuple[str, str]] = field(default_factory=list)

    @classmethod
    def from_options(cls, options: dict) -> "Morphology":
        def pairs(items):
            return [tuple((item.split(">", 1) + [""])[:2]) for item in items]

        nouns = [tuple(n.split("...", 1)) for n in options.get("noun_forms", []) if "..." in n]
        return cls(pairs(options.get("verb_prefixes", [])), pairs(options.get("verb_suffixes", [])), nouns)

    def is_noun(self, word: str) -> bool:
        return any(word.startswith(p) and word.endswith(s) and len(word) - len(p) - len(s) >= 3 for p, s in self.nouns)

    def stems(self, word: str) -> set[str]:
        found = {word}
        for affix, put in self.suffixes:
            if word.endswith(affix) and len(word) - len(affix) >= 3:
                found.add(word[: len(word) - len(affix)] + put)
        for form in list(found):
            for affix, put in self.prefixes:
                if form.startswith(affix) and len(form) - len(affix) >= 3:
                    found.add(put + form[len(affix):])
        return found

    def same_verb(self, a: str, b: str) -> bool:
        """The same verb, bare or affixed ("pangkas"/"memangkas"), but not its noun ("kenaikan")."""
        if a == b:
            return True
        if self.is_noun(a) or self.is_noun(b):
            return False
        if self.stems(a) & self.stems(b):
            return True
        return (min(len(a), len(b)) >= 5 and (a in b or b in a)) or fuzz.ratio(a, b) >= 90


def _title_case(words: list[str]) -> bool:
    long = [w for w in words if len(w) > 3]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.7 * len(long)


@dataclass
class Claim:
    """A sentence (or headline) as a bag of content words."""

    span: Span | None  # None: metadata text, not in the body
    text: str
    words: dict[str, bool]  # casefolded word -> is a name
    cue: str = ""
    headline: bool = False
    lead: bool = True  # False: a hedge after the lead, which a sourced update may settle
    scope: dict[str, bool] = field(default_factory=dict)  # the clause the hedge governs
    verb: str = ""  # first ordinary word after the hedge: what was only possible


class HedgeEscalationCheck(Check):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        o = rule.options
        self.hedges = term_set(o["hedge_cues"])
        self.certain = term_set(o["certainty_cues"])
        self.negations = term_set(o["negation_cues"]) if o.get("negation_cues") else None
        self.exempt = term_set(o["exempt_cues"]) if o.get("exempt_cues") else None
        self.metadata_keys = o.get("metadata_keys", ["title", "headline"])
        self.similarity = o.get("similarity", 70)
        self.token_similarity = o.get("token_similarity", 80)
        self.min_shared = o.get("min_shared", 2)
        self.min_shared_common = o.get("min_shared_common", 1)
        self.enough_common = o.get("enough_common", 4)
        self.lead_sentences = o.get("lead_sentences", 3)
        self.later_unless = term_set(o["later_hedges_unless"]) if o.get("later_hedges_unless") else None
        self.bare_statements = o.get("bare_statements", False)
        self.bare_common = o.get("bare_common", 3)
        self.bare_exempt = term_set(o["bare_exempt"]) if o.get("bare_exempt") else None
        self.negation_reach = o.get("negation_reach", 3)
        self.stopwords = self._stopwords(o)
        self.morphology = Morphology.from_options(o)

    def _stopwords(self, options) -> frozenset[str]:
        words: set[str] = set(options.get("stopwords", []))
        profile = self.env.pack_dir / "language.yaml"
        if profile.is_file():
            words.update(yamlmarks.safe_load(profile.read_text(encoding="utf-8")).get("stopwords", []))
        if options.get("stopwords_file"):
            data = yamlmarks.safe_load(self.env.resolve(options["stopwords_file"]).read_text(encoding="utf-8")) or {}
            words.update(data.get("stopwords", []))
        # Cue words say how sure a sentence is, not what it is about.
        for items in (options["hedge_cues"], options["certainty_cues"], options.get("negation_cues", [])):
            for item in items:
                if isinstance(item, str):
                    words.update(item.split())
        return frozenset(w.casefold() for w in words)

    # -- reading sentences ---------------------------------------------------
    def content(self, text: str, names: "Names") -> dict[str, bool]:
        """Content words of a text, each marked True if it is a name."""
        found = [m.group() for m in WORD.finditer(text)]
        # In a Title Case Headline every word is capitalised: ask the body instead.
        title_case = _title_case(found)
        words: dict[str, bool] = {}
        for i, word in enumerate(found):
            key = word.casefold()
            if key in self.stopwords or len(key) < 2:
                continue
            if title_case:
                name = key in names.anywhere
            elif i == 0:
                # A capital at the start of a sentence says nothing by itself: "Rusia telah"
                # is a name (the body has "senjata Rusia."), "Bank sentral" is not, even
                # though the body has "Bank Indonesia".
                following = found[1] if len(found) > 1 else ""
                name = key in names.alone or (following[:1].isupper() and key in names.anywhere)
            else:
                name = word[0].isupper()
            words[key] = words.get(key, False) or name
        return words

    def claim(self, text: str, names: Names, cue, offset: int = 0, span=None, headline=False) -> Claim:
        """A hedged claim: its words, and the clause the hedge governs with its first verb."""
        claim = Claim(span, text.strip(), self.content(text, names), cue.group(), headline)
        lo, hi = cue.start() - offset, cue.end() - offset
        clause_start = max((m.end() for m in CLAUSE.finditer(text, 0, lo)), default=0)
        clause_end = next((m.start() for m in CLAUSE.finditer(text, hi)), len(text))
        claim.scope = self.content(text[clause_start:clause_end], names) if not headline else dict(claim.words)
        after = self.content(text[hi:clause_end], names)
        claim.verb = next((w for w, name in after.items() if not name), "")
        return claim

    def negated(self, doc, sentence: Span, start: int, end: int) -> bool:
        if self.negations is None:
            return False
        before = list(WORD.finditer(doc.plain, sentence.start, start))[-self.negation_reach:] if self.negation_reach else []
        after = list(WORD.finditer(doc.plain, end, sentence.end))[: self.negation_reach]
        words = before + after
        if not words:
            return False
        lo, hi = words[0].start(), words[-1].end()
        return self.negations.search(doc.plain, min(lo, start), max(hi, end)) is not None

    def assertion(self, doc, sentence: Span):
        """The certainty cue that states this sentence as the writer's fact, if any."""
        for m in self.certain.finditer(doc.plain, sentence.start, sentence.end):
            if doc.in_quotation(m.start(), m.end()):
                continue
            if self.negated(doc, sentence, m.start(), m.end()):
                continue
            return m
        return None

    # -- comparing -----------------------------------------------------------
    def _match(self, word: str, words) -> str | None:
        if word in words:
            return word
        # Affixed forms ("senjata"/"senjatanya", "weapon"/"weapons") count as one word.
        best = max(words, key=lambda w: fuzz.ratio(w, word), default=None)
        return best if best is not None and fuzz.ratio(best, word) >= self.token_similarity else None

    def same_thing(self, hedged: Claim, stated: dict[str, bool]) -> bool:
        shared: dict[str, bool] = {}
        renamed: list[str] = []
        for word, name in stated.items():
            match = self._match(word, hedged.words)
            if match is not None:
                shared[match] = name and hedged.words[match]
            renamed.append(match or word)
        if len(shared) < self.min_shared:
            return False
        # Both name who acts and no name is shared: another actor (BI "may hold" rates; the Fed "has held" them).
        if any(stated.values()) and any(hedged.words.values()) and not any(shared.values()):
            return False
        common = sum(1 for name in shared.values() if not name)
        if common < self.min_shared_common:
            return False
        # The hedged verb itself, now stated ("may supply" -> "is supplying"), on the same things.
        if hedged.verb and common >= 2 and any(self.morphology.same_verb(w, hedged.verb) for w in stated):
            return True
        # Enough shared ordinary words are the same claim even in long, different sentences.
        if common >= self.enough_common:
            return True
        score = fuzz.token_set_ratio(" ".join(hedged.scope), " ".join(renamed))
        return score >= self.similarity

    def restated_verb(self, doc, sentence: Span, hedged: Claim, stated: dict[str, bool]):
        """For a sentence with no certainty cue: the hedged verb itself, restated plainly
        ("dikabarkan akan menaikkan pajak" -> "menaikkan tarif pajak"). The caller has
        checked that the sentence is not a dated event report (bare_exempt)."""
        if not hedged.verb:
            return None
        common = sum(
            1 for w, name in stated.items()
            if not name and (self._match(w, hedged.scope) or self.morphology.same_verb(w, hedged.verb))
        )
        if common < self.bare_common:
            return None
        for m in WORD.finditer(doc.plain, sentence.start, sentence.end):
            if not self.morphology.same_verb(m.group().casefold(), hedged.verb) or doc.in_quotation(m.start(), m.end()):
                continue
            if not self.negated(doc, sentence, m.start(), m.end()):
                return m
        return None

    def run(self, doc):
        names = Names.of(doc)
        hedged: list[Claim] = []
        for key in self.metadata_keys:
            value = doc.metadata.get(key)
            if isinstance(value, str) and (cue := next(iter(self.hedges.finditer(value)), None)):
                hedged.append(self.claim(value, names, cue, 0, self._locate(doc, value), headline=True))
        for index, sentence in enumerate(doc.sentences):
            budget.check()
            text = doc.plain[sentence.start : sentence.end]
            # The first hedge in the sentence governs the clause (literal cues and patterns alike).
            cue = next(iter(self.hedges.finditer(doc.plain, sentence.start, sentence.end)), None)
            if cue:
                # The lead sets out what the story claims; later hedges are usually followed by
                # their own updates ("may be diverted" ... "has been diverted since Wednesday").
                # A later update that names who confirms it is news, not escalation; one stated
                # by nobody turns "kemungkinan akan menolak" into "telah menolak" on the writer's word.
                if not self.lead_sentences or index < self.lead_sentences:
                    hedged.append(self.claim(text, names, cue, sentence.start, sentence))
                elif self.later_unless is not None:
                    hedged.append(self.claim(text, names, cue, sentence.start, sentence))
                    hedged[-1].lead = False
                continue
            if not hedged or (self.exempt and self.exempt.search(doc.plain, sentence.start, sentence.end)):
                continue
            words = self.content(text, names)
            found = None
            stated = self.assertion(doc, sentence)
            sourced = self.later_unless is not None and self.later_unless.search(doc.plain, sentence.start, sentence.end)
            bare = stated is None and self.bare_statements and not (
                self.bare_exempt and self.bare_exempt.search(doc.plain, sentence.start, sentence.end))
            for source in reversed(hedged[-MAX_CLAIMS_COMPARED:]):
                if not source.lead and sourced:
                    continue
                if stated is not None and self.same_thing(source, words):
                    found = (stated, source)
                elif bare and (verb := self.restated_verb(doc, sentence, source, words)):
                    found = (verb, source)
                if found:
                    break
            if not found:
                continue
            match, source = found
            where = f'the headline ("{source.text}")' if source.headline else "an earlier sentence"
            related = []
            if source.span is not None:
                related.append((source.span.start, source.span.end, f'reported as possible here ("{source.cue}")'))
            yield self.finding(doc, match.start(), match.end(), related=related, hedge=source.cue, where=where)

    @staticmethod
    def _locate(doc, title: str) -> Span | None:
        """Where a metadata title also appears in the file (front matter, <title>), if it does."""
        at = doc.text.find(title.strip())
        return Span(at, at + len(title.strip())) if at >= 0 else None


CHECK = HedgeEscalationCheck
