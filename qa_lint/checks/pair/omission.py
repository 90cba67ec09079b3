"""pair-omission: source text with no counterpart in the translation, and the reverse.

    report: [clause]          # which findings this rule gives:
        unaligned-source  a source sentence or segment with no translation at all
        unaligned-target  a translated sentence with no source
        untranslated      a segment left in the source language (or copied unchanged)
        phrase            a short phrase left in the source language inside a translated
                          sentence ("diturunkan when needed"): two or more lowercase words
                          copied from the source in order, none of them a word of the
                          target language (``target_words``)
        word              one word left in the source language inside a translated
                          sentence ("investor tetap cautious"): a lowercase word copied
                          from the source sentence that the target language's text never
                          uses (``foreign_words``, a list of such words)
        clause            a clause of the source whose content words all have no
                          rendering in the aligned translation
        short             a translation much shorter than its source (by the
                          document's own length ratio)
    min_known: 3              # clause: content words with dictionary renderings it must have
    max_ratio: 0.45           # short: target/source length, relative to the document's ratio
    source_stopwords: [../en/language.yaml]   # words that carry no content
    target_words: [../id/data/words.txt]      # phrase: words of the target language
    foreign_words: [../en-id/data/english-not-kept.txt]   # word: source words the target never uses

A clause is a stretch of a source sentence between commas, semicolons, colons,
dashes and conjunctions. Its content words are looked up in the dictionary
(with their WordNet close words); when at least ``min_known`` have renderings,
none of those renderings is in the aligned target, and none of the clause's
numbers or capitalised names is either, the clause was dropped.
Placeholders: {source} (the source text), {match}.
"""

from __future__ import annotations

import os
from pathlib import Path

import regex

from ... import names, stemming, yamlmarks
from ...dictionary import Words
from ...entities import LoanSpelling
from ...matching import term_set
from ...names import fold
from ...span import Span
from . import LEXICON_OPTIONS, PairCheck, quote

TYPE = "pair-omission"
PAIR = True
KINDS = ["unaligned-source", "unaligned-target", "untranslated", "phrase", "word", "clause", "short"]
PROPERTIES = {
    "report": {"type": "array", "items": {"enum": KINDS}, "minItems": 1},
    "min_known": {"type": "integer", "minimum": 1},
    "max_ratio": {"type": "number", "minimum": 0.05, "maximum": 1},
    "source_stopwords": {"type": "array", "items": {"type": "string", "minLength": 1}},
    "target_words": {"type": "array", "items": {"type": "string", "minLength": 1}},
    "foreign_words": {"type": "array", "items": {"type": "string", "minLength": 1}},
    # phrase: English terms the target language's press writes as they are ("tax holiday").
    "accepted_phrases": {"type": "array", "items": {"type": "string", "minLength": 1}},
    # Loanword spellings (entities_file's loan_spelling) and attribution cues (attribution_file):
    # "tropical" is rendered by "tropis"; "people familiar with the matter said" by "menurut sumber".
    "entities_file": {"type": "string", "minLength": 1},
    "attribution_file": {"type": "string", "minLength": 1},
    **LEXICON_OPTIONS,
}
REQUIRED = ["report"]
# What its messages may name (checked when a pack loads; docs/rule-writing.md).
PLACEHOLDERS = {"match", "kind", "source"}
REGEX_KEYS = ()

_CLAUSE = regex.compile(r"[,;:()\u2013\u2014\"“”]|\s-\s|\b(?:and|but|while|which|who|whereas|although|because)\b", regex.I)
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")


