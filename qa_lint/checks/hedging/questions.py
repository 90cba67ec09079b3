"""An open question ("belum dipastikan apakah dapur itu mengantongi sertifikat", "pihak mana yang
semestinya merawat jembatan itu belum terjawab") settled later on nobody's word, where the walk
over claims does not look: in a line dated to the past that presents the answer as found
(``discovery_cues``: "Dapur itu ternyata beroperasi tanpa sertifikat ... sejak dibuka pada
Oktober 2026"; without such a word a dated line is background), or where the answer names the act with its noun
("tanggung jawab perawatan jembatan" answers "merawat jembatan").

Questions asked without "apakah" (``open_question_cues``: "titik terakhir kapal itu masih menjadi
tanda tanya", "pihak mana yang ... belum terjawab") are read here only: what they govern is often
a topic, not a proposition, so a later line that names the topic and says it is still sought
("masih dicari", "belum diketahui") answers nothing."""

from __future__ import annotations

from functools import cached_property

import regex

from ...span import Span
from .claims import Claim
from .counting import counts
from .memo import per_span
from .nominal import noun_roots
from .restatement import Restatements
from .words import WORD, Names

# A line that names the question's topic and says it is still open answers nothing.
STILL_OPEN = regex.compile(r"\b(?:(?:belum|tidak|tak)\s+(?:di|ter)?(?:ketahui|mengetahui|jelas|pasti|dipastikan|terungkap|"
                           r"ditemukan|menemukan)|masih\s+(?:di|men)?(?:cari|selidiki|dalami|telusuri|teliti|periksa|data|hitung|"
                           r"kaji|misteri|tanda\s+tanya)|menunggu)\b", regex.I)

# The words that ask ("pihak mana yang semestinya merawat"): what the answer supplies, never a
# word it must restate.
ASKING = frozenset({"siapa", "apa", "mana", "pihak", "mengapa", "kenapa", "bagaimana", "kapan", "berapa", "mesti",
                    "semestinya", "seharusnya", "harus", "sebenarnya", "sesungguhnya"})


# "belum jelas berapa orang yang ikut berlayar": what is counted ("banyak", "jumlah" only lead to it).
HOW_MANY = regex.compile(r"\bberapa\s+(?:(?:banyak|jumlah)\s+)?(\p{L}+)", regex.I)
# Ordinary words a count must share with a "how many" question when it is not a collective
# ("Ketujuh awak"): the count of the same thing, not another count in the story.
COUNT_SHARED = 2


