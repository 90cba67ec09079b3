"""pair-attribution: the holder of a statement or view in the source is the one in
the translation.

    attribution_file: data/attribution.yaml   # reporting verbs, pronouns, target cues
    entities_file: data/entities.yaml         # name renderings (as pair-entities)

In the source, a holder is the phrase before a reporting or belief verb
("Those experts ... see", "Lavrov said") or after "according to", skipping a
parenthetical ", he said,". A pronoun holder ("he") can stand for anyone and is
never required. A holder that is a name must appear in the aligned target
sentence in an accepted rendering; a holder that is a common noun ("experts")
must appear in one of its dictionary renderings (or those of a close word). When
it does not, and the target sentence attributes the words to someone through one
of its cues ("Menurutnya", "kata Putin"), the attribution changed. A holder the
dictionary cannot render is not judged. Placeholders: {holder} (the source
holder), {match} (the target cue).
"""

from __future__ import annotations

import regex
from rapidfuzz import fuzz

from ...dictionary import Words
from ...entities import LoanSpelling, NameRenderer, contains
from ...matching import term_set
from ...names import fold
from ...span import Span
from . import LEXICON_OPTIONS, PairCheck, unit_pairs

TYPE = "pair-attribution"
PAIR = True
PROPERTIES = {
    "attribution_file": {"type": "string", "minLength": 1},
    # changed: the holder differs; dropped: the translation attributes the sentence to nobody.
    "report": {"type": "array", "items": {"enum": ["changed", "dropped"]}, "minItems": 1},
    "entities_file": {"type": "string", "minLength": 1},
    **LEXICON_OPTIONS,
}
REQUIRED: list[str] = []
# What its messages may name (checked when a pack loads; docs/rule-writing.md).
PLACEHOLDERS = {"match", "holder"}
REGEX_KEYS = ()

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")
# A parenthetical attribution inside a sentence: ", he said," / ", Putin said,".
_PARENTHETICAL = regex.compile(r",\s*[\p{L}\s]{1,30}?\s+(?:said|says|added|argued|noted|told\s+\w+)\s*,\s*$")
_BY = regex.compile(r"\s+by\s+", regex.I)
_STOP = regex.compile(r"[,;:\"“”()]|\b(?:that|and|but|because|while|as|if|when)\b", regex.I)
# A possessive or a determiner just before a word: the word is a noun ("Beijing's sovereignty claims").
_NOUN_BEFORE = regex.compile(r"(?:\p{L}['’]s(?:\s+\p{L}+)?|\b(?:the|its|their|his|her|these|those|such|of)\b)\s*$", regex.I)
_POSSESSIVE = regex.compile(r"['’]s$")
_CLAUSE_END = regex.compile(r"[,;:\"“”()]|\.(?:\s|$)|\b(?:that|but|because|while|as|if|when)\b", regex.I)


