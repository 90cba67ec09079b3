"""Deterministic language detection among the languages that have packs.

Function words are the most reliable signal in short news copy: each
language profile lists its stopwords (rules/<lang>/language.yaml) and the
language whose stopwords cover the largest share of the words wins.
"""

from __future__ import annotations

import regex

_word_re = regex.compile(r"\p{L}+")
# Below this many stopword hits the text is too short or too foreign to call.
MIN_HITS = 3


def detect(text: str, profiles: dict) -> str | None:
    words = [w.casefold() for w in _word_re.findall(text[:20000])]
    if not words:
        return None
    best, best_hits = None, 0
    for code in sorted(profiles):
        hits = sum(1 for w in words if w in profiles[code].stopwords)
        if hits > best_hits:
            best, best_hits = code, hits
    return best if best_hits >= MIN_HITS else None


def normalize(tag: str | None) -> str | None:
    """'id-ID' -> 'id', 'en_GB' -> 'en'; None stays None."""
    if not tag:
        return None
    return str(tag).replace("_", "-").split("-")[0].lower() or None
