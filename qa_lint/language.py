"""Deterministic language detection among the languages that have packs.

Function words are the most reliable signal in news copy: each language
profile lists its stopwords (rules/<lang>/language.yaml) and the language
whose stopwords cover the largest share of the words wins. A text too short
for that (a headline, a one-sentence item) is told by the share of its words
each language's word list knows (the profile's ``words`` files), when one
language clearly knows more of them.
"""

from __future__ import annotations

from collections import Counter

import regex

_word_re = regex.compile(r"\p{L}+")
# Below this many stopword hits the text is too short or too foreign to call by them.
MIN_HITS = 3
# A short text is a language's when that language knows at least this share of its
# words (of 3+ letters, at least MIN_KNOWN of them) and clearly more than any other.
MIN_SHARE = 0.6
MIN_KNOWN = 3
MARGIN = 0.25


def detect(text: str, profiles: dict) -> str | None:
    words = [w.casefold() for w in _word_re.findall(text[:20000])]
    if not words:
        return None
    counts = Counter(words)  # each different word looked up once per language
    best, best_hits = None, 0
    for code in sorted(profiles):
        stopwords = profiles[code].stopwords
        hits = sum(n for w, n in counts.items() if w in stopwords)
        if hits > best_hits:
            best, best_hits = code, hits
    if best_hits >= MIN_HITS:
        return best
    return _by_known_words(words, profiles)


def _by_known_words(words: list[str], profiles: dict) -> str | None:
    content = [w for w in words if len(w) >= 3]
    if len(content) < MIN_KNOWN:
        return None
    shares = sorted(
        ((sum(1 for w in content if w in profile.words or w in profile.stopwords) / len(content), code)
         for code, profile in profiles.items() if getattr(profile, "word_files", ())),
        reverse=True,
    )
    if not shares:
        return None
    best_share, best = shares[0]
    runner_up = shares[1][0] if len(shares) > 1 else 0.0
    if best_share >= MIN_SHARE and best_share - runner_up >= MARGIN and best_share * len(content) >= MIN_KNOWN:
        return best
    return None


def normalize(tag: str | None) -> str | None:
    """'id-ID' -> 'id', 'en_GB' -> 'en'; None stays None."""
    if not tag:
        return None
    return str(tag).replace("_", "-").split("-")[0].lower() or None
