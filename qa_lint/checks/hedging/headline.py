"""A plain-text headline that states as done, or as the cause, what the body only hedges."""

from __future__ import annotations

from functools import cached_property

import regex

from ...span import Span
from .claims import Claim, ClaimIndex
from .nominal import noun_roots
from .restatement import Restatements
from .words import (
    FIGURE,
    WORD,
    Names,
    SimpleMatch,
)

# Ordinary words a headline and a body line weighing an option must share ("Tiket Masuk ... Naik"
# over "mengkaji kenaikan tarif masuk"): one is not a topic, two are a claim.
OPTION_SHARED = 2
# How far the weighed act may be from the option cue, and the other shared word from the act.
CUE_REACH = 5
ACT_NEIGHBOURS = 3
# Words in a row a headline shares with a body line when it is that line's own wording.
COPIED_RUN = 4
QUOTES = ('"', "“", "'", "‘")
# How many words before a body figure a hedge may stand and still hedge it ("berpeluang menembus Rp120.000").
# A plan's cue hedges the act, not a value of what it makes ("berencana membangun smelter senilai
# 2,1 miliar dolar"): only hedges, and "bisa"/"dapat" of the modals ("harus membayar Rp6.000" is a rule).
FIGURE_HEDGE_REACH = 4
FIGURE_MODALS = frozenset({"bisa", "dapat"})
# A figure's scale word ("Rp120 Ribu", "1,2 juta") and money sign ("Rp120.000"): a figure is its value and whether it is money.
SCALES = {"ribu": 1e3, "juta": 1e6, "miliar": 1e9, "triliun": 1e12}
SCALE_AFTER = regex.compile(r"\s*(ribu|juta|miliar|triliun)\b", regex.I)
MONEY_BEFORE = regex.compile(r"(?:Rp|US\$|\$)\s*$", regex.I)
DATELINE_DASHES = ("–", "—", "-")
# Prefixes that make a verb of a root (a headline's predicate: "Dituntut", "Menolak", "Terjebak").
VERB_PREFIXES = ("di", "me", "ber", "ter")


