"""An estimate ("sekitar 300 kios") given later as a more exact figure of the same thing."""

from __future__ import annotations

from dataclasses import replace

import regex

from ...span import Span
from .claims import Figure, _rounded, _significant
from .reading import ClaimReader
from .words import (
    FIGURE,
    FIGURE_CONTEXT,
    WORD,
    Names,
)

# An estimate in words ("di kisaran tiga ribu jiwa", "lebih dari seribu ton"): a digit and a scale,
# one significant digit. Read only after an estimate cue: spelt-out numbers elsewhere are prose.
_DIGIT_WORDS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9}
_SCALES = {"ratus": 100, "ribu": 1000, "juta": 1000000}
NUMBER_WORDS = regex.compile(r"(?i)\b(?:(" + "|".join(_DIGIT_WORDS) + r")\s+|se)(" + "|".join(_SCALES) + r")\b")


def _spelt_value(m) -> float:
    return float(_DIGIT_WORDS.get((m.group(1) or "").casefold(), 1) * _SCALES[m.group(2).casefold()])


class Estimates(ClaimReader):
    def figures(self, doc, sentence: Span) -> list[Figure]:
        """The figures of a sentence outside quotations, with the word each counts and the
        estimate cue (sekitar, hingga, diperkirakan) within reach before it."""
        found = []
        words = list(WORD.finditer(doc.plain, sentence.start, sentence.end))
        for m in FIGURE.finditer(doc.plain, sentence.start, sentence.end):
            after = next((w for w in words if w.start() >= m.end()), None)
            if after is None or doc.plain[m.end():after.start()].strip():
                continue  # "12 %", "(47)", "pukul 06.30": no counted word right after it
            before = [w for w in words if w.end() <= m.start()][-self.estimate_reach:]
            lo = before[0].start() if before else m.start()
            cue = self.estimates.search(doc.plain, lo, m.start()) if self.estimates else None
            if doc.in_quotation(m.start(), m.end()) and cue is None:
                continue  # a quoted estimate ("Perkiraan kami sekitar 90 orang") is still an estimate
            if cue is None and self.bounds is not None and self.bounds.search(doc.plain, lo, m.start()):
                continue  # "hingga Rp 5,2 juta": a bound, neither an estimate nor an exact count
            whole, decimals = m.group(1), m.group(2) or ""
            value = float(whole.replace(".", "") + ("." + decimals if decimals else ""))
            figure = Figure(m.start(), after.end(), value, _significant(whole, decimals),
                            self.stem(after.group().casefold()), cue.group() if cue else "", sentence)
            figure.exact = self.exact is not None and self.exact.search(doc.plain, lo, m.start()) is not None
            following = [w.group().casefold() for w in words if w.start() >= m.end()][:4]
            figure.said = frozenset(self.stem(w) for w in following if w not in self.stopwords)
            preceding = [w.group().casefold() for w in words if w.end() <= m.start()]
            figure.before = frozenset(self.stem(w) for w in preceding[-FIGURE_CONTEXT:] if w not in self.stopwords)
            figure.premise = len(preceding) == 1 and self.figure_premises is not None and \
                self._whole(self.figure_premises, doc, next(w for w in words if w.end() <= m.start()))
            found.append(figure)
        for m in NUMBER_WORDS.finditer(doc.plain, sentence.start, sentence.end):
            after = next((w for w in words if w.start() >= m.end()), None)
            before = [w for w in words if w.end() <= m.start()][-self.estimate_reach:]
            cue = self.estimates.search(doc.plain, before[0].start(), m.start()) if self.estimates and before else None
            if after is None or cue is None or doc.plain[m.end():after.start()].strip():
                continue
            figure = Figure(m.start(), after.end(), _spelt_value(m), 1, self.stem(after.group().casefold()), cue.group(), sentence)
            following = [w.group().casefold() for w in words if w.start() >= m.end()][:4]
            figure.said = frozenset(self.stem(w) for w in following if w not in self.stopwords)
            preceding = [w.group().casefold() for w in words if w.end() <= m.start()]
            figure.before = frozenset(self.stem(w) for w in preceding[-FIGURE_CONTEXT:] if w not in self.stopwords)
            found.append(figure)
        return found

    def exact_figures(self, doc):
        """An estimate ("sekitar 300 kios") given later as a more exact figure of the same thing
        ("Total 312 kios hangus"), by nobody named: the estimate made a count on the writer's word."""
        estimates: list[Figure] = []
        names = Names.of(doc)
        for sentence in doc.sentences:
            figures = self.figures(doc, sentence)
            exact = [f for f in figures if not f.estimate]
            if estimates and exact and not self._exempt(doc, sentence) and self.speaker(doc, sentence) is None \
                    and not self.hedges.search(doc.plain, sentence.start, sentence.end):
                stated = self.content(doc.plain[sentence.start:sentence.end], names)
                for figure in exact:
                    source = self._estimated(doc, figure, estimates, stated, names)
                    if source is not None:
                        assert source.sentence is not None
                        related = [(source.sentence.start, source.sentence.end, self.note(doc, source.estimate, estimate=True))]
                        yield self.finding(doc, figure.start, figure.end, related=related, hedge=source.estimate,
                                           where="an earlier sentence", headline="")
                        break
            estimates += [f for f in figures if f.estimate]

    def _in_unit_of(self, figure: Figure, source: Figure) -> Figure:
        """The figure in the source's unit when it measures the same dimension in another unit
        ("21.700 kilogram" for "sekitar 20 ton": 21,7 ton, three significant digits still);
        else the figure as it is."""
        mine, theirs = self.measures.get(figure.unit), self.measures.get(source.unit)
        if figure.unit == source.unit or mine is None or theirs is None or mine[0] != theirs[0]:
            return figure
        return replace(figure, value=figure.value * mine[1] / theirs[1], unit=source.unit)

    def _estimated(self, doc, figure: Figure, estimates: list[Figure], stated: dict[str, bool], names: Names):
        """The estimate a figure makes exact: the same counted word, with more significant digits,
        rounding to the estimate and within a tenth of it ("sekitar 300" -> 312, not 48 after
        "sekitar 60"), and another ordinary word of its sentence shared."""
        given = figure
        for source in reversed(estimates):
            figure = self._in_unit_of(given, source)
            if not source.value or figure.digits < source.digits:
                continue
            same_premise = figure.premise and figure.value == source.value
            if same_premise:
                # "Dengan 80 orang di atas kapal, ..." after "jumlah orang di atas kapal ... sekitar 80":
                # the counted word, counted or named before the estimate, and the same value. (A
                # premise with a more exact value, "Dengan 9.387 pengungsi, ...", is read as any figure.)
                if figure.unit != source.unit and figure.unit not in source.before:
                    continue
            elif figure.exact:
                # "tepat 20 warga tertimbun" after "sekitar 20 orang masih tertimbun": said to be
                # exact, of the same thing (the counted word, or what is said of it).
                if figure.unit != source.unit and not (figure.said & source.said) - {figure.unit, source.unit}:
                    continue
            elif figure.digits == source.digits or source.unit != figure.unit and \
                    not {source.unit, figure.unit} & self.person_units:
                continue  # "sekitar 9.000 jiwa" -> "9.387 warga": a person counter counts any people
            # Said to be exact ("Tepatnya 1.146 ton" after "lebih dari seribu ton"), it need only round to the estimate.
            if (abs(figure.value - source.value) > 0.1 * source.value and not figure.exact) or \
                    _rounded(figure.value, source.digits) != source.value:
                continue
            assert source.sentence is not None
            start = source.sentence.start
            if same_premise:
                # "... jumlah orang di atas kapal diperkirakan lebih banyak. 'Perkiraan kami sekitar 90
                # orang,' ujarnya.": a quoted estimate counts what the sentence before it names.
                start = max((s.start for s in doc.sentences if s.end <= start), default=start)
            hedged = self.content(doc.plain[start:source.sentence.end], names)
            if any(w in hedged and not name and w not in (figure.unit, given.unit) for w, name in stated.items()):
                return source
        return None
