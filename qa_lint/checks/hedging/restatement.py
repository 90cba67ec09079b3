"""Matching a later sentence against a hedged claim: the same thing stated, the hedged verb
restated plainly, the claim taken as given in a premise or presupposed in a noun phrase, an
open question answered."""

from __future__ import annotations

import math

from rapidfuzz import fuzz

from ...span import Span
from .act_nouns import ActNouns
from .claims import Claim, Speaker
from .memo import per_span, per_text, per_word
from .words import (
    ALTERNATIVE,
    CLAUSE_COMMA,
    PHRASE_BREAK,
    RELATIVE_OPENING,
    WORD,
    _near,
)

# What a hedge is about: the first ordinary words it governs ("kemungkinan adanya rembesan").
HEDGE_HEAD = 2
# The words that ask why ("Mengapa lonjakan kali ini lebih tajam masih menjadi tanda tanya"): a
# cause answers such a question, whatever else the question's comparison says.
ASKING_WHY = frozenset({"mengapa", "kenapa"})
# Of a why-question's other ordinary words, the part a cause's subject must restate (a third): the
# comparison and the time around the thing explained ("jauh lebih tajam dibanding tahun-tahun sebelumnya")
# are seldom said again.
WHY_SHARE = 3
# Words of a role given to a name ("selaku pengelola lantai tiga"): a role is short, what follows
# is what the sentence says of the name.
ROLE_REACH = 4


