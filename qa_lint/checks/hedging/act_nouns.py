"""The hedged act restated by its noun as a later sentence's subject, and the act noun denied.

"Pesan berantai menyebut Pemkot akan menutup pasar induk" ... "Penutupan pasar induk menuai
protes warga": the subject names the act the rumour only told of, as a thing that happened, so
the sentence takes it as given. The subject opens with the noun of the hedged verb (pe-an,
ke-an, a root with -nya; or the noun of another root that names the same act, act_nouns_file:
"pengalihan" for "memindahkan") and goes on with a word of what the hedge governs ("pasar",
or a name: "Penjualan PT Sinar Jaya ..."). The hedge must have the act as a verb: a noun
repeated as it was ("kabarnya penjualan saham ...", "Penjualan saham ...") is how the story
goes on about the same thing, not a restatement.

A subject whose predicate is negated denies the act instead ("Penjualan PT Sinar Jaya tidak
terbukti", "Kebocoran pipa itu belum dipastikan"): neither this nor a presupposed phrase that
opens such a sentence is reported.
"""

from __future__ import annotations

from collections.abc import Callable

from ...span import Span
from .claims import Claim
from .memo import per_span
from .reading import ClaimReader
from .words import PHRASE_BREAK, WORD

# Words of the subject after its act noun in which a word of the hedged claim must come.
SUBJECT_REACH = 4
# Words after an act noun that opens a sentence in which a negation denies the act.
DENIAL_REACH = 5


class ActNouns(ClaimReader):
    _nominal: Callable[[str], bool]  # restatement.py: a verb made a noun (pe-an, ke-an, root-nya)

    def act_as_subject(self, doc, sentence: Span, hedged: Claim):
        """The act noun that opens the sentence's subject and restates the hedged act, or None."""
        words = self._opening_act_noun(doc, sentence)
        if words is None:
            return None
        head = words[0]
        key = head.group().casefold()
        acts = self._hedged_acts(hedged)
        root = self.stem(key)
        if root not in acts and not (hedged.suspicion and root not in hedged.scope
                                     and any(root in self.act_nouns.get(a, ()) for a in acts)):
            return None
        subject = words[1: 1 + SUBJECT_REACH]
        if PHRASE_BREAK.search(doc.plain, head.end(), subject[0].start()):
            return None
        # A word the hedge governs, or a name of its clause ("beredar kabar bahwa PT Tirta Kimia
        # Lestari, ..., sudah disegel": the names end the clause the cue governs).
        if not any((k in hedged.governed or (hedged.words.get(k) and k in hedged.scope)) and k not in acts
                   for k in (self.key(w) for w in subject)):
            return None
        return None if self.denied_act(doc, sentence, head.start()) else head

    @per_span
    def _opening_act_noun(self, doc, sentence: Span) -> list | None:
        """The words of a sentence that opens, outside quotations, with a verb made a noun (what
        act_as_subject looks for), else None: once a sentence, not once for each claim compared."""
        words = list(WORD.finditer(doc.plain, sentence.start, sentence.end))
        if len(words) < 3 or doc.in_quotation(words[0].start(), words[0].end()):
            return None
        return words if self._nominal(words[0].group().casefold()) else None

    def _hedged_acts(self, hedged: Claim) -> set[str]:
        """The hedged verb, and the first verb after the cue (menutup, ditutup) where the verb
        found is not one ("Rumor di media sosial menyebut Kovacic akan mengirimkan ..."), past an
        apposition the clause ends at ("beredar kabar bahwa PT Tirta Kimia Lestari, salah satu
        pabrik di hulu, sudah disegel"): not a noun, a light verb, a name, nor a verb of a
        relative clause ("puntung rokok yang dibuang")."""
        acts = {hedged.verb} if hedged.verb else set()
        at = hedged.text.casefold().find(hedged.cue.casefold())
        words = list(WORD.finditer(hedged.text, at + len(hedged.cue) if at >= 0 else 0))
        for before, w in zip([None, *words], words):
            key = w.group().casefold()
            if key in self.light or (stem := self.stem(key)) not in hedged.words or not self._verb(w):
                continue
            if before is None or before.group().casefold() != "yang":
                acts.add(stem)
            break
        return acts

    def denied_act(self, doc, sentence: Span, start: int) -> bool:
        """Whether the noun phrase at ``start`` opens its sentence and its predicate is negated: a
        negation within DENIAL_REACH words after the phrase's head, in its clause, before any verb
        (a me- or di- word that is no noun) or relative clause: "Penundaan rapat membuat warga tidak
        ..." is another claim."""
        if doc.plain[sentence.start:start].strip() or self.negations is None:
            return False
        words = list(WORD.finditer(doc.plain, start, sentence.end))
        for before, word in zip(words, words[1: 1 + DENIAL_REACH]):
            # A relative clause says something of the subject, not of the act: "Kelalaian perusahaan
            # yang tidak memperbarui sistem ..." keeps the hedge's own negation.
            if PHRASE_BREAK.search(doc.plain, before.end(), word.start()) or word.group().casefold() == "yang":
                return False
            if self._whole(self.negations, doc, word):
                return True
            if self._verb(word) and not word.group().casefold().startswith(("ber", "ter")):
                return False  # ber- and ter- words describe a noun as often ("tips berbelanja online")
        return False

    def _verb(self, word) -> bool:
        """A me-, di-, ber- or ter- verb: affixed (its stem is shorter: not "merah"), no noun, name or stopword."""
        key = word.group().casefold()
        return key.startswith(("me", "di", "ber", "ter")) and self.stem(key) != key and key not in self.nouns \
            and key not in self.stopwords and not self._nominal(key) and not word.group()[0].isupper()
