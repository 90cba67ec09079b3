"""Names across a language pair: which target spellings render a source name.

    renderer = NameRenderer(lexicon, "en", "id", entries)
    renderer.renderings("North Korea")  -> {"korea utara", "north korea"}
    renderer.renderings("Russian")      -> {"rusia", "russian"}     (CLDR language name)
    renderer.renderings("Israeli")      -> {"israel", ...}           (demonym -> country)

Sources, in this order: the pair's own entries (rules/en-id/data/entities.yaml),
CLDR territory and language names in both locales (Babel), the dictionary's
capitalised headwords ("United Nations" -> "Perserikatan Bangsa-Bangsa"), and
a demonym's country ("Syrian" -> "Syria" -> "Suriah"). Every name also renders
as itself (most names are not translated).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import regex
from babel import Locale

from .names import fold

# "orang Rusia" (a Russian), "bahasa Rusia" (Russian language): the name is the last part.
_GENERIC_HEADS = ("orang", "bahasa", "bangsa", "suku", "makanan")


def _clean(name: str) -> list[str]:
    if not name or " - " in name:
        return []
    m = regex.fullmatch(r"(.+?) \((.+)\)", name)
    return [m.group(1), m.group(2)] if m else [name]


class NameRenderer:
    def __init__(self, lexicon, source_locale: str, target_locale: str, entries: list[dict] | None = None,
                 other_locales: tuple[str, ...] = ()):
        self.lexicon = lexicon
        self.source_locale = source_locale
        self.target_locale = target_locale
        self.entries = entries or []
        # Languages whose country names English copy keeps inside proper names
        # ("Institut Pasteur du Cambodge", "Médecins Sans Frontières España").
        self.other_locales = other_locales
        # Renderings only the dictionary's capitalised headwords give ("Mrs" -> "ibu", "Man" -> "orang").
        self.dictionary_only: set[str] = set()

    @cached_property
    def table(self) -> dict[str, set[str]]:
        table: dict[str, set[str]] = {}

        def add(en: str, renderings) -> None:
            key = fold(en)
            if key:
                table.setdefault(key, set()).update(fold(r) for r in renderings if r)

        for entry in self.entries:
            for en in entry.get("en", []):
                add(en, entry.get("id", []))
        self._add_cldr_names(table, add)
        self._add_dictionary_names(table, add)
        # A gazetteer's names of one thing are variants of each other in either language
        # ("Korea Selatan", "Korsel"): a rendering of a source name brings its variants
        # ("South Korea" -> "Korea Selatan" -> "Korsel").
        variants: dict[str, set[str]] = {}
        for entry in self.entries:
            if entry.get("variants_of_one"):
                names = {fold(n) for n in entry.get("id", []) if n}
                for n in names:
                    variants.setdefault(n, set()).update(names)
        for values in table.values():
            for value in list(values):
                values |= variants.get(value, set())
        return table

    def _add_cldr_names(self, table: dict[str, set[str]], add) -> None:
        """Country and language names from CLDR, in the source language and in the other
        locales' (a German or French country name in English copy), with their target names."""
        src, tgt = Locale.parse(self.source_locale), Locale.parse(self.target_locale)
        for attr in ("territories", "languages"):
            theirs = getattr(tgt, attr)
            for code, name in getattr(src, attr).items():
                if attr == "territories" and len(code) != 2:
                    continue
                for en in _clean(name):
                    add(en, _clean(theirs.get(code, "")))
        for other in self.other_locales:
            theirs = tgt.territories
            for code, name in Locale.parse(other).territories.items():
                if len(code) == 2:
                    for foreign in _clean(name):
                        if fold(foreign) not in table:
                            add(foreign, _clean(theirs.get(code, "")))

    def _add_dictionary_names(self, table: dict[str, set[str]], add) -> None:
        """Capitalised dictionary headwords with their renderings (a generic head such as
        "kota" dropped); what only the dictionary gives is remembered in dictionary_only."""
        curated = {r for values in table.values() for r in values}
        for entries in self.lexicon.by_head.values():
            for entry in entries:
                if not entry.headword[:1].isupper():
                    continue
                renderings = []
                for sense in entry.senses:
                    for r in sense.renderings:
                        words = r.split()
                        if len(words) > 1 and words[0].casefold() in _GENERIC_HEADS:
                            r = " ".join(words[1:])
                        renderings.append(r)
                add(entry.headword, renderings)
                self.dictionary_only.update(fold(r) for r in renderings if r and fold(r) not in curated)

    @cached_property
    def english_territories(self) -> dict[str, str]:
        return {fold(n): code for code, name in Locale.parse(self.source_locale).territories.items() if len(code) == 2 for n in _clean(name)}

    def renderings(self, name: str) -> set[str]:
        key = fold(name)
        found = {key} | self.table.get(key, set())
        if key not in self.table and " " not in key:
            # A demonym: "Syrian" -> "Syria", "Israeli" -> "Israel", "Sudanese" -> "Sudan",
            # "Philippine" -> "Philippines" (then its Indonesian name).
            for base in self.lexicon.source_morphology.forms(key) | {key[:-1], key[:-2], key[:-3], key + "s"}:
                if base in self.english_territories and base != key:
                    found |= {base} | self.table.get(base, set())
        return found

    @cached_property
    def sources_of(self) -> dict[str, set[str]]:
        """Each rendering and the source names it renders ("dpr" -> {"parliament", ...})."""
        reverse: dict[str, set[str]] = {}
        for key, values in self.table.items():
            for value in values:
                reverse.setdefault(value, set()).add(key)
        return reverse

    def known(self, name: str) -> bool:
        return fold(name) in self.table

    @cached_property
    def descriptions(self) -> set[str]:
        """Keys the pair's entries give only in lower case ("prosecutors", "parliament"):
        descriptions that account for a target name, not names the source must keep."""
        lower: set[str] = set()
        upper: set[str] = set()
        for entry in self.entries:
            for en in entry.get("en", []):
                (upper if en[:1].isupper() else lower).add(fold(en))
        return lower - upper

    def is_name(self, name: str) -> bool:
        """A known name, not merely a description of one."""
        key = fold(name)
        return key in self.table and key not in self.descriptions


