"""hedge-escalation: a claim reported as possible in one place and stated as fact later.

    hedge_cues: [kemungkinan akan, diduga, {pattern: ...}]   # marks a claim as possible
    certainty_cues: [merupakan, telah, adalah]               # marks a claim as fact
    negation_cues: [tidak, bukan]        # "X is not Y" contradicts, it does not escalate
    exempt_cues: [jika, mengklaim]       # conditionals and distanced claims are not facts
    modal_cues: [bisa, harus]            # what can or must happen: exempt, but for a presupposed phrase
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
    state_forms: [ke...an]      # ... those that, right after a state cue, are the state suspected ("diduga keracunan")
    state_cues: [diduga]        # cues whose next word is what is suspected, not a subject ("menduga kematian itu ...")
    bare_statements: false   # also report a plain restatement of the hedged verb, with no
    bare_common: 3           # certainty cue, sharing this many ordinary words with the hedged clause
    bare_exempt: [...]       # ... unless the sentence has one of these (a dated event report)
    stemmer: id              # compare claims on stems (qa_lint/stemming.py: id = Sastrawi, en, none)
    premise_cues: [karena, akibat, setelah]   # a claim taken as given after these: "karena tanggul jebol"
    consequence_cues: [sehingga]              # ... or before these: "tanggul jebol sehingga ..."
    nouns_file: data/nouns.txt                # nouns are skipped when finding the hedged verb
    decided_cues: [...]      # a decided event or a count ("dalam 7 hari terakhir"): never an escalation
    attribution_cues: [kata, menurut]   # who a sentence is attributed to (default: later_hedges_unless)
    update_cues: [sejak]     # a restatement by the hedge's own speaker, anchored in time, is an update
    speaker_pronouns: [dia, ia]   # a restatement "he said" has the previous speaker
    premise_unless: [khawatir]    # a feared premise is not taken as given: "karena khawatir terjadi ..."
    plan_cues: [berencana, {pattern: 'akan ... pekan depan'}]   # a plan for a coming day ...
    done_cues: [telah, rampung]   # ... is escalated only when reported as done, by nobody named
    demonstratives: [itu, tersebut]   # "kebocoran pipa gas itu": the phrase they close is presupposed
    phrase_reach: 10         # ... at most this many words before the demonstrative
    frame_words: [sebagai]   # "Sebagai calon bupati, Asep ...": the opening phrase is presupposed
    headline_line: true      # a plain-text file's first line, unpunctuated, is its headline
    synonyms_file: data/hedge-synonyms.yaml   # word groups for one cause or event (hengkang/kepindahan)
    cause_nouns: [penyebab]  # "X diduga menjadi penyebab Y": X is suspected
    causal_verbs: [disebabkan]   # "menduga kematian ikan disebabkan limbah": the waste is suspected
    figure_premise_cues: [dengan]    # "Dengan 80 orang di atas kapal, ...": the estimate taken as a count
    present_cues: [kini]     # a planned thing doing something now is done ...
    unfinished_cues: [masih] # ... unless it is still not finished
    rumour_cues: [dikabarkan]    # a rumoured move or deal ...
    settled_cues: [kedatangan]   # ... taken as done in a later sentence's opening
    headline_certainty_cues: [resmi]   # a headline's word of settled fact over a hedging body

"The same thing" is decided on the stems of content words (language-profile
stopwords, the extra list and the cue words removed), not on wording: the hedged lead
"Moskow kemungkinan akan memasok senjata ke Korea Utara" and the later
"Korea Utara merupakan salah satu penerima senjata Rusia" share names and
"senjata". Shared names alone (Putin, Korea Utara) are not enough: a story
about one country talks about it in every line, so at least one ordinary
content word must be shared too.

A hedge inside a quotation still counts as hedged speech, but a certainty cue
inside a quotation is the speaker's, not the writer's, and is not reported.

Hedged claims are indexed by their ordinary content stems: a later sentence is
compared only with the claims that share one (at most MAX_CLAIMS_COMPARED),
so the check is near-linear in the article's length.

A restatement attributed to someone (``later_hedges_unless``: kata polisi,
police said, menurut) is an update, not the writer's escalation, unless it is
attributed to the very speaker who hedged ("Putin said Moscow may supply ...",
"Putin said North Korea is a recipient ...") with nothing new (an
``update_cues`` time anchor) to show it is an update.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

import regex
from rapidfuzz import fuzz

from .. import budget, yamlmarks
from ..matching import term_set
from ..span import Span
from ..stemming import STEMMERS, stemmer
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
    # Groups of words that name one cause or event ("hengkang"/"kepindahan", "tercemar"/"keracunan"):
    # compared as one stem, so a restatement in other words is still the hedged claim.
    "synonyms_file": {"type": "string"},
    "metadata_keys": {"type": "array", "items": {"type": "string"}},
    "similarity": {"type": "number", "minimum": 0, "maximum": 100},
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
    "state_forms": {"type": "array", "items": {"type": "string", "pattern": "^[^.]*\\.\\.\\.[^.]*$"}, "default": [],
                    "description": "circumfixes that, right after a state cue, make the state suspected (ke...an: diduga keracunan)"},
    "state_cues": TERM_LIST,
    "stemmer": {"enum": sorted(STEMMERS), "description": "compare words on stems (id: Sastrawi; en; none); "
                "without it, on the pack's verb_prefixes/verb_suffixes"},
    "premise_cues": TERM_LIST,
    # A plan for a coming day ("akan ... pekan depan", "berencana"): escalated only when a later
    # sentence reports it as done (done_cues: telah, rampung) on the writer's word.
    "plan_cues": TERM_LIST,
    "done_cues": TERM_LIST,
    "premise_reach": {"type": "integer", "minimum": 1, "maximum": 20, "default": 8,
                      "description": "words either side of a premise cue in which the hedged verb counts as taken as given"},
    "consequence_cues": TERM_LIST,
    "nouns_file": {"type": "string", "description": "a word list (one a line): nouns are not taken for the hedged verb"},
    "decided_cues": TERM_LIST,
    "update_cues": TERM_LIST,
    "attribution_cues": TERM_LIST,
    "speaker_pronouns": {"type": "array", "items": {"type": "string", "minLength": 1}, "default": []},
    "premise_unless": TERM_LIST,
    "modal_cues": TERM_LIST,
    "demonstratives": {"type": "array", "items": {"type": "string", "minLength": 1}, "default": [],
                       "description": "words that close a presupposed phrase (itu, tersebut)"},
    "frame_words": {"type": "array", "items": {"type": "string", "minLength": 1}, "default": [],
                    "description": "words that open a sentence with the role its subject holds (sebagai)"},
    "phrase_reach": {"type": "integer", "minimum": 1, "maximum": 20, "default": 10,
                     "description": "words before a demonstrative that make the phrase it closes"},
    # An estimate ("sekitar 300 kios", "diperkirakan mencapai 12 kilometer") later given as a
    # more exact figure of the same thing ("312 kios") on the writer's word.
    "estimate_cues": TERM_LIST,
    # An open question under investigation ("masih menyelidiki apakah ada unsur kesengajaan"): a later
    # sentence that answers it either way, on the writer's word, settles what is still open.
    "question_cues": TERM_LIST,
    # A party's claim ("perusahaan mengklaim baterai itu mampu menempuh 180 km"): escalated only
    # when the writer takes it as given (a premise, a presupposed phrase), not by "akan" or "telah"
    # in a later line about the same product or plan, which is how such stories go on.
    "claim_cues": TERM_LIST,
    "bound_cues": TERM_LIST,
    "exact_cues": TERM_LIST,
    # A figure that opens its sentence after one of these ("Dengan 40 orang di atas jembatan, ...")
    # is taken as given: the estimate, even with its own digits, made a count the sentence builds on.
    "figure_premise_cues": TERM_LIST,
    # A planned thing as the subject, then "kini" ("Pabrik itu kini menyerap 1.500 pekerja"): in use
    # now, so built; unless what follows says it is not finished yet (unfinished_cues: masih, tengah).
    "present_cues": TERM_LIST,
    # A rumoured move or deal ("dikabarkan tengah mendekati gelandang X"; rumour_cues) taken as done
    # in the opening of a later sentence that names its party ("Setelah resmi bergabung, X ...",
    # "Kedatangan X ...", "Dengan masuknya Y sebagai pemegang saham ..."; settled_cues).
    "rumour_cues": TERM_LIST,
    # A headline's word of settled fact ("Resmi Tangani", "Dipastikan") over a body that only hedges
    # what the headline names (a name and two ordinary words of what the hedge governs).
    "headline_certainty_cues": TERM_LIST,
    "settled_cues": TERM_LIST,
    # Right after a hedge, a cause ("diduga menjadi penyebab pembatalan"): the suspected thing is
    # the subject before the hedge.
    "cause_nouns": TERM_LIST,
    # Light verbs that name a cause: after the subject of a suspicion ("menduga kematian ikan itu
    # disebabkan limbah pabrik") the suspected thing is their complement, not the subject.
    "causal_verbs": {"type": "array", "items": {"type": "string", "minLength": 1}, "default": []},
    "unfinished_cues": TERM_LIST,
    # Where a sentence's clauses part (", sehingga", ", namun", ";"): the clause before a hedged one is stated.
    "clause_breaks": TERM_LIST,
    # Background anchored in the past ("sejak 2006", "pekan lalu"): no escalation of a hedge, but a
    # plan's report as done; and only when it dates the claim, not a premise after it ("karena uji
    # KIR-nya telah kedaluwarsa sejak Maret 2026").
    "background_cues": TERM_LIST,
    "estimate_reach": {"type": "integer", "minimum": 1, "maximum": 6, "default": 3,
                       "description": "words before a figure in which an estimate cue makes it an estimate"},
    # Verbs that only relate the claim to its content ("mengalami rem blong", "berasal dari korsleting",
    # "berada di balik serangan"): the hedged thing is what follows them, not the verb itself.
    "light_verbs": {"type": "array", "items": {"type": "string", "minLength": 1}, "default": []},
    # Hedges about what has already happened (diduga, menuding): no date settles them, so a plain
    # restatement dated to a day ("sejak Senin dini hari") is still the suspicion stated as fact.
    "suspicion_cues": TERM_LIST,
    # Aspect markers ("dikabarkan tengah menjajaki"): never the hedged verb, whatever the cue.
    "aspect_markers": {"type": "array", "items": {"type": "string", "minLength": 1}, "default": []},
    "headline_cause_verbs": TERM_LIST,
    "scale_words": {"type": "array", "items": {"type": "string", "minLength": 1}, "default": [],
                    "description": "number words (juta, ribu) that count what a hedge estimates, never its claim word"},
    "headline_line": {"type": "boolean", "default": False,
                      "description": "a plain-text file's unpunctuated first line is its headline"},
    "headline_message": {"type": "string", "minLength": 1,
                         "description": "message when the hedge is in the headline (default: the rule's message)"},
    "body_message": {"type": "string", "minLength": 1,
                     "description": "message for a headline stated as fact over a body that hedges (default: the rule's message)"},
}
REQUIRED = ["hedge_cues", "certainty_cues"]
# What its messages may name (checked when a pack loads; docs/rule-writing.md). {where} is an
# English phrase ("an earlier sentence", "the body"); a pack read in other languages says where
# in its own words instead: `message` (an earlier sentence), `headline_message` (the hedged
# headline, {headline}) and `body_message` (a headline over a body that hedges), each translated
# by the pack's catalogue.
PLACEHOLDERS = {
    "message": {"match", "hedge", "where", "headline"},
    "headline_message": {"match", "hedge", "where", "headline"},
    "body_message": {"match", "hedge", "where", "headline"},
}
REGEX_KEYS = ()

WORD = regex.compile(r"\p{L}[\p{L}\p{N}]*(?:[-'’]\p{L}+)*")
# A later sentence is compared with at most this many of the latest hedged claims: an
# article has a handful, and a pathological text of thousands must not cost
# sentences x claims comparisons.
MAX_CLAIMS_COMPARED = 64
# A figure: "312", "4.200" (thousands), "12,4" (decimal comma); not part of a date or time.
FIGURE = regex.compile(r"(?<![\d/.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\d/]|\.\d)")
# A clause ends at punctuation, but not at the decimal comma of "Rp 1,2 miliar".
RELATIVE_BEFORE = regex.compile(r"\byang\s+$", regex.IGNORECASE)
# A subject opened by a relative clause: "yang" within this many words of the sentence start.
RELATIVE_OPENING = 4
# The content of a report follows "bahwa" within a few words of its cue ("beredar kabar di media sosial bahwa").
THAT = regex.compile(r"\bbahwa\b|\bthat\b", regex.IGNORECASE)
THAT_REACH = 5
# Words before an estimate that may name what it counts ("jumlah orang di atas kapal bisa mencapai sekitar 80").
FIGURE_CONTEXT = 8
# Content words of a light verb's complement that name what is suspected ("lauk ayam suwir").
COMPLEMENT_REACH = 4
# Words after an opening cue before the comma that frames it off ("Dugaan awal kami, ...").
FRAMING_REACH = 2
# Words of a sentence's opening clause in which a rumoured deal may be taken as done.
OPENING_REACH = 12
SUBJECT_REACH = 4
# Words of a suspicion's subject before a causal verb ("kematian massal ikan itu disebabkan ...").
CAUSAL_REACH = 6
# The alternatives of an either-or question.
ALTERNATIVE = regex.compile(r"\s(?:atau|ataukah|or)\s", regex.IGNORECASE)
DATELINE_DASH = regex.compile(r"[—–]|\s-\s")
# A comma that ends a clause, not the decimal comma of "naik 1,2 persen".
CLAUSE_COMMA = regex.compile(r"(?<!\d),|,(?!\d)")
CLAUSE = regex.compile(r"(?<!\d),|,(?!\d)|[;:()\[\]–—]|\s-\s")


@dataclass
class SimpleMatch:
    """A word standing in for a regex match (``_whole_cue`` reads its group)."""

    text: str

    def group(self) -> str:
        return self.text


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
            found = list(WORD.finditer(doc.plain, s.start, s.end))
            words = [m.group() for m in found]
            if _title_case(words):
                continue
            for i, word in enumerate(words[1:], 1):
                # After a dateline ("KHARTOUM — Serangan ...") a word opens the sentence proper.
                if word[0].isupper() and not DATELINE_DASH.search(doc.plain, found[i - 1].end(), found[i].start()):
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


PHRASE_BREAK = regex.compile(r"(?<!\d),|,(?!\d)|[.;:!?()\[\]–—]|\s-\s|\b(?i:dan|atau|serta|tetapi|namun|bahwa|"
                             r"apa|siapa|adalah|merupakan|ialah|karena|sehingga|agar)\b")
APPOSITIVE = regex.compile(r"\s*[,(]\s*((?:\p{Lu}[\p{L}.'’-]*\s*){1,5})[,)]")


def _past_appositives(text: str, start: int) -> int:
    """The end of the clause from ``start``, read past a name in apposition: in "menuding Ketua
    DPRD, Asep Kurniawan, menerima suap" and "menuding Pasukan Dukungan Cepat (RSF) berada di
    balik serangan" the accusation goes on after the name."""
    while True:
        end = next((m.start() for m in CLAUSE.finditer(text, start)), len(text))
        apposition = APPOSITIVE.match(text, end)
        if end >= len(text) or apposition is None:
            return end
        start = apposition.end()