class Questions(Restatements):
    @cached_property
    def open_questions(self):
        return self._terms(self.rule.options, "open_question_cues")

    @cached_property
    def discoveries(self):
        return self._terms(self.rule.options, "discovery_cues")

    def asked_openly(self, doc, names: Names) -> list[Claim]:
        """The questions asked without "apakah" in sentences with no other cue."""
        found: list[Claim] = []
        if self.open_questions is None:
            return found
        for sentence in doc.sentences:
            cue = self.open_questions.search(doc.plain, sentence.start, sentence.end)
            if cue is None or doc.in_quotation(cue.start(), cue.end()) or self._cue(doc, sentence)[0] is not None:
                continue
            claim = self.claim(doc.plain[sentence.start:sentence.end], names, cue, sentence.start, sentence)
            claim.question = True
            found.append(claim)
        return found

    def settled_questions(self, doc, names: Names, questions: list[Claim], reported: set[int]):
        if not questions:
            return
        for sentence in doc.sentences:
            earlier = [q for q in questions if q.span is not None and q.span.end <= sentence.start]
            if not earlier or not self._may_answer(doc, sentence):
                continue
            if self._background(doc, sentence) is not None and not (
                    self.discoveries is not None and self.discoveries.search(doc.plain, sentence.start, sentence.end)):
                continue  # background dated to the past ("tidak laik jalan sejak Maret 2026"), not presented as found
            stated = self.content(doc.plain[sentence.start:sentence.end], names)
            for m in WORD.finditer(doc.plain, sentence.start, sentence.end):
                for root in noun_roots(m.group()):
                    stated.setdefault(self.stem(root), False)
            for question in reversed(earlier):
                if self._asks_how_many(question):
                    continue  # answered only by a count (counted_answers): "Sedikitnya 548 ..." is a bound
                answer = self.answered(doc, sentence, question, stated) or \
                    self._answered_by_noun(doc, sentence, question)
                if answer is None:
                    continue
                line = doc.position(answer.start())[0]
                if line not in reported:
                    assert question.span is not None
                    related = [(question.span.start, question.span.end, self.note(doc, question.cue))]
                    reported.add(line)
                    yield self.finding(doc, answer.start(), answer.end(), related=related, hedge=question.cue,
                                       where="an earlier sentence", headline="")
                break

    def counted_answers(self, doc, names: Names, reported: set[int]):
        """A "how many" question left open ("Hingga kini, belum jelas berapa orang yang ikut
        berlayar") answered later on nobody's word by a count of what it asks: the same noun, or
        people for people (``person_nouns_file``: "Ketujuh awak ..." for "berapa orang"); a
        collective ("ketujuh", "seluruh 7", "total 7") counts the known set when it names what the
        question names, or a name of the opening lines; any other count must share COUNT_SHARED ordinary words
        with the question (the count of the same thing)."""
        if self.open_questions is None:
            return
        asked: list[tuple[Span, str, set[str], set[str]]] = []
        for sentence in doc.sentences:
            for question in asked:
                if doc.position(sentence.start)[0] in reported or not self._may_answer(doc, sentence):
                    break
                answer = self._count_answering(doc, sentence, names, *question[1:])
                if answer is not None:
                    line = doc.position(answer.start)[0]
                    reported.add(line)
                    cue = question[0]
                    related = [(cue.start, cue.end, self.note(doc, doc.plain[cue.start:cue.end]))]
                    yield self.finding(doc, answer.start, answer.end, related=related,
                                       hedge=doc.plain[cue.start:cue.end], where="an earlier sentence", headline="")
                    break
            cue = self.open_questions.search(doc.plain, sentence.start, sentence.end)
            how = HOW_MANY.search(doc.plain, cue.start(), sentence.end) if cue is not None else None
            if how is None or how.start() > cue.end() + 1 or doc.in_quotation(cue.start(), cue.end()):
                continue
            governed = set(self.content(doc.plain[how.end():sentence.end], names))
            # What the question is about: the words of its sentence, and the names of the opening two
            # (headline, lead: "KM Bintang Samudra"); a lead's time word ("pagi") is no topic.
            opening = self.content(" ".join(doc.plain[s.start:s.end] for s in doc.sentences[:2]), names)
            topic = set(self.content(doc.plain[sentence.start:sentence.end], names)) | {w for w, name in opening.items() if name}
            asked.append((Span(cue.start(), how.end()), how.group(1).casefold(), governed, topic))

    @staticmethod
    def _asks_how_many(question: Claim) -> bool:
        """Whether an open question asks "berapa" right after its cue ("belum jelas berapa orang")."""
        at = question.text.find(question.cue)
        how = HOW_MANY.search(question.text, at + len(question.cue)) if question.cue and at >= 0 else None
        return how is not None and how.start() <= at + len(question.cue) + 1

    def _count_answering(self, doc, sentence: Span, names: Names, unit: str, governed: set[str], topic: set[str]):
        people = unit in ("orang", "jiwa")
        stated = self.content(doc.plain[sentence.start:sentence.end], names)
        for count in counts(doc.plain, sentence.start, sentence.end):
            if doc.in_quotation(count.start, count.end):
                continue
            same = self.stem(count.noun) == self.stem(unit) or people and (
                count.noun in self.person_nouns or self.stem(count.noun) in self.person_units)
            before = [w for w in WORD.finditer(doc.plain, sentence.start, count.start)][-3:]
            lo = before[0].start() if before else count.start
            if not same or (self.bounds is not None and self.bounds.search(doc.plain, lo, count.start)) \
                    or (self.estimates is not None and self.estimates.search(doc.plain, lo, count.start)):
                continue  # another noun counted, or a bound or an estimate ("sedikitnya tujuh orang")
            counted = {self.stem(unit), self.stem(count.noun)}
            collective = count.collective or (self.exact is not None and self.exact.search(doc.plain, lo, count.start))
            if collective:
                # "Ketujuh awak KM Bintang Samudra ..." names the vessel of the lead; "Kedua petugas
                # itu berjaga di dermaga" is another set of people.
                if not (set(stated) & topic) - counted:
                    continue
            elif len((governed & {w for w, name in stated.items() if not name}) - counted) < COUNT_SHARED:
                continue
            return count
        return None

    def _answered_by_noun(self, doc, sentence: Span, question: Claim):
        """Half the question's ordinary words (the asking words aside), at least two, restated
        with the act named by its noun, two of them next to each other in both ("merawat
        jembatan" / "perawatan jembatan"); the first such word of the sentence."""
        asked = {w for w in question.governed if not question.words.get(w) and w not in ASKING}
        words, said = self._unquoted_roots(doc, sentence)
        shared = asked & said
        if len(shared) < max(2, -(-len(asked) // 2)):
            return None
        hedged = [self._roots(w) for w in WORD.findall(question.text)]
        if not (self._adjacent([r for _, r in words], shared) & self._adjacent(hedged, shared)):
            return None
        return next(m for m, roots in words if roots & shared)

    @per_span
    def _unquoted_roots(self, doc, sentence: Span) -> tuple[list, frozenset[str]]:
        """([(word, its roots)] of the sentence's words outside quotations, all their roots):
        read once a sentence, not again for each open question before it."""
        words = [(m, self._roots(m.group())) for m in WORD.finditer(doc.plain, sentence.start, sentence.end)
                 if not doc.in_quotation(m.start(), m.end())]
        return words, frozenset().union(*(r for _, r in words))

    def _roots(self, word: str) -> set[str]:
        key = word.casefold()
        return {self.stem(key)} | {self.stem(r) for r in noun_roots(key)}

    @staticmethod
    def _adjacent(keys: list[set[str]], shared: set[str]) -> set[frozenset[str]]:
        """The pairs of shared words next to each other."""
        return {frozenset((a, b)) for one, two in zip(keys, keys[1:]) for a in one & shared for b in two & shared if a != b}

    @per_span
    def _may_answer(self, doc, sentence: Span) -> bool:
        """A sentence that can settle a question: on nobody's word, neither hedged nor asking, no
        conditional, no modal; a date of its own does not stop it."""
        span = (sentence.start, sentence.end)
        return not any(terms is not None and terms.search(doc.plain, *span)
                       for terms in (self.hedges, self.questions, self.open_questions, self.modal, self.plans, STILL_OPEN)) \
            and not self._exempt(doc, sentence, background=False) and self.speaker(doc, sentence) is None