def contains(text_folded: str, phrase_folded: str) -> bool:
    """A folded phrase as whole words of a folded text ("korea utara" in "... korea utara's")."""
    if not phrase_folded:
        return False
    return regex.search(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(phrase_folded)}(?![\p{{L}}\p{{N}}])", text_folded) is not None


# -- loanword spellings ----------------------------------------------------------
class LoanSpelling:
    """How a source word is spelt when the target language borrows it: ordered
    rewrites of the folded source word (English "transition" -> "transisi",
    "Pacific" -> "pasifik", "index" -> "indeks"). Data: the ``loan_spelling`` list of
    rules/en-id/data/entities.yaml, each item ``[regex, replacement]``."""

    def __init__(self, rules: list | None = None):
        self.rules = [(regex.compile(a), b) for a, b in (rules or [])]

    def adapt(self, word: str) -> str:
        word = fold(word)
        for pattern, replacement in self.rules:
            word = pattern.sub(replacement, word)
        return word

    def cognate(self, source_word: str, target_word: str) -> bool:
        """The target word is the source word in the target's spelling, or a derivation of
        it ("coordinating" / "Koordinator", "economic" / "perekonomian")."""
        if not self.rules or len(source_word) < 5 or len(target_word) < 4:
            return False
        # Exact after adaptation, or the first seven letters inside the target word (a
        # derivation or another ending): a looser likeness would let misspelt names through.
        a, b = self.adapt(source_word), fold(target_word)
        return a == b or (len(a) >= 7 and a[:7] in b)


# -- acronyms and the names they abbreviate ---------------------------------------
_ACRONYM = regex.compile(r"\p{Lu}(?:[\p{Lu}\p{N}&]|-(?=\p{Lu})){1,9}")
_SHORT_FORM = regex.compile(r"\(\s*(\p{Lu}[\p{L}\p{N}&-]{1,11})\s*\)")
_RUN_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*")


def is_acronym(word: str) -> bool:
    """All capitals (and digits): "DPR", "BMKG", "G20", "UEA"."""
    return bool(_ACRONYM.fullmatch(word)) and sum(c.isupper() for c in word) >= 2


def initials(words: list[str]) -> str:
    """First letters of the words, hyphenated parts each ("Bangsa-Bangsa" -> "BB")."""
    return "".join(part[:1] for w in words for part in w.split("-") if part).casefold()