class OmissionCheck(PairCheck):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        o = rule.options
        self.report = set(o["report"])
        self.min_known = o.get("min_known", 3)
        self.max_ratio = o.get("max_ratio", 0.45)
        self.stopwords: set[str] = set()
        for path in o.get("source_stopwords", []):
            data = yamlmarks.safe_load(Path(env.resolve(path)).read_text(encoding="utf-8"), cache=True) or {}
            self.stopwords |= {w.casefold() for w in data.get("stopwords", [])}
        self.target_stopwords = {w.casefold() for w in env.stopwords}
        self.target_words: set[str] = set()
        for path in o.get("target_words", []):
            self.target_words |= names.word_list(str(env.resolve(path)))
        self.target_stem = stemming.stemmer(rule.language or "id")
        # word: single source words the target language's text never uses (a loanword it
        # keeps, "online", is not listed, so one word alone is judged only from this list).
        self.foreign_words: set[str] = set()
        for path in o.get("foreign_words", []):
            self.foreign_words |= names.word_list(str(env.resolve(path)))
        self.accepted_phrases = {" ".join(p.casefold().split()) for p in o.get("accepted_phrases", [])}
        entities = self.data(o["entities_file"]) if o.get("entities_file") else {}
        self.loans = LoanSpelling(entities.get("loan_spelling"))
        attribution = self.data(o["attribution_file"]) if o.get("attribution_file") else {}
        src, tgt = attribution.get(rule.source_language or "en", {}), attribution.get(rule.language, {})
        reporting = list(src.get("reporting_verbs", [])) + list(src.get("before_holder", []))
        self.reporting = term_set(reporting) if reporting else None
        cues = list(tgt.get("cues_holder_after", [])) + list(tgt.get("cues_holder_before", []))
        self.attributed = term_set(cues) if cues else None

    def run_pair(self, pair):
        units = pair.units
        total_s = sum(u.source.end - u.source.start for u in units if u.source and u.target) or 1
        total_t = sum(u.target.end - u.target.start for u in units if u.source and u.target) or 1
        ratio = total_t / total_s
        lexicon = None
        for i, unit in enumerate(units):
            src = pair.source_text(unit)
            if unit.target is None:
                if pair.source.text is pair.target.text:
                    # A segment of an XLIFF/PO/TMX file with no (or an empty) target: untranslated,
                    # reported where the segment is in the file.
                    if "untranslated" in self.report and src.strip():
                        start, end = (unit.target_at, unit.target_at) if unit.target_at is not None else (unit.source.start, unit.source.end)
                        yield self.pair_finding(pair, start, end, unit.source, kind="untranslated", source=quote(src))
                elif "unaligned-source" in self.report and src.strip():
                    start, end = self._anchor(pair, units, i)
                    yield self.pair_finding(pair, start, end, unit.source, kind="unaligned-source", source=quote(src))
                continue
            tgt = pair.target_text(unit)
            if unit.source is None:
                if "unaligned-target" in self.report:
                    yield self.pair_finding(pair, unit.target.start, unit.target.end, None, kind="unaligned-target", source="")
                continue
            if self.report & {"unaligned-source", "unaligned-target"}:
                yield from self._inside(pair, unit)
            if "untranslated" in self.report and self._untranslated(src, tgt):
                yield self.pair_finding(pair, unit.target.start, unit.target.end, unit.source, kind="untranslated", source=quote(src))
                continue
            yield from self._left_in_source_language(pair, unit, src, tgt)
            if "short" in self.report and len(src.strip()) >= 80 and len(tgt.strip()) < self.max_ratio * ratio * len(src.strip()):
                yield self.pair_finding(pair, unit.target.start, unit.target.end, unit.source, kind="short", source=quote(src))
                continue
            if "clause" in self.report:
                lexicon = lexicon or self.lexicon()
                for start, end in self._dropped_clauses(pair, unit, lexicon):
                    yield self.pair_finding(pair, unit.target.start, unit.target.end, Span(start, end),
                                            kind="clause", source=quote(pair.source.plain[start:end]))

    def _left_in_source_language(self, pair, unit, src: str, tgt: str):
        """Part of a translated sentence left in the source language: a long run, or short phrases."""
        spans = []
        if "untranslated" in self.report:
            run = self._copied_run(src, tgt)
            spans += [("untranslated", run)] if run is not None else []
        if "phrase" in self.report:
            spans += [("phrase", run) for run in self._copied_phrases(src, tgt)]
        if "word" in self.report:
            spans += [("word", at) for at in self._copied_words(src, tgt)]
        for kind, (a, b) in spans:
            yield self.pair_finding(pair, unit.target.start + a, unit.target.start + b, unit.source,
                                    kind=kind, source=quote(tgt[a:b]))

    def _inside(self, pair, unit):
        """Sentences of a paragraph unit left without counterpart (a sentence dropped or added)."""
        from ... import align

        lexicon = self.lexicon()
        subs = align.within(pair, unit, lambda s, t: self._overlap(pair, s, t, lexicon))
        for k, sub in enumerate(subs):
            if sub.target is None and "unaligned-source" in self.report and sub.source.end - sub.source.start >= 40:
                start, end = self._anchor(pair, subs, k)
                yield self.pair_finding(pair, start, end, sub.source, kind="unaligned-source", source=quote(pair.source_text(sub)))
            elif sub.source is None and "unaligned-target" in self.report and sub.target.end - sub.target.start >= 40:
                yield self.pair_finding(pair, sub.target.start, sub.target.end, None, kind="unaligned-target", source="")

    def _overlap(self, pair, s, t, lexicon) -> float | None:
        """Share of the source sentence's known content words rendered in the target sentence."""
        target = Words(pair.target.plain[t.start : t.end], lexicon.target_morphology)
        target_fold = fold(pair.target.plain[t.start : t.end])
        known = rendered = 0
        for m in _WORD.finditer(pair.source.plain, s.start, s.end):
            w = m.group()
            if w[:1].isdigit() or w[:1].isupper():
                if len(w) > 2 and fold(w) in target_fold:
                    known, rendered = known + 1, rendered + 1
                continue
            if w.casefold() in self.stopwords:
                continue
            renderings = self._renderings(w, lexicon)
            if renderings:
                known += 1
                rendered += any(target.has(r) for r in renderings)
        return None if known < 2 else rendered / known

    @staticmethod
    def _has(target: Words, rendering: str, lexicon) -> bool:
        """The rendering in the target, in any form of either: "merundingkan" in "dirundingkan"."""
        if target.has(rendering):
            return True
        return " " not in rendering and bool(lexicon.target_morphology.forms(rendering.casefold()) & target.all_forms)

    @staticmethod
    def _renderings(w, lexicon) -> set[str]:
        renderings = set(lexicon.renderings(w))
        for lemma in lexicon.lemmas(w):
            for close in lexicon.similar.get(lemma, ()):
                if close in lexicon.by_head:
                    renderings |= lexicon.renderings(close)
        return renderings

    @staticmethod
    def _anchor(pair, units, i) -> tuple[int, int]:
        """Where in the target a missing translation belongs: the end of the previous translated unit."""
        for unit in reversed(units[:i]):
            if unit.target is not None:
                return unit.target.end, unit.target.end
        for unit in units[i + 1 :]:
            if unit.target is not None:
                return unit.target.start, unit.target.start
        # No translation at all (a bilingual file): the source segment, which is in the same file.
        span = units[i].source
        return (span.start, span.end) if pair.source.text is pair.target.text else (0, 0)

    def _copied_run(self, src: str, tgt: str, min_words: int = 5) -> tuple[int, int] | None:
        """Part of a sentence left in the source language: a run of at least five words
        copied from the source in order, at least three of them lowercase words that are not
        target-language words ("... lainnya have resisted language on moving away from fossil
        fuels"). Names kept in their language are capitalised and do not count."""
        s_words = [w.casefold() for w in _WORD.findall(src)]
        t_matches = list(_WORD.finditer(tgt))
        t_words = [m.group().casefold() for m in t_matches]
        grams = {tuple(s_words[i : i + min_words]) for i in range(len(s_words) - min_words + 1)}
        i = 0
        while i <= len(t_words) - min_words:
            if tuple(t_words[i : i + min_words]) not in grams:
                i += 1
                continue
            j = i + min_words
            while j < len(t_words) and tuple(t_words[j - min_words + 1 : j + 1]) in grams:
                j += 1
            run = t_matches[i:j]
            # Words the target language shares ("rupiah per kilogram") are no English left behind,
            # nor the connectors of a name kept in English ("Institute for Development of Economics").
            foreign = [m for k, m in enumerate(run, i) if m.group()[:1].islower() and self._foreign(m.group().casefold())
                       and not _name_connector(t_words, t_matches, k)]
            if len(foreign) >= 3:
                return foreign[0].start(), run[-1].end()  # from the first English word: a name before it is no English
            i = j
        return None

    def _copied_phrases(self, src: str, tgt: str):
        """Short phrases left in the source language: runs of two or more lowercase words
        that follow each other in the source too, at least two of them no word of the target
        language ("when needed", "claim a refund", "smaller jet market"). Capitalised names
        and single loanwords ("online") are not judged; a word the target language shares
        ("jet", "data") may sit in the run but does not count."""
        s_words = [w.casefold() for w in _WORD.findall(src)]
        bigrams = set(zip(s_words, s_words[1:]))
        run: list = []
        for m in list(_WORD.finditer(tgt)) + [None]:
            if m is not None and m.group()[:1].islower() and (not run or (run[-1].group().casefold(), m.group().casefold()) in bigrams):
                run.append(m)
                continue
            yield from self._foreign_run(run, tgt)
            run = [m] if m is not None and m.group()[:1].islower() else []

    def _copied_words(self, src: str, tgt: str):
        """Single lowercase words of the source sentence left in the translation that the
        target language never uses ("investor tetap cautious"), outside an English gloss in
        brackets and outside a phrase the phrase report gives (that one names the whole run)."""
        s_words = {w.casefold() for w in _WORD.findall(src)}
        phrases = list(self._copied_phrases(src, tgt))
        for m in _WORD.finditer(tgt):
            word = m.group()
            if not word[:1].islower() or word.casefold() not in s_words or fold(word) not in self.foreign_words:
                continue
            if not self._foreign(word.casefold()) or any(a <= m.start() < b for a, b in phrases):
                continue
            if tgt.rfind("(", 0, m.start()) > tgt.rfind(")", 0, m.start()) and ")" in tgt[m.end():]:
                continue  # "batas galat (margin of error)": a gloss after the translation
            yield m.start(), m.end()

    def _foreign_run(self, run, tgt: str):
        """The run, trimmed to its words of the source language at both ends, when at least two
        are; not an English gloss in brackets after its translation ("batas kesalahan (margin of error)")."""
        foreign = [m for m in run if self._foreign(m.group().casefold())]
        if len(run) < 2 or len(foreign) < 2:
            return
        start, end = foreign[0].start(), foreign[-1].end()
        if tgt.rfind("(", 0, start) > tgt.rfind(")", 0, start) and ")" in tgt[end:]:
            return
        if " ".join(tgt[start:end].casefold().split()) in self.accepted_phrases:
            return  # "fasilitas tax holiday": a term the press writes in English
        if _spelt_by_acronym_after(tgt, start, end):
            return  # "pasar domestic non-deliverable forward (DNDF)": a term's name, its acronym after it
        yield start, end

    def _foreign(self, word: str) -> bool:
        if word in self.target_words or word in self.target_stopwords or len(word) < 2 or any(c.isdigit() for c in word):
            return False
        return self.target_stem(word) not in self.target_words  # "dikirimkan": an affixed form of "kirim"

    def _untranslated(self, src: str, tgt: str) -> bool:
        s_words = [w.casefold() for w in _WORD.findall(src)]
        t_words = [w for w in _WORD.findall(tgt)]
        content = [w for w in t_words if not w[:1].isupper() and not w[:1].isdigit()]
        if len(content) < 3:
            return False  # names and numbers only: nothing to translate
        if fold(" ".join(s_words)) == fold(" ".join(w.casefold() for w in t_words)):
            return True
        in_source = sum(1 for w in content if w.casefold() in s_words and w.casefold() not in self.target_stopwords)
        return in_source >= 0.8 * len(content)

    def _dropped_clauses(self, pair, unit, lexicon):
        text = pair.source.plain
        target = Words(pair.target.plain[unit.target.start : unit.target.end], lexicon.target_morphology)
        target_fold = fold(pair.target.plain[unit.target.start : unit.target.end])
        target_text = pair.target.plain[unit.target.start : unit.target.end]
        attributed = self.attributed is not None and self.attributed.search(target_text) is not None
        bounds = [unit.source.start] + [m.start() for m in _CLAUSE.finditer(text, unit.source.start, unit.source.end)] + [unit.source.end]
        target_heads: set[str] | None = None
        for a, b in zip(bounds, bounds[1:]):
            if attributed and self.reporting is not None and self.reporting.search(text, a, b):
                continue  # "people familiar with the matter said" -> "menurut sumber ...": an attribution, rendered as one
            words = list(_WORD.finditer(text, a, b))
            known = 0
            rendered = False
            for m in words:
                w = m.group()
                if w[:1].isupper() or w[:1].isdigit():
                    if fold(w) in target_fold or w[:1].isdigit():
                        rendered = True  # a name or number carried over: numbers are pair-numbers' business
                    continue
                if w.casefold() in self.stopwords:
                    continue
                if len(w) >= 4 and regex.search(rf"(?<![\p{{L}}-]){regex.escape(fold(w))}(?![\p{{L}}-])", target_fold):
                    rendered = True  # the word kept as a loanword ("penyedia layanan cloud" for "cloud providers")
                    break
                renderings = self._renderings(w, lexicon)
                if not renderings:
                    continue
                known += 1
                if any(self._has(target, r, lexicon) for r in renderings) or any(self.loans.cognate(w, x) for x in target.words):
                    rendered = True
                    break
                if target_heads is None:
                    pairs = [f"{x} {y}" for x, y in zip(target.words, target.words[1:])]  # "gunung berapi"
                    target_heads = {h for x in list(target.words) + pairs for h in lexicon.headwords(x)}
                if _derived(w.casefold(), target_heads):
                    rendered = True  # "volcanic" and "gunung berapi" (volcano): one word, derived
                    break
            if known >= self.min_known and not rendered:
                yield words[0].start(), words[-1].end()


