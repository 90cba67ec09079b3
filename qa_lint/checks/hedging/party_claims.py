"""A party's claim (or a suspicion, an accusation) restated in the article's own voice, nearly word for word.

"CV Berkah Rasa mengklaim seluruh makanan dimasak pada pagi hari yang sama dan disimpan sesuai
standar" ... "Makanan tersebut dimasak pada pagi hari yang sama dan disimpan sesuai standar
keamanan pangan.": the writer repeats what the interested party said as if it were established.

A party's claim is otherwise escalated only when taken as given (a premise, a presupposed
phrase): a story goes on about a claimed product or plan in lines that share a word or two with
the claim ("Baterai itu akan dijual mulai Januari"). So a plain restatement counts only when it
carries most of what the claim says: at least RESTATED_MIN ordinary words of what the claim
governs, and at least half of them; the same of them negated ("tidak menyentuh kawasan lindung"
and "tidak pernah menyentuh kawasan lindung"; "menyentuh kawasan lindung" would contradict the
claim, which is reporting, not escalation); nothing hedged, planned, to come ("akan dibahas lagi": future_cues)
or said to be still open in the sentence.
"""

from __future__ import annotations

from ...span import Span
from .claims import Claim
from .plan_figures import PlanFigures
from .words import WORD

# Ordinary words of what a party's claim governs that a plain restatement must repeat.
RESTATED_MIN = 4
# ... and of what a suspicion governs, which names its setting too (the assets, their value in
# won): "memerintahkan penyitaan aset senilai 95 miliar won milik Park" after "diduga menyelewengkan
# aset kripto senilai sekitar 180 miliar won milik nasabah" shares four and states no embezzlement.
SUSPICION_MIN = 5
# Words after a negation in which the first claimed word is the one it negates.
NEGATION_REACH = 3


class PartyClaims(PlanFigures):
    def suspicion_restated(self, doc, sentence: Span, hedged: Claim):
        """A suspicion or an accusation ("Menurut dakwaan, selisih harga itu mengalir ke dua
        perusahaan ... milik kerabat terdakwa") repeated nearly word for word, on nobody's word,
        in other verbs ("selisihnya dinikmati dua perusahaan milik kerabatnya"): no date settles
        what is suspected to have happened, so the plain repetition states it as fact."""
        if not hedged.suspicion or self.speaker(doc, sentence) is not None:
            return None
        return self.claim_restated(doc, sentence, hedged, SUSPICION_MIN)

    def party_claim_restated(self, doc, sentence: Span, hedged: Claim):
        """A party's claim repeated nearly word for word, naming nobody the claim does not name:
        "produsen smartphone seperti Vivo juga mengembangkan teknologi pengisian daya cepat" after
        "Xiaomi mengklaim teknologinya ini bisa mengisi daya baterai smartphone ..." is another
        maker's product, not Xiaomi's claim taken as fact."""
        words = list(WORD.finditer(doc.plain, sentence.start, sentence.end))
        if any(w.group()[0].isupper() and w.group().casefold() not in hedged.words for w in words[1:]):
            return None
        return self.claim_restated(doc, sentence, hedged)

    def claim_restated(self, doc, sentence: Span, hedged: Claim, least: int = RESTATED_MIN):
        """The first word of an unattributed sentence that repeats a party's claim as fact, or None."""
        # What the claim says: the ordinary (lower-case) words after its cue, read there, not by the
        # sentence's names ("stok di gudang distributor" after "Asosiasi Distributor Gula"); a
        # number word ("miliar") counts, it says nothing of what is claimed.
        at = hedged.text.find(hedged.cue)
        claimed = {self.key(w) for w in WORD.finditer(hedged.text, at + len(hedged.cue) if at >= 0 else 0)
                   if w.group().islower() and w.group() not in self.stopwords and w.group() not in self.scale_words}
        if len(claimed) < least:
            return None
        span = (sentence.start, sentence.end)
        if any(terms is not None and terms.search(doc.plain, *span)
               for terms in (self.plans, self.future, self.open_points, self.unfinished)):
            return None
        words = [w for w in WORD.finditer(doc.plain, *span) if not doc.in_quotation(w.start(), w.end())]
        shared = {self.key(w) for w in words if w.group().islower() or w is words[0]} & claimed
        if len(shared) < least or 2 * len(shared) < len(claimed):
            return None
        text = doc.plain[sentence.start:sentence.end]
        if self._negated_heads(hedged.text, claimed) & shared != self._negated_heads(text, claimed) & shared:
            return None
        return next((w for w in words if self.key(w) in shared), None)

    def _negated_heads(self, text: str, claimed: set[str]) -> set[str]:
        """The claimed words a negation governs: the first within NEGATION_REACH words after it
        ("tidak menyentuh kawasan lindung" and "tidak pernah menyentuh ...": sentuh, both times)."""
        words = list(WORD.finditer(text))
        heads = set()
        for i, w in enumerate(words):
            if self._negation(w.group().casefold()):
                head = next((self.key(v) for v in words[i + 1: i + 1 + NEGATION_REACH] if self.key(v) in claimed), None)
                if head is not None:
                    heads.add(head)
        return heads
