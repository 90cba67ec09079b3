"""A plan's figure reported done in other words.

"Perusahaan berencana mengurangi sekitar 350 posisi, atau hampir seperlima dari total
karyawannya" ... "Sebanyak 350 karyawan Kilat Niaga telah diberhentikan": the act is named by
another verb (mengurangi / diberhentikan) and the thing by another noun (posisi / karyawan), so
the sentence shares too few words with the plan to be the same thing; but the plan's own figure,
counting a word of the plan, with a done cue, is the plan reported done.
"""

from __future__ import annotations

from ...span import Span
from .claims import Claim
from .restatement import Restatements
from .words import FIGURE, WORD

# Figures this small count too many things ("dua kapal", "3 hari") to tell one plan by.
MIN_FIGURE = 10


def _value(m) -> float:
    return float(m.group(1).replace(".", "") + ("." + m.group(2) if m.group(2) else ""))


class PlanFigures(Restatements):
    def plan_figure_done(self, doc, sentence: Span, plan: Claim):
        """The figure of a sentence with a done cue that is the plan's own figure and counts an
        ordinary word of the plan ("350 karyawan" after "mengurangi sekitar 350 posisi ... total
        karyawannya"), outside quotations; None otherwise. The caller has found the done cue and
        checked the sentence is on nobody's word."""
        at = plan.text.find(plan.cue)
        planned = {_value(m) for m in FIGURE.finditer(plan.text, max(at, 0)) if self._counts(m)}
        if not planned:
            return None
        ordinary = {w for w, name in plan.words.items() if not name}
        for m in FIGURE.finditer(doc.plain, sentence.start, sentence.end):
            if not self._counts(m) or _value(m) not in planned or doc.in_quotation(m.start(), m.end()):
                continue
            counted = next(iter(WORD.finditer(doc.plain, m.end(), sentence.end)), None)
            if counted is not None and not doc.plain[m.end():counted.start()].strip() and \
                    counted.group().islower() and self.key(counted) in ordinary:
                return counted
        return None

    @staticmethod
    def _counts(m) -> bool:
        """Whether a figure may count a plan's things: not a year (2027), not too small to tell."""
        value = _value(m)
        year = "." not in m.group(1) and not m.group(2) and 1900 <= value <= 2100
        return value >= MIN_FIGURE and not year