# An acronym in brackets right after a phrase ("domestic non-deliverable forward (DNDF)").
_ACRONYM_AFTER = regex.compile(r"\s*\(\s*(\p{Lu}{2,8})\s*\)")
_HYPHENATED_WORD = regex.compile(r"\p{L}+(?:-\p{L}+)*")


def _spelt_by_acronym_after(text: str, start: int, end: int) -> bool:
    """The phrase at start..end, or it with up to three words before it, is the long form
    that the acronym in brackets right after it spells: the name of a term, which the press
    writes in English with its acronym ("domestic non-deliverable forward (DNDF)"). A
    hyphenated word gives one initial or one per part ("non-deliverable": N or ND)."""
    m = _ACRONYM_AFTER.match(text, end)
    if not m:
        return False
    acronym = m.group(1).casefold()
    before = _HYPHENATED_WORD.findall(text[max(0, start - 60) : start])[-3:]
    phrase = _HYPHENATED_WORD.findall(text[start:end])
    for k in range(len(before) + 1):
        words = before[len(before) - k :] + phrase
        whole = "".join(w[0] for w in words)
        parts = "".join(p[0] for w in words for p in w.split("-"))
        if acronym in (whole.casefold(), parts.casefold()):
            return True
    return False


def _name_connector(words: list[str], matches: list, k: int) -> bool:
    """The lowercase word k stands between two capitalised words: it joins a name."""
    return 0 < k < len(matches) - 1 and matches[k - 1].group()[:1].isupper() and matches[k + 1].group()[:1].isupper()


def _derived(word: str, headwords: set[str]) -> bool:
    """The word and a headword share a stem of at least six letters that is most of the
    shorter one ("volcanic"/"volcano", "eruption"/"erupt"): a derivation the dictionary
    lists under the other."""
    if len(word) < 6:
        return False
    for head in headwords:
        if " " in head or len(head) < 5 or head[:5] != word[:5]:
            continue
        common = len(os.path.commonprefix([word, head]))
        if common >= 5 and 4 * common >= 3 * min(len(word), len(head)):
            return True
    return False


CHECK = OmissionCheck
