"""The masking both markup readers do: blank syntax to spaces, keep newlines,
so the plain text stays as long as the original and offsets need no mapping."""

from __future__ import annotations


class Mask:
    def __init__(self, text: str):
        self.chars = list(text)

    def blank(self, start: int, end: int) -> None:
        for i in range(start, end):
            if self.chars[i] not in "\r\n":
                self.chars[i] = " "

    def put(self, offset: int, char: str) -> None:
        self.chars[offset] = char

    def text(self) -> str:
        return "".join(self.chars)
