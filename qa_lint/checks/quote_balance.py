"""quote-balance: quotation marks that do not pair up within a paragraph.

    message: 'quotation opened here is never closed in this paragraph'   # unclosed opener
    reopened_message: '...'     # a quotation opens while one of the same kind is still open
    inner_message: '...'        # an inner quotation is still open when the outer one closes
    stray_message: '...'        # a closing mark with nothing open
    continued_paragraphs: true  # news convention: see below

Curly marks say which way they face; straight ones are judged by their
neighbours (segment.quote_events), and apostrophes (don't, Jum'at, Qur'an,
the editors' note, '90s) are not quotation marks at all.

A quotation that runs over several paragraphs is written, by news
convention, with an opening mark at the start of each quoted paragraph and a
closing mark only at the end of the last. With continued_paragraphs (the
default) an outermost quotation left open at the end of a paragraph is
accepted when the next paragraph starts with the same kind of opening mark;
the next paragraph is then checked on its own, as it has its own opener.
"""

from __future__ import annotations

from ..i18n import N_
from ..segment import DOUBLE_MARKS, OPENERS, quote_events
from . import Check

TYPE = "quote-balance"
PROPERTIES = {
    "reopened_message": {"type": "string", "minLength": 1},
    "inner_message": {"type": "string", "minLength": 1},
    "stray_message": {"type": "string", "minLength": 1},
    "continued_paragraphs": {"type": "boolean"},
}
REQUIRED = ["reopened_message", "inner_message", "stray_message"]
# What its messages may name (checked when a pack loads; docs/rule-writing.md).
PLACEHOLDERS = {"match"}
REGEX_KEYS = ()


def _kind(ch: str) -> str:
    return "double" if ch in DOUBLE_MARKS else "single"


class QuoteBalanceCheck(Check):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        self.options = rule.options
        self.continued = rule.options.get("continued_paragraphs", True)

    def run(self, doc):
        blocks = doc.blocks
        for index, block in enumerate(blocks):
            next_block = blocks[index + 1] if index + 1 < len(blocks) else None
            yield from self._block(doc, block, next_block)

    def _block(self, doc, block, next_block):
        stack: list[tuple[int, str]] = []  # (offset, kind) of open quotations
        for i, ch, opens in quote_events(doc.plain, block, doc.text):
            kind = _kind(ch)
            if opens:
                if stack and stack[-1][1] == kind:
                    # Two remarks fused: the first quotation never closed.
                    opened, _ = stack.pop()
                    yield self.finding(
                        doc, opened, opened + 1,
                        message=self.options["reopened_message"],
                        related=[(i, i + 1, N_("the next quotation opens here"))],
                    )
                stack.append((i, kind))
                continue
            if not any(k == kind for _, k in stack):
                yield self.finding(doc, i, i + 1, message=self.options["stray_message"])
                continue
            while stack[-1][1] != kind:
                opened, _ = stack.pop()
                yield self.finding(
                    doc, opened, opened + 1,
                    message=self.options["inner_message"],
                    related=[(i, i + 1, N_("the outer quotation closes here"))],
                )
            stack.pop()
        for depth, (opened, kind) in enumerate(stack):
            if depth == 0 and self.continued and self._continues(doc, kind, next_block):
                continue
            yield self.finding(doc, opened, opened + 1)

    @staticmethod
    def _continues(doc, kind: str, next_block) -> bool:
        """The next paragraph starts with an opening mark of the same kind."""
        if next_block is None:
            return False
        first = doc.plain[next_block.start]
        return first in OPENERS and first not in "([" and _kind(first) == kind


CHECK = QuoteBalanceCheck
