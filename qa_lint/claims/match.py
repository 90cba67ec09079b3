"""A sentence against the index: which known claim, if any, it repeats.

1. Candidates: the claims in the sentence's language that share its content words,
   best BM25 first (FTS5 over stems, so "menaikkan" finds "naik").
2. Each candidate is compared on stemmed content words (function words dropped):
   rapidfuzz's token_set_ratio, and the share of the claim's words the sentence has.
3. Numbers must agree: every amount the claim states is in the sentence ("2.000" and
   "2,000" and "dua ribu" are one number; 200 is not 2,000).
4. Polarity must agree: a negation in one and not the other ("tidak menyebabkan"), or
   a sentence that calls the claim false ("hoaks", "debunked"), is not a repetition.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz

from .store import ClaimStore, StoredClaim
from .text import WORD, analyzer


@dataclass
class Settings:
    threshold: float = 80.0
    coverage: float = 0.7
    candidates: int = 12
    min_words: int = 3
    stopwords: frozenset[str] = frozenset()
    negation_cues: frozenset[str] = frozenset()
    debunk_cues: frozenset[str] = frozenset()


@dataclass
class Match:
    claim: StoredClaim
    score: float
    coverage: float


@dataclass
class Sentence:
    """A text as the matcher reads it."""

    words: list[str]
    content: list[str]
    numbers: list[float]
    cues: set[str] = field(default_factory=set)


class Matcher:
    def __init__(self, language: str, settings: Settings):
        self.language = language
        self.settings = settings
        self.analyzer = analyzer(language)
        # Function words as their stems, since claims are stored stemmed.
        self.stop_stems = frozenset(self.analyzer.stem(w) for w in settings.stopwords) | settings.stopwords

    def read(self, text: str) -> Sentence:
        words = [m.group().casefold() for m in WORD.finditer(text)]
        stems = [s for w in words for s in self.analyzer.stem(w).split()]
        content = [s for s in dict.fromkeys(stems) if s not in self.stop_stems and len(s) > 1]
        return Sentence(words, content, self.analyzer.numbers(text), self._cues(words))

    def _cues(self, words: list[str]) -> set[str]:
        joined = " " + " ".join(words) + " "
        return {c for c in self.settings.negation_cues | self.settings.debunk_cues if f" {c} " in joined}

    def best(self, store: ClaimStore, text: str) -> Match | None:
        sentence = self.read(text)
        if len(sentence.content) < self.settings.min_words:
            return None
        found = [m for m in (self.compare(sentence, c) for c in store.candidates(self.language, sentence.content, self.settings.candidates)) if m]
        return max(found, key=lambda m: (m.score, m.coverage), default=None)

    def compare(self, sentence: Sentence, claim: StoredClaim) -> Match | None:
        content = [s for s in dict.fromkeys(claim.stems) if s not in self.stop_stems and len(s) > 1]
        # A claim of one or two content words ("Vaksin haram") cannot be told from talk about its topic.
        if len(content) < self.settings.min_words:
            return None
        shared = set(content) & set(sentence.content)
        coverage = len(shared) / len(content)
        if coverage < self.settings.coverage:
            return None
        score = fuzz.token_set_ratio(" ".join(sorted(content)), " ".join(sorted(sentence.content)))
        if score < self.settings.threshold or not _numbers_agree(claim.numbers, sentence.numbers):
            return None
        if self._cues([w.casefold() for w in WORD.findall(claim.claim)]) != sentence.cues:
            return None
        return Match(claim, score, coverage)


def _numbers_agree(claimed: list[float], stated: list[float]) -> bool:
    """Every amount of the claim is in the sentence."""
    have = {round(n, 6) for n in stated}
    return all(round(n, 6) in have for n in claimed)