class AttributionCheck(PairCheck):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        o = rule.options
        data = self.data(o.get("attribution_file", "data/attribution.yaml"))
        src, tgt = data.get(rule.source_language or "en", {}), data.get(rule.language, {})
        self.verbs = term_set(src.get("verbs", []))
        self.before_holder = term_set(src.get("before_holder", [])) if src.get("before_holder") else None
        self.pronouns = {w.casefold() for w in src.get("pronouns", [])}
        self.determiners = {w.casefold() for w in src.get("determiners", [])}
        self.between = {w.casefold() for w in src.get("between", [])}
        self.noun_forms = {w.casefold() for w in src.get("noun_forms", [])}
        self.relatives = {w.casefold() for w in src.get("relatives", [])}
        # "The decision was announced": the subject of a passive verb is what is said, not who says it.
        self.passive = {w.casefold() for w in src.get("passive_auxiliaries", [])}
        # Holder nouns the dictionary lacks, with their renderings ("spokesperson" -> "juru bicara").
        self.holder_nouns = {str(k).casefold(): [str(r).casefold() for r in v] for k, v in (src.get("holder_nouns") or {}).items()}
        self.after_cues = {w.casefold() for w in tgt.get("cues_holder_after", [])}
        self.cues = term_set(tgt.get("cues_holder_after", []) + tgt.get("cues_holder_before", []))
        self.other_cues = term_set(tgt["other_cues"]) if tgt.get("other_cues") else None
        # Verbs that report speech: a sentence the source gives to someone with one of these
        # (or "according to") and the translation to nobody has lost its attribution.
        self.report_verbs = term_set(src.get("reporting_verbs") or src.get("verbs", []))
        # Objects that make a reporting verb a company's accounts, not speech ("reported revenue of").
        objects = src.get("figure_objects", [])
        self.figure_objects = regex.compile(r"\s+(?:" + "|".join(map(regex.escape, objects)) + r")\b", regex.I) if objects else None
        # Objects after one verb that make it no speech ("added a second from the penalty spot").
        self.verb_objects = {str(v).casefold(): regex.compile(r"\s+(?:(?:" + "|".join(map(regex.escape, objs)) + r")\b|[\d.,]+\s*%)", regex.I)
                             for v, objs in (src.get("verb_objects") or {}).items()}
        self.report = set(o.get("report", ["changed"]))
        self.target_pronouns = {w.casefold() for w in tgt.get("pronouns", [])}
        self.pronoun_suffix = tgt.get("pronoun_suffix", "nya")
        entities = self.data(o["entities_file"]) if o.get("entities_file") else {}
        self.entries = list(entities.get("entries", []))
        self.loans = LoanSpelling(entities.get("loan_spelling"))
        self._renderer = None

    def holders(self, text: str, start: int, end: int, verbs=None) -> list[tuple[int, int, str]]:
        """(start, end, phrase) of each holder in the source sentence (of these verbs' subjects)."""
        found = []
        for verb in (verbs or self.verbs).finditer(text, start, end):
            passive = _BY.match(text, verb.end(), end)
            if passive:
                # "a claim denied by Moscow": the holder follows "by".
                after = text[passive.end() : end]
                cut = _STOP.search(after)
                words = list(_WORD.finditer(after[: cut.start() if cut else len(after)]))[:4]
                if words:
                    found.append((passive.end() + words[0].start(), passive.end() + words[-1].end(), after[words[0].start() : words[-1].end()]))
                continue
            if self._no_speech(text, verb, end):
                continue
            before = text[start : verb.start()]
            if verb.group().casefold() in self.noun_forms and _NOUN_BEFORE.search(before):
                continue  # "Beijing's sovereignty claims", "the claims": a noun, no verb
            parenthetical = _PARENTHETICAL.search(before)
            if parenthetical:
                before = before[: parenthetical.start()]
            if self._passive(before):
                continue
            stop = max((m.end() for m in _STOP.finditer(before)), default=0)
            words = list(_WORD.finditer(before, stop))
            # "in which U.S. investigators say": the holder follows the relative pronoun.
            cut = max((i + 1 for i, w in enumerate(words[:-1]) if w.group().casefold() in self.relatives), default=0)
            words = words[cut:]
            while words and words[-1].group().casefold() in self.between:
                words = words[:-1]
            words = words[-4:]
            while words and words[0].group().casefold() in self.determiners:
                words = words[1:]
            if words:
                found.append((start + words[0].start(), start + words[-1].end(), before[words[0].start() : words[-1].end()]))
        if self.before_holder:
            for cue in self.before_holder.finditer(text, start, end):
                # "according to the weather and geophysics agency BMKG": the holder runs to the
                # end of the clause, "and" included.
                after = text[cue.end() : end]
                cut = _CLAUSE_END.search(after)
                words = [w for w in _WORD.finditer(after[: cut.start() if cut else len(after)])][:8]
                while words and words[0].group().casefold() in self.determiners:
                    words = words[1:]
                if words:
                    found.append((cue.end() + words[0].start(), cue.end() + words[-1].end(), after[words[0].start() : words[-1].end()]))
        return found

    def _no_speech(self, text: str, verb, end: int) -> bool:
        """The verb's object makes it no claim: "reported revenue of ..." (accounts),
        "added a second from the penalty spot" (a goal)."""
        if self.figure_objects and self.figure_objects.match(text, verb.end(), end):
            return True
        objects = self.verb_objects.get(verb.group().casefold())
        return objects is not None and bool(objects.match(text, verb.end(), end))

    def _passive(self, before: str) -> bool:
        """The verb follows a passive auxiliary ("was announced", "were told"), adverbs between."""
        words = [w.casefold() for w in _WORD.findall(before[-60:])]
        while words and words[-1] in self.between and words[-1] not in self.passive:
            words.pop()
        return bool(words) and words[-1] in self.passive

    def represented(self, holder: str, target_text: str, lexicon, renderer, full_names=()) -> bool | None:
        """Whether the target renders the holder; None when nothing can be said.
        ``full_names``: the words of the source's longer names that contain the holder."""
        words = [w for w in _WORD.findall(holder)]
        if not words or words[-1].casefold() in self.pronouns:
            return True
        words = [_POSSESSIVE.sub("", w) for w in words]
        target_fold = fold(target_text)
        if self.rendered_name(words, target_text, lexicon, renderer):
            return True  # "the National Nutrition Agency" -> "Badan Gizi Nasional", "agency BMKG" -> "(BMKG)"
        if self.known_rendered(_WORD.findall(holder), target_fold, renderer):
            return True
        if self.is_name(holder, lexicon):
            # A name (with its titles): the whole, or any of its words, in an accepted rendering;
            # also the other words of the full name the source gives it ("Warjiyo" -> "Perry",
            # the Indonesian way of naming Perry Warjiyo the second time).
            candidates = [holder] + [w for w in words if len(w) > 2] + [w for w in full_names if len(w) > 2]
            for candidate in candidates:
                renderings = renderer.renderings(candidate) | lexicon.renderings(candidate)
                if any(contains(target_fold, fold(r)) for r in renderings):
                    return True
            return False
        head = words[-1]
        # Noun renderings of the head and of nouns close to it ("experts" -> ahli, pakar).
        renderings = set(self.holder_nouns.get(head.casefold(), []))
        for lemma in lexicon.lemmas(head) | {head.casefold()}:
            for close in {lemma} | lexicon.similar_pos.get((lemma, "n"), set()):
                for entry in lexicon.by_head.get(close, []):
                    if entry.pos == "n":
                        renderings |= {r.casefold() for sense in entry.senses for r in sense.renderings}
        if not renderings:
            return None
        target_words = Words(target_text, lexicon.target_morphology)
        if any(target_words.has(r) for r in renderings):
            return True
        # Loanwords: "analysts" / "analis", "diplomats" / "diplomat".
        stem = head.casefold().rstrip("s")
        return False if not any(fuzz.ratio(stem, w) >= 75 for w in target_words.words) else True

    @staticmethod
    def known_rendered(words: list[str], target_fold: str, renderer) -> bool:
        """The holder ends with a name or description the pair's entities know, and the target
        has one of its renderings ("disaster mitigation agency" -> "BPBD", "Constitutional
        Court" -> "MK"). The words may start before the holder (the source words before it), as
        a name with "and" in it is cut there ("Energy and Mineral Resources Ministry"); each word
        is tried as written and without its possessive ("People's Consultative Assembly")."""
        for forms in (words, [_POSSESSIVE.sub("", w) for w in words]):
            for k in range(len(forms)):
                phrase = " ".join(forms[k:])
                if " " in phrase and renderer.known(phrase) and any(contains(target_fold, r) for r in renderer.table[fold(phrase)]):
                    return True
        return False

    def rendered_name(self, words: list[str], target_text: str, lexicon, renderer) -> bool:
        """A holder that is (or contains) a name of several capitalised words, half of whose
        words the target sentence has: as they are, in a rendering, or spelt as loanwords."""
        capitalised = [w for w in words[1:] if w[:1].isupper()] + ([words[0]] if words[0][:1].isupper() and len(words) > 1 else [])
        if not capitalised:
            return False
        target_words = Words(target_text, lexicon.target_morphology)
        content = [w for w in words if len(w) > 2 and w.casefold() not in self.determiners and w.casefold() not in self.between]
        found = 0
        for w in content:
            w = _POSSESSIVE.sub("", w)
            options = renderer.renderings(w) | lexicon.renderings(w)
            if any(target_words.has(r) for r in options) or any(self.loans.cognate(w, x) for x in target_words.words):
                found += 1
        return len(content) >= 2 and 2 * found >= len(content)

    @staticmethod
    def is_name(holder: str, lexicon) -> bool:
        """A capitalised head that is not an ordinary noun capitalised by the sentence start ("Officials")."""
        head = holder.split()[-1]
        if not head[:1].isupper():
            return False
        entries = lexicon.lookup(head.casefold())
        return not entries or any(e.headword[:1].isupper() for e in entries)

    def target_holder(self, text: str, cue, start: int, end: int) -> str | None:
        """Whom the target gives the words to at this cue: "pronoun", "name" or None (cannot tell)."""
        word = cue.group()
        if self.pronoun_suffix and word.casefold().endswith(self.pronoun_suffix):
            return "pronoun"  # Menurutnya, katanya, ujarnya
        if word.casefold() in self.after_cues:
            near = list(_WORD.finditer(text, cue.end(), min(end, cue.end() + 40)))[:1]
        else:
            near = list(_WORD.finditer(text, max(start, cue.start() - 40), cue.start()))[-1:]
        for m in near:
            w = m.group()
            if w.casefold() in self.target_pronouns:
                return "pronoun"
            if w[:1].isupper() and m.start() != start:
                return "name"
        return None

    def run_pair(self, pair):
        lexicon = self.lexicon()
        if self._renderer is None:
            self._renderer = NameRenderer(lexicon, pair.source.language or "en", self.env.locale or pair.target.language, self.entries)
        src, tgt = pair.source.plain, pair.target.plain
        long_forms = _abbreviations(tgt)
        for _unit, s, t in unit_pairs(pair):
            cue = self.cues.search(tgt, t.start, t.end)
            if cue is None:
                if "dropped" in self.report:
                    yield from self._dropped(pair, s, t)
                continue
            if "changed" not in self.report:
                continue
            given_to = self.target_holder(tgt, cue, t.start, t.end)
            for start, end, holder in self.holders(src, s.start, s.end):
                if given_to is None:
                    # "kata juru bicara bandara": the target names a holder by a common noun; the
                    # source's holder must then keep its name ("a Jetstar spokeswoman").
                    missing = self.name_missing(holder, tgt[t.start : t.end], lexicon, initial=start == s.start,
                                                before=" ".join(_WORD.findall(src[s.start : start])[-4:]) + " ")
                    if missing:
                        yield self.pair_finding(pair, cue.start(), cue.end(), Span(start, end), holder=holder)
                        break
                    continue
                is_name = self.is_name(holder, lexicon)
                if given_to == "pronoun" and is_name:
                    continue  # "he" may well be the source's named speaker
                if given_to == "name" and not is_name and _DEFINITE.search(src[s.start : start]) and (
                        self._names_source_name(tgt, cue, t, src) or self._names_antecedent(pair, cue, t, s, holder)):
                    continue  # "according to the company" -> "Menurut Helix": the company the story is about
                full = _full_names(src, holder) if is_name else []
                if self.represented(holder, _expanded(tgt[t.start : t.end], long_forms), lexicon, self._renderer, full) is False:
                    yield self.pair_finding(pair, cue.start(), cue.end(), Span(start, end), holder=holder)
                    break

    def _names_antecedent(self, pair, cue, t: Span, s: Span, holder: str) -> bool:
        """A definite holder ("the bureau") refers back to a body an earlier source sentence
        names with the same noun ("the statistics bureau said"), and the translation of that
        sentence has the name the target's cue gives ("Badan Pusat Statistik (BPS)" ...
        "Menurut BPS")."""
        names = self._cue_names(pair.target.plain, cue, t)
        words = _WORD.findall(holder)
        if not names or not words:
            return False
        head = regex.compile(rf"(?<![\p{{L}}]){regex.escape(words[-1].casefold())}(?![\p{{L}}])")
        for unit in pair.units:
            if unit.source is None or unit.target is None or unit.source.end > s.start:
                continue
            earlier = fold(pair.target.plain[unit.target.start : unit.target.end])
            if head.search(pair.source.plain[unit.source.start : unit.source.end].casefold()) and all(contains(earlier, fold(n)) for n in names):
                return True
        return False

    def _cue_names(self, text: str, cue, t: Span) -> list[str]:
        """The capitalised words next to the target's cue ("Menurut Helix", "Helix mengatakan")."""
        if cue.group().casefold() in self.after_cues:
            near = list(_WORD.finditer(text, cue.end(), min(t.end, cue.end() + 40)))
        else:
            near = list(reversed(list(_WORD.finditer(text, max(t.start, cue.start() - 40), cue.start()))))
        names = []
        for m in near[:3]:
            if not m.group()[:1].isupper():
                break
            names.append(m.group())
        return names

    def _names_source_name(self, text: str, cue, t: Span, source: str) -> bool:
        """The capitalised words next to the target's cue ("Menurut Helix", "Helix
        mengatakan") are a name the source has somewhere."""
        names = self._cue_names(text, cue, t)
        source_fold = fold(source)
        return bool(names) and all(contains(source_fold, fold(n)) for n in names)

    def name_missing(self, holder: str, target_text: str, lexicon, initial: bool = False, before: str = "") -> bool:
        """``before``: the source words before the holder in its sentence. The holder phrase has a name of its own (not its first word, not a country or
        language: "a Jetstar spokeswoman", not "Indonesian officials") that the target
        sentence does not have in any rendering."""
        target_fold = fold(target_text)
        if self.known_rendered(_WORD.findall(before + holder), target_fold, self._renderer):
            return False  # the body is named by its acronym or Indonesian name
        words = _WORD.findall(holder)[1 if initial else 0 :]  # a sentence's first word is capitalised anyway
        # Single letters are parts of an abbreviation ("U.S."), judged as a whole elsewhere.
        names = [w for w in words if len(w) > 1 and w[:1].isupper() and not self._renderer.known(w) and not lexicon.lookup(w.casefold())]
        if not names:
            return False
        return not any(contains(target_fold, fold(r)) for w in names for r in self._renderer.renderings(w) | {w})

    def _dropped(self, pair, s, t):
        """The source says who says it ("..., observers said"); the translation says nobody
        does: no attribution cue, no reporting verb, no quotation marks in its sentence."""
        target_text = pair.target.plain[t.start : t.end]
        if regex.search(r"[\"“”«»]", target_text) or (self.other_cues and self.other_cues.search(target_text)):
            return
        holders = self.holders(pair.source.plain, s.start, s.end, self.report_verbs)
        if not holders:
            return
        start, end, holder = holders[0]
        if _SELF_CLAIM.match(pair.source.plain, end, s.end) and self.represented(
                holder, target_text, self.lexicon(), self._renderer) is True:
            # "The ministry said it may extend the scheme" -> "kementerian membuka kemungkinan
            # memperluas ...": a claim about the holder's own doing, the holder its subject.
            return
        yield self.pair_finding(pair, t.start, t.end, Span(start, end), holder=holder)


