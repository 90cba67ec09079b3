"""Words, clauses and names: how the hedge-escalation check reads the text of a sentence."""

from __future__ import annotations

from dataclasses import dataclass, field

import regex
from rapidfuzz import fuzz

WORD = regex.compile(r"\p{L}[\p{L}\p{N}]*(?:[-'’]\p{L}+)*")
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
# Words beside a cue of saying or suspecting in which the office that speaks stands ("kata
# Kapolsek Cileungsi", "jaksa penuntut umum menduga").
OFFICE_REACH = 3
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
        """The document's names, read once (the walk and the estimates each ask; nothing changes them)."""
        return doc.memo(("hedge-escalation-names",), lambda: cls._read(doc))

    @classmethod
    def _read(cls, doc) -> "Names":
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

