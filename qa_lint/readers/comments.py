"""Inline suppression comments shared by the Markdown and HTML readers.

    <!-- qa-lint-disable RULE[, RULE] -->  ...  <!-- qa-lint-enable RULE -->
    <!-- qa-lint-disable-next-line RULE -->

RULE is a rule id or id prefix; none means every rule.
"""

from __future__ import annotations

import regex

from ..document import Suppression

END = 10**9
_directive_re = regex.compile(r"qa-lint-(disable-next-line|disable|enable)\b([^>]*?)\s*(?:-->)?$", regex.S)


def _rules(spec: str) -> tuple[str, ...]:
    return tuple(r for r in regex.split(r"[\s,]+", spec.strip()) if r)


class Comments:
    """The ``<!-- ... -->`` comments a reader meets, in document order, as
    (line, body). Lines are counted on from the previous comment, not from the
    top of the file each time (which was quadratic in the number of comments)."""

    def __init__(self, text: str):
        self.text = text
        self.found: list[tuple[int, str]] = []
        self._offset, self._line = 0, 1

    def add(self, start: int, end: int) -> None:
        self._line += self.text.count("\n", self._offset, start)
        self._offset = start
        self.found.append((self._line, self.text[start + 4:end - 3]))

    def suppressions(self) -> list[Suppression]:
        return suppressions(self.found)


def suppressions(comments: list[tuple[int, str]]) -> list[Suppression]:
    """comments: (line, comment body) in document order."""
    result: list[Suppression] = []
    open_ranges: dict[tuple[str, ...], int] = {}
    for line, body in comments:
        m = _directive_re.search(body.strip())
        if not m:
            continue
        kind, rules = m.group(1), _rules(m.group(2))
        if kind == "disable-next-line":
            result.append(Suppression(rules, line + 1, line + 1))
        elif kind == "disable":
            open_ranges.setdefault(rules, line)
        else:
            closing = [k for k in open_ranges if not rules or k == rules or set(rules) & set(k)]
            for key in closing:
                result.append(Suppression(key, open_ranges.pop(key), line))
    for key, first in open_ranges.items():
        result.append(Suppression(key, first, END))
    return result
