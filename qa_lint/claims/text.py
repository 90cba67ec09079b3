"""What a claim and a sentence are compared by: their stemmed words and their numbers.

    analyzer("id").stems("Pemerintah menaikkan harga BBM")   -> ["perintah", "naik", "harga", "bbm"]
    analyzer("en").numbers("about 2,000 people, 1.5 million doses")   -> [2000.0, 1500000.0]

Stemming comes from maintained libraries: Sastrawi (MIT; Nazief-Adriani with its
dictionary of root words) for Indonesian, Snowball (BSD) for English and the other
languages it has. The index stores every word's stem; function words are dropped only
when comparing, so a change of stopword list needs no re-import.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache

import regex

from .. import stemming

WORD = regex.compile(r"\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’]\p{L}[\p{L}\p{M}\p{N}]*)*")
# A year written alone ("pada 2020") dates a claim; it is not one of its quantities.
YEARS = (1800, 2100)
# Snowball stemmers by ISO 639-1 code (snowballstemmer.algorithms() names them in English).
SNOWBALL = {"en": "english", "nl": "dutch", "de": "german", "fr": "french", "es": "spanish", "pt": "portuguese",
            "it": "italian", "sv": "swedish", "da": "danish", "no": "norwegian", "fi": "finnish", "ru": "russian"}


def _unchanged(word: str) -> str:
    return word


def _snowball(language: str):
    import snowballstemmer

    return snowballstemmer.stemmer(SNOWBALL[language]).stemWord


class Analyzer:
    def __init__(self, language: str):
        self.language = language
        stem: Callable[[str], str]
        if language == "id":
            stem = stemming.indonesian  # Sastrawi with the project's corrections (shared with hedges)
        elif language in SNOWBALL:
            stem = _snowball(language)
        else:
            stem = _unchanged
        # Articles repeat their words: each is stemmed once per process.
        self._stem = lru_cache(maxsize=200_000)(stem)
        self._reader = None

    def stem(self, word: str) -> str:
        word = word.casefold().replace("’", "'")
        if "-" in word:
            # Reduplication ("vaksin-vaksin") is the plural of one word; compounds keep their parts.
            parts = [p for p in word.split("-") if p]
            if len(set(parts)) == 1:
                word = parts[0]
            else:
                return " ".join(self._stem(p) for p in parts)
        return self._stem(word)

    def stems(self, text: str) -> list[str]:
        return [s for m in WORD.finditer(text) for s in self.stem(m.group()).split() if s]

    @property
    def reader(self):
        if self._reader is None:
            import yaml

            from ..packs import bundled_rules_dir
            from ..quantities import QuantityReader

            data = yaml.safe_load((bundled_rules_dir() / "en-id" / "data" / "numbers.yaml").read_text(encoding="utf-8"))
            self._reader = QuantityReader(self.language if self.language in ("id", "en") else "en", data)
        return self._reader

    def numbers(self, text: str, start: int = 0, end: int | None = None) -> list[float]:
        """The amounts a text states (counts, percentages, money), in any writing:
        "2.000" and "2,000", "dua ribu" and "2 ribu", "1,5 juta" and "1.5 million"."""
        found = []
        for q in self.reader.read(text, start, end):
            if q.kind != "number" or not isinstance(q.value, (int, float)):
                continue
            value = float(q.value)
            if q.word and q.scale == 1.0:
                # "dua ribu": the reader reads the number word; its scale word follows it.
                scale = self.reader.scale_after.match(text, q.end)
                if scale:
                    value *= self.reader.scales.get(scale.group("w").casefold(), 1.0)
            if value.is_integer() and YEARS[0] <= value <= YEARS[1] and q.text.isdigit():
                continue
            found.append(round(value, 6))
        return found


@cache
def analyzer(language: str) -> Analyzer:
    return Analyzer(language)
