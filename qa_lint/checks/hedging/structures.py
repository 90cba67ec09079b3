"""Escalations found by the shape of a later line rather than by its words of certainty: a plan
whose completion is named (completions.py), an open question answered (questions.py) and a
headline over a body that only weighs an option (headline.py). They run after the walk over
claims (hedge_escalation.py) and report only lines it left alone, one finding a line."""

from __future__ import annotations

from .completions import Completions
from .headline import Headlines
from .questions import Questions


class Structures(Completions, Questions, Headlines):
    walked = None  # (names, claim index) of the last walk, set by hedge_escalation.py

    def with_structures(self, doc, findings):
        reported: set[int] = set()
        for finding in findings:
            reported.add(finding.line)
            yield finding
        if self.walked is None:
            return
        names, index = self.walked
        self.walked = None
        claims = [c for c in index.claims if c.span is not None]
        yield from self.completed_plans(doc, [c for c in claims if c.plan], reported)
        yield from self.done_subject_plans(doc, [c for c in claims if c.plan], reported)
        questions = sorted([c for c in claims if c.question] + self.asked_openly(doc, names), key=lambda c: c.span.start if c.span else 0)
        yield from self.settled_questions(doc, names, questions, reported)
        yield from self.counted_answers(doc, names, reported)
        yield from self.option_headline(doc, names, reported)
        yield from self.figure_headline(doc, reported)