class Restatements(ActNouns):
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
            if self.key(m) != verb or doc.in_quotation(m.start(), m.end()):
                continue
            if self.negated(doc, sentence, m.start(), m.end()) == negation_kept:
                return m
        return None

    def _phrase_keys(self, words, past_names: bool = False) -> list[str]:
        """Stems of words for telling what stands together, past "yang" and a negation: "rem
        (bus) yang tidak berfungsi" is one phrase; with ``past_names``, past a name inside it too:
        "saluran transmisi Gilimanuk–Celukan Bawang terganggu" (the name says which line)."""
        keys = []
        for i, w in enumerate(words):
            key = w.group().casefold()
            if key == "yang" or self._negation(key) or (past_names and i and w.group()[0].isupper()):
                continue
            keys.append(self.key(w))
        return keys

    @per_word
    def _negation(self, word: str) -> bool:
        """Whether a word is a negation cue (tidak, bukan, tanpa)."""
        m = self.negations.search(word) if self.negations is not None else None
        return m is not None and (m.start(), m.end()) == (0, len(word))

    def _negated_in(self, text: str, stem: str) -> bool:
        """Whether a word of this stem is negated in the text ("yang tidak berfungsi")."""
        return stem in self._negated_stems(text)

    @per_text
    def _negated_stems(self, text: str) -> frozenset[str]:
        """The stems of the words of a text with a negation in the two words before them: read
        once a text, not once for each stem asked about."""
        words = list(WORD.finditer(text))
        return frozenset(self.key(w) for i, w in enumerate(words)
                         if any(self._negation(v.group().casefold()) for v in words[max(0, i - 2): i]))

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
        # Negated as in the hedge ("diduga belum mendapat imunisasi" -> "belum mendapat imunisasi"),
        # or not at all; a negation only one of them has is a denial or a contradiction.
        verb = self._verb_at(doc, sentence, hedged.verb, negation_kept=self._negated_in(hedged.text, hedged.verb))
        if verb is not None and self.denied_act(doc, sentence, verb.start()):
            return None  # "Penjualan PT Sinar Jaya tidak terbukti": the act's noun denied (act_nouns.py)
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
            return self._alternative_answered(doc, sentence, hedged, shared) or \
                self._cause_answered(doc, sentence, hedged, asked)
        if len(shared) == 2:
            a, b = sorted(shared)
            keys = [self.key(m) for m in WORD.finditer(doc.plain, sentence.start, sentence.end)]
            if not (_near(keys, a, b) and _near([self.key(m) for m in WORD.finditer(hedged.text)], a, b)):
                return None
        return next((m for m in WORD.finditer(doc.plain, sentence.start, sentence.end)
                     if self.key(m) in shared and not doc.in_quotation(m.start(), m.end())), None)

    def _hedged_act(self, doc, m, lo: int, hedged: Claim) -> bool:
        """Whether a feared-premise word is the hedged verb itself with its subject before it
        ("karena vaksin itu mencegah"), not an act in response ("karena ingin mencegah")."""
        if self.key(m) != hedged.verb:
            return False
        before = [self.key(w) for w in WORD.finditer(doc.plain, lo, m.start())]
        return any(w in hedged.scope and w != hedged.verb and not hedged.words.get(w) for w in before)

    def _alternative_answered(self, doc, sentence: Span, hedged: Claim, shared: set[str]):
        """An either-or question ("apakah gangguan bermula dari pembangkit atau dari kabel laut")
        answered by picking one: two words of one alternative, next to each other in both, and a
        word of the other part (what the question is about)."""
        asked = ALTERNATIVE.split(hedged.text[hedged.text.casefold().find(" apakah ") + 1:], maxsplit=1)
        if len(asked) < 2 or len(shared) < 3:
            return None
        keys = [self.key(m) for m in WORD.finditer(doc.plain, sentence.start, sentence.end)]
        parts = [[self.key(m) for m in WORD.finditer(part)] for part in asked]
        for one, other in (parts, parts[::-1]):
            pair = [(a, b) for a, b in zip(one, one[1:]) if a in shared and b in shared and _near(keys, a, b, 0)]
            if pair and any(w in shared and w not in one for w in other):
                return next((m for m in WORD.finditer(doc.plain, sentence.start, sentence.end)
                             if self.key(m) == pair[0][0]
                             and not doc.in_quotation(m.start(), m.end())), None)
        return None

    def _cause_answered(self, doc, sentence: Span, hedged: Claim, asked: set[str]):
        """A why-question ("Mengapa lonjakan kali ini jauh lebih tajam ... masih menjadi tanda tanya")
        answered by a cause: before a premise cue (karena, akibat, dipicu), the thing explained
        restated in two ordinary words of the question, and a third of them at least ("Lonjakan
        tajam tahun ini terjadi karena ..."). The first such word outside quotations."""
        if self.premises is None or not any(w.casefold() in ASKING_WHY for w in WORD.findall(hedged.text)):
            return None
        cause = self.premises.search(doc.plain, sentence.start, sentence.end)
        if cause is None:
            return None
        asked = {w for w in asked if w not in ASKING_WHY}
        before = [m for m in WORD.finditer(doc.plain, sentence.start, cause.start())
                  if not doc.in_quotation(m.start(), m.end())]
        shared = {self.key(m) for m in before} & asked
        if len(shared) < max(2, math.ceil(len(asked) / WHY_SHARE)):
            return None
        return next(m for m in before if self.key(m) in shared)

    def premise(self, doc, sentence: Span, cue, hedged: Claim, stated: dict[str, bool]):
        """The hedged claim taken as given in a premise ("karena tanggul jebol", "after the
        levee failed"; before a consequence cue: "tanggul jebol sehingga ..."): its verb and
        another word of its clause, or two ordinary words of what it governs, one of them not
        a noun ("diduga dipicu jebolnya tanggul" -> "karena tanggul jebol"), within reach of
        the cue on the premise's side."""
        kind, m = cue
        # Read from the cue's end: a cue written onto its word ("Pascakorsleting") leaves the word.
        words = list(WORD.finditer(doc.plain, m.end(), sentence.end)) if kind == "premise" else \
            [w for w in WORD.finditer(doc.plain, sentence.start, sentence.end) if w.end() <= m.start()]
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
        stems = {self.key(w): w for w in region}
        # Another ordinary word of its clause: a name repeated ("diterima Ketua DPRD") is not the claim.
        # Negated as in the hedge, or not at all: "rem yang berfungsi baik" contradicts "rem yang tidak berfungsi".
        # A word used in lower case in the premise is ordinary there, even when a name repeats it
        # ("pompa di Rumah Pompa Sringin mati").
        lower = {self.key(w) for w in region if not w.group()[0].isupper()}
        if hedged.verb and hedged.verb in stems and any(
                w in stems and w != hedged.verb and (not stated.get(w) or w in lower)
                and self._negated_in(hedged.text, w) == self._negated_in(doc.plain[lo:hi], w) for w in hedged.scope) and (
                found := self._verb_at(doc, sentence, hedged.verb, lo, hi,
                                       negation_kept=self._negated_in(hedged.text, hedged.verb))):
            return found
        if hedged.complement and (found := self._complement_taken(doc, sentence, region, hedged)):
            return found  # "Akibat ayam suwir yang basi itu" after "diduga berasal dari lauk ayam suwir"
        if hedged.predicate and hedged.verb not in stems:
            return None  # "seusai menyantap makan siang" after "diduga keracunan menu makan siang"
        governed = [stem for stem in stems if stem in hedged.governed and not hedged.words.get(stem)]
        keys = [self.key(w) for w in region]
        near = self._phrase_keys(region, past_names=True)
        hedge_keys, hedge_near, hedge_forms = self._hedge_reading(hedged.text)
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

    @per_text
    def _hedge_reading(self, text: str) -> tuple[list[str], list[str], dict[str, str]]:
        """(the keys of its words, its phrase keys past names, key -> word form) of a hedged
        claim's text, for premise(): read once, not again for each later premise compared with it."""
        words = list(WORD.finditer(text))
        return ([self.key(w) for w in words], self._phrase_keys(words, past_names=True),
                {self.key(w): w.group().casefold() for w in words})

    def _complement_taken(self, doc, sentence: Span, region, hedged: Claim):
        """Two words of a light verb's complement, next to each other in the premise as in the hedge:
        the suspected thing itself taken as given."""
        keys = [self.key(w) for w in region]
        if hedged.complement and self._grouped(hedged.complement[0]):
            # The suspected thing named by a phrase group ("hubungan arus pendek", "korsleting", a
            # defined "(KPG)"): one mention, in any of its names, is as specific as two words.
            at = keys.index(hedged.complement[0]) if hedged.complement[0] in keys else -1
            if at >= 0 and not doc.in_quotation(region[at].start(), region[at].end()):
                return region[at]
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
        found = next(self._presupposing_phrases(doc, sentence, hedged), None)
        if found is not None:
            return found[0]
        # The act's noun as the sentence's subject: "Penutupan pasar induk menuai protes" (act_nouns.py).
        return self.act_as_subject(doc, sentence, hedged)

    def _presupposing_phrases(self, doc, sentence: Span, hedged: Claim, speech: bool = False):
        """(its first word of the claim, start, end) of each phrase that presupposes the hedged
        claim (presupposed). In ``speech`` (an attributed sentence), a light verb's complement
        ("berasal dari KPG") restates the claim rather than names it as known."""
        for lo, hi, framed in self._phrases(doc, sentence, hedged):
            if speech and (self._light_complement(doc, sentence, lo) or self._pointing_kept(doc, sentence, lo, hi, hedged)):
                continue
            words = self._unquoted_words(doc, Span(lo, hi))
            if not framed and not self._predicative(words, hedged) and not self._headed_by_claim(words, hedged):
                continue
            if not framed and self.denied_act(doc, sentence, lo):
                continue  # "Penjualan PT Sinar Jaya tidak terbukti": the act denied (act_nouns.py)
            stems = {self.key(w): w for w in words}
            act = next((w for w in words if self._act_of_claim(w.group().casefold(), hedged)), None)
            if act is not None:
                stems.setdefault(hedged.verb, act)  # "pengalihan" names "memindahkan"
            if hedged.predicate and hedged.verb not in stems:
                continue  # "pembagian makan siang itu" after "diduga keracunan menu makan siang": no poisoning
            governed = [s for s in stems if s in hedged.governed and not hedged.words.get(s)]
            scope = [s for s in stems if s in hedged.scope and s != hedged.verb]
            if len(governed) == 2 and not framed and not self._predicate_hedged(words, hedged):
                # Two participants of the hedge, with something else said of them, are not the
                # claim: "minyak mentah yang dialirkan melalui pipa tersebut" after "menduga minyak
                # tersebut berasal dari kebocoran pipa". Three words of it are.
                continue
            if hedged.predicate and hedged.verb in stems and self._grouped(hedged.verb) and \
                    not self._contradicted(doc, sentence, stems[hedged.verb], [hedged.verb], hedged):
                yield stems[hedged.verb], lo, hi  # the suspected thing by a phrase group: "Korsleting itu", "KPG ..."
                continue
            if len(governed) >= 2 or (hedged.verb in stems and governed and len(set(governed) | set(scope)) >= 2):
                first = min((stems[s] for s in governed), key=lambda w: w.start())
                if not self._contradicted(doc, sentence, first, governed, hedged):
                    yield first, lo, hi

    @per_span
    def _unquoted_words(self, doc, span: Span) -> list:
        """The words of a phrase outside quotations, found once a phrase: the phrases of a sentence
        are the same for each claim it is compared with."""
        return [w for w in WORD.finditer(doc.plain, span.start, span.end) if not doc.in_quotation(w.start(), w.end())]

    def _pointing_kept(self, doc, sentence: Span, lo: int, hi: int, hedged: Claim) -> bool:
        """Whether a phrase is closed by a demonstrative the hedge has after the same word ("dana
        tersebut" in "menduga ada pihak lain yang menikmati dana tersebut"): the hedge pointed there
        already, so in a speaker's clause the phrase names nothing as newly known."""
        closing = self._closing_demonstrative(doc, sentence, lo, hi)
        if closing is None:
            return False
        pairs = [w.group().casefold() for w in WORD.finditer(hedged.text)]
        return any((a, b) == closing for a, b in zip(pairs, pairs[1:]))

    @per_span
    def _closing_demonstrative(self, doc, sentence: Span, lo: int, hi: int) -> tuple[str, str] | None:
        """(the phrase's last word, the demonstrative right after it), in lower case, or None when
        no demonstrative follows: once a phrase, not again for each claim compared."""
        before = [w.group().casefold() for w in WORD.finditer(doc.plain, lo, hi)][-1:]
        after = next(iter(WORD.finditer(doc.plain, hi, sentence.end)), None)
        if not before or after is None or after.group().casefold() not in self.demonstratives:
            return None
        return before[0], after.group().casefold()

    @per_span
    def _light_complement(self, doc, sentence: Span, lo: int) -> bool:
        """Whether a phrase follows a light verb and its preposition ("berasal dari KPG")."""
        before = [w.group().casefold() for w in WORD.finditer(doc.plain, sentence.start, lo)][-2:]
        return any(w in self.light for w in before)

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
        words, frames, marks = self._phrase_marks(doc, sentence)
        if words and words[0].group().casefold() in self.frames:
            comma = doc.plain.find(",", words[0].end(), sentence.end)
            if comma > 0 and len([w for w in words if w.end() <= comma]) <= self.phrase_reach:
                yield words[0].end(), comma, True
        # A role given to a name the hedge has, anywhere in the sentence: "Tarif yang dipatok PT
        # Graha Pakuan Mandiri selaku pengelola lantai tiga" after "beredar kabar bahwa pengelolaan
        # lantai tiga akan diserahkan kepada PT Graha Pakuan Mandiri".
        for i in frames:
            w, before = words[i], words[i - 1].group()
            if before[0].isupper() and hedged.words.get(before.casefold()):
                role = words[i + 1: i + 1 + ROLE_REACH]
                if role:
                    end = next((m.start() for m in PHRASE_BREAK.finditer(doc.plain, role[0].start(), role[-1].end())),
                               role[-1].end())
                    yield w.end(), end, True
        # Only a party's claim: after a plain hedge ("mungkin"), a subject's relative clause is
        # how the text goes on about the same things ("Bagi Anda yang memiliki kulit berminyak").
        if hedged.given_only and (opening := self._opening_relative(doc, words)) is not None:
            yield words[0].start(), opening, False
        # A suspicion about someone named, presupposed in a relative clause in apposition to the
        # name: "Yudi Hartanto, yang menerima aliran dana itu, ..." after "menduga dana mengalir ke
        # rekening Yudi Hartanto".
        if hedged.suspicion and (apposition := self._named_relative(doc, words, hedged)) is not None:
            yield *apposition, True
        # Only a demonstrative or a nominal can close or head a phrase, but for a suspected thing
        # named by a phrase group, which any word may be.
        grouped = hedged.verb and hedged.predicate and self._grouped(hedged.verb)
        for i in range(len(words)) if grouped else marks:
            w = words[i]
            key = w.group().casefold()
            # "Telur balado yang dimasak ... itulah yang membuat ...": the particle -lah closes it too.
            if (key in self.demonstratives or key.removesuffix("lah") in self.demonstratives) and i:
                before = words[max(0, i - self.phrase_reach): i]
                # The phrase starts after the last clause mark, stop or coordinator before the
                # demonstrative: "apa yang dilakukan orang tersebut" is about "orang" only.
                start = max((m.end() for m in PHRASE_BREAK.finditer(doc.plain, before[0].start(), w.start())),
                            default=before[0].start())
                yield start, w.start(), False
            elif hedged.verb and ((self._nominal(key) and (self.stem(key) == hedged.verb or self._act_of_claim(key, hedged)))
                                  or (hedged.predicate and self._grouped(hedged.verb) and self.key(w) == hedged.verb)):
                after = words[i: i + 5]
                yield w.start(), after[-1].end(), False

    @per_span
    def _phrase_marks(self, doc, sentence: Span):
        """(the words, where a frame word follows another word, where a demonstrative or a verb
        made a noun stands) of a sentence: what _phrases looks at, found once a sentence and not
        again for each claim it is compared with."""
        words = list(WORD.finditer(doc.plain, sentence.start, sentence.end))
        keys = [w.group().casefold() for w in words]
        frames = [i for i, k in enumerate(keys) if i and k in self.frames]
        marks = [i for i, k in enumerate(keys) if (k in self.demonstratives or k.removesuffix("lah") in self.demonstratives)
                 or self._nominal(k)]
        return words, frames, marks

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

    def _predicative(self, words, hedged: Claim) -> bool:
        """Whether a phrase states something of what it names: an event made a noun ("kebocoran",
        "penundaan", "absennya") or a relative clause with a verb ("yang terseret arus"); "distribusi
        makan siang dari dapur tersebut" only points at the kitchen."""
        keys = [w.group().casefold() for w in words]
        if any(self._event_noun(k, hedged) for k in keys) or self._named_in_other_words(words, hedged):
            return True
        return any(k == "yang" and any(v not in self.nouns and v not in self.stopwords for v in keys[i + 1: i + 4])
                   for i, k in enumerate(keys))

    def _grouped(self, key: str) -> bool:
        """Whether a key names a phrase group ("korsleting" for "hubungan arus pendek", a defined short form)."""
        return self.phrase_keys is not None and key in self.phrase_keys.groups

    def _named_in_other_words(self, words, hedged: Claim) -> bool:
        """Whether the phrase names the hedged thing by a phrase group ("Gelombang PHK ... itu" after
        "berpotensi melakukan pemutusan hubungan kerja"): the thing itself, as an event noun is."""
        phrases = self.phrase_keys.of(words[0].string) if self.phrase_keys is not None and words else {}
        return bool(hedged.verb) and any(phrases.get(w.start()) == hedged.verb for w in words)

    def _headed_by_claim(self, words, hedged: Claim) -> bool:
        """Whether the phrase opens with the suspected thing itself ("Korsleting di kios pakaian
        itu" after "diduga berasal dari korsleting listrik di salah satu kios pakaian")."""
        head = next((w for w in words if w.group().casefold() not in self.stopwords), None)
        return head is not None and bool(hedged.verb) and (
            self.key(head) == hedged.verb or self._act_of_claim(head.group().casefold(), hedged))

    def _act_of_claim(self, word: str, hedged: Claim) -> bool:
        """Whether a word is the noun of an act that names the hedged verb's act in other words:
        "pengalihan" after "menuding ... memindahkan" (act_nouns_file). Only for an alleged or
        suspected act, whose doer a later line may describe in its own words; after a mere
        possibility ("lebih mungkin mengembangkan faktor risiko") a neighbour noun ("peningkatan
        risiko") is how the text goes on. Not a noun whose own root the hedge has: "saat tingkat
        polusi naik" makes "peningkatan" another thing."""
        if not (hedged.suspicion and word.startswith("pe") and word.endswith("an")):
            return False
        root = self.stem(word)
        return root in self.act_nouns.get(hedged.verb, ()) and root not in hedged.scope

    def _predicate_hedged(self, words, hedged: Claim) -> bool:
        """Whether what the phrase says of what it names (its event noun, or the verb of its
        "yang" clause) is part of the hedged claim."""
        keys = [w.group().casefold() for w in words]
        predicates = [k for k in keys if self._event_noun(k, hedged)]
        for i, k in enumerate(keys):
            if k == "yang":
                predicates += [v for v in keys[i + 1: i + 4] if v not in self.nouns and v not in self.stopwords][:1]
        return any(self.stem(k) == hedged.verb or self.stem(k) in hedged.governed or self._act_of_claim(k, hedged)
                   for k in predicates)

    def _event_noun(self, word: str, hedged: Claim) -> bool:
        """A verb made a noun: pe-an, ke-an, -nya, and -an when it is the hedge's own verb made a
        noun ("menduga ... merembes" -> "rembesan pelarut itu") or what the hedge is about, among
        the first words it governs ("kemungkinan adanya rembesan" -> "rembesan tanggul tersebut").
        An -an noun further on in the hedge is a thing it mentions ("mungkin ragu untuk mulai
        merawat tanaman hias" -> "Tanaman hias ini"). Only inside a phrase closed by a
        demonstrative: alone, "Serangan ..." opens many a story about another attack."""
        if self._nominal(word):
            return True
        if not (word.endswith("an") and len(word) >= 6 and self.stem(word) == word[:-2]):
            return False
        stem = self.stem(word)
        words = [w.group().casefold() for w in WORD.finditer(hedged.text)]
        if any(self.stem(f) == stem and not f.endswith("an") for f in words):
            return True
        at = hedged.text.casefold().find(hedged.cue.casefold())
        after = [w.group().casefold() for w in WORD.finditer(hedged.text, at + len(hedged.cue))] if at >= 0 else []
        head = [w for w in after if w not in self.stopwords][:HEDGE_HEAD]
        return any(self.stem(w) == stem for w in head)

    @per_word
    def _nominal(self, word: str) -> bool:
        """The verb made a noun: "penundaan", "absennya" (pe-an, ke-an, a bare root with -nya;
        not the verb "ditanya")."""
        if self.morphology.is_noun(word):
            return True
        base = word[:-3]
        return word.endswith("nya") and len(base) >= 4 and (self.stem(word) == base or self.morphology.is_noun(base))

    def reported_by_the_hedger(self, doc, sentence: Span, hedged: Claim, speaker: Speaker) -> bool:
        """An attributed restatement escalates only when the one who hedged (a name, or an
        office: "jaksa menduga") now states it, in the lead or later, with no sign of news in
        between (a dated update, a confirmation, a point still open)."""
        if hedged.speaker is None or not speaker.same_as(hedged.speaker) or not self._claim_beyond_speaker(doc, sentence, hedged):
            return False
        return not self.settled_in_speech(doc, sentence, hedged)

    def _claim_beyond_speaker(self, doc, sentence: Span, hedged: Claim) -> bool:
        """Whether the sentence has a word of what the hedge governs outside who speaks (and the
        hedger's own words). "Tim pemenangan pasangan nomor urut 2 menyatakan akan mengajukan
        gugatan" shares only its speaker's words with "menuding ... untuk pasangan nomor urut 1"."""
        holder = (hedged.speaker.names | hedged.speaker.offices) if hedged.speaker is not None else frozenset()
        return any(self.key(w) in hedged.governed for word, w in self._words_beyond_speaker(doc, sentence) if word not in holder)

    @per_span
    def _words_beyond_speaker(self, doc, sentence: Span) -> list[tuple[str, object]]:
        """(the word in lower case, the word) of each word of the sentence outside who speaks:
        found once a sentence, not again for each hedged claim it is compared with (their keys
        are the run's: HedgeOptions.key keeps them)."""
        _cue, words, side = self._speaking(doc, sentence)
        return [(w.group().casefold(), w) for w in words if w.start() not in side]

    def settled_in_speech(self, doc, sentence: Span, hedged: Claim, phrase: tuple[int, int] | None = None) -> bool:
        """Whether an attributed sentence that restates a hedged claim is news or argument, not
        the claim let pass as settled: a dated update ("sejak pagi"), a confirmation ("memastikan",
        "hasil laboratorium"), a point still open ("masih", a hedge word in the phrase, the hedge's
        own cue), a denial, or an argument ("perlu", "berisiko"). "Sejak" before an event opens a
        premise, not a date ("Sejak kebocoran pipa gas itu, ..., kata Kapolsek Cileungsi")."""
        span = (sentence.start, sentence.end)
        if any(terms is not None and terms.search(doc.plain, *span)
               for terms in (self.confirmations, self.open_points, self.arguments, self.exempt)):
            return True
        if self.updates is not None and any(not self._premise_at(doc, sentence, m) for m in self.updates.finditer(doc.plain, *span)):
            return True
        if phrase is not None and any(terms is not None and terms.search(doc.plain, *phrase)
                                      for terms in (self.hedges, self.suspicions)):
            return True
        text = doc.plain[sentence.start:sentence.end].casefold()
        return bool(hedged.cue) and hedged.cue.casefold() in text

    def _premise_at(self, doc, sentence: Span, update) -> bool:
        """Whether an update cue opens a premise about an event, not a time: "Sejak kebocoran pipa
        itu, ..." (premise_cues tell "sejak" before an event from "sejak pagi", "sejak 2006")."""
        m = self.premises.search(doc.plain, update.start(), sentence.end) if self.premises is not None else None
        return m is not None and m.start() == update.start()

    def presupposed_in_speech(self, doc, sentence: Span, hedged: Claim):
        """The policy for attributed sentences (issue 11): a hedged claim presupposed in a phrase
        ("Kepindahan Dodi ke Thailand ..., kata manajer") is let pass as settled whoever speaks -
        the speaker says something else of it, not that it is so - unless the sentence is news
        or argument (settled_in_speech). A plain restatement by another speaker stays an update."""
        if hedged.plan or hedged.question or hedged.given_only:
            return None
        if self._denies_part(doc, sentence, hedged):
            return None
        for phrase, lo, hi in self._presupposing_phrases(doc, sentence, hedged, speech=True):
            if phrase.group()[0].isupper() and not phrase.group().isupper() and phrase.start() > sentence.start:
                continue  # a name or a title ("Kepala Bidang Pengendalian Pencemaran"), not a short form ("KPG")
            if self.negated(doc, sentence, phrase.start(), phrase.end()) or \
                    self.settled_in_speech(doc, sentence, hedged, self._phrase_around(doc, sentence, phrase)):
                return None
            if self._said_of_it(doc, sentence, hedged, lo, hi):
                return phrase
        return None

    def _denies_part(self, doc, sentence: Span, hedged: Claim) -> bool:
        """Whether the sentence states a word of the claim with the negation turned: "kenaikan
        tarif itu sesuai peraturan daerah" after "menaikkan tarif tanpa peraturan daerah"."""
        text = doc.plain[sentence.start:sentence.end]
        return any(self._negated_in(hedged.text, s) != self._negated_in(text, s)
                   for s in self._text_keys(text) if s in hedged.scope and not hedged.scope[s])

    @per_text
    def _text_keys(self, text: str) -> frozenset[str]:
        """How the words of a text are compared (their keys), read once a text."""
        return frozenset(self.key(w) for w in WORD.finditer(text))

    def _said_of_it(self, doc, sentence: Span, hedged: Claim, lo: int, hi: int) -> bool:
        """Whether an attributed sentence says something else of the phrase (lo..hi) that names
        the claim: an ordinary word outside it and outside who speaks that the hedge does not
        have and that does not relate a cause ("membuat 40 pedagang kehilangan lapak"). "Ada
        pihak lain yang menikmati dana tersebut, kata X" or "Korsleting itu memicu api, kata X"
        state the claim itself: the speaker's update."""
        cue, words, side = self._speaking(doc, sentence)
        speaking = (cue.start(), cue.end()) if cue is not None else (hi, hi)
        for w in words:
            key = w.group().casefold()
            if lo <= w.start() < hi or speaking[0] <= w.start() < speaking[1] or w.start() in side or \
                    doc.in_quotation(w.start(), w.end()):
                continue
            if w.group()[0].isupper() or key in self.stopwords or key in self.light:
                continue
            if any(terms is not None and self._whole(terms, doc, w) for terms in (self.consequences, self.premises)):
                continue
            if self.key(w) not in hedged.words:
                return True
        return False

    @per_span
    def _speaking(self, doc, sentence: Span):
        """(the attribution cue or None, the sentence's words, the starts of the words where the
        one who speaks stands): what _claim_beyond_speaker and _said_of_it leave out."""
        cue = self._attribution_cue(doc, sentence)
        words = list(WORD.finditer(doc.plain, sentence.start, sentence.end))
        side = {w.start() for w in self.speaker_side(doc, words, cue)} if cue is not None else set()
        return cue, words, side

    def _phrase_around(self, doc, sentence: Span, word) -> tuple[int, int]:
        """The stretch of a sentence between the clause breaks around a word: its phrase."""
        start = max((m.end() for m in PHRASE_BREAK.finditer(doc.plain, sentence.start, word.start())), default=sentence.start)
        end = next((m.start() for m in PHRASE_BREAK.finditer(doc.plain, word.end(), sentence.end)), sentence.end)
        return start, end
