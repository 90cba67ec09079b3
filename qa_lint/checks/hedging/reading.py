"""Reading one sentence: its content stems, its hedge or other cue, the claim a hedge governs
(its clause, its hedged verb, what it governs), who it is attributed to, and whether it is
negated, exempt, dated background or a premise."""

from __future__ import annotations

from ...span import Span
from .claims import Claim, Speaker
from .memo import per_span, per_text
from .options import HedgeOptions
from .words import (
    CAUSAL_REACH,
    CLAUSE,
    COMPLEMENT_REACH,
    DATELINE_DASH,
    FRAMING_REACH,
    OFFICE_REACH,
    RELATIVE_BEFORE,
    THAT,
    THAT_REACH,
    WORD,
    Names,
    SimpleMatch,
    _past_appositives,
    _title_case,
)


class ClaimReader(HedgeOptions):
    def content(self, text: str, names: "Names") -> dict[str, bool]:
        """Stems of the content words of a text, each marked True if it is a name."""
        return dict(self._content(text, names))  # a copy: callers add to it (questions.py)

    @per_text
    def _content(self, text: str, names: "Names") -> dict[str, bool]:
        matches = list(WORD.finditer(text))
        found = [m.group() for m in matches]
        # In a Title Case Headline every word is capitalised: ask the body instead.
        title_case = _title_case(found)
        words: dict[str, bool] = {}
        # A phrase naming one thing ("hubungan arus pendek", "PHK") is its group's key, an ordinary word.
        phrases = self.phrase_keys.of(text) if self.phrase_keys is not None else {}
        for i, word in enumerate(found):
            if (group := phrases.get(matches[i].start())) is not None:
                words.setdefault(group, False)
                continue
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
        framing, framed = WORD.findall(text, clause_start, lo), len(WORD.findall(text, hi, clause_end))
        if not headline and text[clause_end:clause_end + 1] == "," and framed <= FRAMING_REACH and (
                (framed and not framing) or self._by_source(framing)):
            # "Dugaan awal kami, jembatan itu kelebihan beban": an opening cue phrase framed off by
            # a comma hedges the clause after it (a bare "Kabarnya," or "Bisa jadi," is left inert);
            # so does one that names the hedge as the source: "Menurut dakwaan, selisih harga itu ...".
            hi, clause_end = clause_end + 1, _past_appositives(text, clause_end + 1)
        claim.scope = self.content(text[clause_start:clause_end], names) if not headline else dict(claim.words)
        # A hedge hands its claim to a light verb's complement ("diduga berasal dari korsleting"),
        # but an estimate's complement is its measure ("diperkirakan berasal dari abad ke-8").
        # An accusation ("menyebut X menggelapkan ..."; accusations_file) is a suspicion too.
        claim.suspicion = self._whole_cue(self.suspicions, cue) or cue.group().casefold() in self.accusation_verbs
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

    def _by_source(self, framing: list[str]) -> bool:
        """Whether the words before a cue in its clause are one attribution word ("Menurut")."""
        return len(framing) == 1 and self.attribution is not None and self._whole_cue(self.attribution, SimpleMatch(framing[0]))

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
        found = list(WORD.finditer(text, start, end))
        words = [m.group().casefold() for m in found]
        light = next((i for i, w in enumerate(words) if w in self.light), None)
        head: list[str] = []
        for m, word in zip(found[(light or 0) + 1:], words[(light or 0) + 1:]):
            if word == "yang" or len(head) == COMPLEMENT_REACH:
                break
            if word not in self.stopwords:
                head.append(self.key(m))
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
        phrases = self.phrase_keys.of(text) if self.phrase_keys is not None else {}
        for m in WORD.finditer(text, start, end):
            word = m.group()
            key = word.casefold()
            if (group := phrases.get(m.start())) is not None:
                # A phrase naming a thing ("hubungan arus pendek", "PHK"): a noun, what a light verb relates to.
                if light:
                    return group
                first = first or group
                continue
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
            if light or (key not in self.nouns and not self._agent_noun(key)):
                return stem
            first = first or stem
            state = state or (stem if self.states.is_noun(key) else "")
        return first

    def _agent_noun(self, word: str) -> bool:
        """A pe- noun of a verb (who or what does it: "pelarut", "pemain", "petugas"), never the
        hedged verb: "menduga cairan pelarut ... sempat merembes" suspects the seeping. Verbs take
        me-/di-/ber-/ter-, so a pe- form the stemmer reduces is a noun (but per-: "perketat")."""
        return word.startswith("pe") and not word.startswith("per") and not word.endswith(("an", "kan")) \
            and len(word) >= 6 and self.stem(word) != word

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

    @per_span
    def assertion(self, doc, sentence: Span):
        """The certainty cue that states this sentence as the writer's fact, if any."""
        for m in self.certain.finditer(doc.plain, sentence.start, sentence.end):
            if doc.in_quotation(m.start(), m.end()):
                continue
            if self.negated(doc, sentence, m.start(), m.end()):
                continue
            return m
        return None

    @per_span
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
        return Speaker(names, pronoun, self._offices(doc, words, cue))

    def hedger(self, doc, sentence: Span, cue) -> Speaker | None:
        """Who holds a suspicion the sentence reports with an active verb and no verb of saying:
        the subject before the cue ("Jaksa menduga ...", "Polisi Resor Bogor menuding ..."), by
        its names and its office. None when the cue is no such verb or nothing stands before it."""
        key = cue.group().casefold()
        if not (key.startswith("me") and self._whole_cue(self.suspicions, cue)):
            return None
        words = list(WORD.finditer(doc.plain, sentence.start, sentence.end))
        before = [w for w in words if w.end() <= cue.start()][-OFFICE_REACH:]
        start = max((m.end() for m in CLAUSE.finditer(doc.plain, sentence.start, cue.start())), default=sentence.start)
        subject = [w for w in before if w.start() >= start and w.group().casefold() not in self.stopwords]
        names = frozenset(w.group().casefold() for w in subject if w.group()[0].isupper())
        offices = frozenset(w.group().casefold() for w in subject if self._office(w.group()))
        return Speaker(names, False, offices) if names or offices else None

    def _offices(self, doc, words, cue) -> frozenset[str]:
        """The offices that speak (nouns that name who holds a post or a body): after
        "kata", "ujar", "menurut" ("kata polisi", "menurut jaksa"), before a verb of saying
        ("jaksa mengatakan"), within OFFICE_REACH words and the cue's clause."""
        return frozenset(w.group().casefold() for w in self.speaker_side(doc, words, cue) if self._office(w.group()))

    def speaker_side(self, doc, words, cue) -> list:
        """The words where the one who speaks stands: after "kata", "ujar", "menurut", before a
        verb of saying ("jaksa mengatakan"), at most OFFICE_REACH of them, within the cue's clause."""
        key = cue.group().casefold().split()[0]
        first = next((i for i, w in enumerate(words) if w.end() > cue.start()), len(words))
        if first == len(words):
            return []
        if not key.startswith("me") or key == "menurut":
            side = words[first + 1: first + 1 + OFFICE_REACH]
            return side[: next((i for i, w in enumerate(side) if CLAUSE.search(doc.plain, words[first].end(), w.start())), len(side))]
        side = words[max(0, first - OFFICE_REACH): first]
        return side[next((i + 1 for i in reversed(range(len(side))) if CLAUSE.search(doc.plain, side[i].end(), cue.start())), 0):]

    def _office(self, word: str) -> bool:
        """A noun naming who speaks ("polisi", "Jaksa"): a noun of the word lists that is no stopword."""
        key = word.casefold()
        return key not in self.stopwords and (key in self.nouns or key in self.person_nouns)

    @per_span
    def _attribution_cue(self, doc, sentence: Span):
        """The first attribution cue of the sentence outside quotations, if any."""
        if self.attribution is None:
            return None
        # "daerah yang melaporkan penyakit itu": a relative clause's verb of saying attributes nothing.
        return next((m for m in self.attribution.finditer(doc.plain, sentence.start, sentence.end)
                     if not doc.in_quotation(m.start(), m.end())
                     and not RELATIVE_BEFORE.search(doc.plain, max(sentence.start, m.start() - 5), m.start())), None)

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

    @per_span
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
        # "belum dapat memastikan apakah ...": a hedge cue that opens an open question is the question.
        _, cue, kind = min(found, key=lambda f: (f[0], f[2] != "question"))
        return cue, kind

    @per_span
    def _plan(self, doc, sentence: Span, number: int):
        """The plan cue of a lead sentence (or any, with later hedges on), if it has one."""
        if self.plans is None or self.done is None:
            return None
        if self.lead_sentences and number >= self.lead_sentences and self.later_unless is None:
            return None
        cue = next(iter(self.plans.finditer(doc.plain, sentence.start, sentence.end)), None)
        # "tidak berencana mengimpor beras": no plan, so a later import is not one carried out.
        return None if cue is not None and self._negated_cue(doc, sentence, cue) else cue

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

    @per_span
    def _exempt(self, doc, sentence: Span, background: bool = True) -> bool:
        """Conditionals, disputed claims, questions and decided events or counts never escalate;
        nor does background anchored in the past (unless ``background`` is False)."""
        return any(terms is not None and terms.search(doc.plain, sentence.start, sentence.end)
                   for terms in (self.exempt, self.decided)) or (background and self._background(doc, sentence) is not None)

    @per_span
    def _background(self, doc, sentence: Span):
        """A past anchor that dates the sentence's claim, not one inside a premise after it."""
        if self.background is None:
            return None
        premise = self._premise_cue(doc, sentence)
        end = premise[1].start() if premise is not None and premise[0] == "premise" and \
            doc.plain[sentence.start:premise[1].start()].strip() else sentence.end
        return self.background.search(doc.plain, sentence.start, end)

    @per_span
    def _done(self, doc, sentence: Span):
        """A cue that reports something as done, outside quotations and not negated."""
        if self.done is None:
            return None
        for m in self.done.finditer(doc.plain, sentence.start, sentence.end):
            if not doc.in_quotation(m.start(), m.end()) and not self.negated(doc, sentence, m.start(), m.end()):
                return m
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

    @per_span
    def _premise_cue(self, doc, sentence: Span):
        """("premise" | "consequence", the cue) for the first such cue outside quotations."""
        for kind, terms in (("premise", self.premises), ("consequence", self.consequences)):
            if terms is None:
                continue
            for m in terms.finditer(doc.plain, sentence.start, sentence.end):
                if not doc.in_quotation(m.start(), m.end()):
                    return kind, m
        return None
