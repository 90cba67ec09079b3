"""A half-open range of character offsets into a document's original text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def __contains__(self, offset: int) -> bool:
        return self.start <= offset < self.end

    def covers(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end