def _copies(head: list[str], line: list[str]) -> bool:
    """Whether two thirds of the headline's words (at least COPIED_RUN), in a row, are words in a
    row of the line: the headline is that line's wording ("tarif parkir di pusat kota" alone is
    a shared topic, not a copy)."""
    run = max(COPIED_RUN, -(-2 * len(head) // 3))
    runs = {tuple(head[i:i + run]) for i in range(len(head) - run + 1)}
    return any(tuple(line[i:i + run]) in runs for i in range(len(line) - run + 1))


class Headlines(Restatements):
    @cached_property
    def options(self):
        return self._terms(self.rule.options, "option_cues")

    def option_headline(self, doc, names: Names, reported: set[int]):
        """A plain-text headline that states as done what the body only studies, weighs as one
        option or calls possible ("Tiket Masuk Taman Nasional Komodo Naik Menjadi Rp 3,75 Juta"
        over "sedang mengkaji kenaikan tarif masuk", "baru salah satu opsi"): two ordinary words
        of the headline in a body line with an option cue, and no body line without one that
        states them (a confirmation, attributed or not)."""
        headline = self._headline(doc) if self.options is not None else None
        if headline is None or doc.position(headline.start)[0] in reported or self._exempt(doc, headline) \
                or self.speaker(doc, headline) is not None:
            return
        text = doc.plain[headline.start:headline.end]
        if ":" in text or text.lstrip()[:1] in QUOTES or any(terms is not None and terms.search(text) for terms in
                                                             (self.hedges, self.modal, self.options, self.plans, self.questions, self.unfinished)):
            return  # attributed, quoted, or itself hedged, weighed, planned or asked
        head = self._act_stems(doc, headline)
        head_words = [w.casefold() for w in WORD.findall(text)]
        weighed, stating = None, []
        for sentence in doc.sentences[1:]:
            shared = head & self._act_stems(doc, sentence, ordinary_only=True)
            if len(shared) < OPTION_SHARED:
                continue
            cue = self.options.search(doc.plain, sentence.start, sentence.end)
            if cue is not None and not self._weighs(doc, sentence, cue, shared):
                cue = None  # the option cue weighs something else in the line
            if cue is not None and _copies(head_words, [w.casefold() for w in WORD.findall(doc.plain, sentence.start, sentence.end)]):
                cue = None  # the headline is this line's own words: the option it names is another thing
            if cue is None and not self.hedges.search(doc.plain, sentence.start, sentence.end):
                stating.append(shared)  # the body may state it too: the headline reports that line
            elif cue is not None and weighed is None:
                weighed = (sentence, cue, shared)
        if weighed is None:
            return
        sentence, cue, shared = weighed
        # A line states the weighed step only if it shares a word of it: "gagal panen dalam 14 hari
        # terakhir" states the headline's other half ("... Tanggap Darurat Gagal Panen"), a real event.
        if any(words & shared for words in stating):
            return
        # The finding sits on the act ("Naik" over "kenaikan tarif"), else the first shared word.
        acts = set().union(*(self._word_stems(m.group()) for m in WORD.finditer(doc.plain, sentence.start, sentence.end)
                             if self.morphology.is_noun(m.group().casefold()))) & shared
        words = [m for m in WORD.finditer(doc.plain, headline.start, headline.end) if self._word_stems(m.group()) & shared]
        word = next((m for m in words if self._word_stems(m.group()) & acts), words[0] if words else None)
        if word is not None:
            related = [(sentence.start, sentence.end, self.note(doc, cue.group()))]
            yield self.finding(doc, word.start(), word.end(), message=self.body_message, related=related,
                               hedge=cue.group(), where="the body", headline="")

    def figure_headline(self, doc, reported: set[int]):
        """A headline figure ("Harga Cabai ... Melonjak hingga Rp120.000") that the body gives only
        as possible ("harga berpeluang menembus Rp120.000 per kilogram bila ..."): the same value
        (money or not; not a year) after a hedge within FIGURE_HEDGE_REACH words in its clause,
        and in no body line without one. An estimate ("diperkirakan 40.000 pemudik")
        rounded into a headline is neither: headlines drop "sekitar" as a matter of style."""
        headline = self._headline(doc)
        if headline is None or doc.position(headline.start)[0] in reported or self._exempt(doc, headline) \
                or self.speaker(doc, headline) is not None:
            return
        text = doc.plain[headline.start:headline.end]
        if ":" in text or text.lstrip()[:1] in QUOTES or any(terms is not None and terms.search(text) for terms in
                                                             (self.hedges, self.modal, self.options, self.plans, self.questions)):
            return
        heads = {key: (start, end) for start, end, key in self._figures(doc, headline)}
        hedged, stated = None, set()
        for sentence in doc.sentences[1:]:
            for start, _end, key in self._figures(doc, sentence):
                if key not in heads:
                    continue
                cue = self._figure_hedge(doc, sentence, start)
                if cue is None:
                    stated.add(key)
                elif cue is not True and hedged is None:
                    hedged = (key, sentence, cue)
        if hedged is None or hedged[0] in stated:
            return
        key, sentence, cue = hedged
        start, end = heads[key]
        reported.add(doc.position(headline.start)[0])
        related = [(sentence.start, sentence.end, self.note(doc, cue.group()))]
        yield self.finding(doc, start, end, message=self.body_message, related=related,
                           hedge=cue.group(), where="the body", headline="")

    def _figures(self, doc, span: Span):
        """(start, end, (value, money)) of each figure of a line outside quotations, its scale word read."""
        for m in FIGURE.finditer(doc.plain, span.start, span.end):
            if doc.in_quotation(m.start(), m.end()):
                continue
            value = float(m.group(1).replace(".", "") + ("." + m.group(2) if m.group(2) else ""))
            if "." not in m.group(1) and not m.group(2) and 1900 <= value <= 2100:
                continue  # a year ("Semester I 2027"), not a figure the body hedges
            end = m.end()
            scale = SCALE_AFTER.match(doc.plain, end, span.end)
            if scale is not None:
                value, end = value * SCALES[scale.group(1).casefold()], scale.end()
            money = MONEY_BEFORE.search(doc.plain, max(span.start, m.start() - 4), m.start())
            yield (money.start() if money else m.start()), end, (round(value, 6), money is not None)

    def _figure_hedge(self, doc, sentence: Span, start: int):
        """The hedge or "bisa"/"dapat" before a figure in its clause (within FIGURE_HEDGE_REACH
        words); True for an estimate cue there; None when nothing hedges it."""
        comma = doc.plain.rfind(",", sentence.start, start)
        words = list(WORD.finditer(doc.plain, comma + 1 if comma >= 0 else sentence.start, start))[-FIGURE_HEDGE_REACH:]
        if not words:
            return None
        lo = words[0].start()
        if self.estimates is not None and self.estimates.search(doc.plain, lo, start):
            return True
        cue = self.hedges.search(doc.plain, lo, start)
        if cue is None and self.modal is not None:
            cue = next((m for m in self.modal.finditer(doc.plain, lo, start) if m.group().casefold() in FIGURE_MODALS), None)
        return cue

    def _weighs(self, doc, sentence: Span, cue, shared: set[str]) -> bool:
        """Whether the option cue weighs the shared act: an affixed word of the shared ones (the act:
        "kenaikan", "diberikan") within CUE_REACH words of the cue in its clause, and another shared
        word within ACT_NEIGHBOURS words of the act ("mengkaji kenaikan tarif", "Tips bisa saja diberikan")."""
        comma_before = doc.plain.rfind(",", sentence.start, cue.start())
        comma_after = doc.plain.find(",", cue.end(), sentence.end)
        lo = comma_before + 1 if comma_before >= 0 else sentence.start
        hi = comma_after if comma_after >= 0 else sentence.end
        words = list(WORD.finditer(doc.plain, lo, hi))
        at = next((i for i, w in enumerate(words) if w.start() >= cue.start()), len(words))
        stems = [self._word_stems(w.group()) & shared for w in words]
        for i, w in enumerate(words):
            affixed = self.stem(w.group().casefold()) != w.group().casefold()
            if not stems[i] or not affixed or abs(i - at) > CUE_REACH:
                continue
            near = stems[max(0, i - ACT_NEIGHBOURS): i] + stems[i + 1: i + 1 + ACT_NEIGHBOURS]
            if any(other - stems[i] for other in near):
                return True
        return False

    def _word_stems(self, word: str) -> set[str]:
        key = word.casefold()
        return {self.stem(key)} | {self.stem(r) for r in noun_roots(key)} | noun_roots(key)

    def _act_stems(self, doc, span: Span, ordinary_only: bool = False) -> set[str]:
        """The stems of a line's content words, with the verb roots of its pe-an nouns; in a body
        line only its ordinary words (a Title Case headline capitalises every word)."""
        found: set[str] = set()
        for m in WORD.finditer(doc.plain, span.start, span.end):
            word = m.group()
            stems = self._content_stems(word)
            if not stems:
                continue
            # A capital opens the line or follows its dateline ("BOGOR – Kenaikan tarif ..."): not a name.
            if ordinary_only and word[0].isupper() and not (
                    m.start() == span.start or doc.plain[max(span.start, m.start() - 3):m.start()].strip() in DATELINE_DASHES):
                continue
            found |= stems
        return found - {""}

    def _content_stems(self, word: str) -> set[str]:
        """A word's stems for _act_stems (none for a stopword or a word with a digit). Not kept
        a word (per_word): sets kept by the thousand cost the garbage collector more than the
        stemmer's own cache leaves to save."""
        if word.casefold() in self.stopwords or any(c.isdigit() for c in word):
            return set()
        return self._word_stems(word)

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
        if self.options is not None and self.options.search(text):
            return  # "Pemkot Kaji Kenaikan Tarif": the headline reports the study, not the step
        stated = self.content(text, names)
        if (cause := self._headline_cause(doc, names, headline, index)) is not None:
            verb, source = cause
            related = [(source.span.start, source.span.end, self.note(doc, source.cue))]
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
                    related = [(source.span.start, source.span.end, self.note(doc, source.cue))]
                    yield self.finding(doc, certain.start(), certain.end(), message=self.body_message, related=related, hedge=source.cue, where="the body", headline="")
                    return
                continue
            if self._object_of_act_noun(source):
                continue  # "memperkirakan penerapan parkir elektronik dapat ...": the act is "penerapan", not "parkir"
            others = {w for w in stated if w != source.verb and w in source.scope and not stated[w]}
            if not others or self._stated_in_body(doc, names, headline, source, others):
                continue
            verb = self._verb_at(doc, headline, source.verb)
            # A noun made of the verb names the story's topic ("Polisi Bongkar Jaringan Penipuan
            # Investasi", "Didakwa dalam Kasus Penipuan"): the act is not stated as done.
            if verb is not None and not self._nominal(verb.group().casefold()) and \
                    not self._noun_beside_predicate(doc, headline, verb):
                related = [(source.span.start, source.span.end, self.note(doc, source.cue))]
                yield self.finding(doc, verb.start(), verb.end(), message=self.body_message, related=related, hedge=source.cue, where="the body", headline="")
                return

    def _noun_beside_predicate(self, doc, headline: Span, word) -> bool:
        """Whether a bare root that is also a noun ("Tambang"), after a noun, stands in a headline whose predicate
        is another, affixed verb ("Mantan Direktur Perusahaan Tambang Nikel Dituntut 9 Tahun"): a
        headline has one predicate, so the root names a thing there (a mining company), not the
        act hedged ("didakwa menambang nikel")."""
        key = word.group().casefold()
        if key not in self.nouns or self.stem(key) != key:
            return False
        # ... within a noun phrase: after a noun ("Perusahaan Tambang"), not after the predicate
        # ("Ditutup Total": the hedged "total" closure itself).
        before = [m.group().casefold() for m in WORD.finditer(doc.plain, headline.start, word.start())][-1:]
        if not before or not (before[0] in self.nouns or self.morphology.is_noun(before[0])) or self._affixed_verb(before[0]):
            return False
        return any(m.start() != word.start() and self._affixed_verb(m.group().casefold())
                   for m in WORD.finditer(doc.plain, headline.start, headline.end))

    def _affixed_verb(self, word: str) -> bool:
        """A verb by its prefix (di-, me-, ber-, ter-) that the stemmer takes off: "Dituntut", not
        "Direktur", "Menteri" or "Terima", whose stems are themselves."""
        return word.startswith(VERB_PREFIXES) and self.stem(word) != word and word not in self.nouns \
            and not self.morphology.is_noun(word)

    def _object_of_act_noun(self, source: Claim) -> bool:
        """Whether the hedged verb, where the hedge governs it, comes right after a pe-an noun: it is
        then what the act is done to ("penerapan parkir elektronik"), and a headline naming it
        ("Perda Parkir Elektronik") names a thing, not the act hedged."""
        at = source.text.find(source.cue)
        words = list(WORD.finditer(source.text, max(at, 0)))
        for before, word in zip(words, words[1:]):
            if self.stem(word.group().casefold()) == source.verb:
                return bool(noun_roots(before.group()))
        return False

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

    @staticmethod
    def _locate(doc, title: str) -> Span | None:
        """Where a metadata title also appears in the file (front matter, <title>), if it does."""
        at = doc.text.find(title.strip())
        return Span(at, at + len(title.strip())) if at >= 0 else None