# "The ministry said it may ...", "officials said they would ...": the holder speaks of itself.
_SELF_CLAIM = regex.compile(r"\s*\p{L}+(?:\s+(?:on|last|this)\s+\p{L}+)?\s+(?:that\s+)?(?:it|they|he|she|we)\b", regex.I)


# "Kedutaan Besar Republik Indonesia (KBRI)": a long form the article spells out once, then abbreviates.
_DEFINITION = regex.compile(r"((?:\p{Lu}[\p{L}-]*\s+(?:(?:dan|untuk|di|ke)\s+)?){1,8})\((\p{Lu}[\p{Lu}\p{N}-]{1,9})\)")


def _abbreviations(text: str) -> dict[str, str]:
    """The abbreviations a text defines, with their long forms."""
    return {m.group(2): m.group(1).strip() for m in _DEFINITION.finditer(text)}


def _expanded(sentence: str, long_forms: dict[str, str]) -> str:
    """The sentence with the long forms of the abbreviations it uses added: "Menurut KBRI"
    names the embassy as well as "Kedutaan Besar Republik Indonesia" would."""
    used = [long for short, long in long_forms.items() if regex.search(rf"(?<![\p{{L}}]){regex.escape(short)}(?![\p{{L}}])", sentence)]
    return " ".join([sentence, *used])


_DEFINITE = regex.compile(r"\b(?:the|this|that)\s+$", regex.I)


def _full_names(source: str, holder: str) -> list[str]:
    """The words of the source's longer capitalised names that end or start with the holder
    ("Perry Warjiyo" for "Warjiyo")."""
    head = holder.split()[-1]
    found: list[str] = []
    for m in regex.finditer(rf"(?:\p{{Lu}}[\p{{L}}'’-]+\s+){{1,3}}{regex.escape(head)}\b|\b{regex.escape(head)}(?:\s+\p{{Lu}}[\p{{L}}'’-]+){{1,3}}", source):
        found += [w for w in m.group().split() if w != head]
    return found


CHECK = AttributionCheck
