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