def _near(keys: list[str], a: str, b: str, gap: int = 1) -> bool:
    """Whether a and b occur with at most ``gap`` words between them."""
    at = [i for i, k in enumerate(keys) if k == a]
    return any(k == b and abs(i - j) <= gap + 1 for j, k in enumerate(keys) for i in at)


def _title_case(words: list[str]) -> bool:
    long = [w for w in words if len(w) > 3]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.7 * len(long)


@dataclass
class Figure:
    """A number in a sentence, with the stem of the word it counts ("300 kios": kios)."""

    start: int
    end: int
    value: float
    digits: int  # significant digits: 300 has 1, 312 has 3, 12,4 has 3
    unit: str
    estimate: str = ""  # the estimate cue before it, if any ("sekitar")
    sentence: Span | None = None
    exact: bool = False  # said to be exact ("tepat 20 warga")
    said: frozenset[str] = frozenset()  # stems of the ordinary words just after it ("orang masih tertimbun")
    before: frozenset[str] = frozenset()  # stems of the words before it ("jumlah orang di atas kapal ... sekitar 80")
    premise: bool = False  # opens a premise ("Dengan 80 orang di atas kapal, ..."): taken as given


def _significant(whole: str, decimals: str) -> int:
    digits = whole.replace(".", "").lstrip("0")
    return len(digits + decimals) if decimals else len(digits.rstrip("0")) or 1


def _rounded(value: float, digits: int) -> float:
    """A value rounded to so many significant digits: 312 to 1 is 300, 12,4 to 2 is 12."""
    if not value:
        return value
    scale = 10.0 ** (math.floor(math.log10(abs(value))) + 1 - digits)
    return round(round(value / scale) * scale, 6)


@dataclass
class Speaker:
    """Who a sentence attributes its statement to: the names around the attribution cue,
    or a pronoun ("he said", "katanya") that points back to the speaker before."""

    names: frozenset[str]
    pronoun: bool


@dataclass
class Claim:
    """A sentence (or headline) as a bag of content stems."""

    span: Span | None  # None: metadata text, not in the body
    text: str
    words: dict[str, bool]  # stem -> is a name
    cue: str = ""
    headline: bool = False
    lead: bool = True  # False: a hedge after the lead, which a sourced update may settle
    scope: dict[str, bool] = field(default_factory=dict)  # stems of the clause the hedge governs
    verb: str = ""  # stem of the first ordinary word after the hedge: what was only possible
    governed: frozenset[str] = frozenset()  # stems after the hedge in its clause: what it governs
    speaker: Speaker | None = None  # who hedged, when the sentence says
    plan: bool = False  # a plan, not a possibility: only its report as done escalates it
    question: bool = False  # an open question ("masih menyelidiki apakah ..."): any answer settles it
    given_only: bool = False  # a party's claim: only taking it as given escalates it
    suspicion: bool = False  # a hedge about what has happened ("diduga"): no date settles it
    predicate: bool = False  # its verb is the thing suspected ("diduga keracunan", "berasal dari korsleting")
    rumour: bool = False  # a rumour ("dikabarkan", "beredar kabar"): a deal it tells of may be taken as done
    complement: tuple[str, ...] = ()  # after a light verb: the stems of the thing suspected ("lauk ayam suwir")


class ClaimIndex:
    """Hedged claims by their ordinary content stems, so that a later sentence is compared
    only with the claims it shares such a stem with (the latest ``cap`` of them)."""

    def __init__(self, cap: int, names_too: bool = False):
        self.cap = cap
        self.names_too = names_too
        self.claims: list[Claim] = []
        self.by_stem: dict[str, list[int]] = {}

    def __bool__(self) -> bool:
        return bool(self.claims)

    def add(self, claim: Claim) -> None:
        number = len(self.claims)
        self.claims.append(claim)
        for stem, name in claim.words.items():
            if self.names_too or not name:
                self.by_stem.setdefault(stem, []).append(number)

    def candidates(self, stems) -> list[Claim]:
        numbers: set[int] = set()
        for stem in stems:
            numbers.update(self.by_stem.get(stem, ())[-self.cap:])
        return [self.claims[n] for n in sorted(numbers, reverse=True)[: self.cap]]