def abbreviates(short: str, words: list[str], connectors: set[str]) -> bool:
    """Whether ``short`` is an acronym of the words: their initials (connectors such
    as "dan", "of" may be left out) or, for a syllabic short form ("Kejagung" for
    "Kejaksaan Agung"), letters taken in order from every content word, starting
    with the first word's first letter."""
    s = fold(short).replace("-", "")
    content = [w for w in words if fold(w) not in connectors]
    if not content or len(s) < 2:
        return False
    if s in (initials(content), initials(words)):
        return True
    if len(s) < 4 or len(content) < 2 or s[0] != fold(content[0])[0]:
        return False
    # Syllabic: a subsequence of the words in which every content word gives at least one letter.
    pos = 0
    for w in content:
        w = fold(w)
        took = 0
        for ch in w:
            if pos < len(s) and s[pos] == ch:
                pos += 1
                took += 1
        if not took:
            return False
    return pos == len(s)


@dataclass
class Definition:
    """A short form defined in the text: "Badan Gizi Nasional (BGN)"."""

    short: str  # as written
    key: str  # folded
    short_start: int
    short_end: int
    start: int  # the long form
    end: int
    words: list[str]
    initials_match: bool  # the short form abbreviates the long form (else only its position says so)


def _capitalised_run(text: str, words: list, end: int, connectors: set[str]) -> list:
    """The capitalised words (with connectors and commas between them) right before end."""
    run: list = []
    for w in reversed(words):
        gap = text[w.end() : run[0].start() if run else end]
        if gap.strip(" \u00a0") not in ("", ","):
            break
        word = w.group()
        if word[:1].isupper() or word[:1].isdigit() or (fold(word) in connectors and run):
            run.insert(0, w)
        else:
            break
    while run and fold(run[0].group()) in connectors:
        run.pop(0)
    return run


def _spelled_run(text: str, words: list, end: int, short: str, connectors: set[str]) -> list:
    """Words right before end whose initials spell the short form exactly, or []."""
    before = words[-len(short) * 2 :]
    for k in range(len(before) - 1, -1, -1):
        tail = before[k:]
        if text[tail[-1].end() : end].strip(" \u00a0") or any(text[a.end() : b.start()].strip(" \u00a0") for a, b in zip(tail, tail[1:])):
            return []
        if fold(tail[0].group()) not in connectors and initials([w.group() for w in tail if fold(w.group()) not in connectors]) == fold(short).replace("-", ""):
            return tail
    return []


def definitions(text: str, connectors: set[str]) -> list[Definition]:
    """Short forms defined in parentheses after their long form: "Badan Gizi Nasional
    (BGN)", "the Network for Education Watch Indonesia (JPPI)". The long form is the run
    of capitalised words (and connectors, and commas between capitalised words) right
    before the parenthesis; the shortest ending of it that the short form abbreviates is
    taken, else the whole run (a short form kept from another language: "Kemitraan
    Transisi Energi yang Adil (JETP)")."""
    found = []
    for m in _SHORT_FORM.finditer(text):
        short = m.group(1)
        if not (is_acronym(short) or abbreviates(short, short.split(), set())) and " " in short:
            continue
        line_start = max(text.rfind("\n", 0, m.start()) + 1, 0)
        words = list(_RUN_WORD.finditer(text, line_start, m.start()))
        run = _capitalised_run(text, words, m.start(), connectors)
        if not run and is_acronym(short):
            # A common noun phrase with its short form: "produk domestik bruto (PDB)".
            run = _spelled_run(text, words, m.start(), short, connectors)
            if run:
                found.append(Definition(short, fold(short), m.start(1), m.end(1), run[0].start(), run[-1].end(), [w.group() for w in run], True))
            continue
        if not run or (len(run) == 1 and fold(run[0].group()) == fold(short)):
            continue
        chosen, matched = run, False
        for k in range(len(run) - 1, -1, -1):
            if fold(run[k].group()) in connectors:
                continue
            if abbreviates(short, [w.group() for w in run[k:]], connectors):
                chosen, matched = run[k:], True
                break
        found.append(Definition(short, fold(short), m.start(1), m.end(1), chosen[0].start(), chosen[-1].end(),
                                [w.group() for w in chosen], matched))
    return found


def time_zone_words(*locales: str) -> set[str]:
    """Time zone abbreviations of these locales (CLDR metazones: "WIB", "WIT", "GMT",
    "EST") plus UTC: capitalised, but they name no one."""
    words = {"utc"}
    for locale in locales:
        try:
            zones = Locale.parse(locale.replace("-", "_")).meta_zones
        except (ValueError, TypeError):
            continue
        for forms in zones.values():
            for name in (forms.get("short") or {}).values():
                if len(name) >= 3:  # "AT", "ET": too ambiguous to set aside
                    words.add(fold(name))
    return words
