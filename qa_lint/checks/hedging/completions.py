"""A plan ("pemindahan dijadwalkan pekan ketiga Maret", "berencana membangun jembatan") taken as
done by a noun phrase that names its completion: "Dengan rampungnya pemindahan 312 PKL itu",
"Setelah selesainya pembangunan jembatan, ...". The completion word with -nya
(``completion_cues``: rampungnya, selesainya, tuntasnya) presupposes the act done; the act is
the noun after it, made of the plan's verb (a pe-an noun: pemindahan <- pindah)."""

from __future__ import annotations

from functools import cached_property

from ...span import Span
from .claims import Claim
from .nominal import noun_roots
from .restatement import Restatements
from .words import WORD

# Words after the completion cue in which the act's noun must come ("rampungnya proses pemindahan").
ACT_REACH = 2
# Words after the completion cue that name the thing a plan makes ("rampungnya tanggul karung pasir").
THING_REACH = 4
# Words before a plan cue that can name the planned act as its subject ("pemberian bantuan tunai
# tahap kedua dijadwalkan ..."), back to the clause's start or a reporting verb.
SUBJECT_REACH = 6
# What ends the subject phrase before a plan cue, going back: a clause break or what reports it.
SUBJECT_OPENERS = frozenset({"mengatakan", "menyebut", "menyatakan", "menjelaskan", "bahwa", "dan", "sementara"})


class Completions(Restatements):
    @cached_property
    def completions(self):
        return self._terms(self.rule.options, "completion_cues")

    def completed_plans(self, doc, plans: list[Claim], reported: set[int]):
        """Findings for sentences, on nobody's word and not hedged, that name a plan's act as
        completed; one a sentence, none where the sentence was already reported."""
        if self.completions is None or not plans:
            return
        for sentence in doc.sentences:
            earlier = [p for p in plans if p.span is not None and p.span.end <= sentence.start]
            if not earlier or doc.position(sentence.start)[0] in reported or self.hedges.search(doc.plain, sentence.start, sentence.end) \
                    or self._exempt(doc, sentence, background=False) or self.speaker(doc, sentence) is not None:
                continue
            for cue in self.completions.finditer(doc.plain, sentence.start, sentence.end):
                if doc.in_quotation(cue.start(), cue.end()) or self.negated(doc, sentence, cue.start(), cue.end()):
                    continue
                source = self._completed(doc, sentence, cue, earlier)
                if source is not None:
                    assert source.span is not None
                    related = [(source.span.start, source.span.end, self.note(doc, source.cue))]
                    reported.add(doc.position(cue.start())[0])
                    yield self.finding(doc, cue.start(), cue.end(), related=related, hedge=source.cue,
                                       where="an earlier sentence", headline="")
                    break

    def done_subject_plans(self, doc, plans: list[Claim], reported: set[int]):
        """A plan whose act is the subject of its cue ("Pemberian medali serupa direncanakan mulai
        awal April", "pemindahan dijadwalkan berlangsung pekan ketiga Maret") reported done on
        nobody's word: a done cue (telah, sudah, rampung) with the act (its noun, or a verb of its
        root: "diberikan", "memberikan") and an ordinary word of what the act is done to."""
        acts = [(plan, act) for plan in plans if (act := self._subject_act(plan)) is not None]
        if not acts:
            return
        for sentence in doc.sentences:
            line = doc.position(sentence.start)[0]
            earlier = [(p, a) for p, a in acts if p.span is not None and p.span.end <= sentence.start]
            if not earlier or line in reported or (done := self._done(doc, sentence)) is None or \
                    any(terms is not None and terms.search(doc.plain, sentence.start, sentence.end)
                        for terms in (self.hedges, self.plans, self.unfinished, self.modal, self.questions)) or \
                    self._exempt(doc, sentence, background=False) or self.speaker(doc, sentence) is not None:
                continue
            words = [self.act_roots(m.group()) | {self.stem(m.group().casefold())}
                     for m in WORD.finditer(doc.plain, sentence.start, sentence.end)]
            said = set().union(*words) if words else set()
            for plan, (roots, objects) in reversed(earlier):
                if roots & said and objects & said:
                    assert plan.span is not None
                    related = [(plan.span.start, plan.span.end, self.note(doc, plan.cue))]
                    reported.add(line)
                    yield self.finding(doc, done.start(), done.end(), related=related, hedge=plan.cue,
                                       where="an earlier sentence", headline="")
                    break

    def _subject_act(self, plan: Claim):
        """(the act's roots, the stems of what it is done to) when a pe-an noun right before the
        plan cue's phrase names the planned act; None otherwise."""
        at = plan.text.find(plan.cue)
        if at <= 0:
            return None
        before = list(WORD.finditer(plan.text, 0, at))[-SUBJECT_REACH:]
        opener = max((i for i, w in enumerate(before) if w.group().casefold() in SUBJECT_OPENERS), default=-1)
        comma = plan.text.rfind(",", 0, at)
        phrase = [w for w in before[opener + 1:] if w.start() > comma]
        if not phrase or not noun_roots(phrase[0].group()):
            return None
        roots = self.act_roots(phrase[0].group())
        objects = {self.stem(w.group().casefold()) for w in phrase[1:]
                   if w.group().casefold() not in self.stopwords and not w.group()[0].isupper()}
        return (roots, objects - roots) if objects - roots else None

    def _completed(self, doc, sentence: Span, cue, plans: list[Claim]) -> Claim | None:
        """The latest plan whose act is the noun just after the completion cue."""
        after = list(WORD.finditer(doc.plain, cue.end(), sentence.end))[:ACT_REACH]
        for word in after:
            roots = self.act_roots(word.group())
            if not roots:
                continue
            for plan in reversed(plans):
                if roots & self.plan_roots(plan):
                    return plan
        # Or the thing the plan makes, named after the cue ("rampungnya tanggul karung pasir itu" after
        # "berencana memasang tanggul darurat dari karung pasir"): two ordinary words the plan
        # governs, the first right after the cue.
        phrase = [self.stem(w.group().casefold()) for w in WORD.finditer(doc.plain, cue.end(), sentence.end)][:THING_REACH]
        for plan in reversed(plans):
            made = [k for k in phrase if k in plan.governed and not plan.words.get(k) and k != plan.verb]
            if phrase and phrase[0] in made and len(set(made)) >= 2:
                return plan
        return None

    def act_roots(self, word: str) -> set[str]:
        """The roots a word names an act by: its stem, and a pe-an noun's verb roots."""
        key = word.casefold()
        return {self.stem(r) for r in noun_roots(key)} | noun_roots(key)

    def plan_roots(self, plan: Claim) -> set[str]:
        """The roots of the plan's acts: every ordinary stem of its sentence and the verb roots of its pe-an nouns."""
        roots = {w for w, name in plan.words.items() if not name}
        for m in WORD.finditer(plan.text):
            roots |= self.act_roots(m.group())
        return roots