class HedgeEscalationCheck(Check):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        o = rule.options
        self.headline_message = o.get("headline_message")
        self.body_message = o.get("body_message")
        self.hedges = term_set(o["hedge_cues"])
        self.certain = term_set(o["certainty_cues"])
        self.negations = self._terms(o, "negation_cues")
        self.exempt = self._terms(o, "exempt_cues")
        self.modal = self._terms(o, "modal_cues")
        self.metadata_keys = o.get("metadata_keys", ["title", "headline"])
        self.similarity = o.get("similarity", 70)
        self.min_shared = o.get("min_shared", 2)
        self.min_shared_common = o.get("min_shared_common", 1)
        self.enough_common = o.get("enough_common", 4)
        self.lead_sentences = o.get("lead_sentences", 3)
        self.later_unless = self._terms(o, "later_hedges_unless")
        # Who a sentence is attributed to; by default the cues that settle a later hedge.
        self.attribution = self._terms(o, "attribution_cues") or self.later_unless
        self.bare_statements = o.get("bare_statements", False)
        self.bare_common = o.get("bare_common", 3)
        self.bare_exempt = self._terms(o, "bare_exempt")
        self.negation_reach = o.get("negation_reach", 3)
        self.premises = self._terms(o, "premise_cues")
        self.plans = self._terms(o, "plan_cues")
        self.done = self._terms(o, "done_cues")
        self.consequences = self._terms(o, "consequence_cues")
        self.nouns: frozenset[str] = frozenset()
        if o.get("nouns_file"):
            lines = self.env.resolve(o["nouns_file"]).read_text(encoding="utf-8").splitlines()
            self.nouns = frozenset(w.strip().casefold() for w in lines if w.strip() and not w.startswith("#"))
        self.premise_reach = o.get("premise_reach", 8)
        self.decided = self._terms(o, "decided_cues")
        self.updates = self._terms(o, "update_cues")
        self.pronouns = frozenset(p.casefold() for p in o.get("speaker_pronouns", []))
        self.premise_unless = self._terms(o, "premise_unless")
        self.demonstratives = frozenset(w.casefold() for w in o.get("demonstratives", []))
        self.phrase_reach = o.get("phrase_reach", 10)
        self.frames = frozenset(w.casefold() for w in o.get("frame_words", []))
        self.headline_line = o.get("headline_line", False)
        self.estimates = self._terms(o, "estimate_cues")
        self.estimate_reach = o.get("estimate_reach", 3)
        self.bounds = self._terms(o, "bound_cues")
        self.exact = self._terms(o, "exact_cues")
        self.figure_premises = self._terms(o, "figure_premise_cues")
        self.present = self._terms(o, "present_cues")
        self.rumours = self._terms(o, "rumour_cues")
        self.headline_certain = self._terms(o, "headline_certainty_cues")
        self.headline_causes = self._terms(o, "headline_cause_verbs")
        self.settled = self._terms(o, "settled_cues")
        self.cause_nouns = self._terms(o, "cause_nouns")
        self.causal = frozenset(w.casefold() for w in o.get("causal_verbs", []))
        self.unfinished = self._terms(o, "unfinished_cues")
        self.clause_breaks = self._terms(o, "clause_breaks")
        self.background = self._terms(o, "background_cues")
        self.questions = self._terms(o, "question_cues")
        self.claims = self._terms(o, "claim_cues")
        self.stopwords = self._stopwords(o)
        self.morphology = Morphology.from_options(o)
        self.states = Morphology.from_options({"noun_forms": o.get("state_forms", [])})
        base = stemmer(o["stemmer"]) if "stemmer" in o else self._affix_stem
        self.stem = self._with_synonyms(base, o.get("synonyms_file"))
        # Word forms, not stems: "menjadi" relates, "terjadi" is an event.
        self.light = frozenset(w.casefold() for item in o.get("light_verbs", []) for w in WORD.findall(item))
        self.suspicions = self._terms(o, "suspicion_cues")
        self.state_cues = self._terms(o, "state_cues")
        self.aspect = frozenset(w.casefold() for w in o.get("aspect_markers", []))
        self.scale_words = frozenset(w.casefold() for w in o.get("scale_words", []))
        # Sentence/claim comparisons made by the last run (bench/hedge_scaling.py, tests).
        self.comparisons = 0

    @staticmethod
    def _terms(options, key):
        return term_set(options[key]) if options.get(key) else None

    def _affix_stem(self, word: str) -> str:
        return min(self.morphology.stems(word.casefold()), key=lambda w: (len(w), w))

    def _with_synonyms(self, base, path):
        """The stemmer, with each word of a synonym group stemmed to the group's first word's stem."""
        if not path:
            return base
        data = yamlmarks.safe_load(self.env.resolve(path).read_text(encoding="utf-8"), cache=True) or {}
        canonical: dict[str, str] = {}
        for group in data.get("synonyms", []):
            stems = [base(str(w).casefold()) for w in group]
            for s in stems[1:]:
                canonical.setdefault(s, stems[0])

        def stem(word: str) -> str:
            s = base(word)
            return canonical.get(s, s)

        return lru_cache(maxsize=65536)(stem)

    def _stopwords(self, options) -> frozenset[str]:
        words: set[str] = set(options.get("stopwords", []))
        profile = self.env.pack_dir / "language.yaml"
        if profile.is_file():
            words.update(yamlmarks.safe_load(profile.read_text(encoding="utf-8"), cache=True).get("stopwords", []))
        if options.get("stopwords_file"):
            data = yamlmarks.safe_load(self.env.resolve(options["stopwords_file"]).read_text(encoding="utf-8"), cache=True) or {}
            words.update(data.get("stopwords", []))
        # Cue words say how sure a sentence is, not what it is about.
        for items in (options["hedge_cues"], options["certainty_cues"], options.get("negation_cues", [])):
            for item in items:
                if isinstance(item, str):
                    words.update(item.split())
        return frozenset(w.casefold() for w in words)

    # -- reading sentences ---------------------------------------------------
    def content(self, text: str, names: "Names") -> dict[str, bool]:
        """Stems of the content words of a text, each marked True if it is a name."""
        matches = list(WORD.finditer(text))
        found = [m.group() for m in matches]
        # In a Title Case Headline every word is capitalised: ask the body instead.
        title_case = _title_case(found)
        words: dict[str, bool] = {}
        for i, word in enumerate(found):
            key = word.casefold()
            if key in self.stopwords or len(key) < 2:
                continue
            # After a dateline ("SIMALUNGUN — Ikan nila ...") a word opens the sentence proper.
            opening = i == 0 or bool(DATELINE_DASH.search(text, matches[i - 1].end(), matches[i].start()))
            if title_case:
                name = key in names.anywhere
            elif opening:
                # A capital at the start of a sentence says nothing by itself: "Rusia telah"
                # is a name (the body has "senjata Rusia."), "Bank sentral" is not, even
                # though the body has "Bank Indonesia".
                following = found[i + 1] if len(found) > i + 1 else ""
                name = key in names.alone or (following[:1].isupper() and key in names.anywhere)
            else:
                name = word[0].isupper()
            stem = key if name else self.stem(key)
            words[stem] = words.get(stem, False) or name
        return words

    def claim(self, text: str, names: Names, cue, offset: int = 0, span=None, headline=False) -> Claim:
        """A hedged claim: its stems, and the clause the hedge governs with its first verb."""
        claim = Claim(span, text.strip(), self.content(text, names), cue.group(), headline)
        lo, hi = cue.start() - offset, cue.end() - offset
        clause_start = max((m.end() for m in CLAUSE.finditer(text, 0, lo)), default=0)
        clause_end = _past_appositives(text, hi)
        if not headline and 1 <= len(WORD.findall(text, hi, clause_end)) <= FRAMING_REACH and \
                not WORD.findall(text, clause_start, lo) and text[clause_end:clause_end + 1] == ",":
            # "Dugaan awal kami, jembatan itu kelebihan beban": an opening cue phrase framed off by
            # a comma hedges the clause after it (a bare "Kabarnya," or "Bisa jadi," is left inert).
            hi, clause_end = clause_end + 1, _past_appositives(text, clause_end + 1)
        claim.scope = self.content(text[clause_start:clause_end], names) if not headline else dict(claim.words)
        # A hedge hands its claim to a light verb's complement ("diduga berasal dari korsleting"),
        # but an estimate's complement is its measure ("diperkirakan berasal dari abad ke-8").
        claim.suspicion = self._whole_cue(self.suspicions, cue)
        light = not self._whole_cue(self.estimates, cue)
        state = self._whole_cue(self.state_cues, cue)
        # "beredar kabar di media sosial bahwa pemain itu akan hengkang": the claim follows "bahwa".
        that = THAT.search(text, hi, clause_end)
        if that is not None and len(WORD.findall(text, hi, that.start())) <= THAT_REACH:
            hi = that.end()
        claim.verb = self._hedged_verb(text, hi, clause_end, names, light, predicate=state)
        first = next((m.group().casefold() for m in WORD.finditer(text, hi, clause_end)
                      if m.group().casefold() not in self.stopwords), "")
        # What is suspected is a state ("diduga keracunan") or a light verb's complement ("diduga
        # berasal dari lauk ayam suwir"): a later phrase without it names only the setting.
        claim.predicate = claim.suspicion and bool(first) and (
            first in self.light or (state and self.states.is_noun(first) and self.stem(first) == claim.verb))
        if claim.predicate and first in self.light:
            claim.complement = self._complement(text, hi, clause_end)
        if self._names_a_cause(text, hi, clause_end):
            # "kebocoran pada katup diduga menjadi penyebab pembatalan": what is suspected is the
            # subject before the cue, as the cause of what follows.
            claim.verb = self._subject_head(text, clause_start, lo)
            claim.governed = frozenset(self.content(text[clause_start:hi], names)) | frozenset(
                self.content(text[hi:clause_end], names))
            return claim
        cause = self._causal_after_subject(text, hi, clause_end) if claim.suspicion else None
        # "menduga gagal panen itu disebabkan benih palsu": the crop failure is the setting, the cause is governed.
        governed = self.content(text[cause or hi:clause_end], names)
        if not any(not name for name in governed.values()):
            # A cue after its claim ("angka itu belum dipastikan", "penyebabnya masih diselidiki")
            # governs what comes before it in its clause.
            governed = self.content(text[clause_start:lo], names)
            claim.verb = claim.verb or self._hedged_verb(text, clause_start, lo, names, light)
        claim.governed = frozenset(governed)
        return claim

    def _names_a_cause(self, text: str, start: int, end: int) -> bool:
        """Whether the cue is followed by a cause noun, after a light verb or not ("diduga menjadi
        penyebab", "diduga pemicu")."""
        if self.cause_nouns is None:
            return False
        words = [m.group().casefold() for m in WORD.finditer(text, start, end)][:2]
        if words and words[0] in self.light:
            words = words[1:]
        return bool(words) and self._whole_cue(self.cause_nouns, SimpleMatch(words[0]))

    def _causal_after_subject(self, text: str, start: int, end: int) -> int | None:
        """The end of a causal light verb that follows the suspicion's subject within a few words
        ("kematian ikan itu disebabkan ..."), if one does."""
        if not self.causal:
            return None
        for i, m in enumerate(WORD.finditer(text, start, end)):
            if i > CAUSAL_REACH:
                return None
            if i and m.group().casefold() in self.causal:
                return m.end()
        return None

    def _subject_head(self, text: str, start: int, end: int) -> str:
        """The stem of the first content word of a subject, past a verb of saying ("mengatakan
        kebocoran pada katup ..." -> bocor)."""
        for m in WORD.finditer(text, start, end):
            key = m.group().casefold()
            if key in self.stopwords or m.group()[0].isupper() or (
                    self.attribution is not None and self._whole_cue(self.attribution, m)):
                continue
            return self.stem(key)
        return ""

    def _complement(self, text: str, start: int, end: int) -> tuple[str, ...]:
        """The stems of the head of a light verb's complement, up to "yang" or the clause's end:
        "diduga berasal dari lauk ayam suwir yang dimasak ..." suspects "lauk ayam suwir"."""
        words = [m.group().casefold() for m in WORD.finditer(text, start, end)]
        light = next((i for i, w in enumerate(words) if w in self.light), None)
        head: list[str] = []
        for word in words[(light or 0) + 1:]:
            if word == "yang" or len(head) == COMPLEMENT_REACH:
                break
            if word not in self.stopwords:
                head.append(self.stem(word))
        return tuple(head)

    def _hedged_verb(self, text: str, start: int, end: int, names: Names, suspicion: bool = False,
                     predicate: bool = False) -> str:
        """The stem of the first ordinary word after the hedge that is not a noun (the subject of
        "mungkin bayi sudah mulai lelah" is not what was possible); the first ordinary word if all are.
        After a suspicion (``predicate``) a ke-an form right after it is what is suspected: "diduga
        keracunan menu makan siang" suspects the poisoning, not the eating."""
        first = ""
        light = False
        # In a Title Case Headline a capital is no name: ask the body.
        title_case = _title_case([m.group() for m in WORD.finditer(text)])
        if suspicion and (cause := self._causal_after_subject(text, start, end)) is not None:
            # "menduga gagal panen itu disebabkan benih palsu": the cause is suspected, not the event.
            start, light = cause, True
        state = ""
        for m in WORD.finditer(text, start, end):
            word = m.group()
            key = word.casefold()
            if first and self.premises is not None and self._whole_cue(self.premises, m):
                # "jembatan itu kelebihan beban karena warga berjalan ...": the verb of the reason
                # is not the claim's; a ke-an state before it is ("kelebihan").
                return state or first
            name = key in names.anywhere if title_case else word[0].isupper()
            if key in self.stopwords or len(key) < 2 or name or key in self.aspect or key in self.scale_words:
                continue  # "memperkirakan 1,2 juta penumpang": a number word counts, it claims nothing
            stem = self.stem(key)
            if predicate and not first and not light and self.states.is_noun(key):
                return stem
            if suspicion and key in self.light and not first:
                light = True  # "mengalami rem blong": what it relates to is the claim
                continue
            if light or key not in self.nouns:
                return stem
            first = first or stem
            state = state or (stem if self.states.is_noun(key) else "")
        return first

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

    def speaker(self, doc, sentence: Span) -> Speaker | None:
        """Who the sentence is attributed to, outside quotations; None when nobody."""
        cue = self._attribution_cue(doc, sentence)
        if cue is None:
            return None
        words = list(WORD.finditer(doc.plain, sentence.start, sentence.end))
        at = next((i for i, w in enumerate(words) if w.end() > cue.start()), len(words))
        near = words[max(0, at - 3): at + 4]
        pronoun = any(w.group().casefold() in self.pronouns for w in near) or any(
            cue.group().casefold().endswith(p) for p in self.pronouns if len(p) >= 3)
        names = frozenset(w.group().casefold() for w in near
                          if w.group()[0].isupper() and w.group().casefold() not in self.stopwords)
        return Speaker(names, pronoun)

    def _attribution_cue(self, doc, sentence: Span):
        """The first attribution cue of the sentence outside quotations, if any."""
        if self.attribution is None:
            return None
        # "daerah yang melaporkan penyakit itu": a relative clause's verb of saying attributes nothing.
        return next((m for m in self.attribution.finditer(doc.plain, sentence.start, sentence.end)
                     if not doc.in_quotation(m.start(), m.end())
                     and not RELATIVE_BEFORE.search(doc.plain, max(sentence.start, m.start() - 5), m.start())), None)

    # -- comparing -----------------------------------------------------------
    def same_thing(self, hedged: Claim, stated: dict[str, bool]) -> bool:
        shared = {stem: name and hedged.words[stem] for stem, name in stated.items() if stem in hedged.words}
        if len(shared) < self.min_shared:
            return False
        common = sum(1 for name in shared.values() if not name)
        # Both name who acts and no name is shared: another actor (BI "may hold" rates; the Fed "has held"
        # them). Who acts is named outside what the hedge governs: a programme's name in the plan
        # ("akan menggelar Outbreak Response Immunization") is its object, and the later line may name the places.
        actors = [w for w, name in hedged.words.items() if name and w not in hedged.governed]
        if any(stated.values()) and actors and not any(shared.values()):
            return False
        if common < self.min_shared_common:
            return False
        # What the hedge governs must come back, not only the sentence's setting ("the Government
        # is negotiating about the fate of a man suspected of fighting ..." -> "is holding talks about his fate").
        if hedged.governed and not any(stem in hedged.governed for stem in shared):
            return False
        # The hedged verb itself, now stated ("may supply" -> "is supplying"), on the same things.
        if hedged.verb and common >= 2 and hedged.verb in stated:
            return True
        # Enough shared ordinary words are the same claim even in long, different sentences.
        if common >= self.enough_common:
            return True
        return fuzz.token_set_ratio(" ".join(hedged.scope), " ".join(stated)) >= self.similarity

    def _verb_at(self, doc, sentence: Span, verb: str, lo: int | None = None, hi: int | None = None,
                 negation_kept: bool = False):
        """The first word (in lo..hi) whose stem is the hedged verb, outside quotations and not
        negated; or negated, when the hedge negated it too ("rem yang tidak berfungsi" both times)."""
        for m in WORD.finditer(doc.plain, sentence.start if lo is None else lo, sentence.end if hi is None else hi):
            if self.stem(m.group().casefold()) != verb or doc.in_quotation(m.start(), m.end()):
                continue
            if self.negated(doc, sentence, m.start(), m.end()) == negation_kept:
                return m
        return None

    def _phrase_keys(self, words) -> list[str]:
        """Stems of words for telling what stands together, past "yang" and a negation: "rem
        (bus) yang tidak berfungsi" is one phrase."""
        keys = []
        for w in words:
            key = w.group().casefold()
            if key == "yang" or self._negation(key):
                continue
            keys.append(self.stem(key))
        return keys

    def _negation(self, word: str) -> bool:
        """Whether a word is a negation cue (tidak, bukan, tanpa)."""
        m = self.negations.search(word) if self.negations is not None else None
        return m is not None and (m.start(), m.end()) == (0, len(word))

    def _negated_in(self, text: str, stem: str) -> bool:
        """Whether a word of this stem is negated in the text ("yang tidak berfungsi")."""
        words = list(WORD.finditer(text))
        return any(
            self.stem(w.group().casefold()) == stem and any(self._negation(v.group().casefold()) for v in words[max(0, i - 2): i])
            for i, w in enumerate(words))

    def restated_verb(self, doc, sentence: Span, hedged: Claim, stated: dict[str, bool]):
        """For a sentence with no certainty cue: the hedged verb itself (or its noun), restated
        plainly ("dikabarkan akan menaikkan pajak" -> "menaikkan tarif pajak"). The caller has
        checked that the sentence is not a dated event report (bare_exempt)."""
        if not hedged.verb or hedged.verb not in stated:
            return None
        # The verb and enough other ordinary words of its clause (names are what a story repeats).
        shared = [w for w, name in stated.items() if not name and w in hedged.scope and w != hedged.verb]
        if 1 + len(shared) < self.bare_common:
            return None
        # A word negated in one and not the other is a contradiction: "rem yang berfungsi baik".
        text = doc.plain[sentence.start:sentence.end]
        if any(self._negated_in(hedged.text, w) != self._negated_in(text, w) for w in shared):
            return None
        verb = self._verb_at(doc, sentence, hedged.verb)
        # What is feared is not stated: "karena khawatir terjadi gempa susulan".
        before = list(WORD.finditer(doc.plain, sentence.start, verb.start()))[-2:] if verb else []
        if before and self.premise_unless is not None and self.premise_unless.search(
                doc.plain, before[0].start(), verb.start()):
            return None
        return verb

    def answered(self, doc, sentence: Span, hedged: Claim, stated: dict[str, bool]):
        """The first word of a sentence that answers an open question: it restates at least half
        of the question's ordinary words, negated or not; three, or two next to each other there
        too ("unsur kesengajaan"), not two from across the sentence ("Sopir bus ... menjalani")."""
        asked = {w for w in hedged.governed if not hedged.words.get(w)}
        shared = {w for w, name in stated.items() if w in asked and not name}
        if len(shared) < max(2, math.ceil(len(asked) / 2)):
            return self._alternative_answered(doc, sentence, hedged, shared)
        if len(shared) == 2:
            a, b = sorted(shared)
            keys = [self.stem(m.group().casefold()) for m in WORD.finditer(doc.plain, sentence.start, sentence.end)]
            if not (_near(keys, a, b) and _near([self.stem(m.group().casefold()) for m in WORD.finditer(hedged.text)], a, b)):
                return None
        return next((m for m in WORD.finditer(doc.plain, sentence.start, sentence.end)
                     if self.stem(m.group().casefold()) in shared and not doc.in_quotation(m.start(), m.end())), None)

    def _hedged_act(self, doc, m, lo: int, hedged: Claim) -> bool:
        """Whether a feared-premise word is the hedged verb itself with its subject before it
        ("karena vaksin itu mencegah"), not an act in response ("karena ingin mencegah")."""
        if self.stem(m.group().casefold()) != hedged.verb:
            return False
        before = [self.stem(w.group().casefold()) for w in WORD.finditer(doc.plain, lo, m.start())]
        return any(w in hedged.scope and w != hedged.verb and not hedged.words.get(w) for w in before)

    def _alternative_answered(self, doc, sentence: Span, hedged: Claim, shared: set[str]):
        """An either-or question ("apakah gangguan bermula dari pembangkit atau dari kabel laut")
        answered by picking one: two words of one alternative, next to each other in both, and a
        word of the other part (what the question is about)."""
        asked = ALTERNATIVE.split(hedged.text[hedged.text.casefold().find(" apakah ") + 1:], maxsplit=1)
        if len(asked) < 2 or len(shared) < 3:
            return None
        keys = [self.stem(m.group().casefold()) for m in WORD.finditer(doc.plain, sentence.start, sentence.end)]
        parts = [[self.stem(m.group().casefold()) for m in WORD.finditer(part)] for part in asked]
        for one, other in (parts, parts[::-1]):
            pair = [(a, b) for a, b in zip(one, one[1:]) if a in shared and b in shared and _near(keys, a, b, 0)]
            if pair and any(w in shared and w not in one for w in other):
                return next((m for m in WORD.finditer(doc.plain, sentence.start, sentence.end)
                             if self.stem(m.group().casefold()) == pair[0][0]
                             and not doc.in_quotation(m.start(), m.end())), None)
        return None

    def premise(self, doc, sentence: Span, cue, hedged: Claim, stated: dict[str, bool]):
        """The hedged claim taken as given in a premise ("karena tanggul jebol", "after the
        levee failed"; before a consequence cue: "tanggul jebol sehingga ..."): its verb and
        another word of its clause, or two ordinary words of what it governs, one of them not
        a noun ("diduga dipicu jebolnya tanggul" -> "karena tanggul jebol"), within reach of
        the cue on the premise's side."""
        kind, m = cue
        words = [w for w in WORD.finditer(doc.plain, sentence.start, sentence.end)
                 if (w.start() >= m.end() if kind == "premise" else w.end() <= m.start())]
        region = words[: self.premise_reach] if kind == "premise" else words[-self.premise_reach:]
        if kind == "premise" and region and not doc.plain[sentence.start:m.start()].strip():
            # An opening premise ends at its comma: "Setelah keputusan diumumkan, rupiah ditutup
            # melemah": what follows is the main clause, stated on its own, not taken as given.
            comma = CLAUSE_COMMA.search(doc.plain, m.end(), region[-1].end())
            region = [w for w in region if comma is None or w.end() <= comma.start()]
        # "Karena itu(lah), ...": the premise is what came before, not the words after.
        if not region or (kind == "premise" and region[0].group().casefold().rstrip("lah") in self.demonstratives):
            return None
        lo, hi = region[0].start(), region[-1].end()
        # A feared premise is not one taken as given: "karena khawatir terjadi gempa susulan"; but
        # the hedged verb itself is ("mungkin dapat mencegah kasus berat" -> "karena vaksin itu mencegah ...").
        if self.premise_unless is not None and any(
                not self._hedged_act(doc, m, lo, hedged) for m in self.premise_unless.finditer(doc.plain, lo, hi)):
            return None
        # A premise dated in the past is background: "setelah serangan ransomware ... pada Juni 2024".
        if self.background is not None and self.background.search(
                doc.plain, *((m.end(), sentence.end) if kind == "premise" else (sentence.start, m.start()))):
            return None
        stems = {self.stem(w.group().casefold()): w for w in region}
        # Another ordinary word of its clause: a name repeated ("diterima Ketua DPRD") is not the claim.
        # Negated as in the hedge, or not at all: "rem yang berfungsi baik" contradicts "rem yang tidak berfungsi".
        if hedged.verb and hedged.verb in stems and any(
                w in stems and w != hedged.verb and not stated.get(w)
                and self._negated_in(hedged.text, w) == self._negated_in(doc.plain[lo:hi], w) for w in hedged.scope) and (
                found := self._verb_at(doc, sentence, hedged.verb, lo, hi,
                                       negation_kept=self._negated_in(hedged.text, hedged.verb))):
            return found
        if hedged.complement and (found := self._complement_taken(doc, sentence, region, hedged)):
            return found  # "Akibat ayam suwir yang basi itu" after "diduga berasal dari lauk ayam suwir"
        if hedged.predicate and hedged.verb not in stems:
            return None  # "seusai menyantap makan siang" after "diduga keracunan menu makan siang"
        governed = [stem for stem in stems if stem in hedged.governed and not hedged.words.get(stem)]
        keys = [self.stem(w.group().casefold()) for w in region]
        hedge_keys = [self.stem(w.group().casefold()) for w in WORD.finditer(hedged.text)]
        near, hedge_near = self._phrase_keys(region), self._phrase_keys(list(WORD.finditer(hedged.text)))
        hedge_forms = {self.stem(w.group().casefold()): w.group().casefold() for w in WORD.finditer(hedged.text)}
        for stem in governed:
            # A noun in both is no predicate; a verb of the hedge made a noun is ("muatan melebihi
            # kapasitas" -> "karena kelebihan muatan").
            form = hedge_forms.get(stem, "")
            if stems[stem].group().casefold() in self.nouns and (not form or form in self.nouns):
                continue
            # The predicate and a word next to it, next to each other in the hedge too: one phrase
            # restated ("jebolnya tanggul" -> "tanggul jebol"), not two words from across it.
            if any(_near(near, stem, other) and _near(hedge_near, stem, other) for other in governed if other != stem):
                return self._verb_at(doc, sentence, stem, lo, hi, negation_kept=self._negated_in(hedged.text, stem))
        # Three or more words of what the hedge governs, in its order, are the claim itself even
        # when all are nouns: "diduga keracunan nasi dan lauk ayam" -> "akibat keracunan nasi dan lauk ayam".
        ordered = [k for k in keys if k in governed]
        if len(set(ordered)) >= 3 and ordered == [k for k in hedge_keys if k in set(ordered)][:len(ordered)]:
            return self._verb_at(doc, sentence, ordered[0], lo, hi)
        return None

    def _complement_taken(self, doc, sentence: Span, region, hedged: Claim):
        """Two words of a light verb's complement, next to each other in the premise as in the hedge:
        the suspected thing itself taken as given."""
        keys = [self.stem(w.group().casefold()) for w in region]
        pairs = list(zip(hedged.complement, hedged.complement[1:]))
        for i, (a, b) in enumerate(zip(keys, keys[1:])):
            if (a, b) in pairs and not doc.in_quotation(region[i].start(), region[i].end()):
                return region[i]
        return None

    def presupposed(self, doc, sentence: Span, hedged: Claim):
        """The hedged claim presupposed in a noun phrase: closed by a demonstrative ("kebocoran
        pipa gas itu", "warga yang terseret arus itu") or headed by the hedged verb made a noun
        ("penundaan ...", "absennya ..."). The phrase must carry two ordinary words of what the
        hedge governs, or its verb and another word of its clause."""
        for lo, hi, framed in self._phrases(doc, sentence, hedged):
            words = [w for w in WORD.finditer(doc.plain, lo, hi) if not doc.in_quotation(w.start(), w.end())]
            if not framed and not self._predicative(words) and not self._headed_by_claim(words, hedged):
                continue
            stems = {self.stem(w.group().casefold()): w for w in words}
            if hedged.predicate and hedged.verb not in stems:
                continue  # "pembagian makan siang itu" after "diduga keracunan menu makan siang": no poisoning
            governed = [s for s in stems if s in hedged.governed and not hedged.words.get(s)]
            scope = [s for s in stems if s in hedged.scope and s != hedged.verb]
            if len(governed) == 2 and not framed and not self._predicate_hedged(words, hedged):
                # Two participants of the hedge, with something else said of them, are not the
                # claim: "minyak mentah yang dialirkan melalui pipa tersebut" after "menduga minyak
                # tersebut berasal dari kebocoran pipa". Three words of it are.
                continue
            if len(governed) >= 2 or (hedged.verb in stems and governed and len(set(governed) | set(scope)) >= 2):
                first = min((stems[s] for s in governed), key=lambda w: w.start())
                if not self._contradicted(doc, sentence, first, governed, hedged):
                    return first
        return None

    def _contradicted(self, doc, sentence: Span, first, governed: list[str], hedged: Claim) -> bool:
        """Whether the phrase is negated where the hedge is not: "bukan kebocoran data itu"; a
        negation the hedge has too ("lalai karena tidak memperbarui sistem" -> "Kelalaian perusahaan
        yang tidak memperbarui sistem") restates it."""
        if not self.negated(doc, sentence, first.start(), first.end()):
            return False
        text = doc.plain[sentence.start:sentence.end]
        return not any(self._negated_in(text, s) and self._negated_in(hedged.text, s) for s in governed) or \
            any(self._negated_in(text, s) != self._negated_in(hedged.text, s) for s in governed)

    def _phrases(self, doc, sentence: Span, hedged: Claim):
        """(start, end, framed) of the phrases of a sentence that may presuppose a claim; framed:
        an opening "Sebagai calon bupati, ..." that gives its subject the role it names."""
        words = list(WORD.finditer(doc.plain, sentence.start, sentence.end))
        if words and words[0].group().casefold() in self.frames:
            comma = doc.plain.find(",", words[0].end(), sentence.end)
            if comma > 0 and len([w for w in words if w.end() <= comma]) <= self.phrase_reach:
                yield words[0].end(), comma, True
        # Only a party's claim: after a plain hedge ("mungkin"), a subject's relative clause is
        # how the text goes on about the same things ("Bagi Anda yang memiliki kulit berminyak").
        if hedged.given_only and (opening := self._opening_relative(doc, words)) is not None:
            yield words[0].start(), opening, False
        # A suspicion about someone named, presupposed in a relative clause in apposition to the
        # name: "Yudi Hartanto, yang menerima aliran dana itu, ..." after "menduga dana mengalir ke
        # rekening Yudi Hartanto".
        if hedged.suspicion and (apposition := self._named_relative(doc, words, hedged)) is not None:
            yield *apposition, True
        for i, w in enumerate(words):
            key = w.group().casefold()
            if key in self.demonstratives and i:
                before = words[max(0, i - self.phrase_reach): i]
                # The phrase starts after the last clause mark, stop or coordinator before the
                # demonstrative: "apa yang dilakukan orang tersebut" is about "orang" only.
                start = max((m.end() for m in PHRASE_BREAK.finditer(doc.plain, before[0].start(), w.start())),
                            default=before[0].start())
                yield start, w.start(), False
            elif hedged.verb and self._nominal(key) and self.stem(key) == hedged.verb:
                after = words[i: i + 5]
                yield w.start(), after[-1].end(), False

    def _named_relative(self, doc, words, hedged: Claim) -> tuple[int, int] | None:
        """(start, end) of the relative clause of a subject that is a name the hedge has, set off
        by a comma: "Yudi Hartanto, yang menerima ..., ". None without one."""
        keys = [w.group().casefold() for w in words[: RELATIVE_OPENING + 1]]
        if "yang" not in keys[1:]:
            return None
        at = keys.index("yang", 1)
        subject = words[:at]
        if not all(w.group()[0].isupper() and hedged.words.get(w.group().casefold()) for w in subject) or \
                doc.plain[subject[-1].end():words[at].start()].strip() != ",":
            return None
        end = self._opening_relative(doc, words)
        return (words[at].end(), end) if end is not None else None

    def _opening_relative(self, doc, words) -> int | None:
        """The end of a subject opened by a relative clause ("Nilai pasar Moura yang mencapai 1,5 juta
        dolar ..."; "Thiago, yang telah menyepakati kontrak, ..."): what the "yang" clause says of
        the subject is presupposed, as in a phrase closed by a demonstrative. None without one."""
        keys = [w.group().casefold() for w in words[: RELATIVE_OPENING + 1]]
        if "yang" not in keys[1:]:
            return None
        at = keys.index("yang", 1)
        rest = words[at + 1: at + 1 + self.phrase_reach]
        if not rest:
            return None
        end = next((m.start() for m in PHRASE_BREAK.finditer(doc.plain, rest[0].start(), rest[-1].end())), rest[-1].end())
        return end

    def _predicative(self, words) -> bool:
        """Whether a phrase states something of what it names: an event made a noun ("kebocoran",
        "penundaan", "absennya") or a relative clause with a verb ("yang terseret arus"); "distribusi
        makan siang dari dapur tersebut" only points at the kitchen."""
        keys = [w.group().casefold() for w in words]
        if any(self._nominal(k) for k in keys):
            return True
        return any(k == "yang" and any(v not in self.nouns and v not in self.stopwords for v in keys[i + 1: i + 4])
                   for i, k in enumerate(keys))

    def _headed_by_claim(self, words, hedged: Claim) -> bool:
        """Whether the phrase opens with the suspected thing itself ("Korsleting di kios pakaian
        itu" after "diduga berasal dari korsleting listrik di salah satu kios pakaian")."""
        head = next((w.group().casefold() for w in words if w.group().casefold() not in self.stopwords), "")
        return bool(head) and bool(hedged.verb) and self.stem(head) == hedged.verb

    def _predicate_hedged(self, words, hedged: Claim) -> bool:
        """Whether what the phrase says of what it names (its event noun, or the verb of its
        "yang" clause) is part of the hedged claim."""
        keys = [w.group().casefold() for w in words]
        predicates = [k for k in keys if self._nominal(k)]
        for i, k in enumerate(keys):
            if k == "yang":
                predicates += [v for v in keys[i + 1: i + 4] if v not in self.nouns and v not in self.stopwords][:1]
        return any(self.stem(k) == hedged.verb or self.stem(k) in hedged.governed for k in predicates)

    def _nominal(self, word: str) -> bool:
        """The verb made a noun: "penundaan", "absennya" (pe-an, ke-an, a bare root with -nya;
        not the verb "ditanya")."""
        if self.morphology.is_noun(word):
            return True
        base = word[:-3]
        return word.endswith("nya") and len(base) >= 4 and (self.stem(word) == base or self.morphology.is_noun(base))

    def reported_by_the_hedger(self, doc, sentence: Span, hedged: Claim, speaker: Speaker) -> bool:
        """An attributed restatement escalates only when the one who hedged now states it,
        with no sign of news in between (a later hedge is settled by any attributed update)."""
        if not hedged.lead or hedged.speaker is None:
            return False
        same = speaker.pronoun or bool(speaker.names & hedged.speaker.names)
        return same and not (self.updates and self.updates.search(doc.plain, sentence.start, sentence.end))

    def run(self, doc):
        self.comparisons = 0
        names = Names.of(doc)
        index = ClaimIndex(MAX_CLAIMS_COMPARED, names_too=self.min_shared_common == 0)
        for key in self.metadata_keys:
            value = doc.metadata.get(key)
            if isinstance(value, str) and (cue := next(iter(self.hedges.finditer(value)), None)):
                index.add(self.claim(value, names, cue, 0, self._locate(doc, value), headline=True))
        for number, sentence in enumerate(doc.sentences):
            budget.check()
            text = doc.plain[sentence.start : sentence.end]
            # The first hedge in the sentence governs the clause (literal cues and patterns alike).
            cue, kind = self._cue(doc, sentence)
            if cue:
                # The lead sets out what the story claims; later hedges are usually followed by
                # their own updates ("may be diverted" ... "has been diverted since Wednesday").
                # A later update that names who confirms it is news, not escalation; one stated
                # by nobody turns "kemungkinan akan menolak" into "telah menolak" on the writer's word.
                lead = not self.lead_sentences or number < self.lead_sentences
                stated = self._stated_before(doc, sentence, cue)
                if stated is not None and index and not self._exempt(doc, stated):
                    # "Penambahan modal telah disetujui ..., sehingga rasio modal diperkirakan naik":
                    # the hedge governs its own clause; the one before it is stated.
                    yield from self._reported(doc, stated, doc.plain[stated.start:stated.end], names, index)
                if lead or self.later_unless is not None:
                    claim = self.claim(text, names, cue, sentence.start, sentence)
                    claim.lead, claim.question, claim.given_only = lead, kind == "question", kind == "claim"
                    claim.rumour = self.rumours is not None and self.rumours.search(claim.cue) is not None
                    claim.speaker = self.speaker(doc, sentence)
                    index.add(claim)
                continue
            plan = self._plan(doc, sentence, number)
            if plan is not None:
                # Indexed after this sentence is checked: it may state an earlier hedge as fact.
                plan_claim = self.claim(text, names, plan, sentence.start, sentence)
                plan_claim.plan, plan_claim.speaker = True, self.speaker(doc, sentence)
            if index and not self._exempt(doc, sentence, background=False):
                yield from self._reported(doc, sentence, text, names, index, self._background(doc, sentence))
            if plan is not None:
                index.add(plan_claim)
        if self.headline_line and index and not any(isinstance(doc.metadata.get(k), str) for k in self.metadata_keys):
            yield from self.headline_escalation(doc, names, index)
        if self.estimates is not None:
            yield from self.exact_figures(doc)
        if self.settled is not None and self.rumours is not None:
            yield from self.settled_rumours(doc, [c for c in index.claims if c.span is not None and c.rumour])

    # -- estimates made exact ------------------------------------------------
    def figures(self, doc, sentence: Span) -> list[Figure]:
        """The figures of a sentence outside quotations, with the word each counts and the
        estimate cue (sekitar, hingga, diperkirakan) within reach before it."""
        found = []
        words = list(WORD.finditer(doc.plain, sentence.start, sentence.end))
        for m in FIGURE.finditer(doc.plain, sentence.start, sentence.end):
            after = next((w for w in words if w.start() >= m.end()), None)
            if after is None or doc.plain[m.end():after.start()].strip():
                continue  # "12 %", "(47)", "pukul 06.30": no counted word right after it
            before = [w for w in words if w.end() <= m.start()][-self.estimate_reach:]
            lo = before[0].start() if before else m.start()
            cue = self.estimates.search(doc.plain, lo, m.start()) if self.estimates else None
            if doc.in_quotation(m.start(), m.end()) and cue is None:
                continue  # a quoted estimate ("Perkiraan kami sekitar 90 orang") is still an estimate
            if cue is None and self.bounds is not None and self.bounds.search(doc.plain, lo, m.start()):
                continue  # "hingga Rp 5,2 juta": a bound, neither an estimate nor an exact count
            whole, decimals = m.group(1), m.group(2) or ""
            value = float(whole.replace(".", "") + ("." + decimals if decimals else ""))
            figure = Figure(m.start(), after.end(), value, _significant(whole, decimals),
                            self.stem(after.group().casefold()), cue.group() if cue else "", sentence)
            figure.exact = self.exact is not None and self.exact.search(doc.plain, lo, m.start()) is not None
            following = [w.group().casefold() for w in words if w.start() >= m.end()][:4]
            figure.said = frozenset(self.stem(w) for w in following if w not in self.stopwords)
            preceding = [w.group().casefold() for w in words if w.end() <= m.start()]
            figure.before = frozenset(self.stem(w) for w in preceding[-FIGURE_CONTEXT:] if w not in self.stopwords)
            figure.premise = len(preceding) == 1 and self.figure_premises is not None and \
                self._whole(self.figure_premises, doc, next(w for w in words if w.end() <= m.start()))
            found.append(figure)
        return found

    def exact_figures(self, doc):
        """An estimate ("sekitar 300 kios") given later as a more exact figure of the same thing
        ("Total 312 kios hangus"), by nobody named: the estimate made a count on the writer's word."""
        estimates: list[Figure] = []
        names = Names.of(doc)
        for sentence in doc.sentences:
            figures = self.figures(doc, sentence)
            exact = [f for f in figures if not f.estimate]
            if estimates and exact and not self._exempt(doc, sentence) and self.speaker(doc, sentence) is None \
                    and not self.hedges.search(doc.plain, sentence.start, sentence.end):
                stated = self.content(doc.plain[sentence.start:sentence.end], names)
                for figure in exact:
                    source = self._estimated(doc, figure, estimates, stated, names)
                    if source is not None:
                        assert source.sentence is not None
                        related = [(source.sentence.start, source.sentence.end, f'reported as an estimate here ("{source.estimate}")')]
                        yield self.finding(doc, figure.start, figure.end, related=related, hedge=source.estimate,
                                           where="an earlier sentence", headline="")
                        break
            estimates += [f for f in figures if f.estimate]

    def _estimated(self, doc, figure: Figure, estimates: list[Figure], stated: dict[str, bool], names: Names):
        """The estimate a figure makes exact: the same counted word, with more significant digits,
        rounding to the estimate and within a tenth of it ("sekitar 300" -> 312, not 48 after
        "sekitar 60"), and another ordinary word of its sentence shared."""
        for source in reversed(estimates):
            if not source.value or figure.digits < source.digits:
                continue
            if figure.premise:
                # "Dengan 80 orang di atas kapal, ..." after "jumlah orang di atas kapal ... sekitar 80":
                # the counted word, counted or named before the estimate, and the same value.
                if figure.value != source.value or (figure.unit != source.unit and figure.unit not in source.before):
                    continue
            elif figure.exact:
                # "tepat 20 warga tertimbun" after "sekitar 20 orang masih tertimbun": said to be
                # exact, of the same thing (the counted word, or what is said of it).
                if figure.unit != source.unit and not (figure.said & source.said) - {figure.unit, source.unit}:
                    continue
            elif source.unit != figure.unit or figure.digits == source.digits:
                continue
            if abs(figure.value - source.value) > 0.1 * source.value or _rounded(figure.value, source.digits) != source.value:
                continue
            assert source.sentence is not None
            start = source.sentence.start
            if figure.premise:
                # "... jumlah orang di atas kapal diperkirakan lebih banyak. 'Perkiraan kami sekitar 90
                # orang,' ujarnya.": a quoted estimate counts what the sentence before it names.
                start = max((s.start for s in doc.sentences if s.end <= start), default=start)
            hedged = self.content(doc.plain[start:source.sentence.end], names)
            if any(w in hedged and not name and w != figure.unit for w, name in stated.items()):
                return source
        return None

    def settled_rumours(self, doc, rumours: list[Claim]):
        """A rumoured move or deal taken as done in the opening of a later sentence, on nobody's
        word, that names a party the rumour names in what it governs."""
        if not rumours:
            return
        # Rumours in text order; those before a sentence are a prefix (near-linear: at most the
        # latest MAX_CLAIMS_COMPARED are compared).
        ends = [c.span.end if c.span is not None else 0 for c in rumours]
        for sentence in doc.sentences:
            earlier = rumours[max(0, bisect_right(ends, sentence.start) - MAX_CLAIMS_COMPARED): bisect_right(ends, sentence.start)]
            if not earlier or self.hedges.search(doc.plain, sentence.start, sentence.end) or \
                    self._exempt(doc, sentence, background=False) or self.speaker(doc, sentence) is not None:
                continue
            cue = self._settled_in_opening(doc, sentence)
            if cue is None:
                continue
            named = {m.group().casefold() for m in WORD.finditer(doc.plain, sentence.start, sentence.end)
                     if m.group()[0].isupper() and not doc.in_quotation(m.start(), m.end())}
            source = next((c for c in reversed(earlier) if named & self._rumoured_names(c)), None)
            if source is not None and source.span is not None:
                related = [(source.span.start, source.span.end, f'reported as possible here ("{source.cue}")')]
                yield self.finding(doc, cue.start(), cue.end(), related=related, hedge=source.cue, where="an earlier sentence", headline="")

    @staticmethod
    def _rumoured_names(claim: Claim) -> set[str]:
        """The names a rumour tells of: those after its cue ("... akan diakuisisi oleh grup asal
        Singapura, Meridian Capital Holdings"), not who spreads or reports it."""
        after = claim.text[claim.text.find(claim.cue) + len(claim.cue):] if claim.cue in claim.text else ""
        return {m.group().casefold() for m in WORD.finditer(after)
                if m.group()[0].isupper() and claim.words.get(m.group().casefold())}

    def _settled_in_opening(self, doc, sentence: Span):
        """A settled cue in the sentence's opening clause (up to its first comma, and through a
        relative clause set off after an opening name: "Thiago, yang telah menyepakati kontrak, ..."),
        outside quotations and not negated."""
        assert self.settled is not None
        words = list(WORD.finditer(doc.plain, sentence.start, sentence.end))
        commas = [m.start() for m in CLAUSE_COMMA.finditer(doc.plain, sentence.start, sentence.end)]
        end = commas[0] if commas else sentence.end
        after = [w for w in words if w.start() > end][:1]
        if after and after[0].group().casefold() == "yang" and len(commas) > 1:
            end = commas[1]
        if len([w for w in words if w.end() <= end]) > OPENING_REACH:
            # No opening clause set off: the subject, its first few words ("Kedatangan Thiago pada ...").
            end = words[min(SUBJECT_REACH, len(words)) - 1].end()
        return next((m for m in self.settled.finditer(doc.plain, sentence.start, end)
                     if not doc.in_quotation(m.start(), m.end()) and not self.negated(doc, sentence, m.start(), m.end())), None)

    def _stated_before(self, doc, sentence: Span, cue) -> Span | None:
        """The clause before the one a hedge governs, when a consequence or contrast ("sehingga",
        ", namun", ";") parts them and the hedge governs what follows it; None otherwise."""
        parts = list(self.clause_breaks.finditer(doc.plain, sentence.start, cue.start())) if self.clause_breaks else []
        if not parts:
            return None
        end = parts[-1].start()
        after = doc.plain[cue.end():sentence.end]
        if len(WORD.findall(doc.plain, sentence.start, end)) < 4 or \
                not any(w.casefold() not in self.stopwords for w in WORD.findall(after)):
            return None  # a hedge at the end governs the clause before it: "angka itu belum dikonfirmasi"
        return Span(sentence.start, end)

    def _cue(self, doc, sentence: Span):
        """(the first cue, its kind) of a sentence: a hedge, an open question ("belum dapat
        memastikan apakah") or a party's claim ("mengklaim"); (None, "") when it has none."""
        found = []
        for kind, terms in (("hedge", self.hedges), ("question", self.questions), ("claim", self.claims)):
            m = next(iter(terms.finditer(doc.plain, sentence.start, sentence.end)), None) if terms is not None else None
            if m is not None and kind == "hedge" and self._negated_cue(doc, sentence, m):
                m = None  # "tidak berpotensi tsunami", "tidak bisa diprediksi": a denial, not a hedge
            if m is not None:
                found.append((m.start(), m, kind))
        if not found:
            return None, ""
        _, cue, kind = min(found, key=lambda f: f[0])
        return cue, kind

    def _plan(self, doc, sentence: Span, number: int):
        """The plan cue of a lead sentence (or any, with later hedges on), if it has one."""
        if self.plans is None or self.done is None:
            return None
        if self.lead_sentences and number >= self.lead_sentences and self.later_unless is None:
            return None
        cue = next(iter(self.plans.finditer(doc.plain, sentence.start, sentence.end)), None)
        # "tidak berencana mengimpor beras": no plan, so a later import is not one carried out.
        return None if cue is not None and self._negated_cue(doc, sentence, cue) else cue

    def _reported(self, doc, sentence: Span, text: str, names: Names, index: ClaimIndex, past=None):
        """The finding for a sentence that states a hedged claim as fact, if it does; with a past
        anchor (``past``), only a plan reported done ("ujian ulang yang digelar pekan lalu")."""
        stated = self.content(text, names)
        if past is not None and any(past.group().casefold() in c.text.casefold() for c in index.candidates(stated)):
            past = None  # the hedge's own time ("akan mengimpor beras pada awal 2027"): part of the claim
        if past is None:
            found = self.escalation(doc, sentence, stated, index)
        elif self.speaker(doc, sentence) is None:
            found = next(((past, c) for c in index.candidates(stated) if c.plan and self.same_thing(c, stated)), None)
        else:
            found = None
        if found:
            match, source = found
            where = f'the headline ("{source.text}")' if source.headline else "an earlier sentence"
            message = self.headline_message if source.headline else None
            related = []
            if source.span is not None:
                related.append((source.span.start, source.span.end, f'reported as possible here ("{source.cue}")'))
            yield self.finding(doc, match.start(), match.end(), message=message, related=related, hedge=source.cue,
                               where=where, headline=source.text if source.headline else "")

    def headline_escalation(self, doc, names: Names, index: ClaimIndex):
        """A plain-text file's first line, an unpunctuated headline, that states as done what
        the body only hedges anywhere ("Ketua DPRD Terima Suap" over "warga menuding ketua DPRD
        menerima suap"), unless the body also states it without a hedge."""
        headline = self._headline(doc)
        if headline is None or self._exempt(doc, headline) or self.speaker(doc, headline) is not None:
            return
        text = doc.plain[headline.start: headline.end]
        # "BMKG: Tidak Berpotensi Tsunami" attributes; "Ribuan Buruh Terancam ..." states what may happen.
        if ":" in text or self.hedges.search(text) or (self.modal is not None and self.modal.search(text)):
            return
        stated = self.content(text, names)
        if (cause := self._headline_cause(doc, names, headline, index)) is not None:
            verb, source = cause
            related = [(source.span.start, source.span.end, f'reported as possible here ("{source.cue}")')]
            yield self.finding(doc, verb.start(), verb.end(), message=self.body_message, related=related, hedge=source.cue, where="the body", headline="")
            return
        certain = self._headline_certainty(doc, headline)
        for source in index.candidates(stated):
            if source.plan or source.given_only or source.span is None or source.span.start < headline.end:
                continue  # a headline states plans in the present ("Maskapai Buka Rute"), and a product's claims
            if source.verb not in stated:
                # "Pelatih Asal Brasil Resmi Tangani ..." over "membuka kemungkinan merekrut pelatih asal
                # Brasil": a certainty word over the same claim in other words.
                if certain is not None and not source.question and self._headline_restates(source, stated):
                    related = [(source.span.start, source.span.end, f'reported as possible here ("{source.cue}")')]
                    yield self.finding(doc, certain.start(), certain.end(), message=self.body_message, related=related, hedge=source.cue, where="the body", headline="")
                    return
                continue
            others = {w for w in stated if w != source.verb and w in source.scope and not stated[w]}
            if not others or self._stated_in_body(doc, names, headline, source, others):
                continue
            verb = self._verb_at(doc, headline, source.verb)
            # A noun made of the verb names the story's topic ("Polisi Bongkar Jaringan Penipuan
            # Investasi", "Didakwa dalam Kasus Penipuan"): the act is not stated as done.
            if verb is not None and not self._nominal(verb.group().casefold()):
                related = [(source.span.start, source.span.end, f'reported as possible here ("{source.cue}")')]
                yield self.finding(doc, verb.start(), verb.end(), message=self.body_message, related=related, hedge=source.cue, where="the body", headline="")
                return

    def _headline_cause(self, doc, names: Names, headline: Span, index: ClaimIndex):
        """(the causal verb, the hedged claim) of a headline that names as the cause ("Rel Patah
        Sebabkan KA Anjlok") what the body gives only as a possible cause ("salah satu kemungkinan
        penyebabnya adalah patahnya rel"): two ordinary words of the cause governed by a hedge
        that is about a cause (a cause noun in its sentence or the one before it)."""
        if self.headline_causes is None:
            return None
        verb = self.headline_causes.search(doc.plain, headline.start, headline.end)
        if verb is None:
            return None
        # A Title Case headline capitalises every word: a stem counts if the body has it ordinary.
        cause = self.content(doc.plain[headline.start:verb.start()], names)
        if len(cause) < 2:
            return None
        for source in index.candidates(cause):
            if source.plan or source.given_only or source.question or source.span is None or \
                    source.span.start < headline.end:
                continue
            shared = set(cause) & (source.governed | set(source.scope))
            if len(shared) >= 2 and any(not source.words.get(w) for w in shared) and self._about_a_cause(doc, source.span):
                return verb, source
        return None

    def _about_a_cause(self, doc, span: Span) -> bool:
        """Whether a cause noun ("penyebab", "penyebabnya") is in the sentence or the one before it."""
        if self.cause_nouns is None:
            return False
        before = [s for s in doc.sentences if s.end <= span.start][-1:]
        start = before[0].start if before else span.start
        for m in WORD.finditer(doc.plain, start, span.end):
            word = m.group().casefold()
            if self._whole_cue(self.cause_nouns, SimpleMatch(word.removesuffix("nya") or word)):
                return True
        return False

    def _headline_certainty(self, doc, headline: Span):
        """A headline's word of settled fact ("Resmi", "Dipastikan"), unless a body sentence that
        names its source says it too ("Manajer memastikan Rodrigo resmi melatih tim")."""
        if self.headline_certain is None:
            return None
        found = self.headline_certain.search(doc.plain, headline.start, headline.end)
        if found is None:
            return None
        for sentence in doc.sentences:
            if sentence.start <= headline.start or self.speaker(doc, sentence) is None:
                continue
            if any(not self.negated(doc, sentence, m.start(), m.end())
                   for m in self.headline_certain.finditer(doc.plain, sentence.start, sentence.end)):
                return None  # "belum menerima tawaran resmi" confirms nothing
        return found

    @staticmethod
    def _headline_restates(source: Claim, stated: dict[str, bool]) -> bool:
        """Whether a headline names what the hedge governs: a name and two ordinary words of it."""
        ordinary = [w for w, name in stated.items() if not name and w in source.governed and not source.words.get(w)]
        named = [w for w, name in stated.items() if name and w in source.governed]
        return len(ordinary) >= 2 and bool(named)

    def _headline(self, doc) -> Span | None:
        """The first sentence when it is the whole first line and has no closing stop."""
        if len(doc.sentences) < 2:
            return None
        first = doc.sentences[0]
        line_end = doc.plain.find("\n", first.start)
        text = doc.plain[first.start: first.end].strip()
        if not text or text[-1] in ".!?\"”" or line_end < 0 or doc.plain[first.end: line_end].strip():
            return None
        return first

    def _stated_in_body(self, doc, names: Names, headline: Span, source: Claim, others: set[str]) -> bool:
        """Whether a body sentence with no hedge states the claim (its verb and an ordinary word of the headline)."""
        for sentence in doc.sentences:
            if sentence.start <= headline.start:
                continue
            # A hedge governs what follows it: "membongkar jaringan penipuan ... yang diduga
            # beroperasi dari ruko" states the network's fraud and hedges only where it operated.
            if self.hedges.search(doc.plain, sentence.start, sentence.end):
                continue
            before = source.span is not None and sentence.end <= source.span.start
            if self.speaker(doc, sentence) is None and not before:
                # "Penyebab keracunan kini dipastikan ..." after the hedge, on nobody's word, confirms
                # nothing; the report of the event before a later hedge of more ("berpeluang ... lagi") does.
                continue
            stems = self.content(doc.plain[sentence.start: sentence.end], names)
            # "mempertahankan suku bunga" in the lead states "Tahan Suku Bunga" over "... akan ditahan"
            # (a stem with a second prefix left, "pertahan", is still the verb's).
            if any(w in stems and not stems[w] for w in others) and \
                    any(not name and source.verb in self.morphology.stems(w) for w, name in stems.items()):
                return True
        return False

    def _negated_cue(self, doc, sentence: Span, cue) -> bool:
        """A negation in the two words before the cue ("tidak bisa diprediksi"), but not a double
        one ("bukan tidak mungkin" hedges)."""
        if self.negations is None:
            return False
        before = [self._whole(self.negations, doc, w) for w in list(WORD.finditer(doc.plain, sentence.start, cue.start()))[-2:]]
        return any(before) and not all(before) if len(before) == 2 else any(before)

    @staticmethod
    def _whole_cue(terms, cue) -> bool:
        """Whether the cue found is, as a whole, one of the terms."""
        m = terms.search(cue.group()) if terms is not None else None
        return m is not None and (m.start(), m.end()) == (0, len(cue.group()))

    @staticmethod
    def _whole(terms, doc, word) -> bool:
        """Whether the word is one of the terms."""
        m = terms.search(doc.plain, word.start(), word.end())
        return m is not None and (m.start(), m.end()) == (word.start(), word.end())

    def _exempt(self, doc, sentence: Span, background: bool = True) -> bool:
        """Conditionals, disputed claims, questions and decided events or counts never escalate;
        nor does background anchored in the past (unless ``background`` is False)."""
        return any(terms is not None and terms.search(doc.plain, sentence.start, sentence.end)
                   for terms in (self.exempt, self.decided)) or (background and self._background(doc, sentence) is not None)

    def _background(self, doc, sentence: Span):
        """A past anchor that dates the sentence's claim, not one inside a premise after it."""
        if self.background is None:
            return None
        premise = self._premise_cue(doc, sentence)
        end = premise[1].start() if premise is not None and premise[0] == "premise" and \
            doc.plain[sentence.start:premise[1].start()].strip() else sentence.end
        return self.background.search(doc.plain, sentence.start, end)

    def escalation(self, doc, sentence: Span, stated: dict[str, bool], index: ClaimIndex):
        """(where the claim is stated, the hedged claim) for the first hedged claim this sentence escalates."""
        candidates = index.candidates(stated)
        if not candidates:
            return None
        if self.modal is not None and (modal := self.modal.search(doc.plain, sentence.start, sentence.end)):
            # A presupposition survives a modal ("keracunan itu membuat siswa harus dirujuk"), and
            # so does a plan reported done ("telah rampung sehingga penularan dapat ditekan") and an
            # opening premise closed before it ("Akibat lauk basi itu, dua siswa harus diinfus");
            # nothing else in the sentence is stated as fact.
            return self._plan_done(doc, sentence, stated, candidates) or self._presupposition(doc, sentence, candidates) \
                or self._premise_before_modal(doc, sentence, stated, candidates, modal)
        certain = self.assertion(doc, sentence)
        speaker = self.speaker(doc, sentence)
        dated = self.bare_exempt is not None and self.bare_exempt.search(doc.plain, sentence.start, sentence.end)
        bare = certain is None and self.bare_statements
        premise = None if dated else self._premise_cue(doc, sentence)
        # "Karena kecelakaan itu disebabkan rem blong, polisi meminta ...": the opening premise is
        # the writer's, whoever speaks in the main clause.
        own_premise = premise is not None and speaker is not None and self._opening_premise(doc, sentence, premise)
        done = self._done(doc, sentence)
        for source in candidates:
            self.comparisons += 1
            if speaker is not None and not self.reported_by_the_hedger(doc, sentence, source, speaker):
                if own_premise and (verb := self.premise(doc, sentence, premise, source, stated)):
                    return verb, source
                continue
            if source.question or source.given_only or source.plan:
                if (found := self._narrow(doc, sentence, source, stated, speaker is None, premise, done)) is not None:
                    return found, source
                continue
            if certain is not None and self.same_thing(source, stated):
                return certain, source
            if premise is not None and (verb := self.premise(doc, sentence, premise, source, stated)):
                return verb, source
            if bare and (not dated or source.suspicion) and (verb := self.restated_verb(doc, sentence, source, stated)):
                return verb, source
            if speaker is None and (phrase := self.presupposed(doc, sentence, source)):
                return phrase, source
        return None

    def _narrow(self, doc, sentence: Span, source: Claim, stated: dict[str, bool], unattributed: bool, premise, done):
        """Where a sentence escalates an open question, a party's claim or a plan, which each
        only one reading escalates; None when it does not."""
        if source.question:
            # An open question is settled by an answer either way: "tidak laik jalan" answers
            # "apakah bus itu masih laik jalan" as much as "laik jalan" does.
            return self.answered(doc, sentence, source, stated) if unattributed else None
        if source.given_only:
            # A party's claim is escalated only when taken as given: "Baterai ... yang mampu
            # menempuh 180 kilometer sekali isi membuat ...", "Fraksi PNB, yang sejak awal menolak ...".
            if premise is not None and (verb := self.premise(doc, sentence, premise, source, stated)):
                return verb
            return self.presupposed(doc, sentence, source) if unattributed else None
        # A plan is escalated only by its report as done ("telah rampung"), not by "akan", or by
        # a premise that takes it as done ("Setelah memindahkan markas ke Stadion Sultan Agung, ...").
        if premise is not None and premise[0] == "premise" and unattributed and (
                verb := self._plan_premise(doc, sentence, premise[1], source)):
            return verb
        if done is not None and unattributed and self.same_thing(source, stated):
            return done
        if not unattributed:
            return None
        return (self._plan_presupposed(doc, sentence, source, done) if done is not None else None) or \
            self._plan_subject(doc, sentence, source)

    def _plan_presupposed(self, doc, sentence: Span, plan: Claim, done):
        """The planned thing named as done in a phrase closed by a demonstrative, the done cue
        inside it: "Pabrik di Kabil yang telah beroperasi itu" after "akan meresmikan pabrik
        perakitan di Kawasan Industri Kabil ... pada pertengahan Desember"; the phrase carries an
        ordinary word and a name the plan governs."""
        for lo, hi, framed in self._phrases(doc, sentence, plan):
            if framed or not lo <= done.start() < hi:
                continue
            keys = {w.group().casefold() for w in WORD.finditer(doc.plain, lo, hi)}
            stems = {self.stem(k) for k in keys} | keys
            ordinary = [w for w, name in plan.words.items() if not name and w in plan.governed and w in stems]
            named = [w for w, name in plan.words.items() if name and w in plan.governed and w in stems]
            if ordinary and named:
                return done
        return None

    def _plan_subject(self, doc, sentence: Span, plan: Claim):
        """The planned thing as the subject of a sentence that reports it done or in use now:
        "Dapur umum tambahan di Desa Ketanjung kini sudah beroperasi" after "berencana mendirikan dapur
        umum tambahan di Desa Ketanjung". The subject (the words before the first done or present cue)
        carries two ordinary words the plan governs, next to each other in both, or one and a name;
        what follows the cue is no plan, hedge, negation or "masih"."""
        marks = [m for terms in (self.done, self.present) if terms is not None
                 for m in terms.finditer(doc.plain, sentence.start, sentence.end) if not doc.in_quotation(m.start(), m.end())]
        if not marks:
            return None
        cue = min(marks, key=lambda m: m.start())
        subject = list(WORD.finditer(doc.plain, sentence.start, cue.start()))
        if not subject or len(subject) > self.phrase_reach or PHRASE_BREAK.search(doc.plain, sentence.start, cue.start()):
            return None
        rest = (cue.end(), sentence.end)
        if any(terms is not None and terms.search(doc.plain, *rest)
               for terms in (self.plans, self.hedges, self.modal, self.unfinished)) or self.negated(doc, sentence, cue.start(), cue.end()):
            return None
        keys = self._phrase_keys(subject)
        hedge_keys = self._phrase_keys(list(WORD.finditer(plan.text)))
        ordinary = [k for k in dict.fromkeys(keys) if k in plan.governed and not plan.words.get(k) and k != plan.verb]
        named = [k for k in keys if k in plan.governed and plan.words.get(k)]
        phrase = any(_near(keys, a, b, 0) and _near(hedge_keys, a, b, 0) for a in ordinary for b in ordinary if a != b)
        return cue if phrase or (ordinary and named) else None

    def _plan_premise(self, doc, sentence: Span, cue, plan: Claim):
        """The plan's verb in the premise after the cue, with two names the plan governs (where
        it was to happen: "ke Stadion Sultan Agung"); a plan's place is its content."""
        region = [w for w in WORD.finditer(doc.plain, cue.end(), sentence.end)][: self.premise_reach]
        if not plan.verb or not region:
            return None
        stems = {self.stem(w.group().casefold()) for w in region} | {w.group().casefold() for w in region}
        named = [w for w, name in plan.words.items() if name and w in plan.governed and w in stems]
        if len(named) < 2 or plan.verb not in stems:
            return None
        return self._verb_at(doc, sentence, plan.verb, region[0].start(), region[-1].end())

    def _plan_done(self, doc, sentence: Span, stated: dict[str, bool], candidates: list[Claim]):
        done = self._done(doc, sentence)
        if done is None or self.speaker(doc, sentence) is not None:
            return None
        for source in candidates:
            if source.plan and self.same_thing(source, stated):
                return done, source
        return None

    def _done(self, doc, sentence: Span):
        """A cue that reports something as done, outside quotations and not negated."""
        if self.done is None:
            return None
        for m in self.done.finditer(doc.plain, sentence.start, sentence.end):
            if not doc.in_quotation(m.start(), m.end()) and not self.negated(doc, sentence, m.start(), m.end()):
                return m
        return None

    def _presupposition(self, doc, sentence: Span, candidates: list[Claim]):
        if self.speaker(doc, sentence) is not None:
            return None
        for source in candidates:
            if source.plan or source.question:
                continue  # "apakah kerentanan tersebut sudah dilaporkan" presupposes the flaw, asks the rest
            self.comparisons += 1
            if phrase := self.presupposed(doc, sentence, source):
                return phrase, source
        return None

    def _premise_before_modal(self, doc, sentence: Span, stated: dict[str, bool], candidates: list[Claim], modal):
        """An opening premise, closed by its comma before the modal, taken as given on nobody's word."""
        premise = self._premise_cue(doc, sentence)
        if premise is None or premise[0] != "premise" or doc.plain[sentence.start:premise[1].start()].strip():
            return None
        comma = doc.plain.find(",", premise[1].end(), sentence.end)
        if not 0 < comma < modal.start() or self.speaker(doc, sentence) is not None:
            return None
        for source in candidates:
            if source.plan or source.question:
                continue
            self.comparisons += 1
            if verb := self.premise(doc, sentence, premise, source, stated):
                return verb, source
        return None

    def _opening_premise(self, doc, sentence: Span, premise) -> bool:
        """A premise cue that opens the sentence, with its clause closed by a comma before the
        first attribution cue: the premise is the writer's, the speech is the main clause's."""
        kind, cue = premise
        if kind != "premise" or doc.plain[sentence.start:cue.start()].strip():
            return False
        comma = doc.plain.find(",", cue.end(), sentence.end)
        said = self._attribution_cue(doc, sentence)
        # "..., kata Kapolsek." after the last comma attributes the whole sentence, premise and all.
        closing = said is not None and said.start() > doc.plain.rfind(",", sentence.start, sentence.end) > comma
        return comma > 0 and said is not None and said.start() > comma and not closing

    def _premise_cue(self, doc, sentence: Span):
        """("premise" | "consequence", the cue) for the first such cue outside quotations."""
        for kind, terms in (("premise", self.premises), ("consequence", self.consequences)):
            if terms is None:
                continue
            for m in terms.finditer(doc.plain, sentence.start, sentence.end):
                if not doc.in_quotation(m.start(), m.end()):
                    return kind, m
        return None

    @staticmethod
    def _locate(doc, title: str) -> Span | None:
        """Where a metadata title also appears in the file (front matter, <title>), if it does."""
        at = doc.text.find(title.strip())
        return Span(at, at + len(title.strip())) if at >= 0 else None


CHECK = HedgeEscalationCheck
