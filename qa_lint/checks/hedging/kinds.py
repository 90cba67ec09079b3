"""Which restatement escalates which kind of hedged claim: a plain hedge, an open question, a
party's claim, a plan (only its report as done) and a rumoured deal (taken as done)."""

from __future__ import annotations

from bisect import bisect_right

from ...span import Span
from .claims import MAX_CLAIMS_COMPARED, Claim, ClaimIndex
from .party_claims import PartyClaims
from .words import (
    CLAUSE_COMMA,
    OPENING_REACH,
    PHRASE_BREAK,
    SUBJECT_REACH,
    WORD,
    _near,
)


class KindChecks(PartyClaims):
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
                # Presupposed in a phrase, the claim is let pass as settled whoever speaks.
                if phrase := self.presupposed_in_speech(doc, sentence, source):
                    return phrase, source
                continue
            if source.question or source.given_only or source.plan:
                if (found := self._narrow(doc, sentence, source, stated, speaker is None, premise, done)) is not None:
                    return found, source
                continue
            if certain is not None and self.same_thing(source, stated):
                return certain, source
            if premise is not None and (verb := self.premise(doc, sentence, premise, source, stated)):
                return verb, source
            if bare and (not dated or source.suspicion) and (verb := self.restated_verb(doc, sentence, source, stated)
                                                             or self.suspicion_restated(doc, sentence, source)):
                return verb, source
            if (phrase := self.presupposed(doc, sentence, source) if speaker is None
                    else self.presupposed_in_speech(doc, sentence, source)):
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
            if not unattributed:
                return None
            # ... or repeated nearly word for word in the writer's voice (party_claims.py).
            return self.presupposed(doc, sentence, source) or self.party_claim_restated(doc, sentence, source)
        # A plan is escalated only by its report as done ("telah rampung"), not by "akan", or by
        # a premise that takes it as done ("Setelah memindahkan markas ke Stadion Sultan Agung, ...").
        if premise is not None and premise[0] == "premise" and unattributed and (
                verb := self._plan_premise(doc, sentence, premise[1], source)):
            return verb
        if done is not None and unattributed and self.same_thing(source, stated):
            return done
        if done is not None and unattributed and (figure := self.plan_figure_done(doc, sentence, source)):
            return figure  # "350 karyawan ... telah diberhentikan" after "berencana mengurangi sekitar 350 posisi"
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
            if not earlier or self._exempt(doc, sentence, background=False) or self.speaker(doc, sentence) is not None:
                continue
            cue = self._settled_in_opening(doc, sentence)
            # A hedge after the settled opening hedges what it leads to, not the deal: "Masuknya
            # dana itu ... juga membuka peluang RajaAir mendatangkan dua pesawat baru".
            if cue is None or self.hedges.search(doc.plain, sentence.start, cue.end()):
                continue
            named = {m.group().casefold() for m in WORD.finditer(doc.plain, sentence.start, sentence.end)
                     if m.group()[0].isupper() and not doc.in_quotation(m.start(), m.end())}
            source = next((c for c in reversed(earlier) if named & self._rumoured_names(c)), None)
            if source is not None and source.span is not None:
                related = [(source.span.start, source.span.end, self.note(doc, source.cue))]
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
