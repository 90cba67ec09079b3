"""Clitics and particles written onto the word before them: a view of a text in which they are
blanked, so that a pattern written for the bare word finds the word that carries one.

Indonesian writes the possessive and the particles onto the word: "tarifnya", "tarifnyalah",
"apakah", "siapapun", "rumahku", "bukumu". A rendering rule's pattern names the bare wrong
words and ends on a word boundary (``\\bpotongan\\s+tarif\\b``), so "menunda potongan tarifnya"
slipped through; writing ``(?:nya|lah|kah|pun|ku|mu)?`` into hundreds of patterns by hand would
miss the next one. The language profile (rules/<lang>/language.yaml) names its clitics once:

    clitics: [nya, lah, kah, pun, ku, mu]
    clitic_exceptions: data/words.txt      # words that only end like one: masalah, sekolah, buku

``CliticView`` is the text with each clitic replaced by spaces (offsets unchanged: "tarifnya"
reads "tarif   "). A pattern searched in the view matches the bare word; ``ends_on_clitic``
says whether a match's last word is the one that carried the clitic, which is the only place
a clitic is allowed (not "potongannya tarif": a clitic inside the match is no rendering
written with a particle, and the bare text gives the rule its own answer there).

The view is searched only for a rule whose pattern writes one of the words that carried a
clitic (``PatternWords``, ``CliticView.may_end_in``): a pattern that names none of them cannot
end on one, except with a generic last word (\\w+), which matches the word with its clitic
in the text itself. Most rules are skipped so for most articles.

A word is split only when it is not a word of the exception list (a root word list: "masalah"
is no "masa" + -lah, "buku" no "bu" + -ku) and what is left has at least two letters; at most
two clitics are taken off ("tarifnyalah"), and none once what is left is a listed word
("masalahnya" is "masalah" + -nya).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property

import regex

# At most this many clitics stand on one word: the possessive, then a particle (tarifnyalah).
MAX_STACKED = 2
MIN_STEM = 2
# Escapes (\b, \s, \p{L}) and group names are no words a pattern writes.
_SYNTAX = regex.compile(r"\\[pPN]\{[^}]*\}|\\.|\(\?P?<\w+>")
_LETTERS = regex.compile(r"\p{L}+")


@dataclass(frozen=True)
class PatternWords:
    """The words a pattern writes out (case-folded runs of letters; a run whose last letter is
    optional, "tanks?", writes "tank" too), and those right after a character class, whose
    first letter the class holds ([Tt]arif writes "arif")."""

    words: frozenset[str]
    after_class: frozenset[str]

    @classmethod
    def of(cls, pattern: str) -> "PatternWords":
        text = _SYNTAX.sub(" ", pattern).casefold()
        words, after = set(), set()
        for m in _LETTERS.finditer(text):
            words.add(m.group())
            if text[m.end():m.end() + 1] in ("?", "*", "{"):
                words.add(m.group()[:-1])
            if text[m.start() - 1:m.start()] == "]":
                after.add(m.group())
        return cls(frozenset(words), frozenset(after))


class Clitics:
    """A language's clitics, and the words that only end like one (read on first use)."""

    def __init__(self, clitics: Sequence[str], exceptions: Callable[[], frozenset[str]] = frozenset):
        # Longest first, so "nya" is taken off before a shorter clitic that ends it could be.
        self.clitics = tuple(sorted({c.casefold() for c in clitics}, key=len, reverse=True))
        self._load_exceptions = exceptions

    @cached_property
    def exceptions(self) -> frozenset[str]:
        return self._load_exceptions()

    @cached_property
    def candidates(self) -> regex.Pattern:
        """Words that end in a clitic (whether they carry one is decided by ``split``)."""
        tail = "|".join(regex.escape(c) for c in self.clitics)
        return regex.compile(rf"(?<![\p{{L}}\p{{N}}_])[\p{{L}}\p{{N}}_]+?(?:{tail})(?![\p{{L}}\p{{N}}_])", regex.IGNORECASE)

    def split(self, word: str) -> int:
        """How many characters at the end of ``word`` are clitics (0: none)."""
        folded = word.casefold()
        if len(folded) != len(word):
            return 0  # a letter whose folding changes the length: offsets would not line up
        stem = folded
        for _ in range(MAX_STACKED):
            if stem in self.exceptions:
                break
            clitic = next((c for c in self.clitics if stem.endswith(c) and len(stem) - len(c) >= MIN_STEM), None)
            if clitic is None:
                break
            stem = stem[: -len(clitic)]
        return len(folded) - len(stem)

    def view(self, doc) -> "CliticView":
        """The document's plain text with its clitics blanked, computed once per document."""
        return doc.memo(("clitic-view", id(self)), lambda: CliticView.of(doc.plain, self))


@dataclass(frozen=True)
class CliticView:
    text: str
    # Sorted offsets where a blanked clitic starts (the end of the bare word before it).
    starts: tuple[int, ...]
    # Where the word that carried it started, and where it ended (with its clitics), by start.
    words: dict[int, tuple[int, int]]

    @classmethod
    def of(cls, text: str, clitics: Clitics) -> "CliticView":
        pieces, starts, words, done = [], [], {}, 0
        if clitics.clitics:
            for m in clitics.candidates.finditer(text):
                n = clitics.split(m.group())
                if n:
                    at = m.end() - n
                    pieces += [text[done:at], " " * n]
                    starts.append(at)
                    words[at] = (m.start(), m.end())
                    done = m.end()
        pieces.append(text[done:])
        return cls("".join(pieces), tuple(starts), words)

    @cached_property
    def bare_words(self) -> tuple[frozenset[str], frozenset[str]]:
        """The words that carried a clitic (case-folded), and the same without their first letter."""
        words = frozenset(self.text[start:at].casefold() for at, (start, _) in self.words.items())
        return words, frozenset(w[1:] for w in words)

    def may_end_in(self, written: "PatternWords") -> bool:
        """Whether a pattern that writes these words may end on a word that carried a clitic:
        it must write that word. (A pattern whose last word is generic, \\w+, needs no view: it
        matches the word with its clitic in the text itself.)"""
        words, tails = self.bare_words
        return not words.isdisjoint(written.words) or not tails.isdisjoint(written.after_class)

    def last_word_end(self, start: int, end: int) -> int | None:
        """Where the bare last word of a view match [start, end) ends, if that word carried a
        clitic and no other word of the match did; else None. A match that ran on over the
        blanked clitic (a pattern ending in ``\\s+``) is cut back to the word."""
        i = bisect.bisect_right(self.starts, start)
        if i >= len(self.starts) or self.starts[i] > end:
            return None
        word_end = self.starts[i]
        if self.text[word_end:end].strip():
            return None  # another word follows inside the match
        return word_end if word_end > start else None
